-- Generated conversations and journals, and chat threads with the user's
-- devices and apps.

CREATE TABLE conversations (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN (
        'daily_recap', 'usage_intervention', 'pattern_discussion', 'goal_check_in', 'app_drama',
        'device_gossip', 'productivity_roast', 'social_comparison', 'milestone_celebration',
        'friend_visit', 'emergency_meeting')),
    mood text NOT NULL CHECK (mood IN (
        'humorous', 'supportive', 'dramatic', 'sarcastic', 'wholesome', 'chaotic',
        'philosophical', 'passive_aggressive', 'motivational', 'gossipy')),
    trigger text NOT NULL CHECK (trigger IN ('scheduled', 'on_demand', 'pattern', 'visit')),
    -- The day whose usage it was written from.
    day date NOT NULL,
    provider text NOT NULL,
    model text NOT NULL,
    prompt_tokens integer NOT NULL DEFAULT 0,
    completion_tokens integer NOT NULL DEFAULT 0,
    cost_usd double precision NOT NULL DEFAULT 0,
    rating smallint CHECK (rating BETWEEN 1 AND 5),
    is_favorite boolean NOT NULL DEFAULT false,
    feedback text NOT NULL DEFAULT '' CHECK (length(feedback) <= 2000),
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Lists are newest first by (time-ordered) id within one user.
CREATE INDEX conversations_user_idx ON conversations (user_id, id);
CREATE UNIQUE INDEX conversations_request_idx ON conversations (user_id, request_id) WHERE request_id IS NOT NULL;

-- Who took part, as they were named and characterised when it was written.
CREATE TABLE conversation_participants (
    conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    position smallint NOT NULL,
    -- A deleted device or app leaves its lines behind, unlinked.
    device_id uuid REFERENCES devices (id) ON DELETE SET NULL,
    device_app_id uuid REFERENCES device_apps (id) ON DELETE SET NULL,
    name text NOT NULL,
    personality text NOT NULL,
    PRIMARY KEY (conversation_id, position)
);

CREATE TABLE conversation_lines (
    conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    index integer NOT NULL CHECK (index >= 0),
    speaker text NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (conversation_id, index)
);

CREATE TABLE journals (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_id uuid REFERENCES devices (id) ON DELETE CASCADE,
    device_app_id uuid REFERENCES device_apps (id) ON DELETE CASCADE,
    author_name text NOT NULL,
    author_personality text NOT NULL,
    day date NOT NULL,
    mood text NOT NULL CHECK (mood IN (
        'humorous', 'supportive', 'dramatic', 'sarcastic', 'wholesome', 'chaotic',
        'philosophical', 'passive_aggressive', 'motivational', 'gossipy')),
    text text NOT NULL,
    -- The usage summary and notable events it was written from: a JSON array of strings.
    facts jsonb NOT NULL DEFAULT '[]',
    provider text NOT NULL,
    model text NOT NULL,
    prompt_tokens integer NOT NULL DEFAULT 0,
    completion_tokens integer NOT NULL DEFAULT 0,
    cost_usd double precision NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((device_id IS NULL) <> (device_app_id IS NULL))
);

CREATE INDEX journals_user_idx ON journals (user_id, id);
CREATE INDEX journals_device_idx ON journals (device_id) WHERE device_id IS NOT NULL;
CREATE INDEX journals_device_app_idx ON journals (device_app_id) WHERE device_app_id IS NOT NULL;

CREATE TABLE chat_threads (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The counterpart: exactly one of these (coach and personas come later).
    device_id uuid REFERENCES devices (id) ON DELETE CASCADE,
    device_app_id uuid REFERENCES device_apps (id) ON DELETE CASCADE,
    title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Last activity, for "most recently active first".
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((device_id IS NULL) <> (device_app_id IS NULL))
);

CREATE INDEX chat_threads_user_idx ON chat_threads (user_id, updated_at, id);
CREATE UNIQUE INDEX chat_threads_request_idx ON chat_threads (user_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX chat_threads_device_idx ON chat_threads (device_id) WHERE device_id IS NOT NULL;
CREATE INDEX chat_threads_device_app_idx ON chat_threads (device_app_id) WHERE device_app_id IS NOT NULL;

CREATE TABLE chat_messages (
    id uuid PRIMARY KEY,
    thread_id uuid NOT NULL REFERENCES chat_threads (id) ON DELETE CASCADE,
    author text NOT NULL CHECK (author IN ('user', 'counterpart')),
    text text NOT NULL,
    -- 'streaming' while a reply is being written.
    state text NOT NULL CHECK (state IN ('streaming', 'complete', 'cut_off', 'failed')),
    prompt_tokens integer NOT NULL DEFAULT 0,
    completion_tokens integer NOT NULL DEFAULT 0,
    request_id text CHECK (length(request_id) <= 100),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- History in order, and newest-first pages.
CREATE INDEX chat_messages_thread_idx ON chat_messages (thread_id, id);
CREATE UNIQUE INDEX chat_messages_request_idx ON chat_messages (thread_id, request_id) WHERE request_id IS NOT NULL;
