//! Children's records. Every function takes a [`Scope`]: nothing here reads a child the actor
//! may not see, and every view and change is audited in the same transaction.

use diesel::prelude::*;
use securebase_core::policy::Action;

use crate::access::{Scope, Target, Through};
use crate::db::write_tx;
use crate::error::Conflict;
use crate::history::{self, FieldChange};
use crate::schema::{child_relations, child_workers, children, placements, users};
use crate::{DbConnection, StoreError, audit, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = children)]
pub struct Child {
    pub id: String,
    pub org_id: String,
    pub given_names: String,
    pub family_name: String,
    pub preferred_name: String,
    pub date_of_birth: String,
    pub gender: String,
    pub ethnicity: String,
    pub religion: String,
    pub first_language: String,
    pub legal_status: String,
    pub local_identifier: String,
    pub health_notes: String,
    pub education_notes: String,
    pub important_people: String,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    pub created_by: String,
    pub updated_at: i64,
    pub updated_by: String,
    pub version: i64,
}

impl Child {
    /// The name to use day to day: the preferred name where the child has one.
    pub fn known_as(&self) -> String {
        let first = if self.preferred_name.trim().is_empty() { &self.given_names } else { &self.preferred_name };
        format!("{first} {}", self.family_name)
    }

    pub fn input(&self) -> ChildInput {
        ChildInput {
            given_names: self.given_names.clone(),
            family_name: self.family_name.clone(),
            preferred_name: self.preferred_name.clone(),
            date_of_birth: self.date_of_birth.clone(),
            gender: self.gender.clone(),
            ethnicity: self.ethnicity.clone(),
            religion: self.religion.clone(),
            first_language: self.first_language.clone(),
            legal_status: self.legal_status.clone(),
            local_identifier: self.local_identifier.clone(),
            health_notes: self.health_notes.clone(),
            education_notes: self.education_notes.clone(),
            important_people: self.important_people.clone(),
        }
    }
}

/// The fields a person edits, already validated at the form edge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChildInput {
    pub given_names: String,
    pub family_name: String,
    pub preferred_name: String,
    /// `YYYY-MM-DD`
    pub date_of_birth: String,
    pub gender: String,
    pub ethnicity: String,
    pub religion: String,
    pub first_language: String,
    pub legal_status: String,
    pub local_identifier: String,
    pub health_notes: String,
    pub education_notes: String,
    pub important_people: String,
}

impl ChildInput {
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("given_names", self.given_names.clone()),
            ("family_name", self.family_name.clone()),
            ("preferred_name", self.preferred_name.clone()),
            ("date_of_birth", self.date_of_birth.clone()),
            ("gender", self.gender.clone()),
            ("ethnicity", self.ethnicity.clone()),
            ("religion", self.religion.clone()),
            ("first_language", self.first_language.clone()),
            ("legal_status", self.legal_status.clone()),
            ("local_identifier", self.local_identifier.clone()),
            ("health_notes", self.health_notes.clone()),
            ("education_notes", self.education_notes.clone()),
            ("important_people", self.important_people.clone()),
        ]
    }
}

/// A row in a list of children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildSummary {
    pub id: String,
    pub known_as: String,
    pub legal_name: String,
    pub date_of_birth: String,
    pub archived: bool,
}

fn summary(c: &Child) -> ChildSummary {
    ChildSummary {
        id: c.id.clone(),
        known_as: c.known_as(),
        legal_name: format!("{} {}", c.given_names, c.family_name),
        date_of_birth: c.date_of_birth.clone(),
        archived: c.archived_at.is_some(),
    }
}

fn load(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Child, StoreError> {
    children::table
        .filter(children::id.eq(id))
        .filter(children::org_id.eq(scope.org_id()))
        .select(Child::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// Opens a child's record: checked, and the view is audited.
pub fn view(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Child, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(id))?;
    write_tx(conn, |c| {
        let child = load(c, scope, id)?;
        audit::append(c, scope.actor(), "view", "child", Some(id))?;
        Ok(child)
    })
}

/// The child's record, access checked like [`view`], for a caller that audits the view itself
/// before showing it (the record page does, through [`crate::view_log::ViewLog`]).
pub fn open(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Child, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(id))?;
    load(conn, scope, id)
}

pub fn create(conn: &mut DbConnection, scope: &Scope, input: &ChildInput) -> Result<Child, StoreError> {
    scope.require_in_org(Action::CreateChild)?;
    let actor = scope.actor();
    let id = new_id();
    let now = now_micros();
    write_tx(conn, |c| {
        diesel::insert_into(children::table)
            .values((
                children::id.eq(&id),
                children::org_id.eq(&actor.org_id),
                children::given_names.eq(&input.given_names),
                children::family_name.eq(&input.family_name),
                children::preferred_name.eq(&input.preferred_name),
                children::date_of_birth.eq(&input.date_of_birth),
                children::gender.eq(&input.gender),
                children::ethnicity.eq(&input.ethnicity),
                children::religion.eq(&input.religion),
                children::first_language.eq(&input.first_language),
                children::legal_status.eq(&input.legal_status),
                children::local_identifier.eq(&input.local_identifier),
                children::health_notes.eq(&input.health_notes),
                children::education_notes.eq(&input.education_notes),
                children::important_people.eq(&input.important_people),
                children::created_at.eq(now),
                children::created_by.eq(&actor.user_id),
                children::updated_at.eq(now),
                children::updated_by.eq(&actor.user_id),
                children::version.eq(1_i64),
            ))
            .execute(c)?;
        // Whoever records a new child starts with them on their own caseload.
        diesel::insert_into(child_workers::table)
            .values((
                child_workers::id.eq(new_id()),
                child_workers::org_id.eq(&actor.org_id),
                child_workers::child_id.eq(&id),
                child_workers::user_id.eq(&actor.user_id),
                child_workers::start_at.eq(now),
            ))
            .execute(c)?;
        let empty = ChildInput::default();
        history::record(c, actor, "child", &id, 1, "created", &history::diff(&empty.fields(), &input.fields()))?;
        audit::append(c, actor, "create", "child", Some(&id))?;
        children::table.find(&id).select(Child::as_select()).first(c).map_err(StoreError::from)
    })
}

/// The outcome of an edit made against `version`: either saved, or refused because someone
/// else saved first, with their version to show side by side.
#[derive(Debug)]
pub enum Saved<T> {
    Saved(T),
    Stale { current: T },
}

pub fn update(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    input: &ChildInput,
) -> Result<Saved<Child>, StoreError> {
    scope.require(conn, Action::EditChild, Target::Child(id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let current = load(c, scope, id)?;
        if current.archived_at.is_some() {
            return Err(StoreError::Conflict(Conflict::Archived));
        }
        if current.version != version {
            audit::append(c, actor, "view", "child", Some(id))?;
            return Ok(Saved::Stale { current });
        }
        let changes: Vec<FieldChange> = history::diff(&current.input().fields(), &input.fields());
        if changes.is_empty() {
            return Ok(Saved::Saved(current));
        }
        let next = version + 1;
        let n = diesel::update(children::table.filter(children::id.eq(id)).filter(children::version.eq(version)))
            .set((
                children::given_names.eq(&input.given_names),
                children::family_name.eq(&input.family_name),
                children::preferred_name.eq(&input.preferred_name),
                children::date_of_birth.eq(&input.date_of_birth),
                children::gender.eq(&input.gender),
                children::ethnicity.eq(&input.ethnicity),
                children::religion.eq(&input.religion),
                children::first_language.eq(&input.first_language),
                children::legal_status.eq(&input.legal_status),
                children::local_identifier.eq(&input.local_identifier),
                children::health_notes.eq(&input.health_notes),
                children::education_notes.eq(&input.education_notes),
                children::important_people.eq(&input.important_people),
                children::updated_at.eq(now_micros()),
                children::updated_by.eq(&actor.user_id),
                children::version.eq(next),
            ))
            .execute(c)?;
        if n != 1 {
            return Ok(Saved::Stale { current: load(c, scope, id)? });
        }
        history::record(c, actor, "child", id, next, "updated", &changes)?;
        audit::append(c, actor, "update", "child", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// Archiving hides a record from everyday lists and makes it read-only; nothing is deleted.
pub fn set_archived(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
    version: i64,
    archived: bool,
) -> Result<Saved<Child>, StoreError> {
    scope.require(conn, Action::EditChild, Target::Child(id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        let current = load(c, scope, id)?;
        if current.version != version {
            return Ok(Saved::Stale { current });
        }
        let next = version + 1;
        let at = archived.then(now_micros);
        diesel::update(children::table.filter(children::id.eq(id)).filter(children::version.eq(version)))
            .set((
                children::archived_at.eq(at),
                children::version.eq(next),
                children::updated_by.eq(&actor.user_id),
                children::updated_at.eq(now_micros()),
            ))
            .execute(c)?;
        let action = if archived { "archived" } else { "restored" };
        history::record(c, actor, "child", id, next, action, &[])?;
        audit::append(c, actor, if archived { "archive" } else { "restore" }, "child", Some(id))?;
        Ok(Saved::Saved(load(c, scope, id)?))
    })
}

/// The children the actor may open, reached `through` their caseload, their teams' or both:
/// the reach is part of the statement, so it reads only the organisation's rows that match.
fn rows(
    conn: &mut DbConnection,
    scope: &Scope,
    through: Through,
    include_archived: bool,
) -> Result<Vec<Child>, StoreError> {
    let mut q = children::table
        .filter(children::org_id.eq(scope.org_id()))
        .filter(scope.children_where("children.id", Action::ViewChild, through))
        .into_boxed();
    if !include_archived {
        q = q.filter(children::archived_at.is_null());
    }
    Ok(q.select(Child::as_select()).load(conn)?)
}

fn summaries(
    conn: &mut DbConnection,
    scope: &Scope,
    through: Through,
    include_archived: bool,
) -> Result<Vec<ChildSummary>, StoreError> {
    let mut out: Vec<ChildSummary> = rows(conn, scope, through, include_archived)?.iter().map(summary).collect();
    out.sort_by_key(|a| a.known_as.to_lowercase());
    Ok(out)
}

/// Every child the actor may open (not archived), by name.
pub fn list_visible(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<ChildSummary>, StoreError> {
    summaries(conn, scope, Through::Any, false)
}

/// The children on the actor's own caseload or in their household.
pub fn list_own(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<ChildSummary>, StoreError> {
    summaries(conn, scope, Through::Own, false)
}

/// Finds children by any part of their names or by their local identifier (the reference the
/// agency's other systems use), among those the actor may open. Case-insensitive on both backends.
pub fn search(conn: &mut DbConnection, scope: &Scope, query: &str) -> Result<Vec<ChildSummary>, StoreError> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Ok(Vec::new());
    }
    let words: Vec<&str> = needle.split_whitespace().collect();
    let mut found: Vec<ChildSummary> = rows(conn, scope, Through::Any, true)?
        .iter()
        .filter(|c| {
            let hay =
                format!("{} {} {} {}", c.known_as(), c.given_names, c.family_name, c.local_identifier).to_lowercase();
            words.iter().all(|w| hay.contains(w))
        })
        .map(summary)
        .collect();
    found.sort_by_key(|a| a.known_as.to_lowercase());
    Ok(found)
}

/// Who holds the child's case now.
pub fn workers(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Vec<(String, String)>, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(id))?;
    Ok(child_workers::table
        .inner_join(users::table)
        .filter(child_workers::child_id.eq(id))
        .filter(child_workers::org_id.eq(scope.org_id()))
        .filter(child_workers::end_at.is_null())
        .select((users::id, users::display_name))
        .load(conn)?)
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = child_relations)]
pub struct Relation {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub relationship: String,
    pub contact_arrangements: String,
    pub notes: String,
}

pub fn relations(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Vec<Relation>, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(id))?;
    Ok(child_relations::table
        .filter(child_relations::child_id.eq(id))
        .filter(child_relations::org_id.eq(scope.org_id()))
        .filter(child_relations::archived_at.is_null())
        .order(child_relations::created_at.asc())
        .select(Relation::as_select())
        .load(conn)?)
}

pub struct RelationInput {
    pub kind: String,
    pub name: String,
    pub relationship: String,
    pub contact_arrangements: String,
    pub notes: String,
}

pub fn add_relation(
    conn: &mut DbConnection,
    scope: &Scope,
    child_id: &str,
    input: &RelationInput,
) -> Result<(), StoreError> {
    scope.require(conn, Action::EditChild, Target::Child(child_id))?;
    let actor = scope.actor();
    write_tx(conn, |c| {
        if load(c, scope, child_id)?.archived_at.is_some() {
            return Err(StoreError::Conflict(Conflict::Archived));
        }
        let id = new_id();
        let now = now_micros();
        diesel::insert_into(child_relations::table)
            .values((
                child_relations::id.eq(&id),
                child_relations::org_id.eq(&actor.org_id),
                child_relations::child_id.eq(child_id),
                child_relations::kind.eq(&input.kind),
                child_relations::name.eq(&input.name),
                child_relations::relationship.eq(&input.relationship),
                child_relations::contact_arrangements.eq(&input.contact_arrangements),
                child_relations::notes.eq(&input.notes),
                child_relations::created_at.eq(now),
                child_relations::created_by.eq(&actor.user_id),
                child_relations::updated_at.eq(now),
                child_relations::updated_by.eq(&actor.user_id),
            ))
            .execute(c)?;
        let fields = vec![FieldChange {
            field: "important_person".into(),
            from: String::new(),
            to: format!("{} ({})", input.name, input.relationship),
        }];
        let version: i64 = children::table.find(child_id).select(children::version).first(c)?;
        history::record(c, actor, "child", child_id, version, "person added", &fields)?;
        audit::append(c, actor, "update", "child", Some(child_id))
    })
}

/// Where the child lives now, if placed: (placement id, household id).
pub fn current_placement(
    conn: &mut DbConnection,
    scope: &Scope,
    id: &str,
) -> Result<Option<(String, String)>, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(id))?;
    Ok(placements::table
        .filter(placements::child_id.eq(id))
        .filter(placements::org_id.eq(scope.org_id()))
        .filter(placements::end_date.is_null())
        .select((placements::id, placements::household_id))
        .first(conn)
        .optional()?)
}

/// For the access log of a child's record: fails with `NotFound` unless the child exists in the
/// actor's organisation (auditors may read the log of any record there, so the id must be real),
/// and gives the child's name only to those who may open the record itself.
pub fn audit_subject(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<Option<String>, StoreError> {
    let child = load(conn, scope, id)?;
    Ok(scope.can(conn, Action::ViewChild, Target::Child(id))?.then(|| child.known_as()))
}

/// Whether the child's record is archived (and so read-only), without opening it.
pub fn is_archived(conn: &mut DbConnection, scope: &Scope, id: &str) -> Result<bool, StoreError> {
    scope.require(conn, Action::ViewChild, Target::Child(id))?;
    Ok(load(conn, scope, id)?.archived_at.is_some())
}
