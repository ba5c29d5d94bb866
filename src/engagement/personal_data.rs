//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "activity_events",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "activity_events",
            query: "SELECT id, name, properties, occurred_at, created_at FROM activity_events
                    WHERE user_id = {user} ORDER BY occurred_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "activity_days",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "activity_days",
            query: "SELECT day, events, night_events FROM activity_days WHERE user_id = {user} ORDER BY day",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "engagement_profiles",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "engagement_profile",
            query: "SELECT first_seen_at, last_active_at, segment, churn_risk, active_days_7, active_days_28,
                           computed_at
                    FROM engagement_profiles WHERE user_id = {user}",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "engagement_messages",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "engagement_messages",
            query: "SELECT id, kind, template, content, channel, segment, notification_id, status, history, sent_at
                    FROM engagement_messages WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}
