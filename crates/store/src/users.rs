//! The people who sign in. Email is unique across the installation because it is the sign-in name.

use diesel::prelude::*;
use securebase_core::{DisplayName, Email, Role};

use crate::db::write_tx;
use crate::error::Conflict;
use crate::schema::{sessions, users};
use crate::{DbConnection, StoreError, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub org_id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(crate) struct UserRow {
    id: String,
    org_id: String,
    email: String,
    display_name: String,
    role: String,
    disabled: bool,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<User, StoreError> {
        let role = Role::parse(&r.role).ok_or_else(|| StoreError::Invalid(format!("unknown role '{}'", r.role)))?;
        Ok(User {
            id: r.id,
            org_id: r.org_id,
            email: r.email,
            display_name: r.display_name,
            role,
            disabled: r.disabled,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
        })
    }
}

pub struct NewUser<'a> {
    pub org_id: &'a str,
    pub email: &'a Email,
    pub display_name: &'a DisplayName,
    pub role: Role,
    pub password_hash: &'a str,
}

pub fn create(conn: &mut DbConnection, new: &NewUser<'_>) -> Result<User, StoreError> {
    write_tx(conn, |c| {
        if email_taken(c, new.email)? {
            return Err(StoreError::Conflict(Conflict::EmailTaken));
        }
        let now = now_micros();
        let id = new_id();
        diesel::insert_into(users::table)
            .values((
                users::id.eq(&id),
                users::org_id.eq(new.org_id),
                users::email.eq(new.email.as_str()),
                users::display_name.eq(new.display_name.as_str()),
                users::role.eq(new.role.key()),
                users::password_hash.eq(new.password_hash),
                users::disabled.eq(false),
                users::created_at.eq(now),
                users::updated_at.eq(now),
                users::version.eq(1_i64),
            ))
            .execute(c)?;
        get(c, &id)
    })
}

fn email_taken(conn: &mut DbConnection, email: &Email) -> Result<bool, StoreError> {
    let n: i64 = users::table.filter(users::email.eq(email.as_str())).count().get_result(conn)?;
    Ok(n > 0)
}

/// Any user by id, whatever the organisation: for the command line and the session layer only.
pub fn get(conn: &mut DbConnection, id: &str) -> Result<User, StoreError> {
    users::table.find(id).select(UserRow::as_select()).first(conn).optional()?.ok_or(StoreError::NotFound)?.try_into()
}

/// A user of the given organisation; one from any other organisation is simply not found.
pub fn get_in_org(conn: &mut DbConnection, org_id: &str, id: &str) -> Result<User, StoreError> {
    users::table
        .filter(users::id.eq(id).and(users::org_id.eq(org_id)))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?
        .try_into()
}

/// The user and their password hash, for signing in.
pub fn find_for_sign_in(conn: &mut DbConnection, email: &Email) -> Result<Option<(User, String)>, StoreError> {
    let row: Option<(UserRow, String)> = users::table
        .filter(users::email.eq(email.as_str()))
        .select((UserRow::as_select(), users::password_hash))
        .first(conn)
        .optional()?;
    row.map(|(u, h)| Ok((u.try_into()?, h))).transpose()
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> Result<Option<User>, StoreError> {
    Ok(find_for_sign_in(conn, email)?.map(|(u, _)| u))
}

pub fn list_in_org(conn: &mut DbConnection, org_id: &str) -> Result<Vec<User>, StoreError> {
    users::table
        .filter(users::org_id.eq(org_id))
        .order((users::display_name.asc(), users::email.asc()))
        .select(UserRow::as_select())
        .load(conn)?
        .into_iter()
        .map(User::try_from)
        .collect()
}

/// Disabling also ends every session of the user in the same transaction, so the account stops
/// working on the very next request on every app server.
pub fn set_disabled(conn: &mut DbConnection, org_id: &str, id: &str, disabled: bool) -> Result<User, StoreError> {
    write_tx(conn, |c| {
        let user = get_in_org(c, org_id, id)?;
        diesel::update(users::table.find(&user.id))
            .set((
                users::disabled.eq(disabled),
                users::updated_at.eq(now_micros()),
                users::version.eq(user.version + 1),
            ))
            .execute(c)?;
        if disabled {
            diesel::delete(sessions::table.filter(sessions::user_id.eq(&user.id))).execute(c)?;
        }
        get(c, &user.id)
    })
}

/// A new password ends the user's existing sessions: whoever knew the old one is signed out.
pub fn set_password_hash(conn: &mut DbConnection, org_id: &str, id: &str, hash: &str) -> Result<User, StoreError> {
    write_tx(conn, |c| {
        let user = get_in_org(c, org_id, id)?;
        diesel::update(users::table.find(&user.id))
            .set((
                users::password_hash.eq(hash),
                users::updated_at.eq(now_micros()),
                users::version.eq(user.version + 1),
            ))
            .execute(c)?;
        diesel::delete(sessions::table.filter(sessions::user_id.eq(&user.id))).execute(c)?;
        get(c, &user.id)
    })
}
