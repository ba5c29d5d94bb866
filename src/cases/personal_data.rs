//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).
//!
//! The rule for erasure: a case is about the missing person, and others
//! (investigators, people it was shared with) may be working on it, so a
//! reporter's erasure never deletes a case. The case stays with its
//! reporter emptied (`reporter_id` set null by the foreign key), and the
//! photos they uploaded stay with the case, their uploader emptied. Grants
//! to or from the user go with the account. A user's sightings that no
//! open question hangs on (no match, or only rejected ones) go with the
//! account; the others stay as evidence for their cases, with the sender
//! and their note emptied.

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

inventory::submit! {
    PersonalData {
        table: "case_sightings",
        user_columns: &["submitter_id"],
        exports: &[Export {
            resource: "case_sightings",
            query: "SELECT id, encode(sha256, 'hex') AS sha256, mime_type, size_bytes, width, height, place,
                           latitude, longitude, seen_at, note, status, created_at
                    FROM case_sightings WHERE submitter_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::Sql(&[
            "DELETE FROM case_sightings s WHERE s.submitter_id = {user}
               AND NOT EXISTS (SELECT 1 FROM case_matches m WHERE m.sighting_id = s.id AND m.status <> 'rejected')",
            "UPDATE case_sightings SET submitter_id = NULL, note = '' WHERE submitter_id = {user}",
        ]),
    }
}

inventory::submit! {
    Exempt {
        table: "case_matches",
        column: "decided_by",
        reason: "an investigator's decision on a case is the case's record; the decider is set null on erasure",
    }
}
