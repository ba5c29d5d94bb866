//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "app_sessions",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "app_sessions",
            query: "SELECT * FROM app_sessions WHERE user_id = {user} ORDER BY device_id, started_at, app_id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "daily_device_usage",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "daily_device_usage",
            query: "SELECT * FROM daily_device_usage WHERE user_id = {user} ORDER BY device_id, day",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "usage_goals",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "usage_goals",
            query: "SELECT * FROM usage_goals WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "usage_patterns",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "usage_patterns",
            query: "SELECT * FROM usage_patterns WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "usage_uploads",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "usage_uploads",
            query: "SELECT * FROM usage_uploads WHERE user_id = {user} ORDER BY created_at, upload_id",
        }],
        erase: Erase::WithUser,
    }
}
