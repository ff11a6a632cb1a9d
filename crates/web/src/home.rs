//! The home page: who you are, and what your roles put in front of you today: your children
//! and households and what is due, the children living with you, your teams' caseloads.

use std::borrow::Cow;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::records::age_in_years;
use securebase_core::{Dimension, Role};
use securebase_store::caseloads::{self, WorkerLoad};
use securebase_store::children::{self, ChildSummary};
use securebase_store::due::{self, DueItem, DueKind};
use securebase_store::households::{self, HouseholdSummary};

use crate::context::Unchecked;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, long_date, t, t_args};
use crate::layout::{Nav, render};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new().get("/", home)
}

pub struct ChildLine {
    pub id: String,
    pub name: String,
    pub age: String,
}

pub struct DueLine {
    pub href: String,
    pub what: String,
    pub when: String,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    nav: Option<Nav>,
    name: String,
    email: String,
    org_name: String,
    roles: String,
    abilities: Vec<Cow<'static, str>>,
    is_admin: bool,
    is_worker: bool,
    is_carer: bool,
    is_manager: bool,
    is_auditor: bool,
    children: Vec<ChildLine>,
    households: Vec<HouseholdSummary>,
    due: Vec<DueLine>,
    /// For a team manager: what falls due on their teams' caseloads (beyond their own).
    team_due: Vec<DueLine>,
    open: Vec<OpenLine>,
    team: Vec<WorkerLoad>,
    dimensions: Vec<crate::assessments::DimensionView>,
}

/// An assessment in progress, or waiting for this person's sign-off.
pub struct OpenLine {
    pub href: String,
    pub what: String,
    pub state: Cow<'static, str>,
    pub class: &'static str,
}

fn open_line(a: &securebase_store::assessments::OpenAssessment) -> OpenLine {
    use securebase_core::assessment::{AssessmentKind, Status};
    let key = match AssessmentKind::parse(&a.kind) {
        Some(AssessmentKind::Child) => "home-open-child",
        Some(AssessmentKind::Caregiver) => "home-open-caregiver",
        None => "home-open-other",
    };
    let args =
        [("subject", Arg::Text(a.subject.clone())), ("date", Arg::Text(crate::records::dates::show(&a.assessed_on)))];
    let state = if a.to_sign {
        t("home-to-sign")
    } else {
        Status::parse(&a.status).map_or_else(|| t("home-status-unknown"), labels::status)
    };
    OpenLine {
        href: format!("/assessments/{}", a.id),
        what: t_args(key, &args).into_owned(),
        state,
        class: if a.to_sign { "tag-yellow" } else { crate::assessments::status_class(&a.status) },
    }
}

/// The roles' names, in the request's language: "Team manager, Caregiver".
pub fn role_names(roles: &[Role]) -> String {
    roles.iter().map(|r| labels::role(*r)).collect::<Vec<_>>().join(", ")
}

/// What each role lets a person do here, as the home page lists it.
fn abilities(role: Role) -> Vec<Cow<'static, str>> {
    let keys: &[&str] = match role {
        Role::AgencyAdmin => &[
            "home-ability-admin-people",
            "home-ability-admin-disable",
            "home-ability-admin-reset",
            "home-ability-admin-private",
        ],
        Role::TeamManager => &["home-ability-manager-oversee", "home-ability-manager-sign-off"],
        Role::SupervisingSocialWorker => &["home-ability-ssw-records", "home-ability-ssw-assess"],
        Role::ChildSocialWorker => &["home-ability-csw-records", "home-ability-csw-assess"],
        Role::Caregiver => &["home-ability-carer-records", "home-ability-carer-read"],
        Role::Auditor => &["home-ability-auditor-trail"],
    };
    keys.iter().map(|k| t(k)).collect()
}

pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

pub fn child_line(c: &ChildSummary, today: jiff::civil::Date) -> ChildLine {
    let age = c
        .date_of_birth
        .parse::<jiff::civil::Date>()
        .map(|dob| t_args("home-age", &[("years", Arg::Number(i64::from(age_in_years(dob, today))))]).into_owned())
        .unwrap_or_default();
    ChildLine { id: c.id.clone(), name: c.known_as.clone(), age }
}

fn due_line(d: &DueItem, today: jiff::civil::Date) -> DueLine {
    let name = [("name", Arg::Text(d.name.clone()))];
    let (href, what) = match d.kind {
        DueKind::ChildReview => (format!("/children/{}", d.record_id), t_args("home-due-child-review", &name)),
        DueKind::HouseholdReview => {
            (format!("/households/{}", d.record_id), t_args("home-due-household-review", &name))
        }
    };
    DueLine { href, what: what.into_owned(), when: long_date(d.due), overdue: d.due < today }
}

async fn home(State(state): State<AppState>, request: Unchecked) -> Result<Response, AppError> {
    let today = today();
    // One trip to the database: the session, then what the person's roles put in front of them.
    let outcome = request
        .run_for(&state, move |c, scope| {
            let roles = &scope.actor().roles;
            let has = |r: Role| roles.contains(&r);
            let is_worker =
                has(Role::ChildSocialWorker) || has(Role::SupervisingSocialWorker) || has(Role::TeamManager);
            let (is_carer, is_manager) = (has(Role::Caregiver), has(Role::TeamManager));
            if !(is_worker || is_carer) {
                return Ok(Default::default());
            }
            let kids = children::list_own(c, scope)?;
            let homes = households::list_own(c, scope)?;
            let due = if is_worker { due::upcoming(c, scope, today, 28)? } else { Vec::new() };
            let team_due = if is_manager {
                let mut t = due::upcoming_in_teams(c, scope, today, 28)?;
                t.retain(|d| !due.contains(d));
                t
            } else {
                Vec::new()
            };
            let team = if is_manager { caseloads::team_loads(c, scope)? } else { Vec::new() };
            let open = if is_worker { securebase_store::assessments::open_work(c, scope)? } else { Vec::new() };
            Ok((kids, homes, due, team_due, team, open))
        })
        .await;
    let (ctx, (kids, homes, due, team_due, team, open)) = match outcome {
        Ok(done) => done,
        Err(not_signed_in) => return Ok(not_signed_in),
    };
    let u = ctx.user.0.user.clone();
    let has = |r: Role| u.has_role(r);
    let is_worker = has(Role::ChildSocialWorker) || has(Role::SupervisingSocialWorker) || has(Role::TeamManager);
    let is_carer = has(Role::Caregiver);
    let is_manager = has(Role::TeamManager);
    Ok(render(&HomePage {
        nav: ctx.user.nav(),
        name: u.display_name.clone(),
        email: u.email.clone(),
        org_name: ctx.user.0.org_name.clone(),
        roles: role_names(&u.roles),
        abilities: u.roles.iter().flat_map(|r| abilities(*r)).collect(),
        is_admin: u.roles.iter().any(|r| r.can_manage_users()),
        is_worker,
        is_carer,
        is_manager,
        is_auditor: has(Role::Auditor),
        children: kids.iter().map(|c| child_line(c, today)).collect(),
        households: homes,
        due: due.iter().map(|d| due_line(d, today)).collect(),
        team_due: team_due.iter().map(|d| due_line(d, today)).collect(),
        open: open.iter().map(open_line).collect(),
        team,
        dimensions: Dimension::ALL.iter().map(|d| crate::assessments::dimension_view(state.pack(), *d)).collect(),
    })?
    .into_response())
}
