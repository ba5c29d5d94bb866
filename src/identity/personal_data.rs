//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use futures::FutureExt;

use crate::privacy::{Erase, Export, PersonalData, Subject};

inventory::submit! {
    PersonalData {
        table: "users",
        user_columns: &["id"],
        exports: &[Export {
            resource: "account",
            // Never the password hash or the Google subject: whether they
            // are set is what the user can know.
            query: "SELECT id, email, display_name, role, timezone, locale, preferred_moods,
                           conversation_frequency, quiet_hours_start, quiet_hours_end, is_active,
                           last_active_at, created_at, updated_at, email_verified,
                           password_hash IS NOT NULL AS has_password,
                           google_subject IS NOT NULL AS google_linked
                    FROM users WHERE id = {user}",
        }],
        // The row itself is deleted last, after every declaration ran.
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "refresh_tokens",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "sessions",
            query: "SELECT id, family_id, created_at, expires_at, revoked_at, user_agent, ip
                    FROM refresh_tokens WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "login_attempts",
        // Known by email only.
        user_columns: &[],
        exports: &[Export {
            resource: "login_attempts",
            query: "SELECT attempted_at, peer, succeeded FROM login_attempts WHERE email = {email} ORDER BY id",
        }],
        erase: Erase::Sql(&["DELETE FROM login_attempts WHERE email = {email}"]),
    }
}

inventory::submit! {
    PersonalData {
        table: "account_deletions",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "account_deletion",
            query: "SELECT requested_at, erase_after, by_admin FROM account_deletions WHERE user_id = {user}",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "peer_counters",
        // ExportMe's hourly count is keyed by the user's id (as text).
        user_columns: &[],
        exports: &[],
        erase: Erase::Sql(&["DELETE FROM peer_counters WHERE peer = {user}::text"]),
    }
}

inventory::submit! {
    PersonalData {
        table: "audit_events",
        user_columns: &["actor_id"],
        exports: &[Export {
            resource: "audit_events",
            // Who else acted (an admin) and from where is theirs, not the
            // user's: only whether the user acted, and the peer of their
            // own calls or of anonymous ones about them (failed sign-ins).
            query: "SELECT id, sequence, at, action, resource_type, resource_id, metadata,
                           actor_id IS NOT DISTINCT FROM {user} AS by_me,
                           CASE WHEN actor_id = {user} OR actor_id IS NULL THEN ip END AS ip
                    FROM audit_events WHERE actor_id = {user} OR resource_id = {user}::text
                    ORDER BY sequence",
        }],
        // The trail stays and keeps verifying; the user's fields in it are
        // sealed (kept only as unguessable digests).
        erase: Erase::Custom(seal_audit),
    }
}

fn seal_audit<'a>(
    conn: &'a mut diesel_async::AsyncPgConnection,
    subject: &'a Subject,
) -> futures::future::BoxFuture<'a, Result<usize, crate::error::DbError>> {
    crate::audit::seal_user(conn, subject.user_id, &subject.email).boxed()
}
