//! An assessment's own page: the task list while it is a draft, the actions its state allows,
//! and everything written in it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use securebase_core::assessment::{AssessmentKind, SectionState, Status};
use securebase_core::policy::Action;
use securebase_store::assessments::{self, AssessmentRecord};
use securebase_store::orgs;

use super::{Header, SectionView, header, section_views};
use crate::context::Ctx;
use crate::layout::{FieldError, Nav, render};
use crate::records::{NoticeQuery, unprocessable};
use crate::{AppError, AppState};

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
        let may_edit = scope.can(Action::EditAssessment, a.target());
        let may_sign_off = assessments::may_sign_off(scope, a, rule).is_ok();
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
    let sections = section_views(&loaded.record, &state.content);
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
