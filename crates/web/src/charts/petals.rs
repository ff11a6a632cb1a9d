//! The model's own picture: five overlapping petals around the secure base, each as long as its
//! dimension's rating.

use std::fmt::Write as _;

use super::{Anchor, FONT_FAMILY, IdHasher, clamp_anchor, escape, num, text_width};
use crate::i18n::{Arg, t, t_args};

/// One dimension's rating, as drawn by [`petals`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetalRating {
    /// "availability", ... "family_membership"
    pub key: String,
    /// "Availability"
    pub name: String,
    /// "#rrggbb"
    pub colour: String,
    /// 0..=10 (larger values are drawn as 10); `None` = not rated.
    pub rating: Option<u8>,
    /// Family membership is rated twice: the caregiving family (`rating`) and the birth family (this).
    pub second: Option<SecondRating>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondRating {
    /// "birth family"
    pub label: String,
    pub rating: Option<u8>,
}

/// What the first rating of a petal with a second rating is of: in the model only family membership
/// is rated twice, and then the first rating is always the caregiving family's.
fn first_label() -> String {
    t("chart-caregiving-family").into_owned()
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 420.0;
const CX: f64 = 320.0;
const CY: f64 = 215.0;
const CENTRE_R: f64 = 42.0;
/// Petals start under the centre circle so they read as growing out of the secure base.
const INNER: f64 = 12.0;
/// Long enough that a rating of 0 still pokes out beyond the centre circle.
const STUB: f64 = 40.0;
const FULL: f64 = 140.0;
/// Wide enough that full-size neighbours overlap, as in the model's picture.
const WIDTH_RATIO: f64 = 0.36;
const SECOND_RATIO: f64 = 0.5;
const LABEL_R: f64 = INNER + FULL + 18.0;
const FONT: f64 = 14.0;
const LINE: f64 = 17.0;
const MARGIN: f64 = 6.0;
const TEXT: &str = "#0b0c0c";
const BRAND: &str = "#1f4e5a";

/// The model's picture: five overlapping petals around the secure base at the centre.
///
/// Each petal's length is proportional to its rating (0 still shows a stub; an unrated petal is a
/// dashed outline), drawn over a faint outline of a full-size (10) petal, and labelled in text with
/// its name and rating. A petal with a [`SecondRating`] gets a narrower hatched petal inside it.
/// `description` starts the `<desc>`, which then lists every rating in words. Ids are derived from
/// the inputs: see the [module docs](super).
pub fn petals(title: &str, description: &str, ratings: &[PetalRating]) -> String {
    let id = chart_id(title, description, ratings);
    let mut out = String::new();
    flower(&mut out, &id, "", [0.0, 0.0, WIDTH, HEIGHT], title, description, ratings);
    let step = if ratings.is_empty() { 0.0 } else { 360.0 / ratings.len() as f64 };
    for (i, petal) in ratings.iter().enumerate() {
        label(&mut out, step * i as f64, petal);
    }
    out.push_str("</svg>");
    out
}

/// The radius around the centre that the petals (full size, with their strokes) stay within.
const COMPACT_R: f64 = INNER + FULL + 6.0;
const COMPACT_ROW: f64 = 21.0;
const COMPACT_SWATCH: f64 = 14.0;

/// [`petals`] laid out for a phone: the petals fill the width and, instead of labels around them
/// that would have to shrink to fit, a key below names each dimension and its rating at a
/// legible size. Its ids differ from the wide picture's, so a page may carry both and show one.
pub fn petals_compact(title: &str, description: &str, ratings: &[PetalRating]) -> String {
    let id = chart_id_salted(title, description, ratings, "petals-compact");
    let rows: usize = ratings.iter().map(|p| label_lines(p).len()).sum();
    let (left, top, side) = (CX - COMPACT_R, CY - COMPACT_R, 2.0 * COMPACT_R);
    let key_top = CY + COMPACT_R + 16.0;
    let height = side + 16.0 + rows as f64 * COMPACT_ROW + 8.0;
    let mut out = String::new();
    flower(&mut out, &id, " sb-chart-compact", [left, top, side, height], title, description, ratings);
    out.push_str(r#"<g class="sb-petal-key">"#);
    out.push('\n');
    let mut row = 0.0;
    for (i, petal) in ratings.iter().enumerate() {
        let colour = escape(&petal.colour);
        for (n, line) in label_lines(petal).iter().enumerate() {
            let baseline = key_top + row * COMPACT_ROW;
            let swatch_y = baseline - COMPACT_SWATCH + 2.0;
            // Each line has a swatch: the dimension's colour, and hatching for a second rating.
            let indent = if n == 0 { 0.0 } else { COMPACT_SWATCH + 8.0 };
            let fill = if n == 2 { format!(r#"url(#{id}-hatch-{i})"#) } else { colour.clone() };
            let opacity = if n == 2 { "" } else { r#" fill-opacity="0.35""# };
            let x = left + MARGIN + indent;
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{s}" height="{s}" fill="{fill}"{opacity} stroke="{colour}" stroke-width="1.5"/>"#,
                num(x),
                num(swatch_y),
                s = num(COMPACT_SWATCH),
            );
            let _ = write!(
                out,
                r#"<text class="sb-chart-text sb-petal-label" data-dimension="{}" x="{}" y="{}" font-size="{}" fill="{TEXT}">"#,
                escape(&petal.key),
                num(x + COMPACT_SWATCH + 8.0),
                num(baseline),
                num(FONT),
            );
            if !line.bold.is_empty() {
                let _ = write!(out, r#"<tspan font-weight="bold">{}</tspan>"#, escape(&line.bold));
            }
            out.push_str(&escape(&line.plain));
            out.push_str("</text>\n");
            row += 1.0;
        }
    }
    out.push_str("</g>\n</svg>");
    out
}

/// The picture both layouts share: the `<svg>` opening with its title and words, the hatching
/// for second ratings, the petals and the secure base at the centre. The caller adds the labels
/// and closes the `<svg>`.
fn flower(
    out: &mut String,
    id: &str,
    class: &str,
    [x, y, width, height]: [f64; 4],
    title: &str,
    description: &str,
    ratings: &[PetalRating],
) {
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="sb-chart sb-chart-petals{class}" viewBox="{} {} {} {}" width="100%" font-family="{FONT_FAMILY}" role="img" aria-labelledby="{id}-title {id}-desc">"#,
        num(x),
        num(y),
        num(width),
        num(height),
    );
    let _ = writeln!(out, r#"<title id="{id}-title">{}</title>"#, escape(title));
    let _ = writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, escape(&full_description(description, ratings)));
    if ratings.iter().any(|petal| petal.second.is_some()) {
        out.push_str("<defs>\n");
        for (i, petal) in ratings.iter().enumerate().filter(|(_, petal)| petal.second.is_some()) {
            hatch_pattern(out, id, i, &escape(&petal.colour));
        }
        out.push_str("</defs>\n");
    }
    let step = if ratings.is_empty() { 0.0 } else { 360.0 / ratings.len() as f64 };
    for (i, petal) in ratings.iter().enumerate() {
        petal_group(out, id, i, step * i as f64, petal);
    }
    centre(out);
}

fn chart_id(title: &str, description: &str, ratings: &[PetalRating]) -> String {
    chart_id_salted(title, description, ratings, "petals")
}

fn chart_id_salted(title: &str, description: &str, ratings: &[PetalRating], salt: &str) -> String {
    let mut hasher = IdHasher::new(salt);
    hasher.text(title);
    hasher.text(description);
    let rating_bytes = |r: Option<u8>| r.map_or([0, 0], |r| [1, r]);
    for petal in ratings {
        hasher.text(&petal.key);
        hasher.text(&petal.name);
        hasher.text(&petal.colour);
        hasher.bytes(&rating_bytes(petal.rating));
        match &petal.second {
            Some(second) => {
                hasher.text(&second.label);
                hasher.bytes(&rating_bytes(second.rating));
            }
            None => hasher.bytes(&[2]),
        }
    }
    format!("sb-petals-{:016x}", hasher.finish())
}

fn clamp_rating(rating: Option<u8>) -> Option<u8> {
    rating.map(|r| r.min(10))
}

fn petal_length(rating: u8) -> f64 {
    STUB + (FULL - STUB) * f64::from(rating.min(10)) / 10.0
}

fn petal_width(length: f64) -> f64 {
    (length * WIDTH_RATIO).max(8.0)
}

fn rating_text(rating: Option<u8>) -> String {
    clamp_rating(rating).map_or_else(|| t("chart-not-rated").into_owned(), |r| r.to_string())
}

fn out_of_ten(rating: Option<u8>) -> String {
    clamp_rating(rating).map_or_else(
        || t("chart-not-rated").into_owned(),
        |r| t_args("chart-out-of-ten", &[("rating", Arg::Number(i64::from(r)))]).into_owned(),
    )
}

/// "caregiving family 6, birth family 3", the two ratings of a doubly rated petal as `shown`
/// writes each.
fn both(petal: &PetalRating, second: &SecondRating, shown: fn(Option<u8>) -> String) -> String {
    t_args(
        "chart-petal-both",
        &[
            ("first", Arg::Text(first_label())),
            ("first_rating", Arg::Text(shown(petal.rating))),
            ("second", Arg::Text(second.label.clone())),
            ("second_rating", Arg::Text(shown(second.rating))),
        ],
    )
    .into_owned()
}

/// "Availability 7 out of 10", or for a doubly rated petal
/// "Family membership: caregiving family 6, birth family 3 out of 10".
fn rating_words(petal: &PetalRating) -> String {
    match &petal.second {
        None => format!("{} {}", petal.name, out_of_ten(petal.rating)),
        Some(second) if petal.rating.is_some() && second.rating.is_some() => t_args(
            "chart-petal-both-out-of-ten",
            &[("name", Arg::Text(petal.name.clone())), ("ratings", Arg::Text(both(petal, second, rating_text)))],
        )
        .into_owned(),
        Some(second) => format!("{}: {}", petal.name, both(petal, second, out_of_ten)),
    }
}

fn full_description(description: &str, ratings: &[PetalRating]) -> String {
    let words = if ratings.is_empty() {
        t("chart-no-ratings").into_owned()
    } else {
        let list: Vec<String> = ratings.iter().map(rating_words).collect();
        format!("{}.", list.join("; "))
    };
    let description = description.trim();
    if description.is_empty() { words } else { format!("{description} {words}") }
}

fn hatch_pattern(out: &mut String, id: &str, index: usize, colour: &str) {
    let _ = writeln!(
        out,
        r##"<pattern id="{id}-hatch-{index}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><path d="M0 0V6" stroke="{colour}" stroke-width="2.5"/></pattern>"##
    );
}

/// An ellipse pointing straight up from the centre, `length` long; its group rotates it into place.
fn ellipse(out: &mut String, class: &str, length: f64, width: f64, extra: &str) {
    let ry = length / 2.0;
    let _ = writeln!(
        out,
        r#"<ellipse class="{class}" cx="{}" cy="{}" rx="{}" ry="{}"{extra}/>"#,
        num(CX),
        num(CY - INNER - ry),
        num(width),
        num(ry),
    );
}

fn petal_group(out: &mut String, id: &str, index: usize, rotation: f64, petal: &PetalRating) {
    let colour = escape(&petal.colour);
    let _ = writeln!(
        out,
        r#"<g class="sb-petal-group" data-dimension="{}" transform="rotate({} {} {})">"#,
        escape(&petal.key),
        num(rotation),
        num(CX),
        num(CY),
    );
    let tooltip = match &petal.second {
        None => format!("{}: {}", petal.name, out_of_ten(petal.rating)),
        Some(second) => format!("{}: {}", petal.name, both(petal, second, out_of_ten)),
    };
    let _ = writeln!(out, "<title>{}</title>", escape(&tooltip));

    let full_width = petal_width(FULL);
    match clamp_rating(petal.rating) {
        Some(rating) => {
            let faint = format!(r#" fill="none" stroke="{colour}" stroke-opacity="0.45" stroke-width="1""#);
            ellipse(out, "sb-petal-max", FULL, full_width, &faint);
            let length = petal_length(rating);
            let solid = format!(
                r#" data-rating="{rating}" fill="{colour}" fill-opacity="0.35" stroke="{colour}" stroke-width="2""#
            );
            ellipse(out, "sb-petal", length, petal_width(length), &solid);
        }
        None => {
            let dashed = format!(r#" fill="none" stroke="{colour}" stroke-width="1.5" stroke-dasharray="6 4""#);
            ellipse(out, "sb-petal-unrated", FULL, full_width, &dashed);
        }
    }

    if let Some(second) = &petal.second {
        let _ = writeln!(out, r#"<g class="sb-petal-second">"#);
        let tooltip = format!("{}, {}: {}", petal.name, second.label, out_of_ten(second.rating));
        let _ = writeln!(out, "<title>{}</title>", escape(&tooltip));
        match clamp_rating(second.rating) {
            Some(rating) => {
                let length = petal_length(rating);
                let hatched = format!(
                    r#" data-rating="{rating}" data-second="true" fill="url(#{id}-hatch-{index})" stroke="{colour}" stroke-width="1.5""#
                );
                ellipse(out, "sb-petal", length, petal_width(length) * SECOND_RATIO, &hatched);
            }
            None => {
                let dashed = format!(
                    r#" data-second="true" fill="none" stroke="{colour}" stroke-width="1.5" stroke-dasharray="3 3""#
                );
                ellipse(out, "sb-petal-unrated", FULL, full_width * SECOND_RATIO, &dashed);
            }
        }
        out.push_str("</g>\n");
    }
    out.push_str("</g>\n");
}

fn centre(out: &mut String) {
    let _ = writeln!(
        out,
        r##"<g class="sb-secure-base"><title>{title}</title><circle cx="{cx}" cy="{cy}" r="{r}" fill="#ffffff" stroke="{BRAND}" stroke-width="2"/><text class="sb-chart-text" x="{cx}" y="{top}" text-anchor="middle" font-size="13" font-weight="bold" fill="{TEXT}"><tspan x="{cx}" y="{top}">{first}</tspan><tspan x="{cx}" y="{bottom}">{second}</tspan></text></g>"##,
        title = escape(&t("chart-secure-base")),
        first = escape(&t("chart-secure-base-line-1")),
        second = escape(&t("chart-secure-base-line-2")),
        cx = num(CX),
        cy = num(CY),
        r = num(CENTRE_R),
        top = num(CY - 3.0),
        bottom = num(CY + 12.0),
    );
}

/// A label line: a bold part (the dimension's name) then a plain part (a rating).
struct Line {
    bold: String,
    plain: String,
}

impl Line {
    fn width(&self) -> f64 {
        text_width(&self.bold, FONT, true) + text_width(&self.plain, FONT, false)
    }
}

fn label_lines(petal: &PetalRating) -> Vec<Line> {
    match &petal.second {
        None => vec![Line { bold: petal.name.clone(), plain: format!(" {}", rating_text(petal.rating)) }],
        Some(second) => vec![
            Line { bold: petal.name.clone(), plain: String::new() },
            Line { bold: String::new(), plain: format!("{} {}", first_label(), rating_text(petal.rating)) },
            Line { bold: String::new(), plain: format!("{} {}", second.label, rating_text(second.rating)) },
        ],
    }
}

/// Labels sit just beyond the full-size petal's tip, anchored away from the centre so they grow
/// outwards, and are pulled back inside the viewBox if an estimate says they would overflow.
fn label(out: &mut String, rotation: f64, petal: &PetalRating) {
    let angle = (rotation - 90.0).to_radians();
    let (sin, cos) = angle.sin_cos();
    let x = CX + LABEL_R * cos;
    let y = CY + LABEL_R * sin;
    let anchor = if cos > 0.3 {
        Anchor::Start
    } else if cos < -0.3 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    let mut lines = label_lines(petal);
    // Pulling a long one-line label inwards would lay it over its petal: wrap it instead.
    let too_wide = match lines.as_slice() {
        [line] => clamp_anchor(x, line.width(), anchor, MARGIN, WIDTH - MARGIN) != x,
        _ => false,
    };
    if too_wide {
        lines = vec![
            Line { bold: petal.name.clone(), plain: String::new() },
            Line { bold: String::new(), plain: out_of_ten(petal.rating) },
        ];
    }
    let count = lines.len() as f64;
    let first_baseline = if sin < -0.5 {
        y - 3.0 - (count - 1.0) * LINE
    } else if sin > 0.5 {
        y + FONT - 3.0
    } else {
        y + 5.0 - (count - 1.0) * LINE / 2.0
    };
    let first_baseline = first_baseline.max(MARGIN + FONT - 3.0).min(HEIGHT - MARGIN - 4.0 - (count - 1.0) * LINE);
    let widest = lines.iter().map(Line::width).fold(0.0, f64::max);
    let x = clamp_anchor(x, widest, anchor, MARGIN, WIDTH - MARGIN);

    let _ = write!(
        out,
        r#"<text class="sb-chart-text sb-petal-label" data-dimension="{}" text-anchor="{}" font-size="{}" fill="{TEXT}">"#,
        escape(&petal.key),
        anchor.as_str(),
        num(FONT),
    );
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(out, r#"<tspan x="{}" y="{}">"#, num(x), num(first_baseline + i as f64 * LINE));
        if !line.bold.is_empty() {
            let _ = write!(out, r#"<tspan font-weight="bold">{}</tspan>"#, escape(&line.bold));
        }
        out.push_str(&escape(&line.plain));
        out.push_str("</tspan>");
    }
    out.push_str("</text>\n");
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::super::xml::{attr, check_well_formed, number, start_tags, titles};
    use super::*;

    fn petal(key: &str, name: &str, colour: &str, rating: Option<u8>) -> PetalRating {
        PetalRating { key: key.into(), name: name.into(), colour: colour.into(), rating, second: None }
    }

    fn five(ratings: [Option<u8>; 5], birth: Option<u8>) -> Vec<PetalRating> {
        let mut all = vec![
            petal("availability", "Availability", "#1d70b8", ratings[0]),
            petal("sensitivity", "Sensitivity", "#7a3d99", ratings[1]),
            petal("acceptance", "Acceptance", "#b4431a", ratings[2]),
            petal("cooperation", "Co-operation", "#00703c", ratings[3]),
            petal("family_membership", "Family membership", "#8a5a00", ratings[4]),
        ];
        all[4].second = Some(SecondRating { label: "birth family".into(), rating: birth });
        all
    }

    /// The `ry` of the filled petal (`second` = the birth family one) for a dimension.
    fn petal_ry(svg: &str, key: &str, second: bool) -> Option<f64> {
        let group = svg.split(&format!(r#"<g class="sb-petal-group" data-dimension="{key}""#)).nth(1)?;
        let group = group.split(r#"<g class="sb-petal-group""#).next()?;
        start_tags(group, "ellipse")
            .into_iter()
            .find(|t| attr(t, "class") == Some("sb-petal") && (attr(t, "data-second") == Some("true")) == second)
            .map(|t| number(t, "ry"))
    }

    /// The lines of text (one per line `<tspan>`, tags stripped) labelling a dimension, with the
    /// label's anchor and first line's x.
    fn label_of(svg: &str, key: &str) -> (String, f64, Vec<String>) {
        let text =
            svg.split(&format!(r#"class="sb-chart-text sb-petal-label" data-dimension="{key}""#)).nth(1).unwrap();
        let text = text.split("</text>").next().unwrap();
        let anchor = text.split("text-anchor=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let lines: Vec<&str> = text.split("<tspan x=\"").skip(1).collect();
        let x = lines[0].split('"').next().unwrap().parse().unwrap();
        let lines = lines
            .iter()
            .map(|line| {
                let content = line.split_once('>').unwrap().1;
                let mut plain = String::new();
                let mut in_tag = false;
                for c in content.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        c if !in_tag => plain.push(c),
                        _ => {}
                    }
                }
                plain
            })
            .collect();
        (anchor, x, lines)
    }

    fn label_lines_of(svg: &str, key: &str) -> Vec<String> {
        label_of(svg, key).2
    }

    #[test]
    fn draws_a_well_formed_labelled_image() {
        let svg = petals(
            "Ratings for Sam",
            "Signed off 3 May 2025.",
            &five([Some(7), Some(5), Some(8), Some(2), Some(6)], Some(3)),
        );
        check_well_formed(&svg).unwrap();
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains(r#"role="img""#));
        let root = start_tags(&svg, "svg")[0];
        let labelled_by = attr(root, "aria-labelledby").unwrap();
        let (title_id, desc_id) = labelled_by.split_once(' ').unwrap();
        assert!(svg.contains(&format!(r#"<title id="{title_id}">Ratings for Sam</title>"#)));
        assert!(svg.contains(&format!(
            r#"<desc id="{desc_id}">Signed off 3 May 2025. Availability 7 out of 10; Sensitivity 5 out of 10; Acceptance 8 out of 10; Co-operation 2 out of 10; Family membership: caregiving family 6, birth family 3 out of 10.</desc>"#
        )));
        assert_eq!(start_tags(&svg, "g").iter().filter(|t| attr(t, "class") == Some("sb-petal-group")).count(), 5);
        // Five petals plus the birth family's.
        assert_eq!(start_tags(&svg, "ellipse").iter().filter(|t| attr(t, "class") == Some("sb-petal")).count(), 6);
        assert!(svg.contains(">Secure</tspan>"));
    }

    /// The phone layout: every petal, label and key line inside the viewBox, text at the same
    /// size as the wide picture's, and ids of its own.
    #[test]
    fn the_compact_picture_fits_a_phone_with_a_key() {
        let input = five([Some(7), Some(5), None, Some(10), Some(6)], Some(3));
        let svg = petals_compact("Ratings for Sam", "Signed off 3 May 2025.", &input);
        check_well_formed(&svg).unwrap();
        let root = start_tags(&svg, "svg")[0];
        let v: Vec<f64> = attr(root, "viewBox").unwrap().split(' ').map(|n| n.parse().unwrap()).collect();
        let (left, right, bottom) = (v[0], v[0] + v[2], v[1] + v[3]);
        // Square around the petals, so at 345 px across the text is drawn at about 15 px.
        assert!(v[2] <= 2.0 * (INNER + FULL) + 20.0, "{v:?}");
        assert_eq!(start_tags(&svg, "g").iter().filter(|t| attr(t, "class") == Some("sb-petal-group")).count(), 5);
        let labels: Vec<&str> = start_tags(&svg, "text")
            .into_iter()
            .filter(|t| attr(t, "class") == Some("sb-chart-text sb-petal-label"))
            .collect();
        assert_eq!(labels.len(), 7, "one line each, three for family membership");
        for t in &labels {
            let (x, y) = (number(t, "x"), number(t, "y"));
            assert!(x >= left && x + 150.0 <= right && y <= bottom, "label at {x},{y} in {v:?}");
            assert_eq!(attr(t, "font-size"), Some("14"));
        }
        for text in ["Availability</tspan> 7", "Acceptance</tspan> not rated", "caregiving family 6", "birth family 3"]
        {
            assert!(svg.contains(text), "{text}");
        }
        assert!(svg.contains("-hatch-4)"), "the birth family's line has the hatching");
        let wide = petals("Ratings for Sam", "Signed off 3 May 2025.", &input);
        assert_ne!(attr(root, "aria-labelledby"), attr(start_tags(&wide, "svg")[0], "aria-labelledby"));
    }

    #[test]
    fn every_petal_has_its_own_title_and_text_label() {
        let svg = petals("t", "", &five([Some(7), None, Some(0), Some(10), Some(6)], Some(3)));
        let titles = titles(&svg);
        for expected in [
            "Availability: 7 out of 10",
            "Sensitivity: not rated",
            "Acceptance: 0 out of 10",
            "Co-operation: 10 out of 10",
            "Family membership: caregiving family 6 out of 10, birth family 3 out of 10",
            "Family membership, birth family: 3 out of 10",
        ] {
            assert!(titles.iter().any(|t| t == expected), "no title {expected:?} in {titles:?}");
        }
        assert_eq!(label_lines_of(&svg, "availability"), ["Availability 7"]);
        assert!(svg.contains(r#"<tspan font-weight="bold">Availability</tspan> 7</tspan>"#), "the name is bold");
        // Too long for one line on the right-hand side, so wrapped rather than laid over the petal.
        assert_eq!(label_lines_of(&svg, "sensitivity"), ["Sensitivity", "not rated"]);
        assert_eq!(label_lines_of(&svg, "acceptance"), ["Acceptance 0"]);
        assert_eq!(
            label_lines_of(&svg, "family_membership"),
            ["Family membership", "caregiving family 6", "birth family 3"]
        );
    }

    #[test]
    fn petals_grow_with_the_rating() {
        let svg = petals("t", "", &five([Some(3), Some(8), Some(0), Some(10), Some(6)], Some(2)));
        let ry = |key| petal_ry(&svg, key, false).unwrap();
        assert!(ry("availability") < ry("sensitivity"));
        assert!(ry("acceptance") < ry("availability"));
        assert!(ry("acceptance") > 0.0, "a rating of 0 still shows a stub");
        // A zero petal reaches beyond the centre circle.
        assert!(INNER + 2.0 * ry("acceptance") > CENTRE_R + 5.0);
        let max_tags = start_tags(&svg, "ellipse");
        let max = max_tags.iter().find(|t| attr(t, "class") == Some("sb-petal-max")).unwrap();
        assert_eq!(number(max, "ry"), ry("cooperation"), "10 fills the full-size outline");
        let birth = petal_ry(&svg, "family_membership", true).unwrap();
        assert!(birth < ry("family_membership"));
        // The birth family's petal is narrower than a caregiving one of the same rating would be.
        let birth_tag =
            start_tags(&svg, "ellipse").into_iter().find(|t| attr(t, "data-second") == Some("true")).unwrap();
        assert!(number(birth_tag, "rx") < petal_width(petal_length(2)));
        // Ratings above 10 are drawn as 10.
        let over = petals("t", "", &[petal("a", "A", "#000000", Some(200))]);
        assert_eq!(petal_ry(&over, "a", false).unwrap(), FULL / 2.0);
    }

    #[test]
    fn unrated_petals_are_dashed_outlines() {
        let svg = petals("t", "", &five([None, Some(4), Some(4), Some(4), None], None));
        check_well_formed(&svg).unwrap();
        assert!(petal_ry(&svg, "availability", false).is_none());
        let unrated: Vec<_> =
            start_tags(&svg, "ellipse").into_iter().filter(|t| attr(t, "class") == Some("sb-petal-unrated")).collect();
        assert_eq!(unrated.len(), 3);
        for tag in unrated {
            assert_eq!(attr(tag, "fill"), Some("none"));
            assert!(attr(tag, "stroke-dasharray").is_some());
        }
        assert!(svg.contains("Availability not rated;"));
        assert!(svg.contains("Family membership: caregiving family not rated, birth family not rated."));
        assert!(svg.contains(">caregiving family not rated</tspan>"));
        let partly = petals("t", "", &five([Some(1); 5], None));
        assert!(partly.contains("Family membership: caregiving family 1 out of 10, birth family not rated."));
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut ratings = five([Some(5); 5], Some(5));
        ratings[0].name = "<script>alert('x')</script>".into();
        ratings[0].key = "a\"b".into();
        ratings[1].colour = "red\" onload=\"alert(1)".into();
        if let Some(second) = &mut ratings[4].second {
            second.label = "birth & \"first\" family".into();
        }
        let svg = petals("<b>Sam & Jo</b>", "It's \"fine\"", &ratings);
        check_well_formed(&svg).unwrap();
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains("<b>"));
        assert!(!svg.contains("\" onload"));
        assert!(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"));
        assert!(svg.contains("&lt;b&gt;Sam &amp; Jo&lt;/b&gt;"));
        assert!(svg.contains("birth &amp; &quot;first&quot; family 5"));
    }

    #[test]
    fn labels_stay_inside_the_view_box() {
        let svg = petals("t", "", &five([Some(10); 5], Some(10)));
        for text in svg.split("<tspan x=\"").skip(1) {
            let x: f64 = text.split('"').next().unwrap().parse().unwrap();
            let y: f64 = text.split("y=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
            assert!((0.0..=WIDTH).contains(&x) && (FONT..=HEIGHT).contains(&y), "label at {x},{y}");
        }
        for tag in
            start_tags(&svg, "text").into_iter().filter(|t| attr(t, "class") == Some("sb-chart-text sb-petal-label"))
        {
            assert!(number(tag, "font-size") >= 12.0);
        }
        // Long names are wrapped and pulled in rather than cut off, wherever the petal points.
        let name = "A very long dimension name indeed";
        let mut long = vec![petal("a", name, "#000000", Some(1)); 5];
        for (i, petal) in long.iter_mut().enumerate() {
            petal.key = format!("k{i}");
        }
        let svg = petals("t", "", &long);
        for i in 0..5 {
            let (anchor, x, lines) = label_of(&svg, &format!("k{i}"));
            assert!(lines[0].starts_with(name), "{lines:?}");
            let width = lines.iter().map(|l| text_width(l, FONT, true)).fold(0.0, f64::max);
            let (left, right) = match anchor.as_str() {
                "start" => (x, x + width),
                "end" => (x - width, x),
                _ => (x - width / 2.0, x + width / 2.0),
            };
            assert!(left >= MARGIN - 0.1 && right <= WIDTH - MARGIN + 0.1, "label spans {left}..{right}");
        }
    }

    #[test]
    fn output_is_deterministic_and_ids_differ_between_charts() {
        let ratings = five([Some(1), Some(2), Some(3), Some(4), Some(5)], Some(6));
        let a = petals("Sam", "", &ratings);
        assert_eq!(a, petals("Sam", "", &ratings));
        let b = petals("Jo", "", &ratings);
        let id = |svg: &str| attr(start_tags(svg, "svg")[0], "aria-labelledby").unwrap().to_owned();
        assert_ne!(id(&a), id(&b));
        let hatch = start_tags(&a, "ellipse").into_iter().find(|t| attr(t, "data-second") == Some("true")).unwrap();
        let url = attr(hatch, "fill").unwrap();
        let pattern_id = url.trim_start_matches("url(#").trim_end_matches(')');
        assert!(a.contains(&format!(r#"<pattern id="{pattern_id}""#)));
    }

    #[test]
    fn no_ratings_still_draws_the_secure_base() {
        let svg = petals("t", "", &[]);
        check_well_formed(&svg).unwrap();
        assert!(svg.contains("No ratings."));
        assert!(svg.contains("<circle"));
    }
}
