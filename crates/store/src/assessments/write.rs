//! Starting, writing and moving assessments through draft → submitted → signed off.

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::Dimension;
use securebase_core::assessment::{
    self as rules, AgeBand, AssessmentKind, EvidenceSource, IndicatorState, LifeArea, Rating, SectionFacts,
    SectionState, SignOffRule, Status,
};
use securebase_core::content::ContentPack;
use securebase_core::policy::Action;
use securebase_core::records::parse_date;

use super::{Assessment, Evidence, Section, load};
use crate::access::{Scope, Target};
use crate::children::Saved;
use crate::db::write_tx;
use crate::error::Conflict;
use crate::history::{self, FieldChange};
use crate::schema::{
    agency_indicators, assessment_evidence, assessment_indicators, assessment_scales, assessment_sections, assessments,
    children, household_members,
};
use crate::{DbConnection, StoreError, audit, new_id, now_micros, orgs};

/// One indicator as an assessment copies it in, wording included.
#[derive(Debug, Clone)]
struct Seed {
    dimension: Dimension,
    key: String,
    origin: &'static str,
    aspect: String,
    short_term: bool,
    long_term: bool,
    text: String,
    hint: String,
    /// The language the wording is in: the pack's, or the one an agency wrote its own in.
    language: String,
}

/// An agency indicator as a new assessment copies it: (id, dimension, aspect, short-term,
/// long-term, text, evidence hint, language).
type AgencyIndicatorRow = (String, String, String, bool, bool, String, String, String);

fn agency_seeds(
    conn: &mut DbConnection,
    org: &str,
    kind: AssessmentKind,
    band: Option<AgeBand>,
) -> Result<Vec<Seed>, StoreError> {
    let mut q = agency_indicators::table
        .filter(agency_indicators::org_id.eq(org))
        .filter(agency_indicators::kind.eq(kind.key()))
        .filter(agency_indicators::archived_at.is_null())
        .into_boxed();
    if let Some(band) = band {
        q = q.filter(agency_indicators::band.eq(band.key()));
    }
    let rows: Vec<AgencyIndicatorRow> = q
        .order(agency_indicators::created_at.asc())
        .select((
            agency_indicators::id,
            agency_indicators::dimension,
            agency_indicators::aspect,
            agency_indicators::short_term,
            agency_indicators::long_term,
            agency_indicators::text,
            agency_indicators::evidence_hint,
            agency_indicators::language,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, dim, aspect, short_term, long_term, text, hint, language)| {
            Some(Seed {
                dimension: Dimension::parse(&dim)?,
                key: format!("agency-{id}"),
                origin: "agency",
                aspect,
                short_term,
                long_term,
                text,
                hint,
                language,
            })
        })
        .collect())
}

#[allow(clippy::too_many_arguments)]
fn insert_assessment(
    c: &mut DbConnection,
    scope: &Scope,
    kind: AssessmentKind,
    subject: (Option<&str>, Option<&str>, Option<&str>),
    assessed_on: Date,
    bands: (&str, &str, &str),
    (content_version, language): (&str, &str),
    seeds: &[Seed],
    scales: &[securebase_core::content::Scale],
) -> Result<Assessment, StoreError> {
    let actor = scope.actor();
    let id = new_id();
    let now = now_micros();
    let (child_id, household_id, member_id) = subject;
    let (age_band, band, band_reason) = bands;
    diesel::insert_into(assessments::table)
        .values((
            assessments::id.eq(&id),
            assessments::org_id.eq(&actor.org_id),
            assessments::kind.eq(kind.key()),
            assessments::child_id.eq(child_id),
            assessments::household_id.eq(household_id),
            assessments::member_id.eq(member_id),
            assessments::status.eq(Status::Draft.key()),
            assessments::assessed_on.eq(assessed_on.to_string()),
            assessments::age_band.eq(age_band),
            assessments::band.eq(band),
            assessments::band_reason.eq(band_reason.trim()),
            assessments::content_version.eq(content_version),
            assessments::language.eq(language),
            assessments::series_id.eq(&id),
            assessments::created_at.eq(now),
            assessments::created_by.eq(&actor.user_id),
            assessments::updated_at.eq(now),
            assessments::updated_by.eq(&actor.user_id),
        ))
        .execute(c)?;
    let sections: Vec<_> = Dimension::ALL
        .iter()
        .map(|d| {
            (
                assessment_sections::assessment_id.eq(id.clone()),
                assessment_sections::dimension.eq(d.key()),
                assessment_sections::org_id.eq(actor.org_id.clone()),
                assessment_sections::updated_at.eq(now),
                assessment_sections::updated_by.eq(actor.user_id.clone()),
            )
        })
        .collect();
    // Multi-row inserts go to the inner connection: `MultiConnection` cannot build them.
    match &mut *c {
        DbConnection::Sqlite(c) => diesel::insert_into(assessment_sections::table).values(&sections).execute(c)?,
        DbConnection::Postgres(c) => diesel::insert_into(assessment_sections::table).values(&sections).execute(c)?,
    };
    let mut position = 0;
    let rows: Vec<_> = seeds
        .iter()
        .map(|s| {
            position += 1;
            (
                assessment_indicators::id.eq(new_id()),
                assessment_indicators::assessment_id.eq(id.clone()),
                assessment_indicators::org_id.eq(actor.org_id.clone()),
                assessment_indicators::dimension.eq(s.dimension.key()),
                assessment_indicators::position.eq(position),
                assessment_indicators::indicator_key.eq(s.key.clone()),
                assessment_indicators::origin.eq(s.origin),
                assessment_indicators::aspect.eq(s.aspect.clone()),
                assessment_indicators::short_term.eq(s.short_term),
                assessment_indicators::long_term.eq(s.long_term),
                assessment_indicators::text.eq(s.text.clone()),
                assessment_indicators::evidence_hint.eq(s.hint.clone()),
                assessment_indicators::language.eq(s.language.clone()),
            )
        })
        .collect();
    // Batches keep PostgreSQL's bind-parameter limit and SQLite's variable limit far away.
    for chunk in rows.chunks(50) {
        match &mut *c {
            DbConnection::Sqlite(c) => diesel::insert_into(assessment_indicators::table).values(chunk).execute(c)?,
            DbConnection::Postgres(c) => diesel::insert_into(assessment_indicators::table).values(chunk).execute(c)?,
        };
    }
    for scale in scales {
        insert_scale(c, &id, &actor.org_id, &scale.key, (&scale.zero, &scale.five, &scale.ten))?;
    }
    history::record(c, actor, "assessment", &id, 1, "created", &[])?;
    audit::append(c, actor, "create", "assessment", Some(&id))?;
    load(c, scope, &id)
}

/// Keeps a rating scale's wording with the assessment that uses it.
fn insert_scale(
    c: &mut DbConnection,
    assessment_id: &str,
    org_id: &str,
    key: &str,
    (zero, five, ten): (&str, &str, &str),
) -> Result<(), StoreError> {
    diesel::insert_into(assessment_scales::table)
        .values((
            assessment_scales::assessment_id.eq(assessment_id),
            assessment_scales::scale_key.eq(key),
            assessment_scales::org_id.eq(org_id),
            assessment_scales::zero.eq(zero),
            assessment_scales::five.eq(five),
            assessment_scales::ten.eq(ten),
        ))
        .execute(c)?;
    Ok(())
}

/// What starting a child's assessment needs to show: their name, birth date and age band.
#[derive(Debug, Clone)]
pub struct ChildStart {
    pub child_id: String,
    pub known_as: String,
    pub date_of_birth: String,
}

pub fn child_start(conn: &mut DbConnection, scope: &Scope, child_id: &str) -> Result<ChildStart, StoreError> {
    scope.require(conn, Action::EditAssessment, Target::Child(child_id))?;
    let (given, preferred, family, dob): (String, String, String, String) = children::table
        .filter(children::id.eq(child_id))
        .filter(children::org_id.eq(scope.org_id()))
        .filter(children::archived_at.is_null())
        .select((children::given_names, children::preferred_name, children::family_name, children::date_of_birth))
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let first = if preferred.trim().is_empty() { given } else { preferred };
    Ok(ChildStart { child_id: child_id.to_owned(), known_as: format!("{first} {family}"), date_of_birth: dob })
}

/// Starts a child's assessment in the band for their age on `assessed_on`, or a younger one
/// with a reason. The indicators are copied in with their wording.
pub fn start_child(
    conn: &mut DbConnection,
    scope: &Scope,
    pack: &ContentPack,
    child_id: &str,
    assessed_on: Date,
    band: AgeBand,
    band_reason: &str,
) -> Result<Assessment, StoreError> {
    let start = child_start(conn, scope, child_id)?;
    let born = parse_date(&start.date_of_birth).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let age_band = AgeBand::for_age(born, assessed_on)
        .ok_or(StoreError::Conflict(Conflict::Band(rules::BandError::OlderThanAge)))?;
    let band = rules::choose_band(age_band, band, band_reason).map_err(|e| StoreError::Conflict(Conflict::Band(e)))?;
    let reason = if band == age_band { "" } else { band_reason };
    write_tx(conn, |c| {
        let mut seeds: Vec<Seed> = Vec::new();
        for d in Dimension::ALL {
            seeds.extend(pack.child_indicators_for(d, band.key()).map(|i| Seed {
                dimension: d,
                key: i.key.clone(),
                origin: "pack",
                aspect: String::new(),
                short_term: false,
                long_term: false,
                text: i.text.clone(),
                hint: i.evidence.clone(),
                language: pack.language.clone(),
            }));
            seeds.extend(
                agency_seeds(c, scope.org_id(), AssessmentKind::Child, Some(band))?
                    .into_iter()
                    .filter(|s| s.dimension == d),
            );
        }
        insert_assessment(
            c,
            scope,
            AssessmentKind::Child,
            (Some(child_id), None, None),
            assessed_on,
            (age_band.key(), band.key(), reason),
            (&pack.version, &pack.language),
            &seeds,
            &pack.child_scales,
        )
    })
}

/// The carers of a household who can be assessed.
pub fn carers_of(
    conn: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    scope.require(conn, Action::EditAssessment, Target::Household(household_id))?;
    Ok(household_members::table
        .filter(household_members::household_id.eq(household_id))
        .filter(household_members::org_id.eq(scope.org_id()))
        .filter(household_members::member_role.eq("carer"))
        .filter(household_members::archived_at.is_null())
        .order(household_members::created_at.asc())
        .select((household_members::id, household_members::name))
        .load(conn)?)
}

pub fn start_caregiver(
    conn: &mut DbConnection,
    scope: &Scope,
    pack: &ContentPack,
    household_id: &str,
    member_id: &str,
    assessed_on: Date,
) -> Result<Assessment, StoreError> {
    let carers = carers_of(conn, scope, household_id)?;
    if !carers.iter().any(|(id, _)| id == member_id) {
        return Err(StoreError::NotFound);
    }
    write_tx(conn, |c| {
        let mut seeds: Vec<Seed> = Vec::new();
        for d in Dimension::ALL {
            seeds.extend(pack.caregiver_indicators_for(d).map(|i| Seed {
                dimension: d,
                key: i.key.clone(),
                origin: "pack",
                aspect: i.aspect.key().to_owned(),
                short_term: i.short_term,
                long_term: i.long_term,
                text: i.text.clone(),
                hint: i.evidence.clone(),
                language: pack.language.clone(),
            }));
            seeds.extend(
                agency_seeds(c, scope.org_id(), AssessmentKind::Caregiver, None)?
                    .into_iter()
                    .filter(|s| s.dimension == d),
            );
        }
        insert_assessment(
            c,
            scope,
            AssessmentKind::Caregiver,
            (None, Some(household_id), Some(member_id)),
            assessed_on,
            ("", "", ""),
            (&pack.version, &pack.language),
            &seeds,
            &pack.caregiver_scales,
        )
    })
}

/// Loads an assessment the actor may change: a draft, and they may work on it.
fn load_draft(c: &mut DbConnection, scope: &Scope, id: &str) -> Result<Assessment, StoreError> {
    let a = load(c, scope, id)?;
    if !super::may_view(c, scope, &a)? {
        return Err(StoreError::NotFound);
    }
    scope.require(c, Action::EditAssessment, a.target())?;
    if a.status() != Status::Draft {
        return Err(StoreError::Conflict(Conflict::NotDraft));
    }
    Ok(a)
}

fn touch(c: &mut DbConnection, scope: &Scope, id: &str) -> Result<(), StoreError> {
    diesel::update(assessments::table.filter(assessments::id.eq(id)))
        .set((assessments::updated_at.eq(now_micros()), assessments::updated_by.eq(&scope.actor().user_id)))
        .execute(c)?;
    Ok(())
}

fn evidence_count(c: &mut DbConnection, id: &str, d: Dimension) -> Result<usize, StoreError> {
    let n: i64 = assessment_evidence::table
        .filter(assessment_evidence::assessment_id.eq(id))
        .filter(assessment_evidence::dimension.eq(d.key()))
        .count()
        .get_result(c)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

fn load_section(c: &mut DbConnection, id: &str, d: Dimension) -> Result<Section, StoreError> {
    assessment_sections::table
        .filter(assessment_sections::assessment_id.eq(id))
        .filter(assessment_sections::dimension.eq(d.key()))
        .select(Section::as_select())
        .first(c)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// What a person wrote in one dimension's section, already validated at the form edge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionInput {
    /// Indicator id → state (None clears it).
    pub states: Vec<(String, Option<IndicatorState>)>,
    pub strengths: String,
    pub needs: String,
    pub child_view: String,
    pub short_term: String,
    pub long_term: String,
    pub rating: Option<Rating>,
    pub second_rating: Option<Rating>,
}

/// A rating as the change history shows it: given, waiting for evidence, or none.
fn rating_text(given: Option<i32>, waiting: Option<i32>) -> String {
    match (given, waiting) {
        (Some(v), _) => v.to_string(),
        (None, Some(v)) => format!("{v} (waiting for evidence)"),
        (None, None) => String::new(),
    }
}

fn section_fields(s: &Section) -> Vec<(&'static str, String)> {
    vec![
        ("strengths", s.strengths.clone()),
        ("needs", s.needs.clone()),
        ("child_view", s.child_view.clone()),
        ("short_term", s.short_term.clone()),
        ("long_term", s.long_term.clone()),
        ("rating", rating_text(s.rating, s.pending_rating)),
        ("second_rating", rating_text(s.second_rating, s.pending_second_rating)),
    ]
}

fn input_fields(i: &SectionInput, evidence: usize) -> Vec<(&'static str, String)> {
    let r = |v: Option<Rating>| {
        let (given, waiting) = rules::place_rating(v, evidence);
        let n = |r: Option<Rating>| r.map(|r| i32::from(r.value()));
        rating_text(n(given), n(waiting))
    };
    vec![
        ("strengths", i.strengths.clone()),
        ("needs", i.needs.clone()),
        ("child_view", i.child_view.clone()),
        ("short_term", i.short_term.clone()),
        ("long_term", i.long_term.clone()),
        ("rating", r(i.rating)),
        ("second_rating", r(i.second_rating)),
    ]
}

/// Saves one dimension of a draft against the section's `version`. A rating without evidence
/// is kept as waiting for it (`Section::pending_rating`); a stale version comes back with what
/// is stored now.
pub fn save_section(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    dimension: Dimension,
    version: i64,
    input: &SectionInput,
) -> Result<Saved<Section>, StoreError> {
    write_tx(conn, |c| {
        let a = load_draft(c, scope, id)?;
        let current = load_section(c, id, dimension)?;
        if current.version != version {
            return Ok(Saved::Stale { current });
        }
        let evidence = evidence_count(c, id, dimension)?;
        let second = if rules::ratings_needed(a.kind(), dimension) == 2 { input.second_rating } else { None };
        // A rating without evidence is kept waiting rather than refused: nothing typed is lost.
        let (rating, pending) = rules::place_rating(input.rating, evidence);
        let (second, pending_second) = rules::place_rating(second, evidence);
        let value = |r: Option<Rating>| r.map(|r| i32::from(r.value()));
        let next = version + 1;
        diesel::update(
            assessment_sections::table
                .filter(assessment_sections::assessment_id.eq(id))
                .filter(assessment_sections::dimension.eq(dimension.key()))
                .filter(assessment_sections::version.eq(version)),
        )
        .set((
            assessment_sections::strengths.eq(input.strengths.trim()),
            assessment_sections::needs.eq(input.needs.trim()),
            assessment_sections::child_view.eq(input.child_view.trim()),
            assessment_sections::short_term.eq(input.short_term.trim()),
            assessment_sections::long_term.eq(input.long_term.trim()),
            assessment_sections::rating.eq(value(rating)),
            assessment_sections::second_rating.eq(value(second)),
            assessment_sections::pending_rating.eq(value(pending)),
            assessment_sections::pending_second_rating.eq(value(pending_second)),
            assessment_sections::updated_at.eq(now_micros()),
            assessment_sections::updated_by.eq(&scope.actor().user_id),
            assessment_sections::version.eq(next),
        ))
        .execute(c)?;
        let mut changes: Vec<FieldChange> = history::diff(&section_fields(&current), &input_fields(input, evidence));
        let stored: std::collections::HashMap<String, (Option<String>, String)> = assessment_indicators::table
            .filter(assessment_indicators::assessment_id.eq(id))
            .filter(assessment_indicators::dimension.eq(dimension.key()))
            .select((assessment_indicators::id, assessment_indicators::state, assessment_indicators::text))
            .load::<(String, Option<String>, String)>(c)?
            .into_iter()
            .map(|(i, s, t)| (i, (s, t)))
            .collect();
        for (indicator, state) in &input.states {
            let Some((before, text)) = stored.get(indicator) else { continue };
            let after = state.map(IndicatorState::key);
            if before.as_deref() == after {
                continue;
            }
            diesel::update(assessment_indicators::table.filter(assessment_indicators::id.eq(indicator)))
                .set(assessment_indicators::state.eq(after))
                .execute(c)?;
            let label =
                |k: Option<&str>| k.and_then(IndicatorState::parse).map(|s| s.label().to_owned()).unwrap_or_default();
            changes.push(FieldChange { field: text.clone(), from: label(before.as_deref()), to: label(after) });
        }
        touch(c, scope, id)?;
        if !changes.is_empty() {
            history::record(
                c,
                scope.actor(),
                "assessment",
                id,
                a.version,
                &format!("{} saved", dimension.name()),
                &changes,
            )?;
        }
        audit::append(c, scope.actor(), "update", "assessment", Some(id))?;
        Ok(Saved::Saved(load_section(c, id, dimension)?))
    })
}

/// One piece of evidence: what happened, when, and who said so, with the worker's opinion apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceInput {
    pub indicator_id: Option<String>,
    pub happened_on: Date,
    pub source: EvidenceSource,
    pub life_area: Option<LifeArea>,
    pub account: String,
    pub opinion: String,
}

pub fn add_evidence(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    dimension: Dimension,
    input: &EvidenceInput,
) -> Result<Evidence, StoreError> {
    write_tx(conn, |c| {
        load_draft(c, scope, id)?;
        if let Some(indicator) = &input.indicator_id {
            let n: i64 = assessment_indicators::table
                .filter(assessment_indicators::id.eq(indicator))
                .filter(assessment_indicators::assessment_id.eq(id))
                .filter(assessment_indicators::dimension.eq(dimension.key()))
                .count()
                .get_result(c)?;
            if n == 0 {
                return Err(StoreError::NotFound);
            }
        }
        let eid = new_id();
        diesel::insert_into(assessment_evidence::table)
            .values((
                assessment_evidence::id.eq(&eid),
                assessment_evidence::assessment_id.eq(id),
                assessment_evidence::org_id.eq(scope.org_id()),
                assessment_evidence::dimension.eq(dimension.key()),
                assessment_evidence::indicator_id.eq(&input.indicator_id),
                assessment_evidence::happened_on.eq(input.happened_on.to_string()),
                assessment_evidence::source.eq(input.source.key()),
                assessment_evidence::life_area.eq(input.life_area.map(LifeArea::key).unwrap_or("")),
                assessment_evidence::account.eq(input.account.trim()),
                assessment_evidence::opinion.eq(input.opinion.trim()),
                assessment_evidence::created_at.eq(now_micros()),
                assessment_evidence::created_by.eq(&scope.actor().user_id),
            ))
            .execute(c)?;
        give_waiting_ratings(c, scope, id, dimension)?;
        touch(c, scope, id)?;
        audit::append(c, scope.actor(), "add_evidence", "assessment", Some(id))?;
        Ok(assessment_evidence::table.find(&eid).select(Evidence::as_select()).first(c)?)
    })
}

/// Evidence has been added to the section: a rating that was waiting for it now counts. The
/// section's version moves on, so a page opened before sees the change instead of undoing it.
fn give_waiting_ratings(c: &mut DbConnection, scope: &Scope, id: &str, d: Dimension) -> Result<(), StoreError> {
    let section = load_section(c, id, d)?;
    if !section.rating_waiting() {
        return Ok(());
    }
    let rating = section.rating.or(section.pending_rating);
    let second = section.second_rating.or(section.pending_second_rating);
    diesel::update(
        assessment_sections::table
            .filter(assessment_sections::assessment_id.eq(id))
            .filter(assessment_sections::dimension.eq(d.key())),
    )
    .set((
        assessment_sections::rating.eq(rating),
        assessment_sections::second_rating.eq(second),
        assessment_sections::pending_rating.eq(None::<i32>),
        assessment_sections::pending_second_rating.eq(None::<i32>),
        assessment_sections::updated_at.eq(now_micros()),
        assessment_sections::updated_by.eq(&scope.actor().user_id),
        assessment_sections::version.eq(section.version + 1),
    ))
    .execute(c)?;
    let given =
        Section { rating, second_rating: second, pending_rating: None, pending_second_rating: None, ..section.clone() };
    let changes = history::diff(&section_fields(&section), &section_fields(&given));
    let a = load(c, scope, id)?;
    history::record(
        c,
        scope.actor(),
        "assessment",
        id,
        a.version,
        &format!("{} rating given with evidence", d.name()),
        &changes,
    )?;
    Ok(())
}

/// Takes a piece of evidence out of a draft, unless a rating rests on it alone.
pub fn remove_evidence(conn: &mut DbConnection, scope: &Scope, id: &str, evidence_id: &str) -> Result<(), StoreError> {
    write_tx(conn, |c| {
        load_draft(c, scope, id)?;
        let dim: String = assessment_evidence::table
            .filter(assessment_evidence::id.eq(evidence_id))
            .filter(assessment_evidence::assessment_id.eq(id))
            .select(assessment_evidence::dimension)
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let d = Dimension::parse(&dim).ok_or(StoreError::NotFound)?;
        let section = load_section(c, id, d)?;
        if evidence_count(c, id, d)? <= 1 && (section.rating.is_some() || section.second_rating.is_some()) {
            return Err(StoreError::Conflict(Conflict::Rating(rules::RatingError::NoEvidence)));
        }
        diesel::delete(assessment_evidence::table.filter(assessment_evidence::id.eq(evidence_id))).execute(c)?;
        touch(c, scope, id)?;
        audit::append(c, scope.actor(), "remove_evidence", "assessment", Some(id))?;
        Ok(())
    })
}

/// The overall summary (for a caregiver, the part a panel reads first), against the
/// assessment's `version`.
pub fn save_summary(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    summary: &str,
) -> Result<Saved<Assessment>, StoreError> {
    write_tx(conn, |c| {
        let a = load_draft(c, scope, id)?;
        if a.version != version {
            return Ok(Saved::Stale { current: a });
        }
        let changes = history::diff(&[("summary", a.summary.clone())], &[("summary", summary.trim().to_owned())]);
        if changes.is_empty() {
            return Ok(Saved::Saved(a));
        }
        bump(c, scope, &a)?;
        diesel::update(this(id)).set(assessments::summary.eq(summary.trim())).execute(c)?;
        history::record(c, scope.actor(), "assessment", id, version + 1, "summary saved", &changes)?;
        audit::append(c, scope.actor(), "update", "assessment", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// Moves the assessment's version on, refusing if someone else moved it first. Callers make
/// their own change in the same transaction, which a refusal rolls back.
fn bump(c: &mut DbConnection, scope: &Scope, a: &Assessment) -> Result<(), StoreError> {
    let n =
        diesel::update(assessments::table.filter(assessments::id.eq(&a.id)).filter(assessments::version.eq(a.version)))
            .set((
                assessments::version.eq(a.version + 1),
                assessments::updated_at.eq(now_micros()),
                assessments::updated_by.eq(&scope.actor().user_id),
            ))
            .execute(c)?;
    if n != 1 {
        return Err(StoreError::Conflict(Conflict::StaleVersion));
    }
    Ok(())
}

fn this(id: &str) -> diesel::dsl::Filter<assessments::table, diesel::dsl::Eq<assessments::id, &str>> {
    assessments::table.filter(assessments::id.eq(id))
}

/// Where each dimension's section stands, for the task list and for submitting.
pub fn section_states(
    kind: AssessmentKind,
    sections: &[Section],
    indicators: &[super::Indicator],
    evidence: &[Evidence],
) -> Vec<(Dimension, SectionState)> {
    Dimension::ALL
        .iter()
        .map(|d| {
            let section = sections.iter().find(|s| s.dimension == d.key());
            let inds: Vec<_> = indicators.iter().filter(|i| i.dimension == d.key()).collect();
            let needed = rules::ratings_needed(kind, *d);
            let given = section
                .map_or(0, |s| usize::from(s.rating.is_some()) + usize::from(needed == 2 && s.second_rating.is_some()));
            // A rating waiting for evidence is work begun, though it does not count yet.
            let has_text = section.is_some_and(|s| {
                s.rating_waiting()
                    || [&s.strengths, &s.needs, &s.child_view, &s.short_term, &s.long_term]
                        .iter()
                        .any(|t| !t.is_empty())
            });
            let capacities_needed = rules::capacities_needed(kind);
            let capacities_written = match (section, capacities_needed) {
                (Some(s), n) if n > 0 => [&s.short_term, &s.long_term].iter().filter(|t| !t.trim().is_empty()).count(),
                _ => 0,
            };
            let facts = SectionFacts {
                indicators: inds.len(),
                indicators_answered: inds.iter().filter(|i| i.state.is_some()).count(),
                evidence: evidence.iter().filter(|e| e.dimension == d.key()).count(),
                ratings_given: given,
                ratings_needed: needed,
                capacities_written,
                capacities_needed,
                has_text,
            };
            (*d, rules::section_state(facts))
        })
        .collect()
}

fn states_of(c: &mut DbConnection, a: &Assessment) -> Result<Vec<SectionState>, StoreError> {
    let sections: Vec<Section> = assessment_sections::table
        .filter(assessment_sections::assessment_id.eq(&a.id))
        .select(Section::as_select())
        .load(c)?;
    let indicators: Vec<super::Indicator> = assessment_indicators::table
        .filter(assessment_indicators::assessment_id.eq(&a.id))
        .select(super::Indicator::as_select())
        .load(c)?;
    let evidence: Vec<Evidence> = assessment_evidence::table
        .filter(assessment_evidence::assessment_id.eq(&a.id))
        .select(Evidence::as_select())
        .load(c)?;
    Ok(section_states(a.kind(), &sections, &indicators, &evidence).into_iter().map(|(_, s)| s).collect())
}

fn workflow(e: rules::WorkflowError) -> StoreError {
    StoreError::Conflict(Conflict::Workflow(e))
}

pub fn submit(conn: &mut DbConnection, scope: &Scope, id: &str, version: i64) -> Result<Saved<Assessment>, StoreError> {
    write_tx(conn, |c| {
        let a = load_draft(c, scope, id)?;
        if a.version != version {
            return Ok(Saved::Stale { current: a });
        }
        let mut states = states_of(c, &a)?;
        // A caregiver assessment goes to a panel or review: its overall summary is required.
        if a.kind() == AssessmentKind::Caregiver && a.summary.trim().is_empty() {
            states.push(SectionState::NotStarted);
        }
        rules::can_submit(a.status(), &states).map_err(workflow)?;
        let now = now_micros();
        bump(c, scope, &a)?;
        diesel::update(this(id))
            .set((
                assessments::status.eq(Status::Submitted.key()),
                assessments::submitted_at.eq(Some(now)),
                assessments::submitted_by.eq(Some(&scope.actor().user_id)),
                assessments::returned_note.eq(""),
            ))
            .execute(c)?;
        history::record(c, scope.actor(), "assessment", id, version + 1, "submitted", &[])?;
        audit::append(c, scope.actor(), "submit", "assessment", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// Whether the actor may sign this assessment off (or send it back), under their
/// organisation's rule.
pub fn may_sign_off(
    conn: &mut DbConnection,
    scope: &Scope,
    a: &Assessment,
    rule: SignOffRule,
) -> Result<Result<(), rules::WorkflowError>, StoreError> {
    let target = a.target();
    Ok(rules::can_sign_off(
        a.status(),
        rule,
        a.created_by == scope.actor().user_id,
        scope.can(conn, Action::EditAssessment, target)?,
        scope.can(conn, Action::ManagerSignOff, target)?,
    ))
}

fn load_submitted(c: &mut DbConnection, scope: &Scope, id: &str) -> Result<(Assessment, SignOffRule), StoreError> {
    let a = load(c, scope, id)?;
    if !scope.can(c, Action::ViewAssessment, a.target())? {
        return Err(StoreError::NotFound);
    }
    let rule = orgs::sign_off_rule(c, scope.org_id())?;
    may_sign_off(c, scope, &a, rule)?.map_err(workflow)?;
    Ok((a, rule))
}

pub fn sign_off(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
) -> Result<Saved<Assessment>, StoreError> {
    write_tx(conn, |c| {
        let (a, _) = load_submitted(c, scope, id)?;
        if a.version != version {
            return Ok(Saved::Stale { current: a });
        }
        // The capacity the signer signed in, whatever the rule: a team manager may also sign off
        // under the worker rule, and the record must not call them a social worker.
        let role = if scope.can(c, Action::ManagerSignOff, a.target())? { "Team manager" } else { "Social worker" };
        bump(c, scope, &a)?;
        diesel::update(this(id))
            .set((
                assessments::status.eq(Status::SignedOff.key()),
                assessments::signed_off_at.eq(Some(now_micros())),
                assessments::signed_off_by.eq(Some(&scope.actor().user_id)),
                assessments::signed_off_role.eq(Some(role)),
            ))
            .execute(c)?;
        if let Some(previous) = &a.amends_id {
            diesel::update(assessments::table.filter(assessments::id.eq(previous)))
                .set(assessments::superseded_by.eq(Some(id)))
                .execute(c)?;
        }
        crate::profile::bump_version(c, a.target())?;
        history::record(c, scope.actor(), "assessment", id, version + 1, "signed off", &[])?;
        audit::append(c, scope.actor(), "sign_off", "assessment", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// Sends a submitted assessment back to its author as a draft, with a note of what to change.
pub fn return_to_draft(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    note: &str,
) -> Result<Saved<Assessment>, StoreError> {
    write_tx(conn, |c| {
        let (a, _) = load_submitted(c, scope, id)?;
        if a.version != version {
            return Ok(Saved::Stale { current: a });
        }
        bump(c, scope, &a)?;
        diesel::update(this(id))
            .set((assessments::status.eq(Status::Draft.key()), assessments::returned_note.eq(note.trim())))
            .execute(c)?;
        let change = FieldChange { field: "note".into(), from: String::new(), to: note.trim().to_owned() };
        history::record(c, scope.actor(), "assessment", id, version + 1, "returned for changes", &[change])?;
        audit::append(c, scope.actor(), "return", "assessment", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// Opens an amendment: a new draft version of a signed-off assessment, with everything in it
/// copied and the reason recorded. The signed-off version stays as it was until the amendment
/// is itself signed off.
pub fn amend(conn: &mut DbConnection, scope: &Scope, id: &str, reason: &str) -> Result<Assessment, StoreError> {
    write_tx(conn, |c| {
        let a = load(c, scope, id)?;
        if !scope.can(c, Action::ViewAssessment, a.target())? {
            return Err(StoreError::NotFound);
        }
        scope.require(c, Action::EditAssessment, a.target())?;
        rules::can_amend(a.status(), reason).map_err(workflow)?;
        let open: i64 = assessments::table.filter(assessments::amends_id.eq(id)).count().get_result(c)?;
        if open > 0 || a.superseded_by.is_some() {
            return Err(StoreError::Conflict(Conflict::AlreadyAmended));
        }
        let actor = scope.actor();
        let new = new_id();
        let now = now_micros();
        diesel::insert_into(assessments::table)
            .values((
                assessments::id.eq(&new),
                assessments::org_id.eq(&a.org_id),
                assessments::kind.eq(&a.kind),
                assessments::child_id.eq(&a.child_id),
                assessments::household_id.eq(&a.household_id),
                assessments::member_id.eq(&a.member_id),
                assessments::status.eq(Status::Draft.key()),
                assessments::assessed_on.eq(&a.assessed_on),
                assessments::age_band.eq(&a.age_band),
                assessments::band.eq(&a.band),
                assessments::band_reason.eq(&a.band_reason),
                assessments::content_version.eq(&a.content_version),
                assessments::language.eq(&a.language),
                assessments::summary.eq(&a.summary),
                assessments::series_id.eq(&a.series_id),
                assessments::amendment_no.eq(a.amendment_no + 1),
                assessments::amends_id.eq(Some(id)),
                assessments::amendment_reason.eq(reason.trim()),
                assessments::created_at.eq(now),
                assessments::created_by.eq(&actor.user_id),
                assessments::updated_at.eq(now),
                assessments::updated_by.eq(&actor.user_id),
            ))
            .execute(c)?;
        let sections: Vec<Section> = assessment_sections::table
            .filter(assessment_sections::assessment_id.eq(id))
            .select(Section::as_select())
            .load(c)?;
        for s in sections {
            diesel::insert_into(assessment_sections::table)
                .values((
                    assessment_sections::assessment_id.eq(&new),
                    assessment_sections::dimension.eq(&s.dimension),
                    assessment_sections::org_id.eq(&s.org_id),
                    assessment_sections::strengths.eq(&s.strengths),
                    assessment_sections::needs.eq(&s.needs),
                    assessment_sections::child_view.eq(&s.child_view),
                    assessment_sections::short_term.eq(&s.short_term),
                    assessment_sections::long_term.eq(&s.long_term),
                    assessment_sections::rating.eq(s.rating),
                    assessment_sections::second_rating.eq(s.second_rating),
                    assessment_sections::updated_at.eq(s.updated_at),
                    assessment_sections::updated_by.eq(&s.updated_by),
                ))
                .execute(c)?;
        }
        for scale in super::scales_of(c, id)? {
            insert_scale(c, &new, &a.org_id, &scale.scale_key, (&scale.zero, &scale.five, &scale.ten))?;
        }
        let indicators: Vec<super::Indicator> = assessment_indicators::table
            .filter(assessment_indicators::assessment_id.eq(id))
            .select(super::Indicator::as_select())
            .load(c)?;
        let mut moved = std::collections::HashMap::new();
        for i in indicators {
            let nid = new_id();
            diesel::insert_into(assessment_indicators::table)
                .values((
                    assessment_indicators::id.eq(&nid),
                    assessment_indicators::assessment_id.eq(&new),
                    assessment_indicators::org_id.eq(&i.org_id),
                    assessment_indicators::dimension.eq(&i.dimension),
                    assessment_indicators::position.eq(i.position),
                    assessment_indicators::indicator_key.eq(&i.indicator_key),
                    assessment_indicators::origin.eq(&i.origin),
                    assessment_indicators::aspect.eq(&i.aspect),
                    assessment_indicators::short_term.eq(i.short_term),
                    assessment_indicators::long_term.eq(i.long_term),
                    assessment_indicators::text.eq(&i.text),
                    assessment_indicators::evidence_hint.eq(&i.evidence_hint),
                    assessment_indicators::state.eq(&i.state),
                    assessment_indicators::language.eq(&i.language),
                ))
                .execute(c)?;
            moved.insert(i.id, nid);
        }
        let evidence: Vec<Evidence> = assessment_evidence::table
            .filter(assessment_evidence::assessment_id.eq(id))
            .select(Evidence::as_select())
            .load(c)?;
        // Evidence keeps its author and time: an amendment does not re-sign what others wrote.
        for e in evidence {
            diesel::insert_into(assessment_evidence::table)
                .values((
                    assessment_evidence::id.eq(new_id()),
                    assessment_evidence::assessment_id.eq(&new),
                    assessment_evidence::org_id.eq(&e.org_id),
                    assessment_evidence::dimension.eq(&e.dimension),
                    assessment_evidence::indicator_id.eq(e.indicator_id.as_ref().and_then(|i| moved.get(i))),
                    assessment_evidence::happened_on.eq(&e.happened_on),
                    assessment_evidence::source.eq(&e.source),
                    assessment_evidence::life_area.eq(&e.life_area),
                    assessment_evidence::account.eq(&e.account),
                    assessment_evidence::opinion.eq(&e.opinion),
                    assessment_evidence::created_at.eq(e.created_at),
                    assessment_evidence::created_by.eq(&e.created_by),
                ))
                .execute(c)?;
        }
        let change = FieldChange { field: "reason".into(), from: String::new(), to: reason.trim().to_owned() };
        history::record(c, actor, "assessment", &new, 1, "amendment opened", &[change])?;
        audit::append(c, actor, "amend", "assessment", Some(&new))?;
        load(c, scope, &new)
    })
}
