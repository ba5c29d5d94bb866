//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`). Answers are exported with the survey they answer:
//! they are about the user, and name no respondent (the fingerprint hash
//! is left out). Everything goes with the account by foreign key.

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "surveys",
        user_columns: &["user_id"],
        exports: &[
            Export {
                resource: "surveys",
                query: "SELECT id, title, questions, slug, status, min_responses, response_count, created_at, updated_at
                        FROM surveys WHERE user_id = {user} ORDER BY created_at, id",
            },
            Export {
                resource: "survey_responses",
                query: "SELECT r.id, r.survey_id, r.answers, r.created_at
                        FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
                        WHERE s.user_id = {user} ORDER BY r.created_at, r.id",
            },
        ],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "personas",
        user_columns: &["user_id"],
        exports: &[
            Export {
                resource: "personas",
                query: "SELECT id, survey_id, status, generation, name, traits, prompt, description, responses_used,
                               (illustration IS NOT NULL OR illustration_file IS NOT NULL) AS has_illustration,
                               last_error, created_at, updated_at
                        FROM personas WHERE user_id = {user} ORDER BY created_at, id",
            },
            Export {
                resource: "persona_events",
                query: "SELECT e.persona_id, e.status, e.created_at
                        FROM persona_events e JOIN personas p ON p.id = e.persona_id
                        WHERE p.user_id = {user} ORDER BY e.id",
            },
        ],
        erase: Erase::WithUser,
    }
}
