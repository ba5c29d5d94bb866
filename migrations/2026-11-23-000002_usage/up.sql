-- Usage from devices, uploads in progress, goals and patterns.
-- Ingest speed matters here: each table keeps only the indexes its reads need,
-- and the natural key is the primary key.

CREATE TABLE daily_device_usage (
    device_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    day date NOT NULL,
    screen_time_ms bigint NOT NULL CHECK (screen_time_ms BETWEEN 0 AND 86400000),
    unlocks integer NOT NULL CHECK (unlocks >= 0),
    pickups integer NOT NULL CHECK (pickups >= 0),
    notifications integer NOT NULL CHECK (notifications >= 0),
    first_pickup_time time,
    -- When the row was last written, for device sync.
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, day)
);

-- Keyed (device, start, app): reads are "one device's sessions in a time
-- range", which this key serves without a second index.
CREATE TABLE app_sessions (
    device_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    started_at timestamptz NOT NULL,
    app_id uuid NOT NULL REFERENCES apps (id) ON DELETE RESTRICT,
    duration_ms integer NOT NULL CHECK (duration_ms BETWEEN 0 AND 86400000),
    launches integer NOT NULL CHECK (launches >= 0),
    notifications integer NOT NULL CHECK (notifications >= 0),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, started_at, app_id)
);

-- Where each named upload stopped, so a client can resume.
CREATE TABLE usage_uploads (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    upload_id text NOT NULL CHECK (length(upload_id) BETWEEN 1 AND 100),
    last_batch_index bigint NOT NULL DEFAULT -1,
    received bigint NOT NULL DEFAULT 0,
    inserted bigint NOT NULL DEFAULT 0,
    updated bigint NOT NULL DEFAULT 0,
    unchanged bigint NOT NULL DEFAULT 0,
    rejected bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, upload_id)
);

CREATE TABLE usage_goals (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('daily_screen_time', 'app_limit', 'category_limit', 'unlocks')),
    target bigint NOT NULL CHECK (target > 0),
    period text NOT NULL CHECK (period IN ('daily', 'weekly')),
    app_id uuid REFERENCES apps (id) ON DELETE RESTRICT,
    category text REFERENCES app_categories (code) ON DELETE RESTRICT,
    is_active boolean NOT NULL DEFAULT true,
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'app_limit') = (app_id IS NOT NULL)),
    CHECK ((kind = 'category_limit') = (category IS NOT NULL))
);

CREATE INDEX usage_goals_user_idx ON usage_goals (user_id, id);
CREATE UNIQUE INDEX usage_goals_request_idx ON usage_goals (user_id, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE usage_patterns (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN (
        'binge_usage', 'night_owl', 'morning_person', 'weekend_warrior', 'distracted',
        'doom_scrolling', 'phantom_vibration', 'app_switching', 'notification_addiction')),
    severity double precision NOT NULL CHECK (severity BETWEEN 0 AND 1),
    confidence double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    detected_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    metadata jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX usage_patterns_user_idx ON usage_patterns (user_id, id);
-- Detection keeps one open pattern per kind and resolves it when it stops holding.
CREATE UNIQUE INDEX usage_patterns_open_idx ON usage_patterns (user_id, kind) WHERE resolved_at IS NULL;
