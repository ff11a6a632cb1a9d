//! Failed sign-in counters, shared by all app servers through the database.
//!
//! A sign-in is counted *before* its password is checked ([`begin_attempt`]): the check of the
//! counters and the counting are one step in one write transaction, so a burst of simultaneous
//! attempts gets no more password checks than the rules allow. An attempt that then succeeds
//! takes its count back ([`forgive`], or [`clear`] for the account it signed in to).

use diesel::prelude::*;
use securebase_core::session::MICROS_PER_SECOND;
use securebase_core::throttle::ThrottleRule;
use sha2::{Digest, Sha256};

use crate::db::write_tx;
use crate::schema::sign_in_throttle as t;
use crate::{DbConnection, StoreError};

/// A quiet spell after which earlier failures are forgiven.
const FORGET_AFTER_SECS: i64 = 60 * 60;

fn hashed(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

pub fn address_key(addr: &str) -> String {
    format!("address:{addr}")
}

/// The answer of [`begin_attempt`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Counted as a failure against every key; check the password now.
    Go,
    /// Refused and not counted: a key is blocked until this time (microseconds).
    Blocked { until: i64 },
}

/// The latest time until which any of `keys` is blocked, if that is still in the future.
pub fn blocked_until(conn: &mut DbConnection, keys: &[String], now: i64) -> Result<Option<i64>, StoreError> {
    let hashes: Vec<String> = keys.iter().map(|k| hashed(k)).collect();
    blocked_until_hashed(conn, hashes, now)
}

fn blocked_until_hashed(conn: &mut DbConnection, hashes: Vec<String>, now: i64) -> Result<Option<i64>, StoreError> {
    let until: Option<i64> =
        t::table.filter(t::key.eq_any(hashes)).select(diesel::dsl::max(t::blocked_until)).first(conn)?;
    Ok(until.filter(|u| *u > now))
}

/// Serialises the counting of these keys across connections until the transaction ends.
/// SQLite writers are already serialised by `BEGIN IMMEDIATE`; on PostgreSQL a
/// transaction-scoped advisory lock per key does it, taken in a fixed order so that two
/// attempts never wait for each other.
fn lock_keys(conn: &mut DbConnection, hashes: &[String]) -> Result<(), StoreError> {
    if let DbConnection::Postgres(c) = conn {
        let mut sorted: Vec<&String> = hashes.iter().collect();
        sorted.sort();
        sorted.dedup();
        for h in sorted {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
                .bind::<diesel::sql_types::Text, _>(format!("sign_in_throttle:{h}"))
                .execute(c)?;
        }
    }
    Ok(())
}

/// Adds one failure to a key. Call inside a write transaction holding the key's lock.
fn count_failure(c: &mut DbConnection, k: &str, rule: &ThrottleRule, now: i64) -> Result<(), StoreError> {
    let prior: Option<(i32, i64)> = t::table.find(k).select((t::failures, t::last_failure_at)).first(c).optional()?;
    let failures = match prior {
        Some((n, last)) if now - last < FORGET_AFTER_SECS * MICROS_PER_SECOND => n.saturating_add(1),
        _ => 1,
    };
    let delay = rule.delay_after(u32::try_from(failures).unwrap_or(u32::MAX));
    let blocked_until = now + delay * MICROS_PER_SECOND;
    if prior.is_some() {
        diesel::update(t::table.find(k))
            .set((t::failures.eq(failures), t::last_failure_at.eq(now), t::blocked_until.eq(blocked_until)))
            .execute(c)?;
    } else {
        diesel::insert_into(t::table)
            .values((
                t::key.eq(k),
                t::failures.eq(failures),
                t::last_failure_at.eq(now),
                t::blocked_until.eq(blocked_until),
            ))
            .execute(c)?;
    }
    Ok(())
}

pub fn record_failure(conn: &mut DbConnection, key: &str, rule: &ThrottleRule, now: i64) -> Result<(), StoreError> {
    let k = hashed(key);
    write_tx(conn, |c| {
        lock_keys(c, std::slice::from_ref(&k))?;
        count_failure(c, &k, rule, now)
    })
}

/// Checks and counts a sign-in attempt in one step. When none of the keys is blocked, one
/// failure is counted against each (as though the password will turn out wrong) and the
/// attempt may go ahead; when one is blocked, nothing is counted. Concurrent attempts on the
/// same keys take turns, from every app server, so each sees the counts of those before it.
pub fn begin_attempt(conn: &mut DbConnection, keys: &[(&str, &ThrottleRule)], now: i64) -> Result<Attempt, StoreError> {
    let hashes: Vec<String> = keys.iter().map(|(k, _)| hashed(k)).collect();
    write_tx(conn, |c| {
        lock_keys(c, &hashes)?;
        if let Some(until) = blocked_until_hashed(c, hashes.clone(), now)? {
            return Ok(Attempt::Blocked { until });
        }
        for (h, (_, rule)) in hashes.iter().zip(keys) {
            count_failure(c, h, rule, now)?;
        }
        Ok(Attempt::Go)
    })
}

/// Takes back the failure [`begin_attempt`] counted against `key` for an attempt that
/// succeeded, lifting a block that count alone had caused.
pub fn forgive(conn: &mut DbConnection, key: &str, rule: &ThrottleRule) -> Result<(), StoreError> {
    let k = hashed(key);
    write_tx(conn, |c| {
        lock_keys(c, std::slice::from_ref(&k))?;
        let row: Option<(i32, i64, i64)> =
            t::table.find(&k).select((t::failures, t::last_failure_at, t::blocked_until)).first(c).optional()?;
        match row {
            None => {}
            Some((n, _, _)) if n <= 1 => {
                diesel::delete(t::table.find(&k)).execute(c)?;
            }
            Some((n, last, until)) => {
                let failures = n - 1;
                let delay = rule.delay_after(u32::try_from(failures).unwrap_or(u32::MAX));
                let until = until.min(last + delay * MICROS_PER_SECOND);
                diesel::update(t::table.find(&k))
                    .set((t::failures.eq(failures), t::blocked_until.eq(until)))
                    .execute(c)?;
            }
        }
        Ok(())
    })
}

pub fn clear(conn: &mut DbConnection, key: &str) -> Result<(), StoreError> {
    diesel::delete(t::table.find(hashed(key))).execute(conn)?;
    Ok(())
}
