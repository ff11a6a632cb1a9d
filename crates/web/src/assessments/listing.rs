//! The "Secure Base assessments" section of a child's or a household's record page: the latest
//! signed-off ratings as petals (one set for a child, one per carer), the list, and links to
//! start one and to the profile, where the progress chart is.

use securebase_core::assessment::AssessmentKind;
use securebase_core::content::ContentPack;
use securebase_store::assessments::{AssessmentSummary, RatedAssessment};

use super::{band_label, href, status_class, status_label};
use crate::i18n::{Arg, labels, t, t_args};
use crate::records::dates;

#[derive(Debug, Clone)]
pub struct ListRow {
    pub href: String,
    pub date: String,
    pub kind: String,
    /// The age band used (a child), or the carer assessed.
    pub about: String,
    pub version: String,
    pub status: String,
    pub status_class: &'static str,
    pub author: String,
    pub superseded: bool,
}

/// What the record page shows about assessments. `None` on the page when the person may not
/// read any (the section is then left out).
#[derive(Debug, Clone)]
pub struct AssessmentList {
    pub rows: Vec<ListRow>,
    pub for_carers: bool,
    /// Where to start a new one, for those who may.
    pub start_href: Option<String>,
    pub profile_href: String,
    pub latest: Vec<Latest>,
}

/// The latest signed-off ratings of a child, or of one carer, drawn as petals.
#[derive(Debug, Clone)]
pub struct Latest {
    /// The carer's name; empty for a child.
    pub heading: String,
    pub href: String,
    pub date: String,
    /// A complete `<svg>`, its text escaped by `crate::charts`.
    pub petals: String,
}

impl AssessmentList {
    pub fn new(list: Vec<AssessmentSummary>, record_href: &str, for_carers: bool, may_start: bool) -> AssessmentList {
        let rows = list
            .into_iter()
            .map(|a| ListRow {
                href: href(&a.id),
                date: dates::show(&a.assessed_on),
                kind: AssessmentKind::parse(&a.kind)
                    .map_or_else(|| t("asmt-assessment"), labels::assessment_kind)
                    .into_owned(),
                about: if for_carers { a.subject } else { band_label(&a.band).into_owned() },
                version: if a.amendment_no == 0 {
                    String::new()
                } else {
                    t_args("asmt-version-amendment-lower", &[("number", Arg::Number(i64::from(a.amendment_no)))])
                        .into_owned()
                },
                status: status_label(&a.status).into_owned(),
                status_class: status_class(&a.status),
                author: a.author,
                superseded: a.superseded,
            })
            .collect();
        AssessmentList {
            rows,
            for_carers,
            start_href: may_start.then(|| format!("{record_href}/assessments/new")),
            profile_href: format!("{record_href}/profile"),
            latest: Vec::new(),
        }
    }

    /// Adds the petals of the latest of each subject's signed-off assessments: `rated` oldest
    /// first, each with its subject's name (empty for a child).
    pub fn with_latest(mut self, pack: &ContentPack, rated: Vec<(String, Vec<RatedAssessment>)>) -> AssessmentList {
        let is_child = !self.for_carers;
        self.latest = rated
            .into_iter()
            .filter_map(|(heading, list)| {
                let a = list.last()?;
                let date = dates::show(&a.assessed_on);
                Some(Latest {
                    petals: super::profile::latest_petals(pack, a, is_child, &heading, &date),
                    href: href(&a.id),
                    date,
                    heading,
                })
            })
            .collect();
        self
    }
}
