DROP TABLE case_matches;
DROP TABLE case_sightings;
