-- The group feed: posts in a mentor's cohort by the mentor, a member or the
-- AI coach (weekly reviews, shown to their member and the mentor only).
CREATE TABLE coaching_posts (
    id uuid PRIMARY KEY,
    -- The cohort is its mentor.
    cohort_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author text NOT NULL CHECK (author IN ('coach', 'mentor', 'member')),
    -- NULL for the AI coach.
    author_id uuid REFERENCES users (id) ON DELETE CASCADE,
    -- A weekly review's member; NULL for a post to the whole cohort.
    member_id uuid REFERENCES users (id) ON DELETE CASCADE,
    content text NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((author = 'coach') = (author_id IS NULL))
);

CREATE INDEX coaching_posts_by_cohort ON coaching_posts (cohort_id, created_at DESC, id DESC);
CREATE INDEX coaching_posts_by_author ON coaching_posts (author_id, created_at) WHERE author_id IS NOT NULL;
CREATE INDEX coaching_posts_by_member ON coaching_posts (member_id) WHERE member_id IS NOT NULL;
