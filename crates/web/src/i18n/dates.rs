//! Dates and times as each language writes them: "3 December 2026" and "3. desember 2026";
//! "3 Dec 2026, 14:05 GMT" and "3. des. 2026 kl. 15:05 CET". The words and the order come
//! from the catalogues (`date-long`, `date-time`, `month-N`, `month-short-N`).

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Arg, t_args};

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10",
    "month-11", "month-12",
];
const MONTHS_SHORT: [&str; 12] = [
    "month-short-1",
    "month-short-2",
    "month-short-3",
    "month-short-4",
    "month-short-5",
    "month-short-6",
    "month-short-7",
    "month-short-8",
    "month-short-9",
    "month-short-10",
    "month-short-11",
    "month-short-12",
];

fn month_key(month: i8, short: bool) -> &'static str {
    let i = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    if short { MONTHS_SHORT[i] } else { MONTHS[i] }
}

/// A month's name in the request's language.
pub fn month_name(month: i8) -> String {
    super::t(month_key(month, false)).into_owned()
}

/// A calendar date for reading, in the request's language.
pub fn long_date(d: Date) -> String {
    t_args(
        "date-long",
        &[
            ("day", Arg::Text(d.day().to_string())),
            ("month", Arg::Text(super::t(month_key(d.month(), false)).into_owned())),
            ("year", Arg::Text(d.year().to_string())),
        ],
    )
    .into_owned()
}

/// A moment, to the minute, in `tz` with the zone's abbreviation ("UTC" where no zone is known),
/// in the request's language.
pub fn when_in(micros: i64, tz: &TimeZone) -> String {
    let Ok(t) = jiff::Timestamp::from_microsecond(micros) else { return String::new() };
    let local = t.to_zoned(tz.clone());
    let zone = if tz == &TimeZone::UTC { "UTC".to_owned() } else { local.strftime("%Z").to_string() };
    t_args(
        "date-time",
        &[
            ("day", Arg::Text(local.day().to_string())),
            ("month", Arg::Text(super::t(month_key(local.month(), true)).into_owned())),
            ("year", Arg::Text(local.year().to_string())),
            ("time", Arg::Text(local.strftime("%H:%M").to_string())),
            ("zone", Arg::Text(zone)),
        ],
    )
    .into_owned()
}
