//! Secure Base assessments of children and caregivers. Every function takes a [`Scope`]; a child
//! assessment is reached through its child, a caregiver assessment through its household, and
//! caregivers only ever see signed-off work.

mod read;
mod write;

use std::collections::HashMap;

use diesel::prelude::*;
use securebase_core::Dimension;
use securebase_core::assessment::{AssessmentKind, Status};
use securebase_core::policy::Action;

use crate::access::{Scope, Target};
use crate::schema::{
    assessment_evidence, assessment_indicators, assessment_scales, assessment_sections, assessments, users,
};
use crate::{DbConnection, StoreError};

pub use read::*;
pub use write::*;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = assessments)]
pub struct Assessment {
    pub id: String,
    pub org_id: String,
    pub kind: String,
    pub child_id: Option<String>,
    pub household_id: Option<String>,
    pub member_id: Option<String>,
    pub status: String,
    pub assessed_on: String,
    pub age_band: String,
    pub band: String,
    pub band_reason: String,
    pub content_version: String,
    pub summary: String,
    pub series_id: String,
    pub amendment_no: i32,
    pub amends_id: Option<String>,
    pub amendment_reason: String,
    pub superseded_by: Option<String>,
    pub returned_note: String,
    pub created_at: i64,
    pub created_by: String,
    pub updated_at: i64,
    pub updated_by: String,
    pub submitted_at: Option<i64>,
    pub submitted_by: Option<String>,
    pub signed_off_at: Option<i64>,
    pub signed_off_by: Option<String>,
    pub signed_off_role: Option<String>,
    pub version: i64,
    /// The language its wording was copied in (a code): it is shown in that wording to every
    /// reader, who is told when it is not their own language.
    pub language: String,
}

impl Assessment {
    pub fn kind(&self) -> AssessmentKind {
        AssessmentKind::parse(&self.kind).unwrap_or(AssessmentKind::Child)
    }

    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Draft)
    }

    /// The record an assessment belongs to, which decides who may reach it.
    pub fn target(&self) -> Target<'_> {
        match (&self.child_id, &self.household_id) {
            (Some(child), _) => Target::Child(child),
            (None, Some(household)) => Target::Household(household),
            // Unreachable by construction; an orphan row is reachable by no one.
            (None, None) => Target::Org,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = assessment_sections)]
pub struct Section {
    pub assessment_id: String,
    pub dimension: String,
    pub org_id: String,
    pub strengths: String,
    pub needs: String,
    pub child_view: String,
    pub short_term: String,
    pub long_term: String,
    pub rating: Option<i32>,
    pub second_rating: Option<i32>,
    pub updated_at: i64,
    pub updated_by: String,
    pub version: i64,
    /// A rating typed before the section had any evidence: kept, shown as waiting, and given
    /// effect by the first evidence added (see `write::add_evidence`).
    pub pending_rating: Option<i32>,
    pub pending_second_rating: Option<i32>,
}

impl Section {
    pub fn dimension(&self) -> Option<Dimension> {
        Dimension::parse(&self.dimension)
    }

    /// Whether a rating typed here is waiting for evidence.
    pub fn rating_waiting(&self) -> bool {
        self.pending_rating.is_some() || self.pending_second_rating.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = assessment_indicators)]
pub struct Indicator {
    pub id: String,
    pub assessment_id: String,
    pub org_id: String,
    pub dimension: String,
    pub position: i32,
    pub indicator_key: String,
    pub origin: String,
    pub aspect: String,
    pub short_term: bool,
    pub long_term: bool,
    pub text: String,
    pub evidence_hint: String,
    pub state: Option<String>,
    /// The language the wording is in (a code).
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = assessment_evidence)]
pub struct Evidence {
    pub id: String,
    pub assessment_id: String,
    pub org_id: String,
    pub dimension: String,
    pub indicator_id: Option<String>,
    pub happened_on: String,
    pub source: String,
    pub life_area: String,
    pub account: String,
    pub opinion: String,
    pub created_at: i64,
    pub created_by: String,
}

/// A whole assessment as one page needs it.
#[derive(Debug, Clone)]
pub struct AssessmentRecord {
    pub assessment: Assessment,
    /// The child's known name, or the carer's name.
    pub subject: String,
    /// The household's name on the assessment date: for a caregiver assessment the carer's
    /// household, for a child the household they lived in then (none when not placed).
    pub household_name: Option<String>,
    /// For a child assessment, the placement active on the assessment date, with the carers
    /// then; `None` when no placement covered that date.
    pub placed_then: Option<PlacedThen>,
    pub date_of_birth: Option<String>,
    /// In `Dimension::ALL` order.
    pub sections: Vec<Section>,
    pub indicators: Vec<Indicator>,
    pub evidence: Vec<Evidence>,
    /// Display names of everyone who signed anything in it.
    pub names: HashMap<String, String>,
    /// Every version in its series, oldest first.
    pub versions: Vec<VersionSummary>,
    /// The rating scales' wording as it was when the assessment started; empty for one started
    /// before scales were kept, which then reads the content pack's.
    pub scales: Vec<ScaleWording>,
}

/// A rating scale's 0, 5 and 10 descriptors, kept with an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = assessment_scales)]
pub struct ScaleWording {
    pub scale_key: String,
    pub zero: String,
    pub five: String,
    pub ten: String,
}

pub(crate) fn scales_of(c: &mut DbConnection, assessment_id: &str) -> Result<Vec<ScaleWording>, StoreError> {
    Ok(assessment_scales::table
        .filter(assessment_scales::assessment_id.eq(assessment_id))
        .order(assessment_scales::scale_key.asc())
        .select(ScaleWording::as_select())
        .load(c)?)
}

impl AssessmentRecord {
    pub fn section(&self, d: Dimension) -> Option<&Section> {
        self.sections.iter().find(|s| s.dimension == d.key())
    }
    /// The wording kept for a rating scale (a dimension key, or the birth family's).
    pub fn scale(&self, key: &str) -> Option<&ScaleWording> {
        self.scales.iter().find(|s| s.scale_key == key)
    }
    pub fn indicators_for(&self, d: Dimension) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(move |i| i.dimension == d.key())
    }
    pub fn evidence_for(&self, d: Dimension) -> impl Iterator<Item = &Evidence> {
        self.evidence.iter().filter(move |e| e.dimension == d.key())
    }
    pub fn name_of(&self, user_id: &str) -> String {
        self.names.get(user_id).cloned().unwrap_or_else(|| "a former colleague".to_owned())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionSummary {
    pub id: String,
    pub amendment_no: i32,
    pub status: String,
    pub amendment_reason: String,
    pub signed_off_at: Option<i64>,
}

pub(crate) fn load(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Assessment, StoreError> {
    assessments::table
        .filter(assessments::id.eq(id))
        .filter(assessments::org_id.eq(scope.org_id()))
        .select(Assessment::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// Reading: workers on the case see every state; caregivers see only signed-off work.
pub(crate) fn may_view(conn: &mut DbConnection, scope: &Scope, a: &Assessment) -> Result<bool, StoreError> {
    let target = a.target();
    Ok(scope.can(conn, Action::ViewAssessment, target)?
        || (a.status() == Status::SignedOff && scope.can(conn, Action::ViewSignedOffAssessment, target)?))
}

pub(crate) fn names_of(conn: &mut DbConnection, ids: Vec<String>) -> Result<HashMap<String, String>, StoreError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::display_name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}
