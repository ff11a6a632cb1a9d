//! Property tests for the content checks, starting from the shipped pack: each breaks the pack in
//! one way chosen at random (which indicator, which table, which line) and expects the loader to
//! refuse it with an error that points an editor at the exact place, or, for changes that keep
//! the pack valid, to load it with nothing lost.
//!
//! The files are edited as lines, cut at their table headers, which is how a person edits them;
//! going through a TOML writer would re-format the files and move every line number. The shipped
//! files keep every value on one line and only headers start with `[`, which this relies on (a
//! test below checks it).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::Index;

use super::*;
use crate::Dimension;

/// One file of the pack, cut at its table headers: the lines before the first header (the
/// file's root table and its comments), then each table from its header to the next header.
#[derive(Debug, Clone)]
struct Cut {
    path: String,
    head: Vec<String>,
    tables: Vec<Vec<String>>,
}

impl Cut {
    fn new(f: &ContentFile) -> Cut {
        let mut head = Vec::new();
        let mut tables: Vec<Vec<String>> = Vec::new();
        for line in f.text.lines() {
            if line.starts_with('[') {
                tables.push(vec![line.to_owned()]);
            } else if let Some(t) = tables.last_mut() {
                t.push(line.to_owned());
            } else {
                head.push(line.to_owned());
            }
        }
        Cut { path: f.path.clone(), head, tables }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        for line in self.head.iter().chain(self.tables.iter().flatten()) {
            out.push_str(line);
            out.push('\n');
        }
        out
    }

    /// 1-based line number of line `i` of table `t` (0 is its header).
    fn line(&self, t: usize, i: usize) -> usize {
        self.head.len() + self.tables[..t].iter().map(Vec::len).sum::<usize>() + i + 1
    }

    /// Indices of the `[[indicator]]` tables, in file order.
    fn indicators(&self) -> Vec<usize> {
        (0..self.tables.len()).filter(|t| self.tables[*t][0] == "[[indicator]]").collect()
    }
}

/// The string value of `name` in a table's lines, and the line it is on.
fn field<'a>(lines: &'a [String], name: &str) -> Option<(usize, &'a str)> {
    let prefix = format!("{name} = \"");
    lines.iter().enumerate().find_map(|(i, l)| Some((i, l.strip_prefix(&prefix)?.strip_suffix('"')?)))
}

fn shipped() -> Vec<Cut> {
    embedded_files().iter().map(Cut::new).collect()
}

fn load_cuts(cuts: &[Cut]) -> Result<ContentPack, Vec<ContentError>> {
    let files: Vec<ContentFile> = cuts.iter().map(|c| ContentFile::new(c.path.clone(), c.text())).collect();
    load(&files)
}

fn refused(cuts: &[Cut]) -> Result<Vec<ContentError>, TestCaseError> {
    match load_cuts(cuts) {
        Ok(_) => Err(TestCaseError::fail("the pack was accepted")),
        Err(e) => Ok(e),
    }
}

fn loads(cuts: &[Cut]) -> Result<ContentPack, TestCaseError> {
    load_cuts(cuts).map_err(|errs| {
        let list: Vec<String> = errs.iter().map(ToString::to_string).collect();
        TestCaseError::fail(format!("the pack was refused: {}", list.join("; ")))
    })
}

fn file_index(cuts: &[Cut], path: &str) -> usize {
    cuts.iter().position(|c| c.path == path).unwrap()
}

/// Every indicator in the pack as (file, table), in the order the loader reads them.
fn all_indicators(cuts: &[Cut]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for path in expected_paths() {
        let f = file_index(cuts, &path);
        out.extend(cuts[f].indicators().into_iter().map(|t| (f, t)));
    }
    out
}

/// The keys a table may hold. `None` for a table this test does not know, which fails it: a
/// new kind of table in the pack should get its own rule here.
fn allowed_keys(path: &str, header: Option<&str>) -> &'static [&'static str] {
    let child_file = path.starts_with("secure-base/child-indicators/");
    match (path, header) {
        (PACK_FILE, None) => &["version", "language", "title"],
        (DIMENSIONS_FILE, None) => &["dimension"],
        (DIMENSIONS_FILE, Some("[[dimension]]")) => &["key", "name", "benefit", "explanation", "colour"],
        (BANDS_FILE, None) => &["band"],
        (BANDS_FILE, Some("[[band]]")) => &["key", "name", "summary"],
        (CAREGIVER_FILE, None) => &["indicator"],
        (CAREGIVER_FILE, Some("[[indicator]]")) => &["key", "dimension", "aspect", "care", "text", "evidence"],
        (RATINGS_FILE, None) => &["child", "caregiver"],
        (RATINGS_FILE, Some(h)) if h.starts_with("[child.") || h.starts_with("[caregiver.") => &["zero", "five", "ten"],
        (_, None) if child_file => &["dimension", "indicator"],
        (_, Some("[[indicator]]")) if child_file => &["key", "band", "text", "evidence"],
        _ => panic!("no rule for a table {header:?} in {path}"),
    }
}

fn cases(n: u32) -> ProptestConfig {
    // Each case loads the whole pack (some 160 indicators) once or twice; a few dozen cases per
    // property cover every file and kind of table many times over and keep the suite quick.
    ProptestConfig { cases: n, failure_persistence: None, ..ProptestConfig::default() }
}

#[test]
fn the_shipped_files_cut_cleanly() {
    let cuts = shipped();
    assert_eq!(cuts.len(), expected_paths().len());
    for (cut, f) in cuts.iter().zip(embedded_files()) {
        assert_eq!(cut.text(), f.text, "{} comes back as it was", f.path);
        // One value per line: a line inside a multi-line value would not be a place to insert.
        assert!(!f.text.contains("\"\"\"") && !f.text.contains("'''"), "{}", f.path);
        for t in &cut.tables {
            allowed_keys(&cut.path, Some(&t[0]));
        }
    }
    assert!(load_cuts(&cuts).is_ok());
    assert_eq!(all_indicators(&cuts).len(), 5 * 4 * 6 + 1 + 37, "the pack this was written against");
}

proptest! {
    #![proptest_config(cases(48))]

    /// Trimming a band down to the minimum is fine; taking away any one more of what is left is
    /// refused, naming the file, the dimension and the band.
    #[test]
    fn a_band_below_the_minimum_is_refused(
        d in 0..Dimension::ALL.len(),
        b in 0..BAND_KEYS.len(),
        order in Just((0..16).collect::<Vec<usize>>()).prop_shuffle(),
        victim in any::<Index>(),
    ) {
        let (dimension, band) = (Dimension::ALL[d], BAND_KEYS[b]);
        let path = child_indicator_path(dimension);
        let mut cuts = shipped();
        let f = file_index(&cuts, &path);
        let in_band: Vec<usize> = cuts[f]
            .indicators()
            .into_iter()
            .filter(|t| field(&cuts[f].tables[*t], "band").map(|(_, v)| v) == Some(band))
            .collect();
        prop_assert!(in_band.len() > MIN_CHILD_INDICATORS_PER_BAND, "the shipped pack has spares");
        // A random choice of which ones stay.
        let shuffled: Vec<usize> = order.into_iter().filter(|i| *i < in_band.len()).map(|i| in_band[i]).collect();
        let (kept, spare) = shuffled.split_at(MIN_CHILD_INDICATORS_PER_BAND);
        let key_of = |cuts: &[Cut], t: usize| field(&cuts[f].tables[t], "key").unwrap().1.to_owned();
        let gone: Vec<String> = spare.iter().map(|t| key_of(&cuts, *t)).collect();
        let victim = kept[victim.index(kept.len())];
        let victim_key = key_of(&cuts, victim);

        let mut trimmed = cuts.clone();
        let mut drop: Vec<usize> = spare.to_vec();
        drop.sort_unstable();
        for t in drop.iter().rev() {
            trimmed[f].tables.remove(*t);
        }
        let pack = loads(&trimmed)?;
        prop_assert_eq!(pack.child_indicators_for(dimension, band).count(), MIN_CHILD_INDICATORS_PER_BAND);
        prop_assert!(gone.iter().all(|k| pack.child_indicator(k).is_none()));

        drop.push(victim);
        drop.sort_unstable();
        for t in drop.iter().rev() {
            cuts[f].tables.remove(*t);
        }
        let quoted = format!("\"{victim_key}\"");
        prop_assert!(!cuts[f].text().contains(&quoted));
        let errs = refused(&cuts)?;
        prop_assert_eq!(errs.len(), 1, "{:?}", errs);
        let e = &errs[0];
        prop_assert_eq!(&e.file, &path);
        let n = MIN_CHILD_INDICATORS_PER_BAND - 1;
        let want = format!("band `{band}` has {n} indicators for {}; at least", dimension.key());
        prop_assert!(e.reason.contains(&want), "{}", e);
        prop_assert!(e.to_string().starts_with(&format!("{path}: ")), "{}", e);
    }

    /// The caregiver rule is one indicator per dimension and aspect: down to one is fine, none
    /// is refused, naming the file, the dimension and the aspect.
    #[test]
    fn a_caregiver_aspect_left_empty_is_refused(
        d in 0..Dimension::ALL.len(),
        a in 0..Aspect::ALL.len(),
        last in any::<Index>(),
    ) {
        let (dimension, aspect) = (Dimension::ALL[d], Aspect::ALL[a]);
        let mut cuts = shipped();
        let f = file_index(&cuts, CAREGIVER_FILE);
        let of_aspect: Vec<usize> = cuts[f]
            .indicators()
            .into_iter()
            .filter(|t| {
                let lines = &cuts[f].tables[*t];
                field(lines, "dimension").map(|(_, v)| v) == Some(dimension.key())
                    && field(lines, "aspect").map(|(_, v)| v) == Some(aspect.key())
            })
            .collect();
        prop_assert!(of_aspect.len() >= 2);
        let keep = of_aspect[last.index(of_aspect.len())];
        let mut one_left = cuts.clone();
        for t in of_aspect.iter().rev().filter(|t| **t != keep) {
            one_left[f].tables.remove(*t);
        }
        let pack = loads(&one_left)?;
        prop_assert_eq!(pack.caregiver_indicators_for(dimension).filter(|i| i.aspect == aspect).count(), 1);

        for t in of_aspect.iter().rev() {
            cuts[f].tables.remove(*t);
        }
        let errs = refused(&cuts)?;
        prop_assert_eq!(errs.len(), 1, "{:?}", errs);
        prop_assert_eq!(errs[0].file.as_str(), CAREGIVER_FILE);
        let want = format!("dimension `{}` has no `{}` indicator", dimension.key(), aspect.key());
        prop_assert!(errs[0].reason.contains(&want), "{}", errs[0]);
    }

    /// Giving any indicator the key of any other, or copying any indicator whole into another
    /// place it could stand, is refused once, at the second place in reading order, naming the
    /// key and where it was first used.
    #[test]
    fn a_duplicated_indicator_key_is_refused(
        source in any::<Index>(),
        target in any::<Index>(),
        whole in any::<bool>(),
    ) {
        let mut cuts = shipped();
        let all = all_indicators(&cuts);
        let (sf, st) = all[source.index(all.len())];
        let (mut tf, mut tt) = all[target.index(all.len())];
        if (sf, st) == (tf, tt) {
            (tf, tt) = all[(source.index(all.len()) + 1) % all.len()];
        }
        let key = field(&cuts[sf].tables[st], "key").unwrap().1.to_owned();
        // A child indicator's dimension comes from its file, so it can be copied into any child
        // file; a caregiver indicator only within the caregiver file.
        let same_kind = (cuts[sf].path == CAREGIVER_FILE) == (cuts[tf].path == CAREGIVER_FILE);
        if whole && same_kind {
            let copy = cuts[sf].tables[st].clone();
            cuts[tf].tables.insert(tt + 1, copy);
        } else {
            let (at, _) = field(&cuts[tf].tables[tt], "key").unwrap();
            cuts[tf].tables[tt][at] = format!("key = \"{key}\"");
        }

        // Where the key now stands, in the order the loader reads the files.
        let needle = format!("key = \"{key}\"");
        let mut places = Vec::new();
        for path in expected_paths() {
            let c = &cuts[file_index(&cuts, &path)];
            for (n, line) in c.text().lines().enumerate() {
                if line == needle {
                    places.push(format!("{path}:{}", n + 1));
                }
            }
        }
        prop_assert_eq!(places.len(), 2, "{:?}", places);

        let errs = refused(&cuts)?;
        prop_assert_eq!(errs.len(), 1, "{:?}", errs);
        let e = &errs[0];
        prop_assert!(e.reason.contains(&format!("indicator key `{key}` is used twice")), "{}", e);
        prop_assert!(e.reason.contains(&format!("first at {}:7", places[0])), "{} (first at {})", e, places[0]);
        prop_assert!(e.to_string().starts_with(&format!("{}:7: ", places[1])), "{} (again at {})", e, places[1]);
    }

    /// A key that does not belong, added on any line of any table of any file (a file's own
    /// top level included), is refused with the key named at its file and line.
    #[test]
    fn an_unknown_key_is_refused_where_it_is(
        file in any::<Index>(),
        table in any::<Index>(),
        line in any::<Index>(),
        name in "[A-Za-z][A-Za-z0-9_-]{0,15}",
    ) {
        let mut cuts = shipped();
        let f = file.index(cuts.len());
        let path = cuts[f].path.clone();
        // Table 0 is the file's top level, then its tables in order.
        let t = table.index(cuts[f].tables.len() + 1);
        let header = t.checked_sub(1).map(|i| cuts[f].tables[i][0].clone());
        prop_assume!(!allowed_keys(&path, header.as_deref()).contains(&name.as_str()));
        let added = format!("{name} = \"a value of no use\"");
        let number = match t.checked_sub(1) {
            None => {
                let at = line.index(cuts[f].head.len() + 1);
                cuts[f].head.insert(at, added);
                at + 1
            }
            Some(i) => {
                // Anywhere after the header.
                let at = 1 + line.index(cuts[f].tables[i].len());
                cuts[f].tables[i].insert(at, added);
                cuts[f].line(i, at)
            }
        };
        let errs = refused(&cuts)?;
        prop_assert_eq!(errs.len(), 1, "{:?}", errs);
        let e = &errs[0];
        let place = format!("{path}:{number}:1: ");
        prop_assert!(e.to_string().starts_with(&place), "{} (added at {})", e, place);
        prop_assert!(e.reason.contains(&format!("`{name}`")), "{}", e);
    }

    /// Indicators in any order load as the same indicators, each file's in the order written.
    #[test]
    fn indicators_in_any_order_load_the_same(
        seeds in proptest::collection::vec(Just((0..64).collect::<Vec<usize>>()).prop_shuffle(), 6),
    ) {
        let original = loads(&shipped())?;
        let mut cuts = shipped();
        let mut files: Vec<usize> =
            Dimension::ALL.iter().map(|d| file_index(&cuts, &child_indicator_path(*d))).collect();
        files.push(file_index(&cuts, CAREGIVER_FILE));
        let mut written: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (f, seed) in files.into_iter().zip(seeds) {
            let slots = cuts[f].indicators();
            let picked: Vec<usize> = seed.into_iter().filter(|i| *i < slots.len()).map(|i| slots[i]).collect();
            let moved: Vec<Vec<String>> = picked.iter().map(|t| cuts[f].tables[*t].clone()).collect();
            for (slot, table) in slots.iter().zip(moved) {
                cuts[f].tables[*slot] = table;
            }
            let keys =
                cuts[f].indicators().iter().map(|t| field(&cuts[f].tables[*t], "key").unwrap().1.to_owned()).collect();
            written.insert(cuts[f].path.clone(), keys);
        }
        let pack = loads(&cuts)?;

        let by_key = |p: &ContentPack| -> BTreeMap<String, String> {
            p.child_indicators.iter().map(|i| (i.key.clone(), format!("{i:?}")))
                .chain(p.caregiver_indicators.iter().map(|i| (i.key.clone(), format!("{i:?}"))))
                .collect()
        };
        prop_assert_eq!(by_key(&pack), by_key(&original));
        for d in Dimension::ALL {
            let loaded: Vec<String> =
                pack.child_indicators.iter().filter(|i| i.dimension == d).map(|i| i.key.clone()).collect();
            prop_assert_eq!(&loaded, &written[&child_indicator_path(d)]);
        }
        let loaded: Vec<String> = pack.caregiver_indicators.iter().map(|i| i.key.clone()).collect();
        prop_assert_eq!(&loaded, &written[CAREGIVER_FILE]);
        // Nothing else moved.
        prop_assert_eq!(&pack.dimensions, &original.dimensions);
        prop_assert_eq!(&pack.bands, &original.bands);
        prop_assert_eq!(&pack.child_scales, &original.child_scales);
        prop_assert_eq!(&pack.caregiver_scales, &original.caregiver_scales);
    }
}
