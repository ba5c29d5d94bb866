DROP TABLE usage_patterns;
DROP TABLE usage_goals;
DROP TABLE usage_uploads;
DROP TABLE app_sessions;
DROP TABLE daily_device_usage;
