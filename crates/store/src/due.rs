//! What is coming up for a worker: children's statutory reviews and households' annual reviews.

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::policy::Action;
use securebase_core::records::next_review_due;

use crate::access::{Scope, Target};
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
    let kids: Vec<String> =
        scope.own_children().into_iter().filter(|id| scope.can(Action::EditChild, Target::Child(id))).collect();
    let homes: Vec<String> = scope
        .own_households()
        .into_iter()
        .filter(|id| scope.can(Action::EditHousehold, Target::Household(id)))
        .collect();
    due_for(conn, &kids, &homes, today, days)
}

/// Reviews due within `days` days (or overdue) on the caseloads of the teams the actor manages,
/// soonest first: what a team manager oversees. Empty for anyone who manages no team.
pub fn upcoming_in_teams(
    conn: &mut DbConnection,
    scope: &Scope,
    today: Date,
    days: i32,
) -> Result<Vec<DueItem>, StoreError> {
    let kids: Vec<String> =
        scope.team_children().into_iter().filter(|id| scope.can(Action::ViewChild, Target::Child(id))).collect();
    let homes: Vec<String> = scope
        .team_households()
        .into_iter()
        .filter(|id| scope.can(Action::ViewHousehold, Target::Household(id)))
        .collect();
    due_for(conn, &kids, &homes, today, days)
}

fn due_for(
    conn: &mut DbConnection,
    kids: &[String],
    homes: &[String],
    today: Date,
    days: i32,
) -> Result<Vec<DueItem>, StoreError> {
    let horizon = today.saturating_add(jiff::Span::new().days(days));
    let mut out = Vec::new();

    for chunk in kids.chunks(500) {
        // Only children in care now: those with a current placement.
        let placed: Vec<String> = placements::table
            .filter(placements::child_id.eq_any(chunk))
            .filter(placements::end_date.is_null())
            .select(placements::child_id)
            .load(conn)?;
        let starts: Vec<(String, Option<String>)> = placements::table
            .filter(placements::child_id.eq_any(&placed))
            .group_by(placements::child_id)
            .select((placements::child_id, diesel::dsl::min(placements::start_date)))
            .load(conn)?;
        let names: Vec<(String, String, String, String)> = children::table
            .filter(children::id.eq_any(&placed))
            .filter(children::archived_at.is_null())
            .select((children::id, children::given_names, children::preferred_name, children::family_name))
            .load(conn)?;
        for (id, given, preferred, family) in names {
            let Some(Some(start)) = starts.iter().find(|s| s.0 == id).map(|s| s.1.clone()) else { continue };
            let Ok(start) = start.parse::<Date>() else { continue };
            let due = next_review_due(start, today);
            if due <= horizon {
                let first = if preferred.is_empty() { given } else { preferred };
                out.push(DueItem { kind: DueKind::ChildReview, record_id: id, name: format!("{first} {family}"), due });
            }
        }
    }

    for chunk in homes.chunks(500) {
        let rows: Vec<(String, String, Option<String>)> = households::table
            .filter(households::id.eq_any(chunk))
            .filter(households::archived_at.is_null())
            .filter(households::approval_status.eq("approved"))
            .select((households::id, households::name, households::next_review_date))
            .load(conn)?;
        for (id, name, next) in rows {
            if let Some(due) = next.and_then(|d| d.parse::<Date>().ok()).filter(|d| *d <= horizon) {
                out.push(DueItem { kind: DueKind::HouseholdReview, record_id: id, name, due });
            }
        }
    }
    out.sort_by_key(|d| d.due);
    Ok(out)
}
