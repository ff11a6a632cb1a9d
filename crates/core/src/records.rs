//! The vocabulary of case records: kinds of household, approval, placement and ending, and
//! the calendar dates people type. Stored by key, shown by label.

use jiff::civil::Date;

macro_rules! keyed_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => ($key:literal, $label:literal)),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn parse(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

keyed_enum!(HouseholdType {
    Foster => ("foster", "Foster carers"),
    Adoptive => ("adoptive", "Adoptive family"),
    Kinship => ("kinship", "Kinship carers"),
    Residential => ("residential", "Residential children's home"),
});

keyed_enum!(ApprovalStatus {
    InAssessment => ("in_assessment", "In assessment"),
    Approved => ("approved", "Approved"),
    OnHold => ("on_hold", "On hold"),
    Deregistered => ("deregistered", "Deregistered"),
});

keyed_enum!(PlacementType {
    Emergency => ("emergency", "Emergency"),
    ShortTerm => ("short_term", "Short-term"),
    LongTerm => ("long_term", "Long-term"),
    Permanence => ("permanence", "Permanence"),
    Respite => ("respite", "Respite"),
    Adoption => ("adoption", "Adoption"),
    Kinship => ("kinship", "Kinship"),
    Residential => ("residential", "Residential"),
});

keyed_enum!(EndReason {
    Planned => ("planned", "Planned move"),
    Disruption => ("disruption", "Unplanned ending (disruption)"),
    Reunification => ("reunification", "Returned home to family"),
    Adoption => ("adoption", "Adopted"),
    Age18 => ("age_18", "Reached 18"),
    Other => ("other", "Other"),
});

keyed_enum!(CarerType {
    FosterCarer => ("foster_carer", "Foster carer"),
    Adopter => ("adopter", "Adopter"),
    KinshipCarer => ("kinship_carer", "Kinship carer"),
    ResidentialKeyWorker => ("residential_key_worker", "Residential key worker"),
});

keyed_enum!(MemberRole {
    Carer => ("carer", "Carer"),
    Adult => ("adult", "Other adult"),
    Child => ("child", "Child of the household"),
});

keyed_enum!(RelationKind {
    BirthFamily => ("birth_family", "Birth family"),
    Significant => ("significant_other", "Significant other"),
});

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("Enter a date")]
    Missing,
    #[error("Enter a real date, for example 27 3 2019")]
    Invalid,
    #[error("The date must be today or in the past")]
    Future,
    #[error("The date must be after 1900")]
    TooOld,
}

/// Parses a date typed as `YYYY-MM-DD` (what `<input type=date>` sends) or `D/M/YYYY` or
/// `D M YYYY` (what people type).
pub fn parse_date(input: &str) -> Result<Date, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateError::Missing);
    }
    if let Ok(d) = s.parse::<Date>() {
        return check_range(d);
    }
    // A phone's number pad offers '.' or ',' (by its locale) and no space. The month may be a
    // number or a name in English or Norwegian ("3 December 2026", "3. des. 2026").
    let parts: Vec<&str> = s.split(['/', ' ', '.', ',', '-']).filter(|p| !p.is_empty()).collect();
    let [d, m, y] = parts.as_slice() else { return Err(DateError::Invalid) };
    let m = m.parse::<i8>().ok().or_else(|| month_by_name(m));
    let (Ok(d), Some(m), Ok(y)) = (d.parse::<i8>(), m, y.parse::<i16>()) else {
        return Err(DateError::Invalid);
    };
    if y < 1000 {
        return Err(DateError::Invalid);
    }
    Date::new(y, m, d).map_err(|_| DateError::Invalid).and_then(check_range)
}

/// Month names as people type them in English and Norwegian Bokmål, in full or shortened to
/// three letters or more ("Sept", "des", "okt"), in any case.
fn month_by_name(word: &str) -> Option<i8> {
    const NAMES: [[&str; 2]; 12] = [
        ["january", "januar"],
        ["february", "februar"],
        ["march", "mars"],
        ["april", "april"],
        ["may", "mai"],
        ["june", "juni"],
        ["july", "juli"],
        ["august", "august"],
        ["september", "september"],
        ["october", "oktober"],
        ["november", "november"],
        ["december", "desember"],
    ];
    let w = word.trim().to_lowercase();
    if w.chars().count() < 3 || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut found = None;
    for (i, names) in NAMES.iter().enumerate() {
        if names.iter().any(|n| n.starts_with(&w)) {
            if found.is_some_and(|f| f != i) {
                return None;
            }
            found = Some(i);
        }
    }
    found.and_then(|i| i8::try_from(i + 1).ok())
}

fn check_range(d: Date) -> Result<Date, DateError> {
    if d.year() < 1900 { Err(DateError::TooOld) } else { Ok(d) }
}

/// A past (or today's) date, such as a date of birth.
pub fn parse_past_date(input: &str, today: Date) -> Result<Date, DateError> {
    let d = parse_date(input)?;
    if d > today { Err(DateError::Future) } else { Ok(d) }
}

/// Whole years between `born` and `on`. Someone born on 29 February turns a year older on
/// 1 March in other years; the age bands of assessments use the same rule (decision 20).
pub fn age_in_years(born: Date, on: Date) -> i32 {
    crate::assessment::completed_years(born, on)
}

/// When a looked-after child's next statutory review falls due, counting from the day they
/// came into care: 4 weeks, then 3 months after that, then every 6 months (England).
pub fn next_review_due(entered_care: Date, today: Date) -> Date {
    let first = entered_care.saturating_add(jiff::Span::new().days(28));
    if first >= today {
        return first;
    }
    let second = first.saturating_add(jiff::Span::new().months(3));
    if second >= today {
        return second;
    }
    let mut due = second;
    while due < today {
        due = due.saturating_add(jiff::Span::new().months(6));
    }
    due
}

/// Dates shown to people: "3 March 2019".
pub fn show_date(d: Date) -> String {
    d.strftime("%-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn keys_round_trip() {
        for t in HouseholdType::ALL {
            assert_eq!(HouseholdType::parse(t.key()), Some(*t));
        }
        for r in EndReason::ALL {
            assert_eq!(EndReason::parse(r.key()), Some(*r));
        }
        assert_eq!(PlacementType::parse("forever"), None);
    }

    #[test]
    fn dates_in_the_forms_people_use() {
        assert_eq!(parse_date("2019-03-27"), Ok(date(2019, 3, 27)));
        assert_eq!(parse_date("27/3/2019"), Ok(date(2019, 3, 27)));
        assert_eq!(parse_date(" 27 03 2019 "), Ok(date(2019, 3, 27)));
        assert_eq!(parse_date("27.3.2019"), Ok(date(2019, 3, 27)), "a phone number pad in the UK");
        assert_eq!(parse_date("27,3,2019"), Ok(date(2019, 3, 27)), "and in Norway");
        assert_eq!(parse_date(""), Err(DateError::Missing));
        assert_eq!(parse_date("31/2/2019"), Err(DateError::Invalid));
        assert_eq!(parse_date("27/3/19"), Err(DateError::Invalid));
        assert_eq!(parse_date("1850-01-01"), Err(DateError::TooOld));
        assert_eq!(parse_date("3 December 2026"), Ok(date(2026, 12, 3)));
        assert_eq!(parse_date("3 Dec 2026"), Ok(date(2026, 12, 3)));
        assert_eq!(parse_date("3. desember 2026"), Ok(date(2026, 12, 3)), "as Norwegian is written");
        assert_eq!(parse_date("3. des. 2026"), Ok(date(2026, 12, 3)));
        assert_eq!(parse_date("17. mai 2026"), Ok(date(2026, 5, 17)));
        assert_eq!(parse_date("1 okt 2026"), Ok(date(2026, 10, 1)));
        assert_eq!(parse_date("3 Ma 2026"), Err(DateError::Invalid), "too short to tell March from May");
        assert_eq!(parse_date("3 Smarch 2026"), Err(DateError::Invalid));
        assert_eq!(parse_past_date("2030-01-01", date(2026, 11, 23)), Err(DateError::Future));
    }

    #[test]
    fn ages_count_whole_years_and_leap_birthdays() {
        assert_eq!(age_in_years(date(2010, 6, 15), date(2026, 6, 14)), 15);
        assert_eq!(age_in_years(date(2010, 6, 15), date(2026, 6, 15)), 16);
        assert_eq!(age_in_years(date(2012, 2, 29), date(2013, 2, 27)), 0);
        assert_eq!(age_in_years(date(2012, 2, 29), date(2013, 2, 28)), 0);
        assert_eq!(age_in_years(date(2012, 2, 29), date(2013, 3, 1)), 1);
        assert_eq!(age_in_years(date(2012, 2, 29), date(2016, 2, 29)), 4);
    }

    #[test]
    fn review_schedule() {
        let start = date(2026, 1, 1);
        assert_eq!(next_review_due(start, date(2026, 1, 10)), date(2026, 1, 29));
        assert_eq!(next_review_due(start, date(2026, 2, 1)), date(2026, 4, 29));
        assert_eq!(next_review_due(start, date(2026, 5, 1)), date(2026, 10, 29));
        assert_eq!(next_review_due(start, date(2026, 11, 1)), date(2027, 4, 29));
    }
}
