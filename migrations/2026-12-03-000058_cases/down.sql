DROP TABLE case_images;
DROP TABLE case_grants;
DROP TABLE cases;
DROP FUNCTION case_search_words(text, text[]);
