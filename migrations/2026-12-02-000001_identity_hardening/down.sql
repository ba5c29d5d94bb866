ALTER TABLE users DROP COLUMN session_version;
ALTER TABLE users DROP COLUMN email_verified;
