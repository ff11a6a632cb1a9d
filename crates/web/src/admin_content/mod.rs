//! Practice content an agency administrator manages: who signs off assessments, and the
//! agency's own indicators, which new assessments carry beside the shipped ones. Everyone else
//! is told these pages do not exist.

use std::borrow::Cow;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, AssessmentKind, SignOffRule};
use securebase_core::content::{Aspect, ContentPack, MAX_TEXT_CHARS, validate_indicator_text};
use securebase_core::policy::Action;
use securebase_store::access::Scope;
use securebase_store::agency_indicators::{self, AgencyIndicator, NewIndicator};
use securebase_store::{StoreError, orgs};

use crate::context::Ctx;
use crate::extract::{Path, Query};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::{FieldError, Nav, render, when};
use crate::records::{Choice, NoticeQuery, RawForm, pick, unprocessable};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new()
        .get_post("/admin/settings", settings, save_settings)
        .get_post("/admin/indicators", indicators, add_indicator)
        .post("/admin/indicators/{id}/archive", archive)
        .post("/admin/indicators/{id}/restore", restore)
}

fn require(scope: &Scope) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageContent)
}

// ---- Who signs off ----

#[derive(Template)]
#[template(path = "admin_content/settings.html")]
struct SettingsPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    rules: Vec<Choice>,
    languages: Vec<Choice>,
    time_zone: String,
}

/// The languages an organisation can read securebase in, named in the reader's language.
fn language_choices(chosen: &str) -> Vec<Choice> {
    let choices = securebase_core::Language::ALL
        .into_iter()
        .map(|l| {
            Choice::new(
                l.code(),
                match l {
                    securebase_core::Language::En => t("language-en"),
                    securebase_core::Language::Nb => t("language-nb"),
                },
            )
        })
        .collect();
    pick(choices, [chosen])
}

fn rule_choices(chosen: &str) -> Vec<Choice> {
    let choices = vec![
        Choice::new(SignOffRule::Worker.key(), t("admin-rule-worker")).with_hint(t("admin-rule-worker-hint")),
        Choice::new(SignOffRule::Manager.key(), t("admin-rule-manager")).with_hint(t("admin-rule-manager-hint")),
    ];
    pick(choices, [chosen])
}

fn settings_notice(key: &str) -> Option<String> {
    match key {
        "saved" => Some(t("admin-settings-saved").into_owned()),
        _ => None,
    }
}

async fn settings(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NoticeQuery>) -> Result<Response, AppError> {
    let (rule, time_zone, language) = ctx
        .run(&state, |c, scope| {
            require(scope)?;
            Ok((
                orgs::sign_off_rule(c, scope.org_id())?,
                orgs::time_zone(c, scope.org_id())?,
                securebase_store::settings::org_language(c, scope.org_id())?,
            ))
        })
        .await?;
    let page = SettingsPage {
        nav: ctx.user.nav(),
        errors: Vec::new(),
        notice: settings_notice(&q.notice),
        rules: rule_choices(rule.key()),
        languages: language_choices(language.code()),
        time_zone,
    };
    Ok(render(&page)?.into_response())
}

async fn save_settings(State(state): State<AppState>, ctx: Ctx, form: RawForm) -> Result<Response, AppError> {
    let rule = SignOffRule::parse(form.get("sign_off"));
    // A post without the field (an older page) leaves the zone as it is.
    let zone = (!form.all("time_zone").is_empty()).then(|| form.get("time_zone").trim().to_owned());
    // Likewise the language.
    let language = (!form.all("language").is_empty()).then(|| securebase_core::Language::parse(form.get("language")));
    let mut errors = Vec::new();
    if language.is_some_and(|l| l.is_none()) {
        errors.push(FieldError { field: "language".into(), message: t("admin-settings-language-choose").into_owned() });
    }
    if rule.is_none() {
        errors.push(FieldError { field: "sign_off".into(), message: t("admin-settings-choose-rule").into_owned() });
    }
    if zone.as_deref().is_some_and(|z| !crate::local::is_known(z)) {
        errors.push(FieldError { field: "time_zone".into(), message: t("admin-settings-zone-unknown").into_owned() });
    }
    if let (Some(rule), true) = (rule, errors.is_empty()) {
        ctx.run(&state, move |c, scope| {
            require(scope)?;
            orgs::set_sign_off_rule(c, scope, rule)?;
            if let Some(Some(l)) = language {
                securebase_store::settings::set_org_language(c, scope, l)?;
            }
            match zone {
                Some(zone) => orgs::set_time_zone(c, scope, &zone),
                None => Ok(()),
            }
        })
        .await?;
        return Ok(Redirect::to("/admin/settings?notice=saved").into_response());
    }
    // Only an administrator sees what was typed back.
    ctx.run(&state, |_, scope| require(scope)).await?;
    let page = SettingsPage {
        nav: ctx.user.nav(),
        errors,
        notice: None,
        rules: rule_choices(form.get("sign_off")),
        languages: language_choices(form.get("language")),
        time_zone: form.get("time_zone").to_owned(),
    };
    Ok(unprocessable(render(&page)?))
}

// ---- The agency's own indicators ----

#[derive(Debug, Clone)]
struct Row {
    id: String,
    /// Which assessments it is for: "Child assessments".
    kind: String,
    dimension: String,
    swatch: String,
    /// The age band (a child's), or the aspect and kinds of care (a carer's).
    applies_to: String,
    text: String,
    evidence_hint: String,
    added: String,
    archived: bool,
    /// The language it was written in, as a `lang` value.
    lang: &'static str,
}

#[derive(Template)]
#[template(path = "admin_content/indicators.html")]
struct IndicatorsPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    active: Vec<Row>,
    archived: Vec<Row>,
    form: RawForm,
    kinds: Vec<Choice>,
    dimensions: Vec<Choice>,
    bands: Vec<Choice>,
    aspects: Vec<Choice>,
    care: Vec<Choice>,
}

fn row(pack: &ContentPack, i: AgencyIndicator) -> Row {
    let kind = AssessmentKind::parse(&i.kind);
    let dimension = Dimension::parse(&i.dimension);
    let applies_to = match kind {
        Some(AssessmentKind::Child) => AgeBand::parse(&i.band).map(labels::age_band).unwrap_or_default().into_owned(),
        _ => {
            let care = match (i.short_term, i.long_term) {
                (true, true) => t("admin-ind-applies-both"),
                (true, false) => t("admin-ind-applies-short"),
                (false, true) => t("admin-ind-applies-long"),
                (false, false) => Default::default(),
            };
            let aspect = Aspect::parse(&i.aspect).map(labels::aspect).unwrap_or_default();
            if care.is_empty() {
                aspect.into_owned()
            } else {
                let args = [("aspect", Arg::Text(aspect.into_owned())), ("care", Arg::Text(care.into_owned()))];
                t_args("admin-ind-applies", &args).into_owned()
            }
        }
    };
    Row {
        kind: match kind {
            Some(AssessmentKind::Child) => t("admin-ind-for-child").into_owned(),
            Some(AssessmentKind::Caregiver) => t("admin-ind-for-caregiver").into_owned(),
            None => String::new(),
        },
        dimension: dimension.map_or_else(String::new, |d| pack.name_of(d).to_owned()),
        swatch: i.dimension,
        applies_to,
        lang: crate::assessments::lang_of(&i.language),
        text: i.text,
        evidence_hint: i.evidence_hint,
        added: when(i.created_at),
        archived: i.archived_at.is_some(),
        id: i.id,
    }
}

fn indicators_page(
    nav: Option<Nav>,
    pack: &ContentPack,
    list: Vec<AgencyIndicator>,
    form: RawForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> IndicatorsPage {
    let (archived, active): (Vec<Row>, Vec<Row>) = list.into_iter().map(|i| row(pack, i)).partition(|r| r.archived);
    IndicatorsPage {
        nav,
        errors,
        notice,
        active,
        archived,
        kinds: pick(
            vec![
                Choice::new(AssessmentKind::Child.key(), t("admin-ind-for-child"))
                    .with_hint(t("admin-ind-kind-child-hint")),
                Choice::new(AssessmentKind::Caregiver.key(), t("admin-ind-for-caregiver"))
                    .with_hint(t("admin-ind-kind-caregiver-hint")),
            ],
            [form.get("kind")],
        ),
        dimensions: pick(
            Dimension::ALL
                .iter()
                .map(|d| Choice::new(d.key(), pack.name_of(*d)).with_hint(capitalised(pack.benefit_of(*d))))
                .collect(),
            [form.get("dimension")],
        ),
        bands: pick(
            AgeBand::ALL.iter().map(|b| Choice::new(b.key(), labels::age_band(*b))).collect(),
            [form.get("band")],
        ),
        aspects: pick(
            Aspect::ALL.iter().map(|a| Choice::new(a.key(), labels::aspect(*a))).collect(),
            [form.get("aspect")],
        ),
        care: pick(
            vec![
                Choice::new("short_term", t("admin-ind-care-short")),
                Choice::new("long_term", t("admin-ind-care-long")),
            ],
            form.all("care"),
        ),
        form,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Everything wrong with a new indicator at once, or the indicator to add.
fn check_indicator(form: &RawForm) -> Result<NewIndicator, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut push = |field: &'static str, message: Cow<'static, str>| {
        errors.push(FieldError { field: field.into(), message: message.into_owned() })
    };
    let kind = AssessmentKind::parse(form.get("kind"));
    if kind.is_none() {
        push("kind", t("admin-ind-choose-kind"));
    }
    let dimension = Dimension::parse(form.get("dimension"));
    if dimension.is_none() {
        push("dimension", t("admin-ind-choose-dimension"));
    }
    let band = AgeBand::parse(form.get("band"));
    let aspect = Aspect::parse(form.get("aspect"));
    let care = form.all("care");
    let (short_term, long_term) = (care.contains(&"short_term"), care.contains(&"long_term"));
    match kind {
        Some(AssessmentKind::Child) if band.is_none() => push("band", t("admin-ind-choose-band")),
        Some(AssessmentKind::Caregiver) => {
            if aspect.is_none() {
                push("aspect", t("admin-ind-choose-aspect"));
            }
            if !short_term && !long_term {
                push("care", t("admin-ind-choose-care"));
            }
        }
        _ => {}
    }
    // `validate_indicator_text` refuses empty wording, wording that is too long, and control
    // characters; each is said here in the field's own words.
    let text = match validate_indicator_text(form.get("text")) {
        Ok(text) => text,
        Err(_) if form.get("text").trim().is_empty() => {
            push("text", t("admin-ind-text-empty"));
            String::new()
        }
        Err(_) => {
            let message = if too_long(form.get("text")) {
                too_long_message("admin-ind-text-long")
            } else {
                t("admin-ind-text-control")
            };
            push("text", message);
            String::new()
        }
    };
    let evidence_hint = match validate_indicator_text(form.get("evidence_hint")) {
        Ok(text) => text,
        Err(_) if form.get("evidence_hint").trim().is_empty() => {
            push("evidence_hint", t("admin-ind-hint-empty"));
            String::new()
        }
        Err(_) => {
            let message = if too_long(form.get("evidence_hint")) {
                too_long_message("admin-ind-hint-long")
            } else {
                t("admin-ind-hint-control")
            };
            push("evidence_hint", message);
            String::new()
        }
    };
    match (kind, dimension, errors.is_empty()) {
        (Some(kind), Some(dimension), true) => {
            let is_child = kind == AssessmentKind::Child;
            Ok(NewIndicator {
                kind,
                dimension,
                band: if is_child { band } else { None },
                aspect: if is_child { String::new() } else { aspect.map_or("", Aspect::key).to_owned() },
                short_term: !is_child && short_term,
                long_term: !is_child && long_term,
                text,
                evidence_hint,
                // Written in the language its author reads securebase in.
                language: crate::local::language(),
            })
        }
        _ => Err(errors),
    }
}

/// Whether `validate_indicator_text` refused wording for its length (rather than for a control
/// character in it).
fn too_long(typed: &str) -> bool {
    typed.trim().chars().count() > MAX_TEXT_CHARS
}

fn too_long_message(key: &str) -> Cow<'static, str> {
    t_args(key, &[("max", Arg::Number(i64::try_from(MAX_TEXT_CHARS).unwrap_or(i64::MAX)))])
}

fn indicators_notice(key: &str) -> Option<String> {
    let message = match key {
        "added" => t("admin-ind-added-notice"),
        "archived" => t("admin-ind-archived-notice"),
        "restored" => t("admin-ind-restored-notice"),
        _ => return None,
    };
    Some(message.into_owned())
}

async fn indicators(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let list = ctx.run(&state, agency_indicators::list).await?;
    let page = indicators_page(
        ctx.user.nav(),
        state.pack(),
        list,
        RawForm::default(),
        Vec::new(),
        indicators_notice(&q.notice),
    );
    Ok(render(&page)?.into_response())
}

async fn add_indicator(State(state): State<AppState>, ctx: Ctx, form: RawForm) -> Result<Response, AppError> {
    let checked = form.and_refused(check_indicator(&form));
    let refused = ctx
        .run(&state, move |c, scope| {
            require(scope)?;
            match checked {
                Ok(input) => agency_indicators::add(c, scope, &input).map(|_| None),
                Err(errors) => Ok(Some((agency_indicators::list(c, scope)?, errors))),
            }
        })
        .await?;
    match refused {
        None => Ok(Redirect::to("/admin/indicators?notice=added").into_response()),
        Some((list, errors)) => {
            Ok(unprocessable(render(&indicators_page(ctx.user.nav(), state.pack(), list, form, errors, None))?))
        }
    }
}

async fn set_archived(state: AppState, ctx: Ctx, id: String, archived: bool) -> Result<Response, AppError> {
    ctx.run(&state, move |c, scope| agency_indicators::set_archived(c, scope, &id, archived)).await?;
    let notice = if archived { "archived" } else { "restored" };
    Ok(Redirect::to(&format!("/admin/indicators?notice={notice}")).into_response())
}

async fn archive(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    set_archived(state, ctx, id, true).await
}

async fn restore(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    set_archived(state, ctx, id, false).await
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> RawForm {
        let mut f = RawForm::default();
        for (k, v) in pairs {
            f.push(k, *v);
        }
        f
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_ref()).collect()
    }

    #[test]
    fn a_child_indicator_needs_a_band_and_wording() {
        let errors = check_indicator(&form(&[("kind", "child"), ("dimension", "availability")])).unwrap_err();
        assert_eq!(fields(&errors), vec!["band", "text", "evidence_hint"]);
        assert_eq!(errors[2].message, "Enter a note on what good evidence of it looks like");
        let ok = check_indicator(&form(&[
            ("kind", "child"),
            ("dimension", "availability"),
            ("band", "infant"),
            // Caregiver-only answers are ignored for a child indicator.
            ("aspect", "behaviour"),
            ("care", "long_term"),
            ("text", "  Reaches for the carer when a stranger comes close. "),
            ("evidence_hint", " A dated occasion, and who was there. "),
        ]))
        .unwrap();
        assert_eq!(ok.band, Some(AgeBand::Infant));
        assert_eq!((ok.aspect.as_str(), ok.short_term, ok.long_term), ("", false, false));
        assert_eq!(ok.text, "Reaches for the carer when a stranger comes close.");
        assert_eq!(ok.evidence_hint, "A dated occasion, and who was there.");
    }

    #[test]
    fn a_caregiver_indicator_needs_an_aspect_and_a_kind_of_care() {
        let errors = check_indicator(&form(&[
            ("kind", "caregiver"),
            ("dimension", "sensitivity"),
            ("text", "x"),
            ("evidence_hint", "y"),
        ]))
        .unwrap_err();
        assert_eq!(fields(&errors), vec!["aspect", "care"]);
        let ok = check_indicator(&form(&[
            ("kind", "caregiver"),
            ("dimension", "sensitivity"),
            ("aspect", "thinking_feeling"),
            ("care", "short_term"),
            ("care", "long_term"),
            ("text", "Wonders aloud what the child might be feeling."),
            ("evidence_hint", "An example from their own family life."),
        ]))
        .unwrap();
        assert_eq!((ok.band, ok.short_term, ok.long_term), (None, true, true));
        assert_eq!(ok.aspect, "thinking_feeling");
    }

    #[test]
    fn nothing_chosen_and_wording_too_long() {
        let long = "a".repeat(501);
        let errors = check_indicator(&form(&[("text", &long), ("evidence_hint", "bell\u{7}")])).unwrap_err();
        assert_eq!(fields(&errors), vec!["kind", "dimension", "text", "evidence_hint"]);
        assert_eq!(errors[2].message, "The wording must be 500 characters or fewer");
    }
}
