//! Where case photos' bytes live, behind [`ImageStore`]: a folder by default
//! (the database holds only each photo's row). Bytes are addressed by their
//! SHA-256 (`ab/abcdef…`), so the same photo on two cases is kept once. An
//! upload is written under `tmp/` while it arrives, hashed and counted as it
//! goes, and moved into place only once whole and checked: a cut stream
//! leaves at most a temporary file, which the daily cleanup removes.

use std::io;
use std::path::{Path, PathBuf};

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncWriteExt};
use uuid::Uuid;

/// Keeps and serves photo bytes by key.
#[async_trait]
pub trait ImageStore: Send + Sync {
    /// A new upload to write into.
    async fn begin(&self) -> io::Result<Upload>;
    /// Moves a finished upload to its key (its hash); a key that exists
    /// already keeps its bytes (they are the same).
    async fn commit(&self, upload: Finished) -> io::Result<String>;
    async fn open(&self, key: &str) -> io::Result<Box<dyn AsyncRead + Send + Unpin>>;
    async fn remove(&self, key: &str) -> io::Result<()>;
    /// Stored keys and temporary files last written more than `older_than`
    /// ago (younger ones may belong to an upload under way).
    async fn sweep_candidates(&self, older_than: std::time::Duration) -> io::Result<(Vec<String>, Vec<PathBuf>)>;
}

/// An upload being written: its temporary file, hash and size so far, and
/// its first bytes (to tell its type). Dropped unfinished (a refused
/// upload, or a call the client cut, whose handler is dropped mid-way), it
/// removes its file.
pub struct Upload {
    file: tokio::fs::File,
    path: PathBuf,
    hasher: Sha256,
    size: usize,
    head: Vec<u8>,
}

/// How many first bytes are kept to tell the type.
const HEAD_BYTES: usize = 64;

impl Upload {
    /// Appends `chunk`; false (and nothing written) once the upload would
    /// pass `max` bytes.
    pub async fn write(&mut self, chunk: &[u8], max: usize) -> io::Result<bool> {
        if self.size + chunk.len() > max {
            return Ok(false);
        }
        if self.head.len() < HEAD_BYTES {
            let take = (HEAD_BYTES - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.hasher.update(chunk);
        self.size += chunk.len();
        self.file.write_all(chunk).await?;
        Ok(true)
    }

    pub fn size(&self) -> usize {
        self.size
    }

    pub fn head(&self) -> &[u8] {
        &self.head
    }

    pub async fn finish(mut self) -> io::Result<Finished> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        Ok(Finished {
            path: std::mem::take(&mut self.path),
            sha256: self.hasher.clone().finalize().into(),
            size: self.size,
        })
    }

    /// Drops what was written (a cut or refused upload).
    pub async fn abandon(self) {
        drop(self);
    }
}

/// Removes `path` unless it was handed on (emptied).
fn remove_unless_taken(path: &Path) {
    if !path.as_os_str().is_empty() {
        let _ = std::fs::remove_file(path);
    }
}

impl Drop for Upload {
    fn drop(&mut self) {
        remove_unless_taken(&self.path);
    }
}

/// A whole upload, not yet in place; dropped before [`ImageStore::commit`]
/// moves it, it removes its file.
pub struct Finished {
    pub path: PathBuf,
    pub sha256: [u8; 32],
    pub size: usize,
}

impl Finished {
    pub async fn abandon(self) {
        drop(self);
    }
}

impl Drop for Finished {
    fn drop(&mut self) {
        remove_unless_taken(&self.path);
    }
}

/// The folder store.
pub struct FolderStore {
    root: PathBuf,
}

impl FolderStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// A key is two hex digits, a slash and 64 hex digits: nothing else can
    /// reach a path.
    fn path_of(&self, key: &str) -> io::Result<PathBuf> {
        let ok = key.len() == 67
            && key.as_bytes()[2] == b'/'
            && key.chars().enumerate().all(|(i, c)| i == 2 || c.is_ascii_hexdigit());
        if !ok {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "not an image key"));
        }
        Ok(self.root.join(key))
    }
}

pub fn key_of(sha256: &[u8]) -> String {
    let hex = hex::encode(sha256);
    format!("{}/{hex}", &hex[..2])
}

#[async_trait]
impl ImageStore for FolderStore {
    async fn begin(&self) -> io::Result<Upload> {
        let dir = self.root.join("tmp");
        tokio::fs::create_dir_all(&dir).await?;
        let path = dir.join(format!("{}.part", Uuid::now_v7()));
        Ok(Upload {
            file: tokio::fs::File::create(&path).await?,
            path,
            hasher: Sha256::new(),
            size: 0,
            head: Vec::new(),
        })
    }

    async fn commit(&self, upload: Finished) -> io::Result<String> {
        let key = key_of(&upload.sha256);
        let target = self.path_of(&key)?;
        if tokio::fs::try_exists(&target).await? {
            upload.abandon().await;
            return Ok(key);
        }
        if let Some(dir) = target.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        tokio::fs::rename(&upload.path, &target).await?;
        let mut upload = upload;
        upload.path = PathBuf::new();
        Ok(key)
    }

    async fn open(&self, key: &str) -> io::Result<Box<dyn AsyncRead + Send + Unpin>> {
        Ok(Box::new(tokio::fs::File::open(self.path_of(key)?).await?))
    }

    async fn remove(&self, key: &str) -> io::Result<()> {
        match tokio::fs::remove_file(self.path_of(key)?).await {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }

    async fn sweep_candidates(&self, older_than: std::time::Duration) -> io::Result<(Vec<String>, Vec<PathBuf>)> {
        let mut keys = Vec::new();
        let mut stale = Vec::new();
        let mut dirs = match tokio::fs::read_dir(&self.root).await {
            Ok(dirs) => dirs,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok((keys, stale)),
            Err(err) => return Err(err),
        };
        while let Some(dir) = dirs.next_entry().await? {
            let name = dir.file_name().to_string_lossy().into_owned();
            let is_tmp = name == "tmp";
            let is_prefix = name.len() == 2 && name.chars().all(|c| c.is_ascii_hexdigit());
            if !is_tmp && !is_prefix {
                continue;
            }
            let mut files = tokio::fs::read_dir(dir.path()).await?;
            while let Some(file) = files.next_entry().await? {
                // An upload may finish or go away meanwhile.
                let Ok(modified) = file.metadata().await.and_then(|m| m.modified()) else {
                    continue;
                };
                let age = modified.elapsed().unwrap_or_default();
                if age <= older_than {
                    continue;
                }
                if is_tmp {
                    stale.push(file.path());
                } else {
                    keys.push(format!("{name}/{}", file.file_name().to_string_lossy()));
                }
            }
        }
        keys.sort();
        Ok((keys, stale))
    }
}

/// The store under `root` (tests and the cleanup use the same).
pub fn folder(root: &Path) -> FolderStore {
    FolderStore::new(root)
}
