//! The audit trail: who viewed or changed which record, when, from where. Never the content.
//! Events are appended in the same transaction as the change they describe, numbered per
//! organisation, and each one's hash covers the previous one's, so a removed, reordered or
//! altered row breaks the chain at that point.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::access::{Actor, Scope};
use crate::schema::{audit_events, users};
use crate::{DbConnection, StoreError, new_id, now_micros};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The chain of events that belong to no organisation: attempts to sign in with an email address
/// that has no account. Its events carry this in place of an organisation's id.
pub const INSTALLATION: &str = "installation";

/// The actor of an attempt to sign in by someone not (yet) signed in.
pub const ANONYMOUS: &str = "anonymous";

/// The actor of the `securebase` command line; `system:cli:<os user>` when the user is known.
pub const CLI: &str = "system:cli";

/// Who did an administrative act, as the audit trail records it: a signed-in person (their user
/// id), someone not signed in ([`ANONYMOUS`]), or a named system actor such as [`CLI`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct By {
    pub actor_id: String,
    pub request_id: Option<String>,
    pub client_addr: Option<String>,
}

impl By {
    /// The signed-in person acting.
    pub fn person(actor: &Actor) -> By {
        By {
            actor_id: actor.user_id.clone(),
            request_id: actor.request_id.clone(),
            client_addr: actor.client_addr.clone(),
        }
    }

    /// A person by id, from the given request.
    pub fn user(user_id: &str, request_id: Option<String>, client_addr: Option<String>) -> By {
        By { actor_id: user_id.to_owned(), request_id, client_addr }
    }

    /// Someone not signed in, e.g. trying to sign in.
    pub fn anonymous(request_id: Option<String>, client_addr: Option<String>) -> By {
        By { actor_id: ANONYMOUS.to_owned(), request_id, client_addr }
    }

    /// The command line, run by the given operating-system user when known. Only letters, digits
    /// and `._-` of the name are kept, at most 32 of them.
    pub fn cli(os_user: Option<&str>) -> By {
        let name: String = os_user
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            .take(32)
            .collect();
        let actor_id = if name.is_empty() { CLI.to_owned() } else { format!("{CLI}:{name}") };
        By { actor_id, request_id: None, client_addr: None }
    }

    /// Another named part of securebase, e.g. `system:demo` for the demo's seeding.
    pub fn system(name: &str) -> By {
        By { actor_id: format!("system:{name}"), request_id: None, client_addr: None }
    }
}

/// Appends one event of an administrative act. Call inside the write transaction of the change.
pub fn record(
    conn: &mut DbConnection,
    org_id: &str,
    by: &By,
    action: &str,
    record_type: &str,
    record_id: Option<&str>,
) -> Result<(), StoreError> {
    append_for(
        conn,
        org_id,
        Some(&by.actor_id),
        by.request_id.as_deref(),
        by.client_addr.as_deref(),
        action,
        record_type,
        record_id,
    )
}

/// How the trail names an actor: a person by name, the command line and anyone not signed in
/// in words, and events with no actor as securebase itself.
pub fn actor_label(actor_id: Option<&str>, names: &[(String, String)]) -> String {
    let Some(id) = actor_id else { return "securebase (system)".into() };
    if let Some((_, n)) = names.iter().find(|(i, _)| i == id) {
        return n.clone();
    }
    if id == ANONYMOUS {
        "Someone not signed in".into()
    } else if id == CLI {
        "Command line".into()
    } else if let Some(os_user) = id.strip_prefix("system:cli:") {
        format!("Command line (run by {os_user})")
    } else if let Some(part) = id.strip_prefix("system:") {
        format!("securebase ({part})")
    } else {
        "A person no longer on record".into()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = audit_events)]
pub struct AuditEvent {
    pub id: String,
    pub org_id: String,
    pub seq: i64,
    pub at: i64,
    pub actor_id: Option<String>,
    pub action: String,
    pub record_type: String,
    pub record_id: Option<String>,
    pub request_id: Option<String>,
    pub client_addr: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

fn field(h: &mut Sha256, v: &str) {
    // Length-prefixed so that no two different events can hash the same fields the same way.
    h.update((v.len() as u64).to_be_bytes());
    h.update(v.as_bytes());
}

pub fn hash_of(e: &AuditEvent) -> String {
    let mut h = Sha256::new();
    field(&mut h, &e.prev_hash);
    field(&mut h, &e.id);
    field(&mut h, &e.org_id);
    field(&mut h, &e.seq.to_string());
    field(&mut h, &e.at.to_string());
    field(&mut h, e.actor_id.as_deref().unwrap_or(""));
    field(&mut h, &e.action);
    field(&mut h, &e.record_type);
    field(&mut h, e.record_id.as_deref().unwrap_or(""));
    field(&mut h, e.request_id.as_deref().unwrap_or(""));
    field(&mut h, e.client_addr.as_deref().unwrap_or(""));
    hex::encode(h.finalize())
}

/// Serialises appends per organisation. SQLite writers are already serialised by
/// `BEGIN IMMEDIATE`; on PostgreSQL a transaction-scoped advisory lock does it.
fn lock_chain(conn: &mut DbConnection, org_id: &str) -> Result<(), StoreError> {
    if let DbConnection::Postgres(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(org_id)
            .execute(c)?;
    }
    Ok(())
}

/// Appends one event. Call inside the write transaction of the change (or view) it records.
pub fn append(
    conn: &mut DbConnection,
    actor: &Actor,
    action: &str,
    record_type: &str,
    record_id: Option<&str>,
) -> Result<(), StoreError> {
    append_for(
        conn,
        &actor.org_id,
        Some(&actor.user_id),
        actor.request_id.as_deref(),
        actor.client_addr.as_deref(),
        action,
        record_type,
        record_id,
    )
}

#[allow(clippy::too_many_arguments)]
pub fn append_for(
    conn: &mut DbConnection,
    org_id: &str,
    actor_id: Option<&str>,
    request_id: Option<&str>,
    client_addr: Option<&str>,
    action: &str,
    record_type: &str,
    record_id: Option<&str>,
) -> Result<(), StoreError> {
    lock_chain(conn, org_id)?;
    let mut last = last_link(conn, org_id)?;
    let e = link(&mut last, org_id, actor_id, request_id, client_addr, action, record_type, record_id);
    insert(conn, &e)
}

/// One event for [`append_all`].
#[derive(Debug, Clone, Copy)]
pub struct NewEvent<'a> {
    pub actor: &'a Actor,
    pub action: &'a str,
    pub record_type: &'a str,
    pub record_id: Option<&'a str>,
}

/// Appends several events in the order given, reading each organisation's chain once: for
/// views written in batches (`view_log`). Call inside one write transaction.
pub fn append_all(conn: &mut DbConnection, events: &[NewEvent<'_>]) -> Result<(), StoreError> {
    let mut orgs: Vec<&str> = Vec::new();
    for e in events {
        if !orgs.contains(&e.actor.org_id.as_str()) {
            orgs.push(&e.actor.org_id);
        }
    }
    for org in orgs {
        lock_chain(conn, org)?;
        let mut last = last_link(conn, org)?;
        let linked: Vec<AuditEvent> = events
            .iter()
            .filter(|e| e.actor.org_id == org)
            .map(|e| {
                let a = e.actor;
                link(
                    &mut last,
                    org,
                    Some(&a.user_id),
                    a.request_id.as_deref(),
                    a.client_addr.as_deref(),
                    e.action,
                    e.record_type,
                    e.record_id,
                )
            })
            .collect();
        // Many rows to a statement: on PostgreSQL each statement is a round trip. Fifty rows of
        // twelve values keep well inside both backends' limits on bound values.
        for chunk in linked.chunks(50) {
            if let [one] = chunk {
                insert(conn, one)?;
                continue;
            }
            let rows: Vec<_> = chunk.iter().map(row).collect();
            native!(conn, c => diesel::insert_into(audit_events::table).values(&rows).execute(c))?;
        }
    }
    Ok(())
}

/// The chain's newest link: (its number, its hash).
fn last_link(conn: &mut DbConnection, org_id: &str) -> Result<(i64, String), StoreError> {
    // Two statements without a LIMIT rather than one with: diesel re-prepares a statement with
    // a bound LIMIT on every call, and both of these are index lookups.
    let seq: Option<i64> = native!(conn, c => audit_events::table
        .filter(audit_events::org_id.eq(org_id))
        .select(diesel::dsl::max(audit_events::seq))
        .get_result(c))?;
    let Some(seq) = seq else { return Ok((0, GENESIS.to_owned())) };
    let hash: String = native!(conn, c => audit_events::table
        .filter(audit_events::org_id.eq(org_id))
        .filter(audit_events::seq.eq(seq))
        .select(audit_events::hash)
        .get_result(c))?;
    Ok((seq, hash))
}

/// The next event after `last`, which it then becomes.
#[allow(clippy::too_many_arguments)]
fn link(
    last: &mut (i64, String),
    org_id: &str,
    actor_id: Option<&str>,
    request_id: Option<&str>,
    client_addr: Option<&str>,
    action: &str,
    record_type: &str,
    record_id: Option<&str>,
) -> AuditEvent {
    let mut e = AuditEvent {
        id: new_id(),
        org_id: org_id.to_owned(),
        seq: last.0 + 1,
        at: now_micros(),
        actor_id: actor_id.map(str::to_owned),
        action: action.to_owned(),
        record_type: record_type.to_owned(),
        record_id: record_id.map(str::to_owned),
        request_id: request_id.map(str::to_owned),
        client_addr: client_addr.map(str::to_owned),
        prev_hash: std::mem::take(&mut last.1),
        hash: String::new(),
    };
    e.hash = hash_of(&e);
    *last = (e.seq, e.hash.clone());
    e
}

/// The values of one event's row.
#[allow(clippy::type_complexity)]
fn row(
    e: &AuditEvent,
) -> (
    diesel::dsl::Eq<audit_events::id, &String>,
    diesel::dsl::Eq<audit_events::org_id, &String>,
    diesel::dsl::Eq<audit_events::seq, i64>,
    diesel::dsl::Eq<audit_events::at, i64>,
    diesel::dsl::Eq<audit_events::actor_id, &Option<String>>,
    diesel::dsl::Eq<audit_events::action, &String>,
    diesel::dsl::Eq<audit_events::record_type, &String>,
    diesel::dsl::Eq<audit_events::record_id, &Option<String>>,
    diesel::dsl::Eq<audit_events::request_id, &Option<String>>,
    diesel::dsl::Eq<audit_events::client_addr, &Option<String>>,
    diesel::dsl::Eq<audit_events::prev_hash, &String>,
    diesel::dsl::Eq<audit_events::hash, &String>,
) {
    (
        audit_events::id.eq(&e.id),
        audit_events::org_id.eq(&e.org_id),
        audit_events::seq.eq(e.seq),
        audit_events::at.eq(e.at),
        audit_events::actor_id.eq(&e.actor_id),
        audit_events::action.eq(&e.action),
        audit_events::record_type.eq(&e.record_type),
        audit_events::record_id.eq(&e.record_id),
        audit_events::request_id.eq(&e.request_id),
        audit_events::client_addr.eq(&e.client_addr),
        audit_events::prev_hash.eq(&e.prev_hash),
        audit_events::hash.eq(&e.hash),
    )
}

fn insert(conn: &mut DbConnection, e: &AuditEvent) -> Result<(), StoreError> {
    native!(conn, c => diesel::insert_into(audit_events::table).values(row(e)).execute(c))?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub org_id: String,
    pub seq: i64,
    pub event_id: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub organisations: usize,
    pub events: usize,
    pub first_broken: Option<Broken>,
}

/// Walks every organisation's chain and names the first broken link.
pub fn verify(conn: &mut DbConnection) -> Result<VerifyReport, StoreError> {
    let orgs: Vec<String> = audit_events::table.select(audit_events::org_id).distinct().load(conn)?;
    let mut report = VerifyReport { organisations: orgs.len(), events: 0, first_broken: None };
    for org in orgs {
        let mut prev = GENESIS.to_owned();
        let mut expected_seq = 1;
        let mut last_seq = 0;
        loop {
            let page: Vec<AuditEvent> = audit_events::table
                .filter(audit_events::org_id.eq(&org))
                .filter(audit_events::seq.gt(last_seq))
                .order(audit_events::seq.asc())
                .limit(5000)
                .select(AuditEvent::as_select())
                .load(conn)?;
            if page.is_empty() {
                break;
            }
            for e in page {
                report.events += 1;
                last_seq = e.seq;
                let reason = if e.seq != expected_seq {
                    Some(format!("sequence jumps from {} to {}: an event is missing", expected_seq - 1, e.seq))
                } else if e.prev_hash != prev {
                    Some("it does not follow the event before it".to_owned())
                } else if hash_of(&e) != e.hash {
                    Some("its contents were changed after it was written".to_owned())
                } else {
                    None
                };
                if let Some(reason) = reason {
                    report.first_broken =
                        Some(Broken { org_id: org.clone(), seq: e.seq, event_id: e.id.clone(), reason });
                    return Ok(report);
                }
                prev = e.hash.clone();
                expected_seq += 1;
            }
        }
    }
    Ok(report)
}

/// One line of a record's access log, as managers and auditors see it.
#[derive(Debug, Clone)]
pub struct AccessLine {
    pub at: i64,
    pub actor_name: String,
    pub action: String,
}

/// Who viewed or changed a record. Requires `ViewAuditTrail` on it; records out of reach are
/// simply not found.
pub fn for_record(
    conn: &mut DbConnection,
    scope: &Scope,
    target: crate::access::Target<'_>,
    limit: i64,
) -> Result<Vec<AccessLine>, StoreError> {
    scope.require(conn, securebase_core::policy::Action::ViewAuditTrail, target)?;
    let (record_type, profile_type, id, of_child) = match target {
        crate::access::Target::Child(id) => ("child", "child_profile", id, true),
        crate::access::Target::Household(id) => ("household", "household_profile", id, false),
        crate::access::Target::Org => return Ok(Vec::new()),
    };
    // The record's own events, its profile's, and those of the assessments written about it:
    // opening any of them is opening the record.
    use crate::schema::assessments as a;
    let assessment_ids: Vec<String> = if of_child {
        a::table.filter(a::org_id.eq(scope.org_id())).filter(a::child_id.eq(id)).select(a::id).load(conn)?
    } else {
        a::table.filter(a::org_id.eq(scope.org_id())).filter(a::household_id.eq(id)).select(a::id).load(conn)?
    };
    let rows: Vec<(i64, Option<String>, String, String)> = audit_events::table
        .filter(audit_events::org_id.eq(scope.org_id()))
        .filter(
            audit_events::record_type
                .eq_any([record_type, profile_type])
                .and(audit_events::record_id.eq(id))
                .or(audit_events::record_type.eq("assessment").and(audit_events::record_id.eq_any(assessment_ids))),
        )
        .order(audit_events::seq.desc())
        .limit(limit)
        .select((audit_events::at, audit_events::actor_id, audit_events::action, audit_events::record_type))
        .load(conn)?;
    let rows: Vec<(i64, Option<String>, String)> = rows
        .into_iter()
        .map(|(at, actor, action, kind)| {
            let action = match kind.as_str() {
                "child_profile" | "household_profile" => format!("{action} (profile)"),
                "assessment" => format!("{action} (assessment)"),
                _ => action,
            };
            (at, actor, action)
        })
        .collect();
    let ids: Vec<String> = rows.iter().filter_map(|r| r.1.clone()).collect();
    let names: Vec<(String, String)> =
        users::table.filter(users::id.eq_any(&ids)).select((users::id, users::display_name)).load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(at, actor, action)| AccessLine { at, actor_name: actor_label(actor.as_deref(), &names), action })
        .collect())
}

/// One line of the organisation-wide trail, for auditors.
#[derive(Debug, Clone)]
pub struct TrailLine {
    pub seq: i64,
    pub at: i64,
    pub actor_name: String,
    pub action: String,
    pub record_type: String,
    pub record_id: Option<String>,
    /// The person a `user` event is about, by name.
    pub subject_name: Option<String>,
    pub client_addr: Option<String>,
}

/// The organisation's most recent events, newest first, before `before_seq` when paging.
/// Only for those who may read the whole trail (auditors).
pub fn recent(
    conn: &mut DbConnection,
    scope: &Scope,
    before_seq: Option<i64>,
    limit: i64,
) -> Result<Vec<TrailLine>, StoreError> {
    scope.require_in_org(securebase_core::policy::Action::ViewAuditTrail)?;
    let mut q = audit_events::table.filter(audit_events::org_id.eq(scope.org_id())).into_boxed();
    if let Some(b) = before_seq {
        q = q.filter(audit_events::seq.lt(b));
    }
    let rows: Vec<AuditEvent> =
        q.order(audit_events::seq.desc()).limit(limit).select(AuditEvent::as_select()).load(conn)?;
    let mut ids: Vec<String> = rows.iter().filter_map(|r| r.actor_id.clone()).collect();
    ids.extend(rows.iter().filter(|r| r.record_type == "user").filter_map(|r| r.record_id.clone()));
    ids.sort();
    ids.dedup();
    let names: Vec<(String, String)> = users::table
        .filter(users::id.eq_any(&ids))
        .filter(users::org_id.eq(scope.org_id()))
        .select((users::id, users::display_name))
        .load(conn)?;
    let name_of =
        |id: &Option<String>| id.as_ref().and_then(|id| names.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone()));
    Ok(rows
        .into_iter()
        .map(|e| TrailLine {
            subject_name: if e.record_type == "user" { name_of(&e.record_id) } else { None },
            seq: e.seq,
            at: e.at,
            actor_name: actor_label(e.actor_id.as_deref(), &names),
            action: e.action,
            record_type: e.record_type,
            record_id: e.record_id,
            client_addr: e.client_addr,
        })
        .collect())
}
