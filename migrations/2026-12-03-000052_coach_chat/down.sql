DELETE FROM chat_threads WHERE coach;
ALTER TABLE chat_threads DROP CONSTRAINT chat_threads_one_counterpart;
ALTER TABLE chat_threads ADD CONSTRAINT chat_threads_check CHECK ((device_id IS NULL) <> (device_app_id IS NULL));
ALTER TABLE chat_threads DROP COLUMN coach;
