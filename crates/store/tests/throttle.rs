//! The sign-in throttle's check-and-count, on SQLite and on PostgreSQL: simultaneous attempts
//! from many connections get no more turns than the rules allow.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use securebase_core::session::MICROS_PER_SECOND;
use securebase_core::throttle::{PER_ACCOUNT, PER_ADDRESS};
use securebase_store::testing::TestDb;
use securebase_store::throttle::{self, Attempt};
use securebase_store::{Store, both_backends};

const T0: i64 = 1_700_000_000 * MICROS_PER_SECOND;

async fn store_with_connections(db: &TestDb, n: u32) -> Store {
    let store = Store::open(&db.url, n).unwrap();
    store.migrate().await.unwrap();
    store
}

both_backends!(simultaneous_attempts_are_counted_one_at_a_time, |db: TestDb| async move {
    let store = store_with_connections(&db, 12).await;
    let address = throttle::address_key("192.0.2.7");
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let (store, address) = (store.clone(), address.clone());
            tokio::spawn(async move {
                let account = throttle::account_key(&format!("person{i}@example.org"));
                store
                    .run(move |c| throttle::begin_attempt(c, &[(&account, &PER_ACCOUNT), (&address, &PER_ADDRESS)], T0))
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut went = 0;
    for t in tasks {
        match t.await.unwrap() {
            Attempt::Go => went += 1,
            Attempt::Blocked { until } => assert_eq!(until, T0 + 2 * MICROS_PER_SECOND),
        }
    }
    assert_eq!(went, PER_ADDRESS.free_failures, "exactly the address's allowance went ahead");
    let keys = vec![address.clone()];
    let blocked = store.run(move |c| throttle::blocked_until(c, &keys, T0)).await.unwrap();
    assert_eq!(blocked, Some(T0 + 2 * MICROS_PER_SECOND), "refused attempts are not counted");
});

both_backends!(a_blocked_key_counts_nothing_and_a_success_is_forgiven, |db: TestDb| async move {
    let store = db.store().await.unwrap();
    store
        .run(|c| {
            let s = MICROS_PER_SECOND;
            let account = throttle::account_key("x@example.org");
            let address = throttle::address_key("192.0.2.1");
            let both = [(account.as_str(), &PER_ACCOUNT), (address.as_str(), &PER_ADDRESS)];
            for _ in 0..5 {
                assert_eq!(throttle::begin_attempt(c, &both, T0)?, Attempt::Go);
            }
            // The account's fifth failure blocks it; the address is not counted meanwhile.
            assert_eq!(throttle::begin_attempt(c, &both, T0)?, Attempt::Blocked { until: T0 + 2 * s });
            assert_eq!(throttle::blocked_until(c, std::slice::from_ref(&address), T0)?, None);

            // Another account from the same address: 15 more failures, the twentieth blocks.
            let other = throttle::account_key("y@example.org");
            for i in 0..15 {
                let key = format!("{other}{i}");
                let pair = [(key.as_str(), &PER_ACCOUNT), (address.as_str(), &PER_ADDRESS)];
                assert_eq!(throttle::begin_attempt(c, &pair, T0)?, Attempt::Go);
            }
            assert_eq!(throttle::blocked_until(c, std::slice::from_ref(&address), T0)?, Some(T0 + 2 * s));
            // That last attempt succeeded after all: its count, and the block it alone caused, go.
            throttle::forgive(c, &address, &PER_ADDRESS)?;
            assert_eq!(throttle::blocked_until(c, std::slice::from_ref(&address), T0)?, None);
            let fresh = throttle::account_key("z@example.org");
            let pair = [(fresh.as_str(), &PER_ACCOUNT), (address.as_str(), &PER_ADDRESS)];
            assert_eq!(throttle::begin_attempt(c, &pair, T0 + s)?, Attempt::Go);
            assert_eq!(throttle::blocked_until(c, std::slice::from_ref(&address), T0 + s)?, Some(T0 + 3 * s));
            // Forgiving a key with no count is harmless.
            throttle::forgive(c, &throttle::address_key("198.51.100.1"), &PER_ADDRESS)?;
            Ok(())
        })
        .await
        .unwrap();
});
