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

/// Whose caseload [`on_caseload`] looks at.
#[derive(Clone, Copy)]
enum Whose<'a> {
    Me(&'a str),
    /// Everyone in the teams this person manages.
    TeamOf(&'a str),
}

/// A yes-or-no query, run on the backend's own connection (see `native!`).
macro_rules! native_bool {
    ($conn:expr, $query:expr) => {
        native!($conn, c => $query.get_result::<bool>(c))
    };
}

diesel::alias!(team_members as MANAGED: ManagedTeams);

/// The people in the teams `me` manages, as a subselect.
macro_rules! team_of {
    ($me:expr) => {
        team_members::table
            .filter(
                team_members::team_id.eq_any(
                    MANAGED
                        .filter(MANAGED.field(team_members::user_id).eq($me))
                        .filter(MANAGED.field(team_members::is_manager).eq(true))
                        .select(MANAGED.field(team_members::team_id)),
                ),
            )
            .select(team_members::user_id)
    };
}

/// Whether a child is on a caseload, as [`caseload_of`] has it: allocated to the worker, or
/// living in a household allocated to them. `$cw` and `$hw` pick the workers' allocations.
macro_rules! child_on_caseload {
    ($conn:expr, $org:expr, $id:expr, $cw:expr, $hw:expr) => {
        native_bool!(
            $conn,
            diesel::select(
                diesel::dsl::exists(
                    child_workers::table
                        .filter(child_workers::org_id.eq($org))
                        .filter(child_workers::child_id.eq($id))
                        .filter(child_workers::end_at.is_null())
                        .filter($cw),
                )
                .or(diesel::dsl::exists(
                    placements::table
                        .filter(placements::org_id.eq($org))
                        .filter(placements::child_id.eq($id))
                        .filter(placements::end_date.is_null())
                        .filter(
                            placements::household_id.eq_any(
                                household_workers::table
                                    .filter(household_workers::org_id.eq($org))
                                    .filter(household_workers::end_at.is_null())
                                    .filter($hw)
                                    .select(household_workers::household_id),
                            ),
                        ),
                )),
            )
        )
    };
}

/// Whether a household is on a caseload: allocated to the worker, or home now to a child
/// allocated to them.
macro_rules! household_on_caseload {
    ($conn:expr, $org:expr, $id:expr, $cw:expr, $hw:expr) => {
        native_bool!(
            $conn,
            diesel::select(
                diesel::dsl::exists(
                    household_workers::table
                        .filter(household_workers::org_id.eq($org))
                        .filter(household_workers::household_id.eq($id))
                        .filter(household_workers::end_at.is_null())
                        .filter($hw),
                )
                .or(diesel::dsl::exists(
                    placements::table
                        .filter(placements::org_id.eq($org))
                        .filter(placements::household_id.eq($id))
                        .filter(placements::end_date.is_null())
                        .filter(
                            placements::child_id.eq_any(
                                child_workers::table
                                    .filter(child_workers::org_id.eq($org))
                                    .filter(child_workers::end_at.is_null())
                                    .filter($cw)
                                    .select(child_workers::child_id),
                            ),
                        ),
                )),
            )
        )
    };
}

fn on_caseload(conn: &mut DbConnection, org: &str, target: Target<'_>, whose: Whose<'_>) -> Result<bool, StoreError> {
    Ok(match (target, whose) {
        (Target::Org, _) => false,
        (Target::Child(id), Whose::Me(me)) => {
            child_on_caseload!(conn, org, id, child_workers::user_id.eq(me), household_workers::user_id.eq(me))?
        }
        (Target::Child(id), Whose::TeamOf(me)) => child_on_caseload!(
            conn,
            org,
            id,
            child_workers::user_id.eq_any(team_of!(me)),
            household_workers::user_id.eq_any(team_of!(me))
        )?,
        (Target::Household(id), Whose::Me(me)) => {
            household_on_caseload!(conn, org, id, child_workers::user_id.eq(me), household_workers::user_id.eq(me))?
        }
        (Target::Household(id), Whose::TeamOf(me)) => household_on_caseload!(
            conn,
            org,
            id,
            child_workers::user_id.eq_any(team_of!(me)),
            household_workers::user_id.eq_any(team_of!(me))
        )?,
    })
}

/// Whether `target` is a caregiver's own household, or a child placed in it now.
fn in_own_home(conn: &mut DbConnection, org: &str, target: Target<'_>, me: &str) -> Result<bool, StoreError> {
    macro_rules! homes {
        () => {
            household_members::table
                .filter(household_members::org_id.eq(org))
                .filter(household_members::user_id.eq(me))
                .filter(household_members::archived_at.is_null())
        };
    }
    Ok(match target {
        Target::Org => false,
        Target::Child(id) => native_bool!(
            conn,
            diesel::select(diesel::dsl::exists(
                placements::table
                    .filter(placements::org_id.eq(org))
                    .filter(placements::child_id.eq(id))
                    .filter(placements::end_date.is_null())
                    .filter(placements::household_id.eq_any(homes!().select(household_members::household_id))),
            ))
        )?,
        Target::Household(id) => native_bool!(
            conn,
            diesel::select(diesel::dsl::exists(homes!().filter(household_members::household_id.eq(id))))
        )?,
    })
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

    /// What the actor can reach of one record, and nothing else: the same answer as
    /// [`Scope::resolve`] gives for `target`, from one or two statements instead of the whole
    /// caseload. For pages about a single record (a profile, say); a scope made this way sees
    /// no other child or household, so it must not be used for lists.
    pub fn resolve_for(conn: &mut DbConnection, actor: Actor, target: Target<'_>) -> Result<Scope, StoreError> {
        let org = actor.org_id.clone();
        let me = actor.user_id.clone();
        let key = match target {
            Target::Org => return Ok(Scope { actor, own: Vec::new(), team: Reach::default() }.with_roles()),
            Target::Child(id) | Target::Household(id) => id.to_owned(),
        };
        let is_worker =
            |r: &Role| matches!(r, Role::ChildSocialWorker | Role::SupervisingSocialWorker | Role::TeamManager);
        let worker_own =
            if actor.roles.iter().any(is_worker) { on_caseload(conn, &org, target, Whose::Me(&me))? } else { false };
        let carer_own =
            if actor.roles.contains(&Role::Caregiver) { in_own_home(conn, &org, target, &me)? } else { false };
        // A manager's team only matters where the record is not on their own caseload.
        let team = actor.roles.contains(&Role::TeamManager)
            && !worker_own
            && on_caseload(conn, &org, target, Whose::TeamOf(&me))?;
        let only = |yes: bool| {
            let mut reach = Reach::default();
            if yes {
                match target {
                    Target::Child(_) => reach.children.insert(key.clone()),
                    _ => reach.households.insert(key.clone()),
                };
            }
            reach
        };
        let own = actor
            .roles
            .iter()
            .map(|role| {
                let yes = match role {
                    r if is_worker(r) => worker_own,
                    Role::Caregiver => carer_own,
                    _ => false,
                };
                (*role, only(yes))
            })
            .collect();
        Ok(Scope { own, team: only(team), actor })
    }

    /// A scope for organisation-level actions only: one empty reach per role.
    fn with_roles(mut self) -> Scope {
        self.own = self.actor.roles.iter().map(|r| (*r, Reach::default())).collect();
        self
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

    /// The children on the caseloads of the teams the actor manages (empty for anyone else).
    pub fn team_children(&self) -> Vec<String> {
        let mut v: Vec<String> = self.team.children.iter().cloned().collect();
        v.sort();
        v
    }

    /// The households on the caseloads of the teams the actor manages.
    pub fn team_households(&self) -> Vec<String> {
        let mut v: Vec<String> = self.team.households.iter().cloned().collect();
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
