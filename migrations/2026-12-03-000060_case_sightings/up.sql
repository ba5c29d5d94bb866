-- Photos sent in about a possible match, by any signed-in user; the bytes
-- are in the image store beside case photos (content-addressed, shared).
CREATE TABLE case_sightings (
    id uuid PRIMARY KEY,
    submitter_id uuid REFERENCES users (id) ON DELETE SET NULL,
    sha256 bytea NOT NULL CHECK (length(sha256) = 32),
    storage_key text NOT NULL,
    mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes bigint NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    place text NOT NULL DEFAULT '',
    latitude double precision,
    longitude double precision,
    seen_at timestamptz,
    note text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'processing', 'done', 'failed')),
    error text NOT NULL DEFAULT '',
    features bytea,
    matcher text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
-- A resend of the same photo by the same person is the same sighting.
CREATE UNIQUE INDEX case_sightings_once ON case_sightings (submitter_id, sha256);
-- The hourly limit counts a submitter's recent sightings.
CREATE INDEX case_sightings_by_submitter ON case_sightings (submitter_id, created_at);
CREATE INDEX case_sightings_by_key ON case_sightings (storage_key);
CREATE INDEX case_sightings_matched ON case_sightings (matcher) WHERE features IS NOT NULL;

-- A candidate match the matcher proposed between a case photo and a
-- sighting or another case's photo, and an investigator's decision.
CREATE TABLE case_matches (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_image_id uuid NOT NULL REFERENCES case_images (id) ON DELETE CASCADE,
    sighting_id uuid REFERENCES case_sightings (id) ON DELETE CASCADE,
    other_image_id uuid REFERENCES case_images (id) ON DELETE CASCADE,
    score real NOT NULL,
    matcher text NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected')),
    decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
    decided_at timestamptz,
    note text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((sighting_id IS NULL) <> (other_image_id IS NULL)),
    UNIQUE (case_image_id, sighting_id),
    UNIQUE (case_image_id, other_image_id)
);
CREATE INDEX case_matches_by_status ON case_matches (status, created_at DESC, id DESC);
CREATE INDEX case_matches_by_case ON case_matches (case_id, created_at DESC, id DESC);
CREATE INDEX case_matches_by_sighting ON case_matches (sighting_id);
CREATE INDEX case_matches_by_other ON case_matches (other_image_id);
