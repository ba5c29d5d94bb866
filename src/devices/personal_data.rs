//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "devices",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "devices",
            query: "SELECT * FROM devices WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "device_relationships",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "device_relationships",
            query: "SELECT * FROM device_relationships WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}
