//! Random well-formed requests for every unary and server-streaming method of
//! every `kith.*` service, built from the server's own descriptor set (so a
//! new method is covered without touching this file) and full of awkward
//! values: empty and 100,000-character strings, NUL bytes, right-to-left
//! marks and other control characters, unknown enum numbers, the extremes of
//! every integer type, 2,000-element repeats, random and real ids.
//!
//! A client's bad input must never look like a server fault: no method may
//! answer INTERNAL or UNKNOWN, no handler may panic (the client sees its
//! stream reset, CANCELLED), and the server must still answer afterwards.
//!
//! `KITH_FUZZ_CASES` sets the cases per method (default 50),
//! `KITH_FUZZ_SEED` the seed (default 0, so `make test` is repeatable) and
//! `KITH_FUZZ_METHOD` limits the run to methods whose name contains it, e.g.
//! `KITH_FUZZ_CASES=5000 cargo test --test api -- fuzz:: --nocapture`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::{Buf, BufMut, Bytes};
use kith::proto::devices::v1 as devices_pb;
use kith::proto::identity::v1 as identity_pb;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use prost::Message as _;
use prost_reflect::{
    DescriptorPool, DynamicMessage, FieldDescriptor, Kind, MapKey, MessageDescriptor, MethodDescriptor, Value,
};
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::transport::Channel;
use tonic::{Code, Status};

use crate::harness::{authed, TestApp, PASSWORD};

const DEFAULT_CASES: u32 = 50;
/// Messages nested deeper than this are sent empty; it bounds recursive types
/// such as `google.protobuf.Struct`.
const MAX_DEPTH: u32 = 3;
/// Nested messages below this depth get only small values, so that one
/// request stays within a few MiB.
const RICH_DEPTH: u32 = 1;
const LONG_STRING: usize = 100_000;
const LONG_REPEAT: usize = 2_000;
/// A call that takes longer than this is a failure (a request that hangs the
/// server is as bad as one that breaks it); generous for a loaded machine.
const CALL_TIMEOUT: Duration = Duration::from_secs(60);
/// A server stream is read for this long, or this many messages, then dropped.
const STREAM_WINDOW: Duration = Duration::from_millis(500);
const STREAM_MESSAGES: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_request_makes_a_method_answer_internal_or_the_server_fall_over() {
    let app = TestApp::spawn().await;
    let cases = env_number("KITH_FUZZ_CASES", u64::from(DEFAULT_CASES)) as u32;
    let seed = env_number("KITH_FUZZ_SEED", 0);
    let only = std::env::var("KITH_FUZZ_METHOD").ok();
    let pool = DescriptorPool::decode(kith::proto::FILE_DESCRIPTOR_SET).expect("the server's descriptor set");
    let methods: Vec<MethodDescriptor> = pool
        .services()
        .filter(|s| s.package_name().starts_with("kith."))
        .flat_map(|s| s.methods().collect::<Vec<_>>())
        // A client stream is a sequence of requests, not one; out of scope here.
        .filter(|m| !m.is_client_streaming())
        .filter(|m| only.as_deref().is_none_or(|only| m.full_name().contains(only)))
        .collect();
    assert!(
        only.is_some() || methods.len() > 50,
        "only {} methods found in the descriptor set",
        methods.len()
    );

    let callers = Callers::new(&app).await;
    let ids = callers.known_ids(&app).await;
    let channel = app.channel.clone();
    let handle = tokio::runtime::Handle::current();
    let started = Instant::now();
    // proptest drives a synchronous closure; the calls run on the test's
    // runtime from this blocking thread.
    let failures = tokio::task::spawn_blocking(move || {
        let mut failures = Vec::new();
        for method in &methods {
            let method_started = Instant::now();
            let outcome = fuzz_method(&handle, &channel, &callers, method, &ids, cases, seed);
            if let Err(failure) = outcome {
                failures.push(failure);
            }
            // A panic that took the server (or its connection) down shows here.
            if let Err(status) = handle.block_on(callers.check_alive(&channel)) {
                failures.push(format!(
                    "{}: the server stopped answering GetMe afterwards: {status:?}",
                    method.full_name()
                ));
                break;
            }
            let took = method_started.elapsed();
            if took > Duration::from_secs(20) {
                eprintln!("fuzz: {} took {took:?} for {cases} cases", method.full_name());
            }
        }
        failures
    })
    .await
    .expect("the fuzzing thread");
    eprintln!(
        "fuzz: {cases} cases per method, seed {seed}, {:?} in all",
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} method(s) failed (seed {seed}; rerun with KITH_FUZZ_SEED={seed}):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// A NUL byte is valid UTF-8 that PostgreSQL refuses in text; before any
/// request check catches it, the database's refusal must still read as the
/// client's mistake.
#[tokio::test]
async fn text_the_database_refuses_is_invalid_argument_not_internal() {
    use kith::proto::apps::v1 as apps_pb;
    use kith::proto::usage::v1 as usage_pb;
    let app = TestApp::spawn().await;
    let (_, session) = app.register("nul@kith.test").await;
    let token = session.access_token;

    let mut usage = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone());
    let request = usage_pb::GetUploadStatusRequest {
        upload_id: "upload\0one".into(),
    };
    let status = usage.get_upload_status(authed(request, &token)).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");

    let mut apps = apps_pb::app_service_client::AppServiceClient::new(app.channel.clone());
    let request = apps_pb::SearchAppsRequest {
        query: "chat\0app".into(),
        ..Default::default()
    };
    let status = apps.search_apps(authed(request, &token)).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
}

/// A string field whose bytes are not UTF-8 cannot be decoded: the client's
/// fault, answered as INVALID_ARGUMENT naming the field (prost says INTERNAL).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_does_not_decode_is_invalid_argument_naming_the_field() {
    let app = TestApp::spawn().await;
    // LoginRequest { email (1): 0xFF 0xFE, password (2): "x" }
    let body = vec![0x0a, 0x02, 0xff, 0xfe, 0x12, 0x01, b'x'];
    let path = http::uri::PathAndQuery::from_static("/kith.identity.v1.AuthService/Login");
    let mut grpc = tonic::client::Grpc::new(app.channel.clone());
    grpc.ready().await.unwrap();
    let status = grpc.unary(tonic::Request::new(body), path, RawCodec).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(crate::harness::violated_fields(&status), ["email"]);
}

/// Runs the cases of one method; on a failure, proptest shrinks the request
/// (within a bound) and the smallest failing one is described.
fn fuzz_method(
    handle: &tokio::runtime::Handle,
    channel: &Channel,
    callers: &Callers,
    method: &MethodDescriptor,
    ids: &Arc<[String]>,
    cases: u32,
    seed: u64,
) -> Result<(), String> {
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 200,
        max_shrink_time: 30_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(
        config,
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_for(method, seed)),
    );
    // Requests with few fields set get past the first checks more often and
    // reach the queries; requests with most fields set try more at once.
    let strategy = prop_oneof![
        message(&method.input(), 0, SPARSE, ids),
        message(&method.input(), 0, DENSE, ids),
    ];
    // Role-gated services get an admin; everything else a plain member
    // (signed in again first if an earlier method signed it out).
    handle.block_on(callers.renew(channel, false));
    let probe = handle.block_on(call(channel, method, Vec::new(), Some(&callers.member_token())));
    let as_admin = probe.err().is_some_and(|s| s.code() == Code::PermissionDenied);
    // How the method answered, shown with --nocapture: a method that only
    // ever says UNAUTHENTICATED is not being tested.
    let answers = Mutex::new(std::collections::BTreeMap::<String, u32>::new());
    let result = runner.run(&strategy, |request| {
        let token = if as_admin {
            callers.admin_token()
        } else {
            callers.member_token()
        };
        let outcome = handle.block_on(call(channel, method, request.encode_to_vec(), Some(&token)));
        let code = outcome
            .as_ref()
            .map_or_else(|s| format!("{:?}", s.code()), |()| "Ok".into());
        *answers.lock().unwrap().entry(code).or_default() += 1;
        if let Err(status) = &outcome {
            if matches!(status.code(), Code::Unauthenticated | Code::PermissionDenied) {
                // The request may have signed the caller out, deactivated or
                // demoted them; carry on with a fresh caller.
                handle.block_on(callers.renew(channel, as_admin));
            }
            // The server never answers CANCELLED itself: the client sees it
            // when a handler panicked and its stream was reset.
            if matches!(status.code(), Code::Internal | Code::Unknown | Code::Cancelled) {
                let message = format!("{:?}: {}", status.code(), status.message());
                return Err(TestCaseError::fail(message));
            }
        }
        Ok(())
    });
    eprintln!(
        "fuzz: {} as {}: {:?}",
        method.full_name(),
        if as_admin { "admin" } else { "member" },
        answers.lock().unwrap()
    );
    match result {
        Ok(()) => Ok(()),
        Err(TestError::Fail(reason, request)) => Err(format!(
            "{} (as {}) answered {reason}\nrequest: {}",
            method.full_name(),
            if as_admin { "admin" } else { "member" },
            describe(&request)
        )),
        Err(TestError::Abort(reason)) => Err(format!("{}: aborted: {reason}", method.full_name())),
    }
}

/// The proptest seed of one method: the run's seed mixed with the method's
/// name, so each method sees its own sequence.
fn seed_for(method: &MethodDescriptor, seed: u64) -> [u8; 32] {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    for (i, b) in method.full_name().bytes().enumerate() {
        bytes[8 + i % 24] ^= b.wrapping_add(i as u8);
    }
    bytes
}

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(value) => value
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a number, got {value:?}")),
        Err(_) => default,
    }
}

/// The request as proto3 JSON, with long strings and long lists abbreviated
/// so a failure stays readable.
fn describe(request: &DynamicMessage) -> String {
    fn shorten(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) if s.chars().count() > 200 => {
                let head: String = s.chars().take(40).collect();
                *s = format!("{head}… ({} characters)", s.chars().count());
            }
            serde_json::Value::Array(items) if items.len() > 20 => {
                let total = items.len();
                items.truncate(3);
                items.iter_mut().for_each(shorten);
                items.push(serde_json::Value::String(format!("… ({total} elements)")));
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(shorten),
            serde_json::Value::Object(fields) => fields.values_mut().for_each(shorten),
            _ => {}
        }
    }
    match serde_json::to_value(request) {
        Ok(mut json) => {
            shorten(&mut json);
            json.to_string()
        }
        Err(err) => format!("(not printable as JSON: {err}) {request:?}"),
    }
}

/// Sends one encoded request to `method` and, for a server stream, reads a
/// few messages before dropping it.
async fn call(channel: &Channel, method: &MethodDescriptor, body: Vec<u8>, token: Option<&str>) -> Result<(), Status> {
    let path = format!("/{}/{}", method.parent_service().full_name(), method.name());
    let path = http::uri::PathAndQuery::from_maybe_shared(path).expect("a method path");
    let request = match token {
        Some(token) => authed(body, token),
        None => tonic::Request::new(body),
    };
    let mut grpc = tonic::client::Grpc::new(channel.clone());
    let exchange = async {
        grpc.ready().await.map_err(|e| Status::unavailable(e.to_string()))?;
        if method.is_server_streaming() {
            let mut stream = grpc.server_streaming(request, path, RawCodec).await?.into_inner();
            let read = async {
                for _ in 0..STREAM_MESSAGES {
                    if stream.message().await?.is_none() {
                        break;
                    }
                }
                Ok::<(), Status>(())
            };
            match tokio::time::timeout(STREAM_WINDOW, read).await {
                Ok(result) => result,
                Err(_) => Ok(()),
            }
        } else {
            grpc.unary(request, path, RawCodec).await.map(drop)
        }
    };
    match tokio::time::timeout(CALL_TIMEOUT, exchange).await {
        Ok(result) => result,
        Err(_) => Err(Status::unknown(format!("no answer within {CALL_TIMEOUT:?}"))),
    }
}

/// The signed-in callers requests are sent as.
struct Callers {
    member: Mutex<String>,
    admin: Mutex<String>,
    member_id: String,
    admin_id: String,
    renewals: Mutex<u32>,
}

impl Callers {
    async fn new(app: &TestApp) -> Callers {
        let (member, session) = app.register("fuzz-member@kith.test").await;
        let (admin, admin_token) = app.admin_token().await;
        Callers {
            member: Mutex::new(session.access_token),
            admin: Mutex::new(admin_token),
            member_id: member.id,
            admin_id: admin.id,
            renewals: Mutex::new(0),
        }
    }

    fn member_token(&self) -> String {
        self.member.lock().unwrap().clone()
    }

    fn admin_token(&self) -> String {
        self.admin.lock().unwrap().clone()
    }

    /// Ids of things that exist, so some requests get past "not found".
    async fn known_ids(&self, app: &TestApp) -> Arc<[String]> {
        let mut devices = devices_pb::device_service_client::DeviceServiceClient::new(app.channel.clone());
        let device = devices_pb::Device {
            name: "Fuzzed phone".into(),
            platform: devices_pb::Platform::Ios as i32,
            device_type: devices_pb::DeviceType::Smartphone as i32,
            personality: devices_pb::DevicePersonality::GenZ as i32,
            is_primary: true,
            ..Default::default()
        };
        let request = devices_pb::CreateDeviceRequest {
            device: Some(device),
            request_id: String::new(),
        };
        let device = devices
            .create_device(authed(request, &self.member_token()))
            .await
            .expect("create a device")
            .into_inner()
            .device
            .unwrap();
        vec![self.member_id.clone(), self.admin_id.clone(), device.id].into()
    }

    async fn check_alive(&self, channel: &Channel) -> Result<(), Status> {
        let mut users = identity_pb::user_service_client::UserServiceClient::new(channel.clone());
        let request = authed(identity_pb::GetMeRequest {}, &self.member_token());
        match tokio::time::timeout(CALL_TIMEOUT, users.get_me(request)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(status)) if status.code() == Code::Unauthenticated => Ok(()),
            Ok(Err(status)) => Err(status),
            Err(_) => Err(Status::unknown("GetMe did not answer")),
        }
    }

    /// Replaces a caller whose token no longer works (or who is no longer an
    /// admin) with a newly registered one.
    async fn renew(&self, channel: &Channel, admin: bool) {
        let mut users = identity_pb::user_service_client::UserServiceClient::new(channel.clone());
        let token = if admin { self.admin_token() } else { self.member_token() };
        let me = users.get_me(authed(identity_pb::GetMeRequest {}, &token)).await;
        let still_fine = match me {
            Ok(response) => {
                let user = response.into_inner().user.unwrap_or_default();
                !admin || user.role == identity_pb::Role::Admin as i32
            }
            Err(_) => false,
        };
        if still_fine {
            return;
        }
        let n = {
            let mut renewals = self.renewals.lock().unwrap();
            *renewals += 1;
            *renewals
        };
        let email = format!("fuzz-renewed-{n}@kith.test");
        let mut auth = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone());
        let registered = auth
            .register(identity_pb::RegisterRequest {
                email: email.clone(),
                password: PASSWORD.into(),
                display_name: "Fuzz".into(),
                ..Default::default()
            })
            .await;
        let Ok(registered) = registered else {
            // Limited or refused: keep the old caller; the cases still run.
            return;
        };
        let registered = registered.into_inner();
        let mut token = registered.session.unwrap_or_default().access_token;
        if admin {
            let mut admins = identity_pb::admin_service_client::AdminServiceClient::new(channel.clone());
            let request = identity_pb::SetUserRoleRequest {
                user_id: registered.user.unwrap_or_default().id,
                role: identity_pb::Role::Admin as i32,
            };
            // Promoted by the previous admin if it still is one; otherwise
            // the cases run as a member and get PERMISSION_DENIED.
            if admins.set_user_role(authed(request, &self.admin_token())).await.is_ok() {
                if let Ok(login) = auth
                    .login(identity_pb::LoginRequest {
                        email,
                        password: PASSWORD.into(),
                    })
                    .await
                {
                    token = login.into_inner().session.unwrap_or_default().access_token;
                }
            }
            *self.admin.lock().unwrap() = token;
        } else {
            *self.member.lock().unwrap() = token;
        }
    }
}

/// Sends and receives messages as their encoded bytes, so any method can be
/// called from its descriptor alone.
#[derive(Clone, Copy)]
struct RawCodec;

struct RawEncoder;
struct RawDecoder;

impl Codec for RawCodec {
    type Encode = Vec<u8>;
    type Decode = Bytes;
    type Encoder = RawEncoder;
    type Decoder = RawDecoder;

    fn encoder(&mut self) -> RawEncoder {
        RawEncoder
    }

    fn decoder(&mut self) -> RawDecoder {
        RawDecoder
    }
}

impl Encoder for RawEncoder {
    type Item = Vec<u8>;
    type Error = Status;

    fn encode(&mut self, item: Vec<u8>, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put_slice(&item);
        Ok(())
    }
}

impl Decoder for RawDecoder {
    type Item = Bytes;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Bytes>, Status> {
        Ok(Some(src.copy_to_bytes(src.remaining())))
    }
}

/// Random messages of one type: each field absent or set to an awkward value.
/// How likely each field of a request is to be set.
const SPARSE: f64 = 0.3;
const DENSE: f64 = 0.7;

fn message(
    descriptor: &MessageDescriptor,
    depth: u32,
    presence: f64,
    ids: &Arc<[String]>,
) -> BoxedStrategy<DynamicMessage> {
    let rich = depth <= RICH_DEPTH;
    let fields: Vec<BoxedStrategy<Option<(FieldDescriptor, Value)>>> = descriptor
        .fields()
        .map(|field| {
            let value = field_value(&field, depth, rich, ids);
            prop::option::weighted(presence, value)
                .prop_map(move |value| value.map(|v| (field.clone(), v)))
                .boxed()
        })
        .collect();
    let descriptor = descriptor.clone();
    fields
        .prop_map(move |values| {
            let mut message = DynamicMessage::new(descriptor.clone());
            for (field, value) in values.into_iter().flatten() {
                message.set_field(&field, value);
            }
            message
        })
        .boxed()
}

fn field_value(field: &FieldDescriptor, depth: u32, rich: bool, ids: &Arc<[String]>) -> BoxedStrategy<Value> {
    if field.is_map() {
        let entry = field.kind();
        let entry = entry.as_message().expect("a map entry");
        let key = single(&entry.map_entry_key_field().kind(), depth, false, ids);
        let value = single(&entry.map_entry_value_field().kind(), depth, false, ids);
        let count = if rich {
            prop_oneof![6 => 0..4usize, 1 => Just(LONG_REPEAT)].boxed()
        } else {
            (0..3usize).boxed()
        };
        return count
            .prop_flat_map(move |n| prop::collection::vec((key.clone(), value.clone()), n))
            .prop_map(|entries| {
                let map: HashMap<MapKey, Value> = entries
                    .into_iter()
                    .filter_map(|(k, v)| Some((map_key(k)?, v)))
                    .collect();
                Value::Map(map)
            })
            .boxed();
    }
    if field.is_list() {
        let small = single(&field.kind(), depth, false, ids);
        if !rich {
            return prop::collection::vec(small, 0..3).prop_map(Value::List).boxed();
        }
        let varied = single(&field.kind(), depth, true, ids);
        return prop_oneof![
            6 => prop::collection::vec(varied, 0..4),
            1 => prop::collection::vec(small, LONG_REPEAT),
        ]
        .prop_map(Value::List)
        .boxed();
    }
    single(&field.kind(), depth, rich, ids)
}

fn map_key(value: Value) -> Option<MapKey> {
    Some(match value {
        Value::String(s) => MapKey::String(s),
        Value::Bool(b) => MapKey::Bool(b),
        Value::I32(n) => MapKey::I32(n),
        Value::I64(n) => MapKey::I64(n),
        Value::U32(n) => MapKey::U32(n),
        Value::U64(n) => MapKey::U64(n),
        _ => return None,
    })
}

/// One value of a field's type.
fn single(kind: &Kind, depth: u32, rich: bool, ids: &Arc<[String]>) -> BoxedStrategy<Value> {
    match kind {
        Kind::String => text(rich, ids).prop_map(Value::String).boxed(),
        Kind::Bytes => {
            let long = if rich { LONG_STRING } else { 1 };
            prop_oneof![
                Just(Vec::new()),
                prop::collection::vec(any::<u8>(), 0..16),
                Just(vec![0u8; long]),
            ]
            .prop_map(|b| Value::Bytes(b.into()))
            .boxed()
        }
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => prop_oneof![
            prop::sample::select(vec![i32::MIN, i32::MIN + 1, -1, 0, 1, 7, 1_000_000, i32::MAX]),
            any::<i32>(),
            0..100i32,
        ]
        .prop_map(Value::I32)
        .boxed(),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => prop_oneof![
            prop::sample::select(vec![
                i64::MIN,
                i64::MIN + 1,
                -1,
                0,
                1,
                86_400_000,
                i64::from(i32::MAX) + 1,
                i64::MAX
            ]),
            any::<i64>(),
            0..100i64,
        ]
        .prop_map(Value::I64)
        .boxed(),
        Kind::Uint32 | Kind::Fixed32 => prop_oneof![
            prop::sample::select(vec![0, 1, 100, u32::from(u16::MAX), i32::MAX as u32 + 1, u32::MAX]),
            any::<u32>(),
        ]
        .prop_map(Value::U32)
        .boxed(),
        Kind::Uint64 | Kind::Fixed64 => prop_oneof![
            prop::sample::select(vec![0, 1, 100, u64::from(u32::MAX), i64::MAX as u64 + 1, u64::MAX]),
            any::<u64>(),
        ]
        .prop_map(Value::U64)
        .boxed(),
        Kind::Float => prop_oneof![
            prop::sample::select(vec![
                0.0,
                -0.0,
                1.0,
                -1.0,
                f32::NAN,
                f32::INFINITY,
                f32::NEG_INFINITY,
                f32::MAX,
                f32::MIN
            ]),
            any::<f32>(),
        ]
        .prop_map(Value::F32)
        .boxed(),
        Kind::Double => prop_oneof![
            prop::sample::select(vec![
                0.0,
                -0.0,
                0.5,
                1.0,
                -1.0,
                f64::NAN,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::MAX,
                f64::MIN
            ]),
            any::<f64>(),
        ]
        .prop_map(Value::F64)
        .boxed(),
        Kind::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        Kind::Enum(descriptor) => {
            let known: Vec<i32> = descriptor.values().map(|v| v.number()).collect();
            prop_oneof![
                3 => prop::sample::select(known),
                1 => prop::sample::select(vec![-1, 99, 1_000_000, i32::MIN, i32::MAX]),
            ]
            .prop_map(Value::EnumNumber)
            .boxed()
        }
        Kind::Message(descriptor) if depth < MAX_DEPTH => message(descriptor, depth + 1, DENSE, ids)
            .prop_map(Value::Message)
            .boxed(),
        Kind::Message(descriptor) => Just(Value::Message(DynamicMessage::new(descriptor.clone()))).boxed(),
    }
}

/// Awkward strings, and a few plausible ones so some requests get past the
/// first check.
fn text(rich: bool, ids: &Arc<[String]>) -> BoxedStrategy<String> {
    let fixed: Vec<String> = [
        "",
        " ",
        "\r\n",
        "\u{FEFF}",
        "2026-11-30",
        "1970-01-01",
        "2026-02-30",
        // The ends of chrono's range, and just past them.
        "-262143-01-05",
        "+262142-12-31",
        "-262144-01-05",
        "+262143-12-31",
        "-0001-01-01",
        "9999-12-31T23:59:59Z",
        "-1",
        "9223372036854775808",
        "NaN",
        "a@b.co",
        "fuzz-member@kith.test",
        "com.example.app",
        "admin",
        "'; DROP TABLE users; --",
        "%_\\",
        "../../etc/passwd",
        "𝕂ith 👩‍👩‍👧 ñ",
        "null",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let long = if rich { LONG_STRING } else { 300 };
    let ids = ids.to_vec();
    prop_oneof![
        3 => "\\PC{0,12}",
        4 => prop::sample::select(fixed),
        1 => prop::sample::select(ids),
        1 => any::<u128>().prop_map(|n| uuid::Uuid::from_u128(n).to_string()),
        1 => ("[a-z]{0,8}", "[a-z]{0,8}").prop_map(|(a, b)| format!("{a}\0{b}")),
        1 => "[a-z]{1,8}".prop_map(|s| format!("\u{202E}{s}\u{200F}")),
        1 => prop::collection::vec(prop::char::range('\u{0}', '\u{1F}'), 1..8)
            .prop_map(|c| c.into_iter().chain(['\u{7F}', '\u{85}', '\u{2028}']).collect()),
        1 => prop::sample::select(vec!['x', 'é', '\0', '好']).prop_map(move |c| c.to_string().repeat(long)),
    ]
    .boxed()
}
