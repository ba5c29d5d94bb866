-- Missing-person cases, who they are shared with, and their photos.

-- A case's name and aliases as search words, kept as written ('simple').
-- array_to_string is only STABLE in general (element output functions),
-- but for text[] it cannot change, so this wrapper may be IMMUTABLE.
CREATE FUNCTION case_search_words(full_name text, aliases text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple'::regconfig, full_name || ' ' || array_to_string(aliases, ' ')) $$;

CREATE TABLE cases (
    id uuid PRIMARY KEY,
    -- Null once the reporter's account is erased: the case is about the
    -- missing person, and others may be working on it.
    reporter_id uuid REFERENCES users (id) ON DELETE SET NULL,
    full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    aliases text[] NOT NULL DEFAULT '{}',
    date_of_birth date,
    age integer CHECK (age BETWEEN 0 AND 130),
    gender text CHECK (gender IN ('female', 'male', 'other')),
    height_cm integer CHECK (height_cm BETWEEN 30 AND 272),
    last_seen_at timestamptz,
    last_seen_place text NOT NULL DEFAULT '',
    last_seen_lat double precision CHECK (last_seen_lat BETWEEN -90 AND 90),
    last_seen_lng double precision CHECK (last_seen_lng BETWEEN -180 AND 180),
    description text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'found', 'closed', 'archived')),
    priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((last_seen_lat IS NULL) = (last_seen_lng IS NULL))
);
CREATE INDEX cases_recent ON cases (updated_at DESC, id DESC);
CREATE INDEX cases_by_reporter ON cases (reporter_id, updated_at DESC);
-- Searched as case_search_words(full_name, aliases) @@ query.
CREATE INDEX cases_search ON cases USING gin (case_search_words(full_name, aliases));

CREATE TABLE case_grants (
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    granted_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_grants_by_user ON case_grants (user_id);

CREATE TABLE case_images (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    uploader_id uuid REFERENCES users (id) ON DELETE SET NULL,
    sha256 bytea NOT NULL CHECK (length(sha256) = 32),
    -- Where the bytes are in the image store (content-addressed).
    storage_key text NOT NULL,
    mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes bigint NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    caption text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'processing', 'done', 'failed')),
    error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, sha256)
);
CREATE INDEX case_images_by_key ON case_images (storage_key);
