//! Reading assessments: one whole, the lists on a child's or household's record, and the
//! ratings over time that the profile draws.

use diesel::prelude::*;
use securebase_core::Dimension;
use securebase_core::assessment::Status;
use securebase_core::policy::Action;
use securebase_core::records::MemberRole;

use super::{Assessment, AssessmentRecord, Evidence, Indicator, Section, VersionSummary, load, may_view, names_of};
use crate::access::{Scope, Target, Through};
use crate::db::write_tx;
use crate::history::FieldChange;
use crate::schema::{
    assessment_evidence, assessment_indicators, assessment_sections, assessments, children, household_members,
    households, placements, record_changes,
};
use crate::{DbConnection, StoreError, audit};

/// Opens a whole assessment; the view is audited.
pub fn view(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<AssessmentRecord, StoreError> {
    write_tx(conn, |c| {
        let a = load(c, scope, id)?;
        if !may_view(c, scope, &a)? {
            return Err(StoreError::NotFound);
        }
        audit::append(c, scope.actor(), "view", "assessment", Some(id))?;
        record(c, scope, a)
    })
}

fn record(c: &mut DbConnection, scope: &Scope, a: Assessment) -> Result<AssessmentRecord, StoreError> {
    let mut sections: Vec<Section> = assessment_sections::table
        .filter(assessment_sections::assessment_id.eq(&a.id))
        .select(Section::as_select())
        .load(c)?;
    sections.sort_by_key(|s| Dimension::ALL.iter().position(|d| d.key() == s.dimension));
    let indicators: Vec<Indicator> = assessment_indicators::table
        .filter(assessment_indicators::assessment_id.eq(&a.id))
        .order(assessment_indicators::position.asc())
        .select(Indicator::as_select())
        .load(c)?;
    let evidence: Vec<Evidence> = assessment_evidence::table
        .filter(assessment_evidence::assessment_id.eq(&a.id))
        .order((assessment_evidence::happened_on.asc(), assessment_evidence::created_at.asc()))
        .select(Evidence::as_select())
        .load(c)?;
    let (subject, household_name, date_of_birth) = subject_of(c, scope, &a)?;
    let placed_then = match &a.child_id {
        Some(child) => placed_on(c, scope, child, &a.assessed_on)?,
        None => None,
    };
    let household_name = household_name.or_else(|| placed_then.as_ref().map(|p| p.household_name.clone()));
    let versions: Vec<VersionSummary> = assessments::table
        .filter(assessments::series_id.eq(&a.series_id))
        .filter(assessments::org_id.eq(scope.org_id()))
        .order(assessments::amendment_no.asc())
        .select((
            assessments::id,
            assessments::amendment_no,
            assessments::status,
            assessments::amendment_reason,
            assessments::signed_off_at,
        ))
        .load::<(String, i32, String, String, Option<i64>)>(c)?
        .into_iter()
        .map(|(id, amendment_no, status, amendment_reason, signed_off_at)| VersionSummary {
            id,
            amendment_no,
            status,
            amendment_reason,
            signed_off_at,
        })
        .collect();
    // Caregivers follow only signed-off versions.
    let drafts_too = scope.can(c, Action::ViewAssessment, a.target())?;
    let versions: Vec<VersionSummary> =
        versions.into_iter().filter(|v| drafts_too || v.status == Status::SignedOff.key()).collect();
    let mut people: Vec<String> = vec![a.created_by.clone(), a.updated_by.clone()];
    people.extend(a.submitted_by.clone());
    people.extend(a.signed_off_by.clone());
    people.extend(evidence.iter().map(|e| e.created_by.clone()));
    people.sort();
    people.dedup();
    let names = names_of(c, people)?;
    let scales = super::scales_of(c, &a.id)?;
    Ok(AssessmentRecord {
        scales,
        assessment: a,
        subject,
        household_name,
        placed_then,
        date_of_birth,
        sections,
        indicators,
        evidence,
        names,
        versions,
    })
}

type Subject = (String, Option<String>, Option<String>);

fn subject_of(c: &mut DbConnection, scope: &Scope, a: &Assessment) -> Result<Subject, StoreError> {
    if let Some(child) = &a.child_id {
        let (given, preferred, family, dob): (String, String, String, String) = children::table
            .filter(children::id.eq(child))
            .filter(children::org_id.eq(scope.org_id()))
            .select((children::given_names, children::preferred_name, children::family_name, children::date_of_birth))
            .first(c)?;
        let first = if preferred.trim().is_empty() { given } else { preferred };
        return Ok((format!("{first} {family}"), None, Some(dob)));
    }
    let member: Option<String> = match &a.member_id {
        Some(m) => household_members::table
            .filter(household_members::id.eq(m))
            .filter(household_members::org_id.eq(scope.org_id()))
            .select(household_members::name)
            .first(c)
            .optional()?,
        None => None,
    };
    let household: Option<String> = match &a.household_id {
        Some(h) => household_name_on(c, scope, h, &a.assessed_on)?,
        None => None,
    };
    Ok((member.unwrap_or_else(|| "A carer".to_owned()), household, None))
}

/// Where a child lived on an assessment's date, as the record said then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedThen {
    pub household_id: String,
    /// The household's name on that date (names are versioned in its history).
    pub household_name: String,
    pub placement_type: String,
    pub start_date: String,
    pub end_date: Option<String>,
    /// The household's carers then: everyone recorded as a carer whose membership had not
    /// ended before that date. Members' names are not versioned (they cannot be edited).
    pub carers: Vec<String>,
}

/// The placement active on `on` ('YYYY-MM-DD'): started on or before it and not ended before
/// it. On the day of a move the new placement counts; on a last day the ending one does.
/// Reached like the child's assessments (`NotFound` for anyone who may not read them), and
/// the query itself stays inside the actor's organisation.
pub fn placed_on(
    c: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
    on: &str,
) -> Result<Option<PlacedThen>, StoreError> {
    reach(c, scope, Target::Child(child_id))?;
    let found: Option<(String, String, String, Option<String>)> = placements::table
        .filter(placements::org_id.eq(scope.org_id()))
        .filter(placements::child_id.eq(child_id))
        .filter(placements::start_date.le(on))
        .filter(placements::end_date.is_null().or(placements::end_date.ge(on)))
        .order((placements::start_date.desc(), placements::created_at.desc()))
        .select((placements::household_id, placements::placement_type, placements::start_date, placements::end_date))
        .first(c)
        .optional()?;
    let Some((household_id, placement_type, start_date, end_date)) = found else { return Ok(None) };
    let Some(household_name) = household_name_on(c, scope, &household_id, on)? else { return Ok(None) };
    let from = day_start_micros(on);
    let carers: Vec<String> = household_members::table
        .filter(household_members::org_id.eq(scope.org_id()))
        .filter(household_members::household_id.eq(&household_id))
        .filter(household_members::member_role.eq(MemberRole::Carer.key()))
        .filter(household_members::archived_at.is_null().or(household_members::archived_at.gt(from)))
        .order((household_members::created_at.asc(), household_members::id.asc()))
        .select(household_members::name)
        .load(c)?;
    Ok(Some(PlacedThen { household_id, household_name, placement_type, start_date, end_date, carers }))
}

/// A household's name at the end of day `on`: the name its history says it had then (the first
/// change of name after that day says what it was changed from), or its name now when nothing
/// has renamed it since.
fn household_name_on(
    c: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
    on: &str,
) -> Result<Option<String>, StoreError> {
    let now: Option<String> = households::table
        .filter(households::id.eq(household_id))
        .filter(households::org_id.eq(scope.org_id()))
        .select(households::name)
        .first(c)
        .optional()?;
    let Some(now) = now else { return Ok(None) };
    let after = day_start_micros(on) + MICROS_PER_DAY;
    let changes: Vec<String> = record_changes::table
        .filter(record_changes::org_id.eq(scope.org_id()))
        .filter(record_changes::record_type.eq("household"))
        .filter(record_changes::record_id.eq(household_id))
        .filter(record_changes::changed_at.ge(after))
        .filter(record_changes::changes.like("%\"name\"%"))
        .order((record_changes::changed_at.asc(), record_changes::version.asc()))
        .select(record_changes::changes)
        .load(c)?;
    for json in changes {
        let fields: Vec<FieldChange> = serde_json::from_str(&json).unwrap_or_default();
        if let Some(f) = fields.iter().find(|f| f.field == "name") {
            // A record created after the date has no earlier name: it is known by the one it
            // was created with.
            let then = if f.from.trim().is_empty() { &f.to } else { &f.from };
            return Ok(Some(if then.trim().is_empty() { now } else { then.clone() }));
        }
    }
    Ok(Some(now))
}

const MICROS_PER_DAY: i64 = 86_400_000_000;

/// Midnight UTC at the start of 'YYYY-MM-DD' (0 for a malformed date, which never matches).
fn day_start_micros(on: &str) -> i64 {
    on.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map_or(0, |z| z.timestamp().as_microsecond())
}

/// A line in a list of assessments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentSummary {
    pub id: String,
    pub kind: String,
    pub status: String,
    pub assessed_on: String,
    pub band: String,
    pub subject: String,
    pub amendment_no: i32,
    pub superseded: bool,
    pub author: String,
    pub signed_off_at: Option<i64>,
}

fn summaries(
    c: &mut DbConnection,
    scope: &Scope,
    rows: Vec<Assessment>,
    drafts_too: bool,
) -> Result<Vec<AssessmentSummary>, StoreError> {
    let rows: Vec<Assessment> = rows.into_iter().filter(|a| drafts_too || a.status() == Status::SignedOff).collect();
    let mut people: Vec<String> = rows.iter().map(|a| a.created_by.clone()).collect();
    people.sort();
    people.dedup();
    let names = names_of(c, people)?;
    let members: Vec<String> = rows.iter().filter_map(|a| a.member_id.clone()).collect();
    let member_names: std::collections::HashMap<String, String> = if members.is_empty() {
        Default::default()
    } else {
        household_members::table
            .filter(household_members::id.eq_any(members))
            .filter(household_members::org_id.eq(scope.org_id()))
            .select((household_members::id, household_members::name))
            .load::<(String, String)>(c)?
            .into_iter()
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|a| AssessmentSummary {
            subject: a.member_id.as_ref().and_then(|m| member_names.get(m).cloned()).unwrap_or_default(),
            author: names.get(&a.created_by).cloned().unwrap_or_default(),
            superseded: a.superseded_by.is_some(),
            id: a.id,
            kind: a.kind,
            status: a.status,
            assessed_on: a.assessed_on,
            band: a.band,
            amendment_no: a.amendment_no,
            signed_off_at: a.signed_off_at,
        })
        .collect())
}

/// Whether the actor sees drafts of assessments on `target`, only signed-off ones, or none.
/// Whether the actor may read every assessment of `target` (true) or only its signed-off ones
/// (false); `NotFound` when neither.
pub fn reach(conn: &mut DbConnection, scope: &Scope, target: Target<'_>) -> Result<bool, StoreError> {
    if scope.can(conn, Action::ViewAssessment, target)? {
        Ok(true)
    } else if scope.can(conn, Action::ViewSignedOffAssessment, target)? {
        Ok(false)
    } else {
        Err(StoreError::NotFound)
    }
}

/// A child's assessments, newest first. Caregivers see signed-off ones only.
pub fn list_for_child(
    conn: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
) -> Result<Vec<AssessmentSummary>, StoreError> {
    let drafts_too = reach(conn, scope, Target::Child(child_id))?;
    let rows: Vec<Assessment> = assessments::table
        .filter(assessments::org_id.eq(scope.org_id()))
        .filter(assessments::child_id.eq(child_id))
        .order((assessments::assessed_on.desc(), assessments::amendment_no.desc()))
        .select(Assessment::as_select())
        .load(conn)?;
    summaries(conn, scope, rows, drafts_too)
}

/// A household's caregiver assessments, newest first.
pub fn list_for_household(
    conn: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
) -> Result<Vec<AssessmentSummary>, StoreError> {
    let drafts_too = reach(conn, scope, Target::Household(household_id))?;
    let rows: Vec<Assessment> = assessments::table
        .filter(assessments::org_id.eq(scope.org_id()))
        .filter(assessments::household_id.eq(household_id))
        .filter(assessments::kind.eq("caregiver"))
        .order((assessments::assessed_on.desc(), assessments::amendment_no.desc()))
        .select(Assessment::as_select())
        .load(conn)?;
    summaries(conn, scope, rows, drafts_too)
}

/// The ratings of one signed-off assessment, for the profile and the progress chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatedAssessment {
    pub id: String,
    pub assessed_on: String,
    pub signed_off_at: Option<i64>,
    /// For a caregiver assessment, the carer assessed.
    pub member_id: Option<String>,
    /// In `Dimension::ALL` order: (rating, second rating: family membership's birth family).
    pub ratings: Vec<(Dimension, Option<i32>, Option<i32>)>,
}

type RatingRow = (String, String, Option<i64>, Option<String>, String, Option<i32>, Option<i32>);

/// The current signed-off assessments of a child (amended versions replaced by their
/// amendment), oldest first, with their ratings: one query.
pub fn ratings_for_child(
    conn: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
) -> Result<Vec<RatedAssessment>, StoreError> {
    reach(conn, scope, Target::Child(child_id))?;
    let rows: Vec<RatingRow> = native!(conn, c => assessments::table
        .inner_join(assessment_sections::table)
        .filter(assessments::org_id.eq(scope.org_id()))
        .filter(assessments::child_id.eq(child_id))
        .filter(assessments::status.eq(Status::SignedOff.key()))
        .filter(assessments::superseded_by.is_null())
        .order((assessments::assessed_on.asc(), assessments::id.asc()))
        .select(RATING_COLUMNS)
        .load(c))?;
    Ok(group(rows))
}

/// The current signed-off caregiver assessments in a household, oldest first.
pub fn ratings_for_household(
    conn: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
) -> Result<Vec<RatedAssessment>, StoreError> {
    reach(conn, scope, Target::Household(household_id))?;
    let rows: Vec<RatingRow> = native!(conn, c => assessments::table
        .inner_join(assessment_sections::table)
        .filter(assessments::org_id.eq(scope.org_id()))
        .filter(assessments::household_id.eq(household_id))
        .filter(assessments::kind.eq("caregiver"))
        .filter(assessments::status.eq(Status::SignedOff.key()))
        .filter(assessments::superseded_by.is_null())
        .order((assessments::assessed_on.asc(), assessments::id.asc()))
        .select(RATING_COLUMNS)
        .load(c))?;
    Ok(group(rows))
}

const RATING_COLUMNS: (
    assessments::id,
    assessments::assessed_on,
    assessments::signed_off_at,
    assessments::member_id,
    assessment_sections::dimension,
    assessment_sections::rating,
    assessment_sections::second_rating,
) = (
    assessments::id,
    assessments::assessed_on,
    assessments::signed_off_at,
    assessments::member_id,
    assessment_sections::dimension,
    assessment_sections::rating,
    assessment_sections::second_rating,
);

fn group(rows: Vec<RatingRow>) -> Vec<RatedAssessment> {
    let mut out: Vec<RatedAssessment> = Vec::new();
    for (id, assessed_on, signed_off_at, member_id, dim, rating, second) in rows {
        let Some(d) = Dimension::parse(&dim) else { continue };
        if out.last().is_none_or(|last| last.id != id) {
            let ratings = Dimension::ALL.iter().map(|d| (*d, None, None)).collect();
            out.push(RatedAssessment { id, assessed_on, signed_off_at, member_id, ratings });
        }
        if let Some(slot) = out.last_mut().and_then(|last| last.ratings.iter_mut().find(|(k, _, _)| *k == d)) {
            *slot = (d, rating, second);
        }
    }
    out
}

/// An assessment someone still has to act on: their own draft, or one waiting for them to sign
/// off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAssessment {
    pub id: String,
    pub kind: String,
    pub status: String,
    pub subject: String,
    pub assessed_on: String,
    /// Waiting for this person's sign-off (rather than their own draft or submission).
    pub to_sign: bool,
}

/// An assessment, with the names of the child (given, preferred, family) or carer it is about.
type WithSubject = (Assessment, Option<(String, String, String)>, Option<String>);

/// The actor's drafts and submissions in progress, and what is waiting for their sign-off, on
/// the children and households they can reach.
pub fn open_work(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<OpenAssessment>, StoreError> {
    let rule = crate::orgs::sign_off_rule(conn, scope.org_id())?;
    let me = scope.actor().user_id.clone();
    // The actor's own work in progress, and whatever is waiting for anyone's sign-off, on the
    // children and carers they can reach, with whom each is about: one statement, the reach part
    // of it, and no list of ids in it (so it is prepared once per connection).
    let rows: Vec<WithSubject> = assessments::table
        .left_join(children::table.on(children::id.nullable().eq(assessments::child_id)))
        .left_join(household_members::table.on(household_members::id.nullable().eq(assessments::member_id)))
        .filter(assessments::org_id.eq(scope.org_id()))
        .filter(
            assessments::status
                .eq(Status::Submitted.key())
                .or(assessments::status.eq(Status::Draft.key()).and(assessments::created_by.eq(&me))),
        )
        .filter(
            scope.children_where("assessments.child_id", Action::ViewChild, Through::Any).or(scope
                .households_where("assessments.household_id", Action::ViewHousehold, Through::Any)
                .and(assessments::kind.eq("caregiver"))),
        )
        .order(assessments::updated_at.desc())
        .select((
            Assessment::as_select(),
            (children::given_names, children::preferred_name, children::family_name).nullable(),
            household_members::name.nullable(),
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (a, child, carer) in rows {
        let to_sign = a.created_by != me && super::may_sign_off(conn, scope, &a, rule)?.is_ok();
        if a.created_by != me && !to_sign {
            continue;
        }
        let subject = match (child, carer) {
            (Some((given, preferred, family)), _) => {
                let first = if preferred.trim().is_empty() { given } else { preferred };
                format!("{first} {family}")
            }
            (None, Some(name)) => name,
            (None, None) => "A carer".to_owned(),
        };
        out.push(OpenAssessment {
            subject,
            id: a.id,
            kind: a.kind,
            status: a.status,
            assessed_on: a.assessed_on,
            to_sign,
        });
    }
    Ok(out)
}
