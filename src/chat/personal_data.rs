//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "chat_threads",
        user_columns: &["user_id"],
        exports: &[
            Export {
                resource: "chat_threads",
                query: "SELECT * FROM chat_threads WHERE user_id = {user} ORDER BY created_at, id",
            },
            Export {
                resource: "chat_messages",
                query: "SELECT m.* FROM chat_messages m JOIN chat_threads t ON t.id = m.thread_id
                        WHERE t.user_id = {user} ORDER BY t.created_at, t.id, m.created_at, m.id",
            },
        ],
        erase: Erase::WithUser,
    }
}
