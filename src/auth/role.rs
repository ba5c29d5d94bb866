use crate::proto::identity::v1 as pb;

crate::stored_enum! {
    /// What a user may do. Stored as its lower-case name.
    pub enum Role: pb::Role {
        Member => "member",
        Mentor => "mentor",
        Investigator => "investigator",
        CaseReporter => "case_reporter",
        Admin => "admin",
    }
}
