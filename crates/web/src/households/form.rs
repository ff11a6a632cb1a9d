//! The household's details form: adding a household and changing its details and approval,
//! with the labels the record page, the change history and the conflict page use.

use std::borrow::Cow;

use askama::Template;
use axum::response::Html;
use securebase_core::records::{ApprovalStatus, HouseholdType, PlacementType};
use securebase_store::households::{self, Household, HouseholdInput};

use crate::AppError;
#[allow(unused_imports)]
use crate::i18n::Tr as _;
use crate::i18n::{labels, t};
use crate::layout::{FieldError, Nav, render};
use crate::records::edit::{About, CreateFn, Editable, OpenFn, UpdateFn};
use crate::records::history::Fields;
use crate::records::{Check, Choice, Kind, RawForm, dates, pick};

/// How the household's fields are named for people, in the request's language.
pub fn label(key: &str) -> Option<Cow<'static, str>> {
    Some(t(match key {
        "name" => "rec-household-name",
        "address" => "rec-household-address",
        "household_type" => "rec-household-type",
        "approval_status" => "rec-household-approval",
        "approval_age_min" => "rec-household-age-min",
        "approval_age_max" => "rec-household-age-max",
        "approval_places" => "rec-household-places-approved",
        "approval_placement_types" => "rec-household-placement-types",
        "approval_date" => "rec-household-approval-date",
        "next_review_date" => "rec-household-next-review",
        _ => return None,
    }))
}

pub fn type_label(key: &str) -> String {
    HouseholdType::parse(key).map(|v| labels::household_type(v).into_owned()).unwrap_or_else(|| key.to_owned())
}

pub fn status_label(key: &str) -> String {
    ApprovalStatus::parse(key).map(|v| labels::approval_status(v).into_owned()).unwrap_or_else(|| key.to_owned())
}

/// "Emergency, Short-term" from the stored "emergency,short_term".
pub fn placement_types_label(keys: &str) -> String {
    keys.split(',').filter(|k| !k.is_empty()).map(crate::placements::type_label).collect::<Vec<_>>().join(", ")
}

fn value(key: &str, raw: &str) -> String {
    match key {
        "household_type" => type_label(raw),
        "approval_status" => status_label(raw),
        "approval_placement_types" => placement_types_label(raw),
        "approval_date" | "next_review_date" => dates::show(raw),
        _ => raw.to_owned(),
    }
}

pub const FIELDS: Fields = Fields { label, value };

#[derive(Template)]
#[template(path = "households/form.html")]
struct FormPage {
    nav: Option<Nav>,
    errors: Vec<FieldError>,
    editing: Option<(String, String)>,
    types: Vec<Choice>,
    statuses: Vec<Choice>,
    placement_types: Vec<Choice>,
    form: RawForm,
}

fn opt_string(v: Option<i32>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

impl Editable for Household {
    type Input = HouseholdInput;
    const KIND: Kind = Kind::Household;
    const FIELDS: Fields = FIELDS;
    const CREATE: CreateFn<Household, HouseholdInput> = households::create;
    const OPEN: OpenFn<Household> = households::view;
    const UPDATE: UpdateFn<Household, HouseholdInput> = households::update;
    const INPUT_FIELDS: fn(&HouseholdInput) -> Vec<(&'static str, String)> = HouseholdInput::fields;

    fn check(f: &RawForm) -> Result<HouseholdInput, Vec<FieldError>> {
        let mut k = Check::new();
        let name = k.name("name", &t("rec-household-name"), &t("rec-household-name-missing"), f.get("name"));
        let address = k.notes("address", &t("rec-household-address"), f.get("address"));
        let kind =
            k.choice("household_type", &t("rec-household-type-missing"), HouseholdType::parse(f.get("household_type")));
        let status = k.choice(
            "approval_status",
            &t("rec-household-status-missing"),
            ApprovalStatus::parse(f.get("approval_status")),
        );
        let min = k.number("approval_age_min", &t("rec-household-youngest"), f.get("approval_age_min"), 0, 25);
        let max = k.number("approval_age_max", &t("rec-household-oldest"), f.get("approval_age_max"), 0, 25);
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            k.push("approval_age_max", t("rec-household-ages-order"));
        }
        let places = k.number("approval_places", &t("rec-household-places"), f.get("approval_places"), 0, 50);
        if status == Some(ApprovalStatus::Approved) && places.is_none() {
            k.push("approval_places", t("rec-household-places-missing"));
        }
        let chosen = f.all("approval_placement_types");
        if chosen.iter().any(|p| PlacementType::parse(p).is_none()) {
            k.push("approval_placement_types", t("rec-household-placement-types-invalid"));
        }
        // Kept in the vocabulary's order, so the same choice is always stored the same way.
        let types: Vec<&str> = PlacementType::ALL.iter().map(|p| p.key()).filter(|key| chosen.contains(key)).collect();
        let approval_date =
            k.past_date("approval_date", &t("rec-household-approval-date"), None, f.get("approval_date"));
        let review = k.date("next_review_date", &t("rec-household-next-review"), None, f.get("next_review_date"));
        let input = HouseholdInput {
            name,
            address,
            household_type: kind.map(|x| x.key().to_owned()).unwrap_or_default(),
            approval_status: status.map(|x| x.key().to_owned()).unwrap_or_default(),
            approval_age_min: min,
            approval_age_max: max,
            approval_places: places,
            approval_placement_types: types.join(","),
            approval_date: approval_date.map(dates::store),
            next_review_date: review.map(dates::store),
        };
        k.finish(input)
    }

    fn form_page(
        nav: Option<Nav>,
        form: RawForm,
        editing: Option<(String, String)>,
        errors: Vec<FieldError>,
    ) -> Result<Html<String>, AppError> {
        render(&FormPage {
            nav,
            errors,
            editing,
            types: pick(
                Choice::all(HouseholdType::ALL, HouseholdType::key, labels::household_type),
                [form.get("household_type")],
            ),
            statuses: pick(
                Choice::all(ApprovalStatus::ALL, ApprovalStatus::key, labels::approval_status),
                [form.get("approval_status")],
            ),
            placement_types: pick(
                Choice::all(PlacementType::ALL, PlacementType::key, labels::placement_type),
                form.all("approval_placement_types"),
            ),
            form,
        })
    }

    fn about(&self) -> About {
        About {
            id: self.id.clone(),
            name: self.name.clone(),
            version: self.version,
            archived: self.archived_at.is_some(),
            fields: self.input().fields(),
        }
    }

    fn form_of(&self) -> RawForm {
        let mut form = RawForm::default();
        form.push("name", self.name.clone());
        form.push("address", self.address.clone());
        form.push("household_type", self.household_type.clone());
        form.push("approval_status", self.approval_status.clone());
        form.push("approval_age_min", opt_string(self.approval_age_min));
        form.push("approval_age_max", opt_string(self.approval_age_max));
        form.push("approval_places", opt_string(self.approval_places));
        for t in self.approval_placement_types.split(',').filter(|k| !k.is_empty()) {
            form.push("approval_placement_types", t);
        }
        form.push("approval_date", dates::for_input_opt(self.approval_date.as_deref()));
        form.push("next_review_date", dates::for_input_opt(self.next_review_date.as_deref()));
        form.push("version", self.version.to_string());
        form
    }
}
