//! Who is acting, and what they can reach. A [`Scope`] can only be made by resolving an
//! [`Actor`] against the database here, and every query that reads case data takes one: a query
//! that forgets access control does not compile.

use std::collections::HashSet;

use diesel::prelude::*;
use securebase_core::Role;
use securebase_core::policy::{self, Action, Relation};

use crate::schema::{child_workers, household_members, household_workers, placements, team_members};
use crate::{DbConnection, StoreError};

/// The signed-in person acting, with what the audit trail needs to know about the request.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: String,
    pub org_id: String,
    pub roles: Vec<Role>,
    pub request_id: Option<String>,
    pub client_addr: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    Org,
    Child(&'a str),
    Household(&'a str),
}

#[derive(Debug, Default, Clone)]
struct Reach {
    children: HashSet<String>,
    households: HashSet<String>,
}

/// What one actor can reach, worked out once per request.
#[derive(Debug, Clone)]
pub struct Scope {
    actor: Actor,
    /// Per role held: what is on their own caseload (or household) and on their teams'.
    own: Vec<(Role, Reach)>,
    team: Reach,
}

fn currently_placed_in(
    conn: &mut DbConnection,
    org: &str,
    households: &HashSet<String>,
) -> Result<HashSet<String>, StoreError> {
    if households.is_empty() {
        return Ok(HashSet::new());
    }
    let ids: Vec<&String> = households.iter().collect();
    Ok(placements::table
        .filter(placements::org_id.eq(org))
        .filter(placements::household_id.eq_any(ids))
        .filter(placements::end_date.is_null())
        .select(placements::child_id)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

fn homes_of(conn: &mut DbConnection, org: &str, children: &HashSet<String>) -> Result<HashSet<String>, StoreError> {
    if children.is_empty() {
        return Ok(HashSet::new());
    }
    let ids: Vec<&String> = children.iter().collect();
    Ok(placements::table
        .filter(placements::org_id.eq(org))
        .filter(placements::child_id.eq_any(ids))
        .filter(placements::end_date.is_null())
        .select(placements::household_id)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// A worker's own caseload: the children allocated to them and the households allocated to
/// them, with the children living in those households and the households those children live in.
fn caseload_of(conn: &mut DbConnection, org: &str, users: &[String]) -> Result<Reach, StoreError> {
    let children: HashSet<String> = child_workers::table
        .filter(child_workers::org_id.eq(org))
        .filter(child_workers::user_id.eq_any(users))
        .filter(child_workers::end_at.is_null())
        .select(child_workers::child_id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let households: HashSet<String> = household_workers::table
        .filter(household_workers::org_id.eq(org))
        .filter(household_workers::user_id.eq_any(users))
        .filter(household_workers::end_at.is_null())
        .select(household_workers::household_id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let mut reach = Reach::default();
    reach.households.extend(homes_of(conn, org, &children)?);
    reach.children.extend(currently_placed_in(conn, org, &households)?);
    reach.children.extend(children);
    reach.households.extend(households);
    Ok(reach)
}

impl Scope {
    pub fn resolve(conn: &mut DbConnection, actor: Actor) -> Result<Scope, StoreError> {
        let org = actor.org_id.clone();
        let me = vec![actor.user_id.clone()];
        let mut own = Vec::new();
        let mut team = Reach::default();
        for role in actor.roles.clone() {
            let reach = match role {
                Role::ChildSocialWorker | Role::SupervisingSocialWorker | Role::TeamManager => {
                    caseload_of(conn, &org, &me)?
                }
                Role::Caregiver => {
                    let households: HashSet<String> = household_members::table
                        .filter(household_members::org_id.eq(&org))
                        .filter(household_members::user_id.eq(&actor.user_id))
                        .filter(household_members::archived_at.is_null())
                        .select(household_members::household_id)
                        .load::<String>(conn)?
                        .into_iter()
                        .collect();
                    Reach { children: currently_placed_in(conn, &org, &households)?, households }
                }
                Role::AgencyAdmin | Role::Auditor => Reach::default(),
            };
            if role == Role::TeamManager {
                let managed: Vec<String> = team_members::table
                    .filter(team_members::user_id.eq(&actor.user_id))
                    .filter(team_members::is_manager.eq(true))
                    .select(team_members::team_id)
                    .load(conn)?;
                let members: Vec<String> = team_members::table
                    .filter(team_members::team_id.eq_any(&managed))
                    .select(team_members::user_id)
                    .load(conn)?;
                team = caseload_of(conn, &org, &members)?;
            }
            own.push((role, reach));
        }
        Ok(Scope { actor, own, team })
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    pub fn org_id(&self) -> &str {
        &self.actor.org_id
    }

    fn relation(&self, role: Role, reach: &Reach, target: Target<'_>) -> Relation {
        let (own, team) = match target {
            Target::Org => return Relation::Org,
            Target::Child(id) => (reach.children.contains(id), self.team.children.contains(id)),
            Target::Household(id) => (reach.households.contains(id), self.team.households.contains(id)),
        };
        if own {
            Relation::Own
        } else if team && role == Role::TeamManager {
            Relation::Team
        } else {
            Relation::Org
        }
    }

    /// Whether any of the actor's roles allows `action` on `target`. Records of other
    /// organisations never reach this far: every query filters by organisation first.
    pub fn can(&self, action: Action, target: Target<'_>) -> bool {
        self.own.iter().any(|(role, reach)| policy::allows(*role, action, self.relation(*role, reach, target)))
    }

    /// Fails with `NotFound` (never "forbidden") when the action is not allowed.
    pub fn require(&self, action: Action, target: Target<'_>) -> Result<(), StoreError> {
        if self.can(action, target) { Ok(()) } else { Err(StoreError::NotFound) }
    }

    /// Every child the actor may open.
    pub fn visible_children(&self) -> Vec<String> {
        let mut all: HashSet<&String> = HashSet::new();
        for (_, reach) in &self.own {
            all.extend(reach.children.iter());
        }
        all.extend(self.team.children.iter());
        let mut v: Vec<String> =
            all.into_iter().filter(|id| self.can(Action::ViewChild, Target::Child(id))).cloned().collect();
        v.sort();
        v
    }

    pub fn visible_households(&self) -> Vec<String> {
        let mut all: HashSet<&String> = HashSet::new();
        for (_, reach) in &self.own {
            all.extend(reach.households.iter());
        }
        all.extend(self.team.households.iter());
        let mut v: Vec<String> =
            all.into_iter().filter(|id| self.can(Action::ViewHousehold, Target::Household(id))).cloned().collect();
        v.sort();
        v
    }

    /// The children on the actor's own caseload (not their teams').
    pub fn own_children(&self) -> Vec<String> {
        let mut v: Vec<String> =
            self.own.iter().flat_map(|(_, r)| r.children.iter().cloned()).collect::<HashSet<_>>().into_iter().collect();
        v.sort();
        v
    }

    pub fn own_households(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .own
            .iter()
            .flat_map(|(_, r)| r.households.iter().cloned())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        v.sort();
        v
    }
}
