//! HTTP integration tests: the real server on a real port, against a fresh SQLite file and a
//! fresh PostgreSQL database (the same tests on both).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue};
use securebase_store::testing::TestDb;
use securebase_store::{both_backends, demo, orgs, users};
use securebase_web::{AppState, Settings};

const PW: &str = "long enough pass 1";

struct TestApp {
    base: String,
    state: AppState,
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
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
    /// The session token from a Set-Cookie header.
    fn session(&self) -> Option<String> {
        let raw = self.header("set-cookie");
        let (pair, _) = raw.split_once(';')?;
        let (_, value) = pair.split_once('=')?;
        (!value.is_empty()).then(|| value.to_owned())
    }
}

async fn spawn_with(db: TestDb, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = Settings { database_url: db.url.clone(), ..Settings::default() };
    tweak(&mut settings);
    let state = AppState::new(settings).await.unwrap();
    let hash = securebase_web::auth::password::hash(PW).unwrap();
    state.store.run(move |c| demo::seed(c, &hash, None)).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(securebase_web::serve(listener, state.clone(), async move {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { base, state, http, _db: db, _stop: stop }
}

async fn spawn(db: TestDb) -> TestApp {
    spawn_with(db, |_| {}).await
}

impl TestApp {
    fn cookie_name(&self) -> &'static str {
        self.state.cookies.name
    }

    async fn get(&self, path: &str, session: Option<&str>) -> Reply {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(s) = session {
            req = req.header("cookie", format!("{}={s}", self.cookie_name()));
        }
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    /// A form post as a browser on our own page sends it.
    async fn post(&self, path: &str, session: Option<&str>, fields: &[(&str, &str)]) -> Reply {
        self.post_with(path, session, fields, &[("sec-fetch-site", "same-origin")]).await
    }

    async fn post_with(
        &self,
        path: &str,
        session: Option<&str>,
        fields: &[(&str, &str)],
        extra: &[(&str, &str)],
    ) -> Reply {
        let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        if let Some(s) = session {
            req = req.header("cookie", format!("{}={s}", self.cookie_name()));
        }
        for (k, v) in extra {
            req = req.header(*k, HeaderValue::from_str(v).unwrap());
        }
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    async fn sign_in(&self, email: &str, password: &str) -> String {
        let r = self.post("/sign-in", None, &[("email", email), ("password", password)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {email} failed: {}", r.body);
        r.session().expect("a session cookie")
    }

    async fn user_id(&self, email: &str) -> String {
        let email = securebase_core::Email::parse(email).unwrap();
        self.state.store.run(move |c| users::find_by_email(c, &email)).await.unwrap().unwrap().id
    }
}

both_backends!(health_and_readiness, |db: TestDb| async move {
    let app = spawn(db).await;
    let r = app.get("/healthz", None).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    let r = app.get("/readyz", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.header("x-request-id").is_empty(), "every response carries a request id");
});

both_backends!(signing_in_through_the_form_reaches_home, |db: TestDb| async move {
    let app = spawn(db).await;
    let r = app.get("/", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/sign-in");
    let page = app.get("/sign-in", None).await;
    assert!(page.body.contains("name=\"email\"") && page.body.contains("name=\"password\""));

    let r = app.post("/sign-in", None, &[("email", "Admin@Demo.test "), ("password", PW)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/");
    let cookie = r.header("set-cookie").to_owned();
    assert!(cookie.starts_with("securebase_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain HTTP without a public HTTPS URL: {cookie}");
    let token = r.session().unwrap();
    assert!(token.len() >= 32, "at least 128 bits of token");

    let home = app.get("/", Some(&token)).await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Welcome, Priya Raman"));
    assert!(home.body.contains(demo::ORG_NAME));
    assert!(home.body.contains("Agency administrator"));
    assert_eq!(home.header("cache-control"), "no-store");
});

both_backends!(protective_headers_on_every_response, |db: TestDb| async move {
    let app = spawn(db).await;
    for path in ["/sign-in", "/healthz", "/no-such-page", "/static/app.css"] {
        let r = app.get(path, None).await;
        assert_eq!(r.header("content-security-policy"), securebase_web::security::CSP, "{path}");
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.header("referrer-policy"), "no-referrer", "{path}");
        assert_eq!(r.header("strict-transport-security"), "", "no HSTS over plain HTTP");
    }
    assert!(
        securebase_web::security::CSP.contains("script-src 'self'")
            && securebase_web::security::CSP.contains("frame-ancestors 'none'")
    );
});

both_backends!(https_public_url_hardens_cookies_and_sends_hsts, |db: TestDb| async move {
    let app = spawn_with(db, |s| s.public_url = Some("https://securebase.example.org".into())).await;
    // Browsers send the public origin; anything else is refused.
    let r = app
        .post_with(
            "/sign-in",
            None,
            &[("email", "csw@demo.test"), ("password", PW)],
            &[("origin", "https://securebase.example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let cookie = r.header("set-cookie");
    assert!(cookie.starts_with("__Host-securebase_session="), "{cookie}");
    assert!(cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");
    assert!(r.header("strict-transport-security").starts_with("max-age="));
    let r = app
        .post_with("/sign-in", None, &[("email", "csw@demo.test"), ("password", PW)], &[("origin", &app.base)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "the internal address is not the public origin");
});

both_backends!(failed_sign_in_is_generic_and_keeps_the_email, |db: TestDb| async move {
    let app = spawn(db).await;
    let wrong = app.post("/sign-in", None, &[("email", "carer@demo.test"), ("password", "not the password")]).await;
    let unknown = app.post("/sign-in", None, &[("email", "nobody@demo.test"), ("password", PW)]).await;
    for (r, email) in [(&wrong, "carer@demo.test"), (&unknown, "nobody@demo.test")] {
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("There is a problem"));
        assert!(r.body.contains("The email address or password is not right"));
        assert!(r.body.contains(&format!("value=\"{email}\"")), "typed email kept");
        assert!(r.session().is_none());
    }
    // The pages differ only in the email typed: nothing tells whether the account exists.
    assert_eq!(wrong.body.replace("carer@demo.test", "X"), unknown.body.replace("nobody@demo.test", "X"));
});

both_backends!(repeated_failures_are_throttled_even_for_the_right_password, |db: TestDb| async move {
    let app = spawn(db).await;
    for _ in 0..5 {
        let r = app.post("/sign-in", None, &[("email", "ssw@demo.test"), ("password", "guess guess guess")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = app.post("/sign-in", None, &[("email", "SSW@demo.test"), ("password", PW)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("too many attempts to sign in"));
    assert!(r.body.contains("value=\"SSW@demo.test\""));
    assert!(r.header("retry-after").parse::<i64>().unwrap() >= 1);
    // Another account from the same address is not yet affected.
    app.sign_in("csw@demo.test", PW).await;
});

both_backends!(sign_in_rotates_the_session_and_sign_out_ends_it, |db: TestDb| async move {
    let app = spawn(db).await;
    let first = app.sign_in("csw@demo.test", PW).await;
    let r = app
        .post_with(
            "/sign-in",
            Some(&first),
            &[("email", "csw@demo.test"), ("password", PW)],
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
    let second = r.session().unwrap();
    assert_ne!(first, second);
    assert_eq!(app.get("/", Some(&first)).await.status, StatusCode::SEE_OTHER, "the old token is gone");
    assert_eq!(app.get("/", Some(&second)).await.status, StatusCode::OK);

    assert_eq!(
        app.get("/sign-out", Some(&second)).await.status,
        StatusCode::METHOD_NOT_ALLOWED,
        "no state change on GET"
    );
    let r = app.post("/sign-out", Some(&second), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.header("set-cookie").contains("Max-Age=0"));
    assert_eq!(app.get("/", Some(&second)).await.status, StatusCode::SEE_OTHER);
    let page = app.get(r.location(), None).await;
    assert!(page.body.contains("You have signed out."));
});

both_backends!(cross_site_posts_are_refused, |db: TestDb| async move {
    let app = spawn(db).await;
    let token = app.sign_in("admin@demo.test", PW).await;
    let carer = app.user_id("carer@demo.test").await;
    let path = format!("/admin/users/{carer}/disable");
    for headers in [
        vec![("sec-fetch-site", "cross-site")],
        vec![("sec-fetch-site", "same-site")],
        vec![("origin", "http://evil.example")],
        vec![("origin", "null")],
    ] {
        let r = app.post_with(&path, Some(&token), &[], &headers).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(r.body.contains("This request was refused"));
        let r = app.post_with("/sign-in", None, &[("email", "csw@demo.test"), ("password", PW)], &headers).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "sign-in {headers:?}");
    }
    let carer_user = app.state.store.run(move |c| users::get(c, &carer)).await.unwrap();
    assert!(!carer_user.disabled, "nothing changed");
    // Chromium sends `Origin: null` on same-origin posts under our Referrer-Policy; Sec-Fetch-Site decides.
    let r = app
        .post_with(
            "/sign-in",
            None,
            &[("email", "csw@demo.test"), ("password", PW)],
            &[("sec-fetch-site", "same-origin"), ("origin", "null")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // The same request from our own origin works.
    let r = app.post_with(&path, Some(&token), &[], &[("origin", &app.base)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

both_backends!(signed_out_visitors_are_sent_to_sign_in_and_back, |db: TestDb| async move {
    let app = spawn(db).await;
    let r = app.get("/admin/users", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/sign-in?next=%2Fadmin%2Fusers");
    let r =
        app.post("/sign-in", None, &[("email", "admin@demo.test"), ("password", PW), ("next", "/admin/users")]).await;
    assert_eq!(r.location(), "/admin/users");
    let r = app
        .post("/sign-in", None, &[("email", "admin@demo.test"), ("password", PW), ("next", "//evil.example/")])
        .await;
    assert_eq!(r.location(), "/", "never redirected off-site");
});

both_backends!(administrators_add_users_and_mistakes_keep_what_was_typed, |db: TestDb| async move {
    let app = spawn(db).await;
    let admin = app.sign_in("admin@demo.test", PW).await;
    let list = app.get("/admin/users", Some(&admin)).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("carer@demo.test") && list.body.contains("Grace Okafor"));

    let bad = app
        .post(
            "/admin/users",
            Some(&admin),
            &[("display_name", "Jo Bloggs-Ørsted"), ("email", "not-an-email"), ("role", ""), ("password", "short")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("There is a problem"));
    for anchor in ["href=\"#email\"", "href=\"#role\"", "href=\"#password\""] {
        assert!(bad.body.contains(anchor), "error summary links to {anchor}");
    }
    assert!(bad.body.contains("value=\"Jo Bloggs-Ørsted\"") && bad.body.contains("value=\"not-an-email\""));
    assert!(bad.body.contains("at least 12 characters"));
    assert!(!bad.body.contains("value=\"short\""), "passwords are never written back into a page");

    let common = app
        .post(
            "/admin/users",
            Some(&admin),
            &[("display_name", "Jo"), ("email", "jo@demo.test"), ("role", "caregiver"), ("password", "Password1234")],
        )
        .await;
    assert!(common.body.contains("too common"));
    assert!(common.body.contains("value=\"caregiver\" checked"), "chosen role kept");

    let ok = app
        .post(
            "/admin/users",
            Some(&admin),
            &[
                ("display_name", "<b>Jo</b> Bloggs"),
                ("email", "Jo@Demo.test"),
                ("role", "caregiver"),
                ("password", "a fine long passphrase"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let list = app.get(ok.location(), Some(&admin)).await;
    assert!(
        list.body.contains("&#60;b&#62;Jo&#60;/b&#62; Bloggs has been added")
            || list.body.contains("&lt;b&gt;Jo&lt;/b&gt; Bloggs has been added"),
        "names are escaped: {}",
        list.body
    );
    assert!(!list.body.contains("<b>Jo</b>"));
    let jo = app.sign_in("jo@demo.test", "a fine long passphrase").await;
    assert!(app.get("/", Some(&jo)).await.body.contains("Caregiver"));

    let dup = app
        .post(
            "/admin/users",
            Some(&admin),
            &[
                ("display_name", "Jo 2"),
                ("email", "jo@demo.test"),
                ("role", "caregiver"),
                ("password", "another long passphrase"),
            ],
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(dup.body.contains("already exists"));
});

both_backends!(disabling_a_user_ends_their_sessions_at_once, |db: TestDb| async move {
    let app = spawn(db).await;
    let admin = app.sign_in("admin@demo.test", PW).await;
    let carer = app.sign_in("carer@demo.test", PW).await;
    assert_eq!(app.get("/", Some(&carer)).await.status, StatusCode::OK);
    let id = app.user_id("carer@demo.test").await;

    let r = app.post(&format!("/admin/users/{id}/disable"), Some(&admin), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.get(r.location(), Some(&admin)).await.body.contains("Sam Whitfield&#39;s account is disabled"));
    assert_eq!(app.get("/", Some(&carer)).await.status, StatusCode::SEE_OTHER, "signed out at once");
    let again = app.post("/sign-in", None, &[("email", "carer@demo.test"), ("password", PW)]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "a disabled account cannot sign in");

    app.post(&format!("/admin/users/{id}/enable"), Some(&admin), &[]).await;
    app.sign_in("carer@demo.test", PW).await;

    let me = app.user_id("admin@demo.test").await;
    let r = app.post(&format!("/admin/users/{me}/disable"), Some(&admin), &[]).await;
    assert!(app.get(r.location(), Some(&admin)).await.body.contains("cannot disable your own account"));
    assert_eq!(app.get("/", Some(&admin)).await.status, StatusCode::OK);
});

both_backends!(resetting_a_password_ends_sessions_and_checks_the_rules, |db: TestDb| async move {
    let app = spawn(db).await;
    let admin = app.sign_in("admin@demo.test", PW).await;
    let ssw = app.sign_in("ssw@demo.test", PW).await;
    let id = app.user_id("ssw@demo.test").await;
    let form = app.get(&format!("/admin/users/{id}/password"), Some(&admin)).await;
    assert!(form.body.contains("Reset the password for Grace Okafor"));
    let weak = app.post(&format!("/admin/users/{id}/password"), Some(&admin), &[("password", "qwertyuiop123")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("too common"));
    let r =
        app.post(&format!("/admin/users/{id}/password"), Some(&admin), &[("password", "a brand new passphrase")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get("/", Some(&ssw)).await.status, StatusCode::SEE_OTHER);
    app.sign_in("ssw@demo.test", "a brand new passphrase").await;
});

both_backends!(user_admin_does_not_exist_for_others_or_other_organisations, |db: TestDb| async move {
    let app = spawn(db).await;
    let carer = app.sign_in("carer@demo.test", PW).await;
    let admin_id = app.user_id("admin@demo.test").await;
    for path in ["/admin/users".to_owned(), "/admin/users/new".to_owned(), format!("/admin/users/{admin_id}/password")]
    {
        let r = app.get(&path, Some(&carer)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(r.body.contains("Page not found"));
    }
    let r = app.post(&format!("/admin/users/{admin_id}/disable"), Some(&carer), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // An administrator of another organisation cannot reach this organisation's users.
    let hash = securebase_web::auth::password::hash(PW).unwrap();
    app.state
        .store
        .run(move |c| {
            let org = orgs::create(c, &securebase_core::OrgName::parse("Other Agency").unwrap())?;
            users::create(
                c,
                &users::NewUser {
                    org_id: &org.id,
                    email: &securebase_core::Email::parse("admin@other.test").unwrap(),
                    display_name: &securebase_core::DisplayName::parse("Other Admin").unwrap(),
                    role: securebase_core::Role::AgencyAdmin,
                    password_hash: &hash,
                },
                &securebase_store::audit::By::system("test"),
            )
        })
        .await
        .unwrap();
    let other = app.sign_in("admin@other.test", PW).await;
    let list = app.get("/admin/users", Some(&other)).await;
    assert!(!list.body.contains("demo.test"), "only their own organisation's users");
    for path in [format!("/admin/users/{admin_id}/disable"), format!("/admin/users/{admin_id}/password")] {
        let r = app.post(&path, Some(&other), &[("password", "a brand new passphrase")]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
    }
    app.sign_in("admin@demo.test", PW).await;
});

both_backends!(errors_are_friendly_and_bodies_are_limited, |db: TestDb| async move {
    let app = spawn_with(db, |s| s.max_body_bytes = 16 * 1024).await;
    let r = app.get("/children/../../etc/passwd", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("Page not found") && r.body.contains("<html"));
    let big = "x".repeat(64 * 1024);
    let r = app.post("/sign-in", None, &[("email", "a@demo.test"), ("password", &big)]).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
});

both_backends!(a_database_failure_shows_a_kind_page_without_internals, |db: TestDb| async move {
    let app = spawn(db).await;
    let token = app.sign_in("csw@demo.test", PW).await;
    app.state
        .store
        .run(|c| {
            use diesel::RunQueryDsl;
            diesel::sql_query("DROP TABLE sessions").execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
    let r = app.get("/", Some(&token)).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(r.body.contains("Sorry, something went wrong"));
    for leak in ["sessions", "table", "diesel", "SQL", "panicked", ".rs"] {
        assert!(!r.body.contains(leak), "the page leaks {leak}: {}", r.body);
    }
});

both_backends!(sign_ins_sign_outs_and_account_changes_are_audited_and_shown_to_auditors, |db: TestDb| async move {
    use diesel::prelude::*;
    use securebase_store::audit::{AuditEvent, INSTALLATION};
    use securebase_store::schema::audit_events;
    let app = spawn(db).await;
    let store = app.state.store.clone();
    let events = |org: String| {
        let store = store.clone();
        async move {
            store
                .run(move |c| {
                    Ok(audit_events::table
                        .filter(audit_events::org_id.eq(&org))
                        .order(audit_events::seq.asc())
                        .select(AuditEvent::as_select())
                        .load::<AuditEvent>(c)?)
                })
                .await
                .unwrap()
        }
    };
    let carer = app.user_id("carer@demo.test").await;
    let email = securebase_core::Email::parse("admin@demo.test").unwrap();
    let org = app.state.store.run(move |c| users::find_by_email(c, &email)).await.unwrap().unwrap().org_id;
    let before = events(org.clone()).await.len();

    // A wrong password for a known account, then for an address with no account.
    let r = app.post("/sign-in", None, &[("email", "carer@demo.test"), ("password", "not the password")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app.post("/sign-in", None, &[("email", "nobody-here@elsewhere.test"), ("password", PW)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let session = app.sign_in("carer@demo.test", PW).await;
    app.post("/sign-out", Some(&session), &[]).await;
    let admin = app.sign_in("admin@demo.test", PW).await;
    let admin_id = app.user_id("admin@demo.test").await;
    let r = app.post(&format!("/admin/users/{carer}/disable"), Some(&admin), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let new: Vec<AuditEvent> = events(org.clone()).await.split_off(before);
    let seen: Vec<(Option<&str>, &str, Option<&str>)> =
        new.iter().map(|e| (e.actor_id.as_deref(), e.action.as_str(), e.record_id.as_deref())).collect();
    assert_eq!(
        seen,
        [
            (Some("anonymous"), "sign_in_failed", Some(carer.as_str())),
            (Some(carer.as_str()), "sign_in", Some(carer.as_str())),
            (Some(carer.as_str()), "sign_out", Some(carer.as_str())),
            (Some(admin_id.as_str()), "sign_in", Some(admin_id.as_str())),
            (Some(admin_id.as_str()), "disable", Some(carer.as_str())),
        ]
    );
    assert!(new.iter().all(|e| e.client_addr.as_deref() == Some("127.0.0.1") && e.request_id.is_some()), "{new:?}");

    // The unknown address: only that it was tried, never what was typed.
    let unknown = events(INSTALLATION.to_owned()).await;
    assert_eq!(unknown.len(), 1);
    assert_eq!((unknown[0].action.as_str(), unknown[0].record_id.as_deref()), ("sign_in_failed", None));
    assert!(unknown[0].request_id.is_some() && unknown[0].client_addr.is_some());
    let everything = format!("{unknown:?}{new:?}");
    assert!(
        !everything.contains("nobody-here") && !everything.contains(PW) && !everything.contains("not the password")
    );

    // The auditor's trail says it in words.
    let hash = securebase_web::auth::password::hash(PW).unwrap();
    let by = securebase_store::audit::By::cli(None);
    let o = org.clone();
    app.state
        .store
        .run(move |c| {
            let email = securebase_core::Email::parse("auditor@demo.test").unwrap();
            let name = securebase_core::DisplayName::parse("Ari Auditor").unwrap();
            let role = securebase_core::Role::Auditor;
            users::create(
                c,
                &users::NewUser { org_id: &o, email: &email, display_name: &name, role, password_hash: &hash },
                &by,
            )
        })
        .await
        .unwrap();
    let auditor = app.sign_in("auditor@demo.test", PW).await;
    let page = app.get("/audit", Some(&auditor)).await;
    assert_eq!(page.status, StatusCode::OK);
    for words in [
        "Signed in",
        "Signed out",
        "Tried to sign in, and was refused",
        "Disabled the account",
        "Account of Sam Whitfield",
        "Added the account, as Auditor (read-only)",
        "Command line",
        "Someone not signed in",
    ] {
        assert!(page.body.contains(words), "the trail shows {words:?}");
    }
});

both_backends!(the_server_writes_a_signed_audit_checkpoint_on_its_schedule, |db: TestDb| async move {
    let dir = std::env::temp_dir().join(format!("securebase-checkpoints-{}", uuid::Uuid::now_v7()));
    let key = "a checkpoint key of thirty-two characters or more";
    let shown = dir.clone();
    let app = spawn_with(db, move |s| {
        s.audit_checkpoint_dir = Some(shown.to_string_lossy().into_owned());
        s.audit_checkpoint_key = Some(key.to_owned());
    })
    .await;
    // The first is written as the server starts (the next an hour later, by default).
    let mut found = Vec::new();
    for _ in 0..100 {
        found =
            std::fs::read_dir(&dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
        if !found.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(found.len(), 1, "{found:?}");
    let name = found[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("audit-checkpoint-") && name.ends_with(".json"), "{name}");
    let cp = securebase_store::checkpoint::Checkpoint::from_json(&std::fs::read_to_string(&found[0]).unwrap()).unwrap();
    assert_eq!(cp.check_signature(Some(key)), Ok(()));
    let held = cp.clone();
    let short = app.state.store.run(move |c| securebase_store::checkpoint::verify_against(c, &held)).await.unwrap();
    assert!(short.is_empty(), "{short:?}");
    assert!(!cp.heads.is_empty(), "the demo's accounts were added, and audited, before the server started");
    std::fs::remove_dir_all(&dir).ok();
});

// ---- Languages ----

fn nb(key: &str) -> String {
    securebase_web::i18n::t_in(securebase_core::Language::Nb, key).into_owned()
}

fn en(key: &str) -> String {
    securebase_web::i18n::t_in(securebase_core::Language::En, key).into_owned()
}

impl TestApp {
    async fn get_in(&self, path: &str, session: Option<&str>, accept_language: &str) -> Reply {
        let mut req = self.http.get(format!("{}{path}", self.base)).header("accept-language", accept_language);
        if let Some(s) = session {
            req = req.header("cookie", format!("{}={s}", self.cookie_name()));
        }
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }
}

both_backends!(pages_without_a_session_follow_the_browsers_language, |db: TestDb| async move {
    let app = spawn(db).await;
    let r = app.get_in("/sign-in", None, "nb-NO,nb;q=0.9,en;q=0.5").await;
    assert!(r.body.contains("<html lang=\"nb\">"), "{}", r.body);
    assert!(r.body.contains(&nb("auth-heading")) && !r.body.contains(&en("auth-heading")));
    assert!(
        r.header("vary").contains("Accept-Language")
            || r.headers.get_all("vary").iter().any(|v| v.to_str().unwrap_or("").contains("Accept-Language"))
    );
    let r = app.get_in("/sign-in", None, "en-GB,en;q=0.9").await;
    assert!(r.body.contains("<html lang=\"en-GB\">") && r.body.contains(&en("auth-heading")));
    let r = app.get_in("/sign-in", None, "de-DE, fr;q=0.8").await;
    assert!(r.body.contains("<html lang=\"en-GB\">"), "a language securebase does not speak: English");
    // A failed sign-in answers in the browser's language too, and keeps the typed email.
    let body = "email=nobody%40demo.test&password=wrong+password+here";
    let res = app
        .http
        .post(format!("{}/sign-in", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .header("accept-language", "nb")
        .body(body)
        .send()
        .await
        .unwrap();
    let text = res.text().await.unwrap();
    assert!(text.contains(&nb("auth-failed")) && text.contains("nobody@demo.test"), "{text}");
    let r = app.get_in("/no-such-page", None, "nb").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains(&nb("err-not-found-title")) && r.body.contains("<html lang=\"nb\">"));
});

both_backends!(a_person_chooses_their_language_on_their_settings_page, |db: TestDb| async move {
    let app = spawn(db).await;
    let s = app.sign_in("carer@demo.test", PW).await;
    let r = app.get_in("/settings", Some(&s), "nb").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<html lang=\"en-GB\">"), "signed in, the person's language, not the browser's");
    assert!(r.body.contains(&en("settings-title")));

    let r = app.post("/settings/language", Some(&s), &[("language", "nb")]).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, "/settings?notice=language"));
    let r = app.get_in("/settings?notice=language", Some(&s), "en").await;
    assert!(r.body.contains("<html lang=\"nb\">") && r.body.contains(&nb("settings-language-saved")), "{}", r.body);
    let home = app.get("/", Some(&s)).await;
    assert!(home.body.contains("<html lang=\"nb\">") && home.body.contains(&nb("nav-sign-out")));
    assert!(!home.body.contains(&format!(">{}<", en("nav-sign-out"))));

    let r = app.post("/settings/language", Some(&s), &[("language", "tlh")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&nb("settings-language-unknown")));

    // Back to the organisation's language (English, in the demo).
    let r = app.post("/settings/language", Some(&s), &[("language", "")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.get("/", Some(&s)).await.body.contains("<html lang=\"en-GB\">"));

    // An administrator makes Bokmål the organisation's language: it reaches everyone who has not
    // chosen their own.
    let admin = app.sign_in("admin@demo.test", PW).await;
    let r = app
        .post(
            "/admin/settings",
            Some(&admin),
            &[("sign_off", "worker"), ("language", "nb"), ("time_zone", "Europe/Oslo")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let home = app.get("/", Some(&s)).await;
    assert!(home.body.contains("<html lang=\"nb\">"));
    let r = app.post("/admin/settings", Some(&admin), &[("sign_off", "worker"), ("language", "xx")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&nb("admin-settings-language-choose")));
});

both_backends!(a_person_changes_their_own_password_with_their_current_one, |db: TestDb| async move {
    let app = spawn(db).await;
    let here = app.sign_in("ssw@demo.test", PW).await;
    let phone = app.sign_in("ssw@demo.test", PW).await;
    let new = "a brand new passphrase";

    let r = app.post("/settings/password", Some(&here), &[("current", "not my password"), ("new", new)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&en("settings-current-wrong")), "{}", r.body);
    assert!(!r.body.contains(new), "passwords are never sent back");
    let r = app.post("/settings/password", Some(&here), &[("current", ""), ("new", "short")]).await;
    assert!(r.body.contains(&en("settings-current-missing")) && r.body.contains(&en("error-password-short")));
    let r = app.post("/settings/password", Some(&here), &[("current", PW), ("new", PW)]).await;
    assert!(r.body.contains(&en("settings-new-same")), "{}", r.body);

    let r = app.post("/settings/password", Some(&here), &[("current", PW), ("new", new)]).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, "/settings?notice=password"));
    let r = app.get("/settings?notice=password", Some(&here)).await;
    assert_eq!(r.status, StatusCode::OK, "this browser stays signed in");
    assert!(r.body.contains(&en("settings-password-changed")));
    assert_eq!(app.get("/", Some(&phone)).await.location(), "/sign-in", "the phone is signed out");
    let old = app.post("/sign-in", None, &[("email", "ssw@demo.test"), ("password", PW)]).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY, "the old password no longer works");
    app.sign_in("ssw@demo.test", new).await;
});
