//! The five caregiving dimensions of the Secure Base model, each paired with the benefit it
//! brings the child. The wording is ours, not the published material's.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Availability,
    Sensitivity,
    Acceptance,
    Cooperation,
    FamilyMembership,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Availability,
        Dimension::Sensitivity,
        Dimension::Acceptance,
        Dimension::Cooperation,
        Dimension::FamilyMembership,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Dimension::Availability => "availability",
            Dimension::Sensitivity => "sensitivity",
            Dimension::Acceptance => "acceptance",
            Dimension::Cooperation => "cooperation",
            Dimension::FamilyMembership => "family_membership",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Availability => "Availability",
            Dimension::Sensitivity => "Sensitivity",
            Dimension::Acceptance => "Acceptance",
            Dimension::Cooperation => "Co-operation",
            Dimension::FamilyMembership => "Family membership",
        }
    }

    /// What growing security in this dimension gives the child.
    pub fn benefit(self) -> &'static str {
        match self {
            Dimension::Availability => "helping the child to trust",
            Dimension::Sensitivity => "helping the child to manage feelings and behaviour",
            Dimension::Acceptance => "building the child's self-esteem",
            Dimension::Cooperation => "helping the child to feel effective",
            Dimension::FamilyMembership => "helping the child to belong",
        }
    }

    pub fn parse(key: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for d in Dimension::ALL {
            assert_eq!(Dimension::parse(d.key()), Some(d));
        }
        let mut keys: Vec<_> = Dimension::ALL.iter().map(|d| d.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), 5);
        assert_eq!(Dimension::parse("team_membership"), None);
    }
}
