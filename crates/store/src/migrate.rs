//! Embedded migrations, one folder per backend.

use diesel::prelude::*;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::{DbConnection, Store, StoreError};

pub const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// An arbitrary constant: the advisory lock that lets several app servers start at once
/// without running the same migration twice.
const PG_MIGRATION_LOCK: i64 = 0x5ecb_a5e0;

/// Applies pending migrations and returns the versions applied.
pub fn run(conn: &mut DbConnection) -> Result<Vec<String>, StoreError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE).map(versions),
        DbConnection::Postgres(c) => {
            diesel::sql_query(format!("SELECT pg_advisory_lock({PG_MIGRATION_LOCK})")).execute(c)?;
            let result = c.run_pending_migrations(POSTGRES).map(versions);
            diesel::sql_query(format!("SELECT pg_advisory_unlock({PG_MIGRATION_LOCK})")).execute(c)?;
            result
        }
    };
    applied.map_err(|e| StoreError::Migration(e.to_string()))
}

fn versions(v: Vec<diesel::migration::MigrationVersion<'_>>) -> Vec<String> {
    v.into_iter().map(|m| m.to_string()).collect()
}

/// Versions this binary knows, for checking that a restored backup is not from the future.
pub fn known_versions(backend: crate::Backend) -> Result<Vec<String>, StoreError> {
    use diesel::migration::MigrationSource;
    let err = |e: Box<dyn std::error::Error + Send + Sync>| StoreError::Migration(e.to_string());
    Ok(match backend {
        crate::Backend::Sqlite => MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE)
            .map_err(err)?
            .iter()
            .map(|m| m.name().version().to_string())
            .collect(),
        crate::Backend::Postgres => MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES)
            .map_err(err)?
            .iter()
            .map(|m| m.name().version().to_string())
            .collect(),
    })
}

impl Store {
    pub async fn migrate(&self) -> Result<Vec<String>, StoreError> {
        self.run(run).await
    }
}
