//! Reads of recorded usage: sessions, daily rows, summaries, top apps.

use chrono::{Duration, NaiveDate};
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::*;
use crate::apps::catalogue;
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::timestamp;
use crate::proto::usage::v1 as pb;
use crate::request::{self, Page};
use crate::usage::error::UsageError;
use crate::usage::model::{day_range, SummaryQuery, TopAppsQuery};
use crate::usage::repo::{self, Span};

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

pub(super) async fn list_usage(
    grpc: &UsageGrpc,
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
    let page = Page::<repo::SessionKey>::parse(&mut v, &grpc.state.page_tokens, scope, r.page_size, &r.page_token);
    let (Some((start, end)), Some(page)) = (range, page.filter(|_| v.is_empty())) else {
        return Err(UsageError::from(v).into());
    };
    let mut conn = grpc.conn().await?;
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
    let next_page_token = page.finish(&grpc.state.page_tokens, &mut rows, |s| {
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

pub(super) async fn list_daily_usage(
    grpc: &UsageGrpc,
    request: Request<pb::ListDailyUsageRequest>,
) -> Result<Response<pb::ListDailyUsageResponse>, Status> {
    let caller = Caller::of(&request)?;
    let r = request.into_inner();
    let mut v = FieldViolations::new();
    let range = day_range(&mut v, &r.range);
    let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
    let scope = format!("ListDailyUsage|{}|{:?}|{:?}", caller.user_id, r.range, r.device_id);
    let page = Page::<(NaiveDate, Uuid)>::parse(&mut v, &grpc.state.page_tokens, scope, r.page_size, &r.page_token);
    let (Some((start, end)), Some(page)) = (range, page.filter(|_| v.is_empty())) else {
        return Err(UsageError::from(v).into());
    };
    let mut conn = grpc.conn().await?;
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
    let next_page_token = page.finish(&grpc.state.page_tokens, &mut rows, |d| (d.day, d.device_id));
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

pub(super) async fn get_usage_summary(
    grpc: &UsageGrpc,
    request: Request<pb::GetUsageSummaryRequest>,
) -> Result<Response<pb::GetUsageSummaryResponse>, Status> {
    let caller = Caller::of(&request)?;
    let SummaryQuery { start, end, device } = SummaryQuery::try_from(request.get_ref()).map_err(UsageError::from)?;
    let mut conn = grpc.conn().await?;
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
        (totals.screen_time_ms - previous_totals.screen_time_ms) as f64 * 100.0 / previous_totals.screen_time_ms as f64
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

pub(super) async fn list_top_apps(
    grpc: &UsageGrpc,
    request: Request<pb::ListTopAppsRequest>,
) -> Result<Response<pb::ListTopAppsResponse>, Status> {
    let caller = Caller::of(&request)?;
    let TopAppsQuery {
        start,
        end,
        device,
        limit,
        by_launches,
    } = TopAppsQuery::try_from(request.get_ref()).map_err(UsageError::from)?;
    let mut conn = grpc.conn().await?;
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
