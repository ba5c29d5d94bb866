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
        self.record_of(user_id, request.purpose)
    }

    fn record_of(&self, user_id: Option<Uuid>, purpose: super::Purpose) -> Record {
        Record {
            user_id,
            purpose: purpose.as_str(),
            provider: self.provider.name(),
            model: self.provider.model(purpose),
            usage: TokenUsage::default(),
            latency: Duration::ZERO,
            outcome: Outcome::Ok,
            error: None,
        }
    }

    /// Admits a generation or refuses it (RESOURCE_EXHAUSTED-worthy) when
    /// the user already started `max_per_hour` in the past hour, counted in
    /// the database so the limit holds across replicas. The count and the
    /// new generation's pending row are one statement, after a per-user
    /// lock taken by the statement before it: concurrent calls queue on the
    /// lock and each sees the rows of those admitted before it, so a burst
    /// cannot all pass one count. It sits before every streamed reply's
    /// first word, so it is three round trips (the lock, the counted insert,
    /// the commit) and its commit does not wait for the disk (see
    /// [`begin_admission`]). Returns the id of the row to complete when the
    /// generation ends.
    async fn admit(&self, user_id: Option<Uuid>, purpose: super::Purpose) -> Result<Uuid, AiError> {
        use diesel::sql_types::{Int8, Nullable, Text, Timestamptz};
        let id = Uuid::now_v7();
        let record = self.record_of(user_id, purpose);
        let max = i64::from(self.max_per_hour);
        let since = Utc::now() - chrono::Duration::hours(1);
        let mut conn = self.pool.get().await.map_err(|e| AiError::Unavailable(e.to_string()))?;
        let outcome = conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                begin_admission(conn, user_id).await?;
                // Refused calls are recorded too (and not counted).
                diesel::sql_query(
                    "INSERT INTO ai_generations (id, user_id, purpose, provider, model, outcome)
                     SELECT $1, $2, $3, $4, $5,
                         CASE WHEN $2 IS NOT NULL AND (SELECT count(*) FROM ai_generations
                                 WHERE user_id = $2 AND created_at >= $6 AND outcome <> 'rate_limited') >= $7
                              THEN 'rate_limited' ELSE 'pending' END
                     RETURNING outcome",
                )
                .bind::<SqlUuid, _>(id)
                .bind::<Nullable<SqlUuid>, _>(user_id)
                .bind::<Text, _>(record.purpose)
                .bind::<Text, _>(record.provider)
                .bind::<Text, _>(&record.model)
                .bind::<Timestamptz, _>(since)
                .bind::<Int8, _>(max)
                .get_result::<AdmittedAs>(conn)
                .await
            })
            .await
            .map_err(|e| AiError::Unavailable(e.to_string()))?;
        if outcome.outcome == Outcome::Pending.as_str() {
            Ok(id)
        } else {
            Err(AiError::RateLimited)
        }
    }

    pub async fn complete(&self, user_id: Option<Uuid>, request: &Request) -> Result<Completion, AiError> {
        let id = self.admit(user_id, request.purpose).await?;
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
        self.admit_stream(user_id, request.purpose).await?.open(request).await
    }

    /// [`Self::stream`] in two steps: a generation for `purpose` is admitted
    /// (or refused) here, and sent to the provider by [`Admission::open`]
    /// once its request is written, so a caller can admit while it still
    /// reads what goes into the prompt. An admission dropped unopened is
    /// recorded as cancelled (and counts against the limit like one).
    pub async fn admit_stream(&self, user_id: Option<Uuid>, purpose: super::Purpose) -> Result<Admission, AiError> {
        let id = self.admit(user_id, purpose).await?;
        Ok(Admission {
            gateway: self.clone(),
            id: Some(id),
            user_id,
            purpose,
        })
    }

    /// Generates `requests` in order, as one `complete` after another would
    /// (each counted against the limit with those before it), but admitted
    /// together: one count under the user's lock and one commit for all the
    /// pending rows, then one statement recording how each ended. It stops
    /// at the first generation that fails, is refused, or that `refuse`
    /// turns down: the completions before it come back with its error, and
    /// the requests after it are neither sent nor recorded.
    pub async fn complete_each(
        &self,
        user_id: Option<Uuid>,
        requests: &[Request],
        refuse: impl Fn(&Completion) -> Option<AiError>,
    ) -> (Vec<Completion>, Option<AiError>) {
        if requests.is_empty() {
            return (Vec::new(), None);
        }
        let records: Vec<Record> = requests.iter().map(|r| self.record_for(user_id, r)).collect();
        let ids: Vec<Uuid> = requests.iter().map(|_| Uuid::now_v7()).collect();
        let admitted = match self.admit_each(user_id, &ids, &records).await {
            Ok(admitted) => admitted,
            Err(err) => return (Vec::new(), Some(err)),
        };
        let mut done = Vec::with_capacity(admitted);
        let mut ended = Vec::with_capacity(admitted);
        let mut error = (admitted < requests.len()).then_some(AiError::RateLimited);
        for (i, request) in requests[..admitted].iter().enumerate() {
            let started = Instant::now();
            let result = self.provider.complete(request).await;
            let mut record = records[i].clone();
            record.latency = started.elapsed();
            match result {
                Ok(completion) => {
                    record.usage = completion.usage;
                    ended.push((ids[i], record));
                    if let Some(err) = refuse(&completion) {
                        error = Some(err);
                        break;
                    }
                    done.push(completion);
                }
                Err(err) => {
                    record.outcome = Outcome::Failed;
                    record.error = Some(err.to_string());
                    ended.push((ids[i], record));
                    error = Some(err);
                    break;
                }
            }
        }
        let unsent = ids[ended.len()..admitted].to_vec();
        if let Err(err) = store_each(&self.pool, &ended, &unsent).await {
            tracing::warn!(%err, "could not record how AI generations ended");
        }
        (done, error)
    }

    /// [`Self::admit`] for several generations at once: how many of them
    /// (in order) the limit lets through. Their pending rows, and the
    /// refused one's row when the limit stops them, are written together.
    async fn admit_each(&self, user_id: Option<Uuid>, ids: &[Uuid], records: &[Record]) -> Result<usize, AiError> {
        let max = i64::from(self.max_per_hour);
        let mut conn = self.pool.get().await.map_err(|e| AiError::Unavailable(e.to_string()))?;
        conn.transaction::<_, diesel::result::Error, _>(async |conn| {
            let mut admitted = records.len();
            begin_admission(conn, user_id).await?;
            if let Some(user_id) = user_id {
                let since = Utc::now() - chrono::Duration::hours(1);
                let recent: i64 = ai_generations::table
                    .filter(ai_generations::user_id.eq(user_id))
                    .filter(ai_generations::created_at.ge(since))
                    .filter(ai_generations::outcome.ne(Outcome::RateLimited.as_str()))
                    .count()
                    .get_result(conn)
                    .await?;
                admitted = usize::try_from((max - recent).max(0))
                    .unwrap_or(usize::MAX)
                    .min(records.len());
            }
            let mut rows: Vec<_> = ids[..admitted]
                .iter()
                .zip(&records[..admitted])
                .map(|(id, record)| row(*id, record, Outcome::Pending))
                .collect();
            if admitted < records.len() {
                rows.push(row(ids[admitted], &records[admitted], Outcome::RateLimited));
            }
            diesel::insert_into(ai_generations::table)
                .values(&rows)
                .execute(conn)
                .await?;
            Ok(admitted)
        })
        .await
        .map_err(|e| AiError::Unavailable(e.to_string()))
    }
}

/// Starts an admission's transaction in one round trip: the user's
/// admission lock (held to the commit; the id is a UUID, so it is safe to
/// spell out), and a commit that does not wait for the disk. A pending row
/// lost to a crash only counts against the limit until the crash, and the
/// row that matters (how the generation ended) is written by a durable
/// commit afterwards; every other session sees the row at commit either way,
/// so the limit holds.
async fn begin_admission(conn: &mut AsyncPgConnection, user_id: Option<Uuid>) -> QueryResult<()> {
    use diesel_async::SimpleAsyncConnection;
    let lock = match user_id {
        Some(user_id) => format!("; SELECT pg_advisory_xact_lock(hashtext('ai_admit:{user_id}'))"),
        None => String::new(),
    };
    conn.batch_execute(&format!("SET LOCAL synchronous_commit TO off{lock}"))
        .await
}

/// The outcome an admission wrote.
#[derive(QueryableByName)]
struct AdmittedAs {
    #[diesel(sql_type = diesel::sql_types::Text)]
    outcome: String,
}

/// A streamed generation admitted and not yet sent to the provider.
pub struct Admission {
    gateway: AiGateway,
    /// The admitted row; None once opened.
    id: Option<Uuid>,
    user_id: Option<Uuid>,
    purpose: super::Purpose,
}

impl Admission {
    /// Sends the generation to the provider; `request` is for the purpose
    /// it was admitted for.
    pub async fn open(mut self, request: &Request) -> Result<GenerationStream, AiError> {
        let Some(id) = self.id.take() else {
            return Err(AiError::Unavailable("the generation was opened already".into()));
        };
        let gateway = &self.gateway;
        debug_assert_eq!(
            request.purpose, self.purpose,
            "opened for the purpose it was admitted for"
        );
        let started = Instant::now();
        let mut record = gateway.record_of(self.user_id, self.purpose);
        match gateway.provider.stream(request).await {
            Ok(inner) => Ok(GenerationStream {
                inner,
                pool: gateway.pool.clone(),
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
                store(gateway.pool.clone(), id, record).await;
                Err(err)
            }
        }
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            let mut record = self.gateway.record_of(self.user_id, self.purpose);
            record.outcome = Outcome::Cancelled;
            if let Ok(handle) = tokio::runtime::Handle::try_current() {
                handle.spawn(store(self.gateway.pool.clone(), id, record));
            }
        }
    }
}

/// Counts a finished generation's tokens and cost.
fn observe(record: &Record) {
    crate::metrics::ai_generation(
        record.purpose,
        &record.model,
        record.usage.prompt_tokens.into(),
        record.usage.completion_tokens.into(),
        cost(record),
    );
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

/// Completes the admitted generation `id` with how it ended. When this
/// cannot be written the row stays pending and still counts against the
/// limit until it is an hour old.
async fn store(pool: Pool, id: Uuid, record: Record) {
    observe(&record);
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

/// A generation's row as admitted (or refused).
#[derive(Insertable)]
#[diesel(table_name = ai_generations)]
struct NewGeneration<'a> {
    id: Uuid,
    user_id: Option<Uuid>,
    purpose: &'a str,
    provider: &'a str,
    model: &'a str,
    prompt_tokens: i32,
    completion_tokens: i32,
    latency_ms: i32,
    cost_usd: f64,
    outcome: &'a str,
    error: Option<&'a str>,
}

fn row(id: Uuid, record: &Record, outcome: Outcome) -> NewGeneration<'_> {
    NewGeneration {
        id,
        user_id: record.user_id,
        purpose: record.purpose,
        provider: record.provider,
        model: &record.model,
        prompt_tokens: clamp_i32(record.usage.prompt_tokens.into()),
        completion_tokens: clamp_i32(record.usage.completion_tokens.into()),
        latency_ms: clamp_i32(record.latency.as_millis()),
        cost_usd: cost(record),
        outcome: outcome.as_str(),
        error: record.error.as_deref(),
    }
}

/// [`store`] for several generations in one statement; the admitted rows of
/// generations never sent (`unsent`) are removed.
async fn store_each(pool: &Pool, ended: &[(Uuid, Record)], unsent: &[Uuid]) -> Result<(), String> {
    use diesel::sql_types::{Array, Float8, Int4, Nullable, Text};
    if ended.is_empty() && unsent.is_empty() {
        return Ok(());
    }
    for (_, record) in ended {
        observe(record);
    }
    let column = |f: &dyn Fn(&Record) -> i32| ended.iter().map(|(_, r)| f(r)).collect::<Vec<i32>>();
    let mut conn = pool.get().await.map_err(|e| e.to_string())?;
    diesel::sql_query(
        "WITH unsent AS (DELETE FROM ai_generations WHERE id = ANY($8))
         UPDATE ai_generations g SET prompt_tokens = e.prompt_tokens, completion_tokens = e.completion_tokens,
             latency_ms = e.latency_ms, cost_usd = e.cost_usd, outcome = e.outcome, error = e.error
         FROM unnest($1::uuid[], $2::int4[], $3::int4[], $4::int4[], $5::float8[], $6::text[], $7::text[])
             AS e(id, prompt_tokens, completion_tokens, latency_ms, cost_usd, outcome, error)
         WHERE g.id = e.id",
    )
    .bind::<Array<SqlUuid>, _>(ended.iter().map(|(id, _)| *id).collect::<Vec<_>>())
    .bind::<Array<Int4>, _>(column(&|r| clamp_i32(r.usage.prompt_tokens.into())))
    .bind::<Array<Int4>, _>(column(&|r| clamp_i32(r.usage.completion_tokens.into())))
    .bind::<Array<Int4>, _>(column(&|r| clamp_i32(r.latency.as_millis())))
    .bind::<Array<Float8>, _>(ended.iter().map(|(_, r)| cost(r)).collect::<Vec<_>>())
    .bind::<Array<Text>, _>(ended.iter().map(|(_, r)| r.outcome.as_str()).collect::<Vec<_>>())
    .bind::<Array<Nullable<Text>>, _>(ended.iter().map(|(_, r)| r.error.clone()).collect::<Vec<_>>())
    .bind::<Array<SqlUuid>, _>(unsent.to_vec())
    .execute(&mut conn)
    .await
    .map(drop)
    .map_err(|e| e.to_string())
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
