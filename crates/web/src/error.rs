//! One error type for handlers. Every variant renders a kind page; causes go to the log only.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use securebase_store::StoreError;

use crate::layout::Nav;
#[allow(unused_imports)]
use crate::i18n::Tr as _;

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
    page(
        StatusCode::NOT_FOUND,
        "Page not found",
        &[
            "We could not find that page. If you typed the web address, check it is correct.",
            "If you followed a link to a record, it may have moved, or it may not be one you can open.",
        ],
    )
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
                page(
                    StatusCode::CONFLICT,
                    "This could not be done",
                    &[&reason, "Nothing was changed. Go back, reload the page and try again."],
                )
            }
            AppError::CrossSite => page(
                StatusCode::FORBIDDEN,
                "This request was refused",
                &[
                    "The form was sent from another website, so securebase did not act on it.",
                    "If you were using securebase, go back to the page, reload it and try again.",
                ],
            ),
            other => {
                tracing::error!(error = %other, "request failed");
                page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Sorry, something went wrong",
                    &[
                        "Something went wrong on our side and your request could not be completed.",
                        "Please go back and try again. If it keeps happening, tell your agency's administrator the time it happened.",
                    ],
                )
            }
        }
    }
}
