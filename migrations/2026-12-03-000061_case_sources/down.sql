ALTER TABLE cases DROP CONSTRAINT cases_source_key_present;
DROP INDEX cases_by_source_key;
ALTER TABLE cases DROP COLUMN source_key, DROP COLUMN source_id;
DROP TABLE case_source_queries;
DROP TABLE case_source_syncs;
DROP TABLE case_sources;
