//! Every word a person reads, from Fluent catalogues: English and Norwegian Bokmål (decision 58).
//!
//! The catalogues live in `crates/web/i18n/<language>/<area>.ftl`, one file per area of the
//! product, and are built into the binary. Templates ask for a message by its key with
//! `{{ t("key") }}` (or `t1`/`t2` with arguments) through [`Tr`], which every template has;
//! handlers call [`t`] and [`t_args`]. The language is the request's ([`crate::local`]).
//!
//! Both catalogues must hold exactly the same keys, every key must be used, and every message
//! must parse: [`check`] runs at start (a broken catalogue stops start-up) and in the tests,
//! which also render every page in each language and look for words of the other.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use securebase_core::Language;

mod dates;
pub mod labels;
pub use dates::{long_date, month_name, when_in};

/// The catalogue files, by area. Adding an area means adding its file in every language here.
pub const AREAS: [&str; 10] =
    ["common", "auth", "home", "records", "assessments", "admin", "settings", "charts", "search", "errors"];

macro_rules! catalogue {
    ($lang:literal) => {
        [
            ("common", include_str!(concat!("../../i18n/", $lang, "/common.ftl"))),
            ("auth", include_str!(concat!("../../i18n/", $lang, "/auth.ftl"))),
            ("home", include_str!(concat!("../../i18n/", $lang, "/home.ftl"))),
            ("records", include_str!(concat!("../../i18n/", $lang, "/records.ftl"))),
            ("assessments", include_str!(concat!("../../i18n/", $lang, "/assessments.ftl"))),
            ("admin", include_str!(concat!("../../i18n/", $lang, "/admin.ftl"))),
            ("settings", include_str!(concat!("../../i18n/", $lang, "/settings.ftl"))),
            ("charts", include_str!(concat!("../../i18n/", $lang, "/charts.ftl"))),
            ("search", include_str!(concat!("../../i18n/", $lang, "/search.ftl"))),
            ("errors", include_str!(concat!("../../i18n/", $lang, "/errors.ftl"))),
        ]
    };
}

const EN: [(&str, &str); AREAS.len()] = catalogue!("en");
const NB: [(&str, &str); AREAS.len()] = catalogue!("nb");

/// The catalogue files of a language, as (area, text).
pub fn sources(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::En => &EN,
        Language::Nb => &NB,
    }
}

struct Catalogues {
    en: FluentBundle<FluentResource>,
    nb: FluentBundle<FluentResource>,
}

impl Catalogues {
    fn get(&self, language: Language) -> &FluentBundle<FluentResource> {
        match language {
            Language::En => &self.en,
            Language::Nb => &self.nb,
        }
    }
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier =
        language.code().parse().unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Pages are HTML with `lang` set; the isolation marks Fluent adds for mixed directions
    // would only be noise in two left-to-right languages.
    bundle.set_use_isolating(false);
    for (_, text) in sources(language) {
        // A broken message is reported by `check` at start; the rest of the file still loads.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn catalogues() -> &'static Catalogues {
    static CATALOGUES: OnceLock<Catalogues> = OnceLock::new();
    CATALOGUES.get_or_init(|| Catalogues { en: bundle(Language::En), nb: bundle(Language::Nb) })
}

/// A message made only of text and `{ $variable }`s, ready to write without Fluent's resolver:
/// most messages are, and pages write hundreds (a chart's every point), so the resolver's
/// argument maps and value conversions would be a real part of a page's cost (decision 58).
/// Messages that choose (plurals) or call functions go through Fluent.
enum Fast {
    Plain(&'static str),
    Parts(Vec<Part>),
}

enum Part {
    Text(&'static str),
    Var(&'static str),
}

struct FastCatalogues {
    en: HashMap<&'static str, Fast>,
    nb: HashMap<&'static str, Fast>,
}

fn compile(pattern: &'static fluent_syntax::ast::Pattern<&'static str>) -> Option<Fast> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut parts = Vec::with_capacity(pattern.elements.len());
    for e in &pattern.elements {
        match e {
            PatternElement::TextElement { value } => parts.push(Part::Text(value)),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => parts.push(Part::Var(id.name)),
            _ => return None,
        }
    }
    Some(match parts.as_slice() {
        [Part::Text(only)] => Fast::Plain(only),
        _ => Fast::Parts(parts),
    })
}

fn fast(language: Language) -> &'static HashMap<&'static str, Fast> {
    static FAST: OnceLock<FastCatalogues> = OnceLock::new();
    let all = FAST.get_or_init(|| {
        let build = |language: Language| {
            let bundle = catalogues().get(language);
            let mut map = HashMap::new();
            for (_, text) in sources(language) {
                let Ok(resource) = fluent_syntax::parser::parse(*text) else { continue };
                for entry in resource.body {
                    let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
                    let Some(message) = bundle.get_message(m.id.name) else { continue };
                    if let Some(fast) = message.value().and_then(compile) {
                        map.insert(m.id.name, fast);
                    }
                }
            }
            map
        };
        FastCatalogues { en: build(Language::En), nb: build(Language::Nb) }
    });
    match language {
        Language::En => &all.en,
        Language::Nb => &all.nb,
    }
}

/// The message `key` in the request's language.
pub fn t(key: &str) -> Cow<'static, str> {
    t_in(crate::local::language(), key)
}

/// The message `key` in `language`. A key missing from the catalogue (which the tests and the
/// start-up check rule out) shows as the key itself, never as an empty space.
pub fn t_in(language: Language, key: &str) -> Cow<'static, str> {
    format(language, key, None)
}

/// The message `key` with arguments, in the request's language.
pub fn t_args(key: &str, args: &[(&str, Arg)]) -> Cow<'static, str> {
    t_args_in(crate::local::language(), key, args)
}

pub fn t_args_in(language: Language, key: &str, args: &[(&str, Arg)]) -> Cow<'static, str> {
    if let Some(f) = fast(language).get(key) {
        return match f {
            Fast::Plain(text) => Cow::Borrowed(text),
            Fast::Parts(parts) => {
                let mut out = String::with_capacity(64);
                for p in parts {
                    match p {
                        Part::Text(text) => out.push_str(text),
                        Part::Var(name) => match args.iter().find(|(n, _)| n == name) {
                            Some((_, Arg::Text(s))) => out.push_str(s),
                            Some((_, Arg::Number(n))) => {
                                let _ = write!(out, "{n}");
                            }
                            // As Fluent writes a missing argument.
                            None => {
                                tracing::warn!(
                                    key,
                                    name,
                                    language = language.code(),
                                    "catalogue message without its argument"
                                );
                                let _ = write!(out, "{{${name}}}");
                            }
                        },
                    }
                }
                Cow::Owned(out)
            }
        };
    }
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v: FluentValue<'static> = match value {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent.set(*name, v);
    }
    format(language, key, Some(&fluent))
}

fn format(language: Language, key: &str, args: Option<&FluentArgs<'_>>) -> Cow<'static, str> {
    if args.is_none()
        && let Some(Fast::Plain(text)) = fast(language).get(key)
    {
        return Cow::Borrowed(text);
    }
    resolve(language, key, args)
}

/// The message as Fluent's resolver writes it, without the fast path.
fn resolve(language: Language, key: &str, args: Option<&FluentArgs<'_>>) -> Cow<'static, str> {
    let bundle = catalogues().get(language);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        tracing::warn!(key, language = language.code(), "missing catalogue message");
        return Cow::Owned(key.to_owned());
    };
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(key, language = language.code(), ?errors, "catalogue message formatted with errors");
    }
    out
}

/// An argument to a message: text (a name, a date already formatted) or a number (which also
/// chooses the plural form).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

/// What templates pass as message arguments: text or whole numbers, by value or reference.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_owned())
    }
}
impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}
impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}
impl IntoArg for &&str {
    fn into_arg(self) -> Arg {
        Arg::Text((*self).to_owned())
    }
}
impl IntoArg for &Cow<'_, str> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Number(i64::try_from(self).unwrap_or(i64::MAX))
            }
        }
        impl IntoArg for &$t {
            fn into_arg(self) -> Arg {
                Arg::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, u8, i8, u16, i16);

/// Messages for templates: every template can say `{{ t("key") }}`, `{{ t1("key", "name",
/// value) }}` or `{{ t2(…) }}`, and `{{ html_lang() }}` for the page's `lang`.
pub trait Tr {
    fn t(&self, key: &str) -> Cow<'static, str> {
        t(key)
    }
    fn t1(&self, key: &str, name: &str, value: impl IntoArg) -> Cow<'static, str> {
        t_args(key, &[(name, value.into_arg())])
    }
    fn t2(&self, key: &str, n1: &str, v1: impl IntoArg, n2: &str, v2: impl IntoArg) -> Cow<'static, str> {
        t_args(key, &[(n1, v1.into_arg()), (n2, v2.into_arg())])
    }
    #[allow(clippy::too_many_arguments)]
    fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl IntoArg,
        n2: &str,
        v2: impl IntoArg,
        n3: &str,
        v3: impl IntoArg,
    ) -> Cow<'static, str> {
        t_args(key, &[(n1, v1.into_arg()), (n2, v2.into_arg()), (n3, v3.into_arg())])
    }
    /// The page's language as `<html lang>` wants it.
    fn html_lang(&self) -> &'static str {
        crate::local::language().tag()
    }
}

impl<T: ?Sized> Tr for T {}

/// Every message key of a catalogue file, in order; and every problem parsing it.
pub fn keys_of(text: &str) -> (Vec<String>, Vec<String>) {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors.into_iter().map(|e| format!("{e:?}")).collect()),
    };
    let mut keys = Vec::new();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            keys.push(m.id.name.to_owned());
        }
    }
    (keys, errors)
}

/// Checks the catalogues: every file parses, no key is defined twice, and every language holds
/// the same keys in the same areas. Start-up stops on any problem, with the file and key.
pub fn check() -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let mut by_language = Vec::new();
    for language in Language::ALL {
        let mut all = BTreeSet::new();
        let mut areas = Vec::new();
        for (area, text) in sources(language) {
            let file = format!("{}/{area}.ftl", language.code());
            let (keys, errors) = keys_of(text);
            for e in errors {
                problems.push(format!("{file}: {e}"));
            }
            for k in &keys {
                if !all.insert(k.clone()) {
                    problems.push(format!("{file}: `{k}` is defined more than once"));
                }
            }
            areas.push((*area, file, keys.into_iter().collect::<BTreeSet<_>>()));
        }
        by_language.push((language, areas));
    }
    if let Some(((first, first_areas), rest)) = by_language.split_first() {
        for (other, other_areas) in rest {
            for ((_, a_file, a), (_, b_file, b)) in first_areas.iter().zip(other_areas) {
                for k in a.difference(b) {
                    problems.push(format!("{b_file}: `{k}` is in {a_file} but missing here ({})", other.autonym()));
                }
                for k in b.difference(a) {
                    problems.push(format!("{a_file}: `{k}` is in {b_file} but missing here ({})", first.autonym()));
                }
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Every key of the English catalogue (the keys are the same in every language once
/// [`check`] passes).
pub fn all_keys() -> BTreeSet<String> {
    sources(Language::En).iter().flat_map(|(_, text)| keys_of(text).0).collect()
}

#[cfg(test)]
mod tests;
