// Placeholder until the launcher lands.
use std::path::PathBuf;
pub struct EmbeddedOptions {
    pub data_dir: PathBuf,
    pub fast: bool,
}
pub struct EmbeddedPostgres;
#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error("embedded PostgreSQL is not available yet")]
    Missing,
}
impl EmbeddedPostgres {
    pub async fn start(_o: EmbeddedOptions, _db: &str) -> Result<Self, EmbeddedError> {
        Err(EmbeddedError::Missing)
    }
    pub fn database_url(&self, _db: &str) -> String {
        String::new()
    }
    pub async fn stop(self) -> Result<(), EmbeddedError> {
        Ok(())
    }
    pub fn detach(&mut self) {}
}
