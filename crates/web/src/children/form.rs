//! The child's details form, for adding a child and changing their details, with the labels
//! the record page, the change history and the conflict page use for the same fields.

use askama::Template;
use axum::response::Html;
use securebase_store::children::{self, Child, ChildInput};

use crate::AppError;
use crate::layout::{FieldError, Nav, render};
use crate::records::edit::{About, CreateFn, Editable, OpenFn, UpdateFn};
use crate::records::history::Fields;
use crate::records::{Check, Kind, RawForm, dates};
#[allow(unused_imports)]
use crate::i18n::Tr as _;

/// How the child's fields are named for people.
pub fn label(key: &str) -> Option<&'static str> {
    Some(match key {
        "given_names" => "Given names",
        "family_name" => "Family name",
        "preferred_name" => "Preferred name",
        "date_of_birth" => "Date of birth",
        "gender" => "Gender",
        "ethnicity" => "Ethnicity",
        "religion" => "Religion or belief",
        "first_language" => "First language",
        "legal_status" => "Legal status",
        "local_identifier" => "Local identifier",
        "health_notes" => "Health",
        "education_notes" => "Education",
        "important_people" => "Important people, places and things",
        _ => return None,
    })
}

fn value(key: &str, raw: &str) -> String {
    match key {
        "date_of_birth" => dates::show(raw),
        _ => raw.to_owned(),
    }
}

pub const FIELDS: Fields = Fields { label, value };

#[derive(Template)]
#[template(path = "children/form.html")]
struct FormPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    form: RawForm,
    /// `None` when adding a child; the child's id and name when changing their details.
    editing: Option<(String, String)>,
    /// The values are what was typed before the session ended, not what is stored.
    restored: bool,
}

impl Editable for Child {
    type Input = ChildInput;
    const KIND: Kind = Kind::Child;
    const FIELDS: Fields = FIELDS;
    const CREATE: CreateFn<Child, ChildInput> = children::create;
    const OPEN: OpenFn<Child> = children::view;
    const UPDATE: UpdateFn<Child, ChildInput> = children::update;
    const INPUT_FIELDS: fn(&ChildInput) -> Vec<(&'static str, String)> = ChildInput::fields;

    fn check(f: &RawForm) -> Result<ChildInput, Vec<FieldError>> {
        let mut k = Check::new();
        let born = k.past_date(
            "date_of_birth",
            "Date of birth",
            Some("Enter the child's date of birth"),
            f.get("date_of_birth"),
        );
        let input = ChildInput {
            given_names: k.name("given_names", "Given names", "Enter the child's given names", f.get("given_names")),
            family_name: k.name("family_name", "Family name", "Enter the child's family name", f.get("family_name")),
            preferred_name: k.line("preferred_name", "Preferred name", f.get("preferred_name")),
            date_of_birth: born.map(dates::store).unwrap_or_default(),
            gender: k.line("gender", "Gender", f.get("gender")),
            ethnicity: k.line("ethnicity", "Ethnicity", f.get("ethnicity")),
            religion: k.line("religion", "Religion or belief", f.get("religion")),
            first_language: k.line("first_language", "First language", f.get("first_language")),
            legal_status: k.line("legal_status", "Legal status", f.get("legal_status")),
            local_identifier: k.line("local_identifier", "Local identifier", f.get("local_identifier")),
            health_notes: k.notes("health_notes", "Health", f.get("health_notes")),
            education_notes: k.notes("education_notes", "Education", f.get("education_notes")),
            important_people: k.notes(
                "important_people",
                "Important people, places and things",
                f.get("important_people"),
            ),
        };
        k.finish(input)
    }

    fn form_page(
        nav: Option<Nav>,
        form: RawForm,
        editing: Option<(String, String)>,
        errors: Vec<FieldError>,
    ) -> Result<Html<String>, AppError> {
        render(&FormPage { nav, errors, form, editing, restored: false })
    }

    fn restored_page(nav: Option<Nav>, form: RawForm, editing: (String, String)) -> Result<Html<String>, AppError> {
        render(&FormPage { nav, errors: vec![], form, editing: Some(editing), restored: true })
    }

    fn about(&self) -> About {
        About {
            id: self.id.clone(),
            name: self.known_as(),
            version: self.version,
            archived: self.archived_at.is_some(),
            fields: self.input().fields(),
        }
    }

    fn form_of(&self) -> RawForm {
        let mut fields = self.input().fields();
        for (key, value) in &mut fields {
            if *key == "date_of_birth" {
                *value = dates::for_input(value);
            }
        }
        let mut form = RawForm::from_fields(fields);
        form.push("version", self.version.to_string());
        form
    }
}
