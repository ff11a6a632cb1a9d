//! Forms kept after a session ended, on SQLite and on PostgreSQL: they come back once, to the
//! person who typed them, on the page they were typed on, and never to anyone else.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use securebase_core::session::{MICROS_PER_SECOND, SessionPolicy};
use securebase_core::{DisplayName, Email, OrgName, Role};
use securebase_store::kept_forms::{self, Claim, KEEP_FOR_MICROS, MAX_BODY_BYTES};
use securebase_store::schema::kept_forms as table;
use securebase_store::sessions::{self, SessionCheck};
use securebase_store::testing::TestDb;
use securebase_store::users::NewUser;
use securebase_store::{DbConnection, StoreError, both_backends, orgs, users};

const T0: i64 = 1_700_000_000 * MICROS_PER_SECOND;
const BODY: &str = "version=3&given_names=Amara+Grace&health_notes=Asthma%0D%0AInhaler";
const EDIT: &str = "/children/abc/edit";

fn person(c: &mut DbConnection, email: &str) -> Result<String, StoreError> {
    let org = match orgs::find_by_name(c, "Org A")? {
        Some(o) => o,
        None => orgs::create(c, &OrgName::parse("Org A").unwrap())?,
    };
    let email = Email::parse(email).unwrap();
    let name = DisplayName::parse("Test Person").unwrap();
    let new = NewUser {
        org_id: &org.id,
        email: &email,
        display_name: &name,
        role: Role::ChildSocialWorker,
        password_hash: "not-a-real-hash",
    };
    Ok(users::create(c, &new, &securebase_store::audit::By::system("test"))?.id)
}

fn rows(c: &mut DbConnection) -> i64 {
    table::table.count().get_result(c).unwrap()
}

both_backends!(a_kept_form_is_claimed_and_taken_once_by_its_author, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let me = person(c, "me@example.org")?;
            kept_forms::keep(c, "tok", &me, EDIT, BODY, T0)?;
            let stored: String = table::table.select(table::id).get_result(c)?;
            assert_ne!(stored, "tok", "only a hash of the token is stored");

            assert_eq!(kept_forms::claim(c, "tok", &me, T0 + 1)?, Claim::Yours(EDIT.into()));
            assert_eq!(
                kept_forms::claim(c, "tok", &me, T0 + 2)?,
                Claim::Yours(EDIT.into()),
                "claiming again is harmless"
            );
            assert_eq!(kept_forms::take(c, "other-token", &me, EDIT, T0 + 3)?, None);
            assert_eq!(kept_forms::take(c, "tok", &me, EDIT, T0 + 3)?.as_deref(), Some(BODY), "exactly as posted");
            assert_eq!(kept_forms::take(c, "tok", &me, EDIT, T0 + 4)?, None, "handed over once");
            assert_eq!(kept_forms::claim(c, "tok", &me, T0 + 5)?, Claim::Gone);
            assert_eq!(rows(c), 0);

            // Kept again under the same token: the newer post replaces the older.
            kept_forms::keep(c, "tok", &me, EDIT, "version=1&a=old", T0)?;
            kept_forms::keep(c, "tok", &me, EDIT, "version=1&a=new", T0)?;
            assert_eq!(rows(c), 1);
            kept_forms::claim(c, "tok", &me, T0)?;
            assert_eq!(kept_forms::take(c, "tok", &me, EDIT, T0)?.as_deref(), Some("version=1&a=new"));

            kept_forms::keep(c, "gone", &me, EDIT, BODY, T0)?;
            kept_forms::discard(c, "gone")?;
            assert_eq!(rows(c), 0);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(nobody_else_can_claim_or_take_a_kept_form, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let me = person(c, "me@example.org")?;
            let other = person(c, "other@example.org")?;

            kept_forms::keep(c, "mine", &me, EDIT, BODY, T0)?;
            assert_eq!(kept_forms::take(c, "mine", &other, EDIT, T0)?, None);
            assert_eq!(kept_forms::claim(c, "mine", &other, T0)?, Claim::NotYours);
            assert_eq!(kept_forms::take(c, "mine", &other, EDIT, T0)?, None, "not even after a claim");
            assert_eq!(rows(c), 1, "someone else signing in leaves it for its author");
            assert_eq!(kept_forms::claim(c, "mine", &me, T0)?, Claim::Yours(EDIT.into()));
            assert_eq!(kept_forms::take(c, "mine", &me, EDIT, T0)?.as_deref(), Some(BODY));

            // A form kept before every form had to have an author is nobody's: it goes.
            diesel::insert_into(table::table)
                .values((
                    table::id.eq(sessions::token_hash("anon")),
                    table::path.eq(EDIT),
                    table::fields.eq(BODY),
                    table::created_at.eq(T0),
                    table::expires_at.eq(T0 + KEEP_FOR_MICROS),
                ))
                .execute(c)?;
            assert_eq!(kept_forms::take(c, "anon", &me, EDIT, T0)?, None);
            assert_eq!(kept_forms::claim(c, "anon", &me, T0)?, Claim::Gone);
            assert_eq!(rows(c), 0);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(a_kept_form_comes_back_only_on_its_own_page, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let me = person(c, "me@example.org")?;
            kept_forms::keep(c, "tok", &me, EDIT, BODY, T0)?;
            kept_forms::claim(c, "tok", &me, T0)?;
            assert_eq!(kept_forms::take(c, "tok", &me, "/children/abc", T0)?, None);
            assert_eq!(kept_forms::take(c, "tok", &me, "/children/xyz/edit", T0)?, None);
            assert_eq!(rows(c), 1, "still waiting for its own page");
            assert_eq!(kept_forms::take(c, "tok", &me, EDIT, T0)?.as_deref(), Some(BODY));
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(kept_forms_expire_after_a_week, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let me = person(c, "me@example.org")?;
            let later = T0 + KEEP_FOR_MICROS;

            kept_forms::keep(c, "a", &me, EDIT, BODY, T0)?;
            assert_eq!(kept_forms::claim(c, "a", &me, later - 1)?, Claim::Yours(EDIT.into()));
            assert_eq!(kept_forms::take(c, "a", &me, EDIT, later)?, None, "expired on the dot");
            assert_eq!(rows(c), 0, "and deleted when found expired");

            kept_forms::keep(c, "b", &me, EDIT, BODY, T0)?;
            assert_eq!(kept_forms::claim(c, "b", &me, later)?, Claim::Gone);
            assert_eq!(rows(c), 0);

            kept_forms::keep(c, "c", &me, EDIT, BODY, T0)?;
            kept_forms::keep(c, "d", &me, EDIT, BODY, T0 + 10)?;
            assert_eq!(kept_forms::purge_expired(c, later)?, 1);
            assert_eq!(rows(c), 1);
            // Keeping purges what has expired, so the table cleans itself.
            kept_forms::keep(c, "e", &me, EDIT, BODY, later + 10)?;
            assert_eq!(rows(c), 1);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(kept_forms_have_a_size_limit, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let me = person(c, "me@example.org")?;
            let largest = "a".repeat(MAX_BODY_BYTES);
            kept_forms::keep(c, "fits", &me, EDIT, &largest, T0)?;
            kept_forms::claim(c, "fits", &me, T0)?;
            assert_eq!(kept_forms::take(c, "fits", &me, EDIT, T0)?.map(|b| b.len()), Some(MAX_BODY_BYTES));

            let too_big = "a".repeat(MAX_BODY_BYTES + 1);
            let refused = kept_forms::keep(c, "big", &me, EDIT, &too_big, T0);
            assert!(matches!(refused, Err(StoreError::Invalid(_))), "{refused:?}");
            assert_eq!(rows(c), 0);

            Ok(())
        })
        .await
        .unwrap();
});

// A form posted with a session that has ended is kept for the person whose session it was,
// although the session's row is gone: timed out, signed out, or ended by an administrator.
both_backends!(an_ended_session_says_whose_it_was, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let me = person(c, "me@example.org")?;
            let policy = SessionPolicy { idle_timeout_secs: 600, absolute_timeout_secs: 3600 };
            sessions::create(c, "sess", None, &me, T0, &policy)?;
            assert!(matches!(sessions::check(c, "sess", T0, &policy)?, SessionCheck::Live(u) if u.user.id == me));
            let late = T0 + 601 * MICROS_PER_SECOND;
            match sessions::check(c, "sess", late, &policy)? {
                SessionCheck::Ended { user_id } => assert_eq!(user_id, me),
                other => panic!("expected an ended session, got {other:?}"),
            }
            let ended = |c: &mut DbConnection, token: &str| match sessions::check(c, token, late, &policy) {
                Ok(SessionCheck::Ended { user_id }) => user_id,
                other => panic!("expected an ended session, got {other:?}"),
            };
            assert_eq!(ended(c, "sess"), me, "still known once its row is gone");
            assert_eq!(sessions::count_for_user(c, &me)?, 0);
            assert!(matches!(sessions::check(c, "never", T0, &policy)?, SessionCheck::Unknown));

            // Signing out: the session's token and the marker left in its place both say whose.
            sessions::create(c, "out", None, &me, T0, &policy)?;
            assert_eq!(sessions::sign_out(c, "out", "marker", T0, None, None)?.as_deref(), Some(me.as_str()));
            assert_eq!(ended(c, "out"), me);
            assert_eq!(sessions::ended_owner(c, "marker")?.as_deref(), Some(me.as_str()));
            assert_eq!(sessions::sign_out(c, "never", "marker2", T0, None, None)?, None);
            assert_eq!(sessions::ended_owner(c, "marker2")?, None);

            // An administrator ending every session (a new password, disabling).
            sessions::create(c, "one", None, &me, T0, &policy)?;
            sessions::create(c, "two", None, &me, T0, &policy)?;
            sessions::end_all_for_user(c, &me, T0)?;
            assert_eq!((ended(c, "one"), ended(c, "two")), (me.clone(), me.clone()));

            // The purge remembers whose expired sessions were, and forgets after a week.
            sessions::create(c, "idle", None, &me, T0, &policy)?;
            assert_eq!(sessions::purge_expired(c, late + 3600 * MICROS_PER_SECOND)?, 1);
            assert_eq!(ended(c, "idle"), me);
            sessions::purge_expired(c, late + 3600 * MICROS_PER_SECOND + sessions::REMEMBER_ENDED_MICROS)?;
            assert!(matches!(sessions::check(c, "idle", late, &policy)?, SessionCheck::Unknown));
            Ok(())
        })
        .await
        .unwrap();
});
