DROP TABLE coaching_posts;
