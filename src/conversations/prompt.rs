//! What a conversation or journal is written from — the day's usage in short
//! sentences, the kind chosen from it — the prompt a model gets, and the
//! reading of its "Name: text" lines as they stream in.

use chrono::NaiveDate;

use super::model::{Character, Kind, Line, Mood, ParticipantId};
use crate::ai::{quoted, Brief, Message, Purpose, Request, Role, DATA_RULE};

/// Longest conversation kept; a model that runs on is cut here.
pub const MAX_LINES: usize = 40;
/// Longest line kept, in characters.
const MAX_LINE_CHARS: usize = 1000;
const CONVERSATION_MAX_TOKENS: u32 = 700;
const JOURNAL_MAX_TOKENS: u32 = 400;

/// One app's use over the day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppUse {
    pub name: String,
    /// A catalogue category code ("social", "games", ...).
    pub category: String,
    pub time_ms: i64,
    pub launches: i64,
    pub sessions: i64,
}

/// The day's usage on the user's devices (or one device, for its journal).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayUsage {
    pub screen_ms: i64,
    pub previous_screen_ms: i64,
    pub unlocks: i64,
    pub notifications: i64,
    /// Most used first.
    pub top_apps: Vec<AppUse>,
    /// The app opened most often, when it was opened at all.
    pub most_opened: Option<AppUse>,
    /// The category with the most app time, and that time.
    pub top_category: Option<(String, i64)>,
    /// Kinds and severities of the user's open patterns.
    pub open_patterns: Vec<(String, f64)>,
}

/// "5h 12m", "45m", "under a minute".
pub fn duration(ms: i64) -> String {
    let minutes = ms / 60_000;
    match (minutes / 60, minutes % 60) {
        (0, 0) => "under a minute".into(),
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
    }
}

/// "1 session", "3 sessions".
fn sessions(n: i64) -> String {
    match n {
        1 => "1 session".into(),
        n => format!("{n} sessions"),
    }
}

/// The change from `before` to `now` in whole percent; None without a base.
fn change_percent(now: i64, before: i64) -> Option<i64> {
    (before > 0).then(|| ((now - before) as f64 * 100.0 / before as f64).round() as i64)
}

/// Usage facts and notable events, one short sentence each, most telling
/// first.
pub fn facts(usage: &DayUsage) -> Vec<String> {
    let mut facts = Vec::new();
    if usage.screen_ms > 0 {
        let trend = match change_percent(usage.screen_ms, usage.previous_screen_ms) {
            Some(p) if p >= 5 => format!(", up {p}% on the day before"),
            Some(p) if p <= -5 => format!(", down {}% on the day before", -p),
            Some(_) => ", about the same as the day before".into(),
            None => String::new(),
        };
        facts.push(format!("screen time was {}{trend}", duration(usage.screen_ms)));
    } else {
        facts.push("the screens stayed dark all day".into());
    }
    for (kind, _) in &usage.open_patterns {
        facts.push(format!("a {kind} pattern is open"));
    }
    if let Some(top) = usage.top_apps.first() {
        facts.push(format!(
            "{} was the most used app, {} over {}",
            quoted(&top.name),
            duration(top.time_ms),
            sessions(top.sessions)
        ));
    }
    if let Some(opened) = &usage.most_opened {
        facts.push(format!("{} was opened {} times", quoted(&opened.name), opened.launches));
    }
    for app in usage.top_apps.iter().skip(1).take(2) {
        facts.push(format!("{} took {}", quoted(&app.name), duration(app.time_ms)));
    }
    if let Some((category, ms)) = &usage.top_category {
        facts.push(format!("{category} apps took {} in all", duration(*ms)));
    }
    if usage.unlocks > 0 {
        facts.push(format!("the phone was unlocked {} times", usage.unlocks));
    }
    if usage.notifications > 0 {
        facts.push(format!("{} notifications arrived", usage.notifications));
    }
    facts
}

/// Facts for a device app's journal: its own use of the day, and its rank
/// among the apps of its device.
pub fn app_facts(name: &str, used: Option<&AppUse>, rank: Option<usize>) -> Vec<String> {
    let name = &quoted(name);
    let Some(app) = used else {
        return vec![format!("{name} was not opened at all")];
    };
    let mut facts = vec![format!(
        "{name} was used for {} over {}",
        duration(app.time_ms),
        sessions(app.sessions)
    )];
    if app.launches > 0 {
        facts.push(format!("{name} was opened {} times", app.launches));
    }
    match rank {
        Some(1) => facts.push(format!("{name} was the most used app on its device")),
        Some(n) => facts.push(format!("{name} was number {n} among the apps on its device")),
        None => {}
    }
    facts
}

/// Patterns worrying enough to call a meeting about.
const ALARMING_PATTERNS: &[&str] = &["night_owl", "doom_scrolling", "binge_usage"];
const EMERGENCY_SEVERITY: f64 = 0.7;

/// The kind of conversation the day calls for, when the caller names none.
/// The first rule that holds decides:
/// 1. an open `night_owl` pattern, or an open `doom_scrolling` or
///    `binge_usage` pattern of severity 0.7 or more: `emergency_meeting`;
///    an open `doom_scrolling` or `binge_usage` pattern below that:
///    `usage_intervention`;
/// 2. screen time down by 20% or more on the day before:
///    `milestone_celebration`;
/// 3. screen time up by 30% or more on the day before: `usage_intervention`;
/// 4. a social app was the most used app: `app_drama`;
/// 5. otherwise `daily_recap`.
pub fn choose_kind(usage: &DayUsage) -> Kind {
    let alarming = usage
        .open_patterns
        .iter()
        .filter(|(kind, _)| ALARMING_PATTERNS.contains(&kind.as_str()));
    let mut intervention = false;
    for (kind, severity) in alarming {
        if kind == "night_owl" || *severity >= EMERGENCY_SEVERITY {
            return Kind::EmergencyMeeting;
        }
        intervention = true;
    }
    if intervention {
        return Kind::UsageIntervention;
    }
    match change_percent(usage.screen_ms, usage.previous_screen_ms) {
        Some(p) if p <= -20 => return Kind::MilestoneCelebration,
        Some(p) if p >= 30 => return Kind::UsageIntervention,
        _ => {}
    }
    if usage.top_apps.first().is_some_and(|app| app.category == "social") {
        return Kind::AppDrama;
    }
    Kind::DailyRecap
}

/// The mood when the caller names none: the first of the user's preferred
/// moods, else humorous.
pub fn default_mood(preferred: &[Option<String>]) -> Mood {
    preferred
        .iter()
        .flatten()
        .find_map(|name| Mood::from_stored(name))
        .unwrap_or(Mood::Humorous)
}

fn kind_description(kind: Kind) -> &'static str {
    match kind {
        Kind::DailyRecap => "a relaxed recap of the day",
        Kind::UsageIntervention => "the others stage an intervention about too much screen time",
        Kind::PatternDiscussion => "they discuss a usage pattern they have noticed",
        Kind::GoalCheckIn => "they check in on the user's screen-time goals",
        Kind::AppDrama => "the apps squabble over the user's attention",
        Kind::DeviceGossip => "the devices gossip about the user and each other",
        Kind::ProductivityRoast => "they roast how productive the day really was",
        Kind::SocialComparison => "they compare this day with other days and other people",
        Kind::MilestoneCelebration => "they celebrate an improvement",
        Kind::FriendVisit => "a friend's device drops by",
        Kind::EmergencyMeeting => "an urgent meeting about a worrying habit",
    }
}

fn what(character: &Character) -> &'static str {
    match character.id {
        ParticipantId::Device(_) => "a device",
        ParticipantId::DeviceApp(_) => "an app",
    }
}

fn bullet_list(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().map(|item| format!("- {item}\n")).collect()
}

/// The prompt of a conversation: the format rules in the system message,
/// the cast, kind, mood and facts in the user message. The brief carries the
/// same for the offline generator.
pub fn conversation_request(cast: &[Character], kind: Kind, mood: Mood, day: NaiveDate, facts: &[String]) -> Request {
    let names: Vec<String> = cast.iter().map(|c| quoted(&c.name)).collect();
    let system = format!(
        "You write short, funny scripts in which a person's devices and apps talk about the person's screen time \
         as characters, each in their own personality. Answer with the dialogue only: one line per turn, each \
         line exactly \"Name: text\", where Name is one of: {}. Write 6 to 12 lines, take turns, and use the \
         facts you are given. No narration, no stage directions, no markdown, no blank lines. {DATA_RULE}",
        names.join(", ")
    );
    let cast_list = bullet_list(cast.iter().map(|c| {
        format!(
            "{} ({}, personality: {})",
            quoted(&c.name),
            what(c),
            c.personality.replace('_', " ")
        )
    }));
    let user = format!(
        "Kind of conversation: {} — {}.\nMood: {}.\nCharacters:\n{cast_list}Facts about {}:\n{}Write the conversation now.",
        kind.as_str(),
        kind_description(kind),
        mood.as_str().replace('_', " "),
        day.format("%A %-d %B %Y"),
        bullet_list(facts.iter().cloned()),
    );
    Request {
        purpose: Purpose::Conversation,
        messages: vec![Message::new(Role::System, system), Message::new(Role::User, user)],
        brief: Brief {
            kind: kind.as_str().into(),
            mood: mood.as_str().into(),
            speakers: cast.iter().map(Character::speaker).collect(),
            facts: facts.to_vec(),
            user_message: None,
        },
        max_tokens: CONVERSATION_MAX_TOKENS,
        seed: rand::random(),
    }
}

/// The prompt of a journal: a first-person diary entry of `author`.
pub fn journal_request(author: &Character, mood: Mood, day: NaiveDate, facts: &[String]) -> Request {
    let system = format!(
        "You are {}, {} with a {} personality, writing your private diary about the person who uses you. Write \
         in the first person, in your personality, 80 to 150 words of plain text: no title, no markdown. \
         {DATA_RULE}",
        quoted(&author.name),
        what(author),
        author.personality.replace('_', " "),
    );
    let user = format!(
        "Mood: {}.\nWhat happened on {}:\n{}Write today's entry.",
        mood.as_str().replace('_', " "),
        day.format("%A %-d %B %Y"),
        bullet_list(facts.iter().cloned()),
    );
    Request {
        purpose: Purpose::Journal,
        messages: vec![Message::new(Role::System, system), Message::new(Role::User, user)],
        brief: Brief {
            kind: "journal".into(),
            mood: mood.as_str().into(),
            speakers: vec![author.speaker()],
            facts: facts.to_vec(),
            user_message: None,
        },
        max_tokens: JOURNAL_MAX_TOKENS,
        seed: rand::random(),
    }
}

/// Reads a streamed script into lines: text is buffered until a newline
/// completes a line, which is then parsed as "Speaker: text".
#[derive(Debug)]
pub struct Script {
    names: Vec<String>,
    pending: String,
    lines: usize,
}

impl Script {
    pub fn new(cast: &[Character]) -> Self {
        Script {
            names: cast.iter().map(|c| c.name.clone()).collect(),
            pending: String::new(),
            lines: 0,
        }
    }

    /// The lines `chunk` completes.
    pub fn push(&mut self, chunk: &str) -> Vec<Line> {
        self.pending.push_str(chunk);
        let mut lines = Vec::new();
        while let Some(end) = self.pending.find('\n') {
            let raw: String = self.pending.drain(..=end).collect();
            lines.extend(self.line(&raw));
        }
        lines
    }

    /// The last line, when the text did not end with a newline.
    pub fn finish(&mut self) -> Option<Line> {
        let raw = std::mem::take(&mut self.pending);
        self.line(&raw)
    }

    fn line(&mut self, raw: &str) -> Option<Line> {
        if self.lines >= MAX_LINES {
            return None;
        }
        let (speaker, text) = parse_line(raw, &self.names)?;
        let line = Line {
            index: self.lines as i32,
            speaker,
            text,
        };
        self.lines += 1;
        Some(line)
    }
}

/// "Speaker: text", tolerating what models add: markdown bold, bullets and
/// numbering, quotes. Lines without a speaker (narration, blank lines) are
/// skipped.
fn parse_line(raw: &str, names: &[String]) -> Option<(String, String)> {
    let cleaned = raw.replace("**", "");
    let mut line = cleaned.trim().trim_start_matches(['-', '*', '•', '>']).trim_start();
    // "1. Name: text" or "1) Name: text".
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        line = line[digits + 1..].trim_start();
    }
    let (speaker, text) = line.split_once(':')?;
    let speaker = speaker.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '"'));
    let text = text.trim().trim_matches('"').trim();
    if speaker.is_empty() || text.is_empty() || speaker.chars().count() > 60 {
        return None;
    }
    Some((
        closest_name(speaker, names),
        text.chars().take(MAX_LINE_CHARS).collect(),
    ))
}

/// The participant a model meant by `written`: the same name in any case,
/// a name it contains or is part of, or one a typo or two away; else the
/// name as written.
fn closest_name(written: &str, names: &[String]) -> String {
    let lower = written.to_lowercase();
    if let Some(exact) = names.iter().find(|n| n.to_lowercase() == lower) {
        return exact.clone();
    }
    let containing = names
        .iter()
        .filter(|n| {
            let n = n.to_lowercase();
            !n.is_empty() && (lower.contains(&n) || n.contains(&lower))
        })
        .max_by_key(|n| n.len());
    if let Some(name) = containing {
        return name.clone();
    }
    names
        .iter()
        .map(|n| (edit_distance(&lower, &n.to_lowercase()), n))
        .filter(|(distance, n)| *distance <= (n.chars().count() / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map_or_else(|| written.to_owned(), |(_, n)| n.clone())
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    fn app(name: &str, category: &str, minutes: i64) -> AppUse {
        AppUse {
            name: name.into(),
            category: category.into(),
            time_ms: minutes * 60_000,
            launches: minutes / 2,
            sessions: 3,
        }
    }

    fn day(screen_minutes: i64, previous_minutes: i64) -> DayUsage {
        DayUsage {
            screen_ms: screen_minutes * 60_000,
            previous_screen_ms: previous_minutes * 60_000,
            top_apps: vec![app("Notes", "productivity", 30)],
            ..DayUsage::default()
        }
    }

    fn character(name: &str) -> Character {
        Character {
            id: ParticipantId::Device(Uuid::nil()),
            name: name.into(),
            personality: "snarky".into(),
            device_id: Uuid::nil(),
            app_id: None,
        }
    }

    #[test]
    fn durations_read_like_a_person_writes_them() {
        assert_eq!(duration(0), "under a minute");
        assert_eq!(duration(45 * 60_000), "45m");
        assert_eq!(duration(120 * 60_000), "2h");
        assert_eq!(duration(312 * 60_000 + 59_000), "5h 12m");
    }

    #[test]
    fn facts_name_the_numbers_and_the_trend() {
        let mut usage = day(312, 223);
        usage.open_patterns = vec![("night_owl".into(), 0.4)];
        usage.most_opened = Some(AppUse {
            launches: 48,
            ..app("Instagram", "social", 60)
        });
        usage.unlocks = 87;
        let facts = facts(&usage);
        assert_eq!(facts[0], "screen time was 5h 12m, up 40% on the day before");
        assert!(facts.contains(&"a night_owl pattern is open".to_owned()), "{facts:?}");
        assert!(
            facts.contains(&"\"Instagram\" was opened 48 times".to_owned()),
            "{facts:?}"
        );
        assert!(
            facts.contains(&"the phone was unlocked 87 times".to_owned()),
            "{facts:?}"
        );
        assert_eq!(
            super::facts(&day(100, 200))[0],
            "screen time was 1h 40m, down 50% on the day before"
        );
        assert_eq!(super::facts(&day(60, 0))[0], "screen time was 1h");
        assert_eq!(super::facts(&DayUsage::default())[0], "the screens stayed dark all day");
    }

    #[test]
    fn kind_follows_patterns_then_trend_then_top_app() {
        let with_pattern = |kind: &str, severity: f64| DayUsage {
            open_patterns: vec![("morning_person".into(), 0.9), (kind.into(), severity)],
            ..day(100, 300)
        };
        assert_eq!(choose_kind(&with_pattern("night_owl", 0.1)), Kind::EmergencyMeeting);
        assert_eq!(
            choose_kind(&with_pattern("doom_scrolling", 0.8)),
            Kind::EmergencyMeeting
        );
        assert_eq!(choose_kind(&with_pattern("binge_usage", 0.3)), Kind::UsageIntervention);
        assert_eq!(
            choose_kind(&with_pattern("phantom_vibration", 0.9)),
            Kind::MilestoneCelebration,
            "other patterns do not count"
        );
        assert_eq!(choose_kind(&day(80, 100)), Kind::MilestoneCelebration);
        assert_eq!(choose_kind(&day(81, 100)), Kind::DailyRecap);
        assert_eq!(choose_kind(&day(130, 100)), Kind::UsageIntervention);
        assert_eq!(choose_kind(&day(129, 100)), Kind::DailyRecap);
        let social = DayUsage {
            top_apps: vec![app("Instagram", "social", 90), app("Notes", "productivity", 30)],
            ..day(100, 100)
        };
        assert_eq!(choose_kind(&social), Kind::AppDrama);
        assert_eq!(choose_kind(&DayUsage::default()), Kind::DailyRecap);
    }

    #[test]
    fn mood_defaults_to_the_first_preferred_then_humorous() {
        assert_eq!(
            default_mood(&[Some("sarcastic".into()), Some("wholesome".into())]),
            Mood::Sarcastic
        );
        assert_eq!(default_mood(&[None, Some("gossipy".into())]), Mood::Gossipy);
        assert_eq!(default_mood(&[]), Mood::Humorous);
    }

    #[test]
    fn the_prompt_names_the_cast_the_format_and_the_facts() {
        let cast = [character("Pixel"), character("Insta")];
        let facts = vec!["screen time was 2h".to_owned()];
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let request = conversation_request(&cast, Kind::AppDrama, Mood::PassiveAggressive, day, &facts);
        let system = &request.messages[0].content;
        assert!(
            system.contains("\"Name: text\"") && system.contains("\"Pixel\", \"Insta\""),
            "{system}"
        );
        let user = &request.messages[1].content;
        assert!(
            user.contains("app_drama") && user.contains("passive aggressive"),
            "{user}"
        );
        assert!(
            user.contains("- screen time was 2h\n") && user.contains("Monday 2 November 2026"),
            "{user}"
        );
        assert_eq!(request.brief.speakers.len(), 2);
        assert_eq!(request.brief.mood, "passive_aggressive");
    }

    #[test]
    fn a_script_yields_each_line_once_it_is_complete() {
        let cast = [character("Pixel"), character("Instagram")];
        let mut script = Script::new(&cast);
        assert!(script.push("Pixel: Oh, wonder").is_empty());
        let lines = script.push("ful.\n\nInstagram: Look at me!\nPix");
        assert_eq!(
            lines,
            [
                Line {
                    index: 0,
                    speaker: "Pixel".into(),
                    text: "Oh, wonderful.".into()
                },
                Line {
                    index: 1,
                    speaker: "Instagram".into(),
                    text: "Look at me!".into()
                },
            ]
        );
        assert!(script.push("el: Time: 5h").is_empty(), "a colon in the text is text");
        let last = script.finish().unwrap();
        assert_eq!(
            (last.index, last.speaker.as_str(), last.text.as_str()),
            (2, "Pixel", "Time: 5h")
        );
        assert_eq!(script.finish(), None);
    }

    #[test]
    fn stray_formatting_and_unknown_speakers_are_tolerated() {
        let names = ["Pixel 8".to_owned(), "Instagram".to_owned()];
        let parse = |raw: &str| parse_line(raw, &names);
        let said = |speaker: &str, text: &str| Some((speaker.to_owned(), text.to_owned()));
        assert_eq!(parse("**Pixel 8:** Hello there"), said("Pixel 8", "Hello there"));
        assert_eq!(parse("- **instagram**: \"Hi!\""), said("Instagram", "Hi!"));
        assert_eq!(parse("3. Pixel 8 (the phone): Hi"), said("Pixel 8", "Hi"));
        assert_eq!(parse("Instagarm: typo"), said("Instagram", "typo"));
        assert_eq!(parse("Narrator: and so it began"), said("Narrator", "and so it began"));
        assert_eq!(parse(""), None);
        assert_eq!(parse("*The phone buzzes.*"), None);
        assert_eq!(parse("Pixel 8:"), None);
        let long_speaker = format!("{}: text", "x".repeat(61));
        assert_eq!(parse(&long_speaker), None, "prose with a colon is not a line");
    }

    #[test]
    fn a_runaway_script_is_cut() {
        let cast = [character("A"), character("B")];
        let mut script = Script::new(&cast);
        let text = "A: hi\n".repeat(MAX_LINES + 10);
        assert_eq!(script.push(&text).len(), MAX_LINES);
        let mut script = Script::new(&cast);
        let long = format!("B: {}\n", "y".repeat(5000));
        assert_eq!(script.push(&long)[0].text.chars().count(), MAX_LINE_CHARS);
    }
}
