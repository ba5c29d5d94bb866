//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "device_apps",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "device_apps",
            query: "SELECT * FROM device_apps WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "app_relationships",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "app_relationships",
            query: "SELECT * FROM app_relationships WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "app_reports",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "app_reports",
            query: "SELECT * FROM app_reports WHERE user_id = {user} ORDER BY app_id",
        }],
        erase: Erase::WithUser,
    }
}
