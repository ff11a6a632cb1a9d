//! What every page shares: the signed-in person in the header, and rendering to HTML.

use askama::Template;
use axum::response::Html;

use crate::AppError;

/// The header's view of who is signed in.
#[derive(Debug, Clone)]
pub struct Nav {
    pub name: String,
    pub is_admin: bool,
    /// Holds a role that works with case records.
    pub has_cases: bool,
    pub is_auditor: bool,
}

pub fn render<T: Template>(t: &T) -> Result<Html<String>, AppError> {
    Ok(Html(t.render()?))
}

/// A problem with one form field, shown in the error summary and beside the field. `field` is
/// the field's id: mostly a fixed name, but generated for fields such as an indicator's radios.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: std::borrow::Cow<'static, str>,
    pub message: String,
}

pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
}

/// A date and time for people, to the minute, in the organisation's time zone (see
/// [`crate::local`]) with the zone's abbreviation, so "14:05 GMT" and "15:05 BST" are never
/// confused; UTC where nobody is signed in.
pub fn when(micros: i64) -> String {
    when_in(micros, &crate::local::current().unwrap_or(jiff::tz::TimeZone::UTC))
}

pub fn when_in(micros: i64, tz: &jiff::tz::TimeZone) -> String {
    crate::i18n::when_in(micros, tz)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::zone;

    #[test]
    fn times_are_shown_in_the_organisations_zone() {
        // 1 July 2026 13:05 UTC and 3 December 2026 13:05 UTC.
        let summer = 1_782_911_100_000_000;
        let winter = 1_796_303_100_000_000;
        assert_eq!(when_in(summer, &zone("Europe/London")), "1 Jul 2026, 14:05 BST");
        assert_eq!(when_in(winter, &zone("Europe/London")), "3 Dec 2026, 13:05 GMT");
        assert_eq!(when_in(winter, &zone("Europe/Oslo")), "3 Dec 2026, 14:05 CET");
        assert_eq!(when_in(winter, &jiff::tz::TimeZone::UTC), "3 Dec 2026, 13:05 UTC");
        assert_eq!(when(winter), "3 Dec 2026, 13:05 UTC", "no request, no zone: UTC, said so");
        let nb = crate::local::within(Some(crate::local::Local::of("Europe/Oslo", "nb")), || {
            (when(winter), when(summer), crate::i18n::long_date(jiff::civil::date(2026, 12, 3)))
        });
        assert_eq!(
            nb,
            (
                "3. des. 2026 kl. 14:05 CET".to_owned(),
                "1. juli 2026 kl. 15:05 CEST".to_owned(),
                "3. desember 2026".to_owned()
            )
        );
    }
}
