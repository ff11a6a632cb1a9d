//! Checkpoints of the audit trail: each chain's newest event (its number and hash) at a moment,
//! to be kept outside the database. The hash chain alone shows an event edited or removed in
//! the middle, but not the newest events cut off, because what is left is still a whole chain;
//! a checkpoint kept elsewhere shows that too: the chain must still reach every head it holds.
//!
//! A checkpoint is signed with HMAC-SHA256 when a key is configured, so that one altered on
//! its way, or written by someone without the key, is refused.

use diesel::prelude::*;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::schema::{audit_events, organisations};
use crate::{DbConnection, StoreError};

/// The `format` of the checkpoints this version writes and reads.
pub const FORMAT: &str = "securebase audit checkpoint 1";

/// One chain's newest event when the checkpoint was taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    /// The organisation's id, or [`crate::audit::INSTALLATION`].
    pub org_id: String,
    /// The organisation's name then, for people reading the file.
    pub org_name: String,
    /// The newest event's number: the chain held events 1 to `seq`.
    pub seq: i64,
    /// The newest event's hash.
    pub hash: String,
    /// When the newest event was written (microseconds since 1970, UTC).
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    pub format: String,
    /// When the checkpoint was taken (microseconds since 1970, UTC).
    pub taken_at: i64,
    /// The same moment, for people reading the file.
    pub taken_at_utc: String,
    pub heads: Vec<Head>,
    /// `hmac-sha256:<hex>` over the checkpoint without this field, when signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// Why a checkpoint file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    #[error("the checkpoint file is not one securebase wrote: {0}")]
    Unreadable(String),
    #[error(
        "the checkpoint file's signature does not match: it was changed after it was written, or signed with another key"
    )]
    BadSignature,
    #[error(
        "the checkpoint file is not signed, but a checkpoint key is configured: only signed checkpoints are accepted"
    )]
    Unsigned,
    #[error(
        "the checkpoint file is signed, but no checkpoint key is configured to check it (set audit_checkpoint_key)"
    )]
    NoKey,
}

type HmacSha256 = Hmac<Sha256>;

fn utc(micros: i64) -> String {
    jiff::Timestamp::from_microsecond(micros)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|_| micros.to_string())
}

/// Every chain's head now. Run it in a transaction (or on a quiet database) for a consistent
/// moment across organisations; each head on its own is always a committed state.
pub fn take(conn: &mut DbConnection) -> Result<Checkpoint, StoreError> {
    let taken_at = crate::now_micros();
    let tops: Vec<(String, Option<i64>)> = audit_events::table
        .group_by(audit_events::org_id)
        .select((audit_events::org_id, diesel::dsl::max(audit_events::seq)))
        .order(audit_events::org_id.asc())
        .load(conn)?;
    let names: Vec<(String, String)> =
        organisations::table.select((organisations::id, organisations::name)).load(conn)?;
    let mut heads = Vec::with_capacity(tops.len());
    for (org_id, seq) in tops {
        let Some(seq) = seq else { continue };
        let (hash, at): (String, i64) = audit_events::table
            .filter(audit_events::org_id.eq(&org_id))
            .filter(audit_events::seq.eq(seq))
            .select((audit_events::hash, audit_events::at))
            .get_result(conn)?;
        let org_name = names.iter().find(|(id, _)| *id == org_id).map(|(_, n)| n.clone()).unwrap_or_else(|| {
            if org_id == crate::audit::INSTALLATION { "(installation)".into() } else { String::new() }
        });
        heads.push(Head { org_id, org_name, seq, hash, at });
    }
    Ok(Checkpoint { format: FORMAT.into(), taken_at, taken_at_utc: utc(taken_at), heads, signature: None })
}

impl Checkpoint {
    /// The bytes the signature covers: the checkpoint as JSON without its signature.
    fn signed_bytes(&self) -> Result<Vec<u8>, StoreError> {
        let unsigned = Checkpoint { signature: None, ..self.clone() };
        serde_json::to_vec(&unsigned).map_err(|e| StoreError::Invalid(e.to_string()))
    }

    fn mac(&self, key: &str) -> Result<HmacSha256, StoreError> {
        let mut mac = HmacSha256::new_from_slice(key.as_bytes()).map_err(|e| StoreError::Invalid(e.to_string()))?;
        mac.update(&self.signed_bytes()?);
        Ok(mac)
    }

    /// Signs the checkpoint with `key`.
    pub fn sign(&mut self, key: &str) -> Result<(), StoreError> {
        let tag = self.mac(key)?.finalize().into_bytes();
        self.signature = Some(format!("hmac-sha256:{}", hex::encode(tag)));
        Ok(())
    }

    /// Checks the signature against `key`, the configured one if any. With a key, only a
    /// checkpoint signed with it passes; without one, only an unsigned one.
    pub fn check_signature(&self, key: Option<&str>) -> Result<(), CheckpointError> {
        match (key, &self.signature) {
            (None, None) => Ok(()),
            (None, Some(_)) => Err(CheckpointError::NoKey),
            (Some(_), None) => Err(CheckpointError::Unsigned),
            (Some(key), Some(sig)) => {
                let tag = sig
                    .strip_prefix("hmac-sha256:")
                    .and_then(|h| hex::decode(h).ok())
                    .ok_or(CheckpointError::BadSignature)?;
                let mac = self.mac(key).map_err(|_| CheckpointError::BadSignature)?;
                mac.verify_slice(&tag).map_err(|_| CheckpointError::BadSignature)
            }
        }
    }

    pub fn to_json(&self) -> Result<String, StoreError> {
        serde_json::to_string_pretty(self).map_err(|e| StoreError::Invalid(e.to_string()))
    }

    pub fn from_json(text: &str) -> Result<Checkpoint, CheckpointError> {
        let cp: Checkpoint = serde_json::from_str(text).map_err(|e| CheckpointError::Unreadable(e.to_string()))?;
        if cp.format != FORMAT {
            return Err(CheckpointError::Unreadable(format!("its format is '{}', not '{FORMAT}'", cp.format)));
        }
        Ok(cp)
    }

    /// A name for a file of this checkpoint: `audit-checkpoint-20261203T140000Z.json`.
    pub fn file_name(&self) -> String {
        let stamp: String = self.taken_at_utc.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        format!("audit-checkpoint-{stamp}.json")
    }
}

/// A chain that no longer reaches a head the checkpoint holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    pub org_id: String,
    pub org_name: String,
    pub reason: String,
}

impl std::fmt::Display for Shortfall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.org_name.is_empty() {
            write!(f, "organisation {}: {}", self.org_id, self.reason)
        } else {
            write!(f, "organisation {} ({}): {}", self.org_name, self.org_id, self.reason)
        }
    }
}

/// Whether every chain still reaches the head the checkpoint holds for it: the event of that
/// number is there with that hash. Run it with [`crate::audit::verify`], which shows that each
/// chain is whole from its first event to its newest; together they show that nothing the
/// checkpoint saw was removed or changed, the newest events included.
pub fn verify_against(conn: &mut DbConnection, cp: &Checkpoint) -> Result<Vec<Shortfall>, StoreError> {
    let mut out = Vec::new();
    for head in &cp.heads {
        let newest: Option<i64> = audit_events::table
            .filter(audit_events::org_id.eq(&head.org_id))
            .select(diesel::dsl::max(audit_events::seq))
            .get_result(conn)?;
        let at_head: Option<String> = audit_events::table
            .filter(audit_events::org_id.eq(&head.org_id))
            .filter(audit_events::seq.eq(head.seq))
            .select(audit_events::hash)
            .get_result(conn)
            .optional()?;
        let when = utc(head.at);
        let reason = match (at_head, newest) {
            (Some(hash), _) if hash == head.hash => None,
            (Some(_), _) => Some(format!(
                "event {} is not the one checkpointed (written {when}): the trail was rewritten up to it",
                head.seq
            )),
            (None, None) => Some(format!(
                "every event is missing: the checkpoint of {} holds {} event(s), the newest written {when}",
                cp.taken_at_utc, head.seq
            )),
            (None, Some(n)) => Some(format!(
                "the trail ends at event {n}, but the checkpoint of {} holds {} event(s): events {} to {} \
                 (the newest written {when}) are missing",
                cp.taken_at_utc,
                head.seq,
                n + 1,
                head.seq
            )),
        };
        if let Some(reason) = reason {
            out.push(Shortfall { org_id: head.org_id.clone(), org_name: head.org_name.clone(), reason });
        }
    }
    Ok(out)
}
