//! The Secure Base profile of a child, or of each carer in a household: the latest signed-off
//! ratings as the model's petals, every rating over time as a chart, and the same numbers as a
//! table for anyone who cannot see the charts.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use securebase_core::Dimension;
use securebase_core::content::ContentPack;
use securebase_store::assessments::{self, RatedAssessment};
use securebase_store::profile;
use securebase_store::view_log::ViewEvent;

use super::dimension_view;
use crate::charts::{
    PetalRating, Point, SecondRating, Series, petals, petals_compact, progress_chart, progress_chart_narrow, responsive,
};
use crate::context::Unchecked;
use crate::extract::Path;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{Arg, t, t_args};
use crate::layout::{Nav, render};
use crate::records::dates;
use crate::{AppError, AppState};

/// One column of the ratings table, and one line of the chart.
#[derive(Debug, Clone)]
pub struct Column {
    pub heading: String,
}

/// One signed-off assessment as a row of the table.
#[derive(Debug, Clone)]
pub struct Row {
    pub href: String,
    pub date: String,
    /// In column order: "7", or "Not rated".
    pub ratings: Vec<String>,
}

/// Everything shown for one subject: the child, or one carer.
#[derive(Debug, Clone)]
pub struct Block {
    /// The carer's name; empty for a child, whose name is the page's heading.
    pub heading: String,
    pub id: String,
    pub latest_href: String,
    pub latest_date: String,
    /// Complete `<svg>` elements, text escaped by `crate::charts`.
    pub petals: String,
    pub chart: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub is_child: bool,
    /// The name of the dimension rated twice for a child (family membership), heading its two
    /// columns of the table.
    pub family_name: String,
    /// The ratings table as HTML, drawn once from `columns` and `rows`.
    pub table: String,
}

impl Block {
    /// The heading of rating column `i`, which labels each rating when a phone stacks the rows.
    pub fn column(&self, i: &usize) -> &str {
        self.columns.get(*i).map_or("", |c| c.heading.as_str())
    }
}

#[derive(Template)]
#[template(path = "assessments/profile_table.html")]
struct Table<'a> {
    b: &'a Block,
}

impl Block {
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Roughly how much memory it holds, for [`crate::fragments::Fragments`].
    fn size(&self) -> usize {
        let rows: usize = self.rows.iter().map(|r| r.href.len() + r.date.len() + 16 * r.ratings.len() + 64).sum();
        self.petals.len() + self.chart.len() + self.table.len() + self.family_name.len() + rows + 256
    }
}

/// The drawn parts of a child's profile, kept per server until the child's assessments change.
pub type ProfileFragments = crate::fragments::Fragments<Block>;

/// What the database gave the profile page: the drawing kept from before, or the ratings to
/// draw it from.
enum Drawn {
    Kept(Arc<Block>),
    Ratings(Vec<RatedAssessment>),
}

#[derive(Template)]
#[template(path = "assessments/profile.html")]
pub struct ProfilePage {
    pub nav: Option<Nav>,
    pub name: String,
    pub is_child: bool,
    pub record_href: String,
    pub blocks: Vec<Arc<Block>>,
}

/// The ratings shown for each assessment: the five dimensions and, for a child, the birth family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scale {
    Dimension(Dimension),
    BirthFamily,
}

fn scales(is_child: bool) -> Vec<Scale> {
    let mut all: Vec<Scale> = Dimension::ALL.iter().map(|d| Scale::Dimension(*d)).collect();
    if is_child {
        all.push(Scale::BirthFamily);
    }
    all
}

fn scale_name(pack: &ContentPack, scale: Scale, is_child: bool) -> String {
    let family = || [("dimension", Arg::Text(pack.name_of(Dimension::FamilyMembership).to_owned()))];
    match scale {
        Scale::Dimension(Dimension::FamilyMembership) if is_child => {
            t_args("asmt-rating-caregiving-family", &family()).into_owned()
        }
        Scale::Dimension(d) => pack.name_of(d).to_owned(),
        Scale::BirthFamily => t_args("asmt-rating-birth-family", &family()).into_owned(),
    }
}

fn rating_of(a: &RatedAssessment, scale: Scale) -> Option<i32> {
    let dimension = match scale {
        Scale::Dimension(d) => d,
        Scale::BirthFamily => Dimension::FamilyMembership,
    };
    let (_, first, second) = a.ratings.iter().find(|(d, _, _)| *d == dimension)?;
    match scale {
        Scale::Dimension(_) => *first,
        Scale::BirthFamily => *second,
    }
}

fn small(r: Option<i32>) -> Option<u8> {
    r.and_then(|r| u8::try_from(r).ok())
}

/// The petals of one signed-off assessment: its ratings in each dimension's colour, both of a
/// child's family-membership ratings. The title names the carer (`heading`, empty for a child)
/// and the assessment's `date`.
pub fn latest_petals(pack: &ContentPack, a: &RatedAssessment, is_child: bool, heading: &str, date: &str) -> String {
    let ratings: Vec<PetalRating> = Dimension::ALL
        .iter()
        .map(|d| PetalRating {
            key: d.key().to_owned(),
            name: pack.name_of(*d).to_owned(),
            colour: dimension_view(pack, *d).colour,
            rating: small(rating_of(a, Scale::Dimension(*d))),
            second: (is_child && *d == Dimension::FamilyMembership).then(|| SecondRating {
                label: t("chart-birth-family").into_owned(),
                rating: small(rating_of(a, Scale::BirthFamily)),
            }),
        })
        .collect();
    let date_arg = ("date", Arg::Text(date.to_owned()));
    let title = if heading.is_empty() {
        t_args("chart-latest-title", &[date_arg])
    } else {
        t_args("chart-latest-title-for", &[("name", Arg::Text(heading.to_owned())), date_arg])
    };
    let description = t("chart-petals-description");
    // A phone shows the compact picture with its key; a wider screen, and print, the labelled one.
    responsive(&petals(&title, &description, &ratings), &petals_compact(&title, &description, &ratings))
}

/// The petals, chart and table for one subject's assessments (oldest first).
fn block(
    pack: &ContentPack,
    heading: String,
    id: String,
    is_child: bool,
    rated: &[RatedAssessment],
) -> Result<Block, AppError> {
    let scales = scales(is_child);
    let colour = |d: Dimension| dimension_view(pack, d).colour;
    // Each date is read and written out once, not once per line of the chart.
    let when: Vec<(Option<Date>, String)> =
        rated.iter().map(|a| (dates::parse_stored(&a.assessed_on), dates::show(&a.assessed_on))).collect();
    let latest = rated.last();
    let latest_date = when.last().map(|(_, shown)| shown.clone()).unwrap_or_default();
    let petals_svg = match latest {
        Some(a) => latest_petals(pack, a, is_child, &heading, &latest_date),
        None => String::new(),
    };
    let series: Vec<Series> = scales
        .iter()
        .map(|s| {
            let dimension = match s {
                Scale::Dimension(d) => *d,
                Scale::BirthFamily => Dimension::FamilyMembership,
            };
            Series {
                key: match s {
                    Scale::Dimension(d) => d.key().to_owned(),
                    Scale::BirthFamily => "birth_family".to_owned(),
                },
                name: scale_name(pack, *s, is_child),
                colour: colour(dimension),
                dashed: *s == Scale::BirthFamily,
                points: rated
                    .iter()
                    .zip(&when)
                    .filter_map(|(a, (date, _))| {
                        // An empty label lets the chart name the date itself, the cheapest way.
                        Some(Point { date: (*date)?, rating: small(rating_of(a, *s))?, label: String::new() })
                    })
                    .collect(),
            }
        })
        .collect();
    let chart = if rated.is_empty() {
        String::new()
    } else {
        let title = if heading.is_empty() {
            t("chart-progress-title")
        } else {
            t_args("chart-progress-title-for", &[("name", Arg::Text(heading.clone()))])
        };
        let description = t("chart-progress-description");
        responsive(
            &progress_chart(&title, &description, &series),
            &progress_chart_narrow(&title, &description, &series),
        )
    };
    let rows = rated
        .iter()
        .zip(when)
        .map(|(a, (_, shown))| Row {
            href: super::href(&a.id),
            date: shown,
            ratings: scales
                .iter()
                .map(|s| rating_of(a, *s).map_or_else(|| t("asmt-not-rated").into_owned(), |r| r.to_string()))
                .collect(),
        })
        .collect();
    let mut b = Block {
        heading,
        id,
        latest_href: latest.map(|a| super::href(&a.id)).unwrap_or_default(),
        latest_date,
        petals: petals_svg,
        chart,
        columns: scales.iter().map(|s| Column { heading: scale_name(pack, *s, is_child) }).collect(),
        rows,
        is_child,
        family_name: pack.name_of(Dimension::FamilyMembership).to_owned(),
        table: String::new(),
    };
    if !b.is_empty() {
        b.table = Table { b: &b }.render().map_err(|e| AppError::Internal(format!("ratings table: {e}")))?;
    }
    Ok(b)
}

/// Each carer's assessments, in the order of `carers`; assessments of anyone not named there
/// (which the store does not return) would follow under a plain label rather than vanish.
fn by_carer(carers: &[(String, String)], rated: Vec<RatedAssessment>) -> Vec<(String, String, Vec<RatedAssessment>)> {
    let mut groups: Vec<(String, String, Vec<RatedAssessment>)> =
        carers.iter().map(|(id, name)| (id.clone(), name.clone(), Vec::new())).collect();
    for a in rated {
        let member = a.member_id.clone().unwrap_or_default();
        match groups.iter_mut().find(|(id, _, _)| *id == member) {
            Some((_, _, list)) => list.push(a),
            None => groups.push((member, t("asmt-profile-a-carer").into_owned(), vec![a])),
        }
    }
    groups
}

pub async fn child(
    State(state): State<AppState>,
    request: Unchecked,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let cid = id.clone();
    let kept = Arc::clone(&state.profiles);
    // One trip to the database: the session, this child's reach (nothing else of the caseload),
    // and the name; the drawing is reused while the child's signed-off assessments stay as they
    // are, and the ratings are read only when they have changed.
    let outcome = request
        .run_for(&state, move |c, scope| {
            let head = profile::child_head(c, scope, &cid)?;
            let drawn = match kept.get(&key(&cid, head.version)) {
                Some(block) => Drawn::Kept(block),
                None => Drawn::Ratings(assessments::ratings_for_child(c, scope, &cid)?),
            };
            Ok((head, drawn))
        })
        .await;
    let (ctx, (head, drawn)) = match outcome {
        Ok(done) => done,
        Err(not_signed_in) => return Ok(not_signed_in),
    };
    // Access was checked by the read; the view is durable in the audit trail before it is shown.
    let event = ViewEvent { actor: ctx.actor.clone(), record_type: "child_profile", record_id: id.clone() };
    state.views.record(event).await?;
    let block = match drawn {
        Drawn::Kept(block) => block,
        Drawn::Ratings(rated) => {
            let block = Arc::new(block(state.pack(), String::new(), "child".to_owned(), true, &rated)?);
            state.profiles.put(key(&id, head.version), Arc::clone(&block), block.size());
            block
        }
    };
    let page = ProfilePage {
        nav: ctx.user.nav(),
        name: head.name,
        is_child: true,
        record_href: format!("/children/{id}"),
        blocks: vec![block],
    };
    Ok(render(&page)?.into_response())
}

/// The kept drawing's key: the child, the version of their assessments, and the language its
/// words are in (a drawing in one language is never shown to a reader of another).
fn key(child_id: &str, version: i64) -> String {
    format!("child/{child_id}/{version}/{}", crate::local::language().code())
}

pub async fn household(
    State(state): State<AppState>,
    request: Unchecked,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let hid = id.clone();
    let outcome = request.run_for(&state, move |c, scope| profile::household_read(c, scope, &hid));
    let (ctx, p) = match outcome.await {
        Ok(done) => done,
        Err(not_signed_in) => return Ok(not_signed_in),
    };
    let event = ViewEvent { actor: ctx.actor.clone(), record_type: "household_profile", record_id: id.clone() };
    state.views.record(event).await?;
    let blocks = by_carer(&p.carers, p.ratings)
        .into_iter()
        .enumerate()
        .map(|(n, (_, name, rated))| block(state.pack(), name, format!("carer-{}", n + 1), false, &rated).map(Arc::new))
        .collect::<Result<_, _>>()?;
    let page = ProfilePage {
        nav: ctx.user.nav(),
        name: p.name,
        is_child: false,
        record_href: format!("/households/{id}"),
        blocks,
    };
    Ok(render(&page)?.into_response())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn rated(id: &str, member: Option<&str>, on: &str, fm: (Option<i32>, Option<i32>)) -> RatedAssessment {
        RatedAssessment {
            id: id.into(),
            assessed_on: on.into(),
            signed_off_at: Some(1),
            member_id: member.map(str::to_owned),
            ratings: Dimension::ALL
                .iter()
                .map(|d| if *d == Dimension::FamilyMembership { (*d, fm.0, fm.1) } else { (*d, Some(5), None) })
                .collect(),
        }
    }

    #[test]
    fn household_assessments_are_grouped_by_carer_in_the_household_order() {
        let carers = vec![("m1".to_owned(), "Ana".to_owned()), ("m2".to_owned(), "Ben".to_owned())];
        let groups = by_carer(
            &carers,
            vec![
                rated("a", Some("m2"), "2025-01-01", (Some(4), None)),
                rated("b", Some("m1"), "2025-02-01", (Some(5), None)),
                rated("c", Some("m2"), "2025-03-01", (Some(6), None)),
                rated("d", Some("gone"), "2025-04-01", (Some(6), None)),
            ],
        );
        let shape: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(_, name, list)| (name.as_str(), list.iter().map(|a| a.id.as_str()).collect()))
            .collect();
        assert_eq!(shape, vec![("Ana", vec!["b"]), ("Ben", vec!["a", "c"]), ("A carer", vec!["d"])]);
        // A carer with nothing signed off still has a place, so the page can say so.
        let groups = by_carer(&carers, Vec::new());
        assert_eq!(groups.len(), 2);
        assert!(groups.iter().all(|(_, _, list)| list.is_empty()));
    }

    #[test]
    fn a_child_block_shows_both_family_ratings() {
        let pack = securebase_core::content::embedded_pack().unwrap();
        let rated =
            vec![rated("a", None, "2024-05-01", (Some(3), Some(2))), rated("b", None, "2025-05-01", (Some(6), None))];
        let b = block(&pack, String::new(), "child".into(), true, &rated).unwrap();
        let heads: Vec<&str> = b.columns.iter().map(|c| c.heading.as_str()).collect();
        assert_eq!(heads.len(), 6);
        assert_eq!(heads[4], "Family membership: caregiving family");
        assert_eq!(heads[5], "Family membership: birth family");
        assert_eq!(b.rows[0].ratings[4..], ["3".to_owned(), "2".to_owned()]);
        assert_eq!(b.rows[1].ratings[5], "Not rated");
        assert_eq!(b.latest_href, "/assessments/b");
        assert!(b.table.contains("<th scope=\"col\">Birth family</th>"), "{}", b.table);
        assert!(
            b.table.contains(">3</td><td data-label=\"Family membership: birth family\">2</td></tr>")
                && b.table.contains(">Not rated</td>"),
            "{}",
            b.table
        );
        assert!(b.petals.contains("role=\"img\"") && b.petals.contains("birth family"));
        assert!(b.chart.contains("Family membership: birth family") && b.chart.contains("stroke-dasharray"));

        let carer = block(&pack, "Ana".into(), "carer-1".into(), false, &rated).unwrap();
        assert_eq!(carer.columns.len(), 5);
        assert_eq!(carer.columns[4].heading, "Family membership");
        assert!(!carer.petals.contains("birth family"));
        let empty = block(&pack, "Ben".into(), "carer-2".into(), false, &[]).unwrap();
        assert!(empty.is_empty() && empty.petals.is_empty() && empty.chart.is_empty());
    }
}
