-- Data rights: closed accounts waiting out their grace period, audit events
-- whose personal fields can be sealed (erased, the chain still verifying),
-- closed accounts hidden from friends, and indexes for the retention sweep.

-- An account its owner (or support) closed. Its data is erased once
-- erase_after has passed, unless the deletion is cancelled (the row goes).
CREATE TABLE account_deletions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    requested_at timestamptz NOT NULL DEFAULT now(),
    erase_after timestamptz NOT NULL,
    -- Closed by an admin (DeleteUser) rather than by the user (DeleteMe).
    by_admin boolean NOT NULL DEFAULT false
);

-- Each personal field of an event (actor, resource, peer, metadata values)
-- enters the hash as SHA-256 over a random salt and the value; `salts`
-- keeps the salts. Erasing a field moves its digest to `sealed` and drops
-- its salt, so the chain still verifies and the value cannot be guessed
-- back. Events recorded before this migration have no salts and hash their
-- fields as they are.
ALTER TABLE audit_events
    ADD COLUMN salts jsonb,
    ADD COLUMN sealed jsonb NOT NULL DEFAULT '{}';

-- Sealing is the one change allowed, and only in a transaction that says so.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('kith.audit_sealing', true) = 'on'
       AND NEW.sequence = OLD.sequence AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.action = OLD.action AND NEW.resource_type = OLD.resource_type
       AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
       AND OLD.salts IS NOT NULL
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

-- A closed account is nobody's friend while it waits to be erased.
CREATE OR REPLACE FUNCTION social_are_friends(a uuid, b uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM friendships
                   WHERE status = 'accepted'
                     AND LEAST(requester_id, addressee_id) = LEAST(a, b)
                     AND GREATEST(requester_id, addressee_id) = GREATEST(a, b))
       AND NOT social_blocked_either(a, b)
       AND NOT EXISTS (SELECT 1 FROM users WHERE id IN (a, b) AND NOT is_active)
$$;

-- The retention sweep's lookups.
CREATE INDEX notifications_read_at_idx ON notifications (read_at) WHERE read_at IS NOT NULL;
CREATE INDEX jobs_finished_at_idx ON jobs (finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX ai_generations_created_at_idx ON ai_generations (created_at);
CREATE INDEX refresh_tokens_expires_at_idx ON refresh_tokens (expires_at);
