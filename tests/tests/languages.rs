//! securebase in Norwegian Bokmål, in a real headless Chromium against the real app, on both
//! backends: a carer chooses Bokmål on their settings page and reads their pages in it; a worker
//! whose agency reads Bokmål starts an assessment, typing the date as Norwegians write it, and
//! reads an older assessment written in English, which says so. axe-core checks every page in
//! both languages (its rules include `html-has-lang`, `html-lang-valid` and `valid-lang`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use securebase_core::Language;
use securebase_core::assessment::AgeBand;
use securebase_e2e::{App, Browser, DEMO_PASSWORD};
use securebase_store::access::{Actor, Scope};
use securebase_store::schema::{child_workers, household_members, placements, users};
use securebase_store::testing::TestDb;
use securebase_store::{assessments, settings};

const CARER: &str = "carer@demo.test";
const WORKER: &str = "csw@demo.test";

fn nb(key: &str) -> String {
    securebase_web::i18n::t_in(Language::Nb, key).into_owned()
}

fn en(key: &str) -> String {
    securebase_web::i18n::t_in(Language::En, key).into_owned()
}

async fn lang(browser: &Browser) -> String {
    browser.script("return document.documentElement.lang;").await.as_str().unwrap_or("").to_owned()
}

/// The worker, their organisation's administrator, and the first of the worker's children who
/// lives with the demo carer.
async fn people(app: &App) -> (Actor, Actor, String) {
    app.state
        .store
        .run(|c| {
            let (worker, org): (String, String) =
                users::table.filter(users::email.eq(WORKER)).select((users::id, users::org_id)).first(c)?;
            let admin: String = users::table.filter(users::email.eq("admin@demo.test")).select(users::id).first(c)?;
            let carer: String = users::table.filter(users::email.eq(CARER)).select(users::id).first(c)?;
            let home: String = household_members::table
                .filter(household_members::user_id.eq(&carer))
                .select(household_members::household_id)
                .first(c)?;
            let child: String = placements::table
                .inner_join(child_workers::table.on(child_workers::child_id.eq(placements::child_id)))
                .filter(placements::household_id.eq(&home))
                .filter(placements::end_date.is_null())
                .filter(child_workers::user_id.eq(&worker))
                .filter(child_workers::end_at.is_null())
                .order(placements::child_id.asc())
                .select(placements::child_id)
                .first(c)?;
            let actor = |user_id: String, role| Actor {
                user_id,
                org_id: org.clone(),
                roles: vec![role],
                request_id: None,
                client_addr: None,
            };
            Ok((
                actor(worker, securebase_core::Role::ChildSocialWorker),
                actor(admin, securebase_core::Role::AgencyAdmin),
                child,
            ))
        })
        .await
        .expect("the demo has a child of csw@demo.test living with carer@demo.test")
}

securebase_store::both_backends!(a_carer_chooses_bokmal_and_reads_their_pages_in_it, |db: TestDb| async move {
    let test = "a_carer_chooses_bokmal_and_reads_their_pages_in_it";
    if !securebase_e2e::browser_available(test) {
        return;
    }
    let Some(axe) = securebase_e2e::axe_source(test) else { return };
    let app = App::start(&db).await;
    let (_, _, child) = people(&app).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, CARER, DEMO_PASSWORD).await;
    assert_eq!(lang(&browser).await, "en-GB");
    browser.assert_accessible(&axe, "the carer's home page in English").await;

    // Their name at the top of every page opens their settings.
    browser.click("header a.who").await;
    browser.wait_for_path("/settings").await;
    assert_eq!(browser.text("h1").await, en("settings-title"));
    browser.assert_accessible(&axe, "the settings page in English").await;
    browser.click("input[name='language'][value='nb']").await;
    browser.click("form[action='/settings/language'] button[type='submit']").await;
    browser.wait_for_text("h1", &nb("settings-title")).await;
    assert_eq!(lang(&browser).await, "nb");
    assert_eq!(browser.text(".notice").await, nb("settings-language-saved"));
    browser.assert_accessible(&axe, "the settings page in Bokmål").await;

    browser.open(&app.url("/")).await;
    assert_eq!(lang(&browser).await, "nb");
    let header = browser.text("header.site-header").await;
    assert!(header.contains(&nb("nav-sign-out")) && !header.contains(&en("nav-sign-out")), "{header}");
    browser.assert_accessible(&axe, "the carer's home page in Bokmål").await;

    browser.open(&app.url(&format!("/children/{child}"))).await;
    assert_eq!(lang(&browser).await, "nb");
    assert_ne!(browser.text("h1").await, nb("err-not-found-title"), "the carer sees the child placed with them");
    browser.assert_accessible(&axe, "the child's record in Bokmål").await;
    browser.close().await;
});

securebase_store::both_backends!(a_worker_in_a_norwegian_agency_assesses_in_bokmal, |db: TestDb| async move {
    let test = "a_worker_in_a_norwegian_agency_assesses_in_bokmal";
    if !securebase_e2e::browser_available(test) {
        return;
    }
    let Some(axe) = securebase_e2e::axe_source(test) else { return };
    let app = App::start(&db).await;
    let (worker, admin, child) = people(&app).await;
    // An assessment written before the agency turned to Bokmål, in English.
    let packs = app.state.content.clone();
    let (older, worker_for_store, child_for_store) = (packs.clone(), worker.clone(), child.clone());
    let english_id = app
        .state
        .store
        .run(move |c| {
            let scope = Scope::of(worker_for_store);
            let on: jiff::civil::Date = "2026-09-01".parse().unwrap();
            let born = assessments::child_start(c, &scope, &child_for_store)?.date_of_birth;
            let band = AgeBand::for_age(securebase_core::records::parse_date(&born).unwrap(), on).unwrap();
            Ok(assessments::start_child(c, &scope, older.get(Language::En), &child_for_store, on, band, "")?.id)
        })
        .await
        .unwrap();
    app.state.store.run(move |c| settings::set_org_language(c, &Scope::of(admin), Language::Nb)).await.unwrap();

    let browser = Browser::launch().await;
    browser.sign_in(&app, WORKER, DEMO_PASSWORD).await;
    assert_eq!(lang(&browser).await, "nb", "the agency's language");
    browser.assert_accessible(&axe, "the worker's home page in Bokmål").await;
    browser.open(&app.url(&format!("/children/{child}"))).await;
    browser.assert_accessible(&axe, "the child's record for the worker in Bokmål").await;

    // Start an assessment, typing today's date as Norwegians write it.
    browser.open(&app.url(&format!("/children/{child}/assessments/new"))).await;
    assert_eq!(browser.text("h1").await, nb("asmt-start-child-heading"));
    browser.assert_accessible(&axe, "the start page in Bokmål").await;
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let months = [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    let typed = format!("{}. {} {}", today.day(), months[usize::try_from(today.month() - 1).unwrap()], today.year());
    browser.fill("#assessed_on", &typed).await;
    browser.click("form[action$='/assessments/new'] button[type='submit']").await;
    browser.wait_for_script("the new assessment's page", "return location.pathname.startsWith('/assessments/');").await;
    assert_eq!(lang(&browser).await, "nb");
    browser.assert_accessible(&axe, "the task list in Bokmål").await;
    let id = browser.path().await.trim_start_matches("/assessments/").split(['/', '?']).next().unwrap().to_owned();
    let started = app
        .state
        .store
        .run({
            let id = id.clone();
            move |c| {
                use securebase_store::schema::assessments as a;
                Ok(a::table.filter(a::id.eq(&id)).select((a::assessed_on, a::language)).first::<(String, String)>(c)?)
            }
        })
        .await
        .unwrap();
    assert_eq!(started, (today.to_string(), "nb".to_owned()), "{typed} was understood, and the wording is Bokmål");

    // A dimension page: the indicators are the Norwegian pack's.
    browser.open(&app.url(&format!("/assessments/{id}/dimensions/availability"))).await;
    let legend = browser.text("fieldset legend span[lang='nb']").await;
    let pack = packs.get(Language::Nb);
    assert!(pack.child_indicators.iter().any(|i| i.text == legend), "a Norwegian indicator: {legend}");
    assert!(browser.find_all(fantoccini_css("[data-error-summary]")).await.unwrap().is_empty());
    browser.assert_accessible(&axe, "a dimension page in Bokmål").await;

    // The older assessment keeps its English wording, says so, and marks it as English.
    browser.open(&app.url(&format!("/assessments/{english_id}/dimensions/availability"))).await;
    let note = browser.text(".notice[role='note']").await;
    assert!(note.contains(&nb("language-en")), "the reader is told it is in English: {note}");
    let legend = browser.text("fieldset legend span[lang='en-GB']").await;
    assert!(packs.get(Language::En).child_indicators.iter().any(|i| i.text == legend), "English wording: {legend}");
    browser.assert_accessible(&axe, "an English assessment read in Bokmål").await;
    browser.close().await;
});

fn fantoccini_css(css: &str) -> securebase_e2e::fantoccini::Locator<'_> {
    securebase_e2e::fantoccini::Locator::Css(css)
}
