DROP INDEX refresh_tokens_expires_at_idx;
DROP INDEX ai_generations_created_at_idx;
DROP INDEX jobs_finished_at_idx;
DROP INDEX notifications_read_at_idx;

CREATE OR REPLACE FUNCTION social_are_friends(a uuid, b uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM friendships
                   WHERE status = 'accepted'
                     AND LEAST(requester_id, addressee_id) = LEAST(a, b)
                     AND GREATEST(requester_id, addressee_id) = GREATEST(a, b))
       AND NOT social_blocked_either(a, b)
$$;

CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

ALTER TABLE audit_events DROP COLUMN sealed, DROP COLUMN salts;

DROP TABLE account_deletions;
