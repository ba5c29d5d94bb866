ALTER TABLE notifications DROP COLUMN in_app;
DROP TABLE notification_quiet_hours;
DROP TABLE notification_preferences;
