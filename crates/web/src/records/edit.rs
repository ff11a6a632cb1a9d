//! Adding and changing a record's details, the same way for every kind of record: the form
//! with an error summary and every answer kept (422), a redirect with a notice once saved
//! (303), a kind refusal for an archived record (409), and the side-by-side page when someone
//! else saved first (409). Each kind of record says how through [`Editable`].

use axum::extract::State;
use axum::http::{HeaderMap, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use securebase_core::policy::Action;
use securebase_store::access::Scope;
use securebase_store::children::Saved;
use securebase_store::error_kind::Conflict;
use securebase_store::{DbConnection, StoreError};

use super::history::Fields;
use super::shared::{archived, version_of};
use super::stale::{self, StalePage};
use super::{Kind, RawForm, see_other, unprocessable};
use crate::context::Ctx;
use crate::extract::Path;
use crate::i18n::{Arg, t_args};
use crate::kept;
use crate::layout::{FieldError, Nav};
use crate::{AppError, AppState};

/// What the shared pages need to know of any record.
pub struct About {
    pub id: String,
    pub name: String,
    pub version: i64,
    pub archived: bool,
    /// The stored values by field key, in the same order as [`Editable::INPUT_FIELDS`].
    pub fields: Vec<(&'static str, String)>,
}

/// Adds a record (checked, audited).
pub type CreateFn<R, I> = fn(&mut DbConnection, &Scope, &I) -> Result<R, StoreError>;
/// Opens a record by id (checked, audited).
pub type OpenFn<R> = fn(&mut DbConnection, &Scope, &str) -> Result<R, StoreError>;
/// Saves changes made against a version (checked, audited).
pub type UpdateFn<R, I> = fn(&mut DbConnection, &Scope, &str, i64, &I) -> Result<Saved<R>, StoreError>;

/// A record with a details form.
pub trait Editable: Sized + Send + 'static {
    /// The checked answers the store takes.
    type Input: Send + 'static;
    const KIND: Kind;
    /// How its fields are named and shown, in the history and on the conflict page.
    const FIELDS: Fields;
    const CREATE: CreateFn<Self, Self::Input>;
    /// Opens the record (an audited view).
    const OPEN: OpenFn<Self>;
    const UPDATE: UpdateFn<Self, Self::Input>;
    /// The checked answers by field key.
    const INPUT_FIELDS: fn(&Self::Input) -> Vec<(&'static str, String)>;

    /// Checks every answer, or says what is wrong with each.
    fn check(form: &RawForm) -> Result<Self::Input, Vec<FieldError>>;
    /// The form page. `editing` is the record's id and name when changing an existing one.
    fn form_page(
        nav: Option<Nav>,
        form: RawForm,
        editing: Option<(String, String)>,
        errors: Vec<FieldError>,
    ) -> Result<Html<String>, AppError>;
    /// The form with values typed before the session ended, brought back after signing in
    /// again (see `crate::kept`). Only forms listed in `kept::RESTORABLE` are ever kept; a kind
    /// that lists its form overrides this to tell the person what happened.
    fn restored_page(nav: Option<Nav>, form: RawForm, editing: (String, String)) -> Result<Html<String>, AppError> {
        Self::form_page(nav, form, Some(editing), vec![])
    }
    fn about(&self) -> About;
    /// The stored values as the form shows them, with the version they are from.
    fn form_of(&self) -> RawForm;
}

fn create_action(kind: Kind) -> Action {
    match kind {
        Kind::Child => Action::CreateChild,
        Kind::Household => Action::CreateHousehold,
    }
}

fn form_response<R: Editable>(
    nav: Option<Nav>,
    form: RawForm,
    editing: Option<(String, String)>,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let invalid = !errors.is_empty();
    let page = R::form_page(nav, form, editing, errors)?;
    Ok(if invalid { unprocessable(page) } else { page.into_response() })
}

async fn require_create(state: &AppState, ctx: &Ctx, kind: Kind) -> Result<(), AppError> {
    ctx.run(state, move |_, scope| scope.require_in_org(create_action(kind))).await
}

pub async fn new_form<R: Editable>(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    require_create(&state, &ctx, R::KIND).await?;
    form_response::<R>(ctx.user.nav(), RawForm::default(), None, vec![])
}

pub async fn create<R: Editable>(State(state): State<AppState>, ctx: Ctx, form: RawForm) -> Result<Response, AppError> {
    require_create(&state, &ctx, R::KIND).await?;
    let input = match form.and_refused(R::check(&form)) {
        Ok(i) => i,
        Err(errors) => return form_response::<R>(ctx.user.nav(), form, None, errors),
    };
    let id = ctx.run(&state, move |c, scope| R::CREATE(c, scope, &input)).await?.about().id;
    tracing::info!(actor = %ctx.actor.user_id, record = %id, kind = R::KIND.noun(), "record created");
    Ok(see_other(&R::KIND.href(&id), "created"))
}

/// The record, for someone who may change it (everyone else: not found).
async fn editable<R: Editable>(state: &AppState, ctx: &Ctx, id: &str) -> Result<R, AppError> {
    let id = id.to_owned();
    ctx.run(state, move |c, scope| {
        scope.require(c, R::KIND.edit_action(), R::KIND.target(&id))?;
        R::OPEN(c, scope, &id)
    })
    .await
}

/// The form again with what was typed, or the archived page.
async fn retry<R: Editable>(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    form: RawForm,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let record: R = editable(state, ctx, id).await?;
    let about = record.about();
    if about.archived {
        return archived(ctx.user.nav(), R::KIND, id);
    }
    form_response::<R>(ctx.user.nav(), form, Some((about.id, about.name)), errors)
}

pub async fn edit_form<R: Editable>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let record: R = editable(&state, &ctx, &id).await?;
    // Taken only once the record is known to be editable, and even when archived (where it
    // cannot be used) so that it does not linger.
    let restored = kept::take_restored(&state, &headers, &ctx.user, uri.path()).await?;
    let about = record.about();
    if about.archived {
        return archived(ctx.user.nav(), R::KIND, &id);
    }
    let editing = (about.id, about.name);
    let Some(restored) = restored else {
        return form_response::<R>(ctx.user.nav(), record.form_of(), Some(editing), vec![]);
    };
    let page = match restored.form::<RawForm>() {
        Some(typed) => R::restored_page(ctx.user.nav(), typed, editing)?.into_response(),
        None => form_response::<R>(ctx.user.nav(), record.form_of(), Some(editing), vec![])?,
    };
    Ok(([(header::SET_COOKIE, restored.clear_cookie)], page).into_response())
}

enum Outcome<T> {
    Saved,
    Unchanged,
    Archived,
    /// Someone else saved first: what the record holds now, and who changed it when.
    Stale {
        current: T,
        changed_by: Option<(String, String)>,
    },
}

pub async fn update<R: Editable>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: RawForm,
) -> Result<Response, AppError> {
    let input = match form.and_refused(R::check(&form)) {
        Ok(i) => i,
        Err(errors) => return retry::<R>(&state, &ctx, &id, form, errors).await,
    };
    let version = version_of(form.get("version"));
    let yours = (R::INPUT_FIELDS)(&input);
    let rid = id.clone();
    let outcome = ctx
        .run(&state, move |c, scope| {
            Ok(match R::UPDATE(c, scope, &rid, version, &input) {
                Ok(Saved::Saved(r)) if r.about().version == version => Outcome::Unchanged,
                Ok(Saved::Saved(_)) => Outcome::Saved,
                Ok(Saved::Stale { current }) => Outcome::Stale {
                    current,
                    changed_by: stale::last_change(c, scope.org_id(), R::KIND.record_type(), &rid)?,
                },
                Err(StoreError::Conflict(Conflict::Archived)) => Outcome::Archived,
                Err(e) => return Err(e),
            })
        })
        .await?;
    let kind = R::KIND;
    match outcome {
        Outcome::Saved => Ok(see_other(&kind.href(&id), "saved")),
        Outcome::Unchanged => Ok(see_other(&kind.href(&id), "unchanged")),
        Outcome::Archived => archived(ctx.user.nav(), kind, &id),
        Outcome::Stale { current, changed_by } => {
            let now = current.about();
            stale::respond(&StalePage {
                nav: ctx.user.nav(),
                subject: t_args("rec-stale-subject-details", &[("name", Arg::Text(now.name))]).into_owned(),
                record_href: kind.href(&id),
                again_href: format!("{}/edit", kind.href(&id)),
                changed_by,
                table: stale::compare(&yours, &now.fields, R::FIELDS),
            })
        }
    }
}
