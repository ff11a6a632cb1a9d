//! Consistent online backups of a SQLite database, and restoring one.
//! PostgreSQL has excellent tools of its own (pg_dump, base backups); we point to them.

use std::path::{Path, PathBuf};

use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel::sqlite::SqliteConnection;

use crate::{DatabaseUrl, DbConnection, Store, StoreError, migrate};

const PG_BACKUP_HELP: &str = "securebase backs up SQLite databases only; for PostgreSQL use its own tools, \
     for example: pg_dump --format=custom --file=securebase.dump \"$SECUREBASE_DATABASE_URL\" \
     (and pg_restore --clean --dbname=... to restore)";

#[derive(QueryableByName)]
struct IntegrityRow {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

#[derive(QueryableByName)]
struct VersionRow {
    #[diesel(sql_type = Text)]
    version: String,
}

#[derive(Debug, Clone)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
}

/// Checks a SQLite file is whole and is a securebase database this binary can run.
fn validate(path: &Path) -> Result<(), StoreError> {
    let bad = |why: String| StoreError::Backup(format!("{} is not a usable securebase backup: {why}", path.display()));
    let path_str = path.to_str().ok_or_else(|| bad("the path is not valid UTF-8".into()))?;
    let mut c = SqliteConnection::establish(path_str).map_err(|e| bad(e.to_string()))?;
    let rows: Vec<IntegrityRow> =
        diesel::sql_query("PRAGMA integrity_check").load(&mut c).map_err(|e| bad(e.to_string()))?;
    if rows.len() != 1 || rows.first().map(|r| r.integrity_check.as_str()) != Some("ok") {
        let first = rows.into_iter().next().map(|r| r.integrity_check).unwrap_or_default();
        return Err(bad(format!("integrity check failed: {first}")));
    }
    let versions: Vec<VersionRow> = diesel::sql_query("SELECT version FROM __diesel_schema_migrations")
        .load(&mut c)
        .map_err(|_| bad("it has no securebase schema".into()))?;
    let known = migrate::known_versions(crate::Backend::Sqlite)?;
    if let Some(v) = versions.iter().find(|v| !known.contains(&v.version)) {
        return Err(bad(format!("it comes from a newer securebase (schema version {})", v.version)));
    }
    if versions.is_empty() {
        return Err(bad("it has no securebase schema".into()));
    }
    Ok(())
}

impl Store {
    /// Writes a consistent copy of the live database to `dest` while the server keeps running
    /// (`VACUUM INTO` reads one snapshot), then checks the copy's integrity.
    pub async fn backup(&self, dest: PathBuf) -> Result<BackupReport, StoreError> {
        if !matches!(self.url(), DatabaseUrl::Sqlite { .. }) {
            return Err(StoreError::Backup(PG_BACKUP_HELP.into()));
        }
        if dest.exists() {
            return Err(StoreError::Backup(format!("{} already exists; choose a new file name", dest.display())));
        }
        let dest_str =
            dest.to_str().ok_or_else(|| StoreError::Backup("the backup path is not valid UTF-8".into()))?.to_owned();
        self.run(move |c| {
            let DbConnection::Sqlite(c) = c else {
                return Err(StoreError::Backup(PG_BACKUP_HELP.into()));
            };
            diesel::sql_query("VACUUM INTO ?")
                .bind::<Text, _>(&dest_str)
                .execute(c)
                .map_err(|e| StoreError::Backup(format!("backup failed: {e}")))?;
            Ok(())
        })
        .await?;
        let check = dest.clone();
        tokio::task::spawn_blocking(move || validate(&check)).await.map_err(|e| StoreError::Task(e.to_string()))??;
        let bytes = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
        Ok(BackupReport { path: dest, bytes })
    }
}

/// Replaces the SQLite database at `url` with the backup `src`. The backup is validated first;
/// an existing database is replaced only with `force`. Stop the server before restoring.
pub fn restore(url: &DatabaseUrl, src: &Path, force: bool) -> Result<(), StoreError> {
    let DatabaseUrl::Sqlite { path } = url else {
        return Err(StoreError::Backup(PG_BACKUP_HELP.into()));
    };
    if !src.is_file() {
        return Err(StoreError::Backup(format!("{} does not exist", src.display())));
    }
    let target = PathBuf::from(path);
    let tmp = PathBuf::from(format!("{path}.restoring"));
    std::fs::copy(src, &tmp).map_err(|e| StoreError::Backup(format!("cannot copy {}: {e}", src.display())))?;
    let outcome = validate(&tmp).and_then(|()| {
        if target.exists() && !force {
            return Err(StoreError::Backup(format!(
                "{} already exists; pass --force to replace it with the backup",
                target.display()
            )));
        }
        // A leftover write-ahead log belongs to the old database and must not be replayed
        // onto the restored one.
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{path}{suffix}"));
            if side.exists() {
                std::fs::remove_file(&side)
                    .map_err(|e| StoreError::Backup(format!("cannot remove {}: {e}", side.display())))?;
            }
        }
        std::fs::rename(&tmp, &target)
            .map_err(|e| StoreError::Backup(format!("cannot replace {}: {e}", target.display())))
    });
    if outcome.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    outcome
}
