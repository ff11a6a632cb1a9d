//! Allocating children and households to workers. Allocations keep their history: a new
//! allocation ends the previous one rather than overwriting it.

use diesel::prelude::*;
use securebase_core::Role;
use securebase_core::policy::Action;

use crate::access::{Scope, Target};
use crate::db::write_tx;
use crate::history::{self, FieldChange};
use crate::schema::{child_workers, children, household_workers, households, team_members, users};
use crate::{DbConnection, StoreError, audit, new_id, now_micros};

/// People in the actor's organisation who can hold the given kind of case.
pub fn eligible_workers(
    conn: &mut DbConnection,
    scope: &Scope,
    role: Role,
) -> Result<Vec<(String, String)>, StoreError> {
    let all = crate::users::list_in_org(conn, scope.org_id())?;
    Ok(all
        .into_iter()
        .filter(|u| !u.disabled && (u.has_role(role) || u.has_role(Role::TeamManager)))
        .map(|u| (u.id, u.display_name))
        .collect())
}

fn check_worker(conn: &mut DbConnection, scope: &Scope, user_id: &str, role: Role) -> Result<(), StoreError> {
    let u = crate::users::get_in_org(conn, scope.org_id(), user_id)?;
    if u.disabled || !(u.has_role(role) || u.has_role(Role::TeamManager)) {
        return Err(StoreError::Invalid(format!("{} cannot hold this kind of case", u.display_name)));
    }
    Ok(())
}

pub fn allocate_child(
    conn: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
    worker_id: &str,
) -> Result<(), StoreError> {
    scope.require(conn, Action::AllocateWorker, Target::Child(child_id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        check_worker(c, scope, worker_id, Role::ChildSocialWorker)?;
        let version: i64 = children::table
            .filter(children::id.eq(child_id))
            .filter(children::org_id.eq(&actor.org_id))
            .select(children::version)
            .first(c)?;
        let now = now_micros();
        diesel::update(
            child_workers::table.filter(child_workers::child_id.eq(child_id)).filter(child_workers::end_at.is_null()),
        )
        .set(child_workers::end_at.eq(now))
        .execute(c)?;
        diesel::insert_into(child_workers::table)
            .values((
                child_workers::id.eq(new_id()),
                child_workers::org_id.eq(&actor.org_id),
                child_workers::child_id.eq(child_id),
                child_workers::user_id.eq(worker_id),
                child_workers::start_at.eq(now),
            ))
            .execute(c)?;
        let name: String = users::table.find(worker_id).select(users::display_name).first(c)?;
        history::record(
            c,
            actor,
            "child",
            child_id,
            version,
            "allocated",
            &[FieldChange { field: "worker".into(), from: String::new(), to: name }],
        )?;
        audit::append(c, actor, "allocate", "child", Some(child_id))
    })
}

pub fn allocate_household(
    conn: &mut DbConnection,
    scope: &Scope,
    household_id: &str,
    worker_id: &str,
) -> Result<(), StoreError> {
    scope.require(conn, Action::AllocateWorker, Target::Household(household_id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        check_worker(c, scope, worker_id, Role::SupervisingSocialWorker)?;
        let version: i64 = households::table
            .filter(households::id.eq(household_id))
            .filter(households::org_id.eq(&actor.org_id))
            .select(households::version)
            .first(c)?;
        let now = now_micros();
        diesel::update(
            household_workers::table
                .filter(household_workers::household_id.eq(household_id))
                .filter(household_workers::end_at.is_null()),
        )
        .set(household_workers::end_at.eq(now))
        .execute(c)?;
        diesel::insert_into(household_workers::table)
            .values((
                household_workers::id.eq(new_id()),
                household_workers::org_id.eq(&actor.org_id),
                household_workers::household_id.eq(household_id),
                household_workers::user_id.eq(worker_id),
                household_workers::start_at.eq(now),
            ))
            .execute(c)?;
        let name: String = users::table.find(worker_id).select(users::display_name).first(c)?;
        history::record(
            c,
            actor,
            "household",
            household_id,
            version,
            "allocated",
            &[FieldChange { field: "worker".into(), from: String::new(), to: name }],
        )?;
        audit::append(c, actor, "allocate", "household", Some(household_id))
    })
}

/// For a manager's home page: each member of the teams they manage, with their caseload sizes.
#[derive(Debug, Clone)]
pub struct WorkerLoad {
    pub user_id: String,
    pub name: String,
    pub team: String,
    pub children: i64,
    pub households: i64,
}

pub fn team_loads(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<WorkerLoad>, StoreError> {
    let me = &scope.actor().user_id;
    let managed: Vec<String> = team_members::table
        .filter(team_members::user_id.eq(me))
        .filter(team_members::is_manager.eq(true))
        .select(team_members::team_id)
        .load(conn)?;
    if managed.is_empty() {
        return Ok(Vec::new());
    }
    let teams = crate::teams::list_in_org(conn, scope.org_id())?;
    // Two grouped counts over the managed teams' members, by the index on the worker, rather
    // than two queries per member (or a count over the whole organisation).
    // The managed teams' members as a subselect on the manager, not a list of team ids: one plan
    // serves every manager (a list would be planned for no length in particular, and scanned).
    diesel::alias!(team_members as MANAGED: ManagedTeams);
    let members = || {
        team_members::table
            .filter(
                team_members::team_id.eq_any(
                    MANAGED
                        .filter(MANAGED.field(team_members::user_id).eq(me))
                        .filter(MANAGED.field(team_members::is_manager).eq(true))
                        .select(MANAGED.field(team_members::team_id)),
                ),
            )
            .select(team_members::user_id)
    };
    let kids: Vec<(String, i64)> = child_workers::table
        .filter(child_workers::org_id.eq(scope.org_id()))
        .filter(child_workers::user_id.eq_any(members()))
        .filter(child_workers::end_at.is_null())
        .group_by(child_workers::user_id)
        .select((child_workers::user_id, diesel::dsl::count_star()))
        .load(conn)?;
    let homes: Vec<(String, i64)> = household_workers::table
        .filter(household_workers::org_id.eq(scope.org_id()))
        .filter(household_workers::user_id.eq_any(members()))
        .filter(household_workers::end_at.is_null())
        .group_by(household_workers::user_id)
        .select((household_workers::user_id, diesel::dsl::count_star()))
        .load(conn)?;
    let count = |rows: &[(String, i64)], user: &str| rows.iter().find(|(u, _)| u == user).map_or(0, |(_, n)| *n);
    let mut out = Vec::new();
    for t in teams.into_iter().filter(|t| managed.contains(&t.id)) {
        for m in t.members {
            out.push(WorkerLoad {
                children: count(&kids, &m.user_id),
                households: count(&homes, &m.user_id),
                user_id: m.user_id,
                name: m.name,
                team: t.name.clone(),
            });
        }
    }
    Ok(out)
}
