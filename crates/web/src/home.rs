//! The home page: who you are, where, in what role, and what you can do.

use askama::Template;
use axum::Router;
use axum::response::IntoResponse;
use axum::routing::get;
use securebase_core::{Dimension, Role};

use crate::auth::CurrentUser;
use crate::layout::{Nav, render};
use crate::{AppError, AppState};

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(home))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    nav: Option<Nav>,
    name: String,
    email: String,
    org_name: String,
    role: Role,
    dimensions: [Dimension; 5],
}

async fn home(user: CurrentUser) -> Result<impl IntoResponse, AppError> {
    let u = &user.0.user;
    render(&HomePage {
        nav: user.nav(),
        name: u.display_name.clone(),
        email: u.email.clone(),
        org_name: user.0.org_name.clone(),
        role: u.role,
        dimensions: Dimension::ALL,
    })
}
