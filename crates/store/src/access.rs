//! Who is acting, and what they can reach. Every query that reads case data takes a [`Scope`]:
//! a query that forgets access control does not compile.
//!
//! A scope holds no list of what the actor can reach. A question about one record
//! ([`Scope::can`], [`Scope::require`]) is answered by a few indexed `EXISTS` lookups on that
//! record, remembered for the rest of the request; a list is filtered in its own SQL by
//! [`Scope::children_where`] or [`Scope::households_where`], subselects on the actor's caseload,
//! teams and household. Either way the cost follows the actor's own caseload, never the size of
//! their organisation or of anyone else's (decision 54).

use std::cell::RefCell;

use diesel::backend::Backend;
use diesel::expression::{AppearsOnTable, Expression, SelectableExpression, ValidGrouping, is_aggregate};
use diesel::prelude::*;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{Bool, HasSqlType, Text};
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

/// Which part of a person's reach a list is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Through {
    /// Their own caseload, or for a carer their own household.
    Own,
    /// The caseloads of the teams they manage.
    Team,
    /// Both.
    Any,
}

/// How one record stands to the actor, looked up once per request.
#[derive(Debug, Clone, Copy, Default)]
struct Standing {
    /// On their own caseload (any worker role).
    worker_own: bool,
    /// Their own household, or a child placed in it now.
    carer_own: bool,
    /// On the caseload of a team they manage (and not on their own).
    team: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    Child(String),
    Household(String),
}

/// What one actor can reach, asked record by record.
#[derive(Debug, Clone)]
pub struct Scope {
    actor: Actor,
    /// Records already looked up in this request. A scope lives for one request (or one piece
    /// of store work), so what it remembers is as fresh as a resolved caseload ever was.
    known: RefCell<Vec<(Key, Standing)>>,
}

fn is_worker(role: &Role) -> bool {
    matches!(role, Role::ChildSocialWorker | Role::SupervisingSocialWorker | Role::TeamManager)
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

/// Whether a child is on a caseload: allocated to the worker, or living in a household
/// allocated to them. `$cw` and `$hw` pick the workers' allocations.
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

/// Whether `target` is a record of the organisation `org`.
fn in_org(conn: &mut DbConnection, org: &str, target: Target<'_>) -> Result<bool, StoreError> {
    use crate::schema::{children, households};
    Ok(match target {
        Target::Org => true,
        Target::Child(id) => native_bool!(
            conn,
            diesel::select(diesel::dsl::exists(
                children::table.filter(children::id.eq(id)).filter(children::org_id.eq(org))
            ))
        )?,
        Target::Household(id) => native_bool!(
            conn,
            diesel::select(diesel::dsl::exists(
                households::table.filter(households::id.eq(id)).filter(households::org_id.eq(org))
            ))
        )?,
    })
}

impl Scope {
    /// The scope of one actor. Nothing is read until a question is asked.
    pub fn of(actor: Actor) -> Scope {
        Scope { actor, known: RefCell::new(Vec::new()) }
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    pub fn org_id(&self) -> &str {
        &self.actor.org_id
    }

    fn holds(&self, role: Role) -> bool {
        self.actor.roles.contains(&role)
    }

    /// How `target` stands to the actor, from the lookups their roles need, once per request.
    fn standing(&self, conn: &mut DbConnection, target: Target<'_>) -> Result<Standing, StoreError> {
        let key = match target {
            Target::Org => return Ok(Standing::default()),
            Target::Child(id) => Key::Child(id.to_owned()),
            Target::Household(id) => Key::Household(id.to_owned()),
        };
        if let Some((_, s)) = self.known.borrow().iter().find(|(k, _)| *k == key) {
            return Ok(*s);
        }
        let (org, me) = (self.actor.org_id.as_str(), self.actor.user_id.as_str());
        let worker_own = self.actor.roles.iter().any(is_worker) && on_caseload(conn, org, target, Whose::Me(me))?;
        let carer_own = self.holds(Role::Caregiver) && in_own_home(conn, org, target, me)?;
        // A manager's team only matters where the record is not on their own caseload.
        let team = self.holds(Role::TeamManager) && !worker_own && on_caseload(conn, org, target, Whose::TeamOf(me))?;
        let s = Standing { worker_own, carer_own, team };
        self.known.borrow_mut().push((key, s));
        Ok(s)
    }

    fn relation(role: Role, s: Standing, target: Target<'_>) -> Relation {
        if target == Target::Org {
            return Relation::Org;
        }
        let own = if role == Role::Caregiver { s.carer_own } else { is_worker(&role) && s.worker_own };
        if own {
            Relation::Own
        } else if s.team && role == Role::TeamManager {
            Relation::Team
        } else {
            Relation::Org
        }
    }

    /// Whether any of the actor's roles allows `action` on `target`. Records of other
    /// organisations never reach this far: every lookup filters by organisation first.
    pub fn can(&self, conn: &mut DbConnection, action: Action, target: Target<'_>) -> Result<bool, StoreError> {
        let roles = &self.actor.roles;
        if target == Target::Org {
            return Ok(self.can_in_org(action));
        }
        // An action allowed on anything in the organisation is allowed on this record if it is
        // the organisation's (the policy's own test makes that cover every closer relation).
        if self.can_in_org(action) {
            return in_org(conn, &self.actor.org_id, target);
        }
        // Where no role allows the action on anything closer than the organisation, there is
        // nothing to look up.
        let closer = |r: &Role| policy::allows(*r, action, Relation::Own) || policy::allows(*r, action, Relation::Team);
        if !roles.iter().any(closer) {
            return Ok(false);
        }
        let s = self.standing(conn, target)?;
        Ok(roles.iter().any(|r| policy::allows(*r, action, Self::relation(*r, s, target))))
    }

    /// Whether any of the actor's roles allows an organisation-wide `action` (adding a child,
    /// managing people): a question about no record, so nothing is read.
    pub fn can_in_org(&self, action: Action) -> bool {
        self.actor.roles.iter().any(|r| policy::allows(*r, action, Relation::Org))
    }

    /// [`Scope::can_in_org`], failing with `NotFound` as [`Scope::require`] does.
    pub fn require_in_org(&self, action: Action) -> Result<(), StoreError> {
        if self.can_in_org(action) { Ok(()) } else { Err(StoreError::NotFound) }
    }

    /// Fails with `NotFound` (never "forbidden") when the action is not allowed.
    pub fn require(&self, conn: &mut DbConnection, action: Action, target: Target<'_>) -> Result<(), StoreError> {
        if self.can(conn, action, target)? { Ok(()) } else { Err(StoreError::NotFound) }
    }
}

// The reach of a list, as SQL: `column IN (piece UNION piece ...)`. One `IN` over a union,
// rather than an `OR` of several, lets the database start from the reach (a semi-join: look up
// the actor's allocations by the index on the worker, then each id by its own index) instead of
// reading every row of the organisation and testing each. Each piece selects ids from one
// person's (or one team's) allocations; `{who}` is either `= ?` (the actor) or a subselect of
// the members of the teams they manage. Every piece filters by organisation as well, so a row
// of another organisation can never match. Each piece's binds are the organisation and the
// actor, in the order its `?` appear.

const ME: &str = "= ?";
const TEAM: &str = "IN (SELECT m.user_id FROM team_members m WHERE m.team_id IN \
     (SELECT t.team_id FROM team_members t WHERE t.user_id = ? AND t.is_manager = TRUE))";

/// A piece of a reach: a `SELECT` of ids, and what its `?` are bound to.
type Piece = (String, Vec<String>);

/// Children allocated to `{who}`, and children placed now in households allocated to `{who}`.
fn caseload_children(who: &str, org: &str, me: &str) -> [Piece; 2] {
    [
        (
            format!(
                "SELECT cw.child_id FROM child_workers cw WHERE cw.org_id = ? AND cw.end_at IS NULL \
                 AND cw.user_id {who}"
            ),
            vec![org.to_owned(), me.to_owned()],
        ),
        (
            format!(
                "SELECT p.child_id FROM placements p WHERE p.org_id = ? AND p.end_date IS NULL \
                 AND p.household_id IN (SELECT hw.household_id FROM household_workers hw \
                 WHERE hw.org_id = ? AND hw.end_at IS NULL AND hw.user_id {who})"
            ),
            vec![org.to_owned(), org.to_owned(), me.to_owned()],
        ),
    ]
}

/// Households allocated to `{who}`, and the homes now of children allocated to `{who}`.
fn caseload_households(who: &str, org: &str, me: &str) -> [Piece; 2] {
    [
        (
            format!(
                "SELECT hw.household_id FROM household_workers hw WHERE hw.org_id = ? \
                 AND hw.end_at IS NULL AND hw.user_id {who}"
            ),
            vec![org.to_owned(), me.to_owned()],
        ),
        (
            format!(
                "SELECT p.household_id FROM placements p WHERE p.org_id = ? AND p.end_date IS NULL \
                 AND p.child_id IN (SELECT cw.child_id FROM child_workers cw \
                 WHERE cw.org_id = ? AND cw.end_at IS NULL AND cw.user_id {who})"
            ),
            vec![org.to_owned(), org.to_owned(), me.to_owned()],
        ),
    ]
}

/// Children placed now in the actor's own household.
fn home_children(org: &str, me: &str) -> Piece {
    (
        "SELECT p.child_id FROM placements p WHERE p.org_id = ? AND p.end_date IS NULL \
         AND p.household_id IN (SELECT hm.household_id FROM household_members hm WHERE hm.org_id = ? \
         AND hm.user_id = ? AND hm.archived_at IS NULL)"
            .to_owned(),
        vec![org.to_owned(), org.to_owned(), me.to_owned()],
    )
}

/// The actor's own household.
fn home_households(org: &str, me: &str) -> Piece {
    (
        "SELECT hm.household_id FROM household_members hm WHERE hm.org_id = ? \
         AND hm.user_id = ? AND hm.archived_at IS NULL"
            .to_owned(),
        vec![org.to_owned(), me.to_owned()],
    )
}

/// Every record of the organisation.
fn whole_org(kind: Kind, org: &str) -> Piece {
    let table = match kind {
        Kind::Children => "children",
        Kind::Households => "households",
    };
    (format!("SELECT o.id FROM {table} o WHERE o.org_id = ?"), vec![org.to_owned()])
}

#[derive(Clone, Copy)]
enum Kind {
    Children,
    Households,
}

/// A condition on the rows of a query: "this column holds a record the actor may reach". SQL
/// text written here, with the organisation and the actor bound as parameters. It may appear
/// in any query on either backend, and is prepared once per connection like any other
/// statement.
#[derive(Debug, Clone)]
pub struct InReach {
    /// SQL text and the value bound after it, in order.
    parts: Vec<(String, Option<String>)>,
}

impl InReach {
    /// Nothing is in reach.
    fn nothing() -> InReach {
        InReach { parts: vec![("1 = 0".to_owned(), None)] }
    }

    /// `column IN (piece UNION piece ...)`, each piece's `?` filled in turn from its binds. A
    /// piece whose binds do not match its `?` (a mistake in this file) is left out: it reaches
    /// nothing rather than something wrong.
    fn any_of(column: &str, pieces: Vec<Piece>) -> InReach {
        let mut parts: Vec<(String, Option<String>)> = Vec::new();
        let mut first = true;
        for (sql, binds) in pieces {
            if sql.matches('?').count() != binds.len() {
                tracing::error!("a reach piece's binds do not match its SQL; it reaches nothing");
                continue;
            }
            let mut text: Vec<&str> = sql.split('?').collect();
            let last = text.pop().unwrap_or_default();
            let prefix = if first { format!("{column} IN (") } else { " UNION ".to_owned() };
            first = false;
            for (i, (piece, value)) in text.into_iter().zip(binds).enumerate() {
                let piece = if i == 0 { format!("{prefix}{piece}") } else { piece.to_owned() };
                parts.push((piece, Some(value)));
            }
            parts.push((last.to_owned(), None));
        }
        if first {
            return InReach::nothing();
        }
        parts.push((")".to_owned(), None));
        InReach { parts }
    }
}

impl Expression for InReach {
    type SqlType = Bool;
}

impl<QS> AppearsOnTable<QS> for InReach {}

impl<QS> SelectableExpression<QS> for InReach {}

impl<GB> ValidGrouping<GB> for InReach {
    type IsAggregate = is_aggregate::Never;
}

impl QueryId for InReach {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB> QueryFragment<DB> for InReach
where
    DB: Backend + HasSqlType<Text>,
    String: ToSql<Text, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        for (sql, value) in &self.parts {
            out.push_sql(sql);
            if let Some(value) = value {
                out.push_bind_param::<Text, String>(value)?;
            }
        }
        Ok(())
    }
}

impl Scope {
    /// The condition "`column` holds the id of a child the actor may `action`, reached
    /// `through`", for the `WHERE` of a list. `column` is a column name written in the code,
    /// never anything a person typed.
    pub fn children_where(&self, column: &'static str, action: Action, through: Through) -> InReach {
        self.condition(Kind::Children, column, action, through)
    }

    /// The same for households.
    pub fn households_where(&self, column: &'static str, action: Action, through: Through) -> InReach {
        self.condition(Kind::Households, column, action, through)
    }

    /// The same reach as [`Scope::can`] gives record by record: a worker role's own caseload
    /// where the policy lets it act on its own caseload, a carer's home likewise, and a team
    /// manager's teams' caseloads where the policy lets a manager act on them. (The policy never
    /// lets a manager do to their teams' records what it does not let them do to their own;
    /// `securebase_core::policy` tests that, and so the pieces can simply be joined.)
    fn condition(&self, kind: Kind, column: &'static str, action: Action, through: Through) -> InReach {
        let roles = &self.actor.roles;
        let (org, me) = (self.actor.org_id.as_str(), self.actor.user_id.as_str());
        let mut pieces: Vec<Piece> = Vec::new();
        // An action allowed on anything in the organisation (adding a child, say) reaches every
        // record of it; lists are never about such actions, but the rule must hold all the same.
        if self.can_in_org(action) {
            pieces.push(whole_org(kind, org));
        }
        if through != Through::Team {
            if roles.iter().any(|r| is_worker(r) && policy::allows(*r, action, Relation::Own)) {
                match kind {
                    Kind::Children => pieces.extend(caseload_children(ME, org, me)),
                    Kind::Households => pieces.extend(caseload_households(ME, org, me)),
                }
            }
            if self.holds(Role::Caregiver) && policy::allows(Role::Caregiver, action, Relation::Own) {
                pieces.push(match kind {
                    Kind::Children => home_children(org, me),
                    Kind::Households => home_households(org, me),
                });
            }
        }
        if through != Through::Own
            && self.holds(Role::TeamManager)
            && policy::allows(Role::TeamManager, action, Relation::Team)
        {
            match kind {
                Kind::Children => pieces.extend(caseload_children(TEAM, org, me)),
                Kind::Households => pieces.extend(caseload_households(TEAM, org, me)),
            }
        }
        InReach::any_of(column, pieces)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_binds_each_placeholder() {
        let mut pieces: Vec<Piece> = Vec::new();
        for who in [ME, TEAM] {
            pieces.extend(caseload_children(who, "org", "me"));
            pieces.extend(caseload_households(who, "org", "me"));
        }
        pieces.push(home_children("org", "me"));
        pieces.push(home_households("org", "me"));
        pieces.push(whole_org(Kind::Children, "org"));
        for (sql, binds) in &pieces {
            assert_eq!(sql.matches('?').count(), binds.len(), "{sql}");
            let reach = InReach::any_of("c.id", vec![(sql.clone(), binds.clone())]);
            assert_eq!(reach.parts.iter().filter(|(_, v)| v.is_some()).count(), binds.len());
        }
        // A piece with the wrong number of binds reaches nothing.
        let (sql, _) = home_households("org", "me");
        let wrong = InReach::any_of("h.id", vec![(sql, vec!["org".into()])]);
        assert_eq!(wrong.parts, InReach::nothing().parts);
    }

    #[test]
    fn pieces_are_one_union_under_one_in() {
        let reach = InReach::any_of("h.id", vec![home_households("org", "me"), ("SELECT ?".into(), vec!["x".into()])]);
        let sql: String =
            reach.parts.iter().map(|(s, v)| format!("{s}{}", if v.is_some() { "$" } else { "" })).collect();
        assert!(sql.starts_with("h.id IN (SELECT hm.household_id"), "{sql}");
        assert!(sql.ends_with(" UNION SELECT $)"), "{sql}");
    }
}
