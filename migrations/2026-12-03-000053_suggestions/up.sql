-- Plan changes the AI proposes, which members accept or reject.
CREATE TABLE coaching_suggestions (
    id uuid PRIMARY KEY,
    goal_id uuid NOT NULL REFERENCES coaching_goals (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The structured change, habit ids resolved (see src/coaching/suggestions.rs).
    change jsonb NOT NULL,
    rationale text NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    created_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz
);

CREATE INDEX coaching_suggestions_by_user ON coaching_suggestions (user_id, created_at DESC, id DESC);
-- At most one pending suggestion a goal.
CREATE UNIQUE INDEX coaching_suggestions_one_pending ON coaching_suggestions (goal_id) WHERE status = 'pending';

ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement', 'coach_plan',
                       'coach_suggestion'));
