//! Message templates: re-engagement by segment (when no AI writes the
//! message) and the utility messages backends send. `{field}` is replaced
//! from the data; a template names every field it needs.

use std::collections::HashMap;

use super::model::Segment;

/// A utility message kind, its notification title and the fields it needs.
#[derive(Debug)]
pub struct Utility {
    pub kind: &'static str,
    pub text: &'static str,
}

pub const UTILITIES: &[Utility] = &[
    Utility {
        kind: "appointment_reminder",
        text: "Reminder: your appointment is at {time}.",
    },
    Utility {
        kind: "payment_due",
        text: "Your payment of {amount} is due on {date}.",
    },
    Utility {
        kind: "goal_reminder",
        text: "Don't forget today's goal: {goal}.",
    },
    Utility {
        kind: "security_alert",
        text: "New sign-in to your account from {device}. If this wasn't you, change your password.",
    },
];

pub fn utility(kind: &str) -> Option<&'static Utility> {
    UTILITIES.iter().find(|u| u.kind == kind)
}

/// The template a segment's re-engagement message comes from, and its text.
pub fn reengagement(segment: Segment) -> (&'static str, &'static str) {
    match segment {
        Segment::Churned => (
            "reengage_churned",
            "{name}, we kept your spot. A lot changed in {days} days: come back and see how your devices are doing.",
        ),
        Segment::NightOwl => (
            "reengage_night_owl",
            "{name}, the late shift misses you. Your phone saved you a seat for tonight.",
        ),
        _ => (
            "reengage_dormant",
            "{name}, it's been {days} days! Your phone has been gossiping about you. Come see what it said.",
        ),
    }
}

/// The fields `text` names, in order of first use.
pub fn fields(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + close];
        if !out.contains(&name) {
            out.push(name);
        }
        rest = &rest[open + close + 1..];
    }
    out
}

/// `text` with each `{field}` replaced; Err names the first missing field.
/// Values are inserted as they are (never re-read as template text).
pub fn render<'a>(text: &'a str, data: &HashMap<String, String>) -> Result<String, &'a str> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + close];
        out.push_str(&rest[..open]);
        out.push_str(data.get(name).ok_or(name)?);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_fields_once_and_names_the_missing_one() {
        let data = HashMap::from([("time".to_owned(), "{date} 10am".to_owned())]);
        let reminder = utility("appointment_reminder").unwrap();
        assert_eq!(fields(reminder.text), ["time"]);
        // A value that looks like a field stays as sent.
        assert_eq!(
            render(reminder.text, &data).unwrap(),
            "Reminder: your appointment is at {date} 10am."
        );
        assert_eq!(render(utility("payment_due").unwrap().text, &data), Err("amount"));
        assert!(utility("launch_missiles").is_none());
    }

    #[test]
    fn every_segment_has_a_template_with_known_fields() {
        for segment in Segment::ALL {
            let (name, text) = reengagement(*segment);
            assert!(name.starts_with("reengage_"));
            assert!(fields(text).iter().all(|f| ["name", "days"].contains(f)), "{text}");
        }
    }
}
