//! Signed-in sessions, kept in the database so any app server can serve any request.
//! The stored id is the SHA-256 of the cookie token.

use diesel::prelude::*;
use securebase_core::session::SessionPolicy;
use sha2::{Digest, Sha256};

use crate::audit::{self, By};
use crate::db::write_tx;
use crate::schema::{ended_sessions, organisations, sessions, user_roles, users};
use crate::users::{User, UserRow};
use crate::{DbConnection, StoreError};

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[derive(Debug, Clone)]
pub struct SessionUser {
    pub session_id: String,
    pub user: User,
    pub org_name: String,
    /// The organisation's time zone (an IANA name): pages show times in it.
    pub time_zone: String,
    /// The language the person reads securebase in: their own choice, or else their
    /// organisation's default (a code).
    pub language: String,
    pub created_at: i64,
}

/// Stores a session for `token`. `replacing` is the token the browser came with, if any: it is
/// deleted in the same transaction so sign-in always rotates the session id. For setting up
/// sessions without a sign-in (tests, tools); people signing in go through [`sign_in`].
pub fn create(
    conn: &mut DbConnection,
    token: &str,
    replacing: Option<&str>,
    user_id: &str,
    now: i64,
    policy: &SessionPolicy,
) -> Result<(), StoreError> {
    write_tx(conn, |c| insert(c, token, replacing, user_id, now, policy))
}

fn insert(
    c: &mut DbConnection,
    token: &str,
    replacing: Option<&str>,
    user_id: &str,
    now: i64,
    policy: &SessionPolicy,
) -> Result<(), StoreError> {
    if let Some(old) = replacing {
        diesel::delete(sessions::table.find(token_hash(old))).execute(c)?;
    }
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(token_hash(token)),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(policy.expires_at(now, now)),
        ))
        .execute(c)?;
    Ok(())
}

/// A successful sign-in: the session (as [`create`]) and its audit event, in one transaction.
/// `request_id` and `client_addr` describe the request that signed in.
#[allow(clippy::too_many_arguments)]
pub fn sign_in(
    conn: &mut DbConnection,
    token: &str,
    replacing: Option<&str>,
    user: &User,
    now: i64,
    policy: &SessionPolicy,
    request_id: Option<String>,
    client_addr: Option<String>,
) -> Result<(), StoreError> {
    let by = By::user(&user.id, request_id, client_addr);
    write_tx(conn, |c| {
        insert(c, token, replacing, &user.id, now, policy)?;
        audit::record(c, &user.org_id, &by, "sign_in", "user", Some(&user.id))
    })
}

/// A refused sign-in. For an account that exists (wrong password, or disabled) the account is
/// the event's subject in its organisation's trail; for an email address with no account only
/// the fact is recorded, in the installation's own chain ([`audit::INSTALLATION`]), never the
/// address typed. Neither records the password.
pub fn record_failed_sign_in(
    conn: &mut DbConnection,
    account: Option<&User>,
    request_id: Option<String>,
    client_addr: Option<String>,
) -> Result<(), StoreError> {
    let by = By::anonymous(request_id, client_addr);
    write_tx(conn, |c| match account {
        Some(u) => audit::record(c, &u.org_id, &by, "sign_in_failed", "user", Some(&u.id)),
        None => audit::record(c, audit::INSTALLATION, &by, "sign_in_failed", "unknown_account", None),
    })
}

/// One row of `authenticate`'s statement: (id, created, last seen), the user, the organisation's
/// name, and one of the user's roles (none when they have no role).
type SessionRow = ((String, i64, i64), UserRow, (String, String, String), Option<String>);

/// What a session token turned out to be.
#[derive(Debug, Clone)]
// Made once per request and matched at once: boxing the live session would cost an allocation
// on every request to save a few bytes on the stack.
#[allow(clippy::large_enum_variant)]
pub enum SessionCheck {
    Live(SessionUser),
    /// The session existed but has ended (timed out, or the account was disabled); it has just
    /// been deleted. Whose it was is reported because the row is gone after this: a form posted
    /// with it can still be kept for that person alone.
    Ended {
        user_id: String,
    },
    /// No such session: never issued, signed out, or already purged.
    Unknown,
}

impl SessionCheck {
    pub fn live(self) -> Option<SessionUser> {
        match self {
            SessionCheck::Live(user) => Some(user),
            SessionCheck::Ended { .. } | SessionCheck::Unknown => None,
        }
    }
}

/// The signed-in user behind `token`, if the session is live and the account enabled.
/// Dead sessions are deleted on sight.
pub fn authenticate(
    conn: &mut DbConnection,
    token: &str,
    now: i64,
    policy: &SessionPolicy,
) -> Result<Option<SessionUser>, StoreError> {
    Ok(check(conn, token, now, policy)?.live())
}

/// Like [`authenticate`], but says whose a dead session was.
///
/// This runs on every signed-in request, so it is one statement: the session, its user, the
/// organisation's name and the user's roles (one row per role) come back together. It uses no
/// `LIMIT ?` and no `IN (...)`, so diesel keeps it prepared in its statement cache; on SQLite
/// a bound `LIMIT` would make the statement re-prepare on every call. Only when the session
/// is due a touch (at most once a minute) or is dead does a second statement run.
pub fn check(
    conn: &mut DbConnection,
    token: &str,
    now: i64,
    policy: &SessionPolicy,
) -> Result<SessionCheck, StoreError> {
    let id = token_hash(token);
    // Run on the backend's own connection rather than through the `MultiConnection` wrapper,
    // which rebuilds the SQL text on every execution (twice) just to forward it; the concrete
    // connection finds the prepared statement by the query's type alone.
    macro_rules! session_with_user {
        () => {
            sessions::table
                .inner_join(users::table.inner_join(organisations::table).left_join(user_roles::table))
                .filter(sessions::id.eq(&id))
                .select((
                    (sessions::id, sessions::created_at, sessions::last_seen_at),
                    UserRow::as_select(),
                    (organisations::name, organisations::time_zone, organisations::language),
                    user_roles::role.nullable(),
                ))
        };
    }
    let rows: Vec<SessionRow> = match conn {
        DbConnection::Sqlite(c) => session_with_user!().load(c)?,
        DbConnection::Postgres(c) => session_with_user!().load(c)?,
    };
    let mut rows = rows.into_iter();
    let Some(((session_id, created_at, last_seen_at), user, (org_name, time_zone, org_language), first_role)) =
        rows.next()
    else {
        // Only a dead cookie gets here, so this second look costs a live session nothing.
        return Ok(match ended_user(conn, &id)? {
            Some(user_id) => SessionCheck::Ended { user_id },
            None => SessionCheck::Unknown,
        });
    };
    let user: User = user.with_role_keys(first_role.into_iter().chain(rows.filter_map(|(_, _, _, role)| role)))?;
    if user.disabled || policy.is_expired(created_at, last_seen_at, now) {
        // No transaction of its own (this may run inside the caller's): both steps are safe to
        // repeat, and the record of whose it was comes first.
        remember_ended(conn, &session_id, &user.id, now)?;
        diesel::delete(sessions::table.find(&session_id)).execute(conn)?;
        return Ok(SessionCheck::Ended { user_id: user.id });
    }
    if policy.needs_touch(last_seen_at, now) {
        diesel::update(sessions::table.find(&session_id))
            .set((sessions::last_seen_at.eq(now), sessions::expires_at.eq(policy.expires_at(created_at, now))))
            .execute(conn)?;
    }
    let language = user.language.clone().unwrap_or(org_language);
    Ok(SessionCheck::Live(SessionUser { session_id, user, org_name, time_zone, language, created_at }))
}

pub fn delete(conn: &mut DbConnection, token: &str) -> Result<(), StoreError> {
    diesel::delete(sessions::table.find(token_hash(token))).execute(conn)?;
    Ok(())
}

/// How long whose an ended session was is remembered: as long as a form posted with it may be
/// kept (`kept_forms::KEEP_FOR_MICROS`).
pub const REMEMBER_ENDED_MICROS: i64 = crate::kept_forms::KEEP_FOR_MICROS;

/// The person whose session (or sign-out marker) had the hashed id `id`, once it has ended.
fn ended_user(conn: &mut DbConnection, id: &str) -> Result<Option<String>, StoreError> {
    Ok(ended_sessions::table.find(id).select(ended_sessions::user_id).get_result(conn).optional()?)
}

/// Records that the session with the hashed id `id` was `user_id`'s and has ended.
pub(crate) fn remember_ended(conn: &mut DbConnection, id: &str, user_id: &str, now: i64) -> Result<(), StoreError> {
    diesel::delete(ended_sessions::table.find(id)).execute(conn)?;
    diesel::insert_into(ended_sessions::table)
        .values((ended_sessions::id.eq(id), ended_sessions::user_id.eq(user_id), ended_sessions::ended_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Whose the ended session (or the sign-out marker) behind `token` was, if that is still known.
pub fn ended_owner(conn: &mut DbConnection, token: &str) -> Result<Option<String>, StoreError> {
    ended_user(conn, &token_hash(token))
}

/// Signs out: ends the session behind `token` and remembers whose it was, under the session's
/// token and under `marker`, the token of a cookie the browser keeps instead of the session's,
/// so that a form posted later from a page left open is still known to be this person's.
/// Returns whose session it was, if it was anyone's. Ending a live session is audited in the same
/// transaction.
pub fn sign_out(
    conn: &mut DbConnection,
    token: &str,
    marker: &str,
    now: i64,
    request_id: Option<String>,
    client_addr: Option<String>,
) -> Result<Option<String>, StoreError> {
    let id = token_hash(token);
    write_tx(conn, |c| {
        let live: Option<(String, String)> = sessions::table
            .inner_join(users::table)
            .filter(sessions::id.eq(&id))
            .select((users::id, users::org_id))
            .get_result(c)
            .optional()?;
        let Some(user_id) =
            live.as_ref().map(|(u, _)| u.clone()).map_or_else(|| ended_user(c, &id), |u| Ok(Some(u)))?
        else {
            return Ok(None);
        };
        remember_ended(c, &id, &user_id, now)?;
        remember_ended(c, &token_hash(marker), &user_id, now)?;
        let gone = diesel::delete(sessions::table.find(&id)).execute(c)?;
        // Only ending a live session is an act worth the trail; a second sign-out is not.
        if let (Some((_, org_id)), 1..) = (live, gone) {
            let by = By::user(&user_id, request_id, client_addr);
            audit::record(c, &org_id, &by, "sign_out", "user", Some(&user_id))?;
        }
        Ok(Some(user_id))
    })
}

/// Ends every session of `user_id` (the account was disabled, or given a new password),
/// remembering whose they were. Call it inside the change's transaction.
pub fn end_all_for_user(conn: &mut DbConnection, user_id: &str, now: i64) -> Result<(), StoreError> {
    let ids: Vec<String> = sessions::table.filter(sessions::user_id.eq(user_id)).select(sessions::id).load(conn)?;
    for id in &ids {
        remember_ended(conn, id, user_id, now)?;
    }
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)?;
    Ok(())
}

pub fn count_for_user(conn: &mut DbConnection, user_id: &str) -> Result<i64, StoreError> {
    Ok(sessions::table.filter(sessions::user_id.eq(user_id)).count().get_result(conn)?)
}

/// Removes sessions that can no longer be used, remembering whose they were; returns how many.
/// Forgets whose ended sessions were after [`REMEMBER_ENDED_MICROS`].
pub fn purge_expired(conn: &mut DbConnection, now: i64) -> Result<usize, StoreError> {
    write_tx(conn, |c| {
        let dead: Vec<(String, String)> =
            sessions::table.filter(sessions::expires_at.le(now)).select((sessions::id, sessions::user_id)).load(c)?;
        for (id, user_id) in &dead {
            remember_ended(c, id, user_id, now)?;
        }
        diesel::delete(ended_sessions::table.filter(ended_sessions::ended_at.le(now - REMEMBER_ENDED_MICROS)))
            .execute(c)?;
        Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(c)?)
    })
}

#[cfg(all(test, feature = "testing"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use securebase_core::{DisplayName, Email, OrgName, Role};

    use super::*;
    use crate::orgs;
    use crate::testing::TestDb;
    use crate::users as accounts;

    // `authenticate` reads the session, user, organisation and roles in one joined statement:
    // every role must come back, a user with none must still be found, and the disabled flag
    // must end the session even when it was set without going through `users::set_disabled`.
    crate::both_backends!(authenticate_loads_every_role_and_refuses_the_disabled, |db: TestDb| async move {
        let store = db.store().await.unwrap();
        store
            .run(|c| {
                let org = orgs::create(c, &OrgName::parse("Org A").unwrap())?;
                let email = Email::parse("many@example.org").unwrap();
                let name = DisplayName::parse("Many Hats").unwrap();
                let new = accounts::NewUser {
                    org_id: &org.id,
                    email: &email,
                    display_name: &name,
                    role: Role::ChildSocialWorker,
                    password_hash: "not-a-real-hash",
                };
                let user = accounts::create(c, &new, &crate::audit::By::system("test"))?;
                accounts::set_roles(
                    c,
                    &org.id,
                    &user.id,
                    &[Role::Auditor, Role::TeamManager, Role::ChildSocialWorker],
                    &crate::audit::By::system("test"),
                )?;
                let policy = SessionPolicy::default();
                let now = crate::now_micros();
                create(c, "tok", None, &user.id, now, &policy)?;

                let su = authenticate(c, "tok", now, &policy)?.expect("live session");
                assert_eq!(su.user.id, user.id);
                assert_eq!(su.org_name, "Org A");
                let mut want = vec![Role::Auditor, Role::TeamManager, Role::ChildSocialWorker];
                want.sort_by_key(|r| Role::ALL.iter().position(|x| x == r));
                assert_eq!(su.user.roles, want);
                assert_eq!(su.user, accounts::get(c, &user.id)?);

                diesel::delete(user_roles::table.filter(user_roles::user_id.eq(&user.id))).execute(c)?;
                let su = authenticate(c, "tok", now, &policy)?.expect("still signed in without roles");
                assert!(su.user.roles.is_empty());

                diesel::update(users::table.find(&user.id)).set(users::disabled.eq(true)).execute(c)?;
                assert!(authenticate(c, "tok", now, &policy)?.is_none());
                assert_eq!(count_for_user(c, &user.id)?, 0, "the disabled user's session is deleted");
                assert!(authenticate(c, "no-such-token", now, &policy)?.is_none());
                Ok(())
            })
            .await
            .unwrap();
    });
}
