-- The goal coach joins devices and apps as a chat counterpart.
ALTER TABLE chat_threads ADD COLUMN coach boolean NOT NULL DEFAULT false;
ALTER TABLE chat_threads DROP CONSTRAINT chat_threads_check;
ALTER TABLE chat_threads ADD CONSTRAINT chat_threads_one_counterpart
    CHECK (num_nonnulls(device_id, device_app_id) + coach::int = 1);
