//! What the pages for case records (children, households, placements) share: checking what
//! people type, showing dates and ages, choices for radios and selects, the change history, the
//! page for an edit that someone else overtook, and the pages that work the same way for a
//! child and a household (allocating a worker, archiving, the access log).

pub mod check;
pub mod dates;
pub mod edit;
pub mod history;
pub mod page;
pub mod shared;
pub mod stale;
pub mod view;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::Role;
use securebase_core::policy::Action;
use securebase_store::access::Target;

pub use check::Check;
pub use view::{Cell, RawForm, Table};

use crate::i18n::t;

/// One option of a set of radios, checkboxes or a select, and whether it is chosen.
#[derive(Debug, Clone)]
pub struct Choice {
    pub key: String,
    pub label: String,
    pub hint: String,
    pub checked: bool,
}

impl Choice {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice { key: key.into(), label: label.into(), hint: String::new(), checked: false }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Choice {
        self.hint = hint.into();
        self
    }

    /// The options of one of the keyed vocabularies of `securebase_core::records`, named by one
    /// of the functions of `crate::i18n::labels`.
    pub fn all<T: Copy, L: Into<String>>(
        values: &[T],
        key: fn(T) -> &'static str,
        label: impl Fn(T) -> L,
    ) -> Vec<Choice> {
        values.iter().map(|v| Choice::new(key(*v), label(*v))).collect()
    }
}

/// Marks the options whose keys were chosen (what was typed, or what is stored).
pub fn pick<'a>(mut choices: Vec<Choice>, chosen: impl IntoIterator<Item = &'a str>) -> Vec<Choice> {
    let chosen: Vec<&str> = chosen.into_iter().collect();
    for c in &mut choices {
        c.checked = chosen.contains(&c.key.as_str());
    }
    choices
}

/// The two kinds of record with a page of their own, a caseload and an access log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Child,
    Household,
}

impl Kind {
    pub fn record_type(self) -> &'static str {
        match self {
            Kind::Child => "child",
            Kind::Household => "household",
        }
    }

    pub fn href(self, id: &str) -> String {
        match self {
            Kind::Child => format!("/children/{id}"),
            Kind::Household => format!("/households/{id}"),
        }
    }

    pub fn target(self, id: &str) -> Target<'_> {
        match self {
            Kind::Child => Target::Child(id),
            Kind::Household => Target::Household(id),
        }
    }

    pub fn edit_action(self) -> Action {
        match self {
            Kind::Child => Action::EditChild,
            Kind::Household => Action::EditHousehold,
        }
    }

    /// Who may hold this kind of case (team managers always may).
    pub fn worker_role(self) -> Role {
        match self {
            Kind::Child => Role::ChildSocialWorker,
            Kind::Household => Role::SupervisingSocialWorker,
        }
    }

    /// The kind of record in the logs (not shown to people).
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Child => "child",
            Kind::Household => "household",
        }
    }
}

pub fn unprocessable(page: impl IntoResponse) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}

pub fn conflict(page: impl IntoResponse) -> Response {
    (StatusCode::CONFLICT, page).into_response()
}

/// After a successful change: back to the record, with a notice chosen by key.
pub fn see_other(path: &str, notice: &str) -> Response {
    Redirect::to(&format!("{path}?notice={notice}")).into_response()
}

/// The notices a record page shows after a change. Only these keys are known; anything else in
/// the address shows nothing.
pub fn notice_text(key: &str) -> Option<String> {
    let message = match key {
        "created" => "rec-notice-created",
        "saved" => "rec-notice-saved",
        "unchanged" => "rec-notice-unchanged",
        "archived" => "rec-notice-archived",
        "restored" => "rec-notice-restored",
        "stale" => "rec-notice-stale",
        "person-added" => "rec-notice-person-added",
        "member-added" => "rec-notice-member-added",
        "allocated" => "rec-notice-allocated",
        "placement-started" => "rec-notice-placement-started",
        "placement-ended" => "rec-notice-placement-ended",
        _ => return None,
    };
    Some(t(message).into_owned())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    pub notice: String,
}

impl NoticeQuery {
    pub fn text(&self) -> Option<String> {
        notice_text(&self.notice)
    }
}

/// "Not recorded" where a detail is blank, so an empty row does not look like a fault.
pub fn or_not_recorded(value: &str) -> String {
    if value.trim().is_empty() { t("rec-not-recorded").into_owned() } else { value.to_owned() }
}

/// The `aria-describedby` of a form control: its hint and its error message, where shown.
pub fn described_by(id: &str, hint: bool, error: bool) -> String {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    ids.join(" ")
}

/// The classes of a text input: its own, and the error style when its answer needs correcting.
/// The keyboard a phone opens for a field, by its width class: a number pad with a separator for
/// dates ("14.3.2026"), digits only for ratings and counts.
pub fn inputmode(class: &str) -> &'static str {
    let has = |c: &str| class.split_whitespace().any(|k| k == c);
    if has("input-date") {
        "decimal"
    } else if has("input-width-2") || has("input-number") {
        "numeric"
    } else {
        ""
    }
}

pub fn classes(own: &str, error: bool) -> String {
    match (own.is_empty(), error) {
        (true, true) => "input-error".to_owned(),
        (false, true) => format!("{own} input-error"),
        _ => own.to_owned(),
    }
}
