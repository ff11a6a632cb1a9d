//! Our own CSS and JavaScript, compiled into the binary: no CDN, no build step.

use axum::http::header;
use axum::response::IntoResponse;

use crate::routes::Routes;

// The charts' rules live in their own file beside the chart code, served as one stylesheet.
const CSS: &str = concat!(include_str!("static/app.css"), "\n", include_str!("static/charts.css"));
const JS: &str = include_str!("static/app.js");

/// Changes with every release so browsers may cache assets for long.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub fn routes() -> Routes {
    Routes::new().get("/static/app.css", css).get("/static/app.js", js)
}

const CACHE: &str = "public, max-age=86400";

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], CSS)
}

async fn js() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], JS)
}
