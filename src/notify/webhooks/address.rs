//! Where a webhook may point. A user-supplied URL is fetched by the server,
//! so it must not reach the server's own network: loopback, private,
//! link-local, carrier-grade NAT and other non-public addresses are refused
//! (unless `webhooks_allow_private` says otherwise, for tests and private
//! deployments), and the address checked is the one connected to.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use reqwest::Url;

/// How long resolving an endpoint's host may take.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(5);

/// A checked endpoint: the URL and the addresses it may be reached at.
#[derive(Debug, Clone)]
pub struct Target {
    pub url: Url,
    pub host: String,
    pub addrs: Vec<SocketAddr>,
}

fn public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (18..20).contains(&b))
        || a >= 240)
}

fn public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return public_v4(v4);
    }
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || first == 0x2001 && ip.segments()[1] == 0x0db8)
}

pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => public_v4(v4),
        IpAddr::V6(v6) => public_v6(v6),
    }
}

/// Parses what a URL must look like, without resolving it.
pub fn parse(raw: &str, allow_private: bool) -> Result<Url, &'static str> {
    let url = Url::parse(raw).map_err(|_| "is not a URL")?;
    match url.scheme() {
        "https" => {}
        "http" if allow_private => {}
        _ => return Err("must be an https:// URL"),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not carry credentials");
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("must name a host");
    }
    Ok(url)
}

/// Resolves the URL's host and checks every address it resolves to.
pub async fn resolve(url: &Url, allow_private: bool) -> Result<Target, String> {
    let host = url.host_str().unwrap_or_default().trim_matches(['[', ']']).to_owned();
    let port = url.port_or_known_default().unwrap_or(443);
    let lookup = tokio::time::timeout(RESOLVE_TIMEOUT, tokio::net::lookup_host((host.as_str(), port)));
    let addrs: Vec<SocketAddr> = match lookup.await {
        Ok(Ok(addrs)) => addrs.collect(),
        Ok(Err(_)) | Err(_) => return Err("does not resolve".into()),
    };
    if addrs.is_empty() {
        return Err("does not resolve".into());
    }
    if !allow_private && addrs.iter().any(|a| !is_public(a.ip())) {
        return Err("resolves to a loopback, private or link-local address".into());
    }
    Ok(Target {
        url: url.clone(),
        host,
        addrs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn urls_must_be_https_without_credentials() {
        assert!(parse("https://hooks.example.com/kith", false).is_ok());
        assert_eq!(
            parse("http://hooks.example.com", false).unwrap_err(),
            "must be an https:// URL"
        );
        assert!(parse("http://127.0.0.1:9/x", true).is_ok());
        assert_eq!(
            parse("https://u:p@example.com", false).unwrap_err(),
            "must not carry credentials"
        );
        assert_eq!(
            parse("ftp://example.com", false).unwrap_err(),
            "must be an https:// URL"
        );
        assert_eq!(parse("not a url", false).unwrap_err(), "is not a URL");
    }

    #[tokio::test]
    async fn a_name_that_resolves_to_loopback_is_refused() {
        let url = parse("https://localhost:9/x", false).unwrap();
        assert_eq!(
            resolve(&url, false).await.unwrap_err(),
            "resolves to a loopback, private or link-local address"
        );
        assert!(resolve(&url, true).await.is_ok());
    }
}
