//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "daily_user_rollups",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "daily_user_rollups",
            query: "SELECT * FROM daily_user_rollups WHERE user_id = {user} ORDER BY day",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "daily_app_rollups",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "daily_app_rollups",
            query: "SELECT * FROM daily_app_rollups WHERE user_id = {user} ORDER BY day, app_id",
        }],
        erase: Erase::WithUser,
    }
}
