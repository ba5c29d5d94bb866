//! The analytics reads. Each loads the user's day rollups of the last
//! [`HISTORY_DAYS`] once and computes from them in memory (`metrics`,
//! `score`); per-app figures come from the app rollups, goals and patterns
//! from the usage domain. The results are the API's messages themselves:
//! they are aggregates with no domain type of their own.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveTime};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::metrics::{self, Comparison, Span, Totals};
use super::model::DayRollup;
use super::repo::{self, AppTimeRow};
use super::score::{self, Component, Inputs};
use crate::apps::catalogue;
use crate::conversations::model::Kind as ConversationKind;
use crate::error::DbError;
use crate::proto::analytics::v1 as pb;
use crate::usage::goals::{GoalKind, GoalPeriod};
use crate::usage::patterns::PatternKind;

/// Days of rollups every read loads: the longest window, streak and
/// comparison all fit in it.
pub const HISTORY_DAYS: i64 = 92;
/// Complete days the wellness score reads.
pub const SCORE_DAYS: i64 = 7;
/// Patterns that say nothing bad about wellness.
const NEUTRAL_PATTERNS: [&str; 1] = ["morning_person"];

/// One user's analytics as of one day.
pub struct Analytics {
    pub user_id: Uuid,
    pub day: NaiveDate,
    days: Vec<DayRollup>,
}

/// Goals and patterns as the stats and the score see them.
struct Standing {
    active_goals: usize,
    goals_achieved: usize,
    streak_target_ms: i64,
    /// (kind, severity) of the open patterns.
    open_patterns: Vec<(String, f64)>,
}

impl Analytics {
    /// Loads the rollups up to `day` (the user's today when None).
    pub async fn load(conn: &mut AsyncPgConnection, user_id: Uuid, day: Option<NaiveDate>) -> Result<Self, DbError> {
        let day = match day {
            Some(day) => day,
            None => crate::identity::clock::clock(conn, user_id).await?.today(),
        };
        let days = repo::days(conn, user_id, Span::new(day - Duration::days(HISTORY_DAYS), day)).await?;
        Ok(Analytics { user_id, day, days })
    }

    fn totals(&self, span: Span) -> Totals {
        Totals::of(&self.days, span)
    }

    async fn standing(&self, conn: &mut AsyncPgConnection) -> Result<Standing, DbError> {
        let goals = crate::usage::repo::list_goals(conn, self.user_id, Some(true), None, 1000).await?;
        let mut achieved = 0;
        let mut streak_target_ms = None::<i64>;
        for goal in &goals {
            let period = goal.period();
            // The last complete period: yesterday, or last week.
            let (start, _) = period.containing(self.day);
            let span = Span::new(
                period.containing(start - Duration::days(1)).0,
                start - Duration::days(1),
            );
            let actual = match goal.kind() {
                GoalKind::DailyScreenTime => {
                    let daily = match period {
                        GoalPeriod::Daily => goal.target,
                        GoalPeriod::Weekly => goal.target / 7,
                    };
                    streak_target_ms = Some(streak_target_ms.map_or(daily, |t| t.min(daily)));
                    self.totals(span).screen_time_ms
                }
                GoalKind::Unlocks => self.totals(span).unlocks,
                GoalKind::AppLimit | GoalKind::CategoryLimit => {
                    repo::app_time(conn, self.user_id, span, goal.app_id, goal.category.as_deref()).await?
                }
            };
            achieved += usize::from(actual <= goal.target);
        }
        let patterns = crate::usage::repo::list_patterns(conn, self.user_id, None, false, None, 1000).await?;
        Ok(Standing {
            active_goals: goals.len(),
            goals_achieved: achieved,
            streak_target_ms: streak_target_ms.unwrap_or(score::BASELINE_SCREEN_TIME_MS),
            open_patterns: patterns.into_iter().map(|p| (p.kind, p.severity)).collect(),
        })
    }

    fn wellness_of(&self, standing: &Standing) -> pb::WellnessScore {
        let window = Span::before(self.day, SCORE_DAYS);
        let t = self.totals(window);
        let inputs = Inputs {
            average_screen_time_ms: t.per_day(t.screen_time_ms),
            screen_time_target_ms: standing.streak_target_ms,
            night_share: t.app_share(t.night_ms),
            average_pickups: t.per_day(t.pickups),
            pattern_severities: standing
                .open_patterns
                .iter()
                .filter(|(kind, _)| !NEUTRAL_PATTERNS.contains(&kind.as_str()))
                .map(|(_, severity)| *severity)
                .collect(),
            active_goals: standing.active_goals,
            goals_achieved: standing.goals_achieved,
        };
        let s = score::score(&inputs);
        pb::WellnessScore {
            score: s.score,
            components: s
                .parts
                .into_iter()
                .map(|p| pb::WellnessComponent {
                    kind: match p.component {
                        Component::ScreenTime => pb::WellnessComponentKind::ScreenTime,
                        Component::NightTime => pb::WellnessComponentKind::NightTime,
                        Component::Pickups => pb::WellnessComponentKind::Pickups,
                        Component::Patterns => pb::WellnessComponentKind::Patterns,
                        Component::Goals => pb::WellnessComponentKind::Goals,
                    } as i32,
                    value: p.value,
                    weight: p.weight,
                    points: p.points,
                    detail: p.detail,
                })
                .collect(),
            start_day: window.start.to_string(),
            end_day: window.end.to_string(),
            days_with_usage: t.days_with_usage,
        }
    }

    pub async fn wellness(&self, conn: &mut AsyncPgConnection) -> Result<pb::WellnessScore, DbError> {
        let standing = self.standing(conn).await?;
        Ok(self.wellness_of(&standing))
    }

    pub fn compare(&self) -> pb::CompareUsageResponse {
        pb::CompareUsageResponse {
            week: Some(comparison(&Comparison::of(&self.days, metrics::week_spans(self.day)))),
            month: Some(comparison(&Comparison::of(&self.days, metrics::month_spans(self.day)))),
        }
    }

    /// Stats with averages over the `window_days` complete days before the day.
    pub async fn stats(&self, conn: &mut AsyncPgConnection, window_days: i64) -> Result<pb::Stats, DbError> {
        let standing = self.standing(conn).await?;
        let window = Span::before(self.day, window_days);
        let t = self.totals(window);
        let today = self.totals(Span::new(self.day, self.day));
        let top_app = repo::top_apps(conn, self.user_id, window, 1).await?.into_iter().next();
        let (top_category, apps_used) = repo::top_category_and_apps_used(conn, self.user_id, window).await?;
        let counts = repo::counts(conn, self.user_id).await?;
        let (current_streak, longest_streak) = metrics::streaks(&self.days, standing.streak_target_ms, self.day);
        let week = Comparison::of(&self.days, metrics::week_spans(self.day));
        let month = Comparison::of(&self.days, metrics::month_spans(self.day));
        Ok(pb::Stats {
            day: self.day.to_string(),
            window_start_day: window.start.to_string(),
            window_end_day: window.end.to_string(),
            days_with_usage: t.days_with_usage,
            today_screen_time_ms: today.screen_time_ms,
            today_unlocks: today.unlocks,
            today_pickups: today.pickups,
            today_notifications: today.notifications,
            today_app_time_ms: today.app_time_ms,
            average_daily_screen_time_ms: t.average_screen_time_ms(),
            average_daily_unlocks: t.per_day(t.unlocks),
            average_daily_pickups: t.per_day(t.pickups),
            average_daily_notifications: t.per_day(t.notifications),
            average_daily_sessions: t.per_day(t.sessions),
            total_screen_time_ms: t.screen_time_ms,
            total_app_time_ms: t.app_time_ms,
            top_app: top_app.map(app_time),
            top_category: top_category.map(|c| pb::CategoryTime {
                category: catalogue::category_from_code(&c.category) as i32,
                time_ms: c.time_ms,
            }),
            apps_used: apps_used as i32,
            longest_session_ms: t.longest_session_ms,
            night_time_share: t.app_share(t.night_ms),
            average_first_pickup_time: t
                .average_first_pickup()
                .map(|at: NaiveTime| at.format("%H:%M").to_string())
                .unwrap_or_default(),
            productive_share: t.app_share(t.productive_ms),
            time_wasting_share: t.app_share(t.time_wasting_ms),
            active_devices: counts.active_devices,
            conversations: counts.conversations,
            favorite_conversations: counts.favorite_conversations,
            favorite_apps: counts.favorite_apps,
            journals: counts.journals,
            active_patterns: standing.open_patterns.len() as i32,
            active_goals: standing.active_goals as i32,
            goals_achieved: standing.goals_achieved as i32,
            current_streak_days: current_streak,
            longest_streak_days: longest_streak,
            streak_target_ms: standing.streak_target_ms,
            week_over_week_change_percent: week.screen_time_change_percent(),
            month_over_month_change_percent: month.screen_time_change_percent(),
            wellness: Some(self.wellness_of(&standing)),
        })
    }

    /// `weeks` Monday-to-Sunday weeks up to the day, newest first.
    pub async fn trends(&self, conn: &mut AsyncPgConnection, weeks: i64) -> Result<pb::GetTrendsResponse, DbError> {
        let (this_week, _) = metrics::week_spans(self.day);
        let span = Span::new(this_week.start - Duration::weeks(weeks - 1), self.day);
        // Older weeks than the loaded history need their own read.
        let days = if span.start < self.day - Duration::days(HISTORY_DAYS) {
            repo::days(conn, self.user_id, span).await?
        } else {
            self.days.clone()
        };
        let mut apps: HashMap<NaiveDate, Vec<pb::AppTime>> = HashMap::new();
        for row in repo::weekly_top_apps(conn, self.user_id, span, 5).await? {
            apps.entry(row.week).or_default().push(app_time(row.app));
        }
        let weeks = (0..weeks)
            .map(|i| {
                let start = this_week.start - Duration::weeks(i);
                let week = Span::new(start, (start + Duration::days(6)).min(self.day));
                pb::WeekApps {
                    start_day: week.start.to_string(),
                    end_day: week.end.to_string(),
                    screen_time_ms: Totals::of(&days, week).screen_time_ms,
                    apps: apps.remove(&start).unwrap_or_default(),
                }
            })
            .collect();
        let since = crate::identity::clock::clock(conn, self.user_id)
            .await?
            .start_of(span.start);
        let patterns = repo::pattern_trends(conn, self.user_id, since)
            .await?
            .into_iter()
            .map(|p| pb::PatternTrend {
                kind: PatternKind::from_stored(&p.kind)
                    .map_or(crate::proto::usage::v1::PatternKind::Unspecified, Into::into) as i32,
                occurrences: p.occurrences as i32,
                active: p.active,
                max_severity: p.max_severity,
            })
            .collect();
        let conversation_topics = repo::conversation_topics(conn, self.user_id, span)
            .await?
            .into_iter()
            .map(|t| pb::TopicCount {
                kind: ConversationKind::from_stored(&t.kind).map_or(
                    crate::proto::conversations::v1::ConversationKind::Unspecified,
                    Into::into,
                ) as i32,
                count: t.count as i32,
            })
            .collect();
        Ok(pb::GetTrendsResponse {
            weeks,
            patterns,
            conversation_topics,
        })
    }
}

fn app_time(row: AppTimeRow) -> pb::AppTime {
    pb::AppTime {
        app: Some(catalogue::app_message(
            row.app_id,
            row.bundle_id,
            row.name,
            &row.category,
            &row.default_personality,
            row.created_at,
        )),
        time_ms: row.time_ms,
        launches: row.launches,
    }
}

fn period_totals(t: &Totals) -> pb::PeriodTotals {
    pb::PeriodTotals {
        start_day: t.span.start.to_string(),
        end_day: t.span.end.to_string(),
        screen_time_ms: t.screen_time_ms,
        unlocks: t.unlocks,
        pickups: t.pickups,
        notifications: t.notifications,
        app_time_ms: t.app_time_ms,
        days_with_usage: t.days_with_usage,
        average_daily_screen_time_ms: t.average_screen_time_ms(),
    }
}

fn comparison(c: &Comparison) -> pb::Comparison {
    use metrics::change_percent;
    let (now, before) = (&c.current, &c.previous);
    pb::Comparison {
        current: Some(period_totals(now)),
        previous: Some(period_totals(before)),
        screen_time_change_percent: c.screen_time_change_percent(),
        unlocks_change_percent: change_percent(now.unlocks, before.unlocks),
        pickups_change_percent: change_percent(now.pickups, before.pickups),
        notifications_change_percent: change_percent(now.notifications, before.notifications),
    }
}
