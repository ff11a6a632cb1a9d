//! Moving an assessment on: the overall summary, submitting, signing off, returning for
//! changes, and opening an amendment of a signed-off assessment.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::assessment::WorkflowError;
use securebase_store::StoreError;
use securebase_store::assessments;
use securebase_store::children::Saved;
use securebase_store::error_kind::Conflict;

use super::{Header, header};
use crate::autosave;
use crate::context::Ctx;
use crate::extract::Path;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::kept;
use crate::layout::{FieldError, Nav, render, when};
use crate::records::{RawForm, conflict, unprocessable};
use crate::{AppError, AppState};

fn version_of(form: &RawForm) -> i64 {
    form.get("version").parse().unwrap_or(0)
}

#[derive(Template)]
#[template(path = "assessments/summary.html")]
pub struct SummaryPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub header: Header,
    pub form: RawForm,
    pub version: i64,
}

pub async fn summary_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let restored = kept::take_restored(&state, &headers, &ctx.user, &format!("/assessments/{id}/summary")).await?;
    let record = super::view_to_work_on(&state, &ctx, id).await?;
    if !record.assessment.status().editable() {
        return Ok(Redirect::to(&super::href(&record.assessment.id)).into_response());
    }
    let h = header(&record);
    let kept_form = restored.as_ref().and_then(|r| r.form::<RawForm>().map(|f| (f, r.clear_cookie.clone())));
    let (form, version, cookie, notice) = match kept_form {
        Some((f, c)) => {
            let v = version_of(&f);
            (f, v, Some(c), Some(t("asmt-kept-save").into_owned()))
        }
        None => {
            let mut f = RawForm::default();
            f.push("summary", h.summary.clone());
            (f, h.version, None, None)
        }
    };
    let html = render(&SummaryPage { nav: ctx.user.nav(), errors: Vec::new(), notice, header: h, form, version })?;
    Ok(match cookie {
        Some(c) => ([(header::SET_COOKIE, c)], html).into_response(),
        None => html.into_response(),
    })
}

const MAX_SUMMARY: usize = 20_000;

pub async fn summary_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let autosave = autosave::requested(&headers);
    let version = version_of(&form);
    let summary = form.get("summary").to_owned();
    let too_long = (summary.chars().count() > MAX_SUMMARY)
        .then(|| FieldError { field: "summary".into(), message: t("asmt-error-summary-long").into_owned() });
    let errors = form.with_refused(too_long.into_iter().collect());
    if let Some(first) = errors.first() {
        if autosave {
            return Ok(autosave::refused(&first.message));
        }
        let record = super::view_to_work_on(&state, &ctx, id.clone()).await?;
        return Ok(unprocessable(render(&SummaryPage {
            nav: ctx.user.nav(),
            errors,
            notice: None,
            header: header(&record),
            form,
            version,
        })?));
    }
    let sid = id.clone();
    let saved = ctx.run(&state, move |c, scope| assessments::save_summary(c, scope, &sid, version, &summary)).await?;
    match saved {
        Saved::Saved(a) if autosave => Ok(autosave::saved(a.version, "")),
        Saved::Saved(_) => Ok(Redirect::to(&format!("/assessments/{id}?notice=saved#tasks")).into_response()),
        Saved::Stale { .. } if autosave => Ok(autosave::stale(&t("asmt-autosave-stale-summary"))),
        Saved::Stale { current } => {
            let rid = id.clone();
            let record = ctx.run(&state, move |c, scope| assessments::view(c, scope, &rid)).await?;
            let by = record.name_of(&current.updated_by);
            let message = t_args(
                "asmt-summary-stale",
                &[
                    ("name", Arg::Text(by)),
                    ("when", Arg::Text(when(current.updated_at))),
                    ("summary", Arg::Text(current.summary.clone())),
                ],
            )
            .into_owned();
            let errors = vec![FieldError { field: "summary".into(), message }];
            Ok(conflict(render(&SummaryPage {
                nav: ctx.user.nav(),
                errors,
                notice: None,
                header: header(&record),
                form,
                version: current.version,
            })?))
        }
    }
}

fn stale_notice(id: &str) -> Response {
    Redirect::to(&format!("/assessments/{id}?notice=stale")).into_response()
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let version = version_of(&form);
    let sid = id.clone();
    let result = ctx.run(&state, move |c, scope| match assessments::submit(c, scope, &sid, version) {
        Ok(s) => Ok(Ok(s)),
        Err(StoreError::Conflict(Conflict::Workflow(e))) => Ok(Err(e)),
        Err(e) => Err(e),
    });
    match result.await? {
        Ok(Saved::Saved(_)) => Ok(Redirect::to(&format!("/assessments/{id}?notice=submitted")).into_response()),
        Ok(Saved::Stale { .. }) => Ok(stale_notice(&id)),
        Err(WorkflowError::Incomplete) => super::overview::refused_incomplete(&state, &ctx, id).await,
        Err(other) => {
            let errors =
                vec![FieldError { field: "tasks".into(), message: labels::workflow_error(other).into_owned() }];
            super::overview::refused(&state, &ctx, id, errors, String::new()).await
        }
    }
}

pub async fn sign_off(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let version = version_of(&form);
    let sid = id.clone();
    match ctx.run(&state, move |c, scope| assessments::sign_off(c, scope, &sid, version)).await? {
        Saved::Saved(_) => Ok(Redirect::to(&format!("/assessments/{id}?notice=signed-off")).into_response()),
        Saved::Stale { .. } => Ok(stale_notice(&id)),
    }
}

/// As long as the other notes and reasons on an assessment.
const MAX_RETURN_NOTE: usize = 2_000;

pub async fn return_to_draft(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let version = version_of(&form);
    let note = form.get("note").trim().to_owned();
    let refused = form.refused().first().map(|e| e.message.clone());
    let problem = if let Some(refused) = refused {
        Some(refused)
    } else if note.is_empty() {
        Some(t("asmt-error-note-missing").into_owned())
    } else if note.chars().count() > MAX_RETURN_NOTE {
        Some(t("asmt-error-note-long").into_owned())
    } else {
        None
    };
    if let Some(message) = problem {
        let errors = vec![FieldError { field: "note".into(), message }];
        return super::overview::refused(&state, &ctx, id, errors, form.get("note").to_owned()).await;
    }
    let sid = id.clone();
    match ctx.run(&state, move |c, scope| assessments::return_to_draft(c, scope, &sid, version, &note)).await? {
        Saved::Saved(_) => Ok(Redirect::to(&format!("/assessments/{id}?notice=returned")).into_response()),
        Saved::Stale { .. } => Ok(stale_notice(&id)),
    }
}

#[derive(Template)]
#[template(path = "assessments/amend.html")]
pub struct AmendPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub header: Header,
    pub form: RawForm,
}

pub async fn amend_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let restored = kept::take_restored(&state, &headers, &ctx.user, &format!("/assessments/{id}/amend")).await?;
    let record = super::view_to_work_on(&state, &ctx, id).await?;
    let kept_form = restored.and_then(|r| r.form::<RawForm>().map(|f| (f, r.clear_cookie)));
    let (form, cookie) = match kept_form {
        Some((form, cookie)) => (form, Some(cookie)),
        None => (RawForm::default(), None),
    };
    let notice = cookie.is_some().then(|| t("asmt-kept-amend").into_owned());
    let html = render(&AmendPage { nav: ctx.user.nav(), errors: Vec::new(), notice, header: header(&record), form })?;
    Ok(match cookie {
        Some(c) => ([(header::SET_COOKIE, c)], html).into_response(),
        None => html.into_response(),
    })
}

pub async fn amend_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let reason = form.get("reason").trim().to_owned();
    if reason.is_empty() || reason.chars().count() > 2_000 || !form.refused().is_empty() {
        let record = super::view_to_work_on(&state, &ctx, id.clone()).await?;
        let message = if reason.is_empty() {
            labels::workflow_error(WorkflowError::ReasonNeeded)
        } else {
            t("asmt-error-reason-long")
        };
        let own = if form.refused().is_empty() {
            vec![FieldError { field: "reason".into(), message: message.into_owned() }]
        } else {
            vec![]
        };
        let errors = form.with_refused(own);
        let page = AmendPage { nav: ctx.user.nav(), errors, notice: None, header: header(&record), form };
        return Ok(unprocessable(render(&page)?));
    }
    let new = ctx.run(&state, move |c, scope| assessments::amend(c, scope, &id, &reason)).await?;
    Ok(Redirect::to(&format!("/assessments/{}?notice=amendment", new.id)).into_response())
}
