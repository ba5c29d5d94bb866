-- What the matcher keeps of each case photo, and which matcher made it
-- (features of two matchers are not comparable).
ALTER TABLE case_images ADD COLUMN features bytea;
ALTER TABLE case_images ADD COLUMN matcher text NOT NULL DEFAULT '';
CREATE INDEX case_images_matched ON case_images (matcher) WHERE features IS NOT NULL;
