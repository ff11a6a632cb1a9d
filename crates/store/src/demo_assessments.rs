//! Secure Base assessments for a demo organisation: two to four signed-off assessments per child
//! over the last two years, with ratings that follow a trend per child (improving, falling,
//! steady or mixed) so that progress charts have something to show; for the first carer of every
//! approved foster household, a signed-off caregiver assessment before their approval and before
//! each annual review since (the last three), so a household's profile has a course to compare,
//! mostly steady or growing and in one or two households under strain; and, in the first
//! organisation, two drafts in progress for csw@demo.test.
//!
//! The rows are built in memory from the organisation's generated caseload and written in
//! batches, like the rest of the demo, but they are the rows the store's own assessment functions
//! would leave behind: the pack's indicators copied in order with their wording, every indicator
//! answered, evidence behind every rating, the band from the birth date on the assessment date,
//! and the version counters as start, save summary, submit and sign off move them. Like the rest
//! of the demo it writes no history or audit events: nobody did these things.
//!
//! All wording below is invented for the demo.

use std::collections::HashMap;

use diesel::prelude::*;
use jiff::civil::Date;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, AssessmentKind, IndicatorState, Status, ratings_needed};
use securebase_core::content::ContentPack;
use securebase_core::records::{ApprovalStatus, EndReason, HouseholdType, MemberRole};

use super::{Agency, BATCH, Lexicon, MICROS_PER_DAY, Rng, add_years, civil_from_days, ymd};
use crate::schema::{assessment_evidence, assessment_indicators, assessment_sections, assessments};
use crate::{DbConnection, StoreError, now_micros};

const MICROS_PER_MINUTE: i64 = 60_000_000;

// ---------------------------------------------------------------- rows

#[derive(Insertable, Debug)]
#[diesel(table_name = assessments, treat_none_as_default_value = false)]
struct AssessmentRow {
    id: String,
    org_id: String,
    kind: &'static str,
    child_id: Option<String>,
    household_id: Option<String>,
    member_id: Option<String>,
    status: &'static str,
    assessed_on: String,
    age_band: &'static str,
    band: &'static str,
    band_reason: String,
    content_version: String,
    summary: String,
    series_id: String,
    amendment_no: i32,
    amends_id: Option<String>,
    amendment_reason: String,
    superseded_by: Option<String>,
    returned_note: String,
    created_at: i64,
    created_by: String,
    updated_at: i64,
    updated_by: String,
    submitted_at: Option<i64>,
    submitted_by: Option<String>,
    signed_off_at: Option<i64>,
    signed_off_by: Option<String>,
    signed_off_role: Option<&'static str>,
    version: i64,
    language: &'static str,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = assessment_sections, treat_none_as_default_value = false)]
struct SectionRow {
    assessment_id: String,
    dimension: &'static str,
    org_id: String,
    strengths: String,
    needs: String,
    child_view: String,
    short_term: String,
    long_term: String,
    rating: Option<i32>,
    second_rating: Option<i32>,
    updated_at: i64,
    updated_by: String,
    version: i64,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = assessment_indicators, treat_none_as_default_value = false)]
struct IndicatorRow {
    id: String,
    assessment_id: String,
    org_id: String,
    dimension: &'static str,
    position: i32,
    indicator_key: String,
    origin: &'static str,
    aspect: &'static str,
    short_term: bool,
    long_term: bool,
    text: String,
    evidence_hint: String,
    state: Option<&'static str>,
    language: &'static str,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = assessment_evidence, treat_none_as_default_value = false)]
struct EvidenceRow {
    id: String,
    assessment_id: String,
    org_id: String,
    dimension: &'static str,
    indicator_id: Option<String>,
    happened_on: String,
    source: &'static str,
    life_area: &'static str,
    account: String,
    opinion: String,
    created_at: i64,
    created_by: String,
}

/// One organisation's assessments, ready to write.
#[derive(Default, Debug)]
pub(super) struct Assessments {
    rows: Vec<AssessmentRow>,
    sections: Vec<SectionRow>,
    indicators: Vec<IndicatorRow>,
    evidence: Vec<EvidenceRow>,
}

/// PostgreSQL takes a million rows many times faster through COPY than through multi-row
/// INSERTs, which matters at `--scale 100`; SQLite has no COPY and takes batched INSERTs.
macro_rules! copy_batched {
    ($conn:expr, $table:expr, $rows:expr) => {
        if let DbConnection::Postgres(pg) = &mut *$conn {
            diesel::copy_from($table).from_insertable(&$rows).execute(pg)?;
        } else {
            insert_batched!($conn, $table, $rows);
        }
    };
}

// Scratch tables for SQLite: the wording of the pack's indicators once, and each assessment's
// indicators without it. SQLite then copies the wording in itself, which spares binding two long
// strings on each of thousands of rows.
diesel::table! {
    demo_pack_wording (indicator_key) {
        indicator_key -> Text,
        dimension -> Text,
        aspect -> Text,
        short_term -> Bool,
        long_term -> Bool,
        text -> Text,
        evidence_hint -> Text,
    }
}

diesel::table! {
    demo_indicator_stage (id) {
        id -> Text,
        assessment_id -> Text,
        position -> Integer,
        indicator_key -> Text,
        state -> Nullable<Text>,
    }
}

#[derive(Insertable, Debug)]
#[diesel(table_name = demo_pack_wording)]
struct WordingRow<'a> {
    indicator_key: &'a str,
    dimension: &'a str,
    aspect: &'a str,
    short_term: bool,
    long_term: bool,
    text: &'a str,
    evidence_hint: &'a str,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = demo_indicator_stage, treat_none_as_default_value = false)]
struct StageRow<'a> {
    id: &'a str,
    assessment_id: &'a str,
    position: i32,
    indicator_key: &'a str,
    state: Option<&'a str>,
}

const STAGE_TABLES: &str = "\
    CREATE TEMP TABLE IF NOT EXISTS demo_pack_wording (indicator_key TEXT NOT NULL PRIMARY KEY, \
        dimension TEXT NOT NULL, aspect TEXT NOT NULL, short_term BOOLEAN NOT NULL, \
        long_term BOOLEAN NOT NULL, text TEXT NOT NULL, evidence_hint TEXT NOT NULL); \
    CREATE TEMP TABLE IF NOT EXISTS demo_indicator_stage (id TEXT NOT NULL PRIMARY KEY, \
        assessment_id TEXT NOT NULL, position INTEGER NOT NULL, indicator_key TEXT NOT NULL, state TEXT); \
    DELETE FROM demo_pack_wording; DELETE FROM demo_indicator_stage;";

const FROM_STAGE: &str = "\
    INSERT INTO assessment_indicators (id, assessment_id, org_id, dimension, position, indicator_key, origin, \
        aspect, short_term, long_term, text, evidence_hint, state, language) \
    SELECT s.id, s.assessment_id, ?, w.dimension, s.position, s.indicator_key, 'pack', w.aspect, w.short_term, \
        w.long_term, w.text, w.evidence_hint, s.state, ? \
    FROM demo_indicator_stage s JOIN demo_pack_wording w ON w.indicator_key = s.indicator_key \
    ORDER BY s.rowid";

impl Assessments {
    /// After the organisation's children, households and members, which the rows point at.
    pub(super) fn insert(&self, c: &mut DbConnection) -> Result<(), StoreError> {
        copy_batched!(c, assessments::table, self.rows);
        copy_batched!(c, assessment_sections::table, self.sections);
        match &mut *c {
            DbConnection::Postgres(pg) => {
                diesel::copy_from(assessment_indicators::table).from_insertable(&self.indicators).execute(pg)?;
            }
            DbConnection::Sqlite(lite) => self.indicators_through_stage(lite)?,
        }
        copy_batched!(c, assessment_evidence::table, self.evidence);
        Ok(())
    }

    fn indicators_through_stage(&self, c: &mut diesel::SqliteConnection) -> Result<(), StoreError> {
        use diesel::connection::SimpleConnection;
        c.batch_execute(STAGE_TABLES)?;
        let mut wording: HashMap<&str, WordingRow<'_>> = HashMap::new();
        for i in &self.indicators {
            wording.entry(i.indicator_key.as_str()).or_insert(WordingRow {
                indicator_key: &i.indicator_key,
                dimension: i.dimension,
                aspect: i.aspect,
                short_term: i.short_term,
                long_term: i.long_term,
                text: &i.text,
                evidence_hint: &i.evidence_hint,
            });
        }
        let wording: Vec<WordingRow<'_>> = wording.into_values().collect();
        for chunk in wording.chunks(BATCH) {
            diesel::insert_into(demo_pack_wording::table).values(chunk).execute(c)?;
        }
        let stage: Vec<StageRow<'_>> = self
            .indicators
            .iter()
            .map(|i| StageRow {
                id: &i.id,
                assessment_id: &i.assessment_id,
                position: i.position,
                indicator_key: &i.indicator_key,
                state: i.state,
            })
            .collect();
        for chunk in stage.chunks(BATCH) {
            diesel::insert_into(demo_indicator_stage::table).values(chunk).execute(c)?;
        }
        // One organisation's assessments, all in its language.
        let org = self.indicators.first().map(|i| i.org_id.as_str()).unwrap_or("");
        let language = self.indicators.first().map_or("en", |i| i.language);
        diesel::sql_query(FROM_STAGE)
            .bind::<diesel::sql_types::Text, _>(org)
            .bind::<diesel::sql_types::Text, _>(language)
            .execute(c)?;
        c.batch_execute("DELETE FROM demo_pack_wording; DELETE FROM demo_indicator_stage;")?;
        Ok(())
    }

    pub(super) fn len(&self) -> usize {
        self.rows.len()
    }
}

// ---------------------------------------------------------------- what the caseload gives us

/// A child as the assessments need them.
struct Subject {
    id: String,
    name: String,
    voice: Pronouns,
    dob: i64,
    /// First day in the agency's care, and the last day its workers assess them.
    entry: i64,
    last: i64,
    /// (from, to) day ranges in households, to name the carer at the time.
    homes: Vec<(i64, i64, String)>,
    workers: Vec<Allocation>,
}

/// (from, to, worker), in micros: who was the child's social worker when.
type Allocation = (i64, Option<i64>, String);

#[derive(Clone, Copy)]
struct Pronouns {
    sub: &'static str,
    obj: &'static str,
    pos: &'static str,
    own: &'static str,
    was: &'static str,
}

impl Pronouns {
    /// For a gender as the generator keys it: "Female", "Male", anything else.
    fn for_gender(wording: &Wording, gender: &str) -> Pronouns {
        let (sub, obj, pos, own, was) = (wording.pronouns)(gender);
        Pronouns { sub, obj, pos, own, was }
    }
}

/// (sub, obj, pos, own, was) in English.
fn pronouns_en(gender: &str) -> (&'static str, &'static str, &'static str, &'static str, &'static str) {
    match gender {
        "Female" => ("she", "her", "her", "herself", "was"),
        "Male" => ("he", "him", "his", "himself", "was"),
        _ => ("they", "them", "their", "themselves", "were"),
    }
}

fn first_name(full: &str) -> &str {
    full.split(' ').next().unwrap_or(full)
}

fn day_of(text: &str) -> Option<i64> {
    let mut parts = text.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    Some(super::days_from_civil(y, m, d))
}

fn civil(day: i64) -> Option<Date> {
    let (y, m, d) = civil_from_days(day);
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day as people write dates in a log, in the wording's language ("3 March", "3. mars").
fn spoken(wording: &Wording, day: i64) -> String {
    let (_, m, d) = civil_from_days(day);
    (wording.spoken)(d, m)
}

/// "3 March": `month` is 1 to 12.
fn spoken_en(day: i64, month: i64) -> String {
    let name = usize::try_from(month - 1).ok().and_then(|i| MONTHS.get(i)).copied().unwrap_or("");
    format!("{day} {name}")
}

/// What the templates' placeholders stand for in one assessment.
struct Words<'a> {
    name: &'a str,
    carer: &'a str,
    voice: Pronouns,
    date: String,
}

/// Fills `{name}`, `{carer}`, `{date}`, `{sub}`, `{Sub}`, `{obj}`, `{pos}`, `{self}` and `{was}`.
fn fill(template: &str, w: &Words<'_>) -> String {
    let mut out = String::with_capacity(template.len() + 24);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, tail) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = tail.find('}') else {
            out.push_str(tail);
            return out;
        };
        let token = tail.get(1..close).unwrap_or("");
        match token {
            "name" => out.push_str(w.name),
            "carer" => out.push_str(w.carer),
            "date" => out.push_str(&w.date),
            "sub" => out.push_str(w.voice.sub),
            "Sub" => {
                let mut chars = w.voice.sub.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            }
            "obj" => out.push_str(w.voice.obj),
            "pos" => out.push_str(w.voice.pos),
            "self" => out.push_str(w.voice.own),
            "was" => out.push_str(w.voice.was),
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = tail.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Version 7 UUIDs like [`crate::new_id`]'s, drawn from a generator seeded once per
/// organisation: asking the operating system for randomness for each of some ten thousand rows
/// was a large part of the time a demo organisation took. A counter in the bits the standard
/// sets aside for one keeps them in order, so each index grows at its end.
struct Ids {
    rng: Rng,
    millis: u64,
    counter: u32,
}

impl Ids {
    fn new() -> Ids {
        // Seeded from a fresh random id, so that every run gets ids of its own.
        let seed = uuid::Uuid::now_v7().as_u128();
        let millis = u64::try_from(now_micros() / 1000).unwrap_or(0);
        Ids { rng: Rng((seed as u64) ^ ((seed >> 64) as u64)), millis, counter: 0 }
    }

    fn next(&mut self) -> String {
        let c = self.counter;
        self.counter = self.counter.wrapping_add(1) & 0x03FF_FFFF;
        let [_, _, r0, r1, r2, r3, r4, r5] = self.rng.next_u64().to_be_bytes();
        let bytes = [(c >> 22) as u8 & 0x0F, (c >> 14) as u8, (c >> 8) as u8 & 0x3F, c as u8, r0, r1, r2, r3, r4, r5];
        let id = uuid::Builder::from_unix_timestamp_millis(self.millis, &bytes).into_uuid();
        id.hyphenated().encode_lower(&mut uuid::Uuid::encode_buffer()).to_owned()
    }
}

// ---------------------------------------------------------------- trends

#[derive(Clone, Copy, PartialEq, Eq)]
enum Trend {
    Improving,
    Falling,
    Steady,
}

fn series(rng: &mut Rng, trend: Trend, n: usize) -> Vec<i32> {
    let (mut value, lo, hi) = match trend {
        Trend::Improving => (rng.range(1, 5), 1, 2),
        Trend::Falling => (rng.range(6, 9), -2, -1),
        Trend::Steady => (rng.range(4, 8), -1, 1),
    };
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(i32::try_from(value).unwrap_or(5));
        value = (value + rng.range(lo, hi)).clamp(0, 10);
    }
    out
}

fn any_trend(rng: &mut Rng) -> Trend {
    [Trend::Improving, Trend::Falling, Trend::Steady].get(rng.weighted(&[40, 30, 30])).copied().unwrap_or(Trend::Steady)
}

/// How often a worker has seen each indicator follows the rating they gave, with some spread.
fn state_for(rng: &mut Rng, rating: i32) -> &'static str {
    if rng.chance(3) {
        return IndicatorState::NotApplicable.key();
    }
    let v = f64::from(rating) / 10.0 + (rng.unit() - 0.5) * 0.5;
    if v >= 0.62 {
        IndicatorState::Consistently.key()
    } else if v >= 0.3 {
        IndicatorState::Sometimes.key()
    } else {
        IndicatorState::NotYet.key()
    }
}

/// How far through a dimension's section a worker has got.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fill {
    Complete,
    InProgress,
    NotStarted,
}

// ---------------------------------------------------------------- the generator

struct Ctx<'a> {
    rng: Rng,
    org_id: String,
    pack: &'a ContentPack,
    /// The templates, in the language of the pack.
    wording: &'static Wording,
    /// That language's code, which every assessment and indicator row carries.
    language: &'static str,
    today: i64,
    out: Assessments,
    /// Each worker's team manager.
    managers: HashMap<String, String>,
    /// Drafts written so far, so that the two drafts stop at different points.
    drafts: usize,
    ids: Ids,
}

/// One assessment's identity and timing.
struct Head {
    kind: AssessmentKind,
    child_id: Option<String>,
    household_id: Option<String>,
    member_id: Option<String>,
    assessed: i64,
    bands: (&'static str, &'static str, String),
    author: String,
    /// Day and signer, for a signed-off assessment.
    signed: Option<(i64, String)>,
    summary: String,
}

/// One dimension's content before it becomes rows.
struct Part {
    dimension: Dimension,
    fill: Fill,
    rating: i32,
    second: Option<i32>,
    strengths: String,
    needs: String,
    child_view: String,
    short_term: String,
    long_term: String,
    /// (days before the assessment, source, life area, account, opinion)
    evidence: Vec<(i64, &'static str, &'static str, String, String)>,
}

/// One indicator as the store copies it in.
struct Seed<'p> {
    dimension: Dimension,
    key: &'p str,
    aspect: &'static str,
    short_term: bool,
    long_term: bool,
    text: &'p str,
    hint: &'p str,
}

impl<'a> Ctx<'a> {
    fn micros(day: i64, minutes: i64) -> i64 {
        day * MICROS_PER_DAY + minutes * MICROS_PER_MINUTE
    }

    /// Writes one assessment: the rows the store's start, save and workflow functions leave.
    fn emit(&mut self, head: Head, seeds: &[Seed<'_>], parts: &[Part], earliest_evidence: i64) -> String {
        let id = self.ids.next();
        let created = Ctx::micros(head.assessed, self.rng.range(8 * 60 + 30, 11 * 60));
        let mut clock = created;
        let mut tick = |rng: &mut Rng| {
            clock += rng.range(2, 25) * MICROS_PER_MINUTE;
            clock
        };
        // Indicators, in the order the pack gives them, numbered from 1 as the store numbers them.
        let mut by_dimension: HashMap<Dimension, Vec<String>> = HashMap::new();
        for (n, seed) in seeds.iter().enumerate() {
            let part = parts.iter().find(|p| p.dimension == seed.dimension);
            let state = match part {
                Some(p) if p.fill == Fill::Complete => Some(state_for(&mut self.rng, p.rating)),
                Some(p) if p.fill == Fill::InProgress && self.rng.chance(55) => {
                    Some(state_for(&mut self.rng, p.rating))
                }
                _ => None,
            };
            let iid = self.ids.next();
            by_dimension.entry(seed.dimension).or_default().push(iid.clone());
            self.out.indicators.push(IndicatorRow {
                id: iid,
                assessment_id: id.clone(),
                org_id: self.org_id.clone(),
                dimension: seed.dimension.key(),
                position: i32::try_from(n + 1).unwrap_or(i32::MAX),
                indicator_key: seed.key.to_owned(),
                origin: "pack",
                aspect: seed.aspect,
                short_term: seed.short_term,
                long_term: seed.long_term,
                text: seed.text.to_owned(),
                evidence_hint: seed.hint.to_owned(),
                state,
                language: self.language,
            });
        }
        for part in parts {
            for (before, source, life_area, account, opinion) in &part.evidence {
                let linked = by_dimension.get(&part.dimension).filter(|_| self.rng.chance(70));
                let indicator_id = linked.map(|ids| ids.get(self.rng.below(ids.len())).cloned().unwrap_or_default());
                let happened = (head.assessed - before).max(earliest_evidence).min(head.assessed);
                let at = tick(&mut self.rng);
                self.out.evidence.push(EvidenceRow {
                    id: self.ids.next(),
                    assessment_id: id.clone(),
                    org_id: self.org_id.clone(),
                    dimension: part.dimension.key(),
                    indicator_id: indicator_id.filter(|i| !i.is_empty()),
                    happened_on: ymd(happened),
                    source,
                    life_area,
                    account: account.clone(),
                    opinion: opinion.clone(),
                    created_at: at,
                    created_by: head.author.clone(),
                });
            }
        }
        for d in Dimension::ALL {
            let Some(part) = parts.iter().find(|p| p.dimension == d) else { continue };
            let touched = part.fill != Fill::NotStarted;
            let rated = part.fill == Fill::Complete;
            let at = if touched { tick(&mut self.rng) } else { created };
            self.out.sections.push(SectionRow {
                assessment_id: id.clone(),
                dimension: d.key(),
                org_id: self.org_id.clone(),
                strengths: if touched { part.strengths.clone() } else { String::new() },
                needs: if rated { part.needs.clone() } else { String::new() },
                child_view: if rated { part.child_view.clone() } else { String::new() },
                short_term: if rated { part.short_term.clone() } else { String::new() },
                long_term: if rated { part.long_term.clone() } else { String::new() },
                rating: rated.then_some(part.rating),
                second_rating: if rated && ratings_needed(head.kind, d) == 2 { part.second } else { None },
                updated_at: at,
                updated_by: head.author.clone(),
                // Saved once: the store moves a section from version 1 to 2 on each save.
                version: if touched { 2 } else { 1 },
            });
        }
        let last_edit = tick(&mut self.rng);
        let (status, submitted, signed, version) = match &head.signed {
            Some((day, signer)) => {
                let signed_at = Ctx::micros(*day, self.rng.range(9 * 60, 16 * 60)).max(last_edit + MICROS_PER_DAY);
                let submitted_at = (signed_at - self.rng.range(60, 2 * 24 * 60) * MICROS_PER_MINUTE).max(last_edit);
                let role = if self.managers.values().any(|m| m == signer) { "Team manager" } else { "Social worker" };
                // start (1), summary saved (2), submitted (3), signed off (4).
                let version = if head.summary.is_empty() { 3 } else { 4 };
                (
                    Status::SignedOff,
                    Some((submitted_at, head.author.clone())),
                    Some((signed_at, signer.clone(), role)),
                    version,
                )
            }
            None => (Status::Draft, None, None, if head.summary.is_empty() { 1 } else { 2 }),
        };
        let (updated_at, updated_by) = match &signed {
            Some((at, by, _)) => (*at, by.clone()),
            None => (last_edit, head.author.clone()),
        };
        let (age_band, band, band_reason) = head.bands;
        self.out.rows.push(AssessmentRow {
            id: id.clone(),
            org_id: self.org_id.clone(),
            kind: head.kind.key(),
            child_id: head.child_id,
            household_id: head.household_id,
            member_id: head.member_id,
            status: status.key(),
            assessed_on: ymd(head.assessed),
            age_band,
            band,
            band_reason,
            content_version: self.pack.version.clone(),
            summary: head.summary,
            series_id: id.clone(),
            amendment_no: 0,
            amends_id: None,
            amendment_reason: String::new(),
            superseded_by: None,
            returned_note: String::new(),
            created_at: created,
            created_by: head.author.clone(),
            updated_at,
            updated_by,
            submitted_at: submitted.as_ref().map(|(at, _)| *at),
            submitted_by: submitted.map(|(_, by)| by),
            signed_off_at: signed.as_ref().map(|(at, _, _)| *at),
            signed_off_role: signed.as_ref().map(|(_, _, role)| *role),
            signed_off_by: signed.map(|(_, by, _)| by),
            version,
            language: self.language,
        });
        id
    }

    fn pick<'t>(&mut self, items: &[&'t str]) -> &'t str {
        items.get(self.rng.below(items.len())).copied().unwrap_or("")
    }

    /// Up to `n` different templates that fit the child's age.
    fn pick_aged(&mut self, items: &[(Age, &'static str)], little: bool, n: usize) -> Vec<&'static str> {
        let mut fitting: Vec<&'static str> = items.iter().filter(|(a, _)| a.fits(little)).map(|(_, t)| *t).collect();
        let mut out = Vec::new();
        while out.len() < n && !fitting.is_empty() {
            out.push(fitting.swap_remove(self.rng.below(fitting.len())));
        }
        out
    }

    // ------------------------------------------------------------ children

    fn child(&mut self, s: &Subject, draft: bool) {
        // Keep the last signed-off assessment well before a draft started this month.
        let hi = if draft { s.last - 45 } else { s.last - 3 };
        let floor = (self.today - 725).max(s.dob + 10);
        // Assessed while in the agency's care, where the worker sees the child with their carers.
        let lo = s.entry.max(floor).min(hi - 2);
        let span = hi - lo;
        let n = match span {
            ..=200 => 2,
            201..=400 => 2 + usize::from(self.rng.chance(50)),
            _ => [2, 3, 3, 4][self.rng.below(4)],
        };
        let slot = span / i64::try_from(n).unwrap_or(2);
        let mut days: Vec<i64> = (0..n)
            .map(|k| lo + slot * i64::try_from(k).unwrap_or(0) + self.rng.range(0, (slot * 2 / 3).max(0)))
            .map(|d| d.clamp(s.dob, hi))
            .collect();
        days.dedup();

        let trend = self.rng.weighted(&[35, 20, 25, 20]);
        let total = days.len() + usize::from(draft);
        let ratings: Vec<Vec<i32>> = Dimension::ALL
            .iter()
            .map(|_| {
                let t = match trend {
                    0 => Trend::Improving,
                    1 => Trend::Falling,
                    2 => Trend::Steady,
                    _ => any_trend(&mut self.rng),
                };
                series(&mut self.rng, t, total)
            })
            .collect();
        let t = any_trend(&mut self.rng);
        let birth_family = series(&mut self.rng, t, total);
        // A few school-age children are assessed against a younger band for their emotional age.
        let younger = self.rng.chance(6);

        for (k, day) in days.iter().enumerate() {
            let signer_is_manager = self.rng.chance(15);
            let sign_day = (day + self.rng.range(2, 12)).min(self.today - 1).max(*day);
            let author = s.worker_on(*day);
            let signer = if signer_is_manager { self.managers.get(&author).cloned() } else { None };
            let signer = signer.unwrap_or_else(|| author.clone());
            self.child_assessment(s, *day, k, &ratings, &birth_family, younger, author, Some((sign_day, signer)));
        }
        if draft {
            let day = self.today - self.rng.range(2, 9);
            let author = s.worker_on(day);
            self.child_assessment(s, day, days.len(), &ratings, &birth_family, younger, author, None);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn child_assessment(
        &mut self,
        s: &Subject,
        day: i64,
        k: usize,
        ratings: &[Vec<i32>],
        birth_family: &[i32],
        younger: bool,
        author: String,
        signed: Option<(i64, String)>,
    ) {
        let Some(age_band) = civil(s.dob).zip(civil(day)).and_then(|(b, d)| AgeBand::for_age(b, d)) else { return };
        let band = match age_band {
            AgeBand::MiddleChildhood if younger => AgeBand::EarlyYears,
            AgeBand::Adolescence if younger => AgeBand::MiddleChildhood,
            b => b,
        };
        let little = band <= AgeBand::EarlyYears;
        let wd = self.wording;
        // The carer the child lived with that day; someone placed elsewhere has no name here.
        let carer = s.carer_on(day).map_or(wd.carer_fallback, first_name);
        let mut words = Words { name: &s.name, carer, voice: s.voice, date: String::new() };
        let reason = if band == age_band { String::new() } else { fill(self.pick(wd.band_reasons), &words) };
        let at = |v: &[i32], i: usize| v.get(i).copied().unwrap_or(5);
        if signed.is_none() {
            self.drafts += 1;
        }
        let fills: &[Fill] = match (&signed, self.drafts % 2) {
            (Some(_), _) => &[Fill::Complete; 5],
            (None, 1) => &[Fill::Complete, Fill::Complete, Fill::InProgress, Fill::NotStarted, Fill::NotStarted],
            (None, _) => &[Fill::Complete, Fill::InProgress, Fill::NotStarted, Fill::NotStarted, Fill::NotStarted],
        };
        let age = (day - s.dob) / 365;
        // Evidence comes from the child's time in care, unless they were assessed before it began.
        let earliest = (s.dob + 1).max(s.entry.min(day - 1)).min(day);
        let mut parts = Vec::new();
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            let fill_of = fills.get(i).copied().unwrap_or(Fill::NotStarted);
            let series = ratings.get(i).map(Vec::as_slice).unwrap_or(&[]);
            let (rating, previous) = (at(series, k), k.checked_sub(1).map(|p| at(series, p)));
            let text = wd.child.get(i);
            let Some(text) = text else { continue };
            let mut evidence = Vec::new();
            if fill_of == Fill::Complete || (fill_of == Fill::InProgress && self.rng.chance(50)) {
                let n = 1 + usize::from(self.rng.chance(40));
                for account in self.pick_aged(text.evidence, little, n) {
                    let happened = (day - self.rng.range(2, 70)).max(earliest).min(day);
                    let before = day - happened;
                    words.date = spoken(wd, happened);
                    let (source, account) = account.split_once('|').unwrap_or(("caregiver", account));
                    let opinion =
                        if self.rng.chance(45) { fill(self.pick(wd.opinions), &words) } else { String::new() };
                    evidence.push((before, source_key(source), "", fill(account, &words), opinion));
                }
            }
            let two = self.rng.chance(40);
            let mut strengths: Vec<String> =
                self.pick_aged(text.strengths, little, 1 + usize::from(two)).iter().map(|t| fill(t, &words)).collect();
            let mut needs: Vec<String> =
                self.pick_aged(text.needs, little, 1).iter().map(|t| fill(t, &words)).collect();
            match previous {
                Some(p) if rating > p => strengths.push(self.pick(wd.better).to_owned()),
                Some(p) if rating < p => needs.push(self.pick(wd.worse).to_owned()),
                Some(_) => strengths.push(self.pick(wd.same).to_owned()),
                None => {}
            }
            let child_view =
                if age >= 5 && self.rng.chance(60) { fill(self.pick(text.views), &words) } else { String::new() };
            parts.push(Part {
                dimension: d,
                fill: fill_of,
                rating,
                second: Some(at(birth_family, k)),
                strengths: strengths.join(" "),
                needs: needs.join(" "),
                child_view,
                short_term: String::new(),
                long_term: String::new(),
                evidence,
            });
        }
        let summary = if signed.is_none() {
            String::new()
        } else {
            let now: i32 = ratings.iter().map(|v| at(v, k)).sum();
            let table = match k.checked_sub(1).map(|p| ratings.iter().map(|v| at(v, p)).sum::<i32>()) {
                None => wd.first_summaries,
                Some(before) if now >= before + 3 => wd.up_summaries,
                Some(before) if now + 3 <= before => wd.down_summaries,
                Some(_) => wd.steady_summaries,
            };
            fill(self.pick(table), &words)
        };
        let pack: &'a ContentPack = self.pack;
        let seeds: Vec<Seed<'a>> = Dimension::ALL
            .iter()
            .flat_map(|d| pack.child_indicators_for(*d, band.key()))
            .map(|i| Seed {
                dimension: i.dimension,
                key: &i.key,
                aspect: "",
                short_term: false,
                long_term: false,
                text: &i.text,
                hint: &i.evidence,
            })
            .collect();
        let head = Head {
            kind: AssessmentKind::Child,
            child_id: Some(s.id.clone()),
            household_id: None,
            member_id: None,
            assessed: day,
            bands: (age_band.key(), band.key(), reason),
            author,
            signed,
            summary,
        };
        self.emit(head, &seeds, &parts, earliest);
    }

    // ------------------------------------------------------------ caregivers

    /// A carer's assessments over the years: one for approval and one for each annual review,
    /// their ratings moving as the household's course says.
    fn carer_history(&mut self, c: &Carer<'_>) {
        let ratings = carer_ratings(&mut self.rng, c.course, c.occasions.len());
        for (k, (occasion, day, sign_day)) in c.occasions.iter().enumerate() {
            let now = ratings.get(k).copied().unwrap_or([6; 5]);
            let before = k.checked_sub(1).and_then(|p| ratings.get(p)).copied();
            let strained = c.course == Course::Strained && k + 1 == c.occasions.len() && k > 0;
            let author = worker_on(&c.workers, *day);
            self.caregiver_assessment(c, *occasion, *day, *sign_day, now, before, strained, author);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn caregiver_assessment(
        &mut self,
        c: &Carer<'_>,
        occasion: Occasion,
        day: i64,
        sign_day: i64,
        ratings: [i32; 5],
        before: Option<[i32; 5]>,
        strained: bool,
        author: String,
    ) {
        let wd = self.wording;
        let mut words = Words {
            name: first_name(c.name),
            carer: first_name(c.name),
            voice: Pronouns::for_gender(wd, ""),
            date: String::new(),
        };
        let mut parts = Vec::new();
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            let Some(text) = wd.carer.get(i) else { continue };
            let rating = ratings.get(i).copied().unwrap_or(6);
            let previous = before.and_then(|b| b.get(i).copied());
            let fell = previous.is_some_and(|p| rating < p);
            // An applicant has no fostering to show yet: their evidence comes from the rest of
            // their life. At a review it comes mostly from the year's caring.
            let fitting: Vec<(Age, &'static str)> = text
                .evidence
                .iter()
                .copied()
                .filter(|(_, t)| t.starts_with("caring|") == (occasion == Occasion::Review))
                .collect();
            let pool = if fitting.len() >= 2 { fitting.as_slice() } else { text.evidence };
            let n = 1 + usize::from(self.rng.chance(45));
            let mut accounts = self.pick_aged(pool, false, n);
            let strain = wd.strain.iter().find(|(sd, _, _)| *sd == d).filter(|_| strained && fell);
            if let Some((_, evidence, _)) = strain {
                accounts.insert(0, self.pick(evidence));
            }
            let mut evidence = Vec::new();
            for account in accounts {
                let before = self.rng.range(3, 120);
                words.date = spoken(wd, day - before);
                let (area, rest) = account.split_once('|').unwrap_or(("caring", account));
                let (source, account) = rest.split_once('|').unwrap_or(("caregiver", rest));
                let opinion =
                    if self.rng.chance(35) { fill(self.pick(wd.carer_opinions), &words) } else { String::new() };
                evidence.push((before, source_key(source), area_key(area), fill(account, &words), opinion));
            }
            let two = self.rng.chance(50) && strain.is_none();
            let mut strengths: Vec<String> = match strain {
                Some(_) => vec![fill(self.pick(wd.strain_strengths), &words)],
                None => self
                    .pick_aged(text.strengths, false, 1 + usize::from(two))
                    .iter()
                    .map(|t| fill(t, &words))
                    .collect(),
            };
            let mut needs: Vec<String> = match strain {
                Some((_, _, needs)) => vec![fill(self.pick(needs), &words)],
                None => self.pick_aged(text.needs, false, 1).iter().map(|t| fill(t, &words)).collect(),
            };
            match previous {
                Some(p) if rating > p => strengths.push(fill(self.pick(wd.carer_better), &words)),
                Some(p) if rating < p && strain.is_none() => needs.push(fill(self.pick(wd.carer_worse), &words)),
                Some(p) if rating == p => strengths.push(fill(self.pick(wd.carer_same), &words)),
                _ => {}
            }
            // Both capacities in every dimension: a caregiver section is not complete without them.
            let short_term = if strained { wd.strained_short_term } else { self.pick(wd.short_term) }.to_owned();
            let long_term = self.pick(wd.long_term).to_owned();
            parts.push(Part {
                dimension: d,
                fill: Fill::Complete,
                rating,
                second: None,
                strengths: strengths.join(" "),
                needs: needs.join(" "),
                child_view: String::new(),
                short_term,
                long_term,
                evidence,
            });
        }
        // Before the panel the assessment recommends approval; at a review it recommends whether
        // the approval continues, whether or not the earlier assessments are still kept.
        let table = match (occasion, before) {
            (Occasion::Approval, _) => wd.approval_summaries,
            (_, None) => wd.review_summaries,
            _ if strained => wd.strain_summaries,
            (_, Some(b)) if ratings.iter().sum::<i32>() >= b.iter().sum::<i32>() + 2 => wd.growth_summaries,
            _ => wd.review_summaries,
        };
        let summary = fill(self.pick(table), &words);
        let pack: &'a ContentPack = self.pack;
        let seeds: Vec<Seed<'a>> = Dimension::ALL
            .iter()
            .flat_map(|d| pack.caregiver_indicators_for(*d))
            .map(|i| Seed {
                dimension: i.dimension,
                key: &i.key,
                aspect: i.aspect.key(),
                short_term: i.short_term,
                long_term: i.long_term,
                text: &i.text,
                hint: &i.evidence,
            })
            .collect();
        let head = Head {
            kind: AssessmentKind::Caregiver,
            child_id: None,
            household_id: Some(c.household.to_owned()),
            member_id: Some(c.member.to_owned()),
            assessed: day,
            bands: ("", "", String::new()),
            signed: Some((sign_day, author.clone())),
            author,
            summary,
        };
        self.emit(head, &seeds, &parts, day - 3650);
    }
}

/// Why a carer was assessed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Occasion {
    /// Written up before the fostering panel that approved the household.
    Approval,
    /// Written up before an annual review of the approval.
    Review,
}

/// How a household's capacities move from one assessment to the next.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Course {
    Steady,
    Growing,
    /// Steady until the latest review, which finds the carer struggling with the child placed.
    Strained,
}

/// How long a child has lived with a carer before their placement can be the strain a review
/// finds.
const STRAIN_AFTER_DAYS: i64 = 90;

/// The most assessments a carer is given: the last two to three years of their history.
const CARER_HISTORY: usize = 3;

/// One carer's assessments to write.
struct Carer<'h> {
    household: &'h str,
    member: &'h str,
    name: &'h str,
    /// (occasion, assessed on, signed off on), oldest first.
    occasions: Vec<(Occasion, i64, i64)>,
    course: Course,
    /// The household's supervising social workers over time.
    workers: Vec<Allocation>,
}

/// When a household's carer was assessed by `today`: before the panel that approved it on
/// `approved`, then before each annual review on the anniversaries of that day up to
/// `next_review`, keeping the last [`CARER_HISTORY`]. An assessment comes some weeks before
/// its panel or review, so the one for the next review may already be signed off; the reviews
/// before it have happened, so theirs all are.
fn carer_occasions(rng: &mut Rng, approved: i64, next_review: i64, today: i64) -> Vec<(Occasion, i64, i64)> {
    let mut out = Vec::new();
    for k in 0..60 {
        let due = add_years(approved, k);
        if due > next_review {
            break;
        }
        let (occasion, lead) =
            if k == 0 { (Occasion::Approval, rng.range(28, 70)) } else { (Occasion::Review, rng.range(21, 56)) };
        let assessed = due - lead;
        let signed = (assessed + rng.range(3, 14)).min(due - 3);
        if signed >= today {
            break;
        }
        out.push((occasion, assessed, signed));
    }
    let older = out.len().saturating_sub(CARER_HISTORY);
    out.drain(..older);
    out
}

/// A carer's five ratings at each of `n` assessments. New carers start in the middle of the
/// scale; a growing carer gains in one dimension at least at every review; a strained one holds
/// steady until the last, where availability or sensitivity (sometimes both) drops sharply and
/// the rest slip a little.
fn carer_ratings(rng: &mut Rng, course: Course, n: usize) -> Vec<[i32; 5]> {
    let base = rng.range(5, 8);
    let mut now = [0i32; 5];
    for r in &mut now {
        *r = i32::try_from((base + rng.range(-1, 1)).clamp(3, 9)).unwrap_or(6);
    }
    let lead = rng.below(5);
    // Availability (0) or sensitivity (1).
    let hit = rng.below(2);
    let both = rng.chance(40);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        if k > 0 {
            let last = k + 1 == n;
            for (d, r) in now.iter_mut().enumerate() {
                let step = match course {
                    Course::Growing if d == lead => 1,
                    Course::Growing => i32::from(rng.chance(35)),
                    Course::Strained if last && (d == hit || (both && d < 2)) => {
                        -i32::try_from(rng.range(2, 3)).unwrap_or(2)
                    }
                    Course::Strained if last => -i32::from(rng.chance(40)),
                    _ => [-1, 0, 1].get(rng.weighted(&[15, 70, 15])).copied().unwrap_or(0),
                };
                *r = (*r + step).clamp(1, 10);
            }
        }
        out.push(now);
    }
    out
}

/// Most carers hold steady or grow. One or two, with a child living with them now, are
/// struggling at their latest review, so that a placement in difficulty shows: the first of them
/// on the caseload of whoever supervises `named_home` (ssw@demo.test in the first organisation),
/// though never that household itself, whose carer signs in as carer@demo.test. At least one
/// carer with a history grows, so rises show too.
fn choose_courses(rng: &mut Rng, carers: &mut [Carer<'_>], lived_in: &HashMap<&str, i64>, named_home: Option<&str>) {
    let current = |c: &Carer<'_>| c.workers.iter().find(|(_, to, _)| to.is_none()).map(|(_, _, w)| w.clone());
    let named_worker = carers.iter().find(|c| Some(c.household) == named_home).and_then(current);
    let history: Vec<usize> = (0..carers.len())
        .filter(|i| carers.get(*i).is_some_and(|c| c.occasions.len() >= 2 && Some(c.household) != named_home))
        .collect();
    // Strain shows in the child placed with them: one who had lived there a good while by
    // the latest assessment, and lives there still.
    let strained_by = |c: &Carer<'_>| {
        let latest = c.occasions.last().map(|(_, day, _)| *day);
        lived_in.get(c.household).zip(latest).is_some_and(|(since, latest)| since + STRAIN_AFTER_DAYS <= latest)
    };
    let mut candidates: Vec<usize> =
        history.iter().copied().filter(|i| carers.get(*i).is_some_and(strained_by)).collect();
    rng.shuffle(&mut candidates);
    let theirs = candidates.iter().position(|i| carers.get(*i).map(current) == Some(named_worker.clone()));
    if let Some(at) = theirs {
        let first = candidates.remove(at);
        candidates.insert(0, first);
    }
    let strained: Vec<usize> = candidates.iter().copied().take(1 + usize::from(rng.chance(50))).collect();
    for (i, c) in carers.iter_mut().enumerate() {
        c.course = if strained.contains(&i) {
            Course::Strained
        } else if rng.chance(40) {
            Course::Growing
        } else {
            Course::Steady
        };
    }
    let grows = history.iter().any(|i| carers.get(*i).is_some_and(|c| c.course == Course::Growing));
    if !grows && let Some(c) = history.iter().find(|i| !strained.contains(i)).and_then(|i| carers.get_mut(*i)) {
        c.course = Course::Growing;
    }
}

/// The supervising social worker of the time; the current one when the record says nothing.
fn worker_on(workers: &[Allocation], day: i64) -> String {
    let at = Ctx::micros(day, 12 * 60);
    workers
        .iter()
        .find(|(from, to, _)| *from <= at && to.is_none_or(|t| at < t))
        .or_else(|| workers.iter().find(|(_, to, _)| to.is_none()))
        .map(|(_, _, w)| w.clone())
        .unwrap_or_default()
}

impl Subject {
    /// The child's social worker on that day; the current one when the record says nothing.
    fn worker_on(&self, day: i64) -> String {
        worker_on(&self.workers, day)
    }

    /// The first carer of the household the child lived in on that day (on a moving day, the
    /// new one), as the assessment pages name it; none when no placement covered the day.
    fn carer_on(&self, day: i64) -> Option<&str> {
        self.homes.iter().rev().find(|(from, to, _)| *from <= day && day <= *to).map(|(_, _, c)| c.as_str())
    }
}

fn source_key(s: &str) -> &'static str {
    match s {
        "obs" => "direct_observation",
        "school" => "school",
        "health" => "health",
        "child" => "child",
        "referee" => "referee",
        "other" => "other",
        _ => "caregiver",
    }
}

fn area_key(s: &str) -> &'static str {
    match s {
        "past" => "past_life",
        "present" => "present_life",
        _ => "caring",
    }
}

/// Builds the organisation's assessments from its generated caseload, in the language of
/// `words` from `pack` in the same language. `drafts_by` is the worker (csw@demo.test) who gets
/// two drafts in progress on children of their caseload.
pub(super) fn build(
    agency: &Agency,
    words: &'static Lexicon,
    pack: &ContentPack,
    index: u32,
    org_id: &str,
    today: i64,
    drafts_by: Option<&str>,
) -> Assessments {
    let mut ctx = Ctx {
        rng: Rng(Rng::for_org(index, words).0 ^ 0x0A55_E55E_D5EC_BA5E),
        org_id: org_id.to_owned(),
        pack,
        wording: words.assessments,
        language: words.language.code(),
        today,
        out: Assessments::default(),
        managers: HashMap::new(),
        drafts: 0,
        ids: Ids::new(),
    };
    let team_manager: HashMap<&str, &str> =
        agency.team_members.iter().filter(|m| m.is_manager).map(|m| (m.team_id.as_str(), m.user_id.as_str())).collect();
    for m in &agency.team_members {
        if let Some(manager) = team_manager.get(m.team_id.as_str()) {
            ctx.managers.insert(m.user_id.clone(), (*manager).to_owned());
        }
    }
    let mut first_carer: HashMap<&str, (&str, &str)> = HashMap::new();
    for m in &agency.household_members {
        if m.member_role == MemberRole::Carer.key() && m.archived_at.is_none() {
            first_carer.entry(m.household_id.as_str()).or_insert((m.id.as_str(), m.name.as_str()));
        }
    }
    let mut placements: HashMap<&str, Vec<&super::PlacementRow>> = HashMap::new();
    for p in &agency.placements {
        placements.entry(p.child_id.as_str()).or_default().push(p);
    }
    let mut workers: HashMap<&str, Vec<Allocation>> = HashMap::new();
    for w in &agency.child_workers {
        workers.entry(w.child_id.as_str()).or_default().push((w.start_at, w.end_at, w.user_id.clone()));
    }

    let mut drafts_left = if drafts_by.is_some() { 2 } else { 0 };
    for child in &agency.children {
        let Some(dob) = day_of(&child.date_of_birth) else { continue };
        let mut stays: Vec<&super::PlacementRow> = placements.get(child.id.as_str()).cloned().unwrap_or_default();
        stays.sort_by(|a, b| a.start_date.cmp(&b.start_date));
        let allocated = workers.remove(child.id.as_str()).unwrap_or_default();
        // In care since their first placement here, or since their social worker took them on
        // while they lived with another provider.
        let placed_from = stays.first().and_then(|p| day_of(&p.start_date)).unwrap_or(today);
        let entry = allocated
            .iter()
            .map(|(from, _, _)| from.div_euclid(MICROS_PER_DAY))
            .min()
            .map_or(placed_from, |w| w.min(placed_from));
        let current = stays.iter().any(|p| p.end_date.is_none());
        // Workers stop assessing a child who has gone home or left care at 18; a child who moved
        // to another provider keeps their social worker here.
        let left = stays.last().filter(|p| {
            p.end_reason.as_deref().is_some_and(|r| r == EndReason::Age18.key() || r == EndReason::Reunification.key())
        });
        let last = match left {
            Some(p) if !current => p.end_date.as_deref().and_then(day_of).unwrap_or(today),
            _ => today,
        };
        let homes = stays
            .iter()
            .filter_map(|p| {
                let from = day_of(&p.start_date)?;
                let to = p.end_date.as_deref().and_then(day_of).unwrap_or(today);
                let (_, name) = first_carer.get(p.household_id.as_str())?;
                Some((from, to, (*name).to_owned()))
            })
            .collect();
        let name = if child.preferred_name.trim().is_empty() {
            first_name(&child.given_names).to_owned()
        } else {
            child.preferred_name.clone()
        };
        let subject = Subject {
            id: child.id.clone(),
            name,
            voice: Pronouns::for_gender(words.assessments, words.gender_key(&child.gender)),
            dob,
            entry,
            last,
            homes,
            workers: allocated,
        };
        let on_their_caseload =
            drafts_by.is_some_and(|w| subject.workers.iter().any(|(_, to, u)| to.is_none() && u == w));
        let draft = drafts_left > 0 && current && on_their_caseload && today - dob > 5 * 365 && today - entry > 120;
        if draft {
            drafts_left -= 1;
        }
        ctx.child(&subject, draft);
    }

    // The first carer of every approved foster household, assessed by its supervising social
    // workers before approval and before each annual review since.
    let mut supervisors: HashMap<&str, Vec<Allocation>> = HashMap::new();
    for w in &agency.household_workers {
        supervisors.entry(w.household_id.as_str()).or_default().push((w.start_at, w.end_at, w.user_id.clone()));
    }
    let mut lived_in: HashMap<&str, i64> = HashMap::new();
    for p in agency.placements.iter().filter(|p| p.end_date.is_none()) {
        let Some(start) = day_of(&p.start_date) else { continue };
        let since = lived_in.entry(p.household_id.as_str()).or_insert(start);
        *since = (*since).min(start);
    }
    let mut carers: Vec<Carer<'_>> = Vec::new();
    for h in &agency.households {
        if h.household_type != HouseholdType::Foster.key() || h.approval_status != ApprovalStatus::Approved.key() {
            continue;
        }
        let Some((member, name)) = first_carer.get(h.id.as_str()) else { continue };
        let Some(approved) = h.approval_date.as_deref().and_then(day_of) else { continue };
        let workers = supervisors.remove(h.id.as_str()).unwrap_or_default();
        if workers.is_empty() {
            continue;
        }
        let next_review = h.next_review_date.as_deref().and_then(day_of).unwrap_or(today + 365);
        let occasions = carer_occasions(&mut ctx.rng, approved, next_review, today);
        carers.push(Carer { household: &h.id, member, name, occasions, course: Course::Steady, workers });
    }
    choose_courses(&mut ctx.rng, &mut carers, &lived_in, agency.households.first().map(|h| h.id.as_str()));
    for c in &carers {
        ctx.carer_history(c);
    }
    ctx.out
}

// ---------------------------------------------------------------- wording

/// Which ages a template suits: little ones (the two younger bands), older children, or any.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Age {
    Little,
    Older,
    Any,
}

impl Age {
    fn fits(self, little: bool) -> bool {
        match self {
            Age::Any => true,
            Age::Little => little,
            Age::Older => !little,
        }
    }
}

use Age::{Any as A, Little as L, Older as O};

/// A dimension's templates. Evidence is "source|account".
pub(super) struct Texts {
    pub(super) evidence: &'static [(Age, &'static str)],
    pub(super) strengths: &'static [(Age, &'static str)],
    pub(super) needs: &'static [(Age, &'static str)],
    pub(super) views: &'static [&'static str],
}

/// Every template the assessments draw on, in one language, with how that language writes a
/// date and refers to a person: [`ENGLISH_WORDING`] from the tables below, [`NORWEGIAN_WORDING`] from
/// `demo_nb.rs`. The evidence keys (`source|account`, `area|source|account`) stay in English.
pub(super) struct Wording {
    /// "3 March" for a day and a month (1 to 12).
    spoken: fn(i64, i64) -> String,
    /// (sub, obj, pos, own, was) for "Female", "Male" and anyone else.
    pronouns: fn(&str) -> (&'static str, &'static str, &'static str, &'static str, &'static str),
    /// `{carer}` when the child lived with none of the agency's carers ("their carer").
    carer_fallback: &'static str,
    /// In `Dimension::ALL` order.
    child: &'static [Texts; 5],
    better: &'static [&'static str],
    worse: &'static [&'static str],
    same: &'static [&'static str],
    opinions: &'static [&'static str],
    first_summaries: &'static [&'static str],
    up_summaries: &'static [&'static str],
    down_summaries: &'static [&'static str],
    steady_summaries: &'static [&'static str],
    band_reasons: &'static [&'static str],
    /// In `Dimension::ALL` order.
    carer: &'static [Texts; 5],
    carer_opinions: &'static [&'static str],
    short_term: &'static [&'static str],
    long_term: &'static [&'static str],
    carer_better: &'static [&'static str],
    carer_worse: &'static [&'static str],
    carer_same: &'static [&'static str],
    strain: &'static [(Dimension, &'static [&'static str], &'static [&'static str])],
    strain_strengths: &'static [&'static str],
    strained_short_term: &'static str,
    approval_summaries: &'static [&'static str],
    review_summaries: &'static [&'static str],
    growth_summaries: &'static [&'static str],
    strain_summaries: &'static [&'static str],
}

pub(super) static ENGLISH_WORDING: Wording = Wording {
    spoken: spoken_en,
    pronouns: pronouns_en,
    carer_fallback: "their carer",
    child: &CHILD,
    better: BETTER,
    worse: WORSE,
    same: SAME,
    opinions: OPINIONS,
    first_summaries: FIRST_SUMMARIES,
    up_summaries: UP_SUMMARIES,
    down_summaries: DOWN_SUMMARIES,
    steady_summaries: STEADY_SUMMARIES,
    band_reasons: BAND_REASONS,
    carer: &CARER,
    carer_opinions: CARER_OPINIONS,
    short_term: SHORT_TERM,
    long_term: LONG_TERM,
    carer_better: CARER_BETTER,
    carer_worse: CARER_WORSE,
    carer_same: CARER_SAME,
    strain: STRAIN,
    strain_strengths: STRAIN_STRENGTHS,
    strained_short_term: STRAINED_SHORT_TERM,
    approval_summaries: APPROVAL_SUMMARIES,
    review_summaries: REVIEW_SUMMARIES,
    growth_summaries: GROWTH_SUMMARIES,
    strain_summaries: STRAIN_SUMMARIES,
};

pub(super) static NORWEGIAN_WORDING: Wording = {
    use super::demo_nb as nb;
    Wording {
        spoken: nb::spoken_nb,
        pronouns: nb::pronouns_nb,
        carer_fallback: nb::CARER_FALLBACK_NB,
        child: &nb::CHILD_NB,
        better: nb::BETTER_NB,
        worse: nb::WORSE_NB,
        same: nb::SAME_NB,
        opinions: nb::OPINIONS_NB,
        first_summaries: nb::FIRST_SUMMARIES_NB,
        up_summaries: nb::UP_SUMMARIES_NB,
        down_summaries: nb::DOWN_SUMMARIES_NB,
        steady_summaries: nb::STEADY_SUMMARIES_NB,
        band_reasons: nb::BAND_REASONS_NB,
        carer: &nb::CARER_NB,
        carer_opinions: nb::CARER_OPINIONS_NB,
        short_term: nb::SHORT_TERM_NB,
        long_term: nb::LONG_TERM_NB,
        carer_better: nb::CARER_BETTER_NB,
        carer_worse: nb::CARER_WORSE_NB,
        carer_same: nb::CARER_SAME_NB,
        strain: nb::STRAIN_NB,
        strain_strengths: nb::STRAIN_STRENGTHS_NB,
        strained_short_term: nb::STRAINED_SHORT_TERM_NB,
        approval_summaries: nb::APPROVAL_SUMMARIES_NB,
        review_summaries: nb::REVIEW_SUMMARIES_NB,
        growth_summaries: nb::GROWTH_SUMMARIES_NB,
        strain_summaries: nb::STRAIN_SUMMARIES_NB,
    }
};

/// In `Dimension::ALL` order.
const CHILD: [Texts; 5] = [
    Texts {
        evidence: &[
            (
                L,
                "caregiver|On {date}, after a fall in the garden, {name} toddled straight to {carer} with arms up and stopped crying within a minute of being held.",
            ),
            (
                L,
                "obs|During the visit on {date} {name} crawled off to the toy box, looked back twice to check {carer} was still on the sofa, then carried on playing.",
            ),
            (
                L,
                "caregiver|On {date} {name} woke in the night and called out instead of lying silent, and settled again once {carer} came in.",
            ),
            (
                L,
                "health|At the health visitor's check on {date} {name} clung to {carer} while being weighed and calmed as soon as {sub} {was} handed back.",
            ),
            (
                L,
                "caregiver|When {carer} came back from the corner shop on {date}, {name} beamed and reached up to be lifted.",
            ),
            (
                L,
                "obs|On {date} {name} fetched a picture book, climbed onto {carer}'s lap and stayed there for the whole story.",
            ),
            (
                L,
                "school|Nursery staff noted on {date} that {name} cried at drop-off but waved goodbye once a key worker picked {obj} up, and ran to {carer} at home time.",
            ),
            (
                L,
                "caregiver|At the dentist on {date} {name} kept hold of {carer}'s sleeve and looked at {carer} before opening {pos} mouth.",
            ),
            (
                L,
                "caregiver|On {date}, when the smoke alarm went off over the toast, {name} ran to {carer} rather than hiding under the table as {sub} used to.",
            ),
            (
                L,
                "obs|In the park on {date} {name} went further from the bench than before, coming back every few minutes for a quick cuddle.",
            ),
            (
                L,
                "other|At the toddler group on {date} the leader saw {name} play across the room from {carer}, checking in by eye now and then.",
            ),
            (O, "caregiver|At the school gate on {date} {name} ran back for a hug before going in."),
            (
                O,
                "school|The class teacher said that on {date} {name} asked to ring {carer} after a hard morning and settled after a two-minute call.",
            ),
            (
                O,
                "child|On {date} {name} told the social worker: '{carer} always comes to get me, even when it's pouring.'",
            ),
            (
                O,
                "caregiver|On {date} {name} came downstairs after a bad dream and asked to sit with {carer} until {sub} felt sleepy.",
            ),
            (
                O,
                "obs|On the visit of {date} {name} came in from school and went straight to find {carer} to tell {carer} about the day.",
            ),
            (
                O,
                "caregiver|On {date} {name} texted {carer} from the bus to say it was running late, where last year {sub} would have stayed out without a word.",
            ),
            (
                O,
                "school|The head of year noted on {date} that {name} had started using the agreed time-out card to call home instead of walking out of class.",
            ),
            (
                O,
                "child|Asked on {date} who {sub} would go to with a worry, {name} named {carer} first and then the school mentor.",
            ),
            (O, "caregiver|On {date} {name} waited up to check that {carer} got home safely from a late shift."),
            (
                O,
                "obs|At the review on {date} {name} sat beside {carer} and glanced across before answering the harder questions.",
            ),
        ],
        strengths: &[
            (A, "{name} now looks for {carer} when hurt or worried, and settles once comforted."),
            (A, "Trusts that {carer} will come back after short separations."),
            (A, "Uses {carer} as a safe base: goes off to explore, checks back in, carries on."),
            (L, "Reaches to be picked up and relaxes when held."),
            (L, "Cries to be fed or changed rather than staying silent and watchful."),
            (L, "Settles at night more quickly and sleeps through most nights."),
            (O, "Tells {carer} about worries at bedtime instead of keeping them in."),
            (O, "Keeps in touch when out, and expects to be collected when arranged."),
            (O, "Has begun to ask adults at school for help."),
            (O, "Believes {carer} will still listen after an argument."),
            (A, "Comfort works faster than it did: upsets now last minutes, not hours."),
            (A, "Lets {carer} look after {obj} when ill."),
            (O, "Names {carer} as the person {sub} would go to in trouble."),
            (A, "Greets {carer} warmly after time apart."),
            (A, "Less watchful of adults than on arrival."),
        ],
        needs: &[
            (A, "Still tests whether {carer} will stay calm when {sub} pushes people away."),
            (A, "Becomes clingy and unsettled when routines change."),
            (A, "Needs help to trust new adults, such as a new teacher or a respite carer."),
            (L, "Still wakes in the night and needs the same calm response each time."),
            (L, "Goes quiet and watchful in busy places."),
            (O, "Finds it hard to ask for help and may struggle alone for a long time."),
            (O, "Tends to disappear to {pos} room when upset; needs {carer} to go to {obj}."),
            (A, "Needs reassurance before and after contact with birth family."),
            (A, "Bedtime works best when {carer} does it; other adults unsettle {obj}."),
            (O, "Still sometimes stays out late without calling, usually after a bad day."),
            (A, "Separations such as respite need careful preparation."),
            (A, "Worries when {carer} is unwell or away and needs to be told what is happening."),
            (O, "Keeps worries about school hidden until they become big."),
            (L, "A comfort blanket or toy helps when apart from {carer}."),
            (A, "Needs time to rebuild trust after any change of worker."),
        ],
        views: &[
            "'{carer} is always there when I get home.'",
            "'I can tell {carer} stuff and {carer} doesn't get cross.'",
            "'Sometimes I don't want to talk but I know I can.'",
            "'I like it when {carer} waits up for me.'",
            "'I didn't trust anyone at first. It's a bit better now.'",
        ],
    },
    Texts {
        evidence: &[
            (
                L,
                "caregiver|On {date} {name} spilt a drink and looked frightened; when {carer} said calmly that it didn't matter, {sub} smiled and helped mop up.",
            ),
            (
                L,
                "obs|During the visit on {date} {name} threw a toy in frustration, then let {carer} name the feeling and show {obj} how to try again.",
            ),
            (
                L,
                "caregiver|At bath time on {date} {name} cried at the noise of the taps; {carer} turned them off and {name} signed 'more' to ask for bubbles instead.",
            ),
            (
                L,
                "caregiver|On {date} {name} rubbed {pos} eyes and fetched {pos} blanket to show {sub} {was} tired, rather than racing about as before.",
            ),
            (
                L,
                "health|At the clinic on {date} {name} protested loudly at the injection and settled within a few minutes in {carer}'s arms.",
            ),
            (
                L,
                "school|Nursery reported that on {date} {name} said 'I'm cross' instead of biting when another child took {pos} spade.",
            ),
            (
                L,
                "caregiver|On {date} a tantrum in the supermarket lasted five minutes rather than the usual twenty once {carer} knelt down and stayed close.",
            ),
            (L, "obs|On {date} {name} pointed at a sore knee, said 'ow' to {carer} and waited to be comforted."),
            (
                L,
                "caregiver|When a visitor arrived on {date}, {name} hid behind {carer}'s legs for a while, then peeped out and waved.",
            ),
            (
                L,
                "other|The contact supervisor noted on {date} that {name} cried when contact ended and was soothed by {carer} singing in the car.",
            ),
            (
                O,
                "caregiver|On {date} {name} came home angry about a falling-out at school, slammed the door, and came back ten minutes later to talk it through with {carer}.",
            ),
            (
                O,
                "school|On {date} {name}'s teacher saw {obj} use the calm corner for a few minutes after losing a game, then rejoin the group.",
            ),
            (O, "child|On {date} {name} said: 'When I get the fizzy feeling I go and jump on the trampoline.'"),
            (
                O,
                "caregiver|On {date}, before a contact visit, {name} told {carer} {sub} felt nervous instead of refusing to get in the car.",
            ),
            (
                O,
                "obs|On the visit of {date} {name} described a row with a friend and could say how {sub} had felt and how the friend might have felt.",
            ),
            (
                O,
                "caregiver|On {date} {name} cried over a lost football boot and let {carer} give {obj} a hug, where once {sub} would have smashed something.",
            ),
            (
                O,
                "school|The learning mentor noted on {date} that {name} asked for a break when a lesson about families became upsetting.",
            ),
            (
                O,
                "caregiver|After a frightening news story on {date}, {name} asked {carer} about it at bedtime rather than lying awake.",
            ),
            (
                O,
                "child|On {date} {name} told the social worker that {carer} 'can tell when I'm sad even when I say I'm fine'.",
            ),
            (
                O,
                "caregiver|On {date} {name} was rude at tea; later that evening {sub} came to say sorry and explained that the day had gone badly.",
            ),
            (
                O,
                "caregiver|On {date} {name} lost {pos} temper when the games console was switched off, but calmed within fifteen minutes and apologised.",
            ),
        ],
        strengths: &[
            (A, "Shows a wider range of feelings, sadness included."),
            (A, "Lets {carer} help {obj} calm down."),
            (L, "Protests less when frustrated and recovers more quickly."),
            (L, "Uses sounds and signs to show what {sub} wants."),
            (O, "Can name feelings and say what set them off."),
            (O, "Uses agreed ways to calm down, such as a walk or music."),
            (O, "Beginning to think about how other people feel."),
            (A, "Meltdowns are shorter and less frequent."),
            (O, "Can come back to a hard conversation after calming down."),
            (A, "Shows pleasure and excitement more freely."),
            (O, "Says sorry and makes up after a falling-out."),
            (A, "Copes better with changes of activity when warned in advance."),
            (O, "Talks about worries instead of acting them out."),
            (L, "Accepts soothing from {carer} after a fright."),
            (A, "Responds well to a calm, low voice."),
        ],
        needs: &[
            (A, "Still goes from calm to very upset quickly, especially when tired."),
            (A, "Hides sadness behind a cheerful face; adults need to notice."),
            (L, "Needs help with frustration when a toy does not work."),
            (O, "Can lash out with words when {sub} feels criticised."),
            (O, "Finds it hard to talk about feelings to do with birth family."),
            (A, "Noise and crowds can overwhelm {obj}."),
            (O, "Needs help to spot the early signs of anger."),
            (A, "Sleep is unsettled for a few nights after contact."),
            (O, "Needs a clear plan for what to do when feelings run very high."),
            (A, "Needs {carer} to put feelings into words before {sub} can."),
            (O, "Bottles things up, then explodes."),
            (A, "Mealtimes become tense when anxiety is high."),
            (O, "Struggles with disappointment, such as a cancelled plan."),
            (A, "Needs predictable routines to stay settled."),
            (L, "Still distressed at nappy changes and bath time."),
        ],
        views: &[
            "'When I'm angry I go to my room and then we talk.'",
            "'I don't like it when people shout.'",
            "'{carer} knows when I'm sad.'",
            "'The breathing thing works sometimes.'",
            "'I get worried before I see my mum.'",
        ],
    },
    Texts {
        evidence: &[
            (
                L,
                "caregiver|On {date} {name} built a tower of five bricks, clapped, and looked at {carer} to share the moment.",
            ),
            (
                L,
                "obs|On the visit of {date} {name} brought a scribbled drawing to show and smiled broadly when {carer} stuck it on the fridge.",
            ),
            (L, "caregiver|On {date} {name} went down the big slide alone for the first time and shouted 'I did it!'"),
            (L, "school|Nursery noted on {date} that {name} joined the singing circle and chose a song for everyone."),
            (
                L,
                "caregiver|On {date} {name} got stuck on a jigsaw, kept trying, and accepted help with one piece without throwing it.",
            ),
            (
                L,
                "obs|On {date} {name} laughed at {pos} reflection in the mirror and pointed to {pos} nose when {carer} named it.",
            ),
            (
                L,
                "health|At the review on {date} the health visitor noted {name} babbling happily to her while staying close to {carer}.",
            ),
            (
                L,
                "caregiver|On {date} {name} dropped an ice cream and said 'never mind', one of {carer}'s phrases, instead of hitting {pos} own head.",
            ),
            (L, "caregiver|On {date} {name} asked {carer} to watch {obj} jump off the step again and again."),
            (
                L,
                "other|At swimming on {date} the teacher saw {name} put {pos} face in the water for the first time and look round for {carer}.",
            ),
            (
                O,
                "school|On {date} {name} volunteered to read aloud in assembly, which {sub} would not have done a term ago.",
            ),
            (
                O,
                "caregiver|On {date} {name} lost a match and said 'I played well though' instead of saying {sub} {was} rubbish at everything.",
            ),
            (O, "child|On {date} {name} said: 'I'm good at drawing and I'm getting better at maths.'"),
            (
                O,
                "caregiver|On {date} {name} took {carer}'s praise for tidying up with a smile, where before {sub} would tear up the reward chart.",
            ),
            (
                O,
                "school|The form tutor reported on {date} that {name} had put {pos} name forward for the school council.",
            ),
            (
                O,
                "obs|On {date} {name} showed the social worker a folder of certificates and talked about the one {sub} {was} proudest of.",
            ),
            (O, "caregiver|On {date} {name} got a recipe wrong, laughed about it with {carer} and tried again."),
            (
                O,
                "child|Asked on {date} to name three things {sub} {was} good at, {name} listed football, making people laugh and looking after the dog.",
            ),
            (O, "caregiver|On {date} {name} chose {pos} own outfit for a party and asked for a photo to keep."),
            (
                O,
                "school|On {date} the teacher noted that {name} asked for help with a hard question instead of ripping up the page.",
            ),
            (
                O,
                "other|The youth club leader said that on {date} {name} stood up for a younger child who was being teased.",
            ),
        ],
        strengths: &[
            (A, "Enjoys praise and can take it in."),
            (A, "Tries new things with encouragement."),
            (L, "Delights in new skills and wants {carer} to see them."),
            (O, "Can name several of {pos} own strengths."),
            (O, "Copes better with mistakes and has another go."),
            (A, "Smiles and laughs more often."),
            (O, "Has joined a club and stuck with it."),
            (O, "Gives {pos} opinion in class."),
            (A, "Calls {self} names less often when things go wrong."),
            (A, "Takes pride in {pos} clothes and belongings."),
            (O, "Accepts help without feeling ashamed."),
            (A, "Keeps certificates and drawings and likes to show them."),
            (O, "Can laugh at small failures."),
            (L, "Plays with confidence when {carer} is nearby."),
            (O, "Has friends who value {obj}."),
        ],
        needs: &[
            (A, "When things go wrong, still calls {self} stupid."),
            (A, "Finds praise hard to take and may spoil things after a good day."),
            (O, "Compares {self} unfavourably with other children."),
            (O, "Avoids new activities for fear of failing."),
            (A, "Needs small, reachable goals to build confidence."),
            (L, "Gets very upset at small mistakes and needs help to try again."),
            (O, "Worried about how {sub} looks; needs reassurance."),
            (O, "Plays the clown to cover difficulty with school work."),
            (A, "Needs adults to keep the behaviour apart from the child when correcting."),
            (O, "Can be drawn into risky friendships to feel liked."),
            (A, "Struggles when another child gets attention."),
            (O, "Needs help to notice and remember good moments."),
            (A, "Needs many chances to succeed at home before trying things outside."),
            (O, "Reluctant to talk about {pos} history; feels it makes {obj} different."),
            (A, "Needs to hear that mistakes do not change how {carer} feels about {obj}."),
        ],
        views: &[
            "'I'm good at football and art.'",
            "'I'm not stupid, I just find maths hard.'",
            "'I like it when they put my pictures up.'",
            "'I'm getting better at reading.'",
            "'People here say nice things about me.'",
        ],
    },
    Texts {
        evidence: &[
            (
                L,
                "caregiver|On {date} {name} helped {carer} put the shopping away, handing over the tins one at a time.",
            ),
            (
                L,
                "obs|On the visit of {date} {name} chose between two snacks {carer} offered and ate the one {sub} picked without fuss.",
            ),
            (
                L,
                "caregiver|At bedtime on {date} {name} followed the routine of bath, book and song, and went to sleep without a battle.",
            ),
            (
                L,
                "school|Nursery reported on {date} that {name} took turns on the bikes with another child after a gentle reminder.",
            ),
            (
                L,
                "caregiver|On {date} {name} put {pos} shoes on with a little help when {carer} gave a five-minute warning before going out.",
            ),
            (
                L,
                "obs|On {date} {name} and {carer} rolled a ball back and forth, {name} waiting for {pos} turn each time.",
            ),
            (
                L,
                "caregiver|On {date} {name} said 'no' to getting dressed, then agreed when {carer} let {obj} choose the jumper.",
            ),
            (
                L,
                "health|At speech therapy on {date} {name} copied sounds and handed the therapist the toys she asked for.",
            ),
            (L, "caregiver|On {date} {name} fetched a nappy and the wipes when {carer} said it was changing time."),
            (L, "other|At the toddler group on {date} {name} helped tidy the toys away when the tidy-up song started."),
            (O, "caregiver|On {date} {name} agreed a new bedtime with {carer} and kept to it all week."),
            (
                O,
                "school|The teacher reported on {date} that {name} worked well in a group project and took on the job of timekeeper.",
            ),
            (O, "child|On {date} {name} said: 'We made a deal about my phone and it's actually fair.'"),
            (
                O,
                "caregiver|On {date} {name} helped {carer} plan the week's packed lunches and wrote the shopping list.",
            ),
            (
                O,
                "obs|During the visit on {date} {name} negotiated with {carer} about going to a friend's house and accepted the time agreed for coming home.",
            ),
            (O, "caregiver|On {date} {name} came back from the cinema at the agreed time and texted on leaving."),
            (O, "school|On {date} {name} accepted a detention without walking out and completed it."),
            (O, "caregiver|On {date} {name} cooked pasta for the household with {carer} standing by."),
            (O, "child|On {date} {name} told the social worker {sub} had chosen which after-school club to join."),
            (
                O,
                "other|The football coach said that on {date} {name} listened to feedback at half-time and changed position without sulking.",
            ),
            (
                O,
                "caregiver|On {date} {name} argued about homework, then sat down with {carer} and did it in two short bursts as agreed.",
            ),
        ],
        strengths: &[
            (A, "Follows routines with fewer reminders."),
            (A, "Makes simple choices and sticks to them."),
            (L, "Joins in with tidying up and helping."),
            (O, "Negotiates rather than refusing outright."),
            (O, "Keeps to agreed times for coming home."),
            (A, "Accepts 'no' more often without a meltdown."),
            (O, "Takes part in planning, including {pos} own review."),
            (O, "Works well in a team at school."),
            (A, "Enjoys doing jobs alongside {carer}."),
            (A, "Responds to a warning before a change of activity."),
            (O, "Manages pocket money and phone time within agreed limits."),
            (L, "Takes turns in simple games."),
            (O, "Can say what {sub} wants and listen to other views."),
            (A, "Asks for help rather than giving up."),
            (O, "Makes plans with friends and keeps them."),
        ],
        needs: &[
            (A, "Still needs help to move from one activity to the next."),
            (A, "Digs in and refuses when {sub} feels controlled."),
            (O, "Struggles with rules that feel unfair; needs them explained."),
            (O, "Wants, and needs, more say in decisions about contact."),
            (L, "Finds waiting very hard; needs short waits and praise."),
            (A, "Needs choices kept small and clear."),
            (O, "Homework is a daily flashpoint."),
            (O, "Agrees to things and then does not follow through."),
            (A, "Responds badly to being rushed."),
            (O, "Needs practice at sorting out problems with others rather than walking away."),
            (A, "Needs {carer} to give the reason for a rule."),
            (O, "Struggles to accept help from teachers."),
            (A, "Co-operation drops sharply when tired or hungry."),
            (O, "Ready for more responsibility, such as cooking or budgeting, with support."),
            (L, "Still resists bedtime and bath time."),
        ],
        views: &[
            "'I get to choose what we have for tea on Fridays.'",
            "'The rules are mostly fair.'",
            "'I wish I had more say about contact.'",
            "'We made a plan for my phone.'",
            "'I help with the dog.'",
        ],
    },
    Texts {
        evidence: &[
            (
                L,
                "caregiver|On {date} {name} pointed to {carer} in the family photo on the wall and said {carer}'s name.",
            ),
            (
                L,
                "obs|On the visit of {date} {name} sat in the high chair at the family table while the other children passed {obj} bits of toast.",
            ),
            (
                L,
                "caregiver|On {date} {name} looked at the life-story book with {carer} and touched the picture of {pos} mum.",
            ),
            (
                L,
                "other|The contact supervisor noted on {date} that {name} greeted {pos} mum with a smile and went back to {carer} happily at the end.",
            ),
            (
                L,
                "caregiver|On {date} {name} went on a household day out to the beach and fell asleep on {carer}'s lap on the way home.",
            ),
            (
                L,
                "obs|On {date} {name} hung {pos} coat on {pos} own peg in the hall, the one with {pos} name above it, without being asked.",
            ),
            (
                L,
                "caregiver|On {date} {name} joined in a birthday tea at home and blew out the candles with the other children.",
            ),
            (
                L,
                "caregiver|On {date} {name} called the family dog by name and fetched its lead when everyone was getting ready for a walk.",
            ),
            (
                L,
                "health|At the health check on {date} {name} showed the nurse a toy {sub} had been given by {pos} birth family.",
            ),
            (
                L,
                "other|At the family centre on {date} {name} brought a drawing for {pos} dad and took one home for {carer}.",
            ),
            (
                O,
                "caregiver|On {date} {name} asked to help with the holiday plans and chose where the household went for a day out.",
            ),
            (O, "child|On {date} {name} said: 'This is my room, and I want my pictures up.'"),
            (
                O,
                "obs|On {date} {name} showed the social worker the family photos on the stairs and pointed out where {sub} {was} in them.",
            ),
            (
                O,
                "caregiver|After contact on {date}, {name} talked with {carer} about missing {pos} mum, then helped make tea.",
            ),
            (O, "school|On {date} the teacher heard {name} talk openly in class about having two families."),
            (
                O,
                "child|On {date} {name} told the social worker {sub} wanted to keep {pos} own surname but have {carer}'s family name on the back of the football shirt.",
            ),
            (
                O,
                "caregiver|On {date} {name} sent a birthday card to {pos} grandmother and signed it from the whole household.",
            ),
            (
                O,
                "caregiver|At a family wedding on {date}, {name} was in the photographs and danced with {carer}'s nieces and nephews.",
            ),
            (
                O,
                "other|The contact worker noted on {date} that {name} shared school news with {pos} father and seemed at ease.",
            ),
            (O, "child|On {date} {name} asked whether {sub} could stay with {carer} until {sub} {was} grown up."),
            (O, "caregiver|On {date} {name} chose a present for {carer}'s mother and wrapped it at the kitchen table."),
        ],
        strengths: &[
            (A, "Feels part of the household and joins in family events."),
            (A, "Has {pos} own space, with belongings and photos on show."),
            (O, "Talks about {carer}'s family as 'my family' too."),
            (A, "Keeps a link with birth family through contact and the life-story book."),
            (O, "Can hold both families in mind without feeling disloyal."),
            (L, "Recognises and greets members of the household warmly."),
            (A, "Included in family photos and traditions."),
            (O, "Gets on well with the other children in the home."),
            (A, "Enjoys family outings and looks forward to them."),
            (O, "Understands, in simple terms, why {sub} lives with {carer}."),
            (A, "Contact with {pos} mum is steadier and less upsetting."),
            (O, "Wants to stay in touch with former carers and is helped to."),
            (A, "A relative stays reliably in touch."),
            (O, "Speaks with pride about {pos} heritage."),
            (A, "Sees {pos} brothers and sisters regularly."),
        ],
        needs: &[
            (A, "Contact with birth family is unsettling; needs a plan for before and after."),
            (O, "Unsure whether {sub} will stay; needs clarity about the plan."),
            (O, "Feels torn between families and worries about upsetting {pos} mum."),
            (A, "Needs life-story work to make sense of the moves."),
            (O, "Needs a way to keep in touch with brothers and sisters who live elsewhere."),
            (A, "Gets upset when other children in the home have visitors."),
            (L, "Needs regular, predictable contact to stay familiar with birth family."),
            (O, "Keeps {pos} room bare, as if ready to move on."),
            (A, "Needs help with questions about why {sub} cannot live at home."),
            (O, "Little contact with {pos} father's side of the family."),
            (A, "Heritage and identity need more active support."),
            (O, "Finds family celebrations difficult."),
            (A, "Photos and memories of earlier homes need keeping safe."),
            (O, "Worries about what happens after 18."),
            (A, "Loses touch when relatives move; needs help to stay connected."),
        ],
        views: &[
            "'I want to stay here.'",
            "'I miss my mum but I like it here too.'",
            "'This is my room.'",
            "'I want to see my brother more.'",
            "'I feel like part of the family.'",
            "'I don't know how long I'm staying.'",
        ],
    },
];

const BETTER: &[&str] = &[
    "A clear step forward since the last assessment.",
    "Better than at the last assessment.",
    "Building steadily on the last assessment.",
    "More settled in this area than last time.",
];

const WORSE: &[&str] = &[
    "Harder than at the last assessment.",
    "Some ground lost since the last assessment, linked to recent changes.",
    "A dip since the last assessment; to be watched.",
    "Less settled here than last time; discussed in supervision.",
];

const SAME: &[&str] = &["Much as at the last assessment.", "No real change since last time.", "Holding steady."];

const OPINIONS: &[&str] = &[
    "This fits a pattern seen over several weeks.",
    "A small but real change since the spring.",
    "{carer}'s calm response made the difference here.",
    "I think this shows growing trust in {carer}.",
    "Encouraging, though still new and easily knocked back.",
    "One example; it needs to be seen more often before it counts as settled.",
    "The first time anyone has reported this.",
    "Consistent with what school tells us.",
    "In my view linked to the steadier contact arrangements.",
    "Shows the strategies agreed at the last review are working.",
    "Worth sharing at the next review.",
    "A setback, but {name} recovered more quickly than before.",
];

const FIRST_SUMMARIES: &[&str] = &[
    "First Secure Base assessment for {name}; it sets the baseline for the plan.",
    "Baseline assessment. {name} has strengths to build on and clear needs in some areas.",
    "A first look across the five dimensions to guide support for {carer} and {name}.",
];

const UP_SUMMARIES: &[&str] = &[
    "{name} has settled well with {carer} and the ratings have risen in most areas.",
    "Real progress since the last assessment, especially in trusting adults and managing feelings.",
    "Steady gains across the dimensions; the plan is working and should continue.",
    "{name} is more confident and more open; keep the current support in place.",
];

const DOWN_SUMMARIES: &[&str] = &[
    "A harder period for {name}: ratings have fallen in several areas after recent changes.",
    "Some ground lost since the last assessment; a support session with {carer} is recommended.",
    "{name} is finding things harder, with changes at school and in contact behind it. Review in three months.",
    "Signs of strain in the placement; the team will meet to plan extra support.",
];

const STEADY_SUMMARIES: &[&str] = &[
    "{name} remains settled; the ratings are much as before.",
    "A stable period, with small changes either way.",
    "No major change; continue with the current plan and review in six months.",
    "{name} is holding steady, with strengths in some dimensions and needs in others.",
];

const BAND_REASONS: &[&str] = &[
    "{name}'s emotional age seems well below {pos} age in years after early neglect; the younger items fit better.",
    "Significant developmental delay: the younger band describes {name} more accurately.",
    "Agreed with school and the mental health team that the younger indicators match where {name} is now.",
];

/// Caregiver evidence is "life area|source|account".
const CARER: [Texts; 5] = [
    Texts {
        evidence: &[
            (
                A,
                "past|caregiver|{carer} described an aunt who always had the kettle on and time to listen, and wants to be that adult for a child.",
            ),
            (
                A,
                "present|referee|A neighbour of ten years said {carer} is the person people on the street call in an emergency.",
            ),
            (
                A,
                "caring|obs|On {date} {carer} changed a work shift to be home when a child came back from a hard contact visit.",
            ),
            (A, "caring|caregiver|{carer} keeps ten minutes of chat at bedtime for each child, even on busy nights."),
            (A, "present|other|{carer}'s employer confirmed flexible hours, so the school runs are covered."),
            (A, "caring|school|The school said on {date} that {carer} always answers calls and comes in when asked."),
        ],
        strengths: &[
            (A, "Reliable and available; arranges the household around the children's needs."),
            (A, "Offers comfort readily and without judgement."),
            (A, "Builds predictable routines that help children trust."),
            (A, "Easy for school and workers to reach, and quick to respond."),
            (A, "Makes time for one-to-one attention."),
            (A, "Stays steady when a child pushes away."),
        ],
        needs: &[
            (A, "Worked long hours in the past; needs to keep family time protected."),
            (A, "Respite planning would help keep {carer} available."),
            (A, "Support to manage the demands of several children at once."),
            (A, "Finds it hard when a child rejects comfort; supervision helps."),
            (A, "Needs a plan for cover when unwell."),
            (A, "Training on trauma and trust recommended."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (
                A,
                "past|caregiver|{carer} reflected on how a difficult childhood made noticing other people's moods second nature.",
            ),
            (
                A,
                "caring|obs|On {date} {carer} noticed a child's silence after school and offered a walk with the dog rather than questions.",
            ),
            (
                A,
                "present|referee|A referee described {carer} as quick to notice when a friend is struggling and careful not to take over.",
            ),
            (
                A,
                "caring|caregiver|{carer} keeps a short diary of what upsets each child and what helps, and goes through it in supervision.",
            ),
            (
                A,
                "caring|other|At training on {date}, {carer} talked thoughtfully about the difference between a child who is being naughty and one who is scared.",
            ),
            (A, "present|caregiver|{carer} had counselling some years ago and can talk openly about what helped."),
        ],
        strengths: &[
            (A, "Reads children's moods well and adjusts."),
            (A, "Stays calm under pressure."),
            (A, "Thinks about what lies behind behaviour."),
            (A, "Puts feelings into simple words for a child."),
            (A, "Reflective in supervision and open to new ideas."),
            (A, "Knows {carer}'s own triggers and how to manage them."),
        ],
        needs: &[
            (A, "Can take rejection personally on bad days."),
            (A, "Support to pause before responding to challenging behaviour."),
            (A, "Would benefit from training on putting a child's feelings into words."),
            (A, "May over-explain when a child needs quiet."),
            (A, "Supervision to include {carer}'s own history and how it shapes caring."),
            (A, "Needs support when a child's distress goes on for weeks."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (
                A,
                "past|caregiver|{carer} spoke about being told as a child they were 'not clever', and wants children to hear what they do well.",
            ),
            (A, "caring|obs|On {date} {carer} praised a child for trying a new food and said nothing about the mess."),
            (A, "present|referee|A referee said {carer} welcomes everyone, whatever their background."),
            (
                A,
                "caring|caregiver|{carer} keeps a 'proud wall' of each child's drawings and certificates in the kitchen.",
            ),
            (
                A,
                "caring|school|The school noted on {date} that {carer} came to every parents' evening and asked about strengths first.",
            ),
            (
                A,
                "present|other|{carer} helps at a youth group and is known for giving quieter young people a job to do.",
            ),
        ],
        strengths: &[
            (A, "Warm and accepting; celebrates small successes."),
            (A, "Values each child for who they are."),
            (A, "Keeps the behaviour apart from the child."),
            (A, "Open to children of every background and faith."),
            (A, "Encourages hobbies and interests."),
            (A, "Keeps mementos and records for each child."),
        ],
        needs: &[
            (A, "High expectations of school work; needs to balance these."),
            (A, "Reminder to praise effort as well as results."),
            (A, "Can be critical when tired."),
            (A, "Would benefit from training on identity and heritage."),
            (A, "Needs to accept that progress may be slow."),
            (A, "Support to understand children who reject praise."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (
                A,
                "caring|obs|On {date} {carer} offered a child two choices for the weekend and stuck with the one chosen.",
            ),
            (
                A,
                "past|caregiver|{carer} described being given responsibility young and learning to plan things with others.",
            ),
            (
                A,
                "caring|caregiver|{carer} and the children agreed the house rules together and put them up on the fridge.",
            ),
            (
                A,
                "present|referee|A colleague of {carer}'s said {carer} listens first and looks for solutions that suit everyone.",
            ),
            (A, "caring|school|On {date} the school said {carer} had worked with them on a shared reward plan."),
            (
                A,
                "caring|other|At a child's review on {date}, {carer} asked for the young person's view before giving their own.",
            ),
        ],
        strengths: &[
            (A, "Gives children real choices."),
            (A, "Works well with school, health and birth family."),
            (A, "Negotiates and compromises."),
            (A, "Involves children in planning their week."),
            (A, "Shares information openly with the team."),
            (A, "Keeps agreements and explains changes."),
        ],
        needs: &[
            (A, "Can take over rather than letting children try."),
            (A, "Needs to involve older children more in decisions."),
            (A, "Finds some professionals hard to work with; needs support."),
            (A, "Help to set fair, clear rules."),
            (A, "Needs to slow decisions down so children can have a say."),
            (A, "Record keeping needs attention."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (A, "caring|caregiver|{carer} makes sure each child's photo is up on the wall within a week of arriving."),
            (
                A,
                "present|referee|A referee said {carer}'s extended family turn up for every birthday and include foster children without fuss.",
            ),
            (
                A,
                "caring|obs|On {date} {carer} helped a child make a card for their birth mother and posted it with them.",
            ),
            (
                A,
                "past|caregiver|{carer} grew up in a big family with cousins coming and going, and remembers how it felt to be made welcome.",
            ),
            (
                A,
                "caring|other|The contact supervisor reported on {date} that {carer} greeted a child's father warmly and spoke well of him to the child.",
            ),
            (
                A,
                "caring|caregiver|{carer} keeps in touch with children who have moved on and sends cards on their birthdays.",
            ),
        ],
        strengths: &[
            (A, "Includes children fully in family life."),
            (A, "Supports contact with birth family positively."),
            (A, "Extended family welcoming and reliable."),
            (A, "Keeps children's heritage and history alive."),
            (A, "Stays in touch with children who move on."),
            (A, "Helps children make sense of belonging to two families."),
        ],
        needs: &[
            (A, "Support to manage difficult contact."),
            (A, "Own children need time and attention too."),
            (A, "Extended family less involved; a wider support network would help."),
            (A, "Would benefit from life-story training."),
            (A, "Needs to think through what including a child long-term would mean."),
            (A, "Help to speak well of birth parents when a child is angry with them."),
        ],
        views: &[],
    },
];

const CARER_OPINIONS: &[&str] = &[
    "Seen consistently across visits.",
    "A clear strength for matching.",
    "Discussed in supervision; {carer} was open about it.",
    "Confirmed by the second referee.",
    "Worth building on in training this year.",
];

const SHORT_TERM: &[&str] = &[
    "Suited to short-term and bridging placements, with support at endings.",
    "Can offer a safe short-term home to a child in crisis.",
    "Settles children quickly; endings need planning.",
    "Able to take emergency placements when the household is settled.",
    "Short-term care fits well with the household's routine.",
];

const LONG_TERM: &[&str] = &[
    "Could offer permanence to a younger child with the right match.",
    "Long-term care possible with support around contact.",
    "Would commit to a child into adulthood.",
    "Ready to consider long-term care after the next review.",
    "Long-term care would need careful matching with the household's own children.",
];

/// Said of a dimension at a review, against the carer's last assessment.
const CARER_BETTER: &[&str] = &[
    "Stronger here than at the last assessment.",
    "{carer} has grown in this since the last assessment.",
    "The year's training shows in how {carer} handles this now.",
];

const CARER_WORSE: &[&str] = &[
    "A little harder for {carer} than at the last assessment; talked through in supervision.",
    "Has slipped slightly since the last assessment; to be watched.",
];

const CARER_SAME: &[&str] =
    &["Much as at the last assessment, and still a strength.", "No change since the last assessment."];

/// What a carer under strain shows in the dimension that has fallen: (dimension, evidence as
/// "area|source|account", needs).
const STRAIN: &[(Dimension, &[&str], &[&str])] = &[
    (
        Dimension::Availability,
        &[
            "caring|caregiver|On {date} {carer} said that after weeks of broken nights they had stopped getting up when the young person called out.",
            "caring|school|The school said that on {date} nobody answered when the young person asked to be collected early, for the second time this term.",
            "caring|obs|On the visit of {date} {carer} stayed on the phone when the young person came in, and the young person went upstairs without a word.",
        ],
        &[
            "Worn out by a hard year; respite and a support plan were agreed at the stability meeting.",
            "Less there for the young person than last year since the placement grew harder; fortnightly support visits for now.",
        ],
    ),
    (
        Dimension::Sensitivity,
        &[
            "caring|caregiver|On {date} {carer} called the young person's outbursts attention-seeking and could not say what might lie behind them.",
            "caring|obs|During the visit on {date} {carer} met a child's tears with 'that's enough now' and changed the subject.",
            "caring|other|The child's social worker noted on {date} that {carer} had stopped writing the reflective part of the daily log.",
        ],
        &[
            "Finding it hard to stay curious about what lies behind the young person's behaviour; a Secure Base interview and support sessions are planned.",
            "{carer}'s own feelings about the placement are getting in the way; supervision every two weeks until things settle.",
        ],
    ),
];

/// What still stands in a dimension that has fallen under strain.
const STRAIN_STRENGTHS: &[&str] = &[
    "{carer} is open with the team about how hard things have become, and wants to keep going.",
    "Still committed to the young person, and asked for help early.",
];

const STRAINED_SHORT_TERM: &str = "No new placements until the current one is steadier; respite offered meanwhile.";

const APPROVAL_SUMMARIES: &[&str] = &[
    "{carer} is warm and reflective, with a strong network around them. Recommended for approval within the range applied for.",
    "Brings steady experience of family life and a readiness to learn. Recommended for approval, with trauma training in the first year.",
    "{carer} thinks carefully about children's feelings and their own. Recommended for approval; one child at first would suit best.",
];

const REVIEW_SUMMARIES: &[&str] = &[
    "{carer} offers a warm, predictable home. Continued approval recommended, with support planned around contact.",
    "A thoughtful carer who reads children well. Continued approval recommended.",
    "{carer} is reliable and child-centred. Continued approval recommended; training on trauma would build on clear strengths.",
    "Steady and experienced, with no concerns. Continued approval recommended within the current range.",
];

const GROWTH_SUMMARIES: &[&str] = &[
    "{carer} has grown in confidence this year and works well with the team. Continued approval recommended.",
    "A year of real progress: {carer} now names what lies behind a child's behaviour and plans around it. Continued approval recommended.",
];

const STRAIN_SUMMARIES: &[&str] = &[
    "{carer} remains committed, but the placement has worn them down this year, above all in being there when it counts. Continued approval recommended, with a support plan, respite and a stability meeting.",
    "A difficult year: {carer} finds it harder to read and answer the child placed with them. Continued approval recommended, with supervision every two weeks and a placement review in three months.",
];

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use std::collections::HashSet;

    use super::super::{Gen, Named, days_from_civil};
    use super::*;
    use crate::assessments::{Evidence, Indicator, Section, section_states};
    use securebase_core::assessment::SectionState;

    fn agency(words: &'static super::super::Lexicon, index: u32, today: i64) -> Agency {
        let named = Named {
            manager: Some("m".into()),
            ssw: Some("s".into()),
            csw: Some("c".into()),
            carer: Some("carer".into()),
        };
        let named = if index == 1 { named } else { Named::default() };
        Gen::new(
            words,
            index,
            "org",
            today * MICROS_PER_DAY,
            today,
            words.email_domain(index),
            HashSet::new(),
            "h".into(),
            named,
        )
        .build()
    }

    /// The store's own view of where each section stands.
    fn states(out: &Assessments, a: &AssessmentRow) -> Vec<SectionState> {
        let sections: Vec<Section> = out
            .sections
            .iter()
            .filter(|s| s.assessment_id == a.id)
            .map(|s| Section {
                assessment_id: s.assessment_id.clone(),
                dimension: s.dimension.to_owned(),
                org_id: s.org_id.clone(),
                strengths: s.strengths.clone(),
                needs: s.needs.clone(),
                child_view: s.child_view.clone(),
                short_term: s.short_term.clone(),
                long_term: s.long_term.clone(),
                rating: s.rating,
                second_rating: s.second_rating,
                updated_at: s.updated_at,
                updated_by: s.updated_by.clone(),
                version: s.version,
                pending_rating: None,
                pending_second_rating: None,
            })
            .collect();
        let indicators: Vec<Indicator> = out
            .indicators
            .iter()
            .filter(|i| i.assessment_id == a.id)
            .map(|i| Indicator {
                id: i.id.clone(),
                assessment_id: i.assessment_id.clone(),
                org_id: i.org_id.clone(),
                dimension: i.dimension.to_owned(),
                position: i.position,
                indicator_key: i.indicator_key.clone(),
                origin: i.origin.to_owned(),
                aspect: i.aspect.to_owned(),
                short_term: i.short_term,
                long_term: i.long_term,
                text: i.text.clone(),
                evidence_hint: i.evidence_hint.clone(),
                state: i.state.map(str::to_owned),
                language: i.language.to_owned(),
            })
            .collect();
        let evidence: Vec<Evidence> = out
            .evidence
            .iter()
            .filter(|e| e.assessment_id == a.id)
            .map(|e| Evidence {
                id: e.id.clone(),
                assessment_id: e.assessment_id.clone(),
                org_id: e.org_id.clone(),
                dimension: e.dimension.to_owned(),
                indicator_id: e.indicator_id.clone(),
                happened_on: e.happened_on.clone(),
                source: e.source.to_owned(),
                life_area: e.life_area.to_owned(),
                account: e.account.clone(),
                opinion: e.opinion.clone(),
                created_at: e.created_at,
                created_by: e.created_by.clone(),
            })
            .collect();
        let kind = AssessmentKind::parse(a.kind).unwrap_or(AssessmentKind::Child);
        section_states(kind, &sections, &indicators, &evidence).into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn every_child_has_two_to_four_complete_signed_off_assessments() {
        let packs = securebase_core::content::embedded_packs().unwrap();
        let english = (1..=12).map(|i| (&super::super::ENGLISH, i));
        let norwegian = (1..=6).map(|i| (&super::super::NORWEGIAN, i));
        let runs: Vec<_> = english.chain(norwegian).collect();
        // Two different days, so that the window moves across birthdays and year ends.
        for today in [days_from_civil(2026, 11, 23), days_from_civil(2027, 2, 28)] {
            for &(words, index) in &runs {
                let pack = packs.get(words.language);
                let a = agency(words, index, today);
                let out = build(&a, words, pack, index, "org", today, if index == 1 { Some("c") } else { None });
                assert!(out.rows.iter().all(|r| r.language == words.language.code()), "in the agency's language");
                assert!(out.indicators.iter().all(|i| i.language == words.language.code()));
                let ids: HashSet<&str> = out
                    .rows
                    .iter()
                    .map(|r| r.id.as_str())
                    .chain(out.indicators.iter().map(|i| i.id.as_str()))
                    .chain(out.evidence.iter().map(|e| e.id.as_str()))
                    .collect();
                assert_eq!(ids.len(), out.rows.len() + out.indicators.len() + out.evidence.len(), "ids are unique");
                let mut improving = false;
                let mut falling = false;
                for child in &a.children {
                    let dob = day_of(&child.date_of_birth).unwrap_or(0);
                    let born = civil(dob).unwrap();
                    let mut mine: Vec<&AssessmentRow> = out
                        .rows
                        .iter()
                        .filter(|r| r.child_id.as_deref() == Some(child.id.as_str()) && r.status == "signed_off")
                        .collect();
                    mine.sort_by(|x, y| x.assessed_on.cmp(&y.assessed_on));
                    assert!((2..=4).contains(&mine.len()), "org {index}: {} assessments", mine.len());
                    let workers: Vec<&str> =
                        a.child_workers.iter().filter(|w| w.child_id == child.id).map(|w| w.user_id.as_str()).collect();
                    for r in &mine {
                        let on = day_of(&r.assessed_on).unwrap_or(0);
                        assert!(
                            on >= today - 730 && on < today && on >= dob,
                            "org {index}: {} on {}",
                            child.date_of_birth,
                            r.assessed_on
                        );
                        let age_band = AgeBand::for_age(born, civil(on).unwrap());
                        assert_eq!(age_band.map(AgeBand::key), Some(r.age_band));
                        assert!(AgeBand::parse(r.band) <= age_band);
                        assert_eq!(r.band != r.age_band, !r.band_reason.is_empty());
                        assert_eq!((r.series_id.as_str(), r.amendment_no, r.version), (r.id.as_str(), 0, 4));
                        assert!(workers.contains(&r.created_by.as_str()), "written by one of the child's workers");
                        let signed = r.signed_off_at.unwrap_or(0);
                        assert!(r.created_at < r.submitted_at.unwrap_or(0) && r.submitted_at.unwrap_or(0) < signed);
                        assert!(signed <= today * MICROS_PER_DAY, "signed off before today");
                        assert!(states(&out, r).iter().all(|s| *s == SectionState::Complete), "complete");
                        let keys: Vec<&str> = out
                            .indicators
                            .iter()
                            .filter(|i| i.assessment_id == r.id)
                            .map(|i| i.indicator_key.as_str())
                            .collect();
                        let want: Vec<&str> = Dimension::ALL
                            .iter()
                            .flat_map(|d| pack.child_indicators_for(*d, r.band))
                            .map(|i| i.key.as_str())
                            .collect();
                        assert_eq!(keys, want);
                        for e in out.evidence.iter().filter(|e| e.assessment_id == r.id) {
                            assert!(e.happened_on <= r.assessed_on && e.happened_on >= child.date_of_birth);
                            assert!(!e.account.contains('{'), "{}", e.account);
                            let said = spoken(words.assessments, day_of(&e.happened_on).unwrap());
                            assert!(e.account.contains(&said), "{said}: {}", e.account);
                        }
                    }
                    for d in Dimension::ALL {
                        let series: Vec<i32> = mine
                            .iter()
                            .filter_map(|r| {
                                out.sections.iter().find(|s| s.assessment_id == r.id && s.dimension == d.key())
                            })
                            .filter_map(|s| s.rating)
                            .collect();
                        let (first, last) = (series.first().copied(), series.last().copied());
                        improving |= matches!((first, last), (Some(f), Some(l)) if l >= f + 2);
                        falling |= matches!((first, last), (Some(f), Some(l)) if l + 2 <= f);
                    }
                }
                assert!(improving && falling, "org {index}: trends both ways");
                let drafts: Vec<&AssessmentRow> = out.rows.iter().filter(|r| r.status == "draft").collect();
                if index == 1 {
                    assert_eq!(drafts.len(), 2);
                    for d in &drafts {
                        assert_eq!(d.created_by, "c");
                        let s = states(&out, d);
                        assert!(s.contains(&SectionState::Complete) && s.contains(&SectionState::NotStarted));
                        assert!(s.contains(&SectionState::InProgress));
                    }
                } else {
                    assert!(drafts.is_empty());
                }
                let (mut rises, mut falls) = (0, 0);
                for h in a.households.iter().filter(|h| h.household_type == "foster" && h.approval_status == "approved")
                {
                    let approved = day_of(h.approval_date.as_deref().unwrap()).unwrap();
                    let next_review = day_of(h.next_review_date.as_deref().unwrap()).unwrap();
                    let mut theirs: Vec<&AssessmentRow> =
                        out.rows.iter().filter(|r| r.household_id.as_deref() == Some(h.id.as_str())).collect();
                    theirs.sort_by(|x, y| x.assessed_on.cmp(&y.assessed_on));
                    assert!((1..=3).contains(&theirs.len()), "org {index}: {} caregiver assessments", theirs.len());
                    if today - approved > 365 {
                        assert!(theirs.len() >= 2, "org {index}: approved on {}, one assessment", ymd(approved));
                    }
                    // Each a few weeks before the approval or an anniversary of it, none after
                    // the next review, one per occasion.
                    let mut occasions = Vec::new();
                    for r in &theirs {
                        let on = day_of(&r.assessed_on).unwrap();
                        let k = (0..20).find(|k| {
                            let due = super::super::add_years(approved, *k);
                            due - 70 <= on && on < due && due <= next_review
                        });
                        assert!(k.is_some(), "org {index}: assessed {} for approval {}", r.assessed_on, ymd(approved));
                        occasions.push(k);
                        assert!(r.signed_off_at.unwrap() < today * MICROS_PER_DAY);
                        let workers: Vec<&str> = a
                            .household_workers
                            .iter()
                            .filter(|w| {
                                let noon = on * MICROS_PER_DAY + 12 * 3_600_000_000;
                                w.household_id == h.id && w.start_at <= noon && w.end_at.is_none_or(|e| noon < e)
                            })
                            .map(|w| w.user_id.as_str())
                            .collect();
                        assert_eq!(workers, [r.created_by.as_str()], "org {index}: written by the worker of the time");
                        assert!(states(&out, r).iter().all(|s| *s == SectionState::Complete));
                        assert!(
                            out.evidence.iter().filter(|e| e.assessment_id == r.id).all(|e| !e.life_area.is_empty())
                        );
                    }
                    assert!(occasions.windows(2).all(|w| w[0] < w[1]), "org {index}: {occasions:?}");
                    for pair in theirs.windows(2) {
                        for d in Dimension::ALL {
                            let rating = |r: &AssessmentRow| {
                                out.sections
                                    .iter()
                                    .find(|s| s.assessment_id == r.id && s.dimension == d.key())
                                    .unwrap()
                                    .rating
                            };
                            let (before, after) = (rating(pair[0]).unwrap(), rating(pair[1]).unwrap());
                            rises += usize::from(after > before);
                            falls += usize::from(after + 2 <= before);
                        }
                    }
                }
                assert!(rises > 0 && falls > 0, "org {index}: carers' ratings rise ({rises}) and fall ({falls})");
            }
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let w = Words {
            name: "Mia",
            carer: "Sam",
            voice: Pronouns::for_gender(&ENGLISH_WORDING, "Non-binary"),
            date: "3 March".into(),
        };
        assert_eq!(
            fill("{Sub} told {carer} on {date} that {sub} {was} fine; {name} hugged {obj}, {pos} dog and {self}.", &w),
            "They told Sam on 3 March that they were fine; Mia hugged them, their dog and themselves."
        );
        assert_eq!(fill("{unknown} and {", &w), "{unknown} and {");
        assert_eq!(spoken(&ENGLISH_WORDING, days_from_civil(2026, 1, 9)), "9 January");
        assert_eq!(spoken(&NORWEGIAN_WORDING, days_from_civil(2026, 1, 9)), "9. januar");
        for wording in [&ENGLISH_WORDING, &NORWEGIAN_WORDING] {
            let w = Words {
                name: "Mia",
                carer: "Sam",
                voice: Pronouns::for_gender(wording, "Female"),
                date: spoken(wording, days_from_civil(2026, 3, 3)),
            };
            for texts in wording.child.iter().chain(wording.carer.iter()) {
                for (_, t) in texts.evidence.iter().chain(texts.strengths).chain(texts.needs) {
                    assert!(!fill(t, &w).contains('{'), "{t}");
                }
            }
        }
    }
}
