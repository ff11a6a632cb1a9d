//! Organisations: the tenants. Every case row will hang off one.

use diesel::prelude::*;
use securebase_core::OrgName;
use securebase_core::assessment::SignOffRule;
use securebase_core::policy::Action;

use crate::access::Scope;

use crate::db::write_tx;
use crate::error::Conflict;
use crate::schema::organisations;
use crate::{DbConnection, StoreError, new_id, now_micros};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

/// Adds an organisation, recording who did so as the first event of its audit trail.
pub fn add(conn: &mut DbConnection, name: &OrgName, by: &crate::audit::By) -> Result<Org, StoreError> {
    write_tx(conn, |c| {
        let org = insert(c, name)?;
        crate::audit::record(c, &org.id, by, "create", "organisation", Some(&org.id))?;
        Ok(org)
    })
}

/// Adds an organisation without an audit event: for the demo's seeding and for tests.
pub fn create(conn: &mut DbConnection, name: &OrgName) -> Result<Org, StoreError> {
    write_tx(conn, |c| insert(c, name))
}

fn insert(c: &mut DbConnection, name: &OrgName) -> Result<Org, StoreError> {
    {
        if find_by_name(c, name.as_str())?.is_some() {
            return Err(StoreError::Conflict(Conflict::OrgNameTaken));
        }
        let org = Org { id: new_id(), name: name.as_str().to_owned(), created_at: now_micros() };
        diesel::insert_into(organisations::table)
            .values((
                organisations::id.eq(&org.id),
                organisations::name.eq(&org.name),
                organisations::created_at.eq(org.created_at),
            ))
            .execute(c)?;
        Ok(org)
    }
}

pub fn find_by_name(conn: &mut DbConnection, name: &str) -> Result<Option<Org>, StoreError> {
    Ok(organisations::table.filter(organisations::name.eq(name)).select(Org::as_select()).first(conn).optional()?)
}

pub fn get(conn: &mut DbConnection, id: &str) -> Result<Org, StoreError> {
    organisations::table.find(id).select(Org::as_select()).first(conn).optional()?.ok_or(StoreError::NotFound)
}

/// An organisation named by id or by exact name, for the command line.
pub fn find(conn: &mut DbConnection, id_or_name: &str) -> Result<Org, StoreError> {
    if let Some(org) = organisations::table.find(id_or_name).select(Org::as_select()).first(conn).optional()? {
        return Ok(org);
    }
    find_by_name(conn, id_or_name)?.ok_or(StoreError::NotFound)
}

pub fn list(conn: &mut DbConnection) -> Result<Vec<Org>, StoreError> {
    Ok(organisations::table.order(organisations::name.asc()).select(Org::as_select()).load(conn)?)
}

/// Who signs off the organisation's assessments.
pub fn sign_off_rule(conn: &mut DbConnection, org_id: &str) -> Result<SignOffRule, StoreError> {
    let key: String = organisations::table
        .filter(organisations::id.eq(org_id))
        .select(organisations::assessment_sign_off)
        .first(conn)?;
    Ok(SignOffRule::parse(&key).unwrap_or(SignOffRule::Worker))
}

pub fn set_sign_off_rule(conn: &mut DbConnection, scope: &Scope, rule: SignOffRule) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageContent)?;
    write_tx(conn, |c| {
        diesel::update(organisations::table.filter(organisations::id.eq(scope.org_id())))
            .set(organisations::assessment_sign_off.eq(rule.key()))
            .execute(c)?;
        crate::audit::append(
            c,
            scope.actor(),
            &format!("sign_off_rule:{}", rule.key()),
            "organisation",
            Some(scope.org_id()),
        )?;
        Ok(())
    })
}

/// The organisation's time zone: an IANA name such as "Europe/London".
pub fn time_zone(conn: &mut DbConnection, org_id: &str) -> Result<String, StoreError> {
    Ok(organisations::table.filter(organisations::id.eq(org_id)).select(organisations::time_zone).first(conn)?)
}

/// Sets the zone the organisation's people read times in. The caller has checked that `zone`
/// is a known IANA name.
pub fn set_time_zone(conn: &mut DbConnection, scope: &Scope, zone: &str) -> Result<(), StoreError> {
    scope.require_in_org(Action::ManageContent)?;
    write_tx(conn, |c| {
        diesel::update(organisations::table.filter(organisations::id.eq(scope.org_id())))
            .set(organisations::time_zone.eq(zone))
            .execute(c)?;
        crate::audit::append(c, scope.actor(), &format!("time_zone:{zone}"), "organisation", Some(scope.org_id()))?;
        Ok(())
    })
}
