//! The password rules: long enough to resist guessing, no composition rules (they push people to
//! predictable patterns), and nothing from a list of the most used passwords.

use std::fmt;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 256;

const COMMON: &str = include_str!("../data/common-passwords.txt");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Password must be at least 12 characters long")]
    TooShort,
    #[error("Password must be 256 characters or fewer")]
    TooLong,
    #[error("That password is too common and easy to guess. Choose a different one")]
    Common,
    #[error("Password must not be the same as the email address")]
    SameAsEmail,
}

/// A password that met the rules. Deliberately not `Display` so it cannot end up in a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(****)")
    }
}

fn is_common(candidate: &str) -> bool {
    let folded = candidate.to_lowercase();
    COMMON.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).any(|l| l == folded)
}

impl Password {
    /// Checks a new password. `email` is the account's address, which must not be reused.
    pub fn parse(input: &str, email: Option<&str>) -> Result<Password, PasswordError> {
        let chars = input.chars().count();
        if chars < MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if chars > MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        if is_common(input) || is_common(input.trim()) {
            return Err(PasswordError::Common);
        }
        if email.is_some_and(|e| e.trim().eq_ignore_ascii_case(input.trim())) {
            return Err(PasswordError::SameAsEmail);
        }
        Ok(Password(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        assert_eq!(Password::parse("elevenchars", None), Err(PasswordError::TooShort));
        assert!(Password::parse("twelve chars", None).is_ok());
        // Twelve characters, more bytes: still enough.
        assert!(Password::parse("ææææææææææææ", None).is_ok());
        assert_eq!(Password::parse("æææææææææææ", None), Err(PasswordError::TooShort));
    }

    #[test]
    fn accepts_long_passphrases_and_no_composition_rules() {
        assert!(Password::parse(&"a long phrase ".repeat(10)[..128], None).is_ok());
        assert!(Password::parse(&"x".repeat(MAX_CHARS), None).is_ok());
        assert_eq!(Password::parse(&"x".repeat(MAX_CHARS + 1), None), Err(PasswordError::TooLong));
        assert!(Password::parse("all lower case words", None).is_ok());
    }

    #[test]
    fn refuses_common_passwords_in_any_case() {
        assert_eq!(Password::parse("Password1234", None), Err(PasswordError::Common));
        assert_eq!(Password::parse("QWERTYUIOP123", None), Err(PasswordError::Common));
        assert_eq!(Password::parse("123456789012", None), Err(PasswordError::Common));
    }

    #[test]
    fn refuses_the_email_itself() {
        assert_eq!(Password::parse("carer@demo.test", Some("Carer@demo.test")), Err(PasswordError::SameAsEmail));
    }

    #[test]
    fn debug_hides_the_secret() {
        let p = Password::parse("a secret phrase here", None);
        assert_eq!(format!("{p:?}"), "Ok(Password(****))");
    }
}
