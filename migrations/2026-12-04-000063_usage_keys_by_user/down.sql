ALTER TABLE app_sessions RENAME TO app_sessions_by_user;
ALTER INDEX app_sessions_pkey RENAME TO app_sessions_by_user_pkey;
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
INSERT INTO app_sessions
SELECT device_id, started_at, app_id, duration_ms, launches, notifications, received_at FROM app_sessions_by_user;
DROP TABLE app_sessions_by_user;

ALTER TABLE daily_device_usage RENAME TO daily_device_usage_by_user;
ALTER INDEX daily_device_usage_pkey RENAME TO daily_device_usage_by_user_pkey;
CREATE TABLE daily_device_usage (
    device_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    day date NOT NULL,
    screen_time_ms bigint NOT NULL CHECK (screen_time_ms BETWEEN 0 AND 86400000),
    unlocks integer NOT NULL CHECK (unlocks >= 0),
    pickups integer NOT NULL CHECK (pickups >= 0),
    notifications integer NOT NULL CHECK (notifications >= 0),
    first_pickup_time time,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, day)
);
INSERT INTO daily_device_usage
SELECT device_id, day, screen_time_ms, unlocks, pickups, notifications, first_pickup_time, received_at
FROM daily_device_usage_by_user;
DROP TABLE daily_device_usage_by_user;

CREATE INDEX devices_user_idx ON devices (user_id, id);
ALTER TABLE devices DROP CONSTRAINT devices_user_device_key;
