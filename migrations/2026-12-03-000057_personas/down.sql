DELETE FROM ai_generations WHERE purpose = 'persona_synthesis';
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement', 'coach_plan',
                       'coach_suggestion'));
DELETE FROM chat_threads WHERE persona_id IS NOT NULL;
ALTER TABLE chat_threads DROP CONSTRAINT chat_threads_one_counterpart;
ALTER TABLE chat_threads ADD CONSTRAINT chat_threads_one_counterpart
    CHECK (num_nonnulls(device_id, device_app_id) + coach::int = 1);
ALTER TABLE chat_threads DROP COLUMN persona_id;
DROP TABLE persona_events;
DROP TABLE personas;
DROP TABLE survey_responses;
DROP TABLE surveys;
