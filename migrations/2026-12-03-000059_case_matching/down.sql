ALTER TABLE case_images DROP COLUMN matcher;
ALTER TABLE case_images DROP COLUMN features;
