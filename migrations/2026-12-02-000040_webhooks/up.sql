-- Webhooks: endpoints that receive a user's notifications (or, for system
-- endpoints an admin registers, every user's), and the log of each delivery.

CREATE TABLE webhook_endpoints (
    id uuid PRIMARY KEY,
    -- NULL: a system endpoint (admins), which receives every user's news.
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    url text NOT NULL CHECK (length(url) <= 2000),
    -- The HMAC key, shown once when the endpoint is created; the server
    -- needs it to sign every delivery.
    secret text NOT NULL,
    -- Notification kinds delivered; empty: every kind.
    kinds text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX webhook_endpoints_by_user ON webhook_endpoints (user_id, id);

CREATE TABLE webhook_deliveries (
    id uuid PRIMARY KEY,
    endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    -- The notification's user (whose news it is).
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts integer NOT NULL DEFAULT 0,
    -- The HTTP status of the last attempt, if it got one.
    last_status integer,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    UNIQUE (endpoint_id, notification_id)
);

CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, id);
CREATE INDEX webhook_deliveries_by_user ON webhook_deliveries (user_id);
CREATE INDEX webhook_deliveries_by_notification ON webhook_deliveries (notification_id);
