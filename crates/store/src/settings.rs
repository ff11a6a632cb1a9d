//! A person's own settings: the language they read securebase in and their password. Each
//! person may change only their own; nothing here takes another person's id. The organisation's
//! default language is the administrator's (see [`set_org_language`]).

use diesel::prelude::*;
use securebase_core::Language;
use securebase_core::policy::Action;

use crate::access::Scope;
use crate::db::write_tx;
use crate::schema::{organisations, sessions, users};
use crate::{DbConnection, StoreError, audit, now_micros};

/// What the settings page shows: the person's own choice (`None`: the organisation's) and the
/// organisation's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Own {
    pub language: Option<Language>,
    pub org_language: Language,
}

pub fn own(conn: &mut DbConnection, scope: &Scope) -> Result<Own, StoreError> {
    let (mine, org): (Option<String>, String) = users::table
        .inner_join(organisations::table)
        .filter(users::id.eq(&scope.actor().user_id))
        .filter(users::org_id.eq(scope.org_id()))
        .select((users::language, organisations::language))
        .first(conn)?;
    Ok(Own {
        language: mine.as_deref().and_then(Language::parse),
        org_language: Language::parse(&org).unwrap_or_default(),
    })
}

/// Sets the language the signed-in person reads securebase in; `None` follows the
/// organisation's default.
pub fn set_language(conn: &mut DbConnection, scope: &Scope, language: Option<Language>) -> Result<(), StoreError> {
    let user_id = scope.actor().user_id.clone();
    write_tx(conn, |c| {
        let n = diesel::update(users::table.filter(users::id.eq(&user_id)).filter(users::org_id.eq(scope.org_id())))
            .set((users::language.eq(language.map(Language::code)), users::updated_at.eq(now_micros())))
            .execute(c)?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        let what = format!("language:{}", language.map_or("organisation", Language::code));
        audit::append(c, scope.actor(), &what, "user", Some(&user_id))?;
        Ok(())
    })
}

/// The signed-in person's password hash, to check the current password they typed.
pub fn own_password_hash(conn: &mut DbConnection, scope: &Scope) -> Result<String, StoreError> {
    Ok(users::table
        .filter(users::id.eq(&scope.actor().user_id))
        .filter(users::org_id.eq(scope.org_id()))
        .filter(users::disabled.eq(false))
        .select(users::password_hash)
        .first(conn)?)
}

/// Stores the signed-in person's new password (already checked against their current one and
/// hashed) and ends their other sessions: a phone left signed in elsewhere is signed out, the
/// browser they changed it in stays signed in. `expected_hash` is the hash the current password
/// was checked against, so a change made meanwhile elsewhere is refused, not overwritten.
pub fn set_own_password(
    conn: &mut DbConnection,
    scope: &Scope,
    session_id: &str,
    expected_hash: &str,
    new_hash: &str,
) -> Result<(), StoreError> {
    let user_id = scope.actor().user_id.clone();
    write_tx(conn, |c| {
        let n = diesel::update(
            users::table
                .filter(users::id.eq(&user_id))
                .filter(users::org_id.eq(scope.org_id()))
                .filter(users::password_hash.eq(expected_hash)),
        )
        .set((
            users::password_hash.eq(new_hash),
            users::updated_at.eq(now_micros()),
            users::version.eq(users::version + 1),
        ))
        .execute(c)?;
        if n == 0 {
            return Err(StoreError::Conflict(crate::error::Conflict::StaleVersion));
        }
        let others: Vec<String> = sessions::table
            .filter(sessions::user_id.eq(&user_id))
            .filter(sessions::id.ne(session_id))
            .select(sessions::id)
            .load(c)?;
        let now = now_micros();
        for id in &others {
            crate::sessions::remember_ended(c, id, &user_id, now)?;
        }
        diesel::delete(sessions::table.filter(sessions::user_id.eq(&user_id)).filter(sessions::id.ne(session_id)))
            .execute(c)?;
        audit::append(c, scope.actor(), "change_own_password", "user", Some(&user_id))?;
        Ok(())
    })
}

/// The language the organisation's people read securebase in unless they choose their own.
pub fn set_org_language(conn: &mut DbConnection, scope: &Scope, language: Language) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageContent)?;
    write_tx(conn, |c| {
        diesel::update(organisations::table.filter(organisations::id.eq(scope.org_id())))
            .set(organisations::language.eq(language.code()))
            .execute(c)?;
        audit::append(
            c,
            scope.actor(),
            &format!("language:{}", language.code()),
            "organisation",
            Some(scope.org_id()),
        )?;
        Ok(())
    })
}

pub fn org_language(conn: &mut DbConnection, org_id: &str) -> Result<Language, StoreError> {
    let code: String =
        organisations::table.filter(organisations::id.eq(org_id)).select(organisations::language).first(conn)?;
    Ok(Language::parse(&code).unwrap_or_default())
}
