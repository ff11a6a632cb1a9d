//! The access matrix, in the manner of GitLab's permission tables: every route × every role ×
//! the record's relationship to the actor (related through caseload, team or household;
//! unrelated in the same organisation; in another organisation) → allowed or not found.
//! The routes come from the application itself, so a new route without a row fails here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;

use reqwest::StatusCode;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, AssessmentKind, EvidenceSource, IndicatorState, LifeArea, Rating};
use securebase_core::content::ContentPack;
use securebase_store::access::{Actor, Scope};
use securebase_store::agency_indicators::{self, NewIndicator};
use securebase_store::assessments::{self, EvidenceInput, SectionInput};
use securebase_store::children::Saved;
use securebase_store::households::{self, MemberInput};
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::{DbConnection, StoreError, sessions};
use securebase_web::{AppState, Settings};

/// Who may use each route. Tokens: `public` (anyone, signed in or not), `all` (every signed-in
/// role), `ROLE` (that role, for routes without a record), `ROLE:REL` with REL one of
/// `related`, `unrelated`, or `org` (both). A record in another organisation is never reachable.
const RULES: &[(&str, &str, &str)] = &[
    ("GET", "/healthz", "public"),
    ("GET", "/readyz", "public"),
    ("GET", "/static/app.css", "public"),
    ("GET", "/static/app.js", "public"),
    ("GET", "/sign-in", "public"),
    ("POST", "/sign-in", "public"),
    ("POST", "/sign-out", "public"),
    ("GET", "/", "all"),
    ("GET", "/search", "all"),
    ("GET", "/settings", "all"),
    ("POST", "/settings/language", "all"),
    ("POST", "/settings/password", "all"),
    ("GET", "/audit", "auditor"),
    ("GET", "/admin/users", "admin"),
    ("POST", "/admin/users", "admin"),
    ("GET", "/admin/users/new", "admin"),
    ("POST", "/admin/users/{id}/disable", "admin:org"),
    ("POST", "/admin/users/{id}/enable", "admin:org"),
    ("GET", "/admin/users/{id}/password", "admin:org"),
    ("POST", "/admin/users/{id}/password", "admin:org"),
    ("GET", "/admin/teams", "admin"),
    ("POST", "/admin/teams", "admin"),
    ("POST", "/admin/teams/{id}/members", "admin:org"),
    ("POST", "/admin/teams/{id}/members/{user_id}/remove", "admin:org"),
    ("GET", "/children", "all"),
    ("GET", "/children/new", "manager csw"),
    ("POST", "/children/new", "manager csw"),
    ("GET", "/children/{id}", "manager:related csw:related ssw:related carer:related"),
    ("GET", "/children/{id}/edit", "manager:related csw:related"),
    ("POST", "/children/{id}/edit", "manager:related csw:related"),
    ("POST", "/children/{id}/archive", "manager:related csw:related"),
    ("POST", "/children/{id}/restore", "manager:related csw:related"),
    ("POST", "/children/{id}/relations", "manager:related csw:related"),
    ("GET", "/children/{id}/worker", "manager:related"),
    ("POST", "/children/{id}/worker", "manager:related"),
    ("GET", "/children/{id}/access", "manager:related auditor:org"),
    ("GET", "/children/{id}/placements/new", "manager:related csw:related"),
    ("POST", "/children/{id}/placements/new", "manager:related csw:related"),
    ("GET", "/placements/{id}/end", "manager:related csw:related"),
    ("POST", "/placements/{id}/end", "manager:related csw:related"),
    ("GET", "/households", "all"),
    ("GET", "/households/new", "manager ssw"),
    ("POST", "/households/new", "manager ssw"),
    ("GET", "/households/{id}", "manager:related csw:related ssw:related carer:related"),
    ("GET", "/households/{id}/edit", "manager:related ssw:related"),
    ("POST", "/households/{id}/edit", "manager:related ssw:related"),
    ("POST", "/households/{id}/archive", "manager:related ssw:related"),
    ("POST", "/households/{id}/restore", "manager:related ssw:related"),
    ("POST", "/households/{id}/members", "manager:related ssw:related"),
    ("GET", "/households/{id}/worker", "manager:related"),
    ("POST", "/households/{id}/worker", "manager:related"),
    ("GET", "/households/{id}/access", "manager:related auditor:org"),
    // Assessments: the workers on the case (and their team manager) work on them; a caregiver
    // reads only signed-off work about their own household, the children placed in it included.
    ("GET", "/children/{id}/assessments/new", "manager:related csw:related ssw:related"),
    ("POST", "/children/{id}/assessments/new", "manager:related csw:related ssw:related"),
    ("GET", "/households/{id}/assessments/new", "manager:related csw:related ssw:related"),
    ("POST", "/households/{id}/assessments/new", "manager:related csw:related ssw:related"),
    ("GET", "/assessments/{id}", "manager:related csw:related ssw:related carer:related"),
    ("GET", "/assessments/{id}/dimensions/{dimension}", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/dimensions/{dimension}", "manager:related csw:related ssw:related"),
    ("GET", "/assessments/{id}/dimensions/{dimension}/evidence", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/dimensions/{dimension}/evidence", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/evidence/{evidence}/remove", "manager:related csw:related ssw:related"),
    ("GET", "/assessments/{id}/summary", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/summary", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/submit", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/sign-off", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/return", "manager:related csw:related ssw:related"),
    ("GET", "/assessments/{id}/amend", "manager:related csw:related ssw:related"),
    ("POST", "/assessments/{id}/amend", "manager:related csw:related ssw:related"),
    // Reading assessments: whoever may read the signed-off work, a caregiver included.
    ("GET", "/assessments/{id}/compare", "manager:related csw:related ssw:related carer:related"),
    ("GET", "/assessments/{id}/print", "manager:related csw:related ssw:related carer:related"),
    ("GET", "/children/{id}/profile", "manager:related csw:related ssw:related carer:related"),
    ("GET", "/households/{id}/profile", "manager:related csw:related ssw:related carer:related"),
    // The agency's practice content: its administrators only.
    ("GET", "/admin/settings", "admin"),
    ("POST", "/admin/settings", "admin"),
    ("GET", "/admin/indicators", "admin"),
    ("POST", "/admin/indicators", "admin"),
    ("POST", "/admin/indicators/{id}/archive", "admin:org"),
    ("POST", "/admin/indicators/{id}/restore", "admin:org"),
];

const ROLES: &[&str] = &["anonymous", "admin", "manager", "csw", "ssw", "carer", "auditor"];
const RELS: &[&str] = &["related", "unrelated", "other"];

fn allowed(rule: &str, role: &str, rel: Option<&str>) -> bool {
    rule.split_whitespace().any(|tok| match tok {
        "public" => true,
        "all" => role != "anonymous",
        t => match (t.split_once(':'), rel) {
            (None, _) => t == role,
            (Some((r, "org")), Some(rel)) => r == role && rel != "other",
            (Some((r, want)), Some(rel)) => r == role && want == rel,
            (Some(_), None) => false,
        },
    })
}

fn actor<'a>(a: &'a Agency, role: &str) -> Option<&'a securebase_store::access::Actor> {
    Some(match role {
        "admin" => &a.admin,
        "manager" => &a.manager,
        "csw" => &a.csw,
        "ssw" => &a.ssw,
        "carer" => &a.carer,
        "auditor" => &a.auditor,
        _ => return None,
    })
}

/// Fills the path's parameters with the records that have `rel` to the actor, labelled. Most
/// routes have one record to try; an assessment's routes are tried on a child's and on a carer's
/// assessment: a draft for everyone but a caregiver, who is given signed-off ones (the most they
/// could ever read), so what they reach is decided by the route, not by the state.
fn concrete(path: &str, role: &str, w: &World, rel: &str) -> Vec<(&'static str, String)> {
    let (a, b) = (&w.a, &w.b);
    let (ag, related) = if rel == "other" { (b, true) } else { (a, rel == "related") };
    if path.starts_with("/assessments/") {
        let Some(fx) = (if rel == "other" { &w.b_assessments } else { &w.a_assessments }) else {
            panic!("{path}: the assessment fixtures were not built");
        };
        let subjects = if related { &fx.related } else { &fx.unrelated };
        return [("child's assessment", &subjects.child), ("carer's assessment", &subjects.carer)]
            .into_iter()
            .map(|(label, pair)| {
                let asmt = if role == "carer" { &pair.signed_off } else { &pair.draft };
                let p = path
                    .replace("{id}", &asmt.id)
                    .replace("{evidence}", &asmt.evidence)
                    .replace("{dimension}", Dimension::Availability.key());
                (label, p)
            })
            .collect();
    }
    let id = if path.starts_with("/children/") {
        if related { &ag.child } else { &ag.unrelated_child }
    } else if path.starts_with("/households/") {
        if related { &ag.household } else { &ag.unrelated_household }
    } else if path.starts_with("/placements/") {
        if related { &ag.placement } else { &ag.unrelated_placement }
    } else if path.starts_with("/admin/users/") {
        if related { &ag.csw.user_id } else { &ag.outsider.user_id }
    } else if path.starts_with("/admin/indicators/") {
        // Agency content belongs to the organisation, so related and unrelated are the same.
        if rel == "other" { &w.b_indicator } else { &w.a_indicator }
    } else {
        &ag.team
    };
    vec![("", path.replace("{id}", id).replace("{user_id}", &ag.csw.user_id))]
}

/// An assessment the routes are tried on, and the one piece of evidence its availability
/// rating rests on.
struct Asmt {
    id: String,
    evidence: String,
}

/// A draft and a signed-off assessment of one subject. Nothing an allowed call to the draft
/// does can change it: its availability section is saved (so an empty post is stale) and rated
/// on a single piece of evidence (so that evidence cannot be removed).
struct Pair {
    draft: Asmt,
    signed_off: Asmt,
}

struct Subjects {
    child: Pair,
    carer: Pair,
}

/// An agency's assessments: of its related child and household, and of its unrelated ones.
struct AgencyAssessments {
    related: Subjects,
    unrelated: Subjects,
}

enum Subject<'a> {
    Child(&'a str),
    Household(&'a str),
}

fn invalid(e: impl std::fmt::Display) -> StoreError {
    StoreError::Invalid(e.to_string())
}

/// Starts an assessment as `by` and fills in availability; with `sign_off`, fills in every
/// dimension (and a carer's summary), submits it and signs it off.
fn assessment(
    c: &mut DbConnection,
    pack: &ContentPack,
    by: &Actor,
    subject: &Subject<'_>,
    sign_off: bool,
) -> Result<Asmt, StoreError> {
    let scope = Scope::of(by.clone());
    let today = securebase_web::records::dates::today();
    let (started, is_child) = match subject {
        Subject::Child(child) => {
            let start = assessments::child_start(c, &scope, child)?;
            let born = securebase_core::records::parse_date(&start.date_of_birth).map_err(invalid)?;
            let band = AgeBand::for_age(born, today).ok_or_else(|| invalid("no age band"))?;
            (assessments::start_child(c, &scope, pack, child, today, band, "")?, true)
        }
        Subject::Household(household) => {
            let carers = assessments::carers_of(c, &scope, household)?;
            let (member, _) = carers.first().ok_or_else(|| invalid("no carer to assess"))?;
            (assessments::start_caregiver(c, &scope, pack, household, member, today)?, false)
        }
    };
    let id = started.id;
    let record = assessments::view(c, &scope, &id)?;
    let dimensions: &[Dimension] = if sign_off { &Dimension::ALL } else { &[Dimension::Availability] };
    let mut evidence = String::new();
    for d in dimensions {
        let input = EvidenceInput {
            indicator_id: None,
            happened_on: today,
            source: EvidenceSource::DirectObservation,
            life_area: if is_child { None } else { Some(LifeArea::Caring) },
            account: "Seen at tea time, settling after school with the carer beside them.".into(),
            opinion: String::new(),
        };
        let added = assessments::add_evidence(c, &scope, &id, *d, &input)?;
        if *d == Dimension::Availability {
            evidence = added.id;
        }
        let section = SectionInput {
            states: record.indicators_for(*d).map(|i| (i.id.clone(), Some(IndicatorState::Sometimes))).collect(),
            strengths: "Comes back to the carer when worried.".into(),
            short_term: if is_child { String::new() } else { "Settles a child quickly.".into() },
            long_term: if is_child { String::new() } else { "Would stay the course.".into() },
            rating: Some(Rating::new(6).map_err(invalid)?),
            second_rating: Some(Rating::new(4).map_err(invalid)?),
            ..SectionInput::default()
        };
        let version = record.section(*d).map_or(1, |s| s.version);
        if let Saved::Stale { .. } = assessments::save_section(c, &scope, &id, *d, version, &section)? {
            return Err(invalid("the fixture's section went stale"));
        }
    }
    if sign_off {
        let mut version = record.assessment.version;
        if !is_child {
            assessments::save_summary(c, &scope, &id, version, "Ready for a panel.")?;
            version += 1;
        }
        assessments::submit(c, &scope, &id, version)?;
        assessments::sign_off(c, &scope, &id, version + 1)?;
        if assessments::view(c, &scope, &id)?.assessment.status() != securebase_core::assessment::Status::SignedOff {
            return Err(invalid("the fixture's assessment was not signed off"));
        }
    }
    Ok(Asmt { id, evidence })
}

fn pair(c: &mut DbConnection, pack: &ContentPack, by: &Actor, subject: Subject<'_>) -> Result<Pair, StoreError> {
    Ok(Pair { draft: assessment(c, pack, by, &subject, false)?, signed_off: assessment(c, pack, by, &subject, true)? })
}

fn agency_assessments(c: &mut DbConnection, pack: &ContentPack, ag: &Agency) -> Result<AgencyAssessments, StoreError> {
    // The unrelated household has no carer in the shared fixture: its worker adds one.
    let scope = Scope::of(ag.outsider.clone());
    let carer = MemberInput {
        name: "Lee Brook".into(),
        member_role: "carer".into(),
        carer_type: Some("foster_carer".into()),
        user_id: None,
        date_of_birth: None,
    };
    households::add_member(c, &scope, &ag.unrelated_household, &carer)?;
    Ok(AgencyAssessments {
        related: Subjects {
            child: pair(c, pack, &ag.csw, Subject::Child(&ag.child))?,
            carer: pair(c, pack, &ag.ssw, Subject::Household(&ag.household))?,
        },
        unrelated: Subjects {
            child: pair(c, pack, &ag.outsider, Subject::Child(&ag.unrelated_child))?,
            carer: pair(c, pack, &ag.outsider, Subject::Household(&ag.unrelated_household))?,
        },
    })
}

struct World {
    base: String,
    http: reqwest::Client,
    a: Agency,
    b: Agency,
    /// Built only for the routes under `/assessments/`, which are the only ones to need them.
    a_assessments: Option<AgencyAssessments>,
    b_assessments: Option<AgencyAssessments>,
    /// One agency indicator in each organisation.
    a_indicator: String,
    b_indicator: String,
    tokens: HashMap<&'static str, String>,
    store: securebase_store::Store,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn world(db: &TestDb, with_assessments: bool) -> World {
    let state = AppState::new(Settings { database_url: db.url.clone(), ..Settings::default() }).await.unwrap();
    let policy = state.policy;
    let pack = state.pack().clone();
    let store = state.store.clone();
    let (a, b, a_assessments, b_assessments, (a_indicator, b_indicator), tokens) = state
        .store
        .run(move |c| {
            let a = fixture::agency(c, "a", "not-a-hash")?;
            let b = fixture::agency(c, "b", "not-a-hash")?;
            let (a_assessments, b_assessments) = if with_assessments {
                (Some(agency_assessments(c, &pack, &a)?), Some(agency_assessments(c, &pack, &b)?))
            } else {
                (None, None)
            };
            // Added after the assessments, so they do not carry it.
            let indicators = (agency_indicator(c, &a)?, agency_indicator(c, &b)?);
            let now = securebase_store::now_micros();
            let mut tokens = HashMap::new();
            for role in ROLES.iter().copied().filter(|r| *r != "anonymous") {
                let token = format!("matrix-token-{role}");
                sessions::create(c, &token, None, &actor(&a, role).unwrap().user_id, now, &policy)?;
                tokens.insert(role, token);
            }
            Ok((a, b, a_assessments, b_assessments, indicators, tokens))
        })
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(securebase_web::serve(listener, state, async move {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    World { base, http, a, b, a_assessments, b_assessments, a_indicator, b_indicator, tokens, store, _stop: stop }
}

fn agency_indicator(c: &mut DbConnection, ag: &Agency) -> Result<String, StoreError> {
    let scope = Scope::of(ag.admin.clone());
    let input = NewIndicator {
        kind: AssessmentKind::Caregiver,
        dimension: Dimension::Availability,
        band: None,
        aspect: "behaviour".into(),
        short_term: true,
        long_term: false,
        text: "Is there at the school gate at the time promised.".into(),
        evidence_hint: "What the school saw, and on which days.".into(),
        language: securebase_core::Language::En,
    };
    Ok(agency_indicators::add(c, &scope, &input)?.id)
}

/// How a response answered: reached the handler's own answer, not found, or sent to sign in.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Reached(StatusCode),
    NotFound,
    SignIn,
    Refused(StatusCode),
}

async fn call(w: &World, method: &str, path: &str, role: &str) -> Outcome {
    let url = format!("{}{path}", w.base);
    let mut req = if method == "GET" {
        w.http.get(url)
    } else {
        w.http
            .post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body("")
    };
    if let Some(t) = w.tokens.get(role) {
        req = req.header("cookie", format!("securebase_session={t}"));
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let location = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or("").to_owned();
    match status {
        StatusCode::NOT_FOUND => Outcome::NotFound,
        s if s.is_redirection() && location.starts_with("/sign-in") && path != "/sign-out" && path != "/sign-in" => {
            Outcome::SignIn
        }
        s if s == StatusCode::FORBIDDEN || s.is_server_error() => Outcome::Refused(s),
        s => Outcome::Reached(s),
    }
}

async fn check_route(db: TestDb, method: &'static str, path: &'static str, rule: &'static str) -> Vec<String> {
    let w = world(&db, path.starts_with("/assessments/")).await;
    let rels: Vec<Option<&str>> = if path.contains('{') { RELS.iter().map(|r| Some(*r)).collect() } else { vec![None] };
    let mut cases: Vec<(&str, Option<&str>, bool)> = Vec::new();
    for role in ROLES {
        for rel in &rels {
            cases.push((role, *rel, allowed(rule, role, *rel)));
        }
    }
    // Refusals first: they must change nothing, so the allowed calls after them see the fixture whole.
    cases.sort_by_key(|c| c.2);
    let mut failures = Vec::new();
    for (role, rel, allow) in cases {
        for (label, concrete_path) in concrete(path, role, &w, rel.unwrap_or("related")) {
            let got = call(&w, method, &concrete_path, role).await;
            let ok = match (allow, role, &got) {
                (true, _, Outcome::Reached(_)) => true,
                (false, "anonymous", Outcome::SignIn) => true,
                (false, r, Outcome::NotFound) if r != "anonymous" => true,
                _ => false,
            };
            if !ok {
                let want = if allow {
                    "allowed"
                } else if role == "anonymous" {
                    "sign-in"
                } else {
                    "not found"
                };
                let on = if label.is_empty() { String::new() } else { format!(", {label}") };
                failures.push(format!(
                    "{method} {path} as {role} ({}{on}) expected {want}, got {got:?}",
                    rel.unwrap_or("-")
                ));
            }
        }
    }
    failures
}

async fn run_matrix(db_backend: securebase_store::Backend) {
    let routes = securebase_web::route_table();
    let mut failures = Vec::new();
    for (method, path) in &routes {
        let Some((_, _, rule)) = RULES.iter().find(|(m, p, _)| m == method && p == path) else {
            failures.push(format!("{method} {path} has no row in the access matrix: add one"));
            continue;
        };
        let db = match TestDb::create(db_backend).unwrap() {
            Some(db) => db,
            None => return,
        };
        failures.extend(check_route(db, method, path, rule).await);
    }
    for (m, p, _) in RULES {
        if !routes.iter().any(|(rm, rp)| rm == m && rp == p) {
            failures.push(format!("the matrix has a row for {m} {p}, which the application does not serve"));
        }
    }
    assert!(failures.is_empty(), "{} access-matrix failures:\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_matrix_sqlite() {
    run_matrix(securebase_store::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_matrix_postgres() {
    if securebase_store::testing::TestDb::create(securebase_store::Backend::Postgres).unwrap().is_none() {
        return;
    }
    run_matrix(securebase_store::Backend::Postgres).await;
}

#[test]
fn the_rules_read_as_intended() {
    assert!(allowed("manager:related csw:related", "csw", Some("related")));
    assert!(!allowed("manager:related csw:related", "csw", Some("unrelated")));
    assert!(allowed("auditor:org", "auditor", Some("unrelated")));
    assert!(!allowed("auditor:org", "auditor", Some("other")));
    assert!(allowed("all", "carer", None) && !allowed("all", "anonymous", None));
    assert!(allowed("public", "anonymous", None));
}

// ---- Every page in each language ----

/// The catalogue's messages that read differently in the two languages, as `language` would
/// never show them: the other language's wording of messages without arguments.
fn foreign_messages(page: securebase_core::Language) -> HashMap<String, String> {
    use securebase_core::Language;
    let other = if page == Language::En { Language::Nb } else { Language::En };
    let mut out = HashMap::new();
    let keys = securebase_web::i18n::all_keys();
    // A word both languages use (under different keys) is no sign of a slip.
    let own: std::collections::HashSet<String> =
        keys.iter().map(|k| securebase_web::i18n::t_in(page, k).into_owned()).collect();
    for k in keys {
        let theirs = securebase_web::i18n::t_in(other, &k).into_owned();
        let ours = securebase_web::i18n::t_in(page, &k).into_owned();
        if theirs != ours && !own.contains(&theirs) && !theirs.contains("{$") && theirs.chars().any(char::is_alphabetic)
        {
            out.insert(theirs, k);
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text a person reads on a page: its text nodes and the attributes read aloud or shown.
fn readable(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push(rest[..lt].to_owned());
        let Some(gt) = rest[lt..].find('>') else { break };
        let tag = &rest[lt..lt + gt];
        for attr in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\"", "data-confirm=\""] {
            if let Some(i) = tag.find(attr) {
                out.push(tag[i + attr.len()..].split('"').next().unwrap_or("").to_owned());
            }
        }
        rest = &rest[lt + gt + 1..];
        // Words marked with their own language (a language's own name, an assessment's copied
        // wording) are read in that language, rightly: skip them up to the element's end.
        if !tag.starts_with("<html")
            && tag.contains(" lang=\"")
            && let Some(name) = tag[1..].split([' ', '>']).next()
            && let Some(end) = rest.find(&format!("</{name}>"))
        {
            rest = &rest[end..];
            continue;
        }
        // Skip what is not read: scripts and styles.
        for skip in ["script", "style"] {
            if tag.starts_with(&format!("<{skip}"))
                && let Some(end) = rest.find(&format!("</{skip}>"))
            {
                rest = &rest[end..];
            }
        }
    }
    out.push(rest.to_owned());
    out.into_iter()
        .map(|t| unescape(&t).split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect()
}

async fn run_languages(backend: securebase_store::Backend) {
    use securebase_core::Language;
    let Some(db) = TestDb::create(backend).unwrap() else { return };
    let w = world(&db, true).await;
    let routes = securebase_web::route_table();
    let mut failures = Vec::new();
    let mut pages = 0;
    for language in [Language::Nb, Language::En] {
        let admin = w.a.admin.clone();
        w.store
            .run(move |c| securebase_store::settings::set_org_language(c, &Scope::of(admin), language))
            .await
            .unwrap();
        let foreign = foreign_messages(language);
        let lang_attr = format!("<html lang=\"{}\">", language.tag());
        for (method, path) in &routes {
            if *method != "GET" || path.starts_with("/static/") || path.ends_with("z") {
                continue;
            }
            let Some((_, _, rule)) = RULES.iter().find(|(m, p, _)| m == method && p == path) else { continue };
            for role in ROLES {
                let rel = path.contains('{').then_some("related");
                if !allowed(rule, role, rel) && *role != "anonymous" {
                    continue;
                }
                for (label, concrete_path) in concrete(path, role, &w, "related") {
                    let mut req =
                        w.http.get(format!("{}{concrete_path}", w.base)).header("accept-language", language.code());
                    if let Some(t) = w.tokens.get(role) {
                        req = req.header("cookie", format!("securebase_session={t}"));
                    }
                    let res = req.send().await.unwrap();
                    if res.status().is_redirection() {
                        continue;
                    }
                    let ct = res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
                    let body = res.text().await.unwrap();
                    if !ct.starts_with("text/html") {
                        continue;
                    }
                    pages += 1;
                    let at = format!("{} {concrete_path} ({label}) as {role}", language.code());
                    if !body.contains(&lang_attr) {
                        failures.push(format!("{at}: the page does not say {lang_attr}"));
                    }
                    for text in readable(&body) {
                        if let Some(key) = foreign.get(&text) {
                            failures.push(format!("{at}: {text:?} is the other language's `{key}`"));
                        }
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(pages > 60, "only {pages} pages were read");
    assert!(failures.is_empty(), "{} untranslated text(s):\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_reads_in_one_language_sqlite() {
    run_languages(securebase_store::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_reads_in_one_language_postgres() {
    run_languages(securebase_store::Backend::Postgres).await;
}

#[test]
fn readable_text_is_found() {
    let html = "<html lang=\"nb\"><head><style>p{}</style><script>var a = \"Home\";</script></head><body><a aria-label=\"Main menu\">Forside &amp; mer</a></body></html>";
    assert_eq!(readable(html), ["Main menu", "Forside & mer"]);
    let marked = "<p>Språk: <span lang=\"en-GB\">English</span> eller <b>norsk</b></p>";
    assert_eq!(readable(marked), ["Språk:", "eller", "norsk"], "words marked with their language are theirs");
}
