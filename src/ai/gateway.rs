//! The one way domains generate text: a per-user rate limit, then the
//! provider, with a record of every call. A generation's row is written
//! before the provider is called (as pending, which is what the limit
//! counts) and completed when it ends — including streams the client
//! abandoned, which are recorded as cancelled.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use diesel::sql_types::Uuid as SqlUuid;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
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

crate::stored_enum! {
    /// How a generation ended; "pending" while a stream is being written.
    enum Outcome {
        Pending => "pending",
        Ok => "ok",
        Cancelled => "cancelled",
        Failed => "failed",
        RateLimited => "rate_limited",
    }
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
    outcome: Outcome,
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
            outcome: Outcome::Ok,
            error: None,
        }
    }

    /// Admits a generation or refuses it (RESOURCE_EXHAUSTED-worthy) when
    /// the user already started `max_per_hour` in the past hour, counted in
    /// the database so the limit holds across replicas. The count and the
    /// new generation's pending row are one transaction under a per-user
    /// lock: concurrent calls queue on the lock and each sees the rows of
    /// those admitted before it, so a burst cannot all pass one count.
    /// Returns the id of the row to complete when the generation ends.
    async fn admit(&self, user_id: Option<Uuid>, request: &Request) -> Result<Uuid, AiError> {
        let id = Uuid::now_v7();
        let record = self.record_for(user_id, request);
        let max = i64::from(self.max_per_hour);
        let mut conn = self.pool.get().await.map_err(|e| AiError::Unavailable(e.to_string()))?;
        let admitted = conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                if let Some(user_id) = user_id {
                    diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('ai_admit:' || $1::text))")
                        .bind::<SqlUuid, _>(user_id)
                        .execute(conn)
                        .await?;
                    let since = Utc::now() - chrono::Duration::hours(1);
                    let recent: i64 = ai_generations::table
                        .filter(ai_generations::user_id.eq(user_id))
                        .filter(ai_generations::created_at.ge(since))
                        .filter(ai_generations::outcome.ne(Outcome::RateLimited.as_str()))
                        .count()
                        .get_result(conn)
                        .await?;
                    if recent >= max {
                        // Refused calls are recorded too (and not counted).
                        insert(
                            conn,
                            id,
                            &Record {
                                outcome: Outcome::RateLimited,
                                ..record
                            },
                        )
                        .await?;
                        return Ok(false);
                    }
                }
                insert(
                    conn,
                    id,
                    &Record {
                        outcome: Outcome::Pending,
                        ..record
                    },
                )
                .await?;
                Ok(true)
            })
            .await
            .map_err(|e| AiError::Unavailable(e.to_string()))?;
        if admitted {
            Ok(id)
        } else {
            Err(AiError::RateLimited)
        }
    }

    pub async fn complete(&self, user_id: Option<Uuid>, request: &Request) -> Result<Completion, AiError> {
        let id = self.admit(user_id, request).await?;
        let started = Instant::now();
        let result = self.provider.complete(request).await;
        let mut record = self.record_for(user_id, request);
        record.latency = started.elapsed();
        match &result {
            Ok(done) => record.usage = done.usage,
            Err(err) => {
                record.outcome = Outcome::Failed;
                record.error = Some(err.to_string());
            }
        }
        store(self.pool.clone(), id, record).await;
        result
    }

    pub async fn stream(&self, user_id: Option<Uuid>, request: &Request) -> Result<GenerationStream, AiError> {
        let id = self.admit(user_id, request).await?;
        let started = Instant::now();
        let mut record = self.record_for(user_id, request);
        match self.provider.stream(request).await {
            Ok(inner) => Ok(GenerationStream {
                inner,
                pool: self.pool.clone(),
                id,
                record: Some(record),
                started,
                written: String::new(),
                prompt_estimate: request.messages.iter().map(|m| estimate_tokens(&m.content)).sum(),
            }),
            Err(err) => {
                record.latency = started.elapsed();
                record.outcome = Outcome::Failed;
                record.error = Some(err.to_string());
                store(self.pool.clone(), id, record).await;
                Err(err)
            }
        }
    }
}

fn cost(record: &Record) -> f64 {
    super::prices::cost_usd(
        &record.model,
        record.usage.prompt_tokens,
        record.usage.completion_tokens,
    )
}

fn clamp_i32(n: u128) -> i32 {
    n.min(i32::MAX as u128) as i32
}

/// Writes a generation's row as it stands when admitted (or refused).
async fn insert(conn: &mut AsyncPgConnection, id: Uuid, record: &Record) -> QueryResult<usize> {
    diesel::insert_into(ai_generations::table)
        .values((
            ai_generations::id.eq(id),
            ai_generations::user_id.eq(record.user_id),
            ai_generations::purpose.eq(record.purpose),
            ai_generations::provider.eq(record.provider),
            ai_generations::model.eq(&record.model),
            ai_generations::prompt_tokens.eq(clamp_i32(record.usage.prompt_tokens.into())),
            ai_generations::completion_tokens.eq(clamp_i32(record.usage.completion_tokens.into())),
            ai_generations::latency_ms.eq(clamp_i32(record.latency.as_millis())),
            ai_generations::cost_usd.eq(cost(record)),
            ai_generations::outcome.eq(record.outcome.as_str()),
            ai_generations::error.eq(&record.error),
        ))
        .execute(conn)
        .await
}

/// Completes the admitted generation `id` with how it ended. When this
/// cannot be written the row stays pending and still counts against the
/// limit until it is an hour old.
async fn store(pool: Pool, id: Uuid, record: Record) {
    let result = async {
        let mut conn = pool.get().await.map_err(|e| e.to_string())?;
        diesel::update(ai_generations::table.find(id))
            .set((
                ai_generations::prompt_tokens.eq(clamp_i32(record.usage.prompt_tokens.into())),
                ai_generations::completion_tokens.eq(clamp_i32(record.usage.completion_tokens.into())),
                ai_generations::latency_ms.eq(clamp_i32(record.latency.as_millis())),
                ai_generations::cost_usd.eq(cost(&record)),
                ai_generations::outcome.eq(record.outcome.as_str()),
                ai_generations::error.eq(&record.error),
            ))
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())
    }
    .await;
    if let Err(err) = result {
        tracing::warn!(%err, generation_id = %id, "could not record how an AI generation ended");
    }
}

/// A provider stream that records the generation when it ends, fails, or is
/// dropped unfinished (the client went away).
pub struct GenerationStream {
    inner: EventStream,
    pool: Pool,
    /// The admitted generation's row.
    id: Uuid,
    record: Option<Record>,
    started: Instant,
    written: String,
    prompt_estimate: u32,
}

impl GenerationStream {
    fn finish(&mut self, outcome: Outcome, usage: Option<TokenUsage>, error: Option<String>) {
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
            // Drop may run outside a runtime (at shutdown); then the row
            // stays pending and ages out of the limit's hour.
            if let Ok(handle) = tokio::runtime::Handle::try_current() {
                handle.spawn(store(pool, self.id, record));
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
                self.finish(Outcome::Ok, Some(usage), None);
            }
            Poll::Ready(Some(Err(err))) => {
                let err = err.to_string();
                self.finish(Outcome::Failed, None, Some(err));
            }
            Poll::Ready(None) => self.finish(Outcome::Ok, None, None),
            Poll::Pending => {}
        }
        polled
    }
}

impl Drop for GenerationStream {
    fn drop(&mut self) {
        self.finish(Outcome::Cancelled, None, None);
    }
}
