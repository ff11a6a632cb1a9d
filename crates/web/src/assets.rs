//! Our own CSS and JavaScript, compiled into the binary: no CDN, no build step.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::AppState;

const CSS: &str = include_str!("static/app.css");
const JS: &str = include_str!("static/app.js");

/// Changes with every release so browsers may cache assets for long.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub fn routes() -> Router<AppState> {
    Router::new().route("/static/app.css", get(css)).route("/static/app.js", get(js))
}

const CACHE: &str = "public, max-age=86400";

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], CSS)
}

async fn js() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], JS)
}
