-- Coaching: goals with the plan the AI made of them (subgoals, habits),
-- daily check-ins on habits, and journal entries scored offline.

CREATE TABLE coaching_goals (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description text NOT NULL DEFAULT '',
    theme text NOT NULL CHECK (theme IN ('fitness', 'learning', 'health', 'career', 'finance', 'mindfulness', 'other')),
    constraints text NOT NULL DEFAULT '',
    minutes_per_week integer NOT NULL DEFAULT 0 CHECK (minutes_per_week BETWEEN 0 AND 10080),
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'completed', 'abandoned')),
    target_date date,
    plan_status text NOT NULL DEFAULT 'pending' CHECK (plan_status IN ('pending', 'ready', 'failed')),
    plan_error text,
    -- The plan as the AI wrote it (after validation), kept beside its rows.
    plan jsonb,
    plan_summary text NOT NULL DEFAULT '',
    -- No foreign key: finished jobs are swept by retention.
    plan_job_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX coaching_goals_by_user ON coaching_goals (user_id, created_at DESC, id DESC);

CREATE TABLE coaching_subgoals (
    id uuid PRIMARY KEY,
    goal_id uuid NOT NULL REFERENCES coaching_goals (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    target_date date,
    done boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX coaching_subgoals_by_goal ON coaching_subgoals (goal_id, created_at, id);
CREATE INDEX coaching_subgoals_by_user ON coaching_subgoals (user_id);

CREATE TABLE coaching_habits (
    id uuid PRIMARY KEY,
    goal_id uuid NOT NULL REFERENCES coaching_goals (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- ISO weekdays as bits: Monday is 1, Sunday 64; 127 is every day.
    weekdays smallint NOT NULL DEFAULT 127 CHECK (weekdays BETWEEN 1 AND 127),
    target integer NOT NULL DEFAULT 1 CHECK (target BETWEEN 1 AND 10000),
    unit text NOT NULL DEFAULT 'times',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX coaching_habits_by_goal ON coaching_habits (goal_id, created_at, id);
CREATE INDEX coaching_habits_by_user ON coaching_habits (user_id);

-- One check-in per habit per local day: the unique key is what makes two
-- concurrent LogCheckIn calls for one day end as one row.
CREATE TABLE coaching_check_ins (
    id uuid PRIMARY KEY,
    habit_id uuid NOT NULL REFERENCES coaching_habits (id) ON DELETE CASCADE,
    goal_id uuid NOT NULL REFERENCES coaching_goals (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day date NOT NULL,
    completed boolean NOT NULL,
    value double precision NOT NULL DEFAULT 0 CHECK (value BETWEEN 0 AND 1000000),
    note text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (habit_id, day)
);

CREATE INDEX coaching_check_ins_by_user ON coaching_check_ins (user_id, day DESC, id);
CREATE INDEX coaching_check_ins_by_goal ON coaching_check_ins (goal_id, day DESC);

CREATE TABLE coaching_journal_entries (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    sentiment double precision NOT NULL CHECK (sentiment BETWEEN -1 AND 1),
    label text NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
    emotions text[] NOT NULL DEFAULT '{}',
    shared boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX coaching_journal_by_user ON coaching_journal_entries (user_id, created_at DESC, id DESC);

-- Plans are AI generations of their own purpose.
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement', 'coach_plan'));
