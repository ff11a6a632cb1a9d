//! A record's change history for people: who, when, what, with fields named as the form names
//! them and values shown as the record page shows them. Rendered by `records/history.html`.

use std::borrow::Cow;

use securebase_core::records::MemberRole;
use securebase_store::history::Change;

use crate::i18n::{Arg, labels, t, t_args};
use crate::layout::when;

/// How one kind of record names its fields (in the request's language) and shows their stored
/// values.
#[derive(Clone, Copy)]
pub struct Fields {
    pub label: fn(&str) -> Option<Cow<'static, str>>,
    pub value: fn(&str, &str) -> String,
}

impl Fields {
    /// The field's label; keys shared by every record, then the record's own, then the key itself.
    pub fn label_of(&self, key: &str) -> String {
        let shared = match key {
            "placement" => Some(t("rec-field-placement")),
            "worker" => Some(t("rec-field-worker")),
            "member" => Some(t("rec-field-member")),
            "important_person" => Some(t("rec-field-important-person")),
            _ => None,
        };
        shared.or_else(|| (self.label)(key)).map(Cow::into_owned).unwrap_or_else(|| key.replace('_', " "))
    }

    pub fn value_of(&self, key: &str, raw: &str) -> String {
        if raw.trim().is_empty() {
            t("rec-history-blank").into_owned()
        } else if key == "placement" {
            placement_value(raw)
        } else if key == "member" {
            member_value(raw)
        } else {
            (self.value)(key, raw)
        }
    }
}

/// The store words a new member of a household as "Asha Patel (carer)": the place in the
/// household is shown by its name.
fn member_value(raw: &str) -> String {
    let parsed = raw.strip_suffix(')').and_then(|rest| rest.rsplit_once(" ("));
    match parsed.and_then(|(name, role)| MemberRole::parse(role).map(|r| (name, r))) {
        Some((name, role)) => t_args(
            "rec-history-member-value",
            &[("name", Arg::Text(name.to_owned())), ("role", Arg::Text(labels::member_role(role).into_owned()))],
        )
        .into_owned(),
        None => raw.to_owned(),
    }
}

/// The store words a placement's start as "short_term from 2026-01-05" and its end as
/// "ended 2026-02-10 (disruption)": shown with labels and dates for people.
fn placement_value(raw: &str) -> String {
    let ended = raw.strip_prefix("ended ").and_then(|rest| rest.split_once(" ("));
    if let Some((date, reason)) = ended {
        let reason = crate::placements::reason_label(reason.trim_end_matches(')'));
        let args = [("date", Arg::Text(super::dates::show(date))), ("reason", Arg::Text(reason))];
        return t_args("rec-history-ended", &args).into_owned();
    }
    match raw.split_once(" from ") {
        Some((kind, date)) => {
            let args = [
                ("type", Arg::Text(crate::placements::type_label(kind))),
                ("date", Arg::Text(super::dates::show(date))),
            ];
            t_args("rec-history-started", &args).into_owned()
        }
        None => raw.to_owned(),
    }
}

pub struct ChangeLine {
    pub label: String,
    pub from: String,
    pub to: String,
}

pub struct HistoryEntry {
    pub when: String,
    pub by: String,
    pub action: String,
    pub changes: Vec<ChangeLine>,
}

fn action_label(action: &str) -> String {
    let key = match action {
        "created" => "rec-history-created",
        "updated" => "rec-history-updated",
        "archived" => "rec-history-archived",
        "restored" => "rec-history-restored",
        "allocated" => "rec-history-allocated",
        "person added" => "rec-history-person-added",
        "member added" => "rec-history-member-added",
        "placement started" => "rec-history-placement-started",
        "placement ended" => "rec-history-placement-ended",
        // Anything else the store may write, as it wrote it.
        other => {
            let mut chars = other.chars();
            return chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
        }
    };
    t(key).into_owned()
}

pub fn entries(changes: Vec<Change>, fields: Fields) -> Vec<HistoryEntry> {
    changes
        .into_iter()
        .map(|c| HistoryEntry {
            when: when(c.at),
            by: c.by,
            action: action_label(&c.action),
            changes: c
                .fields
                .iter()
                .map(|f| ChangeLine {
                    label: fields.label_of(&f.field),
                    // A change shows what it replaced, even a blank; an addition only what was added.
                    from: if f.from.is_empty() && c.action != "updated" {
                        String::new()
                    } else {
                        fields.value_of(&f.field, &f.from)
                    },
                    to: fields.value_of(&f.field, &f.to),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placements_read_as_words() {
        assert_eq!(placement_value("short_term from 2026-01-05"), "Short-term from 5 January 2026");
        assert_eq!(
            placement_value("ended 2026-02-10 (disruption)"),
            "Ended 10 February 2026 (Unplanned ending (disruption))"
        );
        assert_eq!(placement_value("with The Ashworth household"), "with The Ashworth household");
        assert_eq!(member_value("Asha Patel (carer)"), "Asha Patel (Carer)");
        assert_eq!(member_value("Asha (Patel) (someone)"), "Asha (Patel) (someone)");
        assert_eq!(action_label("placement ended"), "Placement ended");
    }
}
