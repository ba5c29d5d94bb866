-- What each user's devices report about an app (its name and category), kept
-- per user: the shared catalogue's name and category are set by admins only,
-- and nobody ever sees another member's report. A row exists for every app a
-- user has reported, so it also counts the apps a user brought in.
CREATE TABLE app_reports (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    app_id uuid NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
    -- NULL: not reported; the catalogue's stands in.
    name text CHECK (length(name) BETWEEN 1 AND 200),
    category text REFERENCES app_categories (code) ON DELETE RESTRICT,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, app_id)
);

CREATE INDEX app_reports_app_idx ON app_reports (app_id);

-- Friend requests to an address (email or user id) that names no active
-- account: stored so that they look, to the sender, exactly like a pending
-- request to an account (the same id on a resend, listed as outgoing). The
-- address is kept as its SHA-256 (hex), not as typed: nothing of a
-- non-member is stored.
CREATE TABLE friend_invites (
    id uuid PRIMARY KEY,
    requester_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address_sha256 text NOT NULL CHECK (length(address_sha256) = 64),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (requester_id, address_sha256)
);

-- Every SendFriendRequest call, for the per-user daily limit; rows older
-- than a day are pruned by the sender's next request.
CREATE TABLE friend_request_sends (
    id uuid PRIMARY KEY,
    requester_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sent_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX friend_request_sends_requester_idx ON friend_request_sends (requester_id, sent_at);
