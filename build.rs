//! Compiles every proto under `proto/` without a system protoc and writes the
//! descriptor set that server reflection serves.

use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto");
    println!("cargo:rerun-if-changed=migrations");

    let mut protos = Vec::new();
    collect(Path::new("proto"), "proto", &mut protos)?;
    protos.sort();

    let mut compiler = protox::Compiler::new(["proto"])?;
    compiler
        .include_imports(true)
        .include_source_info(true)
        .open_files(&protos)?;

    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(
        out_dir.join("kith_descriptor.bin"),
        compiler.encode_file_descriptor_set(),
    )?;
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        // A request that does not decode is INVALID_ARGUMENT, not INTERNAL.
        .codec_path("crate::codec::KithCodec")
        .compile_fds(compiler.file_descriptor_set())?;

    // The standalone Rust client crate (clients/rust): clients and messages
    // only, with tonic's own codec. A test compares it with clients/rust/src/gen.
    let client_out = out_dir.join("rust-client");
    std::fs::create_dir_all(&client_out)?;
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(false)
        .out_dir(&client_out)
        .compile_fds(compiler.file_descriptor_set())?;

    // Test databases are cloned from a template named after this hash, so a
    // changed migration gets a fresh template instead of a stale one.
    println!("cargo:rustc-env=KITH_MIGRATIONS_HASH={}", migrations_hash()?);
    Ok(())
}

/// Paths relative to `proto/`, as the compiler resolves imports.
fn collect(dir: &Path, root: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, root, out)?;
        } else if path.extension().is_some_and(|e| e == "proto") {
            let rel = path.strip_prefix(root).expect("under proto/");
            out.push(rel.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

fn migrations_hash() -> std::io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut files = Vec::new();
    walk(Path::new("migrations"), &mut files)?;
    files.sort();
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(&file)?);
    }
    Ok(hex::encode(&hasher.finalize()[..6]))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}
