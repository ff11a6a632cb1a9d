//! The Secure Base profile: current signed-off ratings over time, who may open it, and that
//! opening it is audited. On both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use jiff::civil::{Date, date};
use securebase_core::assessment::{AgeBand, EvidenceSource, IndicatorState, Rating};
use securebase_core::content::{ContentPack, embedded_pack};
use securebase_core::{Dimension, DisplayName, Email, Role};
use securebase_store::access::{Actor, Scope};
use securebase_store::assessments::{self, EvidenceInput, SectionInput};
use securebase_store::children::Saved;
use securebase_store::households::MemberInput;
use securebase_store::schema::audit_events;
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::users::NewUser;
use securebase_store::{DbConnection, StoreError, both_backends, households, profile, users};

fn scope(_: &mut DbConnection, a: &Actor) -> Scope {
    Scope::of(a.clone())
}

/// Answers every indicator, adds a piece of evidence and gives every rating in each dimension
/// (`rating(d)` for the first, `rating(d) - 2` for the birth family), then submits and signs off.
fn complete(c: &mut DbConnection, by: &Actor, id: &str, rating: impl Fn(Dimension) -> i32) {
    let s = scope(c, by);
    for d in Dimension::ALL {
        let evidence = EvidenceInput {
            indicator_id: None,
            happened_on: date(2025, 1, 5),
            source: EvidenceSource::DirectObservation,
            life_area: None,
            account: format!("Seen at tea time: {}", d.name()),
            opinion: String::new(),
        };
        assessments::add_evidence(c, &s, id, d, &evidence).unwrap();
        let record = assessments::view(c, &s, id).unwrap();
        let version = record.section(d).unwrap().version;
        let states = record.indicators_for(d).map(|i| (i.id.clone(), Some(IndicatorState::Sometimes))).collect();
        let carer = record.assessment.kind() == securebase_core::assessment::AssessmentKind::Caregiver;
        let capacity = |text: &str| if carer { text.to_owned() } else { String::new() };
        let input = SectionInput {
            states,
            strengths: "Growing trust".into(),
            needs: "Time".into(),
            short_term: capacity("Settles a child quickly."),
            long_term: capacity("Would stay the course."),
            rating: Some(Rating::new(rating(d)).unwrap()),
            second_rating: Some(Rating::new((rating(d) - 2).max(0)).unwrap()),
            ..SectionInput::default()
        };
        assert!(matches!(assessments::save_section(c, &s, id, d, version, &input).unwrap(), Saved::Saved(_)));
    }
    // A caregiver assessment cannot be submitted without its overall summary.
    let version = assessments::view(c, &s, id).unwrap().assessment.version;
    let summary = "Warm and steady across the five dimensions.";
    assert!(matches!(assessments::save_summary(c, &s, id, version, summary).unwrap(), Saved::Saved(_)));
    let version = assessments::view(c, &s, id).unwrap().assessment.version;
    assert!(matches!(assessments::submit(c, &s, id, version).unwrap(), Saved::Saved(_)));
    let version = assessments::view(c, &s, id).unwrap().assessment.version;
    assert!(matches!(assessments::sign_off(c, &s, id, version).unwrap(), Saved::Saved(_)));
}

fn child_assessment(c: &mut DbConnection, pack: &ContentPack, a: &Agency, on: Date, base: i32) -> String {
    let s = scope(c, &a.csw);
    let started = assessments::start_child(c, &s, pack, &a.child, on, AgeBand::MiddleChildhood, "").unwrap();
    complete(c, &a.csw, &started.id, |d| {
        base + i32::try_from(Dimension::ALL.iter().position(|x| *x == d).unwrap()).unwrap()
    });
    started.id
}

fn views_of(c: &mut DbConnection, record_type: &str, id: &str) -> i64 {
    audit_events::table
        .filter(audit_events::action.eq("view"))
        .filter(audit_events::record_type.eq(record_type))
        .filter(audit_events::record_id.eq(id))
        .count()
        .get_result(c)
        .unwrap()
}

both_backends!(child_profile_shows_current_signed_off_ratings_oldest_first, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let pack = embedded_pack().unwrap();
            let a = fixture::agency(c, "a", "x")?;
            // Started out of date order: the profile orders by the assessment date.
            let second = child_assessment(c, &pack, &a, date(2025, 1, 10), 4);
            let first = child_assessment(c, &pack, &a, date(2024, 1, 10), 2);
            let third = child_assessment(c, &pack, &a, date(2025, 7, 10), 6);
            // A draft is not on the profile.
            let s = scope(c, &a.csw);
            assessments::start_child(c, &s, &pack, &a.child, date(2025, 9, 1), AgeBand::MiddleChildhood, "")?;

            let p = profile::child(c, &s, &a.child)?;
            assert_eq!(p.name, "Robin Fixture");
            assert!(p.carers.is_empty());
            let ids: Vec<&str> = p.ratings.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(ids, vec![first.as_str(), second.as_str(), third.as_str()]);
            assert_eq!(p.ratings[0].assessed_on, "2024-01-10");
            assert_eq!(p.ratings[0].ratings[0], (Dimension::Availability, Some(2), None), "one rating");
            let fm = p.ratings[2].ratings.iter().find(|r| r.0 == Dimension::FamilyMembership).unwrap();
            assert_eq!((fm.1, fm.2), (Some(10), Some(8)), "both family-membership ratings");
            assert!(p.ratings.iter().all(|r| r.signed_off_at.is_some()));
            assert_eq!(views_of(c, "child_profile", &a.child), 1, "the view is audited");

            // An amendment, once signed off, replaces the version it amends.
            let amendment = assessments::amend(c, &s, &second, "The sensitivity rating was mistyped")?;
            let p = profile::child(c, &s, &a.child)?;
            assert_eq!(p.ratings[1].id, second, "until the amendment is signed off the original stands");
            complete(c, &a.csw, &amendment.id, |_| 9);
            let p = profile::child(c, &s, &a.child)?;
            let ids: Vec<&str> = p.ratings.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(ids, vec![first.as_str(), amendment.id.as_str(), third.as_str()]);
            assert_eq!(p.ratings[1].ratings[1], (Dimension::Sensitivity, Some(9), None));

            // The carer the child lives with sees it; their manager does too.
            let sc = scope(c, &a.carer);
            assert_eq!(profile::child(c, &sc, &a.child)?.ratings.len(), 3);
            let sc = scope(c, &a.manager);
            assert_eq!(profile::child(c, &sc, &a.child)?.ratings.len(), 3);
            assert_eq!(views_of(c, "child_profile", &a.child), 5);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(profiles_are_out_of_reach_beyond_the_caseload, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let pack = embedded_pack().unwrap();
            let a = fixture::agency(c, "a", "x")?;
            let b = fixture::agency(c, "b", "x")?;
            child_assessment(c, &pack, &a, date(2025, 1, 10), 3);
            // A carer in another household of the same agency.
            let u = users::create(
                c,
                &NewUser {
                    org_id: &a.org,
                    email: &Email::parse("other-carer@a.test").unwrap(),
                    display_name: &DisplayName::parse("Ola Othercarer").unwrap(),
                    role: Role::Caregiver,
                    password_hash: "x",
                },
                &securebase_store::audit::By::system("test"),
            )?;
            let member = MemberInput {
                name: "Ola Othercarer".into(),
                member_role: "carer".into(),
                carer_type: Some("foster_carer".into()),
                user_id: Some(u.id.clone()),
                date_of_birth: None,
            };
            let sc = scope(c, &a.outsider);
            households::add_member(c, &sc, &a.unrelated_household, &member)?;
            let other_carer = Actor {
                user_id: u.id,
                org_id: a.org.clone(),
                roles: vec![Role::Caregiver],
                request_id: None,
                client_addr: None,
            };
            for who in [&other_carer, &a.admin, &a.auditor, &a.outsider, &b.manager, &b.carer] {
                let s = scope(c, who);
                assert!(matches!(profile::child(c, &s, &a.child), Err(StoreError::NotFound)), "{}", who.user_id);
                assert!(matches!(profile::household(c, &s, &a.household), Err(StoreError::NotFound)));
            }
            // The other carer's own household is theirs to see, even with nothing signed off yet.
            let sc = scope(c, &other_carer);
            let own = profile::household(c, &sc, &a.unrelated_household)?;
            assert_eq!(own.name, "The Brook household");
            assert!(own.ratings.is_empty());
            assert_eq!(own.carers.len(), 1);
            // Refusals write nothing to the audit trail.
            assert_eq!(views_of(c, "child_profile", &a.child), 0);
            assert_eq!(views_of(c, "household_profile", &a.household), 0);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(household_profile_groups_by_carer, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let pack = embedded_pack().unwrap();
            let a = fixture::agency(c, "a", "x")?;
            let s = scope(c, &a.ssw);
            let member = MemberInput {
                name: "Jo Secondcarer".into(),
                member_role: "carer".into(),
                carer_type: Some("foster_carer".into()),
                user_id: None,
                date_of_birth: None,
            };
            households::add_member(c, &s, &a.household, &member)?;
            let carers = assessments::carers_of(c, &s, &a.household)?;
            assert_eq!(carers.len(), 2);
            let mut ids = Vec::new();
            for (n, (member_id, _)) in carers.iter().enumerate() {
                let on = date(2025, 3, 1 + i8::try_from(n).unwrap());
                let started = assessments::start_caregiver(c, &s, &pack, &a.household, member_id, on)?;
                complete(c, &a.ssw, &started.id, |_| 7);
                ids.push(started.id);
            }
            let p = profile::household(c, &s, &a.household)?;
            assert_eq!(p.name, "The Ashworth household");
            let names: Vec<&str> = p.carers.iter().map(|(_, n)| n.as_str()).collect();
            assert_eq!(names, vec!["Kit Carer", "Jo Secondcarer"]);
            assert_eq!(p.ratings.len(), 2);
            assert_eq!(p.ratings[0].member_id.as_deref(), Some(carers[0].0.as_str()));
            // A caregiver assessment has one family-membership rating.
            let fm = p.ratings[0].ratings.iter().find(|r| r.0 == Dimension::FamilyMembership).unwrap();
            assert_eq!((fm.1, fm.2), (Some(7), None));
            assert_eq!(views_of(c, "household_profile", &a.household), 1);
            // The carer sees their own household's profile.
            let sc = scope(c, &a.carer);
            assert_eq!(profile::household(c, &sc, &a.household)?.ratings.len(), 2);

            // What a signed-off assessment may be compared with: the same carer's, not the other's.
            let again = assessments::start_caregiver(c, &s, &pack, &a.household, &carers[0].0, date(2025, 9, 1))?;
            let first = assessments::view(c, &s, &ids[0])?.assessment;
            assert!(profile::comparable(c, &s, &first)?.is_empty(), "a draft is not offered");
            complete(c, &a.ssw, &again.id, |_| 8);
            let offered = profile::comparable(c, &s, &first)?;
            assert_eq!(offered.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), vec![again.id.as_str()]);
            Ok(())
        })
        .await
        .unwrap();
});
