//! The acting person for a request that touches case data: who, from which request and address,
//! and a way to run store code with their resolved scope.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Response;
use securebase_store::access::{Actor, Scope};
use securebase_store::{DbConnection, StoreError};

use crate::auth::CurrentUser;
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
        let ClientAddr(addr) = match ClientAddr::from_request_parts(parts, state).await {
            Ok(a) => a,
            Err(never) => match never {},
        };
        let request_id = parts.headers.get("x-request-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let u = &user.0.user;
        let actor = Actor {
            user_id: u.id.clone(),
            org_id: u.org_id.clone(),
            roles: u.roles.clone(),
            request_id,
            client_addr: Some(addr),
        };
        Ok(Ctx { user, actor })
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
        Ok(state
            .store
            .run(move |c| {
                let scope = Scope::resolve(c, actor)?;
                f(c, &scope)
            })
            .await?)
    }
}
