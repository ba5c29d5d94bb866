-- Daily analytics rollups: what the analytics reads use instead of raw usage,
-- so they stay fast as raw usage grows. Kept by the analytics_rollup job
-- (nightly, and shortly after each upload), which recomputes a range of days
-- from raw usage; the rows are derived data and safe to recompute at any time.
-- Days are in the user's timezone.

CREATE TABLE daily_user_rollups (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day date NOT NULL,
    -- What the devices reported in their daily rows; the app time on a day
    -- with sessions but no daily row.
    screen_time_ms bigint NOT NULL CHECK (screen_time_ms >= 0),
    unlocks bigint NOT NULL CHECK (unlocks >= 0),
    pickups bigint NOT NULL CHECK (pickups >= 0),
    notifications bigint NOT NULL CHECK (notifications >= 0),
    -- From app sessions, by their local start day.
    app_time_ms bigint NOT NULL CHECK (app_time_ms >= 0),
    sessions integer NOT NULL CHECK (sessions >= 0),
    launches bigint NOT NULL CHECK (launches >= 0),
    longest_session_ms bigint NOT NULL CHECK (longest_session_ms >= 0),
    -- App time in sessions starting between 23:00 and 03:59.
    night_ms bigint NOT NULL CHECK (night_ms >= 0),
    -- App time by the app's personality on its device, else its category.
    productive_ms bigint NOT NULL CHECK (productive_ms >= 0),
    time_wasting_ms bigint NOT NULL CHECK (time_wasting_ms >= 0),
    -- The earliest first pickup of the user's devices.
    first_pickup_time time,
    -- Derived data: a removed app or category only blanks the day's top.
    top_app_id uuid REFERENCES apps (id) ON DELETE SET NULL,
    top_category text REFERENCES app_categories (code) ON DELETE SET NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, day)
);

CREATE TABLE daily_app_rollups (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day date NOT NULL,
    -- Derived data: it goes with the app.
    app_id uuid NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
    time_ms bigint NOT NULL CHECK (time_ms >= 0),
    launches bigint NOT NULL CHECK (launches >= 0),
    sessions integer NOT NULL CHECK (sessions >= 0),
    notifications bigint NOT NULL CHECK (notifications >= 0),
    PRIMARY KEY (user_id, day, app_id)
);
