-- Engagement: what users do (activity), what that says about them (the
-- profile: segment and churn risk), and every message sent to bring them
-- back or remind them of something, with its status history.

CREATE TABLE activity_events (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    properties jsonb NOT NULL DEFAULT '{}',
    occurred_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX activity_events_by_user ON activity_events (user_id, occurred_at);

-- One row per user and local day with activity: the frequency and trend
-- inputs, kept as events arrive so a profile never scans raw events.
CREATE TABLE activity_days (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day date NOT NULL,
    events integer NOT NULL CHECK (events >= 0),
    -- Events between 22:00 and 04:00 local time.
    night_events integer NOT NULL CHECK (night_events >= 0),
    PRIMARY KEY (user_id, day)
);

CREATE TABLE engagement_profiles (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    first_seen_at timestamptz NOT NULL,
    last_active_at timestamptz NOT NULL,
    segment text NOT NULL DEFAULT 'new'
        CHECK (segment IN ('new', 'frequent', 'casual', 'night_owl', 'dormant', 'churned')),
    churn_risk double precision NOT NULL DEFAULT 0 CHECK (churn_risk BETWEEN 0 AND 1),
    active_days_7 integer NOT NULL DEFAULT 0,
    active_days_28 integer NOT NULL DEFAULT 0,
    computed_at timestamptz NOT NULL DEFAULT now()
);

-- The hourly run looks for users inactive longer than the dormancy period.
CREATE INDEX engagement_profiles_by_activity ON engagement_profiles (last_active_at);

CREATE TABLE engagement_messages (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('client_engagement', 'user_utility')),
    template text NOT NULL CHECK (length(template) BETWEEN 1 AND 64),
    content text NOT NULL,
    channel text NOT NULL DEFAULT 'notification',
    -- The user's segment when a re-engagement message was decided.
    segment text CHECK (segment IN ('new', 'frequent', 'casual', 'night_owl', 'dormant', 'churned')),
    -- The notification that carried it; kept when the notification is
    -- pruned, as the log outlives the inbox.
    notification_id uuid REFERENCES notifications (id) ON DELETE SET NULL,
    dedupe_key text CHECK (length(dedupe_key) <= 200),
    status text NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'clicked', 'failed')),
    -- [{"status": "sent", "at": "..."}, ...], oldest first.
    history jsonb NOT NULL,
    sent_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, dedupe_key)
);

CREATE INDEX engagement_messages_by_user ON engagement_messages (user_id, id);
-- The frequency cap reads the user's latest re-engagement message.
CREATE INDEX engagement_messages_reengagement ON engagement_messages (user_id, sent_at)
    WHERE kind = 'client_engagement';
CREATE INDEX engagement_messages_by_time ON engagement_messages (sent_at);
CREATE INDEX engagement_messages_by_notification ON engagement_messages (notification_id);

-- Re-engagement messages are AI generations of their own purpose.
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement'));
