//! Subject access: everything securebase holds about one child or one household, with its
//! history and access log, as JSON for machines and as a readable HTML page for people.

use diesel::prelude::*;
use serde_json::{Value, json};

use crate::assessments::{Assessment, Evidence, Indicator, Section};
use crate::audit::{self, AuditEvent};
use crate::children::{Child, Relation};
use crate::households::{Household, Member};
use crate::placements::Placement;
use crate::schema::{
    assessments, audit_events, child_relations, child_workers, children, household_members, household_workers,
    households, placements, record_changes, users,
};
use crate::{DbConnection, StoreError};

pub struct Export {
    pub json: Value,
    pub html: String,
    pub org_id: String,
}

fn to_value<T: serde::Serialize>(v: &T) -> Result<Value, StoreError> {
    serde_json::to_value(v).map_err(|e| StoreError::Invalid(e.to_string()))
}

#[derive(Queryable, serde::Serialize)]
struct Allocation {
    worker_id: String,
    worker_name: String,
    start_at: i64,
    end_at: Option<i64>,
}

#[derive(Queryable, serde::Serialize)]
struct ChangeRow {
    version: i64,
    changed_at: i64,
    changed_by: String,
    action: String,
    changes: String,
}

fn changes(conn: &mut DbConnection, record_type: &str, id: &str) -> Result<Value, StoreError> {
    let rows: Vec<ChangeRow> = record_changes::table
        .filter(record_changes::record_type.eq(record_type))
        .filter(record_changes::record_id.eq(id))
        .order(record_changes::changed_at.asc())
        .select((
            record_changes::version,
            record_changes::changed_at,
            record_changes::changed_by,
            record_changes::action,
            record_changes::changes,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for r in rows {
        let fields: Value = serde_json::from_str(&r.changes).unwrap_or(Value::Null);
        out.push(json!({"version": r.version, "changed_at": r.changed_at, "changed_by": r.changed_by, "action": r.action, "fields": fields}));
    }
    Ok(Value::Array(out))
}

fn access_log(conn: &mut DbConnection, record_type: &str, id: &str) -> Result<Value, StoreError> {
    let rows: Vec<AuditEvent> = audit_events::table
        .filter(audit_events::record_type.eq(record_type))
        .filter(audit_events::record_id.eq(id))
        .order(audit_events::seq.asc())
        .select(AuditEvent::as_select())
        .load(conn)?;
    to_value(&rows)
}

/// Every assessment, in every version and state, with everything written in it.
fn assessments_export(c: &mut DbConnection, rows: Vec<Assessment>) -> Result<Value, StoreError> {
    use crate::schema::{assessment_evidence, assessment_indicators, assessment_sections};
    let mut out = Vec::new();
    for a in rows {
        let sections: Vec<Section> = assessment_sections::table
            .filter(assessment_sections::assessment_id.eq(&a.id))
            .select(Section::as_select())
            .load(c)?;
        let indicators: Vec<Indicator> = assessment_indicators::table
            .filter(assessment_indicators::assessment_id.eq(&a.id))
            .order(assessment_indicators::position.asc())
            .select(Indicator::as_select())
            .load(c)?;
        let evidence: Vec<Evidence> = assessment_evidence::table
            .filter(assessment_evidence::assessment_id.eq(&a.id))
            .order(assessment_evidence::happened_on.asc())
            .select(Evidence::as_select())
            .load(c)?;
        out.push(json!({
            "assessment": to_value(&a)?,
            "sections": to_value(&sections)?,
            "indicators": to_value(&indicators)?,
            "evidence": to_value(&evidence)?,
        }));
    }
    Ok(Value::Array(out))
}

/// The whole record of one child. The export itself is written to the audit trail.
pub fn child(conn: &mut DbConnection, id: &str) -> Result<Export, StoreError> {
    crate::db::write_tx(conn, |c| {
        let child: Child =
            children::table.find(id).select(Child::as_select()).first(c).optional()?.ok_or(StoreError::NotFound)?;
        let relations: Vec<Relation> =
            child_relations::table.filter(child_relations::child_id.eq(id)).select(Relation::as_select()).load(c)?;
        let placed: Vec<Placement> = placements::table
            .filter(placements::child_id.eq(id))
            .order(placements::start_date.asc())
            .select(Placement::as_select())
            .load(c)?;
        let workers: Vec<Allocation> = child_workers::table
            .inner_join(users::table)
            .filter(child_workers::child_id.eq(id))
            .select((users::id, users::display_name, child_workers::start_at, child_workers::end_at))
            .load(c)?;
        let written: Vec<Assessment> = assessments::table
            .filter(assessments::child_id.eq(id))
            .order((assessments::assessed_on.asc(), assessments::amendment_no.asc()))
            .select(Assessment::as_select())
            .load(c)?;
        let written = assessments_export(c, written)?;
        audit::append_for(c, &child.org_id, None, None, None, "export", "child", Some(id))?;
        let json = json!({
            "record_type": "child",
            "exported_at": crate::now_micros(),
            "child": to_value(&child)?,
            "birth_family_and_significant_others": to_value(&relations)?,
            "placements": to_value(&placed)?,
            "workers": to_value(&workers)?,
            "assessments": written,
            "change_history": changes(c, "child", id)?,
            "access_log": access_log(c, "child", id)?,
        });
        let title = format!("Record of {} {}", child.given_names, child.family_name);
        Ok(Export { html: html_page(&title, &json), json, org_id: child.org_id })
    })
}

/// The whole record of one household.
pub fn household(conn: &mut DbConnection, id: &str) -> Result<Export, StoreError> {
    crate::db::write_tx(conn, |c| {
        let h: Household = households::table
            .find(id)
            .select(Household::as_select())
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let members: Vec<Member> = household_members::table
            .filter(household_members::household_id.eq(id))
            .select(Member::as_select())
            .load(c)?;
        let placed: Vec<Placement> = placements::table
            .filter(placements::household_id.eq(id))
            .order(placements::start_date.asc())
            .select(Placement::as_select())
            .load(c)?;
        let workers: Vec<Allocation> = household_workers::table
            .inner_join(users::table)
            .filter(household_workers::household_id.eq(id))
            .select((users::id, users::display_name, household_workers::start_at, household_workers::end_at))
            .load(c)?;
        let written: Vec<Assessment> = assessments::table
            .filter(assessments::household_id.eq(id))
            .order((assessments::assessed_on.asc(), assessments::amendment_no.asc()))
            .select(Assessment::as_select())
            .load(c)?;
        let written = assessments_export(c, written)?;
        audit::append_for(c, &h.org_id, None, None, None, "export", "household", Some(id))?;
        let json = json!({
            "record_type": "household",
            "exported_at": crate::now_micros(),
            "household": to_value(&h)?,
            "members": to_value(&members)?,
            "placements": to_value(&placed)?,
            "workers": to_value(&workers)?,
            "caregiver_assessments": written,
            "change_history": changes(c, "household", id)?,
            "access_log": access_log(c, "household", id)?,
        });
        let title = format!("Record of the household {}", h.name);
        Ok(Export { html: html_page(&title, &json), json, org_id: h.org_id })
    })
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => escape(s),
        Value::Array(_) | Value::Object(_) => render(v),
        other => escape(&other.to_string()),
    }
}

/// Objects become definition lists, arrays of objects become tables.
fn render(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let rows: String = map
                .iter()
                .map(|(k, v)| format!("<div><dt>{}</dt><dd>{}</dd></div>", escape(&k.replace('_', " ")), cell(v)))
                .collect();
            format!("<dl>{rows}</dl>")
        }
        Value::Array(items) if items.is_empty() => "<p>None.</p>".into(),
        Value::Array(items) => {
            let keys: Vec<String> = match items.first() {
                Some(Value::Object(m)) => m.keys().cloned().collect(),
                _ => Vec::new(),
            };
            if keys.is_empty() {
                return format!(
                    "<ul>{}</ul>",
                    items.iter().map(|i| format!("<li>{}</li>", cell(i))).collect::<String>()
                );
            }
            let head: String =
                keys.iter().map(|k| format!("<th scope=\"col\">{}</th>", escape(&k.replace('_', " ")))).collect();
            let body: String = items
                .iter()
                .map(|i| {
                    format!(
                        "<tr>{}</tr>",
                        keys.iter()
                            .map(|k| format!("<td>{}</td>", cell(i.get(k).unwrap_or(&Value::Null))))
                            .collect::<String>()
                    )
                })
                .collect();
            format!("<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        }
        other => cell(other),
    }
}

fn html_page(title: &str, v: &Value) -> String {
    let sections: String = match v {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("<section><h2>{}</h2>{}</section>", escape(&k.replace('_', " ")), render(v)))
            .collect(),
        other => render(other),
    };
    format!(
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{t}</title>\
         <style>body{{font-family:system-ui,sans-serif;margin:2em;line-height:1.4}}table{{border-collapse:collapse}}\
         td,th{{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}}dt{{font-weight:bold}}\
         dd{{margin:0 0 .5em 1em}}</style></head><body><h1>{t}</h1>\
         <p>Exported from securebase for a subject access request. Times are Unix microseconds (UTC).</p>{sections}</body></html>",
        t = escape(title)
    )
}
