//! Who may do what to a case record: the one place access is decided. The store works out how
//! an actor relates to a record; this table says what that relationship allows.

use crate::Role;

/// How a person, in one of their roles, stands to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// On their own caseload; for a caregiver, their own household and the children placed in it.
    Own,
    /// On the caseload of someone in a team they manage.
    Team,
    /// In their organisation, and nothing more.
    Org,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ViewChild,
    EditChild,
    CreateChild,
    ViewHousehold,
    EditHousehold,
    CreateHousehold,
    ManagePlacement,
    AllocateWorker,
    ViewAuditTrail,
    ManageUsers,
    ManageTeams,
    /// Read an assessment in any state, drafts included.
    ViewAssessment,
    /// Read a signed-off assessment: what a caregiver may see of the children placed with them.
    ViewSignedOffAssessment,
    /// Start, write and submit an assessment, sign it off where the organisation lets workers,
    /// and amend a signed-off one.
    EditAssessment,
    /// Sign off where the organisation asks a manager to.
    ManagerSignOff,
    /// Agency settings and agency-added indicators.
    ManageContent,
}

impl Action {
    /// Every action, for tests that go through them all.
    pub const ALL: [Action; 16] = [
        Action::ViewChild,
        Action::EditChild,
        Action::CreateChild,
        Action::ViewHousehold,
        Action::EditHousehold,
        Action::CreateHousehold,
        Action::ManagePlacement,
        Action::AllocateWorker,
        Action::ViewAuditTrail,
        Action::ManageUsers,
        Action::ManageTeams,
        Action::ViewAssessment,
        Action::ViewSignedOffAssessment,
        Action::EditAssessment,
        Action::ManagerSignOff,
        Action::ManageContent,
    ];
}

/// The truth table. Administrators manage people and teams but see no case content; auditors
/// read the audit trail but no content; everything else follows the caseload.
pub fn allows(role: Role, action: Action, rel: Relation) -> bool {
    use Action::*;
    use Relation::*;
    use Role::*;
    match (role, action) {
        (AgencyAdmin, ManageUsers | ManageTeams | ManageContent) => true,
        (AgencyAdmin, _) => false,
        (Auditor, ViewAuditTrail) => true,
        (Auditor, _) => false,
        (
            TeamManager,
            ViewChild | EditChild | ViewHousehold | EditHousehold | ManagePlacement | AllocateWorker | ViewAuditTrail,
        ) => {
            matches!(rel, Own | Team)
        }
        (TeamManager, ViewAssessment | ViewSignedOffAssessment | EditAssessment | ManagerSignOff) => {
            matches!(rel, Own | Team)
        }
        (TeamManager, CreateChild | CreateHousehold) => true,
        (ChildSocialWorker, ViewChild | EditChild | ManagePlacement) => rel == Own,
        (ChildSocialWorker, ViewHousehold) => rel == Own,
        (ChildSocialWorker, CreateChild) => true,
        (SupervisingSocialWorker, ViewHousehold | EditHousehold | ViewChild) => rel == Own,
        (SupervisingSocialWorker, CreateHousehold) => true,
        // Both kinds of social worker assess the children and carers on their own caseload.
        (ChildSocialWorker | SupervisingSocialWorker, ViewAssessment | ViewSignedOffAssessment | EditAssessment) => {
            rel == Own
        }
        (Caregiver, ViewChild | ViewHousehold | ViewSignedOffAssessment) => rel == Own,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;
    use Relation::*;

    #[test]
    fn administrators_and_auditors_see_no_case_content() {
        for action in [ViewChild, EditChild, ViewHousehold, EditHousehold, ManagePlacement] {
            for rel in [Own, Team, Org] {
                assert!(!allows(Role::AgencyAdmin, action, rel));
                assert!(!allows(Role::Auditor, action, rel));
            }
        }
        assert!(allows(Role::AgencyAdmin, ManageUsers, Org));
        assert!(allows(Role::Auditor, ViewAuditTrail, Org));
    }

    #[test]
    fn caseloads_decide_for_workers_and_carers() {
        assert!(allows(Role::ChildSocialWorker, EditChild, Own));
        assert!(!allows(Role::ChildSocialWorker, ViewChild, Team));
        assert!(!allows(Role::ChildSocialWorker, ViewChild, Org));
        assert!(allows(Role::TeamManager, EditChild, Team));
        assert!(!allows(Role::TeamManager, ViewChild, Org));
        assert!(allows(Role::Caregiver, ViewChild, Own));
        assert!(!allows(Role::Caregiver, EditChild, Own));
        assert!(!allows(Role::SupervisingSocialWorker, EditChild, Own));
        assert!(allows(Role::SupervisingSocialWorker, EditHousehold, Own));
    }

    #[test]
    fn carers_read_only_signed_off_assessments() {
        assert!(allows(Role::Caregiver, ViewSignedOffAssessment, Own));
        assert!(!allows(Role::Caregiver, ViewAssessment, Own));
        assert!(!allows(Role::Caregiver, EditAssessment, Own));
        for role in [Role::ChildSocialWorker, Role::SupervisingSocialWorker] {
            assert!(allows(role, EditAssessment, Own));
            assert!(!allows(role, ViewAssessment, Team));
            assert!(!allows(role, ManagerSignOff, Own));
        }
        assert!(allows(Role::TeamManager, ManagerSignOff, Team));
        assert!(!allows(Role::TeamManager, ManagerSignOff, Org));
        assert!(!allows(Role::AgencyAdmin, ViewSignedOffAssessment, Org));
        assert!(allows(Role::AgencyAdmin, ManageContent, Org));
    }

    /// The store's list queries join each role's reach (its own caseload, a manager's teams')
    /// with OR, which is the same as the record-by-record answer only while nothing is allowed on
    /// a team's record that is not also allowed on one's own.
    #[test]
    fn what_a_manager_may_do_to_their_teams_records_they_may_do_to_their_own() {
        for role in Role::ALL {
            for action in Action::ALL {
                if allows(role, action, Team) {
                    assert!(allows(role, action, Own), "{role:?} {action:?}");
                }
                if allows(role, action, Org) {
                    assert!(allows(role, action, Own), "{role:?} {action:?}");
                }
            }
        }
    }
}
