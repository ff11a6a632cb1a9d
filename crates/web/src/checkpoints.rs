//! Audit checkpoints written by the server on a schedule (see `store::checkpoint`): each
//! organisation's newest audit event, signed when a key is configured, as a file in
//! `audit_checkpoint_dir`, for the agency to carry outside the database's reach.

use std::path::{Path, PathBuf};
use std::time::Duration;

use securebase_store::checkpoint::{self, Checkpoint};
use securebase_store::{Store, StoreError};

use crate::Settings;

/// Every chain's head now, signed with `key` when there is one.
pub async fn take(store: &Store, key: Option<&str>) -> Result<Checkpoint, StoreError> {
    let mut cp = store.run(checkpoint::take).await?;
    if let Some(key) = key {
        cp.sign(key)?;
    }
    Ok(cp)
}

/// Writes `cp` as a new file in `dir` (created if need be) and returns its path. The file
/// appears whole or not at all: it is written under a temporary name and then renamed.
pub fn write_into(dir: &Path, cp: &Checkpoint) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let json = cp.to_json().map_err(std::io::Error::other)?;
    let base = cp.file_name();
    let mut path = dir.join(&base);
    let mut n = 1;
    // Two app servers may write in the same second: neither overwrites the other.
    while path.exists() {
        n += 1;
        path = dir.join(base.replace(".json", &format!("-{n}.json")));
    }
    let tmp = dir.join(format!(".{}.partial", uuid::Uuid::now_v7()));
    {
        use std::io::Write;
        let mut f = std::fs::File::create_new(&tmp)?;
        f.write_all(json.as_bytes())?;
        f.write_all(b"\n")?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

/// Writes a checkpoint every `audit_checkpoint_minutes` while the server runs, the first at
/// start, when `audit_checkpoint_dir` is set. A failure is logged and tried again next time.
pub async fn run_schedule(store: Store, settings: std::sync::Arc<Settings>) {
    let Some(dir) = settings.audit_checkpoint_dir.clone() else { return };
    let every = Duration::from_secs(settings.audit_checkpoint_minutes.saturating_mul(60).max(60));
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let written = match take(&store, settings.audit_checkpoint_key.as_deref()).await {
            Ok(cp) => {
                let dir = PathBuf::from(&dir);
                tokio::task::spawn_blocking(move || write_into(&dir, &cp))
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|r| r.map_err(|e| e.to_string()))
            }
            Err(e) => Err(e.to_string()),
        };
        match written {
            Ok(path) => tracing::info!(path = %path.display(), "audit checkpoint written"),
            Err(e) => tracing::warn!(error = %e, dir = %dir, "could not write an audit checkpoint"),
        }
    }
}
