//! Hand-written SVG charts, rendered on the server so they work without JavaScript, print well and
//! pass the Content-Security-Policy: no `style` attributes or elements, only SVG presentation
//! attributes and the classes in `static/charts.css`.
//!
//! Each function returns a complete `<svg>` element to insert with askama's `|safe`, so every piece
//! of caller-supplied text goes through [`escape`] here.
//!
//! Element ids (for `aria-labelledby` and the hatch patterns) are derived from a hash of all of a
//! chart's inputs, so different charts on one page never clash without the caller having to choose
//! ids. Two identical charts on a page would share ids, which is harmless: what the ids point at is
//! identical too.

mod petals;
mod progress;

pub use petals::{PetalRating, SecondRating, petals, petals_compact};
pub use progress::{Point, Series, progress_chart, progress_chart_narrow};

/// A chart for every screen: the wide drawing, and the phone's, of which the stylesheet shows one
/// (`.chart-wide` / `.chart-narrow`). Print always takes the wide one.
pub fn responsive(wide: &str, narrow: &str) -> String {
    format!(r#"<div class="chart-wide">{wide}</div><div class="chart-narrow">{narrow}</div>"#)
}

/// The page's own font stack (see `app.css`), repeated so a chart saved or printed on its own
/// still uses the sans-serif fonts its label widths were estimated for. Already escaped for an attribute.
pub(crate) const FONT_FAMILY: &str = "system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, Arial, sans-serif";

/// Escapes text for use both as XML character data and inside a double- or single-quoted attribute.
/// Characters XML 1.0 cannot carry at all (most C0 controls) are dropped rather than escaped,
/// because a numeric reference to them would still make the document malformed.
pub(crate) fn escape(text: &str) -> String {
    Esc(text).to_string()
}

/// Formats a coordinate with at most one decimal, so output is compact and byte-for-byte stable.
pub(crate) fn num(value: f64) -> String {
    Num(value).to_string()
}

/// A coordinate as [`num`] writes it, straight into the output without a `String` of its own.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Integer tenths written by hand: float formatting, and then the formatter's own
        // integer formatting, were most of the time spent drawing a chart. `as` saturates, and
        // our coordinates are small; this also turns -0 into "0".
        let tenths = (self.0 * 10.0).round() as i64;
        let frac = (tenths % 10).unsigned_abs() as u8;
        let mut whole = (tenths / 10).unsigned_abs();
        let mut buf = [0u8; 24];
        let mut at = buf.len();
        if frac != 0 {
            at -= 2;
            buf[at] = b'.';
            buf[at + 1] = b'0' + frac;
        }
        loop {
            at -= 1;
            buf[at] = b'0' + (whole % 10) as u8;
            whole /= 10;
            if whole == 0 {
                break;
            }
        }
        if tenths < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        // Only ASCII digits, '.' and '-' were written.
        f.write_str(std::str::from_utf8(&buf[at..]).unwrap_or("0"))
    }
}

/// Text escaped as [`escape`] does it, written straight into the output.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Esc<'a>(pub &'a str);

impl std::fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0;
        let mut plain = 0;
        for (at, c) in text.char_indices() {
            let replacement = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\t' | '\n' | '\r' => continue,
                c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => "",
                _ => continue,
            };
            f.write_str(&text[plain..at])?;
            f.write_str(replacement)?;
            plain = at + c.len_utf8();
        }
        f.write_str(&text[plain..])
    }
}

/// A pessimistic width for `text` in user units. We cannot measure fonts on the server, so labels
/// are positioned against an average glyph a little wider than typical sans-serif fonts.
pub(crate) fn text_width(text: &str, font_size: f64, bold: bool) -> f64 {
    let per_char = if bold { 0.62 } else { 0.58 };
    text.chars().count() as f64 * per_char * font_size
}

/// Where a text anchor must go so that text of `width` stays within `min..=max`.
pub(crate) fn clamp_anchor(x: f64, width: f64, anchor: Anchor, min: f64, max: f64) -> f64 {
    let (left, right) = match anchor {
        Anchor::Start => (x, x + width),
        Anchor::Middle => (x - width / 2.0, x + width / 2.0),
        Anchor::End => (x - width, x),
    };
    if right > max {
        x - (right - max)
    } else if left < min {
        x + (min - left)
    } else {
        x
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// FNV-1a: tiny, stable across Rust releases and platforms (unlike `DefaultHasher`), which matters
/// because the ids end up in HTML that tests and caches compare.
#[derive(Debug, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    pub(crate) fn new(kind: &str) -> Self {
        let mut hasher = IdHasher(0xcbf2_9ce4_8422_2325);
        hasher.text(kind);
        hasher
    }

    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// Length-prefixed so that ("ab", "c") and ("a", "bc") hash differently.
    pub(crate) fn text(&mut self, text: &str) {
        self.bytes(&(text.len() as u64).to_le_bytes());
        self.bytes(text.as_bytes());
    }

    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm): infallible, unlike span arithmetic.
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month 1..=12, day 1..=31).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A month's short name ("Mar"), in the request's language; empty for a month that does not exist.
pub(crate) fn month_name(month: i64) -> std::borrow::Cow<'static, str> {
    crate::i18n::t(match month {
        1 => "month-short-1",
        2 => "month-short-2",
        3 => "month-short-3",
        4 => "month-short-4",
        5 => "month-short-5",
        6 => "month-short-6",
        7 => "month-short-7",
        8 => "month-short-8",
        9 => "month-short-9",
        10 => "month-short-10",
        11 => "month-short-11",
        12 => "month-short-12",
        _ => return std::borrow::Cow::Borrowed(""),
    })
}

/// A day on a chart ("3 May 2025"), with the month's short name, in the request's language.
pub(crate) fn chart_date(year: i64, month: i64, day: i64) -> String {
    crate::i18n::t_args(
        "chart-date",
        &[
            ("day", crate::i18n::Arg::Text(day.to_string())),
            ("month", crate::i18n::Arg::Text(month_name(month).into_owned())),
            ("year", crate::i18n::Arg::Text(year.to_string())),
        ],
    )
    .into_owned()
}

/// A month on a chart's axis ("May 2025"), in the request's language.
pub(crate) fn chart_month(year: i64, month: i64) -> String {
    crate::i18n::t_args(
        "chart-month",
        &[
            ("month", crate::i18n::Arg::Text(month_name(month).into_owned())),
            ("year", crate::i18n::Arg::Text(year.to_string())),
        ],
    )
    .into_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
pub(crate) mod xml {
    //! Just enough XML checking to catch the mistakes a string-built SVG can make: unbalanced or
    //! misnested tags, unquoted or duplicate attributes, raw `<` or stray `&` in text.

    use std::collections::HashSet;

    pub(crate) fn check_well_formed(doc: &str) -> Result<(), String> {
        let mut stack: Vec<String> = Vec::new();
        let mut roots = 0;
        let mut rest = doc;
        while let Some(open) = rest.find('<') {
            check_text(&rest[..open])?;
            if !rest[..open].trim().is_empty() && stack.is_empty() {
                return Err(format!("text outside the root element: {:?}", &rest[..open]));
            }
            rest = &rest[open..];
            if let Some(after) = rest.strip_prefix("<!--") {
                let end = after.find("-->").ok_or("unterminated comment")?;
                rest = &after[end + 3..];
                continue;
            }
            let end = tag_end(rest).ok_or_else(|| format!("unterminated tag at {:?}", head(rest)))?;
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let name = name.trim_end();
                match stack.pop() {
                    Some(open) if open == name => {}
                    Some(open) => return Err(format!("</{name}> closes <{open}>")),
                    None => return Err(format!("</{name}> closes nothing")),
                }
                continue;
            }
            let (body, self_closing) = match tag.strip_suffix('/') {
                Some(body) => (body, true),
                None => (tag, false),
            };
            let name = check_start_tag(body)?;
            if stack.is_empty() {
                roots += 1;
            }
            if !self_closing {
                stack.push(name);
            }
        }
        check_text(rest)?;
        if !rest.trim().is_empty() {
            return Err(format!("text after the root element: {rest:?}"));
        }
        if let Some(open) = stack.pop() {
            return Err(format!("<{open}> is never closed"));
        }
        if roots != 1 {
            return Err(format!("{roots} root elements"));
        }
        Ok(())
    }

    fn head(text: &str) -> &str {
        let end = text.char_indices().nth(40).map_or(text.len(), |(i, _)| i);
        &text[..end]
    }

    /// The index of the `>` ending the tag at the start of `text`, skipping quoted values.
    fn tag_end(text: &str) -> Option<usize> {
        let mut quote = None;
        for (i, c) in text.char_indices().skip(1) {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => return Some(i),
                (None, '<') => return None,
                _ => {}
            }
        }
        None
    }

    fn check_text(text: &str) -> Result<(), String> {
        if text.contains('>') {
            return Err(format!("unescaped > in {text:?}"));
        }
        check_entities(text)
    }

    fn check_entities(text: &str) -> Result<(), String> {
        let mut rest = text;
        while let Some(amp) = rest.find('&') {
            rest = &rest[amp + 1..];
            let end = rest.find(';').ok_or_else(|| format!("stray & in {text:?}"))?;
            let entity = &rest[..end];
            let known = matches!(entity, "amp" | "lt" | "gt" | "quot" | "apos")
                || entity.strip_prefix("#x").is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
                || entity.strip_prefix('#').is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
            if !known {
                return Err(format!("unknown entity &{entity}; in {text:?}"));
            }
            rest = &rest[end + 1..];
        }
        Ok(())
    }

    fn is_name_char(c: char) -> bool {
        c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')
    }

    fn check_start_tag(body: &str) -> Result<String, String> {
        let name_end = body.find(|c: char| !is_name_char(c)).unwrap_or(body.len());
        let name = &body[..name_end];
        if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(format!("bad element name in <{body}>"));
        }
        let mut rest = &body[name_end..];
        let mut seen = HashSet::new();
        loop {
            let trimmed = rest.trim_start();
            if trimmed.is_empty() {
                break;
            }
            if trimmed.len() == rest.len() {
                return Err(format!("attributes must be separated by spaces in <{body}>"));
            }
            let attr_end = trimmed.find(|c: char| !is_name_char(c)).unwrap_or(trimmed.len());
            let attr = &trimmed[..attr_end];
            if attr.is_empty() {
                return Err(format!("bad attribute in <{body}>"));
            }
            if !seen.insert(attr.to_owned()) {
                return Err(format!("duplicate attribute {attr} in <{body}>"));
            }
            let after = trimmed[attr_end..].strip_prefix('=').ok_or_else(|| format!("{attr} has no value"))?;
            let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'').ok_or("unquoted value")?;
            let value_end = after[1..].find(quote).ok_or("unterminated value")?;
            let value = &after[1..=value_end];
            if value.contains('<') {
                return Err(format!("raw < in the value of {attr}"));
            }
            check_entities(value)?;
            rest = &after[value_end + 2..];
        }
        Ok(name.to_owned())
    }

    /// Every start tag of elements named `name`, as the text between `<` and `>`.
    pub(crate) fn start_tags<'a>(doc: &'a str, name: &str) -> Vec<&'a str> {
        let open = format!("<{name}");
        let mut found = Vec::new();
        let mut rest = doc;
        while let Some(at) = rest.find(&open) {
            let candidate = &rest[at..];
            let boundary = candidate[open.len()..].chars().next();
            let end = tag_end(candidate).unwrap_or(candidate.len() - 1);
            if matches!(boundary, Some(' ' | '/' | '>')) {
                found.push(&candidate[1..end]);
            }
            rest = &candidate[end.max(1)..];
        }
        found
    }

    pub(crate) fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let key = format!(" {name}=\"");
        let start = tag.find(&key)? + key.len();
        let end = tag[start..].find('"')?;
        Some(&tag[start..start + end])
    }

    pub(crate) fn number(tag: &str, name: &str) -> f64 {
        attr(tag, name)
            .unwrap_or_else(|| panic!("no {name} in <{tag}>"))
            .parse()
            .unwrap_or_else(|_| panic!("{name} is not a number in <{tag}>"))
    }

    /// The text of every `<title>` element, unescaped only as far as tests need.
    pub(crate) fn titles(doc: &str) -> Vec<String> {
        doc.split("<title>")
            .skip(1)
            .filter_map(|s| s.split("</title>").next())
            .map(|s| s.replace("&amp;", "&"))
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_markup_inert() {
        assert_eq!(
            escape(r#"<script>alert("x's & y")</script>"#),
            "&lt;script&gt;alert(&quot;x&apos;s &amp; y&quot;)&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\nd"), "abc\nd");
        assert_eq!(escape("Co-operation – ‘ok’"), "Co-operation – ‘ok’");
    }

    #[test]
    fn numbers_have_at_most_one_decimal() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(0.05), "0.1");
        assert_eq!(num(-3.24), "-3.2");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(-10.0), "-10");
        assert_eq!(num(639.96), "640");
    }

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(month_name(3), "Mar");
        assert_eq!(month_name(13), "");
    }

    #[test]
    fn anchors_are_pulled_inside_the_bounds() {
        assert_eq!(clamp_anchor(10.0, 40.0, Anchor::Middle, 0.0, 100.0), 20.0);
        assert_eq!(clamp_anchor(90.0, 40.0, Anchor::Start, 0.0, 100.0), 60.0);
        assert_eq!(clamp_anchor(30.0, 40.0, Anchor::End, 0.0, 100.0), 40.0);
        assert_eq!(clamp_anchor(50.0, 40.0, Anchor::Middle, 0.0, 100.0), 50.0);
    }

    #[test]
    fn hashes_are_stable_and_separate_fields() {
        let mut a = IdHasher::new("x");
        a.text("ab");
        a.text("c");
        let mut b = IdHasher::new("x");
        b.text("a");
        b.text("bc");
        assert_ne!(a.finish(), b.finish());
        assert_eq!(IdHasher::new("petals").finish(), IdHasher::new("petals").finish());
    }

    #[test]
    fn the_checker_rejects_broken_markup() {
        assert!(xml::check_well_formed(r#"<svg a="1"><g><title>x &amp; y</title></g></svg>"#).is_ok());
        assert!(xml::check_well_formed("<svg><g></svg>").is_err());
        assert!(xml::check_well_formed("<svg><g></svg></g>").is_err());
        assert!(xml::check_well_formed("<svg>a & b</svg>").is_err());
        assert!(xml::check_well_formed("<svg>a < b</svg>").is_err());
        assert!(xml::check_well_formed(r#"<svg a="1" a="2"/>"#).is_err());
        assert!(xml::check_well_formed("<svg a=1/>").is_err());
        assert!(xml::check_well_formed(r#"<svg a="<"/>"#).is_err());
        assert!(xml::check_well_formed("<svg/><svg/>").is_err());
        assert!(xml::check_well_formed("<svg></svg>junk").is_err());
    }
}
