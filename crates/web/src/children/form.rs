//! The child's details form, for adding a child and changing their details, with the labels
//! the record page, the change history and the conflict page use for the same fields.

use std::borrow::Cow;

use askama::Template;
use axum::response::Html;
use securebase_store::children::{self, Child, ChildInput};

use crate::AppError;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::t;
use crate::layout::{FieldError, Nav, render};
use crate::records::edit::{About, CreateFn, Editable, OpenFn, UpdateFn};
use crate::records::history::Fields;
use crate::records::{Check, Kind, RawForm, dates};

/// How the child's fields are named for people, in the request's language.
pub fn label(key: &str) -> Option<Cow<'static, str>> {
    Some(t(match key {
        "given_names" => "rec-child-given-names",
        "family_name" => "rec-child-family-name",
        "preferred_name" => "rec-child-preferred-name",
        "date_of_birth" => "rec-dob",
        "gender" => "rec-child-gender",
        "ethnicity" => "rec-child-ethnicity",
        "religion" => "rec-child-religion",
        "first_language" => "rec-child-first-language",
        "legal_status" => "rec-child-legal-status",
        "local_identifier" => "rec-child-local-identifier",
        "health_notes" => "rec-child-health",
        "education_notes" => "rec-child-education",
        "important_people" => "rec-child-important-people",
        _ => return None,
    }))
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
        let born =
            k.past_date("date_of_birth", &t("rec-dob"), Some(&*t("rec-child-dob-missing")), f.get("date_of_birth"));
        let input = ChildInput {
            given_names: k.name(
                "given_names",
                &t("rec-child-given-names"),
                &t("rec-child-given-names-missing"),
                f.get("given_names"),
            ),
            family_name: k.name(
                "family_name",
                &t("rec-child-family-name"),
                &t("rec-child-family-name-missing"),
                f.get("family_name"),
            ),
            preferred_name: k.line("preferred_name", &t("rec-child-preferred-name"), f.get("preferred_name")),
            date_of_birth: born.map(dates::store).unwrap_or_default(),
            gender: k.line("gender", &t("rec-child-gender"), f.get("gender")),
            ethnicity: k.line("ethnicity", &t("rec-child-ethnicity"), f.get("ethnicity")),
            religion: k.line("religion", &t("rec-child-religion"), f.get("religion")),
            first_language: k.line("first_language", &t("rec-child-first-language"), f.get("first_language")),
            legal_status: k.line("legal_status", &t("rec-child-legal-status"), f.get("legal_status")),
            local_identifier: k.line("local_identifier", &t("rec-child-local-identifier"), f.get("local_identifier")),
            health_notes: k.notes("health_notes", &t("rec-child-health"), f.get("health_notes")),
            education_notes: k.notes("education_notes", &t("rec-child-education"), f.get("education_notes")),
            important_people: k.notes("important_people", &t("rec-child-important-people"), f.get("important_people")),
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
