//! A person's own settings: their language, their password; the organisation's default
//! language; and the language an assessment and its copied wording keep. Every test runs once on
//! SQLite and once on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use diesel::prelude::*;
use securebase_core::Dimension;
use securebase_core::Language;
use securebase_core::assessment::{AgeBand, AssessmentKind};
use securebase_core::content::embedded_packs;
use securebase_core::session::SessionPolicy;
use securebase_store::access::Scope;
use securebase_store::agency_indicators::{self, NewIndicator};
use securebase_store::schema::{audit_events, sessions as sessions_t};
use securebase_store::sessions::{self, SessionCheck};
use securebase_store::testing::TestDb;
use securebase_store::testing::fixture;
use securebase_store::{assessments, both_backends, settings};

const HASH: &str = "not-a-real-hash";

fn live_language(c: &mut securebase_store::DbConnection, token: &str) -> String {
    match sessions::check(c, token, securebase_store::now_micros(), &SessionPolicy::default()).unwrap() {
        SessionCheck::Live(u) => u.language,
        other => panic!("expected a live session, got {other:?}"),
    }
}

both_backends!(a_person_reads_their_own_language_or_else_the_organisations, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let now = securebase_store::now_micros();
            sessions::create(c, "tok-carer", None, &f.carer.user_id, now, &SessionPolicy::default())?;
            let carer = Scope::of(f.carer.clone());
            let admin = Scope::of(f.admin.clone());
            assert_eq!(live_language(c, "tok-carer"), "en", "a new organisation reads English");
            assert_eq!(settings::own(c, &carer)?, settings::Own { language: None, org_language: Language::En });

            settings::set_org_language(c, &admin, Language::Nb)?;
            assert_eq!(live_language(c, "tok-carer"), "nb", "the organisation's default reaches its people");

            settings::set_language(c, &carer, Some(Language::En))?;
            assert_eq!(live_language(c, "tok-carer"), "en", "a person's own choice wins");
            assert_eq!(settings::own(c, &carer)?.language, Some(Language::En));

            settings::set_language(c, &carer, None)?;
            assert_eq!(live_language(c, "tok-carer"), "nb", "and can be handed back to the organisation");

            // Only an administrator sets the organisation's default.
            let refused = settings::set_org_language(c, &carer, Language::En);
            assert!(matches!(refused, Err(e) if e.is_not_found()), "a carer cannot change the agency language");

            let events: Vec<String> = audit_events::table
                .filter(audit_events::record_type.eq_any(["user", "organisation"]))
                .filter(audit_events::action.like("language:%"))
                .order(audit_events::seq.asc())
                .select(audit_events::action)
                .load(c)?;
            assert_eq!(events, ["language:nb", "language:en", "language:organisation"]);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(changing_your_own_password_keeps_this_session_and_ends_the_others, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let other = fixture::agency(c, "b", HASH)?;
            let now = securebase_store::now_micros();
            let policy = SessionPolicy::default();
            for t in ["here", "phone", "tablet"] {
                sessions::create(c, t, None, &f.ssw.user_id, now, &policy)?;
            }
            sessions::create(c, "someone-else", None, &other.ssw.user_id, now, &policy)?;
            let here = match sessions::check(c, "here", now, &policy)? {
                SessionCheck::Live(u) => u.session_id,
                other => panic!("{other:?}"),
            };
            let ssw = Scope::of(f.ssw.clone());
            assert_eq!(settings::own_password_hash(c, &ssw)?, HASH);

            // A change made against a hash that is no longer current is refused, not lost.
            let stale = settings::set_own_password(c, &ssw, &here, "an-old-hash", "new-hash");
            assert!(matches!(stale, Err(securebase_store::StoreError::Conflict(_))), "{stale:?}");

            settings::set_own_password(c, &ssw, &here, HASH, "new-hash")?;
            assert_eq!(settings::own_password_hash(c, &ssw)?, "new-hash");
            assert!(
                matches!(sessions::check(c, "here", now, &policy)?, SessionCheck::Live(_)),
                "this browser stays in"
            );
            for t in ["phone", "tablet"] {
                assert!(
                    matches!(sessions::check(c, t, now, &policy)?, SessionCheck::Ended { .. }),
                    "{t} is signed out, and remembered as theirs so a kept form finds its owner"
                );
            }
            let left: i64 =
                sessions_t::table.filter(sessions_t::user_id.eq(&other.ssw.user_id)).count().get_result(c)?;
            assert_eq!(left, 1, "nobody else's sessions are touched");
            let n: i64 = audit_events::table
                .filter(audit_events::action.eq("change_own_password"))
                .filter(audit_events::record_id.eq(&f.ssw.user_id))
                .count()
                .get_result(c)?;
            assert_eq!(n, 1);
            Ok(())
        })
        .await
        .unwrap();
});

both_backends!(an_assessment_keeps_the_language_its_wording_was_copied_in, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let f = fixture::agency(c, "a", HASH)?;
            let packs = embedded_packs().unwrap();
            let admin = Scope::of(f.admin.clone());
            // The agency wrote one indicator in Norwegian.
            agency_indicators::add(
                c,
                &admin,
                &NewIndicator {
                    kind: AssessmentKind::Child,
                    dimension: Dimension::Availability,
                    band: Some(AgeBand::MiddleChildhood),
                    aspect: String::new(),
                    short_term: false,
                    long_term: false,
                    text: "Barnet ber om hjelp med leksene.".into(),
                    evidence_hint: "Et datert eksempel.".into(),
                    language: Language::Nb,
                },
            )?;
            let csw = Scope::of(f.csw.clone());
            let on: jiff::civil::Date = "2026-03-02".parse().unwrap();
            let en =
                assessments::start_child(c, &csw, packs.get(Language::En), &f.child, on, AgeBand::MiddleChildhood, "")?;
            let nb =
                assessments::start_child(c, &csw, packs.get(Language::Nb), &f.child, on, AgeBand::MiddleChildhood, "")?;
            assert_eq!((en.language.as_str(), nb.language.as_str()), ("en", "nb"));
            for (a, pack) in [(&en, packs.get(Language::En)), (&nb, packs.get(Language::Nb))] {
                let loaded = assessments::view(c, &csw, &a.id)?;
                let ours: Vec<_> = loaded.indicators.iter().filter(|i| i.origin == "pack").collect();
                assert!(!ours.is_empty());
                for i in &ours {
                    assert_eq!(i.language, pack.language, "{}", i.indicator_key);
                    assert_eq!(Some(i.text.as_str()), pack.child_indicator(&i.indicator_key).map(|p| p.text.as_str()));
                }
                let agency: Vec<_> = loaded.indicators.iter().filter(|i| i.origin == "agency").collect();
                assert_eq!(agency.len(), 1);
                assert_eq!(agency[0].language, "nb", "an agency's own indicator keeps the language it was written in");
            }
            Ok(())
        })
        .await
        .unwrap();
});
