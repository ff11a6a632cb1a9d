//! A record's own page, the same way for every kind of record: what every record page shows
//! ([`Common`]: name, notice, archived banner, workers, change history, what the person may do),
//! showing it, and adding something to it from a small form on the page (a person to a child's
//! record, a member to a household's).

use axum::extract::State;
use axum::response::Response;
use securebase_core::content::ContentPack;
use securebase_core::policy::Action;
use securebase_store::access::Scope;
use securebase_store::view_log::ViewEvent;
use securebase_store::{DbConnection, StoreError, children, history, households};

use super::edit::Editable;
use super::history::{HistoryEntry, entries};
use super::shared::archived;
use super::{Kind, NoticeQuery, see_other, unprocessable};
use crate::context::{Ctx, Unchecked};
use crate::extract::{Path, Query};
use crate::layout::{FieldError, Nav};
use crate::{AppError, AppState};

/// What every record page shows besides the record's own details. Read by the partials
/// `records/record_top.html`, `records/history.html` and `records/archive.html` as `common`.
pub struct Common {
    pub id: String,
    pub href: String,
    pub name: String,
    pub version: i64,
    pub archived: bool,
    /// The notice after a change, in the request's language.
    pub notice: Option<String>,
    pub workers: Vec<String>,
    pub history: Vec<HistoryEntry>,
    pub can_edit: bool,
    /// Allocating a worker (never to an archived record).
    pub can_allocate: bool,
    pub can_audit: bool,
}

impl Common {
    /// Call inside `Ctx::run`, after opening the record.
    pub fn read<R: Editable>(conn: &mut DbConnection, scope: &Scope, record: &R) -> Result<Common, StoreError> {
        let about = record.about();
        let kind = R::KIND;
        let id = about.id.as_str();
        let target = kind.target(id);
        let workers = match kind {
            Kind::Child => children::workers(conn, scope, id)?,
            Kind::Household => households::workers(conn, scope, id)?,
        };
        Ok(Common {
            href: kind.href(id),
            workers: workers.into_iter().map(|w| w.1).collect(),
            history: entries(history::for_record(conn, scope.org_id(), kind.record_type(), id)?, R::FIELDS),
            can_edit: scope.can(conn, kind.edit_action(), target)?,
            can_allocate: scope.can(conn, Action::AllocateWorker, target)? && !about.archived,
            can_audit: scope.can(conn, Action::ViewAuditTrail, target)?,
            notice: None,
            id: about.id,
            name: about.name,
            version: about.version,
            archived: about.archived,
        })
    }
}

/// A record's page, with a small form for adding something to it.
pub trait RecordPage: Sized + Send + 'static {
    const KIND: Kind;
    /// What is typed into the page's form.
    type AddForm: Default + Clone + Send + 'static;

    /// Everything on the page. Call inside `Ctx::run`; the caller audits the view (see
    /// [`audit_view`]) before showing it.
    /// `pack` draws the latest ratings' petals.
    fn read(conn: &mut DbConnection, scope: &Scope, pack: &ContentPack, id: &str) -> Result<Self, StoreError>;
    /// The page, with a notice after a change, or with what was typed into the form and what is
    /// wrong with it.
    fn render(
        self,
        nav: Option<Nav>,
        notice: Option<String>,
        form: Self::AddForm,
        errors: Vec<FieldError>,
    ) -> Result<Response, AppError>;
}

pub async fn show<P: RecordPage>(
    State(state): State<AppState>,
    request: Unchecked,
    Path(id): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let packs = std::sync::Arc::clone(&state.content);
    let rid = id.clone();
    // One trip to the database for the session and the page; the view is durable in the audit
    // trail before the page is shown.
    let (ctx, page) = match request
        .run_for(&state, move |c, scope| P::read(c, scope, packs.get(crate::local::language()), &rid))
        .await
    {
        Ok(done) => done,
        Err(not_signed_in) => return Ok(not_signed_in),
    };
    audit_view(&state, &ctx, P::KIND, id).await?;
    page.render(ctx.user.nav(), q.text(), P::AddForm::default(), vec![])
}

/// Writes the view of a record to the audit trail, batched with other views (group commit),
/// and returns once it is durable: the read has checked access, and nothing is shown before this.
pub async fn audit_view(state: &AppState, ctx: &Ctx, kind: Kind, id: String) -> Result<(), AppError> {
    let event = ViewEvent { actor: ctx.actor.clone(), record_type: kind.record_type(), record_id: id };
    Ok(state.views.record(event).await?)
}

/// The store's answer to an addition whose input was first checked: saved (`Ok(Ok(()))`), or
/// refused with what to correct (`Ok(Err(errors))`).
pub type Addition = Result<Result<(), Vec<FieldError>>, StoreError>;

/// Runs `store` with the checked input, or hands back what to correct.
pub fn checked_then<I>(
    checked: Result<I, Vec<FieldError>>,
    store: impl FnOnce(I) -> Result<(), StoreError>,
) -> Addition {
    match checked {
        Ok(input) => store(input).map(Ok),
        Err(errors) => Ok(Err(errors)),
    }
}

enum Added<P> {
    Done,
    Archived,
    Invalid(Box<P>, Vec<FieldError>),
}

/// Adds something to a record from the form on its page, for those who may change the record
/// while it is not archived: back to the record with `notice` (303), the archived page (409), or
/// the page again with what was typed and the problems (422).
pub async fn add<P, F>(
    state: AppState,
    ctx: Ctx,
    id: String,
    form: P::AddForm,
    notice: &str,
    add: F,
) -> Result<Response, AppError>
where
    P: RecordPage,
    F: FnOnce(&mut DbConnection, &Scope, &str, &P::AddForm) -> Addition + Send + 'static,
{
    let kind = P::KIND;
    let rid = id.clone();
    let submitted = form.clone();
    let packs = std::sync::Arc::clone(&state.content);
    let added = ctx
        .run(&state, move |c, scope| {
            scope.require(c, kind.edit_action(), kind.target(&rid))?;
            let is_archived = match kind {
                Kind::Child => children::is_archived(c, scope, &rid)?,
                Kind::Household => households::is_archived(c, scope, &rid)?,
            };
            if is_archived {
                return Ok(Added::Archived);
            }
            Ok(match add(c, scope, &rid, &submitted)? {
                Ok(()) => Added::Done,
                Err(errors) => {
                    Added::Invalid(Box::new(P::read(c, scope, packs.get(crate::local::language()), &rid)?), errors)
                }
            })
        })
        .await?;
    match added {
        Added::Done => Ok(see_other(&kind.href(&id), notice)),
        Added::Archived => archived(ctx.user.nav(), kind, &id),
        Added::Invalid(page, errors) => {
            audit_view(&state, &ctx, kind, id).await?;
            Ok(unprocessable(page.render(ctx.user.nav(), None, form, errors)?))
        }
    }
}
