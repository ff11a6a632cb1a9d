//! Secure Base assessments over HTTP: starting one, writing each dimension with its evidence and
//! rating, autosave and conflicts, submitting, signing off under either rule, amending, what a
//! caregiver may read, and a section form that outlives its session. The real server on a real
//! port, a fresh database per test, on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, SignOffRule};
use securebase_store::access::{Actor, Scope};
use securebase_store::assessments::{self, AssessmentRecord, Section};
use securebase_store::schema::sessions;
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::{both_backends, orgs};
use securebase_web::records::dates;
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
    fn content_type(&self) -> &str {
        self.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("")
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

    async fn post<K: AsRef<str>, V: AsRef<str>>(&self, path: &str, fields: &[(K, V)], extra: &[(&str, &str)]) -> Reply {
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
    async fn browser(&self, who: &str) -> Browser {
        let http =
            reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let b = Browser { http, base: self.base.clone() };
        b.sign_in(who, "").await;
        b
    }

    /// The assessment as it is stored, read as the child's social worker.
    async fn record(&self, id: &str) -> AssessmentRecord {
        let (actor, id) = (self.a.csw.clone(), id.to_owned());
        self.state
            .store
            .run(move |c| {
                let scope = Scope::of(actor);
                assessments::view(c, &scope, &id)
            })
            .await
            .unwrap()
    }

    async fn section(&self, id: &str, d: Dimension) -> Section {
        self.record(id).await.section(d).unwrap().clone()
    }

    async fn set_rule(&self, rule: SignOffRule) {
        let admin: Actor = self.a.admin.clone();
        self.state
            .store
            .run(move |c| {
                let scope = Scope::of(admin);
                orgs::set_sign_off_rule(c, &scope, rule)
            })
            .await
            .unwrap();
    }

    /// Ends every session of `user_id` by time, as an idle timeout does.
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

    fn start_path(&self) -> String {
        format!("/children/{}/assessments/new", self.a.child)
    }

    /// The child's age band today (the fixture child was born on 4 May 2016).
    fn age_band(&self) -> AgeBand {
        AgeBand::for_age(jiff::civil::date(2016, 5, 4), dates::today()).unwrap()
    }

    /// Starts a child's assessment in the band for the child's age, as `b`; returns its id.
    async fn start(&self, b: &Browser) -> String {
        let today = dates::for_input(&dates::store(dates::today()));
        let band = self.age_band().key();
        let r = b
            .post(&self.start_path(), &[("assessed_on", today.as_str()), ("band", band), ("band_reason", "")], &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        id_from(r.location())
    }
}

/// `/assessments/{id}?...` → id.
fn id_from(location: &str) -> String {
    let rest = location.strip_prefix("/assessments/").unwrap_or_else(|| panic!("not an assessment: {location}"));
    rest.split(['?', '/', '#']).next().unwrap().to_owned()
}

/// The indicator fields of a section form, in order.
fn indicator_fields(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in body.split("name=\"ind_").skip(1) {
        let field = format!("ind_{}", part.split('"').next().unwrap());
        if !out.contains(&field) {
            out.push(field);
        }
    }
    out
}

/// The value of the first hidden `version` field on a page.
fn form_version(body: &str) -> String {
    let (_, rest) = body.split_once("name=\"version\" value=\"").expect("a version field");
    rest.split('"').next().unwrap().to_owned()
}

fn checked(field: &str, value: &str) -> String {
    format!("name=\"{field}\" value=\"{value}\" checked")
}

fn section_path(id: &str, d: Dimension) -> String {
    format!("/assessments/{id}/dimensions/{}", d.key())
}

const EVIDENCE_DATE: &str = "14 3 2026";

fn evidence_form(account: &str) -> Vec<(&'static str, String)> {
    vec![
        ("indicator", String::new()),
        ("happened_on", EVIDENCE_DATE.to_owned()),
        ("source", "direct_observation".to_owned()),
        ("account", account.to_owned()),
        ("opinion", String::new()),
        ("then", "done".to_owned()),
    ]
}

/// A section form as the browser sends it: every indicator answered `state`, then `extra`.
fn section_form(body: &str, state: &str, extra: &[(&'static str, &str)]) -> Vec<(String, String)> {
    let mut form = vec![("version".to_owned(), form_version(body))];
    for f in indicator_fields(body) {
        form.push((f, state.to_owned()));
    }
    for (k, v) in [("strengths", ""), ("needs", ""), ("child_view", ""), ("rating", ""), ("then", "save")] {
        let v = extra.iter().find(|(ek, _)| *ek == k).map_or(v, |(_, ev)| *ev);
        form.push((k.to_owned(), v.to_owned()));
    }
    for (k, v) in extra {
        if !form.iter().any(|(fk, _)| fk == k) {
            form.push(((*k).to_owned(), (*v).to_owned()));
        }
    }
    form
}

/// Fills in every dimension through the forms: evidence, every indicator, strengths and ratings.
async fn complete(b: &Browser, id: &str) {
    for d in Dimension::ALL {
        let path = section_path(id, d);
        let added =
            b.post(&format!("{path}/evidence"), &evidence_form("Came to the carer after a bad dream."), &[]).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{d:?}: {}", added.body);
        let page = b.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        let form = section_form(
            &page.body,
            "sometimes",
            &[("strengths", "Seeks comfort."), ("rating", "6"), ("second_rating", "5")],
        );
        let saved = b.post(&path, &form, &[]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{d:?}: {}", saved.body);
    }
}

/// Submits the draft for sign-off as `b`.
async fn submit(b: &Browser, id: &str) {
    let overview = b.get(&format!("/assessments/{id}")).await;
    let r = b.post(&format!("/assessments/{id}/submit"), &[("version", form_version(&overview.body))], &[]).await;
    assert_eq!(r.location(), format!("/assessments/{id}?notice=submitted"), "{}", r.body);
}

/// Asks to sign off as `b`, against the version stored now.
async fn sign_off(app: &TestApp, b: &Browser, id: &str) -> Reply {
    let version = app.record(id).await.assessment.version.to_string();
    b.post(&format!("/assessments/{id}/sign-off"), &[("version", version)], &[]).await
}

both_backends!(a_child_assessment_from_start_to_amendment, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.browser("csw@a.test").await;
    let today = dates::for_input(&dates::store(dates::today()));
    let age_band = app.age_band();

    // The start page works out the band from the date of birth.
    let form = csw.get(&app.start_path()).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(&format!("the child&#39;s age band is {}", age_band.label()))
            || form.body.contains(&format!("the child's age band is {}", age_band.label())),
        "{}",
        form.body
    );
    assert!(form.body.contains(&checked("band", age_band.key())));

    // A younger band needs a reason; what was typed stays.
    let younger = AgeBand::ALL.into_iter().rev().find(|b| *b < age_band).unwrap();
    let refused = csw
        .post(
            &app.start_path(),
            &[("assessed_on", today.as_str()), ("band", younger.key()), ("band_reason", "  ")],
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("There is a problem"));
    assert!(
        refused.body.contains("<a href=\"#band_reason\">Say why a younger band fits this child"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(&checked("band", younger.key())));
    assert!(refused.body.contains(&format!("value=\"{today}\"")));
    assert!(
        app.state
            .store
            .run({
                let (actor, child) = (app.a.csw.clone(), app.a.child.clone());
                move |c| {
                    let scope = Scope::of(actor);
                    assessments::list_for_child(c, &scope, &child)
                }
            })
            .await
            .unwrap()
            .is_empty(),
        "nothing was started"
    );

    let id = app.start(&csw).await;
    let overview = csw.get(&format!("/assessments/{id}?notice=started")).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("Draft") && overview.body.contains(age_band.label()));

    // Indicators and strengths are saved and shown again.
    let availability = section_path(&id, Dimension::Availability);
    let page = csw.get(&availability).await;
    assert_eq!(page.status, StatusCode::OK);
    let fields = indicator_fields(&page.body);
    assert!(!fields.is_empty());
    let form = section_form(&page.body, "consistently", &[("strengths", "Runs to the carer after a fall.")]);
    let saved = csw.post(&availability, &form, &[]).await;
    assert_eq!(saved.location(), format!("{availability}?notice=saved"), "{}", saved.body);
    let page = csw.get(&availability).await;
    for f in &fields {
        assert!(page.body.contains(&checked(f, "consistently")), "{f} is shown as answered");
    }
    assert!(page.body.contains("Runs to the carer after a fall."));
    let before = app.section(&id, Dimension::Availability).await;
    assert_eq!(before.strengths, "Runs to the carer after a fall.");

    // A rating typed before any evidence: nothing typed is lost. Everything is saved, the
    // rating waits (visibly, in its box), and "Save and add evidence" goes to the evidence form.
    let mut form = section_form(&page.body, "sometimes", &[("strengths", "Typed before the rating."), ("rating", "7")]);
    form.retain(|(k, _)| k != "then");
    form.push(("then".into(), "evidence".into()));
    let kept = csw.post(&availability, &form, &[]).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
    assert_eq!(kept.location(), format!("{availability}/evidence?notice=rating-waits"));
    let waiting = app.section(&id, Dimension::Availability).await;
    assert_eq!(waiting.strengths, "Typed before the rating.");
    assert_eq!((waiting.rating, waiting.pending_rating), (None, Some(7)), "the rating waits for evidence");
    assert!(
        app.record(&id).await.indicators_for(Dimension::Availability).all(|i| i.state.as_deref() == Some("sometimes")),
        "the indicators were saved too"
    );
    let evidence_page = csw.get(kept.location()).await;
    assert!(evidence_page.body.contains("The rating you gave is kept and waits for evidence"));
    let page = csw.get(&availability).await;
    assert!(page.body.contains("Typed before the rating.") && page.body.contains("value=\"7\""));
    assert!(page.body.contains("Waiting for evidence"), "the waiting rating is shown as waiting");
    assert!(page.body.contains(&checked(&fields[0], "sometimes")));
    // "Save draft" keeps it waiting too, and says so.
    let form = section_form(&page.body, "sometimes", &[("strengths", "Typed before the rating."), ("rating", "7")]);
    let again = csw.post(&availability, &form, &[]).await;
    assert_eq!(again.location(), format!("{availability}?notice=saved-rating-waits"));
    assert!(csw.get(again.location()).await.body.contains("The rating you gave is kept and waits for evidence"));

    // Evidence: an account is needed, and what was typed stays.
    let evidence_path = format!("{availability}/evidence");
    assert_eq!(csw.get(&evidence_path).await.status, StatusCode::OK);
    let missing = csw
        .post(
            &evidence_path,
            &[
                ("indicator", fields[0].trim_start_matches("ind_")),
                ("happened_on", EVIDENCE_DATE),
                ("source", "school"),
                ("account", " "),
                ("opinion", "My own view, kept apart."),
            ],
            &[],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("There is a problem") && missing.body.contains("Describe what happened."));
    assert!(
        missing.body.contains("My own view, kept apart.")
            && missing.body.contains(&format!("value=\"{EVIDENCE_DATE}\""))
    );
    assert!(missing.body.contains(&checked("source", "school")));
    assert!(missing.body.contains(&format!("value=\"{}\" selected", fields[0].trim_start_matches("ind_"))));
    assert!(app.record(&id).await.evidence.is_empty());
    let added = csw.post(&evidence_path, &evidence_form("Ran to the carer when the dog barked."), &[]).await;
    assert_eq!(added.location(), format!("{availability}?notice=evidence-added#evidence"), "{}", added.body);
    assert_eq!(app.record(&id).await.evidence.len(), 1);
    let given = app.section(&id, Dimension::Availability).await;
    assert_eq!((given.rating, given.pending_rating), (Some(7), None), "the evidence gave the waiting rating effect");
    assert!(!csw.get(&availability).await.body.contains("Waiting for evidence"));

    // Now the rating saves.
    let page = csw.get(&availability).await;
    assert!(page.body.contains("Ran to the carer when the dog barked."));
    let form =
        section_form(&page.body, "consistently", &[("strengths", "Runs to the carer after a fall."), ("rating", "7")]);
    let saved = csw.post(&availability, &form, &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let rated = app.section(&id, Dimension::Availability).await;
    assert_eq!(rated.rating, Some(7));

    // Autosave answers in JSON with the new version; a stale one is told so.
    let page = csw.get(&availability).await;
    let form = section_form(&page.body, "consistently", &[("strengths", "Autosaved words."), ("rating", "7")]);
    let auto = csw.post(&availability, &form, &[("x-autosave", "1")]).await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);
    assert_eq!(auto.content_type(), "application/json");
    assert!(auto.body.contains(&format!("\"version\":{}", rated.version + 1)), "{}", auto.body);
    assert_eq!(app.section(&id, Dimension::Availability).await.strengths, "Autosaved words.");
    let stale = csw.post(&availability, &form, &[("x-autosave", "1")]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(stale.content_type(), "application/json");
    assert!(stale.body.contains("\"stale\":true"), "{}", stale.body);

    // Someone else saves first: the page shows both what was typed and what they saved.
    let page = csw.get(&availability).await;
    let manager = app.browser("manager@a.test").await;
    let theirs = section_form(
        &manager.get(&availability).await.body,
        "consistently",
        &[("strengths", "The manager wrote this."), ("rating", "7")],
    );
    assert_eq!(manager.post(&availability, &theirs, &[]).await.status, StatusCode::SEE_OTHER);
    let mine = section_form(&page.body, "consistently", &[("strengths", "The worker typed this."), ("rating", "7")]);
    let clash = csw.post(&availability, &mine, &[]).await;
    assert_eq!(clash.status, StatusCode::CONFLICT);
    assert!(
        clash.body.contains("The worker typed this.") && clash.body.contains("The manager wrote this."),
        "{}",
        clash.body
    );
    assert!(clash.body.contains("Mo Manager saved this section"));
    let current = app.section(&id, Dimension::Availability).await;
    assert_eq!(current.strengths, "The manager wrote this.");
    assert!(
        clash.body.contains(&format!("name=\"version\" value=\"{}\"", current.version)),
        "save again against theirs"
    );

    // Submitting an incomplete draft names what is missing.
    let overview = csw.get(&format!("/assessments/{id}")).await;
    let early = csw.post(&format!("/assessments/{id}/submit"), &[("version", form_version(&overview.body))], &[]).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.body.contains("There is a problem"));
    assert!(
        early.body.contains("<a href=\"#task-link-sensitivity\">Complete Sensitivity before submitting: answer the "),
        "each section still to do is named, with what it lacks: {}",
        early.body
    );
    assert!(early.body.contains("id=\"task-link-sensitivity\""), "and linked to its task");
    assert!(!early.body.contains("Complete Availability before"), "a complete section is not named");
    assert!(!early.body.contains("overall summary before"), "a child's summary is optional");
    assert_eq!(app.record(&id).await.assessment.status, "draft");

    // Complete, submit, sign off (the worker rule, the default).
    complete(&csw, &id).await;
    submit(&csw, &id).await;
    let page = csw.get(&format!("/assessments/{id}")).await;
    assert!(page.body.contains("Submitted for sign-off") && page.body.contains("Sign off this assessment"));
    let signed = sign_off(&app, &csw, &id).await;
    assert_eq!(signed.location(), format!("/assessments/{id}?notice=signed-off"), "{}", signed.body);
    let page = csw.get(&format!("/assessments/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Signed off") && page.body.contains("Cam Childworker (Social worker)"));

    // A signed-off assessment cannot be changed.
    let before = app.record(&id).await;
    let read_only = csw.get(&availability).await;
    assert_eq!(read_only.status, StatusCode::OK);
    assert!(read_only.body.contains("can no longer be changed") && !read_only.body.contains("name=\"ind_"));
    let version = before.section(Dimension::Availability).unwrap().version.to_string();
    let mut late = vec![("version".to_owned(), version), ("strengths".to_owned(), "Too late.".to_owned())];
    late.extend(
        before.indicators_for(Dimension::Availability).map(|i| (format!("ind_{}", i.id), "not_yet".to_owned())),
    );
    let late = csw.post(&availability, &late, &[]).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.body);
    let after = app.record(&id).await;
    assert_eq!(
        (after.sections, after.indicators, after.assessment.version),
        (before.sections, before.indicators, before.assessment.version)
    );

    // Amending needs a reason and opens a new draft; both versions stay readable.
    assert_eq!(csw.get(&format!("/assessments/{id}/amend")).await.status, StatusCode::OK);
    let no_reason = csw.post(&format!("/assessments/{id}/amend"), &[("reason", "   ")], &[]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.body.contains("Say why the assessment is being amended."));
    let amended =
        csw.post(&format!("/assessments/{id}/amend"), &[("reason", "The evidence dates were wrong.")], &[]).await;
    assert_eq!(amended.status, StatusCode::SEE_OTHER, "{}", amended.body);
    assert!(amended.location().ends_with("?notice=amendment"));
    let amendment = id_from(amended.location());
    assert_ne!(amendment, id);
    let draft = csw.get(&format!("/assessments/{amendment}")).await;
    assert_eq!(draft.status, StatusCode::OK);
    assert!(draft.body.contains("amendment 1") && draft.body.contains("The evidence dates were wrong."));
    assert_eq!(app.record(&amendment).await.assessment.status, "draft");
    let original = csw.get(&format!("/assessments/{id}")).await;
    assert_eq!(original.status, StatusCode::OK);
    assert!(original.body.contains("Signed off"));
    assert_eq!(app.record(&id).await.assessment.status, "signed_off");

    // The caregiver of the child's household reads the signed-off version, and nothing else.
    let carer = app.browser("carer@a.test").await;
    let read = carer.get(&format!("/assessments/{id}")).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("Signed off") && read.body.contains("Seeks comfort."));
    assert!(!read.body.contains("/amend\""), "no way to amend it");
    assert_eq!(carer.get(&format!("/assessments/{amendment}")).await.status, StatusCode::NOT_FOUND);
    for path in [
        availability.clone(),
        format!("{availability}/evidence"),
        format!("/assessments/{id}/summary"),
        format!("/assessments/{id}/amend"),
    ] {
        assert_eq!(carer.get(&path).await.status, StatusCode::NOT_FOUND, "GET {path}");
    }
    let evidence = app.record(&id).await.evidence[0].id.clone();
    let before = app.record(&id).await;
    for (target, path) in [(&id, availability.clone()), (&amendment, section_path(&amendment, Dimension::Availability))]
    {
        let version = app.section(target, Dimension::Availability).await.version.to_string();
        let r = carer.post(&path, &[("version", version.as_str()), ("strengths", "The carer's words.")], &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "POST {path}");
    }
    let version = before.assessment.version.to_string();
    for (path, fields) in [
        (format!("{availability}/evidence"), evidence_form("A carer's account.")),
        (format!("/assessments/{id}/evidence/{evidence}/remove"), vec![]),
        (format!("/assessments/{id}/summary"), vec![("version", version.clone()), ("summary", "Mine.".to_owned())]),
        (format!("/assessments/{id}/submit"), vec![("version", version.clone())]),
        (format!("/assessments/{id}/sign-off"), vec![("version", version.clone())]),
        (format!("/assessments/{id}/return"), vec![("version", version.clone())]),
        (format!("/assessments/{id}/return"), vec![("version", version.clone()), ("note", "Change it.".to_owned())]),
        (format!("/assessments/{id}/amend"), vec![]),
        (format!("/assessments/{id}/amend"), vec![("reason", "I disagree.".to_owned())]),
        (format!("/children/{}/assessments/new", app.a.child), vec![("band", age_band.key().to_owned())]),
    ] {
        assert_eq!(carer.post(&path, &fields, &[]).await.status, StatusCode::NOT_FOUND, "POST {path}");
    }
    let after = app.record(&id).await;
    assert_eq!(
        (after.sections, after.evidence, after.assessment),
        (before.sections, before.evidence, before.assessment)
    );
});

both_backends!(under_the_manager_rule_only_a_manager_signs_off, |db: TestDb| async move {
    let app = spawn(db).await;
    app.set_rule(SignOffRule::Manager).await;
    let csw = app.browser("csw@a.test").await;
    let id = app.start(&csw).await;
    complete(&csw, &id).await;
    submit(&csw, &id).await;

    let waiting = csw.get(&format!("/assessments/{id}")).await;
    assert!(waiting.body.contains("waiting to be signed off by a team manager"));
    assert!(!waiting.body.contains("Sign off this assessment"));
    let refused = sign_off(&app, &csw, &id).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(refused.body.contains("team manager other than the author"));
    assert_eq!(app.record(&id).await.assessment.status, "submitted");

    let manager = app.browser("manager@a.test").await;
    assert!(manager.get(&format!("/assessments/{id}")).await.body.contains("Sign off this assessment"));
    let signed = sign_off(&app, &manager, &id).await;
    assert_eq!(signed.location(), format!("/assessments/{id}?notice=signed-off"), "{}", signed.body);
    let page = csw.get(&format!("/assessments/{id}")).await;
    assert!(page.body.contains("Signed off") && page.body.contains("Mo Manager (Team manager)"));
    let a = app.record(&id).await.assessment;
    assert_eq!((a.status.as_str(), a.signed_off_by.as_deref()), ("signed_off", Some(app.a.manager.user_id.as_str())));
});

const KEPT_SECTION: &str = "We kept what you typed before your session ended. Check it, then save.";

both_backends!(a_section_typed_into_when_the_session_ended_comes_back, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.browser("csw@a.test").await;
    let id = app.start(&csw).await;
    let availability = section_path(&id, Dimension::Availability);
    let page = csw.get(&availability).await;
    let fields = indicator_fields(&page.body);
    let before = app.section(&id, Dimension::Availability).await;

    // The form is open; the session times out; the form is sent anyway.
    app.time_out_sessions(&app.a.csw.user_id).await;
    // As a browser sends it: one indicator answered, the others' radios not sent at all.
    let version = form_version(&page.body);
    let typed = [
        ("version", version.as_str()),
        (fields[0].as_str(), "sometimes"),
        ("strengths", "Looked for Aunty Pearl by the bike shed."),
        ("needs", "More time."),
        ("child_view", ""),
        ("rating", ""),
        ("then", "save"),
    ];
    let sent = csw.post(&availability, &typed, &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let encoded: String = url::form_urlencoded::byte_serialize(availability.as_bytes()).collect();
    assert_eq!(sent.location(), format!("/sign-in?next={encoded}&kept=1"));
    assert_eq!(app.section(&id, Dimension::Availability).await, before, "nothing was saved");

    // Signing in lands back on the form with every typed value, still unsaved.
    let back = csw.sign_in("csw@a.test", &availability).await;
    assert_eq!(back.location(), format!("{availability}?restored=1"));
    let restored = csw.get(back.location()).await;
    assert_eq!(restored.status, StatusCode::OK);
    assert!(restored.body.contains(KEPT_SECTION), "{}", restored.body);
    assert!(restored.body.contains(&checked(&fields[0], "sometimes")));
    for f in &fields[1..] {
        assert!(!restored.body.contains(&format!("name=\"{f}\" value=\"sometimes\" checked")), "only what was typed");
    }
    assert!(restored.body.contains("Looked for Aunty Pearl by the bike shed.") && restored.body.contains("More time."));
    assert_eq!(form_version(&restored.body), before.version.to_string(), "saved against the version seen");
    assert_eq!(app.section(&id, Dimension::Availability).await, before, "nothing saved until the user saves");
    assert!(app.record(&id).await.indicators.iter().all(|i| i.state.is_none()));
    let again = csw.get(&availability).await;
    assert!(!again.body.contains(KEPT_SECTION) && !again.body.contains("Aunty Pearl"), "handed over once");

    // Saving it then works like any save.
    let saved = csw.post(&availability, &typed, &[]).await;
    assert_eq!(saved.location(), format!("{availability}?notice=saved"), "{}", saved.body);
    let after = app.section(&id, Dimension::Availability).await;
    assert_eq!(
        (after.strengths.as_str(), after.needs.as_str()),
        ("Looked for Aunty Pearl by the bike shed.", "More time.")
    );
    let states: Vec<Option<String>> =
        app.record(&id).await.indicators_for(Dimension::Availability).map(|i| i.state.clone()).collect();
    assert_eq!(states[0].as_deref(), Some("sometimes"));

    // The evidence form and the summary come back the same way.
    let evidence_path = format!("{availability}/evidence");
    app.time_out_sessions(&app.a.csw.user_id).await;
    let sent = csw.post(&evidence_path, &evidence_form("Waited at the window for the carer."), &[]).await;
    assert!(sent.location().ends_with("&kept=1"), "{}", sent.location());
    let back = csw.sign_in("csw@a.test", &evidence_path).await;
    assert_eq!(back.location(), format!("{evidence_path}?restored=1"));
    let restored = csw.get(back.location()).await;
    assert!(
        restored.body.contains("We kept what you typed before your session ended. Check it, then add the evidence.")
    );
    assert!(
        restored.body.contains("Waited at the window for the carer.")
            && restored.body.contains(&format!("value=\"{EVIDENCE_DATE}\""))
    );
    assert!(app.record(&id).await.evidence.is_empty());

    let summary_path = format!("/assessments/{id}/summary");
    let version = form_version(&csw.get(&summary_path).await.body);
    app.time_out_sessions(&app.a.csw.user_id).await;
    let sent =
        csw.post(&summary_path, &[("version", version.as_str()), ("summary", "Settling well overall.")], &[]).await;
    assert!(sent.location().ends_with("&kept=1"), "{}", sent.location());
    let back = csw.sign_in("csw@a.test", &summary_path).await;
    assert_eq!(back.location(), format!("{summary_path}?restored=1"));
    let restored = csw.get(back.location()).await;
    assert!(restored.body.contains(KEPT_SECTION) && restored.body.contains("Settling well overall."));
    assert!(app.record(&id).await.assessment.summary.is_empty());
});

/// The `version` of an autosave answer.
fn json_version(body: &str) -> i64 {
    let (_, rest) = body.split_once("\"version\":").unwrap_or_else(|| panic!("no version in {body}"));
    rest.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap()
}

both_backends!(the_summary_autosaves_and_a_plain_save_follows_it, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.browser("csw@a.test").await;
    let id = app.start(&csw).await;
    let summary_path = format!("/assessments/{id}/summary");
    let page = csw.get(&summary_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("data-autosave"), "the form autosaves");
    assert!(
        page.body.contains("<p class=\"autosave-status\" role=\"status\" aria-live=\"polite\" data-autosave-status ")
            && page.body.contains("data-msg-saved=\"Draft saved\""),
        "and says how the autosave went: {}",
        page.body
    );
    let version = form_version(&page.body);

    // The script's post: JSON with the version the next save must carry.
    let auto = csw
        .post(
            &summary_path,
            &[("version", version.as_str()), ("summary", "Growing in confidence.")],
            &[("x-autosave", "1")],
        )
        .await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);
    assert_eq!(auto.content_type(), "application/json");
    assert!(auto.body.contains("\"saved\":true") && auto.body.contains("\"at\":\""), "{}", auto.body);
    let next = json_version(&auto.body);
    assert_eq!(next, app.record(&id).await.assessment.version);
    assert_ne!(next.to_string(), version, "the version moved on");
    assert_eq!(app.record(&id).await.assessment.summary, "Growing in confidence.");

    // The person then presses "Save summary" on the same page: the script has put the new
    // version in the form, so the save goes through rather than being called someone else's.
    let next = next.to_string();
    let plain = csw
        .post(&summary_path, &[("version", next.as_str()), ("summary", "Growing in confidence at school too.")], &[])
        .await;
    assert_eq!(plain.status, StatusCode::SEE_OTHER, "{}", plain.body);
    assert_eq!(plain.location(), format!("/assessments/{id}?notice=saved#tasks"));
    assert_eq!(app.record(&id).await.assessment.summary, "Growing in confidence at school too.");

    // An autosave against an old version is told so, in JSON, and changes nothing.
    let stale = csw
        .post(&summary_path, &[("version", version.as_str()), ("summary", "Old tab.")], &[("x-autosave", "1")])
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(stale.content_type(), "application/json");
    assert!(stale.body.contains("\"stale\":true") && stale.body.contains("Save summary"), "{}", stale.body);
    // Too long: nothing saved, and the note says why.
    let current = app.record(&id).await.assessment.version.to_string();
    let long = "a".repeat(20_001);
    let refused = csw
        .post(&summary_path, &[("version", current.as_str()), ("summary", long.as_str())], &[("x-autosave", "1")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.content_type(), "application/json");
    assert!(refused.body.contains("\"saved\":false") && refused.body.contains("20,000 characters"), "{}", refused.body);
    assert_eq!(app.record(&id).await.assessment.summary, "Growing in confidence at school too.");
});

both_backends!(a_section_autosaves_everything_that_can_be_saved_yet, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.browser("csw@a.test").await;
    let id = app.start(&csw).await;
    let availability = section_path(&id, Dimension::Availability);
    let page = csw.get(&availability).await;
    let fields = indicator_fields(&page.body);

    // A rating typed before any evidence: the whole section is saved, the rating waiting for
    // evidence, and the answer says so.
    let form =
        section_form(&page.body, "sometimes", &[("strengths", "Waits at the door for the carer."), ("rating", "6")]);
    let auto = csw.post(&availability, &form, &[("x-autosave", "1")]).await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);
    assert_eq!(auto.content_type(), "application/json");
    assert!(auto.body.contains("\"saved\":true"), "{}", auto.body);
    assert!(auto.body.contains("Your rating is kept and waits for evidence"), "{}", auto.body);
    let section = app.section(&id, Dimension::Availability).await;
    assert_eq!((section.strengths.as_str(), section.rating), ("Waits at the door for the carer.", None));
    assert_eq!(section.pending_rating, Some(6));
    assert_eq!(json_version(&auto.body), section.version);
    assert!(
        app.record(&id).await.indicators_for(Dimension::Availability).all(|i| i.state.as_deref() == Some("sometimes")),
        "the indicators were saved too"
    );

    // Text over the limit keeps what is stored; the rest is saved; nothing invalid is stored.
    let page = csw.get(&availability).await;
    let long = "b".repeat(10_001);
    let form = section_form(&page.body, "consistently", &[("strengths", long.as_str()), ("needs", "Time.")]);
    let auto = csw.post(&availability, &form, &[("x-autosave", "1")]).await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);
    assert!(auto.body.contains("Strengths must be 10,000 characters or fewer."), "{}", auto.body);
    let section = app.section(&id, Dimension::Availability).await;
    assert_eq!((section.strengths.as_str(), section.needs.as_str()), ("Waits at the door for the carer.", "Time."));

    // An answer that is not one of the choices is refused by the plain button, with the
    // indicator named and linked, and the typing kept; nothing is saved.
    let before = app.record(&id).await;
    let page = csw.get(&availability).await;
    let mut form = section_form(&page.body, "not_yet", &[("strengths", "Typed with a bad answer.")]);
    let bad = &fields[1];
    form.iter_mut().find(|(k, _)| k == bad).unwrap().1 = "always".to_owned();
    let refused = csw.post(&availability, &form, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    let wording = &before.indicators.iter().find(|i| format!("ind_{}", i.id) == *bad).unwrap().text;
    assert!(refused.body.contains("There is a problem"));
    assert!(
        refused.body.contains(&format!("<a href=\"#{bad}\">Choose one of the answers for")),
        "the summary links to the indicator: {}",
        refused.body
    );
    assert!(refused.body.contains(&format!("id=\"{bad}-error\"")), "the message is beside the indicator too");
    let escaped = wording.replace('\'', "&#39;");
    assert!(refused.body.contains(wording.as_str()) || refused.body.contains(&escaped));
    assert!(
        refused.body.contains("Typed with a bad answer.") && refused.body.contains(&checked(&fields[0], "not_yet"))
    );
    let after = app.record(&id).await;
    assert_eq!(
        (after.sections, after.indicators),
        (before.sections.clone(), before.indicators.clone()),
        "nothing saved"
    );

    // Autosaved, the bad answer keeps what is stored and everything else is saved.
    let auto = csw.post(&availability, &form, &[("x-autosave", "1")]).await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);
    assert!(auto.body.contains("Choose one of the answers for"), "{}", auto.body);
    let after = app.record(&id).await;
    for i in after.indicators_for(Dimension::Availability) {
        let want = if format!("ind_{}", i.id) == *bad { "consistently" } else { "not_yet" };
        assert_eq!(i.state.as_deref(), Some(want), "{}", i.text);
    }
    assert_eq!(after.section(Dimension::Availability).unwrap().strengths, "Typed with a bad answer.");
});

both_backends!(refusals_are_explained_on_the_page_they_came_from, |db: TestDb| async move {
    let app = spawn(db).await;
    let csw = app.browser("csw@a.test").await;
    let id = app.start(&csw).await;
    let availability = section_path(&id, Dimension::Availability);
    let added = csw
        .post(&format!("{availability}/evidence"), &evidence_form("Held the carer's hand at the dentist."), &[])
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = csw.get(&availability).await;
    let saved = csw.post(&availability, &section_form(&page.body, "sometimes", &[("rating", "6")]), &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // The only evidence under a rating: not removed, and the section page says what to do.
    let evidence = app.record(&id).await.evidence[0].id.clone();
    let remove = format!("/assessments/{id}/evidence/{evidence}/remove");
    let refused = csw.post(&remove, &[("x", "")], &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(refused.body.contains("There is a problem"), "{}", refused.body);
    assert!(
        refused
            .body
            .contains("<a href=\"#rating\">This is the only evidence for Availability, and the rating rests on it"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("first clear the rating"));
    assert!(
        refused.body.contains("id=\"section-form\"") && refused.body.contains("value=\"6\""),
        "the section form, as stored"
    );
    assert!(
        refused.body.contains("Held the carer&#39;s hand at the dentist.")
            || refused.body.contains("Held the carer's hand")
    );
    assert_eq!(app.record(&id).await.evidence.len(), 1, "nothing was removed");

    // With the rating cleared it goes.
    let page = csw.get(&availability).await;
    let cleared = csw.post(&availability, &section_form(&page.body, "sometimes", &[("rating", "")]), &[]).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER, "{}", cleared.body);
    let removed = csw.post(&remove, &[("x", "")], &[]).await;
    assert_eq!(removed.location(), format!("{availability}?notice=evidence-removed#evidence"), "{}", removed.body);
    assert!(app.record(&id).await.evidence.is_empty());

    // Returning for changes needs a note of a sensible length; the typed note stays.
    complete(&csw, &id).await;
    submit(&csw, &id).await;
    let version = app.record(&id).await.assessment.version.to_string();
    let long = format!("Please look again at the evidence dates. {}", "x".repeat(2_000));
    let too_long = csw
        .post(&format!("/assessments/{id}/return"), &[("version", version.as_str()), ("note", long.as_str())], &[])
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", too_long.body);
    assert!(too_long.body.contains("There is a problem"));
    assert!(
        too_long.body.contains("<a href=\"#note\">The note of what needs changing must be 2,000 characters or fewer."),
        "{}",
        too_long.body
    );
    assert!(too_long.body.contains("<details class=\"add-form\" open>"), "the return form is open");
    assert!(too_long.body.contains("Please look again at the evidence dates."), "what was typed is kept");
    let a = app.record(&id).await.assessment;
    assert_eq!((a.status.as_str(), a.returned_note.as_str()), ("submitted", ""));
    let empty =
        csw.post(&format!("/assessments/{id}/return"), &[("version", version.as_str()), ("note", " ")], &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("<a href=\"#note\">Say what needs changing before returning it."));
    let returned = csw
        .post(&format!("/assessments/{id}/return"), &[("version", version.as_str()), ("note", "Check the dates.")], &[])
        .await;
    assert_eq!(returned.location(), format!("/assessments/{id}?notice=returned"), "{}", returned.body);
    let a = app.record(&id).await.assessment;
    assert_eq!((a.status.as_str(), a.returned_note.as_str()), ("draft", "Check the dates."));
});

// ---------------------------------------------------------------- caregivers

/// One dimension of a caregiver assessment filled in through the forms: evidence from caring,
/// every indicator, strengths, both capacities, training needs and the rating.
async fn complete_carer_section(b: &Browser, id: &str, d: Dimension, rating: &str) {
    let path = section_path(id, d);
    let mut evidence = evidence_form("Talked the child through a nightmare and stayed until they slept.");
    evidence.push(("life_area", "caring".to_owned()));
    let added = b.post(&format!("{path}/evidence"), &evidence, &[]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{d:?}: {}", added.body);
    let page = b.get(&path).await;
    let form = section_form(
        &page.body,
        "consistently",
        &[
            ("strengths", "Notices how a child is feeling."),
            ("short_term", "Could offer a bridging home for a few months."),
            ("long_term", "Would stay the course with a child into adulthood."),
            ("needs", "Training in therapeutic parenting."),
            ("rating", rating),
        ],
    );
    let saved = b.post(&path, &form, &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{d:?}: {}", saved.body);
}

/// Starts a caregiver assessment of the fixture's carer through the form, dated today.
async fn start_carer(app: &TestApp, b: &Browser, member: &str) -> String {
    let today = dates::for_input(&dates::store(dates::today()));
    let path = format!("/households/{}/assessments/new", app.a.household);
    let r = b.post(&path, &[("member", member), ("assessed_on", today.as_str())], &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id_from(r.location())
}

/// Writes the summary, submits and signs off, as `b`.
async fn summarise_submit_sign_off(app: &TestApp, b: &Browser, id: &str) {
    let summary_path = format!("/assessments/{id}/summary");
    let version = form_version(&b.get(&summary_path).await.body);
    let summary = [("version", version.as_str()), ("summary", "A warm, steady carer ready for a second child.")];
    assert_eq!(b.post(&summary_path, &summary, &[]).await.status, StatusCode::SEE_OTHER);
    submit(b, id).await;
    let signed = sign_off(app, b, id).await;
    assert_eq!(signed.location(), format!("/assessments/{id}?notice=signed-off"), "{}", signed.body);
}

both_backends!(a_supervising_social_worker_assesses_a_carer, |db: TestDb| async move {
    let app = spawn(db).await;
    let ssw = app.browser("ssw@a.test").await;
    let (actor, household) = (app.a.ssw.clone(), app.a.household.clone());
    let carers = app
        .state
        .store
        .run(move |c| {
            let scope = Scope::of(actor);
            assessments::carers_of(c, &scope, &household)
        })
        .await
        .unwrap();
    let member = carers[0].0.clone();
    let start = format!("/households/{}/assessments/new", app.a.household);
    let list = |app: &TestApp| {
        let (actor, household) = (app.a.ssw.clone(), app.a.household.clone());
        let store = app.state.store.clone();
        async move {
            store
                .run(move |c| {
                    let scope = Scope::of(actor);
                    assessments::list_for_household(c, &scope, &household)
                })
                .await
                .unwrap()
        }
    };

    // The start form offers the household's carers.
    let form = ssw.get(&start).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Start a caregiver assessment") && form.body.contains("Kit Carer"));
    assert!(form.body.contains(&format!("name=\"member\" value=\"{member}\"")));

    // No carer chosen and a date that does not exist: both named, the typing kept.
    let refused = ssw.post(&start, &[("assessed_on", "31 2 2026")], &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("There is a problem"));
    assert!(refused.body.contains("<a href=\"#member\">Choose the carer to assess.</a>"), "{}", refused.body);
    assert!(refused.body.contains("<a href=\"#assessed_on\">Assessment date:"), "{}", refused.body);
    assert!(refused.body.contains("value=\"31 2 2026\""));
    // A carer chosen, a date in the future: the choice is kept.
    let refused = ssw.post(&start, &[("member", member.as_str()), ("assessed_on", "1 1 2099")], &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&checked("member", &member)) && refused.body.contains("value=\"1 1 2099\""));
    assert!(!refused.body.contains("href=\"#member\""));
    assert!(list(&app).await.is_empty(), "nothing was started");

    let id = start_carer(&app, &ssw, &member).await;
    let overview = ssw.get(&format!("/assessments/{id}?notice=started")).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("Caregiver assessment") && overview.body.contains("Kit Carer"));
    assert!(overview.body.contains("Overall summary</a>"), "the summary is a task, and not optional");

    // Evidence must say which part of the carer's life it comes from.
    let availability = section_path(&id, Dimension::Availability);
    let evidence_path = format!("{availability}/evidence");
    let evidence_page = ssw.get(&evidence_path).await;
    assert!(evidence_page.body.contains("Which part of the carer"));
    let no_area =
        ssw.post(&evidence_path, &evidence_form("Her grandmother took her in after school every day."), &[]).await;
    assert_eq!(no_area.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_area.body.contains("<a href=\"#life_area\">Choose which part of the carer&#39;s life this comes from.")
            || no_area.body.contains("<a href=\"#life_area\">Choose which part of the carer's life this comes from."),
        "{}",
        no_area.body
    );
    assert!(no_area.body.contains("Her grandmother took her in after school every day."), "the account is kept");
    assert!(app.record(&id).await.evidence.is_empty());
    let mut past = evidence_form("Her grandmother took her in after school every day.");
    past.push(("life_area", "past_life".to_owned()));
    assert_eq!(ssw.post(&evidence_path, &past, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.record(&id).await.evidence[0].life_area, "past_life");
    let page = ssw.get(&availability).await;
    assert!(page.body.contains("Past life"), "the evidence shows where it comes from");
    assert!(
        page.body.contains("both capacities (for short-term and for long-term care) are written"),
        "the hint says when it is complete"
    );

    // Capacities and training needs are saved and shown. One capacity missing: in progress.
    let form = section_form(
        &page.body,
        "sometimes",
        &[
            ("strengths", "Stays calm when a child pushes away."),
            ("short_term", "Could offer a bridging home for a few months."),
            ("long_term", ""),
            ("needs", "Training in therapeutic parenting."),
            ("rating", "7"),
        ],
    );
    let saved = ssw.post(&availability, &form, &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let section = app.section(&id, Dimension::Availability).await;
    assert_eq!(
        (section.short_term.as_str(), section.long_term.as_str(), section.needs.as_str(), section.rating),
        ("Could offer a bridging home for a few months.", "", "Training in therapeutic parenting.", Some(7))
    );
    let page = ssw.get(&availability).await;
    assert!(
        page.body.contains("Could offer a bridging home for a few months.")
            && page.body.contains("Training in therapeutic parenting.")
    );
    let overview = ssw.get(&format!("/assessments/{id}")).await;
    assert!(
        overview.body.contains("id=\"task-availability\">In progress<"),
        "not complete without the long-term capacity"
    );
    let form = section_form(
        &page.body,
        "sometimes",
        &[
            ("strengths", "Stays calm when a child pushes away."),
            ("short_term", "Could offer a bridging home for a few months."),
            ("long_term", "Would need support with contact to offer permanence."),
            ("needs", "Training in therapeutic parenting."),
            ("rating", "7"),
        ],
    );
    assert_eq!(ssw.post(&availability, &form, &[]).await.status, StatusCode::SEE_OTHER);
    let overview = ssw.get(&format!("/assessments/{id}")).await;
    assert!(overview.body.contains("id=\"task-availability\">Complete<"), "{}", overview.body);
    assert!(
        overview.body.contains("Capacity for long-term care")
            && overview.body.contains("Would need support with contact to offer permanence.")
    );

    // Every dimension complete but no summary: refused, and the message names the summary.
    for d in Dimension::ALL.into_iter().skip(1) {
        complete_carer_section(&ssw, &id, d, "7").await;
    }
    let overview = ssw.get(&format!("/assessments/{id}")).await;
    let early = ssw.post(&format!("/assessments/{id}/submit"), &[("version", form_version(&overview.body))], &[]).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", early.body);
    assert!(
        early.body.contains("<a href=\"#task-link-summary\">Write the overall summary before submitting"),
        "{}",
        early.body
    );
    assert!(
        !early.body.contains("indicator answered and every rating given")
            && !early.body.contains("#task-link-availability")
    );
    assert_eq!(app.record(&id).await.assessment.status, "draft");

    // Summary, submit, sign off.
    summarise_submit_sign_off(&app, &ssw, &id).await;
    let page = ssw.get(&format!("/assessments/{id}")).await;
    assert!(page.body.contains("Signed off") && page.body.contains("Sol Supervisor (Social worker)"));
    assert!(page.body.contains("A warm, steady carer ready for a second child."));

    // The household's profile: a block for the carer with the petals, the chart and the table.
    let profile = ssw.get(&format!("/households/{}/profile", app.a.household)).await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(profile.body.contains("<h2 id=\"carer-1-title\">Kit Carer</h2>"), "{}", profile.body);
    // The petals and the progress chart, each drawn for a wide screen and for a phone.
    assert_eq!(profile.body.matches("<svg").count(), 4, "the petals and the progress chart");
    assert_eq!(profile.body.matches("class=\"chart-narrow\"").count(), 2);
    assert!(profile.body.contains("<caption>Ratings at each signed-off assessment of Kit Carer"));
    assert!(profile.body.contains(&format!("/assessments/{id}\"")) && profile.body.contains("\">7</td>"));

    // A second assessment of the same carer, and the two compared.
    let later = start_carer(&app, &ssw, &member).await;
    for d in Dimension::ALL {
        complete_carer_section(&ssw, &later, d, if d == Dimension::Availability { "9" } else { "7" }).await;
    }
    summarise_submit_sign_off(&app, &ssw, &later).await;
    let choose = ssw.get(&format!("/assessments/{later}/compare")).await;
    assert_eq!(choose.status, StatusCode::OK);
    assert!(choose.body.contains(&format!("/assessments/{later}/compare?with={id}")), "{}", choose.body);
    let compared = ssw.get(&format!("/assessments/{later}/compare?with={id}")).await;
    assert_eq!(compared.status, StatusCode::OK, "{}", compared.body);
    assert!(compared.body.contains("7 \u{2192} 9 (up 2)"), "{}", compared.body);
    assert!(compared.body.contains("7 \u{2192} 7 (no change)"));
    assert!(compared.body.contains("Progress: seen more often now"), "sometimes then consistently");
    let profile = ssw.get(&format!("/households/{}/profile", app.a.household)).await;
    assert!(profile.body.contains(&format!("/assessments/{later}\"")) && profile.body.contains("\">9</td>"));

    // The carer reads their own signed-off assessment, and cannot work on it.
    let carer = app.browser("carer@a.test").await;
    let read = carer.get(&format!("/assessments/{id}")).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("Would need support with contact to offer permanence."));
    assert_eq!(carer.get(&format!("/assessments/{id}/summary")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(carer.get(&start).await.status, StatusCode::NOT_FOUND);
    assert_eq!(carer.get(&format!("/households/{}/profile", app.a.household)).await.status, StatusCode::OK);
});
