-- The AI rate limit admits a generation by writing its row before the
-- provider is called ('pending'), under a per-user lock, and completes that
-- row when the generation ends. Concurrent calls therefore see each other's
-- reservations. A row left pending by a crash still counts for the hour it
-- was started in, then ages out of the window like any other.
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_outcome_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_outcome_check
    CHECK (outcome IN ('pending', 'ok', 'cancelled', 'failed', 'rate_limited'));
