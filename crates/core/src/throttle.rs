//! Growing delays after failed sign-ins, per account and per client address. A few mistakes are
//! free; after that each failure doubles the wait, up to a ceiling, so guessing becomes
//! impractically slow while a person who mistyped is barely slowed.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleRule {
    /// Failures allowed before any delay.
    pub free_failures: u32,
    pub first_delay_secs: i64,
    pub max_delay_secs: i64,
}

/// An account is a single target: be strict.
pub const PER_ACCOUNT: ThrottleRule = ThrottleRule { free_failures: 5, first_delay_secs: 2, max_delay_secs: 15 * 60 };
/// An address may be a whole office behind one router: allow more before slowing it down.
pub const PER_ADDRESS: ThrottleRule = ThrottleRule { free_failures: 20, first_delay_secs: 2, max_delay_secs: 15 * 60 };

impl ThrottleRule {
    /// Seconds to refuse further attempts after the `failures`-th consecutive failure.
    pub fn delay_after(&self, failures: u32) -> i64 {
        if failures < self.free_failures {
            return 0;
        }
        let steps = (failures - self.free_failures).min(30);
        self.first_delay_secs.saturating_mul(1_i64 << steps).min(self.max_delay_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_then_doubling_then_capped() {
        let r = PER_ACCOUNT;
        assert_eq!(r.delay_after(0), 0);
        assert_eq!(r.delay_after(4), 0);
        assert_eq!(r.delay_after(5), 2);
        assert_eq!(r.delay_after(6), 4);
        assert_eq!(r.delay_after(7), 8);
        assert_eq!(r.delay_after(20), 15 * 60);
        assert_eq!(r.delay_after(u32::MAX), 15 * 60);
    }

    #[test]
    fn addresses_get_more_slack_than_accounts() {
        assert_eq!(PER_ADDRESS.delay_after(10), 0);
        assert!(PER_ACCOUNT.delay_after(10) > 0);
    }
}
