-- One row per AI generation: what it was for, who paid for it, and how it went.
CREATE TABLE ai_generations (
    id uuid PRIMARY KEY,
    -- NULL for system work (scheduled generation without a user).
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    purpose text NOT NULL CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona')),
    provider text NOT NULL,
    model text NOT NULL,
    prompt_tokens integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    latency_ms integer NOT NULL DEFAULT 0 CHECK (latency_ms >= 0),
    -- Estimated from the per-model price table, in US dollars.
    cost_usd double precision NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    outcome text NOT NULL CHECK (outcome IN ('ok', 'cancelled', 'failed', 'rate_limited')),
    error text,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The per-user rate limit counts a user's recent generations.
CREATE INDEX ai_generations_user_idx ON ai_generations (user_id, created_at);
