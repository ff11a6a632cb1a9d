#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use super::*;
use crate::Dimension;

const COLOURS: [&str; 5] = ["#1f5fa8", "#7b3fa0", "#b04a00", "#2e7d32", "#c2185b"];

fn pack_toml() -> String {
    "version = \"test-1\"\nlanguage = \"en\"\ntitle = \"Test pack\"\n".to_owned()
}

fn dimensions_toml() -> String {
    let mut s = String::new();
    for (d, colour) in Dimension::ALL.into_iter().zip(COLOURS) {
        writeln!(
            s,
            "[[dimension]]\nkey = \"{}\"\nname = \"{}\"\nbenefit = \"{}\"\nexplanation = \"Why it matters.\"\ncolour = \"{colour}\"\n",
            d.key(),
            d.name(),
            d.benefit()
        )
        .unwrap();
    }
    s
}

fn bands_toml() -> String {
    let mut s = String::new();
    for key in BAND_KEYS {
        writeln!(s, "[[band]]\nkey = \"{key}\"\nname = \"Name of {key}\"\nsummary = \"What {key} looks like.\"\n")
            .unwrap();
    }
    s
}

fn indicator(key: &str, band: &str) -> String {
    format!("[[indicator]]\nkey = \"{key}\"\nband = \"{band}\"\ntext = \"Does {key}.\"\nevidence = \"Seen {key}.\"\n\n")
}

/// `per_band` indicators in every band, keyed `<dimension>-<band>-<n>` with `_` made `-`.
fn child_toml(d: Dimension, per_band: usize) -> String {
    let mut s = format!("dimension = \"{}\"\n\n", d.key());
    for band in BAND_KEYS {
        for n in 1..=per_band {
            s.push_str(&indicator(&child_key(d, band, n), band));
        }
    }
    s
}

fn child_key(d: Dimension, band: &str, n: usize) -> String {
    format!("{}-{}-{n}", d.key(), band).replace('_', "-")
}

fn caregiver_toml() -> String {
    let mut s = String::new();
    for d in Dimension::ALL {
        for (aspect, care) in
            [("thinking_feeling", "[\"long_term\"]"), ("behaviour", "[\"short_term\", \"long_term\"]")]
        {
            let key = format!("cg-{}-{}", d.key(), aspect).replace('_', "-");
            writeln!(
                s,
                "[[indicator]]\nkey = \"{key}\"\ndimension = \"{}\"\naspect = \"{aspect}\"\ncare = {care}\n\
                 text = \"Carer does something.\"\nevidence = \"An example.\"\n",
                d.key()
            )
            .unwrap();
        }
    }
    s
}

fn ratings_toml() -> String {
    let mut s = String::new();
    for (group, keys) in [("child", &CHILD_SCALE_KEYS[..]), ("caregiver", &CAREGIVER_SCALE_KEYS[..])] {
        for key in keys {
            writeln!(s, "[{group}.{key}]\nzero = \"None of it.\"\nfive = \"Some of it.\"\nten = \"All of it.\"\n")
                .unwrap();
        }
    }
    s
}

fn valid() -> Vec<ContentFile> {
    let mut files = vec![
        ContentFile::new(PACK_FILE, pack_toml()),
        ContentFile::new(DIMENSIONS_FILE, dimensions_toml()),
        ContentFile::new(BANDS_FILE, bands_toml()),
    ];
    for d in Dimension::ALL {
        files.push(ContentFile::new(child_indicator_path(d), child_toml(d, 6)));
    }
    files.push(ContentFile::new(CAREGIVER_FILE, caregiver_toml()));
    files.push(ContentFile::new(RATINGS_FILE, ratings_toml()));
    files
}

fn with(path: &str, text: impl Into<String>) -> Vec<ContentFile> {
    let text = text.into();
    let mut files = valid();
    let f = files.iter_mut().find(|f| f.path == path).expect("path is in the valid pack");
    f.text = text;
    files
}

fn text_of(path: &str) -> String {
    valid().into_iter().find(|f| f.path == path).unwrap().text
}

fn errors(files: &[ContentFile]) -> Vec<ContentError> {
    match load(files) {
        Ok(_) => panic!("expected the pack to be refused"),
        Err(e) => {
            assert!(!e.is_empty());
            e
        }
    }
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    text[..at].matches('\n').count() + 1
}

/// The one error whose reason contains `needle`; fails with the full list otherwise.
fn find<'a>(errors: &'a [ContentError], needle: &str) -> &'a ContentError {
    let hits: Vec<_> = errors.iter().filter(|e| e.reason.contains(needle)).collect();
    assert_eq!(hits.len(), 1, "wanted one error containing {needle:?}, got: {errors:#?}");
    hits[0]
}

#[test]
fn minimal_pack_loads() {
    let pack = load(&valid()).unwrap();
    assert_eq!(pack.version, "test-1");
    assert_eq!(pack.language, "en");
    assert_eq!(pack.dimensions.iter().map(|d| d.dimension).collect::<Vec<_>>(), Dimension::ALL);
    assert_eq!(pack.bands.iter().map(|b| b.key.as_str()).collect::<Vec<_>>(), BAND_KEYS);
    assert_eq!(pack.child_indicators.len(), 5 * 4 * 6);
    assert_eq!(pack.caregiver_indicators.len(), 10);
    assert_eq!(pack.child_scales.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(), CHILD_SCALE_KEYS);
    assert_eq!(pack.caregiver_scales.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(), CAREGIVER_SCALE_KEYS);

    let fm = pack.dimension(Dimension::FamilyMembership).unwrap();
    assert_eq!(fm.name, "Family membership");
    assert_eq!(fm.colour, "#c2185b");
    assert_eq!(pack.band("early_years").unwrap().name, "Name of early_years");
    let early: Vec<_> = pack.child_indicators_for(Dimension::Sensitivity, "early_years").collect();
    assert_eq!(early.len(), 6);
    assert_eq!(early[0].key, "sensitivity-early-years-1");
    assert_eq!(early[5].key, "sensitivity-early-years-6");
    assert!(early.iter().all(|i| i.dimension == Dimension::Sensitivity && i.band == "early_years"));
    assert_eq!(pack.child_indicators_for(Dimension::Sensitivity, "toddler").count(), 0);

    let cg: Vec<_> = pack.caregiver_indicators_for(Dimension::Cooperation).collect();
    assert_eq!(cg.len(), 2);
    assert_eq!((cg[0].aspect, cg[0].short_term, cg[0].long_term), (Aspect::ThinkingFeeling, false, true));
    assert_eq!((cg[1].aspect, cg[1].short_term, cg[1].long_term), (Aspect::Behaviour, true, true));
    assert_eq!(pack.child_scale(BIRTH_FAMILY).unwrap().ten, "All of it.");
    assert!(pack.caregiver_scale(BIRTH_FAMILY).is_none());
    assert!(pack.caregiver_scale("acceptance").is_some());
    assert!(pack.child_indicator("acceptance-infant-1").is_some());
    assert!(pack.caregiver_indicator("cg-acceptance-behaviour").is_some());
}

#[test]
fn aspect_keys_and_labels() {
    assert_eq!(Aspect::ThinkingFeeling.key(), "thinking_feeling");
    assert_eq!(Aspect::ThinkingFeeling.label(), "Thinking and feeling");
    assert_eq!(Aspect::Behaviour.key(), "behaviour");
    assert_eq!(Aspect::Behaviour.label(), "Behaviour");
    for a in Aspect::ALL {
        assert_eq!(Aspect::parse(a.key()), Some(a));
    }
    assert_eq!(Aspect::parse("feeling"), None);
}

#[test]
fn text_is_trimmed_on_load() {
    let text = text_of(PACK_FILE).replace("\"Test pack\"", "\"  Test pack \\n \"");
    let pack = load(&with(PACK_FILE, text)).unwrap();
    assert_eq!(pack.title, "Test pack");
}

#[test]
fn error_display_has_file_line_column_reason() {
    let e = ContentError { file: RATINGS_FILE.to_owned(), line: Some(12), column: Some(3), reason: "bad".to_owned() };
    assert_eq!(e.to_string(), "secure-base/ratings.toml:12:3: bad");
    let e = ContentError { file: RATINGS_FILE.to_owned(), line: None, column: None, reason: "missing file".to_owned() };
    assert_eq!(e.to_string(), "secure-base/ratings.toml: missing file");

    // And a real one: the position is where the offending value starts.
    let text = text_of(DIMENSIONS_FILE).replace("#7b3fa0", "purple");
    let errs = errors(&with(DIMENSIONS_FILE, text.clone()));
    let e = find(&errs, "must be written #rrggbb");
    let line = line_of(&text, "\"purple\"");
    assert_eq!(e.to_string(), format!("{DIMENSIONS_FILE}:{line}:10: colour `purple` must be written #rrggbb"));
}

#[test]
fn missing_dimension_is_named() {
    let text = dimensions_toml();
    let cut = text.find("[[dimension]]\nkey = \"family_membership\"").unwrap();
    let errs = errors(&with(DIMENSIONS_FILE, &text[..cut]));
    let e = find(&errs, "dimension `family_membership` is missing");
    assert_eq!((e.file.as_str(), e.line), (DIMENSIONS_FILE, None));
    assert_eq!(errs.len(), 1, "{errs:#?}");
}

#[test]
fn duplicate_and_unknown_dimensions_are_refused() {
    let text = dimensions_toml()
        .replace("key = \"sensitivity\"", "key = \"availability\"")
        .replace("key = \"acceptance\"", "key = \"team_membership\"");
    let errs = errors(&with(DIMENSIONS_FILE, text.clone()));
    let dup = find(&errs, "dimension `availability` is listed twice");
    assert_eq!(dup.line, Some(line_of(&text, "[[dimension]]\nkey = \"availability\"\nname = \"Sensitivity\"") + 1));
    let unknown = find(&errs, "unknown dimension `team_membership`");
    assert_eq!(unknown.line, Some(line_of(&text, "team_membership")));
    find(&errs, "dimension `sensitivity` is missing");
    find(&errs, "dimension `acceptance` is missing");
}

#[test]
fn bands_must_be_exactly_the_four() {
    let text = bands_toml().replace("key = \"infant\"", "key = \"baby\"");
    let errs = errors(&with(BANDS_FILE, text.clone()));
    assert_eq!(find(&errs, "unknown band `baby`").line, Some(line_of(&text, "baby")));
    find(&errs, "band `infant` is missing");

    let text = bands_toml().replace("key = \"adolescence\"", "key = \"infant\"");
    let errs = errors(&with(BANDS_FILE, text));
    find(&errs, "band `infant` is listed twice");
    find(&errs, "band `adolescence` is missing");
}

#[test]
fn duplicate_indicator_key_names_both_places() {
    let avail = child_indicator_path(Dimension::Availability);
    let sens = child_indicator_path(Dimension::Sensitivity);
    let first_key = child_key(Dimension::Availability, "infant", 2);
    let sens_text =
        child_toml(Dimension::Sensitivity, 6).replace(&child_key(Dimension::Sensitivity, "adolescence", 3), &first_key);
    let mut files = with(&sens, sens_text.clone());
    // A caregiver indicator reusing a child key is refused too: keys are unique pack-wide.
    let cg = caregiver_toml().replace("cg-availability-behaviour", &child_key(Dimension::Cooperation, "infant", 1));
    files.iter_mut().find(|f| f.path == CAREGIVER_FILE).unwrap().text = cg;

    let errs = errors(&files);
    let e = find(&errs, &format!("indicator key `{first_key}` is used twice"));
    assert_eq!(e.file, sens);
    assert_eq!(e.line, Some(line_of(&sens_text, &format!("\"{first_key}\""))));
    let avail_text = child_toml(Dimension::Availability, 6);
    let first_line = line_of(&avail_text, &format!("\"{first_key}\""));
    assert!(e.reason.contains(&format!("first at {avail}:{first_line}:7")), "{e}");

    let e = find(&errs, "indicator key `cooperation-infant-1` is used twice");
    assert_eq!(e.file, CAREGIVER_FILE);
    assert_eq!(errs.len(), 2, "{errs:#?}");
}

#[test]
fn unknown_and_missing_fields_are_refused_per_entry() {
    let path = child_indicator_path(Dimension::Acceptance);
    let k1 = child_key(Dimension::Acceptance, "infant", 1);
    let k2 = child_key(Dimension::Acceptance, "middle_childhood", 4);
    let text = child_toml(Dimension::Acceptance, 6)
        .replace(&format!("text = \"Does {k1}.\""), &format!("txt = \"Does {k1}.\""))
        .replace(&format!("evidence = \"Seen {k2}.\"\n"), "");
    let errs = errors(&with(&path, text.clone()));
    // Both faulty entries are reported: one bad entry does not hide the next.
    let unknown = find(&errs, "unknown field `txt`");
    assert_eq!((unknown.file.as_str(), unknown.line), (path.as_str(), Some(line_of(&text, "txt ="))));
    assert_eq!(unknown.column, Some(1));
    let missing = find(&errs, "missing field `evidence`");
    assert_eq!(missing.file, path);
    assert!(missing.line.is_some());
    // Each band still has at least five, so no count error follows from the two faulty entries.
    assert_eq!(errs.len(), 2, "{errs:#?}");
}

#[test]
fn unknown_top_level_keys_are_refused() {
    let text = format!("{}colour_scheme = \"bright\"\n", pack_toml());
    let errs = errors(&with(PACK_FILE, text.clone()));
    assert_eq!(find(&errs, "unknown field `colour_scheme`").line, Some(line_of(&text, "colour_scheme")));

    let path = child_indicator_path(Dimension::Cooperation);
    let text = format!("notes = \"x\"\n{}", child_toml(Dimension::Cooperation, 6));
    let errs = errors(&with(&path, text));
    assert_eq!(find(&errs, "unknown field `notes`").line, Some(1));
}

#[test]
fn unknown_band_on_an_indicator_is_refused() {
    let path = child_indicator_path(Dimension::Cooperation);
    let text = child_toml(Dimension::Cooperation, 6).replacen("band = \"infant\"", "band = \"toddler\"", 1);
    let errs = errors(&with(&path, text.clone()));
    let e = find(&errs, "unknown band `toddler`");
    assert_eq!((e.file.as_str(), e.line, e.column), (path.as_str(), Some(line_of(&text, "toddler")), Some(8)));
    assert_eq!(errs.len(), 1, "five infant indicators remain, so no count error: {errs:#?}");
}

#[test]
fn file_dimension_must_match_file_name() {
    let path = child_indicator_path(Dimension::Sensitivity);
    let text =
        child_toml(Dimension::Sensitivity, 6).replace("dimension = \"sensitivity\"", "dimension = \"availability\"");
    let errs = errors(&with(&path, text));
    let e = find(&errs, "holds the `sensitivity` indicators but says dimension = \"availability\"");
    assert_eq!((e.file.as_str(), e.line, e.column), (path.as_str(), Some(1), Some(13)));

    let text = child_toml(Dimension::Sensitivity, 6).replace("dimension = \"sensitivity\"", "dimension = \"warmth\"");
    let errs = errors(&with(&path, text));
    find(&errs, "unknown dimension `warmth`");

    let text = child_toml(Dimension::Sensitivity, 6).replace("dimension = \"sensitivity\"\n", "");
    let errs = errors(&with(&path, text));
    find(&errs, "missing field `dimension`");
}

#[test]
fn too_few_indicators_for_a_band() {
    let path = child_indicator_path(Dimension::FamilyMembership);
    let mut text = String::from("dimension = \"family_membership\"\n");
    for band in BAND_KEYS {
        let n = if band == "adolescence" { 4 } else { 5 };
        for i in 1..=n {
            text.push_str(&indicator(&child_key(Dimension::FamilyMembership, band, i), band));
        }
    }
    let errs = errors(&with(&path, text));
    let e = find(&errs, "band `adolescence` has 4 indicators for family_membership; at least 5 are needed");
    assert_eq!((e.file.as_str(), e.line), (path.as_str(), None));
    assert_eq!(errs.len(), 1, "five is enough for the other bands: {errs:#?}");

    let text = "dimension = \"family_membership\"\n".to_owned() + &indicator("fm-one", "infant");
    let errs = errors(&with(&path, text));
    find(&errs, "band `infant` has 1 indicator for");
    find(&errs, "band `early_years` has 0 indicators for");
}

#[test]
fn indicator_keys_must_match_the_pattern() {
    let path = child_indicator_path(Dimension::Availability);
    let bad = child_key(Dimension::Availability, "infant", 1);
    let text = child_toml(Dimension::Availability, 6).replace(&format!("\"{bad}\""), "\"Av_Inf_1\"");
    let errs = errors(&with(&path, text.clone()));
    let e = find(&errs, "indicator key `Av_Inf_1` must be lower-case");
    assert_eq!(e.line, Some(line_of(&text, "Av_Inf_1")));
}

#[test]
fn colours_must_be_hex_readable_and_distinct() {
    let bad = dimensions_toml().replace("#1f5fa8", "#1f5fa");
    find(&errors(&with(DIMENSIONS_FILE, bad)), "colour `#1f5fa` must be written #rrggbb");

    // Yellow on white is about 1.07:1: unreadable as a chart line.
    let text = dimensions_toml().replace("#2e7d32", "#ffff00");
    let errs = errors(&with(DIMENSIONS_FILE, text.clone()));
    let e = find(&errs, "colour `#ffff00` has contrast 1.07:1 against white");
    assert_eq!(e.line, Some(line_of(&text, "#ffff00")));

    let text = dimensions_toml().replace("#c2185b", "#1F5FA8");
    let errs = errors(&with(DIMENSIONS_FILE, text.clone()));
    let e = find(&errs, "colour `#1f5fa8` is already used at secure-base/dimensions.toml:");
    assert_eq!(e.line, Some(line_of(&text, "#1F5FA8")));

    // Upper case is accepted and stored in lower case.
    let text = dimensions_toml().replace("#c2185b", "#C2185B");
    let pack = load(&with(DIMENSIONS_FILE, text)).unwrap();
    assert_eq!(pack.dimension(Dimension::FamilyMembership).unwrap().colour, "#c2185b");
}

#[test]
fn text_fields_must_be_present_and_bounded() {
    let long = "x".repeat(501);
    let text = bands_toml()
        .replace("summary = \"What infant looks like.\"", &format!("summary = \"{long}\""))
        .replace("name = \"Name of adolescence\"", "name = \"   \"");
    let errs = errors(&with(BANDS_FILE, text));
    find(&errs, "`summary` must be 500 characters or fewer");
    find(&errs, "`name` must not be empty");

    let text = text_of(PACK_FILE).replace("version = \"test-1\"", "version = \"\"");
    let errs = errors(&with(PACK_FILE, text));
    let e = find(&errs, "`version` must not be empty");
    assert_eq!(e.line, Some(1));
}

#[test]
fn caregiver_rules() {
    let base = caregiver_toml();
    // care: empty, unknown value, duplicate value.
    let text = base
        .replacen("care = [\"long_term\"]", "care = []", 1)
        .replacen("care = [\"long_term\"]", "care = [\"respite\"]", 1)
        .replacen("care = [\"short_term\", \"long_term\"]", "care = [\"short_term\", \"short_term\"]", 1);
    let errs = errors(&with(CAREGIVER_FILE, text.clone()));
    assert_eq!(find(&errs, "`care` must name at least one").line, Some(line_of(&text, "care = []")));
    assert_eq!(find(&errs, "unknown care `respite`").line, Some(line_of(&text, "respite")));
    find(&errs, "`short_term` is listed twice in `care`");

    // Every dimension needs both aspects; a bad aspect is named where it is.
    let text = base.replacen("aspect = \"behaviour\"", "aspect = \"doing\"", 1);
    let errs = errors(&with(CAREGIVER_FILE, text.clone()));
    assert_eq!(find(&errs, "unknown aspect `doing`").line, Some(line_of(&text, "doing")));
    find(&errs, "dimension `availability` has no `behaviour` indicator");
    assert_eq!(errs.len(), 2, "{errs:#?}");

    let text = base.replace("dimension = \"acceptance\"", "dimension = \"warmth\"");
    let errs = errors(&with(CAREGIVER_FILE, text));
    assert_eq!(errs.iter().filter(|e| e.reason.contains("unknown dimension `warmth`")).count(), 2);
    find(&errs, "dimension `acceptance` has no `thinking_feeling` indicator");
    find(&errs, "dimension `acceptance` has no `behaviour` indicator");
}

#[test]
fn ratings_need_exactly_the_listed_scales() {
    let text = ratings_toml().replace("[child.birth_family]", "[child.birth_family_extra]");
    let errs = errors(&with(RATINGS_FILE, text.clone()));
    find(&errs, "missing scale `[child.birth_family]`");
    assert_eq!(
        find(&errs, "unknown child scale `birth_family_extra`").line,
        Some(line_of(&text, "birth_family_extra"))
    );

    // Two faults in two scales: both reported. A missing field points at the scale's header.
    let text = ratings_toml()
        .replace(
            "[child.cooperation]\nzero = \"None of it.\"\nfive = \"Some of it.\"\nten = \"All of it.\"\n",
            "[child.cooperation]\nzero = \"None of it.\"\nfive = \"Some of it.\"\n",
        )
        .replace(
            "[caregiver.sensitivity]\nzero = \"None of it.\"\nfive = \"Some of it.\"",
            "[caregiver.sensitivity]\nzero = \"None of it.\"\nfive = \"\"",
        );
    let errs = errors(&with(RATINGS_FILE, text.clone()));
    assert_eq!(find(&errs, "missing field `ten`").line, Some(line_of(&text, "[child.cooperation]")));
    assert_eq!(find(&errs, "`five` must not be empty").line, Some(line_of(&text, "[caregiver.sensitivity]") + 2));
    assert_eq!(errs.len(), 2, "{errs:#?}");

    let text = ratings_toml().replace("[caregiver.", "[carer.");
    let errs = errors(&with(RATINGS_FILE, text));
    find(&errs, "missing `[caregiver.*]` scales");
    find(&errs, "unknown field `carer`");

    // The birth-family scale is for children only.
    let text = format!("{}[caregiver.birth_family]\nzero = \"a\"\nfive = \"b\"\nten = \"c\"\n", ratings_toml());
    find(&errors(&with(RATINGS_FILE, text)), "unknown caregiver scale `birth_family`");
}

#[test]
fn syntax_error_reports_its_line() {
    let text = dimensions_toml().replacen("name = \"Sensitivity\"", "name = \"Sensitivity", 1);
    let errs = errors(&with(DIMENSIONS_FILE, text.clone()));
    assert!(errs.iter().all(|e| e.file == DIMENSIONS_FILE), "{errs:#?}");
    assert_eq!(errs[0].line, Some(line_of(&text, "name = \"Sensitivity")), "{errs:#?}");
    assert!(errs[0].column.is_some());

    let path = child_indicator_path(Dimension::Acceptance);
    let text = child_toml(Dimension::Acceptance, 6).replacen("[[indicator]]", "[[indicator]", 1);
    let errs = errors(&with(&path, text.clone()));
    assert_eq!(errs[0].file, path);
    assert_eq!(errs[0].line, Some(line_of(&text, "[[indicator]\n")), "{errs:#?}");
}

#[test]
fn missing_file_is_named() {
    let files: Vec<_> = valid().into_iter().filter(|f| f.path != RATINGS_FILE).collect();
    let errs = errors(&files);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].to_string(), "secure-base/ratings.toml: missing file");

    let errs = errors(&[]);
    assert_eq!(errs.len(), expected_paths().len());
    assert!(errs.iter().all(|e| e.reason == "missing file"));
}

#[test]
fn unexpected_files() {
    let mut files = valid();
    files.push(ContentFile::new("secure-base/child-indicators/team_membership.toml", "dimension = \"x\"\n"));
    // Notes and files outside the pack folder are the editors' own business.
    files.push(ContentFile::new("secure-base/NOTES.md", "draft wording"));
    files.push(ContentFile::new("README.md", "about the pack"));
    files.push(ContentFile::new("other-pack/pack.toml", "x = 1"));
    let errs = errors(&files);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].file, "secure-base/child-indicators/team_membership.toml");
    assert!(errs[0].reason.starts_with("unexpected file"));

    let mut files = valid();
    files.push(ContentFile::new(PACK_FILE, pack_toml()));
    find(&errors(&files), "supplied twice");

    // Paths written the Windows way or with a leading ./ are the same files.
    let files: Vec<_> =
        valid().into_iter().map(|f| ContentFile::new(format!("./{}", f.path.replace('/', "\\")), f.text)).collect();
    assert!(load(&files).is_ok());
}

#[test]
fn all_problems_are_collected_at_once() {
    let mut files = valid();
    files.retain(|f| f.path != BANDS_FILE);
    for f in &mut files {
        if f.path == DIMENSIONS_FILE {
            f.text = f.text.replace("#7b3fa0", "#eeeeee");
        }
        if f.path == RATINGS_FILE {
            f.text = f.text.replace("[caregiver.acceptance]", "[caregiver.warmth]");
        }
        if f.path == child_indicator_path(Dimension::Cooperation) {
            f.text = f.text.replace("dimension = \"cooperation\"", "dimension = \"sensitivity\"");
        }
    }
    let errs = errors(&files);
    let files_named: BTreeSet<_> = errs.iter().map(|e| e.file.as_str()).collect();
    let cooperation = child_indicator_path(Dimension::Cooperation);
    let want: BTreeSet<_> = [BANDS_FILE, DIMENSIONS_FILE, RATINGS_FILE, cooperation.as_str()].into_iter().collect();
    assert_eq!(files_named, want, "{errs:#?}");
    // Errors come in the order the files are checked.
    assert_eq!(errs[0].file, DIMENSIONS_FILE);
    assert_eq!(errs.last().unwrap().file, RATINGS_FILE);
}

// ----- The shipped pack -----

/// The English pack's folder (the Norwegian one is checked against it in `languages`).
fn content_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/en"))
}

fn read_dir_files(root: &Path, dir: &Path, out: &mut Vec<ContentFile>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_dir_files(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let rel = path.strip_prefix(root).unwrap();
            let rel = rel.components().map(|c| c.as_os_str().to_str().unwrap()).collect::<Vec<_>>().join("/");
            out.push(ContentFile::new(rel, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

fn disk_files() -> Vec<ContentFile> {
    let mut files = Vec::new();
    read_dir_files(content_root(), content_root(), &mut files);
    // The assessment pack's own folder; the support pack beside it has its own checks.
    files.retain(|f| f.path.starts_with(crate::content::PACK_DIR));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn shipped() -> ContentPack {
    match load(&disk_files()) {
        Ok(p) => p,
        Err(errs) => {
            let list: Vec<_> = errs.iter().map(ToString::to_string).collect();
            panic!("the shipped pack has problems:\n{}", list.join("\n"));
        }
    }
}

#[test]
fn shipped_pack_loads_cleanly() {
    let pack = shipped();
    assert_eq!(pack.version, "2026.12.1");
    assert_eq!(pack.language, "en");
    assert_eq!(pack.title, "Secure Base practice content");
    for d in Dimension::ALL {
        let c = pack.dimension(d).unwrap();
        // The English pack uses the product's own names for the dimensions.
        assert_eq!((c.name.as_str(), c.benefit.as_str()), (d.name(), d.benefit()));
        let sentences = c.explanation.matches(". ").count() + 1;
        assert!((2..=4).contains(&sentences), "{}: {sentences} sentences", d.key());
        for band in BAND_KEYS {
            let n = pack.child_indicators_for(d, band).count();
            assert!(n >= 6, "{} {band}: {n}", d.key());
        }
    }
    let names: Vec<_> = pack.bands.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["0 to 18 months", "19 months to 4 years", "5 to 10 years", "11 to 18 years"]);
}

#[test]
fn shipped_indicators_are_well_formed() {
    let pack = shipped();
    for i in &pack.child_indicators {
        // One sentence each, as written for a checklist line.
        assert!(i.text.ends_with('.'), "{}", i.key);
        assert!(i.evidence.ends_with('.'), "{}", i.key);
    }
    // Strengths-based wording for difficulties being overcome appears in every dimension.
    for d in Dimension::ALL {
        assert!(
            pack.child_indicators.iter().any(|i| i.dimension == d && i.text.contains("is beginning to")),
            "{}",
            d.key()
        );
    }
    for d in Dimension::ALL {
        let cg: Vec<_> = pack.caregiver_indicators_for(d).collect();
        let tf = cg.iter().filter(|i| i.aspect == Aspect::ThinkingFeeling).count();
        let b = cg.iter().filter(|i| i.aspect == Aspect::Behaviour).count();
        assert!(tf >= 3 && b >= 3, "{}: {tf} thinking/feeling, {b} behaviour", d.key());
        assert!(cg.iter().any(|i| i.long_term && !i.short_term), "{}: no long-term-only indicator", d.key());
        assert!(cg.iter().any(|i| i.short_term && !i.long_term), "{}: no short-term-only indicator", d.key());
    }
}

#[test]
fn shipped_colours_are_clearly_distinct() {
    let pack = shipped();
    let rgb = |hex: &str| -> [f64; 3] { [1, 3, 5].map(|i| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap())) };
    for (i, a) in pack.dimensions.iter().enumerate() {
        assert!(contrast_with_white(&a.colour).unwrap() >= MIN_CONTRAST_WITH_WHITE);
        for b in &pack.dimensions[i + 1..] {
            let (x, y) = (rgb(&a.colour), rgb(&b.colour));
            let dist = x.iter().zip(y).map(|(p, q)| (p - q).powi(2)).sum::<f64>().sqrt();
            assert!(dist > 80.0, "{} and {} are too alike ({dist:.0})", a.colour, b.colour);
        }
    }
}

#[test]
fn embedded_copy_matches_disk() {
    let mut embedded = embedded_files();
    embedded.sort_by(|a, b| a.path.cmp(&b.path));
    let disk = disk_files();
    assert_eq!(
        embedded.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
        disk.iter().map(|f| f.path.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(embedded, disk);
    let mut expected = expected_paths();
    expected.sort();
    assert_eq!(embedded.iter().map(|f| f.path.clone()).collect::<Vec<_>>(), expected);
    assert_eq!(embedded_pack().unwrap(), shipped());
    // And every language's files, as the built-in copy holds them, are the files on disk.
    let mut all = Vec::new();
    let root = content_root().parent().unwrap();
    for l in crate::Language::ALL {
        read_dir_files(root, &root.join(l.code()), &mut all);
    }
    all.sort_by(|a, b| a.path.cmp(&b.path));
    // Both packs' built-in copies together are every file on disk: nothing shipped is left out.
    let mut embedded_all = crate::content::embedded_language_files();
    embedded_all.extend(crate::support::embedded_support_files());
    embedded_all.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(embedded_all, all);
}

/// The evidence hints ask only for sources that exist: securebase has no carers' log yet, so no
/// hint may send a worker to look for one there.
#[test]
fn evidence_hints_name_no_feature_still_to_come() {
    let pack = shipped();
    let hints = pack
        .child_indicators
        .iter()
        .map(|i| (&i.key, &i.evidence, &i.text))
        .chain(pack.caregiver_indicators.iter().map(|i| (&i.key, &i.evidence, &i.text)));
    for (key, evidence, text) in hints {
        for words in [evidence, text] {
            let words = words.to_lowercase();
            let mentions_log = words
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "log" | "logs" | "logged" | "interview" | "interviews"));
            assert!(!mentions_log, "{key} sends the worker to a feature securebase does not have yet: {words}");
        }
    }
    // The same in Norwegian: no «logg» and no «intervju».
    let nb = crate::content::embedded_packs().unwrap();
    let nb = nb.get(crate::Language::Nb);
    let hints = nb
        .child_indicators
        .iter()
        .map(|i| (&i.key, &i.evidence, &i.text))
        .chain(nb.caregiver_indicators.iter().map(|i| (&i.key, &i.evidence, &i.text)));
    for (key, evidence, text) in hints {
        for words in [evidence, text] {
            let words = words.to_lowercase();
            let mentions_log =
                words.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with("logg") || w.starts_with("intervju"));
            assert!(!mentions_log, "{key} (nb) sends the worker to a feature securebase does not have yet: {words}");
        }
    }
}
