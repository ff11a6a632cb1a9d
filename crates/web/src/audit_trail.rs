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
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::{Nav, render, when};
use crate::routes::Routes;
use crate::{AppError, AppState};

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
    keys.split(',')
        .map(|k| Role::parse(k).map_or_else(|| k.to_owned(), |r| labels::role(r).into_owned()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn text(key: &str, name: &str, value: String) -> String {
    t_args(key, &[(name, Arg::Text(value))]).into_owned()
}

/// What happened, in words. Unknown actions are shown as stored, made readable.
fn what(action: &str, record_type: &str) -> String {
    let (verb, detail) = action.split_once(':').unwrap_or((action, ""));
    let known = match (verb, record_type) {
        ("sign_in", _) => "audit-sign-in",
        ("sign_in_failed", _) => "audit-sign-in-failed",
        ("sign_out", _) => "audit-sign-out",
        ("create", "user") => return text("audit-user-created", "roles", roles(detail)),
        ("set_roles", "user") => return text("audit-user-roles", "roles", roles(detail)),
        ("disable", "user") => "audit-user-disabled",
        ("enable", "user") => "audit-user-enabled",
        ("reset_password", "user") => "audit-user-password",
        ("create", "organisation") => "audit-org-created",
        ("sign_off_rule", _) => {
            let rule = match detail {
                "worker" => t("audit-rule-worker").into_owned(),
                "manager" => t("audit-rule-manager").into_owned(),
                other => other.replace('_', " "),
            };
            return text("audit-sign-off-rule", "rule", rule);
        }
        ("time_zone", _) => return text("audit-time-zone", "zone", detail.replace('_', " ")),
        ("create", "team") => "audit-team-created",
        ("update", "team") => "audit-team-updated",
        ("create", "agency_indicator") => "audit-indicator-created",
        ("archive", "agency_indicator") => "audit-indicator-archived",
        ("restore", "agency_indicator") => "audit-indicator-restored",
        ("view", _) => "audit-viewed",
        ("create", _) => "audit-created",
        ("update", _) => "audit-updated",
        ("export", _) => "audit-exported",
        ("archive", _) => "audit-archived",
        ("restore", _) => "audit-restored",
        ("placement start", _) => "audit-placement-start",
        ("placement end", _) => "audit-placement-end",
        ("allocate", _) => "audit-allocated",
        ("add_evidence", _) => "audit-evidence-added",
        ("remove_evidence", _) => "audit-evidence-removed",
        ("submit", _) => "audit-submitted",
        ("sign_off", _) => "audit-signed-off",
        ("return", _) => "audit-returned",
        ("amend", _) => "audit-amended",
        _ => "",
    };
    if !known.is_empty() {
        return t(known).into_owned();
    }
    let mut words = action.replace(['_', ':'], " ");
    if let Some(first) = words.get(..1) {
        words = first.to_uppercase() + &words[1..];
    }
    words
}

/// Which record, by type and reference. Types not known here are shown as stored, made readable.
fn record(record_type: &str, id: Option<&str>, subject: Option<&str>) -> String {
    let id = id.unwrap_or("").to_owned();
    let key = match (record_type, subject) {
        ("user", Some(name)) => return text("audit-record-account-of", "name", name.to_owned()),
        ("user", None) => "audit-record-account",
        ("organisation", _) => return t("audit-record-organisation").into_owned(),
        ("child", _) => "audit-record-child",
        ("household", _) => "audit-record-household",
        ("assessment", _) => "audit-record-assessment",
        ("team", _) => "audit-record-team",
        ("agency_indicator", _) => "audit-record-agency-indicator",
        ("child_profile", _) => "audit-record-child-profile",
        ("household_profile", _) => "audit-record-household-profile",
        ("unknown_account", _) => "audit-record-unknown-account",
        (kind, _) => return format!("{} {id}", kind.replace('_', " ")),
    };
    text(key, "id", id)
}

fn line(t: &TrailLine) -> Line {
    let link = match (t.record_type.as_str(), &t.record_id) {
        ("child", Some(id)) => Some(format!("/children/{id}/access")),
        ("household", Some(id)) => Some(format!("/households/{id}/access")),
        _ => None,
    };
    Line {
        when: when(t.at),
        who: t.actor_name.clone(),
        action: what(&t.action, &t.record_type),
        record: record(&t.record_type, t.record_id.as_deref(), t.subject_name.as_deref()),
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
