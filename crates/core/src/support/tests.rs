#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use crate::content::{BAND_KEYS, ContentFile};
use crate::{Dimension, Language};

fn edited(path: &str, edit: impl Fn(&str) -> String) -> Vec<ContentFile> {
    embedded_support_files()
        .into_iter()
        .map(|f| if f.path == path { ContentFile::new(f.path.clone(), edit(&f.text)) } else { f })
        .collect()
}

#[test]
fn fixed_keys_round_trip() {
    for p in InterviewPart::ALL {
        assert_eq!(InterviewPart::parse(p.key()), Some(*p));
    }
    assert_eq!(SessionStep::ALL.len(), 6);
    assert_eq!(CycleStage::ALL.len(), 6);
    assert_eq!(SessionStep::parse("links"), Some(SessionStep::Links));
    assert_eq!(CycleStage::parse("nope"), None);
    assert_eq!(FunFor::key_list(), "`together`, `carer`");
}

#[test]
fn the_shipped_support_packs_load_complete_and_translated() {
    let packs = embedded_support_packs().unwrap();
    let (en, nb) = (packs.get(Language::En), packs.get(Language::Nb));
    assert_eq!((en.language.as_str(), nb.language.as_str()), ("en", "nb"));
    for pack in [en, nb] {
        assert_eq!(pack.interview.dimensions.len(), 5);
        assert_eq!(pack.programme.sessions.len(), 5);
        assert_eq!(pack.cycle.stages.len(), 6);
        for d in Dimension::ALL {
            assert_eq!(pack.programme.session(d).unwrap().steps.len(), 6);
            for band in BAND_KEYS {
                assert!(pack.ideas_for(d, band).count() >= MIN_IDEAS_PER_BAND, "{} {band}", d.key());
            }
        }
        assert!(pack.fun_for(FunFor::Together).count() >= MIN_FUN_TOGETHER);
        assert!(pack.fun_for(FunFor::Carer).count() >= MIN_FUN_CARER);
    }
    // Written in each language, not copied.
    for (e, n) in en.ideas.iter().zip(&nb.ideas) {
        assert_eq!(e.key, n.key);
        assert_ne!(e.text, n.text, "{} is not translated", e.key);
    }
    let sign = en.interview.sign("iv-av-s1").unwrap();
    assert_eq!((sign.0, sign.1), (Dimension::Availability, true));
}

#[test]
fn a_key_missing_in_one_language_names_the_file_and_key() {
    let path = "nb/support/ideas/availability.toml";
    let files = edited(path, |t| {
        let blocks: Vec<&str> = t.split("[[idea]]").collect();
        let kept: Vec<&str> = blocks
            .iter()
            .enumerate()
            .filter(|(i, b)| *i == 0 || !b.contains("key = \"id-av-inf-9\""))
            .map(|(_, b)| *b)
            .collect();
        kept.join("[[idea]]")
    });
    let errs = load_support_languages(&files).unwrap_err();
    assert!(errs.iter().any(|e| e.file == path && e.reason.contains("`id-av-inf-9`")), "{errs:?}");
}

#[test]
fn bad_content_stops_with_file_place_and_reason() {
    let path = "en/support/programme.toml";
    let errs =
        load_support_languages(&edited(path, |t| t.replacen("step = \"links\"", "step = \"link\"", 1))).unwrap_err();
    let e = errs.iter().find(|e| e.file == path).expect("names the file");
    assert!(e.line.is_some() && e.reason.contains("unknown step `link`"), "{e}");

    let path = "nb/support/cycle.toml";
    let errs = load_support_languages(&edited(path, |t| format!("{t}\n[[stage]\n"))).unwrap_err();
    assert!(errs.iter().any(|e| e.file == path && e.line.is_some()), "{errs:?}");

    let path = "en/support/ideas/cooperation.toml";
    let errs = load_support_languages(&edited(path, |t| t.replace("band = \"infant\"", "band = \"early_years\"")))
        .unwrap_err();
    assert!(errs.iter().any(|e| e.file == path && e.reason.contains("band `infant` needs at least 8")), "{errs:?}");

    let path = "en/support/ideas/sensitivity.toml";
    let errs = load_support_languages(&edited(path, |t| {
        t.replacen("dimension = \"sensitivity\"", "dimension = \"acceptance\"", 1)
    }))
    .unwrap_err();
    assert!(errs.iter().any(|e| e.file == path && e.reason.contains("this file is for `sensitivity`")), "{errs:?}");

    let path = "nb/support/interview.toml";
    let errs =
        load_support_languages(&edited(path, |t| t.replacen("part = \"why\"", "part = \"feeling\"", 1))).unwrap_err();
    assert!(errs.iter().any(|e| e.file == path && e.reason.contains("listed twice")), "{errs:?}");

    let mut files = embedded_support_files();
    files.push(ContentFile::new("en/support/extra.toml", "x = 1"));
    let errs = load_support_languages(&files).unwrap_err();
    assert!(errs.iter().any(|e| e.file == "en/support/extra.toml"), "{errs:?}");

    let path = "nb/support/pack.toml";
    let errs = load_support_languages(&edited(path, |t| t.replace("2026.12.1", "2027.1.1"))).unwrap_err();
    assert!(errs.iter().any(|e| e.file == path && e.reason.contains("2027.1.1")), "{errs:?}");
}

#[test]
fn the_shipped_directory_matches_the_built_in_copy() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    for f in embedded_support_files() {
        let on_disk = std::fs::read_to_string(format!("{root}/{}", f.path)).unwrap();
        assert_eq!(on_disk, f.text, "{}", f.path);
    }
}
