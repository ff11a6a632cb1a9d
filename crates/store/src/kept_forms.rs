//! Forms posted after their session ended, kept until the person signs in again and reopens the
//! form. The row's id is the SHA-256 of a random token held in a cookie, as for sessions, so a
//! copy of the database cannot be used to fetch anyone's typing back through the web.

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable};

use crate::db::write_tx;
use crate::schema::kept_forms;
use crate::sessions::token_hash;
use crate::{DbConnection, StoreError};

/// How long a kept form waits for its author: long enough for a week's leave.
pub const KEEP_FOR_MICROS: i64 = 7 * 24 * 60 * 60 * 1_000_000;

/// The largest body kept. Real forms are far smaller; the limit stops a signed-out client from
/// using the table as free storage.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The most that forms not yet known to be anyone's may hold together. They are the only rows a
/// client that was never signed in could make (with any made-up session cookie), so they are
/// capped as a whole: a flood can then only stop such forms being kept for a while, never fill
/// the disk. Thousands of ordinary forms fit.
pub const MAX_UNCLAIMED_BYTES: i64 = 16 * 1024 * 1024;

/// Keeps `body` (the form as posted, still `application/x-www-form-urlencoded`) for the person
/// `user_id`, or for whoever signs in next with this cookie when it is not known whose it was.
/// A row with the same token is replaced. Expired rows are purged on the way, so no background
/// job is needed. Refused (`StoreError::Invalid`) when the body is over [`MAX_BODY_BYTES`], or
/// when it is not known whose it is and the unclaimed forms are at [`MAX_UNCLAIMED_BYTES`].
pub fn keep(
    conn: &mut DbConnection,
    token: &str,
    user_id: Option<&str>,
    path: &str,
    body: &str,
    now: i64,
) -> Result<(), StoreError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(StoreError::Invalid(format!("a kept form may hold at most {MAX_BODY_BYTES} bytes")));
    }
    let id = token_hash(token);
    write_tx(conn, |c| {
        diesel::delete(kept_forms::table.filter(kept_forms::expires_at.le(now))).execute(c)?;
        diesel::delete(kept_forms::table.find(&id)).execute(c)?;
        if user_id.is_none() {
            let unclaimed: Option<i64> = kept_forms::table
                .filter(kept_forms::user_id.is_null())
                .select(sql::<Nullable<BigInt>>("SUM(LENGTH(fields))"))
                .get_result(c)?;
            let body_len = i64::try_from(body.len()).unwrap_or(i64::MAX);
            if unclaimed.unwrap_or(0).saturating_add(body_len) > MAX_UNCLAIMED_BYTES {
                return Err(StoreError::Invalid("too many unclaimed forms are being kept".into()));
            }
        }
        diesel::insert_into(kept_forms::table)
            .values((
                kept_forms::id.eq(&id),
                kept_forms::user_id.eq(user_id),
                kept_forms::path.eq(path),
                kept_forms::fields.eq(body),
                kept_forms::created_at.eq(now),
                kept_forms::expires_at.eq(now.saturating_add(KEEP_FOR_MICROS)),
            ))
            .execute(c)?;
        Ok(())
    })
}

/// Called when `user_id` has just signed in with the kept-form cookie `token`: binds a form not
/// yet known to be anyone's to them and says which page it belongs on. A form that is someone
/// else's, or has expired, is deleted and `None` returned, so it cannot be tried again.
pub fn claim(conn: &mut DbConnection, token: &str, user_id: &str, now: i64) -> Result<Option<String>, StoreError> {
    let id = token_hash(token);
    write_tx(conn, |c| {
        let row: Option<(Option<String>, String, i64)> = kept_forms::table
            .find(&id)
            .select((kept_forms::user_id, kept_forms::path, kept_forms::expires_at))
            .get_result(c)
            .optional()?;
        let Some((owner, path, expires_at)) = row else {
            return Ok(None);
        };
        if expires_at > now {
            match owner {
                Some(owner) if owner == user_id => return Ok(Some(path)),
                Some(_) => {}
                None => {
                    diesel::update(kept_forms::table.find(&id)).set(kept_forms::user_id.eq(user_id)).execute(c)?;
                    return Ok(Some(path));
                }
            }
        }
        diesel::delete(kept_forms::table.find(&id)).execute(c)?;
        Ok(None)
    })
}

/// The kept body for the page at `path`, handed over once: it is deleted as it is returned.
/// Only a form already claimed by `user_id` comes back; a form kept for another page stays
/// until that page is opened or it expires.
pub fn take(
    conn: &mut DbConnection,
    token: &str,
    user_id: &str,
    path: &str,
    now: i64,
) -> Result<Option<String>, StoreError> {
    let id = token_hash(token);
    write_tx(conn, |c| {
        let row: Option<(Option<String>, String, String, i64)> = kept_forms::table
            .find(&id)
            .select((kept_forms::user_id, kept_forms::path, kept_forms::fields, kept_forms::expires_at))
            .get_result(c)
            .optional()?;
        let Some((owner, kept_path, body, expires_at)) = row else {
            return Ok(None);
        };
        if expires_at <= now {
            diesel::delete(kept_forms::table.find(&id)).execute(c)?;
            return Ok(None);
        }
        if owner.as_deref() != Some(user_id) || kept_path != path {
            return Ok(None);
        }
        diesel::delete(kept_forms::table.find(&id)).execute(c)?;
        Ok(Some(body))
    })
}

/// Forgets the form kept under `token`, if any: a newer post from the same browser replaces it.
pub fn discard(conn: &mut DbConnection, token: &str) -> Result<(), StoreError> {
    diesel::delete(kept_forms::table.find(token_hash(token))).execute(conn)?;
    Ok(())
}

/// Removes kept forms nobody came back for; returns how many.
pub fn purge_expired(conn: &mut DbConnection, now: i64) -> Result<usize, StoreError> {
    Ok(diesel::delete(kept_forms::table.filter(kept_forms::expires_at.le(now))).execute(conn)?)
}
