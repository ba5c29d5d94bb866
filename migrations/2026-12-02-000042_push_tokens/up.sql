-- Push tokens: the devices (FCM registration tokens) that receive a user's
-- notifications by push. A token names one app install on one device, so it
-- belongs to one user at a time: registered by another user, it moves.

CREATE TABLE push_tokens (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token text NOT NULL UNIQUE CHECK (length(token) BETWEEN 1 AND 4096),
    platform text NOT NULL CHECK (platform IN ('android', 'ios', 'web')),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- The last time the device registered it (apps do so at each start).
    last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX push_tokens_by_user ON push_tokens (user_id, id);
