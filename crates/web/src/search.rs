//! Finding a child or household by name, among the records the person may open.

use askama::Template;
use axum::extract::State;
use axum::response::IntoResponse;
use securebase_store::children;
use securebase_store::households::{self, HouseholdSummary};
use serde::Deserialize;

use crate::context::Ctx;
use crate::extract::Query;
use crate::home::{ChildLine, child_line, today};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::layout::{Nav, render};
use crate::routes::Routes;
use crate::{AppError, AppState};

pub fn routes() -> Routes {
    Routes::new().get("/search", search)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SearchQuery {
    q: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    nav: Option<Nav>,
    q: String,
    searched: bool,
    children: Vec<ChildLine>,
    households: Vec<HouseholdSummary>,
}

async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<SearchQuery>,
) -> Result<impl IntoResponse, AppError> {
    let q: String = query.q.chars().take(200).collect();
    let needle = q.clone();
    let (kids, homes) = if q.trim().is_empty() {
        Default::default()
    } else {
        ctx.run(&state, move |c, scope| {
            Ok((children::search(c, scope, &needle)?, households::search(c, scope, &needle)?))
        })
        .await?
    };
    let today = today();
    render(&SearchPage {
        nav: ctx.user.nav(),
        searched: !q.trim().is_empty(),
        q,
        children: kids.iter().map(|c| child_line(c, today)).collect(),
        households: homes,
    })
}
