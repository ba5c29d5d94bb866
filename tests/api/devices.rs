//! Devices, the primary device, sync and device relationships, through the
//! real server.

use kith::proto::devices::v1 as pb;
use pb::device_service_client::DeviceServiceClient;
use prost_types::{FieldMask, Timestamp};
use tonic::transport::Channel;
use tonic::{Code, Status};
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

use crate::harness::{authed, count, reason, violated_fields, TestApp};

/// A signed-in member and their calls to DeviceService.
struct Member {
    id: String,
    token: String,
    client: DeviceServiceClient<Channel>,
}

impl Member {
    async fn register(app: &TestApp, email: &str) -> Member {
        let (user, session) = app.register(email).await;
        Member {
            id: user.id,
            token: session.access_token,
            client: DeviceServiceClient::new(app.channel.clone()),
        }
    }

    fn req<T>(&self, message: T) -> tonic::Request<T> {
        authed(message, &self.token)
    }

    async fn try_create(&self, device: pb::Device, request_id: &str) -> Result<pb::Device, Status> {
        let request = self.req(pb::CreateDeviceRequest {
            device: Some(device),
            request_id: request_id.into(),
        });
        Ok(self
            .client
            .clone()
            .create_device(request)
            .await?
            .into_inner()
            .device
            .unwrap())
    }

    async fn create(&self, name: &str, is_primary: bool) -> pb::Device {
        self.try_create(device(name, is_primary), "")
            .await
            .expect("create device")
    }

    async fn get(&self, device_id: &str) -> Result<pb::Device, Status> {
        let request = self.req(pb::GetDeviceRequest {
            device_id: device_id.into(),
        });
        Ok(self
            .client
            .clone()
            .get_device(request)
            .await?
            .into_inner()
            .device
            .unwrap())
    }

    async fn list(&self, request: pb::ListDevicesRequest) -> Result<pb::ListDevicesResponse, Status> {
        Ok(self.client.clone().list_devices(self.req(request)).await?.into_inner())
    }

    async fn update(&self, device: pb::Device, paths: &[&str]) -> Result<pb::Device, Status> {
        let request = self.req(pb::UpdateDeviceRequest {
            device: Some(device),
            update_mask: Some(FieldMask {
                paths: paths.iter().map(|p| p.to_string()).collect(),
            }),
        });
        Ok(self
            .client
            .clone()
            .update_device(request)
            .await?
            .into_inner()
            .device
            .unwrap())
    }

    async fn delete(&self, device_id: &str) -> Result<(), Status> {
        let request = self.req(pb::DeleteDeviceRequest {
            device_id: device_id.into(),
        });
        self.client.clone().delete_device(request).await.map(drop)
    }

    async fn set_primary(&self, device_id: &str) -> Result<pb::Device, Status> {
        let request = self.req(pb::SetPrimaryDeviceRequest {
            device_id: device_id.into(),
        });
        Ok(self
            .client
            .clone()
            .set_primary_device(request)
            .await?
            .into_inner()
            .device
            .unwrap())
    }

    async fn sync(&self, device_id: &str, since: Option<Timestamp>) -> Result<pb::SyncDeviceResponse, Status> {
        let request = self.req(pb::SyncDeviceRequest {
            device_id: device_id.into(),
            since,
        });
        Ok(self.client.clone().sync_device(request).await?.into_inner())
    }

    async fn relate(&self, a: &str, b: &str, request_id: &str) -> Result<pb::DeviceRelationship, Status> {
        let request = self.req(pb::CreateDeviceRelationshipRequest {
            relationship: Some(relationship(a, b)),
            request_id: request_id.into(),
        });
        let response = self.client.clone().create_device_relationship(request).await?;
        Ok(response.into_inner().relationship.unwrap())
    }

    async fn relationships(
        &self,
        device_id: &str,
        page_size: i32,
        page_token: String,
    ) -> Result<pb::ListDeviceRelationshipsResponse, Status> {
        let request = self.req(pb::ListDeviceRelationshipsRequest {
            page_size,
            page_token,
            device_id: device_id.into(),
        });
        Ok(self
            .client
            .clone()
            .list_device_relationships(request)
            .await?
            .into_inner())
    }

    async fn relationship_ids(&self, device_id: &str) -> Vec<String> {
        let response = self.relationships(device_id, 0, String::new()).await.unwrap();
        response.relationships.into_iter().map(|r| r.id).collect()
    }

    async fn unrelate(&self, relationship_id: &str) -> Result<(), Status> {
        let request = self.req(pb::DeleteDeviceRelationshipRequest {
            relationship_id: relationship_id.into(),
        });
        self.client.clone().delete_device_relationship(request).await.map(drop)
    }
}

fn device(name: &str, is_primary: bool) -> pb::Device {
    pb::Device {
        name: name.into(),
        platform: pb::Platform::Ios as i32,
        device_type: pb::DeviceType::Smartphone as i32,
        personality: pb::DevicePersonality::GenZ as i32,
        is_primary,
        ..Default::default()
    }
}

fn relationship(a: &str, b: &str) -> pb::DeviceRelationship {
    pb::DeviceRelationship {
        device_a_id: a.into(),
        device_b_id: b.into(),
        kind: pb::DeviceRelationshipKind::Siblings as i32,
        note: "raised on the same charger".into(),
        ..Default::default()
    }
}

/// Ids of the user's primary devices, as the database holds them.
async fn primaries(app: &TestApp, user_id: &str) -> Vec<String> {
    app.sql()
        .await
        .query(
            "SELECT id::text FROM devices WHERE user_id = $1::text::uuid AND is_primary",
            &[&user_id],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect()
}

fn assert_not_found(result: Result<impl std::fmt::Debug, Status>, expected_reason: &str, what: &str) {
    let status = result.expect_err(what);
    assert_eq!(status.code(), Code::NotFound, "{what}: {status:?}");
    assert_eq!(reason(&status), expected_reason, "{what}");
}

fn assert_invalid(result: Result<impl std::fmt::Debug, Status>, fields: &[&str]) {
    let status = result.expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(violated_fields(&status), fields, "{status:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_get_update_and_delete_a_device() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let mut input = device("  Ada's iPhone ", false);
    input.nickname = "Pocket Oracle".into();
    input.is_active = false; // set by the server
    let created = ada.try_create(input, "").await.unwrap();
    assert_eq!(created.name, "Ada's iPhone", "names are trimmed");
    assert_eq!(created.nickname, "Pocket Oracle");
    assert_eq!(created.platform, pb::Platform::Ios as i32);
    assert_eq!(created.device_type, pb::DeviceType::Smartphone as i32);
    assert_eq!(created.personality, pb::DevicePersonality::GenZ as i32);
    assert!(created.is_active, "new devices are active");
    assert!(!created.is_primary);
    assert!(created.last_synced_at.is_none());
    assert!(created.create_time.is_some() && created.update_time.is_some());
    let stored = app
        .sql()
        .await
        .query_one(
            "SELECT platform, device_type, personality, user_id::text FROM devices WHERE id = $1::text::uuid",
            &[&created.id],
        )
        .await
        .unwrap();
    let names: (String, String, String, String) = (stored.get(0), stored.get(1), stored.get(2), stored.get(3));
    assert_eq!(
        names,
        ("ios".into(), "smartphone".into(), "gen_z".into(), ada.id.clone())
    );

    assert_eq!(ada.get(&created.id).await.unwrap(), created);

    // Only masked fields change, whatever else the message carries.
    let changes = pb::Device {
        id: created.id.clone(),
        name: "Work Laptop".into(),
        nickname: "ignored: not in the mask".into(),
        platform: pb::Platform::Linux as i32,
        device_type: pb::DeviceType::Laptop as i32,
        personality: pb::DevicePersonality::Corporate as i32,
        is_active: false,
        is_primary: true,
        ..Default::default()
    };
    let updated = ada
        .update(
            changes.clone(),
            &["name", "platform", "device_type", "personality", "is_active"],
        )
        .await
        .unwrap();
    assert_eq!(updated.name, "Work Laptop");
    assert_eq!(updated.nickname, "Pocket Oracle");
    assert_eq!(updated.platform, pb::Platform::Linux as i32);
    assert_eq!(updated.device_type, pb::DeviceType::Laptop as i32);
    assert_eq!(updated.personality, pb::DevicePersonality::Corporate as i32);
    assert!(!updated.is_active);
    assert!(!updated.is_primary, "is_primary is not UpdateDevice's to set");
    assert!(updated.update_time.unwrap().seconds >= created.update_time.unwrap().seconds);
    let cleared = ada
        .update(
            pb::Device {
                nickname: String::new(),
                ..changes
            },
            &["nickname"],
        )
        .await;
    assert_eq!(cleared.unwrap().nickname, "", "a nickname can be removed");
    assert_eq!(ada.get(&created.id).await.unwrap().name, "Work Laptop");

    ada.delete(&created.id).await.unwrap();
    assert_not_found(ada.get(&created.id).await, "DEVICE_NOT_FOUND", "deleted device");
    assert_not_found(ada.delete(&created.id).await, "DEVICE_NOT_FOUND", "deleted twice");
    assert_eq!(count(&app, "SELECT count(*) FROM devices").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_device_input_names_every_wrong_field() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let everything_wrong = pb::Device {
        name: "   ".into(),
        platform: pb::Platform::Unspecified as i32,
        device_type: 99,
        personality: pb::DevicePersonality::Unspecified as i32,
        nickname: "n".repeat(101),
        ..Default::default()
    };
    assert_invalid(
        ada.try_create(everything_wrong, &"r".repeat(101)).await,
        &[
            "device.name",
            "device.platform",
            "device.device_type",
            "device.personality",
            "device.nickname",
            "request_id",
        ],
    );
    for bad_name in ["x".repeat(101), "tab\tin name".into(), String::new()] {
        assert_invalid(ada.try_create(device(&bad_name, false), "").await, &["device.name"]);
    }
    let missing = ada
        .client
        .clone()
        .create_device(ada.req(pb::CreateDeviceRequest::default()))
        .await;
    assert_invalid(missing, &["device"]);
    assert_eq!(count(&app, "SELECT count(*) FROM devices").await, 0, "nothing written");

    let phone = ada.create("Phone", false).await;
    assert_invalid(ada.get("not-a-uuid").await, &["device_id"]);
    assert_invalid(ada.get("").await, &["device_id"]);
    assert_invalid(ada.delete("42").await, &["device_id"]);
    assert_invalid(ada.set_primary("").await, &["device_id"]);
    let negative_nanos = Timestamp { seconds: 0, nanos: -1 };
    assert_invalid(ada.sync("nope", Some(negative_nanos)).await, &["device_id", "since"]);

    let with_id = |d: pb::Device| pb::Device {
        id: phone.id.clone(),
        ..d
    };
    assert_invalid(
        ada.update(with_id(device("x", false)), &["colour"]).await,
        &["update_mask"],
    );
    assert_invalid(ada.update(with_id(device("x", false)), &[]).await, &["update_mask"]);
    let status = ada
        .update(with_id(device("x", true)), &["is_primary"])
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["update_mask"]);
    assert!(status.message().contains("SetPrimaryDevice"), "{}", status.message());
    assert_invalid(
        ada.update(device("x", false), &["name", "bogus"]).await,
        &["device.id", "update_mask"],
    );
    let unspecified = pb::Device {
        id: phone.id.clone(),
        name: String::new(),
        nickname: "n".repeat(101),
        ..Default::default()
    };
    assert_invalid(
        ada.update(
            unspecified.clone(),
            &["name", "nickname", "platform", "device_type", "personality"],
        )
        .await,
        &[
            "device.name",
            "device.nickname",
            "device.platform",
            "device.device_type",
            "device.personality",
        ],
    );
    // Wrong values outside the mask are not read.
    let renamed = ada.update(
        pb::Device {
            name: "Renamed".into(),
            ..unspecified
        },
        &["name"],
    );
    assert_eq!(renamed.await.unwrap().name, "Renamed");
    assert_eq!(ada.get(&phone.id).await.unwrap().platform, pb::Platform::Ios as i32);

    let list = |r: pb::ListDevicesRequest| ada.list(r);
    assert_invalid(
        list(pb::ListDevicesRequest {
            page_size: -1,
            platform: 42,
            personality: 13,
            page_token: "forged".into(),
            ..Default::default()
        })
        .await,
        &["platform", "personality", "page_size", "page_token"],
    );

    let tablet = ada.create("Tablet", false).await;
    let mut bad = relationship(&phone.id, &phone.id);
    bad.kind = pb::DeviceRelationshipKind::Unspecified as i32;
    bad.note = "n".repeat(501);
    let request = ada.req(pb::CreateDeviceRelationshipRequest {
        relationship: Some(bad),
        request_id: String::new(),
    });
    assert_invalid(
        ada.client.clone().create_device_relationship(request).await,
        &["relationship.device_b_id", "relationship.kind", "relationship.note"],
    );
    assert_invalid(
        ada.relate("x", "", "").await,
        &["relationship.device_a_id", "relationship.device_b_id"],
    );
    let request = ada.req(pb::CreateDeviceRelationshipRequest::default());
    assert_invalid(
        ada.client.clone().create_device_relationship(request).await,
        &["relationship"],
    );
    assert_invalid(
        ada.relate(&phone.id, &tablet.id, &"r".repeat(101)).await,
        &["request_id"],
    );
    assert_invalid(ada.relationships("bad", 0, String::new()).await, &["device_id"]);
    assert_invalid(ada.relationships("", -5, String::new()).await, &["page_size"]);
    assert_invalid(ada.unrelate("bad").await, &["relationship_id"]);
    assert_eq!(count(&app, "SELECT count(*) FROM device_relationships").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_users_devices_and_relationships_are_not_found() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let eve = Member::register(&app, "eve@example.com").await;
    let phone = ada.create("Ada's phone", true).await;
    let laptop = ada.create("Ada's laptop", false).await;
    let related = ada.relate(&phone.id, &laptop.id, "").await.unwrap();
    let eves = eve.create("Eve's phone", false).await;
    let missing = uuid::Uuid::now_v7().to_string();

    for id in [&phone.id, &missing] {
        assert_not_found(eve.get(id).await, "DEVICE_NOT_FOUND", "get");
        let changes = pb::Device {
            id: id.clone(),
            name: "Mine now".into(),
            ..Default::default()
        };
        assert_not_found(eve.update(changes, &["name"]).await, "DEVICE_NOT_FOUND", "update");
        assert_not_found(eve.set_primary(id).await, "DEVICE_NOT_FOUND", "set primary");
        assert_not_found(eve.sync(id, None).await, "DEVICE_NOT_FOUND", "sync");
        assert_not_found(
            eve.relationships(id, 0, String::new()).await,
            "DEVICE_NOT_FOUND",
            "list by device",
        );
        assert_not_found(eve.delete(id).await, "DEVICE_NOT_FOUND", "delete");
    }
    // Existence does not leak: another user's id and a missing id read alike.
    let theirs = eve.get(&phone.id).await.unwrap_err();
    let nobody = eve.get(&missing).await.unwrap_err();
    assert_eq!(theirs.message(), nobody.message());
    for id in [&related.id, &missing] {
        assert_not_found(
            eve.unrelate(id).await,
            "DEVICE_RELATIONSHIP_NOT_FOUND",
            "delete relationship",
        );
    }
    // Relating someone else's device to one's own, either way round.
    assert_not_found(eve.relate(&eves.id, &phone.id, "").await, "DEVICE_NOT_FOUND", "relate");
    assert_not_found(eve.relate(&phone.id, &eves.id, "").await, "DEVICE_NOT_FOUND", "relate");
    assert_not_found(ada.relate(&phone.id, &eves.id, "").await, "DEVICE_NOT_FOUND", "relate");
    assert_not_found(
        eve.relate(&phone.id, &laptop.id, "").await,
        "DEVICE_NOT_FOUND",
        "relate",
    );

    let eve_sees = eve.list(pb::ListDevicesRequest::default()).await.unwrap().devices;
    assert_eq!(eve_sees.iter().map(|d| &d.id).collect::<Vec<_>>(), [&eves.id]);
    assert!(eve
        .relationships("", 0, String::new())
        .await
        .unwrap()
        .relationships
        .is_empty());

    // Ada's data is as she left it.
    assert_eq!(ada.get(&phone.id).await.unwrap(), phone);
    assert_eq!(ada.get(&laptop.id).await.unwrap(), laptop);
    let listed = ada.relationships("", 0, String::new()).await.unwrap().relationships;
    assert_eq!(listed, [related]);
    assert_eq!(primaries(&app, &ada.id).await, [phone.id.as_str()]);
    assert_eq!(count(&app, "SELECT count(*) FROM device_relationships").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_retried_with_the_same_request_id_returns_the_first_device() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let eve = Member::register(&app, "eve@example.com").await;
    let first = ada.try_create(device("Phone", true), "create-1").await.unwrap();
    let retry = ada.try_create(device("Another name", false), "create-1").await.unwrap();
    assert_eq!(retry, first, "the retry gets the first device back");
    let stored = "SELECT count(*) FROM devices WHERE request_id = 'create-1'";
    assert_eq!(count(&app, stored).await, 1);

    // A retry after another device became primary changes nothing.
    let tablet = ada.try_create(device("Tablet", true), "create-2").await.unwrap();
    let late_retry = ada.try_create(device("Phone", true), "create-1").await.unwrap();
    assert_eq!(late_retry.id, first.id);
    assert!(!late_retry.is_primary);
    assert_eq!(primaries(&app, &ada.id).await, [tablet.id]);

    // The key is the caller's own: another user's same key creates theirs.
    let eves = eve.try_create(device("Phone", false), "create-1").await.unwrap();
    assert_ne!(eves.id, first.id);
    assert_eq!(count(&app, stored).await, 2);
    assert_eq!(count(&app, "SELECT count(*) FROM devices").await, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_primary_device_replaces_the_previous_one() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let eve = Member::register(&app, "eve@example.com").await;
    let eves = eve.create("Eve's primary", true).await;
    let a = ada.create("A", true).await;
    assert!(a.is_primary);
    let b = ada.create("B", true).await;
    assert!(b.is_primary);
    assert!(!ada.get(&a.id).await.unwrap().is_primary, "A is no longer primary");
    let listed = ada.list(pb::ListDevicesRequest::default()).await.unwrap().devices;
    let primary: Vec<_> = listed.iter().filter(|d| d.is_primary).map(|d| &d.id).collect();
    assert_eq!(primary, [&b.id]);
    assert_eq!(primaries(&app, &ada.id).await, [b.id.as_str()]);

    let switched = ada.set_primary(&a.id).await.unwrap();
    assert!(switched.is_primary);
    assert!(!ada.get(&b.id).await.unwrap().is_primary);
    assert_eq!(primaries(&app, &ada.id).await, [a.id.as_str()]);
    let again = ada.set_primary(&a.id).await.unwrap();
    assert!(again.is_primary, "setting the primary device again keeps it primary");
    assert_eq!(primaries(&app, &ada.id).await, [a.id.as_str()]);

    let c = ada.create("C", false).await;
    assert!(!c.is_primary);
    assert_eq!(
        primaries(&app, &ada.id).await,
        [a.id.as_str()],
        "a non-primary create keeps the primary"
    );
    assert_eq!(
        primaries(&app, &eve.id).await,
        [eves.id],
        "other users' primary is their own"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devices_come_in_pages_and_tokens_keep_their_filters() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let eve = Member::register(&app, "eve@example.com").await;
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(ada.create(&format!("Device {i}"), false).await.id);
    }
    eve.create("Eve's", false).await;
    let page = |page_token: String| pb::ListDevicesRequest {
        page_size: 2,
        page_token,
        ..Default::default()
    };
    let mut seen = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let response = ada.list(page(token)).await.unwrap();
        pages += 1;
        assert!(response.devices.len() <= 2);
        seen.extend(response.devices.into_iter().map(|d| d.id));
        if response.next_page_token.is_empty() {
            break;
        }
        token = response.next_page_token;
        if pages == 1 {
            let other_filter = pb::ListDevicesRequest {
                is_active: Some(true),
                ..page(token.clone())
            };
            assert_invalid(ada.list(other_filter).await, &["page_token"]);
            let other_platform = pb::ListDevicesRequest {
                platform: pb::Platform::Ios as i32,
                ..page(token.clone())
            };
            assert_invalid(ada.list(other_platform).await, &["page_token"]);
            assert_invalid(eve.list(page(token.clone())).await, &["page_token"]);
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, created, "every device once, in creation order");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devices_filter_by_platform_personality_and_activity() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let phone = ada.create("Phone", false).await;
    let laptop = ada
        .try_create(
            pb::Device {
                platform: pb::Platform::Macos as i32,
                device_type: pb::DeviceType::Laptop as i32,
                personality: pb::DevicePersonality::Philosophical as i32,
                ..device("Laptop", false)
            },
            "",
        )
        .await
        .unwrap();
    let old = ada.create("Old phone", false).await;
    let retired = pb::Device {
        id: old.id.clone(),
        ..Default::default()
    };
    ada.update(retired, &["is_active"]).await.unwrap();

    let ids = |request: pb::ListDevicesRequest| {
        let list = ada.list(request);
        async move {
            let devices = list.await.unwrap().devices;
            devices.into_iter().map(|d| d.id).collect::<Vec<_>>()
        }
    };
    let by_platform = |platform: pb::Platform| pb::ListDevicesRequest {
        platform: platform as i32,
        ..Default::default()
    };
    assert_eq!(ids(by_platform(pb::Platform::Macos)).await, [laptop.id.as_str()]);
    assert_eq!(
        ids(by_platform(pb::Platform::Ios)).await,
        [phone.id.clone(), old.id.clone()]
    );
    assert!(ids(by_platform(pb::Platform::Windows)).await.is_empty());
    let gen_z = pb::ListDevicesRequest {
        personality: pb::DevicePersonality::GenZ as i32,
        ..Default::default()
    };
    assert_eq!(ids(gen_z.clone()).await, [phone.id.clone(), old.id.clone()]);
    let active_gen_z = pb::ListDevicesRequest {
        is_active: Some(true),
        ..gen_z
    };
    assert_eq!(ids(active_gen_z).await, [phone.id.as_str()]);
    let inactive = pb::ListDevicesRequest {
        is_active: Some(false),
        ..Default::default()
    };
    assert_eq!(ids(inactive).await, [old.id.as_str()]);
    assert_eq!(ids(pb::ListDevicesRequest::default()).await.len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_records_the_time_and_reports_usage_received_since() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let phone = ada.create("Phone", false).await;
    let other = ada.create("Tablet", false).await;
    let db = app.sql().await;
    let app_id: String = db
        .query_one(
            "INSERT INTO apps (id, bundle_id, name) VALUES (gen_random_uuid(), 'com.example.chat', 'Chat')
             RETURNING id::text",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let usage = "INSERT INTO daily_device_usage
                     (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications, received_at)
                 SELECT user_id, id, $2::text::date, 3600000, 40, 30, 100, now() - interval '1 hour'
                 FROM devices WHERE id = $1::text::uuid";
    for day in ["2026-03-02", "2026-03-01"] {
        db.execute(usage, &[&phone.id, &day]).await.unwrap();
    }
    db.execute(usage, &[&other.id, &"2026-03-03"]).await.unwrap();
    db.execute(
        "INSERT INTO app_sessions
             (user_id, device_id, started_at, app_id, duration_ms, launches, notifications, received_at)
         SELECT user_id, id, '2026-03-01T08:00:00Z', $2::text::uuid, 60000, 1, 0, now() - interval '1 hour'
         FROM devices WHERE id = $1::text::uuid",
        &[&phone.id, &app_id],
    )
    .await
    .unwrap();

    let first = ada.sync(&phone.id, None).await.unwrap();
    let synced = first.device.unwrap();
    let sync_time = first.sync_time.unwrap();
    assert_eq!(synced.last_synced_at, Some(sync_time), "the sync is recorded");
    assert_eq!(ada.get(&phone.id).await.unwrap().last_synced_at, Some(sync_time));
    assert_eq!(
        first.changed_days,
        ["2026-03-01", "2026-03-02"],
        "this device's days only"
    );
    assert_eq!(first.app_sessions_received, 1);
    assert!(ada.get(&other.id).await.unwrap().last_synced_at.is_none());

    let nothing_new = ada.sync(&phone.id, Some(sync_time)).await.unwrap();
    assert!(nothing_new.changed_days.is_empty());
    assert_eq!(nothing_new.app_sessions_received, 0);
    let second_time = nothing_new.sync_time.unwrap();
    assert!(
        (second_time.seconds, second_time.nanos) > (sync_time.seconds, sync_time.nanos),
        "last_synced_at moves on"
    );

    // A day rewritten after the last sync is reported again.
    db.execute(
        "UPDATE daily_device_usage SET unlocks = 41, received_at = now()
         WHERE device_id = $1::text::uuid AND day = '2026-03-02'",
        &[&phone.id],
    )
    .await
    .unwrap();
    let changed = ada.sync(&phone.id, Some(second_time)).await.unwrap();
    assert_eq!(changed.changed_days, ["2026-03-02"]);
    assert_eq!(changed.app_sessions_received, 0);

    // A cursor from before anything was received means everything (times
    // before 1970 are refused like any other out-of-range time).
    let ancient = Timestamp { seconds: 0, nanos: 0 };
    let everything = ada.sync(&phone.id, Some(ancient)).await.unwrap();
    assert_eq!(everything.changed_days, ["2026-03-01", "2026-03-02"]);
    assert_eq!(everything.app_sessions_received, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relationships_join_two_own_devices_once() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let phone = ada.create("Phone", false).await;
    let laptop = ada.create("Laptop", false).await;
    let watch = ada.create("Watch", false).await;

    let siblings = ada.relate(&phone.id, &laptop.id, "relate-1").await.unwrap();
    assert_eq!(
        (siblings.device_a_id.as_str(), siblings.device_b_id.as_str()),
        (phone.id.as_str(), laptop.id.as_str())
    );
    assert_eq!(siblings.kind, pb::DeviceRelationshipKind::Siblings as i32);
    assert_eq!(siblings.note, "raised on the same charger");
    assert!(siblings.create_time.is_some());
    let stored = "SELECT kind FROM device_relationships";
    let kind: String = app.sql().await.query_one(stored, &[]).await.unwrap().get(0);
    assert_eq!(kind, "siblings");

    let retry = ada.relate(&phone.id, &laptop.id, "relate-1").await.unwrap();
    assert_eq!(retry, siblings, "a retry returns the first relationship");
    let status = ada.relate(&laptop.id, &phone.id, "").await.unwrap_err();
    assert_eq!(status.code(), Code::AlreadyExists, "the same pair reversed");
    assert_eq!(reason(&status), "DEVICE_RELATIONSHIP_EXISTS");
    let status = ada.relate(&phone.id, &laptop.id, "relate-2").await.unwrap_err();
    assert_eq!(status.code(), Code::AlreadyExists, "the same pair under a new key");
    assert_eq!(count(&app, "SELECT count(*) FROM device_relationships").await, 1);

    let rivals = ada.relate(&watch.id, &phone.id, "").await.unwrap();
    assert_eq!(
        ada.relationship_ids(&phone.id).await,
        [siblings.id.clone(), rivals.id.clone()]
    );
    assert_eq!(ada.relationship_ids(&laptop.id).await, [siblings.id.as_str()]);
    assert_eq!(ada.relationship_ids(&watch.id).await, [rivals.id.as_str()]);

    // Pages of one, with the token bound to the device filter.
    let first = ada.relationships("", 1, String::new()).await.unwrap();
    assert_eq!(first.relationships.len(), 1);
    assert_invalid(
        ada.relationships(&phone.id, 1, first.next_page_token.clone()).await,
        &["page_token"],
    );
    let second = ada.relationships("", 1, first.next_page_token).await.unwrap();
    assert_eq!(second.relationships.len(), 1);
    assert!(second.next_page_token.is_empty());
    assert_ne!(first.relationships[0].id, second.relationships[0].id);

    ada.unrelate(&siblings.id).await.unwrap();
    assert_not_found(
        ada.unrelate(&siblings.id).await,
        "DEVICE_RELATIONSHIP_NOT_FOUND",
        "deleted twice",
    );
    assert_eq!(ada.relationship_ids(&phone.id).await, [rivals.id.as_str()]);
    // Deleting a device takes its relationships with it.
    ada.delete(&watch.id).await.unwrap();
    assert!(ada.relationship_ids("").await.is_empty());
    assert_eq!(count(&app, "SELECT count(*) FROM device_relationships").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_service_needs_sign_in_and_reports_health() {
    let app = TestApp::spawn().await;
    let mut client = DeviceServiceClient::new(app.channel.clone());
    let status = client
        .list_devices(pb::ListDevicesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);

    let mut health = HealthClient::new(app.channel.clone());
    let mut last = None;
    for _ in 0..50 {
        let request = HealthCheckRequest {
            service: "kith.devices.v1.DeviceService".into(),
        };
        last = health.check(request).await.ok().map(|r| r.into_inner().status);
        if last == Some(ServingStatus::Serving as i32) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(last, Some(ServingStatus::Serving as i32), "health names the service");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_creates_keep_one_primary_and_one_row_per_request_id() {
    let app = TestApp::spawn().await;
    let ada = Member::register(&app, "ada@example.com").await;
    let ada = std::sync::Arc::new(ada);
    let calls = (0..8).map(|i| {
        let ada = ada.clone();
        tokio::spawn(async move { ada.try_create(device(&format!("Primary {i}"), true), "").await })
    });
    let mut created = Vec::new();
    for call in calls {
        match call.await.unwrap() {
            Ok(device) => created.push(device.id),
            Err(status) => assert_eq!(status.code(), Code::Aborted, "{status:?}"),
        }
    }
    assert!(!created.is_empty());
    let primary = primaries(&app, &ada.id).await;
    assert_eq!(primary.len(), 1, "exactly one primary device");
    assert!(created.contains(&primary[0]));

    let retries = (0..8).map(|_| {
        let ada = ada.clone();
        tokio::spawn(async move { ada.try_create(device("Tablet", false), "same-key").await })
    });
    let mut ids = Vec::new();
    for retry in retries {
        ids.push(retry.await.unwrap().expect("every retry succeeds").id);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "every retry returns the one device");
    assert_eq!(
        count(&app, "SELECT count(*) FROM devices WHERE request_id = 'same-key'").await,
        1
    );
}
