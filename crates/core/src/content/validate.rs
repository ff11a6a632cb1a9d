//! Field rules shared by the pack loader and by the screens where an agency adds its own
//! indicators, so that both accept exactly the same things.

/// Longest text (in characters) accepted in any wording field. Long enough for a full sentence
/// of guidance; short enough to sit on a checklist line without scrolling.
pub const MAX_TEXT_CHARS: usize = 500;

/// Longest indicator key. Keys are stored against every assessment that uses the indicator.
pub const MAX_KEY_CHARS: usize = 64;

/// WCAG 1.4.11: graphical objects (chart lines, petal outlines) need 3:1 against their background.
pub const MIN_CONTRAST_WITH_WHITE: f64 = 3.0;

/// Wording for an indicator, evidence note or other guidance text: trimmed, not empty, at most
/// [`MAX_TEXT_CHARS`] characters, and free of control characters other than line breaks and tabs
/// (which a multi-line TOML string or a pasted paragraph may legitimately contain).
pub fn validate_indicator_text(text: &str) -> Result<String, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Err("must not be empty");
    }
    if t.chars().count() > MAX_TEXT_CHARS {
        return Err("must be 500 characters or fewer");
    }
    if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err("must not contain control characters");
    }
    Ok(t.to_owned())
}

/// Indicator keys: `[a-z0-9][a-z0-9-]*`, at most [`MAX_KEY_CHARS`] characters. Kept to URL- and
/// file-safe characters because keys appear in links and exports.
pub fn is_valid_indicator_key(key: &str) -> bool {
    let mut chars = key.chars();
    let first_ok = matches!(chars.next(), Some('a'..='z' | '0'..='9'));
    first_ok && key.len() <= MAX_KEY_CHARS && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

/// `#rrggbb` with hexadecimal digits in either case.
pub fn is_valid_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// Contrast ratio of an `#rrggbb` colour against white, by the WCAG 2 definition of relative
/// luminance; `None` if the colour is not `#rrggbb`.
pub fn contrast_with_white(hex: &str) -> Option<f64> {
    let l = relative_luminance(hex)?;
    Some(1.05 / (l + 0.05))
}

fn relative_luminance(hex: &str) -> Option<f64> {
    if !is_valid_colour(hex) {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let v = u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?;
        let c = f64::from(v) / 255.0;
        Some(if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(1)? + 0.7152 * channel(3)? + 0.0722 * channel(5)?)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(validate_indicator_text("  Smiles at the carer.  "), Ok("Smiles at the carer.".to_owned()));
        assert!(validate_indicator_text(" \n\t ").is_err());
        assert!(validate_indicator_text(&"a".repeat(500)).is_ok());
        assert!(validate_indicator_text(&"a".repeat(501)).is_err());
        // Counted in characters, not bytes: 500 accented letters are fine.
        assert!(validate_indicator_text(&"é".repeat(500)).is_ok());
        assert!(validate_indicator_text("line one\nline two").is_ok());
        assert!(validate_indicator_text("bell\u{7}").is_err());
    }

    #[test]
    fn keys_follow_the_pattern() {
        for ok in ["av-inf-1", "0", "a", "fm-ado-12", "agency-x-extra"] {
            assert!(is_valid_indicator_key(ok), "{ok}");
        }
        for bad in ["", "-av", "Av-1", "av_1", "av 1", "av.1", "é", &"a".repeat(65)] {
            assert!(!is_valid_indicator_key(bad), "{bad}");
        }
    }

    #[test]
    fn colours_and_contrast() {
        assert!(is_valid_colour("#1a2B3c"));
        for bad in ["1a2b3c", "#1a2b3", "#1a2b3cd", "#1a2b3g", "#é12345", ""] {
            assert!(!is_valid_colour(bad), "{bad}");
        }
        let black = contrast_with_white("#000000").unwrap();
        assert!((black - 21.0).abs() < 1e-9);
        let white = contrast_with_white("#ffffff").unwrap();
        assert!((white - 1.0).abs() < 1e-9);
        // #767676 is the well-known lightest grey that passes 4.5:1 on white.
        let grey = contrast_with_white("#767676").unwrap();
        assert!(grey > 4.5 && grey < 4.6, "{grey}");
        // #949494 is about 3.03:1, #959595 just under 3:1.
        assert!(contrast_with_white("#949494").unwrap() >= MIN_CONTRAST_WITH_WHITE);
        assert!(contrast_with_white("#959595").unwrap() < MIN_CONTRAST_WITH_WHITE);
        assert_eq!(contrast_with_white("red"), None);
    }
}
