//! Assessments end to end in a real headless Chromium against the real app: a worker who uses
//! only the keyboard, a supervising social worker assessing a carer from start to sign-off, a
//! carer who may read but not change, a session that ends mid-form, axe-core's WCAG 2.2 AA
//! checks on every assessment page, child and caregiver, and the print view printed to PDF.
//!
//! The journeys through whole assessments (keyboard only; a caregiver assessment) and the ones
//! that lean on the store's access rules and on the kept-form rows run on both backends; the
//! axe and print checks look at the browser side (markup, CSS, print layout) and run on SQLite. Each test makes its own assessments, so demo assessments do not change what it sees.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use diesel::prelude::*;
use securebase_core::Dimension;
use securebase_core::Role;
use securebase_core::assessment::{AgeBand, EvidenceSource, IndicatorState, LifeArea, Rating, SectionState};
use securebase_core::records::{parse_date, show_date};
use securebase_e2e::fantoccini::key::Key;
use securebase_e2e::{App, Browser, DEMO_PASSWORD, Printed};
use securebase_store::access::{Actor, Scope};
use securebase_store::assessments::{self, EvidenceInput, SectionInput};
use securebase_store::children::Saved;
use securebase_store::schema::{child_workers, household_members, placements, users};
use securebase_store::testing::{TestDb, run_on};
use securebase_store::{Backend, StoreError};
use serde_json::json;

/// The demo's child social worker, and the carer whose household two of their children live in.
const WORKER: &str = "csw@demo.test";
const WORKER_NAME: &str = "Owen Hughes";
const CARER: &str = "carer@demo.test";
/// The demo's supervising social worker, whose small caseload includes the carer's household.
const SSW: &str = "ssw@demo.test";
const SSW_NAME: &str = "Grace Okafor";
const SIGN_IN_BUTTON: &str = "form[action='/sign-in'] button[type='submit']";

/// The ratings given in each dimension, and the birth family's for family membership. All
/// different, so a table that mixes them up is caught.
const RATINGS: [(Dimension, i32); 5] = [
    (Dimension::Availability, 7),
    (Dimension::Sensitivity, 6),
    (Dimension::Acceptance, 8),
    (Dimension::Cooperation, 5),
    (Dimension::FamilyMembership, 9),
];
const BIRTH_FAMILY_RATING: i32 = 3;

fn rating_of(d: Dimension) -> i32 {
    RATINGS.iter().find(|(k, _)| *k == d).map_or(5, |(_, r)| *r)
}

fn today() -> jiff::civil::Date {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date()
}

/// A test on SQLite only (see the module docs for which tests run on both backends).
async fn on_sqlite<F, Fut>(body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    run_on(Backend::Sqlite, body).await;
}

/// The demo people these tests need: the worker as an actor for the store, and the first of
/// their children who lives in the demo carer's household (ordered by id, so always the same);
/// the supervising social worker, that household, and the carer's own place in it.
struct People {
    worker: Actor,
    child: String,
    ssw: Actor,
    household: String,
    carer_member: String,
}

async fn people(app: &App) -> People {
    app.state
        .store
        .run(|c| {
            let (worker, org): (String, String) =
                users::table.filter(users::email.eq(WORKER)).select((users::id, users::org_id)).first(c)?;
            let carer: String = users::table.filter(users::email.eq(CARER)).select(users::id).first(c)?;
            let ssw: String = users::table.filter(users::email.eq(SSW)).select(users::id).first(c)?;
            let (carer_member, home): (String, String) = household_members::table
                .filter(household_members::user_id.eq(&carer))
                .select((household_members::id, household_members::household_id))
                .first(c)?;
            let theirs: Vec<String> = child_workers::table
                .filter(child_workers::user_id.eq(&worker))
                .filter(child_workers::end_at.is_null())
                .select(child_workers::child_id)
                .load(c)?;
            let child: String = placements::table
                .filter(placements::household_id.eq(&home))
                .filter(placements::end_date.is_null())
                .filter(placements::child_id.eq_any(&theirs))
                .order(placements::child_id.asc())
                .select(placements::child_id)
                .first(c)?;
            let actor = |user_id: String, role: Role| Actor {
                user_id,
                org_id: org.clone(),
                roles: vec![role],
                request_id: None,
                client_addr: None,
            };
            let worker = actor(worker, Role::ChildSocialWorker);
            let ssw = actor(ssw, Role::SupervisingSocialWorker);
            Ok(People { worker, child, ssw, household: home, carer_member })
        })
        .await
        .expect("the demo has a child of csw@demo.test living with carer@demo.test")
}

/// A caregiver assessment of the demo carer made through the store as the supervising social
/// worker: a bare draft, or every dimension answered, evidenced, given both capacities and
/// rated with [`RATINGS`], with the summary, then submitted and signed off.
async fn make_caregiver_assessment(app: &App, people: &People, stage: Stage) -> String {
    let (actor, pack) = (people.ssw.clone(), app.state.pack().clone());
    let (household, member) = (people.household.clone(), people.carer_member.clone());
    let invalid = |e: &dyn std::fmt::Display| StoreError::Invalid(e.to_string());
    app.state
        .store
        .run(move |c| {
            let scope = Scope::of(actor);
            let on = today();
            let id = assessments::start_caregiver(c, &scope, &pack, &household, &member, on)?.id;
            if stage == Stage::Draft {
                return Ok(id);
            }
            let record = assessments::view(c, &scope, &id)?;
            for d in Dimension::ALL {
                let evidence = EvidenceInput {
                    indicator_id: None,
                    happened_on: on,
                    source: EvidenceSource::Caregiver,
                    life_area: Some(LifeArea::Caring),
                    account: format!("Told us how they handled a hard evening ({}).", d.name()),
                    opinion: String::new(),
                };
                assessments::add_evidence(c, &scope, &id, d, &evidence)?;
                let input = SectionInput {
                    states: record
                        .indicators_for(d)
                        .map(|i| (i.id.clone(), Some(IndicatorState::Consistently)))
                        .collect(),
                    strengths: format!("Carer strengths in {}.", d.name()),
                    short_term: "Settles a child quickly.".into(),
                    long_term: "Would stay the course.".into(),
                    needs: "Support at endings.".into(),
                    rating: Some(Rating::new(rating_of(d)).map_err(|e| invalid(&e))?),
                    ..SectionInput::default()
                };
                let version = record.section(d).map_or(0, |s| s.version);
                if let Saved::Stale { .. } = assessments::save_section(c, &scope, &id, d, version, &input)? {
                    return Err(StoreError::Invalid(format!("{} was saved meanwhile", d.name())));
                }
            }
            let version = assessments::view(c, &scope, &id)?.assessment.version;
            assessments::save_summary(c, &scope, &id, version, "Warm and steady; ready for a second child.")?;
            assessments::submit(c, &scope, &id, version + 1)?;
            if stage == Stage::SignedOff {
                assessments::sign_off(c, &scope, &id, version + 2)?;
            }
            Ok(id)
        })
        .await
        .unwrap_or_else(|e| panic!("cannot make a {stage:?} caregiver assessment through the store: {e}"))
}

/// How far [`make_assessment`] takes an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Draft,
    Submitted,
    SignedOff,
}

/// A child assessment made through the store as the worker: a bare draft, or every section
/// answered, evidenced and rated with [`RATINGS`] and then submitted (and signed off).
async fn make_assessment(app: &App, people: &People, stage: Stage) -> String {
    make_rated_assessment(app, people, stage, rating_of, BIRTH_FAMILY_RATING).await
}

/// [`make_assessment`] with ratings of the test's choosing: `rate` for each dimension, `birth`
/// for the birth family.
async fn make_rated_assessment(
    app: &App,
    people: &People,
    stage: Stage,
    rate: fn(Dimension) -> i32,
    birth: i32,
) -> String {
    let (actor, child, pack) = (people.worker.clone(), people.child.clone(), app.state.pack().clone());
    let invalid = |e: &dyn std::fmt::Display| StoreError::Invalid(e.to_string());
    app.state
        .store
        .run(move |c| {
            let scope = Scope::of(actor);
            let start = assessments::child_start(c, &scope, &child)?;
            let born = parse_date(&start.date_of_birth).map_err(|e| invalid(&e))?;
            let on = today();
            let band = AgeBand::for_age(born, on).ok_or_else(|| StoreError::Invalid("no age band".into()))?;
            let id = assessments::start_child(c, &scope, &pack, &child, on, band, "")?.id;
            if stage == Stage::Draft {
                return Ok(id);
            }
            let record = assessments::view(c, &scope, &id)?;
            for d in Dimension::ALL {
                let indicators: Vec<String> = record.indicators_for(d).map(|i| i.id.clone()).collect();
                let evidence = EvidenceInput {
                    indicator_id: indicators.first().cloned(),
                    happened_on: on,
                    source: EvidenceSource::Caregiver,
                    life_area: None,
                    account: format!("At tea the child showed {} in a way the carer described in detail.", d.name()),
                    opinion: "A real step forward.".into(),
                };
                assessments::add_evidence(c, &scope, &id, d, &evidence)?;
                let rating = |r: i32| Rating::new(r).map(Some).map_err(|e| invalid(&e));
                let input = SectionInput {
                    states: indicators.iter().map(|i| (i.clone(), Some(IndicatorState::Sometimes))).collect(),
                    strengths: format!("Strengths in {}.", d.name()),
                    needs: format!("Needs in {}.", d.name()),
                    rating: rating(rate(d))?,
                    second_rating: if d == Dimension::FamilyMembership { rating(birth)? } else { None },
                    ..SectionInput::default()
                };
                let version = record.section(d).map_or(0, |s| s.version);
                if let Saved::Stale { .. } = assessments::save_section(c, &scope, &id, d, version, &input)? {
                    return Err(StoreError::Invalid(format!("{} was saved meanwhile", d.name())));
                }
            }
            let version = assessments::view(c, &scope, &id)?.assessment.version;
            assessments::submit(c, &scope, &id, version)?;
            if stage == Stage::SignedOff {
                let version = assessments::view(c, &scope, &id)?.assessment.version;
                assessments::sign_off(c, &scope, &id, version)?;
            }
            Ok(id)
        })
        .await
        .unwrap_or_else(|e| panic!("cannot make a {stage:?} assessment through the store: {e}"))
}

/// The section as stored now: (strengths, needs, rating, each indicator's state by id).
async fn stored_section(
    app: &App,
    people: &People,
    id: &str,
    d: Dimension,
) -> (String, String, Option<i32>, Vec<(String, Option<String>)>) {
    let (actor, id) = (people.worker.clone(), id.to_owned());
    app.state
        .store
        .run(move |c| {
            let scope = Scope::of(actor);
            let r = assessments::view(c, &scope, &id)?;
            let s = r.section(d).ok_or(StoreError::NotFound)?;
            let states = r.indicators_for(d).map(|i| (i.id.clone(), i.state.clone())).collect();
            Ok((s.strengths.clone(), s.needs.clone(), s.rating, states))
        })
        .await
        .expect("read the section back")
}

/// Ends every session of `email` as the server does when they time out or are purged: the rows
/// go, and whose they were is remembered (so a form posted with one is kept for its author).
async fn end_sessions(app: &App, email: &'static str) {
    let gone = app
        .state
        .store
        .run(move |c| {
            let user: String = users::table.filter(users::email.eq(email)).select(users::id).first(c)?;
            let live = securebase_store::sessions::count_for_user(c, &user)?;
            securebase_store::sessions::end_all_for_user(c, &user, securebase_store::now_micros())?;
            Ok(live)
        })
        .await
        .expect("end the sessions");
    assert!(gone > 0, "{email} had a session to end");
}

/// The indicator radio groups of the section form, in page order.
async fn indicator_fields(browser: &Browser) -> Vec<String> {
    let names = browser
        .script(
            "var seen = []; document.querySelectorAll('#section-form input[type=radio]').forEach(function (r) { \
               if (seen.indexOf(r.name) < 0) { seen.push(r.name); } }); return seen;",
        )
        .await;
    let names: Vec<String> = serde_json::from_value(names).expect("radio group names");
    assert!(!names.is_empty(), "the section form has indicators");
    names
}

/// The checked value of each radio group named, "" when none is.
async fn checked_values(browser: &Browser, names: &[String]) -> Vec<String> {
    let js = "return arguments[0].map(function (n) { \
                var r = document.querySelector('input[type=radio][name=\"' + n + '\"]:checked'); \
                return r ? r.value : ''; });";
    serde_json::from_value(browser.script_with(js, vec![json!(names)]).await).expect("checked values")
}

/// The id in the address of an assessment page.
async fn assessment_id(browser: &Browser) -> String {
    let deadline = Instant::now() + securebase_e2e::WAIT;
    loop {
        let path = browser.path().await;
        let rest = path.strip_prefix("/assessments/").map(|r| r.split(['?', '/']).next().unwrap_or(""));
        if let Some(id) = rest.filter(|id| !id.is_empty()) {
            return id.to_owned();
        }
        if Instant::now() > deadline {
            return browser.fail(&format!("expected an assessment page, still at {path}")).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Whether some table on the page has a row for assessment `id` (one holding a link to it) that
/// gives each dimension, under a column heading naming it, its rating from [`RATINGS`], and the
/// birth family's rating under a family membership heading. Headings may span rows and columns.
/// Returns `true`, or every table's text.
async fn table_lists_ratings(browser: &Browser, id: &str) -> serde_json::Value {
    let mut want: Vec<serde_json::Value> =
        RATINGS.iter().map(|(d, r)| json!({ "name": d.name(), "rating": r.to_string() })).collect();
    want.push(json!({ "name": Dimension::FamilyMembership.name(), "rating": BIRTH_FAMILY_RATING.to_string() }));
    table_lists(browser, id, want).await
}

/// [`table_lists_ratings`] for a carer, who has one family-membership rating.
async fn table_lists_carer_ratings(browser: &Browser, id: &str) -> serde_json::Value {
    let want = RATINGS.iter().map(|(d, r)| json!({ "name": d.name(), "rating": r.to_string() })).collect();
    table_lists(browser, id, want).await
}

async fn table_lists(browser: &Browser, id: &str, want: Vec<serde_json::Value>) -> serde_json::Value {
    let js = r#"
        var want = arguments[0];
        var link = 'a[href="' + arguments[1] + '"]';
        var has = function (text, n) { return new RegExp('(^|\\D)' + n + '(\\D|$)').test(text); };
        var named = function (text, name) { return text.toLowerCase().indexOf(name.toLowerCase()) >= 0; };
        // The table as a grid of cell texts, a cell spanning rows or columns filling each slot.
        var layout = function (table) {
          var grid = [];
          for (var r = 0; r < table.rows.length; r++) {
            grid[r] = grid[r] || [];
            var c = 0;
            Array.prototype.forEach.call(table.rows[r].cells, function (cell) {
              while (grid[r][c] !== undefined) { c++; }
              for (var dr = 0; dr < cell.rowSpan; dr++) {
                grid[r + dr] = grid[r + dr] || [];
                for (var dc = 0; dc < cell.colSpan; dc++) { grid[r + dr][c + dc] = cell.innerText.trim(); }
              }
              c += cell.colSpan;
            });
          }
          return grid;
        };
        var tables = Array.prototype.slice.call(document.querySelectorAll('main table'));
        var texts = [];
        for (var t = 0; t < tables.length; t++) {
          var table = tables[t];
          texts.push(table.innerText);
          var grid = layout(table);
          var heads = table.tHead ? table.tHead.rows.length : 1;
          var width = Math.max.apply(null, grid.map(function (row) { return row.length; }));
          // Each column's heading: every heading row's text for it, top to bottom.
          var head = [];
          for (var c = 0; c < width; c++) {
            head[c] = grid.slice(0, heads).map(function (row) { return row[c] || ''; }).join(' ');
          }
          for (var r = heads; r < grid.length; r++) {
            if (!table.rows[r] || !table.rows[r].querySelector(link)) { continue; }
            var row = grid[r];
            var ok = want.every(function (w) {
              return head.some(function (h, c) { return named(h, w.name) && has(row[c] || '', w.rating); });
            });
            if (ok) { return true; }
          }
        }
        return texts;
    "#;
    browser.script_with(js, vec![json!(want), json!(format!("/assessments/{id}"))]).await
}

// ------------------------------------------------------------------ 1. keyboard only

/// Completes one dimension from the task list using only the keyboard: indicators, text,
/// one piece of evidence, the rating(s), and back to the task list.
async fn complete_dimension_by_keyboard(browser: &Browser, id: &str, d: Dimension, check_focus: bool) {
    let section_path = format!("/assessments/{id}/dimensions/{}", d.key());
    browser.tab_and_enter(&format!("a[href='{section_path}']")).await;
    browser.wait_for_path(&section_path).await;
    assert!(browser.text("h1").await.contains(d.name()), "the {} page is open", d.name());
    browser.skip_to_main().await;

    // Each radio group is one Tab stop. With nothing chosen yet, Tab lands on the first radio:
    // Space chooses it, an arrow key moves to (and chooses) the next one.
    let groups = indicator_fields(browser).await;
    let mut expected = Vec::new();
    for (n, group) in groups.iter().enumerate() {
        browser.tab_to(&format!("input[type=radio][name='{group}']")).await;
        if check_focus && n == 0 {
            browser.assert_focus_visible("the first indicator's radio").await;
        }
        match n % 3 {
            0 => {
                browser.press(Key::Space).await;
                expected.push(IndicatorState::Consistently.key().to_owned());
            }
            1 => {
                browser.press(Key::Right).await;
                expected.push(IndicatorState::Sometimes.key().to_owned());
            }
            _ => {
                browser.keys(&format!("{}{}", Key::Down, Key::Down)).await;
                expected.push(IndicatorState::NotYet.key().to_owned());
            }
        }
    }
    assert_eq!(checked_values(browser, &groups).await, expected, "{}: the keys chose these answers", d.name());

    browser.tab_to("#strengths").await;
    if check_focus {
        browser.assert_focus_visible("the strengths box").await;
    }
    browser.keys(&format!("Keeps coming back to the carer in {}.", d.name())).await;
    browser.tab_to("#needs").await;
    browser.keys("Still tests whether adults stay.").await;
    browser.tab_to("#child_view").await;
    browser.keys("\"I like it when we bake.\"").await;
    browser.tab_and_enter("button[name='then'][value='evidence']").await;

    // The evidence form: indicator (a select, changed with an arrow key), date as given,
    // source (radios), the account and the worker's view kept apart.
    let evidence_path = format!("{section_path}/evidence");
    browser.wait_for_path(&evidence_path).await;
    browser.skip_to_main().await;
    browser.tab_to("#indicator").await;
    browser.press(Key::Down).await;
    let chosen = browser.value("#indicator").await;
    assert!(!chosen.is_empty(), "ArrowDown on the indicator select chose an indicator");
    browser.tab_to("input[type=radio][name='source']").await;
    browser.press(Key::Right).await;
    assert_eq!(checked_values(browser, &["source".to_owned()]).await, vec!["direct_observation".to_owned()]);
    let account = format!("On Saturday at the park the child ran back to check in ({}).", d.name());
    browser.tab_to("#account").await;
    browser.keys(&account).await;
    browser.tab_to("#opinion").await;
    browser.keys("Growing trust.").await;
    browser.tab_to("button[name='then'][value='done']").await;
    if check_focus {
        browser.assert_focus_visible("the Add evidence button").await;
    }
    browser.press(Key::Enter).await;

    browser.wait_for_path(&format!("{section_path}?notice=evidence-added")).await;
    browser.wait_for_text(".evidence-list", &account).await;
    browser.tab_to("#rating").await;
    browser.keys(&rating_of(d).to_string()).await;
    if d == Dimension::FamilyMembership {
        browser.tab_to("#second_rating").await;
        browser.keys(&BIRTH_FAMILY_RATING.to_string()).await;
    }
    browser.tab_and_enter("button[name='then'][value='tasks']").await;
    browser.wait_for_path(&format!("/assessments/{id}?notice=saved")).await;
    let state = browser.text(&format!("#task-{}", d.key())).await;
    assert_eq!(state, SectionState::Complete.label(), "{} is complete on the task list", d.name());
}

securebase_store::both_backends!(a_worker_completes_an_assessment_with_the_keyboard_alone, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_worker_completes_an_assessment_with_the_keyboard_alone") {
        return;
    }
    let started = Instant::now();
    let app = App::start(&db).await;
    let people = people(&app).await;
    let child = people.child.clone();
    let browser = Browser::launch().await;

    // Sign in.
    browser.open(&app.url("/sign-in")).await;
    browser.tab_to("#email").await;
    browser.assert_focus_visible("the email field").await;
    browser.keys(WORKER).await;
    browser.tab_to("#password").await;
    browser.keys(DEMO_PASSWORD).await;
    browser.press(Key::Enter).await;
    browser.wait_for_path("/").await;
    browser.skip_to_main().await;

    // Open the child, and start an assessment in the band for their age.
    let child_path = format!("/children/{child}");
    browser.tab_to(&format!("main a[href='{child_path}']")).await;
    browser.assert_focus_visible("the link to the child").await;
    browser.press(Key::Enter).await;
    browser.wait_for_path(&child_path).await;
    browser.skip_to_main().await;
    browser.tab_and_enter(&format!("a[href='{child_path}/assessments/new']")).await;
    browser.wait_for_path(&format!("{child_path}/assessments/new")).await;
    browser.skip_to_main().await;
    browser.tab_to("main form button[type='submit']").await;
    browser.assert_focus_visible("the Start the assessment button").await;
    browser.press(Key::Enter).await;
    let id = assessment_id(&browser).await;
    browser.wait_for_path(&format!("/assessments/{id}?notice=started")).await;
    browser.skip_to_main().await;

    for (n, d) in Dimension::ALL.into_iter().enumerate() {
        complete_dimension_by_keyboard(&browser, &id, d, n == 0).await;
    }

    // Submit, then sign off (the demo agency lets the author sign off).
    browser.tab_to(&format!("form[action='/assessments/{id}/submit'] button")).await;
    browser.assert_focus_visible("the submit button").await;
    browser.press(Key::Enter).await;
    browser.wait_for_path(&format!("/assessments/{id}?notice=submitted")).await;
    browser.skip_to_main().await;
    browser.tab_and_enter(&format!("form[action='/assessments/{id}/sign-off'] button")).await;
    browser.wait_for_path(&format!("/assessments/{id}?notice=signed-off")).await;
    browser.skip_to_main().await;
    assert_eq!(browser.text("h1 .tag").await, "Signed off");
    let facts = browser.text("main").await;
    assert!(facts.contains(WORKER_NAME), "the sign-off names the worker: {facts}");

    // Back to the child, and on to their profile: the petals, the progress chart and the
    // ratings table.
    browser.tab_and_enter(&format!("main a[href='{child_path}']")).await;
    browser.wait_for_path(&child_path).await;
    browser.skip_to_main().await;
    browser.tab_to(&format!("main a[href='{child_path}/profile']")).await;
    browser.assert_focus_visible("the link to the profile").await;
    browser.press(Key::Enter).await;
    browser.wait_for_path(&format!("{child_path}/profile")).await;
    assert_profile_charts(&browser).await;
    let table = table_lists_ratings(&browser, &id).await;
    assert_eq!(table, json!(true), "a table on the profile gives this assessment's ratings; tables: {table}");

    browser.close().await;
    eprintln!("keyboard-only assessment took {:.1} s", started.elapsed().as_secs_f64());
});

// ------------------------------------------------------------------ 1b. a caregiver assessment

/// Where each piece of a carer's evidence comes from, per dimension, so every life area is used.
fn life_area_of(d: Dimension) -> LifeArea {
    match d {
        Dimension::Availability | Dimension::Cooperation => LifeArea::PastLife,
        Dimension::Sensitivity => LifeArea::PresentLife,
        Dimension::Acceptance | Dimension::FamilyMembership => LifeArea::Caring,
    }
}

/// The profile's petals and progress chart are drawn, each with a title.
async fn assert_profile_charts(browser: &Browser) {
    let petals = browser
        .script(
            "var s = document.querySelector('main svg[role=img].sb-chart-petals'); \
             return s && s.querySelector('title') ? s.querySelector('title').textContent : null;",
        )
        .await;
    assert!(petals.as_str().is_some_and(|t| !t.trim().is_empty()), "the petals chart has a title: {petals}");
    let progress = browser
        .script("var s = document.querySelector('main svg[role=img].sb-chart-progress'); return !!(s && s.querySelector('title'));")
        .await;
    assert_eq!(progress, json!(true), "the progress chart is shown, with a title");
}

securebase_store::both_backends!(
    a_supervising_social_worker_assesses_a_carer_from_start_to_sign_off,
    |db: TestDb| async move {
        if !securebase_e2e::browser_available("a_supervising_social_worker_assesses_a_carer_from_start_to_sign_off") {
            return;
        }
        let started = Instant::now();
        let app = App::start(&db).await;
        let people = people(&app).await;
        let household_path = format!("/households/{}", people.household);
        let browser = Browser::launch().await;
        browser.sign_in(&app, SSW, DEMO_PASSWORD).await;

        // From the household's record, start an assessment of the carer who signs in as
        // carer@demo.test; the date comes filled in with today.
        browser.open(&app.url(&household_path)).await;
        browser.click(&format!("main a[href='{household_path}/assessments/new']")).await;
        browser.wait_for_path(&format!("{household_path}/assessments/new")).await;
        browser.click(&format!("input[type=radio][name='member'][value='{}']", people.carer_member)).await;
        browser.click("main form button[type='submit']").await;
        let id = assessment_id(&browser).await;
        browser.wait_for_path(&format!("/assessments/{id}?notice=started")).await;
        assert_eq!(browser.text("h1 .tag").await, "Draft");

        for d in Dimension::ALL {
            let section_path = format!("/assessments/{id}/dimensions/{}", d.key());
            browser.click(&format!("a[href='{section_path}']")).await;
            browser.wait_for_path(&section_path).await;
            let hint = browser.text("#complete-hint").await;
            assert!(hint.contains("both capacities"), "the page says what completes it: {hint}");

            // Evidence first, from one part of the carer's life.
            browser.click("button[name='then'][value='evidence']").await;
            browser.wait_for_path(&format!("{section_path}/evidence")).await;
            browser.click("input[type=radio][name='source'][value='caregiver']").await;
            browser.click(&format!("input[type=radio][name='life_area'][value='{}']", life_area_of(d).key())).await;
            let account = format!("Told us about a hard evening and how they stayed alongside ({}).", d.name());
            browser.fill("#account", &account).await;
            browser.click("button[name='then'][value='done']").await;
            browser.wait_for_path(&format!("{section_path}?notice=evidence-added")).await;
            let shown = browser.wait_for_text(".evidence-list", &account).await;
            assert!(shown.contains(life_area_of(d).label()), "the evidence names its life area: {shown}");

            // Every indicator, the strengths, both capacities, the training needs, the rating.
            for group in indicator_fields(&browser).await {
                browser.click(&format!("input[type=radio][name='{group}'][value='consistently']")).await;
            }
            browser.fill("#strengths", &format!("Stays warm and steady in {}.", d.name())).await;
            browser.fill("#short_term", "Could offer a bridging home for a few months.").await;
            browser.fill("#long_term", "Would stay the course with a child into adulthood.").await;
            browser.fill("#needs", "Training in therapeutic parenting.").await;
            browser.fill("#rating", &rating_of(d).to_string()).await;
            browser.click("button[name='then'][value='tasks']").await;
            browser.wait_for_path(&format!("/assessments/{id}?notice=saved")).await;
            let state = browser.text(&format!("#task-{}", d.key())).await;
            assert_eq!(state, SectionState::Complete.label(), "{} is complete on the task list", d.name());
        }

        // The summary autosaves as it is typed; pressing Save summary afterwards still saves
        // (the script has given the form the version its autosave produced).
        let summary_path = format!("/assessments/{id}/summary");
        browser.click(&format!("a[href='{summary_path}']")).await;
        browser.wait_for_path(&summary_path).await;
        let summary = "A warm, steady carer with room for a second child, ready for the panel.";
        browser.fill("#summary", summary).await;
        browser.wait_for_text("[data-autosave-status]", "Draft saved").await;
        browser.click("main form button[type='submit']").await;
        browser.wait_for_path(&format!("/assessments/{id}?notice=saved")).await;
        assert_eq!(browser.text("#task-summary").await, SectionState::Complete.label());

        // Submit, then sign off (the demo agency lets the author sign off).
        browser.click(&format!("form[action='/assessments/{id}/submit'] button")).await;
        browser.wait_for_path(&format!("/assessments/{id}?notice=submitted")).await;
        browser.click(&format!("form[action='/assessments/{id}/sign-off'] button")).await;
        browser.wait_for_path(&format!("/assessments/{id}?notice=signed-off")).await;
        assert_eq!(browser.text("h1 .tag").await, "Signed off");
        let main = browser.text("main").await;
        assert!(main.contains(SSW_NAME) && main.contains(summary), "the sign-off and the summary: {main}");
        assert!(
            main.contains("Would stay the course with a child into adulthood."),
            "the capacities are shown: {main}"
        );

        // Back to the household, and on to its profile: petals, chart and table for the carer.
        browser.click(&format!("main a[href='{household_path}']")).await;
        browser.wait_for_path(&household_path).await;
        browser.click(&format!("main a[href='{household_path}/profile']")).await;
        browser.wait_for_path(&format!("{household_path}/profile")).await;
        assert_profile_charts(&browser).await;
        let table = table_lists_carer_ratings(&browser, &id).await;
        assert_eq!(table, json!(true), "a table on the profile gives this assessment's ratings; tables: {table}");

        browser.close().await;
        eprintln!("caregiver assessment took {:.1} s", started.elapsed().as_secs_f64());
    }
);

// ------------------------------------------------------------------ 2. caregiver read-only

securebase_store::both_backends!(a_carer_reads_a_signed_off_assessment_but_cannot_change_it, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_carer_reads_a_signed_off_assessment_but_cannot_change_it") {
        return;
    }
    let started = Instant::now();
    let app = App::start(&db).await;
    let people = people(&app).await;
    let id = make_assessment(&app, &people, Stage::SignedOff).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, CARER, DEMO_PASSWORD).await;

    browser.open(&app.url(&format!("/assessments/{id}"))).await;
    assert_ne!(browser.text("h1").await, "Page not found", "the carer may read the assessment");
    assert_eq!(browser.text("h1 .tag").await, "Signed off");
    let main = browser.text("main").await;
    for d in Dimension::ALL {
        assert!(main.contains(&format!("Strengths in {}.", d.name())), "{} is shown: {main}", d.name());
    }
    assert!(main.contains("7 out of 10"), "the ratings are shown: {main}");
    let controls = browser
        .script(
            "return Array.prototype.map.call(document.querySelectorAll( \
               'main form, main button, main input, main textarea, main select, main a[href*=\"/dimensions/\"], main a[href$=\"/amend\"]'), \
               function (e) { return e.outerHTML.slice(0, 120); });",
        )
        .await;
    assert_eq!(controls, json!([]), "a carer gets no form or edit control");

    // The edit page itself shows no form.
    let section = format!("/assessments/{id}/dimensions/availability");
    browser.open(&app.url(&section)).await;
    let forms =
        browser.script("return document.querySelectorAll('main form, main textarea, main input').length;").await;
    assert_eq!(forms, json!(0), "the dimension page shows the carer no form");

    // Posting to the edit endpoints anyway is answered as if there were nothing there.
    let statuses = browser
        .execute_async(
            "var done = arguments[arguments.length - 1]; var base = arguments[0]; \
             var post = function (path, fields) { return fetch(path, { method: 'POST', credentials: 'same-origin', \
               redirect: 'manual', body: new URLSearchParams(fields) }).then(function (r) { return r.status; }); }; \
             Promise.all([ \
               post(base + '/dimensions/availability', { version: '2', strengths: 'Changed by the carer', rating: '1' }), \
               post(base + '/dimensions/availability/evidence', { happened_on: '1 1 2024', source: 'caregiver', account: 'x' }), \
               post(base + '/amend', { reason: 'The carer wants to change it' }), \
               post(base + '/submit', { version: '3' }) \
             ]).then(done, function (e) { done(String(e)); });",
            vec![json!(format!("/assessments/{id}"))],
        )
        .await
        .expect("the posts ran");
    assert_eq!(statuses, json!([404, 404, 404, 404]), "each post is refused as not found");
    let (strengths, _, rating, _) = stored_section(&app, &people, &id, Dimension::Availability).await;
    assert_eq!((strengths.as_str(), rating), ("Strengths in Availability.", Some(7)), "nothing changed");

    browser.close().await;
    eprintln!("carer read-only took {:.1} s", started.elapsed().as_secs_f64());
});

// ------------------------------------------------------------------ 3. expired session

securebase_store::both_backends!(a_save_after_the_session_ended_loses_nothing, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_save_after_the_session_ended_loses_nothing") {
        return;
    }
    let started = Instant::now();
    let app = App::start(&db).await;
    let people = people(&app).await;
    let id = make_assessment(&app, &people, Stage::Draft).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;

    let section = format!("/assessments/{id}/dimensions/{}", Dimension::Acceptance.key());
    browser.open(&app.url(&section)).await;
    let groups = indicator_fields(&browser).await;
    let first = groups.first().cloned().expect("an indicator");
    browser.click(&format!("input[type=radio][name='{first}'][value='not_yet']")).await;
    let strengths = "Laughs at herself now when a cake goes wrong.";
    browser.fill("#strengths", strengths).await;

    end_sessions(&app, WORKER).await;
    browser.click("button[name='then'][value='save']").await;
    browser.wait_for_text(".notice", "we kept what you typed").await;
    let at = browser.path().await;
    assert!(at.starts_with("/sign-in?") && at.contains("kept=1"), "sent to sign in with the kept notice: {at}");

    browser.fill("#email", WORKER).await;
    browser.fill("#password", DEMO_PASSWORD).await;
    browser.click(SIGN_IN_BUTTON).await;
    browser.wait_for_path(&format!("{section}?restored=1")).await;
    browser.wait_for_text(".notice", "We kept what you typed").await;
    assert_eq!(checked_values(&browser, std::slice::from_ref(&first)).await, vec!["not_yet".to_owned()]);
    assert_eq!(browser.value("#strengths").await, strengths, "the typed strengths are back");
    let (stored, _, _, _) = stored_section(&app, &people, &id, Dimension::Acceptance).await;
    assert_eq!(stored, "", "nothing was saved while signed out");

    browser.click("button[name='then'][value='save']").await;
    browser.wait_for_path(&format!("{section}?notice=saved")).await;
    let (stored, _, _, states) = stored_section(&app, &people, &id, Dimension::Acceptance).await;
    assert_eq!(stored, strengths, "the kept text is saved");
    let state = states.iter().find(|(i, _)| format!("ind_{i}") == first).and_then(|(_, s)| s.clone());
    assert_eq!(state.as_deref(), Some("not_yet"), "the kept answer is saved");

    browser.close().await;
    eprintln!("expired session (save draft) took {:.1} s", started.elapsed().as_secs_f64());
});

securebase_store::both_backends!(an_autosave_after_the_session_ended_loses_nothing, |db: TestDb| async move {
    if !securebase_e2e::browser_available("an_autosave_after_the_session_ended_loses_nothing") {
        return;
    }
    let started = Instant::now();
    let app = App::start(&db).await;
    let people = people(&app).await;
    let id = make_assessment(&app, &people, Stage::Draft).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;

    let section = format!("/assessments/{id}/dimensions/{}", Dimension::Sensitivity.key());
    browser.open(&app.url(&section)).await;
    end_sessions(&app, WORKER).await;
    let needs = "Needs help to name feelings before they spill over.";
    browser.fill("#needs", needs).await;

    // The script posts a few seconds after the last keystroke, and says it was signed out.
    browser.wait_for_text("[data-autosave-status]", "signed out").await;
    browser.click("[data-autosave-status] a").await;
    browser.wait_for_text(".notice", "we kept what you typed").await;
    browser.fill("#email", WORKER).await;
    browser.fill("#password", DEMO_PASSWORD).await;
    browser.click(SIGN_IN_BUTTON).await;
    browser.wait_for_path(&format!("{section}?restored=1")).await;
    assert_eq!(browser.value("#needs").await, needs, "the typed needs are back");

    browser.click("button[name='then'][value='save']").await;
    browser.wait_for_path(&format!("{section}?notice=saved")).await;
    let (_, stored, _, _) = stored_section(&app, &people, &id, Dimension::Sensitivity).await;
    assert_eq!(stored, needs, "the kept text is saved");

    browser.close().await;
    eprintln!("expired session (autosave) took {:.1} s", started.elapsed().as_secs_f64());
});

// ------------------------------------------------------------------ what a new user trips on

// A rating typed before any evidence: "Save and add evidence" saves everything typed, takes the
// worker to the evidence form, and the section shows the rating waiting; the evidence gives it
// effect. Before, the save was refused and a reload lost it all.
securebase_store::both_backends!(a_rating_typed_before_evidence_waits_and_nothing_is_lost, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_rating_typed_before_evidence_waits_and_nothing_is_lost") {
        return;
    }
    let app = App::start(&db).await;
    let people = people(&app).await;
    let id = make_assessment(&app, &people, Stage::Draft).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;

    let section = format!("/assessments/{id}/dimensions/{}", Dimension::Cooperation.key());
    browser.open(&app.url(&section)).await;
    let groups = indicator_fields(&browser).await;
    for g in &groups {
        browser.click(&format!("input[type=radio][name='{g}'][value='sometimes']")).await;
    }
    let strengths = "Sets the table with her carer without being asked.";
    browser.fill("#strengths", strengths).await;
    browser.fill("#needs", "Choices offered, not orders.").await;
    browser.fill("#rating", "6").await;
    browser.click("button[name='then'][value='evidence']").await;
    browser.wait_for_path(&format!("{section}/evidence?notice=rating-waits")).await;
    browser.wait_for_text(".notice", "waits for evidence").await;

    // A reload of the section: everything typed is there, the rating shown as waiting.
    browser.open(&app.url(&section)).await;
    assert_eq!(browser.value("#strengths").await, strengths);
    assert_eq!(browser.value("#rating").await, "6");
    assert_eq!(checked_values(&browser, &groups).await, vec!["sometimes".to_owned(); groups.len()]);
    browser.wait_for_text("#rating-waiting", "Waiting for evidence").await;
    let (stored, _, rating, _) = stored_section(&app, &people, &id, Dimension::Cooperation).await;
    assert_eq!((stored.as_str(), rating), (strengths, None), "saved; the rating waits, not yet counted");

    // The evidence gives the rating effect.
    browser.open(&app.url(&format!("{section}/evidence"))).await;
    browser.click("input[type=radio][name='source'][value='caregiver']").await;
    browser.fill("#account", "Laid the table for four and asked who was coming.").await;
    browser.click("main form button[type='submit']").await;
    browser.wait_for_text(".notice", "evidence has been added").await;
    let (_, _, rating, _) = stored_section(&app, &people, &id, Dimension::Cooperation).await;
    assert_eq!(rating, Some(6), "the waiting rating now counts");
    browser.open(&app.url(&section)).await;
    assert!(!browser.page_text().await.contains("Waiting for evidence"));
    browser.close().await;
});

// At 375 px nothing reaches beyond the screen on the record, profile and assessment pages:
// the petals and the chart are drawn for the phone, tables stack, ratings and dates open a
// number pad.
securebase_store::both_backends!(record_profile_and_assessment_pages_fit_a_phone, |db: TestDb| async move {
    if !securebase_e2e::browser_available("record_profile_and_assessment_pages_fit_a_phone") {
        return;
    }
    let app = App::start(&db).await;
    let people = people(&app).await;
    let signed = make_assessment(&app, &people, Stage::SignedOff).await;
    let draft = make_assessment(&app, &people, Stage::Draft).await;
    let browser = Browser::launch_sized(securebase_e2e::PHONE).await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;
    let child = format!("/children/{}", people.child);
    let section = format!("/assessments/{draft}/dimensions/{}", Dimension::FamilyMembership.key());
    for (path, page) in [
        ("/".to_owned(), "the home page"),
        (child.clone(), "the child's record"),
        (format!("{child}/profile"), "the child's profile"),
        (format!("/assessments/{signed}"), "a signed-off assessment"),
        (format!("/assessments/{draft}"), "a draft's sections"),
        (section.clone(), "a dimension of a draft"),
        (format!("{section}/evidence"), "the evidence form"),
        (format!("/households/{}", people.household), "the household's record"),
        ("/search?q=a".to_owned(), "search results"),
    ] {
        browser.open(&app.url(&path)).await;
        browser.wait_for_text("h1", "").await;
        assert_ne!(browser.text("h1").await, "Page not found", "{page} opens");
        browser.assert_nothing_overflows(page).await;
    }
    // The phone's drawings are the ones shown, each with every dimension's name at a legible size.
    browser.open(&app.url(&format!("{child}/profile"))).await;
    let shown = browser
        .script(
            "return Array.from(document.querySelectorAll('main svg.sb-chart')).filter(function (s) { \
               return s.getBoundingClientRect().width > 0; }).map(function (s) { \
               var r = s.getBoundingClientRect(); var t = s.querySelector('text.sb-petal-label, text.sb-chart-date'); \
               return [s.getAttribute('class'), Math.round(r.width), t ? Math.round(t.getBoundingClientRect().height) : 0]; });",
        )
        .await;
    let shown: Vec<(String, u64, u64)> = serde_json::from_value(shown).unwrap();
    assert!(shown.iter().any(|(c, _, _)| c.contains("sb-chart-compact")), "the compact petals are shown: {shown:?}");
    assert!(shown.iter().any(|(c, _, _)| c.contains("sb-chart-progress")), "a progress chart is shown: {shown:?}");
    for (class, width, text) in &shown {
        assert!(*width <= 375, "{class} is {width} px wide");
        assert!(*text >= 12, "{class}'s text is {text} px high, too small to read");
    }
    let names = browser
        .script("var s = document.querySelector('main svg.sb-chart-compact'); return s ? s.textContent : '';")
        .await;
    for d in Dimension::ALL {
        assert!(names.as_str().unwrap_or("").contains(d.name()), "{} is named on the phone's petals", d.name());
    }
    // Number pads for ratings and dates.
    browser.open(&app.url(&section)).await;
    for field in ["#rating", "#second_rating"] {
        let mode =
            browser.script(&format!("return document.querySelector('{field}').getAttribute('inputmode');")).await;
        assert_eq!(mode, json!("numeric"), "{field} opens a number pad");
    }
    browser.open(&app.url(&format!("{section}/evidence"))).await;
    let mode = browser.script("return document.querySelector('#happened_on').getAttribute('inputmode');").await;
    assert!(mode == json!("numeric") || mode == json!("decimal"), "the date opens a number pad: {mode}");
    browser.close().await;
});

// Two dimensions with the same ratings: in the chart every marker can still be seen and
// pointed at, each on its own line (before, one line lay exactly over the other).
securebase_store::both_backends!(tied_ratings_stay_visible_in_the_chart, |db: TestDb| async move {
    if !securebase_e2e::browser_available("tied_ratings_stay_visible_in_the_chart") {
        return;
    }
    let app = App::start(&db).await;
    let people = people(&app).await;
    // Every dimension rated 4, twice: all lines meet at the same points.
    make_rated_assessment(&app, &people, Stage::SignedOff, |_| 4, 4).await;
    make_rated_assessment(&app, &people, Stage::SignedOff, |_| 4, 4).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;
    browser.open(&app.url(&format!("/children/{}/profile", people.child))).await;
    browser.wait_for_text("h1", "").await;
    // For every marker in the wide chart: what is drawn at its centre is that marker.
    let hidden = browser
        .script(
            "var svg = document.querySelector('main .chart-wide svg.sb-chart-progress'); \
             svg.scrollIntoView(); var out = []; \
             svg.querySelectorAll('.sb-series-markers').forEach(function (g) { \
               g.querySelectorAll('.sb-marker').forEach(function (m) { \
                 var r = m.getBoundingClientRect(); \
                 var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); \
                 var group = hit && hit.closest('.sb-series-markers'); \
                 if (!group || group.getAttribute('data-series') !== g.getAttribute('data-series')) { \
                   out.push(g.getAttribute('data-series') + ' at ' + m.querySelector('title').textContent); } }); }); \
             return [out, svg.querySelectorAll('.sb-marker').length];",
        )
        .await;
    let (covered, markers): (Vec<String>, u64) = serde_json::from_value(hidden).unwrap();
    assert!(markers >= 12, "two tied assessments give every series two markers: {markers}");
    assert!(covered.is_empty(), "markers hidden under another series: {covered:?}");
    // And the lines do not lie on top of each other.
    let lines = browser
        .script(
            "return Array.from(document.querySelectorAll('main .chart-wide svg.sb-chart-progress polyline')) \
               .map(function (p) { return p.getAttribute('points'); });",
        )
        .await;
    let lines: Vec<String> = serde_json::from_value(lines).unwrap();
    let mut distinct = lines.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), lines.len(), "every series has a line of its own: {lines:?}");
    browser.close().await;
});

// On a child's record the Secure Base summary comes first, in the first screenful, with links
// to the record's sections.
securebase_store::both_backends!(a_childs_record_opens_on_its_secure_base_summary, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_childs_record_opens_on_its_secure_base_summary") {
        return;
    }
    let app = App::start(&db).await;
    let people = people(&app).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;
    browser.open(&app.url(&format!("/children/{}", people.child))).await;
    browser.wait_for_text("h1", "").await;
    let top = browser
        .script(
            "var a = document.getElementById('assessments'); var p = document.querySelector('#assessments ~ figure svg, main figure svg'); \
             return [a.getBoundingClientRect().top, p ? p.getBoundingClientRect().top : 99999, window.innerHeight];",
        )
        .await;
    let (heading, petals, screen) = (top[0].as_f64().unwrap(), top[1].as_f64().unwrap(), top[2].as_f64().unwrap());
    assert!(heading < screen, "the Secure Base heading is {heading} px down, past the first {screen} px");
    assert!(petals < screen, "the petals start {petals} px down, past the first {screen} px");
    browser.click("nav.contents a[href='#details']").await;
    browser
        .wait_for_script(
            "the details to be scrolled into view",
            "var r = document.getElementById('details').getBoundingClientRect(); return location.hash === '#details' && r.top < 60;",
        )
        .await;
    browser.close().await;
});

// ------------------------------------------------------------------ 4. axe-core

/// Opens `path` and checks it with axe-core. A page that answers "not found" fails the test:
/// a page that is missing, or out of this person's reach, would otherwise pass unchecked.
async fn check_page(browser: &Browser, app: &App, axe: &str, path: &str, page: &str) {
    browser.open(&app.url(path)).await;
    browser.element("h1").await;
    if browser.text("h1").await == "Page not found" {
        browser.fail::<()>(&format!("axe: {page} ({path}) answers \"Page not found\", so it cannot be checked")).await;
    }
    browser.assert_accessible(axe, page).await;
}

/// Signs the browser out (by forgetting its cookies) and in again as `email`.
async fn switch_to(browser: &Browser, app: &App, email: &str) {
    browser.delete_all_cookies().await.unwrap_or_else(|e| panic!("cannot clear the cookies: {e}"));
    browser.sign_in(app, email, DEMO_PASSWORD).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_assessment_page_passes_axe() {
    on_sqlite(|db: TestDb| async move {
        let test = "every_assessment_page_passes_axe";
        if !securebase_e2e::browser_available(test) {
            return;
        }
        let Some(axe) = securebase_e2e::axe_source(test) else {
            return;
        };
        let started = Instant::now();
        let app = App::start(&db).await;
        let people = people(&app).await;
        let child = people.child.clone();
        let household = people.household.clone();
        let draft = make_assessment(&app, &people, Stage::Draft).await;
        let submitted = make_assessment(&app, &people, Stage::Submitted).await;
        let earlier = make_assessment(&app, &people, Stage::SignedOff).await;
        let signed = make_assessment(&app, &people, Stage::SignedOff).await;
        let carer_draft = make_caregiver_assessment(&app, &people, Stage::Draft).await;
        let carer_signed = make_caregiver_assessment(&app, &people, Stage::SignedOff).await;
        let browser = Browser::launch().await;
        browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;

        // ---- the child's social worker: a child assessment
        check_page(&browser, &app, &axe, &format!("/children/{child}"), "the child's record").await;
        check_page(&browser, &app, &axe, &format!("/children/{child}/assessments/new"), "the start page").await;
        // The start page with its errors.
        browser.fill("#assessed_on", "not a date").await;
        browser.click("main form button[type='submit']").await;
        browser.wait_for_text("[data-error-summary]", "There is a problem").await;
        browser.assert_accessible(&axe, "the start page with an error").await;

        check_page(&browser, &app, &axe, &format!("/assessments/{draft}"), "the task list").await;
        let section = format!("/assessments/{draft}/dimensions/availability");
        check_page(&browser, &app, &axe, &section, "a dimension page").await;
        // A rating without evidence waits for it, and the page says so.
        browser.fill("#rating", "6").await;
        browser.click("button[name='then'][value='save']").await;
        browser.wait_for_text("#rating-waiting", "Waiting for evidence").await;
        browser.assert_accessible(&axe, "a dimension page with a rating waiting for evidence").await;
        // A rating out of range is refused with an error on the rating.
        browser.fill("#rating", "11").await;
        browser.click("button[name='then'][value='save']").await;
        browser.wait_for_text("[data-error-summary]", "There is a problem").await;
        browser.element("#rating-error").await;
        browser.assert_accessible(&axe, "a dimension page with an error").await;
        check_page(
            &browser,
            &app,
            &axe,
            &format!("/assessments/{draft}/dimensions/family_membership"),
            "the family membership page (two ratings)",
        )
        .await;
        check_page(&browser, &app, &axe, &format!("{section}/evidence"), "the evidence form").await;
        browser.click("button[name='then'][value='done']").await;
        browser.wait_for_text("[data-error-summary]", "There is a problem").await;
        browser.assert_accessible(&axe, "the evidence form with errors").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{draft}/summary"), "the overall summary").await;

        // A section someone else saved while it was open: both versions side by side.
        let sensitivity = format!("/assessments/{draft}/dimensions/sensitivity");
        check_page(&browser, &app, &axe, &sensitivity, "the sensitivity page").await;
        browser.fill("#strengths", "What this worker typed.").await;
        let (actor, aid) = (people.worker.clone(), draft.clone());
        app.state
            .store
            .run(move |c| {
                let scope = Scope::of(actor);
                let record = assessments::view(c, &scope, &aid)?;
                let version = record.section(Dimension::Sensitivity).map_or(0, |s| s.version);
                let theirs =
                    SectionInput { strengths: "What someone else saved first.".into(), ..SectionInput::default() };
                assessments::save_section(c, &scope, &aid, Dimension::Sensitivity, version, &theirs).map(|_| ())
            })
            .await
            .expect("someone else saves the section first");
        browser.click("button[name='then'][value='save']").await;
        browser.wait_for_text("#theirs-title", "saved").await;
        browser.wait_for_text("[data-error-summary]", "while you were working on it").await;
        browser.assert_accessible(&axe, "a section saved by someone else meanwhile").await;

        check_page(&browser, &app, &axe, &format!("/assessments/{submitted}"), "a submitted assessment").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{signed}"), "a signed-off assessment").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{signed}/amend"), "the amendment form").await;
        browser.click("main form button[type='submit']").await;
        browser.wait_for_text("[data-error-summary]", "There is a problem").await;
        browser.assert_accessible(&axe, "the amendment form with an error").await;
        check_page(&browser, &app, &axe, &format!("/children/{child}/profile"), "the child's profile").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{signed}/compare"), "the compare page").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{signed}/compare?with={earlier}"), "a comparison")
            .await;
        check_page(&browser, &app, &axe, &format!("/assessments/{signed}/print"), "the print view").await;

        // ---- the supervising social worker: a caregiver assessment
        switch_to(&browser, &app, SSW).await;
        check_page(&browser, &app, &axe, &format!("/households/{household}"), "the household's record").await;
        let start = format!("/households/{household}/assessments/new");
        check_page(&browser, &app, &axe, &start, "the caregiver start page").await;
        browser.click("main form button[type='submit']").await;
        browser.wait_for_text("[data-error-summary]", "Choose the carer").await;
        browser.assert_accessible(&axe, "the caregiver start page with an error").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{carer_draft}"), "a caregiver task list").await;
        let carer_section = format!("/assessments/{carer_draft}/dimensions/availability");
        check_page(&browser, &app, &axe, &carer_section, "a caregiver dimension page").await;
        check_page(&browser, &app, &axe, &format!("{carer_section}/evidence"), "the caregiver evidence form").await;
        browser.click("button[name='then'][value='done']").await;
        browser.wait_for_text("[data-error-summary]", "part of the carer").await;
        browser.assert_accessible(&axe, "the caregiver evidence form with errors").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{carer_draft}/summary"), "the caregiver summary").await;
        check_page(&browser, &app, &axe, &format!("/assessments/{carer_signed}"), "a signed-off caregiver assessment")
            .await;
        check_page(&browser, &app, &axe, &format!("/households/{household}/profile"), "the household's profile").await;

        // ---- the carer: what they read of their own assessment and the child's
        switch_to(&browser, &app, CARER).await;
        check_page(
            &browser,
            &app,
            &axe,
            &format!("/assessments/{carer_signed}"),
            "the carer's own assessment, as they see it",
        )
        .await;
        check_page(
            &browser,
            &app,
            &axe,
            &format!("/assessments/{signed}"),
            "the child's assessment, as the carer sees it",
        )
        .await;

        // axe really runs and reports: an unlabelled field added to the page is caught.
        browser
            .script("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\">');")
            .await;
        let caught = browser.axe_violations(&axe).await;
        assert!(
            caught.iter().any(|v| v.get("id") == Some(&json!("label"))),
            "axe-core should report the unlabelled field: {caught:?}"
        );

        browser.close().await;
        eprintln!("axe checks took {:.1} s", started.elapsed().as_secs_f64());
    })
    .await;
}

// ------------------------------------------------------------------ 5. printed to PDF

/// A signed-off assessment's print view, printed by Chromium through WebDriver and read back
/// with poppler; the same page printed as Chromium's print preview would, the paper left to the
/// page; and the sign-off line the pages must carry ("Signed off by Owen Hughes, Social worker,
/// on 1 December 2026."), made from the stored sign-off.
async fn print_signed_off(test: &str) -> Option<(Printed, Printed, String)> {
    if !securebase_e2e::browser_available(test) || !securebase_e2e::pdf_tools_available(test) {
        return None;
    }
    let db =
        TestDb::create(Backend::Sqlite).unwrap_or_else(|e| panic!("a fresh database: {e}")).expect("SQLite is here");
    let app = App::start(&db).await;
    let people = people(&app).await;
    let id = make_assessment(&app, &people, Stage::SignedOff).await;
    let (actor, aid) = (people.worker.clone(), id.clone());
    let signed_at = app
        .state
        .store
        .run(move |c| {
            let scope = Scope::of(actor);
            Ok(assessments::view(c, &scope, &aid)?.assessment.signed_off_at)
        })
        .await
        .expect("read the assessment back")
        .expect("it is signed off");
    let day = jiff::Timestamp::from_microsecond(signed_at).unwrap().to_zoned(jiff::tz::TimeZone::UTC).date();
    let line = format!("Signed off by {WORKER_NAME}, Social worker, on {}.", show_date(day));
    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;
    browser.open(&app.url(&format!("/assessments/{id}/print"))).await;
    browser.element("main .signature-block").await;
    let printed = Printed::read(&browser.print_pdf().await);
    let as_asked = Printed::read(&browser.print_pdf_as_the_page_asks().await);
    browser.close().await;
    Some((printed, as_asked, line))
}

/// Whether a page is A4 (595.28 x 842 points; Chromium rounds it to whole pixels, 595.92 x 841.92).
fn is_a4((w, h): (f64, f64)) -> bool {
    (w - 595.0).abs() <= 1.0 && (h - 842.0).abs() <= 1.0
}

/// Words as they read, whatever spacing the layout put between them.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every "N / M" page number on a printed page, as (N, M): numbers only, the same in every
/// language.
fn page_numbers(text: &str) -> Vec<(usize, usize)> {
    // pdftotext may close up the spaces around the slash: "1/7" as well as "1 / 7".
    let joined = text.replace(" / ", "/");
    joined
        .split_whitespace()
        .filter_map(|w| {
            let (n, m) = w.split_once('/')?;
            Some((n.parse().ok()?, m.parse().ok()?))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_print_view_prints_on_a4_with_page_numbers_and_the_sign_off() {
    let started = Instant::now();
    let test = "the_print_view_prints_on_a4_with_page_numbers_and_the_sign_off";
    let Some((printed, as_asked, line)) = print_signed_off(test).await else { return };
    let n = printed.pages.len();
    assert!(n >= 2, "a complete assessment takes more than one page: {n}");
    for (i, size) in printed.sizes.iter().enumerate() {
        assert!(is_a4(*size), "page {} is {size:?} points, not A4", i + 1);
    }
    for (i, text) in printed.pages.iter().enumerate() {
        assert_eq!(page_numbers(text), [(i + 1, n)], "page {} of {n} says so, once:\n{text}", i + 1);
    }
    let (first, last) = (words(&printed.pages[0]), words(&printed.pages[n - 1]));
    assert!(first.contains(&line), "the first page names who signed it off and when ({line}):\n{first}");
    assert!(last.contains(&line), "the sign-off block closes the last page ({line}):\n{last}");
    assert!(last.contains(&format!("Written by {WORKER_NAME}.")), "and names the author:\n{last}");

    // Asked for US Letter but told to prefer the page's own size, Chromium prints A4: the
    // page asks for it, as it does of a person's print dialogue.
    assert!(as_asked.sizes.iter().all(|s| is_a4(*s)), "the page's @page rule asks for A4: {:?}", as_asked.sizes);
    let m = as_asked.pages.len();
    for (i, text) in as_asked.pages.iter().enumerate() {
        assert_eq!(page_numbers(text), [(i + 1, m)], "page {} of {m} says so, once:\n{text}", i + 1);
    }
    eprintln!("printing took {:.1} s", started.elapsed().as_secs_f64());
}

/// The sign-off line heads the print view (`print-running-head`), and the print rules repeat it
/// at the head of every page (docs/decisions.md, 42).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_printed_page_carries_the_sign_off() {
    let test = "every_printed_page_carries_the_sign_off";
    let Some((printed, as_asked, line)) = print_signed_off(test).await else { return };
    for (i, text) in printed.pages.iter().chain(&as_asked.pages).enumerate() {
        assert!(words(text).contains(&line), "page {} names who signed it off and when ({line}):\n{text}", i + 1);
    }
}
