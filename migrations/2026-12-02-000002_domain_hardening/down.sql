DROP TABLE friend_request_sends;
DROP TABLE friend_invites;
DROP TABLE app_reports;
