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
