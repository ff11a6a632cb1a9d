//! Agency administrators manage who may sign in: add people with a role, disable and enable
//! accounts, reset passwords. Everyone else is told these pages do not exist.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::names::NameError;
use securebase_core::{DisplayName, Email, Password, Role};
use securebase_store::StoreError;
use securebase_store::audit::By;
use securebase_store::error_kind::Conflict;
use securebase_store::users::{self, NewUser, User};
use serde::Deserialize;

use crate::auth::{CurrentUser, password};
use crate::context::Ctx;
use crate::extract::{Form, Path, Query};
use crate::home::role_names;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::{FieldError, Nav, render, when};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new()
        .get_post("/admin/users", list, create)
        .get("/admin/users/new", new_form)
        .post("/admin/users/{id}/disable", disable)
        .post("/admin/users/{id}/enable", enable)
        .get_post("/admin/users/{id}/password", password_form, set_password)
}

/// Not an administrator: the page does not exist for you, and nothing hints that it might.
fn require_admin(user: &CurrentUser) -> Result<(), AppError> {
    if user.roles().iter().any(|r| r.can_manage_users()) { Ok(()) } else { Err(AppError::NotFound) }
}

struct Row {
    id: String,
    name: String,
    email: String,
    role: String,
    disabled: bool,
    created: String,
    is_me: bool,
}

#[derive(Template)]
#[template(path = "admin_users/list.html")]
struct ListPage {
    nav: Option<Nav>,
    notice: Option<String>,
    problem: Option<String>,
    rows: Vec<Row>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NoticeQuery {
    notice: String,
    user: String,
}

async fn list(
    State(state): State<AppState>,
    me: CurrentUser,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    require_admin(&me)?;
    let org = me.org_id().to_owned();
    let all = state.store.run(move |c| users::list_in_org(c, &org)).await?;
    let named = |id: &str| all.iter().find(|u| u.id == id).map(|u| u.display_name.clone());
    let about = |key: &str, n: String| Some(t_args(key, &[("name", Arg::Text(n))]).into_owned());
    let (notice, problem) = match (q.notice.as_str(), named(&q.user)) {
        ("added", Some(n)) => (about("admin-users-added-notice", n), None),
        ("disabled", Some(n)) => (about("admin-users-disabled-notice", n), None),
        ("enabled", Some(n)) => (about("admin-users-enabled-notice", n), None),
        ("password", Some(n)) => (about("admin-users-password-notice", n), None),
        ("self", _) => (None, Some(t("admin-users-self").into_owned())),
        _ => (None, None),
    };
    let rows = all
        .iter()
        .map(|u| Row {
            id: u.id.clone(),
            name: u.display_name.clone(),
            email: u.email.clone(),
            role: role_names(&u.roles),
            disabled: u.disabled,
            created: when(u.created_at),
            is_me: u.id == me.id(),
        })
        .collect();
    Ok(render(&ListPage { nav: me.nav(), notice, problem, rows })?.into_response())
}

#[derive(Template)]
#[template(path = "admin_users/new.html")]
struct NewPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    form: NewUserForm,
    roles: Vec<RoleOption>,
}

/// A role to choose, with its name in the request's language.
struct RoleOption {
    key: &'static str,
    label: String,
}

fn role_options() -> Vec<RoleOption> {
    Role::ALL.iter().map(|r| RoleOption { key: r.key(), label: labels::role(*r).into_owned() }).collect()
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct NewUserForm {
    email: String,
    display_name: String,
    role: String,
    password: String,
}

async fn new_form(me: CurrentUser) -> Result<Response, AppError> {
    require_admin(&me)?;
    Ok(render(&NewPage { nav: me.nav(), errors: vec![], form: NewUserForm::default(), roles: role_options() })?
        .into_response())
}

fn unprocessable(page: impl IntoResponse) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}

async fn create(State(state): State<AppState>, ctx: Ctx, Form(form): Form<NewUserForm>) -> Result<Response, AppError> {
    let me = &ctx.user;
    require_admin(me)?;
    let mut errors = Vec::new();
    let email = Email::parse(&form.email)
        .map_err(|e| errors.push(FieldError { field: "email".into(), message: labels::email_error(e).into_owned() }))
        .ok();
    let name = DisplayName::parse(&form.display_name)
        .map_err(|e| {
            let message = match e {
                NameError::Empty => t("admin-users-name-empty"),
                other => labels::name_error(other),
            };
            errors.push(FieldError { field: "display_name".into(), message: message.into_owned() })
        })
        .ok();
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.push(FieldError { field: "role".into(), message: t("admin-users-role-missing").into_owned() });
    }
    let pw = Password::parse(&form.password, Some(&form.email))
        .map_err(|e| {
            errors.push(FieldError { field: "password".into(), message: labels::password_error(e).into_owned() })
        })
        .ok();
    let retry = |errors: Vec<FieldError>, form: NewUserForm| -> Result<Response, AppError> {
        // Everything typed comes back except the password, which is never written into a page.
        let form = NewUserForm { password: String::new(), ..form };
        Ok(unprocessable(render(&NewPage { nav: me.nav(), errors, form, roles: role_options() })?))
    };
    let (Some(email), Some(name), Some(role), Some(pw)) = (email, name, role, pw) else {
        return retry(errors, form);
    };
    let hash = tokio::task::spawn_blocking(move || password::hash(pw.expose()))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let org = me.org_id().to_owned();
    let by = By::person(&ctx.actor);
    let created = state
        .store
        .run(move |c| {
            Ok(users::create(
                c,
                &NewUser { org_id: &org, email: &email, display_name: &name, role, password_hash: &hash },
                &by,
            ))
        })
        .await?;
    match created {
        Ok(user) => {
            tracing::info!(actor = %me.id(), user = %user.id, "user added");
            Ok(Redirect::to(&format!("/admin/users?notice=added&user={}", user.id)).into_response())
        }
        Err(StoreError::Conflict(Conflict::EmailTaken)) => {
            retry(vec![FieldError { field: "email".into(), message: t("admin-users-email-taken").into_owned() }], form)
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_disabled(state: AppState, ctx: Ctx, id: String, disabled: bool) -> Result<Response, AppError> {
    let me = &ctx.user;
    require_admin(me)?;
    if disabled && id == me.id() {
        return Ok(Redirect::to("/admin/users?notice=self").into_response());
    }
    let org = me.org_id().to_owned();
    let by = By::person(&ctx.actor);
    let user: User = state.store.run(move |c| users::set_disabled(c, &org, &id, disabled, &by)).await?;
    tracing::info!(actor = %me.id(), user = %user.id, disabled, "account status changed");
    let notice = if disabled { "disabled" } else { "enabled" };
    Ok(Redirect::to(&format!("/admin/users?notice={notice}&user={}", user.id)).into_response())
}

async fn disable(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    set_disabled(state, ctx, id, true).await
}

async fn enable(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    set_disabled(state, ctx, id, false).await
}

#[derive(Template)]
#[template(path = "admin_users/password.html")]
struct PasswordPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    user_id: String,
    user_name: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PasswordForm {
    password: String,
}

async fn target_user(state: &AppState, me: &CurrentUser, id: String) -> Result<User, AppError> {
    let org = me.org_id().to_owned();
    Ok(state.store.run(move |c| users::get_in_org(c, &org, &id)).await?)
}

async fn password_form(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require_admin(&me)?;
    let user = target_user(&state, &me, id).await?;
    Ok(render(&PasswordPage { nav: me.nav(), errors: vec![], user_id: user.id, user_name: user.display_name })?
        .into_response())
}

async fn set_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let me = &ctx.user;
    require_admin(me)?;
    let user = target_user(&state, me, id).await?;
    let pw = match Password::parse(&form.password, Some(&user.email)) {
        Ok(p) => p,
        Err(e) => {
            let errors = vec![FieldError { field: "password".into(), message: labels::password_error(e).into_owned() }];
            return Ok(unprocessable(render(&PasswordPage {
                nav: me.nav(),
                errors,
                user_id: user.id,
                user_name: user.display_name,
            })?));
        }
    };
    let hash = tokio::task::spawn_blocking(move || password::hash(pw.expose()))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let org = me.org_id().to_owned();
    let uid = user.id.clone();
    let by = By::person(&ctx.actor);
    state.store.run(move |c| users::set_password_hash(c, &org, &uid, &hash, &by)).await?;
    tracing::info!(actor = %me.id(), user = %user.id, "password reset");
    Ok(Redirect::to(&format!("/admin/users?notice=password&user={}", user.id)).into_response())
}
