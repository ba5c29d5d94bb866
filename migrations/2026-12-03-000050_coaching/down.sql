DELETE FROM ai_generations WHERE purpose = 'coach_plan';
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement'));
DROP TABLE coaching_journal_entries;
DROP TABLE coaching_check_ins;
DROP TABLE coaching_habits;
DROP TABLE coaching_subgoals;
DROP TABLE coaching_goals;
