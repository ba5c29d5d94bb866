DROP TABLE daily_app_rollups;
DROP TABLE daily_user_rollups;
