//! AI generation for every domain: one provider interface (`complete`,
//! `stream`), an OpenAI-compatible HTTP provider and a built-in offline
//! generator, behind a gateway that rate-limits per user and records every
//! generation (purpose, provider, model, tokens, latency, cost, outcome).

pub mod data;
pub mod gateway;
pub mod offline;
pub mod openai;
mod personal_data;
pub mod prices;

use std::sync::Arc;
use std::time::Duration;

use futures::stream::BoxStream;

pub use data::{quoted, quoted_up_to, DATA_RULE};
pub use gateway::{Admission, AiGateway, GenerationStream};

crate::stored_enum! {
    /// What a generation is for; recorded, and used to pick a model.
    pub enum Purpose {
        Conversation => "conversation",
        Journal => "journal",
        Chat => "chat",
        Coach => "coach",
        Persona => "persona",
        Engagement => "engagement",
        /// A coaching goal's plan, as JSON.
        CoachPlan => "coach_plan",
        /// A proposed change to a coaching plan, as JSON.
        CoachSuggestion => "coach_suggestion",
        /// A persona's traits, prompt and description from survey answers,
        /// as JSON.
        PersonaSynthesis => "persona_synthesis",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

impl Message {
    pub fn new(role: Role, content: impl Into<String>) -> Self {
        Self {
            role,
            content: content.into(),
        }
    }
}

/// A character taking part: a device or an app with a personality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    /// e.g. "snarky", "time_waster".
    pub personality: String,
}

/// What the text is about, in a form the offline generator can use directly
/// (a real model reads the same facts from the prompt).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Brief {
    /// Conversation kind ("daily_recap", ...), "journal" or "chat".
    pub kind: String,
    /// "humorous", "supportive", ...
    pub mood: String,
    /// Who speaks; for chat and journals the first one is the voice.
    pub speakers: Vec<Speaker>,
    /// Usage facts and notable events, one short sentence each.
    pub facts: Vec<String>,
    /// The user's latest message, for chat.
    pub user_message: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub purpose: Purpose,
    pub messages: Vec<Message>,
    pub brief: Brief,
    pub max_tokens: u32,
    /// Makes the offline generator's output repeatable.
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenUsage {
    pub prompt_tokens: u32,
    pub completion_tokens: u32,
}

#[derive(Debug, Clone)]
pub struct Completion {
    pub text: String,
    pub usage: TokenUsage,
    pub model: String,
}

/// One event of a streamed generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Delta(String),
    /// The stream ended normally, with the provider's token counts.
    Done(TokenUsage),
}

pub type EventStream = BoxStream<'static, Result<Event, AiError>>;

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum AiError {
    #[error("AI provider unavailable: {0}")]
    Unavailable(String),
    #[error("AI provider timed out after {0:?}")]
    Timeout(Duration),
    #[error("AI provider sent a malformed response: {0}")]
    Malformed(String),
    #[error("too many AI generations; try again later")]
    RateLimited,
}

#[async_trait::async_trait]
pub trait Provider: Send + Sync {
    /// "openai-compatible" or "offline".
    fn name(&self) -> &'static str;
    fn model(&self, purpose: Purpose) -> String;
    async fn complete(&self, request: &Request) -> Result<Completion, AiError>;
    async fn stream(&self, request: &Request) -> Result<EventStream, AiError>;
}

/// Rough token count (about four characters a token) for providers that do
/// not report usage, and for history windowing.
pub fn estimate_tokens(text: &str) -> u32 {
    (text.chars().count() as u32).div_ceil(4).max(1)
}

/// The configured OpenAI-compatible provider, or the offline generator.
pub fn provider(ai: &crate::config::AiConfig) -> Arc<dyn Provider> {
    match &ai.base_url {
        Some(base_url) => Arc::new(openai::OpenAiProvider::new(openai::OpenAiConfig {
            base_url: base_url.clone(),
            api_key: ai.api_key.clone(),
            model: ai.model.clone(),
            models: ai
                .models
                .iter()
                .filter_map(|(purpose, model)| {
                    let purpose = match purpose.as_str() {
                        "conversation" => Purpose::Conversation,
                        "journal" => Purpose::Journal,
                        "chat" => Purpose::Chat,
                        "coach" => Purpose::Coach,
                        "persona" => Purpose::Persona,
                        "engagement" => Purpose::Engagement,
                        "coach_plan" => Purpose::CoachPlan,
                        "coach_suggestion" => Purpose::CoachSuggestion,
                        _ => return None,
                    };
                    Some((purpose, model.clone()))
                })
                .collect(),
            timeout: ai.timeout,
            retries: ai.retries,
        })),
        None => Arc::new(offline::OfflineProvider {
            chunk_delay: ai.offline_chunk_delay,
        }),
    }
}
