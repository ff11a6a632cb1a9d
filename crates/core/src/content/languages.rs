//! The practice content in every language securebase speaks: one complete pack per language,
//! each in its own folder (`en/secure-base/…`, `nb/secure-base/…`), checked against each other.
//!
//! The packs must say the same things: the same version, the same indicators under the same
//! keys in the same dimensions, bands and aspects. An indicator present in one language and
//! missing in another stops start-up with the file and the key, so nobody ever starts an
//! assessment whose wording exists only in the other language.

use std::collections::BTreeMap;

use super::load::{CAREGIVER_FILE, ContentError, ContentFile, PACK_FILE, child_indicator_path, load};
use super::model::ContentPack;
use crate::Language;

/// One checked pack per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packs {
    /// In `Language::ALL` order, one per language.
    packs: Vec<ContentPack>,
}

impl Packs {
    /// The pack in `language`. Every language has one: [`load_languages`] refuses a set without.
    pub fn get(&self, language: Language) -> &ContentPack {
        let i = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
        // `load_languages` builds exactly one pack per language, in order.
        &self.packs[i.min(self.packs.len().saturating_sub(1))]
    }

    /// The version every language's pack shares.
    pub fn version(&self) -> &str {
        self.get(Language::En).version.as_str()
    }

    /// Packs made from already-checked parts, for tests and tools that build their own.
    pub fn from_checked(packs: Vec<ContentPack>) -> Result<Packs, Vec<ContentError>> {
        let mut by_language = BTreeMap::new();
        for p in packs {
            by_language.insert(p.language.clone(), p);
        }
        let mut out = Vec::new();
        let mut errors = Vec::new();
        for l in Language::ALL {
            match by_language.remove(l.code()) {
                Some(p) => out.push(p),
                None => errors.push(whole(l.code(), "the pack is missing for this language")),
            }
        }
        if errors.is_empty() {
            compare(&out, &mut errors);
        }
        if errors.is_empty() { Ok(Packs { packs: out }) } else { Err(errors) }
    }
}

fn whole(file: &str, reason: impl Into<String>) -> ContentError {
    ContentError { file: file.to_owned(), line: None, column: None, reason: reason.into() }
}

/// Reads every language's pack from files whose paths start with the language's folder
/// (`en/secure-base/pack.toml`), checks each on its own as [`load`] does, then checks that they
/// match. Every problem is returned, each naming its file with the language folder.
pub fn load_languages(files: &[ContentFile]) -> Result<Packs, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut packs = Vec::new();
    for l in Language::ALL {
        let prefix = format!("{}/", l.code());
        let mine: Vec<ContentFile> = files
            .iter()
            .filter_map(|f| {
                let path = f.path.replace('\\', "/");
                let path = path.strip_prefix("./").unwrap_or(&path).to_owned();
                path.strip_prefix(&prefix).map(|rest| ContentFile::new(rest, f.text.clone()))
            })
            .collect();
        if mine.is_empty() {
            errors.push(whole(
                l.code(),
                format!("no content for {} ({}): every language needs a complete pack", l.autonym(), l.code()),
            ));
            continue;
        }
        match load(&mine) {
            Ok(pack) => {
                if pack.language != l.code() {
                    errors.push(whole(
                        &format!("{prefix}{PACK_FILE}"),
                        format!(
                            "`language` is \"{}\" but the pack is in the folder for \"{}\"",
                            pack.language,
                            l.code()
                        ),
                    ));
                }
                packs.push(pack);
            }
            Err(es) => errors.extend(es.into_iter().map(|mut e| {
                e.file = format!("{prefix}{}", e.file);
                e
            })),
        }
    }
    if errors.is_empty() {
        compare(&packs, &mut errors);
    }
    if errors.is_empty() { Ok(Packs { packs }) } else { Err(errors) }
}

/// What an indicator is, apart from its wording: where it belongs.
#[derive(Debug, PartialEq, Eq)]
enum Place {
    Child { dimension: String, band: String },
    Caregiver { dimension: String, aspect: String, short_term: bool, long_term: bool },
}

fn places(pack: &ContentPack) -> BTreeMap<String, (Place, String)> {
    let mut out = BTreeMap::new();
    for i in &pack.child_indicators {
        out.insert(
            i.key.clone(),
            (
                Place::Child { dimension: i.dimension.key().to_owned(), band: i.band.clone() },
                child_indicator_path(i.dimension),
            ),
        );
    }
    for i in &pack.caregiver_indicators {
        out.insert(
            i.key.clone(),
            (
                Place::Caregiver {
                    dimension: i.dimension.key().to_owned(),
                    aspect: i.aspect.key().to_owned(),
                    short_term: i.short_term,
                    long_term: i.long_term,
                },
                CAREGIVER_FILE.to_owned(),
            ),
        );
    }
    out
}

/// Checks every language's pack against the first (English): the same version and the same
/// indicators in the same places. Dimensions, bands and scales are complete in every pack that
/// loads, so they cannot differ.
fn compare(packs: &[ContentPack], errors: &mut Vec<ContentError>) {
    let Some((first, rest)) = packs.split_first() else { return };
    let first_places = places(first);
    for other in rest {
        let (a, b) = (first.language.as_str(), other.language.as_str());
        if other.version != first.version {
            errors.push(whole(
                &format!("{b}/{PACK_FILE}"),
                format!(
                    "version \"{}\" differs from \"{}\" in {a}/{PACK_FILE}: every language's pack changes together",
                    other.version, first.version
                ),
            ));
        }
        let other_places = places(other);
        for (key, (place, file)) in &first_places {
            match other_places.get(key) {
                None => errors.push(whole(
                    &format!("{b}/{file}"),
                    format!("indicator `{key}` is in {a}/{file} but missing here"),
                )),
                Some((p, f)) if p != place => errors.push(whole(
                    &format!("{b}/{f}"),
                    format!(
                        "indicator `{key}` is placed differently from {a}/{file} (dimension, band, aspect or care)"
                    ),
                )),
                Some(_) => {}
            }
        }
        for (key, (_, file)) in &other_places {
            if !first_places.contains_key(key) {
                errors.push(whole(
                    &format!("{a}/{file}"),
                    format!("indicator `{key}` is in {b}/{file} but missing here"),
                ));
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::content::{embedded_language_files, embedded_packs};

    #[test]
    fn the_shipped_packs_load_and_match() {
        let packs = embedded_packs().unwrap();
        let (en, nb) = (packs.get(Language::En), packs.get(Language::Nb));
        assert_eq!((en.language.as_str(), nb.language.as_str()), ("en", "nb"));
        assert_eq!(en.child_indicators.len(), nb.child_indicators.len());
        assert_eq!(en.caregiver_indicators.len(), nb.caregiver_indicators.len());
        // Translated, not copied: no indicator reads the same in both languages.
        for (e, n) in en.child_indicators.iter().zip(&nb.child_indicators) {
            assert_eq!(e.key, n.key);
            assert_ne!(e.text, n.text, "{} is not translated", e.key);
            assert_ne!(e.evidence, n.evidence, "{}'s evidence hint is not translated", e.key);
        }
        for (e, n) in en.caregiver_indicators.iter().zip(&nb.caregiver_indicators) {
            assert_ne!(e.text, n.text, "{} is not translated", e.key);
        }
        for (e, n) in en.dimensions.iter().zip(&nb.dimensions) {
            assert_ne!(e.name, n.name);
            assert_ne!(e.explanation, n.explanation);
        }
    }

    fn without(files: &[ContentFile], path: &str, key: &str) -> Vec<ContentFile> {
        files
            .iter()
            .map(|f| {
                if f.path != path {
                    return f.clone();
                }
                // Drop the [[indicator]] block whose key is `key`.
                let blocks: Vec<&str> = f.text.split("[[indicator]]").collect();
                let kept: Vec<&str> = blocks
                    .iter()
                    .enumerate()
                    .filter(|(i, b)| *i == 0 || !b.contains(&format!("key = \"{key}\"")))
                    .map(|(_, b)| *b)
                    .collect();
                ContentFile::new(f.path.clone(), kept.join("[[indicator]]"))
            })
            .collect()
    }

    #[test]
    fn a_key_missing_in_one_language_stops_start_with_the_file_and_key() {
        let files = embedded_language_files();
        let path = "nb/secure-base/child-indicators/availability.toml";
        let errs = load_languages(&without(&files, path, "av-inf-3")).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].file, path);
        assert!(errs[0].reason.contains("`av-inf-3`") && errs[0].reason.contains("missing here"), "{}", errs[0]);

        let path = "en/secure-base/caregiver-indicators.toml";
        let key = &embedded_packs().unwrap().get(Language::En).caregiver_indicators[0].key.clone();
        let errs = load_languages(&without(&files, path, key)).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].file, path, "the language missing it is named");
        assert!(errs[0].reason.contains(key.as_str()), "{}", errs[0]);
    }

    #[test]
    fn a_missing_language_or_a_mislabelled_one_is_refused() {
        let files = embedded_language_files();
        let only_en: Vec<ContentFile> = files.iter().filter(|f| f.path.starts_with("en/")).cloned().collect();
        let errs = load_languages(&only_en).unwrap_err();
        assert!(errs.iter().any(|e| e.file == "nb"), "{errs:?}");

        let relabelled: Vec<ContentFile> = files
            .iter()
            .map(|f| {
                if f.path == "nb/secure-base/pack.toml" {
                    ContentFile::new(f.path.clone(), f.text.replace("language = \"nb\"", "language = \"en\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        let errs = load_languages(&relabelled).unwrap_err();
        assert!(errs.iter().any(|e| e.file == "nb/secure-base/pack.toml" && e.reason.contains("folder")), "{errs:?}");
    }

    #[test]
    fn a_version_bumped_in_one_language_only_is_refused() {
        let files: Vec<ContentFile> = embedded_language_files()
            .into_iter()
            .map(|f| {
                if f.path == "nb/secure-base/pack.toml" {
                    let text = f
                        .text
                        .lines()
                        .map(|l| if l.starts_with("version") { "version = \"9999.1\"" } else { l })
                        .collect::<Vec<_>>()
                        .join("\n");
                    ContentFile::new(f.path, text)
                } else {
                    f
                }
            })
            .collect();
        let errs = load_languages(&files).unwrap_err();
        assert!(errs.iter().any(|e| e.file == "nb/secure-base/pack.toml" && e.reason.contains("9999.1")), "{errs:?}");
    }

    #[test]
    fn problems_inside_one_language_name_its_folder() {
        let files: Vec<ContentFile> = embedded_language_files()
            .into_iter()
            .map(|f| if f.path == "nb/secure-base/bands.toml" { ContentFile::new(f.path, "not = [toml") } else { f })
            .collect();
        let errs = load_languages(&files).unwrap_err();
        assert!(errs.iter().all(|e| e.file.starts_with("nb/")), "{errs:?}");
        assert!(errs.iter().any(|e| e.file == "nb/secure-base/bands.toml"), "{errs:?}");
    }
}
