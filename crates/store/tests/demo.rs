//! The demo agency: believable, within its own rules, idempotent and scalable. Every test runs
//! once on SQLite and once on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, HashMap, HashSet};

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::Dimension;
use securebase_core::Role;
use securebase_core::assessment::{AgeBand, AssessmentKind, SectionState, Status};
use securebase_core::content::embedded_pack;
use securebase_core::records::{
    ApprovalStatus, CarerType, EndReason, HouseholdType, MemberRole, PlacementType, RelationKind, age_in_years,
    parse_date,
};
use securebase_store::access::{Actor, Scope};
use securebase_store::assessments::{self as store_assessments, Assessment, Evidence, Indicator, Section};
use securebase_store::schema::{
    assessment_evidence, assessment_indicators, assessment_sections, assessments, audit_events, child_relations,
    child_workers, children, household_members, household_workers, households, organisations, placements, team_members,
    teams, user_roles, users,
};
use securebase_store::testing::TestDb;
use securebase_store::{DbConnection, StoreError, both_backends, demo};

const HASH: &str = "$argon2id$not-a-real-hash";

/// Today as 'YYYY-MM-DD' (UTC), the day the demo counts ages from.
fn today() -> String {
    let days = securebase_store::now_micros().div_euclid(86_400_000_000) + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Rows in every table the demo writes.
fn counts(c: &mut DbConnection) -> Result<BTreeMap<&'static str, i64>, StoreError> {
    let mut out = BTreeMap::new();
    out.insert("organisations", organisations::table.count().get_result(c)?);
    out.insert("users", users::table.count().get_result(c)?);
    out.insert("user_roles", user_roles::table.count().get_result(c)?);
    out.insert("teams", teams::table.count().get_result(c)?);
    out.insert("team_members", team_members::table.count().get_result(c)?);
    out.insert("households", households::table.count().get_result(c)?);
    out.insert("household_members", household_members::table.count().get_result(c)?);
    out.insert("household_workers", household_workers::table.count().get_result(c)?);
    out.insert("children", children::table.count().get_result(c)?);
    out.insert("child_relations", child_relations::table.count().get_result(c)?);
    out.insert("placements", placements::table.count().get_result(c)?);
    out.insert("child_workers", child_workers::table.count().get_result(c)?);
    out.insert("assessments", assessments::table.count().get_result(c)?);
    out.insert("assessment_sections", assessment_sections::table.count().get_result(c)?);
    out.insert("assessment_indicators", assessment_indicators::table.count().get_result(c)?);
    out.insert("assessment_evidence", assessment_evidence::table.count().get_result(c)?);
    Ok(out)
}

/// One organisation's demo data, loaded for checking.
/// (child, household, placement type, end date, end reason, end note)
type PlacementRow = (String, String, String, Option<String>, Option<String>, String);

struct Snapshot {
    org_id: String,
    workers: Vec<(String, String, String, String)>,
    teams: Vec<String>,
    team_members: Vec<(String, String, bool)>,
    households: Vec<(String, String, String, Option<i32>, String)>,
    members: Vec<(String, String, Option<String>, Option<String>)>,
    household_workers: Vec<(String, String)>,
    children: Vec<(String, String, String)>,
    relations: Vec<(String, String)>,
    placements: Vec<PlacementRow>,
    child_workers: Vec<(String, String)>,
    named: HashMap<String, String>,
}

fn snapshot(c: &mut DbConnection, org_name: &str) -> Result<Snapshot, StoreError> {
    let org_id: String =
        organisations::table.filter(organisations::name.eq(org_name)).select(organisations::id).first(c)?;
    let workers = users::table
        .inner_join(user_roles::table)
        .filter(users::org_id.eq(&org_id))
        .filter(user_roles::role.eq_any([
            Role::TeamManager.key(),
            Role::SupervisingSocialWorker.key(),
            Role::ChildSocialWorker.key(),
        ]))
        .select((users::id, users::email, users::password_hash, user_roles::role))
        .load(c)?;
    let named = users::table
        .filter(users::org_id.eq(&org_id))
        .filter(users::email.like("%@demo.test"))
        .select((users::email, users::id))
        .load::<(String, String)>(c)?
        .into_iter()
        .collect();
    let team_ids: Vec<String> = teams::table.filter(teams::org_id.eq(&org_id)).select(teams::id).load(c)?;
    let team_members = team_members::table
        .filter(team_members::team_id.eq_any(&team_ids))
        .select((team_members::team_id, team_members::user_id, team_members::is_manager))
        .load(c)?;
    let households = households::table
        .filter(households::org_id.eq(&org_id))
        .select((
            households::id,
            households::household_type,
            households::approval_status,
            households::approval_places,
            households::approval_placement_types,
        ))
        .load(c)?;
    let members = household_members::table
        .filter(household_members::org_id.eq(&org_id))
        .select((
            household_members::household_id,
            household_members::member_role,
            household_members::carer_type,
            household_members::user_id,
        ))
        .load(c)?;
    let household_workers = household_workers::table
        .filter(household_workers::org_id.eq(&org_id))
        .filter(household_workers::end_at.is_null())
        .select((household_workers::household_id, household_workers::user_id))
        .load(c)?;
    let children = children::table
        .filter(children::org_id.eq(&org_id))
        .select((children::id, children::date_of_birth, children::legal_status))
        .load(c)?;
    let relations = child_relations::table
        .filter(child_relations::org_id.eq(&org_id))
        .select((child_relations::child_id, child_relations::kind))
        .load(c)?;
    let placements = placements::table
        .filter(placements::org_id.eq(&org_id))
        .select((
            placements::child_id,
            placements::household_id,
            placements::placement_type,
            placements::end_date,
            placements::end_reason,
            placements::end_note,
        ))
        .load(c)?;
    let child_workers = child_workers::table
        .filter(child_workers::org_id.eq(&org_id))
        .filter(child_workers::end_at.is_null())
        .select((child_workers::child_id, child_workers::user_id))
        .load(c)?;
    Ok(Snapshot {
        org_id,
        workers,
        teams: team_ids,
        team_members,
        households,
        members,
        household_workers,
        children,
        relations,
        placements,
        child_workers,
        named,
    })
}

both_backends!(the_demo_agency_is_believable, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let s = store
        .run(|c| {
            let (org, accounts) = demo::seed(c, HASH, None)?;
            assert_eq!(org.name, demo::ORG_NAME);
            assert!(accounts.iter().all(|a| a.created));
            snapshot(c, demo::ORG_NAME)
        })
        .await
        .unwrap();
    assert!(!s.org_id.is_empty());
    let today = parse_date(&today()).unwrap();

    // Teams and workers.
    assert_eq!(s.teams.len(), 3);
    assert_eq!(s.workers.len(), 12, "twelve workers");
    assert!(s.workers.iter().all(|(_, _, hash, _)| hash == HASH), "every worker has the demo password");
    let emails: HashSet<&str> = s.workers.iter().map(|(_, e, _, _)| e.as_str()).collect();
    assert_eq!(emails.len(), 12);
    assert!(emails.iter().all(|e| e.ends_with("@demo.test")));
    for team in &s.teams {
        let managers = s.team_members.iter().filter(|(t, _, m)| t == team && *m).count();
        assert_eq!(managers, 1, "one manager per team");
    }
    let manager = &s.named["manager@demo.test"];
    let ssw = &s.named["ssw@demo.test"];
    let csw = &s.named["csw@demo.test"];
    let carer = &s.named["carer@demo.test"];
    let (team1, _, _) = s.team_members.iter().find(|(_, u, m)| u == manager && *m).expect("manager@ manages a team");
    for member in [ssw, csw] {
        assert!(s.team_members.iter().any(|(t, u, _)| t == team1 && u == member), "ssw@ and csw@ are in team 1");
    }

    // Households.
    assert_eq!(s.households.len(), 40);
    let of_type = |t: HouseholdType| s.households.iter().filter(|h| h.1 == t.key()).count();
    assert_eq!(of_type(HouseholdType::Residential), 1);
    assert!(of_type(HouseholdType::Kinship) >= 3);
    assert!(of_type(HouseholdType::Foster) >= 25);
    for (_, kind, status, _, types) in &s.households {
        assert!(HouseholdType::parse(kind).is_some(), "{kind}");
        assert!(ApprovalStatus::parse(status).is_some(), "{status}");
        assert!(types.split(',').filter(|t| !t.is_empty()).all(|t| PlacementType::parse(t).is_some()), "{types}");
    }
    let with_status = |st: ApprovalStatus| s.households.iter().filter(|h| h.2 == st.key()).count();
    assert!(with_status(ApprovalStatus::Approved) >= 30);
    assert!(with_status(ApprovalStatus::InAssessment) >= 1);
    assert!(with_status(ApprovalStatus::OnHold) >= 1);
    assert_eq!(with_status(ApprovalStatus::Deregistered), 1);
    for (id, ..) in &s.households {
        let n = s.members.iter().filter(|m| &m.0 == id).count();
        assert!((1..=3).contains(&n), "household has {n} members");
        assert!(s.members.iter().any(|m| &m.0 == id && m.1 == MemberRole::Carer.key()), "every household has a carer");
        let allocated = s.household_workers.iter().filter(|(h, _)| h == id).count();
        assert_eq!(allocated, 1, "every household has one supervising social worker");
    }
    for (_, role, carer_type, _) in &s.members {
        assert!(MemberRole::parse(role).is_some());
        assert!(carer_type.as_deref().is_none_or(|c| CarerType::parse(c).is_some()));
    }
    let ssw_load = s.household_workers.iter().filter(|(_, u)| u == ssw).count();
    assert!((4..=6).contains(&ssw_load), "ssw@ supervises {ssw_load} households");

    // Children.
    assert_eq!(s.children.len(), 80);
    let mut bands = [0; 5];
    for (_, dob, legal) in &s.children {
        assert!(!legal.is_empty());
        let age = age_in_years(parse_date(dob).unwrap(), today);
        let band = match age {
            0..=1 => 0,
            2..=4 => 1,
            5..=10 => 2,
            11..=17 => 3,
            18 => 4,
            _ => panic!("a child aged {age}"),
        };
        bands[band] += 1;
    }
    assert!(bands[..4].iter().all(|n| *n > 0), "every age band is present: {bands:?}");
    assert!(bands[3] > bands[0], "more teenagers than babies, as in care: {bands:?}");
    for (id, ..) in &s.children {
        let n = s.relations.iter().filter(|(c, _)| c == id).count();
        assert!((1..=3).contains(&n), "a child has {n} relations");
        let allocated = s.child_workers.iter().filter(|(c, _)| c == id).count();
        assert_eq!(allocated, 1, "every child has one social worker");
    }
    assert!(s.relations.iter().all(|(_, k)| RelationKind::parse(k).is_some()));
    let csw_load = s.child_workers.iter().filter(|(_, u)| u == csw).count();
    assert!((6..=10).contains(&csw_load), "csw@ has {csw_load} children");

    // Placements.
    for (_, _, kind, _, reason, _) in &s.placements {
        assert!(PlacementType::parse(kind).is_some(), "{kind}");
        assert!(reason.as_deref().is_none_or(|r| EndReason::parse(r).is_some()), "{reason:?}");
    }
    let current: Vec<_> = s.placements.iter().filter(|p| p.3.is_none()).collect();
    assert!(current.len() >= 60, "most children live in the agency's households: {}", current.len());
    let ended = s.placements.len() - current.len();
    assert!(ended >= 20, "earlier placements: {ended}");
    let disrupted: Vec<_> = s.placements.iter().filter(|p| p.4.as_deref() == Some("disruption")).collect();
    assert!(!disrupted.is_empty() && disrupted.iter().all(|p| !p.5.is_empty()), "disruptions, each with a note");
    for (id, ..) in &s.children {
        assert!(current.iter().filter(|p| &p.0 == id).count() <= 1, "one current placement at most");
    }
    for (id, _, status, places, _) in &s.households {
        let here = current.iter().filter(|p| &p.1 == id).count();
        assert!(here <= places.unwrap_or(0) as usize, "no household over its approved places");
        if here > 0 {
            assert_eq!(status, ApprovalStatus::Approved.key(), "children live only in approved households");
        }
    }

    // carer@demo.test looks after children now.
    let (home, _, carer_type, _) =
        s.members.iter().find(|m| m.3.as_deref() == Some(carer.as_str())).expect("carer@ is a household member");
    assert_eq!(carer_type.as_deref(), Some(CarerType::FosterCarer.key()));
    let placed = current.iter().filter(|p| &p.1 == home).count();
    assert!((1..=2).contains(&placed), "carer@ has {placed} children placed");
});

both_backends!(seeding_twice_adds_nothing, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let (first, second, again) = store
        .run(|c| {
            demo::seed(c, HASH, None)?;
            let first = counts(c)?;
            let (_, accounts) = demo::seed(c, "another-hash", None)?;
            let second = counts(c)?;
            Ok((first, second, accounts))
        })
        .await
        .unwrap();
    assert_eq!(first, second);
    assert!(again.iter().all(|a| !a.created));
    assert_eq!(first["children"], 80);
});

both_backends!(scale_three_makes_three_organisations, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let (seeded, reported, rerun, emails, per_org) = store
        .run(|c| {
            let mut reported = Vec::new();
            let seeded = demo::seed_scaled(c, HASH, None, 3, &mut |s| reported.push((s.index, s.created)))?;
            let rerun = demo::seed_scaled(c, HASH, Some("new-hash"), 3, &mut |_| {})?;
            // Every generated worker's new password is an audited act of the demo command.
            let generated: Vec<String> =
                users::table.filter(users::email.like("%@demo2.test")).select(users::id).load(c)?;
            let resets: Vec<Option<String>> = audit_events::table
                .filter(audit_events::action.eq("reset_password"))
                .filter(audit_events::actor_id.eq("system:demo"))
                .select(audit_events::record_id)
                .load(c)?;
            assert!(
                generated.iter().all(|id| resets.contains(&Some(id.clone()))),
                "each generated worker's reset is in the trail"
            );
            let emails: Vec<String> = users::table.select(users::email).load(c)?;
            let per_org: Vec<(String, i64)> = children::table
                .group_by(children::org_id)
                .select((children::org_id, diesel::dsl::count_star()))
                .load(c)?;
            Ok((seeded, reported, rerun, emails, per_org))
        })
        .await
        .unwrap();
    assert_eq!(reported, vec![(1, true), (2, true), (3, true)]);
    assert!(rerun.orgs.iter().all(|o| !o.created), "a second run skips every organisation");
    let names: Vec<&str> = seeded.orgs.iter().map(|o| o.org.name.as_str()).collect();
    assert_eq!(names, [demo::ORG_NAME, "Demo Agency 2", "Demo Agency 3"]);
    assert!(seeded.orgs.iter().all(|o| o.children == 80 && o.households == 40));
    assert!(seeded.orgs.iter().all(|o| o.assessments >= 160 + 20), "every organisation has its assessments");
    let unique: HashSet<&String> = emails.iter().collect();
    assert_eq!(unique.len(), emails.len(), "emails are unique");
    assert_eq!(emails.len(), 5 + 9 + 12 + 12);
    for domain in ["@demo2.test", "@demo3.test"] {
        assert_eq!(emails.iter().filter(|e| e.ends_with(domain)).count(), 12);
    }
    assert_eq!(per_org.len(), 3);
    assert!(per_org.iter().all(|(_, n)| *n == 80));
});

/// (household, type, approval status, approval date, next review date)
type HouseholdDates = (String, String, String, Option<String>, Option<String>);

/// Everything about one organisation's assessments, loaded for checking.
struct Assessed {
    rows: Vec<Assessment>,
    sections: Vec<Section>,
    indicators: Vec<Indicator>,
    evidence: Vec<Evidence>,
}

impl Assessed {
    fn load(c: &mut DbConnection, org_id: &str) -> Result<Assessed, StoreError> {
        Ok(Assessed {
            rows: assessments::table
                .filter(assessments::org_id.eq(org_id))
                .order((assessments::assessed_on.asc(), assessments::id.asc()))
                .select(Assessment::as_select())
                .load(c)?,
            sections: assessment_sections::table
                .filter(assessment_sections::org_id.eq(org_id))
                .select(Section::as_select())
                .load(c)?,
            indicators: assessment_indicators::table
                .filter(assessment_indicators::org_id.eq(org_id))
                .order(assessment_indicators::position.asc())
                .select(Indicator::as_select())
                .load(c)?,
            evidence: assessment_evidence::table
                .filter(assessment_evidence::org_id.eq(org_id))
                .select(Evidence::as_select())
                .load(c)?,
        })
    }

    fn states(&self, a: &Assessment) -> Vec<SectionState> {
        let sections: Vec<Section> = self.sections.iter().filter(|s| s.assessment_id == a.id).cloned().collect();
        let indicators: Vec<Indicator> = self.indicators.iter().filter(|i| i.assessment_id == a.id).cloned().collect();
        let evidence: Vec<Evidence> = self.evidence.iter().filter(|e| e.assessment_id == a.id).cloned().collect();
        store_assessments::section_states(a.kind(), &sections, &indicators, &evidence)
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    }

    fn rating(&self, a: &Assessment, d: Dimension) -> Option<i32> {
        self.sections.iter().find(|s| s.assessment_id == a.id && s.dimension == d.key()).and_then(|s| s.rating)
    }
}

fn actor(c: &mut DbConnection, org_id: &str, email: &str, role: Role) -> Result<Scope, StoreError> {
    let id: String = users::table.filter(users::email.eq(email)).select(users::id).first(c)?;
    Ok(Scope::of(Actor {
        user_id: id,
        org_id: org_id.to_owned(),
        roles: vec![role],
        request_id: None,
        client_addr: None,
    }))
}

both_backends!(demo_assessments_are_complete_and_show_trends, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let pack = embedded_pack().unwrap();
    let today = parse_date(&today()).unwrap();
    let now = securebase_store::now_micros();
    store
        .run(move |c| {
            demo::seed(c, HASH, None)?;
            let s = snapshot(c, demo::ORG_NAME)?;
            let a = Assessed::load(c, &s.org_id)?;
            let csw = &s.named["csw@demo.test"];
            let all_workers: Vec<(String, String)> = child_workers::table
                .filter(child_workers::org_id.eq(&s.org_id))
                .select((child_workers::child_id, child_workers::user_id))
                .load(c)?;
            let managers: Vec<&String> = s.team_members.iter().filter(|(_, _, m)| *m).map(|(_, u, _)| u).collect();
            let two_years_ago = today.checked_sub(jiff::Span::new().days(731)).unwrap();

            let mut improving = false;
            let mut falling = false;
            for (child, dob, _) in &s.children {
                let born = parse_date(dob).unwrap();
                let mine: Vec<&Assessment> = a
                    .rows
                    .iter()
                    .filter(|r| r.child_id.as_deref() == Some(child.as_str()) && r.status() == Status::SignedOff)
                    .collect();
                assert!((2..=4).contains(&mine.len()), "a child has {} signed-off assessments", mine.len());
                for r in &mine {
                    let on: Date = parse_date(&r.assessed_on).unwrap();
                    assert!(two_years_ago <= on && on < today, "assessed on {}", r.assessed_on);
                    assert_eq!(r.kind(), AssessmentKind::Child);
                    assert_eq!(
                        r.age_band,
                        AgeBand::for_age(born, on).unwrap().key(),
                        "the band follows the birth date"
                    );
                    assert!(AgeBand::parse(&r.band).unwrap() <= AgeBand::parse(&r.age_band).unwrap());
                    assert_eq!(r.band != r.age_band, !r.band_reason.is_empty(), "a younger band has its reason");
                    assert_eq!((r.series_id.as_str(), r.amendment_no), (r.id.as_str(), 0));
                    assert_eq!(r.content_version, pack.version);
                    assert!(r.superseded_by.is_none() && r.amends_id.is_none());
                    assert!(
                        all_workers.iter().any(|(ch, u)| ch == child && u == &r.created_by),
                        "written by one of the child's social workers"
                    );
                    let signer = r.signed_off_by.as_ref().unwrap();
                    assert!(signer == &r.created_by || managers.contains(&signer), "signed by the worker or a manager");
                    let signed = r.signed_off_at.unwrap();
                    assert!(r.created_at < signed && signed < now);
                    assert!(signed >= r.submitted_at.unwrap());
                    assert!(a.states(r).iter().all(|st| *st == SectionState::Complete), "complete: {}", r.id);
                    let keys: Vec<&str> = a
                        .indicators
                        .iter()
                        .filter(|i| i.assessment_id == r.id)
                        .map(|i| i.indicator_key.as_str())
                        .collect();
                    let want: Vec<&str> = Dimension::ALL
                        .iter()
                        .flat_map(|d| pack.child_indicators_for(*d, &r.band))
                        .map(|i| i.key.as_str())
                        .collect();
                    assert_eq!(keys, want, "the pack's indicators for the band, in order");
                    for d in Dimension::ALL {
                        let rated = a.rating(r, d).is_some();
                        let evidenced = a.evidence.iter().any(|e| e.assessment_id == r.id && e.dimension == d.key());
                        assert!(!rated || evidenced, "evidence behind the {d:?} rating");
                    }
                }
                for d in Dimension::ALL {
                    let series: Vec<i32> = mine.iter().filter_map(|r| a.rating(r, d)).collect();
                    if let (Some(first), Some(last)) = (series.first(), series.last()) {
                        improving |= last >= &(first + 2);
                        falling |= last + 2 <= *first;
                    }
                }
            }
            assert!(improving, "some child is improving");
            assert!(falling, "some child is finding things harder");

            // Drafts in progress on csw@demo.test's task list, and nobody else's.
            let drafts: Vec<&Assessment> = a.rows.iter().filter(|r| r.status() == Status::Draft).collect();
            assert!((1..=2).contains(&drafts.len()));
            for d in &drafts {
                assert_eq!(&d.created_by, csw);
                let states = a.states(d);
                assert!(states.contains(&SectionState::Complete) && states.contains(&SectionState::NotStarted));
                let child = d.child_id.as_deref().unwrap();
                let latest = a
                    .rows
                    .iter()
                    .filter(|r| r.child_id.as_deref() == Some(child) && r.status() == Status::SignedOff)
                    .map(|r| r.assessed_on.as_str())
                    .max()
                    .unwrap();
                assert!(latest < d.assessed_on.as_str(), "the draft is the newest");
            }

            // Caregiver assessments: the first carer of every approved foster household, assessed
            // before approval and before each annual review since, the last three of them.
            let homes: Vec<HouseholdDates> = households::table
                .filter(households::org_id.eq(&s.org_id))
                .select((
                    households::id,
                    households::household_type,
                    households::approval_status,
                    households::approval_date,
                    households::next_review_date,
                ))
                .load(c)?;
            let supervised: Vec<(String, String, i64, Option<i64>)> = household_workers::table
                .filter(household_workers::org_id.eq(&s.org_id))
                .select((
                    household_workers::household_id,
                    household_workers::user_id,
                    household_workers::start_at,
                    household_workers::end_at,
                ))
                .load(c)?;
            let carers: Vec<(String, String)> = household_members::table
                .filter(household_members::org_id.eq(&s.org_id))
                .filter(household_members::member_role.eq(MemberRole::Carer.key()))
                .select((household_members::id, household_members::household_id))
                .load(c)?;
            let a_year_ago = today.checked_sub(jiff::Span::new().days(365)).unwrap();
            let (mut rises, mut falls, mut with_history) = (0, 0, 0);
            for (id, kind, status, approval_date, next_review) in &homes {
                let theirs: Vec<&Assessment> =
                    a.rows.iter().filter(|r| r.household_id.as_deref() == Some(id.as_str())).collect();
                if kind != HouseholdType::Foster.key() || status != ApprovalStatus::Approved.key() {
                    assert!(theirs.is_empty(), "only approved foster carers are assessed");
                    continue;
                }
                let approved = parse_date(approval_date.as_deref().unwrap()).unwrap();
                let next_review = parse_date(next_review.as_deref().unwrap()).unwrap();
                assert!((1..=3).contains(&theirs.len()), "a carer has {} caregiver assessments", theirs.len());
                if approved < a_year_ago {
                    assert!(
                        theirs.len() >= 2,
                        "approved on {approved}, reviewed since, assessed {} time(s)",
                        theirs.len()
                    );
                    with_history += 1;
                }
                let mut occasions = Vec::new();
                for r in &theirs {
                    assert_eq!(r.kind(), AssessmentKind::Caregiver);
                    assert_eq!(r.status(), Status::SignedOff);
                    let member = r.member_id.as_deref().unwrap();
                    assert!(carers.iter().any(|(m, h)| m == member && h == id), "one of the household's carers");
                    assert!(theirs.iter().all(|o| o.member_id == r.member_id), "the same carer each time");
                    // Written by whoever supervised the household on the day.
                    let on = parse_date(&r.assessed_on).unwrap();
                    let noon =
                        on.to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_microsecond() + 12 * 3_600_000_000;
                    let then: Vec<&String> = supervised
                        .iter()
                        .filter(|(h, _, from, to)| h == id && *from <= noon && to.is_none_or(|t| noon < t))
                        .map(|(_, u, _, _)| u)
                        .collect();
                    assert_eq!(then, [&r.created_by], "assessed on {on} by the supervising social worker then");
                    assert!(r.signed_off_at.unwrap() < now);
                    assert!(a.states(r).iter().all(|st| *st == SectionState::Complete));
                    let evidence: Vec<&Evidence> = a.evidence.iter().filter(|e| e.assessment_id == r.id).collect();
                    assert!(evidence.iter().all(|e| !e.life_area.is_empty()), "caregiver evidence names a life area");
                    let n = a.indicators.iter().filter(|i| i.assessment_id == r.id).count();
                    assert_eq!(n, pack.caregiver_indicators.len());
                    // A few weeks before the approval panel or an annual review, and never after
                    // the review that is due next.
                    let occasion = (0..20).find(|k| {
                        let due = approved.checked_add(jiff::Span::new().years(*k)).unwrap();
                        due.checked_sub(jiff::Span::new().days(70)).unwrap() <= on && on < due && due <= next_review
                    });
                    assert!(occasion.is_some(), "assessed on {on}, approved on {approved}, review due {next_review}");
                    occasions.push(occasion);
                }
                assert!(occasions.windows(2).all(|w| w[0] < w[1]), "one assessment per occasion: {occasions:?}");
                for pair in theirs.windows(2) {
                    let (before, after) = (pair[0], pair[1]);
                    assert!(before.assessed_on < after.assessed_on, "in date order");
                    assert!(before.signed_off_at.unwrap() < after.created_at, "signed off before the next began");
                    for d in Dimension::ALL {
                        let (x, y) = (a.rating(before, d).unwrap(), a.rating(after, d).unwrap());
                        rises += usize::from(y > x);
                        falls += usize::from(y < x);
                    }
                }
            }
            assert!(with_history >= 10, "most carers have a history: {with_history}");
            assert!(rises > 0, "some carer's rating rises between assessments");
            assert!(falls > 0, "some carer's rating falls between assessments");

            // Through the store's own reads: the worker sees trends and drafts, the carer signed-off work.
            let worker = actor(c, &s.org_id, "csw@demo.test", Role::ChildSocialWorker)?;
            let with_draft = drafts[0].child_id.clone().unwrap();
            let listed = store_assessments::list_for_child(c, &worker, &with_draft)?;
            assert!(listed.iter().any(|l| l.status == "draft"));
            let rated = store_assessments::ratings_for_child(c, &worker, &with_draft)?;
            assert!((2..=4).contains(&rated.len()));
            assert!(rated.windows(2).all(|w| w[0].assessed_on <= w[1].assessed_on), "oldest first");
            let record = store_assessments::view(c, &worker, &rated[0].id)?;
            assert!(!record.evidence.is_empty() && !record.assessment.summary.is_empty());

            let carer = actor(c, &s.org_id, "carer@demo.test", Role::Caregiver)?;
            let placed: Vec<String> =
                securebase_store::children::list_visible(c, &carer)?.into_iter().map(|k| k.id).collect();
            assert!(!placed.is_empty());
            for child in &placed {
                let seen = store_assessments::list_for_child(c, &carer, child)?;
                assert!((2..=4).contains(&seen.len()) && seen.iter().all(|l| l.status == "signed_off"));
            }
            let home = securebase_store::households::list_visible(c, &carer)?.remove(0).id;
            let own = store_assessments::list_for_household(c, &carer, &home)?;
            assert!((1..=3).contains(&own.len()), "the carer reads their own caregiver assessments");
            assert!(own.iter().all(|l| l.subject == "Sam Whitfield" && l.status == "signed_off"));
            let profile = securebase_store::profile::household_read(c, &carer, &home)?;
            assert_eq!(profile.ratings.len(), own.len(), "each one a point on the household's profile");
            assert!(profile.ratings.windows(2).all(|w| w[0].assessed_on < w[1].assessed_on), "oldest first");
            let latest = store_assessments::view(c, &carer, &profile.ratings[profile.ratings.len() - 1].id)?;
            let earlier = securebase_store::profile::comparable(c, &carer, &latest.assessment)?;
            assert_eq!(earlier.len(), own.len() - 1, "the latest can be compared with each earlier one");
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- the demo hangs together
//
// Each check runs over every organisation of a `--scale 3` demo.

/// Organisations in the demo, after seeding three.
fn seed_three(c: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let seeded = demo::seed_scaled(c, HASH, None, 3, &mut |_| {})?;
    assert_eq!(seeded.orgs.len(), 3);
    Ok(seeded.orgs.iter().map(|o| o.org.id.clone()).collect())
}

/// (id, child, household, type, start, end, end reason, end note)
type Stay = (String, String, String, String, String, Option<String>, Option<String>, String);

fn stays_of(c: &mut DbConnection, org: &str) -> Result<Vec<Stay>, StoreError> {
    Ok(placements::table
        .filter(placements::org_id.eq(org))
        .select((
            placements::id,
            placements::child_id,
            placements::household_id,
            placements::placement_type,
            placements::start_date,
            placements::end_date,
            placements::end_reason,
            placements::end_note,
        ))
        .load(c)?)
}

/// The placement of `child` on `on` by the store's rule: begun by then and not ended before
/// it, the newest on a moving day.
fn household_on<'a>(stays: &'a [Stay], child: &str, on: &str) -> Option<&'a Stay> {
    stays
        .iter()
        .filter(|p| p.1 == child && p.4.as_str() <= on && p.5.as_deref().is_none_or(|e| e >= on))
        .max_by(|x, y| x.4.cmp(&y.4))
}

fn days_between(from: &str, to: &str) -> i64 {
    let (from, to) = (parse_date(from).unwrap(), parse_date(to).unwrap());
    i64::from(from.until(to).unwrap().get_days())
}

both_backends!(no_demo_household_ever_has_more_children_than_its_approved_places, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            for org in seed_three(c)? {
                let homes: Vec<(String, String, Option<i32>, Option<String>)> = households::table
                    .filter(households::org_id.eq(&org))
                    .select((households::id, households::name, households::approval_places, households::approval_date))
                    .load(c)?;
                let stays = stays_of(c, &org)?;
                let mut checked = 0;
                for (id, name, places, approved) in &homes {
                    let here: Vec<&Stay> = stays.iter().filter(|p| &p.2 == id).collect();
                    for p in &here {
                        let approved =
                            approved.as_deref().unwrap_or_else(|| panic!("{name}: a child placed before approval"));
                        assert!(
                            p.4.as_str() >= approved,
                            "{name}: a child placed on {} before approval on {approved}",
                            p.4
                        );
                        // A placement fills a place from its first day up to, not including, its last.
                        let at_once =
                            here.iter().filter(|q| q.4 <= p.4 && q.5.as_ref().is_none_or(|e| *e > p.4)).count();
                        let places = places.unwrap_or(0) as usize;
                        assert!(at_once <= places, "{name}: {at_once} children on {}, {places} places approved", p.4);
                        checked += 1;
                    }
                }
                assert!(checked >= 100, "placements checked: {checked}");
            }
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(demo_long_term_placements_last_unless_they_end_early_for_a_reason, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            for org in seed_three(c)? {
                let stays = stays_of(c, &org)?;
                let mut long = 0;
                for (_, _, _, kind, start, end, reason, note) in &stays {
                    let Some(end) = end else { continue };
                    let days = days_between(start, end);
                    if kind == PlacementType::Emergency.key() {
                        assert!(days <= 42, "an emergency placement of {days} days");
                    }
                    if kind != PlacementType::LongTerm.key() && kind != PlacementType::Permanence.key() {
                        continue;
                    }
                    long += 1;
                    if days < demo::LONG_TERM_DAYS {
                        let early = [EndReason::Disruption.key(), EndReason::Other.key()];
                        assert!(
                            reason.as_deref().is_some_and(|r| early.contains(&r)) && !note.trim().is_empty(),
                            "a {kind} placement of {days} days ({start} to {end}) ended as {reason:?} without a reason given"
                        );
                    }
                }
                assert!(long > 0, "some earlier placements were long-term");
            }
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(demo_assessments_name_the_carers_the_child_lived_with_then, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            for org in seed_three(c)? {
                let stays = stays_of(c, &org)?;
                let a = Assessed::load(c, &org)?;
                let carers: Vec<(String, String)> = household_members::table
                    .filter(household_members::org_id.eq(&org))
                    .filter(household_members::member_role.eq(MemberRole::Carer.key()))
                    .select((household_members::household_id, household_members::name))
                    .load(c)?;
                let kids: Vec<(String, String, String)> = children::table
                    .filter(children::org_id.eq(&org))
                    .select((children::id, children::given_names, children::preferred_name))
                    .load(c)?;
                let allocations: Vec<(String, String, i64, Option<i64>)> = child_workers::table
                    .filter(child_workers::org_id.eq(&org))
                    .select((
                        child_workers::child_id,
                        child_workers::user_id,
                        child_workers::start_at,
                        child_workers::end_at,
                    ))
                    .load(c)?;
                let first_names = |household: &str| -> HashSet<String> {
                    carers
                        .iter()
                        .filter(|(h, _)| h == household)
                        .filter_map(|(_, n)| n.split(' ').next().map(str::to_owned))
                        .collect()
                };
                let mut scopes: HashMap<String, Scope> = HashMap::new();
                let (mut placed, mut elsewhere) = (0, 0);
                for r in a.rows.iter().filter(|r| r.kind() == AssessmentKind::Child) {
                    let child = r.child_id.clone().unwrap();
                    // Written by the child's social worker on that day.
                    let on = parse_date(&r.assessed_on).unwrap();
                    let noon =
                        on.to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_microsecond() + 12 * 3_600_000_000;
                    let then: Vec<&String> = allocations
                        .iter()
                        .filter(|(ch, _, from, to)| *ch == child && *from <= noon && to.is_none_or(|t| noon < t))
                        .map(|(_, u, _, _)| u)
                        .collect();
                    assert_eq!(
                        then,
                        [&r.created_by],
                        "assessed on {on} ({}) by the child's social worker then: {:?}, {:?}",
                        r.status,
                        allocations.iter().filter(|a| a.0 == child).collect::<Vec<_>>(),
                        stays.iter().filter(|p| p.1 == child).collect::<Vec<_>>()
                    );

                    // The store finds the household of the date the demo meant.
                    let home = household_on(&stays, &child, &r.assessed_on);
                    if !scopes.contains_key(&r.created_by) {
                        let actor = Actor {
                            user_id: r.created_by.clone(),
                            org_id: org.clone(),
                            roles: vec![Role::ChildSocialWorker],
                            request_id: None,
                            client_addr: None,
                        };
                        scopes.insert(r.created_by.clone(), Scope::of(actor));
                    }
                    let current: Vec<(String, String)> = child_workers::table
                        .filter(child_workers::child_id.eq(&child))
                        .filter(child_workers::end_at.is_null())
                        .select((child_workers::child_id, child_workers::user_id))
                        .load(c)?;
                    if current.iter().any(|(_, u)| u == &r.created_by) {
                        let scope = &scopes[&r.created_by];
                        let found = store_assessments::placed_on(c, scope, &child, &r.assessed_on)?;
                        assert_eq!(found.map(|p| p.household_id), home.map(|h| h.2.clone()), "{}", r.assessed_on);
                    }

                    // Its words name only the carers of that household, never another's.
                    let named_then = home.map(|h| first_names(&h.2)).unwrap_or_default();
                    if home.is_some() {
                        placed += 1;
                    } else {
                        elsewhere += 1;
                    }
                    let (_, given, preferred) = kids.iter().find(|k| k.0 == child).unwrap();
                    let own: HashSet<&str> = given.split(' ').chain(preferred.split(' ')).collect();
                    let others: HashSet<String> = stays
                        .iter()
                        .filter(|p| p.1 == child)
                        .flat_map(|p| first_names(&p.2))
                        .filter(|n| {
                            !named_then.contains(n) && !own.contains(n.as_str()) && !MONTHS.contains(&n.as_str())
                        })
                        .collect();
                    let mut text: Vec<&str> = vec![r.summary.as_str()];
                    for s in a.sections.iter().filter(|s| s.assessment_id == r.id) {
                        text.extend([s.strengths.as_str(), s.needs.as_str(), s.child_view.as_str()]);
                    }
                    for e in a.evidence.iter().filter(|e| e.assessment_id == r.id) {
                        text.extend([e.account.as_str(), e.opinion.as_str()]);
                    }
                    for words in text {
                        for w in words.split(|ch: char| !ch.is_alphanumeric() && ch != '-' && ch != '\'') {
                            let w = w.trim_end_matches("'s").trim_matches('\'');
                            assert!(
                                !others.contains(w),
                                "assessed on {} naming {w}, who was not the child's carer then: {words}",
                                r.assessed_on
                            );
                        }
                    }
                }
                assert!(placed > 100, "most assessments were written while the child was placed here: {placed}");
                assert!(elsewhere < placed / 5, "a few after moving on to another provider: {elsewhere}");
            }
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(demo_caregiver_assessments_recommend_approval_and_then_review_it, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            for org in seed_three(c)? {
                let a = Assessed::load(c, &org)?;
                let stays = stays_of(c, &org)?;
                let approved: HashMap<String, Option<String>> = households::table
                    .filter(households::org_id.eq(&org))
                    .select((households::id, households::approval_date))
                    .load::<(String, Option<String>)>(c)?
                    .into_iter()
                    .collect();
                let (mut approvals, mut reviews) = (0, 0);
                for r in a.rows.iter().filter(|r| r.kind() == AssessmentKind::Caregiver) {
                    let home = r.household_id.as_deref().unwrap();
                    let approval = approved[home].as_deref().expect("assessed carers are approved");
                    let recommends = r.summary.contains("Recommended for approval");
                    let continues = r.summary.contains("Continued approval recommended");
                    if r.assessed_on.as_str() < approval {
                        assert!(recommends && !continues, "before approval on {approval}: {}", r.summary);
                        approvals += 1;
                    } else {
                        assert!(continues && !recommends, "a review after approval on {approval}: {}", r.summary);
                        reviews += 1;
                    }
                    // A carer under strain is struggling with a child who lives with them then.
                    let strained = a
                        .sections
                        .iter()
                        .any(|s| s.assessment_id == r.id && s.short_term.starts_with("No new placements until"));
                    if strained {
                        let placed = stays.iter().any(|p| {
                            p.2 == home && p.4 <= r.assessed_on && p.5.as_ref().is_none_or(|e| *e > r.assessed_on)
                        });
                        assert!(placed, "strained at the review of {} with no child placed", r.assessed_on);
                    }
                }
                assert!(approvals > 0 && reviews > approvals, "{approvals} for approval, {reviews} for reviews");
            }
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(searching_for_a_demo_familys_name_finds_that_family, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            for org in seed_three(c)? {
                let homes: Vec<(String, String, String)> = households::table
                    .filter(households::org_id.eq(&org))
                    .filter(households::household_type.ne(HouseholdType::Residential.key()))
                    .select((households::id, households::name, households::household_type))
                    .load(c)?;
                let carers: Vec<(String, String)> = household_members::table
                    .filter(household_members::org_id.eq(&org))
                    .filter(household_members::member_role.eq(MemberRole::Carer.key()))
                    .select((household_members::household_id, household_members::name))
                    .load(c)?;
                let workers: Vec<(String, String)> = household_workers::table
                    .filter(household_workers::org_id.eq(&org))
                    .filter(household_workers::end_at.is_null())
                    .select((household_workers::household_id, household_workers::user_id))
                    .load(c)?;
                let mut scopes: HashMap<String, Scope> = HashMap::new();
                for (id, name, kind) in &homes {
                    assert!(name.starts_with("The ") && name.contains(" family"), "named as a family: {name}");
                    let (_, worker) = workers.iter().find(|(h, _)| h == id).unwrap();
                    if !scopes.contains_key(worker) {
                        let actor = Actor {
                            user_id: worker.clone(),
                            org_id: org.clone(),
                            roles: vec![Role::SupervisingSocialWorker],
                            request_id: None,
                            client_addr: None,
                        };
                        scopes.insert(worker.clone(), Scope::of(actor));
                    }
                    let scope = &scopes[worker];
                    let theirs: Vec<&String> = carers.iter().filter(|(h, _)| h == id).map(|(_, n)| n).collect();
                    assert!(!theirs.is_empty(), "{name} has carers");
                    for carer in theirs {
                        let surname = carer.rsplit(' ').next().unwrap();
                        assert!(name.contains(surname), "{name} is named after its carer {carer}");
                        let query = format!("the {surname} family");
                        let found = securebase_store::households::search(c, scope, &query)?;
                        assert!(found.iter().any(|h| &h.id == id), "searching for '{query}' finds {name} ({kind})");
                    }
                }
            }
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(the_norwegian_demo_agency_lives_beside_the_english_one, |db: TestDb| async move {
    use securebase_core::Language;
    let store = db.store().await.unwrap();
    let (english_before, seeded, again, english_after) = store
        .run(|c| {
            demo::seed(c, HASH, None)?;
            let english_before = snapshot_counts(c, demo::ORG_NAME)?;
            let seeded = demo::seed_norwegian(c, HASH, None)?;
            let after = counts(c)?;
            let (_, again) = demo::seed_norwegian(c, "another-hash", None)?;
            assert_eq!(counts(c)?, after, "seeding the Norwegian demo again adds nothing");
            Ok((english_before, seeded, again, snapshot_counts(c, demo::ORG_NAME)?))
        })
        .await
        .unwrap();
    assert_eq!(english_before, english_after, "the English agency is untouched by the Norwegian one");
    assert!(again.iter().all(|a| !a.created));
    let (org, accounts) = seeded;
    let nb_name = demo::org_name_in(Language::Nb, 1);
    assert_eq!(org.name, nb_name);
    assert_eq!(nb_name, "Fjordbyen barneverntjeneste (demo)");
    assert_eq!(accounts.len(), 5);
    assert!(accounts.iter().all(|a| a.created && a.email.ends_with("@fjordbyen.test")), "{accounts:?}");
    let roles: Vec<Role> = accounts.iter().map(|a| a.role).collect();
    let english_roles: Vec<Role> = demo::ACCOUNTS.iter().map(|(_, _, r)| *r).collect();
    assert_eq!(roles, english_roles, "the same five roles as the English demo");

    let org_id = org.id.clone();
    let english_statuses: HashSet<String> = store
        .run(|c| {
            let english: String = organisations::table
                .filter(organisations::name.eq(demo::ORG_NAME))
                .select(organisations::id)
                .first(c)?;
            Ok::<_, StoreError>(
                children::table.filter(children::org_id.eq(english)).select(children::legal_status).load(c)?,
            )
        })
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert!(english_statuses.len() >= 4);
    let (language, zone, people, children_rows, households_rows, asmts, indicators) = store
        .run(move |c| {
            let (language, zone): (String, String) = organisations::table
                .find(&org_id)
                .select((organisations::language, organisations::time_zone))
                .first(c)?;
            let people: Vec<(String, Option<String>)> =
                users::table.filter(users::org_id.eq(&org_id)).select((users::email, users::language)).load(c)?;
            let children_rows: Vec<(String, String, String, String)> = children::table
                .filter(children::org_id.eq(&org_id))
                .select((
                    children::given_names,
                    children::family_name,
                    children::legal_status,
                    children::first_language,
                ))
                .load(c)?;
            let households_rows: Vec<(String, String)> = households::table
                .filter(households::org_id.eq(&org_id))
                .select((households::name, households::address))
                .load(c)?;
            let asmts: Vec<String> =
                assessments::table.filter(assessments::org_id.eq(&org_id)).select(assessments::language).load(c)?;
            let indicators: Vec<(String, String, String)> = assessment_indicators::table
                .filter(assessment_indicators::org_id.eq(&org_id))
                .select((
                    assessment_indicators::indicator_key,
                    assessment_indicators::text,
                    assessment_indicators::language,
                ))
                .load(c)?;
            Ok::<_, StoreError>((language, zone, people, children_rows, households_rows, asmts, indicators))
        })
        .await
        .unwrap();

    // The organisation reads Bokmål in Oslo's time, and its people follow it.
    assert_eq!((language.as_str(), zone.as_str()), ("nb", "Europe/Oslo"));
    assert!(people.len() >= 14, "the five named accounts and the generated workers: {}", people.len());
    assert!(people.iter().all(|(email, lang)| email.ends_with("@fjordbyen.test") && lang.is_none()), "{people:?}");

    // Norwegian names and places, a caseload of the English demo's shape.
    assert_eq!(children_rows.len(), 80);
    assert_eq!(households_rows.len(), 40);
    let (given, family) = demo::name_pool(Language::Nb);
    let (en_given, _) = demo::name_pool(Language::En);
    for (g, f, legal, _) in &children_rows {
        assert!(g.split(' ').all(|n| given.contains(n)), "{g} is a name of the Norwegian demo");
        assert!(family.contains(f.as_str()), "{f}");
        assert!(!english_statuses.contains(legal), "a Norwegian legal basis, not an English one: {legal}");
    }
    assert!(children_rows.iter().filter(|c| c.2.contains("barnevernsloven")).count() >= 60, "under Norwegian law");
    let only_norwegian = children_rows.iter().filter(|(g, ..)| g.split(' ').any(|n| !en_given.contains(n))).count();
    assert!(only_norwegian >= 40, "most children have names the English demo never uses: {only_norwegian}");
    let norsk = children_rows.iter().filter(|(.., first)| first == "Norsk").count();
    assert!(norsk >= 40, "most speak Norwegian first: {norsk}");
    assert!(households_rows.iter().all(|(name, _)| name.starts_with("Familien ") || !name.contains("family")));
    for (_, address) in &households_rows {
        assert!(norwegian_address(address), "a Norwegian address: {address}");
    }

    // Assessments from the Norwegian pack, in Bokmål, keeping its wording.
    let packs = securebase_core::content::embedded_packs().unwrap();
    let nb = packs.get(Language::Nb);
    assert!(asmts.len() >= 160, "{} assessments", asmts.len());
    assert!(asmts.iter().all(|l| l == "nb"));
    assert!(!indicators.is_empty());
    for (key, text, lang) in &indicators {
        assert_eq!(lang, "nb");
        let want = nb
            .child_indicator(key)
            .map(|i| i.text.as_str())
            .or_else(|| nb.caregiver_indicator(key).map(|i| i.text.as_str()));
        assert_eq!(Some(text.as_str()), want, "{key} keeps the Norwegian pack's wording");
    }
});

/// The counts of one organisation's rows, to show another demo leaves it as it was.
fn snapshot_counts(c: &mut DbConnection, org_name: &str) -> Result<Vec<usize>, StoreError> {
    let s = snapshot(c, org_name)?;
    Ok(vec![
        s.workers.len(),
        s.teams.len(),
        s.households.len(),
        s.members.len(),
        s.children.len(),
        s.relations.len(),
        s.placements.len(),
        s.child_workers.len(),
    ])
}

/// A Norwegian address ends with a four-digit postcode and a town: "Solbakken 8, 2051 Jessheim".
fn norwegian_address(address: &str) -> bool {
    let Some((_, tail)) = address.rsplit_once(", ") else { return false };
    let mut parts = tail.splitn(2, ' ');
    let code = parts.next().unwrap_or("");
    code.len() == 4 && code.chars().all(|ch| ch.is_ascii_digit()) && parts.next().is_some_and(|t| !t.is_empty())
}
