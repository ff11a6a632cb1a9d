//! Administrators arrange people into teams and say who manages each. Managers' reach follows
//! their teams, so this is where oversight is set up.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::names::NameError;
use securebase_store::StoreError;
use securebase_store::teams::{self, Team};
use securebase_store::users::{self, User};
use serde::Deserialize;

use crate::context::Ctx;
use crate::extract::{Form, Path, Query};
use crate::home::role_names;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{labels, t};
use crate::layout::{FieldError, Nav, render};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new()
        .get_post("/admin/teams", list, create)
        .post("/admin/teams/{id}/members", add_member)
        .post("/admin/teams/{id}/members/{user_id}/remove", remove_member)
}

#[derive(Template)]
#[template(path = "admin_teams/list.html")]
struct ListPage {
    nav: Option<Nav>,
    notice: Option<String>,
    errors: Vec<FieldError>,
    name: String,
    teams: Vec<Team>,
    people: Vec<Person>,
}

/// Someone who can be added to a team, named with their roles.
struct Person {
    id: String,
    display_name: String,
    roles: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NoticeQuery {
    notice: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TeamForm {
    name: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MemberForm {
    user_id: String,
    is_manager: Option<String>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    notice: Option<String>,
    errors: Vec<FieldError>,
    name: String,
) -> Result<Response, AppError> {
    let (teams, people) = ctx
        .run(state, |c, scope| {
            let t = teams::list(c, scope)?;
            let p: Vec<User> = users::list_in_org(c, scope.org_id())?.into_iter().filter(|u| !u.disabled).collect();
            Ok((t, p))
        })
        .await?;
    let people: Vec<Person> = people
        .into_iter()
        .map(|u| Person { roles: role_names(&u.roles), id: u.id, display_name: u.display_name })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, render(&ListPage { nav: ctx.user.nav(), notice, errors, name, teams, people })?).into_response())
}

async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NoticeQuery>) -> Result<Response, AppError> {
    let notice = match q.notice.as_str() {
        "created" => Some(t("admin-teams-created").into_owned()),
        "member" => Some(t("admin-teams-updated").into_owned()),
        _ => None,
    };
    page(&state, &ctx, notice, vec![], String::new()).await
}

async fn create(State(state): State<AppState>, ctx: Ctx, Form(form): Form<TeamForm>) -> Result<Response, AppError> {
    let name = match securebase_core::OrgName::parse(&form.name) {
        Ok(n) => n.as_str().to_owned(),
        Err(e) => {
            let message = match e {
                NameError::Empty => t("admin-teams-name-empty"),
                other => labels::name_error(other),
            }
            .into_owned();
            return page(&state, &ctx, None, vec![FieldError { field: "name".into(), message }], form.name).await;
        }
    };
    let n = name.clone();
    match ctx.run(&state, move |c, scope| teams::create(c, scope, &n)).await {
        Ok(_) => Ok(Redirect::to("/admin/teams?notice=created").into_response()),
        // The only refusal of a well-formed name: another team of the organisation has it.
        Err(AppError::Store(StoreError::Invalid(_))) => {
            let message = t("admin-teams-name-taken").into_owned();
            page(&state, &ctx, None, vec![FieldError { field: "name".into(), message }], name).await
        }
        Err(e) => Err(e),
    }
}

async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<MemberForm>,
) -> Result<Response, AppError> {
    // A team of another organisation (or none) is not found, whatever the form says.
    let team = id.clone();
    if !ctx.run(&state, move |c, scope| Ok(teams::list(c, scope)?.iter().any(|t| t.id == team))).await? {
        return Err(AppError::NotFound);
    }
    if form.user_id.trim().is_empty() {
        let errors = vec![FieldError { field: "name".into(), message: t("admin-teams-choose-person").into_owned() }];
        return page(&state, &ctx, None, errors, String::new()).await;
    }
    let manager = form.is_manager.is_some();
    ctx.run(&state, move |c, scope| teams::set_member(c, scope, &id, &form.user_id, manager)).await?;
    Ok(Redirect::to("/admin/teams?notice=member").into_response())
}

async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, user_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    ctx.run(&state, move |c, scope| teams::remove_member(c, scope, &id, &user_id)).await?;
    Ok(Redirect::to("/admin/teams?notice=member").into_response())
}
