//! Calendar dates as records keep them (`YYYY-MM-DD`), as people read them ("3 March 2019")
//! and as they type them into a form ("3 3 2019").

use jiff::civil::Date;
use securebase_core::records::{age_in_years, show_date};

/// Today's date in UTC, the clock every stored time uses.
pub fn today() -> Date {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date()
}

pub fn parse_stored(stored: &str) -> Option<Date> {
    stored.trim().parse::<Date>().ok()
}

/// How a stored date is stored: `YYYY-MM-DD`.
pub fn store(d: Date) -> String {
    d.strftime("%Y-%m-%d").to_string()
}

/// A stored date for reading; anything that is not a date is shown as it is.
pub fn show(stored: &str) -> String {
    parse_stored(stored).map(show_date).unwrap_or_else(|| stored.to_owned())
}

pub fn show_opt(stored: Option<&str>) -> String {
    stored.map(show).unwrap_or_default()
}

/// A stored date in the form the date fields' hint suggests ("27 3 2019").
pub fn for_input(stored: &str) -> String {
    parse_stored(stored).map(|d| d.strftime("%-d %-m %Y").to_string()).unwrap_or_else(|| stored.to_owned())
}

pub fn for_input_opt(stored: Option<&str>) -> String {
    stored.map(for_input).unwrap_or_default()
}

/// Age today in whole years, from a stored date of birth.
pub fn age(born: &str) -> Option<i32> {
    parse_stored(born).map(|b| age_in_years(b, today()))
}

/// "3 March 2019 (age 7)"
pub fn with_age(born: &str) -> String {
    match age(born) {
        Some(a) => format!("{} (age {a})", show(born)),
        None => show(born),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        assert_eq!(show("2019-03-03"), "3 March 2019");
        assert_eq!(for_input("2019-03-03"), "3 3 2019");
        assert_eq!(show("not a date"), "not a date");
        assert_eq!(store(jiff::civil::date(2019, 3, 3)), "2019-03-03");
        assert!(age("2000-01-01").is_some_and(|a| a >= 25));
    }
}
