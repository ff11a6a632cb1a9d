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

mod load;
mod model;
mod validate;

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

/// Every file of the built-in pack, as (path relative to the content root, text). The paths
/// must match [`expected_paths`]; a test checks this list against the files on disk.
const EMBEDDED: [(&str, &str); 10] = [
    (PACK_FILE, include_str!("../../../../content/secure-base/pack.toml")),
    (DIMENSIONS_FILE, include_str!("../../../../content/secure-base/dimensions.toml")),
    (BANDS_FILE, include_str!("../../../../content/secure-base/bands.toml")),
    (
        "secure-base/child-indicators/availability.toml",
        include_str!("../../../../content/secure-base/child-indicators/availability.toml"),
    ),
    (
        "secure-base/child-indicators/sensitivity.toml",
        include_str!("../../../../content/secure-base/child-indicators/sensitivity.toml"),
    ),
    (
        "secure-base/child-indicators/acceptance.toml",
        include_str!("../../../../content/secure-base/child-indicators/acceptance.toml"),
    ),
    (
        "secure-base/child-indicators/cooperation.toml",
        include_str!("../../../../content/secure-base/child-indicators/cooperation.toml"),
    ),
    (
        "secure-base/child-indicators/family_membership.toml",
        include_str!("../../../../content/secure-base/child-indicators/family_membership.toml"),
    ),
    (CAREGIVER_FILE, include_str!("../../../../content/secure-base/caregiver-indicators.toml")),
    (RATINGS_FILE, include_str!("../../../../content/secure-base/ratings.toml")),
];

/// The pack shipped with the binary, as files ready for [`load`].
pub fn embedded_files() -> Vec<ContentFile> {
    EMBEDDED.iter().map(|(path, text)| ContentFile::new(*path, *text)).collect()
}

/// The shipped pack, loaded. Tests guarantee it loads cleanly, but callers still get the errors
/// rather than a panic, in keeping with the crate's no-panic rule.
pub fn embedded_pack() -> Result<ContentPack, Vec<ContentError>> {
    load(&embedded_files())
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
