//! The edge of every request, on SQLite and PostgreSQL: text that cannot be stored (a NUL byte
//! answered 500 on PostgreSQL) is refused with the form shown again and the typing kept, ids
//! that are not ids are "page not found" before the database is asked, and a request that
//! cannot be read at all (a repeated query parameter, a body that is not a form) gets the
//! product's own error page, never axum's plain text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, EvidenceSource};
use securebase_store::access::Scope;
use securebase_store::assessments::{self, EvidenceInput};
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::{StoreError, both_backends, children};
use securebase_web::{AppState, Settings};

const PW: &str = "long enough pass 1";

struct TestApp {
    base: String,
    state: AppState,
    a: Agency,
    http: reqwest::Client,
    _db: TestDb,
    _stop: tokio::sync::oneshot::Sender<()>,
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }
    /// The product's own page: HTML in the site's layout, with its security headers.
    fn is_product_page(&self) -> bool {
        let ct = self.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
        ct.starts_with("text/html")
            && self.body.contains("<!doctype html>")
            && self.body.contains("Go to your home page")
            && self.headers.contains_key("content-security-policy")
    }
}

async fn spawn(db: TestDb) -> TestApp {
    let state = AppState::new(Settings { database_url: db.url.clone(), ..Settings::default() }).await.unwrap();
    let hash = securebase_web::auth::password::hash(PW).unwrap();
    let a = state.store.run(move |c| fixture::agency(c, "a", &hash)).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(securebase_web::serve(listener, state.clone(), async move {
        let _ = stopped.await;
    }));
    // A fresh connection for every request: after answering an oversized body early the server
    // closes the connection, and a pooled client could otherwise send the next request into it.
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    TestApp { base, state, a, http, _db: db, _stop: stop }
}

impl TestApp {
    async fn send(&self, req: reqwest::RequestBuilder) -> Reply {
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    async fn get(&self, path: &str) -> Reply {
        self.send(self.http.get(format!("{}{path}", self.base))).await
    }

    async fn post_raw(&self, path: &str, content_type: &str, body: impl Into<reqwest::Body>) -> Reply {
        let req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .header("sec-fetch-site", "same-origin")
            .body(body);
        self.send(req).await
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        self.post_raw(path, "application/x-www-form-urlencoded", body).await
    }

    async fn sign_in(&self, who: &str) {
        let r = self.post("/sign-in", &[("email", who), ("password", PW)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {who} failed: {}", r.body);
    }

    /// A draft assessment of the fixture's child with one piece of evidence for availability.
    async fn draft(&self) -> String {
        let (actor, child, pack) = (self.a.csw.clone(), self.a.child.clone(), self.state.pack().clone());
        self.state
            .store
            .run(move |c| {
                let s = Scope::of(actor);
                let on = jiff::civil::date(2026, 3, 1);
                let id = assessments::start_child(c, &s, &pack, &child, on, AgeBand::MiddleChildhood, "")?.id;
                let evidence = EvidenceInput {
                    indicator_id: None,
                    happened_on: on,
                    source: EvidenceSource::Caregiver,
                    life_area: None,
                    account: "Came to the carer after a bad dream.".into(),
                    opinion: String::new(),
                };
                assessments::add_evidence(c, &s, &id, Dimension::Availability, &evidence)?;
                Ok::<_, StoreError>(id)
            })
            .await
            .unwrap()
    }

    async fn section(&self, id: &str) -> Option<assessments::Section> {
        let (actor, id) = (self.a.csw.clone(), id.to_owned());
        self.state
            .store
            .run(move |c| {
                let s = Scope::of(actor);
                let record = assessments::view(c, &s, &id)?;
                Ok(record.section(Dimension::Availability).cloned())
            })
            .await
            .unwrap()
    }
}

both_backends!(text_that_cannot_be_stored_is_refused_with_the_typing_kept, |db: TestDb| async move {
    let app = spawn(db).await;
    app.sign_in("csw@a.test").await;
    let id = app.draft().await;

    // A section: the NUL is refused beside its field, the rest of what was typed is shown again.
    let section = format!("/assessments/{id}/dimensions/availability");
    let version = app.section(&id).await.map_or(1, |s| s.version).to_string();
    let r = app
        .post(&section, &[("version", &version), ("strengths", "Calm at bedtime\0"), ("needs", "More time together")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("contains a hidden control character"), "{}", r.body);
    assert!(r.body.contains("href=\"#strengths\""), "the error summary links to the field");
    assert!(r.body.contains("More time together"), "the rest of the typing is kept");
    assert!(app.section(&id).await.is_none_or(|s| s.strengths.is_empty()), "nothing is stored");

    // Tabs and line breaks are part of a many-line answer.
    let r = app
        .post(&section, &[("version", &version), ("strengths", "Calm\tat bedtime\r\nand after school"), ("then", "")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(app.section(&id).await.unwrap().strengths.contains("Calm\tat bedtime"));

    // Evidence, the summary and the start form: the same, each on its own page.
    let evidence = format!("{section}/evidence");
    let r = app
        .post(&evidence, &[("happened_on", "1 3 2026"), ("source", "caregiver"), ("account", "Bell\u{7} rang")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("contains a hidden control character") && r.body.contains("value=\"1 3 2026\""));
    let r = app.post(&format!("/assessments/{id}/summary"), &[("version", "1"), ("summary", "All \0 well")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("contains a hidden control character"));
    let r = app.post(&format!("/assessments/{id}/summary"), &[("version", "1"), ("summary", "x\0")]).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    let start = format!("/children/{}/assessments/new", app.a.child);
    let r = app.post(&start, &[("assessed_on", "1 3 2026\0"), ("band", "middle_childhood")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("contains a hidden control character"), "{}", r.body);

    // A one-line answer may not hold a tab or a line break.
    let edit = format!("/children/{}/edit", app.a.child);
    let child_version = {
        let (actor, child) = (app.a.csw.clone(), app.a.child.clone());
        app.state
            .store
            .run(move |c| {
                let s = Scope::of(actor);
                children::view(c, &s, &child)
            })
            .await
            .unwrap()
            .version
            .to_string()
    };
    let r = app
        .post(
            &edit,
            &[
                ("version", &child_version),
                ("given_names", "Robin"),
                ("family_name", "Fixture"),
                ("date_of_birth", "4 5 2016"),
                ("local_identifier", "AB\t12"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("AB\t12"), "kept as typed");

    // A form with a fixed shape (a team's name) answers the product's own page, and stores nothing.
    app.sign_in("admin@a.test").await;
    let r = app.post("/admin/teams", &[("name", "Team\0South")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.is_product_page(), "{}", r.body);
    assert!(r.body.contains("Some of what you typed could not be saved"));
    assert!(!app.get("/admin/teams").await.body.contains("South"));
});

both_backends!(ids_that_are_not_ids_are_not_found_before_the_database, |db: TestDb| async move {
    let app = spawn(db).await;
    app.sign_in("csw@a.test").await;
    let id = app.draft().await;
    for path in [
        "/assessments/%00".to_owned(),
        format!("/assessments/{id}%00"),
        format!("/assessments/{}", id.to_uppercase()),
        format!("/assessments/{id}/dimensions/%00"),
        format!("/assessments/{id}/dimensions/%00/evidence"),
        "/children/%00/edit".to_owned(),
        "/households/not-an-id".to_owned(),
        "/children/%FF".to_owned(),
    ] {
        let r = app.get(&path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {}", r.body);
        assert!(r.is_product_page() && r.body.contains("Page not found"), "{path}: {}", r.body);
    }
    let r = app.post(&format!("/assessments/%00/evidence/{id}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app.post("/assessments/%00/summary", &[("summary", "x")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
});

both_backends!(requests_that_cannot_be_read_get_the_products_page, |db: TestDb| async move {
    let app = spawn(db).await;
    app.sign_in("admin@a.test").await;

    // A repeated query parameter, a query that is not what the page reads.
    for path in ["/search?q=a&q=b", "/admin/users?notice=a&notice=b", "/search?q=%00", "/sign-in?next=a&next=b"] {
        let r = app.get(path).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{path}: {}", r.body);
        assert!(r.is_product_page(), "{path}: {}", r.body);
        assert!(r.body.contains("This request could not be read"), "{path}");
    }
    // A body that is not a form, a form that is not urlencoded, a form of the wrong shape.
    let r = app.post_raw("/admin/teams", "text/plain", "name=Team South").await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", r.body);
    assert!(r.is_product_page(), "{}", r.body);
    let r = app.post_raw("/admin/teams", "application/x-www-form-urlencoded", "name=a&name=b").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.is_product_page(), "{}", r.body);
    let r = app
        .post_raw("/admin/teams", "application/x-www-form-urlencoded", vec![b'n', b'a', b'm', b'e', b'=', 0xff])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.is_product_page(), "{}", r.body);
    // Too large for the body limit.
    let big = format!("name={}", "x".repeat(1024 * 1024 + 1024));
    let r = app.post_raw("/admin/teams", "application/x-www-form-urlencoded", big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.body);
    assert!(r.is_product_page(), "{}", r.body);
    // A method the address does not take.
    let r = app.get("/sign-out").await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.is_product_page(), "{}", r.body);
    // The health checks still answer in plain text.
    let r = app.get("/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    assert!(r.location().is_empty());
});

// Pages go out compressed to a client that asks, brotli first, and plain to one that does not;
// what arrives decompresses to the very page. Nothing that is not worth compressing (the
// health check) is.
both_backends!(pages_are_compressed_for_clients_that_ask, |db: TestDb| async move {
    use std::io::Read;
    let app = spawn(db).await;
    app.sign_in("csw@a.test").await;
    let path = format!("/children/{}", app.a.child);
    let fetch = |encoding: Option<&'static str>| {
        let mut req = app.http.get(format!("{}{path}", app.base));
        if let Some(e) = encoding {
            req = req.header("accept-encoding", e);
        }
        async move {
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            let enc = res.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_owned());
            let vary = res.headers().get("vary").map(|v| v.to_str().unwrap().to_lowercase()).unwrap_or_default();
            (enc, vary, res.bytes().await.unwrap().to_vec())
        }
    };
    let (enc, _, plain) = fetch(None).await;
    assert_eq!(enc, None, "a client that does not ask gets the page as it is");
    let page = String::from_utf8(plain.clone()).unwrap();
    assert!(page.contains("<!doctype html>") && page.contains("</html>"));

    let (enc, vary, gz) = fetch(Some("gzip")).await;
    assert_eq!(enc.as_deref(), Some("gzip"));
    assert!(vary.contains("accept-encoding"), "caches must keep the two apart: {vary}");
    let mut unzipped = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut unzipped).unwrap();
    assert_eq!(unzipped, page);
    assert!(gz.len() * 3 < plain.len(), "gzip: {} of {} bytes", gz.len(), plain.len());

    let (enc, _, br) = fetch(Some("gzip, deflate, br")).await;
    assert_eq!(enc.as_deref(), Some("br"), "brotli is preferred where both are offered");
    let mut unbrotli = String::new();
    brotli_decompressor::Decompressor::new(&br[..], 4096).read_to_string(&mut unbrotli).unwrap();
    assert_eq!(unbrotli, page);
    assert!(br.len() * 3 < plain.len(), "brotli: {} of {} bytes", br.len(), plain.len());

    let (enc, _, _) = fetch(Some("br")).await;
    assert_eq!(enc.as_deref(), Some("br"));
    let health =
        app.http.get(format!("{}/healthz", app.base)).header("accept-encoding", "br, gzip").send().await.unwrap();
    assert!(health.headers().get("content-encoding").is_none(), "a few bytes are not worth compressing");
});
