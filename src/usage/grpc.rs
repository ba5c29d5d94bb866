//! The tonic layer of `kith.usage.v1`: validate and convert, call the
//! repository or the ingest path, convert back.

use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use diesel_async::AsyncPgConnection;
use tonic::{Request, Response, Status, Streaming};
use uuid::Uuid;

use super::detection;
use super::error::UsageError;
use super::goals::{self, GoalKind, GoalPeriod, GoalTarget};
use super::ingest::CopyPool;
use super::model::{Counts, MAX_UNARY_BATCH, MAX_UPLOAD_ID_CHARS};
use super::patterns::PatternKind;
use super::repo::{self, Span};
use super::upload::{self, own_devices, AfterUpload};
use crate::apps::catalogue::{self, ReportedApp};
use crate::auth::Caller;
use crate::error::{DbError, FieldViolations};
use crate::identity::clock::UserClock;
use crate::proto::apps::v1 as apps_pb;
use crate::proto::timestamp;
use crate::proto::usage::v1 as pb;
use crate::request::{self, MaskPath, Page, Text};
use crate::state::AppState;

pub use pb::usage_service_server::UsageServiceServer;

/// The longest range a summary or list may span.
const MAX_RANGE_DAYS: i64 = 366;

#[derive(Clone)]
pub struct UsageGrpc {
    state: Arc<AppState>,
    /// Plain connections for COPY-based ingest, which diesel-async lacks.
    copy: CopyPool,
    after_upload: AfterUpload,
}

impl UsageGrpc {
    pub fn new(state: Arc<AppState>, after_upload: AfterUpload) -> Self {
        let copy = super::ingest::lazy_copy_pool(&state.config);
        Self {
            state,
            copy,
            after_upload,
        }
    }

    async fn conn(&self) -> Result<crate::db::Conn<'_>, UsageError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

type Result<T, E = UsageError> = std::result::Result<T, E>;

/// The caller's devices, or just `device` when given (NOT_FOUND unless theirs).
async fn devices_in_scope(conn: &mut AsyncPgConnection, user_id: Uuid, device: Option<Uuid>) -> Result<Vec<Uuid>> {
    let own = own_devices(conn, user_id).await?;
    match device {
        Some(id) if own.contains(&id) => Ok(vec![id]),
        Some(_) => Err(UsageError::DeviceNotFound),
        None => Ok(own.into_iter().collect()),
    }
}

async fn clock(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<UserClock> {
    Ok(crate::identity::clock::clock(conn, user_id).await?)
}

fn day_range(v: &mut FieldViolations, range: &Option<pb::DayRange>) -> Option<(NaiveDate, NaiveDate)> {
    let Some(range) = range else {
        v.add("range", "is required");
        return None;
    };
    let start = request::day(v, "range.start_day", &range.start_day);
    let end = request::day(v, "range.end_day", &range.end_day);
    let (start, end) = (start?, end?);
    if end < start {
        v.add("range.end_day", "must not be before start_day");
        return None;
    }
    if (end - start).num_days() >= MAX_RANGE_DAYS {
        v.add("range", format!("must span at most {MAX_RANGE_DAYS} days"));
        return None;
    }
    Some((start, end))
}

fn usage_totals(days: &[repo::DayTotalRow]) -> pb::UsageTotals {
    days.iter().fold(pb::UsageTotals::default(), |mut t, d| {
        t.screen_time_ms += d.screen_time_ms;
        t.unlocks += d.unlocks;
        t.pickups += d.pickups;
        t.notifications += d.notifications;
        t.app_time_ms += d.app_time_ms;
        t
    })
}

fn goal_message(row: repo::GoalRow, bundle_id: Option<String>) -> pb::Goal {
    pb::Goal {
        id: row.id.to_string(),
        kind: pb::GoalKind::from(row.kind()) as i32,
        target: row.target,
        period: pb::GoalPeriod::from(row.period()) as i32,
        bundle_id: bundle_id.unwrap_or_default(),
        category: row
            .category
            .as_deref()
            .map_or(apps_pb::AppCategory::Unspecified, catalogue::category_from_code) as i32,
        is_active: row.is_active,
        create_time: Some(timestamp(row.created_at)),
        update_time: Some(timestamp(row.updated_at)),
    }
}

async fn goal_with_bundle(conn: &mut AsyncPgConnection, row: repo::GoalRow) -> Result<pb::Goal> {
    let bundle = match row.app_id {
        Some(app) => catalogue::bundle_ids(conn, &[app]).await?.remove(&app),
        None => None,
    };
    Ok(goal_message(row, bundle))
}

fn pattern_message(row: repo::PatternRow) -> pb::Pattern {
    let metadata = row
        .metadata
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
                .collect()
        })
        .unwrap_or_default();
    pb::Pattern {
        id: row.id.to_string(),
        kind: PatternKind::from_stored(&row.kind).map_or(pb::PatternKind::Unspecified, pb::PatternKind::from) as i32,
        severity: row.severity,
        confidence: row.confidence,
        detected_at: Some(timestamp(row.detected_at)),
        resolved_at: row.resolved_at.map(timestamp),
        metadata,
    }
}

fn not_found(err: DbError, missing: UsageError) -> UsageError {
    match err {
        DbError::NotFound => missing,
        other => other.into(),
    }
}

#[tonic::async_trait]
impl pb::usage_service_server::UsageService for UsageGrpc {
    async fn upload_usage(
        &self,
        request: Request<Streaming<pb::UploadUsageRequest>>,
    ) -> Result<Response<pb::UploadUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut stream = request.into_inner();
        Ok(Response::new(
            upload::upload(&self.state, &self.copy, self.after_upload, caller, &mut stream).await?,
        ))
    }

    async fn get_upload_status(
        &self,
        request: Request<pb::GetUploadStatusRequest>,
    ) -> Result<Response<pb::GetUploadStatusResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        if request::required(&mut v, "upload_id", &r.upload_id) {
            request::text(&mut v, "upload_id", &r.upload_id, MAX_UPLOAD_ID_CHARS, Text::Line);
        }
        v.into_result().map_err(UsageError::from)?;
        let mut conn = self.conn().await?;
        let row = repo::upload(&mut conn, caller.user_id, &r.upload_id)
            .await
            .map_err(|e| not_found(e, UsageError::UploadNotFound))?;
        Ok(Response::new(pb::GetUploadStatusResponse {
            upload_id: row.upload_id,
            last_batch_index: row.last_batch_index,
            counts: Some(
                Counts {
                    received: row.received,
                    inserted: row.inserted,
                    updated: row.updated,
                    unchanged: row.unchanged,
                    rejected: row.rejected,
                }
                .into(),
            ),
            update_time: Some(timestamp(row.updated_at)),
        }))
    }

    async fn batch_create_usage(
        &self,
        request: Request<pb::BatchCreateUsageRequest>,
    ) -> Result<Response<pb::BatchCreateUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        if r.records.len() > MAX_UNARY_BATCH {
            let mut v = FieldViolations::new();
            v.add(
                "records",
                format!("at most {MAX_UNARY_BATCH} records a call; use UploadUsage for more"),
            );
            return Err(UsageError::from(v).into());
        }
        let (counts, rejections) =
            upload::store_unary(&self.state, &self.copy, self.after_upload, caller, &r.records).await?;
        Ok(Response::new(pb::BatchCreateUsageResponse {
            counts: Some(counts.into()),
            rejections,
        }))
    }

    async fn record_usage(
        &self,
        request: Request<pb::RecordUsageRequest>,
    ) -> Result<Response<pb::RecordUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let record = r.record.unwrap_or_default();
        let (counts, rejections) = upload::store_unary(
            &self.state,
            &self.copy,
            self.after_upload,
            caller,
            std::slice::from_ref(&record),
        )
        .await?;
        if let Some(rejected) = rejections.first() {
            let mut v = FieldViolations::new();
            v.add(format!("record.{}", rejected.field), rejected.reason.clone());
            return Err(UsageError::from(v).into());
        }
        Ok(Response::new(pb::RecordUsageResponse {
            counts: Some(counts.into()),
        }))
    }

    async fn list_usage(
        &self,
        request: Request<pb::ListUsageRequest>,
    ) -> Result<Response<pb::ListUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let range = day_range(&mut v, &r.range);
        let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
        let bundle = request::optional_text(&mut v, "bundle_id", &r.bundle_id, 255);
        let scope = format!(
            "ListUsage|{}|{:?}|{:?}|{}",
            caller.user_id, r.range, r.device_id, r.bundle_id
        );
        let page = Page::<repo::SessionKey>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let (Some((start, end)), Some(page)) = (range, page.filter(|_| v.is_empty())) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let ids = devices_in_scope(&mut conn, caller.user_id, device).await?;
        let devices = repo::Devices::of(caller.user_id, &ids);
        let tz = clock(&mut conn, caller.user_id).await?;
        let span = Span {
            start,
            end,
            timezone: tz.name(),
        };
        let mut rows = repo::list_sessions(&mut conn, devices, span, bundle.as_deref(), page.after, page.fetch())
            .await
            .map_err(UsageError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |s| {
            (s.started_at, s.device_id, s.app_id)
        });
        let sessions = rows
            .into_iter()
            .map(|s| pb::StoredAppSession {
                device_id: s.device_id.to_string(),
                app: Some(catalogue::app_message(
                    s.app_id,
                    s.bundle_id,
                    s.name,
                    &s.category,
                    &s.default_personality,
                    s.app_created_at,
                )),
                start_time: Some(timestamp(s.started_at)),
                duration_ms: i64::from(s.duration_ms),
                launches: s.launches,
                notifications: s.notifications,
            })
            .collect();
        Ok(Response::new(pb::ListUsageResponse {
            sessions,
            next_page_token,
        }))
    }

    async fn list_daily_usage(
        &self,
        request: Request<pb::ListDailyUsageRequest>,
    ) -> Result<Response<pb::ListDailyUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let range = day_range(&mut v, &r.range);
        let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
        let scope = format!("ListDailyUsage|{}|{:?}|{:?}", caller.user_id, r.range, r.device_id);
        let page = Page::<(NaiveDate, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let (Some((start, end)), Some(page)) = (range, page.filter(|_| v.is_empty())) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let ids = devices_in_scope(&mut conn, caller.user_id, device).await?;
        let devices = repo::Devices::of(caller.user_id, &ids);
        let span = Span {
            start,
            end,
            timezone: "UTC",
        };
        let mut rows = repo::list_daily(&mut conn, devices, span, page.after, page.fetch())
            .await
            .map_err(UsageError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |d| (d.day, d.device_id));
        let days = rows
            .into_iter()
            .map(|d| pb::DailyDeviceUsage {
                device_id: d.device_id.to_string(),
                day: d.day.to_string(),
                screen_time_ms: d.screen_time_ms,
                unlocks: d.unlocks,
                pickups: d.pickups,
                notifications: d.notifications,
                first_pickup_time: d
                    .first_pickup_time
                    .map(|t| t.format("%H:%M:%S").to_string())
                    .unwrap_or_default(),
            })
            .collect();
        Ok(Response::new(pb::ListDailyUsageResponse { days, next_page_token }))
    }

    async fn get_usage_summary(
        &self,
        request: Request<pb::GetUsageSummaryRequest>,
    ) -> Result<Response<pb::GetUsageSummaryResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let range = day_range(&mut v, &r.range);
        let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
        let Some((start, end)) = range.filter(|_| v.is_empty()) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let ids = devices_in_scope(&mut conn, caller.user_id, device).await?;
        let devices = repo::Devices::of(caller.user_id, &ids);
        let tz = clock(&mut conn, caller.user_id).await?;
        let span = Span {
            start,
            end,
            timezone: tz.name(),
        };
        let length = (end - start).num_days() + 1;
        let previous = Span {
            start: start - Duration::days(length),
            end: start - Duration::days(1),
            timezone: tz.name(),
        };
        let days = repo::day_totals(&mut conn, devices, span)
            .await
            .map_err(UsageError::from)?;
        let before = repo::day_totals(&mut conn, devices, previous)
            .await
            .map_err(UsageError::from)?;
        let categories = repo::category_totals(&mut conn, devices, span)
            .await
            .map_err(UsageError::from)?;
        let totals = usage_totals(&days);
        let previous_totals = usage_totals(&before);
        let change = if previous_totals.screen_time_ms > 0 {
            (totals.screen_time_ms - previous_totals.screen_time_ms) as f64 * 100.0
                / previous_totals.screen_time_ms as f64
        } else {
            0.0
        };
        Ok(Response::new(pb::GetUsageSummaryResponse {
            days: days
                .into_iter()
                .map(|d| pb::DayTotal {
                    day: d.day.to_string(),
                    screen_time_ms: d.screen_time_ms,
                    unlocks: d.unlocks as i32,
                    pickups: d.pickups as i32,
                    notifications: d.notifications as i32,
                    app_time_ms: d.app_time_ms,
                })
                .collect(),
            categories: categories
                .into_iter()
                .map(|c| pb::CategoryTotal {
                    category: catalogue::category_from_code(&c.category) as i32,
                    app_time_ms: c.app_time_ms,
                    launches: c.launches,
                })
                .collect(),
            totals: Some(totals),
            previous_totals: Some(previous_totals),
            screen_time_change_percent: change,
        }))
    }

    async fn list_top_apps(
        &self,
        request: Request<pb::ListTopAppsRequest>,
    ) -> Result<Response<pb::ListTopAppsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let range = day_range(&mut v, &r.range);
        let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
        let limit = match r.limit {
            n if n < 0 => {
                v.add("limit", "must not be negative");
                0
            }
            0 => 10,
            n => i64::from(n.min(100)),
        };
        let by_launches = match pb::TopAppsOrder::try_from(r.order) {
            Ok(pb::TopAppsOrder::Launches) => true,
            Ok(_) => false,
            Err(_) => {
                v.add("order", "is not a known order");
                false
            }
        };
        let Some((start, end)) = range.filter(|_| v.is_empty()) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let ids = devices_in_scope(&mut conn, caller.user_id, device).await?;
        let devices = repo::Devices::of(caller.user_id, &ids);
        let tz = clock(&mut conn, caller.user_id).await?;
        let span = Span {
            start,
            end,
            timezone: tz.name(),
        };
        let rows = repo::top_apps(&mut conn, devices, span, by_launches, limit)
            .await
            .map_err(UsageError::from)?;
        let apps = rows
            .into_iter()
            .map(|t| pb::TopApp {
                app: Some(catalogue::app_message(
                    t.app_id,
                    t.bundle_id,
                    t.name,
                    &t.category,
                    &t.default_personality,
                    t.created_at,
                )),
                app_time_ms: t.app_time_ms,
                launches: t.launches,
                sessions: t.sessions,
            })
            .collect();
        Ok(Response::new(pb::ListTopAppsResponse { apps }))
    }

    async fn list_patterns(
        &self,
        request: Request<pb::ListPatternsRequest>,
    ) -> Result<Response<pb::ListPatternsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let kind = v
            .check(
                "kind",
                PatternKind::optional(r.kind).map_err(|_| "is not a known pattern kind"),
            )
            .flatten()
            .map(PatternKind::as_str);
        let scope = format!("ListPatterns|{}|{:?}|{}", caller.user_id, kind, r.include_resolved);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let mut rows = repo::list_patterns(
            &mut conn,
            caller.user_id,
            kind,
            r.include_resolved,
            page.after,
            page.fetch(),
        )
        .await
        .map_err(UsageError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |p| p.id);
        Ok(Response::new(pb::ListPatternsResponse {
            patterns: rows.into_iter().map(pattern_message).collect(),
            next_page_token,
        }))
    }

    async fn resolve_pattern(
        &self,
        request: Request<pb::ResolvePatternRequest>,
    ) -> Result<Response<pb::ResolvePatternResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let Some(id) = request::uuid(&mut v, "pattern_id", &r.pattern_id) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let row = repo::resolve_pattern(&mut conn, caller.user_id, id)
            .await
            .map_err(|e| not_found(e, UsageError::PatternNotFound))?;
        Ok(Response::new(pb::ResolvePatternResponse {
            pattern: Some(pattern_message(row)),
        }))
    }

    async fn detect_patterns(
        &self,
        request: Request<pb::DetectPatternsRequest>,
    ) -> Result<Response<pb::DetectPatternsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = self.conn().await?;
        let tz = clock(&mut conn, caller.user_id).await?;
        let today = tz.today();
        // Calls within a minute share one job.
        let job = detection::on_demand(caller.user_id, today);
        let key = job.unique_key.clone().unwrap_or_default();
        let id = match crate::jobs::enqueue(&mut conn, job).await.map_err(UsageError::from)? {
            Some(id) => id,
            None => {
                crate::jobs::queue::by_unique_key(&mut conn, &key)
                    .await
                    .map_err(UsageError::from)?
                    .id
            }
        };
        Ok(Response::new(pb::DetectPatternsResponse { job_id: id.to_string() }))
    }

    async fn create_goal(
        &self,
        request: Request<pb::CreateGoalRequest>,
    ) -> Result<Response<pb::CreateGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let goal = r.goal.unwrap_or_default();
        let mut v = FieldViolations::new();
        let request_id = request::request_id(&mut v, &r.request_id);
        let period = v.check(
            "goal.period",
            GoalPeriod::from_wire(goal.period).map_err(|_| "must be DAILY or WEEKLY"),
        );
        if goal.target <= 0 {
            v.add("goal.target", "must be greater than 0");
        }
        let kind = request::enum_value(&mut v, "goal.kind", goal.kind).unwrap_or(pb::GoalKind::Unspecified);
        let mut conn = self.conn().await?;
        let target = match kind {
            pb::GoalKind::DailyScreenTime => Some(GoalTarget::ScreenTime),
            pb::GoalKind::Unlocks => Some(GoalTarget::Unlocks),
            pb::GoalKind::CategoryLimit => {
                let category = apps_pb::AppCategory::try_from(goal.category)
                    .ok()
                    .and_then(catalogue::category_code);
                if category.is_none() {
                    v.add("goal.category", "is required for CATEGORY_LIMIT");
                }
                category.map(|code| GoalTarget::Category { code: code.to_owned() })
            }
            pb::GoalKind::AppLimit => {
                let bundle = goal.bundle_id.trim();
                if bundle.is_empty() || bundle.len() > 255 {
                    v.add("goal.bundle_id", "is required for APP_LIMIT (1 to 255 characters)");
                    None
                } else if !request::text(&mut v, "goal.bundle_id", bundle, 255, Text::Line) || !v.is_empty() {
                    // Nothing is added to the catalogue for a request that fails.
                    None
                } else {
                    // A limit may name an app no device has reported yet.
                    let app = ReportedApp {
                        bundle_id: bundle.to_owned(),
                        name: String::new(),
                        category: None,
                    };
                    let limit = self.state.config.max_apps_per_user;
                    let (ids, _) = catalogue::ensure(&mut conn, caller.user_id, &[app], limit)
                        .await
                        .map_err(UsageError::from)?;
                    ids.get(bundle).map(|&app_id| GoalTarget::App { app_id })
                }
            }
            pb::GoalKind::Unspecified => {
                if goal.kind == 0 {
                    v.add("goal.kind", "must be set");
                }
                None
            }
        };
        let (Some(target), Some(period)) = (target, period.filter(|_| v.is_empty())) else {
            return Err(UsageError::from(v).into());
        };
        let (app_id, category) = match &target {
            GoalTarget::App { app_id } => (Some(*app_id), None),
            GoalTarget::Category { code } => (None, Some(code.as_str())),
            _ => (None, None),
        };
        let new = repo::NewGoal {
            id: Uuid::now_v7(),
            user_id: caller.user_id,
            kind: target.kind().as_str(),
            target: goal.target,
            period: period.as_str(),
            app_id,
            category,
            request_id: request_id.as_deref(),
        };
        let row = repo::create_goal(&mut conn, &new).await.map_err(UsageError::from)?;
        let goal = goal_with_bundle(&mut conn, row).await?;
        Ok(Response::new(pb::CreateGoalResponse { goal: Some(goal) }))
    }

    async fn get_goal(&self, request: Request<pb::GetGoalRequest>) -> Result<Response<pb::GetGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let id = goal_id(&request.into_inner().goal_id)?;
        let mut conn = self.conn().await?;
        let row = repo::goal(&mut conn, caller.user_id, id)
            .await
            .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
        let goal = goal_with_bundle(&mut conn, row).await?;
        Ok(Response::new(pb::GetGoalResponse { goal: Some(goal) }))
    }

    async fn list_goals(
        &self,
        request: Request<pb::ListGoalsRequest>,
    ) -> Result<Response<pb::ListGoalsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListGoals|{}|{:?}", caller.user_id, r.is_active);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let mut rows = repo::list_goals(&mut conn, caller.user_id, r.is_active, page.after, page.fetch())
            .await
            .map_err(UsageError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |g| g.id);
        let apps: Vec<Uuid> = rows.iter().filter_map(|g| g.app_id).collect();
        let mut bundles = catalogue::bundle_ids(&mut conn, &apps)
            .await
            .map_err(UsageError::from)?;
        let goals = rows
            .into_iter()
            .map(|g| {
                let bundle = g.app_id.and_then(|a| bundles.remove(&a));
                goal_message(g, bundle)
            })
            .collect();
        Ok(Response::new(pb::ListGoalsResponse { goals, next_page_token }))
    }

    async fn update_goal(
        &self,
        request: Request<pb::UpdateGoalRequest>,
    ) -> Result<Response<pb::UpdateGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let goal = r.goal.unwrap_or_default();
        let mut v = FieldViolations::new();
        let paths = request::update_mask(&mut v, r.update_mask);
        let id = request::uuid(&mut v, "goal.id", &goal.id);
        let mut changes = repo::GoalChanges::default();
        for path in &paths {
            match GoalPath::read(&mut v, path) {
                Some(GoalPath::Target) if goal.target > 0 => changes.target = Some(goal.target),
                Some(GoalPath::Target) => v.add("goal.target", "must be greater than 0"),
                Some(GoalPath::IsActive) => changes.is_active = Some(goal.is_active),
                None => {}
            }
        }
        let Some(id) = id.filter(|_| v.is_empty()) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let row = repo::update_goal(&mut conn, caller.user_id, id, &changes)
            .await
            .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
        let goal = goal_with_bundle(&mut conn, row).await?;
        Ok(Response::new(pb::UpdateGoalResponse { goal: Some(goal) }))
    }

    async fn delete_goal(
        &self,
        request: Request<pb::DeleteGoalRequest>,
    ) -> Result<Response<pb::DeleteGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let id = goal_id(&request.into_inner().goal_id)?;
        let mut conn = self.conn().await?;
        repo::delete_goal(&mut conn, caller.user_id, id)
            .await
            .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
        Ok(Response::new(pb::DeleteGoalResponse {}))
    }

    async fn get_goal_progress(
        &self,
        request: Request<pb::GetGoalProgressRequest>,
    ) -> Result<Response<pb::GetGoalProgressResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let id = request::uuid(&mut v, "goal_id", &r.goal_id);
        let history = match r.history_periods {
            0 => 7,
            n @ 1..=52 => n as usize,
            _ => {
                v.add("history_periods", "must be between 0 and 52");
                0
            }
        };
        let Some(id) = id.filter(|_| v.is_empty()) else {
            return Err(UsageError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let row = repo::goal(&mut conn, caller.user_id, id)
            .await
            .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
        let tz = clock(&mut conn, caller.user_id).await?;
        let today = tz.today();
        let periods = row.period().periods(today, history);
        let span = Span {
            start: periods.last().map_or(today, |p| p.0),
            end: periods[0].1,
            timezone: tz.name(),
        };
        let ids: Vec<Uuid> = own_devices(&mut conn, caller.user_id).await?.into_iter().collect();
        let devices = repo::Devices::of(caller.user_id, &ids);
        let daily: Vec<(NaiveDate, i64)> = match row.kind() {
            GoalKind::DailyScreenTime | GoalKind::Unlocks => {
                let unlocks = row.kind() == GoalKind::Unlocks;
                repo::day_totals(&mut conn, devices, span)
                    .await
                    .map_err(UsageError::from)?
                    .into_iter()
                    .map(|d| (d.day, if unlocks { d.unlocks } else { d.screen_time_ms }))
                    .collect()
            }
            GoalKind::AppLimit | GoalKind::CategoryLimit => {
                repo::app_time_by_day(&mut conn, devices, span, row.app_id, row.category.as_deref())
                    .await
                    .map_err(UsageError::from)?
            }
        };
        let (progress, streak) = goals::progress(&periods, &daily, row.target);
        let goal = goal_with_bundle(&mut conn, row).await?;
        Ok(Response::new(pb::GetGoalProgressResponse {
            goal: Some(goal),
            current: progress.first().map(Into::into),
            history: progress.iter().skip(1).map(Into::into).collect(),
            streak,
        }))
    }
}

/// What UpdateGoal changes.
#[derive(Debug, Clone, Copy)]
enum GoalPath {
    Target,
    IsActive,
}

impl MaskPath for GoalPath {
    const UPDATABLE: &'static [(&'static str, Self)] =
        &[("target", GoalPath::Target), ("is_active", GoalPath::IsActive)];
}

fn goal_id(raw: &str) -> Result<Uuid, Status> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, "goal_id", raw).ok_or_else(|| UsageError::from(v).into())
}
