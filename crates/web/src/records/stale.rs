//! When someone saves over a version another person has already changed, nothing is saved:
//! the page sets what they typed beside what the record holds now, field by field, and offers to
//! start again from the record as it is. Answers 409 Conflict.

use askama::Template;
use axum::response::Response;
use securebase_store::{DbConnection, StoreError, history};

use super::history::Fields;
use super::{Cell, Table};
use crate::AppError;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::t;
use crate::layout::{Nav, render, when};

#[derive(Template)]
#[template(path = "records/stale.html")]
pub struct StalePage {
    pub nav: Option<Nav>,
    /// What was being changed, such as "the details of Amara Okoye" (translated).
    pub subject: String,
    pub record_href: String,
    /// Where to start again from the current version.
    pub again_href: String,
    /// Who made the change that came first, and when.
    pub changed_by: Option<(String, String)>,
    /// Each detail where the two differ: what was typed, and what is stored now.
    pub table: Table,
}

/// The fields (same keys, same order) where what was typed differs from what is stored now.
pub fn compare(yours: &[(&'static str, String)], now: &[(&'static str, String)], fields: Fields) -> Table {
    let rows = yours.iter().zip(now).filter(|((_, a), (_, b))| a != b).map(|((k, a), (_, b))| {
        vec![
            Cell::text(fields.label_of(k)),
            Cell::text(fields.value_of(k, a)).lines(),
            Cell::text(fields.value_of(k, b)).lines(),
        ]
    });
    Table {
        caption: t("rec-stale-caption").into_owned(),
        caption_hidden: false,
        heads: vec![
            t("rec-stale-detail").into_owned(),
            t("rec-stale-yours").into_owned(),
            t("rec-stale-now").into_owned(),
        ],
        row_heads: true,
        class: "compare",
        ..Table::default()
    }
    .with_rows(rows)
}

/// Who made the latest change in a record's history, and when ("3 Mar 2026, 10:31 UTC").
pub fn last_change(
    conn: &mut DbConnection,
    org_id: &str,
    record_type: &str,
    id: &str,
) -> Result<Option<(String, String)>, StoreError> {
    Ok(history::for_record(conn, org_id, record_type, id)?.into_iter().next().map(|c| (c.by, when(c.at))))
}

pub fn respond(page: &StalePage) -> Result<Response, AppError> {
    Ok(super::conflict(render(page)?))
}
