//! The languages securebase speaks. Every page, message and piece of practice content exists in
//! each of them; a person reads the product in the one they chose, or their organisation's.

/// A language securebase is written in. The stored form is the code (`en`, `nb`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    /// English (United Kingdom usage).
    #[default]
    En,
    /// Norwegian Bokmål.
    Nb,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Nb];

    /// The code stored in the database and used for the content and catalogue folders.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nb => "nb",
        }
    }

    /// The BCP 47 tag for `<html lang>`, so screen readers pronounce the page properly.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en-GB",
            Language::Nb => "nb",
        }
    }

    /// The language's own name for itself, as a language chooser lists it (never translated).
    pub fn autonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Nb => "Norsk bokmål",
        }
    }

    /// From a stored code; `None` for a code securebase does not speak.
    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a browser asks for with `Accept-Language`, if securebase speaks one it
    /// accepts: the highest-weighted range that matches, `nb` also answering `no` and `nn`
    /// (a Nynorsk reader reads Bokmål more easily than English). `None` if nothing matches.
    pub fn negotiate(accept_language: &str) -> Option<Language> {
        let mut best: Option<(u16, usize, Language)> = None;
        for (position, range) in accept_language.split(',').enumerate() {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let mut weight: u16 = 1000;
            for p in parts {
                if let Some(q) = p.trim().strip_prefix("q=") {
                    weight = parse_weight(q.trim()).unwrap_or(0);
                }
            }
            if weight == 0 {
                continue;
            }
            let primary = tag.split('-').next().unwrap_or("");
            let language = match primary {
                "en" => Language::En,
                "nb" | "no" | "nn" => Language::Nb,
                _ => continue,
            };
            // Higher weight wins; at equal weight, the earlier range (the browser's order).
            let better = match best {
                None => true,
                Some((w, p, _)) => weight > w || (weight == w && position < p),
            };
            if better {
                best = Some((weight, position, language));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

/// A quality value (`0`, `0.8`, `1.000`) in thousandths.
fn parse_weight(q: &str) -> Option<u16> {
    let (whole, frac) = q.split_once('.').unwrap_or((q, ""));
    if frac.len() > 3 || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let mut thousandths: u16 = 0;
    for (i, c) in frac.chars().enumerate() {
        let digit = c.to_digit(10)? as u16;
        thousandths += digit * [100, 10, 1][i];
    }
    let value = whole * 1000 + thousandths;
    (value <= 1000).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(Language::parse(l.code()), Some(l));
        }
        assert_eq!(Language::parse("de"), None);
    }

    #[test]
    fn the_browser_choice_follows_weights_and_order() {
        assert_eq!(Language::negotiate("nb-NO,nb;q=0.9,en;q=0.8"), Some(Language::Nb));
        assert_eq!(Language::negotiate("en-GB,en;q=0.9,nb;q=0.5"), Some(Language::En));
        assert_eq!(Language::negotiate("de-DE,no;q=0.7,en;q=0.3"), Some(Language::Nb));
        assert_eq!(Language::negotiate("nn-NO"), Some(Language::Nb));
        assert_eq!(Language::negotiate("en;q=0.2, nb;q=0.9"), Some(Language::Nb));
        assert_eq!(Language::negotiate("nb;q=0, en"), Some(Language::En), "q=0 means not this one");
        assert_eq!(Language::negotiate("fr, de;q=0.5"), None);
        assert_eq!(Language::negotiate(""), None);
        assert_eq!(Language::negotiate("nb;q=2, en;q=0.1"), Some(Language::En), "a broken weight counts as refused");
    }
}
