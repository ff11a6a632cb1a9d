//! A long assessment history for one demo child, for load tests of the profile page: written
//! through the same store functions the web pages use, so every rule (evidence before a rating,
//! complete before submitting, sign-off) holds.

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, EvidenceSource, IndicatorState, Rating};
use securebase_core::content::ContentPack;
use securebase_core::records::parse_date;

use crate::access::{Actor, Scope};
use crate::assessments::{self, EvidenceInput, SectionInput};
use crate::children::{self, Saved};
use crate::schema::{assessments as assessments_t, users};
use crate::{DbConnection, StoreError, demo, orgs};

/// Gives the demo child's social worker's first child (by name) `total` current signed-off
/// assessments in all, one a month back from `today`, and returns the child's id.
pub fn add_history(
    conn: &mut DbConnection,
    pack: &ContentPack,
    total: usize,
    today: Date,
) -> Result<String, StoreError> {
    let org = orgs::find_by_name(conn, demo::ORG_NAME)?.ok_or(StoreError::NotFound)?;
    let worker: String = users::table
        .filter(users::email.eq("csw@demo.test"))
        .filter(users::org_id.eq(&org.id))
        .select(users::id)
        .get_result(conn)?;
    let actor = Actor {
        user_id: worker,
        org_id: org.id.clone(),
        roles: vec![securebase_core::Role::ChildSocialWorker],
        request_id: None,
        client_addr: None,
    };
    let scope = Scope::of(actor);
    let child = children::list_own(conn, &scope)?.into_iter().next().ok_or(StoreError::NotFound)?;
    let have: i64 = assessments_t::table
        .filter(assessments_t::child_id.eq(&child.id))
        .filter(assessments_t::status.eq("signed_off"))
        .filter(assessments_t::superseded_by.is_null())
        .count()
        .get_result(conn)?;
    let born = parse_date(&child.date_of_birth).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let missing = total.saturating_sub(usize::try_from(have).unwrap_or(0));
    for n in 0..missing {
        let back = i32::try_from(missing - n).unwrap_or(1);
        let on = today.checked_sub(jiff::Span::new().months(back)).unwrap_or(today).max(born);
        let band = AgeBand::for_age(born, on).unwrap_or(AgeBand::Infant);
        let a = assessments::start_child(conn, &scope, pack, &child.id, on, band, "")?;
        let record = assessments::view(conn, &scope, &a.id)?;
        for (k, d) in Dimension::ALL.into_iter().enumerate() {
            let evidence = EvidenceInput {
                indicator_id: None,
                happened_on: on,
                source: EvidenceSource::DirectObservation,
                life_area: None,
                account: format!("Seen on a visit for the {} review.", d.name()),
                opinion: String::new(),
            };
            assessments::add_evidence(conn, &scope, &a.id, d, &evidence)?;
            let states = record
                .indicators_for(d)
                .enumerate()
                .map(|(i, ind)| {
                    (
                        ind.id.clone(),
                        Some(if i % 2 == 0 { IndicatorState::Consistently } else { IndicatorState::Sometimes }),
                    )
                })
                .collect();
            let score = |shift: usize| Rating::new(i32::try_from((3 + n / 3 + k + shift) % 11).unwrap_or(5)).ok();
            let input = SectionInput {
                states,
                strengths: "Growing steadily.".into(),
                needs: "Keep the routine.".into(),
                rating: score(0),
                second_rating: if d == Dimension::FamilyMembership { score(2) } else { None },
                ..SectionInput::default()
            };
            let version = record.section(d).map_or(1, |s| s.version);
            if let Saved::Stale { .. } = assessments::save_section(conn, &scope, &a.id, d, version, &input)? {
                return Err(StoreError::Invalid("a demo section changed while it was written".into()));
            }
        }
        let submitted = match assessments::submit(conn, &scope, &a.id, a.version)? {
            Saved::Saved(s) => s,
            Saved::Stale { .. } => {
                return Err(StoreError::Invalid("a demo assessment changed while it was written".into()));
            }
        };
        if let Saved::Stale { .. } = assessments::sign_off(conn, &scope, &a.id, submitted.version)? {
            return Err(StoreError::Invalid("a demo assessment changed while it was signed off".into()));
        }
    }
    Ok(child.id)
}
