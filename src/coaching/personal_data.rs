//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

inventory::submit! {
    PersonalData {
        table: "coaching_goals",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_goals",
            query: "SELECT id, title, description, theme, constraints, minutes_per_week, status, target_date,
                           plan_status, plan_error, plan, plan_summary, created_at, updated_at
                    FROM coaching_goals WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_subgoals",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_subgoals",
            query: "SELECT id, goal_id, title, target_date, done, created_at, updated_at
                    FROM coaching_subgoals WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_habits",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_habits",
            query: "SELECT id, goal_id, title, weekdays, target, unit, created_at, updated_at
                    FROM coaching_habits WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_check_ins",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_check_ins",
            query: "SELECT id, habit_id, goal_id, day, completed, value, note, created_at, updated_at
                    FROM coaching_check_ins WHERE user_id = {user} ORDER BY day, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_journal_entries",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_journal_entries",
            query: "SELECT id, text, sentiment, label, emotions, shared, created_at
                    FROM coaching_journal_entries WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_mentor_links",
        user_columns: &["member_id", "mentor_id"],
        exports: &[Export {
            resource: "coaching_mentor_links",
            query: "SELECT member_id, mentor_id, created_at FROM coaching_mentor_links
                    WHERE member_id = {user} OR mentor_id = {user} ORDER BY created_at, member_id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_mentor_invites",
        user_columns: &["mentor_id", "member_id"],
        exports: &[Export {
            resource: "coaching_mentor_invites",
            query: "SELECT id, mentor_id, member_id, created_at, expires_at FROM coaching_mentor_invites
                    WHERE member_id = {user} OR mentor_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

// Both sides see the answers: the mentor asked them, and they are about
// the member.
inventory::submit! {
    PersonalData {
        table: "coaching_mentor_interactions",
        user_columns: &["mentor_id", "member_id"],
        exports: &[Export {
            resource: "coaching_mentor_interactions",
            query: "SELECT id, mentor_id, member_id, question, answer, context, complete, created_at
                    FROM coaching_mentor_interactions
                    WHERE member_id = {user} OR mentor_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_suggestions",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_suggestions",
            query: "SELECT id, goal_id, change, rationale, status, created_at, decided_at
                    FROM coaching_suggestions WHERE user_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

// A member's reviews and their own posts; a mentor's cohort feed.
inventory::submit! {
    PersonalData {
        table: "coaching_posts",
        user_columns: &["cohort_id", "author_id", "member_id"],
        exports: &[Export {
            resource: "coaching_posts",
            query: "SELECT id, cohort_id, author, author_id, member_id, content, created_at FROM coaching_posts
                    WHERE author_id = {user} OR member_id = {user} OR cohort_id = {user} ORDER BY created_at, id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_adherence_rollups",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_adherence_rollups",
            query: "SELECT day, timezone, scheduled_7, completed_7, scheduled_30, completed_30, scheduled_90,
                           completed_90, streaks, computed_at
                    FROM coaching_adherence_rollups WHERE user_id = {user}",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_risk_rollups",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "coaching_risk_rollups",
            query: "SELECT day, timezone, missed, last_completed, scheduled_7, completed_7, computed_at
                    FROM coaching_risk_rollups WHERE user_id = {user}",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "coaching_rollup_versions",
        user_columns: &["user_id"],
        // A change counter, nothing the user told us.
        exports: &[],
        erase: Erase::WithUser,
    }
}
