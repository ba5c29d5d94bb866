//! Ranking a challenge's participants from their daily rollups over the
//! challenge's days. Pure: the totals come from one query, the rules live
//! here.

use uuid::Uuid;

use super::model::ChallengeKind;

const MINUTE_MS: f64 = 60_000.0;

/// One participant's sums over the challenge's days that have usage.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub user_id: Uuid,
    pub display_name: String,
    /// Whether the viewer may see who this is (themselves or a friend).
    pub visible: bool,
    pub days: i32,
    pub screen_time_ms: i64,
    pub unlocks: i64,
    pub app_time_ms: i64,
    pub productive_ms: i64,
    /// Days whose screen time stayed at or under the target (digital_detox).
    pub days_under: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub totals: Totals,
    /// 1 is best; ties share a rank; 0 for no usage yet.
    pub rank: i32,
    pub value: f64,
    pub meets_target: bool,
}

pub fn unit(kind: ChallengeKind) -> &'static str {
    match kind {
        ChallengeKind::ReduceScreenTime => "minutes/day",
        ChallengeKind::IncreaseProductivity => "percent",
        ChallengeKind::FewerUnlocks => "unlocks/day",
        ChallengeKind::DigitalDetox => "days",
    }
}

/// The figure a participant is ranked by, in the kind's unit.
pub fn value(kind: ChallengeKind, t: &Totals) -> f64 {
    let days = f64::from(t.days.max(1));
    match kind {
        ChallengeKind::ReduceScreenTime => t.screen_time_ms as f64 / MINUTE_MS / days,
        ChallengeKind::FewerUnlocks => t.unlocks as f64 / days,
        ChallengeKind::IncreaseProductivity if t.app_time_ms == 0 => 0.0,
        ChallengeKind::IncreaseProductivity => 100.0 * t.productive_ms as f64 / t.app_time_ms as f64,
        ChallengeKind::DigitalDetox => f64::from(t.days_under),
    }
}

fn lower_is_better(kind: ChallengeKind) -> bool {
    matches!(kind, ChallengeKind::ReduceScreenTime | ChallengeKind::FewerUnlocks)
}

/// Whether `value` meets `target` so far: averages at or under it, a
/// productive share at or over it, a detox kept on every day counted.
pub fn meets(kind: ChallengeKind, target: i64, value: f64, t: &Totals) -> bool {
    if t.days == 0 {
        return false;
    }
    match kind {
        ChallengeKind::ReduceScreenTime | ChallengeKind::FewerUnlocks => value <= target as f64,
        ChallengeKind::IncreaseProductivity => value >= target as f64,
        ChallengeKind::DigitalDetox => t.days_under == t.days,
    }
}

/// Ranks participants best first. Values are compared rounded to 0.01 of
/// their unit so that equal figures share a rank; then by name for a
/// stable order. Participants without usage come last, unranked.
pub fn rank(kind: ChallengeKind, target: i64, totals: Vec<Totals>) -> Vec<Standing> {
    let round = |v: f64| (v * 100.0).round() as i64;
    let mut standings: Vec<Standing> = totals
        .into_iter()
        .map(|t| {
            let value = value(kind, &t);
            Standing {
                meets_target: meets(kind, target, value, &t),
                value,
                rank: 0,
                totals: t,
            }
        })
        .collect();
    let key = |s: &Standing| {
        let v = round(s.value);
        (s.totals.days == 0, if lower_is_better(kind) { v } else { -v })
    };
    standings.sort_by(|a, b| {
        key(a)
            .cmp(&key(b))
            .then_with(|| a.totals.display_name.cmp(&b.totals.display_name))
            .then_with(|| a.totals.user_id.cmp(&b.totals.user_id))
    });
    let mut previous: Option<(bool, i64)> = None;
    let mut rank = 0;
    for (i, s) in standings.iter_mut().enumerate() {
        if s.totals.days == 0 {
            break;
        }
        let k = key(s);
        if previous != Some(k) {
            rank = i as i32 + 1;
            previous = Some(k);
        }
        s.rank = rank;
    }
    standings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals(name: &str, days: i32, screen_min: i64, unlocks: i64, app_min: i64, productive_min: i64) -> Totals {
        Totals {
            user_id: Uuid::now_v7(),
            display_name: name.into(),
            visible: true,
            days,
            screen_time_ms: screen_min * 60_000,
            unlocks,
            app_time_ms: app_min * 60_000,
            productive_ms: productive_min * 60_000,
            days_under: 0,
        }
    }

    fn ranks(standings: &[Standing]) -> Vec<(&str, i32)> {
        standings
            .iter()
            .map(|s| (s.totals.display_name.as_str(), s.rank))
            .collect()
    }

    #[test]
    fn screen_time_ranks_lowest_average_first_and_ties_share_a_rank() {
        let standings = rank(
            ChallengeKind::ReduceScreenTime,
            120,
            vec![
                totals("Ada", 2, 300, 0, 0, 0),  // 150 min/day
                totals("Bo", 3, 270, 0, 0, 0),   // 90
                totals("Cy", 1, 150, 0, 0, 0),   // 150
                totals("Di", 0, 0, 0, 0, 0),     // no usage yet
                totals("Ed", 4, 1_000, 0, 0, 0), // 250
            ],
        );
        assert_eq!(
            ranks(&standings),
            [("Bo", 1), ("Ada", 2), ("Cy", 2), ("Ed", 4), ("Di", 0)]
        );
        assert_eq!(standings[0].value, 90.0);
        assert!(standings[0].meets_target);
        assert!(!standings[1].meets_target);
        assert!(!standings[4].meets_target, "no usage meets nothing");
    }

    #[test]
    fn productivity_ranks_highest_share_first() {
        let standings = rank(
            ChallengeKind::IncreaseProductivity,
            50,
            vec![
                totals("Ada", 1, 0, 0, 100, 25),
                totals("Bo", 1, 0, 0, 200, 150),
                totals("Cy", 1, 0, 0, 0, 0),
            ],
        );
        assert_eq!(ranks(&standings), [("Bo", 1), ("Ada", 2), ("Cy", 3)]);
        assert_eq!(standings[0].value, 75.0);
        assert!(standings[0].meets_target && !standings[1].meets_target);
    }

    #[test]
    fn unlocks_average_per_day_and_detox_counts_days_under() {
        let standings = rank(
            ChallengeKind::FewerUnlocks,
            40,
            vec![totals("Ada", 2, 0, 100, 0, 0), totals("Bo", 4, 0, 120, 0, 0)],
        );
        assert_eq!(ranks(&standings), [("Bo", 1), ("Ada", 2)]);
        assert_eq!((standings[0].value, standings[0].meets_target), (30.0, true));

        let mut ada = totals("Ada", 3, 0, 0, 0, 0);
        ada.days_under = 3;
        let mut bo = totals("Bo", 3, 0, 0, 0, 0);
        bo.days_under = 1;
        let standings = rank(ChallengeKind::DigitalDetox, 60, vec![bo, ada]);
        assert_eq!(ranks(&standings), [("Ada", 1), ("Bo", 2)]);
        assert!(standings[0].meets_target && !standings[1].meets_target);
    }
}
