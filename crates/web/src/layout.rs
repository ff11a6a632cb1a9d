//! What every page shares: the signed-in person in the header, and rendering to HTML.

use askama::Template;
use axum::response::Html;

use crate::AppError;

/// The header's view of who is signed in.
#[derive(Debug, Clone)]
pub struct Nav {
    pub name: String,
    pub is_admin: bool,
    /// Holds a role that works with case records.
    pub has_cases: bool,
    pub is_auditor: bool,
}

pub fn render<T: Template>(t: &T) -> Result<Html<String>, AppError> {
    Ok(Html(t.render()?))
}

/// A problem with one form field, shown in the error summary and beside the field. `field` is
/// the field's id: mostly a fixed name, but generated for fields such as an indicator's radios.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: std::borrow::Cow<'static, str>,
    pub message: String,
}

pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
}

/// A date and time for people: UTC to the minute, unambiguous across the UK and Norway.
pub fn when(micros: i64) -> String {
    jiff::Timestamp::from_microsecond(micros)
        .map(|t| t.strftime("%-d %b %Y, %H:%M UTC").to_string())
        .unwrap_or_default()
}
