//! A signed-off assessment on its own page, laid out for paper: the facts, the summary, every
//! dimension, the petals and who signed it off. Other states have nothing final to print, so
//! they go back to the assessment's page.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use securebase_core::Dimension;
use securebase_core::assessment::{AssessmentKind, Status};
use securebase_store::assessments;

use super::{Header, SectionView, header, href, section_views};
use crate::charts::{PetalRating, SecondRating, petals};
use crate::context::Ctx;
use crate::extract::Path;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, t, t_args};
use crate::layout::render;
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "assessments/print.html")]
pub struct PrintPage {
    pub header: Header,
    pub sections: Vec<SectionView>,
    /// A complete `<svg>`, its text escaped by `crate::charts`.
    pub petals: String,
    /// The day it was signed off, "3 May 2026", in the request's language.
    pub signed_off_on: String,
}

impl PrintPage {
    /// What the page is called (before " – securebase"): "Child assessment: Sam, 3 May 2026".
    pub fn page_title(&self) -> String {
        format!("{}: {}, {}", self.header.kind, self.header.subject, self.header.assessed_on)
    }
}

fn day_of(micros: i64) -> String {
    jiff::Timestamp::from_microsecond(micros)
        .map(|ts| crate::i18n::long_date(ts.to_zoned(jiff::tz::TimeZone::UTC).date()))
        .unwrap_or_default()
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, AppError> {
    let record = ctx.run(&state, move |c, scope| assessments::view(c, scope, &id)).await?;
    let a = &record.assessment;
    if a.status() != Status::SignedOff {
        return Ok(Redirect::to(&href(&a.id)).into_response());
    }
    let sections = section_views(&record, state.pack());
    let is_child = a.kind() == AssessmentKind::Child;
    let small = |r: Option<i32>| r.and_then(|r| u8::try_from(r).ok());
    let ratings: Vec<PetalRating> = sections
        .iter()
        .map(|s| PetalRating {
            key: s.dim.key.to_owned(),
            name: s.dim.name.to_owned(),
            colour: s.dim.colour.clone(),
            rating: small(s.rating),
            second: (is_child && s.dim.key == Dimension::FamilyMembership.key())
                .then(|| SecondRating { label: t("chart-birth-family").into_owned(), rating: small(s.second_rating) }),
        })
        .collect();
    let h = header(&record);
    let title = t_args(
        "chart-print-title",
        &[("subject", Arg::Text(h.subject.clone())), ("date", Arg::Text(h.assessed_on.clone()))],
    );
    let chart = petals(&title, &t("chart-petals-description"), &ratings);
    let page = PrintPage {
        signed_off_on: a.signed_off_at.map(day_of).unwrap_or_default(),
        header: h,
        sections,
        petals: chart,
    };
    Ok(render(&page)?.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signing_day_is_a_plain_date() {
        // 2026-05-03 23:30 UTC
        assert_eq!(day_of(1_777_851_000_000_000), "3 May 2026");
    }
}
