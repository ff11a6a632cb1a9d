//! The organisation's audit trail for auditors: who did what to which record, when, from where.
//! It names records by type and id only; their content stays with the people working with them.

use askama::Template;
use axum::extract::State;
use axum::response::IntoResponse;
use securebase_store::audit::{self, TrailLine};
use serde::Deserialize;

use crate::context::Ctx;
use crate::extract::Query;
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

fn line(t: &TrailLine) -> Line {
    let link = match (t.record_type.as_str(), &t.record_id) {
        ("child", Some(id)) => Some(format!("/children/{id}/access")),
        ("household", Some(id)) => Some(format!("/households/{id}/access")),
        _ => None,
    };
    Line {
        when: when(t.at),
        who: t.actor_name.clone(),
        action: t.action.clone(),
        record: format!("{} {}", t.record_type, t.record_id.as_deref().unwrap_or("")),
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
