//! Forms posted after their session ended, kept until the person signs in again and reopens the
//! form. The row's id is the SHA-256 of a random token held in a cookie, as for sessions, so a
//! copy of the database cannot be used to fetch anyone's typing back through the web.

use diesel::prelude::*;

use crate::db::write_tx;
use crate::schema::kept_forms;
use crate::sessions::token_hash;
use crate::{DbConnection, StoreError};

/// How long a kept form waits for its author: long enough for a week's leave.
pub const KEEP_FOR_MICROS: i64 = 7 * 24 * 60 * 60 * 1_000_000;

/// The largest body kept. Real forms are far smaller; the limit stops a signed-out client from
/// using the table as free storage.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Keeps `body` (the form as posted, still `application/x-www-form-urlencoded`) for the person
/// `user_id`, who typed it. A form is only ever kept for a known person: one whose author is
/// not known is not kept at all, so it can never be offered to someone else (and a client
/// that was never signed in cannot use the table as storage). A row with the same token is
/// replaced. Expired rows are purged on the way, so no background job is needed. Refused
/// (`StoreError::Invalid`) when the body is over [`MAX_BODY_BYTES`].
pub fn keep(
    conn: &mut DbConnection,
    token: &str,
    user_id: &str,
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

/// What a kept-form cookie holds for the person who has just signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// A form they typed, for the page at this path.
    Yours(String),
    /// Someone else's form: left as it is, for its author to sign in here and have back.
    NotYours,
    /// Nothing (any more): the cookie can go.
    Gone,
}

/// Called when `user_id` has just signed in with the kept-form cookie `token`: says whether a
/// form of theirs waits, and on which page. Someone else's form is not touched and never shown.
/// An expired form, or one kept before forms had to have an author, is deleted.
pub fn claim(conn: &mut DbConnection, token: &str, user_id: &str, now: i64) -> Result<Claim, StoreError> {
    let id = token_hash(token);
    write_tx(conn, |c| {
        let row: Option<(Option<String>, String, i64)> = kept_forms::table
            .find(&id)
            .select((kept_forms::user_id, kept_forms::path, kept_forms::expires_at))
            .get_result(c)
            .optional()?;
        let Some((owner, path, expires_at)) = row else {
            return Ok(Claim::Gone);
        };
        match owner {
            Some(owner) if expires_at > now && owner == user_id => Ok(Claim::Yours(path)),
            Some(_) if expires_at > now => Ok(Claim::NotYours),
            _ => {
                diesel::delete(kept_forms::table.find(&id)).execute(c)?;
                Ok(Claim::Gone)
            }
        }
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
