DROP TABLE notifications;
DROP TABLE challenge_participants;
DROP TABLE challenges;
DROP TABLE device_visits;
DROP FUNCTION social_are_friends;
DROP FUNCTION social_blocked_either;
DROP TABLE user_blocks;
DROP TABLE friendships;
