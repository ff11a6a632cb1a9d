//! The read-only views of assessments through HTTP (the profile, comparing two assessments, the
//! print view, the list on a record page) and the agency's practice content pages: the real
//! server on a real port, a fresh database per test, on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::civil::{Date, date};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use securebase_core::Dimension;
use securebase_core::assessment::{AgeBand, EvidenceSource, IndicatorState, LifeArea, Rating, SignOffRule};
use securebase_store::access::{Actor, Scope};
use securebase_store::assessments::{self, EvidenceInput, SectionInput};
use securebase_store::children::Saved;
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture::{self, Agency};
use securebase_store::{DbConnection, StoreError, both_backends, orgs};
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

    async fn as_actor<T: Send + 'static>(
        &self,
        actor: &Actor,
        f: impl FnOnce(&mut DbConnection, &Scope) -> Result<T, StoreError> + Send + 'static,
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

    /// A child's assessment of the fixture's child, started, written and (unless `draft`)
    /// signed off by the child's social worker; `rating(d)` is each dimension's rating.
    async fn child_assessment(&self, on: Date, draft: bool, rating: fn(Dimension) -> i32) -> String {
        let pack = self.state.pack().clone();
        let child = self.a.child.clone();
        self.as_actor(&self.a.csw, move |c, s| {
            let a = assessments::start_child(c, s, &pack, &child, on, AgeBand::MiddleChildhood, "")?;
            fill(c, s, &a.id, rating, draft, on)?;
            Ok(a.id)
        })
        .await
    }

    async fn carer_assessment(&self, on: Date) -> String {
        let pack = self.state.pack().clone();
        let household = self.a.household.clone();
        self.as_actor(&self.a.ssw, move |c, s| {
            let (member, _) = assessments::carers_of(c, s, &household)?.remove(0);
            let a = assessments::start_caregiver(c, s, &pack, &household, &member, on)?;
            fill(c, s, &a.id, |_| 7, false, on)?;
            Ok(a.id)
        })
        .await
    }
}

/// Every indicator answered (seen consistently where the rating is 6 or more, sometimes below),
/// a piece of evidence in each dimension about its first indicator, every rating given, the
/// summary written; then submitted and signed off unless `draft`.
fn fill(
    c: &mut DbConnection,
    s: &Scope,
    id: &str,
    rating: fn(Dimension) -> i32,
    draft: bool,
    on: Date,
) -> Result<(), StoreError> {
    let invalid = |e: &dyn std::fmt::Display| StoreError::Invalid(e.to_string());
    for d in Dimension::ALL {
        let record = assessments::view(c, s, id)?;
        let first = record.indicators_for(d).next().map(|i| i.id.clone());
        let evidence = EvidenceInput {
            indicator_id: first,
            happened_on: on,
            source: EvidenceSource::Caregiver,
            life_area: Some(LifeArea::Caring),
            account: format!("On {on} the child came to the carer after a hard day ({}).", d.name()),
            opinion: "A real step forward.".into(),
        };
        assessments::add_evidence(c, s, id, d, &evidence)?;
        let state = if rating(d) >= 6 { IndicatorState::Consistently } else { IndicatorState::Sometimes };
        let carer = record.assessment.kind() == securebase_core::assessment::AssessmentKind::Caregiver;
        let capacity = |text: &str| if carer { text.to_owned() } else { String::new() };
        let input = SectionInput {
            states: record.indicators_for(d).map(|i| (i.id.clone(), Some(state))).collect(),
            strengths: "Comes back to the carer when worried.".into(),
            needs: "More time.".into(),
            short_term: capacity("Settles a child quickly."),
            long_term: capacity("Would stay the course."),
            rating: Some(Rating::new(rating(d)).map_err(|e| invalid(&e))?),
            second_rating: Some(Rating::new(rating(d) - 1).map_err(|e| invalid(&e))?),
            ..SectionInput::default()
        };
        let version = record.section(d).map_or(1, |x| x.version);
        if let Saved::Stale { .. } = assessments::save_section(c, s, id, d, version, &input)? {
            return Err(invalid(&"stale section"));
        }
    }
    let version = assessments::view(c, s, id)?.assessment.version;
    assessments::save_summary(c, s, id, version, "Settled and growing in confidence.")?;
    if draft {
        return Ok(());
    }
    let version = assessments::view(c, s, id)?.assessment.version;
    assessments::submit(c, s, id, version)?;
    assessments::sign_off(c, s, id, version + 1)?;
    Ok(())
}

both_backends!(the_profile_draws_ratings_over_time_with_a_table, |db: TestDb| async move {
    let app = spawn(db).await;
    let first = app.child_assessment(date(2025, 1, 10), false, |_| 4).await;
    let second =
        app.child_assessment(date(2025, 7, 10), false, |d| if d == Dimension::Availability { 7 } else { 5 }).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/children/{}/profile", app.a.child), &csw).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Secure Base profile: Robin Fixture"));
    // Each drawn for a wide screen and for a phone.
    assert_eq!(page.body.matches("<svg").count(), 4, "the petals and the progress chart");
    assert!(page.body.contains("role=\"img\""));
    assert!(page.body.contains("Family membership: birth family"), "the birth family is its own series and column");
    assert!(page.body.contains("<table") && page.body.contains("<caption>Ratings at each signed-off assessment"));
    let (at_first, at_second) = (
        page.body.find(&format!("/assessments/{first}\"")).unwrap(),
        page.body.rfind(&format!("/assessments/{second}\"")).unwrap(),
    );
    assert!(at_first < at_second, "rows run oldest first");
    assert!(page.body.contains("\">7</td>"));

    // The carer the child lives with reads it; a carer elsewhere is told it does not exist.
    let carer = app.sign_in("carer@a.test").await;
    assert_eq!(app.get(&format!("/children/{}/profile", app.a.child), &carer).await.status, StatusCode::OK);
    let other = app.sign_in("carer@b.test").await;
    assert_eq!(app.get(&format!("/children/{}/profile", app.a.child), &other).await.status, StatusCode::NOT_FOUND);
    let admin = app.sign_in("admin@a.test").await;
    assert_eq!(app.get(&format!("/children/{}/profile", app.a.child), &admin).await.status, StatusCode::NOT_FOUND);
    // Each answered view is in the audit trail by the time the page arrives (group-committed);
    // the refused ones are not.
    let child = app.a.child.clone();
    let views: i64 = app
        .state
        .store
        .run(move |c| {
            use diesel::prelude::*;
            use securebase_store::schema::audit_events;
            Ok(audit_events::table
                .filter(audit_events::record_type.eq("child_profile"))
                .filter(audit_events::record_id.eq(&child))
                .count()
                .get_result(c)?)
        })
        .await
        .unwrap();
    assert_eq!(views, 2, "the worker's and the carer's views");
    let report = app.state.store.run(securebase_store::audit::verify).await.unwrap();
    assert!(report.first_broken.is_none());

    // A household's profile: one block per carer.
    app.carer_assessment(date(2025, 3, 1)).await;
    let ssw = app.sign_in("ssw@a.test").await;
    let page = app.get(&format!("/households/{}/profile", app.a.household), &ssw).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Secure Base profile: The Ashworth household"));
    assert!(page.body.contains("<h2 id=\"carer-1-title\">Kit Carer</h2>"));
    assert!(page.body.contains("<svg") && page.body.contains("<table"));
    assert!(!page.body.contains("birth family"), "a carer has one family-membership rating");

    // An empty profile says so, without charts.
    let other_ssw = app.sign_in("ssw@b.test").await;
    let empty = app.get(&format!("/children/{}/profile", app.b.child), &other_ssw).await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("No assessment has been signed off yet") && !empty.body.contains("<svg"));
});

both_backends!(two_assessments_side_by_side, |db: TestDb| async move {
    let app = spawn(db).await;
    let older = app.child_assessment(date(2025, 1, 10), false, |_| 4).await;
    let newer =
        app.child_assessment(date(2025, 7, 10), false, |d| if d == Dimension::Availability { 7 } else { 4 }).await;
    let draft = app.child_assessment(date(2025, 9, 1), true, |_| 5).await;
    let carers = app.carer_assessment(date(2025, 3, 1)).await;
    let csw = app.sign_in("csw@a.test").await;

    let choose = app.get(&format!("/assessments/{newer}/compare"), &csw).await;
    assert_eq!(choose.status, StatusCode::OK);
    assert!(choose.body.contains(&format!("/assessments/{newer}/compare?with={older}")));
    assert!(!choose.body.contains(&format!("with={draft}")), "drafts are not offered");
    assert!(!choose.body.contains(&format!("with={carers}")), "nor another kind of assessment");

    // Either way round, the older comes first.
    let page = app.get(&format!("/assessments/{newer}/compare?with={older}"), &csw).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("4 \u{2192} 7 (up 3)"), "{}", page.body);
    assert!(page.body.contains("4 \u{2192} 4 (no change)"));
    assert!(page.body.contains("3 \u{2192} 3 (no change)"), "the birth family's rating too");
    assert!(page.body.contains("Progress: seen more often now"));
    assert!(page.body.contains("Seen sometimes") && page.body.contains("Seen consistently"));
    assert!(page.body.contains("On 2025-07-10 the child came to the carer"), "the new evidence behind the move");
    assert!(!page.body.contains("On 2025-01-10 the child came"), "evidence the older one had is not new");
    let reversed = app.get(&format!("/assessments/{older}/compare?with={newer}"), &csw).await;
    assert!(reversed.body.contains("4 \u{2192} 7 (up 3)"));

    // Different subjects or kinds, or an assessment out of reach: not found.
    assert_eq!(
        app.get(&format!("/assessments/{newer}/compare?with={carers}"), &csw).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/assessments/{newer}/compare?with={newer}"), &csw).await.status,
        StatusCode::NOT_FOUND
    );
    let carer = app.sign_in("carer@a.test").await;
    assert_eq!(app.get(&format!("/assessments/{newer}/compare?with={older}"), &carer).await.status, StatusCode::OK);
    assert_eq!(
        app.get(&format!("/assessments/{newer}/compare?with={draft}"), &carer).await.status,
        StatusCode::NOT_FOUND
    );
    let other = app.sign_in("csw@b.test").await;
    assert_eq!(
        app.get(&format!("/assessments/{newer}/compare?with={older}"), &other).await.status,
        StatusCode::NOT_FOUND
    );
});

both_backends!(the_print_view_is_standalone_and_signed, |db: TestDb| async move {
    let app = spawn(db).await;
    let signed = app.child_assessment(date(2025, 1, 10), false, |_| 6).await;
    let draft = app.child_assessment(date(2025, 9, 1), true, |_| 5).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/assessments/{signed}/print"), &csw).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Signed off by Cam Childworker, Social worker, on "), "{}", page.body);
    // Once at the head, for every printed page to repeat (docs/decisions.md, 42), once at the end.
    let head = "<p class=\"print-running-head\">Signed off by Cam Childworker, Social worker, on ";
    assert!(page.body.contains(head), "the sign-off heads the page");
    assert_eq!(page.body.matches("Signed off by Cam Childworker, Social worker, on ").count(), 2);
    assert!(page.body.contains("Written by Cam Childworker."));
    assert!(page.body.contains("/static/app.css") && page.body.contains("data-print"));
    assert!(!page.body.contains("class=\"site-nav\""), "no site navigation on paper");
    assert!(page.body.contains("<svg") && page.body.contains("Settled and growing in confidence."));
    assert!(page.body.contains("A real step forward."), "every dimension's evidence");
    let css = app.get("/static/app.css", &csw).await;
    assert!(css.body.contains("@page") && css.body.contains("counter(pages)"));
    // The dimensions' colours are the content's, served with the stylesheet.
    for d in Dimension::ALL {
        let colour = &app.state.pack().dimension(d).unwrap().colour;
        assert!(css.body.contains(&format!("--dim-{}: {colour};", d.key())), "{d:?}");
    }

    let back = app.get(&format!("/assessments/{draft}/print"), &csw).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert_eq!(back.location(), format!("/assessments/{draft}"));
    let carer = app.sign_in("carer@a.test").await;
    assert_eq!(app.get(&format!("/assessments/{signed}/print"), &carer).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/assessments/{draft}/print"), &carer).await.status, StatusCode::NOT_FOUND);
});

both_backends!(a_past_assessment_names_the_household_of_its_date, |db: TestDb| async move {
    use securebase_store::households::{self, MemberInput};
    use securebase_store::placements::{self, EndInput, StartInput};

    let app = spawn(db).await;
    // Written while the child lived with the Ashworth household (from 2026-01-05), and one from
    // before they were placed at all.
    let then = app.child_assessment(date(2026, 3, 2), false, |_| 6).await;
    let before = app.child_assessment(date(2025, 1, 10), false, |_| 5).await;
    // The child has since moved to the Brook household.
    let brook = app.a.unrelated_household.clone();
    let member = MemberInput {
        name: "Bea Brook".into(),
        member_role: "carer".into(),
        carer_type: Some("foster_carer".into()),
        user_id: None,
        date_of_birth: None,
    };
    app.as_actor(&app.a.outsider, move |c, s| households::add_member(c, s, &brook, &member)).await;
    let (child, placement, brook) = (app.a.child.clone(), app.a.placement.clone(), app.a.unrelated_household.clone());
    app.as_actor(&app.a.csw, move |c, s| {
        let version = placements::get(c, s, &placement)?.placement.version;
        let end = EndInput { end_date: "2026-04-01".into(), end_reason: "planned".into(), end_note: String::new() };
        placements::end(c, s, &placement, version, &end)?;
        let start = StartInput {
            household_id: brook,
            placement_type: "short_term".into(),
            start_date: "2026-04-01".into(),
            planned_end_date: None,
        };
        placements::start(c, s, &child, &start)
    })
    .await;

    let csw = app.sign_in("csw@a.test").await;
    for path in [format!("/assessments/{then}"), format!("/assessments/{then}/print")] {
        let page = app.get(&path, &csw).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(page.body.contains("Living with on that date"), "{path}");
        assert!(
            page.body.contains("The Ashworth household, long-term placement from 5 January 2026"),
            "{path} names the household of the assessment date: {}",
            page.body
        );
        assert!(page.body.contains("Carers: Kit Carer"), "{path}");
        assert!(!page.body.contains("Brook"), "{path} does not name today's household");
    }
    for path in [format!("/assessments/{before}"), format!("/assessments/{before}/print")] {
        let page = app.get(&path, &csw).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(page.body.contains("Not placed with a household on this date."), "{path}");
        assert!(!page.body.contains("Brook") && !page.body.contains("Ashworth"), "{path}");
    }
});

both_backends!(record_pages_list_assessments, |db: TestDb| async move {
    let app = spawn(db).await;
    let signed = app.child_assessment(date(2025, 1, 10), false, |_| 6).await;
    let draft = app.child_assessment(date(2025, 9, 1), true, |_| 5).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/children/{}", app.a.child), &csw).await;
    assert!(page.body.contains("Secure Base assessments"));
    assert!(page.body.contains(&format!("/children/{}/assessments/new", app.a.child)));
    assert!(page.body.contains(&format!("/children/{}/profile", app.a.child)));
    assert!(
        page.body.contains(&format!("/assessments/{signed}\""))
            && page.body.contains(&format!("/assessments/{draft}\""))
    );
    // The latest signed-off ratings as petals (the draft is not signed off), titled for the
    // screen reader; the chart over time stays on the profile.
    assert_eq!(page.body.matches("<svg").count(), 2, "the petals (wide and phone), and no progress chart");
    assert!(page.body.contains("Ratings at the latest signed-off assessment, 10 January 2025"), "{}", page.body);
    assert!(page.body.contains("birth family"), "both family-membership ratings");
    assert!(page.body.contains(&format!("from <a href=\"/assessments/{signed}\">the assessment of 10 January 2025")));

    let carer = app.sign_in("carer@a.test").await;
    let page = app.get(&format!("/children/{}", app.a.child), &carer).await;
    assert!(page.body.contains(&format!("/assessments/{signed}\"")));
    assert!(!page.body.contains(&format!("/assessments/{draft}\"")), "carers see signed-off work only");
    assert!(!page.body.contains("/assessments/new"));

    app.carer_assessment(date(2025, 3, 1)).await;
    let ssw = app.sign_in("ssw@a.test").await;
    let page = app.get(&format!("/households/{}", app.a.household), &ssw).await;
    assert!(page.body.contains("Start a caregiver assessment"));
    assert!(page.body.contains(&format!("/households/{}/profile", app.a.household)));
    assert!(page.body.contains("Kit Carer"));
    assert!(page.body.contains("Ratings at the latest signed-off assessment for Kit Carer, 1 March 2025"));
    assert!(page.body.contains("Kit Carer: latest signed-off ratings"));
});

both_backends!(administrators_manage_practice_content, |db: TestDb| async move {
    let app = spawn(db).await;
    let admin = app.sign_in("admin@a.test").await;
    let home = app.get("/", &admin).await;
    assert!(home.body.contains("href=\"/admin/indicators\">Practice content"));

    // Who signs off.
    let page = app.get("/admin/settings", &admin).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("value=\"worker\" checked"));
    let bad = app.post("/admin/settings", Some(&admin), &[("sign_off", "anyone")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("There is a problem") && bad.body.contains("href=\"#sign_off\""));
    let ok = app.post("/admin/settings", Some(&admin), &[("sign_off", "manager")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = app.get(ok.location(), &admin).await;
    assert!(page.body.contains("value=\"manager\" checked") && page.body.contains("Saved."));
    let org = app.a.org.clone();
    let rule = app.state.store.run(move |c| orgs::sign_off_rule(c, &org)).await.unwrap();
    assert_eq!(rule, SignOffRule::Manager);

    // An indicator of the agency's own.
    let bad = app
        .post(
            "/admin/indicators",
            Some(&admin),
            &[("kind", "child"), ("dimension", "availability"), ("text", "Keeps this")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#band\"") && bad.body.contains("Keeps this"), "typed values are kept");
    assert!(bad.body.contains("value=\"availability\" checked"));
    // An evidence note is required: the summary links to it, and the typing stays.
    let no_note = app
        .post(
            "/admin/indicators",
            Some(&admin),
            &[
                ("kind", "caregiver"),
                ("dimension", "sensitivity"),
                ("aspect", "behaviour"),
                ("care", "long_term"),
                ("text", "Puts the child's worries into words"),
                ("evidence_hint", "  "),
            ],
        )
        .await;
    assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_note.body.contains("<a href=\"#evidence_hint\">Enter a note on what good evidence of it looks like</a>"),
        "{}",
        no_note.body
    );
    assert!(
        no_note.body.contains("Puts the child&#39;s worries into words")
            || no_note.body.contains("Puts the child's worries into words")
    );
    assert!(
        no_note.body.contains("value=\"caregiver\" checked") && no_note.body.contains("value=\"long_term\" checked")
    );
    assert!(no_note.body.contains("Your agency has not added any indicators yet."), "nothing was added");
    let wording = "Shows the carer a drawing made at school";
    let ok = app
        .post(
            "/admin/indicators",
            Some(&admin),
            &[
                ("kind", "child"),
                ("dimension", "availability"),
                ("band", "middle_childhood"),
                ("text", wording),
                ("evidence_hint", "What the carer saw, and when."),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let list = app.get(ok.location(), &admin).await;
    assert!(list.body.contains(wording) && list.body.contains("5 to 10 years"));
    assert!(list.body.contains("appear in new assessments beside the ones that come with securebase"));

    // It appears in an assessment started now, and stays there when archived.
    let with = app.child_assessment(date(2025, 1, 10), true, |_| 5).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/assessments/{with}/dimensions/availability"), &csw).await;
    assert!(page.body.contains(wording), "the new indicator is in the new assessment");
    let id = {
        let marker = "/admin/indicators/";
        let at = list.body.find(marker).unwrap() + marker.len();
        list.body[at..].split('/').next().unwrap().to_owned()
    };
    let archived = app.post(&format!("/admin/indicators/{id}/archive"), Some(&admin), &[]).await;
    assert_eq!(archived.status, StatusCode::SEE_OTHER);
    let without = app.child_assessment(date(2025, 2, 10), true, |_| 5).await;
    assert!(!app.get(&format!("/assessments/{without}/dimensions/availability"), &csw).await.body.contains(wording));
    assert!(app.get(&format!("/assessments/{with}/dimensions/availability"), &csw).await.body.contains(wording));
    let restored = app.post(&format!("/admin/indicators/{id}/restore"), Some(&admin), &[]).await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);

    // Nobody else has these pages; another agency's administrator cannot reach this one's indicator.
    let carer = app.sign_in("carer@a.test").await;
    for path in ["/admin/settings", "/admin/indicators"] {
        assert_eq!(app.get(path, &carer).await.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(app.get(path, &csw).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        app.post("/admin/settings", Some(&carer), &[("sign_off", "worker")]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.post("/admin/indicators", Some(&carer), &[]).await.status, StatusCode::NOT_FOUND);
    let other_admin = app.sign_in("admin@b.test").await;
    let refused = app.post(&format!("/admin/indicators/{id}/archive"), Some(&other_admin), &[]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
});

// The profile's drawing is kept by the server between views, so it must be drawn again the
// moment the child's signed-off assessments change: a new one signed off, or one replaced by
// its signed-off amendment. Someone signed out is sent to sign in and brought back.
both_backends!(a_kept_profile_drawing_never_outlives_a_sign_off, |db: TestDb| async move {
    let app = spawn(db).await;
    let path = format!("/children/{}/profile", app.a.child);
    let first = app.child_assessment(date(2025, 1, 10), false, |_| 4).await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&path, &csw).await;
    assert!(page.body.contains(&format!("/assessments/{first}\"")));
    assert_eq!(page.body.matches("\">4</td>").count(), 5, "{}", page.body);
    assert_eq!(app.get(&path, &csw).await.body, page.body, "the same answer while nothing changes");

    let second = app.child_assessment(date(2025, 7, 10), false, |_| 8).await;
    let page = app.get(&path, &csw).await;
    assert!(page.body.contains(&format!("/assessments/{second}\"")), "a new sign-off shows at once");
    assert_eq!(page.body.matches("\">8</td>").count(), 5);

    // Amend the latest: availability goes from 8 to 2, and the amendment is signed off.
    let amends = second.clone();
    let amended = app
        .as_actor(&app.a.csw, move |c, s| {
            let new = assessments::amend(c, s, &amends, "The availability rating was entered wrongly.")?;
            let record = assessments::view(c, s, &new.id)?;
            let section = record.section(Dimension::Availability).cloned().ok_or(StoreError::NotFound)?;
            let input = SectionInput {
                states: record
                    .indicators_for(Dimension::Availability)
                    .map(|i| (i.id.clone(), i.state.as_deref().and_then(IndicatorState::parse)))
                    .collect(),
                strengths: section.strengths.clone(),
                needs: section.needs.clone(),
                rating: Some(Rating::new(2).map_err(|e| StoreError::Invalid(e.to_string()))?),
                ..SectionInput::default()
            };
            assessments::save_section(c, s, &new.id, Dimension::Availability, section.version, &input)?;
            let version = assessments::view(c, s, &new.id)?.assessment.version;
            assessments::submit(c, s, &new.id, version)?;
            assessments::sign_off(c, s, &new.id, version + 1)?;
            Ok(new.id)
        })
        .await;
    let page = app.get(&path, &csw).await;
    assert!(page.body.contains(&format!("/assessments/{amended}\"")), "the amendment replaces what it amends");
    assert!(!page.body.contains(&format!("/assessments/{second}\"")));
    assert!(
        page.body.contains("data-label=\"Availability\">2</td><td data-label=\"Sensitivity\">8</td>"),
        "{}",
        page.body
    );

    // Signed out: to the sign-in page, coming back here afterwards; nothing is audited.
    let r = app.post("/sign-out", Some(&csw), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = app.get(&path, &csw).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/sign-in?next=%2Fchildren%2F"), "{}", r.location());
});

// The rating scale beside a dimension's rating is the one the assessment kept, not whatever the
// content says today.
both_backends!(a_dimension_page_shows_the_scale_wording_the_assessment_kept, |db: TestDb| async move {
    let app = spawn(db).await;
    let mut pack = app.state.pack().clone();
    let key = Dimension::Availability.key();
    let scale = pack.child_scales.iter_mut().find(|s| s.key == key).unwrap();
    scale.ten = "Wording kept from an earlier edition of the content.".into();
    let child = app.a.child.clone();
    let id = app
        .as_actor(&app.a.csw, move |c, s| {
            Ok(assessments::start_child(c, s, &pack, &child, date(2026, 3, 2), AgeBand::MiddleChildhood, "")?.id)
        })
        .await;
    let csw = app.sign_in("csw@a.test").await;
    let page = app.get(&format!("/assessments/{id}/dimensions/{key}"), &csw).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Wording kept from an earlier edition of the content."), "{}", page.body);
    let today = app.state.pack().child_scale(key).unwrap().ten.clone();
    assert!(!page.body.contains(&today));
});
