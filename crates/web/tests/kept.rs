//! A form posted after the session ended is kept and comes back after signing in again: the
//! real server on a real port, browsers with their own cookie jars, a fresh database per test,
//! on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, EvidenceSource, IndicatorState, Rating};
use securebase_store::access::{Actor, Scope};
use securebase_store::assessments::{self, EvidenceInput, SectionInput};
use securebase_store::schema::{kept_forms, sessions};
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::{StoreError, both_backends, children};
use securebase_web::{AppState, Settings};

const PW: &str = "long enough pass 1";

struct TestApp {
    base: String,
    state: AppState,
    a: Agency,
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
    fn set_cookies(&self) -> Vec<&str> {
        self.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect()
    }
    fn sets_cookie(&self, name: &str) -> Option<&str> {
        self.set_cookies().into_iter().find(|c| c.starts_with(&format!("{name}=")))
    }
}

/// A browser: its own cookie jar, following no redirects so each step can be checked.
struct Browser {
    http: reqwest::Client,
    base: String,
}

impl Browser {
    async fn get(&self, path: &str) -> Reply {
        let res = self.http.get(format!("{}{path}", self.base)).send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)], extra: &[(&str, &str)]) -> Reply {
        let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(body);
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    async fn sign_in(&self, who: &str, next: &str) -> Reply {
        let r = self.post("/sign-in", &[("email", who), ("password", PW), ("next", next), ("kept", "1")], &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {who} failed: {}", r.body);
        r
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
    TestApp { base, state, a, _db: db, _stop: stop }
}

impl TestApp {
    fn browser(&self) -> Browser {
        let http =
            reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { http, base: self.base.clone() }
    }

    /// Ends every session of `user_id` by time, as an idle timeout does: the rows stay until
    /// they are next checked.
    async fn time_out_sessions(&self, user_id: &str) {
        let user_id = user_id.to_owned();
        self.state
            .store
            .run(move |c| {
                diesel::update(sessions::table.filter(sessions::user_id.eq(&user_id)))
                    .set((
                        sessions::created_at.eq(0_i64),
                        sessions::last_seen_at.eq(0_i64),
                        sessions::expires_at.eq(0_i64),
                    ))
                    .execute(c)?;
                Ok(())
            })
            .await
            .unwrap();
    }

    /// Deletes every session of `user_id`, as the background purge eventually does.
    async fn purge_sessions(&self, user_id: &str) {
        let user_id = user_id.to_owned();
        self.state
            .store
            .run(move |c| Ok(diesel::delete(sessions::table.filter(sessions::user_id.eq(&user_id))).execute(c)?))
            .await
            .unwrap();
    }

    /// (whose, page) of every kept form.
    async fn kept(&self) -> Vec<(Option<String>, String)> {
        self.state
            .store
            .run(|c| Ok(kept_forms::table.select((kept_forms::user_id, kept_forms::path)).load(c)?))
            .await
            .unwrap()
    }

    async fn child(&self) -> children::Child {
        let (actor, id) = (self.a.csw.clone(), self.a.child.clone());
        self.state
            .store
            .run(move |c| {
                let scope = Scope::of(actor);
                children::view(c, &scope, &id)
            })
            .await
            .unwrap()
    }
}

fn edited<'a>(version: &'a str, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("version", version),
        ("given_names", "Robin"),
        ("family_name", "Fixture"),
        ("preferred_name", ""),
        ("date_of_birth", "4 5 2016"),
        ("gender", ""),
        ("ethnicity", ""),
        ("religion", ""),
        ("first_language", ""),
        ("legal_status", ""),
        ("local_identifier", ""),
        ("health_notes", ""),
        ("education_notes", ""),
        ("important_people", ""),
    ];
    for (k, v) in changes {
        match fields.iter_mut().find(|(f, _)| f == k) {
            Some(slot) => slot.1 = v,
            None => fields.push((k, v)),
        }
    }
    fields
}

const TYPED: &[(&str, &str)] = &[
    ("preferred_name", "Robbie"),
    ("religion", "Quaker"),
    ("health_notes", "Hay fever in June.\nTakes an antihistamine <before> school & football."),
];
const NOTICE: &str = "We kept what you typed before your session ended. Check it and save.";

both_backends!(a_form_posted_after_the_session_ended_comes_back_after_signing_in, |db: TestDb| async move {
    let app = spawn(db).await;
    let edit = format!("/children/{}/edit", app.a.child);
    let kept_cookie = securebase_web::kept::cookie(&app.state).name;
    let before = app.child().await;
    let version = before.version.to_string();

    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    let form = browser.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(!form.body.contains(NOTICE));

    // The session times out while the form is open; the form is sent anyway.
    app.time_out_sessions(&app.a.csw.user_id).await;
    let sent = browser.post(&edit, &edited(&version, TYPED), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let encoded: String = url::form_urlencoded::byte_serialize(edit.as_bytes()).collect();
    assert_eq!(sent.location(), format!("/sign-in?next={encoded}&kept=1"));
    let set = sent.sets_cookie(kept_cookie).expect("a kept-form cookie");
    assert!(set.contains("; Path=/; HttpOnly; SameSite=Lax"), "{set}");
    let value = set.split(';').next().unwrap().split_once('=').unwrap().1;
    assert_eq!(value.len(), 64, "32 random bytes, in hex");
    assert_eq!(app.child().await.version, before.version, "nothing was saved");
    assert_eq!(app.child().await.religion, before.religion);
    assert_eq!(app.kept().await, vec![(Some(app.a.csw.user_id.clone()), edit.clone())], "kept for its author");

    let page = browser.get(sent.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Your session ended, so we kept what you typed."));
    assert!(page.body.contains("name=\"kept\" value=\"1\""));
    let elsewhere = app.browser().get(sent.location()).await;
    assert!(!elsewhere.body.contains("we kept what you typed"), "no promise without the cookie");

    // Signing in goes straight back to the form, showing what was typed, once.
    let signed_in = browser.sign_in("csw@a.test", &edit).await;
    assert_eq!(signed_in.location(), format!("{edit}?restored=1"));
    let restored = browser.get(signed_in.location()).await;
    assert_eq!(restored.status, StatusCode::OK);
    assert!(restored.body.contains(NOTICE));
    assert!(restored.body.contains("value=\"Robbie\"") && restored.body.contains("value=\"Quaker\""));
    assert!(
        restored.body.contains("Hay fever in June.\nTakes an antihistamine &#60;before&#62; school &#38; football.")
            || restored
                .body
                .contains("Hay fever in June.\nTakes an antihistamine &lt;before&gt; school &amp; football."),
        "{}",
        restored.body
    );
    assert!(restored.body.contains(&format!("name=\"version\" value=\"{version}\"")), "saved against the version seen");
    let cleared = restored.sets_cookie(kept_cookie).expect("the kept-form cookie is cleared");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert!(app.kept().await.is_empty());

    let again = browser.get(&edit).await;
    assert!(!again.body.contains(NOTICE) && !again.body.contains("Quaker"), "handed over once");

    // Saving the restored form works like any save.
    let saved = browser.post(&edit, &edited(&version, TYPED), &[]).await;
    assert_eq!(saved.location(), format!("/children/{}?notice=saved", app.a.child));
    let after = app.child().await;
    assert_eq!((after.preferred_name.as_str(), after.religion.as_str()), ("Robbie", "Quaker"));
});

both_backends!(a_kept_form_goes_to_nobody_else, |db: TestDb| async move {
    let app = spawn(db).await;
    let edit = format!("/children/{}/edit", app.a.child);
    let kept_cookie = securebase_web::kept::cookie(&app.state).name;
    let version = app.child().await.version.to_string();

    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    app.time_out_sessions(&app.a.csw.user_id).await;
    let sent = browser.post(&edit, &edited(&version, TYPED), &[]).await;
    assert!(sent.location().ends_with("&kept=1"));

    // Someone else signs in at the same browser: they go where they asked, without the form,
    // and the form waits for its author.
    let other = browser.sign_in("manager@a.test", &edit).await;
    assert_eq!(other.location(), edit);
    assert!(other.sets_cookie(kept_cookie).is_none(), "the cookie stays for the form's author");
    assert_eq!(app.kept().await, vec![(Some(app.a.csw.user_id.clone()), edit.clone())]);
    for page in [browser.get(&edit).await, browser.get(&format!("{edit}?restored=1")).await] {
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(NOTICE) && !page.body.contains("Quaker"));
    }
    browser.post("/sign-out", &[], &[]).await;
    let back = browser.sign_in("csw@a.test", &edit).await;
    assert_eq!(back.location(), format!("{edit}?restored=1"));
    let restored = browser.get(back.location()).await;
    assert!(restored.body.contains(NOTICE) && restored.body.contains("value=\"Quaker\""));

    // When it is no longer known whose the session was (its row and the record of its end are
    // both gone), the form is kept for no one, and the person is told so without their text.
    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    app.purge_sessions(&app.a.csw.user_id).await;
    let sent = browser.post(&edit, &edited(&version, TYPED), &[]).await;
    assert_eq!(sent.status, StatusCode::UNAUTHORIZED, "{}", sent.body);
    assert!(sent.body.contains("You are signed out, so this was not saved"), "{}", sent.body);
    assert!(sent.body.contains("has not been kept for you or for anyone else"));
    assert!(!sent.body.contains("Quaker") && !sent.body.contains("Robbie"), "nothing typed is shown back");
    assert!(sent.sets_cookie(kept_cookie).is_none());
    assert!(app.kept().await.is_empty());
    let next = browser.sign_in("manager@a.test", &edit).await;
    assert_eq!(next.location(), edit);
    assert!(!browser.get(&edit).await.body.contains("Quaker"));

    // Someone who copied the kept-form cookie gets nothing with it.
    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    app.time_out_sessions(&app.a.csw.user_id).await;
    let sent = browser.post(&edit, &edited(&version, TYPED), &[]).await;
    assert!(sent.location().ends_with("&kept=1"));
    let manager = app.browser().sign_in("manager@a.test", "").await;
    let pair = |r: &Reply, name: &str| r.sets_cookie(name).unwrap().split(';').next().unwrap().to_owned();
    let cookies = format!("{}; {}", pair(&manager, app.state.cookies.name), pair(&sent, kept_cookie));
    let stolen = reqwest::Client::new()
        .get(format!("{}{edit}?restored=1", app.base))
        .header("cookie", cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(stolen.status(), StatusCode::OK);
    let stolen = stolen.text().await.unwrap();
    assert!(!stolen.contains(NOTICE) && !stolen.contains("Quaker"), "the token alone is not enough");
    let back = browser.sign_in("csw@a.test", &edit).await;
    assert!(browser.get(back.location()).await.body.contains(NOTICE), "still there for its author");
});

/// A signs in, opens the form, and their session is ended by `end`; the page left open posts
/// what A typed; B signs in at the same browser and is not offered it; A signs in and has it.
async fn ended_then_next_person(app: &TestApp, browser: &Browser, end: impl std::future::Future<Output = ()>) {
    let edit = format!("/children/{}/edit", app.a.child);
    let kept_cookie = securebase_web::kept::cookie(&app.state).name;
    let version = app.child().await.version.to_string();
    assert_eq!(browser.get(&edit).await.status, StatusCode::OK);
    end.await;

    let sent = browser.post(&edit, &edited(&version, TYPED), &[]).await;
    let encoded: String = url::form_urlencoded::byte_serialize(edit.as_bytes()).collect();
    assert_eq!(sent.location(), format!("/sign-in?next={encoded}&kept=1"), "{}", sent.body);
    assert!(sent.sets_cookie(kept_cookie).is_some());
    assert_eq!(app.kept().await, vec![(Some(app.a.csw.user_id.clone()), edit.clone())], "kept for its author");

    let b = browser.sign_in("manager@a.test", "").await;
    assert_eq!(b.location(), "/", "the next person is not sent to the form");
    // A's sign-out marker (if any) goes with B's sign-in: nothing B types is ever kept as A's.
    if let Some(marker) = b.sets_cookie("securebase_ended") {
        assert!(marker.contains("Max-Age=0"), "{marker}");
    }
    for path in [edit.clone(), format!("{edit}?restored=1")] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(NOTICE) && !page.body.contains("Quaker") && !page.body.contains("Robbie"));
    }
    assert_eq!(app.kept().await.len(), 1, "still waiting for its author");
    browser.post("/sign-out", &[], &[]).await;

    let a = browser.sign_in("csw@a.test", "").await;
    assert_eq!(a.location(), format!("{edit}?restored=1"));
    let restored = browser.get(a.location()).await;
    assert!(restored.body.contains(NOTICE), "{}", restored.body);
    assert!(restored.body.contains("value=\"Robbie\"") && restored.body.contains("value=\"Quaker\""));
    assert!(app.kept().await.is_empty());
}

both_backends!(a_form_posted_after_signing_out_is_kept_for_its_author_alone, |db: TestDb| async move {
    let app = spawn(db).await;
    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    // Signed out from another tab of the same browser: the session cookie goes, a marker stays.
    let end = async {
        let out = browser.post("/sign-out", &[], &[]).await;
        assert_eq!(out.location(), "/sign-in?signed_out=1");
        assert!(out.sets_cookie(app.state.cookies.name).is_some_and(|c| c.contains("Max-Age=0")));
        let marker = out.sets_cookie("securebase_ended").expect("a sign-out marker");
        assert!(marker.contains("HttpOnly; SameSite=Lax"), "{marker}");
        assert_eq!(browser.get("/").await.location(), "/sign-in", "signed out");
    };
    ended_then_next_person(&app, &browser, end).await;
});

// After A signs out, B signs in at the same browser: A's sign-out marker is cleared, so when
// B's own session is later gone without a trace, what B posts is never kept for A.
both_backends!(the_next_person_signing_in_clears_the_last_ones_sign_out_marker, |db: TestDb| async move {
    let app = spawn(db).await;
    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    let out = browser.post("/sign-out", &[], &[]).await;
    assert!(out.sets_cookie("securebase_ended").is_some(), "a sign-out marker");
    let b = browser.sign_in("manager@a.test", "").await;
    let cleared = b.sets_cookie("securebase_ended").expect("the marker is cleared at the next sign-in");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
});

both_backends!(a_form_posted_after_a_password_reset_is_kept_for_its_author_alone, |db: TestDb| async move {
    let app = spawn(db).await;
    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    let end = async {
        // An administrator gives the worker a new password (the same one, so the test can sign
        // in with it), which ends their sessions.
        let admin = app.browser();
        admin.sign_in("admin@a.test", "").await;
        let reset = admin.post(&format!("/admin/users/{}/password", app.a.csw.user_id), &[("password", PW)], &[]).await;
        assert_eq!(reset.status, StatusCode::SEE_OTHER, "{}", reset.body);
        assert!(browser.get("/").await.location().starts_with("/sign-in"), "the session has ended");
    };
    ended_then_next_person(&app, &browser, end).await;
});

both_backends!(autosave_gets_json_and_passwords_are_never_kept, |db: TestDb| async move {
    let app = spawn(db).await;
    let edit = format!("/children/{}/edit", app.a.child);
    let kept_cookie = securebase_web::kept::cookie(&app.state).name;
    let version = app.child().await.version.to_string();

    let browser = app.browser();
    browser.sign_in("csw@a.test", "").await;
    app.time_out_sessions(&app.a.csw.user_id).await;
    let saved = browser.post(&edit, &edited(&version, TYPED), &[("x-autosave", "1")]).await;
    assert_eq!(saved.status, StatusCode::UNAUTHORIZED);
    assert_eq!(saved.headers.get("content-type").unwrap(), "application/json");
    let encoded: String = url::form_urlencoded::byte_serialize(edit.as_bytes()).collect();
    assert_eq!(saved.body, format!(r#"{{"signed_out": true, "sign_in": "/sign-in?next={encoded}&kept=1"}}"#));
    assert!(saved.sets_cookie(kept_cookie).is_some());
    assert_eq!(app.kept().await.len(), 1);

    // A second autosave replaces the first rather than piling up.
    let later = browser.post(&edit, &edited(&version, &[("religion", "Buddhist")]), &[("x-autosave", "1")]).await;
    assert_eq!(later.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.kept().await.len(), 1);
    assert!(browser.sign_in("csw@a.test", "").await.location().ends_with("?restored=1"));
    assert!(browser.get(&edit).await.body.contains("value=\"Buddhist\""));

    // Anything with a password field is never stored, wherever it is posted.
    app.time_out_sessions(&app.a.csw.user_id).await;
    let with_password = browser.post(&edit, &edited(&version, &[("password", "hunter2 hunter2")]), &[]).await;
    assert_eq!((with_password.status, with_password.location()), (StatusCode::SEE_OTHER, "/sign-in"));
    assert!(with_password.sets_cookie(kept_cookie).is_none());
    assert!(app.kept().await.is_empty());

    // Nor is a post from a browser that was never signed in.
    let stranger = app.browser().post(&edit, &edited(&version, TYPED), &[]).await;
    assert_eq!((stranger.status, stranger.location()), (StatusCode::SEE_OTHER, "/sign-in"));
    assert!(stranger.sets_cookie(kept_cookie).is_none());

    // Nor is the sign-in form, nor a post to a page that cannot restore what was typed.
    let wrong = browser.post("/sign-in", &[("email", "csw@a.test"), ("password", "wrong password!")], &[]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let relation = format!("/children/{}/relations", app.a.child);
    let other = browser.post(&relation, &[("relation_name", "Joy")], &[]).await;
    assert_eq!((other.status, other.location()), (StatusCode::SEE_OTHER, "/sign-in"));
    let other = browser.post(&relation, &[("relation_name", "Joy")], &[("x-autosave", "1")]).await;
    assert_eq!(other.status, StatusCode::UNAUTHORIZED);
    assert_eq!(other.body, r#"{"signed_out": true, "sign_in": "/sign-in"}"#);
    assert!(app.kept().await.is_empty());

    // Signed in, the same posts are served as before.
    browser.sign_in("csw@a.test", "").await;
    let fine = browser.post(&edit, &edited(&version, &[("religion", "Quaker")]), &[]).await;
    assert_eq!(fine.location(), format!("/children/{}?notice=saved", app.a.child));
    assert!(fine.sets_cookie(kept_cookie).is_none());
    assert_eq!(app.child().await.religion, "Quaker");
});

impl TestApp {
    /// A signed-off assessment of the fixture's child, written through the store as the
    /// child's social worker.
    async fn signed_off_assessment(&self) -> String {
        let (actor, child, pack) = (self.a.csw.clone(), self.a.child.clone(), self.state.pack().clone());
        self.state
            .store
            .run(move |c| {
                let invalid = |e: &dyn std::fmt::Display| StoreError::Invalid(e.to_string());
                let s = Scope::of(actor);
                let on = jiff::civil::date(2026, 3, 1);
                let id = assessments::start_child(c, &s, &pack, &child, on, AgeBand::MiddleChildhood, "")?.id;
                for d in Dimension::ALL {
                    let record = assessments::view(c, &s, &id)?;
                    let evidence = EvidenceInput {
                        indicator_id: None,
                        happened_on: on,
                        source: EvidenceSource::Caregiver,
                        life_area: None,
                        account: "Came to the carer after a bad dream.".into(),
                        opinion: String::new(),
                    };
                    assessments::add_evidence(c, &s, &id, d, &evidence)?;
                    let input = SectionInput {
                        states: record
                            .indicators_for(d)
                            .map(|i| (i.id.clone(), Some(IndicatorState::Sometimes)))
                            .collect(),
                        rating: Some(Rating::new(6).map_err(|e| invalid(&e))?),
                        second_rating: Some(Rating::new(5).map_err(|e| invalid(&e))?),
                        ..SectionInput::default()
                    };
                    let version = record.section(d).map_or(1, |x| x.version);
                    assessments::save_section(c, &s, &id, d, version, &input)?;
                }
                let version = assessments::view(c, &s, &id)?.assessment.version;
                assessments::submit(c, &s, &id, version)?;
                assessments::sign_off(c, &s, &id, version + 1)?;
                Ok(id)
            })
            .await
            .unwrap()
    }

    /// Every assessment of the child and of the household, as the workers on them see it.
    async fn assessments(&self) -> usize {
        let (csw, ssw, child, household) =
            (self.a.csw.clone(), self.a.ssw.clone(), self.a.child.clone(), self.a.household.clone());
        self.state
            .store
            .run(move |c| {
                let csw: Scope = Scope::of(csw);
                let ssw: Scope = Scope::of(ssw);
                Ok(assessments::list_for_child(c, &csw, &child)?.len()
                    + assessments::list_for_household(c, &ssw, &household)?.len())
            })
            .await
            .unwrap()
    }
}

const KEPT_START: &str = "We kept what you typed before your session ended. Check it, then start the assessment.";

/// Times out `who`'s session, posts `fields` to `path`, signs in again, and returns the page
/// the browser lands on, checking each step on the way.
async fn post_after_timeout_and_return(
    app: &TestApp,
    browser: &Browser,
    who: &Actor,
    email: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let kept_cookie = securebase_web::kept::cookie(&app.state).name;
    assert_eq!(browser.get(path).await.status, StatusCode::OK, "{path} opens");
    app.time_out_sessions(&who.user_id).await;
    let sent = browser.post(path, fields, &[]).await;
    let encoded: String = url::form_urlencoded::byte_serialize(path.as_bytes()).collect();
    assert_eq!(sent.location(), format!("/sign-in?next={encoded}&kept=1"), "{path}: {}", sent.body);
    assert!(sent.sets_cookie(kept_cookie).is_some());
    assert_eq!(app.kept().await, vec![(Some(who.user_id.clone()), path.to_owned())]);
    let back = browser.sign_in(email, path).await;
    assert_eq!(back.location(), format!("{path}?restored=1"));
    let restored = browser.get(back.location()).await;
    assert_eq!(restored.status, StatusCode::OK);
    assert!(restored.sets_cookie(kept_cookie).is_some_and(|c| c.contains("Max-Age=0")), "{path}: cookie cleared");
    assert!(app.kept().await.is_empty(), "{path}: handed over");
    restored
}

both_backends!(start_and_amend_forms_come_back_after_signing_in, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.browser();
    csw.sign_in("csw@a.test", "").await;

    // A child's start form, with a younger band and the reason for it.
    let start = format!("/children/{}/assessments/new", app.a.child);
    let reason = "Plays like a much younger child since the move, and needs an adult close by.";
    let fields = [("assessed_on", "20 11 2026"), ("band", AgeBand::EarlyYears.key()), ("band_reason", reason)];
    let page = post_after_timeout_and_return(&app, &csw, &app.a.csw, "csw@a.test", &start, &fields).await;
    assert!(page.body.contains(KEPT_START), "{}", page.body);
    assert!(page.body.contains(reason) && page.body.contains("value=\"20 11 2026\""));
    assert!(page.body.contains("name=\"band\" value=\"early_years\" checked"), "the chosen band is kept");
    assert_eq!(app.assessments().await, 0, "nothing was started");
    assert!(!csw.get(&start).await.body.contains(KEPT_START), "handed over once");

    // A household's start form, with the carer chosen.
    let ssw = app.browser();
    ssw.sign_in("ssw@a.test", "").await;
    let start = format!("/households/{}/assessments/new", app.a.household);
    let member = {
        let body = ssw.get(&start).await.body;
        let (_, rest) = body.split_once("name=\"member\" value=\"").unwrap();
        rest.split('"').next().unwrap().to_owned()
    };
    let fields = [("member", member.as_str()), ("assessed_on", "19 11 2026")];
    let page = post_after_timeout_and_return(&app, &ssw, &app.a.ssw, "ssw@a.test", &start, &fields).await;
    assert!(page.body.contains(KEPT_START), "{}", page.body);
    assert!(page.body.contains(&format!("name=\"member\" value=\"{member}\" checked")));
    assert!(page.body.contains("value=\"19 11 2026\""));
    assert_eq!(app.assessments().await, 0, "nothing was started");

    // The amendment form's reason.
    let signed = app.signed_off_assessment().await;
    let amend = format!("/assessments/{signed}/amend");
    let reason = "The date of the evidence in Acceptance was a week out.";
    let page = post_after_timeout_and_return(&app, &csw, &app.a.csw, "csw@a.test", &amend, &[("reason", reason)]).await;
    assert!(
        page.body.contains("We kept what you typed before your session ended. Check it, then open the amendment."),
        "{}",
        page.body
    );
    assert!(page.body.contains(reason));
    assert_eq!(app.assessments().await, 1, "no amendment was opened");
    let opened = csw.post(&amend, &[("reason", reason)], &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "saving the restored form works like any save");
    assert_eq!(app.assessments().await, 2);
});
