//! The answers a form page gives the autosave script (`static/app.js`). The script posts the
//! page's own form with `X-Autosave: 1`; the handler runs its ordinary "Save" code and answers
//! with one of these instead of a redirect or a page, which the script could not show. What a
//! page answers when nobody is signed in is decided before the handler, in [`crate::kept`].

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::kept::AUTOSAVE_HEADER;
use crate::layout::when;

/// Whether this post came from the autosave script rather than a person pressing a button.
pub fn requested(headers: &HeaderMap) -> bool {
    headers.get(AUTOSAVE_HEADER).is_some_and(|v| v.as_bytes() == b"1")
}

#[derive(Serialize)]
struct Answer<'a> {
    saved: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    at: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stale: bool,
    /// What the person should know: a part that was not saved, or why nothing was.
    note: &'a str,
}

fn json(status: StatusCode, answer: &Answer<'_>) -> Response {
    match serde_json::to_string(answer) {
        Ok(body) => (status, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        // Serialising these few plain fields cannot fail; if it ever did, the script says
        // "not saved" and the person still has the Save button.
        Err(e) => {
            tracing::error!(error = %e, "could not write an autosave answer");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Saved as `version` (the script posts the next save against it). `note` names anything in
/// the form that was left as it was, empty when everything was saved.
pub fn saved(version: i64, note: &str) -> Response {
    let at = when(securebase_store::now_micros());
    json(StatusCode::OK, &Answer { saved: true, version: Some(version), at: Some(at), stale: false, note })
}

/// Someone else saved first: nothing was saved, and the plain button shows both versions.
pub fn stale(note: &str) -> Response {
    json(StatusCode::CONFLICT, &Answer { saved: false, version: None, at: None, stale: true, note })
}

/// Nothing was saved, for the reason in `note`; the plain button shows the form with its errors.
pub fn refused(note: &str) -> Response {
    json(StatusCode::UNPROCESSABLE_ENTITY, &Answer { saved: false, version: None, at: None, stale: false, note })
}
