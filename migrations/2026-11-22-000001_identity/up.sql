-- Accounts, sessions, login attempts and the audit chain.

CREATE TABLE users (
    id uuid PRIMARY KEY,
    -- Stored lower-cased so uniqueness ignores letter case.
    email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    -- NULL for accounts that only sign in with Google.
    password_hash text,
    google_subject text UNIQUE,
    role text NOT NULL DEFAULT 'member'
        CHECK (role IN ('member', 'mentor', 'investigator', 'case_reporter', 'admin')),
    timezone text NOT NULL DEFAULT 'UTC',
    locale text NOT NULL DEFAULT 'en',
    preferred_moods text[] NOT NULL DEFAULT '{}' CHECK (array_position(preferred_moods, NULL) IS NULL),
    conversation_frequency text NOT NULL DEFAULT 'daily'
        CHECK (conversation_frequency IN ('daily', 'weekly', 'off')),
    quiet_hours_start time,
    quiet_hours_end time,
    is_active boolean NOT NULL DEFAULT true,
    last_active_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL)),
    CHECK (password_hash IS NOT NULL OR google_subject IS NOT NULL)
);

-- Admin listing pages through users by id within an optional role filter.
CREATE INDEX users_role_id_idx ON users (role, id);

CREATE TABLE refresh_tokens (
    id uuid PRIMARY KEY,
    -- A deleted user takes their sessions with them.
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Every token minted by refreshing descends from one sign-in; reuse of a
    -- spent token revokes the whole family.
    family_id uuid NOT NULL,
    -- SHA-256 of the token; the token itself is never stored.
    token_hash bytea NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    replaced_by uuid REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    user_agent text,
    ip text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Every login attempt, so limits hold across several server replicas.
CREATE TABLE login_attempts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    peer text NOT NULL,
    succeeded boolean NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at);
CREATE INDEX login_attempts_peer_idx ON login_attempts (peer, attempted_at);

-- Append-only and hash-chained: each row's hash covers its fields and the
-- previous row's hash, so an edited or deleted row breaks the chain.
CREATE TABLE audit_events (
    sequence bigint PRIMARY KEY CHECK (sequence > 0),
    id uuid NOT NULL UNIQUE,
    at timestamptz NOT NULL,
    -- Not a foreign key: the trail must outlive the users it mentions.
    actor_id uuid,
    action text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    metadata jsonb NOT NULL DEFAULT '{}',
    ip text,
    prev_hash text NOT NULL,
    hash text NOT NULL
);

CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, sequence);
CREATE INDEX audit_events_resource_idx ON audit_events (resource_type, resource_id, sequence);

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
