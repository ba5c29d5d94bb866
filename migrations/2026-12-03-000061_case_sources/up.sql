-- External registries synced into cases: each source's sealed connection
-- string and column mapping, the log of its syncs, and the log of every
-- query sent to it.

CREATE TABLE case_sources (
    -- Made by the server before the insert: it is the sealed connection
    -- string's associated data.
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    kind text NOT NULL DEFAULT 'postgres' CHECK (kind IN ('postgres')),
    -- nonce || ciphertext and tag (ChaCha20-Poly1305, the id as associated
    -- data); never the connection string itself.
    connection bytea NOT NULL CHECK (length(connection) > 28),
    -- Quoted as written when queried, so only plain names are allowed.
    table_name text NOT NULL
        CHECK (table_name ~ '^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$'),
    key_column text NOT NULL CHECK (key_column ~ '^[A-Za-z_][A-Za-z0-9_]{0,62}$'),
    -- Case field -> source column.
    mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
    enabled boolean NOT NULL DEFAULT false,
    -- 0: only on request (SyncNow).
    sync_every_minutes integer NOT NULL DEFAULT 0
        CHECK (sync_every_minutes = 0 OR sync_every_minutes BETWEEN 15 AND 10080),
    last_sync_at timestamptz,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE case_source_syncs (
    id uuid PRIMARY KEY,
    source_id uuid NOT NULL REFERENCES case_sources (id) ON DELETE CASCADE,
    trigger text NOT NULL CHECK (trigger IN ('manual', 'scheduled')),
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
    pulled integer NOT NULL DEFAULT 0,
    created integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0,
    skipped integer NOT NULL DEFAULT 0,
    errors text[] NOT NULL DEFAULT '{}' CHECK (cardinality(errors) <= 20),
    CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX case_source_syncs_by_source ON case_source_syncs (source_id, started_at DESC, id DESC);

CREATE TABLE case_source_queries (
    id uuid PRIMARY KEY,
    source_id uuid NOT NULL REFERENCES case_sources (id) ON DELETE CASCADE,
    -- The admin who asked; null for scheduled syncs.
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    purpose text NOT NULL CHECK (purpose IN ('test', 'sync')),
    query text NOT NULL,
    row_count bigint NOT NULL DEFAULT 0,
    error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_source_queries_by_source ON case_source_queries (source_id, created_at DESC, id DESC);

-- A synced case remembers its source and the row's key there; deleting
-- the source leaves its cases, unlinked.
ALTER TABLE cases
    ADD COLUMN source_id uuid REFERENCES case_sources (id) ON DELETE SET NULL,
    ADD COLUMN source_key text CHECK (length(source_key) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX cases_by_source_key ON cases (source_id, source_key) WHERE source_id IS NOT NULL;
ALTER TABLE cases ADD CONSTRAINT cases_source_key_present CHECK (source_id IS NULL OR source_key IS NOT NULL);
