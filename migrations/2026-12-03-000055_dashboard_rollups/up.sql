-- Dashboard rollups: what a member's days before their today add up to,
-- kept by jobs (adherence every 6 h, risk every 4 h) and filled on a read
-- that finds none, so a dashboard read adds only today's check-ins.
--
-- A rollup is good while its local day is the member's today, its timezone
-- theirs, and its version the member's rollup version: any change that can
-- alter a past day (a check-in for an earlier day, a habit, a goal's
-- status) bumps the version, so a rollup is never stale, only missing.

CREATE TABLE coaching_rollup_versions (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    version bigint NOT NULL DEFAULT 0
);

-- Completed / scheduled counts over the full days of each window before
-- `day`, and each habit's streak ending the day before.
CREATE TABLE coaching_adherence_rollups (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    day date NOT NULL,
    timezone text NOT NULL,
    version bigint NOT NULL,
    scheduled_7 integer NOT NULL CHECK (scheduled_7 >= 0),
    completed_7 integer NOT NULL CHECK (completed_7 BETWEEN 0 AND scheduled_7),
    scheduled_30 integer NOT NULL CHECK (scheduled_30 >= 0),
    completed_30 integer NOT NULL CHECK (completed_30 BETWEEN 0 AND scheduled_30),
    scheduled_90 integer NOT NULL CHECK (scheduled_90 >= 0),
    completed_90 integer NOT NULL CHECK (completed_90 BETWEEN 0 AND scheduled_90),
    -- {"<habit id>": streak}
    streaks jsonb NOT NULL DEFAULT '{}',
    computed_at timestamptz NOT NULL DEFAULT now()
);

-- Missed due days of the 7 days before `day`, the last completed day
-- before it, and the 7-day counts the risk level reads.
CREATE TABLE coaching_risk_rollups (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    day date NOT NULL,
    timezone text NOT NULL,
    version bigint NOT NULL,
    missed integer NOT NULL CHECK (missed >= 0),
    last_completed date,
    scheduled_7 integer NOT NULL CHECK (scheduled_7 >= 0),
    completed_7 integer NOT NULL CHECK (completed_7 BETWEEN 0 AND scheduled_7),
    computed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION coaching_rollups_bump() RETURNS trigger AS $$
DECLARE
    member uuid;
    zone text;
    today date;
    touches_past boolean := false;
BEGIN
    IF TG_OP = 'DELETE' THEN
        member := OLD.user_id;
    ELSE
        member := NEW.user_id;
    END IF;
    -- Gone with the account (a cascade): nothing to keep.
    SELECT timezone INTO zone FROM users WHERE id = member;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    -- A check-in for the member's today (or later) leaves the days before
    -- it as they were: the rollups cover only those.
    IF TG_TABLE_NAME = 'coaching_check_ins' THEN
        BEGIN
            today := (now() AT TIME ZONE zone)::date;
        EXCEPTION WHEN invalid_parameter_value THEN
            -- A zone the database does not know: assume the worst.
            today := 'infinity'::date;
        END;
        IF TG_OP <> 'INSERT' THEN
            touches_past := OLD.day < today;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            touches_past := touches_past OR NEW.day < today;
        END IF;
        IF NOT touches_past THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO coaching_rollup_versions (user_id, version) VALUES (member, 1)
    ON CONFLICT (user_id) DO UPDATE SET version = coaching_rollup_versions.version + 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER coaching_check_ins_bump_rollups
    AFTER INSERT OR UPDATE OR DELETE ON coaching_check_ins
    FOR EACH ROW EXECUTE FUNCTION coaching_rollups_bump();

CREATE TRIGGER coaching_habits_bump_rollups
    AFTER INSERT OR UPDATE OR DELETE ON coaching_habits
    FOR EACH ROW EXECUTE FUNCTION coaching_rollups_bump();

-- A goal's status decides whether its habits count.
CREATE TRIGGER coaching_goals_bump_rollups
    AFTER UPDATE OF status ON coaching_goals
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION coaching_rollups_bump();
