//! Small view models the record pages share: the answers of a form as typed, and tables.

use axum::extract::{FromRequest, Request};
use axum::response::Response;
use serde::Deserialize;

use crate::extract;
use crate::layout::FieldError;

/// A form's answers exactly as typed, in order, by field name. Fields that may repeat (a set of
/// checkboxes) keep every value.
///
/// As an extractor it reads a posted form by the rules of [`crate::extract`], but keeps answers
/// those rules refuse, so that the page can show them with [`RawForm::refused`]'s errors; a
/// handler must not store a form whose `refused()` is not empty.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(from = "Vec<(String, String)>")]
pub struct RawForm {
    fields: Vec<(String, String)>,
    refused: Vec<FieldError>,
}

impl From<Vec<(String, String)>> for RawForm {
    fn from(fields: Vec<(String, String)>) -> RawForm {
        let refused = extract::screen(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        RawForm { fields, refused }
    }
}

impl<S: Send + Sync> FromRequest<S> for RawForm {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (_, fields, refused) = extract::read_form(req, state).await?;
        Ok(RawForm { fields, refused })
    }
}

impl RawForm {
    /// The first answer for `key`, or blank.
    pub fn get(&self, key: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// Every answer for `key`.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.fields.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect()
    }

    pub fn push(&mut self, key: &str, value: impl Into<String>) {
        self.fields.push((key.to_owned(), value.into()));
    }

    /// Sets `key` to one answer, replacing any it had.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        self.fields.retain(|(k, _)| k != key);
        self.push(key, value);
    }

    /// A form filled in from stored values.
    pub fn from_fields(fields: Vec<(&'static str, String)>) -> RawForm {
        RawForm { fields: fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(), refused: Vec::new() }
    }

    /// Answers that may not be stored as typed (hidden control characters; line breaks in a
    /// one-line answer), one error per field, for the page to show with its own.
    pub fn refused(&self) -> &[FieldError] {
        &self.refused
    }

    /// The page's own check of this form, failed as well when any answer was refused.
    pub fn and_refused<T>(&self, checked: Result<T, Vec<FieldError>>) -> Result<T, Vec<FieldError>> {
        match checked {
            Ok(v) if self.refused.is_empty() => Ok(v),
            Ok(_) => Err(self.refused.clone()),
            Err(e) => Err(self.with_refused(e)),
        }
    }

    /// `errors` (the page's own, which name the field), then the refused answers' errors for
    /// fields they do not cover.
    pub fn with_refused(&self, mut errors: Vec<FieldError>) -> Vec<FieldError> {
        for e in &self.refused {
            if !errors.iter().any(|a| a.field == e.field) {
                errors.push(e.clone());
            }
        }
        errors
    }
}

/// One cell of a [`Table`]: text, with an optional link and a hint line under it.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub text: String,
    pub href: String,
    pub hint: String,
    /// Keep the line breaks people typed.
    pub lines: bool,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), ..Cell::default() }
    }

    /// A link, or plain text when `href` is `None` (the person may not follow it).
    pub fn link(text: impl Into<String>, href: Option<String>) -> Cell {
        Cell { text: text.into(), href: href.unwrap_or_default(), ..Cell::default() }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Cell {
        self.hint = hint.into();
        self
    }

    pub fn lines(mut self) -> Cell {
        self.lines = true;
        self
    }
}

/// A table with a caption (for screen readers when not shown), column headings and rows.
/// Rendered by the `table` macro of `records/fields.html`.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub caption: String,
    pub caption_hidden: bool,
    pub heads: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// The first cell of each row heads the row.
    pub row_heads: bool,
    pub class: &'static str,
}

impl Table {
    /// A table whose caption only screen readers announce. The caption and headings are
    /// translated text (`crate::i18n::t`).
    pub fn new<H: Into<String>>(caption: impl Into<String>, heads: impl IntoIterator<Item = H>) -> Table {
        Table {
            caption: caption.into(),
            caption_hidden: true,
            heads: heads.into_iter().map(Into::into).collect(),
            ..Table::default()
        }
    }

    pub fn with_rows(mut self, rows: impl IntoIterator<Item = Vec<Cell>>) -> Table {
        self.rows.extend(rows);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The heading of column `i`, which labels each cell when a phone shows rows stacked.
    pub fn head(&self, i: &usize) -> &str {
        self.heads.get(*i).map(String::as_str).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_forms_keep_every_answer() {
        let f = RawForm::from(vec![("a".into(), "1".into()), ("t".into(), "x".into()), ("t".into(), "y".into())]);
        assert!(f.refused().is_empty());
        assert_eq!(RawForm::from(vec![("a".into(), "\u{0}".into())]).refused().len(), 1);
        assert_eq!((f.get("a"), f.get("missing")), ("1", ""));
        assert_eq!(f.all("t"), vec!["x", "y"]);
    }
}
