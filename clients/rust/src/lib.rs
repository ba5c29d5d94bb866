//! Generated gRPC clients and message types for the Kith API, one module per
//! proto package (`kith.identity.v1` is [`identity::v1`]).
//!
//! The code under `src/gen` is generated from `proto/` by the server's build
//! and checked against it in CI (`make clients` rewrites it); do not edit it.
//!
//! ```no_run
//! use kith_client::identity::v1::{auth_service_client::AuthServiceClient, LoginRequest};
//! use kith_client::BearerToken;
//! use kith_client::devices::v1::{device_service_client::DeviceServiceClient, ListDevicesRequest};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let channel = tonic::transport::Endpoint::from_static("http://127.0.0.1:50051").connect().await?;
//! let login = LoginRequest { email: "ada@example.com".into(), password: "correct horse".into() };
//! let session = AuthServiceClient::new(channel.clone()).login(login).await?.into_inner().session.unwrap_or_default();
//! let mut devices = DeviceServiceClient::with_interceptor(channel, BearerToken::new(&session.access_token)?);
//! let page = devices.list_devices(ListDevicesRequest::default()).await?.into_inner();
//! println!("{} devices", page.devices.len());
//! # Ok(()) }
//! ```

mod token;
pub use token::BearerToken;

macro_rules! package {
    ($domain:ident, $file:literal) => {
        pub mod $domain {
            pub mod v1 {
                include!(concat!("gen/", $file));
            }
        }
    };
}

package!(analytics, "kith.analytics.v1.rs");
package!(apps, "kith.apps.v1.rs");
package!(cases, "kith.cases.v1.rs");
package!(chat, "kith.chat.v1.rs");
package!(coaching, "kith.coaching.v1.rs");
package!(conversations, "kith.conversations.v1.rs");
package!(devices, "kith.devices.v1.rs");
package!(engagement, "kith.engagement.v1.rs");
package!(identity, "kith.identity.v1.rs");
package!(jobs, "kith.jobs.v1.rs");
package!(notifications, "kith.notifications.v1.rs");
package!(personas, "kith.personas.v1.rs");
package!(social, "kith.social.v1.rs");
package!(usage, "kith.usage.v1.rs");
