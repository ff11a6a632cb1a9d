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
use crate::layout::{FieldError, Nav, render};
use crate::records::{NoticeQuery, unprocessable};
use crate::{AppError, AppState};
#[allow(unused_imports)]
use crate::i18n::Tr as _;

#[derive(Template)]
#[template(path = "assessments/overview.html")]
pub struct OverviewPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<&'static str>,
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

pub fn notice(key: &str) -> Option<&'static str> {
    Some(match key {
        "started" => "The assessment has been started. Work through each dimension; your draft is saved as you go.",
        "saved" => "Your changes have been saved.",
        "submitted" => "The assessment has been submitted for sign-off.",
        "signed-off" => {
            "The assessment has been signed off. It can no longer be changed; amend it if something needs correcting."
        }
        "returned" => "The assessment has been returned to its author as a draft.",
        "stale" => "Someone else changed this assessment just before you, so nothing was done. Check it and try again.",
        "saved-rating-waits" => {
            "Your changes have been saved. The rating you gave is kept and waits for evidence: it counts once this dimension has a piece of evidence."
        }
        "rating-waits" => {
            "Your changes have been saved. The rating you gave is kept and waits for evidence: add a piece of evidence here and it will count."
        }
        "evidence-added" => "The evidence has been added.",
        "evidence-removed" => "The evidence has been removed from the draft.",
        "amendment" => {
            "This amendment is a new draft version. The signed-off version stays as it was until this one is signed off."
        }
        _ => return None,
    })
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
    notice: Option<&'static str>,
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

/// "a", "a and b", "a, b and c".
fn in_words(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What is still missing from one dimension's section before it counts as complete, in the
/// order the page asks for it. Mirrors `securebase_core::assessment::section_state`.
fn missing_from(s: &SectionView, is_child: bool) -> Vec<String> {
    let mut missing = Vec::new();
    let unanswered = s.indicators.iter().filter(|i| i.state_key.is_empty()).count();
    match unanswered {
        0 => {}
        1 => missing.push("answer the indicator not answered yet".to_owned()),
        n => missing.push(format!("answer the {n} indicators not answered yet")),
    }
    if !is_child {
        if s.short_term.trim().is_empty() {
            missing.push("write the capacity for short-term care".to_owned());
        }
        if s.long_term.trim().is_empty() {
            missing.push("write the capacity for long-term care".to_owned());
        }
    }
    let unrated = s.rating.is_none() || (s.rated_twice && s.second_rating.is_none());
    if unrated && s.evidence.is_empty() {
        missing.push("add evidence".to_owned());
    }
    match (s.rated_twice, s.rating.is_none(), s.second_rating.is_none()) {
        (true, true, true) => missing.push("give both ratings".to_owned()),
        (true, true, false) => missing.push("give the rating for the caregiving family".to_owned()),
        (true, false, true) => missing.push("give the rating for the birth family".to_owned()),
        (false, true, _) => missing.push("give the rating".to_owned()),
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
            let message = if missing.is_empty() {
                format!("Complete {} before submitting.", s.dim.name)
            } else {
                format!("Complete {} before submitting: {}.", s.dim.name, in_words(&missing))
            };
            FieldError { field: format!("task-link-{}", s.dim.key).into(), message }
        })
        .collect();
    if page.summary_required && page.summary_state != SectionState::Complete {
        errors.push(FieldError {
            field: "task-link-summary".into(),
            message: "Write the overall summary before submitting: the panel or review reads it first.".into(),
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
        page.errors.push(FieldError {
            field: "tasks".into(),
            message: "Something changed while you were submitting. Check the sections and submit again.".into(),
        });
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
