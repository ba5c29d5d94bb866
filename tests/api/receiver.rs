//! A local HTTP/1.1 server standing in for a service Kith calls out to (a
//! webhook endpoint, a push service): it records every request and answers
//! each with the next scripted reply; the last one repeats once the script
//! runs out.
//!
//! ```ignore
//! let receiver = Receiver::start([Reply::status(503), Reply::status(200)]).await;
//! // ... point the server at receiver.base_url() and make it call ...
//! assert_eq!(receiver.hits()[0].path, "/hooks");
//! ```

use std::collections::{BTreeMap, VecDeque};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::Value;

/// How the receiver answers one request.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: Bytes,
}

impl Reply {
    /// That status with a body of "ok".
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            body: Bytes::from_static(b"ok"),
        }
    }

    /// That status with a JSON body.
    pub fn json(status: u16, body: Value) -> Reply {
        Reply {
            status,
            body: Bytes::from(body.to_string()),
        }
    }
}

/// One request as the receiver got it.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    /// Header names in lower case.
    pub headers: BTreeMap<String, String>,
    pub body: Bytes,
}

impl Hit {
    /// The header's value, or "" when it was not sent.
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

#[derive(Clone)]
pub struct Receiver {
    addr: std::net::SocketAddr,
    script: Arc<Mutex<(VecDeque<Reply>, Reply)>>,
    hits: Arc<Mutex<Vec<Hit>>>,
}

impl Receiver {
    pub async fn start(replies: impl IntoIterator<Item = Reply>) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let receiver = Receiver {
            addr: listener.local_addr().unwrap(),
            script: Arc::new(Mutex::new((replies.into_iter().collect(), Reply::status(200)))),
            hits: Arc::default(),
        };
        let server = receiver.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let server = server.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                        let server = server.clone();
                        async move { Ok::<_, Infallible>(server.answer(request).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(socket), service)
                        .await;
                });
            }
        });
        receiver
    }

    /// Answers each request with the status of the next step of `statuses`.
    pub async fn answering(statuses: &[u16]) -> Receiver {
        Receiver::start(statuses.iter().map(|s| Reply::status(*s))).await
    }

    async fn answer(&self, request: hyper::Request<hyper::body::Incoming>) -> hyper::Response<Full<Bytes>> {
        let path = request.uri().path().to_owned();
        let headers = (request.headers().iter())
            .map(|(name, value)| (name.as_str().to_owned(), value.to_str().unwrap_or_default().to_owned()))
            .collect();
        let body = request.into_body().collect().await.unwrap().to_bytes();
        self.hits.lock().unwrap().push(Hit { path, headers, body });
        let reply = {
            let mut script = self.script.lock().unwrap();
            let next = script.0.pop_front().unwrap_or_else(|| script.1.clone());
            script.1 = next.clone();
            next
        };
        hyper::Response::builder()
            .status(reply.status)
            .header("content-type", "application/json")
            .body(Full::new(reply.body))
            .unwrap()
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }
}
