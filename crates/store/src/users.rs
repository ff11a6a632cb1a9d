//! The people who sign in. Email is unique across the installation because it is the sign-in name.

use diesel::prelude::*;
use securebase_core::{DisplayName, Email, Role};

use crate::audit::{self, By};
use crate::db::write_tx;
use crate::error::Conflict;
use crate::schema::{user_roles, users};
use crate::{DbConnection, StoreError, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub org_id: String,
    pub email: String,
    pub display_name: String,
    /// Every role the person holds in their organisation, in a stable order.
    pub roles: Vec<Role>,
    pub disabled: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    /// The language the person chose to read securebase in (a code); `None`: their
    /// organisation's.
    pub language: Option<String>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(crate) struct UserRow {
    id: String,
    org_id: String,
    email: String,
    display_name: String,
    disabled: bool,
    created_at: i64,
    updated_at: i64,
    version: i64,
    language: Option<String>,
}

impl User {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn role_labels(&self) -> String {
        self.roles.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ")
    }
}

impl UserRow {
    /// The user with the roles stored under these keys.
    pub(crate) fn with_role_keys(self, keys: impl IntoIterator<Item = String>) -> Result<User, StoreError> {
        let roles = keys.into_iter().map(|k| parse_role(&k)).collect::<Result<Vec<_>, _>>()?;
        Ok(self.with_roles(roles))
    }

    fn with_roles(self, mut roles: Vec<Role>) -> User {
        roles.sort_by_key(|r| Role::ALL.iter().position(|x| x == r));
        roles.dedup();
        User {
            id: self.id,
            org_id: self.org_id,
            email: self.email,
            display_name: self.display_name,
            roles,
            disabled: self.disabled,
            created_at: self.created_at,
            updated_at: self.updated_at,
            version: self.version,
            language: self.language,
        }
    }
}

fn parse_role(key: &str) -> Result<Role, StoreError> {
    Role::parse(key).ok_or_else(|| StoreError::Invalid(format!("unknown role '{key}'")))
}

/// Attaches roles to rows with one query for all of them.
pub(crate) fn attach_roles(conn: &mut DbConnection, rows: Vec<UserRow>) -> Result<Vec<User>, StoreError> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let pairs: Vec<(String, String)> = if ids.is_empty() {
        Vec::new()
    } else {
        user_roles::table
            .filter(user_roles::user_id.eq_any(&ids))
            .select((user_roles::user_id, user_roles::role))
            .load(conn)?
    };
    rows.into_iter()
        .map(|row| {
            let roles = pairs
                .iter()
                .filter(|(u, _)| *u == row.id)
                .map(|(_, r)| parse_role(r))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(row.with_roles(roles))
        })
        .collect()
}

/// One user's roles. A plain `=` rather than `attach_roles`' `IN (...)`, so diesel can keep the
/// prepared statement in its cache.
pub(crate) fn attach_one(conn: &mut DbConnection, row: UserRow) -> Result<User, StoreError> {
    let keys: Vec<String> =
        user_roles::table.filter(user_roles::user_id.eq(&row.id)).select(user_roles::role).load(conn)?;
    row.with_role_keys(keys)
}

pub struct NewUser<'a> {
    pub org_id: &'a str,
    pub email: &'a Email,
    pub display_name: &'a DisplayName,
    pub role: Role,
    pub password_hash: &'a str,
}

/// Adds a person. `by` is who added them, for the audit trail; its event is written in the
/// same transaction. The same holds for every change below.
pub fn create(conn: &mut DbConnection, new: &NewUser<'_>, by: &By) -> Result<User, StoreError> {
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
                users::password_hash.eq(new.password_hash),
                users::disabled.eq(false),
                users::created_at.eq(now),
                users::updated_at.eq(now),
                users::version.eq(1_i64),
            ))
            .execute(c)?;
        diesel::insert_into(user_roles::table)
            .values((user_roles::user_id.eq(&id), user_roles::role.eq(new.role.key())))
            .execute(c)?;
        audit::record(c, new.org_id, by, &format!("create:{}", new.role.key()), "user", Some(&id))?;
        get(c, &id)
    })
}

/// Replaces a person's roles (at least one) within their organisation.
pub fn set_roles(conn: &mut DbConnection, org_id: &str, id: &str, roles: &[Role], by: &By) -> Result<User, StoreError> {
    if roles.is_empty() {
        return Err(StoreError::Invalid("a person needs at least one role".into()));
    }
    write_tx(conn, |c| {
        let user = get_in_org(c, org_id, id)?;
        diesel::delete(user_roles::table.filter(user_roles::user_id.eq(&user.id))).execute(c)?;
        for r in roles {
            diesel::insert_into(user_roles::table)
                .values((user_roles::user_id.eq(&user.id), user_roles::role.eq(r.key())))
                .execute(c)?;
        }
        diesel::update(users::table.find(&user.id))
            .set((users::updated_at.eq(now_micros()), users::version.eq(user.version + 1)))
            .execute(c)?;
        let keys: Vec<&str> = roles.iter().map(|r| r.key()).collect();
        audit::record(c, org_id, by, &format!("set_roles:{}", keys.join(",")), "user", Some(&user.id))?;
        get(c, &user.id)
    })
}

fn email_taken(conn: &mut DbConnection, email: &Email) -> Result<bool, StoreError> {
    let n: i64 = users::table.filter(users::email.eq(email.as_str())).count().get_result(conn)?;
    Ok(n > 0)
}

/// Any user by id, whatever the organisation: for the command line and the session layer only.
pub fn get(conn: &mut DbConnection, id: &str) -> Result<User, StoreError> {
    // `get_result` rather than `first`: the key is unique, and on SQLite a bound `LIMIT ?` makes
    // the cached statement re-prepare on every use (see docs/decisions.md).
    let row =
        users::table.find(id).select(UserRow::as_select()).get_result(conn).optional()?.ok_or(StoreError::NotFound)?;
    attach_one(conn, row)
}

/// A user of the given organisation; one from any other organisation is simply not found.
pub fn get_in_org(conn: &mut DbConnection, org_id: &str, id: &str) -> Result<User, StoreError> {
    let row = users::table
        .filter(users::id.eq(id).and(users::org_id.eq(org_id)))
        .select(UserRow::as_select())
        .get_result(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    attach_one(conn, row)
}

/// The user and their password hash, for signing in.
pub fn find_for_sign_in(conn: &mut DbConnection, email: &Email) -> Result<Option<(User, String)>, StoreError> {
    let row: Option<(UserRow, String)> = users::table
        .filter(users::email.eq(email.as_str()))
        .select((UserRow::as_select(), users::password_hash))
        .get_result(conn)
        .optional()?;
    row.map(|(u, h)| Ok((attach_one(conn, u)?, h))).transpose()
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> Result<Option<User>, StoreError> {
    Ok(find_for_sign_in(conn, email)?.map(|(u, _)| u))
}

pub fn list_in_org(conn: &mut DbConnection, org_id: &str) -> Result<Vec<User>, StoreError> {
    let rows = users::table
        .filter(users::org_id.eq(org_id))
        .order((users::display_name.asc(), users::email.asc()))
        .select(UserRow::as_select())
        .load(conn)?;
    attach_roles(conn, rows)
}

/// Disabling also ends every session of the user in the same transaction, so the account stops
/// working on the very next request on every app server.
pub fn set_disabled(
    conn: &mut DbConnection,
    org_id: &str,
    id: &str,
    disabled: bool,
    by: &By,
) -> Result<User, StoreError> {
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
            crate::sessions::end_all_for_user(c, &user.id, now_micros())?;
        }
        audit::record(c, org_id, by, if disabled { "disable" } else { "enable" }, "user", Some(&user.id))?;
        get(c, &user.id)
    })
}

/// A new password ends the user's existing sessions: whoever knew the old one is signed out.
pub fn set_password_hash(
    conn: &mut DbConnection,
    org_id: &str,
    id: &str,
    hash: &str,
    by: &By,
) -> Result<User, StoreError> {
    write_tx(conn, |c| {
        let user = get_in_org(c, org_id, id)?;
        diesel::update(users::table.find(&user.id))
            .set((
                users::password_hash.eq(hash),
                users::updated_at.eq(now_micros()),
                users::version.eq(user.version + 1),
            ))
            .execute(c)?;
        crate::sessions::end_all_for_user(c, &user.id, now_micros())?;
        audit::record(c, org_id, by, "reset_password", "user", Some(&user.id))?;
        get(c, &user.id)
    })
}
