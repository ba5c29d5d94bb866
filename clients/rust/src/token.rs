use tonic::metadata::{AsciiMetadataValue, MetadataValue};
use tonic::service::Interceptor;
use tonic::{Request, Status};

/// Adds `authorization: Bearer <access token>` to every call of a client made
/// with `with_interceptor`.
#[derive(Clone)]
pub struct BearerToken(AsciiMetadataValue);

impl BearerToken {
    /// Fails only if the token holds characters no header may carry.
    pub fn new(access_token: &str) -> Result<Self, tonic::metadata::errors::InvalidMetadataValue> {
        MetadataValue::try_from(format!("Bearer {access_token}")).map(Self)
    }
}

impl Interceptor for BearerToken {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        request.metadata_mut().insert("authorization", self.0.clone());
        Ok(request)
    }
}
