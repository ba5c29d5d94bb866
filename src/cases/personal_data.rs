//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).
//!
//! The rule for erasure: a case is about the missing person, and others
//! (investigators, people it was shared with) may be working on it, so a
//! reporter's erasure never deletes a case. The case stays with its
//! reporter emptied (`reporter_id` set null by the foreign key), and the
//! photos they uploaded stay with the case, their uploader emptied. Grants
//! to or from the user go with the account.

use crate::privacy::{Erase, Exempt, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "cases",
        user_columns: &["reporter_id"],
        exports: &[Export {
            resource: "cases_reported",
            query: "SELECT id, full_name, aliases, date_of_birth, age, gender, height_cm, last_seen_at,
                           last_seen_place, last_seen_lat, last_seen_lng, description, status, priority,
                           created_at, updated_at
                    FROM cases WHERE reporter_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "case_grants",
        user_columns: &["user_id", "granted_by"],
        exports: &[Export {
            resource: "case_grants",
            query: "SELECT case_id, user_id, granted_by, created_at FROM case_grants
                    WHERE user_id = {user} OR granted_by = {user} ORDER BY created_at, case_id",
        }],
        erase: Erase::Sql(&["DELETE FROM case_grants WHERE user_id = {user} OR granted_by = {user}"]),
    }
}

inventory::submit! {
    Exempt {
        table: "case_images",
        column: "uploader_id",
        reason: "a photo belongs to its case, which outlives the reporter's account; the uploader is set null on erasure",
    }
}
