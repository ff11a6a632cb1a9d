//! Adding a piece of evidence to a dimension, and taking one out of a draft.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::Dimension;
use securebase_core::assessment::{AssessmentKind, EvidenceSource, LifeArea, RatingError};
use securebase_core::content::ContentPack;
use securebase_core::records::parse_past_date;
use securebase_store::StoreError;
use securebase_store::assessments::{self, EvidenceInput};
use securebase_store::error_kind::Conflict;

use super::section::{self, path_of};
use super::{Header, dimension_from_path, header};
use crate::context::Ctx;
use crate::extract::{Path, Query};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::kept;
use crate::layout::{FieldError, Nav, render};
use crate::records::{Choice, RawForm, conflict, dates, pick, unprocessable};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "assessments/evidence.html")]
pub struct EvidencePage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub header: Header,
    pub dimension: String,
    pub dimension_key: &'static str,
    pub form: RawForm,
    pub indicators: Vec<Choice>,
    pub sources: Vec<Choice>,
    pub areas: Vec<Choice>,
    pub is_child: bool,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct EvidenceQuery {
    pub indicator: String,
    pub notice: Option<String>,
}

fn page(
    nav: Option<Nav>,
    pack: &ContentPack,
    record: &assessments::AssessmentRecord,
    d: Dimension,
    form: RawForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> EvidencePage {
    let is_child = record.assessment.kind() == AssessmentKind::Child;
    let indicators = pick(
        record.indicators_for(d).map(|i| Choice::new(i.id.clone(), i.text.clone())).collect(),
        [form.get("indicator")],
    );
    let sources = pick(
        EvidenceSource::ALL.iter().map(|s| Choice::new(s.key(), labels::evidence_source(*s))).collect(),
        [form.get("source")],
    );
    let areas = pick(
        LifeArea::ALL.iter().map(|a| Choice::new(a.key(), labels::life_area(*a))).collect(),
        [form.get("life_area")],
    );
    EvidencePage {
        nav,
        errors,
        notice,
        header: header(record),
        dimension: pack.name_of(d).to_owned(),
        dimension_key: d.key(),
        form,
        indicators,
        sources,
        areas,
        is_child,
    }
}

fn evidence_path(id: &str, d: Dimension) -> String {
    format!("{}/evidence", path_of(id, d))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((id, dimension)): Path<(String, String)>,
    Query(q): Query<EvidenceQuery>,
) -> Result<Response, AppError> {
    let d = dimension_from_path(&dimension)?;
    let restored = kept::take_restored(&state, &headers, &ctx.user, &evidence_path(&id, d)).await?;
    let record = super::view_to_work_on(&state, &ctx, id.clone()).await?;
    if !record.assessment.status().editable() {
        return Ok(Redirect::to(&super::href(&id)).into_response());
    }
    let kept_form = restored.as_ref().and_then(|r| r.form::<RawForm>().map(|f| (f, r.clear_cookie.clone())));
    let (form, cookie, notice) = match kept_form {
        Some((f, c)) => (f, Some(c), Some(t("asmt-kept-evidence").into_owned())),
        None => {
            let mut f = RawForm::default();
            f.push("indicator", q.indicator);
            f.push("happened_on", dates::for_input(&dates::store(dates::today())));
            (f, None, q.notice.as_deref().and_then(super::overview::notice))
        }
    };
    let html = render(&page(ctx.user.nav(), state.pack(), &record, d, form, Vec::new(), notice))?;
    Ok(match cookie {
        Some(c) => ([(header::SET_COOKIE, c)], html).into_response(),
        None => html.into_response(),
    })
}

fn check(form: &RawForm, is_child: bool) -> Result<EvidenceInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let happened_on = match parse_past_date(form.get("happened_on"), dates::today()) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError {
                field: "happened_on".into(),
                message: t_args(
                    "asmt-error-happened-on",
                    &[("problem", Arg::Text(labels::date_error(e).into_owned()))],
                )
                .into_owned(),
            });
            None
        }
    };
    let source = EvidenceSource::parse(form.get("source"));
    if source.is_none() {
        errors.push(FieldError { field: "source".into(), message: t("asmt-error-source").into_owned() });
    }
    let life_area = LifeArea::parse(form.get("life_area"));
    if !is_child && life_area.is_none() {
        errors.push(FieldError { field: "life_area".into(), message: t("asmt-error-life-area").into_owned() });
    }
    let account = form.get("account").trim();
    if account.is_empty() {
        errors.push(FieldError { field: "account".into(), message: t("asmt-error-account").into_owned() });
    } else if account.chars().count() > 10_000 {
        errors.push(FieldError { field: "account".into(), message: t("asmt-error-account-long").into_owned() });
    }
    if form.get("opinion").chars().count() > 10_000 {
        errors.push(FieldError { field: "opinion".into(), message: t("asmt-error-opinion-long").into_owned() });
    }
    match (happened_on, source, errors.is_empty()) {
        (Some(happened_on), Some(source), true) => Ok(EvidenceInput {
            indicator_id: Some(form.get("indicator").to_owned()).filter(|s| !s.is_empty()),
            happened_on,
            source,
            life_area: if is_child { None } else { life_area },
            account: account.to_owned(),
            opinion: form.get("opinion").trim().to_owned(),
        }),
        _ => Err(errors),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, dimension)): Path<(String, String)>,
    form: RawForm,
) -> Result<Response, AppError> {
    let d = dimension_from_path(&dimension)?;
    let record = super::view_to_work_on(&state, &ctx, id.clone()).await?;
    let is_child = record.assessment.kind() == AssessmentKind::Child;
    match form.and_refused(check(&form, is_child)) {
        Err(errors) => Ok(unprocessable(render(&page(ctx.user.nav(), state.pack(), &record, d, form, errors, None))?)),
        Ok(input) => {
            let sid = id.clone();
            ctx.run(&state, move |c, scope| assessments::add_evidence(c, scope, &sid, d, &input)).await?;
            let next = if form.get("then") == "another" {
                format!("{}?notice=evidence-added", evidence_path(&id, d))
            } else {
                format!("{}?notice=evidence-added#evidence", path_of(&id, d))
            };
            Ok(Redirect::to(&next).into_response())
        }
    }
}

/// What became of a request to take evidence out of a draft.
enum Removal {
    Removed(String),
    /// It is the last evidence under a rating: the dimension, and the assessment to show again.
    RatingRestsOnIt(Dimension, Box<assessments::AssessmentRecord>),
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, evidence)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (rid, eid) = (id.clone(), evidence.clone());
    let removal = ctx
        .run(&state, move |c, scope| {
            let record = assessments::view(c, scope, &rid)?;
            let dim = record.evidence.iter().find(|e| e.id == eid).map(|e| e.dimension.clone());
            let dim = dim.ok_or(StoreError::NotFound)?;
            match assessments::remove_evidence(c, scope, &rid, &eid) {
                Ok(()) => Ok(Removal::Removed(dim)),
                Err(StoreError::Conflict(Conflict::Rating(RatingError::NoEvidence))) => {
                    let d = Dimension::parse(&dim).ok_or(StoreError::NotFound)?;
                    Ok(Removal::RatingRestsOnIt(d, Box::new(record)))
                }
                Err(e) => Err(e),
            }
        })
        .await?;
    match removal {
        Removal::Removed(dimension) => {
            let d = dimension_from_path(&dimension)?;
            Ok(Redirect::to(&format!("{}?notice=evidence-removed#evidence", path_of(&id, d))).into_response())
        }
        Removal::RatingRestsOnIt(d, record) => {
            // Shown on the page the Remove button is on, with the way forward, rather than as
            // a refusal page that leaves the person to work out what to do.
            let p = section::parts(&state, &record, d)?;
            let field = if p.section.rating.is_none() && p.section.second_rating.is_some() {
                "second_rating"
            } else {
                "rating"
            };
            let message =
                t_args("asmt-error-last-evidence", &[("dimension", Arg::Text(state.pack().name_of(d).to_owned()))])
                    .into_owned();
            let errors = vec![FieldError { field: field.into(), message }];
            let form = section::form_of(&p.section);
            let version = p.section.version;
            Ok(conflict(render(&section::page(ctx.user.nav(), p, form, version, errors, None, None))?))
        }
    }
}
