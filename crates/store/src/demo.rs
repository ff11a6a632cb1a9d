//! A fictional demo agency. Every name here is invented; no real person's data belongs here.

use securebase_core::{DisplayName, Email, OrgName, Role};

use crate::orgs::{self, Org};
use crate::users::{self, NewUser};
use crate::{DbConnection, StoreError};

pub const ORG_NAME: &str = "Northfield Family Placements (demo)";

pub const ACCOUNTS: &[(&str, &str, Role)] = &[
    ("admin@demo.test", "Priya Raman", Role::AgencyAdmin),
    ("manager@demo.test", "Tomasz Nowak", Role::TeamManager),
    ("ssw@demo.test", "Grace Okafor", Role::SupervisingSocialWorker),
    ("csw@demo.test", "Owen Hughes", Role::ChildSocialWorker),
    ("carer@demo.test", "Sam Whitfield", Role::Caregiver),
];

#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// False when the account already existed (running `demo` again changes nothing).
    pub created: bool,
}

/// Creates the demo organisation and accounts if missing. New accounts get `new_hash`;
/// existing ones get `reset_hash` when given, and otherwise keep their password.
pub fn seed(
    conn: &mut DbConnection,
    new_hash: &str,
    reset_hash: Option<&str>,
) -> Result<(Org, Vec<DemoAccount>), StoreError> {
    let org_name = OrgName::parse(ORG_NAME).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let org = match orgs::find_by_name(conn, ORG_NAME)? {
        Some(o) => o,
        None => orgs::create(conn, &org_name)?,
    };
    let mut out = Vec::new();
    for (email, name, role) in ACCOUNTS {
        let email = Email::parse(email).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let name = DisplayName::parse(name).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let created = match users::find_by_email(conn, &email)? {
            Some(existing) => {
                if let Some(h) = reset_hash {
                    users::set_password_hash(conn, &existing.org_id, &existing.id, h)?;
                }
                if existing.disabled {
                    users::set_disabled(conn, &existing.org_id, &existing.id, false)?;
                }
                false
            }
            None => {
                users::create(
                    conn,
                    &NewUser {
                        org_id: &org.id,
                        email: &email,
                        display_name: &name,
                        role: *role,
                        password_hash: new_hash,
                    },
                )?;
                true
            }
        };
        out.push(DemoAccount { email: email.to_string(), name: name.to_string(), role: *role, created });
    }
    Ok((org, out))
}
