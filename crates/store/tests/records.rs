//! Case records, access scopes and the audit trail, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use securebase_core::policy::Action;
use securebase_core::{DisplayName, Email, OrgName, Role};
use securebase_store::access::{Actor, Scope, Target};
use securebase_store::children::{ChildInput, Saved};
use securebase_store::households::{HouseholdInput, MemberInput};
use securebase_store::placements::{EndInput, StartInput};
use securebase_store::testing::TestDb;
use securebase_store::users::NewUser;
use securebase_store::{
    DbConnection, Store, StoreError, audit, both_backends, caseloads, children, export, history, households, orgs,
    placements, teams, users,
};

struct Fixture {
    org: String,
    admin: Actor,
    manager: Actor,
    csw: Actor,
    other_csw: Actor,
    ssw: Actor,
    carer: Actor,
    auditor: Actor,
    stranger: Actor,
    child: String,
    household: String,
}

fn person(c: &mut DbConnection, org: &str, email: &str, roles: &[Role]) -> Actor {
    let u = users::create(
        c,
        &NewUser {
            org_id: org,
            email: &Email::parse(email).unwrap(),
            display_name: &DisplayName::parse(email.split('@').next().unwrap()).unwrap(),
            role: roles[0],
            password_hash: "x",
        },
        &securebase_store::audit::By::system("test"),
    )
    .unwrap();
    users::set_roles(c, org, &u.id, roles, &securebase_store::audit::By::system("test")).unwrap();
    Actor {
        user_id: u.id,
        org_id: org.to_owned(),
        roles: roles.to_vec(),
        request_id: Some("req-1".into()),
        client_addr: Some("192.0.2.7".into()),
    }
}

fn scope(_st: &Store, a: &Actor) -> Scope {
    Scope::of(a.clone())
}

fn child_input(name: &str) -> ChildInput {
    ChildInput {
        given_names: name.into(),
        family_name: "Example".into(),
        date_of_birth: "2015-04-01".into(),
        ..ChildInput::default()
    }
}

fn fixture(c: &mut DbConnection, st: &Store) -> Fixture {
    let org = orgs::create(c, &OrgName::parse("Agency A").unwrap()).unwrap().id;
    let other_org = orgs::create(c, &OrgName::parse("Agency B").unwrap()).unwrap().id;
    let admin = person(c, &org, "admin@a.test", &[Role::AgencyAdmin]);
    let manager = person(c, &org, "manager@a.test", &[Role::TeamManager]);
    let csw = person(c, &org, "csw@a.test", &[Role::ChildSocialWorker]);
    let other_csw = person(c, &org, "csw2@a.test", &[Role::ChildSocialWorker]);
    let ssw = person(c, &org, "ssw@a.test", &[Role::SupervisingSocialWorker]);
    let carer = person(c, &org, "carer@a.test", &[Role::Caregiver]);
    let auditor = person(c, &org, "auditor@a.test", &[Role::Auditor]);
    let stranger = person(c, &other_org, "manager@b.test", &[Role::TeamManager, Role::ChildSocialWorker]);

    let s = scope(st, &admin);
    let team = teams::create(c, &s, "Team One").unwrap();
    teams::set_member(c, &s, &team, &manager.user_id, true).unwrap();
    teams::set_member(c, &s, &team, &csw.user_id, false).unwrap();
    teams::set_member(c, &s, &team, &ssw.user_id, false).unwrap();

    let child = children::create(c, &scope(st, &csw), &child_input("Robin")).unwrap().id;
    let household = households::create(
        c,
        &scope(st, &ssw),
        &HouseholdInput {
            name: "The Okafor household".into(),
            household_type: "foster".into(),
            approval_status: "approved".into(),
            approval_places: Some(1),
            ..HouseholdInput::default()
        },
    )
    .unwrap()
    .id;
    households::add_member(
        c,
        &scope(st, &ssw),
        &household,
        &MemberInput {
            name: "Ada Okafor".into(),
            member_role: "carer".into(),
            carer_type: Some("foster_carer".into()),
            user_id: Some(carer.user_id.clone()),
            date_of_birth: None,
        },
    )
    .unwrap();
    placements::start(
        c,
        &scope(st, &csw),
        &child,
        &StartInput {
            household_id: household.clone(),
            placement_type: "long_term".into(),
            start_date: "2026-01-10".into(),
            planned_end_date: None,
        },
    )
    .unwrap();
    Fixture { org, admin, manager, csw, other_csw, ssw, carer, auditor, stranger, child, household }
}

both_backends!(scopes_follow_caseloads_teams_and_households, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            let child = Target::Child(&f.child);
            let home = Target::Household(&f.household);
            let cases: Vec<(&Actor, bool, bool, bool, bool)> = vec![
                // actor, view child, edit child, view household, edit household
                (&f.csw, true, true, true, false),
                (&f.ssw, true, false, true, true),
                (&f.manager, true, true, true, true),
                (&f.carer, true, false, true, false),
                (&f.other_csw, false, false, false, false),
                (&f.admin, false, false, false, false),
                (&f.auditor, false, false, false, false),
                (&f.stranger, false, false, false, false),
            ];
            for (actor, vc, ec, vh, eh) in cases {
                let s = scope(st, actor);
                let who = &actor.user_id;
                assert_eq!(s.can(c, Action::ViewChild, child)?, vc, "view child {who}");
                assert_eq!(s.can(c, Action::EditChild, child)?, ec, "edit child {who}");
                assert_eq!(s.can(c, Action::ViewHousehold, home)?, vh, "view household {who}");
                assert_eq!(s.can(c, Action::EditHousehold, home)?, eh, "edit household {who}");
                let seen = children::view(c, &s, &f.child);
                assert_eq!(seen.is_ok(), vc, "{who}");
                if !vc {
                    assert!(seen.unwrap_err().is_not_found(), "out of reach is not found, never forbidden");
                }
            }
            // The stranger's own records are in another organisation: an id from there is unknown here.
            let theirs = children::create(c, &scope(st, &f.stranger), &child_input("Sky")).unwrap().id;
            assert!(children::view(c, &scope(st, &f.manager), &theirs).unwrap_err().is_not_found());
            assert!(children::view(c, &scope(st, &f.stranger), &theirs).is_ok());
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(when_a_placement_ends_the_carer_loses_access, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            assert_eq!(children::list_own(c, &scope(st, &f.carer))?.len(), 1);
            let (pid, _) = children::current_placement(c, &scope(st, &f.csw), &f.child)?.unwrap();
            let ended = placements::end(
                c,
                &scope(st, &f.csw),
                &pid,
                1,
                &EndInput {
                    end_date: "2026-06-01".into(),
                    end_reason: "reunification".into(),
                    end_note: String::new(),
                },
            )?;
            assert!(matches!(ended, Saved::Saved(_)));
            assert!(children::list_own(c, &scope(st, &f.carer))?.is_empty());
            assert!(children::view(c, &scope(st, &f.carer), &f.child).unwrap_err().is_not_found());
            // The child's own worker keeps the record.
            assert!(children::view(c, &scope(st, &f.csw), &f.child).is_ok());
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(placements_respect_vacancies_and_one_home_at_a_time, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            let s = scope(st, &f.csw);
            let second = children::create(c, &s, &child_input("Alex"))?.id;
            let s = scope(st, &f.csw);
            let start = StartInput {
                household_id: f.household.clone(),
                placement_type: "short_term".into(),
                start_date: "2026-02-01".into(),
                planned_end_date: None,
            };
            let full = placements::start(c, &s, &second, &start).unwrap_err();
            assert!(
                matches!(full, StoreError::Conflict(securebase_store::error_kind::Conflict::NoVacancy)),
                "{full:?}"
            );
            let again = placements::start(c, &s, &f.child, &start).unwrap_err();
            assert!(
                matches!(again, StoreError::Conflict(securebase_store::error_kind::Conflict::AlreadyPlaced)),
                "{again:?}"
            );
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(edits_are_versioned_with_history_and_stale_edits_refused, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            let s = scope(st, &f.csw);
            let mut first = child_input("Robin");
            first.preferred_name = "Rob".into();
            let saved = children::update(c, &s, &f.child, 1, &first)?;
            let Saved::Saved(after) = saved else { panic!("expected saved") };
            assert_eq!(after.version, 2);
            let mut second = child_input("Robin");
            second.preferred_name = "Bobby".into();
            let Saved::Stale { current } = children::update(c, &s, &f.child, 1, &second)? else {
                panic!("a stale edit must be refused")
            };
            assert_eq!(current.preferred_name, "Rob", "the first edit stands");
            let h = history::for_record(c, &f.org, "child", &f.child)?;
            let change = h.iter().find(|ch| ch.action == "updated").unwrap();
            assert_eq!(change.version, 2);
            assert_eq!(change.by, "csw");
            assert_eq!(
                change.fields,
                vec![history::FieldChange { field: "preferred_name".into(), from: String::new(), to: "Rob".into() }]
            );
            assert!(h.iter().any(|ch| ch.action == "created"));
            // Archived records are read-only, and nothing is deleted.
            let Saved::Saved(archived) = children::set_archived(c, &s, &f.child, 2, true)? else { panic!() };
            assert!(archived.archived_at.is_some());
            assert!(matches!(children::update(c, &s, &f.child, 3, &first), Err(StoreError::Conflict(_))));
            assert!(children::view(c, &s, &f.child).is_ok());
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(every_view_and_change_is_audited_in_a_verifiable_chain, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            children::view(c, &scope(st, &f.carer), &f.child)?;
            let _ = children::view(c, &scope(st, &f.other_csw), &f.child);
            let lines = audit::for_record(c, &scope(st, &f.manager), Target::Child(&f.child), 100)?;
            assert_eq!(lines.first().map(|l| (l.actor_name.as_str(), l.action.as_str())), Some(("carer", "view")));
            assert!(lines.iter().any(|l| l.action == "create" && l.actor_name == "csw"));
            assert!(lines.iter().all(|l| l.actor_name != "csw2"), "a refused view reads nothing and logs no view");
            assert!(audit::for_record(c, &scope(st, &f.auditor), Target::Child(&f.child), 100).is_ok());
            assert!(audit::for_record(c, &scope(st, &f.csw), Target::Child(&f.child), 100).unwrap_err().is_not_found());

            let report = audit::verify(c)?;
            assert!(report.first_broken.is_none(), "{report:?}");
            assert!(report.events >= 8);
            // Events carry who, what, where from, never content.
            let e: audit::AuditEvent = securebase_store::schema::audit_events::table
                .filter(securebase_store::schema::audit_events::action.eq("view"))
                .select(audit::AuditEvent::as_select())
                .first(c)?;
            assert_eq!(e.client_addr.as_deref(), Some("192.0.2.7"));
            assert_eq!(e.request_id.as_deref(), Some("req-1"));

            // Tampering with one row by hand is caught at that row.
            diesel::update(
                securebase_store::schema::audit_events::table
                    .filter(securebase_store::schema::audit_events::id.eq(&e.id)),
            )
            .set(securebase_store::schema::audit_events::actor_id.eq(Some(f.admin.user_id.clone())))
            .execute(c)?;
            let broken = audit::verify(c)?.first_broken.unwrap();
            assert_eq!(broken.event_id, e.id);
            assert!(broken.reason.contains("changed"), "{}", broken.reason);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(deleted_audit_rows_break_the_chain, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            let victim: (String, i64) = securebase_store::schema::audit_events::table
                .filter(securebase_store::schema::audit_events::org_id.eq(&f.org))
                .filter(securebase_store::schema::audit_events::seq.eq(3))
                .select((securebase_store::schema::audit_events::id, securebase_store::schema::audit_events::seq))
                .first(c)?;
            diesel::delete(
                securebase_store::schema::audit_events::table
                    .filter(securebase_store::schema::audit_events::id.eq(&victim.0)),
            )
            .execute(c)?;
            let broken = audit::verify(c)?.first_broken.unwrap();
            assert_eq!(broken.seq, 4);
            assert!(broken.reason.contains("missing"), "{}", broken.reason);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(allocation_moves_a_child_between_caseloads_with_history, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            assert!(
                caseloads::allocate_child(c, &scope(st, &f.csw), &f.child, &f.other_csw.user_id)
                    .unwrap_err()
                    .is_not_found(),
                "workers do not reallocate"
            );
            caseloads::allocate_child(c, &scope(st, &f.manager), &f.child, &f.other_csw.user_id)?;
            assert!(scope(st, &f.other_csw).can(c, Action::EditChild, Target::Child(&f.child))?);
            assert!(!scope(st, &f.csw).can(c, Action::ViewChild, Target::Child(&f.child))?);
            let err = caseloads::allocate_child(c, &scope(st, &f.manager), &f.child, &f.carer.user_id).unwrap_err();
            assert!(matches!(err, StoreError::Invalid(_)), "a carer cannot hold a child's case");
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(search_is_case_insensitive_within_reach, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            assert_eq!(children::search(c, &scope(st, &f.csw), "robin EXAMPLE")?.len(), 1);
            assert!(children::search(c, &scope(st, &f.other_csw), "robin")?.is_empty());
            // A worker often has only the reference other systems use: it finds the child too.
            let s = scope(st, &f.csw);
            let with_id = ChildInput { local_identifier: "LA-20417".into(), ..child_input("Robin") };
            children::update(c, &s, &f.child, 1, &with_id)?;
            let found = children::search(c, &s, "la-20417")?;
            assert_eq!(found.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), [f.child.as_str()]);
            assert!(children::search(c, &scope(st, &f.other_csw), "LA-20417")?.is_empty(), "still within reach only");
            assert_eq!(households::search(c, &scope(st, &f.ssw), "ada")?.len(), 1, "found by a member's name");
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(subject_access_export_holds_the_whole_record, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            let s = scope(st, &f.csw);
            let mut edit = child_input("Robin");
            edit.health_notes = "Asthma <inhaler> & \"spacer\"".into();
            children::update(c, &s, &f.child, 1, &edit)?;
            children::add_relation(
                c,
                &scope(st, &f.csw),
                &f.child,
                &children::RelationInput {
                    kind: "birth_family".into(),
                    name: "Jo Example".into(),
                    relationship: "Mother".into(),
                    contact_arrangements: "Monthly, supervised".into(),
                    notes: String::new(),
                },
            )?;
            let e = export::child(c, &f.child)?;
            let j = &e.json;
            assert_eq!(j["child"]["health_notes"], "Asthma <inhaler> & \"spacer\"");
            assert_eq!(j["birth_family_and_significant_others"][0]["relationship"], "Mother");
            assert_eq!(j["placements"].as_array().unwrap().len(), 1);
            assert_eq!(j["workers"][0]["worker_name"], "csw");
            assert!(j["change_history"].as_array().unwrap().len() >= 3);
            assert!(!j["access_log"].as_array().unwrap().is_empty());
            assert!(e.html.contains("Asthma &lt;inhaler&gt; &amp; &quot;spacer&quot;"));
            assert!(!e.html.contains("<inhaler>"));
            let h = export::household(c, &f.household)?;
            assert_eq!(h.json["members"][0]["name"], "Ada Okafor");
            assert!(matches!(export::child(c, "no-such-id"), Err(StoreError::NotFound)));
            assert!(audit::verify(c)?.first_broken.is_none(), "exports are audited in the chain");
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(a_managers_team_loads_count_current_allocations, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let st = store.clone();
    store
        .run(move |c| {
            let st = &st;
            let f = fixture(c, st);
            let loads = caseloads::team_loads(c, &scope(st, &f.manager))?;
            let of = |a: &Actor| loads.iter().find(|l| l.user_id == a.user_id).map(|l| (l.children, l.households));
            assert_eq!(of(&f.csw), Some((1, 0)));
            assert_eq!(of(&f.ssw), Some((0, 1)));
            assert_eq!(of(&f.manager), Some((0, 0)));
            assert_eq!(of(&f.other_csw), None, "not in the manager's team");
            Ok(())
        })
        .await
        .unwrap();
});

/// Every action a record page can ask about.
const ACTIONS: [Action; 16] = Action::ALL;

// A record's lookup (`Scope::can`) and a list's SQL (`Scope::children_where`,
// `households_where`) are two writings of one rule, and must agree: for every person of the demo
// agency (every role, managers with teams, carers, people with two roles), every child and
// household of theirs and of another agency, and every action, a record is allowed exactly when
// the list reaches it. Own and team reach together make the whole.
both_backends!(a_records_lookup_agrees_with_the_reach_of_lists, |db: TestDb| async move {
    use securebase_store::access::Through;
    use securebase_store::schema::{children as children_t, households as households_t, user_roles, users as users_t};
    let st = db.store().await.unwrap();
    st.run(|c| {
        securebase_store::demo::seed(c, "$argon2id$not-a-real-hash", None)?;
        securebase_store::testing::fixture::agency(c, "elsewhere", "$argon2id$not-a-real-hash")?;
        let people: Vec<(String, String)> = users_t::table.select((users_t::id, users_t::org_id)).load(c)?;
        let children: Vec<String> = children_t::table.select(children_t::id).load(c)?;
        let households: Vec<String> = households_t::table.select(households_t::id).load(c)?;
        let (mut checked, mut allowed) = (0usize, 0usize);
        for (user_id, org_id) in people {
            let roles: Vec<Role> = user_roles::table
                .filter(user_roles::user_id.eq(&user_id))
                .select(user_roles::role)
                .load::<String>(c)?
                .iter()
                .filter_map(|r| Role::parse(r))
                .collect();
            let actor = Actor { user_id, org_id, roles, request_id: None, client_addr: None };
            let scope = Scope::of(actor.clone());
            for action in ACTIONS {
                let reached = |c: &mut _, through| -> Result<(Vec<String>, Vec<String>), StoreError> {
                    let mut kids: Vec<String> = children_t::table
                        .filter(scope.children_where("children.id", action, through))
                        .select(children_t::id)
                        .load(c)?;
                    let mut homes: Vec<String> = households_t::table
                        .filter(scope.households_where("households.id", action, through))
                        .select(households_t::id)
                        .load(c)?;
                    kids.sort();
                    homes.sort();
                    Ok((kids, homes))
                };
                let (kids, homes) = reached(c, Through::Any)?;
                let (own_kids, own_homes) = reached(c, Through::Own)?;
                let (team_kids, team_homes) = reached(c, Through::Team)?;
                let mut union_kids: Vec<String> = own_kids.iter().chain(&team_kids).cloned().collect();
                union_kids.sort();
                union_kids.dedup();
                let mut union_homes: Vec<String> = own_homes.iter().chain(&team_homes).cloned().collect();
                union_homes.sort();
                union_homes.dedup();
                assert_eq!(union_kids, kids, "{actor:?} {action:?}");
                assert_eq!(union_homes, homes, "{actor:?} {action:?}");
                for id in &children {
                    let want = scope.can(c, action, Target::Child(id))?;
                    assert_eq!(kids.contains(id), want, "{actor:?} {action:?} child {id}");
                    checked += 1;
                    allowed += usize::from(want);
                }
                for id in &households {
                    let want = scope.can(c, action, Target::Household(id))?;
                    assert_eq!(homes.contains(id), want, "{actor:?} {action:?} household {id}");
                    checked += 1;
                    allowed += usize::from(want);
                }
            }
        }
        // The comparison means something only if both answers occur often.
        assert!(allowed > 1_000 && checked - allowed > 10_000, "{allowed} allowed of {checked}");
        Ok::<_, StoreError>(())
    })
    .await
    .unwrap();
});

// Views written in batches (the group-commit writer's path): two organisations' events mixed,
// more than one statement's worth of rows, appended after what each chain already holds; every
// event is there once, in the order given, and both chains verify.
both_backends!(a_batch_of_views_extends_each_chain_in_order, |db: TestDb| async move {
    use securebase_store::schema::audit_events;
    let st = db.store().await.unwrap();
    st.run(|c| {
        let a = securebase_store::testing::fixture::agency(c, "batch-a", "$argon2id$not-a-real-hash")?;
        let b = securebase_store::testing::fixture::agency(c, "batch-b", "$argon2id$not-a-real-hash")?;
        let before: i64 = audit_events::table.count().get_result(c)?;
        let ids: Vec<String> = (0..130).map(|n| format!("record-{n:03}")).collect();
        let events: Vec<audit::NewEvent<'_>> = ids
            .iter()
            .enumerate()
            .map(|(n, id)| audit::NewEvent {
                actor: if n % 3 == 0 { &b.csw } else { &a.csw },
                action: "view",
                record_type: "child_profile",
                record_id: Some(id),
            })
            .collect();
        securebase_store::db::write_tx(c, |c| audit::append_all(c, &events))?;
        let after: i64 = audit_events::table.count().get_result(c)?;
        assert_eq!(after - before, 130);
        for (org, keep) in [(&a.org, 1usize), (&b.org, 0usize)] {
            let got: Vec<Option<String>> = audit_events::table
                .filter(audit_events::org_id.eq(org))
                .filter(audit_events::record_type.eq("child_profile"))
                .order(audit_events::seq.asc())
                .select(audit_events::record_id)
                .load(c)?;
            let want: Vec<Option<String>> = ids
                .iter()
                .enumerate()
                .filter(|(n, _)| usize::from(n % 3 != 0) == keep)
                .map(|(_, id)| Some(id.clone()))
                .collect();
            assert_eq!(got, want);
        }
        let report = audit::verify(c)?;
        assert!(report.first_broken.is_none(), "{:?}", report.first_broken);
        Ok::<_, StoreError>(())
    })
    .await
    .unwrap();
});
