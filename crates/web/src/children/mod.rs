//! Children's records: the list of children a person may open, the record itself (details,
//! where the child lives, workers, family and important people, the change history), adding
//! and changing a child, archiving, allocating a worker and the record's access log.

pub mod form;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::content::ContentPack;
use securebase_core::policy::Action;
use securebase_core::records::RelationKind;
use securebase_store::access::{Scope, Target};
use securebase_store::children::{self, Child, RelationInput};
use securebase_store::{DbConnection, StoreError, assessments, placements};
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
        .get("/children", list)
        .get_post("/children/new", edit::new_form::<Child>, edit::create::<Child>)
        .get("/children/{id}", page::show::<Record>)
        .get_post("/children/{id}/edit", edit::edit_form::<Child>, edit::update::<Child>)
        .post("/children/{id}/relations", add_relation)
        .merge(shared::routes(Kind::Child))
}

// ---- The list ----

#[derive(Template)]
#[template(path = "children/list.html")]
struct ListPage {
    nav: Option<Nav>,
    table: Table,
    can_create: bool,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let (children, can_create) = ctx
        .run(&state, |c, scope| Ok((children::list_visible(c, scope)?, scope.can_in_org(Action::CreateChild))))
        .await?;
    let table =
        Table::new(t("rec-children-caption"), [t("rec-name"), t("rec-dob")]).with_rows(children.into_iter().map(|c| {
            let legal = if c.legal_name == c.known_as {
                String::new()
            } else {
                t_args("rec-child-legal-name-hint", &[("name", Arg::Text(c.legal_name))]).into_owned()
            };
            vec![
                Cell::link(c.known_as, Some(Kind::Child.href(&c.id))).hint(legal),
                Cell::text(dates::with_age(&c.date_of_birth)),
            ]
        }));
    Ok(render(&ListPage { nav: ctx.user.nav(), table, can_create })?.into_response())
}

// ---- The record ----

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct RelationForm {
    relation_kind: String,
    relation_name: String,
    relationship: String,
    contact_arrangements: String,
    relation_notes: String,
}

#[derive(Template)]
#[template(path = "children/show.html")]
struct ShowPage {
    nav: Option<Nav>,
    /// Problems with the add-a-person form, shown in the error summary.
    errors: Vec<FieldError>,
    common: Common,
    details: Vec<(String, String)>,
    current: Vec<PlacementRow>,
    past: Table,
    relations: Table,
    relation_form: RelationForm,
    relation_kinds: Vec<Choice>,
    /// Starting a placement: allowed, not archived, and not placed now.
    can_place: bool,
    /// The Secure Base assessments, for those who may read them.
    assessments: Option<AssessmentList>,
}

/// Everything on the record page, read in one go (the read is audited as a view).
struct Record {
    child: Child,
    common: Common,
    placements: Vec<PlacementRow>,
    relations: Vec<children::Relation>,
    can_place: bool,
    assessments: Option<AssessmentList>,
}

fn details(c: &Child) -> Vec<(String, String)> {
    let mut rows = vec![(t("rec-child-legal-name").into_owned(), format!("{} {}", c.given_names, c.family_name))];
    for (key, value) in c.input().fields().into_iter().skip(2) {
        let shown = if key == "date_of_birth" { dates::with_age(&value) } else { or_not_recorded(&value) };
        rows.push((form::label(key).map(|l| l.into_owned()).unwrap_or_else(|| key.to_owned()), shown));
    }
    rows
}

fn relation_row(x: children::Relation) -> Vec<Cell> {
    let kind = RelationKind::parse(&x.kind).map(|k| labels::relation_kind(k).into_owned()).unwrap_or(x.kind);
    vec![
        Cell::text(x.name).hint(kind),
        Cell::text(x.relationship),
        Cell::text(x.contact_arrangements).lines(),
        Cell::text(x.notes).lines(),
    ]
}

impl RecordPage for Record {
    const KIND: Kind = Kind::Child;
    type AddForm = RelationForm;

    fn read(conn: &mut DbConnection, scope: &Scope, pack: &ContentPack, id: &str) -> Result<Record, StoreError> {
        let child = children::open(conn, scope, id)?;
        let lines = placements::for_child(conn, scope, id)?;
        Ok(Record {
            common: Common::read(conn, scope, &child)?,
            placements: crate::placements::rows(conn, scope, lines)?,
            relations: children::relations(conn, scope, id)?,
            can_place: scope.can(conn, Action::ManagePlacement, Target::Child(id))? && child.archived_at.is_none(),
            assessments: assessment_list(conn, scope, pack, &child)?,
            child,
        })
    }

    fn render(
        self,
        nav: Option<Nav>,
        notice: Option<String>,
        relation_form: RelationForm,
        errors: Vec<FieldError>,
    ) -> Result<Response, AppError> {
        let (current, past): (Vec<PlacementRow>, Vec<PlacementRow>) =
            self.placements.into_iter().partition(|p| p.current);
        let heads = [t("rec-name"), t("rec-relation-who"), t("rec-relation-contact"), t("rec-notes")];
        let page = ShowPage {
            nav,
            errors,
            common: Common { notice, ..self.common },
            details: details(&self.child),
            can_place: self.can_place && current.is_empty(),
            past: crate::placements::table(&t("rec-earlier-placements-caption"), &past, Lead::Household, true),
            current,
            relations: Table::new(t("rec-relations-caption"), heads)
                .with_rows(self.relations.into_iter().map(relation_row)),
            relation_kinds: pick(
                Choice::all(RelationKind::ALL, RelationKind::key, labels::relation_kind),
                [relation_form.relation_kind.as_str()],
            ),
            relation_form,
            assessments: self.assessments,
        };
        Ok(render(&page)?.into_response())
    }
}

/// The child's assessments, or `None` for someone who may read none of them. New ones are not
/// started on an archived record.
fn assessment_list(
    conn: &mut DbConnection,
    scope: &Scope,
    pack: &ContentPack,
    child: &Child,
) -> Result<Option<AssessmentList>, StoreError> {
    let list = match assessments::list_for_child(conn, scope, &child.id) {
        Ok(list) => list,
        Err(e) if e.is_not_found() => return Ok(None),
        Err(e) => return Err(e),
    };
    let may_start = scope.can(conn, Action::EditAssessment, Target::Child(&child.id))? && child.archived_at.is_none();
    let rated = assessments::ratings_for_child(conn, scope, &child.id)?;
    Ok(Some(
        AssessmentList::new(list, &Kind::Child.href(&child.id), false, may_start)
            .with_latest(pack, vec![(String::new(), rated)]),
    ))
}

fn check_relation(form: &RelationForm) -> Result<RelationInput, Vec<FieldError>> {
    let mut k = Check::new();
    let kind = k.choice("relation_kind", &t("rec-relation-kind-missing"), RelationKind::parse(&form.relation_kind));
    let input = RelationInput {
        kind: kind.map(|x| x.key().to_owned()).unwrap_or_default(),
        name: k.name("relation_name", &t("rec-name"), &t("rec-person-name-missing"), &form.relation_name),
        relationship: k.required_line(
            "relationship",
            &t("rec-relation-relationship"),
            &t("rec-relation-relationship-missing"),
            &form.relationship,
        ),
        contact_arrangements: k.notes(
            "contact_arrangements",
            &t("rec-relation-contact-arrangements"),
            &form.contact_arrangements,
        ),
        notes: k.notes("relation_notes", &t("rec-notes"), &form.relation_notes),
    };
    k.finish(input)
}

async fn add_relation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<RelationForm>,
) -> Result<Response, AppError> {
    page::add::<Record, _>(state, ctx, id, form, "person-added", |c, scope, id, form| {
        page::checked_then(check_relation(form), |input| children::add_relation(c, scope, id, &input))
    })
    .await
}
