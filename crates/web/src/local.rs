//! What a request is read in: the signed-in person's language and their organisation's time
//! zone.
//!
//! Times are stored in UTC. The zone and the language are part of the request, like the person
//! themselves: they are set once, where the session is read ([`set`], by the session
//! extractors), and read wherever a time or a word is written ([`crate::layout::when`],
//! [`crate::i18n::t`]), also inside store work that a handler runs on a blocking thread
//! ([`within`], used by `Ctx::run`). A request that has no signed-in person (the sign-in page,
//! an error page) is read in the language the browser asks for, shows UTC and says so.

use std::cell::RefCell;
use std::future::Future;

use jiff::tz::TimeZone;
use securebase_core::Language;

/// The language and zone of one request.
#[derive(Debug, Clone, PartialEq)]
pub struct Local {
    /// `None` until someone is signed in.
    pub zone: Option<TimeZone>,
    pub language: Language,
}

impl Local {
    pub fn of(time_zone: &str, language: &str) -> Local {
        Local { zone: Some(zone(time_zone)), language: Language::parse(language).unwrap_or_default() }
    }
}

tokio::task_local! {
    static REQUEST: RefCell<Option<Local>>;
}

thread_local! {
    static BLOCKING: RefCell<Option<Local>> = const { RefCell::new(None) };
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

/// Runs a request with room for its language and zone, starting from the language the browser
/// asks for. The router wraps every request in this.
pub async fn scope<F: Future>(browser: Language, f: F) -> F::Output {
    REQUEST.scope(RefCell::new(Some(Local { zone: None, language: browser })), f).await
}

/// The request's language and zone, now that the person is known.
pub fn set(local: Local) {
    let _ = REQUEST.try_with(|l| *l.borrow_mut() = Some(local.clone()));
    BLOCKING.with(|l| {
        if l.borrow().is_some() {
            *l.borrow_mut() = Some(local);
        }
    });
}

/// The language and zone set for this request (or this piece of store work), if any.
pub fn get() -> Option<Local> {
    BLOCKING.with(|l| l.borrow().clone()).or_else(|| REQUEST.try_with(|l| l.borrow().clone()).ok().flatten())
}

/// The zone set for this request (or this piece of store work), if any.
pub fn current() -> Option<TimeZone> {
    get().and_then(|l| l.zone)
}

/// The language this request is read in: English outside any request.
pub fn language() -> Language {
    let from_thread = BLOCKING.with(|l| l.borrow().as_ref().map(|l| l.language));
    from_thread
        .or_else(|| REQUEST.try_with(|l| l.borrow().as_ref().map(|l| l.language)).ok().flatten())
        .unwrap_or_default()
}

/// Runs `f` (store work on a blocking thread) in the request's language and zone, so what it
/// writes reads like the rest of the page.
pub fn within<T>(local: Option<Local>, f: impl FnOnce() -> T) -> T {
    /// Puts the thread's language and zone back however `f` ends, a panic included: the
    /// blocking pool reuses threads, and the next request's work must not see this one's.
    struct Restore(Option<Local>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            BLOCKING.with(|l| *l.borrow_mut() = before);
        }
    }
    let local = local.unwrap_or(Local { zone: Some(TimeZone::UTC), language: Language::default() });
    let _restore = Restore(BLOCKING.with(|l| l.replace(Some(local))));
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
        scope(Language::Nb, async {
            assert!(current().is_none());
            assert_eq!(language(), Language::Nb, "the browser's language until someone signs in");
            set(Local::of("Europe/Oslo", "en"));
            assert_eq!(current(), Some(zone("Europe/Oslo")));
            assert_eq!(language(), Language::En, "then the person's");
            let local = get();
            let inside = tokio::task::spawn_blocking(move || within(local, || (current(), language()))).await.unwrap();
            assert_eq!(inside, (Some(zone("Europe/Oslo")), Language::En));
        })
        .await;
        assert!(current().is_none(), "and it does not leak into the next request");
        assert_eq!(language(), Language::En);
    }

    #[test]
    fn a_panic_in_store_work_does_not_leave_its_zone_on_the_thread() {
        let caught =
            std::panic::catch_unwind(|| within(Some(Local::of("Europe/Oslo", "nb")), || panic!("store work failed")));
        assert!(caught.is_err());
        assert!(current().is_none(), "the thread is as it was");
        assert_eq!(language(), Language::En);
    }
}
