-- Devices and apps as characters, and the shared app catalogue.

CREATE TABLE devices (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    platform text NOT NULL CHECK (platform IN ('ios', 'android', 'macos', 'windows', 'linux', 'other')),
    device_type text NOT NULL
        CHECK (device_type IN ('smartphone', 'tablet', 'laptop', 'desktop', 'watch', 'other')),
    personality text NOT NULL CHECK (personality IN (
        'snarky', 'logical', 'chaotic', 'supportive', 'dramatic', 'minimalist',
        'anxious', 'boomer', 'gen_z', 'philosophical', 'gossip', 'corporate')),
    nickname text NOT NULL DEFAULT '' CHECK (length(nickname) <= 100),
    is_primary boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true,
    last_synced_at timestamptz,
    -- Idempotency key of the create call.
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Listing pages by id within one user.
CREATE INDEX devices_user_idx ON devices (user_id, id);
-- At most one primary device per user.
CREATE UNIQUE INDEX devices_one_primary_idx ON devices (user_id) WHERE is_primary;
CREATE UNIQUE INDEX devices_request_idx ON devices (user_id, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE device_relationships (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_a_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    device_b_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('siblings', 'rivals', 'besties')),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (device_a_id <> device_b_id)
);

CREATE INDEX device_relationships_user_idx ON device_relationships (user_id, id);
-- A pair is related once, whichever way round it was named.
CREATE UNIQUE INDEX device_relationships_pair_idx
    ON device_relationships (least(device_a_id, device_b_id), greatest(device_a_id, device_b_id));
CREATE UNIQUE INDEX device_relationships_request_idx
    ON device_relationships (user_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX device_relationships_b_idx ON device_relationships (device_b_id);

CREATE TABLE app_categories (
    code text PRIMARY KEY,
    name text NOT NULL,
    description text NOT NULL,
    position integer NOT NULL UNIQUE
);

INSERT INTO app_categories (code, name, description, position) VALUES
    ('social', 'Social', 'Feeds, friends and followers', 1),
    ('entertainment', 'Entertainment', 'Video, music and streaming', 2),
    ('productivity', 'Productivity', 'Work, notes, calendars and documents', 3),
    ('games', 'Games', 'Games of every kind', 4),
    ('education', 'Education', 'Learning, languages and courses', 5),
    ('health', 'Health', 'Fitness, sleep, meditation and health', 6),
    ('communication', 'Communication', 'Messaging, mail and calls', 7),
    ('news', 'News', 'News and magazines', 8),
    ('utilities', 'Utilities', 'Tools, settings, browsers and maps', 9),
    ('other', 'Other', 'Everything else', 10);

-- The shared catalogue: one row per store / bundle id.
CREATE TABLE apps (
    id uuid PRIMARY KEY,
    bundle_id text NOT NULL UNIQUE CHECK (length(bundle_id) BETWEEN 1 AND 255),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Categories are reference data: deleting one in use is refused.
    category text NOT NULL DEFAULT 'other' REFERENCES app_categories (code) ON DELETE RESTRICT,
    default_personality text NOT NULL DEFAULT 'chill' CHECK (default_personality IN (
        'attention_seeking', 'addictive', 'productive', 'time_waster', 'educational',
        'social_butterfly', 'introvert', 'dramatic', 'zen', 'competitive', 'helpful',
        'annoying', 'needy', 'chill', 'toxic', 'wholesome')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE device_apps (
    id uuid PRIMARY KEY,
    -- Copied from the device so ownership is one indexed comparison.
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_id uuid NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    -- Catalogue apps are never deleted while a device has them.
    app_id uuid NOT NULL REFERENCES apps (id) ON DELETE RESTRICT,
    nickname text NOT NULL DEFAULT '' CHECK (length(nickname) <= 100),
    personality_override text CHECK (personality_override IN (
        'attention_seeking', 'addictive', 'productive', 'time_waster', 'educational',
        'social_butterfly', 'introvert', 'dramatic', 'zen', 'competitive', 'helpful',
        'annoying', 'needy', 'chill', 'toxic', 'wholesome')),
    is_favorite boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, app_id)
);

CREATE INDEX device_apps_user_idx ON device_apps (user_id, id);
CREATE INDEX device_apps_app_idx ON device_apps (app_id);

CREATE TABLE app_relationships (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_app_a_id uuid NOT NULL REFERENCES device_apps (id) ON DELETE CASCADE,
    device_app_b_id uuid NOT NULL REFERENCES device_apps (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('rivals', 'besties', 'frenemies')),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (device_app_a_id <> device_app_b_id)
);

CREATE INDEX app_relationships_user_idx ON app_relationships (user_id, id);
CREATE UNIQUE INDEX app_relationships_pair_idx
    ON app_relationships (least(device_app_a_id, device_app_b_id), greatest(device_app_a_id, device_app_b_id));
CREATE UNIQUE INDEX app_relationships_request_idx
    ON app_relationships (user_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX app_relationships_b_idx ON app_relationships (device_app_b_id);
