//! The acting person for a request that touches case data: who, from which request and address,
//! and a way to run store code with their resolved scope.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use securebase_store::access::{Actor, Scope};
use securebase_store::sessions::{self, SessionCheck, SessionUser};
use securebase_store::{DbConnection, StoreError};

use crate::auth::{CurrentUser, not_signed_in};
use crate::security::ClientAddr;
use crate::{AppError, AppState};

pub struct Ctx {
    pub user: CurrentUser,
    pub actor: Actor,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        let (request_id, client_addr) = request_facts(parts, state).await;
        let actor = actor_of(&user.0, request_id, client_addr);
        Ok(Ctx { user, actor })
    }
}

/// What the audit trail records of a request: its id and the client's address.
async fn request_facts(parts: &mut Parts, state: &AppState) -> (Option<String>, String) {
    let ClientAddr(addr) = match ClientAddr::from_request_parts(parts, state).await {
        Ok(a) => a,
        Err(never) => match never {},
    };
    (request_id(&parts.headers), addr)
}

/// The request's id as the audit trail records it.
pub fn request_id(headers: &axum::http::HeaderMap) -> Option<String> {
    headers.get("x-request-id").and_then(|v| v.to_str().ok()).map(str::to_owned)
}

fn actor_of(user: &SessionUser, request_id: Option<String>, client_addr: String) -> Actor {
    Actor {
        user_id: user.user.id.clone(),
        org_id: user.user.org_id.clone(),
        roles: user.user.roles.clone(),
        request_id,
        client_addr: Some(client_addr),
    }
}

impl Ctx {
    /// Resolves what the actor can reach and runs `f` with it, in one trip to the database pool.
    pub async fn run<T, F>(&self, state: &AppState, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection, &Scope) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let actor = self.actor.clone();
        let zone = crate::local::get();
        Ok(state
            .store
            .run(move |c| {
                crate::local::within(zone, || {
                    let scope = Scope::of(actor);
                    f(c, &scope)
                })
            })
            .await?)
    }
}

/// A request for a page about one record, whose session is checked in the same trip to the
/// database as the page's own reads: for the busiest pages, where a trip of its own for the
/// session check would be a third of the work. Extracting it touches no database.
pub struct Unchecked {
    token: Option<String>,
    method: axum::http::Method,
    path: String,
    request_id: Option<String>,
    client_addr: String,
}

impl FromRequestParts<AppState> for Unchecked {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let (request_id, client_addr) = request_facts(parts, state).await;
        Ok(Unchecked {
            token: state.cookies.read(&parts.headers),
            method: parts.method.clone(),
            path: parts.uri.path_and_query().map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned()),
            request_id,
            client_addr,
        })
    }
}

impl Unchecked {
    /// Checks the session and runs `f` with the actor's scope, all in one trip; `f` checks the
    /// actor's access to its record as any store function does.
    /// Someone not signed in gets the same answer as from the [`CurrentUser`] extractor.
    pub async fn run_for<T, F>(self, state: &AppState, f: F) -> Result<(Ctx, T), Response>
    where
        F: FnOnce(&mut DbConnection, &Scope) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let Some(token) = self.token else {
            return Err(not_signed_in(&self.method, Some(&self.path), SessionCheck::Unknown));
        };
        let (policy, request_id, client_addr) = (state.policy, self.request_id, self.client_addr);
        let outcome = state
            .store
            .run(move |c| {
                let user = match sessions::check(c, &token, securebase_store::now_micros(), &policy)? {
                    SessionCheck::Live(user) => user,
                    dead => return Ok(Err(dead)),
                };
                let actor = actor_of(&user, request_id, client_addr);
                let scope = Scope::of(actor.clone());
                let value =
                    crate::local::within(Some(crate::local::Local::of(&user.time_zone, &user.language)), || {
                        f(c, &scope)
                    })?;
                Ok(Ok((Ctx { user: CurrentUser(user), actor }, value)))
            })
            .await
            .map_err(|e| AppError::from(e).into_response())?;
        if let Ok((ctx, _)) = &outcome {
            crate::local::set(crate::local::Local::of(&ctx.user.0.time_zone, &ctx.user.0.language));
        }
        outcome.map_err(|dead| not_signed_in(&self.method, Some(&self.path), dead))
    }
}
