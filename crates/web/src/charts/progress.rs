//! Each dimension's rating over time: a line chart with one line per series.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::{
    Anchor, Esc, FONT_FAMILY, IdHasher, Num, chart_date, chart_month, civil_from_days, clamp_anchor, days_from_civil,
    escape, num, text_width,
};
use crate::i18n::{Arg, t, t_args};

/// One line of [`progress_chart`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub key: String,
    pub name: String,
    /// "#rrggbb"
    pub colour: String,
    /// Drawn with a dashed line, e.g. to tell the birth family from the caregiving family.
    pub dashed: bool,
    /// In any order; drawn in date order.
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub date: Date,
    /// 0..=10; larger values are drawn as 10.
    pub rating: u8,
    /// e.g. "signed off 3 May 2025"
    pub label: String,
}

const WIDTH: f64 = 640.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 616.0;
/// The phone layout: the same chart drawn for a narrow screen, so it fits a 375 px phone with
/// legible text instead of running off the side.
const NARROW_WIDTH: f64 = 360.0;
const NARROW_RIGHT: f64 = 344.0;
const NARROW_INTERVALS: i64 = 2;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 220.0;
/// Keeps the first and last markers, and their date labels, clear of the plot's edges.
const INSET: f64 = 28.0;
const FONT: f64 = 13.0;
const LEGEND_TOP: f64 = 276.0;
const LEGEND_ROW: f64 = 24.0;
const LEGEND_SWATCH: f64 = 28.0;
const LEGEND_GAP: f64 = 24.0;
const EMPTY_HEIGHT: f64 = 250.0;
const MARGIN: f64 = 6.0;
const TEXT: &str = "#0b0c0c";
const GRID: &str = "#b1b4b6";

/// What a chart with no points says, in the request's language.
fn empty() -> String {
    t("chart-progress-empty").into_owned()
}
/// At most this many date intervals, so date labels never collide.
const MAX_INTERVALS: i64 = 4;
/// Below this many days between the first and last date, months alone would repeat, so ticks show days.
const MONTH_LABELS_FROM_DAYS: i64 = 90;
const SHAPES: usize = 6;

/// Each dimension's rating over time, 0–10 on the y axis, dates on the x axis.
///
/// One line per series in its colour (dashed if asked), with a marker shape per series index so
/// the lines can be told apart without colour, each marker titled "Availability: 7 (signed off 3
/// May 2025)", and a legend below the plot. `description` starts the `<desc>`, which then lists
/// every point in words. Ids are derived from the inputs: see the [module docs](super).
pub fn progress_chart(title: &str, description: &str, series: &[Series]) -> String {
    draw(title, description, series, Frame::WIDE)
}

/// [`progress_chart`] laid out for a phone: narrower, with fewer date labels. Its ids differ from
/// the wide chart's, so a page may carry both and show one.
pub fn progress_chart_narrow(title: &str, description: &str, series: &[Series]) -> String {
    draw(title, description, series, Frame::NARROW)
}

/// The chart's width, where its plot ends, and how many date intervals fit.
#[derive(Debug, Clone, Copy)]
struct Frame {
    width: f64,
    right: f64,
    intervals: i64,
    /// Where each row of the legend starts.
    legend_left: f64,
    salt: &'static str,
}

impl Frame {
    const WIDE: Frame =
        Frame { width: WIDTH, right: RIGHT, intervals: MAX_INTERVALS, legend_left: LEFT, salt: "progress" };
    const NARROW: Frame = Frame {
        width: NARROW_WIDTH,
        right: NARROW_RIGHT,
        intervals: NARROW_INTERVALS,
        legend_left: MARGIN * 2.0,
        salt: "progress-narrow",
    };
}

fn draw(title: &str, description: &str, series: &[Series], frame: Frame) -> String {
    let id = chart_id(title, description, series, frame.salt);
    let days: Vec<i64> = series.iter().flat_map(|s| s.points.iter().map(|p| day_number(p.date))).collect();
    let range = days.iter().min().copied().zip(days.iter().max().copied());
    let legend = range.map(|_| legend_layout(series, frame));
    let height = legend.as_ref().map_or(EMPTY_HEIGHT, |items| {
        let rows = items.iter().map(|item| item.row).max().unwrap_or(0) as f64 + 1.0;
        LEGEND_TOP + (rows - 1.0) * LEGEND_ROW + 16.0
    });

    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="sb-chart sb-chart-progress" viewBox="0 0 {} {}" width="100%" font-family="{FONT_FAMILY}" role="img" aria-labelledby="{id}-title {id}-desc">"#,
        num(frame.width),
        num(height),
    );
    let _ = writeln!(out, r#"<title id="{id}-title">{}</title>"#, escape(title));
    let mut words = full_description(description, series, range);
    if Ties::of(series).any() {
        words.push(' ');
        words.push_str(&t("chart-progress-ties"));
    }
    let _ = writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, escape(&words));
    y_axis(&mut out, frame);

    match (range, legend) {
        (Some((first, last)), Some(legend)) => {
            let scale = Scale { first, last, right: frame.right };
            x_axis(&mut out, scale, frame);
            let ties = Ties::of(series);
            for (index, line) in series.iter().enumerate() {
                draw_series(&mut out, scale, index, line, &ties);
            }
            for (index, line) in series.iter().enumerate() {
                draw_markers(&mut out, scale, index, line, &ties);
            }
            draw_legend(&mut out, series, &legend);
        }
        _ => {
            let _ = writeln!(
                out,
                r#"<text class="sb-chart-text sb-chart-empty" x="{}" y="{}" text-anchor="middle" font-size="15" fill="{TEXT}">{}</text>"#,
                num((LEFT + frame.right) / 2.0),
                num((TOP + BOTTOM) / 2.0 + 5.0),
                escape(&empty()),
            );
        }
    }
    out.push_str("</svg>");
    out
}

fn chart_id(title: &str, description: &str, series: &[Series], salt: &str) -> String {
    let mut hasher = IdHasher::new(salt);
    hasher.text(title);
    hasher.text(description);
    for line in series {
        hasher.text(&line.key);
        hasher.text(&line.name);
        hasher.text(&line.colour);
        hasher.bytes(&[u8::from(line.dashed)]);
        hasher.bytes(&(line.points.len() as u64).to_le_bytes());
        for point in &line.points {
            hasher.bytes(&day_number(point.date).to_le_bytes());
            hasher.bytes(&[point.rating]);
            hasher.text(&point.label);
        }
    }
    format!("sb-progress-{:016x}", hasher.finish())
}

fn day_number(date: Date) -> i64 {
    days_from_civil(i64::from(date.year()), i64::from(date.month()), i64::from(date.day()))
}

fn long_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    chart_date(year, month, day)
}

fn month_year(days: i64) -> String {
    let (year, month, _) = civil_from_days(days);
    chart_month(year, month)
}

/// "7 (signed off 3 May 2025)"; the date stands in for an empty label.
fn point_words(point: &Point) -> String {
    let rating = point.rating.min(10);
    if point.label.trim().is_empty() {
        format!("{rating} ({})", long_date(day_number(point.date)))
    } else {
        format!("{rating} ({})", point.label)
    }
}

fn sorted(points: &[Point]) -> Vec<&Point> {
    let mut sorted: Vec<&Point> = points.iter().collect();
    // Stable, so points on the same day keep the caller's order and the output stays deterministic.
    sorted.sort_by_key(|p| p.date);
    sorted
}

fn full_description(description: &str, series: &[Series], range: Option<(i64, i64)>) -> String {
    let words = if range.is_none() {
        format!("{}.", empty())
    } else {
        let lines: Vec<String> = series
            .iter()
            .map(|line| {
                let points = sorted(&line.points);
                if points.is_empty() {
                    t_args("chart-series-no-ratings", &[("name", Arg::Text(line.name.clone()))]).into_owned()
                } else {
                    let each: Vec<String> = points.iter().map(|p| point_words(p)).collect();
                    format!("{}: {}", line.name, each.join(", "))
                }
            })
            .collect();
        format!("{}.", lines.join("; "))
    };
    let description = description.trim();
    if description.is_empty() { words } else { format!("{description} {words}") }
}

#[derive(Debug, Clone, Copy)]
struct Scale {
    first: i64,
    last: i64,
    right: f64,
}

impl Scale {
    fn x(self, day: i64) -> f64 {
        if self.last == self.first {
            return (LEFT + self.right) / 2.0;
        }
        let fraction = (day - self.first) as f64 / (self.last - self.first) as f64;
        LEFT + INSET + fraction * (self.right - LEFT - 2.0 * INSET)
    }
}

fn y(rating: u8) -> f64 {
    BOTTOM - (BOTTOM - TOP) * f64::from(rating.min(10)) / 10.0
}

fn y_axis(out: &mut String, frame: Frame) {
    out.push_str(r#"<g class="sb-chart-axis sb-chart-y-axis">"#);
    out.push('\n');
    for rating in (0..=10u8).step_by(2) {
        let (colour, width) = if rating == 0 { (TEXT, "1.5") } else { (GRID, "1") };
        let _ = writeln!(
            out,
            r#"<line x1="{left}" y1="{y}" x2="{right}" y2="{y}" stroke="{colour}" stroke-width="{width}"/><text class="sb-chart-text" x="{label_x}" y="{label_y}" text-anchor="end" font-size="{font}" fill="{TEXT}">{rating}</text>"#,
            left = num(LEFT),
            right = num(frame.right),
            y = num(y(rating)),
            label_x = num(LEFT - 8.0),
            label_y = num(y(rating) + 4.5),
            font = num(FONT),
        );
    }
    let middle = (TOP + BOTTOM) / 2.0;
    let _ = writeln!(
        out,
        r#"<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="{TEXT}" stroke-width="1.5"/><text class="sb-chart-text" x="18" y="{middle}" transform="rotate(-90 18 {middle})" text-anchor="middle" font-size="{font}" fill="{TEXT}">{label}</text>"#,
        label = escape(&t("chart-progress-y-axis")),
        left = num(LEFT),
        top = num(TOP),
        bottom = num(BOTTOM),
        middle = num(middle),
        font = num(FONT),
    );
    out.push_str("</g>\n");
}

/// The first and last dates, plus evenly spaced ones between, skipping any whose label would
/// repeat its neighbour's.
fn ticks(scale: Scale, max_intervals: i64) -> Vec<(i64, String)> {
    let span = scale.last - scale.first;
    if span == 0 {
        return vec![(scale.first, long_date(scale.first))];
    }
    let label = |day| if span >= MONTH_LABELS_FROM_DAYS { month_year(day) } else { long_date(day) };
    let intervals = span.min(max_intervals);
    let days: Vec<i64> = (0..=intervals).map(|k| scale.first + (span * k + intervals / 2) / intervals).collect();
    let last_label = label(scale.last);
    let mut ticks: Vec<(i64, String)> = Vec::new();
    for (k, day) in days.iter().enumerate() {
        let text = label(*day);
        let is_end = k == 0 || k == days.len() - 1;
        let repeats = ticks.last().is_some_and(|(_, previous)| *previous == text) || (!is_end && text == last_label);
        if is_end || !repeats {
            ticks.push((*day, text));
        }
    }
    ticks
}

fn x_axis(out: &mut String, scale: Scale, frame: Frame) {
    out.push_str(r#"<g class="sb-chart-axis sb-chart-x-axis">"#);
    out.push('\n');
    for (day, text) in ticks(scale, frame.intervals) {
        let x = scale.x(day);
        let label_x = clamp_anchor(x, text_width(&text, FONT, false), Anchor::Middle, MARGIN, frame.width - MARGIN);
        let _ = writeln!(
            out,
            r#"<line x1="{x}" y1="{bottom}" x2="{x}" y2="{tick}" stroke="{TEXT}" stroke-width="1.5"/><text class="sb-chart-text sb-chart-date" data-day="{day}" x="{label_x}" y="{label_y}" text-anchor="middle" font-size="{font}" fill="{TEXT}">{text}</text>"#,
            x = num(x),
            bottom = num(BOTTOM),
            tick = num(BOTTOM + 6.0),
            label_x = num(label_x),
            label_y = num(BOTTOM + 22.0),
            font = num(FONT),
            text = escape(&text),
        );
    }
    out.push_str("</g>\n");
}

/// Writes a marker of the series' shape centred on (x, y), titled when `title` writes one (it
/// must escape what it writes). Shapes repeat after [`SHAPES`] series, hollow the second time
/// round, so even many series stay distinguishable without colour.
fn marker(out: &mut String, shape: usize, x: f64, y: f64, colour: &str, title: Option<&dyn Fn(&mut String)>) {
    let hollow = (shape / SHAPES) % 2 == 1;
    let kind = shape % SHAPES;
    let element = match kind {
        0 => "circle",
        1 => "rect",
        _ => "polygon",
    };
    let _ = write!(out, r#"<{element} class="sb-marker sb-marker-{kind}" "#);
    let polygon = |out: &mut String, points: &[(f64, f64)]| {
        out.push_str(r#"points=""#);
        for (n, (dx, dy)) in points.iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            let _ = write!(out, "{},{}", Num(x + dx), Num(y + dy));
        }
        out.push('"');
    };
    match kind {
        0 => {
            let _ = write!(out, r#"cx="{}" cy="{}" r="5""#, Num(x), Num(y));
        }
        1 => {
            let _ = write!(out, r#"x="{}" y="{}" width="9" height="9""#, Num(x - 4.5), Num(y - 4.5));
        }
        2 => polygon(out, &[(0.0, -6.0), (5.5, 4.0), (-5.5, 4.0)]),
        3 => polygon(out, &[(0.0, -6.5), (6.5, 0.0), (0.0, 6.5), (-6.5, 0.0)]),
        4 => {
            let (a, b) = (2.0, 6.0);
            let arms = [
                (-a, -b),
                (a, -b),
                (a, -a),
                (b, -a),
                (b, a),
                (a, a),
                (a, b),
                (-a, b),
                (-a, a),
                (-b, a),
                (-b, -a),
                (-a, -a),
            ];
            polygon(out, &arms);
        }
        _ => polygon(out, &[(-5.5, -4.0), (5.5, -4.0), (0.0, 6.0)]),
    }
    if hollow {
        let _ = write!(out, r##" fill="#ffffff" stroke="{colour}" stroke-width="2""##);
    } else {
        let _ = write!(out, r##" fill="{colour}" stroke="#ffffff" stroke-width="1""##);
    }
    match title {
        Some(write_title) => {
            out.push_str("><title>");
            write_title(out);
            let _ = write!(out, "</title></{element}>");
        }
        None => out.push_str("/>"),
    }
}

/// "7 (3 May 2025)", or "7 (signed off ...)" with a label, escaped, into `out`.
fn write_point_words(out: &mut String, point: &Point) {
    let rating = point.rating.min(10);
    if point.label.trim().is_empty() {
        let _ = write!(out, "{rating} ({})", Esc(&long_date(day_number(point.date))));
    } else {
        let _ = write!(out, "{rating} ({})", Esc(&point.label));
    }
}

fn dash(dashed: bool) -> &'static str {
    if dashed { r#" stroke-dasharray="7 5""# } else { "" }
}

/// Where two or more series share a rating on the same date, their markers are drawn side by
/// side and their lines a little apart, so no series hides behind another. The words (titles and
/// `<desc>`) always carry the exact values.
struct Ties {
    /// (day, rating) → the indexes of the series with a point there, in series order.
    at: std::collections::HashMap<(i64, u8), Vec<usize>>,
}

/// How far apart tied markers sit across, and tied lines up and down, in user units: markers
/// are at most 13 units wide, lines 2.5 thick.
const TIE_DX: f64 = 14.0;
const TIE_DY: f64 = 4.0;

impl Ties {
    fn of(series: &[Series]) -> Ties {
        let mut at: std::collections::HashMap<(i64, u8), Vec<usize>> = std::collections::HashMap::new();
        for (index, line) in series.iter().enumerate() {
            for p in &line.points {
                let slot = at.entry((day_number(p.date), p.rating.min(10))).or_default();
                if slot.last() != Some(&index) {
                    slot.push(index);
                }
            }
        }
        Ties { at }
    }

    /// The offset of series `index`'s point at (`day`, `rating`): none unless it is tied.
    fn offset(&self, index: usize, day: i64, rating: u8) -> (f64, f64) {
        let Some(shared) = self.at.get(&(day, rating.min(10))).filter(|s| s.len() > 1) else { return (0.0, 0.0) };
        let rank = shared.iter().position(|i| *i == index).unwrap_or(0) as f64;
        let centre = (shared.len() - 1) as f64 / 2.0;
        ((rank - centre) * TIE_DX, (rank - centre) * TIE_DY)
    }

    fn any(&self) -> bool {
        self.at.values().any(|s| s.len() > 1)
    }
}

fn draw_series(out: &mut String, scale: Scale, index: usize, line: &Series, ties: &Ties) {
    let colour = escape(&line.colour);
    let _ = writeln!(out, r#"<g class="sb-series" data-series="{}">"#, Esc(&line.key));
    let points = sorted(&line.points);
    let at = |p: &Point| {
        let day = day_number(p.date);
        let (dx, dy) = ties.offset(index, day, p.rating);
        (scale.x(day) + dx, y(p.rating) + dy)
    };
    if points.len() > 1 {
        out.push_str(r#"<polyline points=""#);
        for (n, p) in points.iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            let (x, y) = at(p);
            let _ = write!(out, "{},{}", Num(x), Num(y));
        }
        let _ = writeln!(
            out,
            r#"" fill="none" stroke="{colour}" stroke-width="2.5" stroke-linejoin="round"{}/>"#,
            dash(line.dashed),
        );
    }
    out.push_str("</g>\n");
}

/// A series' markers, drawn after every line so no line runs over a marker.
fn draw_markers(out: &mut String, scale: Scale, index: usize, line: &Series, ties: &Ties) {
    let colour = escape(&line.colour);
    let _ = writeln!(out, r#"<g class="sb-series-markers" data-series="{}">"#, Esc(&line.key));
    for point in sorted(&line.points) {
        let title = |out: &mut String| {
            let _ = write!(out, "{}: ", Esc(&line.name));
            write_point_words(out, point);
        };
        let day = day_number(point.date);
        let (dx, dy) = ties.offset(index, day, point.rating);
        marker(out, index, scale.x(day) + dx, y(point.rating) + dy, &colour, Some(&title));
        out.push('\n');
    }
    out.push_str("</g>\n");
}

struct LegendItem {
    row: usize,
    x: f64,
}

/// Items flow left to right and wrap, using estimated text widths.
fn legend_layout(series: &[Series], frame: Frame) -> Vec<LegendItem> {
    let mut items = Vec::with_capacity(series.len());
    let (mut row, mut x) = (0, frame.legend_left);
    for line in series {
        let width = LEGEND_SWATCH + 8.0 + text_width(&line.name, FONT, false);
        if x > frame.legend_left && x + width > frame.width - MARGIN {
            row += 1;
            x = frame.legend_left;
        }
        items.push(LegendItem { row, x });
        x += width + LEGEND_GAP;
    }
    items
}

fn draw_legend(out: &mut String, series: &[Series], layout: &[LegendItem]) {
    out.push_str(r#"<g class="sb-chart-legend">"#);
    out.push('\n');
    for (index, (line, item)) in series.iter().zip(layout).enumerate() {
        let colour = escape(&line.colour);
        let y = LEGEND_TOP + item.row as f64 * LEGEND_ROW;
        let _ = writeln!(
            out,
            r#"<g class="sb-legend-item" data-series="{key}"><line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{colour}" stroke-width="2.5"{dash}/>{marker}<text class="sb-chart-text" x="{text_x}" y="{text_y}" font-size="{font}" fill="{TEXT}">{name}</text></g>"#,
            key = escape(&line.key),
            x1 = num(item.x),
            x2 = num(item.x + LEGEND_SWATCH),
            y = num(y),
            dash = dash(line.dashed),
            marker = {
                let mut m = String::new();
                marker(&mut m, index, item.x + LEGEND_SWATCH / 2.0, y, &colour, None);
                m
            },
            text_x = num(item.x + LEGEND_SWATCH + 8.0),
            text_y = num(y + 4.5),
            font = num(FONT),
            name = escape(&line.name),
        );
    }
    out.push_str("</g>\n");
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use jiff::civil::date;

    use super::super::month_name;
    use super::super::xml::{attr, check_well_formed, number, start_tags, titles};
    use super::*;

    fn point(y: i16, m: i8, d: i8, rating: u8) -> Point {
        Point { date: date(y, m, d), rating, label: format!("signed off {d} {} {y}", month_name(i64::from(m))) }
    }

    fn series(key: &str, name: &str, dashed: bool, points: Vec<Point>) -> Series {
        Series { key: key.into(), name: name.into(), colour: "#1d70b8".into(), dashed, points }
    }

    fn many() -> Vec<Series> {
        vec![
            series(
                "availability",
                "Availability",
                false,
                vec![point(2025, 5, 3, 7), point(2025, 3, 1, 5), point(2025, 9, 20, 8)],
            ),
            series("sensitivity", "Sensitivity", false, vec![point(2025, 3, 1, 4), point(2025, 9, 20, 6)]),
            series("acceptance", "Acceptance", false, vec![point(2025, 6, 1, 9)]),
            series("cooperation", "Co-operation", false, vec![]),
            series("family_membership", "Family membership (caregiving family)", false, vec![point(2025, 3, 1, 6)]),
            series(
                "family_membership_birth",
                "Family membership (birth family)",
                true,
                vec![point(2025, 3, 1, 3), point(2025, 9, 20, 2)],
            ),
        ]
    }

    fn polyline_points(tag: &str) -> Vec<(f64, f64)> {
        attr(tag, "points")
            .unwrap()
            .split(' ')
            .map(|pair| {
                let (x, y) = pair.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    fn view_box_height(svg: &str) -> f64 {
        attr(start_tags(svg, "svg")[0], "viewBox").unwrap().split(' ').nth(3).unwrap().parse().unwrap()
    }

    #[test]
    fn many_points_draw_lines_markers_axes_and_a_legend() {
        let svg = progress_chart("Sam's ratings", "Ratings at each signed-off assessment.", &many());
        check_well_formed(&svg).unwrap();
        let root = start_tags(&svg, "svg")[0];
        assert_eq!(attr(root, "role"), Some("img"));
        let (title_id, desc_id) = attr(root, "aria-labelledby").unwrap().split_once(' ').unwrap();
        assert!(svg.contains(&format!(r#"<title id="{title_id}">Sam&apos;s ratings</title>"#)));
        assert!(svg.contains(&format!(
            r#"<desc id="{desc_id}">Ratings at each signed-off assessment. Availability: 5 (signed off 1 Mar 2025), 7 (signed off 3 May 2025), 8 (signed off 20 Sep 2025); Sensitivity:"#
        )));
        assert!(svg.contains("Co-operation: no ratings yet;"));
        // Series with two or more points get a line; single points only a marker.
        assert_eq!(start_tags(&svg, "polyline").len(), 3);
        // y gridlines and labels 0..10 in twos.
        for rating in ["0", "2", "4", "6", "8", "10"] {
            assert!(svg.contains(&format!(r#"font-size="13" fill="{TEXT}">{rating}</text>"#)));
        }
        assert!(svg.contains(">Mar 2025</text>") && svg.contains(">Sep 2025</text>"));
        assert_eq!(svg.matches(r#"<g class="sb-legend-item""#).count(), 6);
        assert!(svg.contains(">Family membership (birth family)</text>"));
        let height = view_box_height(&svg);
        assert!(height > LEGEND_TOP && height <= 340.0, "height {height}");
    }

    #[test]
    fn markers_have_titles_and_distinct_shapes() {
        let svg = progress_chart("t", "", &many());
        let titles = titles(&svg);
        for expected in [
            "Availability: 7 (signed off 3 May 2025)",
            "Sensitivity: 4 (signed off 1 Mar 2025)",
            "Family membership (birth family): 2 (signed off 20 Sep 2025)",
        ] {
            assert!(titles.iter().any(|t| t == expected), "no {expected:?} in {titles:?}");
        }
        let shapes: Vec<String> = svg
            .split(r#"<g class="sb-series-markers""#)
            .skip(1)
            .filter_map(|group| group.split("class=\"sb-marker ").nth(1))
            .map(|rest| rest.split('"').next().unwrap().to_owned())
            .collect();
        let mut distinct = shapes.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), shapes.len(), "{shapes:?}");
        let empty_label = progress_chart(
            "t",
            "",
            &[Series {
                points: vec![Point { label: String::new(), ..point(2025, 1, 2, 4) }],
                ..series("a", "A", false, vec![])
            }],
        );
        assert!(super::super::xml::titles(&empty_label).iter().any(|t| t == "A: 4 (2 Jan 2025)"));
    }

    #[test]
    fn dashed_series_have_a_dasharray() {
        let svg = progress_chart("t", "", &many());
        let lines = start_tags(&svg, "polyline");
        let dashed: Vec<_> = lines.iter().filter(|t| attr(t, "stroke-dasharray").is_some()).collect();
        assert_eq!(dashed.len(), 1);
        let birth = svg.split(r#"data-series="family_membership_birth""#).nth(1).unwrap();
        assert!(birth.starts_with(">\n<polyline") && birth.split("/>").next().unwrap().contains("stroke-dasharray"));
        let legend = svg.split(r#"<g class="sb-legend-item" data-series="family_membership_birth">"#).nth(1).unwrap();
        assert!(legend.split("/>").next().unwrap().contains("stroke-dasharray"));
    }

    #[test]
    fn x_grows_with_the_date_and_y_with_the_rating() {
        let svg = progress_chart("t", "", &many());
        let availability = start_tags(&svg, "polyline")[0];
        let points = polyline_points(availability);
        assert_eq!(points.len(), 3);
        assert!(points.windows(2).all(|w| w[0].0 < w[1].0), "{points:?}");
        // 5 then 7 then 8: higher ratings are further up.
        assert!(points.windows(2).all(|w| w[0].1 > w[1].1), "{points:?}");
        assert_eq!(points[0].0, LEFT + INSET);
        assert_eq!(points[2].0, RIGHT - INSET);
        let dates: Vec<f64> = start_tags(&svg, "text")
            .into_iter()
            .filter(|t| attr(t, "class") == Some("sb-chart-text sb-chart-date"))
            .map(|t| number(t, "x"))
            .collect();
        assert!(dates.len() >= 3 && dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
    }

    /// Two dimensions with the same ratings on the same dates: both lines and every marker stay
    /// visible (issue: a sensitivity line of 4 → 3 lay exactly under family membership).
    #[test]
    fn tied_series_are_drawn_apart() {
        let tied = |key: &str| series(key, key, false, vec![point(2025, 3, 1, 4), point(2025, 9, 20, 3)]);
        let input = vec![tied("sensitivity"), tied("family_membership"), tied("acceptance")];
        let svg = progress_chart("t", "", &input);
        check_well_formed(&svg).unwrap();
        let lines: Vec<Vec<(f64, f64)>> = start_tags(&svg, "polyline").into_iter().map(polyline_points).collect();
        assert_eq!(lines.len(), 3);
        for (a, b) in [(0, 1), (1, 2), (0, 2)] {
            for (p, q) in lines[a].iter().zip(&lines[b]) {
                assert!((p.1 - q.1).abs() >= TIE_DY, "lines {a} and {b} overlap: {p:?} {q:?}");
                // Markers (at most 13 units across) do not cover one another.
                assert!((p.0 - q.0).abs() >= 13.0, "markers {a} and {b} overlap: {p:?} {q:?}");
            }
        }
        // Every marker sits on its own line, and the ratings keep their order about the true value.
        // (The legend's circle comes after the chart's.)
        let marker_centres: Vec<(f64, f64)> =
            start_tags(&svg, "circle").into_iter().take(2).map(|t| (number(t, "cx"), number(t, "cy"))).collect();
        assert_eq!(marker_centres.as_slice(), lines[0].as_slice());
        let middle = &lines[1];
        assert_eq!((middle[0].1, middle[1].1), (y(4), y(3)), "the middle of three stays on the true value");
        assert!(svg.contains("drawn side by side"));
        // Untied points stay exactly where their value is.
        let alone = progress_chart("t", "", &many());
        assert!(!alone.contains("drawn side by side"));
        assert_eq!(polyline_points(start_tags(&alone, "polyline")[0])[0].1, y(5));
    }

    /// The phone layout fits a narrow screen: every label inside its own viewBox, at the same
    /// text size, and with ids of its own so a page can carry both layouts.
    #[test]
    fn the_narrow_chart_fits_a_phone() {
        let svg = progress_chart_narrow("Sam's ratings", "", &many());
        check_well_formed(&svg).unwrap();
        let root = start_tags(&svg, "svg")[0];
        let view_box: Vec<f64> = attr(root, "viewBox").unwrap().split(' ').map(|n| n.parse().unwrap()).collect();
        assert_eq!(view_box[2], NARROW_WIDTH);
        for tag in start_tags(&svg, "text") {
            if attr(tag, "transform").is_none() && attr(tag, "x").is_some() {
                let x = number(tag, "x");
                assert!((0.0..=NARROW_WIDTH).contains(&x), "text at {x}");
            }
        }
        for p in polyline_points(start_tags(&svg, "polyline")[0]) {
            assert!(p.0 >= LEFT && p.0 <= NARROW_RIGHT, "{p:?}");
        }
        let wide = progress_chart("Sam's ratings", "", &many());
        assert_ne!(attr(root, "aria-labelledby"), attr(start_tags(&wide, "svg")[0], "aria-labelledby"));
        assert!(svg.matches("sb-chart-date").count() <= 3);
    }

    #[test]
    fn a_single_date_is_centred() {
        let svg = progress_chart("t", "", &[series("a", "Availability", false, vec![point(2025, 5, 3, 7)])]);
        check_well_formed(&svg).unwrap();
        let marker = start_tags(&svg, "circle")[0];
        assert_eq!(number(marker, "cx"), (LEFT + RIGHT) / 2.0);
        assert_eq!(number(marker, "cy"), y(7));
        assert!(start_tags(&svg, "polyline").is_empty());
        assert!(svg.contains(">3 May 2025</text>"));
        assert_eq!(svg.matches("sb-chart-date").count(), 1);
        assert!(titles(&svg).iter().any(|t| t == "Availability: 7 (signed off 3 May 2025)"));
    }

    #[test]
    fn no_points_says_so() {
        for input in [vec![], vec![series("a", "Availability", false, vec![])]] {
            let svg = progress_chart("t", "Progress.", &input);
            check_well_formed(&svg).unwrap();
            assert!(svg.contains(&format!(">{}</text>", empty())));
            assert!(svg.contains(&format!("Progress. {}.</desc>", empty())));
            assert!(!svg.contains("sb-chart-legend"));
            assert_eq!(view_box_height(&svg), EMPTY_HEIGHT);
        }
    }

    #[test]
    fn ticks_cover_first_and_last_without_repeats() {
        let scale = |a: Date, b: Date| Scale { first: day_number(a), last: day_number(b), right: RIGHT };
        let long = ticks(scale(date(2024, 1, 15), date(2025, 12, 1)), MAX_INTERVALS);
        assert_eq!(long.first().unwrap().1, "Jan 2024");
        assert_eq!(long.last().unwrap().1, "Dec 2025");
        assert_eq!(long.len(), 5);
        let short = ticks(scale(date(2025, 3, 1), date(2025, 3, 3)), MAX_INTERVALS);
        let labels: Vec<&str> = short.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["1 Mar 2025", "2 Mar 2025", "3 Mar 2025"]);
        let quarter = ticks(scale(date(2025, 1, 1), date(2025, 4, 1)), MAX_INTERVALS);
        let labels: Vec<&str> = quarter.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025"]);
    }

    #[test]
    fn text_is_escaped_and_output_deterministic() {
        let mut input = many();
        input[0].name = "<script>alert(\"x\")</script>".into();
        input[0].key = "k\"'".into();
        input[1].colour = "\"/><script>".into();
        input[2].points[0].label = "signed off by A & B <admin>".into();
        let svg = progress_chart("<T>", "\"D\" & 'E'", &input);
        check_well_formed(&svg).unwrap();
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;: 5"));
        assert!(svg.contains("signed off by A &amp; B &lt;admin&gt;"));
        assert!(svg.contains("&quot;D&quot; &amp; &apos;E&apos;"));
        assert_eq!(svg, progress_chart("<T>", "\"D\" & 'E'", &input));
        assert_ne!(
            attr(start_tags(&svg, "svg")[0], "aria-labelledby"),
            attr(start_tags(&progress_chart("T", "", &input), "svg")[0], "aria-labelledby")
        );
    }

    #[test]
    fn numbers_have_at_most_one_decimal() {
        let svg = progress_chart("t", "", &many());
        for number in svg.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter(|s| s.contains('.')) {
            let decimals = number.rsplit('.').next().unwrap();
            assert!(decimals.len() <= 1, "{number}");
        }
    }

    #[test]
    fn many_series_wrap_the_legend_and_reuse_shapes_hollow() {
        let input: Vec<Series> = (0..8)
            .map(|i| {
                series(&format!("s{i}"), &format!("A rather long series name {i}"), false, vec![point(2025, 1, 1, i)])
            })
            .collect();
        let svg = progress_chart("t", "", &input);
        check_well_formed(&svg).unwrap();
        assert!(view_box_height(&svg) > LEGEND_TOP + LEGEND_ROW);
        assert!(svg.contains(r##"fill="#ffffff" stroke="#1d70b8" stroke-width="2""##));
        for tag in start_tags(&svg, "text") {
            if attr(tag, "transform").is_none() {
                assert!(number(tag, "x") <= WIDTH);
            }
        }
    }
}
