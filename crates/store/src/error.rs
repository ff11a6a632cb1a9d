use std::fmt;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Config(String),
    #[error("cannot connect to {backend} at {target}: {reason}")]
    Connect { backend: &'static str, target: String, reason: String },
    #[error("database pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("not found")]
    NotFound,
    #[error("stored data is not valid: {0}")]
    Invalid(String),
    #[error("{0}")]
    Conflict(Conflict),
    #[error("{0}")]
    Backup(String),
    #[error("background task failed: {0}")]
    Task(String),
}

/// A write refused because it would break a uniqueness or version rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    EmailTaken,
    OrgNameTaken,
    StaleVersion,
    Archived,
    AlreadyPlaced,
    NoVacancy,
    /// Only drafts can be changed; signed-off work is amended instead.
    NotDraft,
    /// A rating needs evidence, and evidence behind a rating cannot be taken away.
    Rating(securebase_core::assessment::RatingError),
    Band(securebase_core::assessment::BandError),
    Workflow(securebase_core::assessment::WorkflowError),
    /// An amendment of this version is already open or signed off.
    AlreadyAmended,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Conflict::EmailTaken => "an account with that email address already exists",
            Conflict::OrgNameTaken => "an organisation with that name already exists",
            Conflict::StaleVersion => "the record was changed by someone else",
            Conflict::Archived => "the record is archived and cannot be changed",
            Conflict::AlreadyPlaced => "the child already has a current placement; end it first",
            Conflict::NoVacancy => "the household has no vacancy within its approval",
            Conflict::NotDraft => "only a draft can be changed; amend a signed-off assessment instead",
            Conflict::Rating(e) => return write!(f, "{e}"),
            Conflict::Band(e) => return write!(f, "{e}"),
            Conflict::Workflow(e) => return write!(f, "{e}"),
            Conflict::AlreadyAmended => "this version has already been amended; open the newer version",
        })
    }
}

impl StoreError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, StoreError::NotFound | StoreError::Query(diesel::result::Error::NotFound))
    }
}
