//! Journals as stored and sent.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use super::*;
use crate::proto::conversations::v1 as pb;
use crate::proto::timestamp;
use crate::schema::journals;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = journals, check_for_backend(diesel::pg::Pg))]
pub struct JournalRow {
    pub id: Uuid,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub author_name: String,
    pub author_personality: String,
    pub day: NaiveDate,
    pub mood: String,
    pub text: String,
    /// A JSON array of strings.
    pub facts: serde_json::Value,
    pub provider: String,
    pub model: String,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = journals)]
pub struct NewJournalRow<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub author_name: &'a str,
    pub author_personality: &'a str,
    pub day: NaiveDate,
    pub mood: &'static str,
    pub text: &'a str,
    pub facts: serde_json::Value,
    pub provider: &'a str,
    pub model: &'a str,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
}

impl<'a> NewJournalRow<'a> {
    pub fn new(
        user_id: Uuid,
        author: &'a Character,
        day: NaiveDate,
        mood: Mood,
        text: &'a str,
        facts: &[String],
        cost: &'a GenerationCost,
    ) -> Self {
        NewJournalRow {
            id: Uuid::now_v7(),
            user_id,
            device_id: author.id.device_id(),
            device_app_id: author.id.device_app_id(),
            author_name: &author.name,
            author_personality: &author.personality,
            day,
            mood: mood.as_str(),
            text,
            facts: serde_json::Value::from(facts.to_vec()),
            provider: &cost.provider,
            model: &cost.model,
            prompt_tokens: cost.prompt_tokens,
            completion_tokens: cost.completion_tokens,
            cost_usd: cost.cost_usd,
        }
    }
}

impl From<JournalRow> for pb::Journal {
    fn from(j: JournalRow) -> Self {
        let facts = match j.facts {
            serde_json::Value::Array(items) => items
                .into_iter()
                .filter_map(|f| f.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        pb::Journal {
            id: j.id.to_string(),
            author: Some(participant_message(
                j.device_id,
                j.device_app_id,
                j.author_name,
                j.author_personality,
            )),
            day: j.day.format("%Y-%m-%d").to_string(),
            mood: Mood::from_stored(&j.mood).map_or(0, |m| pb::Mood::from(m).into()),
            text: j.text,
            facts,
            generation: Some(
                GenerationCost {
                    provider: j.provider,
                    model: j.model,
                    prompt_tokens: j.prompt_tokens,
                    completion_tokens: j.completion_tokens,
                    cost_usd: j.cost_usd,
                }
                .into(),
            ),
            create_time: Some(timestamp(j.created_at)),
        }
    }
}
