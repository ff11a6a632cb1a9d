//! A fresh database per test, on either backend. Used by the conformance, HTTP and browser suites.

use diesel::prelude::*;

use crate::{Backend, Store, StoreError};

/// Where the test suite finds a PostgreSQL server it may create databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("SECUREBASE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// In CI a missing PostgreSQL fails the run; on a laptop without one the PostgreSQL half skips.
pub fn postgres_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
        || std::env::var("SECUREBASE_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1")
}

pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    /// `Ok(None)` means: PostgreSQL is not available here and not required, so skip.
    pub fn create(backend: Backend) -> Result<Option<TestDb>, String> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
                let path = dir.path().join("securebase.db");
                Ok(Some(TestDb { url: format!("sqlite://{}", path.display()), backend, dir: Some(dir), pg_name: None }))
            }
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let mut conn = match diesel::PgConnection::establish(&admin) {
                    Ok(c) => c,
                    Err(e) if !postgres_required() => {
                        eprintln!("skipping PostgreSQL half: cannot connect to {admin}: {e}");
                        return Ok(None);
                    }
                    Err(e) => return Err(format!("PostgreSQL is required here but {admin} refused: {e}")),
                };
                let name = format!("sbtest_{}", uuid::Uuid::now_v7().simple());
                diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut conn).map_err(|e| e.to_string())?;
                let mut url = url::Url::parse(&admin).map_err(|e| e.to_string())?;
                url.set_path(&name);
                Ok(Some(TestDb { url: url.to_string(), backend, dir: None, pg_name: Some(name) }))
            }
        }
    }

    /// A folder that lives as long as this database, for backup files and the like.
    pub fn scratch_dir(&self) -> std::path::PathBuf {
        match &self.dir {
            Some(d) => d.path().to_path_buf(),
            None => std::env::temp_dir(),
        }
    }

    pub async fn store(&self) -> Result<Store, StoreError> {
        let store = Store::open(&self.url, 4)?;
        store.migrate().await?;
        Ok(store)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let (Some(name), Ok(mut c)) = (&self.pg_name, diesel::PgConnection::establish(&postgres_admin_url())) {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut c);
        }
    }
}

/// Runs `body` against a fresh database of `backend`; skips cleanly when that backend is
/// unavailable and not required.
pub async fn run_on<F, Fut>(backend: Backend, body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    match TestDb::create(backend) {
        Ok(Some(db)) => body(db).await,
        Ok(None) => {}
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(101);
        }
    }
}

/// Declares one test per backend: `both_backends!(name, |db| async move { ... });`
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::testing::run_on($crate::Backend::Sqlite, $body).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::testing::run_on($crate::Backend::Postgres, $body).await
            }
        }
    };
}

/// A small agency with one person per role and records in every relationship to them, plus a
/// second agency: the fixture for access tests. Password hashes are placeholders; tests that
/// need to sign in through the form set a real one.
pub mod fixture {
    use securebase_core::{DisplayName, Email, OrgName, Role};

    use crate::access::{Actor, Scope};
    use crate::children::ChildInput;
    use crate::households::{HouseholdInput, MemberInput};
    use crate::placements::StartInput;
    use crate::users::NewUser;
    use crate::{DbConnection, StoreError, children, households, orgs, placements, teams, users};

    pub struct Agency {
        pub org: String,
        pub admin: Actor,
        pub manager: Actor,
        pub csw: Actor,
        pub ssw: Actor,
        pub carer: Actor,
        pub auditor: Actor,
        /// A worker outside the manager's team, holding the "unrelated" records.
        pub outsider: Actor,
        pub team: String,
        /// On the csw's caseload, placed with the ssw's household where the carer lives.
        pub child: String,
        pub household: String,
        pub placement: String,
        /// In the same organisation, on the outsider's caseload only.
        pub unrelated_child: String,
        pub unrelated_household: String,
        pub unrelated_placement: String,
    }

    fn err(e: impl std::fmt::Display) -> StoreError {
        StoreError::Invalid(e.to_string())
    }

    fn person(
        c: &mut DbConnection,
        org: &str,
        email: &str,
        name: &str,
        role: Role,
        hash: &str,
    ) -> Result<Actor, StoreError> {
        let u = users::create(
            c,
            &NewUser {
                org_id: org,
                email: &Email::parse(email).map_err(err)?,
                display_name: &DisplayName::parse(name).map_err(err)?,
                role,
                password_hash: hash,
            },
            &crate::audit::By::system("test"),
        )?;
        Ok(Actor { user_id: u.id, org_id: org.to_owned(), roles: vec![role], request_id: None, client_addr: None })
    }

    fn scope(c: &mut DbConnection, a: &Actor) -> Result<Scope, StoreError> {
        let _ = c;
        Ok(Scope::of(a.clone()))
    }

    fn child_in(c: &mut DbConnection, by: &Actor, name: &str) -> Result<String, StoreError> {
        let s = scope(c, by)?;
        let input = ChildInput {
            given_names: name.into(),
            family_name: "Fixture".into(),
            date_of_birth: "2016-05-04".into(),
            ..ChildInput::default()
        };
        Ok(children::create(c, &s, &input)?.id)
    }

    fn household_in(c: &mut DbConnection, by: &Actor, name: &str) -> Result<String, StoreError> {
        let s = scope(c, by)?;
        let input = HouseholdInput {
            name: name.into(),
            household_type: "foster".into(),
            approval_status: "approved".into(),
            approval_places: Some(3),
            approval_age_min: Some(0),
            approval_age_max: Some(18),
            ..HouseholdInput::default()
        };
        Ok(households::create(c, &s, &input)?.id)
    }

    fn place(c: &mut DbConnection, by: &Actor, child: &str, household: &str) -> Result<String, StoreError> {
        let s = scope(c, by)?;
        let input = StartInput {
            household_id: household.into(),
            placement_type: "long_term".into(),
            start_date: "2026-01-05".into(),
            planned_end_date: None,
        };
        Ok(placements::start(c, &s, child, &input)?.id)
    }

    /// `tag` keeps emails unique when several agencies share a database.
    pub fn agency(c: &mut DbConnection, tag: &str, hash: &str) -> Result<Agency, StoreError> {
        let org = orgs::create(c, &OrgName::parse(&format!("Agency {tag}")).map_err(err)?)?.id;
        let admin = person(c, &org, &format!("admin@{tag}.test"), "Ada Admin", Role::AgencyAdmin, hash)?;
        let manager = person(c, &org, &format!("manager@{tag}.test"), "Mo Manager", Role::TeamManager, hash)?;
        let csw = person(c, &org, &format!("csw@{tag}.test"), "Cam Childworker", Role::ChildSocialWorker, hash)?;
        let ssw = person(c, &org, &format!("ssw@{tag}.test"), "Sol Supervisor", Role::SupervisingSocialWorker, hash)?;
        let carer = person(c, &org, &format!("carer@{tag}.test"), "Kit Carer", Role::Caregiver, hash)?;
        let auditor = person(c, &org, &format!("auditor@{tag}.test"), "Aud Itor", Role::Auditor, hash)?;
        let outsider = person(c, &org, &format!("outsider@{tag}.test"), "Out Sider", Role::ChildSocialWorker, hash)?;
        users::set_roles(
            c,
            &org,
            &outsider.user_id,
            &[Role::ChildSocialWorker, Role::SupervisingSocialWorker],
            &crate::audit::By::system("test"),
        )?;
        let outsider = Actor { roles: vec![Role::ChildSocialWorker, Role::SupervisingSocialWorker], ..outsider };

        let s = scope(c, &admin)?;
        let team = teams::create(c, &s, "Team North")?;
        teams::set_member(c, &s, &team, &manager.user_id, true)?;
        teams::set_member(c, &s, &team, &csw.user_id, false)?;
        teams::set_member(c, &s, &team, &ssw.user_id, false)?;

        let child = child_in(c, &csw, "Robin")?;
        let household = household_in(c, &ssw, "The Ashworth household")?;
        let s = scope(c, &ssw)?;
        households::add_member(
            c,
            &s,
            &household,
            &MemberInput {
                name: "Kit Carer".into(),
                member_role: "carer".into(),
                carer_type: Some("foster_carer".into()),
                user_id: Some(carer.user_id.clone()),
                date_of_birth: None,
            },
        )?;
        let placement = place(c, &csw, &child, &household)?;
        let unrelated_child = child_in(c, &outsider, "Quinn")?;
        let unrelated_household = household_in(c, &outsider, "The Brook household")?;
        let unrelated_placement = place(c, &outsider, &unrelated_child, &unrelated_household)?;
        Ok(Agency {
            org,
            admin,
            manager,
            csw,
            ssw,
            carer,
            auditor,
            outsider,
            team,
            child,
            household,
            placement,
            unrelated_child,
            unrelated_household,
            unrelated_placement,
        })
    }
}
