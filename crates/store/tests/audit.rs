//! The audit trail of administrative acts, and checkpoints that find a cut-off tail. Every test
//! runs on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use securebase_core::assessment::SignOffRule;
use securebase_core::session::SessionPolicy;
use securebase_core::{DisplayName, Email, OrgName, Role};
use securebase_store::access::{Actor, Scope};
use securebase_store::audit::{self, AuditEvent, By};
use securebase_store::checkpoint::{self, CheckpointError};
use securebase_store::schema::audit_events;
use securebase_store::testing::TestDb;
use securebase_store::users::NewUser;
use securebase_store::{DbConnection, StoreError, both_backends, orgs, sessions, teams, users};

/// Every event of a chain, oldest first.
fn chain(c: &mut DbConnection, org: &str) -> Vec<AuditEvent> {
    audit_events::table
        .filter(audit_events::org_id.eq(org))
        .order(audit_events::seq.asc())
        .select(AuditEvent::as_select())
        .load(c)
        .unwrap()
}

/// Runs `act` and returns the events it added to `org`'s chain.
fn added<T>(
    c: &mut DbConnection,
    org: &str,
    act: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
) -> (T, Vec<AuditEvent>) {
    let before = chain(c, org).len();
    let value = act(c).unwrap();
    (value, chain(c, org).split_off(before))
}

/// The one event `act` added to `org`'s chain; no other chain may have grown.
fn one_event<T>(
    c: &mut DbConnection,
    org: &str,
    act: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
) -> (T, AuditEvent) {
    let total: i64 = audit_events::table.count().get_result(c).unwrap();
    let (value, events) = added(c, org, act);
    assert_eq!(events.len(), 1, "exactly one event: {events:?}");
    let after: i64 = audit_events::table.count().get_result(c).unwrap();
    assert_eq!(after, total + 1, "and none elsewhere");
    (value, events.into_iter().next().unwrap())
}

fn what(e: &AuditEvent) -> (Option<&str>, &str, &str, Option<&str>) {
    (e.actor_id.as_deref(), e.action.as_str(), e.record_type.as_str(), e.record_id.as_deref())
}

both_backends!(each_administrative_act_leaves_exactly_its_event, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let cli = By::cli(Some("ops alice;")); // only the safe characters are kept
            assert_eq!(cli.actor_id, "system:cli:opsalice");
            assert_eq!(By::cli(None).actor_id, "system:cli");

            // From the command line: the organisation, a person, and each change to them.
            let name = OrgName::parse("Audited Agency").unwrap();
            let org = orgs::add(c, &name, &cli)?;
            let first = chain(c, &org.id);
            assert_eq!(first.len(), 1);
            assert_eq!(what(&first[0]), (Some("system:cli:opsalice"), "create", "organisation", Some(org.id.as_str())));

            let email = Email::parse("kim@audited.test").unwrap();
            let display = DisplayName::parse("Kim Ade").unwrap();
            let new = NewUser {
                org_id: &org.id,
                email: &email,
                display_name: &display,
                role: Role::AgencyAdmin,
                password_hash: "not-a-real-hash",
            };
            let (kim, e) = one_event(c, &org.id, |c| users::create(c, &new, &cli));
            assert_eq!(what(&e), (Some("system:cli:opsalice"), "create:agency_admin", "user", Some(kim.id.as_str())));

            let (_, e) = one_event(c, &org.id, |c| {
                users::set_roles(c, &org.id, &kim.id, &[Role::AgencyAdmin, Role::Auditor], &cli)
            });
            assert_eq!(e.action, "set_roles:agency_admin,auditor");
            let (_, e) = one_event(c, &org.id, |c| users::set_disabled(c, &org.id, &kim.id, true, &cli));
            assert_eq!(what(&e), (Some("system:cli:opsalice"), "disable", "user", Some(kim.id.as_str())));
            let (_, e) = one_event(c, &org.id, |c| users::set_disabled(c, &org.id, &kim.id, false, &cli));
            assert_eq!(e.action, "enable");
            let (_, e) = one_event(c, &org.id, |c| users::set_password_hash(c, &org.id, &kim.id, "other-hash", &cli));
            assert_eq!(e.action, "reset_password");
            assert!(e.request_id.is_none() && e.client_addr.is_none(), "the command line has no request");

            // From the web: the signed-in administrator, with the request's id and address.
            let admin = Actor {
                user_id: kim.id.clone(),
                org_id: org.id.clone(),
                roles: vec![Role::AgencyAdmin],
                request_id: Some("req-7".into()),
                client_addr: Some("192.0.2.9".into()),
            };
            let web = By::person(&admin);
            let email = Email::parse("lee@audited.test").unwrap();
            let display = DisplayName::parse("Lee Cho").unwrap();
            let new = NewUser { email: &email, display_name: &display, role: Role::ChildSocialWorker, ..new };
            let (lee, e) = one_event(c, &org.id, |c| users::create(c, &new, &web));
            assert_eq!(what(&e), (Some(kim.id.as_str()), "create:child_social_worker", "user", Some(lee.id.as_str())));
            assert_eq!((e.request_id.as_deref(), e.client_addr.as_deref()), (Some("req-7"), Some("192.0.2.9")));
            let (_, e) = one_event(c, &org.id, |c| users::set_password_hash(c, &org.id, &lee.id, "h2", &web));
            assert_eq!(what(&e), (Some(kim.id.as_str()), "reset_password", "user", Some(lee.id.as_str())));

            // Teams are changed through a scope, audited as before.
            let scope = Scope::of(admin.clone());
            let (team, e) = one_event(c, &org.id, |c| teams::create(c, &scope, "North"));
            assert_eq!(what(&e), (Some(kim.id.as_str()), "create", "team", Some(team.as_str())));
            let (_, e) = one_event(c, &org.id, |c| teams::set_member(c, &scope, &team, &lee.id, false));
            assert_eq!(e.action, "update");
            let (_, e) = one_event(c, &org.id, |c| teams::remove_member(c, &scope, &team, &lee.id));
            assert_eq!(what(&e), (Some(kim.id.as_str()), "update", "team", Some(team.as_str())));
            // So are the organisation's settings.
            let (_, e) = one_event(c, &org.id, |c| orgs::set_sign_off_rule(c, &scope, SignOffRule::Manager));
            assert_eq!(
                what(&e),
                (Some(kim.id.as_str()), "sign_off_rule:manager", "organisation", Some(org.id.as_str()))
            );
            assert_eq!(e.request_id.as_deref(), Some("req-7"));

            // Signing in and out.
            let policy = SessionPolicy::default();
            let now = securebase_store::now_micros();
            let lee_now = users::get(c, &lee.id)?;
            let (_, e) = one_event(c, &org.id, |c| {
                sessions::sign_in(
                    c,
                    "tok-1",
                    None,
                    &lee_now,
                    now,
                    &policy,
                    Some("req-8".into()),
                    Some("192.0.2.10".into()),
                )
            });
            assert_eq!(what(&e), (Some(lee.id.as_str()), "sign_in", "user", Some(lee.id.as_str())));
            assert_eq!((e.request_id.as_deref(), e.client_addr.as_deref()), (Some("req-8"), Some("192.0.2.10")));
            let (_, e) = one_event(c, &org.id, |c| {
                sessions::sign_out(c, "tok-1", "marker-1", 1, None, Some("192.0.2.10".into())).map(|_| ())
            });
            assert_eq!(what(&e), (Some(lee.id.as_str()), "sign_out", "user", Some(lee.id.as_str())));
            assert_eq!(sessions::count_for_user(c, &lee.id)?, 0);
            let (_, none) =
                added(c, &org.id, |c| sessions::sign_out(c, "tok-1", "marker-2", 2, None, None).map(|_| ()));
            assert!(none.is_empty(), "signing out of no session records nothing");

            // A refused sign-in to a known account: the account is the subject, nobody the actor.
            let (_, e) = one_event(c, &org.id, |c| {
                sessions::record_failed_sign_in(c, Some(&lee_now), Some("req-9".into()), Some("192.0.2.11".into()))
            });
            assert_eq!(what(&e), (Some(audit::ANONYMOUS), "sign_in_failed", "user", Some(lee.id.as_str())));
            // To an unknown one: only that it happened, with the request's id and address, in
            // the installation's own chain.
            let (_, e) = one_event(c, audit::INSTALLATION, |c| {
                sessions::record_failed_sign_in(c, None, Some("req-10".into()), Some("192.0.2.12".into()))
            });
            assert_eq!(what(&e), (Some(audit::ANONYMOUS), "sign_in_failed", "unknown_account", None));
            assert_eq!((e.request_id.as_deref(), e.client_addr.as_deref()), (Some("req-10"), Some("192.0.2.12")));

            // All of it is one whole chain per organisation, and the auditor's trail names it.
            let report = audit::verify(c)?;
            assert_eq!(report.first_broken, None);
            let auditor = Scope::of(Actor { roles: vec![Role::Auditor], ..admin });
            let trail = audit::recent(c, &auditor, None, 100)?;
            let newest = &trail[0];
            assert_eq!(
                (newest.actor_name.as_str(), newest.subject_name.as_deref()),
                ("Someone not signed in", Some("Lee Cho"))
            );
            let first = trail.last().unwrap();
            assert_eq!(first.actor_name, "Command line (run by opsalice)");
            Ok(())
        })
        .await
        .unwrap();
});

/// Triggers that refuse the audit events of disabling and of adding people, standing in for
/// any failure to audit.
fn refuse_some_audit_events(c: &mut DbConnection) {
    let statements: &[&str] = match c {
        DbConnection::Sqlite(_) => &["CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events \
             WHEN NEW.action = 'disable' OR NEW.action LIKE 'create:%' \
             BEGIN SELECT RAISE(ABORT, 'audit refused'); END"],
        DbConnection::Postgres(_) => &[
            "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
             IF NEW.action = 'disable' OR NEW.action LIKE 'create:%' THEN RAISE EXCEPTION 'audit refused'; \
             END IF; RETURN NEW; END $$",
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
        ],
    };
    for sql in statements {
        diesel::sql_query(*sql).execute(c).unwrap();
    }
}

both_backends!(a_change_whose_audit_fails_is_not_made, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let cli = By::cli(None);
            let org = orgs::add(c, &OrgName::parse("Rollback Agency").unwrap(), &cli)?;
            let email = Email::parse("sam@rollback.test").unwrap();
            let display = DisplayName::parse("Sam Lee").unwrap();
            let new = NewUser {
                org_id: &org.id,
                email: &email,
                display_name: &display,
                role: Role::Caregiver,
                password_hash: "h",
            };
            let sam = users::create(c, &new, &cli)?;
            let policy = SessionPolicy::default();
            sessions::create(c, "live", None, &sam.id, securebase_store::now_micros(), &policy)?;
            refuse_some_audit_events(c);
            assert!(users::set_disabled(c, &org.id, &sam.id, true, &cli).is_err());
            assert!(!users::get(c, &sam.id)?.disabled, "the account is not disabled");
            assert_eq!(sessions::count_for_user(c, &sam.id)?, 1, "nor its session ended");
            let other = Email::parse("max@rollback.test").unwrap();
            let new = NewUser { email: &other, ..new };
            assert!(users::create(c, &new, &cli).is_err());
            assert!(users::find_by_email(c, &other)?.is_none(), "nor a person added");
            Ok(())
        })
        .await
        .unwrap();
});

/// Two organisations with a few events each.
fn two_trails(c: &mut DbConnection) -> (String, String) {
    let cli = By::cli(None);
    let a = orgs::add(c, &OrgName::parse("Agency A").unwrap(), &cli).unwrap();
    let b = orgs::add(c, &OrgName::parse("Agency B").unwrap(), &cli).unwrap();
    for (org, tag) in [(&a, "a"), (&b, "b")] {
        for n in 0..3 {
            let email = Email::parse(&format!("p{n}@{tag}.test")).unwrap();
            let display = DisplayName::parse("Pat Doe").unwrap();
            let new = NewUser {
                org_id: &org.id,
                email: &email,
                display_name: &display,
                role: Role::Caregiver,
                password_hash: "h",
            };
            users::create(c, &new, &cli).unwrap();
        }
    }
    (a.id, b.id)
}

fn delete_newest(c: &mut DbConnection, org: &str, n: i64) {
    let top: i64 = audit_events::table
        .filter(audit_events::org_id.eq(org))
        .select(diesel::dsl::max(audit_events::seq))
        .get_result::<Option<i64>>(c)
        .unwrap()
        .unwrap();
    diesel::delete(audit_events::table.filter(audit_events::org_id.eq(org)).filter(audit_events::seq.gt(top - n)))
        .execute(c)
        .unwrap();
}

both_backends!(a_checkpoint_finds_the_newest_events_cut_off, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let (a, b) = two_trails(c);
            let cp = checkpoint::take(c)?;
            assert_eq!(cp.heads.len(), 2);
            assert!(cp.heads.iter().all(|h| h.seq == 4), "{:?}", cp.heads);
            assert_eq!(cp.heads.iter().find(|h| h.org_id == a).unwrap().org_name, "Agency A");
            assert!(checkpoint::verify_against(c, &cp)?.is_empty(), "an intact chain passes");

            // The trail grows after the checkpoint: still fine.
            let someone = users::list_in_org(c, &a)?[0].id.clone();
            users::set_password_hash(c, &a, &someone, "h2", &By::cli(None))?;
            assert!(checkpoint::verify_against(c, &cp)?.is_empty());

            // Cut off the newest events of A (including those after the checkpoint): the chain
            // that is left is whole, so plain verify passes, but it no longer reaches the head.
            delete_newest(c, &a, 3);
            assert_eq!(audit::verify(c)?.first_broken, None, "plain verify cannot see a cut-off tail");
            let short = checkpoint::verify_against(c, &cp)?;
            assert_eq!(short.len(), 1, "{short:?}");
            assert_eq!(short[0].org_id, a);
            let said = short[0].to_string();
            assert!(
                said.contains("Agency A") && said.contains("ends at event 2") && said.contains("events 3 to 4"),
                "{said}"
            );

            // Every event of B gone.
            diesel::delete(audit_events::table.filter(audit_events::org_id.eq(&b))).execute(c)?;
            let short = checkpoint::verify_against(c, &cp)?;
            assert_eq!(short.len(), 2);
            assert!(short[1].to_string().contains("every event is missing"), "{}", short[1]);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(a_rewritten_head_is_found_and_a_tampered_checkpoint_refused, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let (a, _) = two_trails(c);
            let key = "a checkpoint key of at least thirty-two characters";
            let mut cp = checkpoint::take(c)?;
            cp.sign(key)?;
            let text = cp.to_json()?;
            let back = checkpoint::Checkpoint::from_json(&text).unwrap();
            assert_eq!(back.check_signature(Some(key)), Ok(()));
            assert_eq!(
                back.check_signature(Some("another key, also thirty-two characters")),
                Err(CheckpointError::BadSignature)
            );
            assert_eq!(back.check_signature(None), Err(CheckpointError::NoKey));

            // Lowering a head's number to hide a cut-off tail breaks the signature.
            let lowered = text.replacen("\"seq\": 4", "\"seq\": 2", 1);
            assert_ne!(lowered, text);
            let forged = checkpoint::Checkpoint::from_json(&lowered).unwrap();
            assert_eq!(forged.check_signature(Some(key)), Err(CheckpointError::BadSignature));
            let unsigned = checkpoint::Checkpoint { signature: None, ..forged };
            assert_eq!(unsigned.check_signature(Some(key)), Err(CheckpointError::Unsigned));
            assert!(checkpoint::Checkpoint::from_json("{\"format\": \"something else\"}").is_err());

            // The newest events deleted and the chain rebuilt to look whole: the head's hash
            // is no longer the one checkpointed.
            delete_newest(c, &a, 1);
            let by = By::cli(None);
            audit::record(c, &a, &by, "create:caregiver", "user", Some("someone-else"))?;
            assert_eq!(audit::verify(c)?.first_broken, None);
            let short = checkpoint::verify_against(c, &back)?;
            assert_eq!(short.len(), 1);
            assert!(short[0].to_string().contains("is not the one checkpointed"), "{}", short[0]);
            Ok(())
        })
        .await
        .unwrap();
});
