//! The home page: who you are, where, in what role, and what you can do.

use askama::Template;
use axum::response::IntoResponse;
use securebase_core::Dimension;

use crate::auth::CurrentUser;
use crate::layout::{Nav, render};
use crate::AppError;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new().get("/", home)
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    nav: Option<Nav>,
    name: String,
    email: String,
    org_name: String,
    roles: String,
    abilities: Vec<&'static str>,
    is_admin: bool,
    dimensions: [Dimension; 5],
}

async fn home(user: CurrentUser) -> Result<impl IntoResponse, AppError> {
    let u = &user.0.user;
    render(&HomePage {
        nav: user.nav(),
        name: u.display_name.clone(),
        email: u.email.clone(),
        org_name: user.0.org_name.clone(),
        roles: u.role_labels(),
        abilities: u.roles.iter().flat_map(|r| r.abilities().iter().copied()).collect(),
        is_admin: u.roles.iter().any(|r| r.can_manage_users()),
        dimensions: Dimension::ALL,
    })
}
