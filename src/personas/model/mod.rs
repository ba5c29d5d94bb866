//! Surveys, answers and personas as validated input, as stored and as sent.
//! Questions and answers are stored as JSON in the shapes below; every
//! check happens here, before anything is written.

use serde::{Deserialize, Serialize};

use crate::error::FieldViolations;
use crate::proto::personas::v1 as pb;
use crate::request::{self, Text};

mod requests;

pub use requests::*;

pub const MAX_QUESTIONS: usize = 30;
pub const MAX_QUESTION_CHARS: usize = 300;
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 10;
pub const MAX_OPTION_CHARS: usize = 100;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_ANSWER_CHARS: usize = 1000;
pub const DEFAULT_MIN_RESPONSES: i32 = 3;
pub const MAX_MIN_RESPONSES: i32 = 50;
/// Fingerprints a client may send: long enough not to collide by chance.
pub const MIN_FINGERPRINT_CHARS: usize = 8;
pub const MAX_FINGERPRINT_CHARS: usize = 200;
/// Share slugs are 22 characters; anything much longer is not one.
pub const MAX_SLUG_CHARS: usize = 64;

crate::stored_enum! {
    pub enum QuestionKind: pb::QuestionKind {
        Scale => "scale",
        SingleChoice => "single_choice",
        MultipleChoice => "multiple_choice",
        FreeText => "free_text",
    }
}

crate::stored_enum! {
    pub enum SurveyStatus: pb::SurveyStatus {
        Open => "open",
        Closed => "closed",
    }
}

crate::stored_enum! {
    /// The saga's states, in order (failed can follow any step).
    pub enum PersonaStatus: pb::PersonaStatus {
        Pending => "pending",
        Synthesizing => "synthesizing",
        Illustrating => "illustrating",
        Ready => "ready",
        Failed => "failed",
    }
}

impl PersonaStatus {
    /// No further change comes without a regeneration.
    pub fn is_final(self) -> bool {
        matches!(self, PersonaStatus::Ready | PersonaStatus::Failed)
    }
}

/// A question as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub text: String,
    pub kind: String,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub optional: bool,
}

impl Question {
    pub fn kind(&self) -> QuestionKind {
        QuestionKind::from_stored(&self.kind).unwrap_or(QuestionKind::FreeText)
    }
}

impl From<&Question> for pb::Question {
    fn from(q: &Question) -> Self {
        pb::Question {
            text: q.text.clone(),
            kind: pb::QuestionKind::from(q.kind()) as i32,
            options: q.options.clone(),
            optional: q.optional,
        }
    }
}

/// One answer as stored: the question's index and the value of its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    Scale(i32),
    Choice(usize),
    Choices(Vec<usize>),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAnswer {
    pub question: usize,
    pub value: AnswerValue,
}

impl From<&StoredAnswer> for pb::Answer {
    fn from(a: &StoredAnswer) -> Self {
        use pb::answer::Value;
        let value = match &a.value {
            AnswerValue::Scale(n) => Value::Scale(*n),
            AnswerValue::Choice(i) => Value::Choice(*i as i32),
            AnswerValue::Choices(is) => Value::Choices(pb::Choices {
                options: is.iter().map(|i| *i as i32).collect(),
            }),
            AnswerValue::Text(t) => Value::Text(t.clone()),
        };
        pb::Answer {
            question: a.question as i32,
            value: Some(value),
        }
    }
}

/// Checks `answers` against the survey's `questions`: each answer names a
/// question once, holds the value its kind takes, and every question that
/// is not optional is answered. Every fault is named (`answers[i].scale`,
/// `answers: question 2 is not answered`).
pub fn check_answers(questions: &[Question], answers: &[pb::Answer]) -> Result<Vec<StoredAnswer>, FieldViolations> {
    use pb::answer::Value;
    let mut v = FieldViolations::new();
    if !request::count(&mut v, "answers", answers, questions.len()) {
        return Err(v);
    }
    let mut seen = vec![false; questions.len()];
    let mut stored = Vec::with_capacity(answers.len());
    for (i, a) in answers.iter().enumerate() {
        let field = format!("answers[{i}]");
        let Some(q) = usize::try_from(a.question).ok().and_then(|n| questions.get(n)) else {
            v.add(
                format!("{field}.question"),
                format!("must be 0 to {}", questions.len() - 1),
            );
            continue;
        };
        let n = a.question as usize;
        if std::mem::replace(&mut seen[n], true) {
            v.add(format!("{field}.question"), format!("question {n} is answered twice"));
            continue;
        }
        let options = q.options.len();
        let value = match (q.kind(), &a.value) {
            (QuestionKind::Scale, Some(Value::Scale(s))) if (1..=5).contains(s) => Some(AnswerValue::Scale(*s)),
            (QuestionKind::Scale, Some(Value::Scale(_))) => {
                v.add(format!("{field}.scale"), format!("question {n} takes 1 to 5"));
                None
            }
            (QuestionKind::SingleChoice, Some(Value::Choice(c))) => match usize::try_from(*c) {
                Ok(c) if c < options => Some(AnswerValue::Choice(c)),
                _ => {
                    v.add(
                        format!("{field}.choice"),
                        format!("question {n} has options 0 to {}", options - 1),
                    );
                    None
                }
            },
            (QuestionKind::MultipleChoice, Some(Value::Choices(cs))) => {
                let mut picked: Vec<usize> = Vec::new();
                let mut fault = None;
                if cs.options.is_empty() {
                    fault = Some(format!("question {n} needs at least one option"));
                }
                for c in &cs.options {
                    match usize::try_from(*c) {
                        Ok(c) if c < options && !picked.contains(&c) => picked.push(c),
                        Ok(c) if c < options => fault = Some(format!("option {c} is picked twice")),
                        _ => fault = Some(format!("question {n} has options 0 to {}", options - 1)),
                    }
                }
                if let Some(fault) = fault {
                    v.add(format!("{field}.choices"), fault);
                    None
                } else {
                    picked.sort_unstable();
                    Some(AnswerValue::Choices(picked))
                }
            }
            (QuestionKind::FreeText, Some(Value::Text(t))) => {
                let t = t.trim();
                let name = format!("{field}.text");
                if t.is_empty() {
                    v.add(
                        &name,
                        format!("question {n} needs text (leave an optional question out instead)"),
                    );
                    None
                } else if request::text(&mut v, &name, t, MAX_ANSWER_CHARS, Text::Prose) {
                    Some(AnswerValue::Text(t.to_owned()))
                } else {
                    None
                }
            }
            (kind, _) => {
                v.add(
                    format!("{field}.value"),
                    format!("question {n} is {} and takes {}", kind.as_str(), takes(kind)),
                );
                None
            }
        };
        if let Some(value) = value {
            stored.push(StoredAnswer { question: n, value });
        }
    }
    for (n, q) in questions.iter().enumerate() {
        if !seen[n] && !q.optional {
            v.add("answers", format!("question {n} is not answered"));
        }
    }
    v.into_result()?;
    stored.sort_by_key(|a| a.question);
    Ok(stored)
}

fn takes(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Scale => "scale",
        QuestionKind::SingleChoice => "choice",
        QuestionKind::MultipleChoice => "choices",
        QuestionKind::FreeText => "text",
    }
}

/// A persona's trait as stored and sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trait {
    pub name: String,
    pub score: i32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb::answer::Value;

    fn q(kind: pb::QuestionKind, options: &[&str]) -> pb::Question {
        pb::Question {
            text: "How?".into(),
            kind: kind as i32,
            options: options.iter().map(|o| o.to_string()).collect(),
            optional: false,
        }
    }

    fn survey() -> Vec<Question> {
        let r = pb::CreateSurveyRequest {
            title: "Me".into(),
            questions: vec![
                q(pb::QuestionKind::Scale, &[]),
                q(pb::QuestionKind::SingleChoice, &["a", "b"]),
                q(pb::QuestionKind::MultipleChoice, &["x", "y", "z"]),
                pb::Question {
                    optional: true,
                    ..q(pb::QuestionKind::FreeText, &[])
                },
            ],
            min_responses: 0,
        };
        let s = NewSurvey::try_from(&r).unwrap();
        assert_eq!(s.min_responses, 3);
        s.questions
    }

    fn a(question: i32, value: Value) -> pb::Answer {
        pb::Answer {
            question,
            value: Some(value),
        }
    }

    #[test]
    fn surveys_name_every_fault() {
        let r = pb::CreateSurveyRequest {
            title: " ".into(),
            questions: vec![
                q(pb::QuestionKind::Scale, &["no"]),
                q(pb::QuestionKind::SingleChoice, &["one"]),
                q(pb::QuestionKind::MultipleChoice, &["a", "a"]),
                q(pb::QuestionKind::Unspecified, &[]),
            ],
            min_responses: 51,
        };
        let err = NewSurvey::try_from(&r).unwrap_err();
        let fields: Vec<&str> = err.fields().collect();
        for f in [
            "title",
            "min_responses",
            "questions[0].options",
            "questions[1].options",
            "questions[2].options[1]",
            "questions[3].kind",
        ] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }

    #[test]
    fn answers_are_checked_against_their_questions() {
        let qs = survey();
        let ok = check_answers(
            &qs,
            &[
                a(2, Value::Choices(pb::Choices { options: vec![2, 0] })),
                a(0, Value::Scale(4)),
                a(1, Value::Choice(1)),
            ],
        )
        .unwrap();
        assert_eq!(ok[0].value, AnswerValue::Scale(4));
        assert_eq!(ok[2].value, AnswerValue::Choices(vec![0, 2]));
        let err = check_answers(
            &qs,
            &[
                a(0, Value::Scale(6)),
                a(1, Value::Text("b".into())),
                a(2, Value::Choices(pb::Choices { options: vec![1, 1] })),
                a(3, Value::Text("\u{7}".into())),
            ],
        )
        .unwrap_err();
        let fields: Vec<&str> = err.fields().collect();
        assert_eq!(
            fields,
            [
                "answers[0].scale",
                "answers[1].value",
                "answers[2].choices",
                "answers[3].text"
            ]
        );
        let err = check_answers(
            &qs,
            &[a(0, Value::Scale(1)), a(0, Value::Scale(2)), a(9, Value::Scale(1))],
        )
        .unwrap_err();
        let fields: Vec<&str> = err.fields().collect();
        assert_eq!(
            fields,
            ["answers[1].question", "answers[2].question", "answers", "answers"]
        );
    }
}
