-- The warehouse export: users, goals, check-ins and journal entries, sent
-- incrementally. Each exported row carries the id of the transaction that
-- last changed it (`changed_txid`); a run sends the rows whose id lies in
-- [the last run's watermark, this run's), where a watermark is the oldest
-- transaction still running (`pg_snapshot_xmin`). Every transaction below
-- a watermark has ended, so no row can appear behind it later: each
-- change is sent once, even when transactions commit out of order.

CREATE FUNCTION warehouse_txid() RETURNS bigint AS $$
    SELECT pg_current_xact_id()::text::bigint
$$ LANGUAGE sql VOLATILE;

-- The warehouse knows a user by a key, not by their id: a salted hash of
-- it. The key of an erased account's deletion links to nothing left here.
CREATE TABLE warehouse_settings (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    salt text NOT NULL
);

INSERT INTO warehouse_settings (salt) VALUES (gen_random_uuid()::text || gen_random_uuid()::text);

CREATE FUNCTION warehouse_user_key(id uuid) RETURNS text AS $$
    SELECT encode(sha256(convert_to((SELECT salt FROM warehouse_settings) || id::text, 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;

ALTER TABLE users ADD COLUMN changed_txid bigint NOT NULL DEFAULT warehouse_txid();
ALTER TABLE coaching_goals ADD COLUMN changed_txid bigint NOT NULL DEFAULT warehouse_txid();
ALTER TABLE coaching_check_ins ADD COLUMN changed_txid bigint NOT NULL DEFAULT warehouse_txid();
ALTER TABLE coaching_journal_entries ADD COLUMN changed_txid bigint NOT NULL DEFAULT warehouse_txid();

CREATE INDEX users_by_changed_txid ON users (changed_txid, id);
CREATE INDEX coaching_goals_by_changed_txid ON coaching_goals (changed_txid, id);
CREATE INDEX coaching_check_ins_by_changed_txid ON coaching_check_ins (changed_txid, id);
CREATE INDEX coaching_journal_by_changed_txid ON coaching_journal_entries (changed_txid, id);

CREATE FUNCTION warehouse_stamp() RETURNS trigger AS $$
BEGIN
    NEW.changed_txid := warehouse_txid();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Only a change to an exported column is a change to send: a user's
-- last_active_at moves all day.
CREATE TRIGGER users_warehouse_stamp
    BEFORE UPDATE ON users
    FOR EACH ROW
    WHEN ((OLD.role, OLD.timezone, OLD.locale, OLD.is_active, OLD.created_at)
          IS DISTINCT FROM (NEW.role, NEW.timezone, NEW.locale, NEW.is_active, NEW.created_at))
    EXECUTE FUNCTION warehouse_stamp();

CREATE TRIGGER coaching_goals_warehouse_stamp
    BEFORE UPDATE ON coaching_goals
    FOR EACH ROW EXECUTE FUNCTION warehouse_stamp();

CREATE TRIGGER coaching_check_ins_warehouse_stamp
    BEFORE UPDATE ON coaching_check_ins
    FOR EACH ROW EXECUTE FUNCTION warehouse_stamp();

CREATE TRIGGER coaching_journal_warehouse_stamp
    BEFORE UPDATE ON coaching_journal_entries
    FOR EACH ROW EXECUTE FUNCTION warehouse_stamp();

-- Deleted rows, so the warehouse deletes them too (an erased account
-- included, by its key). A row removed with its user or goal is not listed on its own:
-- the warehouse removes a deleted user's rows and a deleted goal's
-- check-ins (see the README). Swept after 30 days.
CREATE TABLE warehouse_deletions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity text NOT NULL CHECK (entity IN ('user', 'goal', 'check_in', 'journal_entry')),
    -- A user's key, or the row's id.
    row_id text NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT now(),
    changed_txid bigint NOT NULL DEFAULT warehouse_txid()
);

CREATE INDEX warehouse_deletions_by_changed_txid ON warehouse_deletions (changed_txid, id);
CREATE INDEX warehouse_deletions_by_time ON warehouse_deletions (deleted_at);

CREATE FUNCTION warehouse_deleted() RETURNS trigger AS $$
BEGIN
    -- Nested: PL/pgSQL evaluates a whole condition, and OLD has only its
    -- own table's columns.
    IF TG_TABLE_NAME <> 'users' THEN
        IF NOT EXISTS (SELECT 1 FROM users WHERE id = OLD.user_id) THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'coaching_check_ins' THEN
        IF NOT EXISTS (SELECT 1 FROM coaching_goals WHERE id = OLD.goal_id) THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'users' THEN
        INSERT INTO warehouse_deletions (entity, row_id) VALUES ('user', warehouse_user_key(OLD.id));
    ELSE
        INSERT INTO warehouse_deletions (entity, row_id) VALUES (TG_ARGV[0], OLD.id::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_warehouse_deleted
    AFTER DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION warehouse_deleted('user');

CREATE TRIGGER coaching_goals_warehouse_deleted
    AFTER DELETE ON coaching_goals
    FOR EACH ROW EXECUTE FUNCTION warehouse_deleted('goal');

CREATE TRIGGER coaching_check_ins_warehouse_deleted
    AFTER DELETE ON coaching_check_ins
    FOR EACH ROW EXECUTE FUNCTION warehouse_deleted('check_in');

CREATE TRIGGER coaching_journal_warehouse_deleted
    AFTER DELETE ON coaching_journal_entries
    FOR EACH ROW EXECUTE FUNCTION warehouse_deleted('journal_entry');

-- The file export's runs: each wrote the changes in [from_txid, to_txid).
CREATE TABLE warehouse_export_runs (
    id bigserial PRIMARY KEY,
    from_txid bigint NOT NULL,
    to_txid bigint NOT NULL CHECK (to_txid >= from_txid),
    rows jsonb NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT now()
);
