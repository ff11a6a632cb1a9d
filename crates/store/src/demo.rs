//! A fictional demo agency. Every name here is invented; no real person's data belongs here.
//!
//! `seed` creates "Northfield Family Placements (demo)" with five named accounts and a
//! believable caseload: three teams, twelve workers, forty households and eighty children with
//! placement histories. `seed_scaled` adds more organisations of the same shape ("Demo Agency 2",
//! ...) for load testing. The data comes from a small deterministic generator seeded per
//! organisation, so the same names and stories appear every time (dates move with today).

#[path = "demo_names.rs"]
mod demo_names;
#[path = "demo_nb.rs"]
mod demo_nb;

use std::collections::HashSet;

use diesel::prelude::*;
use securebase_core::content::ContentPack;
use securebase_core::records::{
    ApprovalStatus, CarerType, EndReason, HouseholdType, MemberRole, PlacementType, RelationKind,
};
use securebase_core::{DisplayName, Email, Language, OrgName, Role};

use self::demo_names::{BRITISH, HERITAGES, Heritage};
use crate::audit::By;
use crate::db::write_tx;
use crate::orgs::{self, Org};
use crate::schema::{
    child_relations, child_workers, children, household_members, household_workers, households, organisations,
    placements, team_members, teams, user_roles, users,
};
use crate::users::{self as accounts, NewUser};
use crate::{DbConnection, StoreError, new_id, now_micros};

pub const ORG_NAME: &str = "Northfield Family Placements (demo)";

pub const ACCOUNTS: &[(&str, &str, Role)] = &[
    ("admin@demo.test", "Priya Raman", Role::AgencyAdmin),
    ("manager@demo.test", "Tomasz Nowak", Role::TeamManager),
    ("ssw@demo.test", "Grace Okafor", Role::SupervisingSocialWorker),
    ("csw@demo.test", "Owen Hughes", Role::ChildSocialWorker),
    ("carer@demo.test", "Sam Whitfield", Role::Caregiver),
];

/// What each demo organisation holds.
pub const TEAMS_PER_ORG: usize = 3;
pub const WORKERS_PER_ORG: usize = 12;
pub const HOUSEHOLDS_PER_ORG: usize = 40;
pub const CHILDREN_PER_ORG: usize = 80;

/// Rows per INSERT: well under SQLite's bind-variable limit for the widest table.
const BATCH: usize = 400;

#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// False when the account already existed (running `demo` again changes nothing).
    pub created: bool,
}

/// One demo organisation after seeding, for progress reports.
#[derive(Debug, Clone)]
pub struct OrgSummary {
    /// 1 for the first organisation ([`ORG_NAME`]), then 2, 3, ...
    pub index: u32,
    pub org: Org,
    /// False when the organisation already had its demo data and was skipped.
    pub created: bool,
    /// What the organisation was given this time (all zero when skipped). `workers` counts
    /// its team managers and social workers, named accounts included.
    pub workers: usize,
    pub households: usize,
    pub children: usize,
    pub placements: usize,
    /// Child and caregiver assessments, signed off and in draft.
    pub assessments: usize,
}

/// Everything `seed_scaled` did.
#[derive(Debug, Clone)]
pub struct DemoSeed {
    /// The first organisation, which holds the named accounts.
    pub org: Org,
    pub accounts: Vec<DemoAccount>,
    pub orgs: Vec<OrgSummary>,
}

/// The name of demo organisation `index` (1-based).
pub fn org_name(index: u32) -> String {
    org_name_in(Language::En, index)
}

/// The name of demo organisation `index` (1-based) of the demo in `language`: [`ORG_NAME`], then
/// "Demo Agency 2", ... in English; "Fjordbyen barneverntjeneste (demo)", then
/// "Demobarneverntjeneste 2", ... in Norwegian.
pub fn org_name_in(language: Language, index: u32) -> String {
    lexicon(language).org_name(index)
}

/// The email domain of the generated workers of demo organisation `index`: `demo.test` for the
/// first, `demo2.test`, `demo3.test`, ... after it, so every email stays unique.
pub fn email_domain(index: u32) -> String {
    email_domain_in(Language::En, index)
}

/// [`email_domain`] for the demo in `language`: `fjordbyen.test`, `fjordbyen2.test`, ... in Norwegian, so the
/// emails of both demos stay unique side by side.
pub fn email_domain_in(language: Language, index: u32) -> String {
    lexicon(language).email_domain(index)
}

/// The named accounts (email, name, role) of the first organisation of the demo in `language`:
/// [`ACCOUNTS`] in English, the same roles at `fjordbyen.test` in Norwegian.
pub fn accounts(language: Language) -> &'static [(&'static str, &'static str, Role)] {
    lexicon(language).accounts
}

/// Every given name and every family name the demo in `language` draws its people from, for
/// checking that an agency's people are named in its own language's way.
pub fn name_pool(language: Language) -> (HashSet<&'static str>, HashSet<&'static str>) {
    let words = lexicon(language);
    let mut given = HashSet::new();
    let mut family = HashSet::new();
    for h in words.heritages.iter().chain(std::iter::once(words.fallback)) {
        given.extend(h.female.iter().chain(h.male).copied());
        family.extend(h.family.iter().copied());
    }
    (given, family)
}

/// Creates the demo organisation, its accounts and its caseload if missing. New accounts get
/// `new_hash`; existing ones get `reset_hash` when given, and otherwise keep their password.
pub fn seed(
    conn: &mut DbConnection,
    new_hash: &str,
    reset_hash: Option<&str>,
) -> Result<(Org, Vec<DemoAccount>), StoreError> {
    let done = seed_scaled(conn, new_hash, reset_hash, 1, &mut |_| {})?;
    Ok((done.org, done.accounts))
}

/// Like [`seed`], for the Norwegian demo agency, which lives beside the English one: a
/// kommunal barneverntjeneste whose organisation reads securebase in Bokmål (language `nb`,
/// time zone Europe/Oslo; its people follow it), with the same roles at `fjordbyen.test`
/// ([`accounts`]), a caseload of the same shape from the same generator in Norwegian words, and
/// assessments started from the Norwegian content pack. Running it again changes nothing.
pub fn seed_norwegian(
    conn: &mut DbConnection,
    new_hash: &str,
    reset_hash: Option<&str>,
) -> Result<(Org, Vec<DemoAccount>), StoreError> {
    let done = seed_scaled_in(conn, Language::Nb, new_hash, reset_hash, 1, &mut |_| {})?;
    Ok((done.org, done.accounts))
}

/// Like [`seed`], for `scale` organisations: the first with the named accounts, then "Demo
/// Agency 2" and so on, each with its own workers (`first.last@demoN.test`), households and
/// children. An organisation that already has its demo data is skipped (its generated workers
/// only get `reset_hash` when one is given). Each organisation is written in one transaction
/// and reported to `progress` as soon as it is done.
pub fn seed_scaled(
    conn: &mut DbConnection,
    new_hash: &str,
    reset_hash: Option<&str>,
    scale: u32,
    progress: &mut dyn FnMut(&OrgSummary),
) -> Result<DemoSeed, StoreError> {
    seed_scaled_in(conn, Language::En, new_hash, reset_hash, scale, progress)
}

/// [`seed_scaled`] for the demo in `language` (see [`seed_norwegian`]): its organisations are
/// named by [`org_name_in`] and its emails are at [`email_domain_in`], so the demos of both
/// languages can live in one database.
pub fn seed_scaled_in(
    conn: &mut DbConnection,
    language: Language,
    new_hash: &str,
    reset_hash: Option<&str>,
    scale: u32,
    progress: &mut dyn FnMut(&OrgSummary),
) -> Result<DemoSeed, StoreError> {
    let words = lexicon(language);
    let (org, accounts) = seed_accounts(conn, words, new_hash, reset_hash)?;
    let pack = content_pack(language)?;
    let mut orgs = Vec::new();
    for index in 1..=scale.max(1) {
        let first = if index == 1 { Some(&org) } else { None };
        let summary = seed_org(conn, words, index, first, new_hash, reset_hash, &pack)?;
        progress(&summary);
        orgs.push(summary);
    }
    Ok(DemoSeed { org, accounts, orgs })
}

/// The built-in content pack the demo's assessments are started from, in `language`.
fn content_pack(language: Language) -> Result<ContentPack, StoreError> {
    fn invalid<E: ToString>(errors: Vec<E>) -> StoreError {
        let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
        StoreError::Invalid(format!("the built-in content pack: {}", all.join("; ")))
    }
    match language {
        // The English pack alone, as the English demo has always read it.
        Language::En => securebase_core::content::embedded_pack().map_err(invalid),
        other => Ok(securebase_core::content::embedded_packs().map_err(invalid)?.get(other).clone()),
    }
}

/// The first organisation and its five named accounts.
fn seed_accounts(
    conn: &mut DbConnection,
    words: &'static Lexicon,
    new_hash: &str,
    reset_hash: Option<&str>,
) -> Result<(Org, Vec<DemoAccount>), StoreError> {
    let org_name = OrgName::parse(words.org_name).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let org = match orgs::find_by_name(conn, words.org_name)? {
        Some(o) => o,
        None => write_tx(conn, |c| {
            let org = Org { id: new_id(), name: org_name.as_str().to_owned(), created_at: now_micros() };
            insert_org(c, &org, words)?;
            Ok::<_, StoreError>(org)
        })?,
    };
    let mut out = Vec::new();
    for (email, name, role) in words.accounts {
        let email = Email::parse(email).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let name = DisplayName::parse(name).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let created = match accounts::find_by_email(conn, &email)? {
            Some(existing) => {
                if let Some(h) = reset_hash {
                    accounts::set_password_hash(conn, &existing.org_id, &existing.id, h, &By::system("demo"))?;
                }
                if existing.disabled {
                    accounts::set_disabled(conn, &existing.org_id, &existing.id, false, &By::system("demo"))?;
                }
                false
            }
            None => {
                accounts::create(
                    conn,
                    &NewUser {
                        org_id: &org.id,
                        email: &email,
                        display_name: &name,
                        role: *role,
                        password_hash: new_hash,
                    },
                    &By::system("demo"),
                )?;
                true
            }
        };
        out.push(DemoAccount { email: email.to_string(), name: name.to_string(), role: *role, created });
    }
    Ok((org, out))
}

/// A new demo organisation, reading securebase in the demo's language and keeping time in its
/// zone (for the English demo the defaults, `en` and Europe/London). Like `orgs::create`, no
/// audit event: nobody made it.
fn insert_org(c: &mut DbConnection, org: &Org, words: &Lexicon) -> Result<(), StoreError> {
    diesel::insert_into(organisations::table)
        .values((
            organisations::id.eq(&org.id),
            organisations::name.eq(&org.name),
            organisations::created_at.eq(org.created_at),
            organisations::language.eq(words.language.code()),
            organisations::time_zone.eq(words.time_zone),
        ))
        .execute(c)?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn seed_org(
    conn: &mut DbConnection,
    words: &'static Lexicon,
    index: u32,
    first: Option<&Org>,
    new_hash: &str,
    reset_hash: Option<&str>,
    pack: &ContentPack,
) -> Result<OrgSummary, StoreError> {
    let name = words.org_name(index);
    let domain = words.email_domain(index);
    write_tx(conn, |c| {
        let now = now_micros();
        let org = match first {
            Some(o) => o.clone(),
            None => match orgs::find_by_name(c, &name)? {
                Some(o) => o,
                None => {
                    let org = Org { id: new_id(), name: name.clone(), created_at: now };
                    insert_org(c, &org, words)?;
                    org
                }
            },
        };
        let skipped = |org: Org| OrgSummary {
            index,
            org,
            created: false,
            workers: 0,
            households: 0,
            children: 0,
            placements: 0,
            assessments: 0,
        };
        let seeded: i64 = teams::table.filter(teams::org_id.eq(&org.id)).count().get_result(c)?;
        if seeded > 0 {
            if let Some(h) = reset_hash {
                reset_worker_passwords(c, words, &org.id, &domain, h, now)?;
            }
            return Ok(skipped(org));
        }
        let named = if index == 1 { Named::load(c, words, &org.id)? } else { Named::default() };
        let taken: HashSet<String> = users::table
            .filter(users::email.like(format!("%@{domain}")))
            .select(users::email)
            .load::<String>(c)?
            .into_iter()
            .collect();
        let drafts_by = named.csw.clone();
        let today = days_from_micros(now);
        let agency = Gen::new(words, index, &org.id, now, today, domain, taken, new_hash.to_owned(), named).build();
        let assessed = demo_assessments::build(&agency, words, pack, index, &org.id, today, drafts_by.as_deref());
        agency.insert(c)?;
        assessed.insert(c)?;
        Ok(OrgSummary {
            index,
            org,
            created: true,
            workers: agency.team_members.len(),
            households: agency.households.len(),
            children: agency.children.len(),
            placements: agency.placements.len(),
            assessments: assessed.len(),
        })
    })
}

/// Gives the generated workers of an already seeded organisation a new password, ending their
/// sessions (remembering whose they were) and auditing each reset, as any password change does.
/// The named accounts are handled one by one above.
fn reset_worker_passwords(
    c: &mut DbConnection,
    words: &Lexicon,
    org_id: &str,
    domain: &str,
    hash: &str,
    now: i64,
) -> Result<(), StoreError> {
    let named: Vec<&str> = words.accounts.iter().map(|(e, _, _)| *e).collect();
    let ids: Vec<String> = users::table
        .filter(users::org_id.eq(org_id))
        .filter(users::email.like(format!("%@{domain}")))
        .filter(users::email.ne_all(&named))
        .select(users::id)
        .load(c)?;
    for chunk in ids.chunks(BATCH) {
        diesel::update(users::table.filter(users::id.eq_any(chunk)))
            .set((users::password_hash.eq(hash), users::updated_at.eq(now), users::version.eq(users::version + 1)))
            .execute(c)?;
        for id in chunk {
            crate::sessions::end_all_for_user(c, id, now)?;
            crate::audit::record(c, org_id, &By::system("demo"), "reset_password", "user", Some(id))?;
        }
    }
    Ok(())
}

/// The named accounts of the first organisation that take part in its caseload.
#[derive(Default)]
struct Named {
    manager: Option<String>,
    ssw: Option<String>,
    csw: Option<String>,
    carer: Option<String>,
}

impl Named {
    fn load(c: &mut DbConnection, words: &Lexicon, org_id: &str) -> Result<Named, StoreError> {
        let emails: Vec<&str> = words.accounts.iter().map(|(e, _, _)| *e).collect();
        let found: Vec<(String, String)> = users::table
            .filter(users::org_id.eq(org_id))
            .filter(users::email.eq_any(&emails))
            .select((users::email, users::id))
            .load(c)?;
        // The first named account in each role: manager@, ssw@, csw@ and carer@.
        let id_of = |role: Role| {
            let (email, _, _) = words.accounts.iter().find(|(_, _, r)| *r == role)?;
            found.iter().find(|(e, _)| e == email).map(|(_, id)| id.clone())
        };
        Ok(Named {
            manager: id_of(Role::TeamManager),
            ssw: id_of(Role::SupervisingSocialWorker),
            csw: id_of(Role::ChildSocialWorker),
            carer: id_of(Role::Caregiver),
        })
    }
}

// ---------------------------------------------------------------- rows

#[derive(Insertable, Debug)]
#[diesel(table_name = users)]
struct UserRow {
    id: String,
    org_id: String,
    email: String,
    display_name: String,
    password_hash: String,
    disabled: bool,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = user_roles)]
struct UserRoleRow {
    user_id: String,
    role: String,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = teams)]
struct TeamRow {
    id: String,
    org_id: String,
    name: String,
    created_at: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = team_members)]
struct TeamMemberRow {
    team_id: String,
    user_id: String,
    is_manager: bool,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = households, treat_none_as_default_value = false)]
struct HouseholdRow {
    id: String,
    org_id: String,
    name: String,
    address: String,
    household_type: String,
    approval_status: String,
    approval_age_min: Option<i32>,
    approval_age_max: Option<i32>,
    approval_places: Option<i32>,
    approval_placement_types: String,
    approval_date: Option<String>,
    next_review_date: Option<String>,
    archived_at: Option<i64>,
    created_at: i64,
    created_by: String,
    updated_at: i64,
    updated_by: String,
    version: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = household_members, treat_none_as_default_value = false)]
struct MemberRow {
    id: String,
    org_id: String,
    household_id: String,
    name: String,
    member_role: String,
    carer_type: Option<String>,
    user_id: Option<String>,
    date_of_birth: Option<String>,
    archived_at: Option<i64>,
    created_at: i64,
    created_by: String,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = children, treat_none_as_default_value = false)]
struct ChildRow {
    id: String,
    org_id: String,
    given_names: String,
    family_name: String,
    preferred_name: String,
    date_of_birth: String,
    gender: String,
    ethnicity: String,
    religion: String,
    first_language: String,
    legal_status: String,
    local_identifier: String,
    health_notes: String,
    education_notes: String,
    important_people: String,
    archived_at: Option<i64>,
    created_at: i64,
    created_by: String,
    updated_at: i64,
    updated_by: String,
    version: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = child_relations, treat_none_as_default_value = false)]
struct RelationRow {
    id: String,
    org_id: String,
    child_id: String,
    kind: String,
    name: String,
    relationship: String,
    contact_arrangements: String,
    notes: String,
    archived_at: Option<i64>,
    created_at: i64,
    created_by: String,
    updated_at: i64,
    updated_by: String,
    version: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = placements, treat_none_as_default_value = false)]
struct PlacementRow {
    id: String,
    org_id: String,
    child_id: String,
    household_id: String,
    placement_type: String,
    start_date: String,
    planned_end_date: Option<String>,
    end_date: Option<String>,
    end_reason: Option<String>,
    end_note: String,
    created_at: i64,
    created_by: String,
    updated_at: i64,
    updated_by: String,
    version: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = child_workers, treat_none_as_default_value = false)]
struct ChildWorkerRow {
    id: String,
    org_id: String,
    child_id: String,
    user_id: String,
    start_at: i64,
    end_at: Option<i64>,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = household_workers, treat_none_as_default_value = false)]
struct HouseholdWorkerRow {
    id: String,
    org_id: String,
    household_id: String,
    user_id: String,
    start_at: i64,
    end_at: Option<i64>,
}

/// One organisation's rows, written table by table in batches.
#[derive(Default, Debug)]
struct Agency {
    users: Vec<UserRow>,
    user_roles: Vec<UserRoleRow>,
    teams: Vec<TeamRow>,
    team_members: Vec<TeamMemberRow>,
    households: Vec<HouseholdRow>,
    household_members: Vec<MemberRow>,
    household_workers: Vec<HouseholdWorkerRow>,
    children: Vec<ChildRow>,
    child_relations: Vec<RelationRow>,
    placements: Vec<PlacementRow>,
    child_workers: Vec<ChildWorkerRow>,
}

/// Batched inserts go to the inner connection: diesel's `MultiConnection` cannot build a
/// multi-row INSERT, while each backend can. The transaction is the inner connection's anyway.
macro_rules! insert_batched {
    ($conn:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks(BATCH) {
            match &mut *$conn {
                DbConnection::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                DbConnection::Postgres(c) => diesel::insert_into($table).values(chunk).execute(c)?,
            };
        }
    };
}

impl Agency {
    fn insert(&self, c: &mut DbConnection) -> Result<(), StoreError> {
        insert_batched!(c, users::table, self.users);
        insert_batched!(c, user_roles::table, self.user_roles);
        insert_batched!(c, teams::table, self.teams);
        insert_batched!(c, team_members::table, self.team_members);
        insert_batched!(c, households::table, self.households);
        insert_batched!(c, household_members::table, self.household_members);
        insert_batched!(c, household_workers::table, self.household_workers);
        insert_batched!(c, children::table, self.children);
        insert_batched!(c, child_relations::table, self.child_relations);
        insert_batched!(c, placements::table, self.placements);
        insert_batched!(c, child_workers::table, self.child_workers);
        Ok(())
    }
}

// After `insert_batched!`, which it uses.
#[path = "demo_assessments.rs"]
mod demo_assessments;

// ---------------------------------------------------------------- randomness and dates

/// splitmix64: tiny, fast and good enough to make demo data look varied yet reproducible.
struct Rng(u64);

impl Rng {
    /// Seeded for organisation `index` of the demo in `words`' language.
    fn for_org(index: u32, words: &Lexicon) -> Rng {
        Rng(0x5EC0_BA5E_D3A0_0000 ^ u64::from(index).wrapping_mul(0x2545_F491_4F6C_DD1D) ^ words.salt)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }

    /// lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo { lo } else { lo + (self.next_u64() % (hi - lo + 1) as u64) as i64 }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1_u64 << 53) as f64
    }

    fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        let i = self.below(items.len());
        items.get(i).copied().unwrap_or_default()
    }

    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
        let mut x = self.next_u64() % total.max(1);
        for (i, w) in weights.iter().enumerate() {
            if x < u64::from(*w) {
                return i;
            }
            x -= u64::from(*w);
        }
        0
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

const MICROS_PER_DAY: i64 = 86_400_000_000;

fn days_from_micros(micros: i64) -> i64 {
    micros.div_euclid(MICROS_PER_DAY)
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// 'YYYY-MM-DD'.
fn ymd(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The same calendar day `years` later (28 February for 29 February).
fn add_years(days: i64, years: i64) -> i64 {
    let (y, m, d) = civil_from_days(days);
    days_from_civil(y + years, m, if m == 2 && d == 29 { 28 } else { d })
}

/// Whole years from `born` to `on`.
fn age_on(born: i64, on: i64) -> i64 {
    let (by, bm, bd) = civil_from_days(born);
    let (oy, om, od) = civil_from_days(on);
    let years = oy - by - i64::from((om, od) < (bm, bd));
    years.max(0)
}

/// Lower-case ASCII for an email local part: "Wójcik" becomes "wojcik", "O'Brien" "obrien",
/// "Hætta" "haetta" and "Sørensen" "sorensen".
fn email_slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        let folded = match ch {
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'á' | 'à' | 'â' | 'ä' | 'ą' | 'ă' | 'ã' | 'å' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'đ' => 'd',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ế' | 'ė' => 'e',
            'ğ' => 'g',
            'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
            'ł' => 'l',
            'ń' | 'ñ' | 'ŋ' => 'n',
            'ó' | 'ò' | 'ô' | 'ö' | 'ọ' | 'ő' | 'ø' => 'o',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ț' | 'ţ' | 'ŧ' => 't',
            'ú' | 'ù' | 'û' | 'ü' | 'ư' | 'ứ' | 'ū' => 'u',
            'ý' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ả' | 'ạ' | 'ấ' => 'a',
            'ơ' | 'ớ' => 'o',
            c => c,
        };
        if folded.is_ascii_alphanumeric() || folded == '-' {
            out.push(folded);
        }
    }
    out
}

// ---------------------------------------------------------------- words

/// Everything the generator writes in words, in one language: the tables of `demo_names.rs` and
/// the text below for [`ENGLISH`], those of `demo_nb.rs` for [`NORWEGIAN`], and the assessments'
/// templates. The generator is the same for both: only its words, and its seed, differ.
struct Lexicon {
    language: Language,
    /// Mixed into each organisation's seed, so that each language's agency has a caseload of its
    /// own: 0 in English, whose demo stays as it always was.
    salt: u64,
    time_zone: &'static str,
    /// The first organisation's name, and the others' with `{index}`.
    org_name: &'static str,
    org_name_n: &'static str,
    accounts: &'static [(&'static str, &'static str, Role)],
    /// The first organisation's email domain, and the others' with `{index}`.
    domain: &'static str,
    domain_n: &'static str,
    /// Of the first organisation's local identifiers (the others' are `D{index}`).
    local_id_prefix: &'static str,
    heritages: &'static [Heritage],
    /// The majority heritage in `heritages`.
    majority: usize,
    fallback: &'static Heritage,
    short_names: &'static [(&'static str, &'static str)],
    homes: &'static [&'static str],
    teams: &'static [&'static str; TEAMS_PER_ORG],
    health: &'static [(i64, i64, &'static str)],
    disruption_notes: &'static [&'static str],
    planned_notes: &'static [&'static str],
    girl_friends: &'static [&'static str],
    boy_friends: &'static [&'static str],
    /// An address, from the language's streets and towns.
    address: fn(&mut Rng) -> String,
    /// Nursery, school or college for a child of this age, in one of the towns.
    education: fn(&mut Rng, i64) -> String,
    // Legal statuses.
    ico: &'static str,
    care_order: &'static str,
    s20: &'static str,
    s20_uasc: &'static str,
    placement_order: &'static str,
    care_leaver: &'static str,
    care_order_discharged: &'static str,
    /// The carer@ household's family name and its two carers, the account holder first.
    demo_carer_family: &'static str,
    demo_carers: [&'static str; 2],
    /// Household names, with `{family}`, or `{a}` and `{b}` for a couple of two names.
    household: &'static str,
    household_couple: &'static str,
    household_kinship: &'static str,
    /// Kinship carers (woman, man) for (grandparents, paternal): (true, true), (true, false),
    /// (false, true), (false, false).
    kinship_relatives: [(&'static str, &'static str); 4],
    /// A grandmother with `{given}`: (maternal, paternal).
    grandmother: [&'static str; 2],
    /// How a child in kinship care names the carer they live with: (relative, given name).
    kinship_called: fn(&str, &str) -> String,
    /// The carer as a relation, with `{rel}`, and how they are in touch.
    kinship_relation: &'static str,
    lives_with_them: &'static str,
    not_known: &'static str,
    /// The language most children here speak first.
    main_language: &'static str,
    /// How health notes without needs begin.
    no_known_health: &'static str,
    /// Gender as recorded: female, male, non-binary.
    genders: [&'static str; 3],
    // How the last placement ended.
    end_age18: &'static str,
    end_reunified: &'static str,
    end_elsewhere: &'static str,
    end_emergency: &'static str,
    end_retired: &'static str,
    // Important people.
    uasc_family: &'static str,
    /// With `{}` for a family name.
    adults_outside: [&'static str; 4],
    carers_dog: &'static str,
    // Relations: (unaccompanied, otherwise), (female, male), (same home, elsewhere).
    mother: (&'static str, &'static str),
    father: (&'static str, &'static str),
    sibling: (&'static str, &'static str),
    uasc_mother_contact: &'static str,
    adoption_contact: &'static str,
    ico_contacts: [&'static str; 2],
    s20_contact: &'static str,
    care_order_contacts: [&'static str; 4],
    contact_risk_note: &'static str,
    uasc_father_contact: &'static str,
    father_contacts: [&'static str; 4],
    sibling_contact: (&'static str, &'static str),
    former_carer: &'static str,
    former_carer_contact: &'static str,
    significant_adults: [&'static str; 4],
    significant_contact: &'static str,
    assessments: &'static demo_assessments::Wording,
}

impl Lexicon {
    fn org_name(&self, index: u32) -> String {
        if index <= 1 { self.org_name.to_owned() } else { self.org_name_n.replace("{index}", &index.to_string()) }
    }

    fn email_domain(&self, index: u32) -> String {
        if index <= 1 { self.domain.to_owned() } else { self.domain_n.replace("{index}", &index.to_string()) }
    }

    /// The key the assessments' pronouns go by ("Female", "Male", "Non-binary") of a gender as
    /// this language records it.
    fn gender_key<'a>(&self, recorded: &'a str) -> &'a str {
        let [female, male, non_binary] = self.genders;
        if recorded == female {
            "Female"
        } else if recorded == male {
            "Male"
        } else if recorded == non_binary {
            "Non-binary"
        } else {
            recorded
        }
    }
}

fn lexicon(language: Language) -> &'static Lexicon {
    match language {
        Language::En => &ENGLISH,
        Language::Nb => &NORWEGIAN,
    }
}

/// `template` with each `{key}` replaced by its value.
fn fill_in(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (key, value)| text.replace(key, value))
}

static ENGLISH: Lexicon = Lexicon {
    language: Language::En,
    salt: 0,
    time_zone: "Europe/London",
    org_name: ORG_NAME,
    org_name_n: "Demo Agency {index}",
    accounts: ACCOUNTS,
    domain: "demo.test",
    domain_n: "demo{index}.test",
    local_id_prefix: "NFP",
    heritages: HERITAGES,
    majority: BRITISH,
    fallback: &FALLBACK,
    short_names: demo_names::SHORT_NAMES,
    homes: demo_names::HOMES,
    teams: &demo_names::TEAMS,
    health: demo_names::HEALTH,
    disruption_notes: demo_names::DISRUPTION_NOTES,
    planned_notes: demo_names::PLANNED_NOTES,
    girl_friends: demo_names::GIRL_FRIENDS,
    boy_friends: demo_names::BOY_FRIENDS,
    address: address_en,
    education: education_en,
    ico: ICO,
    care_order: CARE_ORDER,
    s20: S20,
    s20_uasc: S20_UASC,
    placement_order: PLACEMENT_ORDER,
    care_leaver: CARE_LEAVER,
    care_order_discharged: "Care order discharged",
    demo_carer_family: "Whitfield",
    demo_carers: ["Sam Whitfield", "Chris Whitfield"],
    household: "The {family} family",
    household_couple: "The {a} and {b} family",
    household_kinship: "The {family} family (kinship)",
    kinship_relatives: [
        ("Paternal grandmother", "Paternal grandfather"),
        ("Maternal grandmother", "Maternal grandfather"),
        ("Paternal aunt", "Paternal uncle"),
        ("Maternal aunt", "Maternal uncle"),
    ],
    grandmother: ["Nan {given} (maternal grandmother)", "Nan {given} (paternal grandmother)"],
    kinship_called: kinship_called_en,
    kinship_relation: "{rel} (kinship carer)",
    lives_with_them: "Lives with them.",
    not_known: "Not known",
    main_language: "English",
    no_known_health: "No known",
    genders: ["Female", "Male", "Non-binary"],
    end_age18: "Moved to supported lodgings with help from a personal adviser.",
    end_reunified: "Returned home to mother; family support continues.",
    end_elsewhere: "Moved to a placement with another provider.",
    end_emergency: "Moved on once a matched placement was found.",
    end_retired: "The carers retired from fostering.",
    uasc_family: "Mother and younger siblings overseas",
    adults_outside: [
        "Mr {} at school",
        "Ms {}, youth worker",
        "coach {} at the football club",
        "Mrs {}, the school's learning mentor",
    ],
    carers_dog: "the carers' dog, Biscuit",
    mother: ("Mother", "Birth mother"),
    father: ("Father", "Birth father"),
    sibling: ("Sister", "Brother"),
    uasc_mother_contact: "Lives overseas; phone calls when the line allows.",
    adoption_contact: "Letterbox contact twice a year.",
    ico_contacts: ["Supervised contact three times a week at the family centre.", "Supervised contact twice a week."],
    s20_contact: "Unsupervised contact at weekends; overnight stays being considered.",
    care_order_contacts: [
        "Supervised contact once a month.",
        "Contact every six weeks in the community.",
        "Phone call every Sunday; visit once a month.",
        "No direct contact at present; to be reviewed at the next review.",
    ],
    contact_risk_note: "Risk assessment in place; a contact supervisor is present.",
    uasc_father_contact: "Whereabouts unknown.",
    father_contacts: [
        "Letterbox contact once a year.",
        "Supervised contact once a month.",
        "No contact; whereabouts unknown.",
        "Phone calls on birthdays and at Christmas.",
    ],
    sibling_contact: ("Lives in the same home.", "Fortnightly contact arranged between the carers."),
    former_carer: "Former foster carer",
    former_carer_contact: "Keeps in touch by phone; visits at birthdays.",
    significant_adults: ["Mentor", "Youth worker", "Godparent", "Family friend"],
    significant_contact: "Sees them every few weeks.",
    assessments: &demo_assessments::ENGLISH_WORDING,
};

static NORWEGIAN: Lexicon = {
    use self::demo_nb as nb;
    Lexicon {
        language: Language::Nb,
        salt: 0x4E42_0000_B0C5_4A1D,
        time_zone: nb::TIME_ZONE_NB,
        org_name: nb::ORG_NAME_NB,
        org_name_n: nb::ORG_NAME_N_NB,
        accounts: nb::ACCOUNTS_NB,
        domain: nb::EMAIL_DOMAIN_NB,
        domain_n: nb::EMAIL_DOMAIN_N_NB,
        local_id_prefix: nb::LOCAL_ID_PREFIX_NB,
        heritages: nb::HERITAGES_NB,
        majority: nb::BRITISH_NB,
        fallback: &nb::FALLBACK_NB,
        short_names: nb::SHORT_NAMES_NB,
        homes: nb::HOMES_NB,
        teams: &nb::TEAMS_NB,
        health: nb::HEALTH_NB,
        disruption_notes: nb::DISRUPTION_NOTES_NB,
        planned_notes: nb::PLANNED_NOTES_NB,
        girl_friends: nb::GIRL_FRIENDS_NB,
        boy_friends: nb::BOY_FRIENDS_NB,
        address: address_nb,
        education: education_nb,
        ico: nb::ICO_NB,
        care_order: nb::CARE_ORDER_NB,
        s20: nb::S20_NB,
        s20_uasc: nb::S20_UASC_NB,
        placement_order: nb::PLACEMENT_ORDER_NB,
        care_leaver: nb::CARE_LEAVER_NB,
        care_order_discharged: nb::CARE_ORDER_DISCHARGED_NB,
        demo_carer_family: nb::DEMO_CARER_FAMILY_NB,
        demo_carers: nb::DEMO_CARERS_NB,
        household: nb::HOUSEHOLD_NB,
        household_couple: nb::HOUSEHOLD_COUPLE_NB,
        household_kinship: nb::HOUSEHOLD_KINSHIP_NB,
        kinship_relatives: nb::KINSHIP_RELATIVES_NB,
        grandmother: nb::GRANDMOTHER_NB,
        kinship_called: kinship_called_nb,
        kinship_relation: nb::KINSHIP_RELATION_NB,
        lives_with_them: nb::LIVES_WITH_THEM_NB,
        not_known: nb::NOT_KNOWN_NB,
        main_language: nb::MAIN_LANGUAGE_NB,
        no_known_health: nb::NO_KNOWN_HEALTH_NB,
        genders: nb::GENDERS_NB,
        end_age18: nb::END_AGE18_NB,
        end_reunified: nb::END_REUNIFIED_NB,
        end_elsewhere: nb::END_ELSEWHERE_NB,
        end_emergency: nb::END_EMERGENCY_NB,
        end_retired: nb::END_RETIRED_NB,
        uasc_family: nb::UASC_FAMILY_NB,
        adults_outside: nb::ADULTS_OUTSIDE_NB,
        carers_dog: nb::CARERS_DOG_NB,
        mother: nb::MOTHER_NB,
        father: nb::FATHER_NB,
        sibling: nb::SIBLING_NB,
        uasc_mother_contact: nb::UASC_MOTHER_CONTACT_NB,
        adoption_contact: nb::ADOPTION_CONTACT_NB,
        ico_contacts: nb::ICO_CONTACTS_NB,
        s20_contact: nb::S20_CONTACT_NB,
        care_order_contacts: nb::CARE_ORDER_CONTACTS_NB,
        contact_risk_note: nb::CONTACT_RISK_NOTE_NB,
        uasc_father_contact: nb::UASC_FATHER_CONTACT_NB,
        father_contacts: nb::FATHER_CONTACTS_NB,
        sibling_contact: nb::SIBLING_CONTACT_NB,
        former_carer: nb::FORMER_CARER_NB,
        former_carer_contact: nb::FORMER_CARER_CONTACT_NB,
        significant_adults: nb::SIGNIFICANT_ADULTS_NB,
        significant_contact: nb::SIGNIFICANT_CONTACT_NB,
        assessments: &demo_assessments::NORWEGIAN_WORDING,
    }
};

fn address_en(rng: &mut Rng) -> String {
    const LETTERS: &[char] = &['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W'];
    let number = rng.range(1, 148);
    let street = rng.pick(demo_names::STREETS);
    let town = rng.pick(demo_names::TOWNS);
    let district = rng.range(1, 19);
    let sector = rng.range(1, 9);
    let (a, b) = (rng.pick(LETTERS), rng.pick(LETTERS));
    format!("{number} {street}, {town}, NF{district} {sector}{a}{b}")
}

/// "Bjørkeveien 12, 3018 Drammen": the postcode one of the town's.
fn address_nb(rng: &mut Rng) -> String {
    let number = rng.range(1, 96);
    let street = rng.pick(demo_nb::STREETS_NB);
    let town = rng.pick(demo_nb::TOWNS_NB);
    let (lo, hi) =
        demo_nb::TOWN_POSTCODES_NB.iter().find(|(t, _, _)| *t == town).map_or((1000, 9999), |(_, lo, hi)| (*lo, *hi));
    let postcode = rng.range(lo, hi);
    fill_in(
        demo_nb::ADDRESS_NB,
        &[
            ("{street}", street),
            ("{number}", &number.to_string()),
            ("{postcode}", &format!("{postcode:04}")),
            ("{town}", town),
        ],
    )
}

fn education_en(rng: &mut Rng, age: i64) -> String {
    let town = rng.pick(demo_names::TOWNS);
    match age {
        0..=1 => rng
            .pick(&["Not yet in early years provision; goes to a baby group with the carer.", "Not in nursery yet."])
            .to_owned(),
        2..=3 => format!(
            "{} at {town} Children's Centre nursery.",
            rng.pick(&["Funded nursery place, 15 hours a week,", "Nursery three mornings a week"])
        ),
        4 => format!("Reception at {town} Primary School; settling in well."),
        5..=10 => {
            let year = age - 4;
            let extra = rng.pick(&[
                "PEP reviewed this term.",
                "Has an EHCP for speech, language and communication.",
                "Attendance 95%; loves reading with the carer.",
                "Extra help with phonics from the virtual school.",
                "Finds playtimes hard; has a key adult.",
            ]);
            format!("Year {year} at {town} Primary School. {extra}")
        }
        11..=15 => {
            let year = age - 4;
            let extra = rng.pick(&[
                "PEP up to date.",
                "EHCP for social, emotional and mental health needs.",
                "Part-time timetable while settling after a move.",
                "Attendance improving; mentor from the virtual school.",
                "Predicted good GCSE grades in science.",
                "Two fixed-term exclusions last year; none this year.",
            ]);
            format!("Year {year} at {town} Academy. {extra}")
        }
        16..=17 => rng
            .pick(&[
                "Level 2 motor vehicle course at Northfield College.",
                "Sixth form, studying A levels.",
                "Hair and beauty apprenticeship; virtual school keeps in touch.",
                "Not in education or training; personal adviser helping with options.",
                "ESOL and maths at Northfield College.",
            ])
            .to_owned(),
        _ => "At college; in touch with the leaving care team.".to_owned(),
    }
}

fn education_nb(rng: &mut Rng, age: i64) -> String {
    let town = rng.pick(demo_nb::TOWNS_NB);
    demo_nb::education_nb(age, town, &mut |items| rng.pick(items))
}

/// "Nan Jean (maternal grandmother, kinship carer)": what the child calls the relative, the
/// relative's given name, and how they are related.
fn kinship_called_en(rel: &str, given: &str) -> String {
    let called = match rel.rsplit(' ').next() {
        Some("grandmother") => "Nan",
        Some("grandfather") => "Grandad",
        Some("aunt") => "Aunt",
        _ => "Uncle",
    };
    format!("{called} {given} ({}, kinship carer)", rel.to_lowercase())
}

/// "Mormor Kari (slektsfosterforelder)": Norwegian names the side in the word the child says.
fn kinship_called_nb(rel: &str, given: &str) -> String {
    fill_in(demo_nb::KINSHIP_CALLED_NB, &[("{rel}", rel), ("{given}", given)])
}

// ---------------------------------------------------------------- the generator

/// Twelve workers: (team, role). The first three are manager@, ssw@ and csw@ in the first
/// organisation.
const SLOTS: [(usize, Role); WORKERS_PER_ORG] = [
    (0, Role::TeamManager),
    (0, Role::SupervisingSocialWorker),
    (0, Role::ChildSocialWorker),
    (0, Role::SupervisingSocialWorker),
    (0, Role::ChildSocialWorker),
    (1, Role::TeamManager),
    (1, Role::SupervisingSocialWorker),
    (1, Role::ChildSocialWorker),
    (1, Role::ChildSocialWorker),
    (2, Role::TeamManager),
    (2, Role::SupervisingSocialWorker),
    (2, Role::ChildSocialWorker),
];

/// How long before its approval a household's assessment began: its supervising social worker
/// then is the one who assessed the carers.
const APPROVAL_ASSESSMENT_DAYS: i64 = 180;

/// Caseload of the named workers in the first organisation (and of the same slots elsewhere).
const FIRST_SSW_HOUSEHOLDS: usize = 5;
const FIRST_CSW_CHILDREN: usize = 8;

/// Foster approval ranges: (min age, max age).
const FOSTER_AGES: &[(i64, i64)] = &[(0, 4), (0, 10), (0, 18), (0, 18), (5, 18), (8, 18), (11, 18), (2, 12), (0, 12)];

const FOSTER_TYPES: &[&[PlacementType]] = &[
    &[PlacementType::Emergency, PlacementType::ShortTerm],
    &[PlacementType::ShortTerm, PlacementType::LongTerm],
    &[PlacementType::Emergency, PlacementType::ShortTerm, PlacementType::LongTerm, PlacementType::Respite],
    &[PlacementType::LongTerm, PlacementType::Permanence],
    &[PlacementType::ShortTerm, PlacementType::LongTerm, PlacementType::Permanence, PlacementType::Respite],
    &[PlacementType::ShortTerm, PlacementType::Respite],
];

/// Children in care by age in years, roughly as in England: few babies, most aged 10 and over.
const AGE_WEIGHTS: [u32; 18] = [5, 4, 4, 3, 3, 3, 3, 4, 4, 4, 6, 6, 7, 7, 7, 7, 12, 12];

/// Ages of the first few freely placed families, so every age band is always present.
const ANCHOR_AGES: &[i64] = &[0, 1, 3, 6, 9, 12, 14, 16, 18, 18];

const ICO: &str = "Interim care order";
const CARE_ORDER: &str = "Care order (s31)";
const S20: &str = "Section 20 accommodation";
const S20_UASC: &str = "Section 20 accommodation (unaccompanied asylum-seeking child)";
const PLACEMENT_ORDER: &str = "Placement order";
const CARE_LEAVER: &str = "Care leaver (former relevant child)";

struct Worker {
    id: String,
    role: Role,
    team: usize,
}

struct Plan {
    id: String,
    kind: HouseholdType,
    status: ApprovalStatus,
    age_min: i64,
    age_max: i64,
    places: i64,
    vacancy: i64,
    /// Places approved, whatever the status now (0 while still in assessment): no more
    /// children than this ever live there at once.
    cap: i64,
    /// (from, until, children): who lived there when, from the start day up to, not
    /// including, the end day; `i64::MAX` while it goes on.
    occupied: Vec<(i64, i64, i64)>,
    types: Vec<PlacementType>,
    heritage: usize,
    family: String,
    /// Carers' names with, for kinship carers, how they are related to the child.
    carers: Vec<(String, &'static str)>,
    /// Kinship on the father's side: the child shares the carers' family name.
    paternal: bool,
    /// The day the household was approved, for all but those still in assessment.
    approved_on: Option<i64>,
}

impl Plan {
    fn open(&self) -> bool {
        self.status == ApprovalStatus::Approved
    }

    fn fits(&self, age: i64) -> bool {
        self.age_min <= age && age <= self.age_max
    }

    /// Whether `n` more children could live here from `from` up to `until` without going over
    /// the approved places at any moment, the household having been approved by `from`.
    fn has_room(&self, from: i64, until: i64, n: i64) -> bool {
        if self.approved_on.is_none_or(|a| a > from) || self.cap < n {
            return false;
        }
        let overlapping: Vec<&(i64, i64, i64)> =
            self.occupied.iter().filter(|(s, e, _)| *s < until && *e > from).collect();
        // The most children at once is reached when one of them arrives (or at `from`).
        let moments = std::iter::once(from).chain(overlapping.iter().map(|(s, _, _)| *s).filter(|s| *s >= from));
        moments
            .map(|t| overlapping.iter().filter(|(s, e, _)| *s <= t && t < *e).map(|(_, _, k)| *k).sum::<i64>())
            .all(|here| here + n <= self.cap)
    }

    /// `wanted` if the household is approved for it, otherwise the nearest kind it is approved for.
    fn approved_as(&self, wanted: PlacementType) -> PlacementType {
        if self.types.contains(&wanted) {
            return wanted;
        }
        [PlacementType::ShortTerm, PlacementType::LongTerm, PlacementType::Permanence, PlacementType::Emergency]
            .into_iter()
            .find(|t| self.types.contains(t))
            .unwrap_or(wanted)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Lives in one of the agency's households now.
    Current,
    /// Left care at 18; the last placement ended on the birthday.
    Age18,
    /// Went home to family.
    Reunified,
}

struct Kid {
    id: String,
    given: String,
    preferred: String,
    family: String,
    female: bool,
    dob: i64,
    age: i64,
    /// Household they live in now, when placed.
    current: Option<usize>,
}

/// One earlier stay in a home: what kind of placement it was and how it ended.
#[derive(Clone, Copy)]
struct Stay {
    kind: PlacementType,
    reason: EndReason,
    note: &'static str,
}

/// An emergency placement lasts days or weeks, not longer.
const EMERGENCY_DAYS: i64 = 42;
/// A long-term placement lasts at least this long unless it ends early, unplanned.
pub const LONG_TERM_DAYS: i64 = 182;

impl Stay {
    /// The kind of placement a stay of `days` ending for `reason` can have been, given the kind
    /// wanted: a long emergency stay was short-term by then, and a short one that was meant to
    /// last but ended as planned was not long-term.
    fn kind_for(wanted: PlacementType, days: i64, reason: EndReason) -> PlacementType {
        match wanted {
            PlacementType::Emergency if days > EMERGENCY_DAYS => PlacementType::ShortTerm,
            PlacementType::LongTerm | PlacementType::Permanence
                if days < LONG_TERM_DAYS && reason != EndReason::Disruption =>
            {
                PlacementType::ShortTerm
            }
            k => k,
        }
    }

    /// Whether a home taking this stay as `kind` would tell a believable story.
    fn suits(self, kind: PlacementType, days: i64) -> bool {
        Stay::kind_for(kind, days, self.reason) == kind
    }
}

/// A family's dates: when they came into care and moved (the first bound is the day they came,
/// the last the day their story ends or today), and how their first stay began.
#[derive(Clone, Default)]
struct Dates {
    bounds: Vec<i64>,
    emergency_first: bool,
    span: i64,
}

struct Group {
    dates: Dates,
    heritage: usize,
    /// The other parent's heritage for children of mixed heritage.
    other: Option<usize>,
    kids: Vec<Kid>,
    target: Option<usize>,
    fate: Fate,
    uasc: bool,
    legal: &'static str,
    mother: String,
    father: String,
    worker: usize,
}

struct Background {
    ethnicity: String,
    religion: String,
    language: String,
    nan: String,
}

struct Gen {
    words: &'static Lexicon,
    rng: Rng,
    index: u32,
    org_id: String,
    now: i64,
    today: i64,
    domain: String,
    taken: HashSet<String>,
    hash: String,
    named: Named,
    actor: String,
    workers: Vec<Worker>,
    plans: Vec<Plan>,
    groups: Vec<Group>,
    out: Agency,
}

impl Gen {
    #[allow(clippy::too_many_arguments)]
    fn new(
        words: &'static Lexicon,
        index: u32,
        org_id: &str,
        now: i64,
        today: i64,
        domain: String,
        taken: HashSet<String>,
        hash: String,
        named: Named,
    ) -> Gen {
        Gen {
            words,
            rng: Rng::for_org(index, words),
            index,
            org_id: org_id.to_owned(),
            now,
            today,
            domain,
            taken,
            hash,
            named,
            actor: String::new(),
            workers: Vec::new(),
            plans: Vec::new(),
            groups: Vec::new(),
            out: Agency::default(),
        }
    }

    fn build(mut self) -> Agency {
        self.workers_and_teams();
        self.households();
        self.children_groups();
        self.place_current();
        self.plan_dates();
        self.write_children();
        self.out
    }

    // ------------------------------------------------------------ people and names

    fn heritage(&mut self) -> usize {
        let weights: Vec<u32> = self.words.heritages.iter().map(|h| h.weight).collect();
        self.rng.weighted(&weights)
    }

    fn h(&self, i: usize) -> &'static Heritage {
        let words = self.words;
        words.heritages.get(i).or(words.heritages.first()).unwrap_or(words.fallback)
    }

    fn given(&mut self, heritage: usize, female: bool) -> &'static str {
        let h = self.h(heritage);
        self.rng.pick(if female { h.female } else { h.male })
    }

    fn family_name(&mut self, heritage: usize) -> &'static str {
        let h = self.h(heritage);
        self.rng.pick(h.family)
    }

    fn full_name(&mut self, heritage: usize, female: bool) -> String {
        let g = self.given(heritage, female);
        let f = self.family_name(heritage);
        format!("{g} {f}")
    }

    /// A date of birth that makes someone exactly `age` today. Babies are at least six weeks
    /// old, so that even the youngest has been assessed twice.
    fn dob_for_age(&mut self, age: i64) -> i64 {
        let (y, m, d) = civil_from_days(self.today);
        let youngest = if age == 0 { 45 } else { 0 };
        days_from_civil(y - age, m, d.min(28)) - self.rng.range(youngest, 340)
    }

    fn address(&mut self) -> String {
        (self.words.address)(&mut self.rng)
    }

    fn micros_at(&self, day: i64) -> i64 {
        // 9:30 in the morning, UTC, on that day.
        day * MICROS_PER_DAY + 34_200_000_000
    }

    // ------------------------------------------------------------ workers

    fn workers_and_teams(&mut self) {
        let team_ids: Vec<String> = (0..TEAMS_PER_ORG).map(|_| new_id()).collect();
        for (slot, (team, role)) in SLOTS.iter().enumerate() {
            let existing = match slot {
                0 => self.named.manager.clone(),
                1 => self.named.ssw.clone(),
                2 => self.named.csw.clone(),
                _ => None,
            };
            let id = match existing {
                Some(id) => id,
                None => self.new_worker(*role),
            };
            self.workers.push(Worker { id, role: *role, team: *team });
        }
        self.actor = self.workers.first().map(|w| w.id.clone()).unwrap_or_default();
        for (i, name) in self.words.teams.iter().enumerate() {
            let Some(team_id) = team_ids.get(i) else { continue };
            self.out.teams.push(TeamRow {
                id: team_id.clone(),
                org_id: self.org_id.clone(),
                name: (*name).to_owned(),
                created_at: self.now,
            });
        }
        for w in &self.workers {
            let Some(team_id) = team_ids.get(w.team) else { continue };
            self.out.team_members.push(TeamMemberRow {
                team_id: team_id.clone(),
                user_id: w.id.clone(),
                is_manager: w.role == Role::TeamManager,
            });
        }
    }

    fn new_worker(&mut self, role: Role) -> String {
        let heritage = self.heritage();
        let female = self.rng.chance(70);
        let given = self.given(heritage, female);
        let family = self.family_name(heritage);
        let base = format!("{}.{}", email_slug(given), email_slug(family));
        let mut email = format!("{base}@{}", self.domain);
        let mut n = 2;
        while self.taken.contains(&email) {
            email = format!("{base}{n}@{}", self.domain);
            n += 1;
        }
        self.taken.insert(email.clone());
        let id = new_id();
        self.out.users.push(UserRow {
            id: id.clone(),
            org_id: self.org_id.clone(),
            email,
            display_name: format!("{given} {family}"),
            password_hash: self.hash.clone(),
            disabled: false,
            created_at: self.now,
            updated_at: self.now,
            version: 1,
        });
        self.out.user_roles.push(UserRoleRow { user_id: id.clone(), role: role.key().to_owned() });
        id
    }

    fn workers_with(&self, role: Role) -> Vec<usize> {
        self.workers.iter().enumerate().filter(|(_, w)| w.role == role).map(|(i, _)| i).collect()
    }

    // ------------------------------------------------------------ households

    fn households(&mut self) {
        let mut kinds = vec![HouseholdType::Residential];
        kinds.extend(std::iter::repeat_n(HouseholdType::Kinship, 7));
        kinds.resize(HOUSEHOLDS_PER_ORG - 1, HouseholdType::Foster);
        self.rng.shuffle(&mut kinds);
        kinds.insert(0, HouseholdType::Foster);

        let mut statuses = vec![ApprovalStatus::Approved; HOUSEHOLDS_PER_ORG];
        let mut foster: Vec<usize> =
            (1..HOUSEHOLDS_PER_ORG).filter(|i| kinds.get(*i) == Some(&HouseholdType::Foster)).collect();
        self.rng.shuffle(&mut foster);
        let foster_statuses = [
            ApprovalStatus::InAssessment,
            ApprovalStatus::InAssessment,
            ApprovalStatus::InAssessment,
            ApprovalStatus::OnHold,
            ApprovalStatus::OnHold,
            ApprovalStatus::Deregistered,
        ];
        for (i, s) in foster.iter().zip(foster_statuses) {
            if let Some(slot) = statuses.get_mut(*i) {
                *slot = s;
            }
        }
        let mut kin: Vec<usize> =
            (0..HOUSEHOLDS_PER_ORG).filter(|i| kinds.get(*i) == Some(&HouseholdType::Kinship)).collect();
        self.rng.shuffle(&mut kin);
        if let Some(slot) = kin.first().and_then(|i| statuses.get_mut(*i)) {
            *slot = ApprovalStatus::InAssessment;
        }

        for (i, (kind, status)) in kinds.into_iter().zip(statuses).enumerate() {
            let plan = match kind {
                HouseholdType::Residential => self.residential(),
                HouseholdType::Kinship => self.kinship(status),
                _ => self.foster(i, status),
            };
            self.plans.push(plan);
        }
        self.allocate_households();
    }

    fn foster(&mut self, i: usize, status: ApprovalStatus) -> Plan {
        let heritage = self.heritage();
        let id = new_id();
        let mut carers = Vec::new();
        let mut others: Vec<(String, MemberRole, i64)> = Vec::new();
        let family;
        let words = self.words;
        let carer_user = if i == 0 { self.named.carer.clone() } else { None };
        if let Some(user_id) = &carer_user {
            // The carer@demo.test household, the account holder its first carer.
            family = words.demo_carer_family.to_owned();
            for name in words.demo_carers {
                carers.push((name.to_owned(), ""));
            }
            let ages = [self.rng.range(38, 52), self.rng.range(38, 55)];
            for (n, ((name, _), age)) in carers.iter().zip(ages).enumerate() {
                let dob = self.dob_for_age(age);
                let uid = if n == 0 { Some(user_id.clone()) } else { None };
                self.push_member(&id, name, MemberRole::Carer, Some(CarerType::FosterCarer), uid, Some(dob));
            }
        } else {
            family = self.family_name(heritage).to_owned();
            let couple = self.rng.chance(65);
            let first_female = self.rng.chance(80);
            carers.push((format!("{} {family}", self.given(heritage, first_female)), ""));
            if couple {
                let second_female = if first_female { self.rng.chance(12) } else { self.rng.chance(85) };
                let second_family = if self.rng.chance(65) {
                    family.clone()
                } else {
                    let other = self.heritage();
                    self.family_name(other).to_owned()
                };
                carers.push((format!("{} {second_family}", self.given(heritage, second_female)), ""));
            }
            if self.rng.chance(35) {
                if couple && self.rng.chance(60) {
                    let female = self.rng.chance(50);
                    others.push((
                        format!("{} {family}", self.given(heritage, female)),
                        MemberRole::Child,
                        self.rng.range(4, 17),
                    ));
                } else {
                    let female = self.rng.chance(50);
                    let age = if self.rng.chance(70) { self.rng.range(19, 29) } else { self.rng.range(66, 84) };
                    others.push((format!("{} {family}", self.given(heritage, female)), MemberRole::Adult, age));
                }
            }
            let carer_ages: Vec<i64> = carers.iter().map(|_| self.rng.range(31, 66)).collect();
            for ((name, _), age) in carers.clone().iter().zip(carer_ages) {
                let dob = self.dob_for_age(age);
                self.push_member(&id, name, MemberRole::Carer, Some(CarerType::FosterCarer), None, Some(dob));
            }
            for (name, role, age) in &others {
                let dob = self.dob_for_age(*age);
                self.push_member(&id, name, *role, None, None, Some(dob));
            }
        }
        let surnames: Vec<&str> = carers.iter().filter_map(|(n, _)| n.rsplit_once(' ').map(|(_, f)| f)).collect();
        // Named as people say it, so that searching for "the Okafor family" finds it.
        let name = match surnames.as_slice() {
            [a, b] if a != b => fill_in(words.household_couple, &[("{a}", a), ("{b}", b)]),
            _ => fill_in(words.household, &[("{family}", &family)]),
        };
        let (age_min, age_max) = if i == 0 { (0, 12) } else { self.rng.pick(FOSTER_AGES) };
        let places = if i == 0 { 2 } else { [1, 2, 2, 2, 3, 3, 3, 4][self.rng.below(8)] };
        let types: Vec<PlacementType> = if i == 0 {
            vec![PlacementType::ShortTerm, PlacementType::LongTerm]
        } else {
            self.rng.pick(FOSTER_TYPES).to_vec()
        };
        self.push_household(
            id,
            name,
            HouseholdType::Foster,
            status,
            age_min,
            age_max,
            places,
            types,
            heritage,
            family,
            carers,
            false,
        )
    }

    fn kinship(&mut self, status: ApprovalStatus) -> Plan {
        let heritage = self.heritage();
        let id = new_id();
        let family = self.family_name(heritage).to_owned();
        let paternal = self.rng.chance(55);
        let grandparents = self.rng.chance(60);
        let (lo, hi) = if grandparents { (52, 74) } else { (27, 46) };
        let mut carers: Vec<(String, &'static str)> = Vec::new();
        let [paternal_grandparents, maternal_grandparents, paternal_aunt, maternal_aunt] = self.words.kinship_relatives;
        let (woman, man): (&'static str, &'static str) = match (grandparents, paternal) {
            (true, true) => paternal_grandparents,
            (true, false) => maternal_grandparents,
            (false, true) => paternal_aunt,
            (false, false) => maternal_aunt,
        };
        let woman_first = self.rng.chance(80);
        if woman_first || self.rng.chance(50) {
            carers.push((format!("{} {family}", self.given(heritage, true)), woman));
        }
        if !woman_first || self.rng.chance(45) {
            carers.push((format!("{} {family}", self.given(heritage, false)), man));
        }
        for (name, _) in carers.clone() {
            let age = self.rng.range(lo, hi);
            let dob = self.dob_for_age(age);
            self.push_member(&id, &name, MemberRole::Carer, Some(CarerType::KinshipCarer), None, Some(dob));
        }
        if carers.len() == 1 && self.rng.chance(40) {
            let female = self.rng.chance(50);
            let name = format!("{} {family}", self.given(heritage, female));
            let age = if grandparents { self.rng.range(19, 30) } else { self.rng.range(3, 15) };
            let role = if age >= 18 { MemberRole::Adult } else { MemberRole::Child };
            let dob = self.dob_for_age(age);
            self.push_member(&id, &name, role, None, None, Some(dob));
        }
        let places = if self.rng.chance(65) { 1 } else { 2 };
        let name = fill_in(self.words.household_kinship, &[("{family}", &family)]);
        self.push_household(
            id,
            name,
            HouseholdType::Kinship,
            status,
            0,
            18,
            places,
            vec![PlacementType::Kinship],
            heritage,
            family,
            carers,
            paternal,
        )
    }

    fn residential(&mut self) -> Plan {
        let id = new_id();
        let home = self.rng.pick(self.words.homes);
        let mut carers = Vec::new();
        for _ in 0..3 {
            let heritage = self.heritage();
            let female = self.rng.chance(60);
            let name = self.full_name(heritage, female);
            self.push_member(&id, &name, MemberRole::Carer, Some(CarerType::ResidentialKeyWorker), None, None);
            carers.push((name, ""));
        }
        self.push_household(
            id,
            home.to_owned(),
            HouseholdType::Residential,
            ApprovalStatus::Approved,
            10,
            17,
            4,
            vec![PlacementType::Residential],
            self.words.majority,
            home.to_owned(),
            carers,
            false,
        )
    }

    fn push_member(
        &mut self,
        household_id: &str,
        name: &str,
        role: MemberRole,
        carer_type: Option<CarerType>,
        user_id: Option<String>,
        dob: Option<i64>,
    ) {
        self.out.household_members.push(MemberRow {
            id: new_id(),
            org_id: self.org_id.clone(),
            household_id: household_id.to_owned(),
            name: name.to_owned(),
            member_role: role.key().to_owned(),
            carer_type: carer_type.map(|c| c.key().to_owned()),
            user_id,
            date_of_birth: dob.map(ymd),
            archived_at: None,
            created_at: self.now,
            created_by: self.actor.clone(),
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn push_household(
        &mut self,
        id: String,
        name: String,
        kind: HouseholdType,
        status: ApprovalStatus,
        age_min: i64,
        age_max: i64,
        places: i64,
        types: Vec<PlacementType>,
        heritage: usize,
        family: String,
        carers: Vec<(String, &'static str)>,
        paternal: bool,
    ) -> Plan {
        let assessed = status != ApprovalStatus::InAssessment;
        let approved_on = self.today - self.rng.range(200, 4200);
        let approval_date = assessed.then(|| ymd(approved_on));
        let next_review = match status {
            ApprovalStatus::Approved | ApprovalStatus::OnHold => {
                // The next anniversary of approval, allowing a few to be a little overdue.
                let mut due = add_years(approved_on, 1);
                while due < self.today - 40 {
                    due = add_years(due, 1);
                }
                Some(ymd(due))
            }
            _ => None,
        };
        let address = self.address();
        self.out.households.push(HouseholdRow {
            id: id.clone(),
            org_id: self.org_id.clone(),
            name,
            address,
            household_type: kind.key().to_owned(),
            approval_status: status.key().to_owned(),
            approval_age_min: assessed.then_some(age_min as i32),
            approval_age_max: assessed.then_some(age_max as i32),
            approval_places: assessed.then_some(places as i32),
            approval_placement_types: if assessed {
                types.iter().map(|t| t.key()).collect::<Vec<_>>().join(",")
            } else {
                String::new()
            },
            approval_date,
            next_review_date: next_review,
            archived_at: None,
            created_at: self.now,
            created_by: self.actor.clone(),
            updated_at: self.now,
            updated_by: self.actor.clone(),
            version: 1,
        });
        let cap = if assessed { places } else { 0 };
        let places = if status == ApprovalStatus::Approved { places } else { 0 };
        Plan {
            id,
            kind,
            status,
            age_min,
            age_max,
            places,
            vacancy: places,
            cap,
            occupied: Vec::new(),
            types,
            heritage,
            family,
            carers,
            paternal,
            approved_on: assessed.then_some(approved_on),
        }
    }

    /// Every household to one supervising social worker; the second slot (ssw@demo.test in the
    /// first organisation) has a small caseload including the carer@demo.test household.
    fn allocate_households(&mut self) {
        let ssws = self.workers_with(Role::SupervisingSocialWorker);
        let Some((&first, rest)) = ssws.split_first() else { return };
        let mut order: Vec<usize> = (1..self.plans.len()).collect();
        self.rng.shuffle(&mut order);
        order.insert(0, 0);
        for (n, h) in order.into_iter().enumerate() {
            let worker = if n < FIRST_SSW_HOUSEHOLDS || rest.is_empty() {
                first
            } else {
                rest.get((n - FIRST_SSW_HOUSEHOLDS) % rest.len()).copied().unwrap_or(first)
            };
            let (Some(plan), Some(w)) = (self.plans.get(h), self.workers.get(worker)) else { continue };
            let since = self.today - self.rng.range(30, 1500);
            // A worker who took the household on after its approval assessment began had a
            // colleague before them, who assessed the carers and wrote the reviews until then.
            // Chosen without the generator, so everything generated after stays as it was.
            let assessing_from = plan.approved_on.map(|a| a - APPROVAL_ASSESSMENT_DAYS);
            let colleague = ssws.iter().position(|s| *s == worker).and_then(|p| ssws.get((p + 1) % ssws.len()));
            if let (Some(from), Some(before)) =
                (assessing_from.filter(|f| *f < since), colleague.filter(|c| **c != worker))
                && let Some(b) = self.workers.get(*before)
            {
                self.out.household_workers.push(HouseholdWorkerRow {
                    id: new_id(),
                    org_id: self.org_id.clone(),
                    household_id: plan.id.clone(),
                    user_id: b.id.clone(),
                    start_at: self.micros_at(from),
                    end_at: Some(self.micros_at(since)),
                });
            }
            self.out.household_workers.push(HouseholdWorkerRow {
                id: new_id(),
                org_id: self.org_id.clone(),
                household_id: plan.id.clone(),
                user_id: w.id.clone(),
                start_at: self.micros_at(since),
                end_at: None,
            });
        }
    }

    // ------------------------------------------------------------ children

    fn children_groups(&mut self) {
        let mut total = 0;
        // The carer@demo.test household: two siblings.
        let first_age = self.rng.range(3, 10);
        let second_age = (first_age + self.rng.range(1, 2)).min(12);
        total += self.group(&[first_age, second_age], None, Some(0), Fate::Current);
        // Each approved kinship household looks after children of its own family.
        let kin: Vec<usize> = (0..self.plans.len())
            .filter(|i| self.plans.get(*i).is_some_and(|p| p.kind == HouseholdType::Kinship && p.open()))
            .collect();
        for h in kin {
            let places = self.plans.get(h).map_or(1, |p| p.places);
            let first = self.rng.range(0, 15);
            let ages: Vec<i64> = (0..places).map(|k| (first + k * self.rng.range(1, 3)).min(17)).collect();
            let heritage = self.plans.get(h).map_or(self.words.majority, |p| p.heritage);
            total += self.group(&ages, Some(heritage), Some(h), Fate::Current);
        }
        // Teenagers at the children's home.
        let home = self.plans.iter().position(|p| p.kind == HouseholdType::Residential);
        for _ in 0..3 {
            let age = self.rng.range(12, 17);
            total += self.group(&[age], None, home, Fate::Current);
        }
        // Everyone else, the first few with fixed ages so every band is there.
        let mut anchors = ANCHOR_AGES.iter();
        let mut reunified = false;
        while total < CHILDREN_PER_ORG {
            let first = match anchors.next() {
                Some(a) => *a,
                None => self.rng.weighted(&AGE_WEIGHTS) as i64,
            };
            let size = if first >= 18 { 1 } else { [1, 1, 1, 1, 1, 1, 2, 2, 2, 3][self.rng.below(10)] };
            let size = size.min(CHILDREN_PER_ORG - total);
            let mut ages = vec![first];
            for _ in 1..size {
                let gap = self.rng.range(1, 4);
                let age = if first >= 9 || self.rng.chance(30) { first - gap } else { first + gap };
                ages.push(age.clamp(0, 17));
            }
            let fate = if first >= 18 {
                Fate::Age18
            } else if !reunified && (4..=12).contains(&first) {
                reunified = true;
                Fate::Reunified
            } else {
                Fate::Current
            };
            total += self.group(&ages, None, None, fate);
        }
        self.allocate_children();
    }

    /// Adds a family of children with these ages; returns how many.
    fn group(&mut self, ages: &[i64], heritage: Option<usize>, target: Option<usize>, fate: Fate) -> usize {
        let words = self.words;
        let teen_alone = ages.len() == 1 && ages.first().is_some_and(|a| (14..=17).contains(a));
        let uasc_heritages: Vec<usize> = (0..words.heritages.len()).filter(|i| self.h(*i).uasc).collect();
        let uasc = heritage.is_none() && target.is_none() && teen_alone && self.rng.chance(30);
        let heritage = match heritage {
            Some(h) => h,
            None if uasc => self.rng.pick(&uasc_heritages),
            None => self.heritage(),
        };
        let other = if !uasc && self.h(heritage).mixed_with_white.is_some() && self.rng.chance(35) {
            Some(if self.rng.chance(80) { words.majority } else { 1 })
        } else {
            None
        };
        let kin_plan = target.and_then(|t| self.plans.get(t)).filter(|p| p.kind == HouseholdType::Kinship);
        let is_kin = kin_plan.is_some();
        let (kin_family, kin_paternal) = kin_plan.map(|p| (p.family.clone(), p.paternal)).unzip();
        let family = match (&kin_family, kin_paternal) {
            (Some(f), Some(true)) => f.clone(),
            _ => {
                // A mixed-heritage child takes either parent's family name.
                let from = match other {
                    Some(o) if self.rng.chance(50) => o,
                    _ => heritage,
                };
                self.family_name(from).to_owned()
            }
        };
        let mother_family = match (&kin_family, kin_paternal) {
            (Some(f), Some(false)) => f.clone(),
            _ if self.rng.chance(60) => family.clone(),
            _ => self.family_name(other.unwrap_or(heritage)).to_owned(),
        };
        let mother_heritage = if self.rng.chance(50) { other.unwrap_or(heritage) } else { heritage };
        let mother = format!("{} {mother_family}", self.given(mother_heritage, true));
        let father = format!("{} {family}", self.given(heritage, false));
        let youngest = ages.iter().copied().min().unwrap_or(0);
        let oldest = ages.iter().copied().max().unwrap_or(0);
        let (ico, care_order, s20, placement_order) = (words.ico, words.care_order, words.s20, words.placement_order);
        let legal = if oldest >= 18 {
            words.care_leaver
        } else if uasc {
            words.s20_uasc
        } else if is_kin {
            [care_order, care_order, ico, ico, s20][self.rng.below(5)]
        } else if oldest <= 1 {
            [ico, ico, ico, placement_order, placement_order, s20][self.rng.below(6)]
        } else if oldest <= 4 {
            [ico, ico, care_order, care_order, placement_order, placement_order, s20][self.rng.below(7)]
        } else if youngest <= 10 {
            [care_order, care_order, care_order, care_order, ico, s20][self.rng.below(6)]
        } else {
            [care_order, care_order, care_order, s20, s20, ico][self.rng.below(6)]
        };
        let mut kids = Vec::new();
        for age in ages {
            let female = self.rng.chance(48);
            let given_heritage = match other {
                Some(o) if self.rng.chance(40) => o,
                _ => heritage,
            };
            let first = self.given(given_heritage, female);
            let middle = if self.rng.chance(25) { Some(self.given(given_heritage, female)) } else { None };
            let middle = middle.filter(|m| *m != first);
            let short = words.short_names.iter().find(|(long, _)| *long == first).map(|(_, s)| *s);
            let preferred = match (short, middle) {
                (Some(s), _) if self.rng.chance(60) => s.to_owned(),
                (_, Some(m)) if self.rng.chance(20) => m.to_owned(),
                _ => String::new(),
            };
            let given = match middle {
                Some(m) => format!("{first} {m}"),
                None => first.to_owned(),
            };
            let dob = self.dob_for_age(*age);
            kids.push(Kid {
                id: new_id(),
                given,
                preferred,
                family: family.clone(),
                female,
                dob,
                age: *age,
                current: None,
            });
        }
        let n = kids.len();
        self.groups.push(Group {
            dates: Dates::default(),
            heritage,
            other,
            kids,
            target,
            fate,
            uasc,
            legal,
            mother,
            father,
            worker: 0,
        });
        n
    }

    /// Siblings share a child's social worker; the third slot (csw@demo.test in the first
    /// organisation) holds about eight children, the others share the rest evenly.
    fn allocate_children(&mut self) {
        let csws = self.workers_with(Role::ChildSocialWorker);
        let Some((&first, rest)) = csws.split_first() else { return };
        let mut order: Vec<usize> = (0..self.groups.len()).collect();
        self.rng.shuffle(&mut order);
        // The carer@demo.test household's children belong to the small caseload.
        if let Some(pos) = order.iter().position(|g| *g == 0) {
            order.swap(0, pos);
        }
        let mut first_load = 0;
        let mut loads = vec![0_usize; rest.len()];
        for g in order {
            let Some(group) = self.groups.get_mut(g) else { continue };
            let size = group.kids.len();
            if first_load + size <= FIRST_CSW_CHILDREN || rest.is_empty() {
                group.worker = first;
                first_load += size;
            } else {
                let (k, _) = loads.iter().enumerate().min_by_key(|(_, l)| **l).unwrap_or((0, &0));
                group.worker = rest.get(k).copied().unwrap_or(first);
                if let Some(l) = loads.get_mut(k) {
                    *l += size;
                }
            }
        }
    }

    /// Chooses where each child lives now, never over a household's approved places.
    fn place_current(&mut self) {
        let mut order: Vec<usize> = (0..self.groups.len()).collect();
        // Targeted families first, then bigger families, so siblings can stay together.
        order.sort_by_key(|g| {
            let group = self.groups.get(*g);
            (group.is_none_or(|x| x.target.is_none()), std::cmp::Reverse(group.map_or(0, |x| x.kids.len())))
        });
        for g in order {
            let Some(group) = self.groups.get(g) else { continue };
            if group.fate != Fate::Current {
                continue;
            }
            let ages: Vec<i64> = group.kids.iter().map(|k| k.age).collect();
            let target = group.target;
            let chosen = match target {
                Some(t) => Some(t),
                None => self.find_home(&ages),
            };
            match chosen {
                Some(h) if self.plans.get(h).is_some_and(|p| p.vacancy >= ages.len() as i64) => {
                    if let Some(p) = self.plans.get_mut(h) {
                        p.vacancy -= ages.len() as i64;
                    }
                    if let Some(group) = self.groups.get_mut(g) {
                        for k in &mut group.kids {
                            k.current = Some(h);
                        }
                    }
                }
                _ => {
                    // No room for them together: place each child where there is room.
                    for (i, age) in ages.iter().enumerate() {
                        let Some(h) = self.find_home(&[*age]) else { continue };
                        if let Some(p) = self.plans.get_mut(h) {
                            p.vacancy -= 1;
                        }
                        if let Some(k) = self.groups.get_mut(g).and_then(|gr| gr.kids.get_mut(i)) {
                            k.current = Some(h);
                        }
                    }
                }
            }
        }
    }

    fn find_home(&mut self, ages: &[i64]) -> Option<usize> {
        let need = ages.len() as i64;
        let candidates: Vec<usize> = self
            .plans
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                *i != 0
                    && p.kind == HouseholdType::Foster
                    && p.open()
                    && p.vacancy >= need
                    && ages.iter().all(|a| p.fits(*a))
            })
            .map(|(i, _)| i)
            .collect();
        if candidates.is_empty() { None } else { Some(self.rng.pick(&candidates)) }
    }

    /// A foster household (not one still being assessed, nor `not`) with room for `n` children
    /// from `from` up to `until`, approved for a kind of placement that suits the stay.
    fn past_home(&mut self, from: i64, until: i64, n: i64, not: Option<usize>, stay: Stay) -> Option<usize> {
        let pool: Vec<usize> = self
            .plans
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                Some(*i) != not
                    && p.kind == HouseholdType::Foster
                    && p.status != ApprovalStatus::InAssessment
                    && stay.suits(p.approved_as(stay.kind), until - from)
                    && p.has_room(from, until, n)
            })
            .map(|(i, _)| i)
            .collect();
        if pool.is_empty() { None } else { Some(self.rng.pick(&pool)) }
    }

    /// A home for a stay up to `until`, from `from` or, failing that and with `tries` left,
    /// from later and later; the stay's kind follows how long it turned out.
    fn home_from(
        &mut self,
        from: i64,
        until: i64,
        n: i64,
        not: Option<usize>,
        stay: Stay,
        tries: usize,
    ) -> Option<(usize, i64, Stay)> {
        let mut from = from;
        for _ in 0..tries {
            let stay = Stay { kind: Stay::kind_for(stay.kind, until - from, stay.reason), ..stay };
            if let Some(h) = self.past_home(from, until, n, not, stay) {
                return Some((h, from, stay));
            }
            from += (until - from) / 2;
            if until - from < 7 {
                break;
            }
        }
        None
    }

    fn occupy(&mut self, home: usize, from: i64, until: i64, n: i64) {
        if let Some(p) = self.plans.get_mut(home) {
            p.occupied.push((from, until, n));
        }
    }

    /// When each family came into care and when they moved, and the stays in the homes they
    /// live in now, which are counted first: they are already within the places now.
    fn plan_dates(&mut self) {
        let mut groups = std::mem::take(&mut self.groups);
        for group in &mut groups {
            self.dates_of(group);
            let (Some(&start), true) = (group.dates.bounds.iter().rev().nth(1), group.fate == Fate::Current) else {
                continue;
            };
            let homes: Vec<usize> = group.kids.iter().filter_map(|k| k.current).collect();
            for h in homes {
                self.occupy(h, start, i64::MAX, 1);
            }
        }
        self.groups = groups;
    }

    fn dates_of(&mut self, group: &mut Group) {
        let youngest_dob = group.kids.iter().map(|k| k.dob).max().unwrap_or(self.today);
        let oldest_dob = group.kids.iter().map(|k| k.dob).min().unwrap_or(self.today);
        let horizon = match group.fate {
            Fate::Current => self.today,
            Fate::Age18 => add_years(oldest_dob, 18).min(self.today),
            Fate::Reunified => self.today - self.rng.range(20, 240),
        };
        let horizon = if horizon <= youngest_dob + 30 {
            group.fate = Fate::Current;
            self.today
        } else {
            horizon
        };
        // When they came into care, and the moves since.
        let max_care = (horizon - youngest_dob).clamp(0, 9 * 365);
        let min_care = max_care.min(14);
        let skew = self.rng.unit().powf(1.6);
        let care = min_care + ((max_care - min_care) as f64 * skew) as i64;
        let entry = horizon - care;
        let span = horizon - entry;
        let residential =
            group.target.and_then(|t| self.plans.get(t)).is_some_and(|p| p.kind == HouseholdType::Residential);
        let mut prior = if span < 20 {
            0
        } else if span < 90 {
            self.rng.weighted(&[60, 40])
        } else {
            self.rng.weighted(&[30, 35, 20, 15])
        };
        if residential && span >= 20 {
            prior = prior.max(1);
        }
        let mut bounds = vec![entry];
        let mut points: Vec<i64> = (0..prior).map(|_| self.rng.range(entry + 2, horizon - 2)).collect();
        points.sort_unstable();
        points.dedup();
        bounds.extend(points);
        let emergency_first = bounds.len() > 1 && self.rng.chance(40);
        if emergency_first {
            let quick = entry + self.rng.range(2, 28);
            if let Some(b1) = bounds.get_mut(1) {
                *b1 = quick.min(*b1);
            }
        }
        // Nobody moves into a home before it was approved: a family living somewhere approved
        // only lately lived elsewhere before.
        let approved = group
            .kids
            .iter()
            .filter_map(|k| k.current.and_then(|h| self.plans.get(h)).and_then(|p| p.approved_on))
            .max();
        if group.fate == Fate::Current
            && let (Some(approved), Some(&last)) = (approved, bounds.last())
            && last < approved
        {
            let moved = (approved + self.rng.range(0, 30)).min(horizon - 1);
            bounds.retain(|b| *b < moved - 1);
            bounds.push(moved);
        }
        bounds.push(horizon);
        group.dates = Dates { bounds, emergency_first, span };
    }

    fn write_children(&mut self) {
        let groups = std::mem::take(&mut self.groups);
        let mut serial = 0;
        for group in &groups {
            self.write_group(group, &mut serial);
        }
        self.groups = groups;
    }

    fn write_group(&mut self, group: &Group, serial: &mut usize) {
        let fate = group.fate;
        let oldest_dob = group.kids.iter().map(|k| k.dob).min().unwrap_or(self.today);
        let Dates { mut bounds, emergency_first, span } = group.dates.clone();
        let residential =
            group.target.and_then(|t| self.plans.get(t)).is_some_and(|p| p.kind == HouseholdType::Residential);
        let segments = bounds.len() - 1;
        // What happened in each home, shared by the siblings who lived there together.
        let mut stays: Vec<Stay> = Vec::new();
        for s in 0..segments {
            let (Some(&start), Some(&end)) = (bounds.get(s), bounds.get(s + 1)) else { continue };
            let last = s + 1 == segments;
            let wanted = if s == 0 && (emergency_first || self.rng.chance(15)) {
                PlacementType::Emergency
            } else if (last && fate == Fate::Age18) || (age_on(oldest_dob, start) >= 5 && self.rng.chance(40)) {
                PlacementType::LongTerm
            } else {
                PlacementType::ShortTerm
            };
            let words = self.words;
            let (reason, note) = if last {
                match fate {
                    Fate::Age18 => (EndReason::Age18, words.end_age18),
                    Fate::Reunified => (EndReason::Reunification, words.end_reunified),
                    // Only for a child the agency had no room for now.
                    Fate::Current => (EndReason::Other, words.end_elsewhere),
                }
            } else if wanted == PlacementType::Emergency {
                (EndReason::Planned, words.end_emergency)
            } else {
                let disrupt = if residential { 55 } else { 28 };
                match self.rng.below(100) {
                    x if x < disrupt => (EndReason::Disruption, self.rng.pick(words.disruption_notes)),
                    x if x < 93 => (EndReason::Planned, self.rng.pick(words.planned_notes)),
                    _ => (EndReason::Other, words.end_retired),
                }
            };
            stays.push(Stay { kind: Stay::kind_for(wanted, end - start, reason), reason, note });
        }
        // The homes before the current one, shared by the siblings, found from the latest back:
        // a home with room for them all then. Where none had room, the family lived with
        // another provider before, and their history here starts later.
        let current_home = group.kids.first().and_then(|k| k.current);
        let together = group.kids.len() as i64;
        let homeless: Vec<usize> =
            group.kids.iter().enumerate().filter(|(_, k)| k.current.is_none()).map(|(i, _)| i).collect();
        let past = if fate == Fate::Current { segments - 1 } else { segments };
        let mut homes: Vec<Option<usize>> = vec![None; segments];
        let mut first = 0;
        let mut next = current_home;
        let mut solo: Vec<Option<(usize, i64, Stay)>> = vec![None; group.kids.len()];
        for s in (0..past).rev() {
            let (Some(&start), Some(&end), Some(&stay)) = (bounds.get(s), bounds.get(s + 1), stays.get(s)) else {
                continue;
            };
            // The stay that ends their story here is always somewhere: if no home had room for
            // all of it, they came to the agency later.
            let tries = if s + 1 == past && fate != Fate::Current { 6 } else { 1 };
            match self.home_from(start, end, together, next, stay, tries) {
                Some((h, start, stay)) => {
                    self.occupy(h, start, end, together);
                    if let (Some(slot), Some(b), Some(st)) = (homes.get_mut(s), bounds.get_mut(s), stays.get_mut(s)) {
                        *slot = Some(h);
                        *b = start;
                        *st = stay;
                    }
                    next = Some(h);
                }
                None if tries > 1 && together > 1 => {
                    // No home had room for the brothers and sisters together at the end: they
                    // lived apart then, and came to the agency at that point.
                    for slot in &mut solo {
                        *slot = self.home_from(start, end, 1, None, stay, tries);
                        if let Some((h, from, _)) = slot {
                            self.occupy(*h, *from, end, 1);
                        }
                    }
                    first = s;
                    break;
                }
                None => {
                    first = s + 1;
                    break;
                }
            }
        }
        // Children there was no room for now were with the agency a while before moving on
        // to another provider.
        let mut moved_on: Option<(usize, i64, i64, Stay)> = None;
        if fate == Fate::Current
            && !homeless.is_empty()
            && let (Some(&start), Some(&stay)) = (bounds.get(segments - 1), stays.get(segments - 1))
        {
            let end = start + (self.today - start) / 2;
            let n = homeless.len() as i64;
            if end > start
                && let Some((h, start, stay)) = self.home_from(start, end, n, None, stay, 6)
            {
                self.occupy(h, start, end, n);
                moved_on = Some((h, start, end, stay));
            }
        }
        // Their social worker has held them since they came into care, also while they lived
        // with another provider before coming to the agency's households.
        let entry = group.dates.bounds.first().copied().unwrap_or(self.today);
        let background = self.background(group);
        let permanence = self.rng.chance(30);

        for (k, kid) in group.kids.iter().enumerate() {
            *serial += 1;
            if let Some(Some((h, start, stay))) = solo.get(k)
                && let Some(&end) = bounds.last()
            {
                self.ended_placement(kid, *h, *start, end, *stay);
            }
            for s in first..segments {
                let (Some(&start), Some(&end), Some(&stay)) = (bounds.get(s), bounds.get(s + 1), stays.get(s)) else {
                    continue;
                };
                let last = s + 1 == segments;
                match (last && fate == Fate::Current, kid.current) {
                    (true, Some(h)) => self.current_placement(group, kid, h, start, span, permanence),
                    (true, None) => {
                        if let Some((h, start, end, stay)) = moved_on {
                            self.ended_placement(kid, h, start, end, stay);
                        }
                    }
                    (false, _) => {
                        if let Some(Some(h)) = homes.get(s) {
                            self.ended_placement(kid, *h, start, end, stay);
                        }
                    }
                }
            }
            // Where they lived before (the current home is not "former").
            let former: Vec<usize> =
                homes.iter().take(past).flatten().copied().filter(|h| Some(*h) != kid.current).collect();
            self.write_child(group, kid, &background, &former, entry, fate, *serial);
        }
    }

    /// Ethnicity, religion, first language and a grandparent: the same for brothers and sisters.
    fn background(&mut self, group: &Group) -> Background {
        let words = self.words;
        let heritage = self.h(group.heritage);
        let ethnicity = match group.other.and(heritage.mixed_with_white) {
            Some(mixed) => mixed.to_owned(),
            None => self.rng.pick(heritage.ethnicity).to_owned(),
        };
        let youngest = group.kids.iter().map(|k| k.age).min().unwrap_or(0);
        let religion = if youngest <= 1 && self.rng.chance(25) {
            words.not_known.to_owned()
        } else {
            self.rng.pick(heritage.religion).to_owned()
        };
        let main = words.main_language;
        let language = if group.uasc {
            heritage.language.iter().find(|l| **l != main).copied().unwrap_or(main).to_owned()
        } else if youngest <= 1 || group.other.is_some() {
            main.to_owned()
        } else {
            self.rng.pick(heritage.language).to_owned()
        };
        let mut nan = self.given(group.heritage, true);
        for _ in 0..5 {
            if !group.mother.starts_with(nan) {
                break;
            }
            nan = self.given(group.heritage, true);
        }
        let [maternal, paternal] = words.grandmother;
        let side = if self.rng.chance(60) { maternal } else { paternal };
        let mut nan = fill_in(side, &[("{given}", nan)]);
        // Children in kinship care name the relative they live with.
        let kin = group.target.and_then(|t| self.plans.get(t)).filter(|p| p.kind == HouseholdType::Kinship);
        if let Some((name, rel)) = kin.and_then(|p| p.carers.first()) {
            let given = name.split(' ').next().unwrap_or(name);
            nan = (words.kinship_called)(rel, given);
        }
        Background { ethnicity, religion, language, nan }
    }

    fn current_placement(&mut self, group: &Group, kid: &Kid, h: usize, start: i64, span: i64, permanence: bool) {
        let Some(plan) = self.plans.get(h) else { return };
        let wanted = match plan.kind {
            HouseholdType::Kinship => PlacementType::Kinship,
            HouseholdType::Residential => PlacementType::Residential,
            _ if self.today - start < 21 && span < 28 => PlacementType::Emergency,
            _ if group.legal == self.words.placement_order || group.legal == self.words.ico => PlacementType::ShortTerm,
            _ if kid.age >= 5 && group.legal == self.words.care_order => {
                if permanence {
                    PlacementType::Permanence
                } else {
                    PlacementType::LongTerm
                }
            }
            _ => PlacementType::ShortTerm,
        };
        let kind = plan.approved_as(wanted);
        let planned_end = match kind {
            PlacementType::Emergency => Some((start + 28).max(self.today + 7)),
            PlacementType::ShortTerm if self.rng.chance(30) => Some(self.today + self.rng.range(30, 180)),
            _ => None,
        };
        let household_id = plan.id.clone();
        self.out.placements.push(PlacementRow {
            id: new_id(),
            org_id: self.org_id.clone(),
            child_id: kid.id.clone(),
            household_id,
            placement_type: kind.key().to_owned(),
            start_date: ymd(start),
            planned_end_date: planned_end.map(ymd),
            end_date: None,
            end_reason: None,
            end_note: String::new(),
            created_at: self.now,
            created_by: self.actor.clone(),
            updated_at: self.now,
            updated_by: self.actor.clone(),
            version: 1,
        });
    }

    fn ended_placement(&mut self, kid: &Kid, home: usize, start: i64, end: i64, stay: Stay) {
        let Some(plan) = self.plans.get(home) else { return };
        let household_id = plan.id.clone();
        let kind = plan.approved_as(stay.kind);
        self.out.placements.push(PlacementRow {
            id: new_id(),
            org_id: self.org_id.clone(),
            child_id: kid.id.clone(),
            household_id,
            placement_type: kind.key().to_owned(),
            start_date: ymd(start),
            planned_end_date: None,
            end_date: Some(ymd(end.max(start))),
            end_reason: Some(stay.reason.key().to_owned()),
            end_note: stay.note.to_owned(),
            created_at: self.now,
            created_by: self.actor.clone(),
            updated_at: self.now,
            updated_by: self.actor.clone(),
            version: 1,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn write_child(
        &mut self,
        group: &Group,
        kid: &Kid,
        background: &Background,
        homes: &[usize],
        entry: i64,
        fate: Fate,
        serial: usize,
    ) {
        let words = self.words;
        let [female, male, non_binary] = words.genders;
        let gender = if kid.age >= 13 && self.rng.chance(4) {
            non_binary
        } else if kid.female {
            female
        } else {
            male
        };
        let prefix = if self.index == 1 { words.local_id_prefix.to_owned() } else { format!("D{}", self.index) };
        let local_identifier = format!("{prefix}-{:06}", 104_000 + serial * 37 + self.rng.below(30));
        let health = self.health(kid.age);
        let education = self.education(kid.age);
        let important = self.important_people(group, kid, background);
        self.out.children.push(ChildRow {
            id: kid.id.clone(),
            org_id: self.org_id.clone(),
            given_names: kid.given.clone(),
            family_name: kid.family.clone(),
            preferred_name: kid.preferred.clone(),
            date_of_birth: ymd(kid.dob),
            gender: gender.to_owned(),
            ethnicity: background.ethnicity.clone(),
            religion: background.religion.clone(),
            first_language: background.language.clone(),
            legal_status: if fate == Fate::Reunified {
                words.care_order_discharged.to_owned()
            } else {
                group.legal.to_owned()
            },
            local_identifier,
            health_notes: health,
            education_notes: education,
            important_people: important,
            archived_at: None,
            created_at: self.now,
            created_by: self.actor.clone(),
            updated_at: self.now,
            updated_by: self.actor.clone(),
            version: 1,
        });
        self.relations(group, kid, homes);
        self.child_worker(group, kid, entry);
    }

    fn health(&mut self, age: i64) -> String {
        let none = self.words.no_known_health;
        let fitting: Vec<&'static str> =
            self.words.health.iter().filter(|(lo, hi, _)| *lo <= age && age <= *hi).map(|(_, _, t)| *t).collect();
        let first = self.rng.pick(&fitting);
        if self.rng.chance(25) && !first.starts_with(none) {
            let second = self.rng.pick(&fitting);
            if second != first && !second.starts_with(none) {
                return format!("{first} {second}");
            }
        }
        first.to_owned()
    }

    fn education(&mut self, age: i64) -> String {
        (self.words.education)(&mut self.rng, age)
    }

    fn important_people(&mut self, group: &Group, kid: &Kid, background: &Background) -> String {
        let words = self.words;
        let mut items = Vec::new();
        if group.uasc {
            items.push(words.uasc_family.to_owned());
        } else {
            items.push(background.nan.clone());
        }
        if kid.age >= 5 {
            let fh = self.heritage();
            let friend_female = if self.rng.chance(75) { kid.female } else { !kid.female };
            let friend = self.given(fh, friend_female);
            let what = self.rng.pick(if kid.female { words.girl_friends } else { words.boy_friends });
            items.push(format!("{friend}, {what}"));
        }
        if kid.age >= 8 && self.rng.chance(50) {
            let fh = self.heritage();
            let adult = self.family_name(fh);
            items.push(self.rng.pick(&words.adults_outside).replace("{}", adult));
        }
        if kid.age <= 4 && self.rng.chance(40) {
            items.push(words.carers_dog.to_owned());
        }
        let keep = 1 + self.rng.below(items.len().min(3));
        items.truncate(keep);
        items.join("; ")
    }

    fn relations(&mut self, group: &Group, kid: &Kid, homes: &[usize]) {
        let words = self.words;
        // Candidates in order of how likely a worker is to have recorded them.
        let mut first: Vec<(RelationKind, String, String, String, String)> = Vec::new();
        let mut rest: Vec<(RelationKind, String, String, String, String)> = Vec::new();
        let kin = kid.current.and_then(|h| self.plans.get(h)).filter(|p| p.kind == HouseholdType::Kinship);
        if let Some((name, rel)) = kin.and_then(|p| p.carers.first()) {
            first.push((
                RelationKind::BirthFamily,
                name.clone(),
                fill_in(words.kinship_relation, &[("{rel}", rel)]),
                words.lives_with_them.to_owned(),
                String::new(),
            ));
        }
        let legal = group.legal;
        let mother_contact = if group.uasc {
            words.uasc_mother_contact
        } else if legal == words.placement_order {
            words.adoption_contact
        } else if legal == words.ico {
            self.rng.pick(&words.ico_contacts)
        } else if legal == words.s20 {
            words.s20_contact
        } else {
            self.rng.pick(&words.care_order_contacts)
        };
        let mother_note = if self.rng.chance(15) { words.contact_risk_note } else { "" };
        let (uasc_mother, birth_mother) = words.mother;
        first.push((
            RelationKind::BirthFamily,
            group.mother.clone(),
            if group.uasc { uasc_mother } else { birth_mother }.to_owned(),
            mother_contact.to_owned(),
            mother_note.to_owned(),
        ));
        if self.rng.chance(60) {
            let contact = if group.uasc { words.uasc_father_contact } else { self.rng.pick(&words.father_contacts) };
            let (uasc_father, birth_father) = words.father;
            rest.push((
                RelationKind::BirthFamily,
                group.father.clone(),
                if group.uasc { uasc_father } else { birth_father }.to_owned(),
                contact.to_owned(),
                String::new(),
            ));
        }
        let (sister, brother) = words.sibling;
        let (same_home, elsewhere) = words.sibling_contact;
        for sib in group.kids.iter().filter(|s| s.id != kid.id) {
            let together = sib.current.is_some() && sib.current == kid.current;
            rest.push((
                RelationKind::BirthFamily,
                format!("{} {}", sib.given, sib.family),
                if sib.female { sister } else { brother }.to_owned(),
                if together { same_home } else { elsewhere }.to_owned(),
                String::new(),
            ));
        }
        if let Some((carer, _)) = homes.first().and_then(|h| self.plans.get(*h)).and_then(|p| p.carers.first()) {
            rest.push((
                RelationKind::Significant,
                carer.clone(),
                words.former_carer.to_owned(),
                words.former_carer_contact.to_owned(),
                String::new(),
            ));
        }
        if kid.age >= 10 && self.rng.chance(30) {
            let h = self.heritage();
            let female = self.rng.chance(50);
            let name = self.full_name(h, female);
            rest.push((
                RelationKind::Significant,
                name,
                self.rng.pick(&words.significant_adults).to_owned(),
                words.significant_contact.to_owned(),
                String::new(),
            ));
        }
        self.rng.shuffle(&mut rest);
        let want = 1 + self.rng.below(3);
        first.extend(rest);
        first.truncate(want.max(1));
        for (kind, name, relationship, contact, notes) in first {
            self.out.child_relations.push(RelationRow {
                id: new_id(),
                org_id: self.org_id.clone(),
                child_id: kid.id.clone(),
                kind: kind.key().to_owned(),
                name,
                relationship,
                contact_arrangements: contact,
                notes,
                archived_at: None,
                created_at: self.now,
                created_by: self.actor.clone(),
                updated_at: self.now,
                updated_by: self.actor.clone(),
                version: 1,
            });
        }
    }

    fn child_worker(&mut self, group: &Group, kid: &Kid, entry: i64) {
        let Some(worker) = self.workers.get(group.worker) else { return };
        let worker_id = worker.id.clone();
        let mut since = entry;
        // Some children had another social worker before this one.
        let previous: Vec<String> = self
            .workers
            .iter()
            .filter(|w| w.role == Role::ChildSocialWorker && w.id != worker_id)
            .map(|w| w.id.clone())
            .collect();
        if self.today - entry > 120 && self.rng.chance(20) && !previous.is_empty() {
            let change = entry + self.rng.range(30, self.today - entry - 30);
            let before = previous.get(self.rng.below(previous.len())).cloned().unwrap_or_default();
            self.out.child_workers.push(ChildWorkerRow {
                id: new_id(),
                org_id: self.org_id.clone(),
                child_id: kid.id.clone(),
                user_id: before,
                start_at: self.micros_at(entry),
                end_at: Some(self.micros_at(change)),
            });
            since = change;
        }
        self.out.child_workers.push(ChildWorkerRow {
            id: new_id(),
            org_id: self.org_id.clone(),
            child_id: kid.id.clone(),
            user_id: worker_id,
            start_at: self.micros_at(since),
            end_at: None,
        });
    }
}

const FALLBACK: Heritage = Heritage {
    weight: 1,
    female: &["Alex"],
    male: &["Sam"],
    family: &["Smith"],
    ethnicity: &["Not known"],
    religion: &["Not known"],
    language: &["English"],
    uasc: false,
    mixed_with_white: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    fn build_in(words: &'static Lexicon, index: u32) -> Agency {
        let today = days_from_civil(2026, 11, 23);
        let named = Named {
            manager: Some("m".into()),
            ssw: Some("s".into()),
            csw: Some("c".into()),
            carer: Some("carer".into()),
        };
        let named = if index == 1 { named } else { Named::default() };
        Gen::new(words, index, "org", 0, today, words.email_domain(index), HashSet::new(), "h".into(), named).build()
    }

    #[test]
    fn civil_dates_round_trip() {
        for d in [-1000, 0, 1, 59, 365, 10_957, 20_000, 20_415] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(ymd(0), "1970-01-01");
        assert_eq!(ymd(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(age_on(days_from_civil(2012, 2, 29), days_from_civil(2013, 2, 28)), 0);
        assert_eq!(age_on(days_from_civil(2010, 6, 15), days_from_civil(2026, 6, 15)), 16);
        assert_eq!(email_slug("Wójcik"), "wojcik");
        assert_eq!(email_slug("O'Brien"), "obrien");
        assert_eq!(email_slug("Al-Sayed"), "al-sayed");
        assert_eq!(email_slug("Sørensen"), "sorensen");
        assert_eq!(email_slug("Hætta"), "haetta");
        assert_eq!(email_slug("Åsmund"), "asmund");
        assert_eq!(email_slug("Áŋŋá"), "anna");
    }

    #[test]
    fn reproducible_and_within_capacity() {
        let english = (1..=60).map(|i| (&ENGLISH, i));
        let norwegian = (1..=20).map(|i| (&NORWEGIAN, i));
        for (words, index) in english.chain(norwegian) {
            let a = build_in(words, index);
            let b = build_in(words, index);
            let names = |x: &Agency| x.children.iter().map(|c| c.given_names.clone()).collect::<Vec<_>>();
            assert_eq!(names(&a), names(&b), "org {index} is reproducible");
            assert_eq!(a.children.len(), CHILDREN_PER_ORG);
            assert_eq!(a.households.len(), HOUSEHOLDS_PER_ORG);
            for h in &a.households {
                let current = a.placements.iter().filter(|p| p.household_id == h.id && p.end_date.is_none()).count();
                let places = h.approval_places.unwrap_or(0) as usize;
                assert!(current <= places, "org {index}: {} has {current} children, {places} places", h.name);
                if current > 0 {
                    assert_eq!(h.approval_status, "approved");
                }
            }
            for c in &a.children {
                let current = a.placements.iter().filter(|p| p.child_id == c.id && p.end_date.is_none()).count();
                assert!(current <= 1);
                let mut stays: Vec<&PlacementRow> = a.placements.iter().filter(|p| p.child_id == c.id).collect();
                stays.sort_by(|x, y| x.start_date.cmp(&y.start_date));
                for w in stays.windows(2) {
                    let (Some(x), Some(y)) = (w.first(), w.get(1)) else { continue };
                    let end = x.end_date.clone().unwrap_or_default();
                    assert!(end <= y.start_date, "org {index}: overlapping placements for {}", c.given_names);
                }
                for p in &stays {
                    assert!(p.start_date >= c.date_of_birth, "placed before birth");
                }
            }
            // Never over the places at any moment, never before approval, and long-term placements
            // last unless they end early for a reason.
            for h in &a.households {
                let here: Vec<&PlacementRow> = a.placements.iter().filter(|p| p.household_id == h.id).collect();
                for p in &here {
                    let approved = h.approval_date.as_deref().unwrap_or("9999");
                    assert!(p.start_date.as_str() >= approved, "org {index}: {} placed before approval", h.name);
                    let at_once = here
                        .iter()
                        .filter(|q| {
                            q.start_date <= p.start_date && q.end_date.as_ref().is_none_or(|e| *e > p.start_date)
                        })
                        .count();
                    let places = h.approval_places.unwrap_or(0) as usize;
                    assert!(at_once <= places, "org {index}: {} holds {at_once} on {}", h.name, p.start_date);
                }
            }
            let day = |s: &str| {
                let mut it = s.splitn(3, '-').map(|x| x.parse::<i64>().unwrap_or(0));
                let mut next = || it.next().unwrap_or(0);
                days_from_civil(next(), next(), next())
            };
            for p in &a.placements {
                let Some(end) = &p.end_date else { continue };
                let days = day(end) - day(&p.start_date);
                if p.placement_type == "long_term" || p.placement_type == "permanence" {
                    assert!(
                        days >= LONG_TERM_DAYS || p.end_reason.as_deref() == Some("disruption"),
                        "org {index}: a long-term placement of {days} days ended {:?}",
                        p.end_reason
                    );
                }
                if p.placement_type == "emergency" {
                    assert!(days <= EMERGENCY_DAYS, "org {index}: an emergency placement of {days} days");
                }
            }
            for c in &a.children {
                assert!(a.placements.iter().any(|p| p.child_id == c.id), "org {index}: {} never placed", c.given_names);
            }
            let placed = a.placements.iter().filter(|p| p.end_date.is_none()).count();
            assert!(placed >= 60, "org {index}: only {placed} children placed");
        }
    }
}
