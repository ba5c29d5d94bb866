//! WebhookService requests, checked: every field valid, or every bad field
//! named. Whether a URL's host resolves to a public address is asked later,
//! over the network (`address::resolve`).

use reqwest::Url;

use super::{address, MAX_KINDS, MAX_KIND_CHARS, MAX_URL_CHARS};
use crate::error::FieldViolations;
use crate::proto::notifications::v1 as pb;
use crate::request;

/// CreateWebhook, checked: where to deliver, which kinds (empty: every
/// kind), and whether it is a system endpoint (admins only, which the
/// handler asks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWebhook {
    pub url: Url,
    pub kinds: Vec<String>,
    pub system: bool,
}

impl NewWebhook {
    /// `allow_private` is the deployment's `webhooks.allow_private`: plain
    /// http and private addresses too.
    pub fn check(r: &pb::CreateWebhookRequest, allow_private: bool) -> Result<Self, FieldViolations> {
        // Lengths first, before any parsing or lookup.
        let mut v = FieldViolations::new();
        let url_ok = request::text(&mut v, "url", &r.url, MAX_URL_CHARS, request::Text::Line);
        if request::count(&mut v, "kinds", &r.kinds, MAX_KINDS) {
            for (i, kind) in r.kinds.iter().enumerate() {
                request::text(
                    &mut v,
                    &format!("kinds[{i}]"),
                    kind,
                    MAX_KIND_CHARS,
                    request::Text::Line,
                );
            }
        }
        let url = if url_ok {
            v.check("url", address::parse(r.url.trim(), allow_private))
        } else {
            None
        };
        match url.filter(|_| v.is_empty()) {
            Some(url) => Ok(Self {
                url,
                kinds: r.kinds.clone(),
                system: r.system,
            }),
            None => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn new_webhooks_name_every_bad_field() {
        let ok = pb::CreateWebhookRequest {
            url: " https://hooks.example.com/kith ".into(),
            kinds: vec!["friend_request_received".into()],
            system: true,
        };
        let webhook = NewWebhook::check(&ok, false).unwrap();
        assert_eq!(webhook.url.as_str(), "https://hooks.example.com/kith");
        assert_eq!(webhook.kinds, ["friend_request_received"]);
        assert!(webhook.system);

        let plain = pb::CreateWebhookRequest {
            url: "http://127.0.0.1:9/x".into(),
            ..Default::default()
        };
        assert_eq!(fields(NewWebhook::check(&plain, false).unwrap_err()), ["url"]);
        assert_eq!(NewWebhook::check(&plain, true).unwrap().url.scheme(), "http");

        let bad = pb::CreateWebhookRequest {
            url: "https://u:p@example.com".into(),
            kinds: vec!["ok".into(), "a\nb".into(), "k".repeat(MAX_KIND_CHARS + 1)],
            system: false,
        };
        assert_eq!(
            fields(NewWebhook::check(&bad, false).unwrap_err()),
            ["kinds[1]", "kinds[2]", "url"]
        );
        let crowded = pb::CreateWebhookRequest {
            url: "u".repeat(MAX_URL_CHARS + 1),
            kinds: vec!["a\nb".into(); MAX_KINDS + 1],
            system: false,
        };
        assert_eq!(
            fields(NewWebhook::check(&crowded, false).unwrap_err()),
            ["url", "kinds"]
        );
    }
}
