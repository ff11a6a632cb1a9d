//! Names people type: trimmed, non-empty, bounded, free of control characters. Any script is
//! welcome; names are stored exactly and escaped on output.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("Enter a name")]
    Empty,
    #[error("Name must be {0} characters or fewer")]
    TooLong(usize),
    #[error("Name must not contain control characters")]
    Control,
}

fn parse_name(input: &str, max: usize) -> Result<String, NameError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(NameError::Empty);
    }
    if s.chars().count() > max {
        return Err(NameError::TooLong(max));
    }
    if s.chars().any(char::is_control) {
        return Err(NameError::Control);
    }
    Ok(s.to_owned())
}

macro_rules! name_type {
    ($name:ident, $max:expr) => {
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            pub const MAX: usize = $max;

            pub fn parse(input: &str) -> Result<$name, NameError> {
                parse_name(input, Self::MAX).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

name_type!(DisplayName, 120);
name_type!(OrgName, 200);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_any_script_and_trims() {
        assert_eq!(DisplayName::parse("  Åse Nordmann-Ødegård ").map(|n| n.0), Ok("Åse Nordmann-Ødegård".into()));
        assert_eq!(
            DisplayName::parse("<script>alert(1)</script>").map(|n| n.0),
            Ok("<script>alert(1)</script>".into())
        );
    }

    #[test]
    fn refuses_empty_long_and_control() {
        assert_eq!(DisplayName::parse("  "), Err(NameError::Empty));
        assert_eq!(DisplayName::parse(&"x".repeat(121)), Err(NameError::TooLong(120)));
        assert!(DisplayName::parse(&"x".repeat(120)).is_ok());
        assert_eq!(DisplayName::parse("a\u{0007}b"), Err(NameError::Control));
        assert!(OrgName::parse(&"é".repeat(200)).is_ok());
    }
}
