//! MentorService's, FeedService's and ExportService's requests, checked:
//! every field valid, or every bad field named. Roles, links and the
//! database's watermark are checked by the handlers.

use uuid::Uuid;

use super::fields::required_prose;
use super::*;
use crate::coaching::feed::MAX_POST_CHARS;
use crate::coaching::mentors::MAX_QUESTION_CHARS;
use crate::error::FieldViolations;
use crate::identity::model::Email;
use crate::request;

/// AskAboutMember's question, trimmed. It is checked before the member is
/// looked up; the member id is read with the caller's links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberQuestion {
    pub question: String,
}

impl TryFrom<&pb::AskAboutMemberRequest> for MemberQuestion {
    type Error = FieldViolations;

    fn try_from(r: &pb::AskAboutMemberRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        match required_prose(&mut v, "question", &r.question, MAX_QUESTION_CHARS) {
            Some(question) if v.is_empty() => Ok(Self { question }),
            _ => Err(v),
        }
    }
}

/// InviteMember: whom, by email address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberInvite {
    pub email: Email,
}

impl TryFrom<&pb::InviteMemberRequest> for MemberInvite {
    type Error = FieldViolations;

    fn try_from(r: &pb::InviteMemberRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        match v.check("email", Email::parse(&r.email)) {
            Some(email) if v.is_empty() => Ok(Self { email }),
            _ => Err(v),
        }
    }
}

/// LinkMentor: two different users. Whether the mentor is one is read from
/// the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentorLink {
    pub mentor_id: Uuid,
    pub member_id: Uuid,
}

impl TryFrom<&pb::LinkMentorRequest> for MentorLink {
    type Error = FieldViolations;

    fn try_from(r: &pb::LinkMentorRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let mentor_id = request::uuid(&mut v, "mentor_id", &r.mentor_id);
        let member_id = request::uuid(&mut v, "member_id", &r.member_id);
        if mentor_id.is_some() && mentor_id == member_id {
            v.add("member_id", "must differ from mentor_id");
        }
        match (mentor_id, member_id) {
            (Some(mentor_id), Some(member_id)) if v.is_empty() => Ok(Self { mentor_id, member_id }),
            _ => Err(v),
        }
    }
}

/// CreatePost: the post's content, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPost {
    pub content: String,
}

impl TryFrom<&pb::CreatePostRequest> for NewPost {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreatePostRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        match required_prose(&mut v, "content", &r.content, MAX_POST_CHARS) {
            Some(content) if v.is_empty() => Ok(Self { content }),
            _ => Err(v),
        }
    }
}

/// ExportChanges: the previous export's watermark. That it is not ahead of
/// the database is checked against the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSince {
    pub since_watermark: i64,
}

impl TryFrom<&pb::ExportChangesRequest> for ExportSince {
    type Error = FieldViolations;

    fn try_from(r: &pb::ExportChangesRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if r.since_watermark < 0 {
            v.add("since_watermark", "must not be negative");
            return Err(v);
        }
        Ok(Self {
            since_watermark: r.since_watermark,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn ask_about_member_takes_a_trimmed_question() {
        let ask = MemberQuestion::try_from(&pb::AskAboutMemberRequest {
            member_id: "not read here".into(),
            question: " How is she doing?\n".into(),
        })
        .unwrap();
        assert_eq!(ask.question, "How is she doing?");
        for question in ["  ".to_owned(), "x".repeat(MAX_QUESTION_CHARS + 1), "bell\u{7}".into()] {
            let bad = pb::AskAboutMemberRequest {
                question,
                ..Default::default()
            };
            assert_eq!(fields(MemberQuestion::try_from(&bad).unwrap_err()), ["question"]);
        }
    }

    #[test]
    fn invite_member_needs_an_email_address() {
        let invite = MemberInvite::try_from(&pb::InviteMemberRequest {
            email: " Ada@Example.com ".into(),
        })
        .unwrap();
        assert_eq!(invite.email.as_str(), "ada@example.com");
        for email in ["", "ada", "ada@localhost"] {
            let bad = pb::InviteMemberRequest { email: email.into() };
            assert_eq!(fields(MemberInvite::try_from(&bad).unwrap_err()), ["email"]);
        }
    }

    #[test]
    fn link_mentor_names_every_bad_field() {
        let (mentor, member) = (Uuid::now_v7(), Uuid::now_v7());
        let link = MentorLink::try_from(&pb::LinkMentorRequest {
            mentor_id: mentor.to_string(),
            member_id: member.to_string(),
        })
        .unwrap();
        assert_eq!(
            link,
            MentorLink {
                mentor_id: mentor,
                member_id: member
            }
        );
        let same = pb::LinkMentorRequest {
            mentor_id: mentor.to_string(),
            member_id: mentor.to_string(),
        };
        assert_eq!(fields(MentorLink::try_from(&same).unwrap_err()), ["member_id"]);
        let bad = pb::LinkMentorRequest {
            mentor_id: String::new(),
            member_id: "nope".into(),
        };
        assert_eq!(
            fields(MentorLink::try_from(&bad).unwrap_err()),
            ["mentor_id", "member_id"]
        );
    }

    #[test]
    fn create_post_takes_trimmed_content() {
        let post = NewPost::try_from(&pb::CreatePostRequest {
            content: "\tDay 3 done ".into(),
        })
        .unwrap();
        assert_eq!(post.content, "Day 3 done");
        for content in ["".to_owned(), "x".repeat(MAX_POST_CHARS + 1)] {
            let bad = pb::CreatePostRequest { content };
            assert_eq!(fields(NewPost::try_from(&bad).unwrap_err()), ["content"]);
        }
    }

    #[test]
    fn export_since_is_not_negative() {
        for since_watermark in [0, 42] {
            let since = ExportSince::try_from(&pb::ExportChangesRequest { since_watermark }).unwrap();
            assert_eq!(since.since_watermark, since_watermark);
        }
        let bad = pb::ExportChangesRequest { since_watermark: -1 };
        assert_eq!(fields(ExportSince::try_from(&bad).unwrap_err()), ["since_watermark"]);
    }
}
