//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

/// The participants, in other users' conversations, that are this user's
/// devices or apps: a friend's copy of a shared visit conversation.
macro_rules! theirs_elsewhere {
    () => {
        "c.user_id <> {user}
         AND (p.device_id IN (SELECT id FROM devices WHERE user_id = {user})
              OR p.device_app_id IN (SELECT id FROM device_apps WHERE user_id = {user}))"
    };
}

inventory::submit! {
    PersonalData {
        table: "conversations",
        user_columns: &["user_id"],
        exports: &[
            Export {
                resource: "conversations",
                query: "SELECT * FROM conversations WHERE user_id = {user} ORDER BY created_at, id",
            },
            Export {
                resource: "conversation_participants",
                query: "SELECT p.* FROM conversation_participants p JOIN conversations c ON c.id = p.conversation_id
                        WHERE c.user_id = {user} ORDER BY c.created_at, c.id, p.position",
            },
            Export {
                resource: "conversation_lines",
                query: "SELECT l.* FROM conversation_lines l JOIN conversations c ON c.id = l.conversation_id
                        WHERE c.user_id = {user} ORDER BY c.created_at, c.id, l.index",
            },
        ],
        // The user's own conversations go with them; in friends' copies of
        // a shared conversation their devices become anonymous speakers.
        erase: Erase::Sql(&[
            concat!(
                "UPDATE conversation_lines l
                 SET speaker = CASE WHEN l.speaker = p.name THEN 'A former member''s device' ELSE l.speaker END,
                     text = replace(l.text, p.name, 'a former member''s device')
                 FROM conversation_participants p JOIN conversations c ON c.id = p.conversation_id
                 WHERE l.conversation_id = p.conversation_id AND p.name <> '' AND ",
                theirs_elsewhere!()
            ),
            concat!(
                "UPDATE conversation_participants p
                 SET name = 'A former member''s device', device_id = NULL, device_app_id = NULL
                 FROM conversations c
                 WHERE c.id = p.conversation_id AND ",
                theirs_elsewhere!()
            ),
        ]),
    }
}

inventory::submit! {
    PersonalData {
        table: "journals",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "journals",
            query: "SELECT * FROM journals WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}
