//! Checking what people type into record forms, collecting every problem at once so the error
//! summary can list them all. Text is kept exactly as typed (trimmed at the ends); only what
//! would be unsafe or unreadable is refused: blank required answers, over-long answers and
//! hidden control characters.

use jiff::civil::Date;
use securebase_core::DisplayName;
use securebase_core::names::NameError;
use securebase_core::records::{DateError, parse_date, parse_past_date};

use crate::i18n::{Arg, t_args};
use crate::layout::FieldError;

/// Longest single-line answer (a language, a legal status, an identifier).
pub const LINE_MAX: usize = 200;
/// Longest free-text answer (notes, an address).
pub const NOTES_MAX: usize = 10_000;

#[derive(Debug, Default)]
pub struct Check {
    pub errors: Vec<FieldError>,
}

/// The argument naming the answer in a message: its label, already translated.
fn named(label: &str) -> (&'static str, Arg) {
    ("label", Arg::Text(label.to_owned()))
}

fn number(n: impl TryInto<i64>) -> Arg {
    Arg::Number(n.try_into().unwrap_or(i64::MAX))
}

fn too_long(label: &str, max: usize) -> String {
    t_args("rec-check-too-long", &[named(label), ("max", number(max))]).into_owned()
}

fn has_control(s: &str, newlines: bool) -> bool {
    s.chars().any(|c| c.is_control() && !(newlines && c == '\n'))
}

impl Check {
    pub fn new() -> Check {
        Check::default()
    }

    pub fn push(&mut self, field: &'static str, message: impl Into<String>) {
        if !self.errors.iter().any(|e| e.field == field) {
            self.errors.push(FieldError { field: field.into(), message: message.into() });
        }
    }

    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() { Ok(value) } else { Err(self.errors) }
    }

    /// A person's name, required: the same rules as an account's display name.
    /// `label` names the field in messages; `missing` is the whole message for a blank answer,
    /// such as "Enter the child's given names". Both are translated text.
    pub fn name(&mut self, field: &'static str, label: &str, missing: &str, input: &str) -> String {
        match DisplayName::parse(input) {
            Ok(n) => n.as_str().to_owned(),
            Err(NameError::Empty) => {
                self.push(field, missing);
                String::new()
            }
            Err(NameError::TooLong(max)) => {
                self.push(field, too_long(label, max));
                input.trim().to_owned()
            }
            Err(NameError::Control) => {
                self.push(field, t_args("rec-check-control", &[named(label)]).into_owned());
                input.trim().to_owned()
            }
        }
    }

    /// A one-line answer that may be left blank.
    pub fn line(&mut self, field: &'static str, label: &str, input: &str) -> String {
        self.text(field, label, input, LINE_MAX, false)
    }

    /// A one-line answer that must be given.
    pub fn required_line(&mut self, field: &'static str, label: &str, missing: &str, input: &str) -> String {
        if input.trim().is_empty() {
            self.push(field, missing);
        }
        self.line(field, label, input)
    }

    /// Free text over several lines that may be left blank. Line endings are kept (as `\n`).
    pub fn notes(&mut self, field: &'static str, label: &str, input: &str) -> String {
        self.text(field, label, &input.replace("\r\n", "\n"), NOTES_MAX, true)
    }

    fn text(&mut self, field: &'static str, label: &str, input: &str, max: usize, newlines: bool) -> String {
        let s = input.trim();
        if s.chars().count() > max {
            self.push(field, too_long(label, max));
        } else if has_control(s, newlines) {
            let message = if newlines {
                t_args("rec-check-control-lines", &[named(label)]).into_owned()
            } else {
                t_args("rec-check-control-line", &[named(label)]).into_owned()
            };
            self.push(field, message);
        }
        s.to_owned()
    }

    /// A calendar date, stored as `YYYY-MM-DD`. Blank is allowed unless `missing` is given.
    pub fn date(&mut self, field: &'static str, label: &str, missing: Option<&str>, input: &str) -> Option<Date> {
        self.date_with(field, label, missing, parse_date(input))
    }

    /// A date that cannot be in the future, such as a date of birth.
    pub fn past_date(&mut self, field: &'static str, label: &str, missing: Option<&str>, input: &str) -> Option<Date> {
        self.date_with(field, label, missing, parse_past_date(input, super::dates::today()))
    }

    fn date_with(
        &mut self,
        field: &'static str,
        label: &str,
        missing: Option<&str>,
        parsed: Result<Date, DateError>,
    ) -> Option<Date> {
        let message = match parsed {
            Ok(d) => return Some(d),
            Err(DateError::Missing) => match missing {
                Some(m) => m.to_owned(),
                None => return None,
            },
            Err(DateError::Invalid) => t_args("rec-check-date-invalid", &[named(label)]).into_owned(),
            Err(DateError::Future) => t_args("rec-check-date-future", &[named(label)]).into_owned(),
            Err(DateError::TooOld) => t_args("rec-check-date-old", &[named(label)]).into_owned(),
        };
        self.push(field, message);
        None
    }

    /// One of a fixed set of answers; `parsed` is `None` when the answer is blank or unknown.
    pub fn choice<T>(&mut self, field: &'static str, missing: &str, parsed: Option<T>) -> Option<T> {
        if parsed.is_none() {
            self.push(field, missing);
        }
        parsed
    }

    /// A whole number within a range, or blank.
    pub fn number(&mut self, field: &'static str, label: &str, input: &str, min: i32, max: i32) -> Option<i32> {
        let s = input.trim();
        if s.is_empty() {
            return None;
        }
        match s.parse::<i32>() {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(_) => {
                let args = [named(label), ("min", number(min)), ("max", number(max))];
                self.push(field, t_args("rec-check-number-range", &args).into_owned());
                None
            }
            Err(_) => {
                self.push(field, t_args("rec-check-number", &[named(label)]).into_owned());
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_kept_but_control_characters_and_length_are_refused() {
        let mut c = Check::new();
        assert_eq!(c.notes("n", "Notes", "line one\r\nline two "), "line one\nline two");
        assert!(c.is_ok());
        c.line("a", "Religion", "tab\there");
        c.notes("b", "Notes", &"x".repeat(NOTES_MAX + 1));
        c.notes("c", "Notes", "bell\u{7}");
        assert_eq!(c.errors.len(), 3);
        let mut c = Check::new();
        assert_eq!(
            c.line("a", "Religion", " <b>\"x\" ' ; DROP TABLE children; -- 🙂 שלום "),
            "<b>\"x\" ' ; DROP TABLE children; -- 🙂 שלום"
        );
        assert!(c.is_ok());
    }

    #[test]
    fn names_dates_and_numbers() {
        let mut c = Check::new();
        assert_eq!(c.name("g", "Given names", "Enter the given names", "  Åse "), "Åse");
        assert!(c.past_date("d", "Date of birth", Some("Enter the date of birth"), "").is_none());
        assert!(c.date("e", "End date", None, "").is_none());
        assert_eq!(c.number("p", "Places", "3", 0, 20), Some(3));
        c.number("q", "Places", "x", 0, 20);
        c.number("r", "Places", "99", 0, 20);
        let fields: Vec<_> = c.errors.iter().map(|e| e.field.as_ref()).collect();
        assert_eq!(fields, vec!["d", "q", "r"]);
    }
}
