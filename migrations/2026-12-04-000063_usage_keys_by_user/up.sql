-- The user leads the keys of the raw usage tables. Every read names whose
-- rows it wants (the key serves it without a second index), a user's rows sit
-- together, and the tables can later be partitioned or distributed by user
-- (the user as the distribution column) without changing a key. The pair
-- (user_id, device_id) references the device, so a row can never name
-- another user's device.

ALTER TABLE devices ADD CONSTRAINT devices_user_device_key UNIQUE (user_id, id);
-- The unique constraint's index serves the pages by id within one user.
DROP INDEX devices_user_idx;

ALTER TABLE daily_device_usage RENAME TO daily_device_usage_by_device;
ALTER INDEX daily_device_usage_pkey RENAME TO daily_device_usage_by_device_pkey;
CREATE TABLE daily_device_usage (
    user_id uuid NOT NULL,
    device_id uuid NOT NULL,
    day date NOT NULL,
    screen_time_ms bigint NOT NULL CHECK (screen_time_ms BETWEEN 0 AND 86400000),
    unlocks integer NOT NULL CHECK (unlocks >= 0),
    pickups integer NOT NULL CHECK (pickups >= 0),
    notifications integer NOT NULL CHECK (notifications >= 0),
    first_pickup_time time,
    -- When the row was last written, for device sync.
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_id, day),
    FOREIGN KEY (user_id, device_id) REFERENCES devices (user_id, id) ON DELETE CASCADE
);
INSERT INTO daily_device_usage
SELECT d.user_id, u.device_id, u.day, u.screen_time_ms, u.unlocks, u.pickups, u.notifications,
       u.first_pickup_time, u.received_at
FROM daily_device_usage_by_device u JOIN devices d ON d.id = u.device_id;
DROP TABLE daily_device_usage_by_device;

-- Reads are "one user's devices' sessions in a time range".
ALTER TABLE app_sessions RENAME TO app_sessions_by_device;
ALTER INDEX app_sessions_pkey RENAME TO app_sessions_by_device_pkey;
CREATE TABLE app_sessions (
    user_id uuid NOT NULL,
    device_id uuid NOT NULL,
    started_at timestamptz NOT NULL,
    app_id uuid NOT NULL REFERENCES apps (id) ON DELETE RESTRICT,
    duration_ms integer NOT NULL CHECK (duration_ms BETWEEN 0 AND 86400000),
    launches integer NOT NULL CHECK (launches >= 0),
    notifications integer NOT NULL CHECK (notifications >= 0),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_id, started_at, app_id),
    FOREIGN KEY (user_id, device_id) REFERENCES devices (user_id, id) ON DELETE CASCADE
);
INSERT INTO app_sessions
SELECT d.user_id, s.device_id, s.started_at, s.app_id, s.duration_ms, s.launches, s.notifications, s.received_at
FROM app_sessions_by_device s JOIN devices d ON d.id = s.device_id;
DROP TABLE app_sessions_by_device;
