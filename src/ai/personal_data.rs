//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "ai_generations",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "ai_generations",
            query: "SELECT * FROM ai_generations WHERE user_id = {user} ORDER BY created_at, id",
        }],
        // The foreign key sets user_id null: the records (tokens, cost)
        // stay for the operator's accounting, nobody's any more.
        erase: Erase::WithUser,
    }
}
