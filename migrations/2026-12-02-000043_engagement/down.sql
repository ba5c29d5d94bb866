DELETE FROM ai_generations WHERE purpose = 'engagement';
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona'));
DROP TABLE engagement_messages;
DROP TABLE engagement_profiles;
DROP TABLE activity_days;
DROP TABLE activity_events;
