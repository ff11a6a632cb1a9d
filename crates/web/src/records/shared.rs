//! Pages that work the same way for a child's record and a household's: allocating a worker,
//! archiving and restoring, and the log of who viewed or changed the record. Each feature
//! merges [`routes`] for its [`Kind`].

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::policy::Action;
use securebase_store::children::Saved;
use securebase_store::{DbConnection, StoreError, access::Scope, audit, caseloads, children, households};
use serde::Deserialize;

use super::{Cell, Choice, Kind, Table, conflict, pick, see_other, unprocessable};
use crate::context::Ctx;
use crate::extract::{Form, Path};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::t;
use crate::layout::{FieldError, Nav, render, when};
use crate::routes::Routes;
use crate::{AppError, AppState};

/// A page that only says something, with one way on.
#[derive(Template)]
#[template(path = "records/message.html")]
pub struct MessagePage {
    pub nav: Option<Nav>,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub link_href: String,
    pub link_text: String,
}

/// Said when someone tries to change an archived record (409 Conflict).
pub fn archived(nav: Option<Nav>, kind: Kind, id: &str) -> Result<Response, AppError> {
    let page = MessagePage {
        nav,
        title: t("rec-archived-title").into_owned(),
        paragraphs: vec![t("rec-archived-lost").into_owned(), t("rec-archived-restore").into_owned()],
        link_href: kind.href(id),
        link_text: t("rec-archived-back").into_owned(),
    };
    Ok(conflict(render(&page)?))
}

/// The routes that work the same way for children and households, under `/children/{id}/...`
/// and `/households/{id}/...`.
pub fn routes(kind: Kind) -> Routes {
    let paths = match kind {
        Kind::Child => {
            ["/children/{id}/archive", "/children/{id}/restore", "/children/{id}/worker", "/children/{id}/access"]
        }
        Kind::Household => [
            "/households/{id}/archive",
            "/households/{id}/restore",
            "/households/{id}/worker",
            "/households/{id}/access",
        ],
    };
    Routes::new()
        .post(
            paths[0],
            move |State(s): State<AppState>, ctx: Ctx, Path(id): Path<String>, Form(f): Form<VersionForm>| {
                set_archived(s, ctx, kind, id, f, true)
            },
        )
        .post(
            paths[1],
            move |State(s): State<AppState>, ctx: Ctx, Path(id): Path<String>, Form(f): Form<VersionForm>| {
                set_archived(s, ctx, kind, id, f, false)
            },
        )
        .get_post(
            paths[2],
            move |State(s): State<AppState>, ctx: Ctx, Path(id): Path<String>| worker_form(s, ctx, kind, id),
            move |State(s): State<AppState>, ctx: Ctx, Path(id): Path<String>, Form(f): Form<WorkerForm>| {
                allocate(s, ctx, kind, id, f)
            },
        )
        .get(paths[3], move |State(s): State<AppState>, ctx: Ctx, Path(id): Path<String>| access(s, ctx, kind, id))
}

/// The version of the record that a form was filled in against.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VersionForm {
    pub version: String,
}

/// The version a form was filled in against; anything unreadable can never match, so it is
/// treated as out of date rather than guessed.
pub fn version_of(raw: &str) -> i64 {
    raw.trim().parse().unwrap_or(0)
}

/// The record's name and whether it is archived, from opening it (which is audited).
fn open(conn: &mut DbConnection, scope: &Scope, kind: Kind, id: &str) -> Result<(String, bool), StoreError> {
    Ok(match kind {
        Kind::Child => {
            let c = children::view(conn, scope, id)?;
            (c.known_as(), c.archived_at.is_some())
        }
        Kind::Household => {
            let h = households::view(conn, scope, id)?;
            (h.name, h.archived_at.is_some())
        }
    })
}

async fn set_archived(
    state: AppState,
    ctx: Ctx,
    kind: Kind,
    id: String,
    form: VersionForm,
    archive: bool,
) -> Result<Response, AppError> {
    let version = version_of(&form.version);
    let rid = id.clone();
    let saved = ctx
        .run(&state, move |c, scope| {
            Ok(match kind {
                Kind::Child => matches!(children::set_archived(c, scope, &rid, version, archive)?, Saved::Saved(_)),
                Kind::Household => {
                    matches!(households::set_archived(c, scope, &rid, version, archive)?, Saved::Saved(_))
                }
            })
        })
        .await?;
    let notice = match (saved, archive) {
        (false, _) => "stale",
        (true, true) => "archived",
        (true, false) => "restored",
    };
    Ok(see_other(&kind.href(&id), notice))
}

#[derive(Template)]
#[template(path = "records/worker.html")]
struct WorkerPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    name: String,
    title: String,
    record_href: String,
    action: String,
    current: Vec<String>,
    choices: Vec<Choice>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WorkerForm {
    pub worker: String,
}

struct WorkerData {
    name: String,
    archived: bool,
    current: Vec<(String, String)>,
    eligible: Vec<(String, String)>,
}

fn worker_data(conn: &mut DbConnection, scope: &Scope, kind: Kind, id: &str) -> Result<WorkerData, StoreError> {
    scope.require(conn, Action::AllocateWorker, kind.target(id))?;
    let (name, archived) = open(conn, scope, kind, id)?;
    let current = match kind {
        Kind::Child => children::workers(conn, scope, id)?,
        Kind::Household => households::workers(conn, scope, id)?,
    };
    let eligible = caseloads::eligible_workers(conn, scope, kind.worker_role())?;
    Ok(WorkerData { name, archived, current, eligible })
}

fn worker_page(
    nav: Option<Nav>,
    kind: Kind,
    id: &str,
    data: WorkerData,
    chosen: &str,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let chosen = if chosen.is_empty() { data.current.first().map(|w| w.0.as_str()).unwrap_or("") } else { chosen };
    let choices =
        pick(data.eligible.iter().map(|(id, name)| Choice::new(id.as_str(), name.as_str())).collect(), [chosen]);
    let page = WorkerPage {
        nav,
        errors,
        title: match kind {
            Kind::Child => t("rec-worker-title-child"),
            Kind::Household => t("rec-worker-title-household"),
        }
        .into_owned(),
        record_href: kind.href(id),
        action: format!("{}/worker", kind.href(id)),
        current: data.current.into_iter().map(|w| w.1).collect(),
        choices,
        name: data.name,
    };
    Ok(render(&page)?.into_response())
}

async fn worker_form(state: AppState, ctx: Ctx, kind: Kind, id: String) -> Result<Response, AppError> {
    let rid = id.clone();
    let data = ctx.run(&state, move |c, scope| worker_data(c, scope, kind, &rid)).await?;
    if data.archived {
        return archived(ctx.user.nav(), kind, &id);
    }
    worker_page(ctx.user.nav(), kind, &id, data, "", vec![])
}

async fn allocate(state: AppState, ctx: Ctx, kind: Kind, id: String, form: WorkerForm) -> Result<Response, AppError> {
    let rid = id.clone();
    let worker = form.worker.clone();
    let (data, done) = ctx
        .run(&state, move |c, scope| {
            let data = worker_data(c, scope, kind, &rid)?;
            if data.archived || !data.eligible.iter().any(|w| w.0 == worker) {
                return Ok((data, false));
            }
            match kind {
                Kind::Child => caseloads::allocate_child(c, scope, &rid, &worker)?,
                Kind::Household => caseloads::allocate_household(c, scope, &rid, &worker)?,
            }
            Ok((data, true))
        })
        .await?;
    if done {
        return Ok(see_other(&kind.href(&id), "allocated"));
    }
    if data.archived {
        return archived(ctx.user.nav(), kind, &id);
    }
    let message = match kind {
        Kind::Child => t("rec-worker-missing-child"),
        Kind::Household => t("rec-worker-missing-household"),
    };
    let errors = vec![FieldError { field: "worker".into(), message: message.into_owned() }];
    Ok(unprocessable(worker_page(ctx.user.nav(), kind, &id, data, &form.worker, errors)?))
}

#[derive(Template)]
#[template(path = "records/access.html")]
struct AccessPage {
    nav: Option<Nav>,
    /// The record's name, for those who may open it; auditors see the log without the content.
    name: Option<String>,
    /// What the log holds, said of this kind of record.
    intro: String,
    record_href: String,
    table: Table,
}

fn access_label(action: &str) -> String {
    t(match action {
        "view" => "rec-access-view",
        "create" => "rec-access-create",
        "update" => "rec-access-update",
        "archive" => "rec-access-archive",
        "restore" => "rec-access-restore",
        "allocate" => "rec-access-allocate",
        "placement start" => "rec-access-placement-start",
        "placement end" => "rec-access-placement-end",
        _ => "rec-access-other",
    })
    .into_owned()
}

/// How many of the latest events the page lists.
const ACCESS_LIMIT: i64 = 500;

async fn access(state: AppState, ctx: Ctx, kind: Kind, id: String) -> Result<Response, AppError> {
    let rid = id.clone();
    let (name, lines) = ctx
        .run(&state, move |c, scope| {
            // An id that is not a record of this organisation is not found, whoever asks.
            let name = match kind {
                Kind::Child => children::audit_subject(c, scope, &rid)?,
                Kind::Household => households::audit_subject(c, scope, &rid)?,
            };
            let lines = audit::for_record(c, scope, kind.target(&rid), ACCESS_LIMIT)?;
            Ok((name, lines))
        })
        .await?;
    let heads = [t("rec-access-when"), t("rec-access-who"), t("rec-access-what")];
    let table = Table::new(t("rec-access-caption"), heads).with_rows(
        lines
            .into_iter()
            .map(|l| vec![Cell::text(when(l.at)), Cell::text(l.actor_name), Cell::text(access_label(&l.action))]),
    );
    let intro = match kind {
        Kind::Child => t("rec-access-intro-child"),
        Kind::Household => t("rec-access-intro-household"),
    }
    .into_owned();
    Ok(render(&AccessPage { nav: ctx.user.nav(), name, intro, record_href: kind.href(&id), table })?.into_response())
}
