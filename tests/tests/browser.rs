//! End-to-end journeys in a real headless Chromium against the real app, on both backends.
//! Each asserts on what a person sees on the page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use securebase_e2e::fantoccini::Locator;
use securebase_e2e::{ADMIN_EMAIL, App, Browser, DEMO_PASSWORD, PHONE};
use securebase_store::testing::TestDb;

const SIGN_IN_BUTTON: &str = "form[action='/sign-in'] button[type='submit']";

/// The text of the `<dd>` that goes with the `<dt>` labelled `term` in a summary list.
async fn summary_value(browser: &Browser, term: &str) -> String {
    let xpath = format!("//dl[contains(@class,'summary-list')]//dt[normalize-space()='{term}']/following-sibling::dd");
    let dd =
        browser.find(Locator::XPath(&xpath)).await.unwrap_or_else(|e| panic!("no summary row labelled {term:?}: {e}"));
    dd.text().await.expect("summary value text")
}

securebase_store::both_backends!(admin_signs_in_and_sees_who_and_where_they_are, |db: TestDb| async move {
    if !securebase_e2e::browser_available("admin_signs_in_and_sees_who_and_where_they_are") {
        return;
    }
    let app = App::start(&db).await;
    let browser = Browser::launch().await;

    browser.open(&app.url("/")).await;
    browser.wait_for_path("/sign-in").await;
    assert_eq!(browser.text("h1").await, "Sign in to securebase");
    browser.fill("#email", ADMIN_EMAIL).await;
    browser.fill("#password", DEMO_PASSWORD).await;
    browser.click(SIGN_IN_BUTTON).await;

    browser.wait_for_path("/").await;
    browser.wait_for_text("h1", "Welcome, Priya Raman").await;
    assert_eq!(browser.text("h1").await, "Welcome, Priya Raman");
    assert_eq!(browser.title().await.expect("title"), "Home – securebase");
    assert_eq!(browser.text(".caption").await, securebase_store::demo::ORG_NAME);
    assert_eq!(summary_value(&browser, "Organisation").await, securebase_store::demo::ORG_NAME);
    let role = summary_value(&browser, "Role").await;
    assert!(role.contains("Agency administrator"), "role shown: {role}");
    assert_eq!(summary_value(&browser, "Signed in as").await, "Priya Raman (admin@demo.test)");
    let header = browser.text("header.site-header").await;
    assert!(header.contains("Priya Raman") && header.contains("Sign out"), "header shows: {header}");

    browser.close().await;
});

securebase_store::both_backends!(wrong_password_shows_the_error_summary_with_focus, |db: TestDb| async move {
    if !securebase_e2e::browser_available("wrong_password_shows_the_error_summary_with_focus") {
        return;
    }
    let app = App::start(&db).await;
    let browser = Browser::launch().await;

    browser.open(&app.url("/sign-in")).await;
    browser.fill("#email", ADMIN_EMAIL).await;
    browser.fill("#password", "not the right password").await;
    browser.click(SIGN_IN_BUTTON).await;

    let summary = browser.wait_for_text("[data-error-summary]", "There is a problem").await;
    assert_eq!(browser.text("[data-error-summary] h2").await, "There is a problem");
    assert!(summary.contains("The email address or password is not right"), "error summary shows: {summary}");
    let inline = browser.text("#email-error").await;
    assert!(inline.contains("The email address or password is not right"), "field error shows: {inline}");
    assert_eq!(browser.value("#email").await, ADMIN_EMAIL, "the typed email is kept");
    assert_eq!(browser.value("#password").await, "", "the password is never sent back");
    assert!(browser.title().await.expect("title").starts_with("Error: "), "the title says there is an error");
    browser
        .wait_for_script(
            "the error summary to have focus",
            "return document.activeElement !== null && document.activeElement.hasAttribute('data-error-summary');",
        )
        .await;

    browser.close().await;
});

securebase_store::both_backends!(signing_out_ends_the_session, |db: TestDb| async move {
    if !securebase_e2e::browser_available("signing_out_ends_the_session") {
        return;
    }
    let app = App::start(&db).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, ADMIN_EMAIL, DEMO_PASSWORD).await;
    browser.wait_for_text("h1", "Welcome, Priya Raman").await;

    browser.click("header form.sign-out button[type='submit']").await;
    browser.wait_for_path("/sign-in?signed_out=1").await;
    browser.wait_for_text(".notice", "You have signed out.").await;
    assert_eq!(browser.text("h1").await, "Sign in to securebase");
    let header = browser.text("header.site-header").await;
    assert!(!header.contains("Sign out"), "no sign-out button once signed out: {header}");

    browser.open(&app.url("/")).await;
    browser.wait_for_path("/sign-in").await;
    assert_eq!(browser.text("h1").await, "Sign in to securebase");
    assert!(!browser.page_text().await.contains("Welcome"), "the home page is not shown");

    browser.close().await;
});

securebase_store::both_backends!(admin_adds_a_user_and_sees_form_errors, |db: TestDb| async move {
    if !securebase_e2e::browser_available("admin_adds_a_user_and_sees_form_errors") {
        return;
    }
    let app = App::start(&db).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, ADMIN_EMAIL, DEMO_PASSWORD).await;

    // From the home page, through the navigation, to the form.
    browser.click("nav.site-nav a[href='/admin/users']").await;
    browser.wait_for_path("/admin/users").await;
    browser.click("a.button[href='/admin/users/new']").await;
    browser.wait_for_path("/admin/users/new").await;
    assert_eq!(browser.text("h1").await, "Add a user");

    browser.fill("#display_name", "Alex Morgan").await;
    browser.fill("#email", "alex.morgan@demo.test").await;
    browser.click_xpath("//label[normalize-space()='Supervising social worker']/input[@type='radio']").await;
    browser.fill("#password", "a quiet harbour at dawn").await;
    browser.click("main form button[type='submit']").await;

    browser.wait_for_text(".notice", "Alex Morgan has been added and can now sign in.").await;
    assert_eq!(browser.path().await.split('?').next(), Some("/admin/users"));
    let row = browser.wait_for_text("table tbody tr", "alex.morgan@demo.test").await;
    assert!(row.contains("Alex Morgan"), "row: {row}");
    assert!(row.contains("Supervising social worker"), "row: {row}");
    assert!(row.contains("Active"), "row: {row}");

    // Now the same form with mistakes: a malformed email and a short password.
    browser.open(&app.url("/admin/users/new")).await;
    browser.fill("#display_name", "Jamie Lee").await;
    browser.fill("#email", "jamie.lee.example").await;
    browser.click_xpath("//label[normalize-space()='Caregiver']/input[@type='radio']").await;
    browser.fill("#password", "too short").await;
    browser.click("main form button[type='submit']").await;

    browser.wait_for_text("[data-error-summary]", "There is a problem").await;
    let links = browser.find_all(Locator::Css("[data-error-summary] a")).await.expect("links");
    let mut seen = Vec::new();
    for link in links {
        let href = link.attr("href").await.expect("href").unwrap_or_default();
        let text = link.text().await.expect("link text");
        seen.push((href, text));
    }
    assert_eq!(
        seen,
        vec![
            ("#email".to_owned(), "Enter an email address in the right format, like name@example.org".to_owned()),
            ("#password".to_owned(), "Password must be at least 12 characters long".to_owned()),
        ],
        "the error summary links each problem to its field"
    );
    assert_eq!(browser.value("#display_name").await, "Jamie Lee", "the typed name is kept");
    assert_eq!(browser.value("#email").await, "jamie.lee.example", "the typed email is kept");
    assert_eq!(browser.value("#password").await, "", "the password is never sent back");
    let chosen = browser.find(Locator::Css("input[type='radio'][value='caregiver']")).await.expect("caregiver radio");
    assert!(chosen.is_selected().await.expect("radio state"), "the chosen role is kept");
    browser
        .wait_for_script(
            "the error summary to have focus",
            "return document.activeElement !== null && document.activeElement.hasAttribute('data-error-summary');",
        )
        .await;

    // Nobody was added by the failed attempt.
    browser.open(&app.url("/admin/users")).await;
    let list = browser.text("table").await;
    assert!(list.contains("Alex Morgan") && !list.contains("Jamie Lee"), "users listed: {list}");

    browser.close().await;
});

securebase_store::both_backends!(home_page_fits_a_phone_screen, |db: TestDb| async move {
    if !securebase_e2e::browser_available("home_page_fits_a_phone_screen") {
        return;
    }
    let app = App::start(&db).await;
    let browser = Browser::launch_sized(PHONE).await;

    browser.open(&app.url("/sign-in")).await;
    assert_fits_phone(&browser, "the sign-in page").await;
    browser.sign_in(&app, ADMIN_EMAIL, DEMO_PASSWORD).await;
    browser.wait_for_text("h1", "Welcome, Priya Raman").await;
    assert_fits_phone(&browser, "the home page").await;

    browser.close().await;
});

/// No sideways scrolling at phone width. A phone zooms out to show a page that is too wide,
/// which widens `innerWidth` too, so the viewport must also still be the phone's own width.
async fn assert_fits_phone(browser: &Browser, page: &str) {
    let w = browser.script("return [document.documentElement.scrollWidth, window.innerWidth];").await;
    let (scroll, inner) = (w[0].as_u64().expect("scrollWidth"), w[1].as_u64().expect("innerWidth"));
    let phone = u64::from(PHONE.0);
    assert!(
        scroll <= inner && inner == phone,
        "{page} does not fit a {phone} px wide phone: scrollWidth {scroll}, innerWidth {inner}"
    );
}

/// A child the demo carer must not see: currently placed in some other household.
async fn someone_elses_child(app: &App) -> (String, String) {
    use diesel::prelude::*;
    use securebase_store::schema::{household_members, placements, users};
    app.state
        .store
        .run(|c| {
            let carer: String = users::table.filter(users::email.eq("carer@demo.test")).select(users::id).first(c)?;
            let home: String = household_members::table
                .filter(household_members::user_id.eq(&carer))
                .select(household_members::household_id)
                .first(c)?;
            let theirs: String = placements::table
                .filter(placements::household_id.eq(&home))
                .filter(placements::end_date.is_null())
                .select(placements::child_id)
                .first(c)?;
            let other: String = placements::table
                .filter(placements::household_id.ne(&home))
                .filter(placements::end_date.is_null())
                .select(placements::child_id)
                .first(c)?;
            Ok((theirs, other))
        })
        .await
        .unwrap()
}

securebase_store::both_backends!(a_childs_social_worker_edits_a_record_and_sees_its_history, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_childs_social_worker_edits_a_record_and_sees_its_history") {
        return;
    }
    let app = App::start(&db).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, "csw@demo.test", DEMO_PASSWORD).await;
    browser.wait_for_text("main", "Your children").await;
    browser.click(".record-list a[href^='/children/']").await;
    browser.wait_for_text("h1", "").await;
    let record_path = browser.path().await;
    assert!(record_path.starts_with("/children/"), "{record_path}");
    browser.click_xpath("//a[normalize-space()='Change details']").await;
    browser.wait_for_path(&format!("{record_path}/edit")).await;
    let field = browser.element("#preferred_name").await;
    field.clear().await.unwrap();
    browser.fill("#preferred_name", "Sunny").await;
    browser.click("main form button[type='submit']").await;
    browser.wait_for_text("main", "Your changes have been saved.").await;
    assert!(browser.path().await.starts_with(&record_path));
    let history = browser.wait_for_text("#history + ol, .history", "Sunny").await;
    assert!(history.contains("Owen Hughes"), "the change is signed: {history}");
    assert!(history.to_lowercase().contains("preferred name"), "the field is named: {history}");
    browser.close().await;
});

securebase_store::both_backends!(a_carer_who_edits_the_address_gets_not_found, |db: TestDb| async move {
    if !securebase_e2e::browser_available("a_carer_who_edits_the_address_gets_not_found") {
        return;
    }
    let app = App::start(&db).await;
    let (theirs, other) = someone_elses_child(&app).await;
    let browser = Browser::launch().await;
    browser.sign_in(&app, "carer@demo.test", DEMO_PASSWORD).await;
    browser.wait_for_text("main", "Children living with you").await;
    browser.open(&app.url(&format!("/children/{theirs}"))).await;
    let h1 = browser.text("h1").await;
    assert_ne!(h1, "Page not found", "a carer sees the child placed with them");
    assert!(!browser.page_text().await.contains("Change details"), "but cannot change the record");

    browser.open(&app.url(&format!("/children/{other}"))).await;
    browser.wait_for_text("h1", "Page not found").await;
    browser.open(&app.url(&format!("/children/{theirs}/edit"))).await;
    browser.wait_for_text("h1", "Page not found").await;
    browser.close().await;
});
