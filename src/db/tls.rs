//! TLS to PostgreSQL as a URL's `sslmode` asks, for every connection Kith
//! makes from a URL (the pool, migrations, COPY, LISTEN, external case
//! sources): `disable` (and no `sslmode`: Kith's default) is plain;
//! `prefer` and `require` encrypt without checking the certificate, as
//! libpq does; `verify-ca` and `verify-full` check it against `sslrootcert`
//! (a PEM file) or, without one, the system's roots, and the host name.
//! tokio-postgres knows only the first three modes and no `sslrootcert`,
//! so the URL is read here first.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use tokio_postgres::config::SslMode;
use tokio_postgres_rustls::MakeRustlsConnect;

/// What the URL asked of TLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Disable,
    /// Encrypted, certificate not checked (`prefer`: only if offered).
    Encrypt {
        required: bool,
    },
    /// Encrypted and the certificate checked, host name included.
    Verify,
}

/// A connection's settings and the TLS connector that honours them.
pub struct Prepared {
    pub config: tokio_postgres::Config,
    pub tls: MakeRustlsConnect,
    pub mode: Mode,
}

/// Removes `key=value` from a URL's query or a key-value string; returns
/// the text without it and the value.
fn take_param(text: &str, key: &str) -> (String, Option<String>) {
    let needle = format!("{key}=");
    let found = text
        .match_indices(&needle)
        .find(|(at, _)| *at == 0 || matches!(text.as_bytes()[at - 1], b'?' | b'&' | b' '));
    let Some((at, _)) = found else {
        return (text.to_owned(), None);
    };
    let start = at + needle.len();
    let end = text[start..].find(['&', ' ']).map_or(text.len(), |i| start + i);
    let value = text[start..end].to_owned();
    // Drop the pair and one separator next to it.
    let (cut_from, cut_to) = if end < text.len() {
        (at, end + 1)
    } else if at > 0 && matches!(text.as_bytes()[at - 1], b'&' | b' ') {
        (at - 1, end)
    } else {
        (at, end)
    };
    let mut rest = format!("{}{}", &text[..cut_from], &text[cut_to..]);
    if rest.ends_with('?') {
        rest.pop();
    }
    (rest, Some(value))
}

/// Reads `url`'s TLS wishes and builds its settings and connector.
pub fn prepare(url: &str) -> Result<Prepared, String> {
    let (rest, sslmode) = take_param(url, "sslmode");
    let (rest, root) = take_param(&rest, "sslrootcert");
    let mode = match sslmode.as_deref() {
        None | Some("disable") => Mode::Disable,
        Some("allow" | "prefer") => Mode::Encrypt { required: false },
        Some("require") => Mode::Encrypt { required: true },
        Some("verify-ca" | "verify-full") => Mode::Verify,
        Some(other) => {
            return Err(format!(
                "sslmode {other:?} is not one of disable, prefer, require, verify-ca, verify-full"
            ))
        }
    };
    let mut config: tokio_postgres::Config = rest.parse().map_err(|e| format!("{e}"))?;
    config.ssl_mode(match mode {
        Mode::Disable => SslMode::Disable,
        Mode::Encrypt { required: false } => SslMode::Prefer,
        Mode::Encrypt { required: true } | Mode::Verify => SslMode::Require,
    });
    let tls = MakeRustlsConnect::new(client_config(mode, root.as_deref())?);
    Ok(Prepared { config, tls, mode })
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

fn client_config(mode: Mode, root: Option<&str>) -> Result<ClientConfig, String> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    if mode != Mode::Verify {
        return Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked(provider())))
            .with_no_client_auth());
    }
    let mut roots = rustls::RootCertStore::empty();
    match root {
        Some(path) => {
            let pem = std::fs::read(path).map_err(|e| format!("sslrootcert {path}: {e}"))?;
            for cert in rustls_pemfile_certs(&pem).map_err(|e| format!("sslrootcert {path}: {e}"))? {
                roots.add(cert).map_err(|e| format!("sslrootcert {path}: {e}"))?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
        }
    }
    if roots.is_empty() {
        return Err("verify-full: no root certificates (set sslrootcert)".into());
    }
    Ok(builder.with_root_certificates(roots).with_no_client_auth())
}

/// The certificates of a PEM file.
fn rustls_pemfile_certs(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, String> {
    use rustls::pki_types::pem::PemObject;
    let certs: Vec<_> = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    if certs.is_empty() {
        return Err("no certificate in the file".into());
    }
    Ok(certs)
}

/// `prefer` and `require`: the channel is encrypted and the handshake's
/// signatures checked, but not who signed the certificate (libpq's
/// meaning of these modes; `verify-full` is for that).
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// An error with its causes: a refused handshake says why.
use crate::error::chain as describe;

/// Connects as the URL asks; the connection is driven by a task of its own.
pub async fn connect(url: &str) -> Result<tokio_postgres::Client, String> {
    let Prepared { config, tls, .. } = prepare(url)?;
    let (client, connection) = config.connect(tls).await.map_err(|e| describe(&e))?;
    tokio::spawn(async move {
        if let Err(err) = connection.await {
            tracing::debug!(error = %err, "database connection ended");
        }
    });
    Ok(client)
}

/// A diesel-async connection made as the URL asks (the pool's setup).
pub async fn establish(url: &str) -> diesel::ConnectionResult<diesel_async::AsyncPgConnection> {
    let bad = |e: String| diesel::ConnectionError::BadConnection(e);
    let Prepared { config, tls, .. } = prepare(url).map_err(bad)?;
    let (client, connection) = config.connect(tls).await.map_err(|e| bad(describe(&e)))?;
    diesel_async::AsyncPgConnection::try_from_client_and_connection(client, connection).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_settings_are_read_off_the_url_and_removed() {
        assert_eq!(
            take_param("postgres://h/db?sslmode=verify-full&application_name=x", "sslmode"),
            ("postgres://h/db?application_name=x".into(), Some("verify-full".into()))
        );
        assert_eq!(
            take_param("postgres://h/db?a=1&sslmode=require", "sslmode"),
            ("postgres://h/db?a=1".into(), Some("require".into()))
        );
        assert_eq!(
            take_param("postgres://h/db?sslmode=require", "sslmode"),
            ("postgres://h/db".into(), Some("require".into()))
        );
        assert_eq!(
            take_param("host=h sslmode=verify-ca dbname=d", "sslmode"),
            ("host=h dbname=d".into(), Some("verify-ca".into()))
        );
        assert_eq!(take_param("postgres://h/db?xsslmode=1", "sslmode").1, None);
        assert_eq!(prepare("postgres://h/db").unwrap().mode, Mode::Disable);
        assert_eq!(
            prepare("postgres://h/db?sslmode=require").unwrap().mode,
            Mode::Encrypt { required: true }
        );
        assert!(prepare("postgres://h/db?sslmode=sometimes").is_err());
        let missing = prepare("postgres://h/db?sslmode=verify-full&sslrootcert=/nonexistent.pem");
        assert!(missing.err().unwrap().contains("sslrootcert /nonexistent.pem"));
    }
}
