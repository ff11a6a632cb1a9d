//! Reading and checking the content pack. The caller supplies the files (from disk, from the
//! database, or the copy built into the binary); this module does no I/O.
//!
//! Every problem found is reported, each with the file and, where the parser kept a position,
//! the line and column, so an editor can fix the whole pack in one pass. A file whose TOML does
//! not parse is reported and then skipped, since anything said about its contents would be a
//! guess; every other check runs on whatever could be read.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::model::{
    Aspect, BAND_KEYS, BandContent, CAREGIVER_SCALE_KEYS, CHILD_SCALE_KEYS, CaregiverIndicator, ChildIndicator,
    ContentPack, DimensionContent, LONG_TERM, SHORT_TERM, Scale,
};
use super::validate::{
    MIN_CONTRAST_WITH_WHITE, contrast_with_white, is_valid_colour, is_valid_indicator_key, validate_indicator_text,
};
use crate::Dimension;

/// The rule is five; the shipped pack has at least six so that an agency can retire one
/// without the pack becoming invalid.
pub const MIN_CHILD_INDICATORS_PER_BAND: usize = 5;

pub const PACK_FILE: &str = "secure-base/pack.toml";
pub const DIMENSIONS_FILE: &str = "secure-base/dimensions.toml";
pub const BANDS_FILE: &str = "secure-base/bands.toml";
pub const CAREGIVER_FILE: &str = "secure-base/caregiver-indicators.toml";
pub const RATINGS_FILE: &str = "secure-base/ratings.toml";
/// Everything under this folder with a `.toml` name must be one of [`expected_paths`].
pub const PACK_DIR: &str = "secure-base/";

/// The child indicator file for a dimension, e.g. `secure-base/child-indicators/availability.toml`.
pub fn child_indicator_path(d: Dimension) -> String {
    format!("secure-base/child-indicators/{}.toml", d.key())
}

/// Every file the pack must have, relative to the content root, in the order they are checked.
pub fn expected_paths() -> Vec<String> {
    let mut paths = vec![PACK_FILE.to_owned(), DIMENSIONS_FILE.to_owned(), BANDS_FILE.to_owned()];
    paths.extend(Dimension::ALL.into_iter().map(child_indicator_path));
    paths.push(CAREGIVER_FILE.to_owned());
    paths.push(RATINGS_FILE.to_owned());
    paths
}

/// One file of the pack. `path` is relative to the content root and uses `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    pub path: String,
    pub text: String,
}

impl ContentFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> ContentFile {
        ContentFile { path: path.into(), text: text.into() }
    }
}

/// A problem with the pack. Line and column are 1-based; the column counts characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub reason: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for ContentError {}

/// 1-based line and character column of a byte offset; offsets past the end or inside a
/// character are pulled back so a bad span from the parser still yields a usable position.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Errors for one file, with positions resolved against its text.
pub(crate) struct FileCx<'a> {
    pub(crate) path: &'a str,
    pub(crate) text: &'a str,
    pub(crate) errors: &'a mut Vec<ContentError>,
}

impl<'a> FileCx<'a> {
    pub(crate) fn at(&mut self, offset: usize, reason: impl Into<String>) {
        let (line, column) = line_col(self.text, offset);
        self.errors.push(ContentError {
            file: self.path.to_owned(),
            line: Some(line),
            column: Some(column),
            reason: reason.into(),
        });
    }

    pub(crate) fn whole(&mut self, reason: impl Into<String>) {
        self.errors.push(ContentError { file: self.path.to_owned(), line: None, column: None, reason: reason.into() });
    }

    fn toml_error(&mut self, e: &toml::de::Error) {
        match e.span() {
            Some(span) => self.at(span.start, e.message()),
            None => self.whole(e.message()),
        }
    }

    /// `file:line:col` of an offset, for messages that point back at an earlier place.
    pub(crate) fn place(&self, offset: usize) -> String {
        let (line, column) = line_col(self.text, offset);
        format!("{}:{line}:{column}", self.path)
    }

    pub(crate) fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        let text: &'a str = self.text;
        let (doc, mut errors) = DeTable::parse_recoverable(text);
        if errors.is_empty() {
            return Some(doc);
        }
        // Recovery can report a later problem first; editors read them top to bottom.
        errors.sort_by_key(|e| e.span().map_or(usize::MAX, |s| s.start));
        for e in &errors {
            self.toml_error(e);
        }
        None
    }

    pub(crate) fn de<T: DeserializeOwned>(&mut self, value: Spanned<DeValue<'_>>) -> Option<T> {
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(v),
            Err(e) => {
                self.toml_error(&e);
                None
            }
        }
    }

    pub(crate) fn text(&mut self, field: &str, value: &Spanned<String>) -> Option<String> {
        match validate_indicator_text(value.get_ref()) {
            Ok(t) => Some(t),
            Err(why) => {
                self.at(value.span().start, format!("`{field}` {why}"));
                None
            }
        }
    }

    /// Takes `[[name]]` out of the document so that what is left can be checked for unknown
    /// top-level keys; each element is returned whole so it can be deserialised on its own and
    /// one bad entry does not hide the problems in the others. `None` (already reported) when
    /// the array is absent or not an array: the per-entry and counting checks are then skipped,
    /// as they would only repeat the same fault.
    pub(crate) fn take_array<'i>(
        &mut self,
        doc: &mut Spanned<DeTable<'i>>,
        name: &str,
    ) -> Option<Vec<Spanned<DeValue<'i>>>> {
        let Some(v) = doc.get_mut().remove(name) else {
            self.whole(format!("missing `[[{name}]]` entries"));
            return None;
        };
        let span = v.span();
        match v.into_inner() {
            DeValue::Array(items) => Some(items.into_iter().collect()),
            other => {
                self.at(span.start, format!("`{name}` must be a list of tables, found {}", other.type_str()));
                None
            }
        }
    }

    /// Checks what is left of a document once its arrays are taken out.
    pub(crate) fn rest<T: DeserializeOwned>(&mut self, doc: Spanned<DeTable<'_>>) -> Option<T> {
        let span = doc.span();
        self.de(Spanned::new(span, DeValue::Table(doc.into_inner())))
    }
}

/// A string field read straight from an entry before full deserialisation, so that counts
/// (indicators per band, aspects per dimension) are right even when the entry has another fault.
fn raw_str<'a>(value: &'a Spanned<DeValue<'_>>, field: &str) -> Option<&'a str> {
    value.get_ref().as_table()?.get(field)?.get_ref().as_str()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    version: Spanned<String>,
    language: Spanned<String>,
    title: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoMore {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    key: Spanned<String>,
    name: Spanned<String>,
    benefit: Spanned<String>,
    explanation: Spanned<String>,
    colour: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    key: Spanned<String>,
    name: Spanned<String>,
    summary: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChildHead {
    dimension: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChildIndicator {
    key: Spanned<String>,
    band: Spanned<String>,
    text: Spanned<String>,
    evidence: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCaregiverIndicator {
    key: Spanned<String>,
    dimension: Spanned<String>,
    aspect: Spanned<String>,
    care: Spanned<Vec<Spanned<String>>>,
    text: Spanned<String>,
    evidence: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    zero: Spanned<String>,
    five: Spanned<String>,
    ten: Spanned<String>,
}

/// Indicator keys seen so far, with where, so a duplicate can name the first place.
#[derive(Default)]
struct Keys {
    seen: HashMap<String, String>,
}

impl Keys {
    fn claim(&mut self, cx: &mut FileCx<'_>, key: &Spanned<String>) -> Option<String> {
        let k = key.get_ref();
        let offset = key.span().start;
        if !is_valid_indicator_key(k) {
            cx.at(
                offset,
                format!(
                    "indicator key `{k}` must be lower-case letters, digits and hyphens, \
                     starting with a letter or digit, at most 64 characters"
                ),
            );
            return None;
        }
        let here = cx.place(offset);
        if let Some(first) = self.seen.get(k) {
            cx.at(offset, format!("indicator key `{k}` is used twice: first at {first}, again here"));
            return None;
        }
        self.seen.insert(k.clone(), here);
        Some(k.clone())
    }
}

/// Reads and checks a whole pack. On success every rule in the README holds; on failure every
/// problem found is returned, in file order.
pub fn load(files: &[ContentFile]) -> Result<ContentPack, Vec<ContentError>> {
    let mut errors = Vec::new();
    let by_path = index_files(files, &mut errors);
    let mut keys = Keys::default();

    let pack = file(&by_path, PACK_FILE, &mut errors).and_then(|f| read_pack(f, &mut errors));
    let dimensions = file(&by_path, DIMENSIONS_FILE, &mut errors).and_then(|f| read_dimensions(f, &mut errors));
    let bands = file(&by_path, BANDS_FILE, &mut errors).and_then(|f| read_bands(f, &mut errors));
    let mut child_indicators = Vec::new();
    for d in Dimension::ALL {
        let path = child_indicator_path(d);
        if let Some(f) = file(&by_path, &path, &mut errors) {
            child_indicators.extend(read_child_indicators(f, d, &mut keys, &mut errors));
        }
    }
    let caregiver_indicators =
        file(&by_path, CAREGIVER_FILE, &mut errors).map(|f| read_caregiver_indicators(f, &mut keys, &mut errors));
    let ratings = file(&by_path, RATINGS_FILE, &mut errors).and_then(|f| read_ratings(f, &mut errors));

    match (pack, dimensions, bands, caregiver_indicators, ratings) {
        (
            Some((version, language, title)),
            Some(dimensions),
            Some(bands),
            Some(caregiver_indicators),
            Some(ratings),
        ) if errors.is_empty() => {
            let (child_scales, caregiver_scales) = ratings;
            Ok(ContentPack {
                version,
                language,
                title,
                dimensions,
                bands,
                child_indicators,
                caregiver_indicators,
                child_scales,
                caregiver_scales,
            })
        }
        _ => {
            // Every path that drops a part records why; this only guards against a silent Err.
            if errors.is_empty() {
                errors.push(ContentError {
                    file: PACK_DIR.trim_end_matches('/').to_owned(),
                    line: None,
                    column: None,
                    reason: "the pack could not be read".to_owned(),
                });
            }
            Err(errors)
        }
    }
}

pub(crate) fn normalise_path(path: &str) -> String {
    let p = path.replace('\\', "/");
    p.strip_prefix("./").map(str::to_owned).unwrap_or(p)
}

/// Files by normalised path. Reports duplicates and unexpected `.toml` files in the pack folder;
/// other files (READMEs, notes) are the editors' business and are left alone.
fn index_files<'a>(files: &'a [ContentFile], errors: &mut Vec<ContentError>) -> BTreeMap<String, &'a ContentFile> {
    let expected = expected_paths();
    let mut by_path = BTreeMap::new();
    for f in files {
        let path = normalise_path(&f.path);
        if !expected.contains(&path) {
            if path.starts_with(PACK_DIR) && path.ends_with(".toml") {
                errors.push(ContentError {
                    file: path,
                    line: None,
                    column: None,
                    reason: format!("unexpected file: the pack has exactly these files: {}", expected.join(", ")),
                });
            }
            continue;
        }
        if by_path.contains_key(&path) {
            errors.push(ContentError {
                file: path,
                line: None,
                column: None,
                reason: "the same file was supplied twice".to_owned(),
            });
            continue;
        }
        by_path.insert(path, f);
    }
    by_path
}

pub(crate) fn file<'a>(
    by_path: &BTreeMap<String, &'a ContentFile>,
    path: &str,
    errors: &mut Vec<ContentError>,
) -> Option<FileRef<'a>> {
    match by_path.get(path) {
        Some(f) => Some(FileRef { path: path.to_owned(), text: &f.text }),
        None => {
            errors.push(ContentError {
                file: path.to_owned(),
                line: None,
                column: None,
                reason: "missing file".to_owned(),
            });
            None
        }
    }
}

pub(crate) struct FileRef<'a> {
    pub(crate) path: String,
    pub(crate) text: &'a str,
}

pub(crate) fn read_pack(f: FileRef<'_>, errors: &mut Vec<ContentError>) -> Option<(String, String, String)> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let doc = cx.parse()?;
    let raw: RawPack = cx.rest(doc)?;
    let version = cx.text("version", &raw.version);
    let language = cx.text("language", &raw.language);
    let title = cx.text("title", &raw.title);
    Some((version?, language?, title?))
}

fn read_dimensions(f: FileRef<'_>, errors: &mut Vec<ContentError>) -> Option<Vec<DimensionContent>> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let mut doc = cx.parse()?;
    let items = cx.take_array(&mut doc, "dimension");
    let _: Option<NoMore> = cx.rest(doc);
    let items = items?;

    let mut present = BTreeSet::new();
    let mut good: BTreeMap<Dimension, DimensionContent> = BTreeMap::new();
    // Colours compared case-insensitively; the first use is kept to name it in the message.
    let mut colours: HashMap<String, String> = HashMap::new();
    for item in items {
        // Presence and duplicates go by the raw key, so that an entry with some other fault
        // still counts as present and a missing dimension is reported only when truly missing.
        let raw_dimension = raw_key(&item, Dimension::parse);
        if let Some((d, at)) = raw_dimension.filter(|(d, _)| present.contains(d)) {
            cx.at(at, format!("dimension `{}` is listed twice", d.key()));
            continue;
        }
        present.extend(raw_dimension.map(|(d, _)| d));
        let Some(raw) = cx.de::<RawDimension>(item) else { continue };
        let dimension = Dimension::parse(raw.key.get_ref());
        if dimension.is_none() {
            cx.at(
                raw.key.span().start,
                format!("unknown dimension `{}`; expected one of {}", raw.key.get_ref(), dimension_list()),
            );
        }
        let name = cx.text("name", &raw.name);
        let benefit = cx.text("benefit", &raw.benefit);
        let explanation = cx.text("explanation", &raw.explanation);
        let colour = check_colour(&mut cx, &raw.colour, &mut colours);
        if let (Some(dimension), Some(name), Some(benefit), Some(explanation), Some(colour)) =
            (dimension, name, benefit, explanation, colour)
        {
            good.insert(dimension, DimensionContent { dimension, name, benefit, explanation, colour });
        }
    }
    for d in Dimension::ALL {
        if !present.contains(&d) {
            cx.whole(format!("dimension `{}` is missing", d.key()));
        }
    }
    // BTreeMap order is `Dimension`'s declaration order, which is `Dimension::ALL`.
    (good.len() == Dimension::ALL.len()).then(|| good.into_values().collect())
}

/// The `key` of an array entry, parsed, with its position; `None` if absent or not recognised.
fn raw_key<T>(item: &Spanned<DeValue<'_>>, parse: impl Fn(&str) -> Option<T>) -> Option<(T, usize)> {
    let value = item.get_ref().as_table()?.get("key")?;
    Some((parse(value.get_ref().as_str()?)?, value.span().start))
}

fn dimension_list() -> String {
    Dimension::ALL.iter().map(|d| d.key()).collect::<Vec<_>>().join(", ")
}

fn check_colour(cx: &mut FileCx<'_>, raw: &Spanned<String>, seen: &mut HashMap<String, String>) -> Option<String> {
    let at = raw.span().start;
    let value = raw.get_ref().trim();
    if !is_valid_colour(value) {
        cx.at(at, format!("colour `{value}` must be written #rrggbb"));
        return None;
    }
    let colour = value.to_ascii_lowercase();
    let ratio = contrast_with_white(&colour)?;
    if ratio < MIN_CONTRAST_WITH_WHITE {
        cx.at(
            at,
            format!(
                "colour `{colour}` has contrast {ratio:.2}:1 against white; chart lines need at least 3:1 \
                 (WCAG 1.4.11), so choose a darker shade"
            ),
        );
        return None;
    }
    if let Some(first) = seen.get(&colour) {
        cx.at(at, format!("colour `{colour}` is already used at {first}; each dimension needs its own colour"));
        return None;
    }
    seen.insert(colour.clone(), cx.place(at));
    Some(colour)
}

fn band_index(key: &str) -> Option<usize> {
    BAND_KEYS.iter().position(|k| *k == key)
}

fn band_list() -> String {
    BAND_KEYS.join(", ")
}

fn read_bands(f: FileRef<'_>, errors: &mut Vec<ContentError>) -> Option<Vec<BandContent>> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let mut doc = cx.parse()?;
    let items = cx.take_array(&mut doc, "band");
    let _: Option<NoMore> = cx.rest(doc);
    let items = items?;

    let mut present = BTreeSet::new();
    let mut good: BTreeMap<usize, BandContent> = BTreeMap::new();
    for item in items {
        let raw_band = raw_key(&item, band_index);
        if let Some((i, at)) = raw_band.filter(|(i, _)| present.contains(i)) {
            cx.at(at, format!("band `{}` is listed twice", BAND_KEYS[i]));
            continue;
        }
        present.extend(raw_band.map(|(i, _)| i));
        let Some(raw) = cx.de::<RawBand>(item) else { continue };
        let index = band_index(raw.key.get_ref());
        if index.is_none() {
            cx.at(
                raw.key.span().start,
                format!("unknown band `{}`; expected one of {}", raw.key.get_ref(), band_list()),
            );
        }
        let name = cx.text("name", &raw.name);
        let summary = cx.text("summary", &raw.summary);
        if let (Some(index), Some(name), Some(summary)) = (index, name, summary) {
            good.insert(index, BandContent { key: raw.key.into_inner(), name, summary });
        }
    }
    for (i, key) in BAND_KEYS.iter().enumerate() {
        if !present.contains(&i) {
            cx.whole(format!("band `{key}` is missing"));
        }
    }
    (good.len() == BAND_KEYS.len()).then(|| good.into_values().collect())
}

fn read_child_indicators(
    f: FileRef<'_>,
    dimension: Dimension,
    keys: &mut Keys,
    errors: &mut Vec<ContentError>,
) -> Vec<ChildIndicator> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let Some(mut doc) = cx.parse() else {
        return Vec::new();
    };
    let items = cx.take_array(&mut doc, "indicator");
    if let Some(head) = cx.rest::<RawChildHead>(doc) {
        let said = head.dimension.get_ref();
        if said != dimension.key() {
            let reason = match Dimension::parse(said) {
                Some(_) => {
                    format!("this file holds the `{}` indicators but says dimension = \"{said}\"", dimension.key())
                }
                None => format!("unknown dimension `{said}`; this file must say dimension = \"{}\"", dimension.key()),
            };
            cx.at(head.dimension.span().start, reason);
        }
    }
    let Some(items) = items else {
        return Vec::new();
    };

    let mut per_band = [0usize; BAND_KEYS.len()];
    let mut out = Vec::new();
    for item in items {
        if let Some(i) = raw_str(&item, "band").and_then(band_index) {
            per_band[i] += 1;
        }
        let Some(raw) = cx.de::<RawChildIndicator>(item) else { continue };
        let key = keys.claim(&mut cx, &raw.key);
        let band = if band_index(raw.band.get_ref()).is_some() {
            Some(raw.band.get_ref().clone())
        } else {
            cx.at(
                raw.band.span().start,
                format!("unknown band `{}`; expected one of {}", raw.band.get_ref(), band_list()),
            );
            None
        };
        let text = cx.text("text", &raw.text);
        let evidence = cx.text("evidence", &raw.evidence);
        if let (Some(key), Some(band), Some(text), Some(evidence)) = (key, band, text, evidence) {
            out.push(ChildIndicator { key, dimension, band, text, evidence });
        }
    }
    for (band, n) in BAND_KEYS.iter().zip(per_band) {
        if n < MIN_CHILD_INDICATORS_PER_BAND {
            cx.whole(format!(
                "band `{band}` has {n} indicator{} for {}; at least {MIN_CHILD_INDICATORS_PER_BAND} are needed",
                if n == 1 { "" } else { "s" },
                dimension.key()
            ));
        }
    }
    out
}

fn read_caregiver_indicators(
    f: FileRef<'_>,
    keys: &mut Keys,
    errors: &mut Vec<ContentError>,
) -> Vec<CaregiverIndicator> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let Some(mut doc) = cx.parse() else {
        return Vec::new();
    };
    let items = cx.take_array(&mut doc, "indicator");
    let _: Option<NoMore> = cx.rest(doc);
    let Some(items) = items else {
        return Vec::new();
    };

    let mut counts: BTreeMap<(Dimension, Aspect), usize> = BTreeMap::new();
    let mut out = Vec::new();
    for item in items {
        let raw_dimension = raw_str(&item, "dimension").and_then(Dimension::parse);
        let raw_aspect = raw_str(&item, "aspect").and_then(Aspect::parse);
        if let (Some(d), Some(a)) = (raw_dimension, raw_aspect) {
            *counts.entry((d, a)).or_default() += 1;
        }
        let Some(raw) = cx.de::<RawCaregiverIndicator>(item) else { continue };
        let key = keys.claim(&mut cx, &raw.key);
        let dimension = Dimension::parse(raw.dimension.get_ref());
        if dimension.is_none() {
            cx.at(
                raw.dimension.span().start,
                format!("unknown dimension `{}`; expected one of {}", raw.dimension.get_ref(), dimension_list()),
            );
        }
        let aspect = Aspect::parse(raw.aspect.get_ref());
        if aspect.is_none() {
            cx.at(
                raw.aspect.span().start,
                format!("unknown aspect `{}`; expected thinking_feeling or behaviour", raw.aspect.get_ref()),
            );
        }
        let care = check_care(&mut cx, &raw.care);
        let text = cx.text("text", &raw.text);
        let evidence = cx.text("evidence", &raw.evidence);
        if let (Some(key), Some(dimension), Some(aspect), Some((short_term, long_term)), Some(text), Some(evidence)) =
            (key, dimension, aspect, care, text, evidence)
        {
            out.push(CaregiverIndicator { key, dimension, aspect, short_term, long_term, text, evidence });
        }
    }
    for d in Dimension::ALL {
        for a in Aspect::ALL {
            if counts.get(&(d, a)).copied().unwrap_or(0) == 0 {
                cx.whole(format!("dimension `{}` has no `{}` indicator; at least one is needed", d.key(), a.key()));
            }
        }
    }
    out
}

/// `care` must name at least one of short_term and long_term, each once.
fn check_care(cx: &mut FileCx<'_>, care: &Spanned<Vec<Spanned<String>>>) -> Option<(bool, bool)> {
    let mut short_term = false;
    let mut long_term = false;
    let mut ok = true;
    for value in care.get_ref() {
        let flag = match value.get_ref().as_str() {
            SHORT_TERM => &mut short_term,
            LONG_TERM => &mut long_term,
            other => {
                cx.at(value.span().start, format!("unknown care `{other}`; expected {SHORT_TERM} or {LONG_TERM}"));
                ok = false;
                continue;
            }
        };
        if *flag {
            cx.at(value.span().start, format!("`{}` is listed twice in `care`", value.get_ref()));
            ok = false;
        }
        *flag = true;
    }
    if care.get_ref().is_empty() {
        cx.at(care.span().start, format!("`care` must name at least one of {SHORT_TERM} and {LONG_TERM}"));
        ok = false;
    }
    ok.then_some((short_term, long_term))
}

type Scales = (Vec<Scale>, Vec<Scale>);

fn read_ratings(f: FileRef<'_>, errors: &mut Vec<ContentError>) -> Option<Scales> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let mut doc = cx.parse()?;
    let child = read_scale_group(&mut cx, &mut doc, "child", &CHILD_SCALE_KEYS);
    let caregiver = read_scale_group(&mut cx, &mut doc, "caregiver", &CAREGIVER_SCALE_KEYS);
    let _: Option<NoMore> = cx.rest(doc);
    Some((child?, caregiver?))
}

fn read_scale_group(
    cx: &mut FileCx<'_>,
    doc: &mut Spanned<DeTable<'_>>,
    group: &str,
    expected: &[&str],
) -> Option<Vec<Scale>> {
    let Some(value) = doc.get_mut().remove(group) else {
        cx.whole(format!("missing `[{group}.*]` scales; expected {}", expected.join(", ")));
        return None;
    };
    let span = value.span();
    let DeValue::Table(table) = value.into_inner() else {
        cx.at(span.start, format!("`{group}` must be a table of scales"));
        return None;
    };
    let mut found: BTreeMap<usize, Option<Scale>> = BTreeMap::new();
    for (key, value) in table {
        let key_at = key.span().start;
        let key = key.into_inner();
        let Some(index) = expected.iter().position(|k| *k == key) else {
            cx.at(key_at, format!("unknown {group} scale `{key}`; expected one of {}", expected.join(", ")));
            continue;
        };
        let scale = cx.de::<RawScale>(value).and_then(|raw| {
            let zero = cx.text("zero", &raw.zero);
            let five = cx.text("five", &raw.five);
            let ten = cx.text("ten", &raw.ten);
            Some(Scale { key: key.to_string(), zero: zero?, five: five?, ten: ten? })
        });
        found.insert(index, scale);
    }
    for (i, key) in expected.iter().enumerate() {
        if !found.contains_key(&i) {
            cx.whole(format!("missing scale `[{group}.{key}]`"));
        }
    }
    if found.len() != expected.len() {
        return None;
    }
    found.into_values().collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 4), (1, 5));
        assert_eq!(line_col(text, 6), (2, 1));
        // "bé = " is 6 bytes but 5 characters.
        assert_eq!(line_col(text, 12), (2, 6));
        // Inside the two bytes of é, and past the end: pulled back, never a panic.
        assert_eq!(line_col(text, 8), (2, 2));
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn paths_are_normalised() {
        assert_eq!(normalise_path("./secure-base/pack.toml"), "secure-base/pack.toml");
        assert_eq!(
            normalise_path("secure-base\\child-indicators\\availability.toml"),
            child_indicator_path(Dimension::Availability)
        );
    }
}
