DROP TABLE peer_counters;
