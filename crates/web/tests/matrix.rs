//! The access matrix, in the manner of GitLab's permission tables: every route × every role ×
//! the record's relationship to the actor (related through caseload, team or household;
//! unrelated in the same organisation; in another organisation) → allowed or not found.
//! The routes come from the application itself, so a new route without a row fails here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;

use reqwest::StatusCode;
use securebase_store::sessions;
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
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

/// Fills the path's parameters with the record that has `rel` to the actor.
fn concrete(path: &str, a: &Agency, b: &Agency, rel: &str) -> String {
    let (ag, related) = if rel == "other" { (b, true) } else { (a, rel == "related") };
    let id = if path.starts_with("/children/") {
        if related { &ag.child } else { &ag.unrelated_child }
    } else if path.starts_with("/households/") {
        if related { &ag.household } else { &ag.unrelated_household }
    } else if path.starts_with("/placements/") {
        if related { &ag.placement } else { &ag.unrelated_placement }
    } else if path.starts_with("/admin/users/") {
        if related { &ag.csw.user_id } else { &ag.outsider.user_id }
    } else {
        &ag.team
    };
    path.replace("{id}", id).replace("{user_id}", &ag.csw.user_id)
}

struct World {
    base: String,
    http: reqwest::Client,
    a: Agency,
    b: Agency,
    tokens: HashMap<&'static str, String>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn world(db: &TestDb) -> World {
    let state = AppState::new(Settings { database_url: db.url.clone(), ..Settings::default() }).await.unwrap();
    let policy = state.policy;
    let (a, b, tokens) = state
        .store
        .run(move |c| {
            let a = fixture::agency(c, "a", "not-a-hash")?;
            let b = fixture::agency(c, "b", "not-a-hash")?;
            let now = securebase_store::now_micros();
            let mut tokens = HashMap::new();
            for role in ROLES.iter().copied().filter(|r| *r != "anonymous") {
                let token = format!("matrix-token-{role}");
                sessions::create(c, &token, None, &actor(&a, role).unwrap().user_id, now, &policy)?;
                tokens.insert(role, token);
            }
            Ok((a, b, tokens))
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
    World { base, http, a, b, tokens, _stop: stop }
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
    let w = world(&db).await;
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
        let concrete_path = concrete(path, &w.a, &w.b, rel.unwrap_or("related"));
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
            failures.push(format!("{method} {path} as {role} ({}) expected {want}, got {got:?}", rel.unwrap_or("-")));
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
