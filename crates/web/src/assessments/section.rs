//! One dimension of an assessment: how often each indicator is seen, the evidence, the
//! worker's strengths and needs (or a carer's capacities), the child's own view and the rating.
//! Saved as a draft by the plain button, and every few seconds by the autosave script.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::Dimension;
use securebase_core::assessment::{AssessmentKind, IndicatorState, Rating};
use securebase_core::content::{BIRTH_FAMILY, ContentPack};
use securebase_store::assessments::{self, SectionInput};
use securebase_store::children::Saved;

use super::{Header, IndicatorView, SectionView, dimension_from_path, header, section_views};
use crate::autosave;
use crate::context::Ctx;
use crate::extract::{Path, Query};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::kept;
use crate::layout::{FieldError, Nav, render, when};
use crate::records::{NoticeQuery, RawForm, conflict, unprocessable};
use crate::{AppError, AppState};

/// The descriptors of a rating scale's 0, 5 and 10, shown beside the rating.
#[derive(Debug, Clone)]
pub struct ScaleView {
    pub zero: String,
    pub five: String,
    pub ten: String,
}

/// A rating scale's wording as the assessment keeps it, or, for one started before wording was
/// kept, as the content has it now.
fn scale(record: &assessments::AssessmentRecord, pack: &ContentPack, key: &str) -> Option<ScaleView> {
    if let Some(kept) = record.scale(key) {
        return Some(ScaleView { zero: kept.zero.clone(), five: kept.five.clone(), ten: kept.ten.clone() });
    }
    let s = match record.assessment.kind() {
        AssessmentKind::Child => pack.child_scale(key),
        AssessmentKind::Caregiver => pack.caregiver_scale(key),
    }?;
    Some(ScaleView { zero: s.zero.clone(), five: s.five.clone(), ten: s.ten.clone() })
}

/// An indicator with the answer shown on the form (stored, or as typed).
#[derive(Debug, Clone)]
pub struct IndicatorRow {
    pub view: IndicatorView,
    pub checked: String,
    pub field: String,
}

#[derive(Template)]
#[template(path = "assessments/section.html")]
pub struct SectionPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub header: Header,
    pub section: SectionView,
    pub rows: Vec<IndicatorRow>,
    pub states: Vec<(&'static str, std::borrow::Cow<'static, str>)>,
    pub form: RawForm,
    pub version: i64,
    pub scale: Option<ScaleView>,
    pub birth_scale: Option<ScaleView>,
    /// When someone else saved this section first: what they saved.
    pub theirs: Option<SectionView>,
    pub theirs_by: String,
    pub editable: bool,
    pub is_child: bool,
}

impl SectionPage {
    pub fn aspects(&self) -> Vec<(&str, Vec<&IndicatorRow>)> {
        if self.is_child {
            return vec![("", self.rows.iter().collect())];
        }
        let mut out: Vec<(&str, Vec<&IndicatorRow>)> = Vec::new();
        for r in &self.rows {
            match out.iter_mut().find(|(a, _)| *a == r.view.aspect) {
                Some((_, rows)) => rows.push(r),
                None => out.push((r.view.aspect.as_str(), vec![r])),
            }
        }
        out
    }
}

pub(super) fn form_of(s: &SectionView) -> RawForm {
    let mut f = RawForm::default();
    for i in &s.indicators {
        f.push(&format!("ind_{}", i.id), i.state_key.clone());
    }
    f.push("strengths", s.strengths.clone());
    f.push("needs", s.needs.clone());
    f.push("child_view", s.child_view.clone());
    f.push("short_term", s.short_term.clone());
    f.push("long_term", s.long_term.clone());
    // A rating waiting for evidence is shown in its box, so it is seen and kept when saved.
    f.push("rating", s.rating.or(s.pending_rating).map(|r| r.to_string()).unwrap_or_default());
    f.push("second_rating", s.second_rating.or(s.pending_second_rating).map(|r| r.to_string()).unwrap_or_default());
    f
}

pub(super) struct PageParts {
    header: Header,
    pub(super) section: SectionView,
    kind: AssessmentKind,
    scale: Option<ScaleView>,
    birth_scale: Option<ScaleView>,
}

pub(super) fn parts(
    state: &AppState,
    record: &assessments::AssessmentRecord,
    d: Dimension,
) -> Result<PageParts, AppError> {
    let section =
        section_views(record, state.pack()).into_iter().find(|s| s.dim.key == d.key()).ok_or(AppError::NotFound)?;
    let birth_scale = if section.rated_twice { scale(record, state.pack(), BIRTH_FAMILY) } else { None };
    Ok(PageParts {
        header: header(record),
        scale: scale(record, state.pack(), d.key()),
        birth_scale,
        section,
        kind: record.assessment.kind(),
    })
}

#[allow(clippy::too_many_arguments)]
pub(super) fn page(
    nav: Option<Nav>,
    p: PageParts,
    form: RawForm,
    version: i64,
    errors: Vec<FieldError>,
    notice: Option<String>,
    theirs: Option<SectionView>,
) -> SectionPage {
    let rows = p
        .section
        .indicators
        .iter()
        .map(|i| {
            let field = format!("ind_{}", i.id);
            IndicatorRow { view: i.clone(), checked: form.get(&field).to_owned(), field }
        })
        .collect();
    let theirs_by = theirs.as_ref().map(|_| p.header.author.clone()).unwrap_or_default();
    SectionPage {
        nav,
        errors,
        notice,
        editable: p.header.editable,
        is_child: p.kind == AssessmentKind::Child,
        scale: p.scale,
        birth_scale: p.birth_scale,
        header: p.header,
        section: p.section,
        rows,
        states: IndicatorState::ALL.iter().map(|s| (s.key(), labels::indicator_state(*s))).collect(),
        form,
        version,
        theirs,
        theirs_by,
    }
}

pub fn path_of(id: &str, d: Dimension) -> String {
    format!("/assessments/{id}/dimensions/{}", d.key())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((id, dimension)): Path<(String, String)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let d = dimension_from_path(&dimension)?;
    let restored = kept::take_restored(&state, &headers, &ctx.user, &path_of(&id, d)).await?;
    let record = super::view_to_work_on(&state, &ctx, id.clone()).await?;
    let p = parts(&state, &record, d)?;
    let version = p.section.version;
    let (form, notice, cookie) =
        match restored.as_ref().and_then(|r| r.form::<RawForm>().map(|f| (f, r.clear_cookie.clone()))) {
            Some((form, cookie)) => (form, Some(t("asmt-kept-save").into_owned()), Some(cookie)),
            None => (form_of(&p.section), super::overview::notice(&q.notice), None),
        };
    // A restored form carries the version it was typed against, so a change made meanwhile is
    // still caught when it is saved.
    let version = if cookie.is_some() { form.get("version").parse().unwrap_or(version) } else { version };
    let html = render(&page(ctx.user.nav(), p, form, version, Vec::new(), notice, None))?;
    Ok(match cookie {
        Some(c) => ([(header::SET_COOKIE, c)], html).into_response(),
        None => html.into_response(),
    })
}

/// What the form says, checked: the section input, and the problems with it. `indicators` are
/// the section's (id, wording). A field with a problem is left out of the input (an indicator)
/// or left empty (a rating), so the caller decides whether to save the rest.
fn check(
    form: &RawForm,
    indicators: &[(String, String)],
    kind: AssessmentKind,
    d: Dimension,
) -> (SectionInput, Vec<FieldError>) {
    let mut errors = Vec::new();
    let mut input = SectionInput {
        strengths: form.get("strengths").to_owned(),
        needs: form.get("needs").to_owned(),
        child_view: form.get("child_view").to_owned(),
        short_term: form.get("short_term").to_owned(),
        long_term: form.get("long_term").to_owned(),
        ..SectionInput::default()
    };
    for (id, text) in indicators {
        let field = format!("ind_{id}");
        let value = form.get(&field);
        if value.is_empty() {
            input.states.push((id.clone(), None));
        } else if let Some(s) = IndicatorState::parse(value) {
            input.states.push((id.clone(), Some(s)));
        } else {
            // Only a changed page or a hand-made post sends anything else; saying so beats
            // quietly keeping the old answer while the person thinks theirs was saved.
            errors.push(FieldError {
                field: field.into(),
                message: t_args("asmt-error-choose-answer", &[("indicator", Arg::Text(text.clone()))]).into_owned(),
            });
        }
    }
    for (field, slot) in [("rating", &mut input.rating), ("second_rating", &mut input.second_rating)] {
        if field == "second_rating" && securebase_core::assessment::ratings_needed(kind, d) < 2 {
            continue;
        }
        match Rating::parse(form.get(field)) {
            Ok(r) => *slot = r,
            Err(e) => errors.push(FieldError { field: field.into(), message: labels::rating_error(e).into_owned() }),
        }
    }
    for field in TEXT_FIELDS {
        if form.get(field).chars().count() > MAX_TEXT {
            errors.push(FieldError { field: field.into(), message: too_long(field).into_owned() });
        }
    }
    (input, errors)
}

const MAX_TEXT: usize = 10_000;

const TEXT_FIELDS: [&str; 5] = ["strengths", "needs", "child_view", "short_term", "long_term"];

/// What is said when a text field holds more than [`MAX_TEXT`] characters.
fn too_long(field: &str) -> std::borrow::Cow<'static, str> {
    t(match field {
        "strengths" => "asmt-error-strengths-long",
        "needs" => "asmt-error-needs-long",
        "child_view" => "asmt-error-child-view-long",
        "short_term" => "asmt-error-short-term-long",
        _ => "asmt-error-long-term-long",
    })
}

/// For an autosave of a form with problems: every field with a problem keeps what is stored
/// (an indicator is simply not sent to the store), so the rest can be saved without storing
/// anything invalid.
fn keep_stored(input: &mut SectionInput, stored: Option<&assessments::Section>, errors: &[FieldError]) {
    let has_error = |field: &str| errors.iter().any(|e| e.field == field);
    input.states.retain(|(id, _)| !has_error(&format!("ind_{id}")));
    let stored_rating = |r: Option<i32>| r.and_then(|r| Rating::new(r).ok());
    if has_error("rating") {
        input.rating = stored_rating(stored.and_then(|s| s.rating.or(s.pending_rating)));
    }
    if has_error("second_rating") {
        input.second_rating = stored_rating(stored.and_then(|s| s.second_rating.or(s.pending_second_rating)));
    }
    let text = |f: fn(&assessments::Section) -> &String| stored.map(f).cloned().unwrap_or_default();
    for (field, slot, was) in [
        ("strengths", &mut input.strengths, text(|s| &s.strengths)),
        ("needs", &mut input.needs, text(|s| &s.needs)),
        ("child_view", &mut input.child_view, text(|s| &s.child_view)),
        ("short_term", &mut input.short_term, text(|s| &s.short_term)),
        ("long_term", &mut input.long_term, text(|s| &s.long_term)),
    ] {
        if has_error(field) {
            *slot = was;
        }
    }
}

enum Outcome {
    /// Saved as this version; `rating_waiting` when a rating typed here waits for evidence.
    Saved {
        version: i64,
        rating_waiting: bool,
    },
    Stale(Box<assessments::Section>),
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((id, dimension)): Path<(String, String)>,
    form: RawForm,
) -> Result<Response, AppError> {
    let d = dimension_from_path(&dimension)?;
    let autosave = autosave::requested(&headers);
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let record = super::view_to_work_on(&state, &ctx, id.clone()).await?;
    let kind = record.assessment.kind();
    let indicators: Vec<(String, String)> = record.indicators_for(d).map(|i| (i.id.clone(), i.text.clone())).collect();
    let (mut input, errors) = check(&form, &indicators, kind, d);
    let errors = form.with_refused(errors);
    if !errors.is_empty() {
        if !autosave {
            let p = parts(&state, &record, d)?;
            return Ok(unprocessable(render(&page(ctx.user.nav(), p, form, version, errors, None, None))?));
        }
        // Autosave keeps everything else; a field still being typed keeps what is stored.
        keep_stored(&mut input, record.section(d), &errors);
    }
    let sid = id.clone();
    let outcome = ctx
        .run(&state, move |c, scope| {
            Ok(match assessments::save_section(c, scope, &sid, d, version, &input)? {
                Saved::Saved(s) => Outcome::Saved { version: s.version, rating_waiting: s.rating_waiting() },
                Saved::Stale { current } => Outcome::Stale(Box::new(current)),
            })
        })
        .await?;
    if autosave {
        return Ok(match outcome {
            Outcome::Saved { version, rating_waiting } => {
                let mut notes: Vec<String> = errors.into_iter().map(|e| e.message).collect();
                if rating_waiting {
                    // What the person is told when a rating they gave waits for evidence.
                    notes.push(t("asmt-autosave-rating-waits").into_owned());
                }
                autosave::saved(version, &notes.join(" "))
            }
            Outcome::Stale(_) => autosave::stale(&t("asmt-autosave-stale-section")),
        });
    }
    match outcome {
        Outcome::Saved { rating_waiting, .. } => {
            let notice = if rating_waiting { "saved-rating-waits" } else { "saved" };
            let target = match form.get("then") {
                "evidence" => {
                    format!("{}/evidence{}", path_of(&id, d), if rating_waiting { "?notice=rating-waits" } else { "" })
                }
                "tasks" => format!("/assessments/{id}?notice={notice}#tasks"),
                _ => format!("{}?notice={notice}", path_of(&id, d)),
            };
            Ok(Redirect::to(&target).into_response())
        }
        Outcome::Stale(current) => {
            // Show what they saved beside what was typed here, and let the person save again
            // against the new version: nothing typed is lost, nothing is silently overwritten.
            let rid = id.clone();
            let fresh = ctx.run(&state, move |c, scope| assessments::view(c, scope, &rid)).await?;
            let p = parts(&state, &fresh, d)?;
            let theirs = Some(p.section.clone());
            let by = fresh.name_of(&current.updated_by);
            let message = t_args(
                "asmt-section-stale",
                &[("name", Arg::Text(by.clone())), ("when", Arg::Text(when(current.updated_at)))],
            )
            .into_owned();
            let errors = vec![FieldError { field: "strengths".into(), message }];
            let mut pg = page(ctx.user.nav(), p, form, current.version, errors, None, theirs);
            pg.theirs_by = by;
            Ok(conflict(render(&pg)?))
        }
    }
}
