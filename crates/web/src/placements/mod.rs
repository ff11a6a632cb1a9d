//! Placements: starting one (a child comes to live with a household) and ending one, with the
//! date and the reason. Lists of placements appear on the child's and the household's pages.

use std::borrow::Cow;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::policy::Action;
use securebase_core::records::{EndReason, PlacementType};
use securebase_store::access::{Scope, Target};
use securebase_store::children::Saved;
use securebase_store::error_kind::Conflict;
use securebase_store::placements::{self, EndInput, PlacementLine, StartInput};
use securebase_store::{StoreError, children};
use serde::Deserialize;

use crate::context::Ctx;
use crate::extract::{Form, Path};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::{FieldError, Nav, render};
use crate::records::history::Fields;
use crate::records::shared::{MessagePage, archived, version_of};
use crate::records::stale::{self, StalePage};
use crate::records::{Cell, Check, Choice, Kind, Table, dates, pick, see_other, unprocessable};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new().get_post("/children/{id}/placements/new", start_form, start).get_post(
        "/placements/{id}/end",
        end_form,
        end,
    )
}

pub fn type_label(key: &str) -> String {
    PlacementType::parse(key).map(|v| labels::placement_type(v).into_owned()).unwrap_or_else(|| key.to_owned())
}

pub fn reason_label(key: &str) -> String {
    EndReason::parse(key).map(|r| labels::end_reason(r).into_owned()).unwrap_or_else(|| key.to_owned())
}

/// One placement as the child's and the household's pages list it.
pub struct PlacementRow {
    pub id: String,
    pub child_id: String,
    pub child_name: String,
    /// Whether the person may open the child's record (and so gets a link).
    pub child_link: bool,
    pub household_id: String,
    pub household_name: String,
    pub household_link: bool,
    pub kind: String,
    pub start: String,
    pub planned_end: String,
    pub end: String,
    pub reason: String,
    pub note: String,
    pub current: bool,
    pub can_end: bool,
}

/// Rows for a list of placements, with links only where the person may follow them.
pub fn rows(
    conn: &mut securebase_store::DbConnection,
    scope: &Scope,
    lines: Vec<PlacementLine>,
) -> Result<Vec<PlacementRow>, StoreError> {
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        let p = l.placement;
        let current = p.end_date.is_none();
        out.push(PlacementRow {
            child_link: scope.can(conn, Action::ViewChild, Target::Child(&p.child_id))?,
            household_link: scope.can(conn, Action::ViewHousehold, Target::Household(&p.household_id))?,
            can_end: current && scope.can(conn, Action::ManagePlacement, Target::Child(&p.child_id))?,
            kind: type_label(&p.placement_type),
            start: dates::show(&p.start_date),
            planned_end: dates::show_opt(p.planned_end_date.as_deref()),
            end: dates::show_opt(p.end_date.as_deref()),
            reason: p.end_reason.as_deref().map(reason_label).unwrap_or_default(),
            note: p.end_note,
            current,
            id: p.id,
            child_id: p.child_id,
            child_name: l.child_name,
            household_id: p.household_id,
            household_name: l.household_name,
        });
    }
    Ok(out)
}

/// Whose name leads each row of a placements table: the child's on a household's page, the
/// household's on a child's.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    Child,
    Household,
}

/// A table of current placements, or (with `ended`) of placements that have ended. `caption` is
/// translated text.
pub fn table(caption: &str, rows: &[PlacementRow], lead: Lead, ended: bool) -> Table {
    let first = if lead == Lead::Child { t("rec-child") } else { t("rec-household") };
    let heads: Vec<Cow<'static, str>> = if ended {
        vec![first, t("rec-col-type"), t("rec-col-from"), t("rec-col-to"), t("rec-why-ended")]
    } else {
        vec![first, t("rec-col-type"), t("rec-since"), t("rec-planned-end")]
    };
    Table::new(caption, heads).with_rows(rows.iter().map(|p| {
        let lead = match lead {
            Lead::Child => Cell::link(&p.child_name, p.child_link.then(|| Kind::Child.href(&p.child_id))),
            Lead::Household => {
                Cell::link(&p.household_name, p.household_link.then(|| Kind::Household.href(&p.household_id)))
            }
        };
        let mut cells = vec![lead, Cell::text(&p.kind), Cell::text(&p.start)];
        if ended {
            cells.push(Cell::text(&p.end));
            cells.push(Cell::text(&p.reason).hint(&p.note));
        } else {
            cells.push(Cell::text(&p.planned_end));
        }
        cells
    }))
}

// ---- Starting a placement ----

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct StartForm {
    household_id: String,
    placement_type: String,
    start_date: String,
    planned_end_date: String,
}

#[derive(Template)]
#[template(path = "placements/start.html")]
struct StartPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    child_id: String,
    child_name: String,
    form: StartForm,
    households: Vec<Choice>,
    types: Vec<Choice>,
}

struct StartData {
    child_name: String,
    born: String,
    archived: bool,
    current: Option<(String, String)>,
    /// (id, name, placed now, places approved)
    households: Vec<(String, String, i64, Option<i32>)>,
}

fn start_data(c: &mut securebase_store::DbConnection, scope: &Scope, id: &str) -> Result<StartData, StoreError> {
    scope.require(c, Action::ManagePlacement, Target::Child(id))?;
    let child = children::view(c, scope, id)?;
    Ok(StartData {
        child_name: child.known_as(),
        born: child.date_of_birth.clone(),
        archived: child.archived_at.is_some(),
        current: children::current_placement(c, scope, id)?,
        households: placements::placeable_households(c, scope, id)?,
    })
}

fn vacancy_hint(placed: i64, places: Option<i32>) -> String {
    match places {
        None => t_args("rec-vacancy-unlimited", &[("placed", Arg::Number(placed))]).into_owned(),
        Some(p) if placed >= i64::from(p) => {
            let args = [("placed", Arg::Number(placed)), ("places", Arg::Number(i64::from(p)))];
            t_args("rec-vacancy-none", &args).into_owned()
        }
        Some(p) => {
            let free = i64::from(p) - placed;
            let args =
                [("free", Arg::Number(free)), ("placed", Arg::Number(placed)), ("places", Arg::Number(i64::from(p)))];
            t_args("rec-vacancy-free", &args).into_owned()
        }
    }
}

fn start_page(
    nav: Option<Nav>,
    id: &str,
    data: StartData,
    form: StartForm,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let households = data
        .households
        .iter()
        .map(|(hid, name, placed, places)| {
            Choice::new(hid.as_str(), name.as_str()).with_hint(vacancy_hint(*placed, *places))
        })
        .collect();
    let page = StartPage {
        nav,
        errors,
        child_id: id.to_owned(),
        child_name: data.child_name,
        households: pick(households, [form.household_id.as_str()]),
        types: pick(
            Choice::all(PlacementType::ALL, PlacementType::key, labels::placement_type),
            [form.placement_type.as_str()],
        ),
        form,
    };
    Ok(render(&page)?.into_response())
}

/// Said instead of the form when the child already lives somewhere.
fn already_placed(nav: Option<Nav>, name: &str, placement_id: &str) -> Result<Response, AppError> {
    let page = MessagePage {
        nav,
        title: t_args("rec-already-placed-title", &[("name", Arg::Text(name.to_owned()))]).into_owned(),
        paragraphs: vec![t("rec-already-placed-text").into_owned()],
        link_href: format!("/placements/{placement_id}/end"),
        link_text: t("rec-already-placed-link").into_owned(),
    };
    Ok(render(&page)?.into_response())
}

async fn start_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    let rid = id.clone();
    let data = ctx.run(&state, move |c, scope| start_data(c, scope, &rid)).await?;
    if data.archived {
        return archived(ctx.user.nav(), Kind::Child, &id);
    }
    if let Some((pid, _)) = &data.current {
        return already_placed(ctx.user.nav(), &data.child_name, pid);
    }
    start_page(ctx.user.nav(), &id, data, StartForm::default(), vec![])
}

fn check_start(form: &StartForm, data: &StartData) -> Result<StartInput, Vec<FieldError>> {
    let mut check = Check::new();
    let known = data.households.iter().any(|h| h.0 == form.household_id);
    check.choice("household_id", &t("rec-start-household-missing"), known.then_some(()));
    let kind = check.choice("placement_type", &t("rec-start-type-missing"), PlacementType::parse(&form.placement_type));
    let start =
        check.past_date("start_date", &t("rec-start-date"), Some(&*t("rec-start-date-missing")), &form.start_date);
    if let (Some(s), Some(born)) = (start, dates::parse_stored(&data.born))
        && s < born
    {
        check.push("start_date", t("rec-start-before-birth"));
    }
    let planned = check.date("planned_end_date", &t("rec-planned-end-date"), None, &form.planned_end_date);
    if let (Some(s), Some(p)) = (start, planned)
        && p <= s
    {
        check.push("planned_end_date", t("rec-planned-end-order"));
    }
    let input = StartInput {
        household_id: form.household_id.clone(),
        placement_type: kind.map(|k| k.key().to_owned()).unwrap_or_default(),
        start_date: start.map(dates::store).unwrap_or_default(),
        planned_end_date: planned.map(dates::store),
    };
    check.finish(input)
}

async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    let rid = id.clone();
    let submitted = form.clone();
    let (data, outcome) = ctx
        .run(&state, move |c, scope| {
            let data = start_data(c, scope, &rid)?;
            if data.archived {
                return Ok((data, None));
            }
            let outcome = match check_start(&submitted, &data) {
                Err(errors) => Err(errors),
                Ok(input) => match placements::start(c, scope, &rid, &input) {
                    Ok(_) => Ok(()),
                    Err(StoreError::Conflict(Conflict::AlreadyPlaced)) => Err(vec![FieldError {
                        field: "household_id".into(),
                        message: t_args("rec-start-already-placed", &[("name", Arg::Text(data.child_name.clone()))])
                            .into_owned(),
                    }]),
                    Err(StoreError::Conflict(Conflict::NoVacancy)) => Err(vec![FieldError {
                        field: "household_id".into(),
                        message: t("rec-start-no-vacancy").into_owned(),
                    }]),
                    Err(e) => return Err(e),
                },
            };
            Ok((data, Some(outcome)))
        })
        .await?;
    match outcome {
        None => archived(ctx.user.nav(), Kind::Child, &id),
        Some(Ok(())) => Ok(see_other(&Kind::Child.href(&id), "placement-started")),
        Some(Err(errors)) => Ok(unprocessable(start_page(ctx.user.nav(), &id, data, form, errors)?)),
    }
}

// ---- Ending a placement ----

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct EndForm {
    end_date: String,
    end_reason: String,
    end_note: String,
    version: String,
}

#[derive(Template)]
#[template(path = "placements/end.html")]
struct EndPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    placement_id: String,
    child_id: String,
    child_name: String,
    household_name: String,
    started: String,
    form: EndForm,
    reasons: Vec<Choice>,
}

fn end_page(
    nav: Option<Nav>,
    line: PlacementLine,
    form: EndForm,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let page = EndPage {
        nav,
        errors,
        reasons: pick(Choice::all(EndReason::ALL, EndReason::key, labels::end_reason), [form.end_reason.as_str()]),
        started: dates::show(&line.placement.start_date),
        placement_id: line.placement.id,
        child_id: line.placement.child_id,
        child_name: line.child_name,
        household_name: line.household_name,
        form,
    };
    Ok(render(&page)?.into_response())
}

fn already_ended(nav: Option<Nav>, line: &PlacementLine) -> Result<Response, AppError> {
    let page = MessagePage {
        nav,
        title: t("rec-already-ended-title").into_owned(),
        paragraphs: vec![
            t_args(
                "rec-already-ended-text",
                &[
                    ("child", Arg::Text(line.child_name.clone())),
                    ("household", Arg::Text(line.household_name.clone())),
                    ("date", Arg::Text(dates::show_opt(line.placement.end_date.as_deref()))),
                ],
            )
            .into_owned(),
        ],
        link_href: Kind::Child.href(&line.placement.child_id),
        link_text: t("rec-go-to-child").into_owned(),
    };
    Ok(render(&page)?.into_response())
}

async fn end_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    let line = ctx.run(&state, move |c, scope| placements::get(c, scope, &id)).await?;
    if line.placement.end_date.is_some() {
        return already_ended(ctx.user.nav(), &line);
    }
    let form = EndForm { version: line.placement.version.to_string(), ..EndForm::default() };
    end_page(ctx.user.nav(), line, form, vec![])
}

fn check_end(form: &EndForm, started: &str) -> Result<EndInput, Vec<FieldError>> {
    let mut check = Check::new();
    let date = check.past_date("end_date", &t("rec-end-date"), Some(&*t("rec-end-date-missing")), &form.end_date);
    if let (Some(d), Some(s)) = (date, dates::parse_stored(started))
        && d < s
    {
        check.push("end_date", t_args("rec-end-before-start", &[("date", Arg::Text(dates::show(started)))]));
    }
    let reason = check.choice("end_reason", &t("rec-end-reason-missing"), EndReason::parse(&form.end_reason));
    let note = check.notes("end_note", &t("rec-note"), &form.end_note);
    if matches!(reason, Some(EndReason::Disruption | EndReason::Other)) && note.is_empty() {
        check.push("end_note", t("rec-end-note-missing"));
    }
    let input = EndInput {
        end_date: date.map(dates::store).unwrap_or_default(),
        end_reason: reason.map(|r| r.key().to_owned()).unwrap_or_default(),
        end_note: note,
    };
    check.finish(input)
}

fn end_label(key: &str) -> Option<Cow<'static, str>> {
    Some(t(match key {
        "end_date" => "rec-end-date",
        "end_reason" => "rec-why-ended",
        "end_note" => "rec-note",
        _ => return None,
    }))
}

fn end_value(key: &str, raw: &str) -> String {
    match key {
        "end_date" => dates::show(raw),
        "end_reason" => reason_label(raw),
        _ => raw.to_owned(),
    }
}

const END_FIELDS: Fields = Fields { label: end_label, value: end_value };

fn end_fields(date: &str, reason: &str, note: &str) -> Vec<(&'static str, String)> {
    vec![("end_date", date.to_owned()), ("end_reason", reason.to_owned()), ("end_note", note.to_owned())]
}

enum EndOutcome {
    Invalid(PlacementLine, Vec<FieldError>),
    Saved(String),
    Stale { line: PlacementLine, yours: EndInput, changed_by: Option<(String, String)> },
}

async fn end(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<EndForm>,
) -> Result<Response, AppError> {
    let submitted = form.clone();
    let outcome = ctx
        .run(&state, move |c, scope| {
            let line = placements::get(c, scope, &id)?;
            let input = match check_end(&submitted, &line.placement.start_date) {
                Ok(i) => i,
                Err(errors) => return Ok(EndOutcome::Invalid(line, errors)),
            };
            match placements::end(c, scope, &id, version_of(&submitted.version), &input)? {
                Saved::Saved(p) => Ok(EndOutcome::Saved(p.child_id)),
                Saved::Stale { current } => {
                    let changed_by = stale::last_change(c, scope.org_id(), "child", &current.child_id)?;
                    Ok(EndOutcome::Stale {
                        line: PlacementLine { placement: current, ..line },
                        yours: input,
                        changed_by,
                    })
                }
            }
        })
        .await?;
    match outcome {
        EndOutcome::Saved(child_id) => Ok(see_other(&Kind::Child.href(&child_id), "placement-ended")),
        EndOutcome::Invalid(line, errors) => {
            if line.placement.end_date.is_some() {
                return already_ended(ctx.user.nav(), &line);
            }
            Ok(unprocessable(end_page(ctx.user.nav(), line, form, errors)?))
        }
        EndOutcome::Stale { line, yours, changed_by } => {
            let p = &line.placement;
            let now =
                end_fields(p.end_date.as_deref().unwrap_or(""), p.end_reason.as_deref().unwrap_or(""), &p.end_note);
            let page = StalePage {
                nav: ctx.user.nav(),
                subject: t_args(
                    "rec-stale-subject-placement",
                    &[
                        ("child", Arg::Text(line.child_name.clone())),
                        ("household", Arg::Text(line.household_name.clone())),
                    ],
                )
                .into_owned(),
                record_href: Kind::Child.href(&p.child_id),
                again_href: format!("/placements/{}/end", p.id),
                changed_by,
                table: stale::compare(
                    &end_fields(&yours.end_date, &yours.end_reason, &yours.end_note),
                    &now,
                    END_FIELDS,
                ),
            };
            stale::respond(&page)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vacancies_in_words() {
        assert_eq!(vacancy_hint(1, Some(1)), "No vacancy: 1 of 1 places filled");
        assert_eq!(vacancy_hint(0, Some(2)), "2 places free: 0 of 2 places filled");
        assert_eq!(vacancy_hint(1, Some(2)), "1 place free: 1 of 2 places filled");
    }

    #[test]
    fn a_disruption_needs_a_note() {
        let form = EndForm { end_date: "2020-01-02".into(), end_reason: "disruption".into(), ..EndForm::default() };
        let errors = check_end(&form, "2020-01-01").err().unwrap_or_default();
        assert_eq!(errors.iter().map(|e| e.field.as_ref()).collect::<Vec<_>>(), vec!["end_note"]);
        let early = EndForm { end_date: "2019-12-31".into(), end_reason: "planned".into(), ..EndForm::default() };
        assert!(check_end(&early, "2020-01-01").is_err());
    }
}
