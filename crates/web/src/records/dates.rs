//! Calendar dates as records keep them (`YYYY-MM-DD`), as people read them ("3 March 2019",
//! "3. mars 2019") and as they type them into a form ("3 3 2019", "3.3.2019"), in the request's
//! language.

use jiff::civil::Date;
use securebase_core::Language;
use securebase_core::records::age_in_years;

use crate::i18n::{Arg, t_args};

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

/// A stored date for reading, in the request's language; anything that is not a date is shown
/// as it is.
pub fn show(stored: &str) -> String {
    parse_stored(stored).map(crate::i18n::long_date).unwrap_or_else(|| stored.to_owned())
}

pub fn show_opt(stored: Option<&str>) -> String {
    stored.map(show).unwrap_or_default()
}

/// A stored date in the form the date fields' hints suggest in the request's language:
/// "27 3 2019" in English, "27.3.2019" in Norwegian.
pub fn for_input(stored: &str) -> String {
    let format = if crate::local::language() == Language::Nb { "%-d.%-m.%Y" } else { "%-d %-m %Y" };
    parse_stored(stored).map(|d| d.strftime(format).to_string()).unwrap_or_else(|| stored.to_owned())
}

pub fn for_input_opt(stored: Option<&str>) -> String {
    stored.map(for_input).unwrap_or_default()
}

/// Age today in whole years, from a stored date of birth.
pub fn age(born: &str) -> Option<i32> {
    parse_stored(born).map(|b| age_in_years(b, today()))
}

/// "3 March 2019 (age 7)", "3. mars 2019 (7 år)"
pub fn with_age(born: &str) -> String {
    match age(born) {
        Some(a) => t_args("rec-date-with-age", &[("date", Arg::Text(show(born))), ("age", Arg::Number(i64::from(a)))])
            .into_owned(),
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
        assert!(with_age("2000-01-01").starts_with("1 January 2000 (age "));
    }

    #[test]
    fn norwegian_dates_read_and_are_typed_the_norwegian_way() {
        crate::local::within(Some(crate::local::Local::of("Europe/Oslo", "nb")), || {
            assert_eq!(show("2019-03-27"), "27. mars 2019");
            assert_eq!(for_input("2019-03-27"), "27.3.2019");
            assert_eq!(for_input_opt(None), "");
            assert!(with_age("2000-01-01").starts_with("1. januar 2000 ("));
            assert!(with_age("2000-01-01").ends_with(" år)"));
        });
        assert_eq!(for_input("2019-03-27"), "27 3 2019", "English again outside");
    }
}
