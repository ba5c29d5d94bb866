DROP TABLE ai_generations;
