-- Calls of a limited public method per client address and clock hour. The
-- in-process limits are per replica; this count is what every replica shares
-- (Register: each call hashes a password).
CREATE TABLE peer_counters (
    bucket text NOT NULL,
    peer text NOT NULL,
    window_start timestamptz NOT NULL,
    count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, peer, window_start)
);

-- Past windows are pruned by age.
CREATE INDEX peer_counters_window_start ON peer_counters (window_start);
