//! An assessment's own page: the task list while it is a draft, the actions its state allows,
//! and everything written in it.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::assessment::{AssessmentKind, SectionState, Status};
use securebase_core::policy::Action;
use securebase_store::assessments::{self, AssessmentRecord};
use securebase_store::orgs;

use super::{Header, SectionView, header, section_views};
use crate::context::Ctx;
use crate::extract::{Path, Query};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, t, t_args};
use crate::layout::{FieldError, Nav, render};
use crate::records::{NoticeQuery, unprocessable};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "assessments/overview.html")]
pub struct OverviewPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub header: Header,
    pub sections: Vec<SectionView>,
    pub may_edit: bool,
    pub may_sign_off: bool,
    pub manager_rule: bool,
    pub summary_state: SectionState,
    pub summary_required: bool,
    pub ready: bool,
    pub can_amend: bool,
    /// A note of what needs changing, as typed, when returning it was refused.
    pub note: String,
}

/// The notice named in an address (`?notice=saved`), in the request's language.
pub fn notice(key: &str) -> Option<String> {
    let message = match key {
        "started" => t("asmt-notice-started"),
        "saved" => t("asmt-notice-saved"),
        "submitted" => t("asmt-notice-submitted"),
        "signed-off" => t("asmt-notice-signed-off"),
        "returned" => t("asmt-notice-returned"),
        "stale" => t("asmt-notice-stale"),
        "saved-rating-waits" => t("asmt-notice-saved-rating-waits"),
        "rating-waits" => t("asmt-notice-rating-waits"),
        "evidence-added" => t("asmt-notice-evidence-added"),
        "evidence-removed" => t("asmt-notice-evidence-removed"),
        "amendment" => t("asmt-notice-amendment"),
        _ => return None,
    };
    Some(message.into_owned())
}

/// Everything the page needs, read in one trip (the read is audited as a view).
pub struct Loaded {
    pub record: AssessmentRecord,
    pub may_edit: bool,
    pub may_sign_off: bool,
    pub manager_rule: bool,
}

pub async fn load(state: &AppState, ctx: &Ctx, id: String) -> Result<Loaded, AppError> {
    ctx.run(state, move |c, scope| {
        let record = assessments::view(c, scope, &id)?;
        let rule = orgs::sign_off_rule(c, scope.org_id())?;
        let a = &record.assessment;
        let may_edit = scope.can(c, Action::EditAssessment, a.target())?;
        let may_sign_off = assessments::may_sign_off(c, scope, a, rule)?.is_ok();
        Ok(Loaded {
            may_edit,
            may_sign_off,
            manager_rule: rule == securebase_core::assessment::SignOffRule::Manager,
            record,
        })
    })
    .await
}

pub fn page(
    state: &AppState,
    nav: Option<Nav>,
    loaded: Loaded,
    notice: Option<String>,
    errors: Vec<FieldError>,
) -> OverviewPage {
    let sections = section_views(&loaded.record, state.pack());
    let header = header(&loaded.record);
    let a = &loaded.record.assessment;
    let summary_required = a.kind() == AssessmentKind::Caregiver;
    let summary_state = if !a.summary.is_empty() { SectionState::Complete } else { SectionState::NotStarted };
    let ready = sections.iter().all(|s| s.state == SectionState::Complete)
        && (!summary_required || summary_state == SectionState::Complete);
    let can_amend = loaded.may_edit && a.status() == Status::SignedOff && a.superseded_by.is_none();
    OverviewPage {
        nav,
        errors,
        notice,
        header,
        sections,
        may_edit: loaded.may_edit,
        may_sign_off: loaded.may_sign_off,
        manager_rule: loaded.manager_rule,
        summary_state,
        summary_required,
        ready,
        can_amend,
        note: String::new(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let loaded = load(&state, &ctx, id).await?;
    Ok(render(&page(&state, ctx.user.nav(), loaded, notice(&q.notice), Vec::new()))?.into_response())
}

/// What is still missing from one dimension's section before it counts as complete, in the
/// order the page asks for it. Mirrors `securebase_core::assessment::section_state`.
fn missing_from(s: &SectionView, is_child: bool) -> Vec<String> {
    let mut missing = Vec::new();
    let unanswered = s.indicators.iter().filter(|i| i.state_key.is_empty()).count();
    if unanswered > 0 {
        let count = i64::try_from(unanswered).unwrap_or(i64::MAX);
        missing.push(t_args("asmt-missing-answers", &[("count", Arg::Number(count))]).into_owned());
    }
    if !is_child {
        if s.short_term.trim().is_empty() {
            missing.push(t("asmt-missing-short-term").into_owned());
        }
        if s.long_term.trim().is_empty() {
            missing.push(t("asmt-missing-long-term").into_owned());
        }
    }
    let unrated = s.rating.is_none() || (s.rated_twice && s.second_rating.is_none());
    if unrated && s.evidence.is_empty() {
        missing.push(t("asmt-missing-evidence").into_owned());
    }
    match (s.rated_twice, s.rating.is_none(), s.second_rating.is_none()) {
        (true, true, true) => missing.push(t("asmt-missing-both-ratings").into_owned()),
        (true, true, false) => missing.push(t("asmt-missing-rating-caregiving").into_owned()),
        (true, false, true) => missing.push(t("asmt-missing-rating-birth").into_owned()),
        (false, true, _) => missing.push(t("asmt-missing-rating").into_owned()),
        _ => {}
    }
    missing
}

/// Why a draft cannot be submitted yet: one error for each section still to complete, and
/// for a caregiver assessment the overall summary, each linking to its task.
pub fn incomplete(page: &OverviewPage) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = page
        .sections
        .iter()
        .filter(|s| s.state != SectionState::Complete)
        .map(|s| {
            let missing = missing_from(s, page.header.is_child);
            let dimension = ("dimension", Arg::Text(s.dim.name.clone()));
            let message = if missing.is_empty() {
                t_args("asmt-error-complete", &[dimension])
            } else {
                t_args("asmt-error-complete-missing", &[dimension, ("missing", Arg::Text(super::and_list(&missing)))])
            }
            .into_owned();
            FieldError { field: format!("task-link-{}", s.dim.key).into(), message }
        })
        .collect();
    if page.summary_required && page.summary_state != SectionState::Complete {
        errors.push(FieldError {
            field: "task-link-summary".into(),
            message: t("asmt-error-summary-missing").into_owned(),
        });
    }
    errors
}

/// The overview again, explaining what still stops it being submitted.
pub async fn refused_incomplete(state: &AppState, ctx: &Ctx, id: String) -> Result<Response, AppError> {
    let loaded = load(state, ctx, id).await?;
    if !loaded.may_edit {
        return Err(AppError::NotFound);
    }
    let mut page = page(state, ctx.user.nav(), loaded, None, Vec::new());
    page.errors = incomplete(&page);
    if page.errors.is_empty() {
        // Completed meanwhile (another tab): say so rather than show an empty summary.
        page.errors.push(FieldError { field: "tasks".into(), message: t("asmt-error-changed-meanwhile").into_owned() });
    }
    Ok(unprocessable(render(&page)?))
}

/// The overview again, with what stops a submission or a return (whose note comes back as typed).
pub async fn refused(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    errors: Vec<FieldError>,
    note: String,
) -> Result<Response, AppError> {
    let loaded = load(state, ctx, id).await?;
    // Only someone who works on the assessment is told what stops it; to a reader (a
    // caregiver) the action does not exist.
    if !loaded.may_edit {
        return Err(AppError::NotFound);
    }
    let mut page = page(state, ctx.user.nav(), loaded, None, errors);
    page.note = note;
    Ok(unprocessable(render(&page)?))
}
