//! The Secure Base profile of a child or a household: the current signed-off ratings over time,
//! read together with the subject's name in one transaction, because opening a profile is
//! opening the record and is audited like it. Also the assessments one may be compared with.

use diesel::prelude::*;
use securebase_core::assessment::{AssessmentKind, Status};

use crate::access::{Scope, Target};
use crate::assessments::{self, Assessment, RatedAssessment};
use crate::db::write_tx;
use crate::schema::{assessments as assessments_t, children, household_members, households};
use crate::{DbConnection, StoreError, audit};

/// A child's or a household's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The child's known name, or the household's name.
    pub name: String,
    /// Current signed-off assessments, oldest first (see `assessments::ratings_for_child`).
    pub ratings: Vec<RatedAssessment>,
    /// For a household: (member id, name) of its carers now, then of anyone else who was
    /// assessed there, in the order they joined. Empty for a child.
    pub carers: Vec<(String, String)>,
}

/// A child's profile. Whoever may read the child's signed-off assessments may open it (and
/// nobody else: `NotFound`); the view is audited.
pub fn child(conn: &mut DbConnection, scope: &Scope, child_id: &str) -> Result<Profile, StoreError> {
    write_tx(conn, |c| {
        // Checks access before anything is written.
        let profile = child_read(c, scope, child_id)?;
        audit::append(c, scope.actor(), "view", "child_profile", Some(child_id))?;
        Ok(profile)
    })
}

/// A child's profile, access checked, for a caller that audits the view itself (the web page
/// does, through [`crate::view_log::ViewLog`], before it shows anything).
pub fn child_read(c: &mut DbConnection, scope: &Scope, child_id: &str) -> Result<Profile, StoreError> {
    let head = child_head(c, scope, child_id)?;
    let ratings = assessments::ratings_for_child(c, scope, child_id)?;
    Ok(Profile { name: head.name, ratings, carers: Vec::new() })
}

/// What a child's profile page needs before it knows whether its charts must be drawn again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileHead {
    /// The child's known name.
    pub name: String,
    /// Moves on whenever the child's current signed-off assessments change (see
    /// [`bump_version`]), so what was drawn from them can be reused until it does.
    pub version: i64,
}

/// The name and profile version of a child, access checked as for [`child`] (`NotFound` for
/// anyone who may not read the child's signed-off assessments). Not audited: the caller
/// audits the view.
pub fn child_head(c: &mut DbConnection, scope: &Scope, child_id: &str) -> Result<ProfileHead, StoreError> {
    assessments::reach(c, scope, Target::Child(child_id))?;
    let (given, preferred, family, version): (String, String, String, i64) = native!(c, c => children::table
        .filter(children::id.eq(child_id))
        .filter(children::org_id.eq(scope.org_id()))
        .select((children::given_names, children::preferred_name, children::family_name, children::profile_version))
        .get_result(c)
        .optional())?
    .ok_or(StoreError::NotFound)?;
    let first = if preferred.trim().is_empty() { given } else { preferred };
    Ok(ProfileHead { name: format!("{first} {family}"), version })
}

/// Marks the profile of an assessment's subject as changed. Call in the transaction that
/// changes which of its assessments are current and signed off.
pub fn bump_version(c: &mut DbConnection, target: Target<'_>) -> Result<(), StoreError> {
    match target {
        Target::Child(id) => {
            diesel::update(children::table.filter(children::id.eq(id)))
                .set(children::profile_version.eq(children::profile_version + 1))
                .execute(c)?;
        }
        Target::Household(id) => {
            diesel::update(households::table.filter(households::id.eq(id)))
                .set(households::profile_version.eq(households::profile_version + 1))
                .execute(c)?;
        }
        Target::Org => {}
    }
    Ok(())
}

/// A household's profile: its carers' caregiver assessments. The view is audited.
pub fn household(conn: &mut DbConnection, scope: &Scope, household_id: &str) -> Result<Profile, StoreError> {
    write_tx(conn, |c| {
        let profile = household_read(c, scope, household_id)?;
        audit::append(c, scope.actor(), "view", "household_profile", Some(household_id))?;
        Ok(profile)
    })
}

/// A household's profile, access checked, for a caller that audits the view itself.
pub fn household_read(c: &mut DbConnection, scope: &Scope, household_id: &str) -> Result<Profile, StoreError> {
    let ratings = assessments::ratings_for_household(c, scope, household_id)?;
    let name: String = households::table
        .filter(households::id.eq(household_id))
        .filter(households::org_id.eq(scope.org_id()))
        .select(households::name)
        .get_result(c)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let members: Vec<MemberRow> = household_members::table
        .filter(household_members::household_id.eq(household_id))
        .filter(household_members::org_id.eq(scope.org_id()))
        .order((household_members::created_at.asc(), household_members::id.asc()))
        .select((
            household_members::id,
            household_members::name,
            household_members::member_role,
            household_members::archived_at,
        ))
        .load(c)?;
    Ok(Profile { name, carers: carers(members, &ratings), ratings })
}

/// (id, name, place in the household, archived at) of a household member.
type MemberRow = (String, String, String, Option<i64>);

/// Carers living there now, then anyone assessed who has since left or stopped caring, so a
/// former carer's assessments stay visible under their name.
fn carers(members: Vec<MemberRow>, ratings: &[RatedAssessment]) -> Vec<(String, String)> {
    let assessed = |id: &str| ratings.iter().any(|r| r.member_id.as_deref() == Some(id));
    let (now, before): (Vec<_>, Vec<_>) = members
        .into_iter()
        .filter(|(id, _, role, _)| role == "carer" || assessed(id))
        .partition(|(_, _, role, archived)| role == "carer" && archived.is_none());
    now.into_iter().chain(before.into_iter().filter(|(id, ..)| assessed(id))).map(|(id, name, ..)| (id, name)).collect()
}

/// An assessment that another may be compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparable {
    pub id: String,
    pub assessed_on: String,
    pub status: String,
    pub amendment_no: i32,
    pub superseded: bool,
    pub signed_off_at: Option<i64>,
}

/// The other submitted or signed-off assessments of the same kind about the same child (or the
/// same carer) as `of`, newest first, that the actor may read. `of` must already have been
/// opened through `assessments::view`, which checked access to it.
pub fn comparable(conn: &mut DbConnection, scope: &Scope, of: &Assessment) -> Result<Vec<Comparable>, StoreError> {
    let mut q = assessments_t::table
        .filter(assessments_t::org_id.eq(scope.org_id()))
        .filter(assessments_t::kind.eq(&of.kind))
        .filter(assessments_t::id.ne(&of.id))
        .filter(assessments_t::status.ne(Status::Draft.key()))
        .into_boxed();
    q = match of.kind() {
        AssessmentKind::Child => match &of.child_id {
            Some(child) => q.filter(assessments_t::child_id.eq(child.clone())),
            None => return Ok(Vec::new()),
        },
        AssessmentKind::Caregiver => match (&of.household_id, &of.member_id) {
            (Some(h), Some(m)) => {
                q.filter(assessments_t::household_id.eq(h.clone())).filter(assessments_t::member_id.eq(m.clone()))
            }
            _ => return Ok(Vec::new()),
        },
    };
    let rows: Vec<Assessment> = q
        .order((assessments_t::assessed_on.desc(), assessments_t::amendment_no.desc()))
        .select(Assessment::as_select())
        .load(conn)?;
    let mut seen = Vec::with_capacity(rows.len());
    for a in rows {
        if assessments::may_view(conn, scope, &a)? {
            seen.push(a);
        }
    }
    Ok(seen
        .into_iter()
        .map(|a| Comparable {
            superseded: a.superseded_by.is_some(),
            id: a.id,
            assessed_on: a.assessed_on,
            status: a.status,
            amendment_no: a.amendment_no,
            signed_off_at: a.signed_off_at,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use securebase_core::Dimension;

    fn rated(id: &str, member: &str) -> RatedAssessment {
        RatedAssessment {
            id: id.into(),
            assessed_on: "2026-01-01".into(),
            signed_off_at: None,
            member_id: Some(member.into()),
            ratings: Dimension::ALL.iter().map(|d| (*d, None, None)).collect(),
        }
    }

    #[test]
    fn current_carers_first_then_former_carers_who_were_assessed() {
        let m =
            |id: &str, role: &str, archived: Option<i64>| (id.to_owned(), id.to_uppercase(), role.to_owned(), archived);
        let members = vec![
            m("left", "carer", Some(5)),
            m("ana", "carer", None),
            m("kid", "child", None),
            m("moved-on", "carer", Some(9)),
            m("ben", "carer", None),
            m("once-carer", "adult", None),
        ];
        let ratings = vec![rated("a1", "left"), rated("a2", "once-carer"), rated("a3", "ana")];
        let got: Vec<String> = carers(members, &ratings).into_iter().map(|(id, _)| id).collect();
        assert_eq!(got, vec!["ana", "ben", "left", "once-carer"]);
    }
}
