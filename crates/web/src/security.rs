//! Protections applied to every request and response.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::{AppError, AppState};

pub const CSP: &str = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Security headers on every response. Pages are `no-store` unless a handler chose otherwise
/// (only the static assets do), so a shared computer's back button shows no case data.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=()"));
    if state.settings.is_https() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether a state-changing request comes from our own pages: `Sec-Fetch-Site` when the browser
/// sends it, otherwise `Origin`. Requests carrying neither (command-line clients) cannot ride on
/// a browser's cookies, which are `SameSite=Lax`.
pub fn same_site(headers: &HeaderMap, state: &AppState) -> bool {
    // Browsers that send Sec-Fetch-Site say exactly where a request came from; trust it. (Our
    // Referrer-Policy makes Chromium send `Origin: null` even on same-origin posts, so Origin
    // is only consulted for clients that do not send Sec-Fetch-Site.)
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if let Some(expected) = state.settings.public_origin() {
        return origin.eq_ignore_ascii_case(&expected);
    }
    // Without a configured public URL, the origin must name the host the request was sent to.
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let origin_host = origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://"));
    !host.is_empty() && origin_host.is_some_and(|o| o.eq_ignore_ascii_case(host))
}

pub async fn refuse_cross_site(State(state): State<AppState>, req: Request<Body>, next: Next) -> Response {
    if !is_safe(req.method()) && !same_site(req.headers(), &state) {
        tracing::warn!(method = %req.method(), path = %req.uri().path(), "refused a cross-site request");
        return AppError::CrossSite.into_response();
    }
    next.run(req).await
}

/// The client's address: the socket peer, or with `trust_forwarded_for` the address the
/// proxy in front of us saw (the last `X-Forwarded-For` entry, which the proxy wrote itself).
pub fn client_addr(headers: &HeaderMap, peer: Option<&ConnectInfo<SocketAddr>>, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .rfind(|s| !s.is_empty());
        if let Some(f) = forwarded {
            return f.to_owned();
        }
    }
    peer.map(|ConnectInfo(a)| a.ip().to_string()).unwrap_or_else(|| "unknown".into())
}

/// The client's address as an extractor, following the `trust_forwarded_for` setting.
pub struct ClientAddr(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>();
        Ok(ClientAddr(client_addr(&parts.headers, peer, state.settings.trust_forwarded_for)))
    }
}

/// Whether a client's `X-Request-Id` is short and plain enough to keep: at most 64 letters,
/// digits, `-`, `_` and `.`.
pub fn is_plain_request_id(id: &[u8]) -> bool {
    !id.is_empty() && id.len() <= 64 && id.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Drops a client's `X-Request-Id` unless it is one plain value, so that the server makes the
/// id instead: what reaches the logs and the audit trail is never whatever a client sent.
pub async fn plain_request_id(mut req: Request, next: Next) -> Response {
    let ids = req.headers().get_all("x-request-id");
    let mut it = ids.iter();
    let keep = matches!((it.next(), it.next()), (Some(id), None) if is_plain_request_id(id.as_bytes()));
    if !keep {
        req.headers_mut().remove("x-request-id");
    }
    next.run(req).await
}

/// The tracing span of a request: its id, method and path, never its body or query string.
pub fn span_for(req: &Request<Body>) -> tracing::Span {
    let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
    tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_plain_request_ids_are_kept() {
        assert!(is_plain_request_id(b"0193a4b2-7c1d-7e6f-9a0b-1c2d3e4f5a6b"));
        assert!(is_plain_request_id(b"lb.req_42"));
        assert!(is_plain_request_id(&[b'a'; 64]));
        assert!(!is_plain_request_id(&[b'a'; 65]));
        assert!(!is_plain_request_id(b""));
        assert!(!is_plain_request_id(b"a b"));
        assert!(!is_plain_request_id(b"<script>"));
        assert!(!is_plain_request_id("caf\u{e9}".as_bytes()));
    }

    #[test]
    fn forwarded_for_is_used_only_when_trusted_and_takes_the_proxys_entry() {
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", HeaderValue::from_static("203.0.113.9, 198.51.100.7"));
        let peer = ConnectInfo(SocketAddr::from(([10, 0, 0, 2], 4000)));
        assert_eq!(client_addr(&h, Some(&peer), false), "10.0.0.2");
        // A client can prepend anything; the last entry is what our proxy saw.
        assert_eq!(client_addr(&h, Some(&peer), true), "198.51.100.7");
        assert_eq!(client_addr(&HeaderMap::new(), Some(&peer), true), "10.0.0.2");
    }
}
