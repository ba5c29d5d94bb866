-- Personas: surveys a user writes about themself, anonymous answers from
-- friends, and the AI persona made of them in two steps.
CREATE TABLE surveys (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL,
    -- [{"text", "kind", "options", "optional"}], checked on the way in.
    questions jsonb NOT NULL,
    slug text NOT NULL UNIQUE,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    min_responses integer NOT NULL CHECK (min_responses BETWEEN 1 AND 50),
    response_count integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX surveys_by_owner ON surveys (user_id, created_at DESC, id DESC);

-- No respondent identity: the fingerprint is an HMAC keyed by a server
-- secret and the survey, so it cannot be matched across surveys or
-- reversed from a database copy.
CREATE TABLE survey_responses (
    id uuid PRIMARY KEY,
    survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    fingerprint bytea NOT NULL CHECK (length(fingerprint) = 32),
    answers jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (survey_id, fingerprint)
);
CREATE INDEX survey_responses_newest ON survey_responses (survey_id, created_at DESC, id DESC);

CREATE TABLE personas (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    survey_id uuid NOT NULL UNIQUE REFERENCES surveys (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'synthesizing', 'illustrating', 'ready', 'failed')),
    -- Each run (the first, then each regeneration) has its own number; a
    -- step's job names it, so a step of an older run never lands.
    generation integer NOT NULL DEFAULT 1,
    name text NOT NULL DEFAULT '',
    -- [{"name", "score"}]
    traits jsonb NOT NULL DEFAULT '[]',
    prompt text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    responses_used integer NOT NULL DEFAULT 0,
    -- PNG bytes, or the file name in the configured folder.
    illustration bytea,
    illustration_file text,
    attempts integer NOT NULL DEFAULT 0,
    last_error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX personas_by_owner ON personas (user_id, updated_at DESC);

-- Every status a persona went through, in order: WatchPersona sends each
-- one, so a watcher sees every step even when two come close together.
CREATE TABLE persona_events (
    id bigserial PRIMARY KEY,
    persona_id uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    status text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persona_events_of ON persona_events (persona_id, id);

-- Personas join the chat counterparts.
ALTER TABLE chat_threads ADD COLUMN persona_id uuid REFERENCES personas (id) ON DELETE CASCADE;
ALTER TABLE chat_threads DROP CONSTRAINT chat_threads_one_counterpart;
ALTER TABLE chat_threads ADD CONSTRAINT chat_threads_one_counterpart
    CHECK (num_nonnulls(device_id, device_app_id, persona_id) + coach::int = 1);
CREATE INDEX chat_threads_persona ON chat_threads (persona_id) WHERE persona_id IS NOT NULL;

-- Synthesis is an AI generation of its own purpose.
ALTER TABLE ai_generations DROP CONSTRAINT ai_generations_purpose_check;
ALTER TABLE ai_generations ADD CONSTRAINT ai_generations_purpose_check
    CHECK (purpose IN ('conversation', 'journal', 'chat', 'coach', 'persona', 'engagement', 'coach_plan',
                       'coach_suggestion', 'persona_synthesis'));
