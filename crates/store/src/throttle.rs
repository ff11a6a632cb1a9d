//! Failed sign-in counters, shared by all app servers through the database.

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

/// The latest time until which any of `keys` is blocked, if that is still in the future.
pub fn blocked_until(conn: &mut DbConnection, keys: &[String], now: i64) -> Result<Option<i64>, StoreError> {
    let hashes: Vec<String> = keys.iter().map(|k| hashed(k)).collect();
    let until: Option<i64> =
        t::table.filter(t::key.eq_any(hashes)).select(diesel::dsl::max(t::blocked_until)).first(conn)?;
    Ok(until.filter(|u| *u > now))
}

pub fn record_failure(conn: &mut DbConnection, key: &str, rule: &ThrottleRule, now: i64) -> Result<(), StoreError> {
    let k = hashed(key);
    write_tx(conn, |c| {
        let prior: Option<(i32, i64)> =
            t::table.find(&k).select((t::failures, t::last_failure_at)).first(c).optional()?;
        let failures = match prior {
            Some((n, last)) if now - last < FORGET_AFTER_SECS * MICROS_PER_SECOND => n.saturating_add(1),
            _ => 1,
        };
        let delay = rule.delay_after(u32::try_from(failures).unwrap_or(u32::MAX));
        let blocked_until = now + delay * MICROS_PER_SECOND;
        if prior.is_some() {
            diesel::update(t::table.find(&k))
                .set((t::failures.eq(failures), t::last_failure_at.eq(now), t::blocked_until.eq(blocked_until)))
                .execute(c)?;
        } else {
            diesel::insert_into(t::table)
                .values((
                    t::key.eq(&k),
                    t::failures.eq(failures),
                    t::last_failure_at.eq(now),
                    t::blocked_until.eq(blocked_until),
                ))
                .execute(c)?;
        }
        Ok(())
    })
}

pub fn clear(conn: &mut DbConnection, key: &str) -> Result<(), StoreError> {
    diesel::delete(t::table.find(hashed(key))).execute(conn)?;
    Ok(())
}
