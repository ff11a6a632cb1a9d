//! Roles a person holds in an organisation. Stored by key, shown by label.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    AgencyAdmin,
    TeamManager,
    SupervisingSocialWorker,
    ChildSocialWorker,
    Caregiver,
    Auditor,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::AgencyAdmin,
        Role::TeamManager,
        Role::SupervisingSocialWorker,
        Role::ChildSocialWorker,
        Role::Caregiver,
        Role::Auditor,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::AgencyAdmin => "agency_admin",
            Role::TeamManager => "team_manager",
            Role::SupervisingSocialWorker => "supervising_social_worker",
            Role::ChildSocialWorker => "child_social_worker",
            Role::Caregiver => "caregiver",
            Role::Auditor => "auditor",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::AgencyAdmin => "Agency administrator",
            Role::TeamManager => "Team manager",
            Role::SupervisingSocialWorker => "Supervising social worker",
            Role::ChildSocialWorker => "Child's social worker",
            Role::Caregiver => "Caregiver",
            Role::Auditor => "Auditor (read-only)",
        }
    }

    pub fn parse(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn can_manage_users(self) -> bool {
        matches!(self, Role::AgencyAdmin)
    }

    /// What a person in this role can do here, in plain words for their home page.
    pub fn abilities(self) -> &'static [&'static str] {
        match self {
            Role::AgencyAdmin => &[
                "Add the people who use securebase in your agency and give each a role.",
                "Disable an account at once when someone leaves, and enable it again.",
                "Reset a password when someone is locked out.",
                "Case records stay private to the people working with them, so you do not see them unless you are also given a case role.",
            ],
            Role::TeamManager => &[
                "Oversee your teams' caseloads of children and households, and the reviews coming up.",
                "Sign off your teams' Secure Base assessments, or return them with a note.",
            ],
            Role::SupervisingSocialWorker => &[
                "Keep the records of the households on your caseload.",
                "Assess each carer's capacity to offer a secure base in the five caregiving dimensions.",
            ],
            Role::ChildSocialWorker => &[
                "Keep the records of the children on your caseload.",
                "Assess each child's progress in trust, feelings, self-esteem, effectiveness and belonging.",
            ],
            Role::Caregiver => &[
                "See the records of the children placed with your household.",
                "Read the signed-off Secure Base assessments of the children placed with you.",
            ],
            Role::Auditor => &["Read the audit trail of who viewed or changed a record."],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_and_has_abilities() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.key()), Some(r));
            assert!(!r.abilities().is_empty());
        }
        assert_eq!(Role::parse("superuser"), None);
    }

    /// Home pages say only what securebase does today: features still to come bring their own
    /// words when they arrive.
    #[test]
    fn abilities_promise_nothing_that_is_not_built() {
        let unbuilt =
            ["log", "reflection", "interview", "support session", "in difficulty", "matching", "progress record"];
        for r in Role::ALL {
            for a in r.abilities() {
                let a = a.to_lowercase();
                for word in unbuilt {
                    assert!(!a.contains(word), "{r:?} promises {word:?}: {a}");
                }
            }
        }
    }

    #[test]
    fn only_administrators_manage_users() {
        let managers: Vec<_> = Role::ALL.into_iter().filter(|r| r.can_manage_users()).collect();
        assert_eq!(managers, vec![Role::AgencyAdmin]);
    }
}
