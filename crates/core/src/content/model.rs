//! The content pack once loaded and checked: plain data that the rest of the product reads.
//! Everything here has already passed validation, so callers can rely on the invariants the
//! loader guarantees (every dimension and band present, text trimmed and bounded).

use crate::Dimension;

/// The age bands used by child assessments, in order from youngest to oldest. Kept as strings
/// here so that the content module does not depend on the assessment module's own band type.
pub const BAND_KEYS: [&str; 4] = ["infant", "early_years", "middle_childhood", "adolescence"];

/// The extra child rating scale: family membership as it concerns the birth family, rated
/// alongside membership of the caregiving family.
pub const BIRTH_FAMILY: &str = "birth_family";

/// Keys of the child rating scales, in display order.
pub const CHILD_SCALE_KEYS: [&str; 6] =
    ["availability", "sensitivity", "acceptance", "cooperation", "family_membership", BIRTH_FAMILY];

/// Keys of the caregiver rating scales, in display order.
pub const CAREGIVER_SCALE_KEYS: [&str; 5] =
    ["availability", "sensitivity", "acceptance", "cooperation", "family_membership"];

/// Values allowed in a caregiver indicator's `care` list.
pub const SHORT_TERM: &str = "short_term";
pub const LONG_TERM: &str = "long_term";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionContent {
    pub dimension: Dimension,
    pub name: String,
    pub benefit: String,
    pub explanation: String,
    /// `#rrggbb`, lower case, at least 3:1 against white.
    pub colour: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandContent {
    pub key: String,
    pub name: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildIndicator {
    pub key: String,
    pub dimension: Dimension,
    pub band: String,
    pub text: String,
    pub evidence: String,
}

/// Which side of the caregiver a caregiver indicator looks at: what goes on in their mind, or
/// what they do. The model keeps the two apart because a carer can think well of a child and
/// still struggle to show it, and the support offered differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Aspect {
    ThinkingFeeling,
    Behaviour,
}

impl Aspect {
    pub const ALL: [Aspect; 2] = [Aspect::ThinkingFeeling, Aspect::Behaviour];

    pub fn key(self) -> &'static str {
        match self {
            Aspect::ThinkingFeeling => "thinking_feeling",
            Aspect::Behaviour => "behaviour",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Aspect::ThinkingFeeling => "Thinking and feeling",
            Aspect::Behaviour => "Behaviour",
        }
    }

    pub fn parse(key: &str) -> Option<Aspect> {
        Aspect::ALL.into_iter().find(|a| a.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaregiverIndicator {
    pub key: String,
    pub dimension: Dimension,
    pub aspect: Aspect,
    /// Relevant when assessing for short-term (task-centred, bridging) care.
    pub short_term: bool,
    /// Relevant when assessing for long-term or permanent care.
    pub long_term: bool,
    pub text: String,
    pub evidence: String,
}

/// Descriptors of the 0, 5 and 10 points of a 0–10 rating scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    /// A dimension key, or [`BIRTH_FAMILY`] for the child's birth-family scale.
    pub key: String,
    pub zero: String,
    pub five: String,
    pub ten: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentPack {
    pub version: String,
    pub language: String,
    pub title: String,
    /// In `Dimension::ALL` order, one per dimension.
    pub dimensions: Vec<DimensionContent>,
    /// In `BAND_KEYS` order, one per band.
    pub bands: Vec<BandContent>,
    /// In file order: dimension files in `Dimension::ALL` order, indicators as written.
    pub child_indicators: Vec<ChildIndicator>,
    pub caregiver_indicators: Vec<CaregiverIndicator>,
    /// In `CHILD_SCALE_KEYS` order.
    pub child_scales: Vec<Scale>,
    /// In `CAREGIVER_SCALE_KEYS` order.
    pub caregiver_scales: Vec<Scale>,
}

impl ContentPack {
    pub fn dimension(&self, d: Dimension) -> Option<&DimensionContent> {
        self.dimensions.iter().find(|c| c.dimension == d)
    }

    /// A dimension's name as the content words it (another language, say).
    pub fn name_of(&self, d: Dimension) -> &str {
        self.dimension(d).map_or(d.name(), |c| c.name.as_str())
    }

    /// What a dimension helps the child with, as the content words it.
    pub fn benefit_of(&self, d: Dimension) -> &str {
        self.dimension(d).map_or(d.benefit(), |c| c.benefit.as_str())
    }

    pub fn band(&self, key: &str) -> Option<&BandContent> {
        self.bands.iter().find(|b| b.key == key)
    }

    pub fn child_indicators_for<'a>(
        &'a self,
        d: Dimension,
        band: &'a str,
    ) -> impl Iterator<Item = &'a ChildIndicator> + 'a {
        self.child_indicators.iter().filter(move |i| i.dimension == d && i.band == band)
    }

    pub fn caregiver_indicators_for(&self, d: Dimension) -> impl Iterator<Item = &CaregiverIndicator> + '_ {
        self.caregiver_indicators.iter().filter(move |i| i.dimension == d)
    }

    /// Keys are unique across the whole pack, so a stored key finds at most one indicator.
    pub fn child_indicator(&self, key: &str) -> Option<&ChildIndicator> {
        self.child_indicators.iter().find(|i| i.key == key)
    }

    pub fn caregiver_indicator(&self, key: &str) -> Option<&CaregiverIndicator> {
        self.caregiver_indicators.iter().find(|i| i.key == key)
    }

    pub fn child_scale(&self, key: &str) -> Option<&Scale> {
        self.child_scales.iter().find(|s| s.key == key)
    }

    pub fn caregiver_scale(&self, key: &str) -> Option<&Scale> {
        self.caregiver_scales.iter().find(|s| s.key == key)
    }
}
