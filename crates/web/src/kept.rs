//! Forms posted after the session ended are kept, not lost.
//!
//! [`keep_signed_out_forms`] sits in front of the form pages listed in [`RESTORABLE`]. When a
//! post to one of them is turned away because nobody is signed in, it stores the body as posted
//! under a fresh random token held in a cookie and sends the browser to sign in. Signing in
//! claims the form for that person and returns them to the page (`?restored=1`), whose GET
//! handler takes the typed values back with [`take_restored`] and shows them instead of the
//! stored ones.
//!
//! A form is kept only for the person who typed it: the one whose session the browser came
//! with, which the store remembers for a week after the session ended however it ended (timed
//! out, disabled, a new password), or, after signing out (which clears the session cookie), the
//! one named by the [`ended_cookie`] marker that signing out leaves. When that cannot be known
//! the form is kept for no one, and the person is told so (decision 49).

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use rand::RngCore;
use securebase_store::{kept_forms, sessions};
use serde::de::DeserializeOwned;

use crate::auth::{CookieSpec, CurrentUser, NotSignedIn};
use crate::{AppError, AppState};

/// Route patterns of the form pages whose GET handler calls [`take_restored`]. Only these are
/// kept: sending someone back to a page that would not show what they typed would break the
/// promise the sign-in page makes. Add a page here when its handler restores.
pub const RESTORABLE: &[&str] = &[
    "/children/{id}/edit",
    "/assessments/{id}/dimensions/{dimension}",
    "/assessments/{id}/dimensions/{dimension}/evidence",
    "/assessments/{id}/summary",
    "/assessments/{id}/amend",
    "/children/{id}/assessments/new",
    "/households/{id}/assessments/new",
];

/// The request header the autosave script sets on its posts; it is answered with JSON, not a
/// redirect the script could not show.
pub const AUTOSAVE_HEADER: &str = "x-autosave";

/// The kept-form cookie: flagged like the session cookie, and also gone when the browser closes.
pub fn cookie(state: &AppState) -> CookieSpec {
    let secure = state.cookies.secure;
    CookieSpec { name: if secure { "__Host-securebase_kept" } else { "securebase_kept" }, secure }
}

/// The marker signing out leaves in place of the session cookie: a random token the store ties
/// to the person who signed out, so a form posted afterwards from a page left open is theirs.
pub fn ended_cookie(state: &AppState) -> CookieSpec {
    let secure = state.cookies.secure;
    CookieSpec { name: if secure { "__Host-securebase_ended" } else { "securebase_ended" }, secure }
}

/// Signs out the session behind `token`; returns the `Set-Cookie` value of the marker that
/// remembers whose it was, when it was anyone's.
pub async fn end_session(
    state: &AppState,
    token: String,
    request_id: Option<String>,
    client_addr: Option<String>,
) -> Result<Option<String>, AppError> {
    let marker = new_token();
    let m = marker.clone();
    let now = securebase_store::now_micros();
    let owner = state.store.run(move |c| sessions::sign_out(c, &token, &m, now, request_id, client_addr)).await?;
    Ok(owner.map(|_| ended_cookie(state).set(&marker)))
}

/// Typed values brought back to the page they were typed on.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The form exactly as it was posted (`application/x-www-form-urlencoded`).
    pub body: String,
    /// A `Set-Cookie` value that removes the kept-form cookie; send it with the page.
    pub clear_cookie: String,
}

impl Restored {
    /// The body as the page's own form type. `None` when it does not fit, which can only happen
    /// if the form changed shape in a new release while the values were kept.
    pub fn form<T: DeserializeOwned>(&self) -> Option<T> {
        serde_urlencoded::from_str(&self.body)
            .inspect_err(|e| tracing::warn!(error = %e, "a kept form no longer fits its page"))
            .ok()
    }
}

/// The values `user` typed into the form at `path` before their session ended, handed over once.
/// Costs nothing (no database work) unless the browser holds a kept-form cookie.
pub async fn take_restored(
    state: &AppState,
    headers: &HeaderMap,
    user: &CurrentUser,
    path: &str,
) -> Result<Option<Restored>, AppError> {
    let spec = cookie(state);
    let Some(token) = spec.read(headers) else {
        return Ok(None);
    };
    let (user_id, path) = (user.id().to_owned(), path.to_owned());
    let now = securebase_store::now_micros();
    let body = state.store.run(move |c| kept_forms::take(c, &token, &user_id, &path, now)).await?;
    Ok(body.map(|body| Restored { body, clear_cookie: spec.clear() }))
}

/// Middleware: keeps a form posted to a [`RESTORABLE`] page when the page answers that nobody
/// is signed in, and answers the autosave script's posts in JSON.
pub async fn keep_signed_out_forms(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let autosave = req.headers().get(AUTOSAVE_HEADER).is_some_and(|v| v.as_bytes() == b"1");
    // A browser without a session cookie or the marker of a sign-out was not signed in here, so
    // it has no form to lose.
    let has_session = state.cookies.read(req.headers()).is_some();
    let marker = ended_cookie(&state).read(req.headers());
    let restorable = is_urlencoded(req.headers())
        && (has_session || marker.is_some())
        && req.extensions().get::<MatchedPath>().is_some_and(|p| RESTORABLE.contains(&p.as_str()));
    if !restorable && !autosave {
        return next.run(req).await;
    }
    let path = req.uri().path().to_owned();
    let previous = cookie(&state).read(req.headers());
    let (req, body) = if restorable {
        let (parts, body) = req.into_parts();
        // Read through axum's own extractor so the app's body limit and its 413 apply as they
        // would to the handler's `Form`; the handler then reads the same bytes again.
        let bytes = match Bytes::from_request(Request::from_parts(parts.clone(), body), &state).await {
            Ok(b) => b,
            Err(rejection) => return rejection.into_response(),
        };
        (Request::from_parts(parts, Body::from(bytes.clone())), Some(bytes))
    } else {
        (req, None)
    };

    let res = next.run(req).await;
    let Some(NotSignedIn { owner }) = res.extensions().get::<NotSignedIn>().cloned() else {
        return res;
    };
    let text = body.as_deref().and_then(keepable);
    let owner = match (owner, marker) {
        (Some(owner), _) => Some(owner),
        // Signed out: the session cookie went, and the marker says whose the page was.
        (None, Some(marker)) if !has_session && text.is_some() => {
            let found = state.store.run(move |c| sessions::ended_owner(c, &marker)).await;
            found.inspect_err(|e| tracing::warn!(error = %e, "could not read a sign-out marker")).ok().flatten()
        }
        (None, _) => None,
    };
    let token = match (&owner, text) {
        (Some(owner), Some(body)) => keep(&state, owner, previous, &path, body.to_owned()).await,
        _ => None,
    };
    let sign_in = match token {
        Some(_) => format!(
            "/sign-in?next={}&kept=1",
            url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
        ),
        None => "/sign-in".to_owned(),
    };
    let mut answer = if autosave {
        // `sign_in` is a path and a percent-encoded query: nothing in it needs escaping in JSON.
        let json = format!(r#"{{"signed_out": true, "sign_in": "{sign_in}"}}"#);
        (StatusCode::UNAUTHORIZED, [(header::CONTENT_TYPE, "application/json")], json).into_response()
    } else if token.is_some() {
        Redirect::to(&sign_in).into_response()
    } else if restorable && text.is_some() && owner.is_none() {
        not_kept()
    } else {
        return res;
    };
    if let Some(value) = token.and_then(|t| HeaderValue::from_str(&cookie(&state).set(&t)).ok()) {
        answer.headers_mut().insert(header::SET_COOKIE, value);
    }
    answer
}

/// The answer to a form that could have been kept had it been known whose it was. Nothing typed
/// is shown back (whoever is at this browser may not have typed it); the page says plainly that
/// it was neither saved nor kept.
fn not_kept() -> Response {
    use crate::i18n::t;
    crate::error::page(
        StatusCode::UNAUTHORIZED,
        &t("err-not-kept-title"),
        &[&*t("err-not-kept-1"), &*t("err-not-kept-2")],
    )
}

fn is_urlencoded(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// The body as text, unless it must not or cannot be kept. Passwords are never stored, so a
/// form with any password field is let go, as is anything too large or not text.
fn keepable(body: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(body).ok()?;
    let has_password =
        url::form_urlencoded::parse(body).any(|(name, _)| name.to_ascii_lowercase().contains("password"));
    (!has_password && text.len() <= kept_forms::MAX_BODY_BYTES).then_some(text)
}

/// Stores the form under a fresh token, replacing the one this browser kept before; returns the
/// token for the cookie. A failure loses only the typing, as before this feature, so it is
/// logged and the person is sent to sign in all the same.
async fn keep(state: &AppState, owner: &str, previous: Option<String>, path: &str, body: String) -> Option<String> {
    let token = new_token();
    let (t, path, owner) = (token.clone(), path.to_owned(), owner.to_owned());
    let now = securebase_store::now_micros();
    let kept = state
        .store
        .run(move |c| {
            kept_forms::keep(c, &t, &owner, &path, &body, now)?;
            // Only once the newer form is safe: the cookie can point at one form only.
            match previous {
                Some(old) => kept_forms::discard(c, &old),
                None => Ok(()),
            }
        })
        .await;
    match kept {
        Ok(()) => Some(token),
        Err(e) => {
            tracing::warn!(error = %e, "could not keep a form posted after its session ended");
            None
        }
    }
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_and_oversized_bodies_are_never_kept() {
        assert_eq!(keepable(b"given_names=Amara&notes=a+b"), Some("given_names=Amara&notes=a+b"));
        assert_eq!(keepable(b"email=a%40b.test&password=secret"), None);
        assert_eq!(keepable(b"new_password=x&confirm=x"), None);
        assert_eq!(keepable(b"a=1&%50assword=x"), None, "names are decoded before they are checked");
        assert_eq!(keepable(b"a=\xff"), None);
        assert!(keepable("a".repeat(kept_forms::MAX_BODY_BYTES + 1).as_bytes()).is_none());
    }

    #[test]
    fn only_urlencoded_posts_are_read() {
        let mut h = HeaderMap::new();
        assert!(!is_urlencoded(&h));
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("Application/X-WWW-Form-Urlencoded; charset=UTF-8"));
        assert!(is_urlencoded(&h));
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("multipart/form-data; boundary=x"));
        assert!(!is_urlencoded(&h));
    }

    #[test]
    fn every_restorable_page_is_a_form_that_posts_to_itself() {
        let routes = crate::route_table();
        for pattern in RESTORABLE {
            assert!(routes.contains(&("GET", pattern)) && routes.contains(&("POST", pattern)), "{pattern}");
        }
    }
}
