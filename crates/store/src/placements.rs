//! Placements: a child living with a household, from a start date to an end with a reason.

use diesel::prelude::*;
use securebase_core::policy::Action;

use crate::access::{Scope, Target};
use crate::children::Saved;
use crate::db::write_tx;
use crate::error::Conflict;
use crate::history::{self, FieldChange};
use crate::schema::{children, households, placements};
use crate::{DbConnection, StoreError, audit, new_id, now_micros};

/// Placements with the names of their child and household, in the same statement (one that is
/// prepared once, unlike a lookup by a list of ids).
macro_rules! named_placements {
    () => {
        placements::table.inner_join(children::table).inner_join(households::table).select((
            Placement::as_select(),
            (children::given_names, children::preferred_name, children::family_name),
            households::name,
        ))
    };
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = placements)]
pub struct Placement {
    pub id: String,
    pub org_id: String,
    pub child_id: String,
    pub household_id: String,
    pub placement_type: String,
    pub start_date: String,
    pub planned_end_date: Option<String>,
    pub end_date: Option<String>,
    pub end_reason: Option<String>,
    pub end_note: String,
    pub version: i64,
}

/// A placement with the names on both sides, for lists.
#[derive(Debug, Clone)]
pub struct PlacementLine {
    pub placement: Placement,
    pub child_name: String,
    pub household_name: String,
}

pub struct StartInput {
    pub household_id: String,
    pub placement_type: String,
    pub start_date: String,
    pub planned_end_date: Option<String>,
}

pub struct EndInput {
    pub end_date: String,
    pub end_reason: String,
    pub end_note: String,
}

/// (household id, name, children placed now, approved places)
pub type Placeable = (String, String, i64, Option<i32>);

/// Households a child could be placed with: approved, in the organisation, not archived, with
/// the number of children placed now. Only names and vacancy are shown, for choosing.
pub fn placeable_households(
    conn: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
) -> Result<Vec<Placeable>, StoreError> {
    scope.require(conn, Action::ManagePlacement, Target::Child(child_id))?;
    let rows: Vec<(String, String, Option<i32>)> = households::table
        .filter(households::org_id.eq(scope.org_id()))
        .filter(households::approval_status.eq("approved"))
        .filter(households::archived_at.is_null())
        .order(households::name.asc())
        .select((households::id, households::name, households::approval_places))
        .load(conn)?;
    let counts: Vec<(String, i64)> = placements::table
        .filter(placements::org_id.eq(scope.org_id()))
        .filter(placements::end_date.is_null())
        .group_by(placements::household_id)
        .select((placements::household_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, places)| {
            let placed = counts.iter().find(|(h, _)| *h == id).map(|(_, n)| *n).unwrap_or(0);
            (id, name, placed, places)
        })
        .collect())
}

pub fn start(
    conn: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
    input: &StartInput,
) -> Result<Placement, StoreError> {
    scope.require(conn, Action::ManagePlacement, Target::Child(child_id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let (version, archived): (i64, Option<i64>) = children::table
            .filter(children::id.eq(child_id))
            .filter(children::org_id.eq(&actor.org_id))
            .select((children::version, children::archived_at))
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if archived.is_some() {
            return Err(StoreError::Conflict(Conflict::Archived));
        }
        let (places, status): (Option<i32>, String) = households::table
            .filter(households::id.eq(&input.household_id))
            .filter(households::org_id.eq(&actor.org_id))
            .filter(households::archived_at.is_null())
            .select((households::approval_places, households::approval_status))
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let current: i64 = placements::table
            .filter(placements::child_id.eq(child_id))
            .filter(placements::end_date.is_null())
            .count()
            .get_result(c)?;
        if current > 0 {
            return Err(StoreError::Conflict(Conflict::AlreadyPlaced));
        }
        let placed: i64 = placements::table
            .filter(placements::household_id.eq(&input.household_id))
            .filter(placements::end_date.is_null())
            .count()
            .get_result(c)?;
        if status != "approved" || places.is_some_and(|p| placed >= i64::from(p)) {
            return Err(StoreError::Conflict(Conflict::NoVacancy));
        }
        let id = new_id();
        let now = now_micros();
        diesel::insert_into(placements::table)
            .values((
                placements::id.eq(&id),
                placements::org_id.eq(&actor.org_id),
                placements::child_id.eq(child_id),
                placements::household_id.eq(&input.household_id),
                placements::placement_type.eq(&input.placement_type),
                placements::start_date.eq(&input.start_date),
                placements::planned_end_date.eq(&input.planned_end_date),
                placements::created_at.eq(now),
                placements::created_by.eq(&actor.user_id),
                placements::updated_at.eq(now),
                placements::updated_by.eq(&actor.user_id),
                placements::version.eq(1_i64),
            ))
            .execute(c)?;
        let fields = vec![FieldChange {
            field: "placement".into(),
            from: String::new(),
            to: format!("{} from {}", input.placement_type, input.start_date),
        }];
        history::record(c, actor, "child", child_id, version, "placement started", &fields)?;
        audit::append(c, actor, "placement start", "child", Some(child_id))?;
        audit::append(c, actor, "placement start", "household", Some(&input.household_id))?;
        placements::table.find(&id).select(Placement::as_select()).first(c).map_err(StoreError::from)
    })
}

/// A placement the actor may manage, through its child.
pub fn get(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<PlacementLine, StoreError> {
    let found: Named = named_placements!()
        .filter(placements::id.eq(id))
        .filter(placements::org_id.eq(scope.org_id()))
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    scope.require(conn, Action::ManagePlacement, Target::Child(&found.0.child_id))?;
    Ok(line(found))
}

pub fn end(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    input: &EndInput,
) -> Result<Saved<Placement>, StoreError> {
    let line = get(conn, scope, id)?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let current: Placement = placements::table.find(id).select(Placement::as_select()).first(c)?;
        if current.version != version || current.end_date.is_some() {
            return Ok(Saved::Stale { current });
        }
        diesel::update(placements::table.filter(placements::id.eq(id)).filter(placements::version.eq(version)))
            .set((
                placements::end_date.eq(&input.end_date),
                placements::end_reason.eq(&input.end_reason),
                placements::end_note.eq(&input.end_note),
                placements::updated_at.eq(now_micros()),
                placements::updated_by.eq(&actor.user_id),
                placements::version.eq(version + 1),
            ))
            .execute(c)?;
        let child_version: i64 = children::table.find(&line.placement.child_id).select(children::version).first(c)?;
        let fields = vec![FieldChange {
            field: "placement".into(),
            from: format!("with {}", line.household_name),
            to: format!("ended {} ({})", input.end_date, input.end_reason),
        }];
        history::record(c, actor, "child", &line.placement.child_id, child_version, "placement ended", &fields)?;
        audit::append(c, actor, "placement end", "child", Some(&line.placement.child_id))?;
        audit::append(c, actor, "placement end", "household", Some(&line.placement.household_id))?;
        Ok(Saved::Saved(placements::table.find(id).select(Placement::as_select()).first(c)?))
    })
}

type Named = (Placement, (String, String, String), String);

fn line((placement, (given, preferred, family), household_name): Named) -> PlacementLine {
    let first = if preferred.is_empty() { given } else { preferred };
    PlacementLine { placement, child_name: format!("{first} {family}"), household_name }
}

/// A child's placements, newest first.
pub fn for_child(conn: &mut DbConnection, scope: &Scope, child_id: &str) -> Result<Vec<PlacementLine>, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(child_id))?;
    let rows: Vec<Named> = named_placements!()
        .filter(placements::child_id.eq(child_id))
        .filter(placements::org_id.eq(scope.org_id()))
        .order(placements::start_date.desc())
        .load(conn)?;
    Ok(rows.into_iter().map(line).collect())
}

/// A household's placements, newest first. Carers see the children placed with them now, not
/// those who have left (their records are no longer theirs to read).
pub fn for_household(
    conn: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
) -> Result<Vec<PlacementLine>, StoreError> {
    scope.require(conn, Action::ViewHousehold, Target::Household(household_id))?;
    let rows: Vec<Named> = named_placements!()
        .filter(placements::household_id.eq(household_id))
        .filter(placements::org_id.eq(scope.org_id()))
        .order(placements::start_date.desc())
        .load(conn)?;
    let mut visible: Vec<PlacementLine> = Vec::new();
    for row in rows {
        let p = &row.0;
        if p.end_date.is_none()
            || scope.can(conn, Action::ViewChild, Target::Child(&p.child_id))?
            || scope.can(conn, Action::EditHousehold, Target::Household(household_id))?
        {
            visible.push(line(row));
        }
    }
    Ok(visible)
}
