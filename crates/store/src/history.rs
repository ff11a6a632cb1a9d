//! A record's change history: each version, who made it, when, and which fields changed from
//! what to what. Unlike the audit trail this is part of the record and shown with it.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::access::Actor;
use crate::schema::{record_changes, users};
use crate::{DbConnection, StoreError, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone)]
pub struct Change {
    pub version: i64,
    pub at: i64,
    pub by: String,
    pub action: String,
    pub fields: Vec<FieldChange>,
}

/// Compares field lists (same order, same keys) and keeps the ones that differ.
pub fn diff(before: &[(&str, String)], after: &[(&str, String)]) -> Vec<FieldChange> {
    before
        .iter()
        .zip(after)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((k, a), (_, b))| FieldChange { field: (*k).to_owned(), from: a.clone(), to: b.clone() })
        .collect()
}

pub fn record(
    conn: &mut DbConnection,
    actor: &Actor,
    record_type: &str,
    record_id: &str,
    version: i64,
    action: &str,
    fields: &[FieldChange],
) -> Result<(), StoreError> {
    let json = serde_json::to_string(fields).map_err(|e| StoreError::Invalid(e.to_string()))?;
    diesel::insert_into(record_changes::table)
        .values((
            record_changes::id.eq(new_id()),
            record_changes::org_id.eq(&actor.org_id),
            record_changes::record_type.eq(record_type),
            record_changes::record_id.eq(record_id),
            record_changes::version.eq(version),
            record_changes::changed_at.eq(now_micros()),
            record_changes::changed_by.eq(&actor.user_id),
            record_changes::action.eq(action),
            record_changes::changes.eq(json),
        ))
        .execute(conn)?;
    Ok(())
}

/// The history of a record the caller has already been allowed to see, newest first.
pub fn for_record(
    conn: &mut DbConnection,
    org_id: &str,
    record_type: &str,
    record_id: &str,
) -> Result<Vec<Change>, StoreError> {
    // Who made each change, by a join rather than a lookup by a list of ids: one statement,
    // prepared once.
    let rows: Vec<(i64, i64, String, String, String, Option<String>)> = record_changes::table
        .left_join(users::table.on(users::id.eq(record_changes::changed_by)))
        .filter(record_changes::org_id.eq(org_id))
        .filter(record_changes::record_type.eq(record_type))
        .filter(record_changes::record_id.eq(record_id))
        .order((record_changes::changed_at.desc(), record_changes::version.desc()))
        .select((
            record_changes::version,
            record_changes::changed_at,
            record_changes::changed_by,
            record_changes::action,
            record_changes::changes,
            users::display_name.nullable(),
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(version, at, by, action, json, name)| {
            let fields: Vec<FieldChange> =
                serde_json::from_str(&json).map_err(|e| StoreError::Invalid(e.to_string()))?;
            let by = name.unwrap_or(by);
            Ok(Change { version, at, by, action, fields })
        })
        .collect()
}
