//! The one way domains generate text: a per-user rate limit, then the
//! provider, with a record of every call written when it ends — including
//! streams the client abandoned, which are recorded as cancelled.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use futures::Stream;
use uuid::Uuid;

use super::{estimate_tokens, AiError, Completion, Event, EventStream, Provider, Request, TokenUsage};
use crate::db::Pool;
use crate::schema::ai_generations;

#[derive(Clone)]
pub struct AiGateway {
    provider: Arc<dyn Provider>,
    pool: Pool,
    /// Generations one user may start per hour.
    max_per_hour: u32,
}

/// What one generation cost and how it ended.
#[derive(Debug, Clone)]
struct Record {
    user_id: Option<Uuid>,
    purpose: &'static str,
    provider: &'static str,
    model: String,
    usage: TokenUsage,
    latency: Duration,
    outcome: &'static str,
    error: Option<String>,
}

impl AiGateway {
    pub fn new(provider: Arc<dyn Provider>, pool: Pool, max_per_hour: u32) -> Self {
        Self {
            provider,
            pool,
            max_per_hour,
        }
    }

    pub fn provider_name(&self) -> &'static str {
        self.provider.name()
    }

    /// The model a generation for `purpose` uses, for callers that store
    /// what wrote their text (a stream does not report it).
    pub fn model(&self, purpose: super::Purpose) -> String {
        self.provider.model(purpose)
    }

    fn record_for(&self, user_id: Option<Uuid>, request: &Request) -> Record {
        Record {
            user_id,
            purpose: request.purpose.as_str(),
            provider: self.provider.name(),
            model: self.provider.model(request.purpose),
            usage: TokenUsage::default(),
            latency: Duration::ZERO,
            outcome: "ok",
            error: None,
        }
    }

    /// RESOURCE_EXHAUSTED-worthy when the user started too many generations
    /// in the past hour (counted in the database, so across replicas).
    async fn admit(&self, user_id: Option<Uuid>, request: &Request) -> Result<(), AiError> {
        let Some(user_id) = user_id else { return Ok(()) };
        let since = Utc::now() - chrono::Duration::hours(1);
        let recent: i64 = {
            let mut conn = self.pool.get().await.map_err(|e| AiError::Unavailable(e.to_string()))?;
            ai_generations::table
                .filter(ai_generations::user_id.eq(user_id))
                .filter(ai_generations::created_at.ge(since))
                .filter(ai_generations::outcome.ne("rate_limited"))
                .count()
                .get_result(&mut conn)
                .await
                .map_err(|e| AiError::Unavailable(e.to_string()))?
        };
        if recent >= i64::from(self.max_per_hour) {
            let record = Record {
                outcome: "rate_limited",
                ..self.record_for(Some(user_id), request)
            };
            store(self.pool.clone(), record).await;
            return Err(AiError::RateLimited);
        }
        Ok(())
    }

    pub async fn complete(&self, user_id: Option<Uuid>, request: &Request) -> Result<Completion, AiError> {
        self.admit(user_id, request).await?;
        let started = Instant::now();
        let result = self.provider.complete(request).await;
        let mut record = self.record_for(user_id, request);
        record.latency = started.elapsed();
        match &result {
            Ok(done) => record.usage = done.usage,
            Err(err) => {
                record.outcome = "failed";
                record.error = Some(err.to_string());
            }
        }
        store(self.pool.clone(), record).await;
        result
    }

    pub async fn stream(&self, user_id: Option<Uuid>, request: &Request) -> Result<GenerationStream, AiError> {
        self.admit(user_id, request).await?;
        let started = Instant::now();
        let mut record = self.record_for(user_id, request);
        match self.provider.stream(request).await {
            Ok(inner) => Ok(GenerationStream {
                inner,
                pool: self.pool.clone(),
                record: Some(record),
                started,
                written: String::new(),
                prompt_estimate: request.messages.iter().map(|m| estimate_tokens(&m.content)).sum(),
            }),
            Err(err) => {
                record.latency = started.elapsed();
                record.outcome = "failed";
                record.error = Some(err.to_string());
                store(self.pool.clone(), record).await;
                Err(err)
            }
        }
    }
}

async fn store(pool: Pool, record: Record) {
    let cost = super::prices::cost_usd(
        &record.model,
        record.usage.prompt_tokens,
        record.usage.completion_tokens,
    );
    let row = (
        ai_generations::id.eq(Uuid::now_v7()),
        ai_generations::user_id.eq(record.user_id),
        ai_generations::purpose.eq(record.purpose),
        ai_generations::provider.eq(record.provider),
        ai_generations::model.eq(&record.model),
        ai_generations::prompt_tokens.eq(record.usage.prompt_tokens as i32),
        ai_generations::completion_tokens.eq(record.usage.completion_tokens as i32),
        ai_generations::latency_ms.eq(record.latency.as_millis().min(i32::MAX as u128) as i32),
        ai_generations::cost_usd.eq(cost),
        ai_generations::outcome.eq(record.outcome),
        ai_generations::error.eq(&record.error),
    );
    let result = async {
        let mut conn = pool.get().await.map_err(|e| e.to_string())?;
        diesel::insert_into(ai_generations::table)
            .values(row)
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())
    }
    .await;
    if let Err(err) = result {
        tracing::warn!(%err, "could not record an AI generation");
    }
}

/// A provider stream that records the generation when it ends, fails, or is
/// dropped unfinished (the client went away).
pub struct GenerationStream {
    inner: EventStream,
    pool: Pool,
    record: Option<Record>,
    started: Instant,
    written: String,
    prompt_estimate: u32,
}

impl GenerationStream {
    fn finish(&mut self, outcome: &'static str, usage: Option<TokenUsage>, error: Option<String>) {
        if let Some(mut record) = self.record.take() {
            record.latency = self.started.elapsed();
            record.outcome = outcome;
            record.error = error;
            record.usage = usage.unwrap_or(TokenUsage {
                prompt_tokens: self.prompt_estimate,
                completion_tokens: if self.written.is_empty() {
                    0
                } else {
                    estimate_tokens(&self.written)
                },
            });
            let pool = self.pool.clone();
            // Drop may run outside a runtime (at shutdown); then it is lost.
            if let Ok(handle) = tokio::runtime::Handle::try_current() {
                handle.spawn(store(pool, record));
            }
        }
    }
}

impl Stream for GenerationStream {
    type Item = Result<Event, AiError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let polled = self.inner.as_mut().poll_next(cx);
        match &polled {
            Poll::Ready(Some(Ok(Event::Delta(text)))) => {
                let text = text.clone();
                self.written.push_str(&text);
            }
            Poll::Ready(Some(Ok(Event::Done(usage)))) => {
                let usage = *usage;
                self.finish("ok", Some(usage), None);
            }
            Poll::Ready(Some(Err(err))) => {
                let err = err.to_string();
                self.finish("failed", None, Some(err));
            }
            Poll::Ready(None) => self.finish("ok", None, None),
            Poll::Pending => {}
        }
        polled
    }
}

impl Drop for GenerationStream {
    fn drop(&mut self) {
        self.finish("cancelled", None, None);
    }
}
