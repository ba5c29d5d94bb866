//! The standalone Rust client crate (clients/rust): its generated code is what
//! the protos produce, and it talks to the real server on its own.

use crate::harness::{device, TestApp, PASSWORD};
use kith_client::devices::v1::{device_service_client::DeviceServiceClient, GetDeviceRequest, ListDevicesRequest};
use kith_client::identity::v1::{auth_service_client::AuthServiceClient, RegisterRequest};
use kith_client::BearerToken;
use std::collections::BTreeMap;
use std::path::Path;

fn rust_files(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    files
}

/// `make clients` runs this with KITH_UPDATE_CLIENTS=1 to rewrite the crate's
/// generated code; CI runs it without, so stale code fails.
#[test]
fn generated_code_matches_the_protos() {
    let built = Path::new(env!("OUT_DIR")).join("rust-client");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("clients/rust/src/gen");
    let expected = rust_files(&built);
    assert!(
        expected.len() >= 14,
        "one file per proto package, got {:?}",
        expected.keys()
    );
    if std::env::var_os("KITH_UPDATE_CLIENTS").is_some() {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).unwrap();
        for (name, code) in &expected {
            std::fs::write(committed.join(name), code).unwrap();
        }
    }
    let actual = rust_files(&committed);
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>(),
        "clients/rust/src/gen has other files than the protos make: run `make clients`"
    );
    for (name, code) in &expected {
        assert!(
            actual[name] == *code,
            "clients/rust/src/gen/{name} is stale: run `make clients`"
        );
    }
    // Every package is a module of the crate.
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("clients/rust/src/lib.rs")).unwrap();
    for name in expected.keys() {
        assert!(
            lib.contains(&format!("\"{name}\"")),
            "clients/rust/src/lib.rs does not include {name}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rust_client_registers_and_reads_its_own_devices() {
    let app = TestApp::spawn().await;
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", app.addr))
        .unwrap()
        .connect()
        .await
        .unwrap();

    let registered = AuthServiceClient::new(channel.clone())
        .register(RegisterRequest {
            email: "rusty@kith.test".into(),
            password: PASSWORD.into(),
            display_name: "Rusty".into(),
            ..Default::default()
        })
        .await
        .expect("register through the client crate")
        .into_inner();
    let user = registered.user.unwrap();
    let token = registered.session.unwrap().access_token;
    let phone = device(&app, &user.id, "Pocket").await;

    let mut devices = DeviceServiceClient::with_interceptor(channel.clone(), BearerToken::new(&token).unwrap());
    let page = devices
        .list_devices(ListDevicesRequest::default())
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.devices.len(), 1);
    assert_eq!(page.devices[0].id, phone);
    assert_eq!(page.devices[0].name, "Pocket");

    // Another user's device is NOT_FOUND; no token is UNAUTHENTICATED.
    let (other, _) = app.register("other@kith.test").await;
    let theirs = device(&app, &other.id, "Theirs").await;
    let status = devices
        .get_device(GetDeviceRequest { device_id: theirs })
        .await
        .unwrap_err();
    assert_eq!(status.code(), tonic::Code::NotFound);
    let status = DeviceServiceClient::new(channel)
        .list_devices(ListDevicesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), tonic::Code::Unauthenticated);
}
