//! Teams group workers under managers. Administrators manage them; managers' reach follows them.

use diesel::prelude::*;
use securebase_core::policy::Action;

use crate::access::Scope;
use crate::db::write_tx;
use crate::schema::{team_members, teams, users};
use crate::{DbConnection, StoreError, audit, new_id, now_micros};

#[derive(Debug, Clone)]
pub struct TeamMember {
    pub user_id: String,
    pub name: String,
    pub is_manager: bool,
}

#[derive(Debug, Clone)]
pub struct Team {
    pub id: String,
    pub name: String,
    pub members: Vec<TeamMember>,
}

pub fn list(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<Team>, StoreError> {
    scope.require_in_org(Action::ManageTeams)?;
    list_in_org(conn, scope.org_id())
}

/// Teams of an organisation with their members (also used by managers' home pages).
pub fn list_in_org(conn: &mut DbConnection, org_id: &str) -> Result<Vec<Team>, StoreError> {
    let rows: Vec<(String, String)> = teams::table
        .filter(teams::org_id.eq(org_id))
        .order(teams::name.asc())
        .select((teams::id, teams::name))
        .load(conn)?;
    // The organisation's teams' members, by joins on its teams and its people (their indexes),
    // not by a list of team ids.
    let members: Vec<(String, String, String, bool)> = team_members::table
        .inner_join(users::table)
        .inner_join(teams::table)
        .filter(teams::org_id.eq(org_id))
        .filter(users::org_id.eq(org_id))
        .order(users::display_name.asc())
        .select((team_members::team_id, users::id, users::display_name, team_members::is_manager))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Team {
            members: members
                .iter()
                .filter(|m| m.0 == id)
                .map(|m| TeamMember { user_id: m.1.clone(), name: m.2.clone(), is_manager: m.3 })
                .collect(),
            id,
            name,
        })
        .collect())
}

pub fn create(conn: &mut DbConnection, scope: &Scope, name: &str) -> Result<String, StoreError> {
    scope.require_in_org(Action::ManageTeams)?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let taken: i64 =
            teams::table.filter(teams::org_id.eq(&actor.org_id)).filter(teams::name.eq(name)).count().get_result(c)?;
        if taken > 0 {
            return Err(StoreError::Invalid("a team with that name already exists".into()));
        }
        let id = new_id();
        diesel::insert_into(teams::table)
            .values((
                teams::id.eq(&id),
                teams::org_id.eq(&actor.org_id),
                teams::name.eq(name),
                teams::created_at.eq(now_micros()),
            ))
            .execute(c)?;
        audit::append(c, actor, "create", "team", Some(&id))?;
        Ok(id)
    })
}

/// Adds a person to a team, or changes whether they manage it.
pub fn set_member(
    conn: &mut DbConnection,
    scope: &Scope,
    team_id: &str,
    user_id: &str,
    is_manager: bool,
) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageTeams)?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let team: i64 =
            teams::table.filter(teams::id.eq(team_id)).filter(teams::org_id.eq(&actor.org_id)).count().get_result(c)?;
        if team == 0 {
            return Err(StoreError::NotFound);
        }
        crate::users::get_in_org(c, &actor.org_id, user_id)?;
        diesel::delete(
            team_members::table.filter(team_members::team_id.eq(team_id)).filter(team_members::user_id.eq(user_id)),
        )
        .execute(c)?;
        diesel::insert_into(team_members::table)
            .values((
                team_members::team_id.eq(team_id),
                team_members::user_id.eq(user_id),
                team_members::is_manager.eq(is_manager),
            ))
            .execute(c)?;
        audit::append(c, actor, "update", "team", Some(team_id))
    })
}

pub fn remove_member(conn: &mut DbConnection, scope: &Scope, team_id: &str, user_id: &str) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageTeams)?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let team: i64 =
            teams::table.filter(teams::id.eq(team_id)).filter(teams::org_id.eq(&actor.org_id)).count().get_result(c)?;
        if team == 0 {
            return Err(StoreError::NotFound);
        }
        diesel::delete(
            team_members::table.filter(team_members::team_id.eq(team_id)).filter(team_members::user_id.eq(user_id)),
        )
        .execute(c)?;
        audit::append(c, actor, "update", "team", Some(team_id))
    })
}
