//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "notifications",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "notifications",
            query: "SELECT id, kind, title, data, created_at, read_at FROM notifications
                    WHERE user_id = {user} ORDER BY id",
        }],
        // Other users' notifications about this user ("X wants to be your
        // friend") lose the id and the name.
        erase: Erase::Sql(&["UPDATE notifications
             SET data = (SELECT coalesce(jsonb_object_agg(k, CASE WHEN v = to_jsonb({user}::text)
                                                                  THEN 'null'::jsonb ELSE v END), '{}'::jsonb)
                         FROM jsonb_each(data) AS e(k, v)),
                 title = replace(title, (SELECT display_name FROM users WHERE id = {user}), 'A former member')
             WHERE user_id <> {user} AND strpos(data::text, {user}::text) > 0"]),
    }
}

inventory::submit! {
    PersonalData {
        table: "webhook_endpoints",
        user_columns: &["user_id"],
        // The secret stays out of the archive: it signs deliveries, and an
        // archive travels further than the account.
        exports: &[Export {
            resource: "webhooks",
            query: "SELECT id, url, kinds, created_at FROM webhook_endpoints WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "webhook_deliveries",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "webhook_deliveries",
            query: "SELECT id, endpoint_id, notification_id, state, attempts, last_status, last_error, created_at,
                           delivered_at
                    FROM webhook_deliveries WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "notification_preferences",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "notification_preferences",
            query: "SELECT kind, in_app, webhook, push FROM notification_preferences WHERE user_id = {user}
                    ORDER BY kind",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "notification_quiet_hours",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "notification_quiet_hours",
            query: "SELECT starts, ends FROM notification_quiet_hours WHERE user_id = {user}",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "push_tokens",
        user_columns: &["user_id"],
        // The token stays out of the archive, like a webhook's secret: with
        // the project's credentials it reaches the device, and an archive
        // travels further than the account. The app that registered it
        // knows it.
        exports: &[Export {
            resource: "push_tokens",
            query: "SELECT id, platform, created_at, last_seen_at FROM push_tokens WHERE user_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}
