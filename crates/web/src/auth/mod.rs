//! Signing in and out, session cookies, and who is asking.

pub mod password;
mod sign_in;

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::Role;
use securebase_store::sessions::{self, SessionCheck, SessionUser};

use crate::layout::Nav;
use crate::routes::Routes;
use crate::{AppError, AppState, Settings};

pub fn routes() -> Routes {
    Routes::new().get_post("/sign-in", sign_in::show, sign_in::submit).post("/sign-out", sign_in::sign_out)
}

/// How the session cookie is named and flagged. Over HTTPS it gets `Secure` and the `__Host-`
/// prefix, which pins it to this exact host and path.
#[derive(Debug, Clone)]
pub struct CookieSpec {
    pub name: &'static str,
    pub secure: bool,
}

impl CookieSpec {
    pub fn for_settings(settings: &Settings) -> CookieSpec {
        if settings.is_https() {
            CookieSpec { name: "__Host-securebase_session", secure: true }
        } else {
            CookieSpec { name: "securebase_session", secure: false }
        }
    }

    /// No `Max-Age`: the cookie dies with the browser, and the server enforces the timeouts.
    pub fn set(&self, token: &str) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!("{}={token}; Path=/; HttpOnly; SameSite=Lax{secure}", self.name)
    }

    pub fn clear(&self) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", self.name)
    }

    pub fn read(&self, headers: &HeaderMap) -> Option<String> {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(k, _)| *k == self.name)
            .map(|(_, v)| v.to_owned())
            .filter(|v| !v.is_empty())
    }
}

/// The signed-in person. As an extractor it sends anyone not signed in to the sign-in page,
/// remembering where they were going, and marks that answer [`NotSignedIn`].
#[derive(Debug, Clone)]
pub struct CurrentUser(pub SessionUser);

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.0.user.has_role(role)
    }
    pub fn roles(&self) -> &[Role] {
        &self.0.user.roles
    }
    pub fn org_id(&self) -> &str {
        &self.0.user.org_id
    }
    pub fn id(&self) -> &str {
        &self.0.user.id
    }
    pub fn nav(&self) -> Option<Nav> {
        let has_cases = self.roles().iter().any(|r| {
            matches!(r, Role::TeamManager | Role::SupervisingSocialWorker | Role::ChildSocialWorker | Role::Caregiver)
        });
        Some(Nav {
            name: self.0.user.display_name.clone(),
            is_admin: self.roles().iter().any(|r| r.can_manage_users()),
            has_cases,
            is_auditor: self.has(Role::Auditor),
        })
    }
}

/// Marks the response of a request turned away because nobody is signed in, so that
/// `crate::kept` can keep the form it carried. `owner` is whose session had just ended, when the
/// browser came with one that still existed.
#[derive(Debug, Clone)]
pub struct NotSignedIn {
    pub owner: Option<String>,
}

async fn lookup(parts: &Parts, state: &AppState) -> Result<SessionCheck, AppError> {
    let Some(token) = state.cookies.read(&parts.headers) else {
        return Ok(SessionCheck::Unknown);
    };
    let policy = state.policy;
    let now = securebase_store::now_micros();
    Ok(state.store.run(move |c| sessions::check(c, &token, now, &policy)).await?)
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match lookup(parts, state).await {
            Ok(SessionCheck::Live(user)) => {
                crate::local::set(crate::local::Local::of(&user.time_zone, &user.language));
                Ok(CurrentUser(user))
            }
            Ok(dead) => Err(not_signed_in(&parts.method, parts.uri.path_and_query().map(|p| p.as_str()), dead)),
            Err(e) => Err(e.into_response()),
        }
    }
}

/// The answer to a request that needs someone signed in and has no live session: to the sign-in
/// page, remembering a page that was being opened, marked [`NotSignedIn`].
pub fn not_signed_in(method: &axum::http::Method, path_and_query: Option<&str>, dead: SessionCheck) -> Response {
    let path = path_and_query.unwrap_or("/");
    let target = if method == axum::http::Method::GET && path != "/" {
        format!("/sign-in?next={}", url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>())
    } else {
        "/sign-in".to_owned()
    };
    let owner = match dead {
        SessionCheck::Ended { user_id } => Some(user_id),
        SessionCheck::Live(_) | SessionCheck::Unknown => None,
    };
    let mut res = Redirect::to(&target).into_response();
    res.extensions_mut().insert(NotSignedIn { owner });
    res
}

impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Self::Rejection> {
        let user = lookup(parts, state).await.map_err(IntoResponse::into_response)?.live();
        if let Some(u) = &user {
            crate::local::set(crate::local::Local::of(&u.time_zone, &u.language));
        }
        Ok(user.map(CurrentUser))
    }
}

/// Only a path on this site may be returned to after signing in, never another site: one
/// starting with a single `/` and written only in the characters a URL carries as they are
/// (letters, digits and `-._~!$&'()*+,;=:@/?%`). Anything else (a control character, which
/// browsers drop and which cannot be put in a header, a space, a backslash) is refused, and the
/// caller goes home instead.
pub fn safe_next(next: &str) -> Option<&str> {
    const MAX_LEN: usize = 2048;
    let plain = next.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?%".contains(&b));
    (plain && next.len() <= MAX_LEN && next.starts_with('/') && !next.starts_with("//")).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_this_site() {
        assert_eq!(safe_next("/admin/users"), Some("/admin/users"));
        assert_eq!(safe_next("//evil.example/"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
        assert_eq!(safe_next("https://evil.example/"), None);
        assert_eq!(safe_next(""), None);
        assert_eq!(safe_next("/children/01J?tab=record&x=%2F"), Some("/children/01J?tab=record&x=%2F"));
        // Browsers drop tabs and newlines from a URL, making `//host/path` of these.
        assert_eq!(safe_next("/\t/evil.example/path"), None);
        assert_eq!(safe_next("/\n/evil.example/path"), None);
        assert_eq!(safe_next("/\r\n/evil.example"), None);
        // Characters a header cannot carry.
        assert_eq!(safe_next("/\0"), None);
        assert_eq!(safe_next("/\u{7f}"), None);
        assert_eq!(safe_next("/caf\u{e9}"), None);
        assert_eq!(safe_next("/ /evil.example"), None);
        assert_eq!(safe_next("/\\\\evil.example"), None);
        assert_eq!(safe_next("/a\\b"), None);
        assert_eq!(safe_next(&format!("/{}", "a".repeat(3000))), None);
    }

    #[test]
    fn cookie_reading_and_flags() {
        let spec = CookieSpec { name: "__Host-securebase_session", secure: true };
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; __Host-securebase_session=abc; b=2".parse().unwrap_or(header::HeaderValue::from_static("")),
        );
        assert_eq!(spec.read(&h).as_deref(), Some("abc"));
        assert!(spec.set("t").contains("; Secure"));
        assert!(spec.set("t").contains("HttpOnly; SameSite=Lax"));
    }
}
