//! One error type for handlers. Every variant renders a kind page; causes go to the log only.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use securebase_store::StoreError;

#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::t;
use crate::layout::Nav;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("cross-site request refused")]
    CrossSite,
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("{0}")]
    Internal(String),
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    nav: Option<Nav>,
    title: &'a str,
    paragraphs: &'a [&'a str],
}

pub fn page(status: StatusCode, title: &str, paragraphs: &[&str]) -> Response {
    let body = ErrorPage { nav: None, title, paragraphs }
        .render()
        .unwrap_or_else(|_| format!("<!doctype html><title>{title}</title><h1>{title}</h1>"));
    (status, Html(body)).into_response()
}

pub fn not_found_response() -> Response {
    page(StatusCode::NOT_FOUND, &t("err-not-found-title"), &[&*t("err-not-found-1"), &*t("err-not-found-2")])
}

pub async fn not_found() -> Response {
    not_found_response()
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => not_found_response(),
            AppError::Store(e) if e.is_not_found() => not_found_response(),
            // A rule refused the change (a stale version, a draft already signed off ...): say
            // which, and change nothing.
            AppError::Store(StoreError::Conflict(c)) => {
                let reason = crate::i18n::labels::conflict(&c);
                page(StatusCode::CONFLICT, &t("err-conflict-title"), &[&*reason, &*t("err-conflict-nothing-changed")])
            }
            AppError::CrossSite => page(
                StatusCode::FORBIDDEN,
                &t("err-cross-site-title"),
                &[&*t("err-cross-site-1"), &*t("err-cross-site-2")],
            ),
            other => {
                tracing::error!(error = %other, "request failed");
                page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &t("err-internal-title"),
                    &[&*t("err-internal-1"), &*t("err-internal-2")],
                )
            }
        }
    }
}
