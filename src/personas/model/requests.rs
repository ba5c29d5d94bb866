//! Requests, checked: every field valid, or every bad field named. An
//! answer's value is checked against its survey's questions, once the
//! survey is read (`check_answers`).

use uuid::Uuid;

use super::{
    Question, QuestionKind, DEFAULT_MIN_RESPONSES, MAX_FINGERPRINT_CHARS, MAX_MIN_RESPONSES, MAX_OPTIONS,
    MAX_OPTION_CHARS, MAX_QUESTIONS, MAX_QUESTION_CHARS, MAX_SLUG_CHARS, MAX_TITLE_CHARS, MIN_FINGERPRINT_CHARS,
    MIN_OPTIONS,
};
use crate::error::FieldViolations;
use crate::proto::personas::v1 as pb;
use crate::request::{self, Text};

/// A survey ready to store.
#[derive(Debug, Clone)]
pub struct NewSurvey {
    pub title: String,
    pub questions: Vec<Question>,
    pub min_responses: i32,
}

impl TryFrom<&pb::CreateSurveyRequest> for NewSurvey {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateSurveyRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let title = r.title.trim();
        if title.is_empty() {
            v.add("title", "is required");
        }
        request::text(&mut v, "title", title, MAX_TITLE_CHARS, Text::Line);
        let min_responses = match r.min_responses {
            0 => DEFAULT_MIN_RESPONSES,
            n if (1..=MAX_MIN_RESPONSES).contains(&n) => n,
            _ => {
                v.add(
                    "min_responses",
                    format!("must be 1 to {MAX_MIN_RESPONSES} (0: {DEFAULT_MIN_RESPONSES})"),
                );
                DEFAULT_MIN_RESPONSES
            }
        };
        let mut questions = Vec::new();
        if r.questions.is_empty() {
            v.add("questions", "must have at least one question");
        }
        if request::count(&mut v, "questions", &r.questions, MAX_QUESTIONS) {
            for (i, q) in r.questions.iter().enumerate() {
                if let Some(q) = question(&mut v, &format!("questions[{i}]"), q) {
                    questions.push(q);
                }
            }
        }
        v.into_result()?;
        Ok(NewSurvey {
            title: title.to_owned(),
            questions,
            min_responses,
        })
    }
}

fn question(v: &mut FieldViolations, field: &str, q: &pb::Question) -> Option<Question> {
    let before = v.fields().count();
    let text = q.text.trim();
    if text.is_empty() {
        v.add(format!("{field}.text"), "is required");
    }
    request::text(v, &format!("{field}.text"), text, MAX_QUESTION_CHARS, Text::Line);
    let kind = v.check(&format!("{field}.kind"), QuestionKind::from_wire(q.kind));
    let choice = matches!(kind, Some(QuestionKind::SingleChoice | QuestionKind::MultipleChoice));
    let mut options: Vec<String> = Vec::new();
    if !choice && !q.options.is_empty() {
        v.add(format!("{field}.options"), "only choice questions have options");
    } else if choice && (q.options.len() < MIN_OPTIONS || q.options.len() > MAX_OPTIONS) {
        v.add(
            format!("{field}.options"),
            format!("a choice question has {MIN_OPTIONS} to {MAX_OPTIONS} options"),
        );
    } else {
        for (j, option) in q.options.iter().enumerate() {
            let name = format!("{field}.options[{j}]");
            let option = option.trim();
            if option.is_empty() {
                v.add(&name, "is required");
            } else if request::text(v, &name, option, MAX_OPTION_CHARS, Text::Line) {
                if options.iter().any(|o| o == option) {
                    v.add(&name, "repeats an earlier option");
                }
                options.push(option.to_owned());
            }
        }
    }
    if v.fields().count() > before {
        return None;
    }
    Some(Question {
        text: text.to_owned(),
        kind: kind?.as_str().to_owned(),
        options,
        optional: q.optional,
    })
}

/// GetPublicSurvey, checked: the slug of the survey's share link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyLink {
    pub slug: String,
}

impl TryFrom<&pb::GetPublicSurveyRequest> for SurveyLink {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetPublicSurveyRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if r.slug.is_empty() {
            v.add("slug", "is required");
        }
        request::text(&mut v, "slug", &r.slug, MAX_SLUG_CHARS, Text::Line);
        v.into_result()?;
        Ok(Self { slug: r.slug.clone() })
    }
}

/// SubmitResponse, checked for size before any other work: the link's slug
/// (an empty or unknown one finds no survey), the respondent's fingerprint,
/// trimmed, and the answers, only counted here.
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    pub slug: String,
    pub fingerprint: String,
    pub answers: Vec<pb::Answer>,
}

impl TryFrom<pb::SubmitResponseRequest> for Submission {
    type Error = FieldViolations;

    fn try_from(r: pb::SubmitResponseRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        request::text(&mut v, "slug", &r.slug, MAX_SLUG_CHARS, Text::Line);
        let fingerprint = r.fingerprint.trim();
        if fingerprint.chars().count() < MIN_FINGERPRINT_CHARS {
            v.add(
                "fingerprint",
                format!("must be at least {MIN_FINGERPRINT_CHARS} characters"),
            );
        }
        request::text(&mut v, "fingerprint", fingerprint, MAX_FINGERPRINT_CHARS, Text::Line);
        request::count(&mut v, "answers", &r.answers, MAX_QUESTIONS);
        v.into_result()?;
        Ok(Self {
            fingerprint: fingerprint.to_owned(),
            slug: r.slug,
            answers: r.answers,
        })
    }
}

/// GetMyPersona, checked: the survey whose persona (None: the caller's most
/// recently changed one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonaQuery {
    pub survey_id: Option<Uuid>,
}

impl TryFrom<&pb::GetMyPersonaRequest> for PersonaQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetMyPersonaRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let survey_id = request::optional_uuid(&mut v, "survey_id", &r.survey_id);
        v.into_result()?;
        Ok(Self { survey_id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn public_survey_requests_name_a_slug() {
        let link = SurveyLink::try_from(&pb::GetPublicSurveyRequest {
            slug: "aBc-123_xyz".into(),
        })
        .unwrap();
        assert_eq!(link.slug, "aBc-123_xyz");
        assert_eq!(
            fields(SurveyLink::try_from(&pb::GetPublicSurveyRequest::default()).unwrap_err()),
            ["slug"]
        );
        let long = pb::GetPublicSurveyRequest {
            slug: "s".repeat(MAX_SLUG_CHARS + 1),
        };
        assert_eq!(fields(SurveyLink::try_from(&long).unwrap_err()), ["slug"]);
    }

    #[test]
    fn submissions_are_checked_for_size_field_by_field() {
        let answer = pb::Answer {
            question: 0,
            value: Some(pb::answer::Value::Scale(3)),
        };
        let ok = Submission::try_from(pb::SubmitResponseRequest {
            slug: "aBc".into(),
            answers: vec![answer.clone()],
            fingerprint: "  browser-123  ".into(),
        })
        .unwrap();
        assert_eq!(
            ok,
            Submission {
                slug: "aBc".into(),
                fingerprint: "browser-123".into(),
                answers: vec![answer.clone()],
            }
        );
        let bad = pb::SubmitResponseRequest {
            slug: "a\nb".into(),
            answers: vec![answer; MAX_QUESTIONS + 1],
            fingerprint: " short ".into(),
        };
        assert_eq!(
            fields(Submission::try_from(bad).unwrap_err()),
            ["slug", "fingerprint", "answers"]
        );
        let odd = pb::SubmitResponseRequest {
            fingerprint: "browser\u{7}123".into(),
            ..Default::default()
        };
        assert_eq!(fields(Submission::try_from(odd).unwrap_err()), ["fingerprint"]);
    }

    #[test]
    fn persona_queries_take_an_optional_survey() {
        let id = Uuid::now_v7();
        let query = PersonaQuery::try_from(&pb::GetMyPersonaRequest {
            survey_id: id.to_string(),
        })
        .unwrap();
        assert_eq!(query.survey_id, Some(id));
        assert_eq!(
            PersonaQuery::try_from(&pb::GetMyPersonaRequest::default()).unwrap(),
            PersonaQuery { survey_id: None }
        );
        let bad = pb::GetMyPersonaRequest {
            survey_id: "latest".into(),
        };
        assert_eq!(fields(PersonaQuery::try_from(&bad).unwrap_err()), ["survey_id"]);
    }
}
