//! What is coming up for a worker: children's statutory reviews and households' annual reviews.

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::policy::Action;
use securebase_core::records::next_review_due;

use crate::access::{Scope, Through};
use crate::schema::{children, households, placements};
use crate::{DbConnection, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueKind {
    ChildReview,
    HouseholdReview,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub kind: DueKind,
    pub record_id: String,
    pub name: String,
    pub due: Date,
}

/// Reviews due within `days` days (or overdue), for the actor's own caseload, soonest first.
pub fn upcoming(conn: &mut DbConnection, scope: &Scope, today: Date, days: i32) -> Result<Vec<DueItem>, StoreError> {
    due_for(conn, scope, (Action::EditChild, Action::EditHousehold), Through::Own, today, days)
}

/// Reviews due within `days` days (or overdue) on the caseloads of the teams the actor manages,
/// soonest first: what a team manager oversees. Empty for anyone who manages no team.
pub fn upcoming_in_teams(
    conn: &mut DbConnection,
    scope: &Scope,
    today: Date,
    days: i32,
) -> Result<Vec<DueItem>, StoreError> {
    due_for(conn, scope, (Action::ViewChild, Action::ViewHousehold), Through::Team, today, days)
}

/// The reviews falling due on the children and households the actor may act on (`actions`:
/// for children, for households) `through` their own caseload or their teams'. The reach is
/// part of each statement.
fn due_for(
    conn: &mut DbConnection,
    scope: &Scope,
    actions: (Action, Action),
    through: Through,
    today: Date,
    days: i32,
) -> Result<Vec<DueItem>, StoreError> {
    let horizon = today.saturating_add(jiff::Span::new().days(days));
    let org = scope.org_id();
    let mut out = Vec::new();

    // Only children in care now, those with a current placement; a review falls due from
    // their first placement's start.
    diesel::alias!(placements as CURRENT: CurrentPlacements);
    let kids: Vec<(String, String, String, String, Option<String>)> = children::table
        .inner_join(placements::table.on(placements::child_id.eq(children::id)))
        .filter(children::org_id.eq(org))
        .filter(children::archived_at.is_null())
        .filter(scope.children_where("children.id", actions.0, through))
        .filter(placements::org_id.eq(org))
        .filter(diesel::dsl::exists(
            CURRENT
                .filter(CURRENT.field(placements::child_id).eq(children::id))
                .filter(CURRENT.field(placements::end_date).is_null()),
        ))
        .group_by((children::id, children::given_names, children::preferred_name, children::family_name))
        .select((
            children::id,
            children::given_names,
            children::preferred_name,
            children::family_name,
            diesel::dsl::min(placements::start_date),
        ))
        .load(conn)?;
    for (id, given, preferred, family, start) in kids {
        let Some(Ok(start)) = start.map(|s| s.parse::<Date>()) else { continue };
        let due = next_review_due(start, today);
        if due <= horizon {
            let first = if preferred.is_empty() { given } else { preferred };
            out.push(DueItem { kind: DueKind::ChildReview, record_id: id, name: format!("{first} {family}"), due });
        }
    }

    let homes: Vec<(String, String, Option<String>)> = households::table
        .filter(households::org_id.eq(org))
        .filter(households::archived_at.is_null())
        .filter(households::approval_status.eq("approved"))
        .filter(scope.households_where("households.id", actions.1, through))
        .select((households::id, households::name, households::next_review_date))
        .load(conn)?;
    for (id, name, next) in homes {
        if let Some(due) = next.and_then(|d| d.parse::<Date>().ok()).filter(|d| *d <= horizon) {
            out.push(DueItem { kind: DueKind::HouseholdReview, record_id: id, name, due });
        }
    }
    out.sort_by_key(|d| d.due);
    Ok(out)
}
