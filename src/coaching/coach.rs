//! What the goal coach (a chat counterpart) knows: the member's active
//! goals with their habits, the last week's check-ins, and the completion
//! ratio, one short line each. Titles are the member's words, quoted.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::dashboard;
use super::model::GoalStatus;
use super::repo;
use crate::error::DbError;

/// Goals and recent check-ins the coach is told about at most.
const GOALS: i64 = 10;
const CHECK_INS: i64 = 30;
const DAYS: i64 = 7;
const TITLE_CHARS: usize = 80;

fn quoted(title: &str) -> String {
    crate::ai::quoted_up_to(title, TITLE_CHARS)
}

pub async fn facts(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Vec<String>, DbError> {
    let clock = crate::identity::clock::clock(conn, user_id).await?;
    let today = clock.today();
    let goals = repo::list_goals(conn, user_id, Some(GoalStatus::Active), None, GOALS).await?;
    if goals.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = goals.iter().map(|g| g.id).collect();
    let habits = repo::habits_of(conn, &ids).await?;
    let (_, record) = dashboard::load(conn, user_id, &clock, today, 30).await?;
    let mut facts = Vec::new();
    for goal in &goals {
        let names: Vec<String> = (habits.iter().filter(|h| h.goal_id == goal.id))
            .map(|h| {
                let streak = dashboard::streak(&record, h.id, today);
                format!("{} ({} {}, streak {streak})", quoted(&h.title), h.target, h.unit)
            })
            .collect();
        let habits = if names.is_empty() {
            "no habits yet".to_owned()
        } else {
            names.join(", ")
        };
        facts.push(format!("goal {} ({}): {habits}", quoted(&goal.title), goal.theme));
    }
    let titles: std::collections::HashMap<Uuid, &str> = habits.iter().map(|h| (h.id, h.title.as_str())).collect();
    let filter = repo::CheckInFilter {
        from: Some(today - chrono::Duration::days(DAYS - 1)),
        ..Default::default()
    };
    for c in repo::list_check_ins(conn, user_id, &filter, None, CHECK_INS).await? {
        let Some(title) = titles.get(&c.habit_id) else { continue };
        let how = if c.completed { "done" } else { "not done" };
        facts.push(format!("{}: {} {how}", c.day, quoted(title)));
    }
    for days in [7, 30] {
        let a = dashboard::adherence(&record, today, days);
        if let Some(percent) = a.percent() {
            facts.push(format!(
                "completion over {days} days: {percent}% ({} of {} scheduled)",
                a.completed, a.scheduled
            ));
        }
    }
    Ok(facts)
}
