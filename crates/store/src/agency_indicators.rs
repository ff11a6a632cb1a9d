//! Indicators an agency adds to the shipped content. New assessments copy them in beside ours;
//! archiving one leaves the assessments that used it as they were.

use diesel::prelude::*;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, AssessmentKind};
use securebase_core::content::validate_indicator_text;
use securebase_core::policy::Action;

use crate::access::Scope;
use crate::db::write_tx;
use crate::schema::agency_indicators;
use crate::{DbConnection, StoreError, audit, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = agency_indicators)]
pub struct AgencyIndicator {
    pub id: String,
    pub org_id: String,
    pub kind: String,
    pub dimension: String,
    pub band: String,
    pub aspect: String,
    pub short_term: bool,
    pub long_term: bool,
    pub text: String,
    pub evidence_hint: String,
    pub created_at: i64,
    pub created_by: String,
    pub archived_at: Option<i64>,
    /// The language it was written in (a code): assessments copy it with the wording.
    pub language: String,
}

/// A new indicator, validated at the form edge: a child indicator has a band, a caregiver
/// indicator an aspect and at least one of short- and long-term care; wording and evidence
/// note are checked again by [`add`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIndicator {
    pub kind: AssessmentKind,
    pub dimension: Dimension,
    pub band: Option<AgeBand>,
    pub aspect: String,
    pub short_term: bool,
    pub long_term: bool,
    pub text: String,
    pub evidence_hint: String,
    /// The language the wording is written in.
    pub language: securebase_core::Language,
}

pub fn list(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<AgencyIndicator>, StoreError> {
    scope.require_in_org(Action::ManageContent)?;
    Ok(agency_indicators::table
        .filter(agency_indicators::org_id.eq(scope.org_id()))
        .order((agency_indicators::archived_at.is_not_null(), agency_indicators::created_at.asc()))
        .select(AgencyIndicator::as_select())
        .load(conn)?)
}

/// Adds an indicator for assessments started from now on. Whoever calls it, the wording and
/// the note on good evidence are both required and checked like the shipped content's: an
/// indicator without its evidence note leaves the assessor guessing what would show it.
pub fn add(conn: &mut DbConnection, scope: &Scope, input: &NewIndicator) -> Result<AgencyIndicator, StoreError> {
    scope.require_in_org(Action::ManageContent)?;
    let text = validate_indicator_text(&input.text)
        .map_err(|problem| StoreError::Invalid(format!("an agency indicator's wording {problem}")))?;
    let evidence_hint = validate_indicator_text(&input.evidence_hint)
        .map_err(|problem| StoreError::Invalid(format!("an agency indicator's evidence note {problem}")))?;
    let id = new_id();
    write_tx(conn, |c| {
        diesel::insert_into(agency_indicators::table)
            .values((
                agency_indicators::id.eq(&id),
                agency_indicators::org_id.eq(scope.org_id()),
                agency_indicators::kind.eq(input.kind.key()),
                agency_indicators::dimension.eq(input.dimension.key()),
                agency_indicators::band.eq(input.band.map(AgeBand::key).unwrap_or("")),
                agency_indicators::aspect.eq(&input.aspect),
                agency_indicators::short_term.eq(input.short_term),
                agency_indicators::long_term.eq(input.long_term),
                agency_indicators::text.eq(&text),
                agency_indicators::evidence_hint.eq(&evidence_hint),
                agency_indicators::created_at.eq(now_micros()),
                agency_indicators::created_by.eq(&scope.actor().user_id),
                agency_indicators::language.eq(input.language.code()),
            ))
            .execute(c)?;
        audit::append(c, scope.actor(), "create", "agency_indicator", Some(&id))?;
        Ok(agency_indicators::table.find(&id).select(AgencyIndicator::as_select()).first(c)?)
    })
}

pub fn set_archived(conn: &mut DbConnection, scope: &Scope, id: &str, archived: bool) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageContent)?;
    write_tx(conn, |c| {
        let n = diesel::update(
            agency_indicators::table
                .filter(agency_indicators::id.eq(id))
                .filter(agency_indicators::org_id.eq(scope.org_id())),
        )
        .set(agency_indicators::archived_at.eq(archived.then(now_micros)))
        .execute(c)?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        audit::append(c, scope.actor(), if archived { "archive" } else { "restore" }, "agency_indicator", Some(id))?;
        Ok(())
    })
}
