//! A record's change history for people: who, when, what, with fields named as the form names
//! them and values shown as the record page shows them. Rendered by `records/history.html`.

use securebase_store::history::Change;

use crate::layout::when;

/// How one kind of record names its fields and shows their stored values.
#[derive(Clone, Copy)]
pub struct Fields {
    pub label: fn(&str) -> Option<&'static str>,
    pub value: fn(&str, &str) -> String,
}

impl Fields {
    /// The field's label; keys shared by every record, then the record's own, then the key itself.
    pub fn label_of(&self, key: &str) -> String {
        let shared = match key {
            "placement" => Some("Placement"),
            "worker" => Some("Worker"),
            "member" => Some("Member of the household"),
            "important_person" => Some("Family or important person"),
            _ => None,
        };
        shared.or_else(|| (self.label)(key)).map(str::to_owned).unwrap_or_else(|| key.replace('_', " "))
    }

    pub fn value_of(&self, key: &str, raw: &str) -> String {
        if raw.trim().is_empty() {
            "(blank)".to_owned()
        } else if key == "placement" {
            placement_value(raw)
        } else {
            (self.value)(key, raw)
        }
    }
}

/// The store words a placement's start as "short_term from 2026-01-05" and its end as
/// "ended 2026-02-10 (disruption)": shown with labels and dates for people.
fn placement_value(raw: &str) -> String {
    let ended = raw.strip_prefix("ended ").and_then(|rest| rest.split_once(" ("));
    if let Some((date, reason)) = ended {
        let reason = crate::placements::reason_label(reason.trim_end_matches(')'));
        return format!("Ended {} ({reason})", super::dates::show(date));
    }
    match raw.split_once(" from ") {
        Some((kind, date)) => format!("{} from {}", crate::placements::type_label(kind), super::dates::show(date)),
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
    match action {
        "created" => "Record created".to_owned(),
        "updated" => "Details changed".to_owned(),
        "archived" => "Record archived".to_owned(),
        "restored" => "Record restored".to_owned(),
        "allocated" => "Worker allocated".to_owned(),
        other => {
            let mut chars = other.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
    }
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
    }
}
