//! What the product's fixed choices and refusals are called, in the request's language: roles,
//! statuses, placement types, the reasons a form is refused. The rules live in `core` with
//! keys; their words live here and in `common.ftl`, one literal key per variant so the catalogue
//! test can see every key in use.

use std::borrow::Cow;

use super::{Arg, t, t_args};

pub fn role(v: securebase_core::Role) -> Cow<'static, str> {
    t(match v {
        securebase_core::Role::AgencyAdmin => "role-agency_admin",
        securebase_core::Role::TeamManager => "role-team_manager",
        securebase_core::Role::SupervisingSocialWorker => "role-supervising_social_worker",
        securebase_core::Role::ChildSocialWorker => "role-child_social_worker",
        securebase_core::Role::Caregiver => "role-caregiver",
        securebase_core::Role::Auditor => "role-auditor",
    })
}

pub fn age_band(v: securebase_core::assessment::AgeBand) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::AgeBand::Infant => "band-infant",
        securebase_core::assessment::AgeBand::EarlyYears => "band-early_years",
        securebase_core::assessment::AgeBand::MiddleChildhood => "band-middle_childhood",
        securebase_core::assessment::AgeBand::Adolescence => "band-adolescence",
    })
}

pub fn assessment_kind(v: securebase_core::assessment::AssessmentKind) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::AssessmentKind::Child => "kind-child",
        securebase_core::assessment::AssessmentKind::Caregiver => "kind-caregiver",
    })
}

pub fn status(v: securebase_core::assessment::Status) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::Status::Draft => "status-draft",
        securebase_core::assessment::Status::Submitted => "status-submitted",
        securebase_core::assessment::Status::SignedOff => "status-signed_off",
    })
}

pub fn indicator_state(v: securebase_core::assessment::IndicatorState) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::IndicatorState::Consistently => "state-consistently",
        securebase_core::assessment::IndicatorState::Sometimes => "state-sometimes",
        securebase_core::assessment::IndicatorState::NotYet => "state-not_yet",
        securebase_core::assessment::IndicatorState::NotApplicable => "state-not_applicable",
    })
}

pub fn evidence_source(v: securebase_core::assessment::EvidenceSource) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::EvidenceSource::Caregiver => "source-caregiver",
        securebase_core::assessment::EvidenceSource::DirectObservation => "source-direct_observation",
        securebase_core::assessment::EvidenceSource::School => "source-school",
        securebase_core::assessment::EvidenceSource::Health => "source-health",
        securebase_core::assessment::EvidenceSource::Child => "source-child",
        securebase_core::assessment::EvidenceSource::Referee => "source-referee",
        securebase_core::assessment::EvidenceSource::Other => "source-other",
    })
}

pub fn life_area(v: securebase_core::assessment::LifeArea) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::LifeArea::PastLife => "life-past_life",
        securebase_core::assessment::LifeArea::PresentLife => "life-present_life",
        securebase_core::assessment::LifeArea::Caring => "life-caring",
    })
}

pub fn section_state(v: securebase_core::assessment::SectionState) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::SectionState::NotStarted => "section-not_started",
        securebase_core::assessment::SectionState::InProgress => "section-in_progress",
        securebase_core::assessment::SectionState::Complete => "section-complete",
    })
}

pub fn aspect(v: securebase_core::content::Aspect) -> Cow<'static, str> {
    t(match v {
        securebase_core::content::Aspect::ThinkingFeeling => "aspect-thinking_feeling",
        securebase_core::content::Aspect::Behaviour => "aspect-behaviour",
    })
}

pub fn household_type(v: securebase_core::records::HouseholdType) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::HouseholdType::Foster => "household-foster",
        securebase_core::records::HouseholdType::Adoptive => "household-adoptive",
        securebase_core::records::HouseholdType::Kinship => "household-kinship",
        securebase_core::records::HouseholdType::Residential => "household-residential",
    })
}

pub fn approval_status(v: securebase_core::records::ApprovalStatus) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::ApprovalStatus::InAssessment => "approval-in_assessment",
        securebase_core::records::ApprovalStatus::Approved => "approval-approved",
        securebase_core::records::ApprovalStatus::OnHold => "approval-on_hold",
        securebase_core::records::ApprovalStatus::Deregistered => "approval-deregistered",
    })
}

pub fn placement_type(v: securebase_core::records::PlacementType) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::PlacementType::Emergency => "placement-emergency",
        securebase_core::records::PlacementType::ShortTerm => "placement-short_term",
        securebase_core::records::PlacementType::LongTerm => "placement-long_term",
        securebase_core::records::PlacementType::Permanence => "placement-permanence",
        securebase_core::records::PlacementType::Respite => "placement-respite",
        securebase_core::records::PlacementType::Adoption => "placement-adoption",
        securebase_core::records::PlacementType::Kinship => "placement-kinship",
        securebase_core::records::PlacementType::Residential => "placement-residential",
    })
}

pub fn end_reason(v: securebase_core::records::EndReason) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::EndReason::Planned => "end-planned",
        securebase_core::records::EndReason::Disruption => "end-disruption",
        securebase_core::records::EndReason::Reunification => "end-reunification",
        securebase_core::records::EndReason::Adoption => "end-adoption",
        securebase_core::records::EndReason::Age18 => "end-age_18",
        securebase_core::records::EndReason::Other => "end-other",
    })
}

pub fn carer_type(v: securebase_core::records::CarerType) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::CarerType::FosterCarer => "carer-foster_carer",
        securebase_core::records::CarerType::Adopter => "carer-adopter",
        securebase_core::records::CarerType::KinshipCarer => "carer-kinship_carer",
        securebase_core::records::CarerType::ResidentialKeyWorker => "carer-residential_key_worker",
    })
}

pub fn member_role(v: securebase_core::records::MemberRole) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::MemberRole::Carer => "member-carer",
        securebase_core::records::MemberRole::Adult => "member-adult",
        securebase_core::records::MemberRole::Child => "member-child",
    })
}

pub fn relation_kind(v: securebase_core::records::RelationKind) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::RelationKind::BirthFamily => "relation-birth_family",
        securebase_core::records::RelationKind::Significant => "relation-significant_other",
    })
}

pub fn band_error(v: securebase_core::assessment::BandError) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::BandError::OlderThanAge => "error-band-older",
        securebase_core::assessment::BandError::ReasonNeeded => "error-band-reason",
    })
}

pub fn rating_error(v: securebase_core::assessment::RatingError) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::RatingError::OutOfRange => "error-rating-range",
        securebase_core::assessment::RatingError::NoEvidence => "error-rating-evidence",
    })
}

pub fn workflow_error(v: securebase_core::assessment::WorkflowError) -> Cow<'static, str> {
    t(match v {
        securebase_core::assessment::WorkflowError::NotDraft => "error-workflow-not_draft",
        securebase_core::assessment::WorkflowError::Incomplete => "error-workflow-incomplete",
        securebase_core::assessment::WorkflowError::NotSubmitted => "error-workflow-not_submitted",
        securebase_core::assessment::WorkflowError::ManagerNeeded => "error-workflow-manager",
        securebase_core::assessment::WorkflowError::NotSignedOff => "error-workflow-not_signed_off",
        securebase_core::assessment::WorkflowError::ReasonNeeded => "error-workflow-reason",
    })
}

pub fn email_error(v: securebase_core::email::EmailError) -> Cow<'static, str> {
    t(match v {
        securebase_core::email::EmailError::Empty => "error-email-empty",
        securebase_core::email::EmailError::Format => "error-email-format",
        securebase_core::email::EmailError::TooLong => "error-email-long",
    })
}

pub fn password_error(v: securebase_core::password::PasswordError) -> Cow<'static, str> {
    t(match v {
        securebase_core::password::PasswordError::TooShort => "error-password-short",
        securebase_core::password::PasswordError::TooLong => "error-password-long",
        securebase_core::password::PasswordError::Common => "error-password-common",
        securebase_core::password::PasswordError::SameAsEmail => "error-password-email",
    })
}

pub fn date_error(v: securebase_core::records::DateError) -> Cow<'static, str> {
    t(match v {
        securebase_core::records::DateError::Missing => "error-date-missing",
        securebase_core::records::DateError::Invalid => "error-date-invalid",
        securebase_core::records::DateError::Future => "error-date-future",
        securebase_core::records::DateError::TooOld => "error-date-old",
    })
}

pub fn name_error(v: securebase_core::names::NameError) -> Cow<'static, str> {
    use securebase_core::names::NameError;
    match v {
        NameError::Empty => t("error-name-empty"),
        NameError::TooLong(max) => {
            t_args("error-name-long", &[("max", Arg::Number(i64::try_from(max).unwrap_or(i64::MAX)))])
        }
        NameError::Control => t("error-name-control"),
    }
}

/// A refusal from the store, said kindly: what rule stopped the change.
pub fn conflict(c: &securebase_store::error_kind::Conflict) -> Cow<'static, str> {
    use securebase_store::error_kind::Conflict;
    match c {
        Conflict::EmailTaken => t("conflict-email-taken"),
        Conflict::OrgNameTaken => t("conflict-org-taken"),
        Conflict::StaleVersion => t("conflict-stale"),
        Conflict::Archived => t("conflict-archived"),
        Conflict::AlreadyPlaced => t("conflict-already-placed"),
        Conflict::NoVacancy => t("conflict-no-vacancy"),
        Conflict::NotDraft => t("conflict-not-draft"),
        Conflict::Rating(e) => rating_error(*e),
        Conflict::Band(e) => band_error(*e),
        Conflict::Workflow(e) => workflow_error(*e),
        Conflict::AlreadyAmended => t("conflict-already-amended"),
    }
}
