//! The record pages (children, households, placements) through HTTP: the real server on a real
//! port, a fresh database per test, on SQLite and on PostgreSQL. The fixture is two small
//! agencies with a person in every role (`securebase_store::testing::fixture`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use securebase_store::access::{Actor, Scope};
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::{both_backends, children, households, placements};
use securebase_web::{AppState, Settings};

const PW: &str = "long enough pass 1";

struct TestApp {
    base: String,
    state: AppState,
    http: reqwest::Client,
    a: Agency,
    b: Agency,
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
        let raw = self.headers.get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or("");
        let (pair, _) = raw.split_once(';')?;
        let (_, value) = pair.split_once('=')?;
        (!value.is_empty()).then(|| value.to_owned())
    }
    /// The id in a redirect to a record, such as `/children/{id}?notice=created`.
    fn record_id(&self) -> String {
        let path = self.location().split('?').next().unwrap_or("");
        path.rsplit('/').next().unwrap_or("").to_owned()
    }
}

async fn spawn(db: TestDb) -> TestApp {
    let state = AppState::new(Settings { database_url: db.url.clone(), ..Settings::default() }).await.unwrap();
    let hash = securebase_web::auth::password::hash(PW).unwrap();
    let (a, b) =
        state.store.run(move |c| Ok((fixture::agency(c, "a", &hash)?, fixture::agency(c, "b", &hash)?))).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(securebase_web::serve(listener, state.clone(), async move {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { base, state, http, a, b, _db: db, _stop: stop }
}

impl TestApp {
    async fn get(&self, path: &str, session: &str) -> Reply {
        let res = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", format!("{}={session}", self.state.cookies.name))
            .send()
            .await
            .unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    /// A form post as a browser on our own page sends it.
    async fn post(&self, path: &str, session: Option<&str>, fields: &[(&str, &str)]) -> Reply {
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
        let res = req.send().await.unwrap();
        Reply { status: res.status(), headers: res.headers().clone(), body: res.text().await.unwrap() }
    }

    async fn sign_in(&self, who: &str) -> String {
        let r = self.post("/sign-in", None, &[("email", who), ("password", PW)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {who} failed: {}", r.body);
        r.session().unwrap()
    }

    /// Runs store code as one of the fixture's people.
    async fn as_actor<T: Send + 'static>(
        &self,
        actor: &Actor,
        f: impl FnOnce(&mut securebase_store::DbConnection, &Scope) -> Result<T, securebase_store::StoreError>
        + Send
        + 'static,
    ) -> T {
        let actor = actor.clone();
        self.state
            .store
            .run(move |c| {
                let scope = Scope::of(actor);
                f(c, &scope)
            })
            .await
            .unwrap()
    }
}

/// A full set of answers for the child form, with some replaced.
fn child_fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("given_names", "Amara Grace"),
        ("family_name", "Okoye"),
        ("preferred_name", "Mara"),
        ("date_of_birth", "14 2 2015"),
        ("gender", "Girl"),
        ("ethnicity", "Black British"),
        ("religion", "Christian"),
        ("first_language", "English"),
        ("legal_status", "Interim care order"),
        ("local_identifier", "LA-0042"),
        ("health_notes", "Asthma, well managed.\nInhaler in her school bag."),
        ("education_notes", "Year 5, loves reading."),
        ("important_people", "Her nan; her cat Biscuit."),
    ];
    for (k, v) in changes {
        match fields.iter_mut().find(|(f, _)| f == k) {
            Some(slot) => slot.1 = v,
            None => fields.push((k, v)),
        }
    }
    fields
}

fn has_escaped(body: &str, raw: &str) -> bool {
    let a = raw
        .replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;");
    let b = raw
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;");
    body.contains(&a) || body.contains(&b)
}

both_backends!(a_worker_adds_a_child_changes_them_and_sees_the_history, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;

    let form = app.get("/children/new", &csw).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"given_names\"") && form.body.contains("name=\"important_people\""));

    let bad = app
        .post(
            "/children/new",
            Some(&csw),
            &child_fields(&[("given_names", "  "), ("date_of_birth", "31 2 2015"), ("religion", "a\tb")]),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("There is a problem"));
    for anchor in ["href=\"#given_names\"", "href=\"#date_of_birth\"", "href=\"#religion\""] {
        assert!(bad.body.contains(anchor), "error summary links to {anchor}");
    }
    assert!(
        bad.body.contains("Enter the child&#39;s given names")
            || bad.body.contains("Enter the child&#x27;s given names")
    );
    assert!(bad.body.contains("value=\"31 2 2015\""), "the typed date is kept");
    assert!(
        bad.body.contains("value=\"Okoye\"") && bad.body.contains("Inhaler in her school bag."),
        "every answer is kept"
    );
    let future = app.post("/children/new", Some(&csw), &child_fields(&[("date_of_birth", "1 1 2999")])).await;
    assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(future.body.contains("Date of birth must be today or in the past"));

    let ok = app.post("/children/new", Some(&csw), &child_fields(&[])).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let id = ok.record_id();
    assert_eq!(ok.location(), format!("/children/{id}?notice=created"));
    let stored = app.as_actor(&app.a.csw, move |c, s| children::view(c, s, &id)).await;
    assert_eq!(stored.date_of_birth, "2015-02-14", "dates are stored as YYYY-MM-DD");
    assert_eq!(stored.health_notes, "Asthma, well managed.\nInhaler in her school bag.");

    let page = app.get(ok.location(), &csw).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("The record has been created"));
    assert!(page.body.contains("<h1>Mara Okoye</h1>"));
    assert!(page.body.contains("14 February 2015 (age "));
    assert!(page.body.contains("Cam Childworker"), "the creator holds the case");
    assert!(page.body.contains(&format!("/children/{}/edit", stored.id)));
    assert!(!page.body.contains("/access\""), "a child's social worker does not read the access log");
    let list = app.get("/children", &csw).await;
    assert!(list.body.contains("Mara Okoye") && list.body.contains("Add a child"));

    let edit = app.get(&format!("/children/{}/edit", stored.id), &csw).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.body.contains("name=\"version\" value=\"1\""));
    assert!(edit.body.contains("value=\"14 2 2015\""));
    let saved = app
        .post(
            &format!("/children/{}/edit", stored.id),
            Some(&csw),
            &child_fields(&[("religion", "Quaker"), ("version", "1")]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), format!("/children/{}?notice=saved", stored.id));
    let page = app.get(saved.location(), &csw).await;
    assert!(page.body.contains("Your changes have been saved"));
    assert!(page.body.contains("Changes to this record"));
    assert!(page.body.contains("Details changed</strong> by Cam Childworker"));
    assert!(page.body.contains("<dt>Religion or belief</dt>"));
    assert!(page.body.contains("Was: Christian") && page.body.contains("Now: Quaker"));
    assert!(page.body.contains("Record created</strong> by Cam Childworker"));

    // Saving the same answers again changes nothing and says so.
    let again = app
        .post(
            &format!("/children/{}/edit", stored.id),
            Some(&csw),
            &child_fields(&[("religion", "Quaker"), ("version", "2")]),
        )
        .await;
    assert_eq!(again.location(), format!("/children/{}?notice=unchanged", stored.id));

    // Family and important people.
    let path = format!("/children/{}/relations", stored.id);
    let bad = app.post(&path, Some(&csw), &[("relation_name", "Joy Okoye"), ("relationship", "")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#relation_kind\"") && bad.body.contains("href=\"#relationship\""));
    assert!(bad.body.contains("value=\"Joy Okoye\""));
    let ok = app
        .post(
            &path,
            Some(&csw),
            &[
                ("relation_kind", "birth_family"),
                ("relation_name", "Joy Okoye"),
                ("relationship", "Grandmother"),
                ("contact_arrangements", "Fortnightly, Saturdays"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = app.get(ok.location(), &csw).await;
    assert!(page.body.contains("Joy Okoye") && page.body.contains("Grandmother") && page.body.contains("Birth family"));
});

both_backends!(a_stale_edit_is_refused_and_shown_side_by_side, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let manager = app.sign_in("manager@a.test").await;
    let id = app.a.child.clone();
    let path = format!("/children/{id}/edit");
    let base = [("given_names", "Robin"), ("family_name", "Fixture"), ("date_of_birth", "4 5 2016"), ("version", "1")];

    let mut first = base.to_vec();
    first.push(("religion", "Buddhist"));
    let r = app.post(&path, Some(&csw), &first).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let mut second = base.to_vec();
    second.push(("religion", "Sikh"));
    second.push(("gender", "Boy"));
    let r = app.post(&path, Some(&manager), &second).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Someone else changed this first"));
    assert!(r.body.contains("Cam Childworker"), "says who changed it first");
    assert!(r.body.contains("Your changes (not saved)") && r.body.contains("The record now"));
    assert!(r.body.contains("Sikh") && r.body.contains("Buddhist"));
    assert!(r.body.contains("<th scope=\"row\">Gender</th>"), "every differing field is shown");
    assert!(!r.body.contains("<th scope=\"row\">Family name</th>"), "fields that agree are not");
    assert!(r.body.contains(&format!("href=\"/children/{id}/edit\"")));

    let child = app.as_actor(&app.a.csw, move |c, s| children::view(c, s, &id)).await;
    assert_eq!(
        (child.religion.as_str(), child.gender.as_str(), child.version),
        ("Buddhist", "", 2),
        "the second edit was not saved"
    );
});

both_backends!(archiving_makes_a_record_read_only_until_restored, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let id = app.a.child.clone();

    let stale = app.post(&format!("/children/{id}/archive"), Some(&csw), &[("version", "7")]).await;
    assert_eq!(stale.location(), format!("/children/{id}?notice=stale"));
    let r = app.post(&format!("/children/{id}/archive"), Some(&csw), &[("version", "1")]).await;
    assert_eq!(r.location(), format!("/children/{id}?notice=archived"));
    let page = app.get(r.location(), &csw).await;
    assert!(page.body.contains("Archived") && page.body.contains("Restore this record"));
    assert!(!page.body.contains(&format!("/children/{id}/edit")), "no way to change an archived record");
    assert!(!page.body.contains("Add person"));

    let edit = app.get(&format!("/children/{id}/edit"), &csw).await;
    assert_eq!(edit.status, StatusCode::CONFLICT);
    assert!(edit.body.contains("This record is archived"));
    let post = app
        .post(
            &format!("/children/{id}/edit"),
            Some(&csw),
            &[("given_names", "Changed"), ("family_name", "Fixture"), ("date_of_birth", "4 5 2016"), ("version", "2")],
        )
        .await;
    assert_eq!(post.status, StatusCode::CONFLICT);
    let rel = app
        .post(
            &format!("/children/{id}/relations"),
            Some(&csw),
            &[("relation_kind", "significant_other"), ("relation_name", "Pat"), ("relationship", "Teacher")],
        )
        .await;
    assert_eq!(rel.status, StatusCode::CONFLICT);
    let cid = id.clone();
    let child = app.as_actor(&app.a.csw, move |c, s| children::view(c, s, &cid)).await;
    assert_eq!(child.given_names, "Robin");
    let rid = id.clone();
    assert!(app.as_actor(&app.a.csw, move |c, s| children::relations(c, s, &rid)).await.is_empty());

    let r = app.post(&format!("/children/{id}/restore"), Some(&csw), &[("version", "2")]).await;
    assert_eq!(r.location(), format!("/children/{id}?notice=restored"));
    assert_eq!(app.get(&format!("/children/{id}/edit"), &csw).await.status, StatusCode::OK);
    let page = app.get(&format!("/children/{id}"), &csw).await;
    assert!(page.body.contains("Record archived</strong>") && page.body.contains("Record restored</strong>"));
});

both_backends!(caregivers_and_administrators_reach_only_what_is_theirs, |db: TestDb| async move {
    let app = spawn(db).await;
    let carer = app.sign_in("carer@a.test").await;
    let admin = app.sign_in("admin@a.test").await;
    let (child, unrelated, other) = (app.a.child.clone(), app.a.unrelated_child.clone(), app.b.child.clone());

    let page = app.get(&format!("/children/{child}"), &carer).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Robin Fixture"));
    assert!(
        !page.body.contains("Change details") && !page.body.contains("Archive this record"),
        "a carer reads, and does not change"
    );
    assert!(!page.body.contains("End this placement"));
    let list = app.get("/children", &carer).await;
    assert!(list.body.contains("Robin Fixture") && !list.body.contains("Quinn"));
    assert!(!list.body.contains("Add a child"));

    for path in [
        format!("/children/{unrelated}"),
        format!("/children/{other}"),
        format!("/children/{child}/edit"),
        format!("/children/{child}/access"),
        format!("/children/{child}/worker"),
        format!("/children/{child}/placements/new"),
        "/children/not-a-real-id".to_owned(),
        "/children/new".to_owned(),
    ] {
        let r = app.get(&path, &carer).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(r.body.contains("Page not found"));
    }
    let r = app.post(&format!("/children/{child}/edit"), Some(&carer), &[("given_names", "X")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "invalid input does not reveal the form either");
    let r = app.post(&format!("/placements/{}/end", app.a.placement), Some(&carer), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let household = app.get(&format!("/households/{}", app.a.household), &carer).await;
    assert_eq!(household.status, StatusCode::OK);
    assert!(household.body.contains("The Ashworth household") && household.body.contains("Robin Fixture"));
    assert_eq!(
        app.get(&format!("/households/{}", app.a.unrelated_household), &carer).await.status,
        StatusCode::NOT_FOUND
    );

    assert_eq!(app.get(&format!("/children/{child}"), &admin).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/households/{}", app.a.household), &admin).await.status, StatusCode::NOT_FOUND);
});

both_backends!(hostile_input_is_stored_exactly_and_shown_escaped, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let script = "<script>alert(\"x\")</script>";
    let sql = "O'Brien'); DROP TABLE children; --";
    let rtl = "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{202e}abc";
    let emoji = "Zoë 🌈🧒🏽";
    let long: String = "A long note, line by line.\n".repeat(200).chars().take(5000).collect();
    assert_eq!(long.chars().count(), 5000);

    let refused = app.post("/children/new", Some(&csw), &child_fields(&[("given_names", "Ro\u{7}bin")])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Given names must not contain hidden control characters"));
    let refused = app.post("/children/new", Some(&csw), &child_fields(&[("health_notes", "fine\u{0}")])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("href=\"#health_notes\""));

    let fields = child_fields(&[
        ("given_names", script),
        ("family_name", sql),
        ("preferred_name", emoji),
        ("religion", rtl),
        ("gender", "\"quoted\" & <b>bold</b>"),
        ("health_notes", &long),
    ]);
    let ok = app.post("/children/new", Some(&csw), &fields).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let id = ok.record_id();
    let cid = id.clone();
    let stored = app.as_actor(&app.a.csw, move |c, s| children::view(c, s, &cid)).await;
    assert_eq!(stored.given_names, script);
    assert_eq!(stored.family_name, sql);
    assert_eq!(stored.preferred_name, emoji);
    assert_eq!(stored.religion, rtl);
    assert_eq!(stored.gender, "\"quoted\" & <b>bold</b>");
    assert_eq!(stored.health_notes, long.trim_end());

    for path in [format!("/children/{id}"), format!("/children/{id}/edit"), "/children".to_owned()] {
        let page = app.get(&path, &csw).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(!page.body.contains("<script>alert"), "{path} must escape the script tag");
        assert!(!page.body.contains("<b>bold</b>"), "{path}");
        assert!(page.body.contains(emoji), "{path} shows the emoji");
        assert!(has_escaped(&page.body, sql), "{path} shows the quotes escaped");
    }
    let page = app.get(&format!("/children/{id}"), &csw).await;
    assert!(has_escaped(&page.body, script) && page.body.contains(rtl));
    assert!(page.body.contains("A long note, line by line.\nA long note"), "line breaks are kept");
});

both_backends!(a_placement_needs_a_vacancy_and_one_home_at_a_time, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    // A household approved for one child, who is already there, and two children to place.
    let full = app
        .as_actor(&app.a.ssw, |c, s| {
            let input = households::HouseholdInput {
                name: "The Full household".into(),
                household_type: "foster".into(),
                approval_status: "approved".into(),
                approval_places: Some(1),
                ..Default::default()
            };
            Ok(households::create(c, s, &input)?.id)
        })
        .await;
    let f = full.clone();
    let (newcomer, another) = app
        .as_actor(&app.a.csw, move |c, s| {
            let kid = |name: &str| children::ChildInput {
                given_names: name.into(),
                family_name: "Newcomer".into(),
                date_of_birth: "2018-03-01".into(),
                ..Default::default()
            };
            let first = children::create(c, s, &kid("Sky"))?.id;
            let newcomer = children::create(c, s, &kid("Ash"))?.id;
            let another = children::create(c, s, &kid("Bo"))?.id;
            // The new children are on the worker's caseload now: look again.
            let s = Scope::of(s.actor().clone());
            let input = placements::StartInput {
                household_id: f,
                placement_type: "short_term".into(),
                start_date: "2026-01-01".into(),
                planned_end_date: None,
            };
            placements::start(c, &s, &first, &input)?;
            Ok((newcomer, another))
        })
        .await;

    let form = app.get(&format!("/children/{newcomer}/placements/new"), &csw).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("The Full household") && form.body.contains("No vacancy: 1 of 1 places filled"));
    assert!(form.body.contains("The Ashworth household") && form.body.contains("2 places free"));

    let path = format!("/children/{newcomer}/placements/new");
    let bad = app.post(&path, Some(&csw), &[("start_date", "soon")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for anchor in ["#household_id", "#placement_type", "#start_date"] {
        assert!(bad.body.contains(&format!("href=\"{anchor}\"")), "{anchor}");
    }
    assert!(bad.body.contains("value=\"soon\""));

    let refused = app
        .post(
            &path,
            Some(&csw),
            &[
                ("household_id", &full),
                ("placement_type", "short_term"),
                ("start_date", "2 2 2026"),
                ("planned_end_date", "1 3 2026"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("no vacancy within its approval"));
    assert!(
        refused.body.contains("value=\"2 2 2026\"") && refused.body.contains("value=\"1 3 2026\""),
        "typed dates kept"
    );
    assert!(refused.body.contains(&format!("value=\"{full}\" checked")), "the chosen household stays chosen");
    let nid = newcomer.clone();
    assert!(app.as_actor(&app.a.csw, move |c, s| children::current_placement(c, s, &nid)).await.is_none());

    let ok = app
        .post(
            &path,
            Some(&csw),
            &[("household_id", &app.a.household), ("placement_type", "short_term"), ("start_date", "2 2 2026")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_eq!(ok.location(), format!("/children/{newcomer}?notice=placement-started"));
    let page = app.get(ok.location(), &csw).await;
    assert!(page.body.contains("The placement has been recorded"));
    assert!(page.body.contains("The Ashworth household") && page.body.contains("2 February 2026"));
    assert!(page.body.contains("End this placement"));

    // Already placed: the form says so instead, and a forced post is refused as a form error.
    let form = app.get(&path, &csw).await;
    assert!(form.body.contains("already has a current placement"));
    let again = app
        .post(
            &path,
            Some(&csw),
            &[("household_id", &app.a.household), ("placement_type", "short_term"), ("start_date", "3 2 2026")],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("already has a current placement. End it before starting a new one"));

    let before_birth = app
        .post(
            &format!("/children/{another}/placements/new"),
            Some(&csw),
            &[("household_id", &app.a.household), ("placement_type", "respite"), ("start_date", "1 1 2010")],
        )
        .await;
    assert_eq!(before_birth.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        before_birth.body.contains("on or after the child&#39;s date of birth")
            || before_birth.body.contains("on or after the child&#x27;s date of birth")
    );
});

both_backends!(ending_a_placement_after_a_disruption_needs_a_note, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let path = format!("/placements/{}/end", app.a.placement);
    let form = app.get(&path, &csw).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("End the placement with The Ashworth household"));
    assert!(form.body.contains("name=\"version\" value=\"1\""));

    let no_note =
        app.post(&path, Some(&csw), &[("end_date", "10 2 2026"), ("end_reason", "disruption"), ("version", "1")]).await;
    assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_note.body.contains("href=\"#end_note\""));
    assert!(no_note.body.contains("value=\"disruption\" checked") && no_note.body.contains("value=\"10 2 2026\""));
    let too_early =
        app.post(&path, Some(&csw), &[("end_date", "1 1 2026"), ("end_reason", "planned"), ("version", "1")]).await;
    assert_eq!(too_early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_early.body.contains("End date must be on or after the day the placement started, 5 January 2026"));

    let note = "Robin found the move of school very hard.\nCarers asked for a break.";
    let ok = app
        .post(
            &path,
            Some(&csw),
            &[("end_date", "10 2 2026"), ("end_reason", "disruption"), ("end_note", note), ("version", "1")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_eq!(ok.location(), format!("/children/{}?notice=placement-ended", app.a.child));
    let page = app.get(ok.location(), &csw).await;
    assert!(page.body.contains("Earlier placements") && page.body.contains("Unplanned ending (disruption)"));
    assert!(page.body.contains("10 February 2026") && page.body.contains("Carers asked for a break."));
    assert!(page.body.contains("Placement ended</strong>"));

    let late =
        app.post(&path, Some(&csw), &[("end_date", "11 2 2026"), ("end_reason", "planned"), ("version", "1")]).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "an old version is not saved over");
    assert!(late.body.contains("Your changes (not saved)") && late.body.contains("Planned move"));
    assert!(app.get(&path, &csw).await.body.contains("This placement has already ended"));
});

both_backends!(the_access_log_is_for_managers_and_auditors, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let manager = app.sign_in("manager@a.test").await;
    let auditor = app.sign_in("auditor@a.test").await;
    let child = app.a.child.clone();
    assert_eq!(app.get(&format!("/children/{child}"), &csw).await.status, StatusCode::OK);

    let log = app.get(&format!("/children/{child}/access"), &manager).await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(log.body.contains("Who has viewed or changed this record"));
    assert!(
        log.body.contains(
            "<td data-label=\"Who\">Cam Childworker</td><td data-label=\"What they did\">Opened the record</td>"
        ),
        "{}",
        log.body
    );
    assert!(log.body.contains("Created the record"));
    assert!(log.body.contains("Robin Fixture"), "a manager who may open the record sees whose it is");
    let record = app.get(&format!("/children/{child}"), &manager).await;
    assert!(record.body.contains(&format!("/children/{child}/access")));

    assert_eq!(app.get(&format!("/children/{child}/access"), &csw).await.status, StatusCode::NOT_FOUND);

    let log = app.get(&format!("/children/{child}/access"), &auditor).await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(
        log.body.contains("Cam Childworker") && !log.body.contains("Robin"),
        "an auditor sees the log, not the content"
    );
    for path in [
        "/children/0190aaaa-0000-7000-8000-000000000000/access".to_owned(),
        format!("/children/{}/access", app.b.child),
        format!("/households/{}/access", app.b.household),
        format!("/children/{child}"),
    ] {
        assert_eq!(app.get(&path, &auditor).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let log = app.get(&format!("/households/{}/access", app.a.household), &auditor).await;
    assert_eq!(log.status, StatusCode::OK);
});

both_backends!(a_manager_allocates_a_worker, |db: TestDb| async move {
    let app = spawn(db).await;
    let manager = app.sign_in("manager@a.test").await;
    let csw = app.sign_in("csw@a.test").await;
    let child = app.a.child.clone();
    let form = app.get(&format!("/children/{child}/worker"), &manager).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("Allocate a child&#39;s social worker")
            || form.body.contains("Allocate a child&#x27;s social worker")
    );
    assert!(form.body.contains(&format!("value=\"{}\" checked", app.a.csw.user_id)), "the current worker is chosen");
    assert!(!form.body.contains(&app.a.carer.user_id), "only people who can hold the case are offered");

    let bad = app.post(&format!("/children/{child}/worker"), Some(&manager), &[("worker", &app.a.carer.user_id)]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#worker\""));

    let ok =
        app.post(&format!("/children/{child}/worker"), Some(&manager), &[("worker", &app.a.outsider.user_id)]).await;
    assert_eq!(ok.location(), format!("/children/{child}?notice=allocated"));
    let page = app.get(ok.location(), &manager).await;
    assert!(page.body.contains("Out Sider") && page.body.contains("Worker allocated</strong>"));
    assert_eq!(
        app.get(&format!("/children/{child}/edit"), &csw).await.status,
        StatusCode::NOT_FOUND,
        "the case has moved on"
    );
});

both_backends!(households_are_added_changed_and_given_members, |db: TestDb| async move {
    let app = spawn(db).await;
    let ssw = app.sign_in("ssw@a.test").await;
    let form = app.get("/households/new", &ssw).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"approval_placement_types\" value=\"respite\""));

    let bad = app
        .post(
            "/households/new",
            Some(&ssw),
            &[
                ("name", "The Patel household"),
                ("approval_status", "approved"),
                ("approval_age_min", "12"),
                ("approval_age_max", "4"),
                ("approval_placement_types", "respite"),
                ("approval_placement_types", "long_term"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for anchor in ["#household_type", "#approval_age_max", "#approval_places"] {
        assert!(bad.body.contains(&format!("href=\"{anchor}\"")), "{anchor}");
    }
    assert!(bad.body.contains("value=\"respite\" checked") && bad.body.contains("value=\"long_term\" checked"));
    assert!(bad.body.contains("value=\"approved\" checked") && bad.body.contains("value=\"The Patel household\""));

    let fields = [
        ("name", "The Patel household"),
        ("address", "1 Orchard Row\nNorwich"),
        ("household_type", "foster"),
        ("approval_status", "approved"),
        ("approval_age_min", "4"),
        ("approval_age_max", "12"),
        ("approval_places", "2"),
        ("approval_placement_types", "respite"),
        ("approval_placement_types", "long_term"),
        ("approval_date", "3 3 2025"),
        ("next_review_date", "3 3 2026"),
    ];
    let ok = app.post("/households/new", Some(&ssw), &fields).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let id = ok.record_id();
    let page = app.get(ok.location(), &ssw).await;
    assert!(page.body.contains("<h1>The Patel household</h1>"));
    assert!(page.body.contains("Long-term, Respite") && page.body.contains("4 to 12 years"));
    assert!(page.body.contains("2 of 2 places free") && page.body.contains("3 March 2026"));
    assert!(page.body.contains("Sol Supervisor"));
    assert!(app.get("/households", &ssw).await.body.contains("The Patel household"));

    let edit = app.get(&format!("/households/{id}/edit"), &ssw).await;
    assert!(edit.body.contains("value=\"long_term\" checked") && edit.body.contains("name=\"version\" value=\"1\""));
    let mut changed = fields.to_vec();
    changed.retain(|(k, _)| *k != "approval_places");
    changed.push(("approval_places", "3"));
    changed.push(("version", "1"));
    let r = app.post(&format!("/households/{id}/edit"), Some(&ssw), &changed).await;
    assert_eq!(r.location(), format!("/households/{id}?notice=saved"));
    let mut late = fields.to_vec();
    late.push(("approval_status", "on_hold"));
    late.retain(|(k, v)| !(*k == "approval_status" && *v == "approved"));
    late.push(("version", "1"));
    let r = app.post(&format!("/households/{id}/edit"), Some(&ssw), &late).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("On hold") && r.body.contains("<th scope=\"row\">Places approved</th>"));

    let path = format!("/households/{id}/members");
    let bad = app
        .post(
            &path,
            Some(&ssw),
            &[("member_name", "Asha Patel"), ("member_role", "carer"), ("member_user", &app.a.csw.user_id)],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#carer_type\"") && bad.body.contains("href=\"#member_user\""));
    assert!(bad.body.contains("value=\"Asha Patel\""));
    let ok = app
        .post(
            &path,
            Some(&ssw),
            &[
                ("member_name", "Asha Patel"),
                ("member_role", "carer"),
                ("carer_type", "foster_carer"),
                ("member_user", &app.a.carer.user_id),
                ("member_dob", "1 6 1980"),
            ],
        )
        .await;
    assert_eq!(ok.location(), format!("/households/{id}?notice=member-added"));
    let page = app.get(ok.location(), &ssw).await;
    assert!(
        page.body.contains("Asha Patel")
            && page.body.contains("Carer: Foster carer")
            && page.body.contains("Signs in as Kit Carer")
    );
    assert!(page.body.contains("Places approved") && page.body.contains("Was: 2"));
    let carer = app.sign_in("carer@a.test").await;
    assert_eq!(
        app.get(&format!("/households/{id}"), &carer).await.status,
        StatusCode::OK,
        "the linked carer now sees their household"
    );
    assert_eq!(app.get(&format!("/households/{id}/edit"), &carer).await.status, StatusCode::NOT_FOUND);
});

// ------------------------------------------------------------ what a new user notices at once

// Home pages say only what securebase does today, put the work first and the account aside,
// and a manager's "coming up" covers their teams' caseloads, not only their own.
both_backends!(home_pages_put_the_work_first_and_show_a_managers_teams, |db: TestDb| async move {
    let app = spawn(db).await;
    let soon = jiff::Zoned::now().date().saturating_add(jiff::Span::new().days(10)).to_string();
    let (household, ssw) = (app.a.household.clone(), app.a.ssw.clone());
    app.as_actor(&ssw, move |c, s| {
        let h = households::open(c, s, &household)?;
        let input = households::HouseholdInput { next_review_date: Some(soon), ..h.input() };
        households::update(c, s, &household, h.version, &input)
    })
    .await;
    for who in ["admin@a.test", "manager@a.test", "csw@a.test", "ssw@a.test", "carer@a.test", "auditor@a.test"] {
        let session = app.sign_in(who).await;
        let home = app.get("/", &session).await;
        assert_eq!(home.status, StatusCode::OK);
        let lower = home.body.to_lowercase();
        for unbuilt in ["daily log", "reflections", "interviews", "support session", "in difficulty"] {
            assert!(!lower.contains(unbuilt), "{who}'s home promises {unbuilt:?}");
        }
        assert!(home.body.contains("<title>Home – securebase</title>"), "{who}: the title is the page's alone");
        assert_eq!(home.body.matches("Signed in as").count(), 1, "{who}: the account is shown once");
        // The account details sit aside, after the page's own work.
        let aside = home.body.find("<aside class=\"home-aside\"").expect("an aside");
        assert!(home.body.find("Signed in as").unwrap() > aside, "{who}: the account comes after the work");
    }
    let manager = app.sign_in("manager@a.test").await;
    let home = app.get("/", &manager).await.body;
    let teams = home.split("In your teams").nth(1).expect("a manager's teams' reviews");
    let teams = teams.split("</ul>").next().unwrap();
    assert!(teams.contains("The Ashworth household: annual carer review"), "{teams}");
    assert!(!teams.contains("No reviews fall due"));
    // A worker who manages nobody sees no such section.
    let csw = app.sign_in("csw@a.test").await;
    assert!(!app.get("/", &csw).await.body.contains("In your teams"));
});

// A child's record opens with the Secure Base part and a list of the record's sections.
both_backends!(a_childs_record_starts_with_its_secure_base_summary, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/children/{}", app.a.child), &csw).await.body;
    let at = |needle: &str| page.find(needle).unwrap_or_else(|| panic!("no {needle:?} on the record"));
    let contents = at("aria-label=\"On this page\"");
    let secure_base = at("id=\"assessments\"");
    assert!(contents < secure_base && secure_base < at("id=\"placement\"") && secure_base < at("id=\"details\""));
    assert!(page.find("Start an assessment").unwrap() < at("id=\"details\""));
    for section in ["#assessments", "#placement", "#details", "#workers", "#people", "#history"] {
        let link = format!("href=\"{section}\"");
        assert!(page.contains(&link), "no link to {section}");
        assert!(page.contains(&format!("id=\"{}\"", &section[1..])), "{section} links nowhere");
    }
});

// A household with one carer: the caregiver assessment's start form has them chosen.
both_backends!(a_household_with_one_carer_has_them_chosen_to_assess, |db: TestDb| async move {
    let app = spawn(db).await;
    let ssw = app.sign_in("ssw@a.test").await;
    let page = app.get(&format!("/households/{}/assessments/new", app.a.household), &ssw).await;
    assert_eq!(page.status, StatusCode::OK);
    let radios: Vec<&str> = page.body.split("name=\"member\"").skip(1).collect();
    assert_eq!(radios.len(), 1, "one carer");
    assert!(radios[0].split('>').next().unwrap().contains(" checked"), "the only carer is chosen already");
});

// Times are shown in the organisation's time zone (Europe/London unless an administrator
// chooses another), never as bare UTC to someone signed in.
both_backends!(times_are_shown_in_the_organisations_time_zone, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/children/{}", app.a.child), &csw).await.body;
    let history = page.split("id=\"history\"").nth(1).unwrap();
    let london = if jiff::Zoned::now().with_time_zone(jiff::tz::TimeZone::get("Europe/London").unwrap()).offset()
        == jiff::tz::Offset::UTC
    {
        " GMT"
    } else {
        " BST"
    };
    assert!(history.contains(london) && !history.contains(" UTC"), "{history}");

    let admin = app.sign_in("admin@a.test").await;
    let settings = app.get("/admin/settings", &admin).await;
    assert!(settings.body.contains("value=\"Europe/London\""));
    let wrong =
        app.post("/admin/settings", Some(&admin), &[("sign_off", "worker"), ("time_zone", "Mars/Olympus")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Enter a time zone by its full name") && wrong.body.contains("value=\"Mars/Olympus\""));
    let saved =
        app.post("/admin/settings", Some(&admin), &[("sign_off", "worker"), ("time_zone", "Europe/Oslo")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let page = app.get(&format!("/children/{}", app.a.child), &csw).await.body;
    let history = page.split("id=\"history\"").nth(1).unwrap();
    let oslo = if jiff::Zoned::now().with_time_zone(jiff::tz::TimeZone::get("Europe/Oslo").unwrap()).offset().seconds()
        == 3600
    {
        " CET"
    } else {
        " CEST"
    };
    assert!(history.contains(oslo), "{history}");
    // Another organisation keeps its own zone.
    let other = app.sign_in("csw@b.test").await;
    let page = app.get(&format!("/children/{}", app.b.child), &other).await.body;
    assert!(page.split("id=\"history\"").nth(1).unwrap().contains(london));
});
