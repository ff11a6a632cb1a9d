//! Secure Base assessments in the store: bands, evidence and ratings, the workflow, amendments,
//! who can reach what, the audit trail and agency indicators. Every test runs once on SQLite and
//! once on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Debug;

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::assessment::{
    AgeBand, AssessmentKind, BandError, EvidenceSource, IndicatorState, LifeArea, Rating, RatingError, SectionState,
    SignOffRule, Status, WorkflowError,
};
use securebase_core::content::{ContentPack, embedded_pack};
use securebase_core::{Dimension, DisplayName, Email, Role};
use securebase_store::access::{Actor, Scope};
use securebase_store::agency_indicators::{self, NewIndicator};
use securebase_store::assessments::{self, Assessment, EvidenceInput, SectionInput};
use securebase_store::children::Saved;
use securebase_store::error_kind::Conflict;
use securebase_store::schema::{
    assessment_evidence, assessment_indicators, assessment_sections, assessments as assessments_t, audit_events,
};
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::users::NewUser;
use securebase_store::{DbConnection, StoreError, audit, both_backends, orgs, teams, users};

const HASH: &str = "not-a-real-hash";

/// The fixture child was born on 2016-05-04: aged 9 on this day, in the 5 to 10 band.
const ON: &str = "2026-03-02";

fn pack() -> ContentPack {
    embedded_pack().expect("the shipped pack loads")
}

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn sc(_: &mut DbConnection, a: &Actor) -> Scope {
    Scope::of(a.clone())
}

fn rating(n: i32) -> Option<Rating> {
    Some(Rating::new(n).unwrap())
}

fn conflict<T: Debug>(r: Result<T, StoreError>) -> Conflict {
    match r {
        Err(StoreError::Conflict(c)) => c,
        other => panic!("expected a conflict, got {other:?}"),
    }
}

#[track_caller]
fn not_found<T: Debug>(r: Result<T, StoreError>) {
    match r {
        Err(e) if e.is_not_found() => {}
        other => panic!("expected not found, got {other:?}"),
    }
}

fn saved<T: Debug>(r: Result<Saved<T>, StoreError>) -> T {
    match r.unwrap() {
        Saved::Saved(t) => t,
        Saved::Stale { current } => panic!("unexpectedly stale: {current:?}"),
    }
}

fn evidence(on: &str, account: &str) -> EvidenceInput {
    EvidenceInput {
        indicator_id: None,
        happened_on: day(on),
        source: EvidenceSource::Caregiver,
        life_area: None,
        account: account.into(),
        opinion: String::new(),
    }
}

/// Read straight from the tables, so that helpers add no audit events of their own.
fn row(c: &mut DbConnection, id: &str) -> Assessment {
    assessments_t::table.find(id).select(Assessment::as_select()).first(c).unwrap()
}

fn indicators_of(c: &mut DbConnection, id: &str, d: Dimension) -> Vec<String> {
    assessment_indicators::table
        .filter(assessment_indicators::assessment_id.eq(id))
        .filter(assessment_indicators::dimension.eq(d.key()))
        .order(assessment_indicators::position.asc())
        .select(assessment_indicators::id)
        .load(c)
        .unwrap()
}

fn section_version(c: &mut DbConnection, id: &str, d: Dimension) -> i64 {
    assessment_sections::table
        .filter(assessment_sections::assessment_id.eq(id))
        .filter(assessment_sections::dimension.eq(d.key()))
        .select(assessment_sections::version)
        .first(c)
        .unwrap()
}

fn audit_actions(c: &mut DbConnection, id: &str) -> Vec<String> {
    audit_events::table
        .filter(audit_events::record_type.eq("assessment"))
        .filter(audit_events::record_id.eq(id))
        .order(audit_events::seq.asc())
        .select(audit_events::action)
        .load(c)
        .unwrap()
}

fn start(c: &mut DbConnection, by: &Actor, f: &Agency, on: &str) -> Assessment {
    let s = sc(c, by);
    assessments::start_child(c, &s, &pack(), &f.child, day(on), AgeBand::MiddleChildhood, "").unwrap()
}

/// One dimension filled in: every indicator answered, one piece of evidence, and rated (family
/// membership twice). Two audited writes.
fn complete_section(c: &mut DbConnection, s: &Scope, id: &str, d: Dimension, value: i32) {
    let kind = row(c, id).kind();
    let mut input = evidence("2026-02-20", &format!("{} seen at tea time.", d.name()));
    if kind == AssessmentKind::Caregiver {
        input.life_area = Some(LifeArea::PresentLife);
    }
    assessments::add_evidence(c, s, id, d, &input).unwrap();
    let states = indicators_of(c, id, d).into_iter().map(|i| (i, Some(IndicatorState::Sometimes))).collect();
    let version = section_version(c, id, d);
    let carer = kind == AssessmentKind::Caregiver;
    let input = SectionInput {
        states,
        strengths: format!("Strengths in {}", d.name()),
        needs: "Needs time.".into(),
        short_term: if carer { "Settles a child quickly.".into() } else { String::new() },
        long_term: if carer { "Would stay the course.".into() } else { String::new() },
        rating: rating(value),
        second_rating: rating(value.saturating_sub(1).max(0)),
        ..SectionInput::default()
    };
    saved(assessments::save_section(c, s, id, d, version, &input));
}

/// Every section complete: ten audited writes.
fn complete(c: &mut DbConnection, s: &Scope, id: &str, value: i32) {
    for d in Dimension::ALL {
        complete_section(c, s, id, d, value);
    }
}

fn submit(c: &mut DbConnection, s: &Scope, id: &str) -> Assessment {
    let v = row(c, id).version;
    saved(assessments::submit(c, s, id, v))
}

fn sign_off(c: &mut DbConnection, s: &Scope, id: &str) -> Assessment {
    let v = row(c, id).version;
    saved(assessments::sign_off(c, s, id, v))
}

/// A complete child assessment on `on`, written by the fixture's child's social worker and
/// signed off by them (the organisation's default rule).
fn signed_off(c: &mut DbConnection, f: &Agency, on: &str, value: i32) -> Assessment {
    let a = start(c, &f.csw, f, on);
    let s = sc(c, &f.csw);
    complete(c, &s, &a.id, value);
    submit(c, &s, &a.id);
    sign_off(c, &s, &a.id)
}

fn person(c: &mut DbConnection, org: &str, email: &str, role: Role) -> Actor {
    let u = users::create(
        c,
        &NewUser {
            org_id: org,
            email: &Email::parse(email).unwrap(),
            display_name: &DisplayName::parse("Another Person").unwrap(),
            role,
            password_hash: HASH,
        },
        &securebase_store::audit::By::system("test"),
    )
    .unwrap();
    Actor { user_id: u.id, org_id: org.to_owned(), roles: vec![role], request_id: None, client_addr: None }
}

// ---------------------------------------------------------------- starting

both_backends!(starting_copies_the_packs_indicators_for_the_age_band, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let pack = pack();
            let s = sc(c, &f.csw);
            let start = assessments::child_start(c, &s, &f.child)?;
            assert_eq!(start.date_of_birth, "2016-05-04");
            let a = assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::MiddleChildhood, "ignored")?;
            assert_eq!(a.status(), Status::Draft);
            assert_eq!(a.kind(), AssessmentKind::Child);
            assert_eq!(a.age_band, "middle_childhood");
            assert_eq!(a.band, "middle_childhood");
            assert_eq!(a.band_reason, "", "no reason is kept when the age band is used");
            assert_eq!(a.assessed_on, ON);
            assert_eq!(a.content_version, pack.version);
            assert_eq!(a.series_id, a.id);
            assert_eq!(a.amendment_no, 0);
            assert_eq!(a.created_by, f.csw.user_id);
            assert_eq!(a.child_id.as_deref(), Some(f.child.as_str()));

            let rec = assessments::view(c, &s, &a.id)?;
            assert_eq!(rec.sections.len(), 5);
            let keys: Vec<&str> = rec.sections.iter().map(|s| s.dimension.as_str()).collect();
            assert_eq!(keys, Dimension::ALL.map(Dimension::key));
            assert!(rec.sections.iter().all(|s| s.rating.is_none() && s.version == 1));
            let expected: Vec<_> = Dimension::ALL
                .iter()
                .flat_map(|d| pack.child_indicators_for(*d, "middle_childhood").collect::<Vec<_>>())
                .collect();
            assert!(expected.len() >= 25, "the pack has indicators for every dimension");
            assert_eq!(rec.indicators.len(), expected.len());
            for (got, want) in rec.indicators.iter().zip(&expected) {
                assert_eq!(got.indicator_key, want.key);
                assert_eq!(got.text, want.text, "the wording is copied as it was");
                assert_eq!(got.evidence_hint, want.evidence);
                assert_eq!(got.dimension, want.dimension.key());
                assert_eq!(got.origin, "pack");
                assert_eq!(got.state, None);
            }
            let positions: Vec<i32> = rec.indicators.iter().map(|i| i.position).collect();
            assert_eq!(positions, (1..=expected.len() as i32).collect::<Vec<_>>());
            assert!(rec.indicators.iter().all(|i| i.assessment_id == a.id && i.org_id == f.org));
            assert_eq!(rec.subject, "Robin Fixture");
            assert_eq!(rec.household_name.as_deref(), Some("The Ashworth household"));

            // Older on another date: the band follows the birth date, not today.
            let early = assessments::start_child(c, &s, &pack, &f.child, day("2020-01-10"), AgeBand::EarlyYears, "")?;
            assert_eq!((early.age_band.as_str(), early.band.as_str()), ("early_years", "early_years"));
            let n = assessment_indicators::table
                .filter(assessment_indicators::assessment_id.eq(&early.id))
                .count()
                .get_result::<i64>(c)?;
            let want =
                Dimension::ALL.iter().map(|d| pack.child_indicators_for(*d, "early_years").count()).sum::<usize>();
            assert_eq!(n as usize, want);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(a_younger_band_needs_a_reason_and_an_older_one_is_refused, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let pack = pack();
            let s = sc(c, &f.csw);
            let younger = assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::EarlyYears, "  ");
            assert_eq!(conflict(younger), Conflict::Band(BandError::ReasonNeeded));
            let older = assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::Adolescence, "tall");
            assert_eq!(conflict(older), Conflict::Band(BandError::OlderThanAge));
            let before_birth = assessments::start_child(c, &s, &pack, &f.child, day("2016-05-03"), AgeBand::Infant, "");
            assert!(matches!(conflict(before_birth), Conflict::Band(_)));
            let none: i64 = assessments_t::table.count().get_result(c)?;
            assert_eq!(none, 0, "nothing refused was written");

            let reason = "  Her emotional age is nearer four after a hard start.  ";
            let a = assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::EarlyYears, reason)?;
            assert_eq!(a.age_band, "middle_childhood");
            assert_eq!(a.band, "early_years");
            assert_eq!(a.band_reason, reason.trim());
            let rec = assessments::view(c, &s, &a.id)?;
            let keys: Vec<&str> = rec.indicators.iter().map(|i| i.indicator_key.as_str()).collect();
            let want: Vec<&str> = Dimension::ALL
                .iter()
                .flat_map(|d| pack.child_indicators_for(*d, "early_years").map(|i| i.key.as_str()).collect::<Vec<_>>())
                .collect();
            assert_eq!(keys, want, "the younger band's indicators are used");
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- sections, evidence, ratings

both_backends!(ratings_rest_on_evidence, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            let d = Dimension::Sensitivity;
            let input = SectionInput { rating: rating(6), ..SectionInput::default() };
            // Typed before any evidence: everything is saved and the rating waits, not refused.
            let with_text = SectionInput { strengths: "Lets her carer comfort her now.".into(), ..input.clone() };
            let waiting = saved(assessments::save_section(c, &s, &a.id, d, 1, &with_text));
            assert_eq!(waiting.strengths, "Lets her carer comfort her now.");
            assert_eq!(waiting.rating, None, "a rating without evidence does not count");
            assert_eq!(waiting.pending_rating, Some(6), "it is kept, waiting for evidence");
            assert!(waiting.rating_waiting());
            assert_eq!(waiting.version, 2);
            let only_waiting = SectionInput { rating: rating(6), ..SectionInput::default() };
            let r = assessments::view(c, &s, &a.id)?;
            let state = |r: &assessments::AssessmentRecord| {
                assessments::section_states(r.assessment.kind(), &r.sections, &r.indicators, &r.evidence)
                    .into_iter()
                    .find(|(x, _)| *x == d)
                    .map(|(_, st)| st)
            };
            assert_eq!(state(&r), Some(SectionState::InProgress));
            let bare = saved(assessments::save_section(c, &s, &a.id, d, 2, &only_waiting));
            let r = assessments::view(c, &s, &a.id)?;
            assert_eq!(state(&r), Some(SectionState::InProgress), "a waiting rating alone is work begun");
            let waiting = saved(assessments::save_section(c, &s, &a.id, d, bare.version, &with_text));
            assert_eq!(waiting.version, 4);

            let indicator = indicators_of(c, &a.id, d).remove(0);
            let first = assessments::add_evidence(
                c,
                &s,
                &a.id,
                d,
                &EvidenceInput {
                    indicator_id: Some(indicator.clone()),
                    source: EvidenceSource::School,
                    opinion: "  A real change since the autumn.  ".into(),
                    ..evidence("2026-02-11", "  Told her teacher she was worried about the trip.  ")
                },
            )?;
            assert_eq!(first.account, "Told her teacher she was worried about the trip.");
            assert_eq!(first.opinion, "A real change since the autumn.");
            assert_eq!(first.source, "school");
            assert_eq!(first.indicator_id.as_deref(), Some(indicator.as_str()));
            assert_eq!(first.happened_on, "2026-02-11");
            assert_eq!(first.created_by, f.csw.user_id);
            // Evidence tied to an indicator of another dimension is refused.
            let elsewhere = indicators_of(c, &a.id, Dimension::Availability).remove(0);
            let wrong = EvidenceInput { indicator_id: Some(elsewhere), ..evidence("2026-02-11", "x") };
            not_found(assessments::add_evidence(c, &s, &a.id, d, &wrong));

            // The first evidence gives the waiting rating effect, and moves the section on.
            assert_eq!(section_version(c, &a.id, d), 5, "the waiting rating was given with the evidence");
            let section = saved(assessments::save_section(c, &s, &a.id, d, 5, &input));
            assert_eq!(section.rating, Some(6));
            assert_eq!(section.pending_rating, None);
            assert_eq!(section.version, 6);

            let only = conflict(assessments::remove_evidence(c, &s, &a.id, &first.id));
            assert_eq!(only, Conflict::Rating(RatingError::NoEvidence), "the last evidence behind a rating stays");
            let second = assessments::add_evidence(c, &s, &a.id, d, &evidence("2026-02-12", "Asked for help."))?;
            assessments::remove_evidence(c, &s, &a.id, &first.id)?;
            let last = conflict(assessments::remove_evidence(c, &s, &a.id, &second.id));
            assert_eq!(last, Conflict::Rating(RatingError::NoEvidence));
            not_found(assessments::remove_evidence(c, &s, &a.id, "no-such-evidence"));

            // With the rating cleared the evidence can go.
            let cleared = SectionInput::default();
            saved(assessments::save_section(c, &s, &a.id, d, 6, &cleared));
            assessments::remove_evidence(c, &s, &a.id, &second.id)?;
            let left: i64 = assessment_evidence::table
                .filter(assessment_evidence::assessment_id.eq(&a.id))
                .count()
                .get_result(c)?;
            assert_eq!(left, 0);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(family_membership_keeps_two_ratings_other_dimensions_one, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            for d in [Dimension::FamilyMembership, Dimension::Cooperation] {
                assessments::add_evidence(c, &s, &a.id, d, &evidence("2026-02-01", "Seen at contact."))?;
                let input = SectionInput { rating: rating(7), second_rating: rating(3), ..SectionInput::default() };
                let section = saved(assessments::save_section(c, &s, &a.id, d, 1, &input));
                let want = if d == Dimension::FamilyMembership { Some(3) } else { None };
                assert_eq!((section.rating, section.second_rating), (Some(7), want), "{d:?}");
            }
            // A single rating leaves family membership in progress, two complete it.
            let ids = indicators_of(c, &a.id, Dimension::FamilyMembership);
            let states: Vec<_> = ids.iter().map(|i| (i.clone(), Some(IndicatorState::Consistently))).collect();
            let one = SectionInput { states: states.clone(), rating: rating(7), ..SectionInput::default() };
            saved(assessments::save_section(c, &s, &a.id, Dimension::FamilyMembership, 2, &one));
            let rec = assessments::view(c, &s, &a.id)?;
            let states_now = assessments::section_states(a.kind(), &rec.sections, &rec.indicators, &rec.evidence);
            assert_eq!(states_now[4], (Dimension::FamilyMembership, SectionState::InProgress));
            let two = SectionInput { states, rating: rating(7), second_rating: rating(2), ..SectionInput::default() };
            saved(assessments::save_section(c, &s, &a.id, Dimension::FamilyMembership, 3, &two));
            let rec = assessments::view(c, &s, &a.id)?;
            let states_now = assessments::section_states(a.kind(), &rec.sections, &rec.indicators, &rec.evidence);
            assert_eq!(states_now[4], (Dimension::FamilyMembership, SectionState::Complete));
            assert_eq!(states_now[0], (Dimension::Availability, SectionState::NotStarted));
            assert_eq!(states_now[3], (Dimension::Cooperation, SectionState::InProgress), "rated, indicators open");
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(a_stale_section_save_writes_nothing, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            let d = Dimension::Acceptance;
            let ids = indicators_of(c, &a.id, d);
            let mine = SectionInput {
                states: vec![(ids[0].clone(), Some(IndicatorState::NotYet))],
                strengths: "Mine".into(),
                ..SectionInput::default()
            };
            saved(assessments::save_section(c, &s, &a.id, d, 1, &mine));
            let events = audit_actions(c, &a.id).len();
            // A colleague's form still holds version 1.
            let theirs = SectionInput {
                states: vec![(ids[0].clone(), Some(IndicatorState::Consistently)), (ids[1].clone(), None)],
                strengths: "Theirs".into(),
                ..SectionInput::default()
            };
            match assessments::save_section(c, &s, &a.id, d, 1, &theirs)? {
                Saved::Stale { current } => {
                    assert_eq!(current.strengths, "Mine");
                    assert_eq!(current.version, 2);
                }
                Saved::Saved(s) => panic!("a stale version was saved: {s:?}"),
            }
            let state: Option<String> =
                assessment_indicators::table.find(&ids[0]).select(assessment_indicators::state).first(c)?;
            assert_eq!(state.as_deref(), Some("not_yet"), "the indicator was not touched");
            assert_eq!(section_version(c, &a.id, d), 2);
            assert_eq!(audit_actions(c, &a.id).len(), events, "nothing written, nothing audited");
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- workflow

both_backends!(submitting_an_incomplete_draft_is_refused, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            assert_eq!(conflict(assessments::submit(c, &s, &a.id, 1)), Conflict::Workflow(WorkflowError::Incomplete));
            for d in &Dimension::ALL[..4] {
                complete_section(c, &s, &a.id, *d, 5);
            }
            assert_eq!(conflict(assessments::submit(c, &s, &a.id, 1)), Conflict::Workflow(WorkflowError::Incomplete));
            // Family membership rated but one indicator left open is still incomplete.
            let d = Dimension::FamilyMembership;
            complete_section(c, &s, &a.id, d, 5);
            let first = indicators_of(c, &a.id, d).remove(0);
            let v = section_version(c, &a.id, d);
            let input = SectionInput {
                states: vec![(first, None)],
                rating: rating(5),
                second_rating: rating(4),
                ..SectionInput::default()
            };
            saved(assessments::save_section(c, &s, &a.id, d, v, &input));
            assert_eq!(conflict(assessments::submit(c, &s, &a.id, 1)), Conflict::Workflow(WorkflowError::Incomplete));
            assert_eq!(row(c, &a.id).status(), Status::Draft);
            complete_section(c, &s, &a.id, d, 5);
            let done = submit(c, &s, &a.id);
            assert_eq!(done.status(), Status::Submitted);
            assert_eq!(done.submitted_by.as_deref(), Some(f.csw.user_id.as_str()));
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(under_the_worker_rule_the_author_signs_off, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            assert_eq!(orgs::sign_off_rule(c, &f.org)?, SignOffRule::Worker);
            let a = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            complete(c, &s, &a.id, 6);
            // A stale version is handed back, not submitted.
            assert!(matches!(assessments::submit(c, &s, &a.id, a.version + 7)?, Saved::Stale { .. }));
            let sub = submit(c, &s, &a.id);
            assert_eq!(sub.status(), Status::Submitted);
            assert!(assessments::may_sign_off(c, &s, &sub, SignOffRule::Worker)?.is_ok());
            let done = sign_off(c, &s, &a.id);
            assert_eq!(done.status(), Status::SignedOff);
            assert_eq!(done.signed_off_by.as_deref(), Some(f.csw.user_id.as_str()));
            assert_eq!(done.signed_off_role.as_deref(), Some("Social worker"));
            assert!(done.signed_off_at.is_some());
            // Signing twice is refused.
            let again = assessments::sign_off(c, &s, &a.id, done.version);
            assert_eq!(conflict(again), Conflict::Workflow(WorkflowError::NotSubmitted));

            // The worker's team manager may sign off too, and is recorded as a manager.
            let b = start(c, &f.csw, &f, "2026-04-01");
            complete(c, &s, &b.id, 5);
            submit(c, &s, &b.id);
            let manager = sc(c, &f.manager);
            let by_manager = sign_off(c, &manager, &b.id);
            assert_eq!(by_manager.signed_off_by.as_deref(), Some(f.manager.user_id.as_str()));
            assert_eq!(by_manager.signed_off_role.as_deref(), Some("Team manager"));
            // A worker off the case cannot.
            let third = start(c, &f.csw, &f, "2026-05-01");
            complete(c, &s, &third.id, 5);
            let sub = submit(c, &s, &third.id);
            let outsider = sc(c, &f.outsider);
            not_found(assessments::sign_off(c, &outsider, &third.id, sub.version));
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(under_the_manager_rule_a_manager_of_the_authors_team_signs_off, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let admin = sc(c, &f.admin);
            orgs::set_sign_off_rule(c, &admin, SignOffRule::Manager)?;
            assert_eq!(orgs::sign_off_rule(c, &f.org)?, SignOffRule::Manager);
            // A manager of another team in the same organisation.
            let other = person(c, &f.org, "south@a.test", Role::TeamManager);
            let south = teams::create(c, &admin, "Team South")?;
            teams::set_member(c, &admin, &south, &other.user_id, true)?;

            let a = start(c, &f.csw, &f, ON);
            let csw = sc(c, &f.csw);
            complete(c, &csw, &a.id, 4);
            let sub = submit(c, &csw, &a.id);
            assert_eq!(
                assessments::may_sign_off(c, &csw, &sub, SignOffRule::Manager)?,
                Err(WorkflowError::ManagerNeeded)
            );
            let own = assessments::sign_off(c, &csw, &a.id, sub.version);
            assert_eq!(conflict(own), Conflict::Workflow(WorkflowError::ManagerNeeded), "the author cannot sign");
            let south_scope = sc(c, &other);
            not_found(assessments::sign_off(c, &south_scope, &a.id, sub.version));
            not_found(assessments::view(c, &south_scope, &a.id));

            // The manager sends it back once, then signs the resubmitted version.
            let manager = sc(c, &f.manager);
            // It waits on the manager's list for sign-off, and on the author's as their own.
            let waiting = assessments::open_work(c, &manager)?;
            assert!(waiting.iter().any(|o| o.id == a.id && o.to_sign), "{waiting:?}");
            let mine = assessments::open_work(c, &csw)?;
            assert!(mine.iter().any(|o| o.id == a.id && !o.to_sign && o.status == "submitted"), "{mine:?}");
            assert!(mine.iter().all(|o| o.subject == "Robin Fixture"), "named after the child: {mine:?}");
            assert!(assessments::open_work(c, &south_scope)?.is_empty());
            assert!(assessments::may_sign_off(c, &manager, &sub, SignOffRule::Manager)?.is_ok());
            let back =
                saved(assessments::return_to_draft(c, &manager, &a.id, sub.version, "  Add the school's view.  "));
            assert_eq!(back.status(), Status::Draft);
            assert_eq!(back.returned_note, "Add the school's view.");
            let resub = submit(c, &csw, &a.id);
            assert_eq!(resub.returned_note, "", "resubmitting clears the note");
            let done = sign_off(c, &manager, &a.id);
            assert_eq!(done.status(), Status::SignedOff);
            assert_eq!(done.signed_off_by.as_deref(), Some(f.manager.user_id.as_str()));
            assert_eq!(done.signed_off_role.as_deref(), Some("Team manager"));

            // A manager who wrote the assessment cannot sign it off either.
            let b = start(c, &f.manager, &f, "2026-04-01");
            complete(c, &manager, &b.id, 5);
            let sub = submit(c, &manager, &b.id);
            let own = assessments::sign_off(c, &manager, &b.id, sub.version);
            assert_eq!(conflict(own), Conflict::Workflow(WorkflowError::ManagerNeeded));
            // And a worker cannot sign off a manager's assessment under this rule.
            let by_worker = assessments::sign_off(c, &csw, &b.id, sub.version);
            assert_eq!(conflict(by_worker), Conflict::Workflow(WorkflowError::ManagerNeeded));
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(signed_off_assessments_are_read_only, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = signed_off(c, &f, ON, 7);
            let s = sc(c, &f.csw);
            let d = Dimension::Availability;
            let v = section_version(c, &a.id, d);
            let input = SectionInput { strengths: "changed".into(), rating: rating(1), ..SectionInput::default() };
            assert_eq!(conflict(assessments::save_section(c, &s, &a.id, d, v, &input)), Conflict::NotDraft);
            let e = evidence("2026-02-02", "late");
            assert_eq!(conflict(assessments::add_evidence(c, &s, &a.id, d, &e)), Conflict::NotDraft);
            let existing: String = assessment_evidence::table
                .filter(assessment_evidence::assessment_id.eq(&a.id))
                .select(assessment_evidence::id)
                .first(c)?;
            assert_eq!(conflict(assessments::remove_evidence(c, &s, &a.id, &existing)), Conflict::NotDraft);
            assert_eq!(conflict(assessments::save_summary(c, &s, &a.id, a.version, "x")), Conflict::NotDraft);
            assert_eq!(conflict(assessments::submit(c, &s, &a.id, a.version)), Conflict::NotDraft);
            let manager = sc(c, &f.manager);
            let back = assessments::return_to_draft(c, &manager, &a.id, a.version, "no");
            assert_eq!(conflict(back), Conflict::Workflow(WorkflowError::NotSubmitted));
            let rec = assessments::view(c, &s, &a.id)?;
            assert!(rec.sections.iter().all(|s| s.rating == Some(7)));
            assert_eq!(rec.evidence.len(), 5);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(amendments_copy_everything_and_supersede_on_sign_off, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = start(c, &f.csw, &f, ON);
            let csw = sc(c, &f.csw);
            // The child's home's supervising social worker adds evidence too.
            let ssw = sc(c, &f.ssw);
            let d = Dimension::Cooperation;
            let indicator = indicators_of(c, &a.id, d).remove(1);
            let theirs = assessments::add_evidence(
                c,
                &ssw,
                &a.id,
                d,
                &EvidenceInput { indicator_id: Some(indicator.clone()), ..evidence("2026-01-30", "Helped cook tea.") },
            )?;
            complete(c, &csw, &a.id, 6);
            let v = row(c, &a.id).version;
            saved(assessments::save_summary(c, &csw, &a.id, v, "Settled and doing well."));
            submit(c, &csw, &a.id);
            let original = sign_off(c, &csw, &a.id);
            let before = assessments::view(c, &csw, &a.id)?;

            assert_eq!(
                conflict(assessments::amend(c, &csw, &a.id, "   ")),
                Conflict::Workflow(WorkflowError::ReasonNeeded)
            );
            let amendment = assessments::amend(c, &csw, &a.id, "  The school date was wrong.  ")?;
            assert_ne!(amendment.id, a.id);
            assert_eq!(amendment.status(), Status::Draft);
            assert_eq!(amendment.series_id, a.id);
            assert_eq!(amendment.amendment_no, 1);
            assert_eq!(amendment.amends_id.as_deref(), Some(a.id.as_str()));
            assert_eq!(amendment.amendment_reason, "The school date was wrong.");
            assert_eq!(amendment.summary, "Settled and doing well.");
            assert_eq!(
                (amendment.assessed_on.as_str(), amendment.band.as_str(), amendment.content_version.as_str()),
                (original.assessed_on.as_str(), original.band.as_str(), original.content_version.as_str())
            );
            assert_eq!(
                conflict(assessments::amend(c, &csw, &a.id, "Again")),
                Conflict::AlreadyAmended,
                "one open amendment per version"
            );

            let after = assessments::view(c, &csw, &amendment.id)?;
            let strip = |r: &assessments::AssessmentRecord| {
                r.sections
                    .iter()
                    .map(|s| (s.dimension.clone(), s.strengths.clone(), s.needs.clone(), s.rating, s.second_rating))
                    .collect::<Vec<_>>()
            };
            assert_eq!(strip(&after), strip(&before));
            let inds = |r: &assessments::AssessmentRecord| {
                r.indicators
                    .iter()
                    .map(|i| (i.position, i.indicator_key.clone(), i.text.clone(), i.state.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(inds(&after), inds(&before));
            assert!(after.indicators.iter().all(|i| i.assessment_id == amendment.id));
            assert_eq!(after.evidence.len(), before.evidence.len());
            let copied = after.evidence.iter().find(|e| e.account == "Helped cook tea.").unwrap();
            assert_eq!(copied.created_by, f.ssw.user_id, "evidence keeps its author");
            assert_eq!(copied.created_at, theirs.created_at, "and its time");
            assert_ne!(copied.id, theirs.id);
            let moved = after.indicators.iter().find(|i| Some(&i.id) == copied.indicator_id.as_ref()).unwrap();
            let was = before.indicators.iter().find(|i| i.id == indicator).unwrap();
            assert_eq!(moved.indicator_key, was.indicator_key, "evidence points at the copied indicator");
            assert_eq!(after.versions.len(), 2);

            // The signed-off version stays readable and current until the amendment is signed off.
            let still = assessments::view(c, &csw, &a.id)?;
            assert_eq!(still.assessment.status(), Status::SignedOff);
            assert_eq!(still.assessment.superseded_by, None);
            let current = assessments::ratings_for_child(c, &csw, &f.child)?;
            assert_eq!(current.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), [a.id.as_str()]);

            // Change a rating in the amendment and sign it off.
            let v = section_version(c, &amendment.id, Dimension::Availability);
            let states = indicators_of(c, &amendment.id, Dimension::Availability)
                .into_iter()
                .map(|i| (i, Some(IndicatorState::Consistently)))
                .collect();
            let input = SectionInput { states, rating: rating(8), ..SectionInput::default() };
            saved(assessments::save_section(c, &csw, &amendment.id, Dimension::Availability, v, &input));
            submit(c, &csw, &amendment.id);
            let signed = sign_off(c, &csw, &amendment.id);
            assert_eq!(signed.status(), Status::SignedOff);
            assert_eq!(row(c, &a.id).superseded_by.as_deref(), Some(amendment.id.as_str()));
            assert_eq!(row(c, &a.id).status(), Status::SignedOff, "the old version is kept as it was");
            let current = assessments::ratings_for_child(c, &csw, &f.child)?;
            assert_eq!(current.len(), 1);
            assert_eq!(current[0].id, amendment.id);
            assert_eq!(current[0].ratings[0], (Dimension::Availability, Some(8), None));
            let listed = assessments::list_for_child(c, &csw, &f.child)?;
            assert_eq!(listed.len(), 2);
            assert_eq!(listed.iter().filter(|l| l.superseded).count(), 1);
            assert_eq!(listed[0].id, amendment.id, "newest version first");
            assert_eq!(conflict(assessments::amend(c, &csw, &a.id, "Once more")), Conflict::AlreadyAmended);
            // The new version can itself be amended.
            let second = assessments::amend(c, &csw, &amendment.id, "Another correction")?;
            assert_eq!((second.amendment_no, second.series_id.as_str()), (2, a.id.as_str()));
            // Only a signed-off version can be amended.
            assert_eq!(
                conflict(assessments::amend(c, &csw, &second.id, "draft")),
                Conflict::Workflow(WorkflowError::NotSignedOff)
            );
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- who can reach what

both_backends!(caregivers_see_signed_off_assessments_only_and_cannot_edit, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let done = signed_off(c, &f, "2026-01-15", 6);
            let csw = sc(c, &f.csw);
            let submitted = start(c, &f.csw, &f, "2026-02-15");
            complete(c, &csw, &submitted.id, 5);
            submit(c, &csw, &submitted.id);
            let draft = start(c, &f.csw, &f, ON);
            let amendment = assessments::amend(c, &csw, &done.id, "Typo in the evidence")?;

            let carer = sc(c, &f.carer);
            let listed = assessments::list_for_child(c, &carer, &f.child)?;
            assert_eq!(listed.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [done.id.as_str()]);
            let rec = assessments::view(c, &carer, &done.id)?;
            assert_eq!(rec.assessment.status(), Status::SignedOff);
            assert_eq!(rec.versions.len(), 1, "the open amendment is not shown to the carer");
            for hidden in [&draft.id, &submitted.id, &amendment.id] {
                not_found(assessments::view(c, &carer, hidden));
            }
            let ratings = assessments::ratings_for_child(c, &carer, &f.child)?;
            assert_eq!(ratings.len(), 1);

            // Carers never write.
            let d = Dimension::Availability;
            let input = SectionInput { strengths: "mine".into(), ..SectionInput::default() };
            not_found(assessments::save_section(c, &carer, &draft.id, d, 1, &input));
            not_found(assessments::save_section(c, &carer, &done.id, d, 2, &input));
            not_found(assessments::add_evidence(c, &carer, &draft.id, d, &evidence("2026-02-02", "x")));
            not_found(assessments::save_summary(c, &carer, &draft.id, 1, "x"));
            not_found(assessments::submit(c, &carer, &draft.id, 1));
            let v = row(c, &submitted.id).version;
            not_found(assessments::sign_off(c, &carer, &submitted.id, v));
            not_found(assessments::amend(c, &carer, &done.id, "mine"));
            not_found(assessments::child_start(c, &carer, &f.child));
            not_found(assessments::start_child(c, &carer, &pack(), &f.child, day(ON), AgeBand::MiddleChildhood, ""));
            assert_eq!(row(c, &draft.id).version, 1);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(workers_off_the_case_and_other_organisations_get_not_found, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let b = fixture::agency(c, "b", HASH)?;
            let done = signed_off(c, &f, "2026-01-15", 6);
            let draft = start(c, &f.csw, &f, ON);
            let pack = pack();
            let d = Dimension::Availability;
            for actor in [&f.outsider, &f.admin, &f.auditor, &b.csw, &b.manager, &b.ssw, &b.carer, &b.admin] {
                let s = sc(c, actor);
                for id in [&done.id, &draft.id] {
                    not_found(assessments::view(c, &s, id));
                    not_found(assessments::save_section(c, &s, id, d, 1, &SectionInput::default()));
                    not_found(assessments::add_evidence(c, &s, id, d, &evidence("2026-02-02", "x")));
                    not_found(assessments::amend(c, &s, id, "reason"));
                }
                not_found(assessments::list_for_child(c, &s, &f.child));
                not_found(assessments::ratings_for_child(c, &s, &f.child));
                not_found(assessments::child_start(c, &s, &f.child));
                not_found(assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::MiddleChildhood, ""));
                not_found(assessments::list_for_household(c, &s, &f.household));
                not_found(assessments::carers_of(c, &s, &f.household));
            }
            // The other organisation's worker keeps their own child.
            let theirs = start(c, &b.csw, &b, ON);
            let bs = sc(c, &b.csw);
            assert!(assessments::view(c, &bs, &theirs.id).is_ok());
            let ours = sc(c, &f.csw);
            not_found(assessments::view(c, &ours, &theirs.id));
            assert_eq!(row(c, &draft.id).version, 1, "nothing was changed");
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- audit

both_backends!(every_write_and_view_is_audited, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let a = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            let d = Dimension::Availability;
            let e = assessments::add_evidence(c, &s, &a.id, d, &evidence("2026-02-02", "first"))?;
            assessments::add_evidence(c, &s, &a.id, d, &evidence("2026-02-03", "second"))?;
            assessments::remove_evidence(c, &s, &a.id, &e.id)?;
            saved(assessments::save_summary(c, &s, &a.id, 1, "Summary"));
            // Refusals roll back with their audit event.
            let _ = assessments::submit(c, &s, &a.id, 2);
            assessments::view(c, &s, &a.id)?;
            assert_eq!(
                audit_actions(c, &a.id),
                ["create", "add_evidence", "add_evidence", "remove_evidence", "update", "view"]
            );
            complete(c, &s, &a.id, 5);
            assert_eq!(audit_actions(c, &a.id).len(), 16);
            let admin = sc(c, &f.admin);
            orgs::set_sign_off_rule(c, &admin, SignOffRule::Manager)?;
            submit(c, &s, &a.id);
            let manager = sc(c, &f.manager);
            let v = row(c, &a.id).version;
            saved(assessments::return_to_draft(c, &manager, &a.id, v, "More on school."));
            submit(c, &s, &a.id);
            sign_off(c, &manager, &a.id);
            let carer = sc(c, &f.carer);
            assessments::view(c, &carer, &a.id)?;
            let actions = audit_actions(c, &a.id);
            assert_eq!(actions[16..], ["submit", "return", "submit", "sign_off", "view"]);
            let amendment = assessments::amend(c, &s, &a.id, "Date wrong")?;
            assert_eq!(audit_actions(c, &amendment.id), ["amend"]);
            // Every event names the actor.
            let actors: Vec<Option<String>> =
                audit_events::table.filter(audit_events::record_id.eq(&a.id)).select(audit_events::actor_id).load(c)?;
            assert!(actors.iter().all(Option::is_some));
            let report = audit::verify(c)?;
            assert!(report.first_broken.is_none(), "{report:?}");
            assert!(report.events >= 22);
            // The child's "who has viewed" page lists the views of their assessments too.
            let lines = audit::for_record(c, &manager, securebase_store::access::Target::Child(&f.child), 500)?;
            assert!(lines.iter().any(|l| l.action == "view (assessment)"), "{lines:?}");
            assert!(lines.iter().any(|l| l.action == "sign_off (assessment)"));
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- agency indicators

both_backends!(agency_indicators_join_later_assessments_only, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let pack = pack();
            let earlier = start(c, &f.csw, &f, ON);
            let admin = sc(c, &f.admin);
            let new = |kind, dimension, band, text: &str| NewIndicator {
                kind,
                dimension,
                band,
                aspect: if kind == AssessmentKind::Caregiver { "behaviour".into() } else { String::new() },
                short_term: kind == AssessmentKind::Caregiver,
                long_term: false,
                text: text.into(),
                evidence_hint: "A dated example.".into(),
                language: securebase_core::Language::En,
            };
            let ours = agency_indicators::add(
                c,
                &admin,
                &new(
                    AssessmentKind::Child,
                    Dimension::Availability,
                    Some(AgeBand::MiddleChildhood),
                    "  Asks for help with homework.  ",
                ),
            )?;
            let archived = agency_indicators::add(
                c,
                &admin,
                &new(AssessmentKind::Child, Dimension::Availability, Some(AgeBand::MiddleChildhood), "Old wording"),
            )?;
            agency_indicators::set_archived(c, &admin, &archived.id, true)?;
            let other_band = agency_indicators::add(
                c,
                &admin,
                &new(AssessmentKind::Child, Dimension::Sensitivity, Some(AgeBand::Infant), "Settles to sleep"),
            )?;
            let carers = agency_indicators::add(
                c,
                &admin,
                &new(AssessmentKind::Caregiver, Dimension::Sensitivity, None, "Keeps a diary of the child's moods"),
            )?;
            // Wording and an evidence note are required whoever calls, and nothing is stored
            // without them.
            let listed = agency_indicators::list(c, &admin)?.len();
            let no_note = NewIndicator {
                evidence_hint: "   ".into(),
                ..new(AssessmentKind::Child, Dimension::Availability, Some(AgeBand::MiddleChildhood), "Waves goodbye")
            };
            match agency_indicators::add(c, &admin, &no_note) {
                Err(StoreError::Invalid(m)) => assert!(m.contains("evidence note must not be empty"), "{m}"),
                other => panic!("an indicator without an evidence note was not refused: {other:?}"),
            }
            let no_text = new(AssessmentKind::Child, Dimension::Availability, Some(AgeBand::MiddleChildhood), " ");
            match agency_indicators::add(c, &admin, &no_text) {
                Err(StoreError::Invalid(m)) => assert!(m.contains("wording must not be empty"), "{m}"),
                other => panic!("an indicator without wording was not refused: {other:?}"),
            }
            assert_eq!(agency_indicators::list(c, &admin)?.len(), listed, "nothing was stored");
            // Workers cannot add them; another organisation does not get them.
            let worker = sc(c, &f.csw);
            not_found(agency_indicators::add(
                c,
                &worker,
                &new(AssessmentKind::Child, Dimension::Availability, Some(AgeBand::MiddleChildhood), "x"),
            ));
            let b = fixture::agency(c, "b", HASH)?;

            let later = start(c, &f.csw, &f, ON);
            let s = sc(c, &f.csw);
            let rec = assessments::view(c, &s, &later.id)?;
            let base: usize =
                Dimension::ALL.iter().map(|d| pack.child_indicators_for(*d, "middle_childhood").count()).sum();
            assert_eq!(rec.indicators.len(), base + 1);
            let added = rec.indicators.iter().find(|i| i.origin == "agency").unwrap();
            assert_eq!(added.indicator_key, format!("agency-{}", ours.id));
            assert_eq!(added.text, "Asks for help with homework.");
            assert_eq!(added.dimension, "availability");
            // It follows the pack's indicators of its own dimension, before the next dimension's.
            let dims: Vec<&str> = rec.indicators.iter().map(|i| i.dimension.as_str()).collect();
            let last_availability = dims.iter().rposition(|d| *d == "availability").unwrap();
            assert_eq!(rec.indicators[last_availability].id, added.id);
            for key in [&archived.id, &other_band.id, &carers.id] {
                assert!(!rec.indicators.iter().any(|i| i.indicator_key == format!("agency-{key}")));
            }
            let before = assessments::view(c, &s, &earlier.id)?;
            assert_eq!(before.indicators.len(), base, "an assessment already started keeps its indicators");

            // An agency indicator must be answered like any other.
            let ssw = sc(c, &f.ssw);
            let (member, _) = assessments::carers_of(c, &ssw, &f.household)?.remove(0);
            let cg = assessments::start_caregiver(c, &ssw, &pack, &f.household, &member, day(ON))?;
            let cg_rec = assessments::view(c, &ssw, &cg.id)?;
            assert_eq!(cg_rec.indicators.len(), pack.caregiver_indicators.len() + 1);
            let theirs = cg_rec.indicators.iter().find(|i| i.origin == "agency").unwrap();
            assert_eq!((theirs.aspect.as_str(), theirs.short_term, theirs.long_term), ("behaviour", true, false));

            let elsewhere = start(c, &b.csw, &b, ON);
            let n: i64 = assessment_indicators::table
                .filter(assessment_indicators::assessment_id.eq(&elsewhere.id))
                .filter(assessment_indicators::origin.eq("agency"))
                .count()
                .get_result(c)?;
            assert_eq!(n, 0);

            // Archiving later leaves the assessment that used it alone.
            agency_indicators::set_archived(c, &admin, &ours.id, true)?;
            assert_eq!(assessments::view(c, &s, &later.id)?.indicators.len(), base + 1);
            let after = start(c, &f.csw, &f, ON);
            assert_eq!(assessments::view(c, &s, &after.id)?.indicators.len(), base);
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- ratings over time

both_backends!(ratings_for_child_are_current_signed_off_and_oldest_first, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let s = sc(c, &f.csw);
            assert!(assessments::ratings_for_child(c, &s, &f.child)?.is_empty());
            let later = signed_off(c, &f, "2026-06-01", 7);
            let earlier = signed_off(c, &f, "2025-09-01", 3);
            let submitted = start(c, &f.csw, &f, "2026-08-01");
            complete(c, &s, &submitted.id, 9);
            submit(c, &s, &submitted.id);
            let draft = start(c, &f.csw, &f, "2026-09-01");
            complete(c, &s, &draft.id, 10);

            let rated = assessments::ratings_for_child(c, &s, &f.child)?;
            let ids: Vec<&str> = rated.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(ids, [earlier.id.as_str(), later.id.as_str()], "signed off only, oldest first");
            assert_eq!(rated[0].assessed_on, "2025-09-01");
            assert!(rated.iter().all(|r| r.signed_off_at.is_some() && r.member_id.is_none()));
            let want = |v: i32| {
                Dimension::ALL
                    .iter()
                    .map(|d| (*d, Some(v), (*d == Dimension::FamilyMembership).then_some(v - 1)))
                    .collect::<Vec<_>>()
            };
            assert_eq!(rated[0].ratings, want(3));
            assert_eq!(rated[1].ratings, want(7));

            // An amendment replaces its original in the series once signed off.
            let amendment = assessments::amend(c, &s, &earlier.id, "Wrong date on the evidence")?;
            submit(c, &s, &amendment.id);
            sign_off(c, &s, &amendment.id);
            let rated = assessments::ratings_for_child(c, &s, &f.child)?;
            let ids: Vec<&str> = rated.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(ids, [amendment.id.as_str(), later.id.as_str()]);

            let list = assessments::list_for_child(c, &s, &f.child)?;
            let dates: Vec<&str> = list.iter().map(|l| l.assessed_on.as_str()).collect();
            assert_eq!(dates, ["2026-09-01", "2026-08-01", "2026-06-01", "2025-09-01", "2025-09-01"], "newest first");
            assert_eq!(list[0].author, "Cam Childworker");
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- caregivers

both_backends!(a_caregiver_assessment_from_start_to_sign_off, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let pack = pack();
            let ssw = sc(c, &f.ssw);
            let carers = assessments::carers_of(c, &ssw, &f.household)?;
            assert_eq!(carers.len(), 1);
            let (member, name) = carers[0].clone();
            assert_eq!(name, "Kit Carer");
            not_found(assessments::start_caregiver(c, &ssw, &pack, &f.household, "someone-else", day(ON)));
            not_found(assessments::start_caregiver(c, &ssw, &pack, &f.unrelated_household, &member, day(ON)));

            let a = assessments::start_caregiver(c, &ssw, &pack, &f.household, &member, day(ON))?;
            assert_eq!(a.kind(), AssessmentKind::Caregiver);
            assert_eq!((a.child_id.as_deref(), a.household_id.as_deref()), (None, Some(f.household.as_str())));
            assert_eq!(a.member_id.as_deref(), Some(member.as_str()));
            assert_eq!((a.age_band.as_str(), a.band.as_str()), ("", ""));
            assert_eq!(a.content_version, pack.version);
            let rec = assessments::view(c, &ssw, &a.id)?;
            assert_eq!(rec.subject, "Kit Carer");
            assert_eq!(rec.household_name.as_deref(), Some("The Ashworth household"));
            let open = assessments::open_work(c, &ssw)?;
            assert!(open.iter().any(|o| o.id == a.id && o.subject == "Kit Carer"), "named after the carer: {open:?}");
            let want: Vec<_> = Dimension::ALL.iter().flat_map(|d| pack.caregiver_indicators_for(*d)).collect();
            assert_eq!(rec.indicators.len(), want.len());
            for (got, w) in rec.indicators.iter().zip(&want) {
                assert_eq!(
                    (got.indicator_key.as_str(), got.text.as_str(), got.aspect.as_str()),
                    (w.key.as_str(), w.text.as_str(), w.aspect.key())
                );
                assert_eq!((got.short_term, got.long_term), (w.short_term, w.long_term));
            }

            let past = assessments::add_evidence(
                c,
                &ssw,
                &a.id,
                Dimension::Acceptance,
                &EvidenceInput {
                    life_area: Some(LifeArea::PastLife),
                    source: EvidenceSource::Referee,
                    ..evidence("2025-10-01", "Her own aunt took her in at fourteen and never gave up on her.")
                },
            )?;
            assert_eq!(past.life_area, "past_life");
            assert_eq!(past.source, "referee");
            complete(c, &ssw, &a.id, 7);
            let fm = assessments::view(c, &ssw, &a.id)?;
            let fm = fm.section(Dimension::FamilyMembership).unwrap();
            assert_eq!((fm.rating, fm.second_rating), (Some(7), None), "a carer is rated once per dimension");
            let v = section_version(c, &a.id, Dimension::Sensitivity);
            let states = indicators_of(c, &a.id, Dimension::Sensitivity)
                .into_iter()
                .map(|i| (i, Some(IndicatorState::Consistently)))
                .collect();
            let mut terms = SectionInput {
                states,
                strengths: "Reads a child's moods quickly.".into(),
                short_term: "  Well suited to bridging placements.  ".into(),
                long_term: "  ".into(),
                rating: rating(8),
                ..SectionInput::default()
            };
            // Answered and rated, but one capacity is not written: not complete yet.
            let section = saved(assessments::save_section(c, &ssw, &a.id, Dimension::Sensitivity, v, &terms));
            let sensitivity = |c: &mut DbConnection| {
                let rec = assessments::view(c, &ssw, &a.id).unwrap();
                let states =
                    assessments::section_states(rec.assessment.kind(), &rec.sections, &rec.indicators, &rec.evidence);
                states.into_iter().find(|(d, _)| *d == Dimension::Sensitivity).unwrap().1
            };
            assert_eq!(sensitivity(c), SectionState::InProgress);
            terms.long_term = "Would need support with contact.".into();
            let section =
                saved(assessments::save_section(c, &ssw, &a.id, Dimension::Sensitivity, section.version, &terms));
            assert_eq!(section.short_term, "Well suited to bridging placements.");
            assert_eq!(section.long_term, "Would need support with contact.");
            assert_eq!(sensitivity(c), SectionState::Complete);

            // Every section is complete, but a panel reads the summary first: it is required.
            let v = row(c, &a.id).version;
            let without = assessments::submit(c, &ssw, &a.id, v);
            assert_eq!(conflict(without), Conflict::Workflow(WorkflowError::Incomplete));
            let summary = "A warm, steady carer ready for approval for two children aged 0 to 10.";
            let with_summary = saved(assessments::save_summary(c, &ssw, &a.id, v, summary));
            assert_eq!(with_summary.summary, summary);
            submit(c, &ssw, &a.id);
            let done = sign_off(c, &ssw, &a.id);
            assert_eq!(done.status(), Status::SignedOff);
            assert_eq!(done.signed_off_by.as_deref(), Some(f.ssw.user_id.as_str()));

            let rated = assessments::ratings_for_household(c, &ssw, &f.household)?;
            assert_eq!(rated.len(), 1);
            assert_eq!(rated[0].member_id.as_deref(), Some(member.as_str()));
            assert_eq!(rated[0].ratings[1], (Dimension::Sensitivity, Some(8), None));
            let listed = assessments::list_for_household(c, &ssw, &f.household)?;
            assert_eq!(listed.len(), 1);
            assert_eq!(listed[0].subject, "Kit Carer");
            assert_eq!(listed[0].kind, "caregiver");
            // A child's assessments are not a household's.
            signed_off(c, &f, ON, 5);
            assert_eq!(assessments::list_for_household(c, &ssw, &f.household)?.len(), 1);

            // The carer reads their own signed-off assessment, and nothing else of the kind.
            let carer = sc(c, &f.carer);
            let draft = assessments::start_caregiver(c, &ssw, &pack, &f.household, &member, day("2026-09-01"))?;
            let theirs = assessments::list_for_household(c, &carer, &f.household)?;
            assert_eq!(theirs.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [a.id.as_str()]);
            assert!(assessments::view(c, &carer, &a.id).is_ok());
            not_found(assessments::view(c, &carer, &draft.id));
            not_found(assessments::save_summary(c, &carer, &draft.id, 1, "mine"));
            not_found(assessments::carers_of(c, &carer, &f.household));
            let outsider = sc(c, &f.outsider);
            not_found(assessments::view(c, &outsider, &a.id));
            not_found(assessments::ratings_for_household(c, &outsider, &f.household));
            Ok(())
        })
        .await
        .unwrap();
});

// A rating means what its scale said when the assessment was written: the 0, 5 and 10 wording
// is kept with the assessment (six scales for a child: five dimensions and the birth family;
// five for a carer), survives a change of content, and goes with it into an amendment.
both_backends!(rating_scales_keep_their_wording_with_the_assessment, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let mut pack = pack();
            let first = pack.child_scales[0].key.clone();
            pack.child_scales[0].ten = "Wording of the time.".into();
            let s = sc(c, &f.csw);
            let a = assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::MiddleChildhood, "")?;
            let rec = assessments::view(c, &s, &a.id)?;
            assert_eq!(rec.scales.len(), 6);
            assert_eq!(rec.scale(&first).map(|w| w.ten.as_str()), Some("Wording of the time."));
            assert!(rec.scale(securebase_core::content::BIRTH_FAMILY).is_some());
            // Later assessments take later wording; the first keeps its own.
            pack.child_scales[0].ten = "Newer wording.".into();
            let b = assessments::start_child(c, &s, &pack, &f.child, day(ON), AgeBand::MiddleChildhood, "")?;
            assert_eq!(
                assessments::view(c, &s, &b.id)?.scale(&first).map(|w| w.ten.clone()),
                Some("Newer wording.".into())
            );
            assert_eq!(
                assessments::view(c, &s, &a.id)?.scale(&first).map(|w| w.ten.clone()),
                Some("Wording of the time.".into())
            );

            complete(c, &s, &a.id, 6);
            submit(c, &s, &a.id);
            sign_off(c, &s, &a.id);
            let amendment = assessments::amend(c, &s, &a.id, "A date was wrong.")?;
            let rec = assessments::view(c, &s, &amendment.id)?;
            assert_eq!(rec.scales.len(), 6);
            assert_eq!(rec.scale(&first).map(|w| w.ten.as_str()), Some("Wording of the time."));

            let ssw = sc(c, &f.ssw);
            let (member, _) = assessments::carers_of(c, &ssw, &f.household)?.remove(0);
            let carer = assessments::start_caregiver(c, &ssw, &pack, &f.household, &member, day(ON))?;
            let rec = assessments::view(c, &ssw, &carer.id)?;
            assert_eq!(rec.scales.len(), 5);
            assert_eq!(
                rec.scale(Dimension::Availability.key()).map(|w| w.zero.clone()),
                pack.caregiver_scale("availability").map(|s| s.zero.clone())
            );
            Ok::<_, StoreError>(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- what was true then

both_backends!(an_assessment_names_the_placement_of_its_date_not_todays, |db: TestDb| async move {
    use securebase_store::households::{self, HouseholdInput, MemberInput};
    use securebase_store::placements::{self, EndInput, StartInput};

    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let other = fixture::agency(c, "b", HASH)?;
            // Placed with the Ashworth household (carer Kit Carer) from 2026-01-05.
            let then = signed_off(c, &f, ON, 6);
            let before_care = signed_off(c, &f, "2025-12-20", 5);

            // Later the child moves to the Brook household, and the Ashworths change their name.
            let outsider = sc(c, &f.outsider);
            households::add_member(
                c,
                &outsider,
                &f.unrelated_household,
                &MemberInput {
                    name: "Bea Brook".into(),
                    member_role: "carer".into(),
                    carer_type: Some("foster_carer".into()),
                    user_id: None,
                    date_of_birth: None,
                },
            )?;
            let csw = sc(c, &f.csw);
            let ending =
                EndInput { end_date: "2026-04-01".into(), end_reason: "planned".into(), end_note: String::new() };
            let placement = placements::get(c, &csw, &f.placement)?.placement;
            saved(placements::end(c, &csw, &f.placement, placement.version, &ending));
            let moving = StartInput {
                household_id: f.unrelated_household.clone(),
                placement_type: "short_term".into(),
                start_date: "2026-04-01".into(),
                planned_end_date: None,
            };
            placements::start(c, &csw, &f.child, &moving)?;
            let ssw = sc(c, &f.ssw);
            let home = households::open(c, &ssw, &f.household)?;
            let renamed = HouseholdInput { name: "The Ashworth-Reed household".into(), ..home.input() };
            saved(households::update(c, &ssw, &f.household, home.version, &renamed));
            let on_moving_day = start(c, &f.csw, &f, "2026-04-01");
            let since = start(c, &f.csw, &f, "2026-05-11");

            // The signed-off assessment still names the household of its date, by its name then.
            let rec = assessments::view(c, &csw, &then.id)?;
            let placed = rec.placed_then.clone().expect("placed on the assessment date");
            assert_eq!(placed.household_id, f.household);
            assert_eq!(placed.household_name, "The Ashworth household", "the name it had then");
            assert_eq!(placed.placement_type, "long_term");
            assert_eq!((placed.start_date.as_str(), placed.end_date.as_deref()), ("2026-01-05", Some("2026-04-01")));
            assert_eq!(placed.carers, ["Kit Carer"]);
            assert_eq!(rec.household_name.as_deref(), Some("The Ashworth household"));

            // Before the first placement: nobody is named.
            let rec = assessments::view(c, &csw, &before_care.id)?;
            assert_eq!((rec.placed_then, rec.household_name), (None, None));

            // On the moving day and after it, the new household.
            for id in [&on_moving_day.id, &since.id] {
                let rec = assessments::view(c, &csw, id)?;
                let placed = rec.placed_then.expect("placed");
                assert_eq!(
                    (placed.household_name.as_str(), placed.carers.as_slice()),
                    ("The Brook household", &["Bea Brook".to_owned()][..])
                );
            }

            // The query answers only within reach: not for someone off the case, nor for
            // another organisation, whose ids find nothing.
            assert!(assessments::placed_on(c, &csw, &f.child, ON)?.is_some());
            let admin = sc(c, &f.admin);
            not_found(assessments::placed_on(c, &admin, &f.child, ON));
            let stranger = sc(c, &other.csw);
            not_found(assessments::placed_on(c, &stranger, &f.child, ON));
            Ok(())
        })
        .await
        .unwrap();
});
