DROP TABLE chat_messages;
DROP TABLE chat_threads;
DROP TABLE journals;
DROP TABLE conversation_lines;
DROP TABLE conversation_participants;
DROP TABLE conversations;
