#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use securebase_core::Language;

use super::*;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// The web crate's code and templates, without its tests (a key used only by a test is still
/// a key nobody reads) and without comments.
fn sources_text() -> String {
    let mut paths = Vec::new();
    files(&src(), "rs", &mut paths);
    files(&src(), "html", &mut paths);
    let mut out = String::new();
    for p in paths {
        if p.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Keys asked for at a call: `t("k")`, `t1("k"`, `t_args("k"`, `t_in(x, "k")`, `=> "k"`.
fn asked_for() -> BTreeSet<(String, String)> {
    let mut paths = Vec::new();
    files(&src(), "rs", &mut paths);
    files(&src(), "html", &mut paths);
    let mut out = BTreeSet::new();
    for p in paths {
        if p.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let text: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let text = text.as_str();
        for opener in ["t(\"", "t1(\"", "t2(\"", "t3(\"", "t_args(\""] {
            let mut rest = text;
            while let Some(at) = rest.find(opener) {
                // Only a call named exactly so (not `print(` or `get_t(`).
                let before = rest[..at].chars().last();
                let tail = &rest[at + opener.len()..];
                let Some(close) = tail.find('"') else { break };
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    out.insert((tail[..close].to_owned(), p.display().to_string()));
                }
                rest = &tail[close..];
            }
        }
    }
    out
}

#[test]
fn the_catalogues_parse_and_hold_the_same_keys() {
    if let Err(problems) = check() {
        panic!("{} catalogue problem(s):\n{}", problems.len(), problems.join("\n"));
    }
}

#[test]
fn every_key_asked_for_is_in_every_catalogue() {
    let keys = all_keys();
    let missing: Vec<String> = asked_for()
        .into_iter()
        .filter(|(k, _)| !keys.contains(k))
        .map(|(k, file)| format!("`{k}` (asked for in {file})"))
        .collect();
    assert!(missing.is_empty(), "{} key(s) missing from the catalogues:\n{}", missing.len(), missing.join("\n"));
}

#[test]
fn every_key_in_the_catalogues_is_used() {
    let code = sources_text();
    let unused: Vec<String> = all_keys().into_iter().filter(|k| !code.contains(&format!("\"{k}\""))).collect();
    assert!(unused.is_empty(), "{} catalogue key(s) no code uses:\n{}", unused.len(), unused.join("\n"));
}

#[test]
fn the_area_files_on_disk_are_the_ones_built_in() {
    for l in Language::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n").join(l.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = AREAS.iter().map(|a| (*a).to_owned()).collect();
        built_in.sort();
        assert_eq!(on_disk, built_in, "{}", l.code());
        for (area, text) in sources(l) {
            assert_eq!(std::fs::read_to_string(dir.join(format!("{area}.ftl"))).unwrap(), *text);
        }
    }
}

#[test]
fn no_message_is_left_in_english_in_the_norwegian_catalogue() {
    // Words that are the same in both languages are fine (names, "Team", "Status"); whole
    // sentences are not.
    let mut same = Vec::new();
    for k in all_keys() {
        let (en, nb) = (t_in(Language::En, &k), t_in(Language::Nb, &k));
        let words =
            en.split_whitespace().filter(|w| !w.starts_with("{$") && w.chars().any(char::is_alphabetic)).count();
        if en == nb && words > 2 {
            same.push(format!("{k} = {en}"));
        }
    }
    assert!(same.is_empty(), "{} message(s) read the same in English and Norwegian:\n{}", same.len(), same.join("\n"));
}

/// The messages that choose a form by a number (plurals), with the number's name.
fn plural_keys() -> Vec<(String, String)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let mut out = Vec::new();
    for (_, text) in sources(Language::En) {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let Some(pattern) = m.value else { continue };
            for e in &pattern.elements {
                if let PatternElement::Placeable {
                    expression: Expression::Select { selector: InlineExpression::VariableReference { id }, .. },
                } = e
                {
                    out.push((m.id.name.to_owned(), id.name.to_owned()));
                }
            }
        }
    }
    out
}

#[test]
fn plurals_follow_each_language() {
    let keys = plural_keys();
    assert!(keys.len() >= 5, "plural messages found: {keys:?}");
    for (k, var) in &keys {
        for l in Language::ALL {
            let one = t_args_in(l, k, &[(var.as_str(), Arg::Number(1))]);
            let many = t_args_in(l, k, &[(var.as_str(), Arg::Number(3))]);
            assert_ne!(one, many, "{k} in {}: one and many read the same", l.code());
        }
    }
}

/// Letters left in a template outside `{{ }}`, `{% %}` and `{# #}`: text a person would read
/// that no catalogue holds. Attributes people read (labels, titles, alternatives, confirms)
/// count as text.
fn stray_words(template: &str) -> Vec<String> {
    let mut s = template.to_owned();
    for (open, close) in [("{#", "#}"), ("{%", "%}"), ("{{", "}}")] {
        let mut out = String::with_capacity(s.len());
        let mut rest = s.as_str();
        while let Some(a) = rest.find(open) {
            out.push_str(&rest[..a]);
            match rest[a..].find(close) {
                Some(b) => rest = &rest[a + b + close.len()..],
                None => {
                    rest = "";
                }
            }
            out.push(' ');
        }
        out.push_str(rest);
        s = out;
    }
    let mut words = Vec::new();
    let mut rest = s.as_str();
    while let Some(lt) = rest.find('<') {
        words.push(rest[..lt].to_owned());
        let Some(gt) = rest[lt..].find('>') else { break };
        let tag = &rest[lt..lt + gt];
        for attr in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\"", "data-confirm=\"", "data-msg-"] {
            let mut t = tag;
            while let Some(i) = t.find(attr) {
                let after = &t[i + attr.len()..];
                let after = if attr == "data-msg-" { after.split_once("=\"").map_or("", |x| x.1) } else { after };
                let value = after.split('"').next().unwrap_or("");
                words.push(value.to_owned());
                t = &t[i + attr.len()..];
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    words.push(rest.to_owned());
    words
        .into_iter()
        .map(|w| without_entities(&w.replace("securebase", "")))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Text with HTML character references (`&rarr;`, `&nbsp;`) taken out: they are symbols.
fn without_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(a) = rest.find('&') {
        out.push_str(&rest[..a]);
        let tail = &rest[a + 1..];
        match tail.find(';') {
            Some(b) if b <= 8 && tail[..b].chars().all(|c| c.is_ascii_alphanumeric() || c == '#') => {
                out.push(' ');
                rest = &tail[b + 1..];
            }
            _ => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn no_template_holds_words_of_its_own() {
    let mut paths = Vec::new();
    files(&src(), "html", &mut paths);
    let mut found = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).unwrap();
        for w in stray_words(&text) {
            found.push(format!("{}: {w:?}", p.strip_prefix(src()).unwrap_or(&p).display()));
        }
    }
    assert!(found.is_empty(), "{} piece(s) of text outside the catalogues:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_template_check_finds_words() {
    assert_eq!(stray_words("<p>{{ t(\"a\") }}</p>"), Vec::<String>::new());
    assert_eq!(stray_words("<p>Hello {{ name }}</p>"), vec!["Hello".to_owned()]);
    assert_eq!(stray_words("<a aria-label=\"Main\" href=\"/\">{{ t(\"x\") }}</a>"), vec!["Main".to_owned()]);
    assert_eq!(stray_words("{# a comment #}<b>{% if x %}{% endif %}</b>"), Vec::<String>::new());
    assert_eq!(stray_words("<a class=\"brand\">securebase</a>"), Vec::<String>::new());
}

#[test]
fn messages_come_in_the_asked_language_and_fall_back_to_the_key() {
    assert_eq!(t_in(Language::En, "nav-home"), "Home");
    assert_eq!(t_in(Language::Nb, "nav-home"), "Forside");
    assert_eq!(t_in(Language::Nb, "no-such-key"), "no-such-key");
    let name = t_args_in(Language::Nb, "nav-settings-label", &[("name", Arg::Text("Kari".into()))]);
    assert_eq!(name, "Kari: dine innstillinger", "no isolation marks around arguments");
}

#[test]
fn the_fast_path_writes_what_fluent_writes() {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let mut checked = 0;
    for l in Language::ALL {
        for (_, text) in sources(l) {
            let resource = fluent_syntax::parser::parse(*text).unwrap();
            for entry in resource.body {
                let Entry::Message(m) = entry else { continue };
                let Some(pattern) = m.value else { continue };
                let vars: Vec<&str> = pattern
                    .elements
                    .iter()
                    .filter_map(|e| match e {
                        PatternElement::Placeable {
                            expression: Expression::Inline(InlineExpression::VariableReference { id }),
                        } => Some(id.name),
                        _ => None,
                    })
                    .collect();
                let ours: Vec<(&str, Arg)> = vars.iter().map(|v| (*v, Arg::Text(format!("«{v}»")))).collect();
                let mut theirs = FluentArgs::new();
                for v in &vars {
                    theirs.set(*v, FluentValue::from(format!("«{v}»")));
                }
                let fast = t_args_in(l, m.id.name, &ours);
                let slow = resolve(l, m.id.name, Some(&theirs));
                assert_eq!(fast, slow, "{} in {}", m.id.name, l.code());
                assert_eq!(
                    t_in(l, m.id.name),
                    resolve(l, m.id.name, None),
                    "{} in {} without arguments",
                    m.id.name,
                    l.code()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    // Numbers are written as Fluent writes whole numbers.
    let n = t_args_in(Language::En, "asmt-version-amendment", &[("number", Arg::Number(12))]);
    let mut args = FluentArgs::new();
    args.set("number", FluentValue::from(12_i64));
    assert_eq!(n, resolve(Language::En, "asmt-version-amendment", Some(&args)));
}
