DROP TABLE coaching_mentor_interactions;
DROP FUNCTION coaching_mentor_interactions_append_only();
DROP TABLE coaching_mentor_invites;
DROP TABLE coaching_mentor_links;
