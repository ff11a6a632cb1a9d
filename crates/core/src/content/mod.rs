//! The practice content of the Secure Base model as the product presents it: what each caregiving
//! dimension means, the age bands, the child and caregiver indicators, and the words that anchor
//! the 0–10 rating scales.
//!
//! The wording lives in TOML files under `content/` at the root of the repository so that
//! practitioners can change it without touching code; this module checks those files against
//! the rules in `content/README.md` and turns them into a [`ContentPack`]. All wording is our
//! own, not the published material's.
//!
//! A copy of the pack is built into the binary ([`embedded_files`]) so that a fresh install has
//! content before anyone has edited anything.

mod languages;
pub(crate) mod load;
mod model;
mod validate;

pub use languages::{Packs, load_languages};
pub use load::{
    BANDS_FILE, CAREGIVER_FILE, ContentError, ContentFile, DIMENSIONS_FILE, MIN_CHILD_INDICATORS_PER_BAND, PACK_DIR,
    PACK_FILE, RATINGS_FILE, child_indicator_path, expected_paths, load,
};
pub use model::{
    Aspect, BAND_KEYS, BIRTH_FAMILY, BandContent, CAREGIVER_SCALE_KEYS, CHILD_SCALE_KEYS, CaregiverIndicator,
    ChildIndicator, ContentPack, DimensionContent, LONG_TERM, SHORT_TERM, Scale,
};
pub use validate::{
    MAX_KEY_CHARS, MAX_TEXT_CHARS, MIN_CONTRAST_WITH_WHITE, contrast_with_white, is_valid_colour,
    is_valid_indicator_key, validate_indicator_text,
};

/// Every file of the built-in pack in English, as (path relative to the language's folder,
/// text). The paths must match [`expected_paths`]; a test checks these lists against the files
/// on disk.
const EMBEDDED_EN: [(&str, &str); 10] = [
    ("secure-base/pack.toml", include_str!("../../../../content/en/secure-base/pack.toml")),
    ("secure-base/dimensions.toml", include_str!("../../../../content/en/secure-base/dimensions.toml")),
    ("secure-base/bands.toml", include_str!("../../../../content/en/secure-base/bands.toml")),
    (
        "secure-base/child-indicators/availability.toml",
        include_str!("../../../../content/en/secure-base/child-indicators/availability.toml"),
    ),
    (
        "secure-base/child-indicators/sensitivity.toml",
        include_str!("../../../../content/en/secure-base/child-indicators/sensitivity.toml"),
    ),
    (
        "secure-base/child-indicators/acceptance.toml",
        include_str!("../../../../content/en/secure-base/child-indicators/acceptance.toml"),
    ),
    (
        "secure-base/child-indicators/cooperation.toml",
        include_str!("../../../../content/en/secure-base/child-indicators/cooperation.toml"),
    ),
    (
        "secure-base/child-indicators/family_membership.toml",
        include_str!("../../../../content/en/secure-base/child-indicators/family_membership.toml"),
    ),
    (
        "secure-base/caregiver-indicators.toml",
        include_str!("../../../../content/en/secure-base/caregiver-indicators.toml"),
    ),
    ("secure-base/ratings.toml", include_str!("../../../../content/en/secure-base/ratings.toml")),
];

/// The same files in Norwegian Bokmål.
const EMBEDDED_NB: [(&str, &str); 10] = [
    ("secure-base/pack.toml", include_str!("../../../../content/nb/secure-base/pack.toml")),
    ("secure-base/dimensions.toml", include_str!("../../../../content/nb/secure-base/dimensions.toml")),
    ("secure-base/bands.toml", include_str!("../../../../content/nb/secure-base/bands.toml")),
    (
        "secure-base/child-indicators/availability.toml",
        include_str!("../../../../content/nb/secure-base/child-indicators/availability.toml"),
    ),
    (
        "secure-base/child-indicators/sensitivity.toml",
        include_str!("../../../../content/nb/secure-base/child-indicators/sensitivity.toml"),
    ),
    (
        "secure-base/child-indicators/acceptance.toml",
        include_str!("../../../../content/nb/secure-base/child-indicators/acceptance.toml"),
    ),
    (
        "secure-base/child-indicators/cooperation.toml",
        include_str!("../../../../content/nb/secure-base/child-indicators/cooperation.toml"),
    ),
    (
        "secure-base/child-indicators/family_membership.toml",
        include_str!("../../../../content/nb/secure-base/child-indicators/family_membership.toml"),
    ),
    (
        "secure-base/caregiver-indicators.toml",
        include_str!("../../../../content/nb/secure-base/caregiver-indicators.toml"),
    ),
    ("secure-base/ratings.toml", include_str!("../../../../content/nb/secure-base/ratings.toml")),
];

/// One language's built-in pack, as files ready for [`load`] (paths relative to the language's
/// folder).
pub fn embedded_files_in(language: Language) -> Vec<ContentFile> {
    let files: &[(&str, &str)] = match language {
        Language::En => &EMBEDDED_EN,
        Language::Nb => &EMBEDDED_NB,
    };
    files.iter().map(|(path, text)| ContentFile::new(*path, *text)).collect()
}

/// The English pack shipped with the binary, as files ready for [`load`].
pub fn embedded_files() -> Vec<ContentFile> {
    embedded_files_in(Language::En)
}

/// Every language's built-in pack, as files ready for [`load_languages`] (paths starting with
/// the language's folder, `en/secure-base/pack.toml`).
pub fn embedded_language_files() -> Vec<ContentFile> {
    Language::ALL
        .into_iter()
        .flat_map(|l| {
            embedded_files_in(l).into_iter().map(move |f| ContentFile::new(format!("{}/{}", l.code(), f.path), f.text))
        })
        .collect()
}

/// The shipped English pack, loaded. Tests guarantee it loads cleanly, but callers still get the
/// errors rather than a panic, in keeping with the crate's no-panic rule.
pub fn embedded_pack() -> Result<ContentPack, Vec<ContentError>> {
    load(&embedded_files())
}

/// The shipped pack in every language, loaded and checked against each other.
pub fn embedded_packs() -> Result<Packs, Vec<ContentError>> {
    load_languages(&embedded_language_files())
}

use crate::Language;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
