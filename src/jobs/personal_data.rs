//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "jobs",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "jobs",
            query: "SELECT id, kind, state, payload, result, last_error, created_at, finished_at
                    FROM jobs WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}
