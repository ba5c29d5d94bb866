-- Social: friendships, blocks, device visits and challenges, and the
-- notifications domains emit for their users.

-- One row per pair of users, whoever asked first. A declined request stays
-- (declined) until either asks again.
CREATE TABLE friendships (
    id uuid PRIMARY KEY,
    requester_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    addressee_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
    created_at timestamptz NOT NULL DEFAULT now(),
    responded_at timestamptz,
    CHECK (requester_id <> addressee_id),
    CHECK ((status = 'pending') = (responded_at IS NULL))
);

-- At most one row per pair, in either direction.
CREATE UNIQUE INDEX friendships_pair_idx
    ON friendships (LEAST(requester_id, addressee_id), GREATEST(requester_id, addressee_id));
CREATE INDEX friendships_requester_idx ON friendships (requester_id, status);
CREATE INDEX friendships_addressee_idx ON friendships (addressee_id, status);

-- Directional: the blocker sees nothing of the blocked user's requests, and
-- the blocked user sees nothing of the blocker.
CREATE TABLE user_blocks (
    blocker_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    blocked_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);

CREATE INDEX user_blocks_blocked_idx ON user_blocks (blocked_id);

-- The two rules every social read goes by, as SQL functions that the planner
-- inlines. Accepted friends: an accepted friendship and no block either way.
CREATE FUNCTION social_blocked_either(a uuid, b uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM user_blocks
                   WHERE (blocker_id = a AND blocked_id = b) OR (blocker_id = b AND blocked_id = a))
$$;

CREATE FUNCTION social_are_friends(a uuid, b uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM friendships
                   WHERE status = 'accepted'
                     AND LEAST(requester_id, addressee_id) = LEAST(a, b)
                     AND GREATEST(requester_id, addressee_id) = GREATEST(a, b))
       AND NOT social_blocked_either(a, b)
$$;

-- A friend's device visiting the host's device group for a while.
CREATE TABLE device_visits (
    id uuid PRIMARY KEY,
    host_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    visitor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    visiting_device_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    -- Set when the host or visitor ended it before ends_at.
    ended_at timestamptz,
    conversation_requested boolean NOT NULL DEFAULT false,
    -- Each side's copy of the friend_visit conversation, once written.
    host_conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
    visitor_conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (host_id <> visitor_id),
    CHECK (ends_at > starts_at)
);

CREATE INDEX device_visits_host_idx ON device_visits (host_id, id);
CREATE INDEX device_visits_visitor_idx ON device_visits (visitor_id, id);
CREATE INDEX device_visits_device_idx ON device_visits (visiting_device_id, ends_at);
CREATE UNIQUE INDEX device_visits_request_idx ON device_visits (host_id, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE challenges (
    id uuid PRIMARY KEY,
    creator_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('reduce_screen_time', 'increase_productivity', 'fewer_unlocks', 'digital_detox')),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    -- Calendar days in each participant's own timezone, both inclusive.
    start_day date NOT NULL,
    end_day date NOT NULL,
    target bigint NOT NULL CHECK (target > 0),
    visibility text NOT NULL CHECK (visibility IN ('friends', 'public')),
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Set by the job that sends the final ranks, once the last day is over everywhere.
    finished_at timestamptz,
    CHECK (end_day >= start_day AND end_day - start_day < 90)
);

CREATE INDEX challenges_creator_idx ON challenges (creator_id, id);
CREATE INDEX challenges_public_idx ON challenges (id) WHERE visibility = 'public';
CREATE INDEX challenges_unfinished_idx ON challenges (end_day) WHERE finished_at IS NULL;
CREATE UNIQUE INDEX challenges_request_idx ON challenges (creator_id, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE challenge_participants (
    challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (challenge_id, user_id)
);

CREATE INDEX challenge_participants_user_idx ON challenge_participants (user_id, challenge_id);

-- What domains told a user about; delivered in-app for now.
CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
    title text NOT NULL CHECK (length(title) <= 500),
    data jsonb NOT NULL DEFAULT '{}',
    -- Emitting twice with the same key stores one notification.
    dedupe_key text CHECK (length(dedupe_key) <= 300),
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at timestamptz
);

CREATE INDEX notifications_user_idx ON notifications (user_id, id);
CREATE INDEX notifications_unread_idx ON notifications (user_id, id) WHERE read_at IS NULL;
CREATE UNIQUE INDEX notifications_dedupe_idx ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
