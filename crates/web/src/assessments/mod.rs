//! Secure Base assessments of children and caregivers: starting one, the task list, each
//! dimension's indicators, evidence and rating, the draft → submitted → signed off workflow,
//! amendments, and the read-only, print and comparison views.

mod compare;
mod evidence;
pub mod listing;
mod overview;
mod print;
mod profile;
pub use profile::ProfileFragments;
mod section;
mod start;
mod workflow;

use std::borrow::Cow;

use securebase_core::Dimension;
use securebase_core::assessment::{
    AgeBand, AssessmentKind, EvidenceSource, IndicatorState, LifeArea, SectionState, Status, ratings_needed,
};
use securebase_core::content::{Aspect, ContentPack};
use securebase_store::assessments::{AssessmentRecord, Evidence, Indicator, section_states};

use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::when;
use crate::records::dates;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get_post("/children/{id}/assessments/new", start::child_form, start::child_submit)
        .get_post("/households/{id}/assessments/new", start::caregiver_form, start::caregiver_submit)
        .get("/assessments/{id}", overview::show)
        .get_post("/assessments/{id}/dimensions/{dimension}", section::show, section::submit)
        .get_post("/assessments/{id}/dimensions/{dimension}/evidence", evidence::show, evidence::submit)
        .post("/assessments/{id}/evidence/{evidence}/remove", evidence::remove)
        .get_post("/assessments/{id}/summary", workflow::summary_form, workflow::summary_submit)
        .post("/assessments/{id}/submit", workflow::submit)
        .post("/assessments/{id}/sign-off", workflow::sign_off)
        .post("/assessments/{id}/return", workflow::return_to_draft)
        .get_post("/assessments/{id}/amend", workflow::amend_form, workflow::amend_submit)
        .get("/assessments/{id}/compare", compare::show)
        .get("/assessments/{id}/print", print::show)
        .get("/children/{id}/profile", profile::child)
        .get("/households/{id}/profile", profile::household)
}

pub fn href(id: &str) -> String {
    format!("/assessments/{id}")
}

/// The wording people see for an assessment's state, in the request's language.
pub fn status_label(key: &str) -> Cow<'static, str> {
    Status::parse(key).map_or_else(|| t("asmt-status-unknown"), labels::status)
}

/// A tag's colour class for a state, so the state is also said in words.
pub fn status_class(key: &str) -> &'static str {
    match Status::parse(key) {
        Some(Status::Draft) => "tag-blue",
        Some(Status::Submitted) => "tag-yellow",
        Some(Status::SignedOff) => "tag-green",
        None => "tag-grey",
    }
}

pub fn section_class(s: &SectionState) -> &'static str {
    match *s {
        SectionState::NotStarted => "tag-grey",
        SectionState::InProgress => "tag-blue",
        SectionState::Complete => "tag-green",
    }
}

/// What a section's state is called on the task list, in the request's language.
pub fn section_label(s: &SectionState) -> Cow<'static, str> {
    labels::section_state(*s)
}

pub fn band_label(key: &str) -> Cow<'static, str> {
    AgeBand::parse(key).map_or(Cow::Borrowed(""), labels::age_band)
}

/// The capacity a sign-off was given in, as stored ("Team manager" or "Social worker", the
/// store's own words), in the request's language; anything else as it is.
pub fn signed_off_role(stored: &str) -> String {
    match stored {
        "Team manager" => labels::role(securebase_core::Role::TeamManager).into_owned(),
        "Social worker" => t("asmt-signed-off-as-worker").into_owned(),
        other => other.to_owned(),
    }
}

/// A dimension as the pages show it, with its colour from the content.
#[derive(Debug, Clone)]
pub struct DimensionView {
    pub key: &'static str,
    pub name: String,
    pub benefit: String,
    pub explanation: String,
    pub colour: String,
}

pub fn dimension_view(pack: &ContentPack, d: Dimension) -> DimensionView {
    let c = pack.dimension(d);
    DimensionView {
        key: d.key(),
        name: pack.name_of(d).to_owned(),
        benefit: pack.benefit_of(d).to_owned(),
        explanation: c.map(|c| c.explanation.clone()).unwrap_or_default(),
        colour: c.map(|c| c.colour.clone()).unwrap_or_else(|| "#505a5f".to_owned()),
    }
}

#[derive(Debug, Clone)]
pub struct IndicatorView {
    pub id: String,
    pub text: String,
    pub hint: String,
    pub state_key: String,
    pub state_label: String,
    /// For a caregiver: "Thinking and feeling" or "Behaviour".
    pub aspect: String,
    /// For a caregiver: which kinds of care the indicator speaks to.
    pub terms: String,
    pub agency: bool,
    /// The language the wording is in, as a `lang` value: the assessment's, or the one an
    /// agency wrote its own indicator in.
    pub lang: &'static str,
}

fn indicator_view(i: &Indicator) -> IndicatorView {
    let terms = match (i.short_term, i.long_term) {
        (true, true) => t("asmt-terms-both"),
        (true, false) => t("asmt-terms-short"),
        (false, true) => t("asmt-terms-long"),
        (false, false) => Cow::Borrowed(""),
    };
    IndicatorView {
        id: i.id.clone(),
        text: i.text.clone(),
        hint: i.evidence_hint.clone(),
        state_key: i.state.clone().unwrap_or_default(),
        state_label: i
            .state
            .as_deref()
            .and_then(IndicatorState::parse)
            .map_or_else(|| t("asmt-not-answered-yet"), labels::indicator_state)
            .into_owned(),
        aspect: Aspect::parse(&i.aspect).map_or(Cow::Borrowed(""), labels::aspect).into_owned(),
        terms: terms.into_owned(),
        agency: i.origin == "agency",
        lang: lang_of(&i.language),
    }
}

/// A stored language code as a `lang` value.
pub fn lang_of(code: &str) -> &'static str {
    securebase_core::Language::parse(code).unwrap_or_default().tag()
}

/// A language's name in the reader's language.
fn language_name(l: securebase_core::Language) -> Cow<'static, str> {
    match l {
        securebase_core::Language::En => t("language-en"),
        securebase_core::Language::Nb => t("language-nb"),
    }
}

/// When an assessment's wording is in another language than the reader's: a note saying so.
fn written_in(code: &str) -> String {
    let wording = securebase_core::Language::parse(code).unwrap_or_default();
    if wording == crate::local::language() {
        return String::new();
    }
    crate::i18n::t_args("asmt-written-in", &[("language", crate::i18n::Arg::Text(language_name(wording).into_owned()))])
        .into_owned()
}

#[derive(Debug, Clone)]
pub struct EvidenceView {
    pub id: String,
    pub date: String,
    pub source: String,
    pub life_area: String,
    pub account: String,
    pub opinion: String,
    pub by: String,
    pub recorded: String,
    pub indicator: String,
    /// The indicator's language, as a `lang` value.
    pub indicator_lang: &'static str,
}

fn evidence_view(r: &AssessmentRecord, e: &Evidence) -> EvidenceView {
    EvidenceView {
        id: e.id.clone(),
        date: dates::show(&e.happened_on),
        source: EvidenceSource::parse(&e.source).map_or(Cow::Borrowed(""), labels::evidence_source).into_owned(),
        life_area: LifeArea::parse(&e.life_area).map_or(Cow::Borrowed(""), labels::life_area).into_owned(),
        account: e.account.clone(),
        opinion: e.opinion.clone(),
        by: r.name_of(&e.created_by),
        recorded: when(e.created_at),
        indicator: e
            .indicator_id
            .as_ref()
            .and_then(|id| r.indicators.iter().find(|i| &i.id == id))
            .map(|i| i.text.clone())
            .unwrap_or_default(),
        indicator_lang: e
            .indicator_id
            .as_ref()
            .and_then(|id| r.indicators.iter().find(|i| &i.id == id))
            .map_or_else(|| lang_of(&r.assessment.language), |i| lang_of(&i.language)),
    }
}

/// One dimension's part of an assessment, ready to show.
#[derive(Debug, Clone)]
pub struct SectionView {
    pub dim: DimensionView,
    pub state: SectionState,
    pub strengths: String,
    pub needs: String,
    pub child_view: String,
    pub short_term: String,
    pub long_term: String,
    pub rating: Option<i32>,
    /// Family membership for a child: the birth family's rating.
    pub second_rating: Option<i32>,
    pub rated_twice: bool,
    /// Ratings typed before the section had evidence, waiting for it.
    pub pending_rating: Option<i32>,
    pub pending_second_rating: Option<i32>,
    pub indicators: Vec<IndicatorView>,
    pub evidence: Vec<EvidenceView>,
    pub version: i64,
}

impl SectionView {
    pub fn rating_text(&self) -> String {
        rating_words(self.rating, self.pending_rating)
    }
    pub fn second_rating_text(&self) -> String {
        rating_words(self.second_rating, self.pending_second_rating)
    }
    pub fn rating_waiting(&self) -> bool {
        self.pending_rating.is_some() || self.pending_second_rating.is_some()
    }
    /// The rating, and for a dimension rated twice the birth family's after it:
    /// "6 out of 10; birth family 3 out of 10".
    pub fn ratings_text(&self) -> String {
        if self.rated_twice {
            t_args(
                "asmt-ratings-both",
                &[("caregiving", Arg::Text(self.rating_text())), ("birth", Arg::Text(self.second_rating_text()))],
            )
            .into_owned()
        } else {
            self.rating_text()
        }
    }
}

fn rating_words(given: Option<i32>, waiting: Option<i32>) -> String {
    match (given, waiting) {
        (Some(r), _) => t_args("asmt-rating-out-of-ten", &[("rating", Arg::Number(i64::from(r)))]).into_owned(),
        (None, Some(r)) => t_args("asmt-rating-waiting", &[("rating", Arg::Number(i64::from(r)))]).into_owned(),
        (None, None) => t("asmt-not-rated").into_owned(),
    }
}

pub fn section_views(r: &AssessmentRecord, pack: &ContentPack) -> Vec<SectionView> {
    let kind = r.assessment.kind();
    let states = section_states(kind, &r.sections, &r.indicators, &r.evidence);
    Dimension::ALL
        .iter()
        .map(|d| {
            let s = r.section(*d);
            let text =
                |f: fn(&securebase_store::assessments::Section) -> &String| s.map(f).cloned().unwrap_or_default();
            SectionView {
                dim: dimension_view(pack, *d),
                state: states.iter().find(|(k, _)| k == d).map_or(SectionState::NotStarted, |(_, s)| *s),
                strengths: text(|s| &s.strengths),
                needs: text(|s| &s.needs),
                child_view: text(|s| &s.child_view),
                short_term: text(|s| &s.short_term),
                long_term: text(|s| &s.long_term),
                rating: s.and_then(|s| s.rating),
                second_rating: s.and_then(|s| s.second_rating),
                rated_twice: ratings_needed(kind, *d) == 2,
                pending_rating: s.and_then(|s| s.pending_rating),
                pending_second_rating: s.and_then(|s| s.pending_second_rating),
                indicators: r.indicators_for(*d).map(indicator_view).collect(),
                evidence: r.evidence_for(*d).map(|e| evidence_view(r, e)).collect(),
                version: s.map_or(0, |s| s.version),
            }
        })
        .collect()
}

/// What the top of every assessment page says about it.
#[derive(Debug, Clone)]
pub struct Header {
    pub id: String,
    pub is_child: bool,
    pub kind: String,
    pub subject: String,
    /// Where the assessment's record lives: the child's or the household's page.
    pub record_href: String,
    pub household_name: String,
    /// For a child assessment: where the child lived on the assessment date, as the record
    /// said then ("The Okafor family, long-term placement"), and with whom; `placed` is false
    /// when no placement covered that date.
    pub placed: bool,
    pub placed_with: String,
    pub carers_then: String,
    pub status_key: String,
    pub status: String,
    pub status_class: &'static str,
    pub assessed_on: String,
    pub band: String,
    pub age_band: String,
    pub band_reason: String,
    pub content_version: String,
    pub author: String,
    pub started: String,
    pub submitted: String,
    pub signed_off: String,
    pub signed_off_by: String,
    pub signed_off_role: String,
    pub amendment_no: i32,
    pub amendment_reason: String,
    pub amends: String,
    pub superseded_by: String,
    pub returned_note: String,
    pub summary: String,
    pub version: i64,
    pub editable: bool,
    pub versions: Vec<VersionView>,
    /// The language the assessment's wording is in, as a `lang` value.
    pub wording_lang: &'static str,
    /// A note that the wording is in another language than the reader's; empty when it is not.
    pub written_in: String,
}

#[derive(Debug, Clone)]
pub struct VersionView {
    pub id: String,
    pub label: String,
    pub status: String,
    pub reason: String,
    pub current: bool,
}

pub fn header(r: &AssessmentRecord) -> Header {
    let a = &r.assessment;
    let kind = a.kind();
    let record_href = match (&a.child_id, &a.household_id) {
        (Some(c), _) => format!("/children/{c}"),
        (None, Some(h)) => format!("/households/{h}"),
        _ => "/".to_owned(),
    };
    Header {
        id: a.id.clone(),
        is_child: kind == AssessmentKind::Child,
        kind: labels::assessment_kind(kind).into_owned(),
        subject: r.subject.clone(),
        record_href,
        household_name: r.household_name.clone().unwrap_or_default(),
        placed: r.placed_then.is_some(),
        placed_with: r.placed_then.as_ref().map(placed_with).unwrap_or_default(),
        carers_then: r.placed_then.as_ref().map(|p| and_list(&p.carers)).unwrap_or_default(),
        status_key: a.status.clone(),
        status: status_label(&a.status).into_owned(),
        status_class: status_class(&a.status),
        assessed_on: dates::show(&a.assessed_on),
        band: band_label(&a.band).into_owned(),
        age_band: band_label(&a.age_band).into_owned(),
        band_reason: a.band_reason.clone(),
        content_version: a.content_version.clone(),
        author: r.name_of(&a.created_by),
        started: when(a.created_at),
        submitted: a.submitted_at.map(when).unwrap_or_default(),
        signed_off: a.signed_off_at.map(when).unwrap_or_default(),
        signed_off_by: a.signed_off_by.as_deref().map(|u| r.name_of(u)).unwrap_or_default(),
        signed_off_role: a.signed_off_role.as_deref().map(signed_off_role).unwrap_or_default(),
        amendment_no: a.amendment_no,
        amendment_reason: a.amendment_reason.clone(),
        amends: a.amends_id.clone().unwrap_or_default(),
        superseded_by: a.superseded_by.clone().unwrap_or_default(),
        returned_note: a.returned_note.clone(),
        summary: a.summary.clone(),
        version: a.version,
        editable: a.status() == Status::Draft,
        versions: r
            .versions
            .iter()
            .map(|v| VersionView {
                id: v.id.clone(),
                label: if v.amendment_no == 0 {
                    t("asmt-version-first").into_owned()
                } else {
                    t_args("asmt-version-amendment", &[("number", Arg::Number(i64::from(v.amendment_no)))]).into_owned()
                },
                status: status_label(&v.status).into_owned(),
                reason: v.amendment_reason.clone(),
                current: v.id == a.id,
            })
            .collect(),
        wording_lang: lang_of(&a.language),
        written_in: written_in(&a.language),
    }
}

/// "The Okafor family, long-term placement from 5 January 2026".
fn placed_with(p: &securebase_store::assessments::PlacedThen) -> String {
    let kind = securebase_core::records::PlacementType::parse(&p.placement_type)
        .map_or_else(|| p.placement_type.clone(), |k| labels::placement_type(k).to_lowercase());
    t_args(
        "asmt-placed-with",
        &[
            ("household", Arg::Text(p.household_name.clone())),
            ("kind", Arg::Text(kind)),
            ("date", Arg::Text(dates::show(&p.start_date))),
        ],
    )
    .into_owned()
}

/// "A", "A and B", "A, B and C", in the request's language.
pub(crate) fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            t_args("asmt-and-list", &[("rest", Arg::Text(rest.join(", "))), ("last", Arg::Text(last.clone()))])
                .into_owned()
        }
    }
}

/// The dimension named in an address, or not found.
pub fn dimension_from_path(key: &str) -> Result<Dimension, crate::AppError> {
    Dimension::parse(key).ok_or(crate::AppError::NotFound)
}

/// Opens an assessment for a page that works on it (a section, its evidence, the summary, an
/// amendment). Being allowed to read it is not enough: a caregiver, who may read signed-off
/// work, is told "not found" here like anyone else who may not work on it.
pub async fn view_to_work_on(
    state: &crate::AppState,
    ctx: &crate::context::Ctx,
    id: String,
) -> Result<AssessmentRecord, crate::AppError> {
    ctx.run(state, move |c, scope| {
        let record = securebase_store::assessments::view(c, scope, &id)?;
        scope.require(c, securebase_core::policy::Action::EditAssessment, record.assessment.target())?;
        Ok(record)
    })
    .await
}
