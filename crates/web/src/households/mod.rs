//! Households' records: the list a person may open, the record (details and approval,
//! vacancies, the people who live there, the children placed now and before, workers, the
//! change history), adding and changing a household, adding a member, archiving, allocating a
//! supervising social worker and the record's access log.

mod form;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::Role;
use securebase_core::content::ContentPack;
use securebase_core::policy::Action;
use securebase_core::records::{CarerType, MemberRole};
use securebase_store::access::{Scope, Target};
use securebase_store::households::{self, Household, MemberInput};
use securebase_store::{DbConnection, StoreError, assessments, placements, users};
use serde::Deserialize;

use crate::assessments::listing::AssessmentList;
use crate::context::Ctx;
use crate::extract::{Form, Path};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::{FieldError, Nav, render};
use crate::placements::{Lead, PlacementRow};
use crate::records::page::{self, Common, RecordPage};
use crate::records::{Cell, Check, Choice, Kind, Table, dates, edit, or_not_recorded, pick, shared};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new()
        .get("/households", list)
        .get_post("/households/new", edit::new_form::<Household>, edit::create::<Household>)
        .get("/households/{id}", page::show::<Record>)
        .get_post("/households/{id}/edit", edit::edit_form::<Household>, edit::update::<Household>)
        .post("/households/{id}/members", add_member)
        .merge(shared::routes(Kind::Household))
}

/// "1 of 2 places free", or what is known when no number of places is recorded.
fn vacancies(places: Option<i32>, placed: i64) -> String {
    match places {
        None => t("rec-household-no-places").into_owned(),
        Some(p) => {
            let free = (i64::from(p) - placed).max(0);
            let args = [("free", Arg::Number(free)), ("places", Arg::Number(i64::from(p)))];
            t_args("rec-household-vacancies-free", &args).into_owned()
        }
    }
}

// ---- The list ----

#[derive(Template)]
#[template(path = "households/list.html")]
struct ListPage {
    nav: Option<Nav>,
    table: Table,
    can_create: bool,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let (homes, can_create) = ctx
        .run(&state, |c, scope| Ok((households::list_visible(c, scope)?, scope.can_in_org(Action::CreateHousehold))))
        .await?;
    let heads =
        [t("rec-household"), t("rec-household-approval"), t("rec-household-vacancies"), t("rec-household-next-review")];
    let table = Table::new(t("rec-households-caption"), heads).with_rows(homes.into_iter().map(|h| {
        vec![
            Cell::link(&h.name, Some(Kind::Household.href(&h.id))).hint(form::type_label(&h.household_type)),
            Cell::text(form::status_label(&h.approval_status)),
            Cell::text(vacancies(h.places, h.placed)),
            Cell::text(dates::show_opt(h.next_review_date.as_deref())),
        ]
    }));
    Ok(render(&ListPage { nav: ctx.user.nav(), table, can_create })?.into_response())
}

// ---- The record ----

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct MemberForm {
    member_name: String,
    member_role: String,
    carer_type: String,
    member_user: String,
    member_dob: String,
}

#[derive(Template)]
#[template(path = "households/show.html")]
struct ShowPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    common: Common,
    details: Vec<(String, String)>,
    members: Table,
    current: Table,
    past: Table,
    member_form: MemberForm,
    member_roles: Vec<Choice>,
    carer_types: Vec<Choice>,
    accounts: Vec<Choice>,
    /// The carers' Secure Base assessments, for those who may read them.
    assessments: Option<AssessmentList>,
}

/// Everything on the record page, read in one go (the read is audited as a view).
struct Record {
    household: Household,
    common: Common,
    members: Vec<households::Member>,
    placements: Vec<PlacementRow>,
    /// (id, name, is an active caregiver) of everyone in the organisation, to name linked
    /// accounts and to offer caregivers' accounts for linking.
    people: Vec<(String, String, bool)>,
    assessments: Option<AssessmentList>,
}

fn details(h: &Household, placed: usize) -> Vec<(String, String)> {
    let min = |a: i32| ("min", Arg::Number(i64::from(a)));
    let max = |b: i32| ("max", Arg::Number(i64::from(b)));
    let ages = match (h.approval_age_min, h.approval_age_max) {
        (Some(a), Some(b)) => t_args("rec-household-ages-range", &[min(a), max(b)]).into_owned(),
        (Some(a), None) => t_args("rec-household-ages-from", &[min(a)]).into_owned(),
        (None, Some(b)) => t_args("rec-household-ages-up-to", &[max(b)]).into_owned(),
        (None, None) => String::new(),
    };
    let placed = i64::try_from(placed).unwrap_or(i64::MAX);
    let types = form::placement_types_label(&h.approval_placement_types);
    vec![
        (t("rec-household-type"), form::type_label(&h.household_type)),
        (t("rec-household-address"), or_not_recorded(&h.address)),
        (t("rec-household-approval"), form::status_label(&h.approval_status)),
        (t("rec-household-ages"), or_not_recorded(&ages)),
        (
            t("rec-household-places-approved"),
            or_not_recorded(&h.approval_places.map(|p| p.to_string()).unwrap_or_default()),
        ),
        (t("rec-household-vacancies"), vacancies(h.approval_places, placed)),
        (t("rec-household-placement-types"), or_not_recorded(&types)),
        (t("rec-household-approval-date"), or_not_recorded(&dates::show_opt(h.approval_date.as_deref()))),
        (t("rec-household-next-review"), or_not_recorded(&dates::show_opt(h.next_review_date.as_deref()))),
    ]
    .into_iter()
    .map(|(label, value)| (label.into_owned(), value))
    .collect()
}

fn member_table(members: Vec<households::Member>, people: &[(String, String, bool)]) -> Table {
    let heads = [t("rec-name"), t("rec-member-place"), t("rec-dob")];
    Table::new(t("rec-members-caption"), heads).with_rows(members.into_iter().map(|m| {
        let role =
            MemberRole::parse(&m.member_role).map(|r| labels::member_role(r).into_owned()).unwrap_or(m.member_role);
        let role = match m.carer_type.as_deref().and_then(CarerType::parse) {
            Some(c) => format!("{role}: {}", labels::carer_type(c)),
            None => role,
        };
        let account = m
            .user_id
            .and_then(|uid| people.iter().find(|p| p.0 == uid))
            .map(|p| t_args("rec-member-signs-in-as", &[("name", Arg::Text(p.1.clone()))]).into_owned());
        vec![
            Cell::text(m.name).hint(account.unwrap_or_default()),
            Cell::text(role),
            Cell::text(m.date_of_birth.as_deref().map(dates::with_age).unwrap_or_default()),
        ]
    }))
}

impl RecordPage for Record {
    const KIND: Kind = Kind::Household;
    type AddForm = MemberForm;

    fn read(conn: &mut DbConnection, scope: &Scope, pack: &ContentPack, id: &str) -> Result<Record, StoreError> {
        let household = households::open(conn, scope, id)?;
        let lines = placements::for_household(conn, scope, id)?;
        Ok(Record {
            common: Common::read(conn, scope, &household)?,
            members: households::members(conn, scope, id)?,
            placements: crate::placements::rows(conn, scope, lines)?,
            people: users::list_in_org(conn, scope.org_id())?
                .into_iter()
                .map(|u| {
                    let carer = !u.disabled && u.has_role(Role::Caregiver);
                    (u.id, u.display_name, carer)
                })
                .collect(),
            assessments: assessment_list(conn, scope, pack, &household)?,
            household,
        })
    }

    fn render(
        self,
        nav: Option<Nav>,
        notice: Option<String>,
        member_form: MemberForm,
        errors: Vec<FieldError>,
    ) -> Result<Response, AppError> {
        let (current, past): (Vec<PlacementRow>, Vec<PlacementRow>) =
            self.placements.into_iter().partition(|p| p.current);
        let accounts = self.people.iter().filter(|p| p.2).map(|p| Choice::new(p.0.as_str(), p.1.as_str())).collect();
        let page = ShowPage {
            nav,
            errors,
            common: Common { notice, ..self.common },
            details: details(&self.household, current.len()),
            members: member_table(self.members, &self.people),
            current: crate::placements::table(&t("rec-household-current-caption"), &current, Lead::Child, false),
            past: crate::placements::table(&t("rec-earlier-placements-caption"), &past, Lead::Child, true),
            member_roles: pick(
                Choice::all(MemberRole::ALL, MemberRole::key, labels::member_role),
                [member_form.member_role.as_str()],
            ),
            carer_types: pick(
                Choice::all(CarerType::ALL, CarerType::key, labels::carer_type),
                [member_form.carer_type.as_str()],
            ),
            accounts: pick(accounts, [member_form.member_user.as_str()]),
            member_form,
            assessments: self.assessments,
        };
        Ok(render(&page)?.into_response())
    }
}

/// The household's caregiver assessments, or `None` for someone who may read none of them.
fn assessment_list(
    conn: &mut DbConnection,
    scope: &Scope,
    pack: &ContentPack,
    household: &Household,
) -> Result<Option<AssessmentList>, StoreError> {
    let list = match assessments::list_for_household(conn, scope, &household.id) {
        Ok(list) => list,
        Err(e) if e.is_not_found() => return Ok(None),
        Err(e) => return Err(e),
    };
    let may_start =
        scope.can(conn, Action::EditAssessment, Target::Household(&household.id))? && household.archived_at.is_none();
    // Each carer's latest, in the order the profile shows them.
    let profile = securebase_store::profile::household_read(conn, scope, &household.id)?;
    let rated = profile
        .carers
        .iter()
        .map(|(member, name)| {
            let theirs = profile.ratings.iter().filter(|a| a.member_id.as_deref() == Some(member)).cloned().collect();
            (name.clone(), theirs)
        })
        .collect();
    Ok(Some(AssessmentList::new(list, &Kind::Household.href(&household.id), true, may_start).with_latest(pack, rated)))
}

/// Checks a new member. `caregivers` are the accounts that may be linked.
fn check_member(form: &MemberForm, caregivers: &[String]) -> Result<MemberInput, Vec<FieldError>> {
    let mut k = Check::new();
    let name = k.name("member_name", &t("rec-name"), &t("rec-person-name-missing"), &form.member_name);
    let role = k.choice("member_role", &t("rec-member-role-missing"), MemberRole::parse(&form.member_role));
    let carer_type = if role == Some(MemberRole::Carer) {
        k.choice("carer_type", &t("rec-member-carer-type-missing"), CarerType::parse(&form.carer_type))
    } else {
        None
    };
    let user = form.member_user.trim();
    if !user.is_empty() && !caregivers.iter().any(|c| c == user) {
        k.push("member_user", t("rec-member-account-invalid"));
    }
    let born = k.past_date("member_dob", &t("rec-dob"), None, &form.member_dob);
    let input = MemberInput {
        name,
        member_role: role.map(|r| r.key().to_owned()).unwrap_or_default(),
        carer_type: carer_type.map(|t| t.key().to_owned()),
        user_id: (!user.is_empty()).then(|| user.to_owned()),
        date_of_birth: born.map(dates::store),
    };
    k.finish(input)
}

async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<MemberForm>,
) -> Result<Response, AppError> {
    page::add::<Record, _>(state, ctx, id, form, "member-added", |c, scope, id, form| {
        let caregivers: Vec<String> = users::list_in_org(c, scope.org_id())?
            .into_iter()
            .filter(|u| !u.disabled && u.has_role(Role::Caregiver))
            .map(|u| u.id)
            .collect();
        page::checked_then(check_member(form, &caregivers), |input| households::add_member(c, scope, id, &input))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vacancies_in_words() {
        assert_eq!(vacancies(Some(2), 1), "1 of 2 places free");
        assert_eq!(vacancies(Some(1), 1), "0 of 1 place free");
        assert_eq!(vacancies(None, 0), "No number of places recorded");
    }
}
