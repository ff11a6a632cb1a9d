//! A person's own settings: the language they read securebase in, and their password (changed
//! with their current one). Everyone signed in has this page; nobody can reach another
//! person's settings through it.

use askama::Template;
use axum::extract::State;

use crate::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::{Language, Password};
use securebase_store::settings::{self, Own};
use serde::Deserialize;

use crate::auth::password;
use crate::context::Ctx;
use crate::extract::Form;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{labels, t};
use crate::layout::{FieldError, Nav, render};
use crate::records::unprocessable;
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new()
        .get("/settings", show)
        .post("/settings/language", save_language)
        .post("/settings/password", change_password)
}

/// One choice on the language form.
pub struct Choice {
    /// The form value: a language's code, or empty for the organisation's.
    pub value: &'static str,
    /// The language's own name, in its own language (`lang` set on it).
    pub autonym: &'static str,
    pub tag: &'static str,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "settings/page.html")]
struct Page {
    nav: Option<Nav>,
    /// The organisation's default language, named in its own language.
    org_autonym: &'static str,
    org_tag: &'static str,
    follows_org: bool,
    choices: Vec<Choice>,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

fn page(nav: Option<Nav>, own: &Own, errors: Vec<FieldError>, notice: Option<String>) -> Page {
    Page {
        nav,
        org_autonym: own.org_language.autonym(),
        org_tag: own.org_language.tag(),
        follows_org: own.language.is_none(),
        choices: Language::ALL
            .into_iter()
            .map(|l| Choice { value: l.code(), autonym: l.autonym(), tag: l.tag(), checked: own.language == Some(l) })
            .collect(),
        errors,
        notice,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NoticeQuery {
    notice: String,
}

async fn show(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NoticeQuery>) -> Result<Response, AppError> {
    let own = ctx.run(&state, settings::own).await?;
    let notice = match q.notice.as_str() {
        "language" => Some(t("settings-language-saved").into_owned()),
        "password" => Some(t("settings-password-changed").into_owned()),
        _ => None,
    };
    Ok(render(&page(ctx.user.nav(), &own, Vec::new(), notice))?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LanguageForm {
    language: String,
}

async fn save_language(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let choice = match form.language.as_str() {
        "" => None,
        code => match Language::parse(code) {
            Some(l) => Some(l),
            None => {
                let own = ctx.run(&state, settings::own).await?;
                let errors =
                    vec![FieldError { field: "language".into(), message: t("settings-language-unknown").into_owned() }];
                return Ok(unprocessable(render(&page(ctx.user.nav(), &own, errors, None))?));
            }
        },
    };
    ctx.run(&state, move |c, scope| settings::set_language(c, scope, choice)).await?;
    // The next page is read in the new language: the session reads it afresh.
    Ok(Redirect::to("/settings?notice=language").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PasswordForm {
    current: String,
    new: String,
}

async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let stored = ctx.run(&state, settings::own_password_hash).await?;
    let mut errors = Vec::new();
    let right = !form.current.is_empty()
        && state
            .passwords
            .verify(form.current.clone(), stored.clone())
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
    if form.current.is_empty() {
        errors.push(FieldError { field: "current".into(), message: t("settings-current-missing").into_owned() });
    } else if !right {
        errors.push(FieldError { field: "current".into(), message: t("settings-current-wrong").into_owned() });
        tracing::info!(actor = %ctx.user.id(), "own password change refused: current password wrong");
    }
    let new = match Password::parse(&form.new, Some(&ctx.user.0.user.email)) {
        Ok(p) if p.expose() == form.current => {
            errors.push(FieldError { field: "new".into(), message: t("settings-new-same").into_owned() });
            None
        }
        Ok(p) => Some(p),
        Err(e) => {
            errors.push(FieldError { field: "new".into(), message: labels::password_error(e).into_owned() });
            None
        }
    };
    let (Some(new), true) = (new, errors.is_empty()) else {
        let own = ctx.run(&state, settings::own).await?;
        return Ok(unprocessable(render(&page(ctx.user.nav(), &own, errors, None))?));
    };
    let hash = tokio::task::spawn_blocking(move || password::hash(new.expose()))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let session = ctx.user.0.session_id.clone();
    ctx.run(&state, move |c, scope| settings::set_own_password(c, scope, &session, &stored, &hash)).await?;
    tracing::info!(actor = %ctx.user.id(), "own password changed");
    Ok(Redirect::to("/settings?notice=password").into_response())
}
