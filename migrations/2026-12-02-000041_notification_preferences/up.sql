-- Notification preferences: per user and kind, which channels carry it;
-- per user, quiet hours during which webhook deliveries wait.

CREATE TABLE notification_preferences (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
    in_app boolean NOT NULL,
    webhook boolean NOT NULL,
    push boolean NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Local times in the user's timezone; ends before starts wraps midnight.
CREATE TABLE notification_quiet_hours (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    starts time NOT NULL,
    ends time NOT NULL,
    CHECK (starts <> ends)
);

-- A notification whose kind the user turned off in-app is kept for its
-- other channels (its deliveries refer to it) but not listed or streamed.
ALTER TABLE notifications ADD COLUMN in_app boolean NOT NULL DEFAULT true;
