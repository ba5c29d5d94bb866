-- A generation still pending never finished: record it as cancelled.
UPDATE ai_generations SET outcome = 'cancelled' WHERE outcome = 'pending';
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_outcome_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_outcome_check
    CHECK (outcome IN ('ok', 'cancelled', 'failed', 'rate_limited'));
