//! When a signed-in session stops being valid. Times are Unix microseconds (UTC).

pub const MICROS_PER_SECOND: i64 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle_timeout_secs: i64,
    pub absolute_timeout_secs: i64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy { idle_timeout_secs: 30 * 60, absolute_timeout_secs: 12 * 60 * 60 }
    }
}

/// How stale `last_seen_at` may get before it is written back. Writing on every request would
/// turn every page view into a disk write; a minute of slack on a 30-minute idle timeout is fine.
pub const TOUCH_INTERVAL_SECS: i64 = 60;

impl SessionPolicy {
    pub fn is_expired(&self, created_at: i64, last_seen_at: i64, now: i64) -> bool {
        now - last_seen_at >= self.idle_timeout_secs * MICROS_PER_SECOND
            || now - created_at >= self.absolute_timeout_secs * MICROS_PER_SECOND
    }

    pub fn needs_touch(&self, last_seen_at: i64, now: i64) -> bool {
        let interval = TOUCH_INTERVAL_SECS.min(self.idle_timeout_secs / 2).max(0);
        now - last_seen_at >= interval * MICROS_PER_SECOND
    }

    /// The earliest time after which a session created at `created_at` and last seen at
    /// `last_seen_at` is certainly dead, for purging.
    pub fn expires_at(&self, created_at: i64, last_seen_at: i64) -> i64 {
        (last_seen_at + self.idle_timeout_secs * MICROS_PER_SECOND)
            .min(created_at + self.absolute_timeout_secs * MICROS_PER_SECOND)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const S: i64 = MICROS_PER_SECOND;

    #[test]
    fn idle_and_absolute_timeouts() {
        let p = SessionPolicy::default();
        assert!(!p.is_expired(0, 0, 30 * 60 * S - 1));
        assert!(p.is_expired(0, 0, 30 * 60 * S));
        // Active all day, but the absolute limit still ends it.
        let now = 12 * 3600 * S;
        assert!(p.is_expired(0, now - S, now));
        assert!(!p.is_expired(0, now - 2 * S, now - S));
        assert_eq!(p.expires_at(0, 0), 30 * 60 * S);
        assert_eq!(p.expires_at(0, 12 * 3600 * S), 12 * 3600 * S);
    }

    #[test]
    fn touches_at_most_once_a_minute() {
        let p = SessionPolicy::default();
        assert!(!p.needs_touch(0, 59 * S));
        assert!(p.needs_touch(0, 60 * S));
        let short = SessionPolicy { idle_timeout_secs: 4, absolute_timeout_secs: 60 };
        assert!(p.needs_touch(0, 60 * S));
        assert!(short.needs_touch(0, 2 * S));
    }
}
