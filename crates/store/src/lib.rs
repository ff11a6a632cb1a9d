//! Persistence for securebase: one diesel query code path over SQLite and PostgreSQL.
//!
//! Query functions are synchronous and take `&mut DbConnection`; async callers go through
//! [`Store::run`], which borrows a pooled connection on a blocking thread.

/// Runs `$body` with `$c` bound to the backend's own connection. For statements on hot paths:
/// through the `MultiConnection` wrapper diesel rebuilds a statement's SQL text on every call
/// just to forward it, while the concrete connection finds the prepared statement by the
/// query's type alone.
macro_rules! native {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::DbConnection::Sqlite($c) => $body,
            $crate::DbConnection::Postgres($c) => $body,
        }
    };
}

pub mod access;
pub mod agency_indicators;
pub mod assessments;
pub mod audit;
pub mod backup;
pub mod caseloads;
pub mod checkpoint;
pub mod children;
pub mod db;
pub mod demo;
pub mod demo_history;
pub mod due;
mod error;
pub mod export;
pub mod history;
pub mod households;
pub mod kept_forms;
pub mod error_kind {
    pub use crate::error::Conflict;
}
pub mod migrate;
pub mod orgs;
pub mod placements;
pub mod profile;
pub mod schema;
pub mod sessions;
pub mod settings;
pub mod teams;
pub mod throttle;
pub mod users;
pub mod view_log;

#[cfg(feature = "testing")]
pub mod testing;

pub use db::{Backend, DatabaseUrl, DbConnection, Store};
pub use error::StoreError;

/// Now, as Unix microseconds in UTC: the one clock every stored time uses.
pub fn now_micros() -> i64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX)).unwrap_or(0)
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
