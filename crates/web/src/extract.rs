//! The edge of every request: what a handler takes from the path, the query string and a posted
//! form goes through here, and nowhere else (`clippy.toml` forbids axum's own extractors).
//!
//! - [`Path`]: every parameter named like an id must be a well-formed id, as the store makes
//!   them (a UUID, lower-case and hyphenated), and every other parameter a plain key; anything
//!   else is "page not found" before a database is asked.
//! - [`Query`] and [`Form`]: text with hidden control characters is refused (tab and line
//!   breaks are allowed only in the fields listed in [`MULTILINE`]); a form with such text is
//!   refused with the product's own page and nothing is stored.
//! - [`crate::records::RawForm`] is read by the same rules, but keeps what was typed and carries
//!   the problems as field errors, so its pages show them like any other answer to correct.
//! - Every rejection, here or anywhere else, is the product's own error page (see
//!   [`plain_rejections`]), never axum's plain text.

use std::borrow::Cow;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use crate::AppError;
use crate::error::{self, not_found_response};
use crate::i18n::{Arg, t, t_args};
use crate::layout::FieldError;

/// Path parameters that hold an id the store made.
pub const ID_PARAMS: &[&str] = &["id", "user_id", "evidence"];
/// Path parameters that hold a key from a fixed vocabulary (a dimension's key).
pub const KEY_PARAMS: &[&str] = &["dimension"];

/// Form fields shown as a `<textarea>`, where tabs and line breaks are part of the answer.
/// A test checks this list against the templates.
pub const MULTILINE: &[&str] = &[
    "account",
    "address",
    "band_reason",
    "child_view",
    "contact_arrangements",
    "education_notes",
    "end_note",
    "evidence_hint",
    "health_notes",
    "important_people",
    "long_term",
    "needs",
    "note",
    "opinion",
    "reason",
    "relation_notes",
    "short_term",
    "strengths",
    "summary",
    "text",
];

/// Whether `s` is an id as the store makes them: a UUID written lower-case with hyphens.
pub fn is_id(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        })
}

/// Whether `s` is a plain key: short, lower-case letters, digits, `-` and `_`.
pub fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Fields whose whole value another rule checks, and where anything it refuses is replaced
/// rather than refused: sign-in's `next` (see `auth::safe_next`; a bad one goes home).
pub const CHECKED_ELSEWHERE: &[&str] = &["next"];

/// What is wrong with the answer `value` to the field `name`, if anything.
pub fn refusal(name: &str, value: &str) -> Option<Cow<'static, str>> {
    if CHECKED_ELSEWHERE.contains(&name) {
        return None;
    }
    let multiline = MULTILINE.contains(&name);
    let mut line_break = false;
    for c in value.chars() {
        if !c.is_control() {
            continue;
        }
        if matches!(c, '\t' | '\n' | '\r') {
            if !multiline {
                line_break = true;
            }
        } else {
            return Some(t("err-control-character"));
        }
    }
    line_break.then(|| t("err-line-break"))
}

/// Every refused answer of a form or query, as field errors (one per field).
pub fn screen<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = Vec::new();
    for (name, value) in pairs {
        let problem = refusal(name, value).or_else(|| name.chars().any(char::is_control).then(|| t("err-field-name")));
        let Some(message) = problem else { continue };
        let field: String = name.chars().filter(|c| !c.is_control()).collect();
        if !errors.iter().any(|e| e.field == field) {
            errors.push(FieldError { field: field.into(), message: message.into() });
        }
    }
    errors
}

/// The product's page for a request that could not be read.
pub fn bad_request(status: StatusCode) -> Response {
    match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => {
            let mut res = not_found_response();
            *res.status_mut() = status;
            res
        }
        StatusCode::PAYLOAD_TOO_LARGE => {
            error::page(status, &t("err-too-large-title"), &[&*t("err-too-large-1"), &*t("err-too-large-2")])
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            error::page(status, &t("err-unreadable-title"), &[&*t("err-media-type-1"), &*t("err-media-type-2")])
        }
        StatusCode::REQUEST_TIMEOUT => {
            error::page(status, &t("err-timeout-title"), &[&*t("err-timeout-1"), &*t("err-timeout-2")])
        }
        s if s.is_server_error() => AppError::Internal(format!("an answer of {s} without a page")).into_response(),
        s => error::page(s, &t("err-unreadable-title"), &[&*t("err-bad-request-1"), &*t("err-bad-request-2")]),
    }
}

/// The page for a form whose answers contain characters that cannot be stored.
fn refused_page(errors: &[FieldError]) -> Response {
    let fields: Vec<String> = errors
        .iter()
        .map(|e| t_args("err-refused-field", &[("field", Arg::Text(e.field.to_string()))]).into_owned())
        .collect();
    let which = t_args("err-refused-which", &[("fields", Arg::Text(fields.join(", ")))]);
    error::page(
        StatusCode::BAD_REQUEST,
        &t("err-refused-title"),
        &[&*which, &*t("err-refused-1"), &*t("err-refused-2")],
    )
}

/// The parameters of the matched route, checked, then deserialised like axum's `Path`.
/// Anything that does not fit is "page not found".
#[derive(Debug)]
pub struct Path<T>(pub T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| not_found_response())?;
        for (name, value) in &params {
            let fine = if ID_PARAMS.contains(&name) {
                is_id(value)
            } else if KEY_PARAMS.contains(&name) {
                is_key(value)
            } else {
                // An unclassified parameter: a route added without saying what it holds.
                tracing::warn!(param = name, "a path parameter is neither an id nor a key");
                false
            };
            if !fine {
                return Err(not_found_response());
            }
        }
        #[allow(clippy::disallowed_types)]
        let axum::extract::Path(value) =
            axum::extract::Path::<T>::from_request_parts(parts, state).await.map_err(|_| not_found_response())?;
        Ok(Path(value))
    }
}

/// The query string, deserialised like axum's `Query`; a query that does not fit (a repeated
/// parameter, hidden control characters) gets the product's 400 page.
#[derive(Debug)]
pub struct Query<T>(pub T);

impl<T, S> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let pairs = decode(query.as_bytes()).ok_or_else(|| bad_request(StatusCode::BAD_REQUEST))?;
        if !screen(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).is_empty() {
            return Err(bad_request(StatusCode::BAD_REQUEST));
        }
        let value = serde_urlencoded::from_str(query).map_err(|_| bad_request(StatusCode::BAD_REQUEST))?;
        Ok(Query(value))
    }
}

/// A posted form's body, its fields in order as typed, and the problems [`screen`] found.
pub(crate) async fn read_form<S: Send + Sync>(
    req: Request,
    state: &S,
) -> Result<(Bytes, Vec<(String, String)>, Vec<FieldError>), Response> {
    if !is_urlencoded(req.headers()) {
        return Err(bad_request(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let bytes = Bytes::from_request(req, state).await.map_err(|r| bad_request(r.status()))?;
    let pairs = decode(&bytes).ok_or_else(|| bad_request(StatusCode::BAD_REQUEST))?;
    let errors = screen(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    Ok((bytes, pairs, errors))
}

/// `application/x-www-form-urlencoded` pairs, or `None` when a name or value is not UTF-8 (where
/// `serde_urlencoded` would silently put U+FFFD in its place) or a `%` escape is broken.
pub fn decode(input: &[u8]) -> Option<Vec<(String, String)>> {
    fn text(part: &[u8]) -> Option<String> {
        let mut out = Vec::with_capacity(part.len());
        let mut i = 0;
        while i < part.len() {
            match part[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    let hex = part.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
                    out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).ok()
    }
    input
        .split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|b| *b == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &b""[..]),
            };
            Some((text(name)?, text(value)?))
        })
        .collect()
}

fn is_urlencoded(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// A posted form (`application/x-www-form-urlencoded`), deserialised like axum's `Form`. Text
/// with characters that cannot be stored is refused with the product's 400 page.
#[derive(Debug)]
pub struct Form<T>(pub T);

impl<T, S> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (bytes, _, errors) = read_form(req, state).await?;
        if !errors.is_empty() {
            return Err(refused_page(&errors));
        }
        let value = serde_urlencoded::from_bytes(&bytes).map_err(|_| bad_request(StatusCode::BAD_REQUEST))?;
        Ok(Form(value))
    }
}

/// Middleware: an answer that is an error in plain text (or with no body at all) comes from an
/// extractor or a layer, never from a handler, which answers with pages; it is replaced by the
/// product's page for the same status. The health checks answer in plain text on purpose.
pub async fn plain_rejections(req: Request, next: Next) -> Response {
    let health = matches!(req.uri().path(), "/healthz" | "/readyz");
    let res = next.run(req).await;
    let status = res.status();
    if health || !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let plain = match res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(t) => t.starts_with("text/plain"),
    };
    if !plain {
        return res;
    }
    let mut page = bad_request(status);
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = res.headers().get(&name) {
            page.headers_mut().insert(name, v.clone());
        }
    }
    page
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]

    use super::*;

    #[test]
    fn ids_are_uuids_as_the_store_makes_them() {
        let id = securebase_store::new_id();
        assert!(is_id(&id), "{id}");
        assert!(!is_id(&id.to_uppercase()));
        assert!(!is_id(&id.replace('-', "")));
        assert!(!is_id("\u{0}"));
        assert!(!is_id("01234567-89ab-cdef-0123-45678g9abcde"));
        assert!(is_key("family_membership") && !is_key("Family") && !is_key("") && !is_key("a\u{0}"));
    }

    #[test]
    fn control_characters_are_refused_and_line_breaks_only_where_a_field_has_lines() {
        assert_eq!(refusal("given_names", "Åse 🙂 <b>"), None);
        assert!(refusal("given_names", "a\tb").is_some());
        assert!(refusal("given_names", "a\nb").is_some());
        assert_eq!(refusal("strengths", "one\r\ntwo\tthree"), None);
        assert!(refusal("strengths", "nul\u{0}").is_some());
        assert!(refusal("strengths", "bell\u{7}").is_some());
        assert!(refusal("strengths", "c1\u{85}").is_some());
        let errors = screen([("a", "x\u{0}"), ("a", "y\u{0}"), ("b\u{0}", "fine"), ("c", "fine")]);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(fields, vec!["a", "b"]);
    }

    #[test]
    fn forms_are_decoded_strictly() {
        let pairs = |v: &[(&str, &str)]| v.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect::<Vec<_>>();
        assert_eq!(decode(b"a=1+2&b=%C3%A5&&c&d="), Some(pairs(&[("a", "1 2"), ("b", "å"), ("c", ""), ("d", "")])));
        assert_eq!(decode(b"a=%00"), Some(pairs(&[("a", "\u{0}")])));
        assert_eq!(decode(b""), Some(vec![]));
        assert_eq!(decode(b"a=%ff"), None);
        assert_eq!(decode(b"a=\xff"), None);
        assert_eq!(decode(b"a=%4"), None);
        assert_eq!(decode(b"a=%zz"), None);
        assert_eq!(decode(b"a=%+1"), None);
    }

    /// Every `<textarea>` of every template is listed as multi-line, and nothing else is.
    #[test]
    fn multiline_fields_are_the_textareas() {
        let mut found = std::collections::BTreeSet::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
                let path = entry.map(|e| e.path()).unwrap_or_default();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "html") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    for part in text.split("f::textarea(\"").skip(1) {
                        found.insert(part.split('"').next().unwrap_or_default().to_owned());
                    }
                    let plain = text.matches("<textarea").count();
                    let via_macro = usize::from(path.ends_with("records/fields.html"));
                    assert_eq!(plain, via_macro, "{}: a <textarea> outside the field macro", path.display());
                }
            }
        }
        let listed: std::collections::BTreeSet<String> = MULTILINE.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(found, listed);
    }

    #[test]
    fn every_path_parameter_is_an_id_or_a_key() {
        for (_, pattern) in crate::route_table() {
            for part in pattern.split('/') {
                if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                    assert!(ID_PARAMS.contains(&name) || KEY_PARAMS.contains(&name), "{pattern}: {name}");
                }
            }
        }
    }
}
