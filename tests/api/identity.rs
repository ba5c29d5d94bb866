//! Accounts, sessions, roles and the audit trail, through the real server.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use kith::proto::identity::v1 as pb;
use prost_types::FieldMask;
use tonic::Code;

use crate::harness::{authed, fake_http_server, reason, violated_fields, TestApp, PASSWORD, TEST_SECRET};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_login_and_get_me() {
    let app = TestApp::spawn().await;
    let (user, session) = app.register("Ada@Example.com").await;
    assert_eq!(user.email, "ada@example.com", "emails are stored lower-cased");
    assert_eq!(user.role, pb::Role::Member as i32);
    assert_eq!(session.token_type, "Bearer");
    assert!(!session.access_token.is_empty() && !session.refresh_token.is_empty());

    let login = app.login("ADA@example.com", PASSWORD).await;
    let me = app.get_me(&login.access_token).await.unwrap();
    assert_eq!(me.id, user.id);
    assert_eq!(me.email, "ada@example.com");
    assert_eq!(me.timezone, "UTC");
    assert!(me.has_password);
    assert!(me.last_active_at.is_some(), "login marks the user active");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_registration_names_every_wrong_field_at_once() {
    let app = TestApp::spawn().await;
    let status = app
        .auth()
        .register(pb::RegisterRequest {
            email: "not-an-email".into(),
            password: "short".into(),
            display_name: "Ada".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["email", "password"]);

    let status = app
        .auth()
        .register(pb::RegisterRequest {
            email: "ada@example.com".into(),
            password: PASSWORD.into(),
            display_name: "Ada".into(),
            timezone: "Mars/Olympus_Mons".into(),
            locale: "en".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["timezone"]);
    let count: i64 = app
        .sql()
        .await
        .query_one("SELECT count(*) FROM users", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 0, "a refused registration writes nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_email_in_another_case_already_exists() {
    let app = TestApp::spawn().await;
    app.register("ada@example.com").await;
    let status = app
        .auth()
        .register(pb::RegisterRequest {
            email: "ADA@EXAMPLE.COM".into(),
            password: PASSWORD.into(),
            display_name: "Ada again".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::AlreadyExists);
    assert_eq!(reason(&status), "EMAIL_TAKEN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_and_unknown_email_answer_alike() {
    let app = TestApp::spawn().await;
    app.register("ada@example.com").await;
    let wrong_password = app.try_login("ada@example.com", "wrong password").await.unwrap_err();
    let unknown_email = app.try_login("nobody@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(wrong_password.code(), Code::Unauthenticated);
    assert_eq!(unknown_email.code(), Code::Unauthenticated);
    assert_eq!(wrong_password.message(), unknown_email.message());
    assert_eq!(reason(&wrong_password), reason(&unknown_email));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_failed_logins_are_resource_exhausted() {
    let app = TestApp::spawn_with(|c| c.auth.login_max_per_email = 3).await;
    app.register("ada@example.com").await;
    for _ in 0..3 {
        let status = app.try_login("ada@example.com", "wrong password").await.unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated);
    }
    // Even the right password is refused until the window passes.
    let status = app.try_login("ada@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(reason(&status), "TOO_MANY_LOGIN_ATTEMPTS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_failures_from_one_peer_are_resource_exhausted() {
    let app = TestApp::spawn_with(|c| c.auth.login_max_per_peer = 2).await;
    for email in ["a@example.com", "b@example.com"] {
        let status = app.try_login(email, "whatever1").await.unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated);
    }
    let status = app.try_login("c@example.com", "whatever1").await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
}

fn unsigned_token(claims: &serde_json::Value) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT","kid":"k1"}"#);
    let body = URL_SAFE_NO_PAD.encode(claims.to_string());
    format!("{header}.{body}.")
}

fn hs256(claims: &serde_json::Value, secret: &str) -> String {
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some("k1".into());
    jsonwebtoken::encode(&header, claims, &EncodingKey::from_secret(secret.as_bytes())).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_bad_token_is_unauthenticated() {
    let app = TestApp::spawn().await;
    let (user, session) = app.register("ada@example.com").await;
    let now = chrono::Utc::now().timestamp();
    let claims = |exp: i64| {
        serde_json::json!({"sub": user.id, "iss": "kith", "typ": "access", "iat": now - 7200, "exp": exp,
                           "jti": uuid::Uuid::new_v4()})
    };
    let cases = [
        ("garbage", "not.a.jwt".to_owned()),
        ("expired", hs256(&claims(now - 3600), TEST_SECRET)),
        ("alg none", unsigned_token(&claims(now + 3600))),
        (
            "other key",
            hs256(&claims(now + 3600), "some-other-secret-some-other-secret-00"),
        ),
        ("refresh token", session.refresh_token.clone()),
    ];
    // The control: the same claims signed with the right key pass.
    let valid = hs256(&claims(now + 3600), TEST_SECRET);
    app.get_me(&valid).await.expect("control token works");

    let status = app.users().get_me(pb::GetMeRequest {}).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated, "missing token");
    for (name, token) in cases {
        let status = app.get_me(&token).await.unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated, "{name}");
        assert_eq!(reason(&status), "UNAUTHENTICATED", "{name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refresh_rotates_and_reuse_revokes_the_family() {
    let app = TestApp::spawn().await;
    let (_, first) = app.register("ada@example.com").await;
    let second = app.try_refresh(&first.refresh_token).await.unwrap();
    assert_ne!(second.refresh_token, first.refresh_token, "rotated");
    app.get_me(&second.access_token).await.unwrap();

    let reuse = app.try_refresh(&first.refresh_token).await.unwrap_err();
    assert_eq!(reuse.code(), Code::Unauthenticated);
    assert_eq!(reason(&reuse), "REFRESH_TOKEN_REUSED");
    let after = app.try_refresh(&second.refresh_token).await.unwrap_err();
    assert_eq!(after.code(), Code::Unauthenticated, "the whole family is revoked");

    let stored: i64 = app
        .sql()
        .await
        .query_one(
            "SELECT count(*) FROM refresh_tokens WHERE token_hash = sha256($1::text::bytea)",
            &[&second.refresh_token],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored, 1, "tokens are stored as their SHA-256 only");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logout_ends_the_session() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("ada@example.com").await;
    let other = app.login("ada@example.com", PASSWORD).await;
    let (_, stranger) = app.register("eve@example.com").await;
    let status = app
        .auth()
        .logout(authed(
            pb::LogoutRequest {
                refresh_token: session.refresh_token.clone(),
                all_sessions: false,
            },
            &stranger.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(
        status.code(),
        Code::NotFound,
        "another user's session is not theirs to end"
    );
    let revoked = app
        .auth()
        .logout(authed(
            pb::LogoutRequest {
                refresh_token: session.refresh_token.clone(),
                all_sessions: false,
            },
            &session.access_token,
        ))
        .await
        .unwrap()
        .into_inner()
        .revoked_sessions;
    assert_eq!(revoked, 1);
    let status = app.try_refresh(&session.refresh_token).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    // The other session is untouched until all_sessions.
    app.try_refresh(&other.refresh_token)
        .await
        .expect("other session still refreshes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn change_password_checks_the_old_one_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("ada@example.com").await;
    let status = app
        .auth()
        .change_password(authed(
            pb::ChangePasswordRequest {
                current_password: "not my password".into(),
                new_password: "a brand new password".into(),
                google_id_token: String::new(),
            },
            &session.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["current_password"]);

    let fresh = app
        .auth()
        .change_password(authed(
            pb::ChangePasswordRequest {
                current_password: PASSWORD.into(),
                new_password: "a brand new password".into(),
                google_id_token: String::new(),
            },
            &session.access_token,
        ))
        .await
        .unwrap()
        .into_inner()
        .session
        .unwrap();
    assert!(!fresh.access_token.is_empty());
    let old = app.try_refresh(&session.refresh_token).await.unwrap_err();
    assert_eq!(old.code(), Code::Unauthenticated, "old sessions end");
    app.login("ada@example.com", "a brand new password").await;
    let events: Vec<String> = app
        .sql()
        .await
        .query("SELECT action FROM audit_events ORDER BY sequence", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(events.contains(&"user.password_changed".to_owned()), "{events:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_me_changes_only_the_masked_fields() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("ada@example.com").await;
    let update = |user: pb::User, paths: &[&str]| {
        let mut users = app.users();
        let request = authed(
            pb::UpdateMeRequest {
                user: Some(user),
                update_mask: Some(FieldMask {
                    paths: paths.iter().map(|p| p.to_string()).collect(),
                }),
            },
            &session.access_token,
        );
        async move { users.update_me(request).await }
    };
    let user = pb::User {
        display_name: "Ada Lovelace".into(),
        timezone: "Pacific/Kiritimati".into(),
        locale: "fr".into(),
        conversation_preferences: Some(pb::ConversationPreferences {
            preferred_moods: vec![pb::Mood::Sarcastic as i32, pb::Mood::Wholesome as i32],
            frequency: pb::ConversationFrequency::Weekly as i32,
            quiet_hours: Some(pb::QuietHours {
                start: "22:30".into(),
                end: "07:00".into(),
            }),
        }),
        ..Default::default()
    };
    let updated = update(user.clone(), &["display_name", "timezone", "conversation_preferences"])
        .await
        .unwrap()
        .into_inner()
        .user
        .unwrap();
    assert_eq!(updated.display_name, "Ada Lovelace");
    assert_eq!(updated.timezone, "Pacific/Kiritimati");
    assert_eq!(updated.locale, "en", "locale was not in the mask");
    let prefs = updated.conversation_preferences.unwrap();
    assert_eq!(
        prefs.preferred_moods,
        [pb::Mood::Sarcastic as i32, pb::Mood::Wholesome as i32]
    );
    assert_eq!(prefs.frequency, pb::ConversationFrequency::Weekly as i32);
    assert_eq!(prefs.quiet_hours.unwrap().start, "22:30");

    let status = update(user.clone(), &["display_name", "favourite_colour"])
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["update_mask"]);
    let bad = pb::User {
        timezone: "Nowhere/Special".into(),
        ..user
    };
    let status = update(bad, &["timezone"]).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["user.timezone"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_service_is_for_admins_only() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("member@example.com").await;
    let status = app
        .admin()
        .list_users(authed(pb::ListUsersRequest::default(), &session.access_token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    let status = app
        .admin()
        .verify_audit_chain(authed(pb::VerifyAuditChainRequest {}, &session.access_token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deactivated_users_tokens_stop_working_at_once() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (member, session) = app.register("member@example.com").await;
    app.get_me(&session.access_token).await.unwrap();
    let updated = app
        .admin()
        .set_user_active(authed(
            pb::SetUserActiveRequest {
                user_id: member.id.clone(),
                is_active: false,
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner()
        .user
        .unwrap();
    assert!(!updated.is_active);
    let status = app.get_me(&session.access_token).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    let status = app.try_refresh(&session.refresh_token).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    let status = app.try_login("member@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(reason(&status), "ACCOUNT_DISABLED");

    let status = app
        .admin()
        .set_user_active(authed(
            pb::SetUserActiveRequest {
                user_id: uuid::Uuid::now_v7().to_string(),
                is_active: false,
            },
            &admin,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_list_users_in_pages_and_change_roles() {
    let app = TestApp::spawn().await;
    let (admin_user, admin) = app.admin_token().await;
    for i in 0..5 {
        app.register(&format!("user{i}@example.com")).await;
    }
    let list = |page_token: String, role: pb::Role| {
        let mut client = app.admin();
        let request = authed(
            pb::ListUsersRequest {
                page_size: 2,
                page_token,
                role: role as i32,
                is_active: None,
            },
            &admin,
        );
        async move { client.list_users(request).await }
    };
    let mut seen = Vec::new();
    let mut token = String::new();
    let mut pages = 0;
    loop {
        let page = list(token.clone(), pb::Role::Member).await.unwrap().into_inner();
        pages += 1;
        assert!(page.users.len() <= 2);
        seen.extend(page.users.into_iter().map(|u| u.email));
        if page.next_page_token.is_empty() {
            break;
        }
        token = page.next_page_token;
        if pages == 1 {
            let status = list(token.clone(), pb::Role::Admin).await.unwrap_err();
            assert_eq!(status.code(), Code::InvalidArgument, "token reused with other filters");
            assert_eq!(violated_fields(&status), ["page_token"]);
        }
    }
    assert_eq!(pages, 3);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 5, "every member once: {seen:?}");
    assert!(!seen.contains(&admin_user.email), "role filter applies");

    let set_role = |user_id: &str, role: pb::Role| {
        let mut client = app.admin();
        let request = authed(
            pb::SetUserRoleRequest {
                user_id: user_id.into(),
                role: role as i32,
            },
            &admin,
        );
        async move {
            client
                .set_user_role(request)
                .await
                .map(|r| r.into_inner().user.unwrap())
        }
    };
    let member = app.register("mentor-to-be@example.com").await.0;
    let promoted = set_role(&member.id, pb::Role::Mentor).await.unwrap();
    assert_eq!(promoted.role, pb::Role::Mentor as i32);
    let status = set_role("not-a-uuid", pb::Role::Unspecified).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["user_id", "role"]);
    let status = set_role(&admin_user.id, pb::Role::Member).await.unwrap_err();
    assert_eq!(
        status.code(),
        Code::FailedPrecondition,
        "an admin cannot demote themselves"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_trail_records_security_events_and_detects_tampering() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (member, _) = app.register("member@example.com").await;
    let _ = app.try_login("member@example.com", "wrong password").await.unwrap_err();
    app.admin()
        .set_user_role(authed(
            pb::SetUserRoleRequest {
                user_id: member.id.clone(),
                role: pb::Role::Investigator as i32,
            },
            &admin,
        ))
        .await
        .unwrap();

    let events = app
        .admin()
        .list_audit_events(authed(
            pb::ListAuditEventsRequest {
                resource_id: member.id.clone(),
                ..Default::default()
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner()
        .events;
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["user.role_changed", "auth.login_failed", "user.register"],
        "newest first"
    );
    assert_eq!(events[0].metadata.get("to").map(String::as_str), Some("investigator"));

    let verify = |app: &TestApp| {
        let mut client = app.admin();
        let request = authed(pb::VerifyAuditChainRequest {}, &admin);
        async move { client.verify_audit_chain(request).await.unwrap().into_inner() }
    };
    let report = verify(&app).await;
    assert!(report.valid, "{report:?}");
    assert!(report.events_checked >= 5);

    let sql = app.sql().await;
    let refused = sql
        .execute(
            "UPDATE audit_events SET action = 'nothing' WHERE action = 'auth.login_failed'",
            &[],
        )
        .await;
    assert!(refused.is_err(), "the table is append-only");
    // Someone with superuser rights edits history anyway.
    sql.batch_execute(
        "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete;
         UPDATE audit_events SET metadata = '{\"email\":\"someone-else@example.com\"}' WHERE action = 'auth.login_failed';",
    )
    .await
    .unwrap();
    let tampered = events[1].id.clone();
    let report = verify(&app).await;
    assert!(!report.valid);
    assert_eq!(report.first_invalid_event_id, tampered);
}

pub(crate) fn google_token(claims: &serde_json::Value) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some("test-key-1".into());
    let key = EncodingKey::from_rsa_pem(include_bytes!("fixtures/google_test_key.pem")).unwrap();
    jsonwebtoken::encode(&header, claims, &key).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_with_google_verifies_and_creates_once() {
    let jwks = include_str!("fixtures/google_test_jwks.json").to_owned();
    let (jwks_addr, hits) = fake_http_server(jwks).await;
    let app = TestApp::spawn_with(|c| {
        c.auth.google_jwks_url = format!("http://{jwks_addr}/certs");
        c.auth.google_client_ids = vec!["kith-web.apps.example".into()];
    })
    .await;
    let now = chrono::Utc::now().timestamp();
    let claims = |aud: &str, iss: &str| {
        serde_json::json!({"sub": "google-123", "aud": aud, "iss": iss, "iat": now, "exp": now + 600,
                           "email": "grace@example.com", "email_verified": true, "name": "Grace Hopper"})
    };
    let sign_in = |token: String| {
        let mut auth = app.auth();
        async move {
            auth.sign_in_with_google(pb::SignInWithGoogleRequest { id_token: token })
                .await
        }
    };
    let first = sign_in(google_token(&claims(
        "kith-web.apps.example",
        "https://accounts.google.com",
    )))
    .await
    .unwrap()
    .into_inner();
    assert!(first.created);
    let user = first.user.unwrap();
    assert_eq!(
        (user.email.as_str(), user.display_name.as_str()),
        ("grace@example.com", "Grace Hopper")
    );
    assert!(user.google_linked && !user.has_password);
    app.users()
        .get_me(authed(pb::GetMeRequest {}, &first.session.unwrap().access_token))
        .await
        .unwrap();

    let again = sign_in(google_token(&claims("kith-web.apps.example", "accounts.google.com")))
        .await
        .unwrap()
        .into_inner();
    assert!(!again.created);
    assert_eq!(again.user.unwrap().id, user.id);
    assert_eq!(
        hits.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "keys are cached by kid"
    );

    for (aud, iss) in [
        ("someone-elses-app", "https://accounts.google.com"),
        ("kith-web.apps.example", "https://evil.example"),
    ] {
        let status = sign_in(google_token(&claims(aud, iss))).await.unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated, "aud {aud} iss {iss}");
    }
    let forged = hs256(
        &claims("kith-web.apps.example", "https://accounts.google.com"),
        TEST_SECRET,
    );
    assert_eq!(sign_in(forged).await.unwrap_err().code(), Code::Unauthenticated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn google_sign_in_without_configuration_is_failed_precondition() {
    let app = TestApp::spawn().await;
    let status = app
        .auth()
        .sign_in_with_google(pb::SignInWithGoogleRequest {
            id_token: "x.y.z".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
}
