//! The store conformance suite: every test runs once on SQLite and once on PostgreSQL, each on
//! a fresh database.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Nullable, Text};
use securebase_core::session::{MICROS_PER_SECOND, SessionPolicy};
use securebase_core::throttle::PER_ACCOUNT;
use securebase_core::{DisplayName, Email, OrgName, Role};
use securebase_store::error_kind::Conflict;
use securebase_store::testing::TestDb;
use securebase_store::users::NewUser;
use securebase_store::{Backend, DbConnection, Store, StoreError, both_backends, orgs, sessions, throttle, users};

async fn org_and_user(store: &Store, org: &str, email: &str, role: Role) -> (orgs::Org, users::User) {
    let org_name = OrgName::parse(org).unwrap();
    let email = Email::parse(email).unwrap();
    store
        .run(move |c| {
            let o = match orgs::find_by_name(c, org_name.as_str())? {
                Some(o) => o,
                None => orgs::create(c, &org_name)?,
            };
            let name = DisplayName::parse("Test Person").unwrap();
            let u = users::create(
                c,
                &NewUser { org_id: &o.id, email: &email, display_name: &name, role, password_hash: "not-a-real-hash" },
                &securebase_store::audit::By::system("test"),
            )?;
            Ok((o, u))
        })
        .await
        .unwrap()
}

// ---------------------------------------------------------------- schema

#[derive(Debug, PartialEq, Eq, Default)]
struct TableDesc {
    columns: BTreeMap<String, (String, bool, bool, Option<String>)>,
    indexes: BTreeMap<String, (bool, String)>,
    foreign_keys: Vec<(String, String, String, String)>,
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct SqliteCol {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    r#type: String,
    #[diesel(sql_type = Integer)]
    notnull: i32,
    #[diesel(sql_type = Integer)]
    pk: i32,
    #[diesel(sql_type = Nullable<Text>)]
    dflt_value: Option<String>,
}

#[derive(QueryableByName)]
struct SqliteIdx {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Integer)]
    unique: i32,
    #[diesel(sql_type = Text)]
    origin: String,
}

#[derive(QueryableByName)]
struct SqliteFk {
    #[diesel(sql_type = Text)]
    table: String,
    #[diesel(sql_type = Text)]
    from: String,
    #[diesel(sql_type = Text)]
    to: String,
    #[diesel(sql_type = Text)]
    on_delete: String,
}

#[derive(QueryableByName)]
struct PgCol {
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Text)]
    is_nullable: String,
    #[diesel(sql_type = Bool)]
    is_pk: bool,
    #[diesel(sql_type = Nullable<Text>)]
    column_default: Option<String>,
}

#[derive(QueryableByName)]
struct PgIdx {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Bool)]
    uniq: bool,
    #[diesel(sql_type = Text)]
    cols: String,
}

#[derive(QueryableByName)]
struct PgFk {
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    ref_table: String,
    #[diesel(sql_type = Text)]
    ref_col: String,
    #[diesel(sql_type = Text)]
    delete_rule: String,
}

/// PostgreSQL reports `''::text` where SQLite reports `''`: the cast is not part of the default.
fn strip_cast(v: &str) -> &str {
    v.split("::").next().unwrap_or(v)
}

fn describe(conn: &mut DbConnection) -> BTreeMap<String, TableDesc> {
    let mut out = BTreeMap::new();
    match conn {
        DbConnection::Sqlite(c) => {
            let tables: Vec<Name> = diesel::sql_query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
                 AND name <> '__diesel_schema_migrations'",
            )
            .load(c)
            .unwrap();
            for t in tables {
                let mut d = TableDesc::default();
                let cols: Vec<SqliteCol> =
                    diesel::sql_query("SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info(?)")
                        .bind::<Text, _>(&t.name)
                        .load(c)
                        .unwrap();
                for col in cols {
                    d.columns.insert(
                        col.name,
                        (
                            col.r#type.to_lowercase(),
                            col.notnull == 1,
                            col.pk > 0,
                            col.dflt_value.map(|v| v.to_lowercase()),
                        ),
                    );
                }
                let idx: Vec<SqliteIdx> =
                    diesel::sql_query("SELECT name, \"unique\", origin FROM pragma_index_list(?)")
                        .bind::<Text, _>(&t.name)
                        .load(c)
                        .unwrap();
                for i in idx.into_iter().filter(|i| i.origin != "pk") {
                    let cols: Vec<Name> = diesel::sql_query("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                        .bind::<Text, _>(&i.name)
                        .load(c)
                        .unwrap();
                    let cols = cols.into_iter().map(|n| n.name).collect::<Vec<_>>().join(",");
                    d.indexes.insert(i.name, (i.unique == 1, cols));
                }
                let fks: Vec<SqliteFk> =
                    diesel::sql_query("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)")
                        .bind::<Text, _>(&t.name)
                        .load(c)
                        .unwrap();
                d.foreign_keys = fks.into_iter().map(|f| (f.from, f.table, f.to, f.on_delete.to_uppercase())).collect();
                d.foreign_keys.sort();
                out.insert(t.name, d);
            }
        }
        DbConnection::Postgres(c) => {
            let tables: Vec<Name> = diesel::sql_query(
                "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' \
                 AND table_type = 'BASE TABLE' AND table_name <> '__diesel_schema_migrations'",
            )
            .load(c)
            .unwrap();
            for t in tables {
                let mut d = TableDesc::default();
                let cols: Vec<PgCol> = diesel::sql_query(
                    "SELECT c.column_name::text, c.data_type::text, c.is_nullable::text, c.column_default::text, \
                     EXISTS (SELECT 1 FROM information_schema.table_constraints tc \
                       JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name \
                       WHERE tc.table_name = c.table_name AND tc.constraint_type = 'PRIMARY KEY' \
                       AND k.column_name = c.column_name) AS is_pk \
                     FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = $1",
                )
                .bind::<Text, _>(&t.name)
                .load(c)
                .unwrap();
                for col in cols {
                    d.columns.insert(
                        col.column_name,
                        (
                            col.data_type.to_lowercase(),
                            col.is_nullable == "NO",
                            col.is_pk,
                            col.column_default.map(|v| strip_cast(&v).to_lowercase()),
                        ),
                    );
                }
                let idx: Vec<PgIdx> = diesel::sql_query(
                    "SELECT i.relname::text AS name, ix.indisunique AS uniq, \
                     (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord) \
                        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS cols \
                     FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid \
                     JOIN pg_namespace n ON n.oid = t.relnamespace \
                     WHERE n.nspname = 'public' AND t.relname = $1 AND NOT ix.indisprimary",
                )
                .bind::<Text, _>(&t.name)
                .load(c)
                .unwrap();
                for i in idx {
                    d.indexes.insert(i.name, (i.uniq, i.cols));
                }
                let fks: Vec<PgFk> = diesel::sql_query(
                    "SELECT kcu.column_name::text, ccu.table_name::text AS ref_table, ccu.column_name::text AS ref_col, \
                     rc.delete_rule::text FROM information_schema.referential_constraints rc \
                     JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name \
                     JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name \
                     WHERE kcu.table_name = $1",
                )
                .bind::<Text, _>(&t.name)
                .load(c)
                .unwrap();
                d.foreign_keys = fks
                    .into_iter()
                    .map(|f| (f.column_name, f.ref_table, f.ref_col, f.delete_rule.to_uppercase()))
                    .collect();
                d.foreign_keys.sort();
                out.insert(t.name, d);
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_migration_sets_give_the_same_schema() {
    let Some(pg) = TestDb::create(Backend::Postgres).unwrap() else { return };
    let lite = TestDb::create(Backend::Sqlite).unwrap().unwrap();
    let pg_desc = {
        let s = pg.store().await.unwrap();
        s.run(|c| Ok(describe(c))).await.unwrap()
    };
    let lite_desc = {
        let s = lite.store().await.unwrap();
        s.run(|c| Ok(describe(c))).await.unwrap()
    };
    assert!(lite_desc.contains_key("users") && lite_desc.contains_key("sessions"), "{lite_desc:?}");
    assert!(lite_desc["users"].indexes.contains_key("users_email_key"));
    for (table, lite) in &lite_desc {
        assert_eq!(Some(lite), pg_desc.get(table), "table {table} differs between SQLite and PostgreSQL");
    }
    assert_eq!(lite_desc.keys().collect::<Vec<_>>(), pg_desc.keys().collect::<Vec<_>>());
}

both_backends!(migrations_are_idempotent, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    assert!(store.migrate().await.unwrap().is_empty(), "a second run applies nothing");
});

// ---------------------------------------------------------------- SQLite connection settings

#[derive(QueryableByName)]
struct Pragmas {
    #[diesel(sql_type = Text)]
    journal_mode: String,
    #[diesel(sql_type = BigInt)]
    synchronous: i64,
    #[diesel(sql_type = BigInt)]
    foreign_keys: i64,
    #[diesel(sql_type = BigInt)]
    timeout: i64,
}

#[tokio::test]
async fn sqlite_connections_are_durable_and_strict() {
    let db = TestDb::create(Backend::Sqlite).unwrap().unwrap();
    let store = db.store().await.unwrap();
    // Two pooled connections at once: both must carry the settings, not just the first.
    let mut a = store.conn().unwrap();
    let mut b = store.conn().unwrap();
    for conn in [&mut *a, &mut *b] {
        let DbConnection::Sqlite(c) = conn else { panic!("expected SQLite") };
        let p: Pragmas = diesel::sql_query(
            "SELECT (SELECT journal_mode FROM pragma_journal_mode) AS journal_mode, \
             (SELECT synchronous FROM pragma_synchronous) AS synchronous, \
             (SELECT foreign_keys FROM pragma_foreign_keys) AS foreign_keys, \
             (SELECT timeout FROM pragma_busy_timeout) AS timeout",
        )
        .get_result(c)
        .unwrap();
        assert_eq!(p.journal_mode, "wal");
        assert_eq!(p.synchronous, 2, "FULL");
        assert_eq!(p.foreign_keys, 1);
        assert!(p.timeout >= 1000, "busy timeout {}", p.timeout);
    }
}

#[tokio::test]
async fn sqlite_writes_take_the_write_lock_up_front() {
    let db = TestDb::create(Backend::Sqlite).unwrap().unwrap();
    let store = db.store().await.unwrap();
    let mut conn = store.conn().unwrap();
    let path = db.url.trim_start_matches("sqlite://").to_owned();
    securebase_store::db::write_tx(&mut conn, |_c| {
        // Nothing written yet, but an immediate transaction already holds the lock, so another
        // writer that will not wait is turned away.
        let mut other = diesel::SqliteConnection::establish(&path).unwrap();
        diesel::sql_query("PRAGMA busy_timeout = 0").execute(&mut other).unwrap();
        let err = diesel::sql_query("BEGIN IMMEDIATE").execute(&mut other).unwrap_err();
        assert!(err.to_string().contains("locked"), "{err}");
        Ok::<_, StoreError>(())
    })
    .unwrap();
}

// A connection opened while another holds the database locked waits for it, instead of failing
// while it sets up WAL (a server starting while another closes, checkpointing, say).
#[tokio::test]
async fn a_new_sqlite_connection_waits_for_a_lock_held_elsewhere() {
    let db = TestDb::create(Backend::Sqlite).unwrap().unwrap();
    let path = db.url.trim_start_matches("sqlite://").to_owned();
    // Exclusive locking mode keeps even readers out until the connection closes, as the last
    // connection to a WAL database does while it checkpoints on closing.
    let mut holder = diesel::SqliteConnection::establish(&path).unwrap();
    for sql in ["PRAGMA journal_mode = WAL", "PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "COMMIT"] {
        diesel::sql_query(sql).execute(&mut holder).unwrap();
    }
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(400));
        drop(holder);
    });
    let opened = Store::open(&db.url, 2);
    release.join().unwrap();
    assert!(opened.is_ok(), "{:?}", opened.err().map(|e| e.to_string()));
}

// ---------------------------------------------------------------- connecting

#[tokio::test]
async fn bad_urls_fail_clearly_without_creating_files() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open("mysql://root@localhost/sb", 2).err().unwrap().to_string();
    assert!(err.starts_with("unsupported database URL scheme 'mysql'"), "{err}");
    assert!(!err.contains('\n'));
    let err = Store::open("postgres://postgres@127.0.0.1:1/nowhere", 2).err().unwrap().to_string();
    assert!(err.starts_with("cannot connect to PostgreSQL at 127.0.0.1:1/nowhere"), "{err}");
    assert!(!err.contains('\n'), "one line: {err}");
    let missing = dir.path().join("no-such-folder/sb.db");
    let err = Store::open(&format!("sqlite://{}", missing.display()), 2).err().unwrap().to_string();
    assert!(err.contains("does not exist"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no file was created");
}

// ---------------------------------------------------------------- organisations and users

both_backends!(organisation_names_are_unique, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let r = store
        .run(|c| {
            let name = OrgName::parse("Riverside Fostering").unwrap();
            orgs::create(c, &name)?;
            Ok(orgs::create(c, &name))
        })
        .await
        .unwrap();
    assert!(matches!(r, Err(StoreError::Conflict(Conflict::OrgNameTaken))));
    let list = store.run(orgs::list).await.unwrap();
    assert_eq!(list.len(), 1);
});

both_backends!(users_round_trip_and_emails_are_unique, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let (org, user) = org_and_user(&store, "Org A", "Ann@Example.org", Role::SupervisingSocialWorker).await;
    assert_eq!(user.email, "ann@example.org");
    assert_eq!(user.roles, vec![Role::SupervisingSocialWorker]);
    assert_eq!(user.org_id, org.id);
    assert_eq!(uuid::Uuid::parse_str(&user.id).unwrap().get_version_num(), 7);
    let dup = store
        .run(move |c| {
            let email = Email::parse("ann@EXAMPLE.org").unwrap();
            let name = DisplayName::parse("Other").unwrap();
            Ok(users::create(
                c,
                &NewUser {
                    org_id: &org.id,
                    email: &email,
                    display_name: &name,
                    role: Role::Caregiver,
                    password_hash: "x",
                },
                &securebase_store::audit::By::system("test"),
            ))
        })
        .await
        .unwrap();
    assert!(matches!(dup, Err(StoreError::Conflict(Conflict::EmailTaken))));
});

both_backends!(a_user_of_another_organisation_is_not_found, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let (org_a, a) = org_and_user(&store, "Org A", "a@example.org", Role::AgencyAdmin).await;
    let (org_b, b) = org_and_user(&store, "Org B", "b@example.org", Role::Caregiver).await;
    let (a_id, b_id) = (a.id.clone(), b.id.clone());
    let (oa, ob) = (org_a.id.clone(), org_b.id.clone());
    store
        .run(move |c| {
            assert!(users::get_in_org(c, &oa, &b_id).unwrap_err().is_not_found());
            assert!(
                users::set_disabled(c, &oa, &b_id, true, &securebase_store::audit::By::system("test"))
                    .unwrap_err()
                    .is_not_found()
            );
            assert!(
                users::set_password_hash(c, &oa, &b_id, "h", &securebase_store::audit::By::system("test"))
                    .unwrap_err()
                    .is_not_found()
            );
            assert_eq!(users::get_in_org(c, &ob, &b_id)?.id, b_id);
            let listed: Vec<_> = users::list_in_org(c, &oa)?.into_iter().map(|u| u.id).collect();
            assert_eq!(listed, vec![a_id.clone()]);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(disabling_or_resetting_a_password_ends_sessions, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let (org, user) = org_and_user(&store, "Org A", "c@example.org", Role::Caregiver).await;
    let policy = SessionPolicy::default();
    store
        .run(move |c| {
            let now = securebase_store::now_micros();
            sessions::create(c, "token-one", None, &user.id, now, &policy)?;
            sessions::create(c, "token-two", None, &user.id, now, &policy)?;
            assert_eq!(sessions::count_for_user(c, &user.id)?, 2);
            let disabled =
                users::set_disabled(c, &org.id, &user.id, true, &securebase_store::audit::By::system("test"))?;
            assert!(disabled.disabled);
            assert_eq!(disabled.version, user.version + 1);
            assert_eq!(sessions::count_for_user(c, &user.id)?, 0);
            assert!(sessions::authenticate(c, "token-one", now, &policy)?.is_none());
            users::set_disabled(c, &org.id, &user.id, false, &securebase_store::audit::By::system("test"))?;
            sessions::create(c, "token-three", None, &user.id, now, &policy)?;
            users::set_password_hash(c, &org.id, &user.id, "new-hash", &securebase_store::audit::By::system("test"))?;
            assert!(sessions::authenticate(c, "token-three", now, &policy)?.is_none());
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- sessions

both_backends!(sessions_expire_when_idle_or_old_and_rotate, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    let (_org, user) = org_and_user(&store, "Org A", "w@example.org", Role::ChildSocialWorker).await;
    let policy = SessionPolicy { idle_timeout_secs: 600, absolute_timeout_secs: 3600 };
    let s = MICROS_PER_SECOND;
    store
        .run(move |c| {
            let t0 = 1_700_000_000 * s;
            sessions::create(c, "tok", None, &user.id, t0, &policy)?;
            let su = sessions::authenticate(c, "tok", t0 + 300 * s, &policy)?.expect("live");
            assert_eq!(su.user.id, user.id);
            assert_eq!(su.org_name, "Org A");
            // Seen at +300 s, so still alive at +850 s (idle 550 s) though created 850 s ago.
            assert!(sessions::authenticate(c, "tok", t0 + 850 * s, &policy)?.is_some());
            assert!(sessions::authenticate(c, "tok", t0 + 850 * s + 600 * s, &policy)?.is_none(), "idle");
            assert!(sessions::authenticate(c, "tok", t0, &policy)?.is_none(), "deleted once dead");

            sessions::create(c, "keep-busy", None, &user.id, t0, &policy)?;
            let mut t = t0;
            while t < t0 + 3500 * s {
                t += 500 * s;
                assert!(sessions::authenticate(c, "keep-busy", t, &policy)?.is_some(), "active at {}", (t - t0) / s);
            }
            assert!(sessions::authenticate(c, "keep-busy", t0 + 3600 * s, &policy)?.is_none(), "absolute");

            sessions::create(c, "old", None, &user.id, t0, &policy)?;
            sessions::create(c, "new", Some("old"), &user.id, t0, &policy)?;
            assert!(sessions::authenticate(c, "old", t0, &policy)?.is_none(), "rotated away");
            assert!(sessions::authenticate(c, "new", t0, &policy)?.is_some());
            assert_eq!(sessions::purge_expired(c, t0 + 7200 * s)?, 1);
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- throttling

both_backends!(failed_sign_ins_build_up_a_growing_block, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let s = MICROS_PER_SECOND;
            let now = 1_700_000_000 * s;
            let keys = vec![throttle::account_key("x@example.org"), throttle::address_key("192.0.2.1")];
            for _ in 0..4 {
                throttle::record_failure(c, &keys[0], &PER_ACCOUNT, now)?;
            }
            assert_eq!(throttle::blocked_until(c, &keys, now)?, None, "four mistakes are free");
            throttle::record_failure(c, &keys[0], &PER_ACCOUNT, now)?;
            assert_eq!(throttle::blocked_until(c, &keys, now)?, Some(now + 2 * s));
            throttle::record_failure(c, &keys[0], &PER_ACCOUNT, now)?;
            assert_eq!(throttle::blocked_until(c, &keys, now)?, Some(now + 4 * s));
            assert_eq!(throttle::blocked_until(c, &keys, now + 4 * s)?, None, "over once the time passes");
            // Case and spacing of the typed email do not give a fresh counter.
            assert_eq!(throttle::account_key(" X@Example.org"), keys[0]);
            throttle::clear(c, &keys[0])?;
            assert_eq!(throttle::blocked_until(c, &keys, now)?, None);
            Ok(())
        })
        .await
        .unwrap();
});

// ---------------------------------------------------------------- backup and restore

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_restores_into_a_working_database() {
    let db = TestDb::create(Backend::Sqlite).unwrap().unwrap();
    let store = db.store().await.unwrap();
    let (_org, user) = org_and_user(&store, "Org A", "b@example.org", Role::AgencyAdmin).await;
    let backup_path = db.scratch_dir().join("backup.db");
    let report = store.backup(backup_path.clone()).await.unwrap();
    assert!(report.bytes > 0);
    assert!(store.backup(backup_path.clone()).await.is_err(), "never overwrites");

    // Changes after the backup are undone by restoring it.
    let (_o2, later) = org_and_user(&store, "Org B", "later@example.org", Role::Caregiver).await;
    drop(store);
    let url = securebase_store::DatabaseUrl::parse(&db.url).unwrap();
    let refused = securebase_store::backup::restore(&url, &backup_path, false).unwrap_err().to_string();
    assert!(refused.contains("--force"), "{refused}");
    securebase_store::backup::restore(&url, &backup_path, true).unwrap();

    let store = Store::open(&db.url, 2).unwrap();
    store.migrate().await.unwrap();
    let (uid, lid) = (user.id.clone(), later.id.clone());
    store
        .run(move |c| {
            assert_eq!(users::get(c, &uid)?.email, "b@example.org");
            assert!(users::get(c, &lid).unwrap_err().is_not_found());
            Ok(())
        })
        .await
        .unwrap();

    // A file that is not a securebase database is refused before anything is touched.
    let junk = db.scratch_dir().join("junk.db");
    std::fs::write(&junk, b"this is not a database at all, just some text").unwrap();
    let err = securebase_store::backup::restore(&url, &junk, true).unwrap_err().to_string();
    assert!(err.contains("not a usable securebase backup"), "{err}");
}

#[tokio::test]
async fn postgres_backup_points_to_pg_dump() {
    let Some(db) = TestDb::create(Backend::Postgres).unwrap() else { return };
    let store = db.store().await.unwrap();
    let err = store.backup(std::env::temp_dir().join("never-written.db")).await.unwrap_err().to_string();
    assert!(err.contains("pg_dump"), "{err}");
}
