//! How a page shows times: in the signed-in person's organisation's time zone.
//!
//! Times are stored in UTC. The zone is part of the request, like the person themselves: it is
//! set once, where the session is read ([`set`], by the session extractors), and read by
//! [`crate::layout::when`] wherever a time is written, also inside store work that a handler
//! runs on a blocking thread ([`within`], used by `Ctx::run`). A request that has no signed-in
//! person (the sign-in page, an error page) shows UTC and says so.

use std::cell::RefCell;
use std::future::Future;

use jiff::tz::TimeZone;

tokio::task_local! {
    static REQUEST_ZONE: RefCell<Option<TimeZone>>;
}

thread_local! {
    static BLOCKING_ZONE: RefCell<Option<TimeZone>> = const { RefCell::new(None) };
}

/// The zone an organisation keeps, by its IANA name; UTC if the name is unknown (it is checked
/// when it is saved, so only a database edited by hand gets here).
pub fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

/// Whether `name` is a time zone securebase knows (an IANA name such as "Europe/Oslo").
pub fn is_known(name: &str) -> bool {
    !name.trim().is_empty() && TimeZone::get(name).is_ok()
}

/// Runs a request with room for its time zone. The router wraps every request in this.
pub async fn scope<F: Future>(f: F) -> F::Output {
    REQUEST_ZONE.scope(RefCell::new(None), f).await
}

/// The request's time zone, now that the person is known.
pub fn set(tz: TimeZone) {
    let _ = REQUEST_ZONE.try_with(|z| *z.borrow_mut() = Some(tz.clone()));
    BLOCKING_ZONE.with(|z| {
        if z.borrow().is_some() {
            *z.borrow_mut() = Some(tz);
        }
    });
}

/// The zone set for this request (or this piece of store work), if any.
pub fn current() -> Option<TimeZone> {
    BLOCKING_ZONE.with(|z| z.borrow().clone()).or_else(|| REQUEST_ZONE.try_with(|z| z.borrow().clone()).ok().flatten())
}

/// Runs `f` (store work on a blocking thread) with the request's zone, so times it writes are
/// shown like the rest of the page.
pub fn within<T>(tz: Option<TimeZone>, f: impl FnOnce() -> T) -> T {
    /// Puts the thread's zone back however `f` ends, a panic included: the blocking pool reuses
    /// threads, and the next request's work must not see this one's zone.
    struct Restore(Option<TimeZone>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            BLOCKING_ZONE.with(|z| *z.borrow_mut() = before);
        }
    }
    let _restore = Restore(BLOCKING_ZONE.with(|z| z.replace(Some(tz.unwrap_or(TimeZone::UTC)))));
    f()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn known_zones_and_unknown_ones() {
        assert!(is_known("Europe/London") && is_known("Europe/Oslo"));
        assert!(!is_known("Mars/Olympus") && !is_known(""));
        assert_eq!(zone("Mars/Olympus"), TimeZone::UTC);
    }

    #[tokio::test]
    async fn a_request_keeps_its_zone_and_blocking_work_inherits_it() {
        assert!(current().is_none(), "outside a request there is none");
        scope(async {
            assert!(current().is_none());
            set(zone("Europe/Oslo"));
            assert_eq!(current(), Some(zone("Europe/Oslo")));
            let tz = current();
            let inside = tokio::task::spawn_blocking(move || within(tz, current)).await.unwrap();
            assert_eq!(inside, Some(zone("Europe/Oslo")));
        })
        .await;
        assert!(current().is_none(), "and it does not leak into the next request");
    }

    #[test]
    fn a_panic_in_store_work_does_not_leave_its_zone_on_the_thread() {
        let caught = std::panic::catch_unwind(|| within(Some(zone("Europe/Oslo")), || panic!("store work failed")));
        assert!(caught.is_err());
        assert!(current().is_none(), "the thread is as it was");
    }
}
