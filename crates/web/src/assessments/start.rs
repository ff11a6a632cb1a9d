//! Starting an assessment: of a child on the worker's caseload, in the band for their age or a
//! younger one with a reason; or of a carer in a household.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::assessment::{AgeBand, choose_band};
use securebase_core::records::{parse_date, parse_past_date};
use securebase_store::assessments;

use crate::context::Ctx;
use crate::extract::Path;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::kept;
use crate::layout::{FieldError, Nav, render};
use crate::records::{Choice, RawForm, dates, pick, unprocessable};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "assessments/start_child.html")]
pub struct ChildStartPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub child_id: String,
    pub name: String,
    pub age: String,
    pub band_hint: String,
    pub bands: Vec<Choice>,
    pub form: RawForm,
}

fn child_page(
    nav: Option<Nav>,
    start: &assessments::ChildStart,
    form: RawForm,
    errors: Vec<FieldError>,
) -> ChildStartPage {
    let on = parse_date(form.get("assessed_on")).unwrap_or_else(|_| dates::today());
    let age_band = parse_date(&start.date_of_birth).ok().and_then(|dob| AgeBand::for_age(dob, on));
    let bands: Vec<Choice> = AgeBand::ALL
        .iter()
        .filter(|b| age_band.is_none_or(|a| **b <= a))
        .rev()
        .map(|b| {
            let c = Choice::new(b.key(), labels::age_band(*b));
            if Some(*b) == age_band {
                c.with_hint(t("asmt-start-band-for-age"))
            } else {
                c.with_hint(t("asmt-start-band-younger"))
            }
        })
        .collect();
    let chosen = if form.get("band").is_empty() { age_band.map_or("", AgeBand::key) } else { form.get("band") };
    ChildStartPage {
        nav,
        errors,
        notice: None,
        child_id: start.child_id.clone(),
        name: start.known_as.clone(),
        age: dates::with_age(&start.date_of_birth),
        band_hint: age_band
            .map(|a| {
                t_args("asmt-start-band-hint", &[("band", Arg::Text(labels::age_band(a).into_owned()))]).into_owned()
            })
            .unwrap_or_default(),
        bands: pick(bands, [chosen]),
        form,
    }
}

/// What a start page says when it shows a form kept from before the session ended.
fn kept_notice() -> String {
    t("asmt-kept-start").into_owned()
}

/// "Assessment date: " and what is wrong with the date typed.
fn assessed_on_error(e: securebase_core::records::DateError) -> String {
    t_args("asmt-error-assessed-on", &[("problem", Arg::Text(labels::date_error(e).into_owned()))]).into_owned()
}

/// The form as typed before the session ended, if it was kept, and the cookie that clears it.
async fn restored_form(
    state: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
    path: &str,
) -> Result<Option<(RawForm, String)>, AppError> {
    let restored = kept::take_restored(state, headers, &ctx.user, path).await?;
    Ok(restored.and_then(|r| r.form::<RawForm>().map(|f| (f, r.clear_cookie))))
}

/// A start page, with the kept-form cookie cleared when it showed a kept form.
fn with_cookie(html: axum::response::Html<String>, cookie: Option<String>) -> Response {
    match cookie {
        Some(c) => ([(header::SET_COOKIE, c)], html).into_response(),
        None => html.into_response(),
    }
}

/// The form as typed before a session ended, with the cookie that clears it; or a new one
/// dated today.
fn kept_or_new(kept: Option<(RawForm, String)>) -> (RawForm, Option<String>) {
    match kept {
        Some((form, cookie)) => (form, Some(cookie)),
        None => {
            let mut form = RawForm::default();
            form.push("assessed_on", dates::for_input(&dates::store(dates::today())));
            (form, None)
        }
    }
}

pub async fn child_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(child_id): Path<String>,
) -> Result<Response, AppError> {
    let kept = restored_form(&state, &ctx, &headers, &format!("/children/{child_id}/assessments/new")).await?;
    let start = ctx.run(&state, move |c, scope| assessments::child_start(c, scope, &child_id)).await?;
    let (form, cookie) = kept_or_new(kept);
    let mut page = child_page(ctx.user.nav(), &start, form, Vec::new());
    page.notice = cookie.is_some().then(kept_notice);
    Ok(with_cookie(render(&page)?, cookie))
}

pub async fn child_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(child_id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let cid = child_id.clone();
    let start = ctx.run(&state, move |c, scope| assessments::child_start(c, scope, &cid)).await?;
    let mut errors = form.refused().to_vec();
    let on = match parse_past_date(form.get("assessed_on"), dates::today()) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError { field: "assessed_on".into(), message: assessed_on_error(e) });
            None
        }
    };
    let born = parse_date(&start.date_of_birth).ok();
    let age_band = match (born, on) {
        (Some(b), Some(o)) => match AgeBand::for_age(b, o) {
            Some(a) => Some(a),
            None => {
                errors.push(FieldError {
                    field: "assessed_on".into(),
                    message: t("asmt-error-before-birth").into_owned(),
                });
                None
            }
        },
        _ => None,
    };
    let band = match (AgeBand::parse(form.get("band")), age_band) {
        (Some(b), Some(a)) => match choose_band(a, b, form.get("band_reason")) {
            Ok(b) => Some(b),
            Err(e) => {
                let field =
                    if e == securebase_core::assessment::BandError::ReasonNeeded { "band_reason" } else { "band" };
                errors.push(FieldError { field: field.into(), message: labels::band_error(e).into_owned() });
                None
            }
        },
        (None, _) => {
            errors.push(FieldError { field: "band".into(), message: t("asmt-error-band").into_owned() });
            None
        }
        _ => None,
    };
    if form.get("band_reason").chars().count() > 2_000 {
        errors.push(FieldError { field: "band_reason".into(), message: t("asmt-error-reason-long").into_owned() });
    }
    match (on, band, errors.is_empty()) {
        (Some(on), Some(band), true) => {
            let reason = form.get("band_reason").to_owned();
            let pack = state.content.clone();
            let a = ctx
                .run(&state, move |c, scope| {
                    assessments::start_child(c, scope, pack.get(crate::local::language()), &child_id, on, band, &reason)
                })
                .await?;
            Ok(Redirect::to(&format!("/assessments/{}?notice=started", a.id)).into_response())
        }
        _ => Ok(unprocessable(render(&child_page(ctx.user.nav(), &start, form, errors))?)),
    }
}

#[derive(Template)]
#[template(path = "assessments/start_caregiver.html")]
pub struct CaregiverStartPage {
    pub nav: Option<Nav>,
    pub errors: Vec<FieldError>,
    pub notice: Option<String>,
    pub household_id: String,
    pub carers: Vec<Choice>,
    pub form: RawForm,
}

pub async fn caregiver_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(household_id): Path<String>,
) -> Result<Response, AppError> {
    let kept = restored_form(&state, &ctx, &headers, &format!("/households/{household_id}/assessments/new")).await?;
    let hid = household_id.clone();
    let carers = ctx.run(&state, move |c, scope| assessments::carers_of(c, scope, &hid)).await?;
    let (mut form, cookie) = kept_or_new(kept);
    // A household with one carer: that carer is the one to assess, so they are chosen already.
    if let ([(only, _)], true) = (carers.as_slice(), form.get("member").is_empty()) {
        form.set("member", only.clone());
    }
    let carers = pick(carers.into_iter().map(|(id, name)| Choice::new(id, name)).collect(), [form.get("member")]);
    let notice = cookie.is_some().then(kept_notice);
    let page = CaregiverStartPage { nav: ctx.user.nav(), errors: Vec::new(), notice, household_id, carers, form };
    Ok(with_cookie(render(&page)?, cookie))
}

pub async fn caregiver_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(household_id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let hid = household_id.clone();
    let carers = ctx.run(&state, move |c, scope| assessments::carers_of(c, scope, &hid)).await?;
    let mut errors = form.refused().to_vec();
    let member = form.get("member").to_owned();
    if !carers.iter().any(|(id, _)| *id == member) {
        errors.push(FieldError { field: "member".into(), message: t("asmt-error-member").into_owned() });
    }
    let on = match parse_past_date(form.get("assessed_on"), dates::today()) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError { field: "assessed_on".into(), message: assessed_on_error(e) });
            None
        }
    };
    match on {
        Some(on) if errors.is_empty() => {
            let pack = state.content.clone();
            let a = ctx
                .run(&state, move |c, scope| {
                    assessments::start_caregiver(
                        c,
                        scope,
                        pack.get(crate::local::language()),
                        &household_id,
                        &member,
                        on,
                    )
                })
                .await?;
            Ok(Redirect::to(&format!("/assessments/{}?notice=started", a.id)).into_response())
        }
        _ => {
            let chosen = form.get("member").to_owned();
            let carers = pick(carers.into_iter().map(|(id, name)| Choice::new(id, name)).collect(), [chosen.as_str()]);
            let page = CaregiverStartPage { nav: ctx.user.nav(), errors, notice: None, household_id, carers, form };
            Ok(unprocessable(render(&page)?))
        }
    }
}
