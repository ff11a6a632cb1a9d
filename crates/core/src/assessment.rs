//! The rules of Secure Base assessments: age bands, indicator states, evidence, ratings and the
//! draft → submitted → signed off workflow. The wording of indicators lives in `content/`.

use jiff::civil::Date;

use crate::Dimension;

/// Whole calendar months completed between `born` and `on`. A month is completed on the same day
/// of a later month; when that month has no such day (born on the 31st, or on 29 February) it is
/// completed on the first day of the month after, the same rule that makes someone born on
/// 29 February a year older on 1 March in other years.
pub fn completed_months(born: Date, on: Date) -> i32 {
    if on < born {
        return 0;
    }
    let months = (i32::from(on.year()) - i32::from(born.year())) * 12 + i32::from(on.month()) - i32::from(born.month());
    if on.day() < born.day() { months - 1 } else { months }
}

/// Whole years completed, on the same rule as [`completed_months`].
pub fn completed_years(born: Date, on: Date) -> i32 {
    completed_months(born, on) / 12
}

/// The four age bands the child indicators are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    Infant,
    EarlyYears,
    MiddleChildhood,
    Adolescence,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] =
        [AgeBand::Infant, AgeBand::EarlyYears, AgeBand::MiddleChildhood, AgeBand::Adolescence];

    pub fn key(self) -> &'static str {
        match self {
            AgeBand::Infant => "infant",
            AgeBand::EarlyYears => "early_years",
            AgeBand::MiddleChildhood => "middle_childhood",
            AgeBand::Adolescence => "adolescence",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Infant => "0 to 18 months",
            AgeBand::EarlyYears => "19 months to 4 years",
            AgeBand::MiddleChildhood => "5 to 10 years",
            AgeBand::Adolescence => "11 to 18 years",
        }
    }

    pub fn parse(key: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The band for a child's age in years on the assessment date. Care leavers past 18 keep
    /// the oldest band; a date before birth has no band.
    pub fn for_age(born: Date, on: Date) -> Option<AgeBand> {
        if on < born {
            return None;
        }
        let months = completed_months(born, on);
        Some(if months <= 18 {
            AgeBand::Infant
        } else if months < 5 * 12 {
            AgeBand::EarlyYears
        } else if months < 11 * 12 {
            AgeBand::MiddleChildhood
        } else {
            AgeBand::Adolescence
        })
    }
}

/// The band an assessment uses: the age band, or a younger one for the child's emotional age,
/// which needs a reason.
pub fn choose_band(age_band: AgeBand, chosen: AgeBand, reason: &str) -> Result<AgeBand, BandError> {
    if chosen > age_band {
        return Err(BandError::OlderThanAge);
    }
    if chosen < age_band && reason.trim().is_empty() {
        return Err(BandError::ReasonNeeded);
    }
    Ok(chosen)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BandError {
    #[error("Choose the child's age band or a younger one; an older band cannot be used.")]
    OlderThanAge,
    #[error("Say why a younger band fits this child's emotional age.")]
    ReasonNeeded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssessmentKind {
    Child,
    Caregiver,
}

impl AssessmentKind {
    pub fn key(self) -> &'static str {
        match self {
            AssessmentKind::Child => "child",
            AssessmentKind::Caregiver => "caregiver",
        }
    }
    pub fn parse(key: &str) -> Option<Self> {
        [Self::Child, Self::Caregiver].into_iter().find(|k| k.key() == key)
    }
    pub fn label(self) -> &'static str {
        match self {
            AssessmentKind::Child => "Child assessment",
            AssessmentKind::Caregiver => "Caregiver assessment",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Draft,
    Submitted,
    SignedOff,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::SignedOff => "signed_off",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Status::Draft => "Draft",
            Status::Submitted => "Submitted for sign-off",
            Status::SignedOff => "Signed off",
        }
    }
    pub fn parse(key: &str) -> Option<Self> {
        [Self::Draft, Self::Submitted, Self::SignedOff].into_iter().find(|s| s.key() == key)
    }
    /// Only a draft can be changed; signed-off work changes only through an amendment.
    pub fn editable(self) -> bool {
        self == Status::Draft
    }
}

/// Who signs off an organisation's assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOffRule {
    /// The worker who wrote it signs it off.
    Worker,
    /// A team manager, who is not the author, signs it off.
    Manager,
}

impl SignOffRule {
    pub fn key(self) -> &'static str {
        match self {
            SignOffRule::Worker => "worker",
            SignOffRule::Manager => "manager",
        }
    }
    pub fn parse(key: &str) -> Option<Self> {
        [Self::Worker, Self::Manager].into_iter().find(|s| s.key() == key)
    }
}

/// How often the worker has seen what an indicator describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndicatorState {
    Consistently,
    Sometimes,
    NotYet,
    NotApplicable,
}

impl IndicatorState {
    pub const ALL: [IndicatorState; 4] = [
        IndicatorState::Consistently,
        IndicatorState::Sometimes,
        IndicatorState::NotYet,
        IndicatorState::NotApplicable,
    ];
    pub fn key(self) -> &'static str {
        match self {
            IndicatorState::Consistently => "consistently",
            IndicatorState::Sometimes => "sometimes",
            IndicatorState::NotYet => "not_yet",
            IndicatorState::NotApplicable => "not_applicable",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            IndicatorState::Consistently => "Seen consistently",
            IndicatorState::Sometimes => "Seen sometimes",
            IndicatorState::NotYet => "Not seen yet",
            IndicatorState::NotApplicable => "Does not apply",
        }
    }
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
    /// Ordinal for comparing two assessments: a move up is progress. Not applicable has no place.
    pub fn rank(self) -> Option<u8> {
        match self {
            IndicatorState::NotYet => Some(0),
            IndicatorState::Sometimes => Some(1),
            IndicatorState::Consistently => Some(2),
            IndicatorState::NotApplicable => None,
        }
    }
}

/// Where a piece of evidence came from. Kept with every entry so fact, third-party information
/// and the worker's opinion stay apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceSource {
    Caregiver,
    DirectObservation,
    School,
    Health,
    Child,
    Referee,
    Other,
}

impl EvidenceSource {
    pub const ALL: [EvidenceSource; 7] = [
        EvidenceSource::Caregiver,
        EvidenceSource::DirectObservation,
        EvidenceSource::School,
        EvidenceSource::Health,
        EvidenceSource::Child,
        EvidenceSource::Referee,
        EvidenceSource::Other,
    ];
    pub fn key(self) -> &'static str {
        match self {
            EvidenceSource::Caregiver => "caregiver",
            EvidenceSource::DirectObservation => "direct_observation",
            EvidenceSource::School => "school",
            EvidenceSource::Health => "health",
            EvidenceSource::Child => "child",
            EvidenceSource::Referee => "referee",
            EvidenceSource::Other => "other",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            EvidenceSource::Caregiver => "The caregiver's account",
            EvidenceSource::DirectObservation => "Direct observation",
            EvidenceSource::School => "School or nursery",
            EvidenceSource::Health => "Health",
            EvidenceSource::Child => "The child",
            EvidenceSource::Referee => "A referee",
            EvidenceSource::Other => "Other",
        }
    }
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// For a caregiver assessment, which part of the carer's life a piece of evidence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LifeArea {
    PastLife,
    PresentLife,
    Caring,
}

impl LifeArea {
    pub const ALL: [LifeArea; 3] = [LifeArea::PastLife, LifeArea::PresentLife, LifeArea::Caring];
    pub fn key(self) -> &'static str {
        match self {
            LifeArea::PastLife => "past_life",
            LifeArea::PresentLife => "present_life",
            LifeArea::Caring => "caring",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            LifeArea::PastLife => "Past life",
            LifeArea::PresentLife => "Present life",
            LifeArea::Caring => "Caring for children",
        }
    }
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A rating on the 0–10 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rating(u8);

impl Rating {
    pub const MAX: u8 = 10;

    pub fn new(value: i32) -> Result<Rating, RatingError> {
        u8::try_from(value).ok().filter(|v| *v <= Self::MAX).map(Rating).ok_or(RatingError::OutOfRange)
    }

    pub fn parse(text: &str) -> Result<Option<Rating>, RatingError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        text.parse::<i32>().map_err(|_| RatingError::OutOfRange).and_then(Rating::new).map(Some)
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RatingError {
    #[error("Choose a whole number from 0 to 10.")]
    OutOfRange,
    #[error("Add at least one piece of evidence for this dimension before rating it.")]
    NoEvidence,
}

/// A rating can only be given on evidence.
pub fn check_rating(rating: Option<Rating>, evidence_entries: usize) -> Result<Option<Rating>, RatingError> {
    match rating {
        Some(_) if evidence_entries == 0 => Err(RatingError::NoEvidence),
        other => Ok(other),
    }
}

/// Where a typed rating goes: given (it has evidence to rest on) or waiting for evidence.
/// Nothing typed is refused for want of evidence; it waits, and counts once evidence is added.
pub fn place_rating(rating: Option<Rating>, evidence_entries: usize) -> (Option<Rating>, Option<Rating>) {
    match check_rating(rating, evidence_entries) {
        Ok(given) => (given, None),
        Err(_) => (None, rating),
    }
}

/// Family membership is rated twice for a child: for the caregiving family and for the birth
/// family. Every other dimension, and every caregiver dimension, has one rating.
pub fn ratings_needed(kind: AssessmentKind, dimension: Dimension) -> usize {
    if kind == AssessmentKind::Child && dimension == Dimension::FamilyMembership { 2 } else { 1 }
}

/// Where a dimension's section stands on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionState {
    NotStarted,
    InProgress,
    Complete,
}

impl SectionState {
    pub fn label(self) -> &'static str {
        match self {
            SectionState::NotStarted => "Not started",
            SectionState::InProgress => "In progress",
            SectionState::Complete => "Complete",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            SectionState::NotStarted => "not_started",
            SectionState::InProgress => "in_progress",
            SectionState::Complete => "complete",
        }
    }
}

/// How many capacity fields a dimension's section must have written before it is complete: a
/// caregiver assessment names the carer's capacity for short-term and for long-term care in
/// every dimension, which is what approval and matching read; a child's has none.
pub fn capacities_needed(kind: AssessmentKind) -> usize {
    match kind {
        AssessmentKind::Child => 0,
        AssessmentKind::Caregiver => 2,
    }
}

/// What is filled in for one dimension of an assessment.
#[derive(Debug, Clone, Copy, Default)]
pub struct SectionFacts {
    pub indicators: usize,
    pub indicators_answered: usize,
    pub evidence: usize,
    pub ratings_given: usize,
    pub ratings_needed: usize,
    /// Capacity fields written (a caregiver's short-term and long-term care), and needed.
    pub capacities_written: usize,
    pub capacities_needed: usize,
    pub has_text: bool,
}

/// A section is complete when every indicator has a state, every rating it needs is given
/// (which itself needed evidence) and, for a carer, both capacities are written.
pub fn section_state(f: SectionFacts) -> SectionState {
    if f.ratings_needed > 0
        && f.ratings_given >= f.ratings_needed
        && f.indicators_answered >= f.indicators
        && f.capacities_written >= f.capacities_needed
    {
        SectionState::Complete
    } else if f.indicators_answered > 0 || f.evidence > 0 || f.ratings_given > 0 || f.has_text {
        SectionState::InProgress
    } else {
        SectionState::NotStarted
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    #[error("Only a draft can be submitted.")]
    NotDraft,
    #[error("Complete every section before submitting.")]
    Incomplete,
    #[error("Only a submitted assessment can be signed off or returned.")]
    NotSubmitted,
    #[error(
        "Only the author or a team manager over the case can sign this off; under this organisation's setting, a team manager other than the author."
    )]
    ManagerNeeded,
    #[error("Only a signed-off assessment can be amended.")]
    NotSignedOff,
    #[error("Say why the assessment is being amended.")]
    ReasonNeeded,
}

pub fn can_submit(status: Status, sections: &[SectionState]) -> Result<(), WorkflowError> {
    if status != Status::Draft {
        return Err(WorkflowError::NotDraft);
    }
    if sections.iter().any(|s| *s != SectionState::Complete) {
        return Err(WorkflowError::Incomplete);
    }
    Ok(())
}

/// Whether this person may sign off (or return) a submitted assessment. `may_edit` says whether
/// the policy lets them work on the record at all; `is_manager` whether they manage it.
pub fn can_sign_off(
    status: Status,
    rule: SignOffRule,
    is_author: bool,
    may_edit: bool,
    is_manager: bool,
) -> Result<(), WorkflowError> {
    if status != Status::Submitted {
        return Err(WorkflowError::NotSubmitted);
    }
    let allowed = match rule {
        // The author signs off their own work; a manager over the case may too.
        SignOffRule::Worker => (may_edit && is_author) || is_manager,
        SignOffRule::Manager => is_manager && !is_author,
    };
    if allowed { Ok(()) } else { Err(WorkflowError::ManagerNeeded) }
}

pub fn can_amend(status: Status, reason: &str) -> Result<(), WorkflowError> {
    if status != Status::SignedOff {
        return Err(WorkflowError::NotSignedOff);
    }
    if reason.trim().is_empty() {
        return Err(WorkflowError::ReasonNeeded);
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    #[test]
    fn band_boundaries() {
        let born = date(2020, 3, 15);
        assert_eq!(AgeBand::for_age(born, date(2021, 9, 14)), Some(AgeBand::Infant)); // 17 months
        assert_eq!(AgeBand::for_age(born, date(2021, 10, 14)), Some(AgeBand::Infant)); // 18 months, 29 days
        assert_eq!(AgeBand::for_age(born, date(2021, 10, 15)), Some(AgeBand::EarlyYears)); // 19 months
        assert_eq!(AgeBand::for_age(born, date(2025, 3, 14)), Some(AgeBand::EarlyYears)); // 4 years 11 months
        assert_eq!(AgeBand::for_age(born, date(2025, 3, 15)), Some(AgeBand::MiddleChildhood)); // 5th birthday
        assert_eq!(AgeBand::for_age(born, date(2031, 3, 14)), Some(AgeBand::MiddleChildhood)); // still 10
        assert_eq!(AgeBand::for_age(born, date(2031, 3, 15)), Some(AgeBand::Adolescence)); // 11th birthday
        assert_eq!(AgeBand::for_age(born, date(2045, 1, 1)), Some(AgeBand::Adolescence)); // care leaver
        assert_eq!(AgeBand::for_age(born, born), Some(AgeBand::Infant));
        assert_eq!(AgeBand::for_age(born, date(2020, 3, 14)), None);
    }

    #[test]
    fn leap_day_birthdays_turn_on_the_first_of_march() {
        let born = date(2020, 2, 29);
        assert_eq!(completed_years(born, date(2025, 2, 28)), 4);
        assert_eq!(completed_years(born, date(2025, 3, 1)), 5);
        assert_eq!(AgeBand::for_age(born, date(2025, 2, 28)), Some(AgeBand::EarlyYears));
        assert_eq!(AgeBand::for_age(born, date(2025, 3, 1)), Some(AgeBand::MiddleChildhood));
        assert_eq!(completed_years(born, date(2024, 2, 29)), 4);
        // 19 months: born 29 Feb 2020, 29 Sep 2021
        assert_eq!(AgeBand::for_age(born, date(2021, 9, 28)), Some(AgeBand::Infant));
        assert_eq!(AgeBand::for_age(born, date(2021, 9, 29)), Some(AgeBand::EarlyYears));
        assert_eq!(AgeBand::for_age(born, date(2031, 2, 28)), Some(AgeBand::MiddleChildhood));
        assert_eq!(AgeBand::for_age(born, date(2031, 3, 1)), Some(AgeBand::Adolescence));
    }

    #[test]
    fn month_ends() {
        let born = date(2024, 1, 31);
        assert_eq!(completed_months(born, date(2024, 2, 29)), 0);
        assert_eq!(completed_months(born, date(2024, 3, 1)), 1);
        assert_eq!(completed_months(born, date(2024, 3, 31)), 2);
    }

    #[test]
    fn younger_band_needs_a_reason_older_is_refused() {
        let age = AgeBand::MiddleChildhood;
        assert_eq!(choose_band(age, age, ""), Ok(age));
        assert_eq!(choose_band(age, AgeBand::EarlyYears, "  "), Err(BandError::ReasonNeeded));
        assert_eq!(choose_band(age, AgeBand::EarlyYears, "Emotional age nearer three"), Ok(AgeBand::EarlyYears));
        assert_eq!(choose_band(age, AgeBand::Adolescence, "x"), Err(BandError::OlderThanAge));
    }

    #[test]
    fn ratings_need_evidence_and_range() {
        assert_eq!(Rating::parse("7").unwrap().unwrap().value(), 7);
        assert_eq!(Rating::parse(" ").unwrap(), None);
        assert_eq!(Rating::parse("11"), Err(RatingError::OutOfRange));
        assert_eq!(Rating::parse("-1"), Err(RatingError::OutOfRange));
        assert_eq!(Rating::parse("5.5"), Err(RatingError::OutOfRange));
        let r = Rating::new(4).unwrap();
        assert_eq!(check_rating(Some(r), 0), Err(RatingError::NoEvidence));
        assert_eq!(place_rating(Some(r), 0), (None, Some(r)), "a rating without evidence waits");
        assert_eq!(place_rating(Some(r), 1), (Some(r), None));
        assert_eq!(place_rating(None, 0), (None, None));
        assert_eq!(check_rating(Some(r), 1), Ok(Some(r)));
        assert_eq!(check_rating(None, 0), Ok(None));
        assert_eq!(ratings_needed(AssessmentKind::Child, Dimension::FamilyMembership), 2);
        assert_eq!(ratings_needed(AssessmentKind::Caregiver, Dimension::FamilyMembership), 1);
        assert_eq!(ratings_needed(AssessmentKind::Child, Dimension::Availability), 1);
    }

    #[test]
    fn sections_and_workflow() {
        let mut f = SectionFacts { indicators: 6, ratings_needed: 1, ..Default::default() };
        assert_eq!(section_state(f), SectionState::NotStarted);
        f.indicators_answered = 6;
        assert_eq!(section_state(f), SectionState::InProgress);
        f.ratings_given = 1;
        assert_eq!(section_state(f), SectionState::Complete);
        f.indicators_answered = 5;
        assert_eq!(section_state(f), SectionState::InProgress);

        // A carer's section also needs both capacities written.
        let mut c = SectionFacts {
            indicators: 4,
            indicators_answered: 4,
            ratings_given: 1,
            ratings_needed: 1,
            capacities_needed: capacities_needed(AssessmentKind::Caregiver),
            capacities_written: 1,
            ..Default::default()
        };
        assert_eq!(section_state(c), SectionState::InProgress);
        c.capacities_written = 2;
        assert_eq!(section_state(c), SectionState::Complete);
        assert_eq!(capacities_needed(AssessmentKind::Child), 0);

        let done = [SectionState::Complete; 5];
        assert_eq!(can_submit(Status::Draft, &done), Ok(()));
        assert_eq!(can_submit(Status::Draft, &[SectionState::InProgress]), Err(WorkflowError::Incomplete));
        assert_eq!(can_submit(Status::SignedOff, &done), Err(WorkflowError::NotDraft));
        assert_eq!(can_sign_off(Status::Submitted, SignOffRule::Worker, true, true, false), Ok(()));
        assert_eq!(
            can_sign_off(Status::Submitted, SignOffRule::Manager, true, true, true),
            Err(WorkflowError::ManagerNeeded)
        );
        assert_eq!(can_sign_off(Status::Submitted, SignOffRule::Manager, false, true, true), Ok(()));
        // Under the worker rule another worker on the case does not sign off someone else's work.
        assert_eq!(
            can_sign_off(Status::Submitted, SignOffRule::Worker, false, true, false),
            Err(WorkflowError::ManagerNeeded)
        );
        assert_eq!(can_sign_off(Status::Submitted, SignOffRule::Worker, false, true, true), Ok(()));
        assert_eq!(
            can_sign_off(Status::Draft, SignOffRule::Worker, true, true, false),
            Err(WorkflowError::NotSubmitted)
        );
        assert_eq!(can_amend(Status::SignedOff, ""), Err(WorkflowError::ReasonNeeded));
        assert_eq!(can_amend(Status::Draft, "typo"), Err(WorkflowError::NotSignedOff));
        assert!(Status::Draft.editable() && !Status::SignedOff.editable() && !Status::Submitted.editable());
    }

    #[test]
    fn keys_round_trip() {
        for b in AgeBand::ALL {
            assert_eq!(AgeBand::parse(b.key()), Some(b));
        }
        for s in IndicatorState::ALL {
            assert_eq!(IndicatorState::parse(s.key()), Some(s));
        }
        for s in EvidenceSource::ALL {
            assert_eq!(EvidenceSource::parse(s.key()), Some(s));
        }
        for s in LifeArea::ALL {
            assert_eq!(LifeArea::parse(s.key()), Some(s));
        }
        for s in [Status::Draft, Status::Submitted, Status::SignedOff] {
            assert_eq!(Status::parse(s.key()), Some(s));
        }
        assert_eq!(AgeBand::parse("toddler"), None);
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (1990i16..2040, 1i8..=12, 1i8..=31).prop_filter_map("real date", |(y, m, d)| Date::new(y, m, d).ok())
    }

    proptest! {
        /// Growing older never moves a child into a younger band.
        #[test]
        fn bands_never_go_backwards(born in any_date(), a in 0i32..9000, b in 0i32..9000) {
            let (a, b) = (a.min(b), a.max(b));
            let d1 = born.checked_add(jiff::Span::new().days(a)).unwrap();
            let d2 = born.checked_add(jiff::Span::new().days(b)).unwrap();
            prop_assert!(AgeBand::for_age(born, d1) <= AgeBand::for_age(born, d2));
        }

        /// The band agrees with completed months and years, whatever the birthday.
        #[test]
        fn band_matches_age(born in any_date(), days in 0i32..9000) {
            let on = born.checked_add(jiff::Span::new().days(days)).unwrap();
            let months = completed_months(born, on);
            let band = AgeBand::for_age(born, on).unwrap();
            let expected = match months { 0..=18 => AgeBand::Infant, 19..=59 => AgeBand::EarlyYears,
                60..=131 => AgeBand::MiddleChildhood, _ => AgeBand::Adolescence };
            prop_assert_eq!(band, expected);
            // A month is never completed before the same day-of-month (or the 1st after a short month).
            let back = on.checked_sub(jiff::Span::new().days(1)).unwrap();
            prop_assert!(completed_months(born, back) <= months);
            prop_assert!(months - completed_months(born, back) <= 1);
        }

        /// Completed years agree with jiff's own arithmetic except for 29 February birthdays, where
        /// we deliberately turn a year older on 1 March.
        #[test]
        fn years_agree_with_calendar(born in any_date(), days in 0i32..30000) {
            let on = born.checked_add(jiff::Span::new().days(days)).unwrap();
            let ours = completed_years(born, on);
            let anniversary = born.checked_add(jiff::Span::new().years(ours)).unwrap();
            let next = born.checked_add(jiff::Span::new().years(ours + 1)).unwrap();
            if !(born.month() == 2 && born.day() == 29) {
                prop_assert!(anniversary <= on && on < next);
            }
        }

        #[test]
        fn ratings_parse_only_zero_to_ten(n in -100i32..100) {
            let parsed = Rating::parse(&n.to_string());
            prop_assert_eq!(parsed.is_ok(), (0..=10).contains(&n));
        }
    }
}
