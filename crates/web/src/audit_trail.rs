//! The organisation's audit trail for auditors: who did what to which record, when, from where.
//! It names records by type and id only; their content stays with the people working with them.

use askama::Template;
use axum::extract::State;
use axum::response::IntoResponse;
use securebase_core::Role;
use securebase_store::audit::{self, TrailLine};
use serde::Deserialize;

use crate::context::Ctx;
use crate::extract::Query;
use crate::layout::{Nav, render, when};
use crate::routes::Routes;
use crate::{AppError, AppState};
#[allow(unused_imports)]
use crate::i18n::Tr as _;

pub fn routes() -> Routes {
    Routes::new().get("/audit", trail)
}

const PAGE: i64 = 100;

#[derive(Deserialize, Default)]
#[serde(default)]
struct TrailQuery {
    before: Option<i64>,
}

struct Line {
    when: String,
    who: String,
    action: String,
    record: String,
    link: Option<String>,
    from: String,
}

#[derive(Template)]
#[template(path = "audit_trail.html")]
struct TrailPage {
    nav: Option<Nav>,
    lines: Vec<Line>,
    older: Option<i64>,
}

fn roles(keys: &str) -> String {
    keys.split(',').map(|k| Role::parse(k).map_or(k, |r| r.label())).collect::<Vec<_>>().join(", ")
}

/// What happened, in words. Unknown actions are shown as stored, made readable.
fn what(action: &str, record_type: &str) -> String {
    let (verb, detail) = action.split_once(':').unwrap_or((action, ""));
    let known = match (verb, record_type) {
        ("sign_in", _) => "Signed in",
        ("sign_in_failed", _) => "Tried to sign in, and was refused",
        ("sign_out", _) => "Signed out",
        ("create", "user") => return format!("Added the account, as {}", roles(detail)),
        ("set_roles", "user") => return format!("Changed the roles to {}", roles(detail)),
        ("disable", "user") => "Disabled the account",
        ("enable", "user") => "Enabled the account",
        ("reset_password", "user") => "Reset the password",
        ("create", "organisation") => "Added the organisation",
        ("sign_off_rule", _) => return format!("Set who signs off assessments: {}", detail.replace('_', " ")),
        ("create", "team") => "Created the team",
        ("update", "team") => "Changed the team's members",
        ("create", "agency_indicator") => "Added an agency indicator",
        ("archive", "agency_indicator") => "Archived an agency indicator",
        ("restore", "agency_indicator") => "Restored an agency indicator",
        ("view", _) => "Opened",
        ("create", _) => "Created",
        ("update", _) => "Changed",
        ("export", _) => "Exported the whole record",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_owned();
    }
    let mut words = action.replace(['_', ':'], " ");
    if let Some(first) = words.get(..1) {
        words = first.to_uppercase() + &words[1..];
    }
    words
}

fn line(t: &TrailLine) -> Line {
    let link = match (t.record_type.as_str(), &t.record_id) {
        ("child", Some(id)) => Some(format!("/children/{id}/access")),
        ("household", Some(id)) => Some(format!("/households/{id}/access")),
        _ => None,
    };
    let record = match (t.record_type.as_str(), &t.subject_name) {
        ("user", Some(name)) => format!("Account of {name}"),
        ("user", None) => format!("Account {}", t.record_id.as_deref().unwrap_or("")),
        ("organisation", _) => "The organisation".to_owned(),
        (kind, _) => format!("{} {}", kind.replace('_', " "), t.record_id.as_deref().unwrap_or("")),
    };
    Line {
        when: when(t.at),
        who: t.actor_name.clone(),
        action: what(&t.action, &t.record_type),
        record,
        link,
        from: t.client_addr.clone().unwrap_or_default(),
    }
}

async fn trail(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TrailQuery>,
) -> Result<impl IntoResponse, AppError> {
    let rows = ctx.run(&state, move |c, scope| audit::recent(c, scope, q.before, PAGE)).await?;
    let older = (rows.len() as i64 == PAGE).then(|| rows.last().map(|r| r.seq)).flatten();
    render(&TrailPage { nav: ctx.user.nav(), lines: rows.iter().map(line).collect(), older })
}

#[cfg(test)]
mod tests {
    use super::what;

    #[test]
    fn administrative_events_read_as_words() {
        assert_eq!(what("sign_in", "user"), "Signed in");
        assert_eq!(what("sign_in_failed", "user"), "Tried to sign in, and was refused");
        assert_eq!(what("create:team_manager", "user"), "Added the account, as Team manager");
        assert_eq!(what("reset_password", "user"), "Reset the password");
        assert_eq!(what("remove_evidence", "assessment"), "Remove evidence");
    }
}
