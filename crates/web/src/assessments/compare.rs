//! Two assessments of the same child (or the same carer) side by side: how each rating moved,
//! which indicators are seen more or less often now, and the new evidence behind the change.

use std::borrow::Cow;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use securebase_core::Dimension;
use securebase_core::assessment::{AssessmentKind, IndicatorState};
use securebase_store::assessments::{self, Assessment, AssessmentRecord, Evidence, Indicator};
use securebase_store::{StoreError, profile};
use serde::Deserialize;

use super::{DimensionView, EvidenceView, Header, dimension_view, evidence_view, header, status_class, status_label};
use crate::context::Ctx;
use crate::extract::{Path, Query};
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::{Nav, render};
use crate::records::dates;
use crate::{AppError, AppState};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CompareQuery {
    pub with: String,
}

/// An assessment offered for comparison.
#[derive(Debug, Clone)]
pub struct Choice {
    pub href: String,
    pub date: String,
    pub version: String,
    pub status: String,
    pub status_class: &'static str,
    pub superseded: bool,
}

#[derive(Template)]
#[template(path = "assessments/compare_choose.html")]
pub struct ChoosePage {
    pub nav: Option<Nav>,
    pub header: Header,
    pub choices: Vec<Choice>,
}

/// How a rating or an indicator moved from the older assessment to the newer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
    /// One side has no rating, or the move has no order (to or from "does not apply").
    Other,
}

impl Direction {
    pub fn class(self) -> &'static str {
        match self {
            Direction::Up => "change-up",
            Direction::Down => "change-down",
            Direction::Same => "change-same",
            Direction::Other => "change-other",
        }
    }
}

/// A rating as the comparison shows it: "7", or "Not rated".
fn shown(r: Option<i32>) -> String {
    r.map_or_else(|| t("asmt-not-rated").into_owned(), |r| r.to_string())
}

/// "5 → 7 (up 2)", "7 → 7 (no change)", "Not rated → 5".
pub fn rating_change(before: Option<i32>, after: Option<i32>) -> (String, Direction) {
    let ends = [("before", Arg::Text(shown(before))), ("after", Arg::Text(shown(after)))];
    let by = |n: i32| ("difference", Arg::Number(i64::from(n)));
    let (words, direction) = match (before, after) {
        (Some(b), Some(a)) if a > b => {
            (t_args("asmt-compare-change-up", &[ends[0].clone(), ends[1].clone(), by(a - b)]), Direction::Up)
        }
        (Some(b), Some(a)) if a < b => {
            (t_args("asmt-compare-change-down", &[ends[0].clone(), ends[1].clone(), by(b - a)]), Direction::Down)
        }
        (Some(_), Some(_)) => (t_args("asmt-compare-change-none", &ends), Direction::Same),
        _ => (t_args("asmt-compare-change-other", &ends), Direction::Other),
    };
    (words.into_owned(), direction)
}

/// An indicator asked in both assessments whose answer changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved<'a> {
    pub older: &'a Indicator,
    pub newer: &'a Indicator,
    pub direction: Direction,
}

fn state_of(i: &Indicator) -> Option<IndicatorState> {
    i.state.as_deref().and_then(IndicatorState::parse)
}

/// Indicators matched by their key (the same wording, even if an agency later archived it)
/// within one dimension. Also counts those asked in only one of the two, which happens when the
/// child has moved into an older age band or the agency's own indicators changed in between.
pub fn moved<'a>(older: &'a [Indicator], newer: &'a [Indicator]) -> (Vec<Moved<'a>>, usize, usize) {
    let matches = |a: &Indicator, b: &Indicator| a.dimension == b.dimension && a.indicator_key == b.indicator_key;
    let mut moves = Vec::new();
    let mut only_newer = 0;
    for n in newer {
        let Some(o) = older.iter().find(|o| matches(o, n)) else {
            only_newer += 1;
            continue;
        };
        if o.state == n.state {
            continue;
        }
        let ranks = (state_of(o).and_then(IndicatorState::rank), state_of(n).and_then(IndicatorState::rank));
        let direction = match ranks {
            (Some(b), Some(a)) if a > b => Direction::Up,
            (Some(b), Some(a)) if a < b => Direction::Down,
            (Some(_), Some(_)) => Direction::Same,
            _ => Direction::Other,
        };
        moves.push(Moved { older: o, newer: n, direction });
    }
    let only_older = older.iter().filter(|o| !newer.iter().any(|n| matches(o, n))).count();
    (moves, only_newer, only_older)
}

/// Evidence in the newer assessment that the older did not have. An amendment copies evidence
/// into new rows, and a worker may carry an occasion forward, so "the same" means the same
/// occasion: dimension, date, source and account.
pub fn is_new(e: &Evidence, older: &[Evidence]) -> bool {
    !older.iter().any(|o| {
        o.dimension == e.dimension
            && o.happened_on == e.happened_on
            && o.source == e.source
            && o.account.trim() == e.account.trim()
    })
}

#[derive(Debug, Clone)]
pub struct RatingRow {
    pub label: String,
    pub swatch: &'static str,
    pub before: String,
    pub after: String,
    pub change: String,
    pub class: &'static str,
}

#[derive(Debug, Clone)]
pub struct MoveView {
    pub text: String,
    pub before: Cow<'static, str>,
    pub before_key: String,
    pub after: Cow<'static, str>,
    pub after_key: String,
    pub verdict: Cow<'static, str>,
    pub class: &'static str,
    pub evidence: Vec<EvidenceView>,
}

#[derive(Debug, Clone)]
pub struct DimensionCompare {
    pub dim: DimensionView,
    pub ratings: Vec<RatingRow>,
    pub moves: Vec<MoveView>,
    pub unchanged: usize,
    pub only_newer: usize,
    pub only_older: usize,
    /// New evidence for the dimension not already shown under a moved indicator.
    pub evidence: Vec<EvidenceView>,
}

#[derive(Template)]
#[template(path = "assessments/compare.html")]
pub struct ComparePage {
    pub nav: Option<Nav>,
    pub older: Header,
    pub newer: Header,
    pub ratings: Vec<RatingRow>,
    pub dimensions: Vec<DimensionCompare>,
}

fn label(i: &Indicator) -> Cow<'static, str> {
    state_of(i).map_or_else(|| t("asmt-compare-not-answered"), labels::indicator_state)
}

fn verdict(d: Direction) -> Cow<'static, str> {
    match d {
        Direction::Up => t("asmt-compare-verdict-up"),
        Direction::Down => t("asmt-compare-verdict-down"),
        Direction::Same | Direction::Other => t("asmt-compare-verdict-changed"),
    }
}

fn rating_rows(name: &str, older: &AssessmentRecord, newer: &AssessmentRecord, d: Dimension) -> Vec<RatingRow> {
    let (o, n) = (older.section(d), newer.section(d));
    let twice = securebase_core::assessment::ratings_needed(newer.assessment.kind(), d) == 2;
    let mut rows = Vec::new();
    let mut push = |label: String, before: Option<i32>, after: Option<i32>| {
        let (change, direction) = rating_change(before, after);
        rows.push(RatingRow {
            label,
            swatch: d.key(),
            before: shown(before),
            after: shown(after),
            change,
            class: direction.class(),
        });
    };
    if twice {
        let dimension = || [("dimension", Arg::Text(name.to_owned()))];
        let caregiving = t_args("asmt-rating-caregiving-family", &dimension()).into_owned();
        let birth = t_args("asmt-rating-birth-family", &dimension()).into_owned();
        push(caregiving, o.and_then(|s| s.rating), n.and_then(|s| s.rating));
        push(birth, o.and_then(|s| s.second_rating), n.and_then(|s| s.second_rating));
    } else {
        push(name.to_owned(), o.and_then(|s| s.rating), n.and_then(|s| s.rating));
    }
    rows
}

fn dimension_compare(
    state: &AppState,
    older: &AssessmentRecord,
    newer: &AssessmentRecord,
    d: Dimension,
) -> DimensionCompare {
    let old_inds: Vec<Indicator> = older.indicators_for(d).cloned().collect();
    let new_inds: Vec<Indicator> = newer.indicators_for(d).cloned().collect();
    let (moves, only_newer, only_older) = moved(&old_inds, &new_inds);
    let fresh: Vec<&Evidence> = newer.evidence_for(d).filter(|e| is_new(e, &older.evidence)).collect();
    let mut shown: Vec<&str> = Vec::new();
    let moves: Vec<MoveView> = moves
        .iter()
        .map(|m| {
            let evidence: Vec<EvidenceView> = fresh
                .iter()
                .filter(|e| e.indicator_id.as_deref() == Some(m.newer.id.as_str()))
                .map(|e| {
                    shown.push(e.id.as_str());
                    evidence_view(newer, e)
                })
                .collect();
            MoveView {
                text: m.newer.text.clone(),
                before: label(m.older),
                before_key: m.older.state.clone().unwrap_or_default(),
                after: label(m.newer),
                after_key: m.newer.state.clone().unwrap_or_default(),
                verdict: verdict(m.direction),
                class: m.direction.class(),
                evidence,
            }
        })
        .collect();
    let matched = new_inds.len().saturating_sub(only_newer);
    DimensionCompare {
        dim: dimension_view(state.pack(), d),
        ratings: rating_rows(state.pack().name_of(d), older, newer, d),
        unchanged: matched.saturating_sub(moves.len()),
        moves,
        only_newer,
        only_older,
        evidence: fresh.iter().filter(|e| !shown.contains(&e.id.as_str())).map(|e| evidence_view(newer, e)).collect(),
    }
}

/// Whether two assessments are about the same person in the same way.
fn same_subject(a: &Assessment, b: &Assessment) -> bool {
    a.kind == b.kind
        && match a.kind() {
            AssessmentKind::Child => a.child_id.is_some() && a.child_id == b.child_id,
            AssessmentKind::Caregiver => {
                a.member_id.is_some() && a.household_id == b.household_id && a.member_id == b.member_id
            }
        }
}

/// The earlier of two assessments first: by assessment date, then version, then when started.
fn in_order(a: AssessmentRecord, b: AssessmentRecord) -> (AssessmentRecord, AssessmentRecord) {
    let key =
        |r: &AssessmentRecord| (r.assessment.assessed_on.clone(), r.assessment.amendment_no, r.assessment.created_at);
    if key(&a) <= key(&b) { (a, b) } else { (b, a) }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<CompareQuery>,
) -> Result<Response, AppError> {
    let with = q.with.trim().to_owned();
    if with.is_empty() {
        return choose(state, ctx, id).await;
    }
    if with == id {
        return Err(AppError::NotFound);
    }
    let (a, b) = ctx
        .run(&state, move |c, scope| {
            let a = assessments::view(c, scope, &id)?;
            let b = assessments::view(c, scope, &with)?;
            if !same_subject(&a.assessment, &b.assessment) {
                return Err(StoreError::NotFound);
            }
            Ok((a, b))
        })
        .await?;
    let (older, newer) = in_order(a, b);
    let dimensions: Vec<DimensionCompare> =
        Dimension::ALL.iter().map(|d| dimension_compare(&state, &older, &newer, *d)).collect();
    let page = ComparePage {
        nav: ctx.user.nav(),
        ratings: dimensions.iter().flat_map(|d| d.ratings.iter().cloned()).collect(),
        dimensions,
        older: header(&older),
        newer: header(&newer),
    };
    Ok(render(&page)?.into_response())
}

async fn choose(state: AppState, ctx: Ctx, id: String) -> Result<Response, AppError> {
    let (record, others) = ctx
        .run(&state, move |c, scope| {
            let record = assessments::view(c, scope, &id)?;
            let others = profile::comparable(c, scope, &record.assessment)?;
            Ok((record, others))
        })
        .await?;
    let base = record.assessment.id.clone();
    let choices = others
        .into_iter()
        .map(|o| Choice {
            href: format!("/assessments/{base}/compare?with={}", o.id),
            date: dates::show(&o.assessed_on),
            version: if o.amendment_no == 0 {
                String::new()
            } else {
                t_args("asmt-version-amendment-lower", &[("number", Arg::Number(i64::from(o.amendment_no)))])
                    .into_owned()
            },
            status: status_label(&o.status).into_owned(),
            status_class: status_class(&o.status),
            superseded: o.superseded,
        })
        .collect();
    Ok(render(&ChoosePage { nav: ctx.user.nav(), header: header(&record), choices })?.into_response())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn ind(id: &str, dim: &str, key: &str, state: Option<&str>) -> Indicator {
        Indicator {
            id: id.into(),
            assessment_id: "x".into(),
            org_id: "o".into(),
            dimension: dim.into(),
            position: 1,
            indicator_key: key.into(),
            origin: "pack".into(),
            aspect: String::new(),
            short_term: false,
            long_term: false,
            text: format!("Indicator {key}"),
            evidence_hint: String::new(),
            state: state.map(str::to_owned),
            language: "en".into(),
        }
    }

    fn ev(id: &str, dim: &str, on: &str, account: &str) -> Evidence {
        Evidence {
            id: id.into(),
            assessment_id: "x".into(),
            org_id: "o".into(),
            dimension: dim.into(),
            indicator_id: None,
            happened_on: on.into(),
            source: "caregiver".into(),
            life_area: String::new(),
            account: account.into(),
            opinion: String::new(),
            created_at: 1,
            created_by: "u".into(),
        }
    }

    #[test]
    fn rating_changes_in_words() {
        assert_eq!(rating_change(Some(5), Some(7)), ("5 \u{2192} 7 (up 2)".to_owned(), Direction::Up));
        assert_eq!(rating_change(Some(6), Some(4)), ("6 \u{2192} 4 (down 2)".to_owned(), Direction::Down));
        assert_eq!(rating_change(Some(7), Some(7)), ("7 \u{2192} 7 (no change)".to_owned(), Direction::Same));
        assert_eq!(rating_change(None, Some(3)), ("Not rated \u{2192} 3".to_owned(), Direction::Other));
    }

    #[test]
    fn indicators_are_matched_by_key_within_a_dimension() {
        let older = vec![
            ind("o1", "availability", "av-1", Some("not_yet")),
            ind("o2", "availability", "av-2", Some("consistently")),
            ind("o3", "availability", "av-3", Some("sometimes")),
            ind("o4", "availability", "av-old-band", Some("sometimes")),
            ind("o5", "sensitivity", "shared-key", Some("not_yet")),
            ind("o6", "availability", "av-4", Some("not_applicable")),
        ];
        let newer = vec![
            ind("n3", "availability", "av-3", Some("sometimes")),
            ind("n2", "availability", "av-2", Some("sometimes")),
            ind("n1", "availability", "av-1", Some("consistently")),
            ind("n9", "availability", "av-new-band", Some("sometimes")),
            // Same key in another dimension is another indicator.
            ind("n5", "acceptance", "shared-key", Some("consistently")),
            ind("n6", "availability", "av-4", Some("sometimes")),
        ];
        let (moves, only_newer, only_older) = moved(&older, &newer);
        let got: Vec<(&str, &str, Direction)> =
            moves.iter().map(|m| (m.older.id.as_str(), m.newer.id.as_str(), m.direction)).collect();
        assert_eq!(
            got,
            vec![("o2", "n2", Direction::Down), ("o1", "n1", Direction::Up), ("o6", "n6", Direction::Other)]
        );
        assert_eq!((only_newer, only_older), (2, 2));
        assert_eq!(verdict(Direction::Up), "Progress: seen more often now");
    }

    #[test]
    fn new_evidence_is_a_new_occasion() {
        let older = vec![ev("a", "availability", "2025-01-01", "Came for a hug after school.")];
        assert!(!is_new(&ev("b", "availability", "2025-01-01", " Came for a hug after school. "), &older));
        assert!(is_new(&ev("c", "availability", "2025-06-01", "Came for a hug after school."), &older));
        assert!(is_new(&ev("d", "sensitivity", "2025-01-01", "Came for a hug after school."), &older));
        assert!(is_new(&ev("e", "availability", "2025-01-01", "Asked for help with homework."), &older));
    }
}
