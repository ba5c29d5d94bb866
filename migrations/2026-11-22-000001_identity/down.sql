DROP TABLE audit_events;
DROP FUNCTION audit_events_append_only();
DROP TABLE login_attempts;
DROP TABLE refresh_tokens;
DROP TABLE users;
