DELETE FROM ai_generations WHERE purpose = 'coach_suggestion';
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement', 'coach_plan'));
DROP TABLE coaching_suggestions;
