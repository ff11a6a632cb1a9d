//! Hostile and careless clients, against the real server on a real port, on both backends:
//! connections that send nothing or dribble, bursts of wrong sign-ins, odd `next` targets and
//! odd request ids.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use securebase_store::testing::TestDb;
use securebase_store::{both_backends, demo};
use securebase_web::{AppState, Settings};
use tokio::net::TcpStream;

const PW: &str = "long enough pass 1";

struct TestApp {
    base: String,
    addr: std::net::SocketAddr,
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
    fn session(&self) -> Option<String> {
        let raw = self.headers.get("set-cookie").and_then(|v| v.to_str().ok())?;
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
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(securebase_web::serve(listener, state.clone(), async move {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { base: format!("http://{addr}"), addr, state, http, _db: db, _stop: stop }
}

impl TestApp {
    async fn post(&self, path: &str, session: Option<&str>, fields: &[(&str, &str)], extra: &[(&str, &str)]) -> Reply {
        let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(body);
        if let Some(s) = session {
            req = req.header("cookie", format!("{}={s}", self.state.cookies.name));
        }
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    async fn sign_in(&self, email: &str) -> String {
        let r = self.post("/sign-in", None, &[("email", email), ("password", PW)], &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {email} failed: {}", r.body);
        r.session().expect("a session cookie")
    }
}

/// Writes all of `bytes` to a raw connection.
async fn write_all(stream: &TcpStream, mut bytes: &[u8]) -> std::io::Result<()> {
    while !bytes.is_empty() {
        stream.writable().await?;
        match stream.try_write(bytes) {
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Reads what has arrived on a raw connection, waiting for something; 0 at its end.
async fn read(stream: &TcpStream, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        stream.readable().await?;
        match stream.try_read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
}

/// Reads from a raw connection until the server closes it; how long that took, or `None`
/// when it was still open after `limit`.
async fn closed_within(stream: &TcpStream, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    loop {
        let left = limit.checked_sub(start.elapsed())?;
        match tokio::time::timeout(left, read(stream, &mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(start.elapsed()),
            Ok(Ok(_)) => {}
        }
    }
}

// ---------------------------------------------------------------- item 9: idle and slow clients

both_backends!(slow_and_idle_clients_do_not_keep_a_normal_one_out, |db: TestDb| async move {
    // A small cap, and a header deadline far longer than the test: room must come from
    // closing idle connections, not from waiting for them to time out.
    let app = spawn_with(db, |s| {
        s.max_connections = 16;
        s.header_timeout_secs = 120;
    })
    .await;
    let mut slow = Vec::new();
    for i in 0..300 {
        let s = TcpStream::connect(app.addr).await.unwrap();
        // Half send the start of a request and stop; half send nothing at all.
        if i % 2 == 0 {
            write_all(&s, b"GET /readyz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        }
        slow.push(s);
    }
    for _ in 0..3 {
        let start = Instant::now();
        let res = tokio::time::timeout(Duration::from_secs(5), app.http.get(format!("{}/readyz", app.base)).send())
            .await
            .expect("a normal request is answered while slow clients hold connections")
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(start.elapsed() < Duration::from_secs(5));
    }
    // The server closed all but the newest few of the slow connections.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut still_open = 0;
    for s in &slow {
        if closed_within(s, Duration::from_millis(20)).await.is_none() {
            still_open += 1;
        }
    }
    assert!(still_open <= 16, "{still_open} slow connections still open with a cap of 16");
});

both_backends!(connections_that_send_nothing_or_dribble_are_closed, |db: TestDb| async move {
    let app = spawn_with(db, |s| s.header_timeout_secs = 1).await;

    // Sends nothing at all.
    let silent = TcpStream::connect(app.addr).await.unwrap();
    let took = closed_within(&silent, Duration::from_secs(4)).await;
    assert!(took.is_some(), "a connection that sends nothing is closed after the header timeout");

    // Sends a header line every 300 ms: each arrives in time, the whole never does.
    let dribble = TcpStream::connect(app.addr).await.unwrap();
    write_all(&dribble, b"GET /readyz HTTP/1.1\r\n").await.unwrap();
    let start = Instant::now();
    let mut closed = false;
    for i in 0..20 {
        tokio::time::sleep(Duration::from_millis(300)).await;
        if write_all(&dribble, format!("X-Slow-{i}: y\r\n").as_bytes()).await.is_err() {
            closed = true;
            break;
        }
        let mut b = [0u8; 1024];
        if let Ok(Ok(0) | Err(_)) = tokio::time::timeout(Duration::from_millis(1), read(&dribble, &mut b)).await {
            closed = true;
            break;
        }
    }
    assert!(closed, "a dribbling client is cut off");
    assert!(start.elapsed() < Duration::from_secs(4), "{:?}", start.elapsed());

    // A kept-alive connection left idle after its answer.
    let idle = TcpStream::connect(app.addr).await.unwrap();
    write_all(&idle, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let mut got = Vec::new();
    let mut b = [0u8; 4096];
    while !got.ends_with(b"\r\n\r\nok") {
        let n = tokio::time::timeout(Duration::from_secs(3), read(&idle, &mut b)).await.unwrap().unwrap();
        assert!(n > 0, "answered before closing");
        got.extend_from_slice(&b[..n]);
    }
    assert!(got.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&got));
    let took = closed_within(&idle, Duration::from_secs(4)).await;
    assert!(took.is_some(), "an idle kept-alive connection is closed after the timeout");

    // And the server still answers.
    let res = app.http.get(format!("{}/readyz", app.base)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
});

// ---------------------------------------------------------------- item 10: a burst of wrong sign-ins

both_backends!(a_burst_of_wrong_sign_ins_gets_no_more_checks_than_the_address_allows, |db: TestDb| async move {
    let app = spawn_with(db, |_| {}).await;
    let app = std::sync::Arc::new(app);
    // A different (unknown) email each, so only the address's allowance of twenty applies.
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let app = std::sync::Arc::clone(&app);
            tokio::spawn(async move {
                let email = format!("nobody{i}@demo.test");
                app.post("/sign-in", None, &[("email", &email), ("password", "wrong password 1")], &[]).await.status
            })
        })
        .collect();
    let mut checked = 0;
    let mut refused = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::UNPROCESSABLE_ENTITY => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => refused += 1,
            other => panic!("unexpected answer {other}"),
        }
    }
    let allowed = securebase_core::throttle::PER_ADDRESS.free_failures;
    assert!(checked <= allowed, "{checked} passwords checked; the address allows {allowed}");
    assert_eq!(checked + refused, 50);
    assert!(refused >= 50 - allowed);
});

both_backends!(right_sign_ins_do_not_use_up_the_address_allowance, |db: TestDb| async move {
    let app = spawn_with(db, |_| {}).await;
    // An office behind one address: more successful sign-ins than the address allows failures.
    let emails = ["admin@demo.test", "manager@demo.test", "ssw@demo.test", "csw@demo.test", "carer@demo.test"];
    for round in 0..5 {
        for email in emails {
            let r = app.post("/sign-in", None, &[("email", email), ("password", PW)], &[]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "round {round}, {email}: {}", r.body);
        }
    }
    // A mistake is still counted.
    let r = app.post("/sign-in", None, &[("email", "admin@demo.test"), ("password", "wrong password 1")], &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
});

// ---------------------------------------------------------------- item 13: sign-in's `next`

both_backends!(sign_in_next_goes_home_unless_a_plain_local_path, |db: TestDb| async move {
    let app = spawn_with(db, |_| {}).await;
    for (next, expected) in [
        ("/\0", "/"),
        ("/\u{1}x", "/"),
        ("/\t/evil.example/path", "/"),
        ("/\n/evil.example/path", "/"),
        ("/\r\n/evil.example/path", "/"),
        ("//evil.example/path", "/"),
        ("/\\evil.example/path", "/"),
        ("https://evil.example/", "/"),
        ("/caf\u{e9}", "/"),
        ("/search?q=okoye", "/search?q=okoye"),
    ] {
        let r =
            app.post("/sign-in", None, &[("email", "admin@demo.test"), ("password", PW), ("next", next)], &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "next {next:?}: {}", r.body);
        assert_eq!(r.location(), expected, "next {next:?}");
    }
    // The form shown with an odd `next` does not carry it.
    for query in ["next=/%00", "next=/%09/evil.example/path"] {
        let res = app.http.get(format!("{}/sign-in?{query}", app.base)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{query}");
        assert!(!res.text().await.unwrap().contains("evil.example"), "{query}");
    }
});

// ---------------------------------------------------------------- item 14: request ids

both_backends!(odd_request_ids_never_reach_the_audit_trail, |db: TestDb| async move {
    let app = spawn_with(db, |_| {}).await;
    let admin = app.sign_in("admin@demo.test").await;
    let long = "a".repeat(60_003);
    let cases = [
        ("Team Long", long.as_str(), false),
        ("Team Spaces", "an id with spaces", false),
        ("Team Markup", "<b>x</b>", false),
        ("Team Plain", "proxy-4f2a.9_b", true),
    ];
    let since = securebase_store::now_micros();
    for (team, id, kept) in cases {
        let r = app.post("/admin/teams", Some(&admin), &[("name", team)], &[("x-request-id", id)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{team}: {}", r.body);
        let echoed = r.headers.get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        assert_eq!(echoed == id, kept, "{team}: answered with request id {echoed:.80}");
    }
    let stored: Vec<(String, Option<String>)> = app
        .state
        .store
        .run(move |c| {
            use securebase_store::schema::audit_events as a;
            Ok(a::table
                .filter(a::at.ge(since))
                .filter(a::record_type.eq("team"))
                .filter(a::action.eq("create"))
                .order((a::at.asc(), a::seq.asc()))
                .select((a::record_id.assume_not_null(), a::request_id))
                .load(c)?)
        })
        .await
        .unwrap();
    assert_eq!(stored.len(), cases.len(), "one event per team");
    for ((_, sent, kept), (_, stored)) in cases.iter().zip(&stored) {
        let stored = stored.as_deref().unwrap_or("");
        assert!(stored.len() <= 64, "stored request id of {} characters", stored.len());
        assert!(securebase_web::security::is_plain_request_id(stored.as_bytes()), "{stored:.80}");
        assert_eq!(stored == *sent, *kept, "{stored:.80}");
    }
});
