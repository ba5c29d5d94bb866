//! Journal entries scored on the server, with no AI: sentiment from the
//! VADER lexicon (its compound score, −1..1, and its usual ±0.05 bands for
//! the label), and emotions from a small word list per emotion (Plutchik's
//! eight). Nothing the member writes leaves the server to be scored.

use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::SentimentLabel;
use crate::error::DbError;
use crate::schema::coaching_journal_entries as entries;

pub const MAX_ENTRY_CHARS: usize = 10_000;
/// The compound score's bands, as VADER's authors recommend.
const POSITIVE_FROM: f64 = 0.05;
const NEGATIVE_TO: f64 = -0.05;

/// The emotions reported, in this order, each with words that speak of it.
const EMOTIONS: &[(&str, &[&str])] = &[
    (
        "joy",
        &[
            "happy",
            "glad",
            "joy",
            "joyful",
            "delighted",
            "great",
            "excited",
            "love",
            "proud",
            "fun",
            "cheerful",
            "grateful",
        ],
    ),
    (
        "sadness",
        &[
            "sad",
            "down",
            "unhappy",
            "lonely",
            "miserable",
            "depressed",
            "cry",
            "cried",
            "disappointed",
            "hopeless",
            "lost",
        ],
    ),
    (
        "anger",
        &[
            "angry",
            "mad",
            "furious",
            "annoyed",
            "irritated",
            "frustrated",
            "hate",
            "rage",
            "resent",
        ],
    ),
    (
        "fear",
        &[
            "afraid",
            "scared",
            "anxious",
            "worried",
            "nervous",
            "panic",
            "fear",
            "terrified",
            "stressed",
        ],
    ),
    (
        "trust",
        &["trust", "safe", "supported", "confident", "believe", "reliable", "calm"],
    ),
    (
        "anticipation",
        &[
            "hope", "hopeful", "looking", "forward", "plan", "soon", "eager", "tomorrow", "ready",
        ],
    ),
    (
        "surprise",
        &["surprised", "shocked", "unexpected", "suddenly", "amazed", "wow"],
    ),
    (
        "disgust",
        &["disgusted", "gross", "sick", "awful", "revolting", "nasty"],
    ),
];

static ANALYZER: LazyLock<vader_sentiment::SentimentIntensityAnalyzer<'static>> =
    LazyLock::new(vader_sentiment::SentimentIntensityAnalyzer::new);

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub sentiment: f64,
    pub label: SentimentLabel,
    pub emotions: Vec<&'static str>,
}

pub fn score(text: &str) -> Scores {
    let compound = ANALYZER.polarity_scores(text).get("compound").copied().unwrap_or(0.0);
    let sentiment = if compound.is_finite() {
        compound.clamp(-1.0, 1.0)
    } else {
        0.0
    };
    let label = if sentiment >= POSITIVE_FROM {
        SentimentLabel::Positive
    } else if sentiment <= NEGATIVE_TO {
        SentimentLabel::Negative
    } else {
        SentimentLabel::Neutral
    };
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let emotions = (EMOTIONS.iter())
        .filter(|(_, lexicon)| words.iter().any(|w| lexicon.contains(&w.as_str())))
        .map(|(name, _)| *name)
        .collect();
    Scores {
        sentiment,
        label,
        emotions,
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = entries, check_for_backend(diesel::pg::Pg))]
pub struct EntryRow {
    pub id: Uuid,
    pub text: String,
    pub sentiment: f64,
    pub label: String,
    /// Elements are never NULL; diesel cannot know that.
    pub emotions: Vec<Option<String>>,
    pub shared: bool,
    pub created_at: DateTime<Utc>,
}

pub async fn insert(conn: &mut AsyncPgConnection, user_id: Uuid, text: &str, s: &Scores) -> Result<EntryRow, DbError> {
    Ok(diesel::insert_into(entries::table)
        .values((
            entries::id.eq(Uuid::now_v7()),
            entries::user_id.eq(user_id),
            entries::text.eq(text),
            entries::sentiment.eq(s.sentiment),
            entries::label.eq(s.label.as_str()),
            entries::emotions.eq(s.emotions.iter().map(|e| Some(e.to_string())).collect::<Vec<_>>()),
        ))
        .returning(EntryRow::as_returning())
        .get_result(conn)
        .await?)
}

/// Newest first, after the `(created_at, id)` of the previous page's last.
pub async fn list(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<EntryRow>, DbError> {
    let mut query = entries::table
        .filter(entries::user_id.eq(user_id))
        .select(EntryRow::as_select())
        .order((entries::created_at.desc(), entries::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        query = query.filter(
            entries::created_at
                .lt(at)
                .or(entries::created_at.eq(at).and(entries::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// The member's newest shared entries: all a mentor ever sees.
pub async fn shared(conn: &mut AsyncPgConnection, user_id: Uuid, limit: i64) -> Result<Vec<EntryRow>, DbError> {
    Ok(entries::table
        .filter(entries::user_id.eq(user_id).and(entries::shared))
        .select(EntryRow::as_select())
        .order((entries::created_at.desc(), entries::id.desc()))
        .limit(limit)
        .load(conn)
        .await?)
}

pub async fn share(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid, shared: bool) -> Result<EntryRow, DbError> {
    Ok(
        diesel::update(entries::table.filter(entries::id.eq(id).and(entries::user_id.eq(user_id))))
            .set(entries::shared.eq(shared))
            .returning(EntryRow::as_returning())
            .get_result(conn)
            .await?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_sentences_score_as_vader_does() {
        let happy = score("I am so happy with my progress today, it was a great run!");
        assert_eq!(happy.label, SentimentLabel::Positive);
        assert!(happy.sentiment > 0.6, "{}", happy.sentiment);
        assert_eq!(happy.emotions, vec!["joy"]);

        let sad = score("I feel sad and lonely, and I'm worried I will fail again.");
        assert_eq!(sad.label, SentimentLabel::Negative);
        assert!(sad.sentiment < -0.5, "{}", sad.sentiment);
        assert_eq!(sad.emotions, vec!["sadness", "fear"]);

        let plain = score("I walked to the shop.");
        assert_eq!((plain.label, plain.sentiment), (SentimentLabel::Neutral, 0.0));
        assert!(plain.emotions.is_empty());

        // Negation flips the lexicon's reading.
        assert_eq!(score("The workout was not good.").label, SentimentLabel::Negative);
    }
}
