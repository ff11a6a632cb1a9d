//! Choosing and connecting to the database, and the transaction discipline both backends share.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection, R2D2Connection};
use tokio::sync::Semaphore;

use crate::StoreError;

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// A parsed `SECUREBASE_DATABASE_URL`. Only two schemes are accepted, so a typo can never
/// quietly become a new SQLite file named after the typo.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite { path: String },
    Postgres { url: String },
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<DatabaseUrl, StoreError> {
        let raw = raw.trim();
        if let Some(path) = raw.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(StoreError::Config(
                    "database URL sqlite:// has no file path; use for example sqlite://securebase.db".into(),
                ));
            }
            return Ok(DatabaseUrl::Sqlite { path: path.to_owned() });
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            url::Url::parse(raw)
                .map_err(|e| StoreError::Config(format!("database URL is not a valid PostgreSQL URL: {e}")))?;
            return Ok(DatabaseUrl::Postgres { url: raw.to_owned() });
        }
        let scheme = raw.split_once(':').map(|(s, _)| s).unwrap_or(raw);
        Err(StoreError::Config(format!(
            "unsupported database URL scheme '{scheme}': use sqlite://PATH or postgres://USER@HOST/DATABASE"
        )))
    }

    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite { .. } => Backend::Sqlite,
            DatabaseUrl::Postgres { .. } => Backend::Postgres,
        }
    }

    /// The URL with any password replaced, safe to print and log.
    pub fn masked(&self) -> String {
        match self {
            DatabaseUrl::Sqlite { path } => format!("sqlite://{path}"),
            DatabaseUrl::Postgres { url } => mask_url(url),
        }
    }

    fn target(&self) -> String {
        match self {
            DatabaseUrl::Sqlite { path } => path.clone(),
            DatabaseUrl::Postgres { url } => match url::Url::parse(url) {
                Ok(u) => format!("{}:{}{}", u.host_str().unwrap_or("localhost"), u.port().unwrap_or(5432), u.path()),
                Err(_) => mask_url(url),
            },
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

pub fn mask_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("****"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "****".into(),
    }
}

/// Settings every SQLite connection gets: waiting rather than failing when another connection
/// holds the lock, WAL for concurrent readers, FULL sync so an acknowledged write survives power
/// loss, and enforced foreign keys. The wait comes first: setting the journal mode takes a lock,
/// and a connection opened while another was writing failed at once with "database is locked".
pub const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

/// Settings every PostgreSQL connection gets. Each statement is planned once per connection
/// and the plan kept (a generic plan), rather than planned afresh at every execution: by default
/// PostgreSQL plans a prepared statement's first five executions afresh and keeps doing so for
/// any whose generic plan looks costlier, and the reach subselects of every list (decision 54)
/// are such statements, so a page paid for planning each of its queries on every view, more so
/// the more organisations' statistics there were to weigh. Every parameter here is an
/// organisation, a person or a record, each as selective as the next, so one plan serves all
/// (decision 55).
pub const POSTGRES_SETTINGS: &str = "SET plan_cache_mode = force_generic_plan;";

fn first_line(s: &str) -> String {
    s.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("no reason given").to_owned()
}

#[derive(Debug, Clone)]
pub struct Manager {
    url: DatabaseUrl,
}

impl Manager {
    fn connect_clear(&self) -> Result<DbConnection, StoreError> {
        let fail = |reason: String| StoreError::Connect {
            backend: self.url.backend().name(),
            target: self.url.target(),
            reason: first_line(&reason),
        };
        match &self.url {
            DatabaseUrl::Sqlite { path } => {
                let mut c = diesel::SqliteConnection::establish(path).map_err(|e| fail(e.to_string()))?;
                c.batch_execute(SQLITE_PRAGMAS).map_err(|e| fail(e.to_string()))?;
                Ok(DbConnection::Sqlite(c))
            }
            DatabaseUrl::Postgres { url } => {
                let mut c = diesel::PgConnection::establish(url).map_err(|e| fail(e.to_string()))?;
                c.batch_execute(POSTGRES_SETTINGS).map_err(|e| fail(e.to_string()))?;
                Ok(DbConnection::Postgres(c))
            }
        }
    }
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        self.connect_clear()
            .map_err(|e| diesel::r2d2::Error::ConnectionError(ConnectionError::BadConnection(e.to_string())))
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.ping().map(|_| ()).map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

pub type Conn = PooledConnection<Manager>;

/// The handle the rest of the program holds: cheap to clone, shareable across tasks.
#[derive(Clone)]
pub struct Store {
    pool: Pool<Manager>,
    /// Shared: a `Store` is cloned into every request.
    url: Arc<DatabaseUrl>,
    /// One permit per pooled connection: `run` queues here, first come first served, so that
    /// `pool.get()` on the blocking thread never has to wait (see `run`).
    permits: Arc<Semaphore>,
}

impl Store {
    /// Connects once up front so a wrong URL or an unreachable server is reported at once,
    /// in one line, rather than after the pool's retry timeout.
    pub fn open(raw_url: &str, pool_size: u32) -> Result<Store, StoreError> {
        let url = DatabaseUrl::parse(raw_url)?;
        let manager = Manager { url: url.clone() };
        if let DatabaseUrl::Sqlite { path } = &url {
            check_sqlite_parent(path)?;
        }
        let first = manager.connect_clear()?;
        let pool = Pool::builder()
            .max_size(pool_size.max(1))
            // No background connecting: a short-lived command could exit while a pool thread is
            // inside libpq, which crashes at exit. Connections are made on first use instead.
            .min_idle(Some(0))
            .connection_timeout(Duration::from_secs(10))
            .test_on_check_out(false)
            .build_unchecked(manager);
        drop(first);
        let permits = Arc::new(Semaphore::new(pool_size.max(1) as usize));
        Ok(Store { pool, url: Arc::new(url), permits })
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    pub fn backend(&self) -> Backend {
        self.url.backend()
    }

    pub fn conn(&self) -> Result<Conn, StoreError> {
        Ok(self.pool.get()?)
    }

    /// A connection of its own, outside the pool and its queue, for a long-lived writer that
    /// must not wait behind the requests it serves (see `view_log`).
    pub fn connect_dedicated(&self) -> Result<DbConnection, StoreError> {
        Manager { url: (*self.url).clone() }.connect_clear()
    }

    /// Runs blocking database work on tokio's blocking pool.
    ///
    /// When every connection is busy, the request waits for a permit here, in arrival order and
    /// without holding a thread, rather than inside r2d2: r2d2's waiters are not served in order
    /// (a newcomer can take a connection just returned before a woken waiter gets to run), which
    /// under load left a few requests waiting for seconds while the median stayed at milliseconds.
    pub async fn run<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let permit = Arc::clone(&self.permits).acquire_owned().await.map_err(|e| StoreError::Task(e.to_string()))?;
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// A cheap liveness query for readiness checks.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.run(|c| {
            diesel::sql_query("SELECT 1").execute(c)?;
            Ok(())
        })
        .await
    }
}

fn check_sqlite_parent(path: &str) -> Result<(), StoreError> {
    let p = std::path::Path::new(path);
    if let Some(parent) = p.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
        return Err(StoreError::Connect {
            backend: "SQLite",
            target: path.to_owned(),
            reason: format!("the folder {} does not exist", parent.display()),
        });
    }
    Ok(())
}

/// Runs `f` in a write transaction. On SQLite that is `BEGIN IMMEDIATE`, which takes the write
/// lock up front: a deferred transaction that reads and then writes can fail with SQLITE_BUSY
/// halfway, where an immediate one simply waits its turn.
pub fn write_tx<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?,
        DbConnection::Postgres(c) => AnsiTransactionManager::begin_transaction(c)?,
    }
    match f(conn) {
        Ok(value) => {
            <DbConnection as TransactionManager<DbConnection>>::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            // The original error matters more than a failed rollback, which the pool will notice.
            let _ = <DbConnection as TransactionManager<DbConnection>>::rollback_transaction(conn);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_two_schemes_only() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://securebase.db").ok(),
            Some(DatabaseUrl::Sqlite { path: "securebase.db".into() })
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///var/lib/sb.db").ok(),
            Some(DatabaseUrl::Sqlite { path: "/var/lib/sb.db".into() })
        );
        assert!(matches!(DatabaseUrl::parse("postgresql://u@h/db"), Ok(DatabaseUrl::Postgres { .. })));
        let err = DatabaseUrl::parse("mysql://root@localhost/sb").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("unsupported database URL scheme 'mysql'"), "{err}");
        assert!(DatabaseUrl::parse("securebase.db").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }

    #[test]
    fn masks_passwords() {
        let u = DatabaseUrl::parse("postgres://sb:hunter2hunter2@db.internal:5433/sb").ok();
        let masked = u.map(|u| u.masked()).unwrap_or_default();
        assert!(!masked.contains("hunter2"));
        assert!(masked.contains("sb:****@db.internal:5433/sb"), "{masked}");
    }
}
