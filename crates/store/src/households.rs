//! Households: the carers and others who live there, their approval, and their placements.

use diesel::prelude::*;
use securebase_core::policy::Action;

use crate::access::{Scope, Target, Through};
use crate::children::Saved;
use crate::db::write_tx;
use crate::error::Conflict;
use crate::history::{self, FieldChange};
use crate::schema::{household_members, household_workers, households, placements, users};
use crate::{DbConnection, StoreError, audit, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = households)]
pub struct Household {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub address: String,
    pub household_type: String,
    pub approval_status: String,
    pub approval_age_min: Option<i32>,
    pub approval_age_max: Option<i32>,
    pub approval_places: Option<i32>,
    pub approval_placement_types: String,
    pub approval_date: Option<String>,
    pub next_review_date: Option<String>,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    pub created_by: String,
    pub updated_at: i64,
    pub updated_by: String,
    pub version: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HouseholdInput {
    pub name: String,
    pub address: String,
    pub household_type: String,
    pub approval_status: String,
    pub approval_age_min: Option<i32>,
    pub approval_age_max: Option<i32>,
    pub approval_places: Option<i32>,
    pub approval_placement_types: String,
    pub approval_date: Option<String>,
    pub next_review_date: Option<String>,
}

fn opt(v: &Option<impl ToString>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

impl HouseholdInput {
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("name", self.name.clone()),
            ("address", self.address.clone()),
            ("household_type", self.household_type.clone()),
            ("approval_status", self.approval_status.clone()),
            ("approval_age_min", opt(&self.approval_age_min)),
            ("approval_age_max", opt(&self.approval_age_max)),
            ("approval_places", opt(&self.approval_places)),
            ("approval_placement_types", self.approval_placement_types.clone()),
            ("approval_date", opt(&self.approval_date)),
            ("next_review_date", opt(&self.next_review_date)),
        ]
    }
}

impl Household {
    pub fn input(&self) -> HouseholdInput {
        HouseholdInput {
            name: self.name.clone(),
            address: self.address.clone(),
            household_type: self.household_type.clone(),
            approval_status: self.approval_status.clone(),
            approval_age_min: self.approval_age_min,
            approval_age_max: self.approval_age_max,
            approval_places: self.approval_places,
            approval_placement_types: self.approval_placement_types.clone(),
            approval_date: self.approval_date.clone(),
            next_review_date: self.next_review_date.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdSummary {
    pub id: String,
    pub name: String,
    pub household_type: String,
    pub approval_status: String,
    pub next_review_date: Option<String>,
    pub places: Option<i32>,
    pub placed: i64,
}

fn load(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Household, StoreError> {
    households::table
        .filter(households::id.eq(id))
        .filter(households::org_id.eq(scope.org_id()))
        .select(Household::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

pub fn view(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Household, StoreError> {
    scope.require(conn, Action::ViewHousehold, Target::Household(id))?;
    write_tx(conn, |c| {
        let h = load(c, scope, id)?;
        audit::append(c, scope.actor(), "view", "household", Some(id))?;
        Ok(h)
    })
}

/// The household's record, access checked like [`view`], for a caller that audits the view
/// itself before showing it.
pub fn open(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Household, StoreError> {
    scope.require(conn, Action::ViewHousehold, Target::Household(id))?;
    load(conn, scope, id)
}

pub fn create(conn: &mut DbConnection, scope: &Scope, input: &HouseholdInput) -> Result<Household, StoreError> {
    scope.require_in_org(Action::CreateHousehold)?;
    let actor = scope.actor();
    let id = new_id();
    let now = now_micros();
    write_tx(conn, |c| {
        diesel::insert_into(households::table)
            .values((
                households::id.eq(&id),
                households::org_id.eq(&actor.org_id),
                households::name.eq(&input.name),
                households::address.eq(&input.address),
                households::household_type.eq(&input.household_type),
                households::approval_status.eq(&input.approval_status),
                households::approval_age_min.eq(input.approval_age_min),
                households::approval_age_max.eq(input.approval_age_max),
                households::approval_places.eq(input.approval_places),
                households::approval_placement_types.eq(&input.approval_placement_types),
                households::approval_date.eq(&input.approval_date),
                households::next_review_date.eq(&input.next_review_date),
                households::created_at.eq(now),
                households::created_by.eq(&actor.user_id),
                households::updated_at.eq(now),
                households::updated_by.eq(&actor.user_id),
                households::version.eq(1_i64),
            ))
            .execute(c)?;
        diesel::insert_into(household_workers::table)
            .values((
                household_workers::id.eq(new_id()),
                household_workers::org_id.eq(&actor.org_id),
                household_workers::household_id.eq(&id),
                household_workers::user_id.eq(&actor.user_id),
                household_workers::start_at.eq(now),
            ))
            .execute(c)?;
        history::record(
            c,
            actor,
            "household",
            &id,
            1,
            "created",
            &history::diff(&HouseholdInput::default().fields(), &input.fields()),
        )?;
        audit::append(c, actor, "create", "household", Some(&id))?;
        households::table.find(&id).select(Household::as_select()).first(c).map_err(StoreError::from)
    })
}

pub fn update(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    input: &HouseholdInput,
) -> Result<Saved<Household>, StoreError> {
    scope.require(conn, Action::EditHousehold, Target::Household(id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let current = load(c, scope, id)?;
        if current.archived_at.is_some() {
            return Err(StoreError::Conflict(Conflict::Archived));
        }
        if current.version != version {
            audit::append(c, actor, "view", "household", Some(id))?;
            return Ok(Saved::Stale { current });
        }
        let changes: Vec<FieldChange> = history::diff(&current.input().fields(), &input.fields());
        if changes.is_empty() {
            return Ok(Saved::Saved(current));
        }
        let next = version + 1;
        let n = diesel::update(households::table.filter(households::id.eq(id)).filter(households::version.eq(version)))
            .set((
                households::name.eq(&input.name),
                households::address.eq(&input.address),
                households::household_type.eq(&input.household_type),
                households::approval_status.eq(&input.approval_status),
                households::approval_age_min.eq(input.approval_age_min),
                households::approval_age_max.eq(input.approval_age_max),
                households::approval_places.eq(input.approval_places),
                households::approval_placement_types.eq(&input.approval_placement_types),
                households::approval_date.eq(&input.approval_date),
                households::next_review_date.eq(&input.next_review_date),
                households::updated_at.eq(now_micros()),
                households::updated_by.eq(&actor.user_id),
                households::version.eq(next),
            ))
            .execute(c)?;
        if n != 1 {
            return Ok(Saved::Stale { current: load(c, scope, id)? });
        }
        history::record(c, actor, "household", id, next, "updated", &changes)?;
        audit::append(c, actor, "update", "household", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

pub fn set_archived(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    archived: bool,
) -> Result<Saved<Household>, StoreError> {
    scope.require(conn, Action::EditHousehold, Target::Household(id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let current = load(c, scope, id)?;
        if current.version != version {
            return Ok(Saved::Stale { current });
        }
        let next = version + 1;
        diesel::update(households::table.filter(households::id.eq(id)).filter(households::version.eq(version)))
            .set((
                households::archived_at.eq(archived.then(now_micros)),
                households::version.eq(next),
                households::updated_by.eq(&actor.user_id),
                households::updated_at.eq(now_micros()),
            ))
            .execute(c)?;
        history::record(c, actor, "household", id, next, if archived { "archived" } else { "restored" }, &[])?;
        audit::append(c, actor, if archived { "archive" } else { "restore" }, "household", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// Children currently placed, per household.
/// The households the actor may open, reached `through` their caseload, their teams' or both,
/// with how many children live in each now: one statement, the reach part of it.
fn summaries(conn: &mut DbConnection, scope: &Scope, through: Through) -> Result<Vec<HouseholdSummary>, StoreError> {
    let rows: Vec<Household> = households::table
        .filter(households::org_id.eq(scope.org_id()))
        .filter(scope.households_where("households.id", Action::ViewHousehold, through))
        .filter(households::archived_at.is_null())
        .select(Household::as_select())
        .load(conn)?;
    let counts: Vec<(String, i64)> = if rows.is_empty() {
        Vec::new()
    } else {
        placements::table
            .filter(placements::org_id.eq(scope.org_id()))
            .filter(placements::end_date.is_null())
            .filter(scope.households_where("placements.household_id", Action::ViewHousehold, through))
            .group_by(placements::household_id)
            .select((placements::household_id, diesel::dsl::count_star()))
            .load(conn)?
    };
    let mut out: Vec<HouseholdSummary> = rows
        .into_iter()
        .map(|h| HouseholdSummary {
            placed: counts.iter().find(|(id, _)| *id == h.id).map(|(_, n)| *n).unwrap_or(0),
            id: h.id,
            name: h.name,
            household_type: h.household_type,
            approval_status: h.approval_status,
            next_review_date: h.next_review_date,
            places: h.approval_places,
        })
        .collect();
    out.sort_by_key(|a| a.name.to_lowercase());
    Ok(out)
}

pub fn list_visible(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<HouseholdSummary>, StoreError> {
    summaries(conn, scope, Through::Any)
}

pub fn list_own(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<HouseholdSummary>, StoreError> {
    summaries(conn, scope, Through::Own)
}

pub fn search(conn: &mut DbConnection, scope: &Scope, query: &str) -> Result<Vec<HouseholdSummary>, StoreError> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Ok(Vec::new());
    }
    let words: Vec<&str> = needle.split_whitespace().collect();
    let mut all = summaries(conn, scope, Through::Any)?;
    // Households are found by their name or by a member's name.
    let members: Vec<(String, String)> = household_members::table
        .filter(household_members::org_id.eq(scope.org_id()))
        .filter(scope.households_where("household_members.household_id", Action::ViewHousehold, Through::Any))
        .filter(household_members::archived_at.is_null())
        .select((household_members::household_id, household_members::name))
        .load::<(String, String)>(conn)?;
    all.retain(|h| {
        let names: String =
            members.iter().filter(|(id, _)| *id == h.id).map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(" ");
        let hay = format!("{} {names}", h.name).to_lowercase();
        words.iter().all(|w| hay.contains(w))
    });
    Ok(all)
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = household_members)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub member_role: String,
    pub carer_type: Option<String>,
    pub user_id: Option<String>,
    pub date_of_birth: Option<String>,
}

pub fn members(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Vec<Member>, StoreError> {
    scope.require(conn, Action::ViewHousehold, Target::Household(id))?;
    Ok(household_members::table
        .filter(household_members::household_id.eq(id))
        .filter(household_members::org_id.eq(scope.org_id()))
        .filter(household_members::archived_at.is_null())
        .order(household_members::created_at.asc())
        .select(Member::as_select())
        .load(conn)?)
}

pub struct MemberInput {
    pub name: String,
    pub member_role: String,
    pub carer_type: Option<String>,
    pub user_id: Option<String>,
    pub date_of_birth: Option<String>,
}

pub fn add_member(
    conn: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
    input: &MemberInput,
) -> Result<(), StoreError> {
    scope.require(conn, Action::EditHousehold, Target::Household(household_id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let h = load(c, scope, household_id)?;
        if h.archived_at.is_some() {
            return Err(StoreError::Conflict(Conflict::Archived));
        }
        if let Some(uid) = &input.user_id {
            // A linked account must belong to the same organisation.
            crate::users::get_in_org(c, &actor.org_id, uid)?;
        }
        diesel::insert_into(household_members::table)
            .values((
                household_members::id.eq(new_id()),
                household_members::org_id.eq(&actor.org_id),
                household_members::household_id.eq(household_id),
                household_members::name.eq(&input.name),
                household_members::member_role.eq(&input.member_role),
                household_members::carer_type.eq(&input.carer_type),
                household_members::user_id.eq(&input.user_id),
                household_members::date_of_birth.eq(&input.date_of_birth),
                household_members::created_at.eq(now_micros()),
                household_members::created_by.eq(&actor.user_id),
            ))
            .execute(c)?;
        let fields = vec![FieldChange {
            field: "member".into(),
            from: String::new(),
            to: format!("{} ({})", input.name, input.member_role),
        }];
        history::record(c, actor, "household", household_id, h.version, "member added", &fields)?;
        audit::append(c, actor, "update", "household", Some(household_id))
    })
}

pub fn workers(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Vec<(String, String)>, StoreError> {
    scope.require(conn, Action::ViewHousehold, Target::Household(id))?;
    Ok(household_workers::table
        .inner_join(users::table)
        .filter(household_workers::household_id.eq(id))
        .filter(household_workers::org_id.eq(scope.org_id()))
        .filter(household_workers::end_at.is_null())
        .select((users::id, users::display_name))
        .load(conn)?)
}

/// For the access log of a household's record: fails with `NotFound` unless the household exists
/// in the actor's organisation, and gives its name only to those who may open the record itself.
pub fn audit_subject(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Option<String>, StoreError> {
    let h = load(conn, scope, id)?;
    Ok(scope.can(conn, Action::ViewHousehold, Target::Household(id))?.then_some(h.name))
}

/// Whether the household's record is archived (and so read-only), without opening it.
pub fn is_archived(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<bool, StoreError> {
    scope.require(conn, Action::ViewHousehold, Target::Household(id))?;
    Ok(load(conn, scope, id)?.archived_at.is_some())
}
