//! What every domain relies on: health, reflection, request ids, gRPC-Web
//! with CORS on the same port.

use kith::proto::identity::v1 as pb;
use prost::Message;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;
use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;
use tonic_reflection::pb::v1::ServerReflectionRequest;

use crate::harness::{grpc_web_frame, grpc_web_parse, TestApp, PASSWORD};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_is_serving_and_follows_the_database() {
    let app = TestApp::spawn().await;
    let mut health = HealthClient::new(app.channel.clone());
    let status = |name: &str| {
        let mut health = health.clone();
        let service = name.to_owned();
        async move {
            health
                .check(HealthCheckRequest { service })
                .await
                .map(|r| r.into_inner().status)
        }
    };
    assert_eq!(status("").await.unwrap(), ServingStatus::Serving as i32);
    assert_eq!(
        status("kith.identity.v1.AuthService").await.unwrap(),
        ServingStatus::Serving as i32
    );

    // Take the database away under the running server.
    let admin = app.sql().await;
    drop(admin);
    let (server, connection) =
        tokio_postgres::connect(&app.db_url.replace(&app.db_name, "postgres"), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    server
        .execute(&format!("DROP DATABASE \"{}\" WITH (FORCE)", app.db_name), &[])
        .await
        .unwrap();
    let mut last = 0;
    for _ in 0..100 {
        last = health
            .check(HealthCheckRequest { service: String::new() })
            .await
            .unwrap()
            .into_inner()
            .status;
        if last == ServingStatus::NotServing as i32 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(last, ServingStatus::NotServing as i32, "health follows the database");
    let status = app.try_login("a@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(
        status.code(),
        tonic::Code::Unavailable,
        "database trouble is retryable, not internal"
    );
}

async fn reflect(app: &TestApp, request: MessageRequest) -> MessageResponse {
    let mut client = ServerReflectionClient::new(app.channel.clone());
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(request),
    };
    let mut stream = client
        .server_reflection_info(tokio_stream::once(request))
        .await
        .unwrap()
        .into_inner();
    stream.message().await.unwrap().unwrap().message_response.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reflection_lists_every_service() {
    let app = TestApp::spawn().await;
    let MessageResponse::ListServicesResponse(list) = reflect(&app, MessageRequest::ListServices(String::new())).await
    else {
        panic!("expected a service list");
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    for expected in [
        "kith.identity.v1.AuthService",
        "kith.identity.v1.UserService",
        "kith.identity.v1.AdminService",
        "grpc.health.v1.Health",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }
    let MessageResponse::FileDescriptorResponse(files) = reflect(
        &app,
        MessageRequest::FileContainingSymbol("kith.identity.v1.AuthService".into()),
    )
    .await
    else {
        panic!("expected descriptors");
    };
    assert!(!files.file_descriptor_proto.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_ids_are_echoed_or_made() {
    let app = TestApp::spawn().await;
    let mut request = tonic::Request::new(pb::LoginRequest {
        email: "x@example.com".into(),
        password: "whatever1".into(),
    });
    request
        .metadata_mut()
        .insert("x-request-id", "trace-me-123".parse().unwrap());
    let status = app.auth().login(request).await.unwrap_err();
    assert_eq!(status.metadata().get("x-request-id").unwrap(), "trace-me-123");

    let response = app
        .auth()
        .register(pb::RegisterRequest {
            email: "y@example.com".into(),
            password: PASSWORD.into(),
            display_name: "Y".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    let made = response.metadata().get("x-request-id").unwrap().to_str().unwrap();
    assert!(uuid::Uuid::parse_str(made).is_ok(), "{made}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grpc_web_over_http1_with_cors_preflight() {
    let app = TestApp::spawn().await;
    let http = reqwest::Client::builder().http1_only().build().unwrap();
    let base = format!("http://{}", app.addr);
    let origin = "http://localhost:5173";

    let preflight = http
        .request(
            reqwest::Method::OPTIONS,
            format!("{base}/kith.identity.v1.AuthService/Register"),
        )
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "content-type,x-grpc-web,authorization",
        )
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success());
    assert_eq!(preflight.headers()["access-control-allow-origin"], origin);
    let allowed = preflight.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(
        allowed.contains("authorization") && allowed.contains("x-grpc-web"),
        "{allowed}"
    );

    let call = |path: &str, body: Vec<u8>, token: Option<&str>| {
        let mut request = http
            .post(format!("{base}{path}"))
            .header("origin", origin)
            .header("content-type", "application/grpc-web+proto")
            .header("x-grpc-web", "1")
            .body(body);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        request.send()
    };
    let response = call(
        "/kith.identity.v1.AuthService/Register",
        grpc_web_frame(&pb::RegisterRequest {
            email: "web@example.com".into(),
            password: PASSWORD.into(),
            display_name: "Web".into(),
            ..Default::default()
        }),
        None,
    )
    .await
    .unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_11);
    assert_eq!(response.headers()["access-control-allow-origin"], origin);
    let exposed = response.headers()["access-control-expose-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(exposed.contains("grpc-status-details-bin"), "{exposed}");
    let (message, trailers) = grpc_web_parse(&response.bytes().await.unwrap());
    assert!(trailers.contains("grpc-status:0"), "{trailers}");
    let registered = pb::RegisterResponse::decode(message.as_slice()).unwrap();
    let token = registered.session.unwrap().access_token;

    let response = call(
        "/kith.identity.v1.AuthService/Login",
        grpc_web_frame(&pb::LoginRequest {
            email: "web@example.com".into(),
            password: PASSWORD.into(),
        }),
        None,
    )
    .await
    .unwrap();
    let (message, _) = grpc_web_parse(&response.bytes().await.unwrap());
    assert!(pb::LoginResponse::decode(message.as_slice()).unwrap().session.is_some());

    let response = call(
        "/kith.identity.v1.UserService/GetMe",
        grpc_web_frame(&pb::GetMeRequest {}),
        Some(&token),
    )
    .await
    .unwrap();
    let (message, trailers) = grpc_web_parse(&response.bytes().await.unwrap());
    assert!(trailers.contains("grpc-status:0"), "{trailers}");
    assert_eq!(
        pb::GetMeResponse::decode(message.as_slice())
            .unwrap()
            .user
            .unwrap()
            .email,
        "web@example.com"
    );

    // Without a token the browser still gets a readable status.
    let response = call(
        "/kith.identity.v1.UserService/GetMe",
        grpc_web_frame(&pb::GetMeRequest {}),
        None,
    )
    .await
    .unwrap();
    assert_eq!(response.headers()["grpc-status"], "16");

    // An origin outside the allow-list gets no CORS grant.
    let preflight = http
        .request(
            reqwest::Method::OPTIONS,
            format!("{base}/kith.identity.v1.AuthService/Register"),
        )
        .header("origin", "http://evil.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert!(preflight.headers().get("access-control-allow-origin").is_none());
}

/// The README's manual calls, run with the pinned buf CLI (`make tools`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buf_curl_lists_services_and_registers() {
    let buf = concat!(env!("CARGO_MANIFEST_DIR"), "/clients/tools/node_modules/.bin/buf");
    assert!(std::path::Path::new(buf).exists(), "buf CLI missing: run `make tools`");
    let app = TestApp::spawn().await;
    let base = format!("http://{}", app.addr);
    let run = |args: Vec<String>| async move {
        let output = tokio::process::Command::new(buf)
            .arg("curl")
            .args(&args)
            .output()
            .await
            .unwrap();
        assert!(
            output.status.success(),
            "buf {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let grpc = ["--protocol", "grpc", "--http2-prior-knowledge"].map(String::from);

    let services = run([&grpc[..], &["--list-services".into(), base.clone()]].concat()).await;
    assert!(
        services.lines().any(|l| l == "kith.identity.v1.AuthService"),
        "{services}"
    );

    let body = r#"{"email":"curl@example.com","password":"correct horse","displayName":"Curl"}"#;
    let registered = run([
        &grpc[..],
        &[
            "-d".into(),
            body.into(),
            format!("{base}/kith.identity.v1.AuthService/Register"),
        ],
    ]
    .concat())
    .await;
    let json: serde_json::Value = serde_json::from_str(&registered).unwrap();
    let token = json["session"]["accessToken"].as_str().expect("access token in JSON");

    let me = run(vec![
        "--protocol".into(),
        "grpcweb".into(),
        "-H".into(),
        format!("Authorization: Bearer {token}"),
        format!("{base}/kith.identity.v1.UserService/GetMe"),
    ])
    .await;
    let json: serde_json::Value = serde_json::from_str(&me).unwrap();
    assert_eq!(json["user"]["email"], "curl@example.com");
}

/// gRPC-Web clients reuse HTTP/1.1 connections: a call refused before its
/// body was read must leave the connection usable for the next call.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_grpc_web_calls_keep_the_connection_usable() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn().await;
    let mut socket = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    let request = |path: &str, body: &[u8]| {
        let mut bytes = format!(
            "POST {path} HTTP/1.1\r\nhost: kith\r\ncontent-type: application/grpc-web+proto\r\n\
             x-grpc-web: 1\r\ncontent-length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        bytes.extend_from_slice(body);
        bytes
    };
    // Reads one response head (these responses have empty or small bodies).
    async fn head(socket: &mut tokio::net::TcpStream) -> String {
        let mut buf = vec![0u8; 64 * 1024];
        let n = tokio::time::timeout(std::time::Duration::from_secs(5), socket.read(&mut buf))
            .await
            .expect("a response")
            .unwrap();
        String::from_utf8_lossy(&buf[..n]).into_owned()
    }
    // An unauthenticated 200 KB call, refused before its body is read.
    let refused = request("/kith.usage.v1.UsageService/BatchCreateUsage", &vec![0u8; 200 * 1024]);
    socket.write_all(&refused).await.unwrap();
    let first = head(&mut socket).await;
    assert!(first.contains("grpc-status: 16"), "{first}");
    // The same connection carries the next call.
    let body = grpc_web_frame(&pb::LoginRequest {
        email: "nobody@example.com".into(),
        password: "whatever1".into(),
    });
    socket
        .write_all(&request("/kith.identity.v1.AuthService/Login", &body))
        .await
        .unwrap();
    let second = head(&mut socket).await;
    assert!(second.starts_with("HTTP/1.1 200"), "connection was dropped: {second:?}");
}
