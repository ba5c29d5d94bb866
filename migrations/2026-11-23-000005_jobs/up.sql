-- The durable job queue: workers claim due jobs with FOR UPDATE SKIP LOCKED
-- under a lease that expires if the worker dies.
CREATE TABLE jobs (
    id uuid PRIMARY KEY,
    kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
    payload jsonb NOT NULL DEFAULT '{}',
    state text NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'running', 'succeeded', 'dead', 'cancelled')),
    -- Higher runs first.
    priority smallint NOT NULL DEFAULT 0,
    run_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts integer NOT NULL CHECK (max_attempts >= 1),
    -- Set while running: who holds the job and until when.
    lease_token uuid,
    lease_until timestamptz,
    worker text,
    last_error text,
    result jsonb,
    -- The same unique key is enqueued once, ever (e.g. one schedule slot).
    unique_key text UNIQUE CHECK (length(unique_key) <= 300),
    -- The user the work is for, if any.
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    CHECK ((state = 'running') = (lease_token IS NOT NULL))
);

-- What workers poll: due queued jobs in priority order, and expired leases.
CREATE INDEX jobs_ready_idx ON jobs (priority DESC, run_at) WHERE state = 'queued';
CREATE INDEX jobs_lease_idx ON jobs (lease_until) WHERE state = 'running';
-- Admin listing, newest first, optionally by kind or state.
CREATE INDEX jobs_kind_idx ON jobs (kind, id);
CREATE INDEX jobs_state_idx ON jobs (state, id);
CREATE INDEX jobs_user_idx ON jobs (user_id) WHERE user_id IS NOT NULL;
