//! `kith.personas.v1`: SurveyService (the owner's surveys, and the two
//! public methods friends answer through) and PersonaService.

use std::num::NonZeroU32;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use futures::Stream;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use tonic::{Code, Request, Response, Status};
use uuid::Uuid;

use super::model::{self, NewSurvey, PersonaQuery, PersonaStatus, Submission, SurveyLink, SurveyStatus};
use super::repo::{self, Answered, Persona, SurveyRow};
use super::PersonasError;
use crate::auth::Caller;
use crate::db::listen::WatcherSlots;
use crate::error::{status, DbError, FieldViolations};
use crate::proto::personas::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::persona_service_server::PersonaServiceServer;
pub use pb::survey_service_server::SurveyServiceServer;

/// Surveys one user may hold.
pub const MAX_SURVEYS: i64 = 100;

#[derive(Clone)]
pub struct PersonasGrpc {
    state: Arc<AppState>,
    watchers: Arc<WatcherSlots>,
    /// SubmitResponse calls per fingerprint (keyed hash), whatever the
    /// address: one browser cannot flood many surveys.
    fingerprints: Arc<DefaultKeyedRateLimiter<[u8; 32]>>,
    checks: Arc<AtomicU64>,
}

/// Fingerprints whose limit has recovered are forgotten every this many
/// answers, so new fingerprints cannot grow the limiter without bound.
const PRUNE_EVERY: u64 = 4096;

impl PersonasGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        let per_minute = NonZeroU32::new(state.config.personas.fingerprint_per_minute).unwrap_or(NonZeroU32::MIN);
        Self {
            watchers: WatcherSlots::new(state.config.notification_watchers_per_user),
            fingerprints: Arc::new(RateLimiter::keyed(Quota::per_minute(per_minute))),
            checks: Arc::new(AtomicU64::new(0)),
            state,
        }
    }

    /// One more answer from `fingerprint` this minute, if its limit allows.
    fn admit(&self, fingerprint: &str) -> Result<()> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.fingerprints.retain_recent();
            self.fingerprints.shrink_to_fit();
        }
        let key = super::limiter_fingerprint(&self.state.hash_key, fingerprint);
        self.fingerprints
            .check_key(&key)
            .map_err(|_| PersonasError::FingerprintLimited)
    }

    async fn conn(&self) -> Result<crate::db::Conn<'_>, PersonasError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

type Result<T, E = PersonasError> = std::result::Result<T, E>;

fn id(field: &str, raw: &str) -> Result<Uuid> {
    let mut v = FieldViolations::new();
    let id = request::uuid(&mut v, field, raw);
    v.into_result()?;
    Ok(id.unwrap_or_default())
}

fn missing(missing: PersonasError) -> impl FnOnce(DbError) -> PersonasError {
    move |e| PersonasError::or_missing(e, missing)
}

fn survey_message(s: SurveyRow) -> pb::Survey {
    let status = SurveyStatus::from_stored(&s.status).map_or(0, |s| pb::SurveyStatus::from(s) as i32);
    pb::Survey {
        id: s.id.to_string(),
        questions: s.questions().iter().map(pb::Question::from).collect(),
        title: s.title,
        slug: s.slug,
        status,
        min_responses: s.min_responses,
        response_count: s.response_count,
        create_time: Some(timestamp(s.created_at)),
        update_time: Some(timestamp(s.updated_at)),
    }
}

/// The persona as sent, with `status` (a watch sends each event's).
fn persona_message((p, has_illustration): Persona, status: PersonaStatus) -> pb::Persona {
    pb::Persona {
        id: p.id.to_string(),
        survey_id: p.survey_id.to_string(),
        status: pb::PersonaStatus::from(status) as i32,
        traits: (p.traits().into_iter())
            .map(|t| pb::Trait {
                name: t.name,
                score: t.score,
            })
            .collect(),
        name: p.name,
        description: p.description,
        responses_used: p.responses_used,
        generation: p.generation,
        last_error: p.last_error,
        has_illustration,
        update_time: Some(timestamp(p.updated_at)),
    }
}

fn current(persona: Persona) -> pb::Persona {
    let status = persona.0.status();
    persona_message(persona, status)
}

#[tonic::async_trait]
impl pb::survey_service_server::SurveyService for PersonasGrpc {
    async fn create_survey(
        &self,
        request: Request<pb::CreateSurveyRequest>,
    ) -> Result<Response<pb::CreateSurveyResponse>, Status> {
        let caller = Caller::of(&request)?;
        let new = NewSurvey::try_from(request.get_ref()).map_err(PersonasError::from)?;
        let mut conn = self.conn().await?;
        let (survey, persona) = conn
            .transaction::<_, PersonasError, _>(async |conn| {
                // Counted under the user's surveys' lock: two calls at once
                // cannot both pass the cap.
                if repo::lock_and_count_surveys(conn, caller.user_id).await? >= MAX_SURVEYS {
                    return Err(PersonasError::TooManySurveys);
                }
                Ok(repo::create_survey(conn, caller.user_id, &new, &super::new_slug()).await?)
            })
            .await?;
        tracing::info!(survey_id = %survey.id, questions = new.questions.len(), "survey created");
        Ok(Response::new(pb::CreateSurveyResponse {
            survey: Some(survey_message(survey)),
            persona: Some(current((persona, false))),
        }))
    }

    async fn get_survey(
        &self,
        request: Request<pb::GetSurveyRequest>,
    ) -> Result<Response<pb::GetSurveyResponse>, Status> {
        let caller = Caller::of(&request)?;
        let survey_id = id("survey_id", &request.get_ref().survey_id)?;
        let mut conn = self.conn().await?;
        let survey = (repo::survey(&mut conn, caller.user_id, survey_id).await)
            .map_err(missing(PersonasError::SurveyNotFound))?;
        Ok(Response::new(pb::GetSurveyResponse {
            survey: Some(survey_message(survey)),
        }))
    }

    async fn list_surveys(
        &self,
        request: Request<pb::ListSurveysRequest>,
    ) -> Result<Response<pb::ListSurveysResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListSurveys|{}", caller.user_id);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        v.into_result().map_err(PersonasError::from)?;
        let Some(page) = page else { unreachable!("checked") };
        let mut conn = self.conn().await?;
        let mut rows = repo::list_surveys(&mut conn, caller.user_id, page.after, page.fetch())
            .await
            .map_err(PersonasError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |s| (s.created_at, s.id));
        Ok(Response::new(pb::ListSurveysResponse {
            surveys: rows.into_iter().map(survey_message).collect(),
            next_page_token,
        }))
    }

    async fn close_survey(
        &self,
        request: Request<pb::CloseSurveyRequest>,
    ) -> Result<Response<pb::CloseSurveyResponse>, Status> {
        let caller = Caller::of(&request)?;
        let survey_id = id("survey_id", &request.get_ref().survey_id)?;
        let mut conn = self.conn().await?;
        let survey = (repo::close_survey(&mut conn, caller.user_id, survey_id).await)
            .map_err(missing(PersonasError::SurveyNotFound))?;
        Ok(Response::new(pb::CloseSurveyResponse {
            survey: Some(survey_message(survey)),
        }))
    }

    async fn delete_survey(
        &self,
        request: Request<pb::DeleteSurveyRequest>,
    ) -> Result<Response<pb::DeleteSurveyResponse>, Status> {
        let caller = Caller::of(&request)?;
        let survey_id = id("survey_id", &request.get_ref().survey_id)?;
        let mut conn = self.conn().await?;
        if !repo::delete_survey(&mut conn, caller.user_id, survey_id)
            .await
            .map_err(PersonasError::from)?
        {
            return Err(PersonasError::SurveyNotFound.into());
        }
        tracing::info!(%survey_id, "survey deleted");
        Ok(Response::new(pb::DeleteSurveyResponse {}))
    }

    async fn list_responses(
        &self,
        request: Request<pb::ListResponsesRequest>,
    ) -> Result<Response<pb::ListResponsesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let survey_id = request::uuid(&mut v, "survey_id", &r.survey_id);
        let scope = format!("ListResponses|{}|{}", caller.user_id, r.survey_id);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        v.into_result().map_err(PersonasError::from)?;
        let (Some(survey_id), Some(page)) = (survey_id, page) else {
            unreachable!("checked")
        };
        let mut conn = self.conn().await?;
        (repo::survey(&mut conn, caller.user_id, survey_id).await).map_err(missing(PersonasError::SurveyNotFound))?;
        let mut rows = repo::list_responses(&mut conn, survey_id, page.after, page.fetch())
            .await
            .map_err(PersonasError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |r| (r.created_at, r.id));
        Ok(Response::new(pb::ListResponsesResponse {
            responses: (rows.iter())
                .map(|r| pb::SurveyResponse {
                    id: r.id.to_string(),
                    answers: r.answers().iter().map(pb::Answer::from).collect(),
                    create_time: Some(timestamp(r.created_at)),
                })
                .collect(),
            next_page_token,
        }))
    }

    async fn get_public_survey(
        &self,
        request: Request<pb::GetPublicSurveyRequest>,
    ) -> Result<Response<pb::GetPublicSurveyResponse>, Status> {
        let SurveyLink { slug } = SurveyLink::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let survey = (repo::open_survey(&mut conn, &slug).await).map_err(missing(PersonasError::SlugNotFound))?;
        Ok(Response::new(pb::GetPublicSurveyResponse {
            survey: Some(pb::PublicSurvey {
                questions: survey.questions().iter().map(pb::Question::from).collect(),
                title: survey.title,
            }),
        }))
    }

    async fn submit_response(
        &self,
        request: Request<pb::SubmitResponseRequest>,
    ) -> Result<Response<pb::SubmitResponseResponse>, Status> {
        // Sizes first, before any other work.
        let Submission {
            slug,
            fingerprint,
            answers,
        } = Submission::try_from(request.into_inner())?;
        self.admit(&fingerprint)?;
        let key = &self.state.hash_key;
        let mut conn = self.conn().await?;
        let survey = (repo::open_survey(&mut conn, &slug).await).map_err(missing(PersonasError::SlugNotFound))?;
        let answers = model::check_answers(&survey.questions(), &answers).map_err(PersonasError::from)?;
        let hashed = super::survey_fingerprint(key, survey.id, &fingerprint);
        let attempts = self.state.config.personas.step_attempts;
        let started = conn
            .transaction::<_, PersonasError, _>(async |conn| {
                let (count, min) = match repo::store_response(conn, survey.id, &hashed, &answers).await? {
                    Answered::Stored { count, min } => (count, min),
                    Answered::Again => return Err(PersonasError::AlreadyAnswered),
                    Answered::Closed => return Err(PersonasError::SlugNotFound),
                };
                if count < min {
                    return Ok(false);
                }
                let (persona, _) = repo::persona_of(conn, survey.user_id, Some(survey.id)).await?;
                if persona.status() != PersonaStatus::Pending {
                    return Ok(false);
                }
                super::saga::start(conn, &persona, attempts).await?;
                Ok(true)
            })
            .await?;
        tracing::info!(survey_id = %survey.id, saga_started = started, "survey answered");
        Ok(Response::new(pb::SubmitResponseResponse {}))
    }
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<pb::WatchPersonaResponse, Status>> + Send>>;

#[tonic::async_trait]
impl pb::persona_service_server::PersonaService for PersonasGrpc {
    async fn get_my_persona(
        &self,
        request: Request<pb::GetMyPersonaRequest>,
    ) -> Result<Response<pb::GetMyPersonaResponse>, Status> {
        let caller = Caller::of(&request)?;
        let PersonaQuery { survey_id } = PersonaQuery::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let persona = (repo::persona_of(&mut conn, caller.user_id, survey_id).await)
            .map_err(missing(PersonasError::PersonaNotFound))?;
        Ok(Response::new(pb::GetMyPersonaResponse {
            persona: Some(current(persona)),
        }))
    }

    type WatchPersonaStream = WatchStream;

    async fn watch_persona(&self, request: Request<pb::WatchPersonaRequest>) -> Result<Response<WatchStream>, Status> {
        let caller = Caller::of(&request)?;
        let persona_id = id("persona_id", &request.get_ref().persona_id)?;
        let slot = self.watchers.take(caller.user_id).ok_or_else(|| {
            status(
                Code::ResourceExhausted,
                "TOO_MANY_WATCHERS",
                format!(
                    "at most {} WatchPersona streams may be open at once",
                    self.watchers.per_user()
                ),
            )
        })?;
        // Subscribed before the first read, so a change after it still
        // wakes the watch.
        let changes = self.state.listener.subscribe(repo::CHANNEL).await;
        let after = {
            let mut conn = self.conn().await?;
            (repo::persona(&mut conn, caller.user_id, persona_id).await)
                .map_err(missing(PersonasError::PersonaNotFound))?;
            // The latest event is sent first: the persona as it is now.
            repo::last_event(&mut conn, persona_id)
                .await
                .map_err(PersonasError::from)?
                - 1
        };
        let (tx, rx) = tokio::sync::mpsc::channel(8);
        let watch = super::watch::Watch {
            pool: self.state.pool.clone(),
            user_id: caller.user_id,
            persona_id,
            changes,
            after,
            slot,
            tx,
        };
        tokio::spawn(watch.run(|persona, status| {
            Ok(pb::WatchPersonaResponse {
                persona: Some(persona_message(persona, status)),
            })
        }));
        Ok(Response::new(Box::pin(tokio_stream::wrappers::ReceiverStream::new(rx))))
    }

    async fn regenerate_persona(
        &self,
        request: Request<pb::RegeneratePersonaRequest>,
    ) -> Result<Response<pb::RegeneratePersonaResponse>, Status> {
        let caller = Caller::of(&request)?;
        let persona_id = id("persona_id", &request.get_ref().persona_id)?;
        let attempts = self.state.config.personas.step_attempts;
        let mut conn = self.conn().await?;
        let persona = conn
            .transaction::<_, PersonasError, _>(async |conn| {
                let (persona, _) = (repo::persona(conn, caller.user_id, persona_id).await)
                    .map_err(missing(PersonasError::PersonaNotFound))?;
                let survey = repo::survey(conn, caller.user_id, persona.survey_id).await?;
                if survey.response_count < survey.min_responses {
                    return Err(PersonasError::TooFewResponses {
                        have: survey.response_count,
                        need: survey.min_responses,
                    });
                }
                let restarted = repo::restart(conn, caller.user_id, persona_id).await?;
                let restarted = restarted.ok_or(PersonasError::RunInProgress)?;
                super::saga::start(conn, &restarted, attempts).await?;
                Ok(repo::persona(conn, caller.user_id, persona_id).await?)
            })
            .await?;
        tracing::info!(%persona_id, generation = persona.0.generation, "persona regenerating");
        Ok(Response::new(pb::RegeneratePersonaResponse {
            persona: Some(current(persona)),
        }))
    }

    async fn get_persona_card(
        &self,
        request: Request<pb::GetPersonaCardRequest>,
    ) -> Result<Response<pb::GetPersonaCardResponse>, Status> {
        let caller = Caller::of(&request)?;
        let persona_id = id("persona_id", &request.get_ref().persona_id)?;
        let (persona, survey, stored) = {
            let mut conn = self.conn().await?;
            let (persona, _) = (repo::persona(&mut conn, caller.user_id, persona_id).await)
                .map_err(missing(PersonasError::PersonaNotFound))?;
            if persona.status() != PersonaStatus::Ready {
                return Err(PersonasError::NotReady.into());
            }
            let survey = repo::survey(&mut conn, caller.user_id, persona.survey_id)
                .await
                .map_err(PersonasError::from)?;
            let stored = repo::illustration(&mut conn, persona.id)
                .await
                .map_err(PersonasError::from)?;
            (persona, survey, stored)
        };
        let illustration = match (
            stored,
            &persona.illustration_file,
            &self.state.config.personas.image_dir,
        ) {
            (Some(bytes), _, _) => Some(bytes),
            (None, Some(name), Some(dir)) => super::images::read(dir, name).await,
            _ => None,
        };
        // Drawing is CPU work: off the async threads.
        let png = tokio::task::spawn_blocking(move || {
            let traits = persona.traits();
            let borrowed: Vec<(&str, i32)> = traits.iter().map(|t| (t.name.as_str(), t.score)).collect();
            super::card::draw(&super::card::Card {
                name: &persona.name,
                traits: &borrowed,
                response_count: survey.response_count,
                illustration: illustration.as_deref(),
            })
        })
        .await
        .map_err(|e| Status::internal(format!("drawing the card failed: {e}")))?;
        Ok(Response::new(pb::GetPersonaCardResponse {
            png,
            width: super::card::WIDTH as i32,
            height: super::card::HEIGHT as i32,
        }))
    }
}
