//! The app catalogue, device apps, favourites and app relationships, through
//! the real server. Devices are arranged with SQL so these tests stand on
//! their own.

use kith::proto::apps::v1 as pb;
use pb::app_service_client::AppServiceClient;
use pb::{AppCategory, AppPersonality, AppRelationshipKind};
use prost_types::FieldMask;
use tonic::transport::Channel;
use tonic::Code;

use crate::harness::{authed, count, device, reason, violated_fields, TestApp};

fn apps(app: &TestApp) -> AppServiceClient<Channel> {
    AppServiceClient::new(app.channel.clone())
}

fn mask(paths: &[&str]) -> Option<FieldMask> {
    Some(FieldMask {
        paths: paths.iter().map(|p| p.to_string()).collect(),
    })
}

/// A signed-in member: (user id, access token).
async fn member(app: &TestApp, email: &str) -> (String, String) {
    let (user, session) = app.register(email).await;
    (user.id, session.access_token)
}

async fn try_add(app: &TestApp, token: &str, request: pb::AddDeviceAppRequest) -> Result<pb::DeviceApp, tonic::Status> {
    let response = apps(app).add_device_app(authed(request, token)).await?;
    Ok(response.into_inner().device_app.unwrap())
}

/// Adds the app to a device; a name is also given to the catalogue app, as an
/// admin would (a member's name stays their own).
async fn add(app: &TestApp, token: &str, device_id: &str, bundle_id: &str, name: &str) -> pb::DeviceApp {
    let request = pb::AddDeviceAppRequest {
        device_id: device_id.into(),
        bundle_id: bundle_id.into(),
        name: name.into(),
        ..Default::default()
    };
    let added = try_add(app, token, request).await.expect("add device app");
    if !name.is_empty() {
        curate(app, bundle_id, name, "other").await;
    }
    added
}

/// The catalogue's name and category of an app, as an admin sets them.
async fn curate(app: &TestApp, bundle_id: &str, name: &str, category: &str) {
    app.sql()
        .await
        .execute(
            "UPDATE apps SET name = $2, category = $3 WHERE bundle_id = $1",
            &[&bundle_id, &name, &category],
        )
        .await
        .unwrap();
}

async fn search(
    app: &TestApp,
    token: &str,
    request: pb::SearchAppsRequest,
) -> Result<pb::SearchAppsResponse, tonic::Status> {
    Ok(apps(app).search_apps(authed(request, token)).await?.into_inner())
}

async fn search_names(app: &TestApp, token: &str, query: &str) -> Vec<String> {
    let request = pb::SearchAppsRequest {
        query: query.into(),
        ..Default::default()
    };
    let response = search(app, token, request).await.expect("search");
    assert!(response.next_page_token.is_empty());
    response.apps.into_iter().map(|a| a.name).collect()
}

async fn update_device_app(
    app: &TestApp,
    token: &str,
    device_app: pb::DeviceApp,
    paths: &[&str],
) -> Result<pb::DeviceApp, tonic::Status> {
    let request = pb::UpdateDeviceAppRequest {
        device_app: Some(device_app),
        update_mask: mask(paths),
    };
    let response = apps(app).update_device_app(authed(request, token)).await?;
    Ok(response.into_inner().device_app.unwrap())
}

async fn toggle(app: &TestApp, token: &str, id: &str) -> Result<pb::DeviceApp, tonic::Status> {
    let request = pb::ToggleFavoriteRequest {
        device_app_id: id.into(),
    };
    Ok(apps(app)
        .toggle_favorite(authed(request, token))
        .await?
        .into_inner()
        .device_app
        .unwrap())
}

async fn relate(
    app: &TestApp,
    token: &str,
    a: &str,
    b: &str,
    request_id: &str,
) -> Result<pb::AppRelationship, tonic::Status> {
    let request = pb::CreateAppRelationshipRequest {
        relationship: Some(pb::AppRelationship {
            device_app_a_id: a.into(),
            device_app_b_id: b.into(),
            kind: AppRelationshipKind::Frenemies as i32,
            note: "they fight over my evenings".into(),
            ..Default::default()
        }),
        request_id: request_id.into(),
    };
    Ok(apps(app)
        .create_app_relationship(authed(request, token))
        .await?
        .into_inner()
        .relationship
        .unwrap())
}

/// The fields named by a call that must fail with INVALID_ARGUMENT.
fn invalid(result: Result<(), tonic::Status>) -> Vec<String> {
    let status = result.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    violated_fields(&status)
}

/// Every item of a paged list, page by page, with how many pages it took.
async fn all_pages<T, F, Fut>(mut fetch: F) -> (Vec<T>, usize)
where
    F: FnMut(String) -> Fut,
    Fut: std::future::Future<Output = (Vec<T>, String)>,
{
    let (mut items, mut pages, mut token) = (Vec::new(), 0, String::new());
    loop {
        let (page, next) = fetch(token).await;
        pages += 1;
        items.extend(page);
        if next.is_empty() {
            return (items, pages);
        }
        assert!(pages < 20, "paging does not end");
        token = next;
    }
}

/// One page of a list, and the token of the next ("" at the end).
type PageOf<T> = (Vec<T>, String);

async fn device_apps_page(app: &TestApp, token: &str, device_id: &str, size: i32, page: String) -> PageOf<String> {
    let request = pb::ListDeviceAppsRequest {
        device_id: device_id.into(),
        page_size: size,
        page_token: page,
    };
    let r = apps(app)
        .list_device_apps(authed(request, token))
        .await
        .unwrap()
        .into_inner();
    (r.device_apps.into_iter().map(|d| d.id).collect(), r.next_page_token)
}

async fn favorites_page(app: &TestApp, token: &str, size: i32, page: String) -> PageOf<String> {
    let request = pb::ListFavoritesRequest {
        page_size: size,
        page_token: page,
    };
    let r = apps(app)
        .list_favorites(authed(request, token))
        .await
        .unwrap()
        .into_inner();
    (r.device_apps.into_iter().map(|d| d.id).collect(), r.next_page_token)
}

async fn relationships_page(
    app: &TestApp,
    token: &str,
    device_app_id: &str,
    size: i32,
    page: String,
) -> PageOf<pb::AppRelationship> {
    let request = pb::ListAppRelationshipsRequest {
        device_app_id: device_app_id.into(),
        page_size: size,
        page_token: page,
    };
    let r = apps(app)
        .list_app_relationships(authed(request, token))
        .await
        .unwrap()
        .into_inner();
    (r.relationships, r.next_page_token)
}

/// Names and ids of the apps matching `query`, one page.
async fn search_page(app: &TestApp, token: &str, query: &str, size: i32, page: String) -> PageOf<(String, String)> {
    let request = pb::SearchAppsRequest {
        query: query.into(),
        page_size: size,
        page_token: page,
        ..Default::default()
    };
    let r = search(app, token, request).await.unwrap();
    (r.apps.into_iter().map(|a| (a.name, a.id)).collect(), r.next_page_token)
}

async fn device_apps(app: &TestApp, token: &str, device_id: &str) -> Vec<String> {
    all_pages(|page| device_apps_page(app, token, device_id, 0, page))
        .await
        .0
}

async fn favorites(app: &TestApp, token: &str) -> Vec<String> {
    all_pages(|page| favorites_page(app, token, 0, page)).await.0
}

async fn list_relationships(app: &TestApp, token: &str, device_app_id: &str) -> Vec<pb::AppRelationship> {
    all_pages(|page| relationships_page(app, token, device_app_id, 0, page))
        .await
        .0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_categories_returns_the_seeded_ten_in_order() {
    let app = TestApp::spawn().await;
    let (_, token) = member(&app, "ada@example.com").await;
    let categories = apps(&app)
        .list_categories(authed(pb::ListCategoriesRequest {}, &token))
        .await
        .unwrap()
        .into_inner()
        .categories;
    let names: Vec<&str> = categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Social",
            "Entertainment",
            "Productivity",
            "Games",
            "Education",
            "Health",
            "Communication",
            "News",
            "Utilities",
            "Other"
        ]
    );
    let values: Vec<i32> = categories.iter().map(|c| c.category).collect();
    assert_eq!(values, (1..=10).collect::<Vec<_>>(), "each name carries its enum value");
    assert!(categories.iter().all(|c| !c.description.is_empty()));

    let status = apps(&app)
        .list_categories(pb::ListCategoriesRequest {})
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_app_joins_the_catalogue_and_can_be_found() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let added = try_add(
        &app,
        &token,
        pb::AddDeviceAppRequest {
            device_id: phone.clone(),
            bundle_id: "dev.kith.Notes".into(),
            name: "Kith Notes".into(),
            category: AppCategory::Productivity as i32,
            nickname: "Scribbles".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(added.device_id, phone);
    assert_eq!(added.nickname, "Scribbles");
    assert!(!added.is_favorite);
    // The member sees the name and category they reported...
    let reported = added.app.clone().unwrap();
    assert_eq!(reported.bundle_id, "dev.kith.Notes");
    assert_eq!(reported.name, "Kith Notes");
    assert_eq!(reported.category, AppCategory::Productivity as i32);
    assert_eq!(
        reported.default_personality,
        AppPersonality::Productive as i32,
        "a new app's personality follows its category"
    );
    assert_eq!(added.personality_override, AppPersonality::Unspecified as i32);
    assert_eq!(added.personality, AppPersonality::Productive as i32);

    // Without a name or category, the bundle id stands in and it is "other".
    let bare = add(&app, &token, &phone, "org.example.bare", "").await.app.unwrap();
    assert_eq!(bare.name, "org.example.bare");
    assert_eq!(bare.category, AppCategory::Other as i32);

    // ...while the shared catalogue waits for an admin to name it.
    let catalogue = pb::App {
        name: "dev.kith.Notes".into(),
        category: AppCategory::Other as i32,
        default_personality: AppPersonality::Chill as i32,
        ..reported.clone()
    };
    for key in [catalogue.id.clone(), catalogue.bundle_id.clone()] {
        let got = apps(&app)
            .get_app(authed(pb::GetAppRequest { app_id: key }, &token))
            .await
            .unwrap()
            .into_inner()
            .app
            .unwrap();
        assert_eq!(got, catalogue);
    }
    curate(&app, "dev.kith.Notes", "Kith Notes", "productivity").await;
    let catalogue = pb::App {
        category: AppCategory::Productivity as i32,
        ..reported
    };
    let catalogue = pb::App {
        default_personality: AppPersonality::Chill as i32,
        ..catalogue
    };

    for key in [catalogue.id.clone(), catalogue.bundle_id.clone()] {
        let got = apps(&app)
            .get_app(authed(pb::GetAppRequest { app_id: key }, &token))
            .await
            .unwrap()
            .into_inner()
            .app
            .unwrap();
        assert_eq!(got, catalogue);
    }
    for missing in [uuid::Uuid::now_v7().to_string(), "com.nobody.app".to_owned()] {
        let status = apps(&app)
            .get_app(authed(pb::GetAppRequest { app_id: missing }, &token))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(reason(&status), "APP_NOT_FOUND");
    }

    // Any case, name or bundle id, any part of either.
    assert_eq!(search_names(&app, &token, "kith notes").await, ["Kith Notes"]);
    assert_eq!(search_names(&app, &token, "NOTES").await, ["Kith Notes"]);
    assert_eq!(search_names(&app, &token, "kith.no").await, ["Kith Notes"]);
    assert_eq!(search_names(&app, &token, "  bare ").await, ["org.example.bare"]);
    assert!(search_names(&app, &token, "instagram").await.is_empty());
    assert_eq!(search_names(&app, &token, "").await, ["Kith Notes", "org.example.bare"]);

    let by_category = |category: AppCategory| pb::SearchAppsRequest {
        category: category as i32,
        ..Default::default()
    };
    let productive = search(&app, &token, by_category(AppCategory::Productivity))
        .await
        .unwrap();
    assert_eq!(productive.apps, std::slice::from_ref(&catalogue));
    let games = search(&app, &token, by_category(AppCategory::Games)).await.unwrap();
    assert!(games.apps.is_empty());

    // The catalogue is shared: another member finds it too.
    let (_, other) = member(&app, "bob@example.com").await;
    assert_eq!(search_names(&app, &other, "kith").await, ["Kith Notes"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_takes_like_wildcards_literally() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    add(&app, &token, &phone, "com.deals.fifty", "50% Off").await;
    add(&app, &token, &phone, "com.deals.fivehundred", "500 Offers").await;
    add(&app, &token, &phone, "com.snake_case.app", "Snakes").await;
    add(&app, &token, &phone, "com.back.slash", "Back\\Slash").await;

    assert_eq!(search_names(&app, &token, "50%").await, ["50% Off"]);
    assert_eq!(search_names(&app, &token, "%").await, ["50% Off"]);
    assert_eq!(
        search_names(&app, &token, "_").await,
        ["Snakes"],
        "matches the bundle id's underscore"
    );
    assert_eq!(search_names(&app, &token, "\\").await, ["Back\\Slash"]);
    assert_eq!(search_names(&app, &token, "50").await, ["50% Off", "500 Offers"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn adding_an_app_twice_returns_the_existing_device_app() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let tablet = device(&app, &user_id, "Tab").await;
    let first = add(&app, &token, &phone, "com.instagram.android", "Instagram").await;
    let again = try_add(
        &app,
        &token,
        pb::AddDeviceAppRequest {
            device_id: phone.clone(),
            bundle_id: "com.instagram.android".into(),
            name: "Another name".into(),
            nickname: "Insta".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(again, first, "the retry returns the device app as it was");
    assert_eq!(count(&app, "SELECT count(*) FROM device_apps").await, 1);
    assert_eq!(count(&app, "SELECT count(*) FROM apps").await, 1);

    // The same app on another device is another device app of one catalogue app.
    let on_tablet = add(&app, &token, &tablet, "com.instagram.android", "").await;
    assert_ne!(on_tablet.id, first.id);
    assert_eq!(on_tablet.app.unwrap().id, first.app.unwrap().id);
    assert_eq!(count(&app, "SELECT count(*) FROM apps").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_device_app_changes_only_masked_fields() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let added = try_add(
        &app,
        &token,
        pb::AddDeviceAppRequest {
            device_id: phone,
            bundle_id: "com.zhiliaoapp.musically".into(),
            name: "TikTok".into(),
            category: AppCategory::Entertainment as i32,
            personality_override: AppPersonality::Toxic as i32,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(added.personality_override, AppPersonality::Toxic as i32);
    assert_eq!(added.personality, AppPersonality::Toxic as i32, "the override wins");

    let edit = pb::DeviceApp {
        id: added.id.clone(),
        nickname: "  The Scroll  ".into(),
        is_favorite: true,
        personality_override: AppPersonality::TimeWaster as i32,
        ..Default::default()
    };
    let updated = update_device_app(&app, &token, edit.clone(), &["nickname"])
        .await
        .unwrap();
    assert_eq!(updated.nickname, "The Scroll");
    assert!(!updated.is_favorite, "is_favorite was not in the mask");
    assert_eq!(updated.personality, AppPersonality::Toxic as i32);

    let updated = update_device_app(&app, &token, edit, &["personality_override", "is_favorite"])
        .await
        .unwrap();
    assert_eq!(updated.personality, AppPersonality::TimeWaster as i32);
    assert!(updated.is_favorite);
    assert_eq!(updated.nickname, "The Scroll");
    let stored: String = app
        .sql()
        .await
        .query_one("SELECT personality_override FROM device_apps", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored, "time_waster", "enums are stored by lower-case name");

    // Unspecified clears the override: the app's default speaks again.
    let clear = pb::DeviceApp {
        id: added.id.clone(),
        ..Default::default()
    };
    let cleared = update_device_app(&app, &token, clear, &["personality_override"])
        .await
        .unwrap();
    assert_eq!(cleared.personality_override, AppPersonality::Unspecified as i32);
    assert_eq!(cleared.personality, AppPersonality::Addictive as i32);
    assert_eq!(cleared.create_time, added.create_time);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_update_catalogue_apps() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let added = add(&app, &token, &phone, "com.duolingo", "duolingo").await;
    let catalogue = added.app.clone().unwrap();
    let edit = |paths: &[&str]| pb::UpdateAppRequest {
        app: Some(pb::App {
            id: catalogue.id.clone(),
            name: "Duolingo".into(),
            category: AppCategory::Education as i32,
            default_personality: AppPersonality::Needy as i32,
            bundle_id: "com.changed".into(),
            ..Default::default()
        }),
        update_mask: mask(paths),
    };

    let status = apps(&app)
        .update_app(authed(edit(&["name"]), &token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);

    let (_, admin) = app.admin_token().await;
    let updated = apps(&app)
        .update_app(authed(edit(&["name", "category", "default_personality"]), &admin))
        .await
        .unwrap()
        .into_inner()
        .app
        .unwrap();
    assert_eq!(updated.name, "Duolingo");
    assert_eq!(updated.category, AppCategory::Education as i32);
    assert_eq!(updated.default_personality, AppPersonality::Needy as i32);
    assert_eq!(updated.bundle_id, "com.duolingo", "the bundle id is not editable");
    assert_eq!(
        count(&app, "SELECT count(*) FROM audit_events WHERE action = 'app.updated'").await,
        1,
        "catalogue edits are audited"
    );

    // The device app speaks with the new default.
    let device_app = toggle(&app, &token, &added.id).await.unwrap();
    assert_eq!(device_app.personality, AppPersonality::Needy as i32);
    assert_eq!(
        device_app.app.unwrap().name,
        "duolingo",
        "the member keeps the name they reported"
    );

    let status = apps(&app)
        .update_app(authed(edit(&["bundle_id"]), &admin))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["update_mask"]);
    let mut missing = edit(&["name"]);
    missing.app.as_mut().unwrap().id = uuid::Uuid::now_v7().to_string();
    let status = apps(&app).update_app(authed(missing, &admin)).await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    assert_eq!(reason(&status), "APP_NOT_FOUND");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_names_every_wrong_field() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let a = add(&app, &token, &phone, "com.a", "A").await;
    let client = apps(&app);

    let bad_add = pb::AddDeviceAppRequest {
        device_id: "not-a-uuid".into(),
        bundle_id: "".into(),
        name: "n".repeat(201),
        category: 42,
        nickname: "n".repeat(101),
        personality_override: 99,
    };
    let fields = invalid(try_add(&app, &token, bad_add).await.map(drop));
    assert_eq!(
        fields,
        [
            "device_id",
            "bundle_id",
            "name",
            "category",
            "nickname",
            "personality_override"
        ]
    );
    let long_bundle = pb::AddDeviceAppRequest {
        device_id: phone.clone(),
        bundle_id: "b".repeat(256),
        ..Default::default()
    };
    assert_eq!(
        invalid(try_add(&app, &token, long_bundle).await.map(drop)),
        ["bundle_id"]
    );
    let spaced_bundle = pb::AddDeviceAppRequest {
        device_id: phone.clone(),
        bundle_id: "com.example app".into(),
        ..Default::default()
    };
    assert_eq!(
        invalid(try_add(&app, &token, spaced_bundle).await.map(drop)),
        ["bundle_id"]
    );
    assert_eq!(count(&app, "SELECT count(*) FROM apps").await, 1, "nothing was added");

    let bad_search = pb::SearchAppsRequest {
        query: "q".repeat(256),
        category: 11,
        page_size: -1,
        page_token: "garbage".into(),
    };
    let fields = invalid(search(&app, &token, bad_search).await.map(drop));
    assert_eq!(fields, ["query", "category", "page_size", "page_token"]);

    let get = client
        .clone()
        .get_app(authed(pb::GetAppRequest::default(), &token))
        .await;
    assert_eq!(invalid(get.map(drop)), ["app_id"]);

    // An empty mask, and an id that is not one.
    let edit = pb::DeviceApp {
        id: "x".into(),
        ..Default::default()
    };
    let fields = invalid(update_device_app(&app, &token, edit, &[]).await.map(drop));
    assert_eq!(fields, ["device_app.id", "update_mask"]);
    let edit = pb::DeviceApp {
        id: a.id.clone(),
        nickname: "n".repeat(101),
        personality_override: 17,
        ..Default::default()
    };
    let paths = ["nickname", "personality_override", "personality", "app"];
    let fields = invalid(update_device_app(&app, &token, edit, &paths).await.map(drop));
    assert_eq!(
        fields,
        [
            "device_app.nickname",
            "device_app.personality_override",
            "update_mask",
            "update_mask"
        ]
    );

    let (_, admin) = app.admin_token().await;
    let bad_app = pb::UpdateAppRequest {
        app: Some(pb::App {
            name: " ".into(),
            category: 0,
            default_personality: 0,
            ..Default::default()
        }),
        update_mask: mask(&["name", "category", "default_personality"]),
    };
    let fields = invalid(client.clone().update_app(authed(bad_app, &admin)).await.map(drop));
    assert_eq!(
        fields,
        ["app.id", "app.name", "app.category", "app.default_personality"]
    );

    let fields = invalid(toggle(&app, &token, "").await.map(drop));
    assert_eq!(fields, ["device_app_id"]);
    let remove = pb::RemoveDeviceAppRequest {
        device_app_id: "nope".into(),
    };
    let result = client.clone().remove_device_app(authed(remove, &token)).await;
    assert_eq!(invalid(result.map(drop)), ["device_app_id"]);
    let delete = pb::DeleteAppRelationshipRequest {
        relationship_id: "nope".into(),
    };
    let result = client.clone().delete_app_relationship(authed(delete, &token)).await;
    assert_eq!(invalid(result.map(drop)), ["relationship_id"]);

    let list = pb::ListDeviceAppsRequest {
        device_id: "nope".into(),
        page_size: -5,
        ..Default::default()
    };
    let result = client.clone().list_device_apps(authed(list, &token)).await;
    assert_eq!(invalid(result.map(drop)), ["device_id", "page_size"]);
    let list = pb::ListAppRelationshipsRequest {
        device_app_id: "nope".into(),
        ..Default::default()
    };
    let result = client.clone().list_app_relationships(authed(list, &token)).await;
    assert_eq!(invalid(result.map(drop)), ["device_app_id"]);
    let list = pb::ListFavoritesRequest {
        page_token: "garbage".into(),
        ..Default::default()
    };
    let result = client.clone().list_favorites(authed(list, &token)).await;
    assert_eq!(invalid(result.map(drop)), ["page_token"]);

    // A relationship: the same device app twice, no kind, a long note, a long request id.
    let same = pb::CreateAppRelationshipRequest {
        relationship: Some(pb::AppRelationship {
            device_app_a_id: a.id.clone(),
            device_app_b_id: a.id.clone(),
            kind: 0,
            note: "n".repeat(501),
            ..Default::default()
        }),
        request_id: "r".repeat(101),
    };
    let result = client.clone().create_app_relationship(authed(same, &token)).await;
    assert_eq!(
        invalid(result.map(drop)),
        [
            "relationship.device_app_b_id",
            "relationship.kind",
            "relationship.note",
            "request_id"
        ]
    );
    let unknown_kind = pb::CreateAppRelationshipRequest {
        relationship: Some(pb::AppRelationship {
            device_app_a_id: a.id.clone(),
            kind: 4,
            ..Default::default()
        }),
        request_id: String::new(),
    };
    let result = client
        .clone()
        .create_app_relationship(authed(unknown_kind, &token))
        .await;
    assert_eq!(
        invalid(result.map(drop)),
        ["relationship.device_app_b_id", "relationship.kind"]
    );
    assert_eq!(count(&app, "SELECT count(*) FROM app_relationships").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_users_devices_apps_and_relationships_are_not_found() {
    let app = TestApp::spawn().await;
    let (ada_id, ada) = member(&app, "ada@example.com").await;
    let (bob_id, bob) = member(&app, "bob@example.com").await;
    let ada_phone = device(&app, &ada_id, "Ada's phone").await;
    let bob_phone = device(&app, &bob_id, "Bob's phone").await;
    let a1 = add(&app, &ada, &ada_phone, "com.a1", "A1").await;
    let a2 = add(&app, &ada, &ada_phone, "com.a2", "A2").await;
    let b1 = add(&app, &bob, &bob_phone, "com.b1", "B1").await;
    toggle(&app, &ada, &a1.id).await.unwrap();
    let rel = relate(&app, &ada, &a1.id, &a2.id, "").await.unwrap();
    let missing = uuid::Uuid::now_v7().to_string();

    // Bob cannot put an app on Ada's device, and the catalogue learns nothing.
    let onto_ada = pb::AddDeviceAppRequest {
        device_id: ada_phone.clone(),
        bundle_id: "com.sneaky".into(),
        ..Default::default()
    };
    let status = try_add(&app, &bob, onto_ada).await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    assert_eq!(reason(&status), "DEVICE_NOT_FOUND");
    let unknown_device = pb::AddDeviceAppRequest {
        device_id: missing.clone(),
        bundle_id: "com.sneaky".into(),
        ..Default::default()
    };
    let unknown = try_add(&app, &bob, unknown_device).await.unwrap_err();
    assert_eq!((unknown.code(), unknown.message()), (status.code(), status.message()));
    assert_eq!(
        count(&app, "SELECT count(*) FROM apps WHERE bundle_id = 'com.sneaky'").await,
        0
    );

    // Every id-taking call answers for Ada's ids as for ids that do not exist.
    for id in [a1.id.clone(), missing.clone()] {
        let edit = pb::DeviceApp {
            id: id.clone(),
            nickname: "mine now".into(),
            ..Default::default()
        };
        let status = update_device_app(&app, &bob, edit, &["nickname"]).await.unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(reason(&status), "DEVICE_APP_NOT_FOUND");
        let status = toggle(&app, &bob, &id).await.unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(reason(&status), "DEVICE_APP_NOT_FOUND");
        let remove = pb::RemoveDeviceAppRequest {
            device_app_id: id.clone(),
        };
        let status = apps(&app).remove_device_app(authed(remove, &bob)).await.unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(reason(&status), "DEVICE_APP_NOT_FOUND");
        for (a, b) in [(&id, &a2.id), (&id, &b1.id), (&b1.id, &id)] {
            let status = relate(&app, &bob, a, b, "").await.unwrap_err();
            assert_eq!(status.code(), Code::NotFound);
            assert_eq!(reason(&status), "DEVICE_APP_NOT_FOUND");
        }
    }
    for id in [rel.id.clone(), missing.clone()] {
        let delete = pb::DeleteAppRelationshipRequest { relationship_id: id };
        let status = apps(&app)
            .delete_app_relationship(authed(delete, &bob))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(reason(&status), "APP_RELATIONSHIP_NOT_FOUND");
    }

    // Bob's lists hold only Bob's rows, whatever filter he names.
    assert_eq!(device_apps(&app, &bob, "").await, std::slice::from_ref(&b1.id));
    assert!(device_apps(&app, &bob, &ada_phone).await.is_empty());
    assert!(favorites(&app, &bob).await.is_empty());
    assert!(list_relationships(&app, &bob, "").await.is_empty());
    assert!(list_relationships(&app, &bob, &a1.id).await.is_empty());

    // Ada's rows are as she left them.
    assert_eq!(device_apps(&app, &ada, "").await, [a1.id.clone(), a2.id.clone()]);
    assert_eq!(favorites(&app, &ada).await, std::slice::from_ref(&a1.id));
    assert_eq!(list_relationships(&app, &ada, "").await, [rel]);
    assert_eq!(
        count(&app, "SELECT count(*) FROM device_apps WHERE nickname <> ''").await,
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn favourites_toggle_and_list() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let tablet = device(&app, &user_id, "Tab").await;
    let a = add(&app, &token, &phone, "com.a", "A").await;
    let b = add(&app, &token, &phone, "com.b", "B").await;
    let c = add(&app, &token, &tablet, "com.c", "C").await;
    assert!(favorites(&app, &token).await.is_empty());

    assert!(toggle(&app, &token, &a.id).await.unwrap().is_favorite);
    assert!(toggle(&app, &token, &c.id).await.unwrap().is_favorite);
    assert_eq!(favorites(&app, &token).await, [a.id.clone(), c.id.clone()]);

    assert!(
        !toggle(&app, &token, &a.id).await.unwrap().is_favorite,
        "a second toggle unsets it"
    );
    assert_eq!(favorites(&app, &token).await, std::slice::from_ref(&c.id));
    assert!(toggle(&app, &token, &b.id).await.unwrap().is_favorite);

    let (ids, pages) = all_pages(|page| favorites_page(&app, &token, 1, page)).await;
    assert_eq!(ids, [b.id.clone(), c.id.clone()]);
    assert_eq!(pages, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_a_device_app_keeps_the_catalogue_app() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let a = add(&app, &token, &phone, "com.a", "A").await;
    let b = add(&app, &token, &phone, "com.b", "B").await;
    relate(&app, &token, &a.id, &b.id, "").await.unwrap();

    let remove = || pb::RemoveDeviceAppRequest {
        device_app_id: a.id.clone(),
    };
    apps(&app).remove_device_app(authed(remove(), &token)).await.unwrap();
    assert_eq!(device_apps(&app, &token, "").await, std::slice::from_ref(&b.id));
    assert!(
        list_relationships(&app, &token, "").await.is_empty(),
        "its relationships go with it"
    );
    let status = apps(&app)
        .remove_device_app(authed(remove(), &token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    assert_eq!(
        search_names(&app, &token, "com.a").await,
        ["A"],
        "the catalogue keeps the app"
    );

    // Adding it again makes a new device app.
    let again = add(&app, &token, &phone, "com.a", "").await;
    assert_ne!(again.id, a.id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn app_relationships_pair_two_of_the_callers_apps_once() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let laptop = device(&app, &user_id, "Laptop").await;
    let a = add(&app, &token, &phone, "com.a", "A").await;
    let b = add(&app, &token, &phone, "com.b", "B").await;
    let c = add(&app, &token, &laptop, "com.c", "C").await;

    let ab = relate(&app, &token, &a.id, &b.id, "").await.unwrap();
    assert_eq!(ab.device_app_a_id, a.id);
    assert_eq!(ab.device_app_b_id, b.id);
    assert_eq!(ab.kind, AppRelationshipKind::Frenemies as i32);
    assert_eq!(ab.note, "they fight over my evenings");
    let kind: String = app
        .sql()
        .await
        .query_one("SELECT kind FROM app_relationships", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(kind, "frenemies");

    for (x, y) in [(&a.id, &b.id), (&b.id, &a.id)] {
        let status = relate(&app, &token, x, y, "").await.unwrap_err();
        assert_eq!(
            status.code(),
            Code::AlreadyExists,
            "a pair is related once, either way round"
        );
        assert_eq!(reason(&status), "APP_RELATIONSHIP_EXISTS");
    }

    // A retried create with the same request id returns the first result.
    let bc = relate(&app, &token, &b.id, &c.id, "req-1").await.unwrap();
    let retry = relate(&app, &token, &b.id, &c.id, "req-1").await.unwrap();
    assert_eq!(retry, bc);
    assert_eq!(count(&app, "SELECT count(*) FROM app_relationships").await, 2);

    // Apps on different devices may be related; filter by either side.
    assert_eq!(list_relationships(&app, &token, &b.id).await, [ab.clone(), bc.clone()]);
    assert_eq!(list_relationships(&app, &token, &c.id).await, std::slice::from_ref(&bc));
    assert_eq!(list_relationships(&app, &token, &a.id).await, std::slice::from_ref(&ab));

    let delete = pb::DeleteAppRelationshipRequest {
        relationship_id: ab.id.clone(),
    };
    apps(&app)
        .delete_app_relationship(authed(delete.clone(), &token))
        .await
        .unwrap();
    assert_eq!(list_relationships(&app, &token, "").await, [bc]);
    let status = apps(&app)
        .delete_app_relationship(authed(delete, &token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    // Once deleted, the pair may be related again.
    relate(&app, &token, &b.id, &a.id, "").await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lists_page_every_item_once_and_bind_tokens_to_their_filters() {
    let app = TestApp::spawn().await;
    let (user_id, token) = member(&app, "ada@example.com").await;
    let phone = device(&app, &user_id, "Pixel").await;
    let tablet = device(&app, &user_id, "Tab").await;
    let mut added = Vec::new();
    // Two apps share a name, so a page ends between them.
    for (i, name) in ["Delta", "Bravo", "Alpha", "Bravo", "Charlie"].iter().enumerate() {
        let on = if i % 2 == 0 { &phone } else { &tablet };
        added.push(add(&app, &token, on, &format!("com.page.{i}"), name).await);
    }

    // Device apps, in the order they were added.
    let (ids, pages) = all_pages(|page| device_apps_page(&app, &token, "", 2, page)).await;
    let expected: Vec<String> = added.iter().map(|d| d.id.clone()).collect();
    assert_eq!(ids, expected);
    assert_eq!(pages, 3);
    let (ids, _) = all_pages(|page| device_apps_page(&app, &token, &phone, 2, page)).await;
    assert_eq!(ids, [expected[0].clone(), expected[2].clone(), expected[4].clone()]);

    // A token only serves the list and filters it was issued for.
    for favourite in &added[..2] {
        toggle(&app, &token, &favourite.id).await.unwrap();
    }
    let (_, unfiltered) = device_apps_page(&app, &token, "", 2, String::new()).await;
    let (_, favourite) = favorites_page(&app, &token, 1, String::new()).await;
    assert!(!favourite.is_empty(), "two favourites make two pages");
    for page_token in [unfiltered, favourite] {
        let changed = pb::ListDeviceAppsRequest {
            device_id: phone.clone(),
            page_size: 2,
            page_token,
        };
        let status = apps(&app).list_device_apps(authed(changed, &token)).await.unwrap_err();
        assert_eq!(violated_fields(&status), ["page_token"]);
    }

    // The catalogue, by name then id.
    let (found, pages) = all_pages(|page| search_page(&app, &token, "com.page", 2, page)).await;
    let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["Alpha", "Bravo", "Bravo", "Charlie", "Delta"]);
    let mut ids: Vec<&str> = found.iter().map(|(_, id)| id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 5, "each app once");
    assert_eq!(pages, 3);
    let (_, next) = search_page(&app, &token, "com.page", 2, String::new()).await;
    let changed = pb::SearchAppsRequest {
        query: "com.pag".into(),
        page_size: 2,
        page_token: next,
        ..Default::default()
    };
    let status = search(&app, &token, changed).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["page_token"]);

    // Relationships.
    let ids: Vec<&str> = added.iter().map(|d| d.id.as_str()).collect();
    let mut created = Vec::new();
    for pair in ids.windows(2) {
        created.push(relate(&app, &token, pair[0], pair[1], "").await.unwrap().id);
    }
    let (relationships, pages) = all_pages(|page| relationships_page(&app, &token, "", 2, page)).await;
    let rel_ids: Vec<String> = relationships.into_iter().map(|r| r.id).collect();
    assert_eq!(rel_ids, created);
    assert_eq!(pages, 2);
}
