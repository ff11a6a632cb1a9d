use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use rand::RngCore;
use securebase_core::Email;
use securebase_core::throttle::{PER_ACCOUNT, PER_ADDRESS};
use securebase_store::{kept_forms, sessions, throttle, users};
use serde::Deserialize;

use super::{CurrentUser, safe_next};
use crate::context::request_id;
use crate::extract::{Form, Query};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, t, t_args};
use crate::kept;
use crate::layout::{FieldError, Nav, render};
use crate::security::ClientAddr;
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    blocked: Option<String>,
    email: String,
    next: String,
    signed_out: bool,
    /// A form posted after the session ended is waiting for this sign-in.
    kept: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: String,
    signed_out: Option<String>,
    kept: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
    next: String,
    kept: String,
}

/// Deliberately the same for an unknown email, a wrong password and a disabled account, so the
/// form never tells anyone which addresses have accounts.
fn generic_failure() -> String {
    t("auth-failed").into_owned()
}

pub async fn show(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    headers: HeaderMap,
    Query(q): Query<NextQuery>,
) -> Result<Response, AppError> {
    let next = safe_next(&q.next).unwrap_or("").to_owned();
    if let Some(user) = user {
        // Signed in meanwhile (in another tab): the kept form still leads back to its page.
        let (target, clear) = landing(&state, &headers, user.id(), next).await?;
        return Ok((AppendHeaders(clear.map(|c| (header::SET_COOKIE, c))), Redirect::to(&target)).into_response());
    }
    Ok(render(&SignInPage {
        nav: None,
        errors: vec![],
        blocked: None,
        email: String::new(),
        next,
        signed_out: q.signed_out.is_some(),
        // Only promise what this browser can bring back.
        kept: q.kept.is_some() && kept::cookie(&state).read(&headers).is_some(),
    })?
    .into_response())
}

/// Where someone goes once signed in: to the page of a form kept for them in this browser (which
/// then restores it), otherwise to `next`. The second value clears the kept-form cookie when
/// its form is gone or was someone else's.
async fn landing(
    state: &AppState,
    headers: &HeaderMap,
    user_id: &str,
    next: String,
) -> Result<(String, Option<String>), AppError> {
    let fallback = if next.is_empty() { "/".to_owned() } else { next };
    let spec = kept::cookie(state);
    let Some(token) = spec.read(headers) else {
        return Ok((fallback, None));
    };
    let user_id = user_id.to_owned();
    let now = securebase_store::now_micros();
    let claimed = state.store.run(move |c| kept_forms::claim(c, &token, &user_id, now)).await?;
    Ok(match claimed {
        kept_forms::Claim::Yours(path) => match safe_next(&path) {
            Some(path) => (format!("{path}?restored=1"), None),
            None => (fallback, Some(spec.clear())),
        },
        // Someone else's: the cookie stays, for its author to sign in here and have it back.
        kept_forms::Claim::NotYours => (fallback, None),
        kept_forms::Claim::Gone => (fallback, Some(spec.clear())),
    })
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn wait_message(seconds: i64) -> String {
    if seconds <= 90 {
        t_args("auth-wait-seconds", &[("seconds", Arg::Number(seconds))]).into_owned()
    } else {
        t_args("auth-wait-minutes", &[("minutes", Arg::Number((seconds + 59) / 60))]).into_owned()
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let account_key = throttle::account_key(&form.email);
    let address_key = throttle::address_key(&addr);
    let next = safe_next(&form.next).unwrap_or("").to_owned();
    let typed_email = form.email.trim().to_owned();
    let now = securebase_store::now_micros();

    // Counted as a failure before the password is checked, in one step with the check of the
    // counts, so a burst of attempts gets no more checks than the rules allow; a success takes
    // its count back below.
    let (account, address) = (account_key.clone(), address_key.clone());
    let attempt = state
        .store
        .run(move |c| throttle::begin_attempt(c, &[(&account, &PER_ACCOUNT), (&address, &PER_ADDRESS)], now))
        .await?;
    if let throttle::Attempt::Blocked { until } = attempt {
        let seconds = ((until - now) / 1_000_000).max(1);
        let page = SignInPage {
            nav: None,
            errors: vec![],
            blocked: Some(wait_message(seconds)),
            email: typed_email,
            next,
            signed_out: false,
            kept: !form.kept.is_empty(),
        };
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds.to_string())], render(&page)?)
            .into_response());
    }

    let found = match Email::parse(&form.email) {
        Ok(email) => state.store.run(move |c| users::find_for_sign_in(c, &email)).await?,
        Err(_) => None,
    };
    let (candidate, hash) = match found {
        Some((user, hash)) => (Some(user), hash),
        None => (None, state.dummy_hash.as_ref().clone()),
    };
    let typed = form.password;
    let verified = state.passwords.verify(typed, hash).await.map_err(|e| AppError::Internal(e.to_string()))?;

    let user = match candidate {
        Some(u) if verified && !u.disabled => u,
        _ => {
            // Already counted by `begin_attempt`; the refusal is audited.
            let (rid, from) = (request_id(&headers), Some(addr.clone()));
            state.store.run(move |c| sessions::record_failed_sign_in(c, candidate.as_ref(), rid, from)).await?;
            let errors = vec![FieldError { field: "email".into(), message: generic_failure() }];
            let page = SignInPage {
                nav: None,
                errors,
                blocked: None,
                email: typed_email,
                next,
                signed_out: false,
                kept: !form.kept.is_empty(),
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };

    let token = new_token();
    let previous = state.cookies.read(&headers);
    let policy = state.policy;
    let signed_in = user.clone();
    let (rid, from) = (request_id(&headers), Some(addr));
    let t = token.clone();
    state
        .store
        .run(move |c| {
            throttle::clear(c, &account_key)?;
            throttle::forgive(c, &address_key, &PER_ADDRESS)?;
            sessions::sign_in(c, &t, previous.as_deref(), &signed_in, now, &policy, rid, from)
        })
        .await?;
    tracing::info!(user = %user.id, "signed in");
    let (target, clear_kept) = landing(&state, &headers, &user.id, next).await?;
    // A sign-out marker left by whoever used this browser before names them, not this person:
    // it goes now, so nothing this person types is ever kept as theirs.
    let marker = kept::ended_cookie(&state);
    let clear_marker = marker.read(&headers).map(|_| marker.clear());
    let cookies = std::iter::once(state.cookies.set(&token))
        .chain(clear_kept)
        .chain(clear_marker)
        .map(|c| (header::SET_COOKIE, c));
    Ok((AppendHeaders(cookies), Redirect::to(&target)).into_response())
}

pub async fn sign_out(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let marker = match state.cookies.read(&headers) {
        Some(token) => kept::end_session(&state, token, request_id(&headers), Some(addr)).await?,
        None => None,
    };
    let cookies = std::iter::once(state.cookies.clear()).chain(marker).map(|c| (header::SET_COOKIE, c));
    Ok((AppendHeaders(cookies), Redirect::to("/sign-in?signed_out=1")).into_response())
}
