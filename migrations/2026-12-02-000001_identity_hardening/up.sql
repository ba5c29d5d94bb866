-- Whether the account's email address was proven. Registration with a
-- password proves nothing; a verified Google token does. Only a proven
-- address may be linked to a Google identity by email.
ALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT false;
UPDATE users SET email_verified = true WHERE google_subject IS NOT NULL;

-- Carried in every access token and compared on each call: bumping it ends
-- every access token issued before (logout everywhere, password change,
-- deactivation) without waiting for them to expire.
ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 0;

