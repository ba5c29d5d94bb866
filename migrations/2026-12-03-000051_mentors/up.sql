-- Mentors: who looks after whom (a member has at most one mentor), the
-- invitations that make a link, and the append-only record of every AI
-- answer a mentor got about a member, with the context it was given.

CREATE TABLE coaching_mentor_links (
    member_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (member_id <> mentor_id)
);

CREATE INDEX coaching_mentor_links_by_mentor ON coaching_mentor_links (mentor_id, created_at, member_id);

CREATE TABLE coaching_mentor_invites (
    id uuid PRIMARY KEY,
    mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    UNIQUE (mentor_id, member_id)
);

CREATE INDEX coaching_mentor_invites_by_member ON coaching_mentor_invites (member_id, expires_at);

CREATE TABLE coaching_mentor_interactions (
    id uuid PRIMARY KEY,
    mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question text NOT NULL,
    answer text NOT NULL,
    -- Exactly what the AI was given about the member.
    context jsonb NOT NULL,
    -- False when the provider failed part way: the answer is what it wrote.
    complete boolean NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX coaching_mentor_interactions_by_mentor ON coaching_mentor_interactions (mentor_id, created_at DESC, id DESC);
CREATE INDEX coaching_mentor_interactions_by_member ON coaching_mentor_interactions (member_id);

-- The audit trail is append-only: rows go only with an account.
CREATE FUNCTION coaching_mentor_interactions_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'mentor interactions are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER coaching_mentor_interactions_no_update
    BEFORE UPDATE ON coaching_mentor_interactions
    FOR EACH ROW EXECUTE FUNCTION coaching_mentor_interactions_append_only();
