//! The wellness score: up to five components, each 0..1 (higher is
//! healthier), weighted into 0..100. README.md "Wellness score" gives the
//! same formula for people.

const HOUR_MS: i64 = 3_600_000;

/// Screen-time target for users without a daily screen-time goal.
pub const BASELINE_SCREEN_TIME_MS: i64 = 3 * HOUR_MS;
/// At this share of app time at night the night component is 0.
pub const NIGHT_SHARE_AT_ZERO: f64 = 0.25;
/// Pickups a day at or under this are healthy; the component is 0 at
/// `PICKUPS_AT_ZERO`.
pub const PICKUPS_HEALTHY: f64 = 50.0;
pub const PICKUPS_AT_ZERO: f64 = 150.0;
/// Summed severity of open patterns at which the pattern component is 0.
pub const PATTERN_SEVERITY_AT_ZERO: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Component {
    ScreenTime,
    NightTime,
    Pickups,
    Patterns,
    Goals,
}

impl Component {
    /// Weights before leaving out components that do not apply.
    pub fn weight(self) -> f64 {
        match self {
            Component::ScreenTime => 0.35,
            Component::NightTime => 0.15,
            Component::Pickups => 0.15,
            Component::Patterns => 0.15,
            Component::Goals => 0.20,
        }
    }
}

/// What the score is computed from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inputs {
    pub average_screen_time_ms: f64,
    pub screen_time_target_ms: i64,
    /// Share of app time in sessions starting 23:00 to 03:59.
    pub night_share: f64,
    pub average_pickups: f64,
    /// Severities of the open patterns that count against wellness.
    pub pattern_severities: Vec<f64>,
    pub active_goals: usize,
    /// Active goals met in their last complete period.
    pub goals_achieved: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub component: Component,
    pub value: f64,
    /// Scaled so the weights of the parts that apply sum to 1.
    pub weight: f64,
    /// value * weight * 100.
    pub points: f64,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// 0..100.
    pub score: i32,
    pub parts: Vec<Part>,
}

fn minutes(ms: f64) -> String {
    let m = (ms / 60_000.0).round() as i64;
    format!("{}h{:02}m", m / 60, m % 60)
}

/// The score of `inputs`. GOALS applies only with active goals; without it
/// the other weights are scaled up to sum to 1.
pub fn score(inputs: &Inputs) -> Score {
    let target = inputs.screen_time_target_ms.max(1) as f64;
    let severity: f64 = inputs.pattern_severities.iter().sum();
    let mut raw = vec![
        (
            Component::ScreenTime,
            // 1 up to the target, 0 at twice the target.
            (2.0 - inputs.average_screen_time_ms / target).clamp(0.0, 1.0),
            format!(
                "average {} a day vs a target of {}",
                minutes(inputs.average_screen_time_ms),
                minutes(target)
            ),
        ),
        (
            Component::NightTime,
            1.0 - (inputs.night_share / NIGHT_SHARE_AT_ZERO).clamp(0.0, 1.0),
            format!("{:.0}% of app time at night", inputs.night_share * 100.0),
        ),
        (
            Component::Pickups,
            1.0 - ((inputs.average_pickups - PICKUPS_HEALTHY) / (PICKUPS_AT_ZERO - PICKUPS_HEALTHY)).clamp(0.0, 1.0),
            format!("{:.0} pickups a day", inputs.average_pickups),
        ),
        (
            Component::Patterns,
            1.0 - (severity / PATTERN_SEVERITY_AT_ZERO).clamp(0.0, 1.0),
            format!(
                "{} open patterns, total severity {severity:.2}",
                inputs.pattern_severities.len()
            ),
        ),
    ];
    if inputs.active_goals > 0 {
        raw.push((
            Component::Goals,
            inputs.goals_achieved as f64 / inputs.active_goals as f64,
            format!("{} of {} goals met", inputs.goals_achieved, inputs.active_goals),
        ));
    }
    let total_weight: f64 = raw.iter().map(|(c, _, _)| c.weight()).sum();
    let parts: Vec<Part> = raw
        .into_iter()
        .map(|(component, value, detail)| {
            let weight = component.weight() / total_weight;
            Part {
                component,
                value,
                weight,
                points: value * weight * 100.0,
                detail,
            }
        })
        .collect();
    let score = parts.iter().map(|p| p.points).sum::<f64>().round().clamp(0.0, 100.0) as i32;
    Score { score, parts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Inputs {
        Inputs {
            average_screen_time_ms: 4.0 * HOUR_MS as f64,
            screen_time_target_ms: 3 * HOUR_MS,
            night_share: 0.1,
            average_pickups: 80.0,
            pattern_severities: vec![0.6, 0.9],
            active_goals: 2,
            goals_achieved: 1,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn known_components_give_a_known_score() {
        let s = score(&known());
        let values: Vec<f64> = s.parts.iter().map(|p| p.value).collect();
        // 4 h vs 3 h: 2 - 4/3; 10% at night: 1 - 0.1/0.25; 80 pickups: 1 - 30/100;
        // severity 1.5 of 3; one goal of two.
        for (got, want) in values.iter().zip([2.0 - 4.0 / 3.0, 0.6, 0.7, 0.5, 0.5]) {
            assert!(close(*got, want), "{values:?}");
        }
        // 100 * (0.35*2/3 + 0.15*0.6 + 0.15*0.7 + 0.15*0.5 + 0.2*0.5) = 60.33
        assert_eq!(s.score, 60);
        assert!(close(s.parts.iter().map(|p| p.points).sum(), 60.333_333_333_333_33));
        assert!(close(s.parts.iter().map(|p| p.weight).sum(), 1.0));
    }

    #[test]
    fn without_goals_the_other_weights_scale_up() {
        let s = score(&Inputs {
            active_goals: 0,
            goals_achieved: 0,
            ..known()
        });
        assert_eq!(s.parts.len(), 4);
        assert!(close(s.parts[0].weight, 0.35 / 0.8));
        // (0.35*2/3 + 0.15*0.6 + 0.15*0.7 + 0.15*0.5) / 0.8 = 62.92
        assert_eq!(s.score, 63);
    }

    #[test]
    fn healthy_and_unhealthy_extremes() {
        let healthy = Inputs {
            average_screen_time_ms: 2.0 * HOUR_MS as f64,
            screen_time_target_ms: BASELINE_SCREEN_TIME_MS,
            average_pickups: 30.0,
            active_goals: 1,
            goals_achieved: 1,
            ..Inputs::default()
        };
        assert_eq!(score(&healthy).score, 100);
        let unhealthy = Inputs {
            average_screen_time_ms: 7.0 * HOUR_MS as f64,
            screen_time_target_ms: BASELINE_SCREEN_TIME_MS,
            night_share: 0.4,
            average_pickups: 200.0,
            pattern_severities: vec![1.0, 1.0, 1.0],
            active_goals: 3,
            goals_achieved: 0,
        };
        assert_eq!(score(&unhealthy).score, 0);
    }
}
