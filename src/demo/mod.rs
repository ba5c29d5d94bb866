//! Demo data through the public API: `kith demo seed` signs up (or in) a demo
//! user, creates two devices with apps, and uploads a week of realistic
//! usage, so a newcomer sees data at once; then a friend with a phone and a
//! week of their own, a challenge both take part in and a visit of the
//! friend's phone. Everything is deterministic and idempotent: running it
//! twice changes nothing.

mod social;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Timelike, Utc};
use indicatif::ProgressBar;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tonic::transport::Channel;
use tonic::{Code, Request};

use crate::proto::apps::v1::{self as apps_pb, AppCategory};
use crate::proto::devices::v1 as devices_pb;
use crate::proto::identity::v1 as identity_pb;
use crate::proto::usage::v1 as usage_pb;

pub const DEMO_EMAIL: &str = "demo@kith.dev";
pub const DEMO_PASSWORD: &str = "kith-demo-week";
/// The demo user's friend (same password).
pub const FRIEND_EMAIL: &str = "sam@kith.dev";

/// An app of the demo catalogue and how people use it.
struct DemoApp {
    bundle_id: &'static str,
    name: &'static str,
    category: AppCategory,
    /// Typical minutes a session, and sessions a day on the phone.
    minutes: u32,
    per_day: u32,
    on_laptop: bool,
}

const APPS: &[DemoApp] = &[
    DemoApp {
        bundle_id: "com.instagram.android",
        name: "Instagram",
        category: AppCategory::Social,
        minutes: 12,
        per_day: 9,
        on_laptop: false,
    },
    DemoApp {
        bundle_id: "com.zhiliaoapp.musically",
        name: "TikTok",
        category: AppCategory::Entertainment,
        minutes: 18,
        per_day: 5,
        on_laptop: false,
    },
    DemoApp {
        bundle_id: "com.whatsapp",
        name: "WhatsApp",
        category: AppCategory::Communication,
        minutes: 4,
        per_day: 14,
        on_laptop: false,
    },
    DemoApp {
        bundle_id: "com.google.android.youtube",
        name: "YouTube",
        category: AppCategory::Entertainment,
        minutes: 22,
        per_day: 2,
        on_laptop: true,
    },
    DemoApp {
        bundle_id: "com.slack",
        name: "Slack",
        category: AppCategory::Communication,
        minutes: 6,
        per_day: 8,
        on_laptop: true,
    },
    DemoApp {
        bundle_id: "com.microsoft.vscode",
        name: "VS Code",
        category: AppCategory::Productivity,
        minutes: 55,
        per_day: 3,
        on_laptop: true,
    },
    DemoApp {
        bundle_id: "com.duolingo",
        name: "Duolingo",
        category: AppCategory::Education,
        minutes: 9,
        per_day: 1,
        on_laptop: false,
    },
    DemoApp {
        bundle_id: "com.nytimes.android",
        name: "NYTimes",
        category: AppCategory::News,
        minutes: 7,
        per_day: 2,
        on_laptop: false,
    },
    DemoApp {
        bundle_id: "com.calm.android",
        name: "Calm",
        category: AppCategory::Health,
        minutes: 10,
        per_day: 1,
        on_laptop: false,
    },
    DemoApp {
        bundle_id: "com.supercell.clashroyale",
        name: "Clash Royale",
        category: AppCategory::Games,
        minutes: 14,
        per_day: 2,
        on_laptop: false,
    },
];

/// One device's week: sessions between morning and night (denser in the
/// evening and at weekends), and the daily rows they add up to.
pub fn week(device_id: &str, laptop: bool, last_day: NaiveDate, seed: u64) -> Vec<usage_pb::UsageRecord> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut records = Vec::new();
    for back in (0..7).rev() {
        let day = last_day - Duration::days(back);
        let weekend = matches!(day.format("%a").to_string().as_str(), "Sat" | "Sun");
        let mut screen_ms = 0i64;
        let mut taken: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        for app in APPS.iter().filter(|a| !laptop || a.on_laptop) {
            let mut count = if laptop { app.per_day.div_ceil(2) } else { app.per_day };
            if weekend
                && matches!(
                    app.category,
                    AppCategory::Social | AppCategory::Entertainment | AppCategory::Games
                )
            {
                count += count / 2 + 1;
            }
            for _ in 0..count {
                let (start_hour, end_hour) = if laptop { (9, 18) } else { (7, 23) };
                let minute_of_day = rng.random_range(start_hour * 60..end_hour * 60);
                let start = Utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight"))
                    + Duration::minutes(i64::from(minute_of_day))
                    + Duration::seconds(rng.random_range(0..60));
                let minutes = (f64::from(app.minutes) * rng.random_range(0.4..1.8)).max(1.0);
                let duration_ms = (minutes * 60_000.0) as i64;
                let end = start + Duration::milliseconds(duration_ms);
                if start.hour() >= 23 || taken.iter().any(|(s, e)| start < *e && end > *s) {
                    continue;
                }
                taken.push((start, end));
                screen_ms += duration_ms;
                records.push(usage_pb::UsageRecord {
                    record: Some(usage_pb::usage_record::Record::Session(usage_pb::AppSession {
                        device_id: device_id.to_owned(),
                        bundle_id: app.bundle_id.to_owned(),
                        app_name: app.name.to_owned(),
                        category: app.category as i32,
                        start_time: Some(crate::proto::timestamp(start)),
                        duration_ms,
                        launches: rng.random_range(1..4),
                        notifications: rng.random_range(0..6),
                    })),
                });
            }
        }
        let first = taken.iter().map(|(s, _)| *s).min();
        let unlocks = if laptop {
            rng.random_range(8..20)
        } else {
            rng.random_range(45..110)
        };
        records.push(usage_pb::UsageRecord {
            record: Some(usage_pb::usage_record::Record::Daily(usage_pb::DailyDeviceUsage {
                device_id: device_id.to_owned(),
                day: day.to_string(),
                // Screen time also counts the home screen and system apps.
                screen_time_ms: (screen_ms + i64::from(unlocks) * 20_000).min(crate::usage::model::DAY_MS),
                unlocks,
                pickups: unlocks + rng.random_range(3..15),
                notifications: rng.random_range(40..160),
                first_pickup_time: first.map(|t| t.format("%H:%M:%S").to_string()).unwrap_or_default(),
            })),
        });
    }
    records
}

fn authed<T>(message: T, token: &str) -> Request<T> {
    let mut request = Request::new(message);
    request
        .metadata_mut()
        .insert("authorization", format!("Bearer {token}").parse().expect("ascii token"));
    request
}

/// What `kith demo seed` did.
pub struct Seeded {
    pub email: &'static str,
    pub password: &'static str,
    pub access_token: String,
    pub counts: usage_pb::UsageCounts,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub friend_email: &'static str,
    pub social: social::Seeded,
}

/// Signs `email` up, or in when the account exists; returns an access token.
async fn sign_up(channel: &Channel, email: &str, password: &str, name: &str) -> anyhow::Result<String> {
    let mut auth = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone());
    let register = auth
        .register(identity_pb::RegisterRequest {
            email: email.into(),
            password: password.into(),
            display_name: name.into(),
            ..Default::default()
        })
        .await;
    let session = match register {
        Ok(r) => r.into_inner().session,
        Err(status) if status.code() == Code::AlreadyExists => {
            let login = identity_pb::LoginRequest {
                email: email.into(),
                password: password.into(),
            };
            auth.login(login).await?.into_inner().session
        }
        Err(status) => return Err(status.into()),
    };
    Ok(session.map(|s| s.access_token).unwrap_or_default())
}

/// A demo device: name, platform, type, personality, primary.
type DeviceSpec = (
    &'static str,
    devices_pb::Platform,
    devices_pb::DeviceType,
    devices_pb::DevicePersonality,
    bool,
);

/// Creates the devices with their apps (each once, by request id) and
/// uploads a week of their usage ending on `last_day`; returns the device
/// ids and the upload's counts.
async fn devices_with_a_week(
    channel: &Channel,
    token: &str,
    specs: &[DeviceSpec],
    last_day: NaiveDate,
    seed: u64,
    progress: &ProgressBar,
) -> anyhow::Result<(Vec<String>, usage_pb::UsageCounts)> {
    let mut devices = devices_pb::device_service_client::DeviceServiceClient::new(channel.clone());
    let mut apps = apps_pb::app_service_client::AppServiceClient::new(channel.clone());
    let mut records = Vec::new();
    let mut ids = Vec::new();
    for (i, (name, platform, device_type, personality, primary)) in specs.iter().copied().enumerate() {
        let device = devices_pb::Device {
            name: name.into(),
            platform: platform as i32,
            device_type: device_type as i32,
            personality: personality as i32,
            is_primary: primary,
            ..Default::default()
        };
        let request = devices_pb::CreateDeviceRequest {
            device: Some(device),
            request_id: format!("demo-device-{name}"),
        };
        progress.set_message(format!("device {name} and its apps"));
        let device = devices
            .create_device(authed(request, token))
            .await?
            .into_inner()
            .device
            .unwrap_or_default();
        let laptop = device_type == devices_pb::DeviceType::Laptop;
        for app in APPS.iter().filter(|a| !laptop || a.on_laptop) {
            let request = apps_pb::AddDeviceAppRequest {
                device_id: device.id.clone(),
                bundle_id: app.bundle_id.into(),
                name: app.name.into(),
                category: app.category as i32,
                ..Default::default()
            };
            apps.add_device_app(authed(request, token)).await?;
            progress.inc(1);
        }
        records.extend(week(&device.id, laptop, last_day, seed + i as u64));
        ids.push(device.id);
    }

    let mut usage = usage_pb::usage_service_client::UsageServiceClient::new(channel.clone());
    let batches: Vec<_> = records
        .chunks(500)
        .map(|chunk| usage_pb::UploadUsageRequest {
            records: chunk.to_vec(),
            ..Default::default()
        })
        .collect();
    progress.set_message(format!("a week of usage ({} records)", records.len()));
    let uploaded = usage
        .upload_usage(authed(tokio_stream::iter(batches), token))
        .await?
        .into_inner();
    progress.inc(1);
    Ok((ids, uploaded.counts.unwrap_or_default()))
}

/// Seeds the demo user, and their friend with whom they share a challenge
/// and a visit, through the API at `addr` (a running server).
pub async fn seed(addr: &str) -> anyhow::Result<Seeded> {
    seed_with_progress(addr, &ProgressBar::hidden()).await
}

/// [`seed`], counting its calls on `progress` (`kith demo seed` draws it).
pub async fn seed_with_progress(addr: &str, progress: &ProgressBar) -> anyhow::Result<Seeded> {
    let channel = Channel::from_shared(addr.to_owned())?.connect().await?;
    progress.set_message("demo account");
    let token = sign_up(&channel, DEMO_EMAIL, DEMO_PASSWORD, "Demo").await?;
    progress.inc(1);
    let specs = [
        (
            "Pixel",
            devices_pb::Platform::Android,
            devices_pb::DeviceType::Smartphone,
            devices_pb::DevicePersonality::Snarky,
            true,
        ),
        (
            "ThinkPad",
            devices_pb::Platform::Linux,
            devices_pb::DeviceType::Laptop,
            devices_pb::DevicePersonality::Corporate,
            false,
        ),
    ];
    let last_day = Utc::now().date_naive() - Duration::days(1);
    let (_, counts) = devices_with_a_week(&channel, &token, &specs, last_day, 7, progress).await?;

    progress.set_message("friend's account");
    let friend_token = sign_up(&channel, FRIEND_EMAIL, DEMO_PASSWORD, "Sam").await?;
    progress.inc(1);
    let friend_specs = [(
        "iPhone",
        devices_pb::Platform::Ios,
        devices_pb::DeviceType::Smartphone,
        devices_pb::DevicePersonality::GenZ,
        true,
    )];
    let (friend_devices, _) =
        devices_with_a_week(&channel, &friend_token, &friend_specs, last_day, 11, progress).await?;
    progress.set_message("friendship, challenge and visit");
    let social = social::seed(&channel, &token, &friend_token, &friend_devices[0], last_day).await?;
    progress.inc(1);
    Ok(Seeded {
        email: DEMO_EMAIL,
        password: DEMO_PASSWORD,
        access_token: token,
        counts,
        first_day: last_day - Duration::days(6),
        last_day,
        friend_email: FRIEND_EMAIL,
        social,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_is_deterministic_and_every_record_is_valid() {
        let device = uuid::Uuid::now_v7();
        let last = NaiveDate::from_ymd_opt(2026, 11, 15).unwrap();
        let a = week(&device.to_string(), false, last, 7);
        assert_eq!(a, week(&device.to_string(), false, last, 7));
        let devices = std::collections::HashSet::from([device]);
        let checks = crate::usage::model::Checks {
            devices: &devices,
            now: Utc::now(),
        };
        assert!(a.iter().all(|r| checks.record(r).is_ok()));
        let days = a
            .iter()
            .filter(|r| matches!(r.record, Some(usage_pb::usage_record::Record::Daily(_))))
            .count();
        assert_eq!(days, 7);
        assert!(a.len() > 200, "a phone's week has hundreds of sessions: {}", a.len());
    }
}
