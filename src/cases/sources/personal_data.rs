//! What external sources keep about users (see `crate::privacy`): who
//! configured a source and who queried one. Both are operator records of
//! an admin's work on a registry, not data about the admin, and outlive
//! the account with the reference emptied.

use crate::privacy::Exempt;

inventory::submit! {
    Exempt {
        table: "case_sources",
        column: "created_by",
        reason: "an admin's configuration of a registry, which outlives the account; set null on erasure",
    }
}

inventory::submit! {
    Exempt {
        table: "case_source_queries",
        column: "user_id",
        reason: "the query log records which admin queried a registry, an operator record of its use; set null on erasure",
    }
}
