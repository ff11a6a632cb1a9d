//! The support pack: the wording of the interview, the programme, the ideas library and the
//! caregiving cycle, read from `support/` in each language's content folder and checked as the
//! assessment pack is. Every problem is reported with its file and, where the parser kept one,
//! its line and column; a file whose TOML does not parse is reported and skipped.
//!
//! The rules are in `content/README.md`. In short: the four parts of an account, the six steps
//! of a session and the six stages of the cycle are fixed, in order; every dimension has its
//! interview block and its session, in dimension order; the ideas library has at least
//! [`MIN_IDEAS_PER_BAND`] ideas per dimension per age band; keys are unique in the pack and the
//! same in every language, in the same places.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::{CycleStage, FunFor, InterviewPart, SessionStep};
use crate::content::load::{ContentError, ContentFile, FileCx, FileRef, file, normalise_path, read_pack};
use crate::content::{BAND_KEYS, is_valid_indicator_key};
use crate::{Dimension, Language};

pub const SUPPORT_DIR: &str = "support/";
pub const SUPPORT_PACK_FILE: &str = "support/pack.toml";
pub const INTERVIEW_FILE: &str = "support/interview.toml";
pub const PROGRAMME_FILE: &str = "support/programme.toml";
pub const CYCLE_FILE: &str = "support/cycle.toml";
pub const FUN_FILE: &str = "support/fun.toml";

/// The floor: a worker choosing ideas with a carer needs a real choice at every age.
pub const MIN_IDEAS_PER_BAND: usize = 8;
/// Signs of strength, and of difficulty, per dimension in the interview's analysis guide.
pub const MIN_SIGNS: usize = 3;
/// Follow-up prompts under every interview question.
pub const MIN_FOLLOW_UPS: usize = 1;
/// Steps of the introductory session.
pub const MIN_INTRO_STEPS: usize = 3;
pub const MIN_FUN_TOGETHER: usize = 8;
pub const MIN_FUN_CARER: usize = 6;

/// A script or guide may run to a short paragraph; everything else is a sentence or two.
const MAX_SCRIPT_CHARS: usize = 1000;
const MAX_TEXT_CHARS: usize = 500;

/// The ideas file of a dimension, e.g. `support/ideas/availability.toml`.
pub fn ideas_path(d: Dimension) -> String {
    format!("support/ideas/{}.toml", d.key())
}

/// Every file of the support pack, relative to the language's folder, in the order checked.
pub fn support_paths() -> Vec<String> {
    let mut paths =
        vec![SUPPORT_PACK_FILE.to_owned(), INTERVIEW_FILE.to_owned(), PROGRAMME_FILE.to_owned(), CYCLE_FILE.to_owned()];
    paths.extend(Dimension::ALL.into_iter().map(ideas_path));
    paths.push(FUN_FILE.to_owned());
    paths
}

// ------------------------------------------------------------------------------------ model

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportPack {
    pub version: String,
    pub language: String,
    pub title: String,
    pub interview: Interview,
    pub programme: Programme,
    /// In dimension order, then file order.
    pub ideas: Vec<Idea>,
    pub fun: Vec<Fun>,
    pub cycle: Cycle,
}

/// A question with its follow-ups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    pub follow_up: Vec<String>,
}

/// What one part of an account is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartGuide {
    pub part: InterviewPart,
    pub name: String,
    pub guidance: String,
}

/// A sign, in how a carer tells an incident, of strength or of difficulty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sign {
    pub key: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewDimension {
    pub dimension: Dimension,
    pub introduction: String,
    /// One per part, in [`InterviewPart::ALL`] order.
    pub prompts: Vec<(InterviewPart, Prompt)>,
    pub strengths: Vec<Sign>,
    pub difficulties: Vec<Sign>,
}

impl InterviewDimension {
    pub fn prompt(&self, part: InterviewPart) -> Option<&Prompt> {
        self.prompts.iter().find(|(p, _)| *p == part).map(|(_, prompt)| prompt)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    /// The opening: a short description of the child.
    pub child: Prompt,
    /// In [`InterviewPart::ALL`] order.
    pub parts: Vec<PartGuide>,
    /// In [`Dimension::ALL`] order.
    pub dimensions: Vec<InterviewDimension>,
}

impl Interview {
    pub fn dimension(&self, d: Dimension) -> Option<&InterviewDimension> {
        self.dimensions.iter().find(|x| x.dimension == d)
    }

    pub fn part(&self, p: InterviewPart) -> Option<&PartGuide> {
        self.parts.iter().find(|x| x.part == p)
    }

    /// A sign by key: its dimension, whether it is a sign of strength, and its wording.
    pub fn sign(&self, key: &str) -> Option<(Dimension, bool, &Sign)> {
        self.dimensions.iter().find_map(|d| {
            let strong = d.strengths.iter().find(|s| s.key == key).map(|s| (d.dimension, true, s));
            strong.or_else(|| d.difficulties.iter().find(|s| s.key == key).map(|s| (d.dimension, false, s)))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntroStep {
    pub key: String,
    pub name: String,
    pub script: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduction {
    pub name: String,
    pub purpose: String,
    pub steps: Vec<IntroStep>,
}

/// What one of the six steps is for, the same in every session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepGuide {
    pub step: SessionStep,
    pub name: String,
    pub guidance: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionStepText {
    pub step: SessionStep,
    pub script: String,
    pub questions: Vec<String>,
}

/// The guide to one dimension's session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub dimension: Dimension,
    pub name: String,
    pub aim: String,
    /// One per step, in [`SessionStep::ALL`] order.
    pub steps: Vec<SessionStepText>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub introduction: Introduction,
    /// In [`SessionStep::ALL`] order.
    pub steps: Vec<StepGuide>,
    /// In [`Dimension::ALL`] order.
    pub sessions: Vec<Session>,
}

impl Programme {
    pub fn session(&self, d: Dimension) -> Option<&Session> {
        self.sessions.iter().find(|s| s.dimension == d)
    }

    pub fn step(&self, s: SessionStep) -> Option<&StepGuide> {
        self.steps.iter().find(|x| x.step == s)
    }
}

/// A practical caregiving idea for one dimension and age band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idea {
    pub key: String,
    pub dimension: Dimension,
    pub band: String,
    pub title: String,
    pub text: String,
}

/// A fun-and-relaxation idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fun {
    pub key: String,
    pub who: FunFor,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageText {
    pub stage: CycleStage,
    pub name: String,
    pub explanation: String,
    pub prompt: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    /// In [`CycleStage::ALL`] order.
    pub stages: Vec<StageText>,
}

impl Cycle {
    pub fn stage(&self, s: CycleStage) -> Option<&StageText> {
        self.stages.iter().find(|x| x.stage == s)
    }
}

impl SupportPack {
    pub fn ideas_for<'a>(&'a self, d: Dimension, band: &'a str) -> impl Iterator<Item = &'a Idea> + 'a {
        self.ideas.iter().filter(move |i| i.dimension == d && i.band == band)
    }

    pub fn idea(&self, key: &str) -> Option<&Idea> {
        self.ideas.iter().find(|i| i.key == key)
    }

    pub fn fun_for(&self, who: FunFor) -> impl Iterator<Item = &Fun> + '_ {
        self.fun.iter().filter(move |f| f.who == who)
    }
}

// ------------------------------------------------------------------------------ raw files

type Text = Spanned<String>;
type Texts = Spanned<Vec<Text>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInterview {
    child: RawChild,
    part: Vec<Spanned<RawGuide>>,
    dimension: Vec<Spanned<RawInterviewDimension>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChild {
    prompt: Text,
    follow_up: Texts,
}

/// A fixed part or step: its key, its name and what it is for.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    key: Text,
    name: Text,
    guidance: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInterviewDimension {
    dimension: Text,
    introduction: Text,
    prompt: Vec<Spanned<RawPrompt>>,
    strength: Vec<RawSign>,
    difficulty: Vec<RawSign>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrompt {
    part: Text,
    text: Text,
    follow_up: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSign {
    key: Text,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgramme {
    introduction: RawIntroduction,
    step: Vec<Spanned<RawGuide>>,
    session: Vec<Spanned<RawSession>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIntroduction {
    name: Text,
    purpose: Text,
    step: Vec<RawIntroStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIntroStep {
    key: Text,
    name: Text,
    script: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    dimension: Text,
    name: Text,
    aim: Text,
    step: Vec<Spanned<RawSessionStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSessionStep {
    step: Text,
    script: Text,
    questions: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCycle {
    stage: Vec<Spanned<RawStage>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStage {
    key: Text,
    name: Text,
    explanation: Text,
    prompt: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIdeas {
    dimension: Text,
    idea: Vec<RawIdea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIdea {
    key: Text,
    band: Text,
    title: Text,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFunFile {
    idea: Vec<RawFun>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFun {
    key: Text,
    who: Text,
    title: Text,
    text: Text,
}

// ------------------------------------------------------------------------------- checking

/// Wording: trimmed, not empty, at most `max` characters, no control characters but line
/// breaks and tabs.
fn words(cx: &mut FileCx<'_>, field: &str, value: &Text, max: usize) -> Option<String> {
    let t = value.get_ref().trim();
    let why = if t.is_empty() {
        Some("must not be empty".to_owned())
    } else if t.chars().count() > max {
        Some(format!("must be {max} characters or fewer"))
    } else if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        Some("must not contain control characters".to_owned())
    } else {
        None
    };
    match why {
        Some(why) => {
            cx.at(value.span().start, format!("`{field}` {why}"));
            None
        }
        None => Some(t.to_owned()),
    }
}

fn text(cx: &mut FileCx<'_>, field: &str, value: &Text) -> Option<String> {
    words(cx, field, value, MAX_TEXT_CHARS)
}

/// A list of wording, at least `min` long.
fn list(cx: &mut FileCx<'_>, field: &str, value: &Texts, min: usize) -> Option<Vec<String>> {
    if value.get_ref().len() < min {
        cx.at(value.span().start, format!("`{field}` needs at least {min}, found {}", value.get_ref().len()));
    }
    let out: Vec<Option<String>> = value.get_ref().iter().map(|v| text(cx, field, v)).collect();
    if value.get_ref().len() < min {
        return None;
    }
    out.into_iter().collect()
}

/// Keys seen anywhere in the pack, with where, so a duplicate names the first place.
#[derive(Default)]
struct Keys(HashMap<String, String>);

impl Keys {
    fn claim(&mut self, cx: &mut FileCx<'_>, key: &Text) -> Option<String> {
        let k = key.get_ref();
        let at = key.span().start;
        if !is_valid_indicator_key(k) {
            cx.at(
                at,
                format!(
                    "key `{k}` must be lower-case letters, digits and hyphens, starting with a letter \
                     or digit, at most 64 characters"
                ),
            );
            return None;
        }
        if let Some(first) = self.0.get(k) {
            cx.at(at, format!("key `{k}` is used twice: first at {first}, again here"));
            return None;
        }
        self.0.insert(k.clone(), cx.place(at));
        Some(k.clone())
    }
}

/// Checks that `found` names exactly `all`, in that order, each once. Reports unknown keys where
/// they are, then any missing, repeated or misplaced ones. `what` names the list ("part").
fn sequence<T: Copy + Eq>(
    cx: &mut FileCx<'_>,
    what: &str,
    found: &[&Text],
    all: &[T],
    parse: impl Fn(&str) -> Option<T>,
    key: impl Fn(T) -> &'static str,
    at: usize,
) -> bool {
    let expected = all.iter().map(|t| format!("`{}`", key(*t))).collect::<Vec<_>>().join(", ");
    let mut parsed = Vec::new();
    let mut ok = true;
    for k in found {
        match parse(k.get_ref()) {
            Some(t) => parsed.push(t),
            None => {
                ok = false;
                cx.at(k.span().start, format!("unknown {what} `{}`; expected one of {expected}", k.get_ref()));
            }
        }
    }
    if !ok {
        return false;
    }
    for t in all {
        match parsed.iter().filter(|p| *p == t).count() {
            0 => {
                cx.at(at, format!("{what} `{}` is missing", key(*t)));
                ok = false;
            }
            1 => {}
            _ => {
                let again = found.iter().filter(|k| parse(k.get_ref()) == Some(*t)).nth(1);
                cx.at(again.map_or(at, |k| k.span().start), format!("{what} `{}` is listed twice", key(*t)));
                ok = false;
            }
        }
    }
    if ok && parsed.as_slice() != all {
        cx.at(at, format!("the {what}s must come in this order: {expected}"));
        ok = false;
    }
    ok
}

fn read_interview(f: FileRef<'_>, keys: &mut Keys, errors: &mut Vec<ContentError>) -> Option<Interview> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let doc = cx.parse()?;
    let raw: RawInterview = cx.rest(doc)?;

    let child_text = words(&mut cx, "prompt", &raw.child.prompt, MAX_TEXT_CHARS);
    let child_follow = list(&mut cx, "follow_up", &raw.child.follow_up, MIN_FOLLOW_UPS);

    let part_keys: Vec<&Text> = raw.part.iter().map(|p| &p.get_ref().key).collect();
    let parts_ok =
        sequence(&mut cx, "part", &part_keys, InterviewPart::ALL, InterviewPart::parse, InterviewPart::key, 0);
    let mut parts = Vec::new();
    for p in &raw.part {
        let p = p.get_ref();
        let (name, guidance) =
            (text(&mut cx, "name", &p.name), words(&mut cx, "guidance", &p.guidance, MAX_SCRIPT_CHARS));
        if let (Some(part), Some(name), Some(guidance)) = (InterviewPart::parse(p.key.get_ref()), name, guidance) {
            parts.push(PartGuide { part, name, guidance });
        }
    }

    let dim_keys: Vec<&Text> = raw.dimension.iter().map(|d| &d.get_ref().dimension).collect();
    let dims_ok = sequence(&mut cx, "dimension", &dim_keys, &Dimension::ALL, Dimension::parse, Dimension::key, 0);
    let mut dimensions = Vec::new();
    let mut all_ok = parts_ok && dims_ok;
    for d in &raw.dimension {
        let at = d.span().start;
        let d = d.get_ref();
        let introduction = words(&mut cx, "introduction", &d.introduction, MAX_SCRIPT_CHARS);
        let prompt_parts: Vec<&Text> = d.prompt.iter().map(|p| &p.get_ref().part).collect();
        let prompts_ok =
            sequence(&mut cx, "part", &prompt_parts, InterviewPart::ALL, InterviewPart::parse, InterviewPart::key, at);
        let mut prompts = Vec::new();
        for p in &d.prompt {
            let p = p.get_ref();
            let t = text(&mut cx, "text", &p.text);
            let follow = list(&mut cx, "follow_up", &p.follow_up, MIN_FOLLOW_UPS);
            if let (Some(part), Some(text), Some(follow_up)) = (InterviewPart::parse(p.part.get_ref()), t, follow) {
                prompts.push((part, Prompt { text, follow_up }));
            }
        }
        let strengths = signs(&mut cx, keys, "strength", &d.strength, at);
        let difficulties = signs(&mut cx, keys, "difficulty", &d.difficulty, at);
        match (Dimension::parse(d.dimension.get_ref()), introduction, strengths, difficulties) {
            (Some(dimension), Some(introduction), Some(strengths), Some(difficulties))
                if prompts_ok && prompts.len() == InterviewPart::ALL.len() =>
            {
                dimensions.push(InterviewDimension { dimension, introduction, prompts, strengths, difficulties });
            }
            _ => all_ok = false,
        }
    }
    let ok = all_ok && parts.len() == InterviewPart::ALL.len();
    match (child_text, child_follow) {
        (Some(text), Some(follow_up)) if ok => Some(Interview { child: Prompt { text, follow_up }, parts, dimensions }),
        _ => None,
    }
}

fn signs(cx: &mut FileCx<'_>, keys: &mut Keys, what: &str, raw: &[RawSign], at: usize) -> Option<Vec<Sign>> {
    let mut out = Vec::new();
    let mut ok = true;
    for s in raw {
        let key = keys.claim(cx, &s.key);
        let t = text(cx, "text", &s.text);
        match (key, t) {
            (Some(key), Some(text)) => out.push(Sign { key, text }),
            _ => ok = false,
        }
    }
    if raw.len() < MIN_SIGNS {
        cx.at(at, format!("needs at least {MIN_SIGNS} signs of {what}, found {}", raw.len()));
        ok = false;
    }
    ok.then_some(out)
}

fn read_programme(f: FileRef<'_>, keys: &mut Keys, errors: &mut Vec<ContentError>) -> Option<Programme> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let doc = cx.parse()?;
    let raw: RawProgramme = cx.rest(doc)?;

    let intro = &raw.introduction;
    let name = text(&mut cx, "name", &intro.name);
    let purpose = words(&mut cx, "purpose", &intro.purpose, MAX_SCRIPT_CHARS);
    let mut intro_steps = Vec::new();
    let mut ok = true;
    for s in &intro.step {
        let key = keys.claim(&mut cx, &s.key);
        let n = text(&mut cx, "name", &s.name);
        let script = words(&mut cx, "script", &s.script, MAX_SCRIPT_CHARS);
        match (key, n, script) {
            (Some(key), Some(name), Some(script)) => intro_steps.push(IntroStep { key, name, script }),
            _ => ok = false,
        }
    }
    if intro.step.len() < MIN_INTRO_STEPS {
        cx.at(
            intro.name.span().start,
            format!("the introduction needs at least {MIN_INTRO_STEPS} steps, found {}", intro.step.len()),
        );
        ok = false;
    }

    let step_keys: Vec<&Text> = raw.step.iter().map(|s| &s.get_ref().key).collect();
    ok &= sequence(&mut cx, "step", &step_keys, SessionStep::ALL, SessionStep::parse, SessionStep::key, 0);
    let mut steps = Vec::new();
    for s in &raw.step {
        let s = s.get_ref();
        let (n, g) = (text(&mut cx, "name", &s.name), words(&mut cx, "guidance", &s.guidance, MAX_SCRIPT_CHARS));
        if let (Some(step), Some(name), Some(guidance)) = (SessionStep::parse(s.key.get_ref()), n, g) {
            steps.push(StepGuide { step, name, guidance });
        }
    }

    let dim_keys: Vec<&Text> = raw.session.iter().map(|s| &s.get_ref().dimension).collect();
    ok &= sequence(&mut cx, "dimension", &dim_keys, &Dimension::ALL, Dimension::parse, Dimension::key, 0);
    let mut sessions = Vec::new();
    for s in &raw.session {
        let at = s.span().start;
        let s = s.get_ref();
        let n = text(&mut cx, "name", &s.name);
        let aim = words(&mut cx, "aim", &s.aim, MAX_SCRIPT_CHARS);
        let kinds: Vec<&Text> = s.step.iter().map(|x| &x.get_ref().step).collect();
        let steps_ok = sequence(&mut cx, "step", &kinds, SessionStep::ALL, SessionStep::parse, SessionStep::key, at);
        let mut texts = Vec::new();
        for x in &s.step {
            let x = x.get_ref();
            let script = words(&mut cx, "script", &x.script, MAX_SCRIPT_CHARS);
            let questions = list(&mut cx, "questions", &x.questions, 1);
            if let (Some(step), Some(script), Some(questions)) =
                (SessionStep::parse(x.step.get_ref()), script, questions)
            {
                texts.push(SessionStepText { step, script, questions });
            }
        }
        match (Dimension::parse(s.dimension.get_ref()), n, aim) {
            (Some(dimension), Some(name), Some(aim)) if steps_ok && texts.len() == SessionStep::ALL.len() => {
                sessions.push(Session { dimension, name, aim, steps: texts });
            }
            _ => ok = false,
        }
    }
    match (name, purpose) {
        (Some(name), Some(purpose)) if ok && steps.len() == SessionStep::ALL.len() => {
            Some(Programme { introduction: Introduction { name, purpose, steps: intro_steps }, steps, sessions })
        }
        _ => None,
    }
}

fn read_cycle(f: FileRef<'_>, errors: &mut Vec<ContentError>) -> Option<Cycle> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let doc = cx.parse()?;
    let raw: RawCycle = cx.rest(doc)?;
    let found: Vec<&Text> = raw.stage.iter().map(|s| &s.get_ref().key).collect();
    let ok = sequence(&mut cx, "stage", &found, CycleStage::ALL, CycleStage::parse, CycleStage::key, 0);
    let mut stages = Vec::new();
    for s in &raw.stage {
        let s = s.get_ref();
        let name = text(&mut cx, "name", &s.name);
        let explanation = words(&mut cx, "explanation", &s.explanation, MAX_SCRIPT_CHARS);
        let prompt = text(&mut cx, "prompt", &s.prompt);
        if let (Some(stage), Some(name), Some(explanation), Some(prompt)) =
            (CycleStage::parse(s.key.get_ref()), name, explanation, prompt)
        {
            stages.push(StageText { stage, name, explanation, prompt });
        }
    }
    (ok && stages.len() == CycleStage::ALL.len()).then_some(Cycle { stages })
}

fn read_ideas(f: FileRef<'_>, d: Dimension, keys: &mut Keys, errors: &mut Vec<ContentError>) -> Option<Vec<Idea>> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let doc = cx.parse()?;
    let raw: RawIdeas = cx.rest(doc)?;
    let mut ok = true;
    if raw.dimension.get_ref() != d.key() {
        cx.at(
            raw.dimension.span().start,
            format!("this file is for `{}`, but says `dimension = \"{}\"`", d.key(), raw.dimension.get_ref()),
        );
        ok = false;
    }
    let mut out = Vec::new();
    let mut per_band: BTreeMap<&str, usize> = BTreeMap::new();
    for i in &raw.idea {
        let band = raw_band(&mut cx, &i.band);
        if let Some(b) = band {
            *per_band.entry(b).or_default() += 1;
        }
        let key = keys.claim(&mut cx, &i.key);
        let title = text(&mut cx, "title", &i.title);
        let t = text(&mut cx, "text", &i.text);
        match (key, band, title, t) {
            (Some(key), Some(band), Some(title), Some(text)) => {
                out.push(Idea { key, dimension: d, band: band.to_owned(), title, text });
            }
            _ => ok = false,
        }
    }
    for band in BAND_KEYS {
        let n = per_band.get(band).copied().unwrap_or(0);
        if n < MIN_IDEAS_PER_BAND {
            cx.whole(format!("band `{band}` needs at least {MIN_IDEAS_PER_BAND} ideas, found {n}"));
            ok = false;
        }
    }
    ok.then_some(out)
}

fn raw_band(cx: &mut FileCx<'_>, band: &Text) -> Option<&'static str> {
    let found = BAND_KEYS.iter().copied().find(|b| *b == band.get_ref());
    if found.is_none() {
        let list = BAND_KEYS.iter().map(|b| format!("`{b}`")).collect::<Vec<_>>().join(", ");
        cx.at(band.span().start, format!("unknown band `{}`; expected one of {list}", band.get_ref()));
    }
    found
}

fn read_fun(f: FileRef<'_>, keys: &mut Keys, errors: &mut Vec<ContentError>) -> Option<Vec<Fun>> {
    let mut cx = FileCx { path: &f.path, text: f.text, errors };
    let doc = cx.parse()?;
    let raw: RawFunFile = cx.rest(doc)?;
    let mut ok = true;
    let mut out = Vec::new();
    for i in &raw.idea {
        let who = FunFor::parse(i.who.get_ref());
        if who.is_none() {
            cx.at(
                i.who.span().start,
                format!("unknown `who` `{}`; expected one of {}", i.who.get_ref(), FunFor::key_list()),
            );
        }
        let key = keys.claim(&mut cx, &i.key);
        let title = text(&mut cx, "title", &i.title);
        let t = text(&mut cx, "text", &i.text);
        match (key, who, title, t) {
            (Some(key), Some(who), Some(title), Some(text)) => out.push(Fun { key, who, title, text }),
            _ => ok = false,
        }
    }
    for (who, min) in [(FunFor::Together, MIN_FUN_TOGETHER), (FunFor::Carer, MIN_FUN_CARER)] {
        let n = raw.idea.iter().filter(|i| FunFor::parse(i.who.get_ref()) == Some(who)).count();
        if n < min {
            cx.whole(format!("needs at least {min} ideas for `{}`, found {n}", who.key()));
            ok = false;
        }
    }
    ok.then_some(out)
}

// ---------------------------------------------------------------------------------- loading

/// Reads and checks one language's support pack (paths relative to the language's folder,
/// `support/pack.toml`). Files outside `support/` are not its business; an unexpected `.toml`
/// file inside it is refused.
pub fn load_support(files: &[ContentFile]) -> Result<SupportPack, Vec<ContentError>> {
    let mut errors = Vec::new();
    let expected = support_paths();
    let mut by_path = BTreeMap::new();
    for f in files {
        let path = normalise_path(&f.path);
        if !expected.contains(&path) {
            if path.starts_with(SUPPORT_DIR) && path.ends_with(".toml") {
                errors.push(whole(
                    &path,
                    format!("unexpected file: the support pack has exactly these files: {}", expected.join(", ")),
                ));
            }
            continue;
        }
        if by_path.insert(path.clone(), f).is_some() {
            errors.push(whole(&path, "the same file was supplied twice"));
        }
    }
    let mut keys = Keys::default();
    let pack = file(&by_path, SUPPORT_PACK_FILE, &mut errors).and_then(|f| read_pack(f, &mut errors));
    let interview = file(&by_path, INTERVIEW_FILE, &mut errors).and_then(|f| read_interview(f, &mut keys, &mut errors));
    let programme = file(&by_path, PROGRAMME_FILE, &mut errors).and_then(|f| read_programme(f, &mut keys, &mut errors));
    let cycle = file(&by_path, CYCLE_FILE, &mut errors).and_then(|f| read_cycle(f, &mut errors));
    let mut ideas = Some(Vec::new());
    for d in Dimension::ALL {
        let got = file(&by_path, &ideas_path(d), &mut errors).and_then(|f| read_ideas(f, d, &mut keys, &mut errors));
        ideas = match (ideas, got) {
            (Some(mut all), Some(these)) => {
                all.extend(these);
                Some(all)
            }
            _ => None,
        };
    }
    let fun = file(&by_path, FUN_FILE, &mut errors).and_then(|f| read_fun(f, &mut keys, &mut errors));
    match (pack, interview, programme, cycle, ideas, fun) {
        (Some((version, language, title)), Some(interview), Some(programme), Some(cycle), Some(ideas), Some(fun))
            if errors.is_empty() =>
        {
            Ok(SupportPack { version, language, title, interview, programme, ideas, fun, cycle })
        }
        _ => {
            if errors.is_empty() {
                errors.push(whole(SUPPORT_DIR.trim_end_matches('/'), "the support pack could not be read"));
            }
            Err(errors)
        }
    }
}

fn whole(file: &str, reason: impl Into<String>) -> ContentError {
    ContentError { file: file.to_owned(), line: None, column: None, reason: reason.into() }
}

/// One checked support pack per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportPacks {
    /// In `Language::ALL` order, one per language.
    packs: Vec<SupportPack>,
}

impl SupportPacks {
    /// The pack in `language`: every language has one, [`load_support_languages`] refuses a set
    /// without.
    pub fn get(&self, language: Language) -> &SupportPack {
        let i = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
        &self.packs[i.min(self.packs.len().saturating_sub(1))]
    }

    pub fn version(&self) -> &str {
        self.get(Language::En).version.as_str()
    }
}

/// Reads every language's support pack from files whose paths start with the language's folder
/// (`en/support/pack.toml`), checks each, then checks that they hold the same keys in the same
/// places and share a version. Files of the assessment pack beside them are ignored.
pub fn load_support_languages(files: &[ContentFile]) -> Result<SupportPacks, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut packs = Vec::new();
    for l in Language::ALL {
        let prefix = format!("{}/", l.code());
        let mine: Vec<ContentFile> = files
            .iter()
            .filter_map(|f| {
                let path = normalise_path(&f.path);
                path.strip_prefix(&prefix).map(|rest| ContentFile::new(rest, f.text.clone()))
            })
            .filter(|f| f.path.starts_with(SUPPORT_DIR))
            .collect();
        if mine.is_empty() {
            errors.push(whole(
                &format!("{prefix}{}", SUPPORT_DIR.trim_end_matches('/')),
                format!("no support content for {} ({}): every language needs a complete pack", l.autonym(), l.code()),
            ));
            continue;
        }
        match load_support(&mine) {
            Ok(pack) => {
                if pack.language != l.code() {
                    errors.push(whole(
                        &format!("{prefix}{SUPPORT_PACK_FILE}"),
                        format!(
                            "`language` is \"{}\" but the pack is in the folder for \"{}\"",
                            pack.language,
                            l.code()
                        ),
                    ));
                }
                packs.push(pack);
            }
            Err(es) => errors.extend(es.into_iter().map(|mut e| {
                e.file = format!("{prefix}{}", e.file);
                e
            })),
        }
    }
    if errors.is_empty() {
        compare(&packs, &mut errors);
    }
    if errors.is_empty() { Ok(SupportPacks { packs }) } else { Err(errors) }
}

/// Every key of a pack with where it belongs and the file it is in.
fn places(pack: &SupportPack) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for d in &pack.interview.dimensions {
        for (kind, signs) in [("strength", &d.strengths), ("difficulty", &d.difficulties)] {
            for s in signs {
                out.insert(
                    s.key.clone(),
                    (format!("a sign of {kind} in {}", d.dimension.key()), INTERVIEW_FILE.into()),
                );
            }
        }
    }
    for s in &pack.programme.introduction.steps {
        out.insert(s.key.clone(), ("a step of the introduction".to_owned(), PROGRAMME_FILE.into()));
    }
    for i in &pack.ideas {
        out.insert(
            i.key.clone(),
            (format!("an idea for {} in {}", i.dimension.key(), i.band), ideas_path(i.dimension)),
        );
    }
    for f in &pack.fun {
        out.insert(f.key.clone(), (format!("fun for `{}`", f.who.key()), FUN_FILE.into()));
    }
    out
}

fn compare(packs: &[SupportPack], errors: &mut Vec<ContentError>) {
    let Some((first, rest)) = packs.split_first() else { return };
    let first_places = places(first);
    for other in rest {
        let (a, b) = (first.language.as_str(), other.language.as_str());
        if other.version != first.version {
            errors.push(whole(
                &format!("{b}/{SUPPORT_PACK_FILE}"),
                format!(
                    "version \"{}\" differs from \"{}\" in {a}/{SUPPORT_PACK_FILE}: every language's pack changes together",
                    other.version, first.version
                ),
            ));
        }
        let other_places = places(other);
        for (key, (place, file)) in &first_places {
            match other_places.get(key) {
                None => {
                    errors.push(whole(&format!("{b}/{file}"), format!("`{key}` is in {a}/{file} but missing here")))
                }
                Some((p, f)) if p != place => {
                    errors.push(whole(&format!("{b}/{f}"), format!("`{key}` is {p} here but {place} in {a}/{file}")))
                }
                Some(_) => {}
            }
        }
        for (key, (_, file)) in &other_places {
            if !first_places.contains_key(key) {
                errors.push(whole(&format!("{a}/{file}"), format!("`{key}` is in {b}/{file} but missing here")));
            }
        }
    }
}

// --------------------------------------------------------------------------------- embedded

macro_rules! embedded {
    ($lang:literal) => {
        [
            ("support/pack.toml", include_str!(concat!("../../../../content/", $lang, "/support/pack.toml"))),
            ("support/interview.toml", include_str!(concat!("../../../../content/", $lang, "/support/interview.toml"))),
            ("support/programme.toml", include_str!(concat!("../../../../content/", $lang, "/support/programme.toml"))),
            ("support/cycle.toml", include_str!(concat!("../../../../content/", $lang, "/support/cycle.toml"))),
            (
                "support/ideas/availability.toml",
                include_str!(concat!("../../../../content/", $lang, "/support/ideas/availability.toml")),
            ),
            (
                "support/ideas/sensitivity.toml",
                include_str!(concat!("../../../../content/", $lang, "/support/ideas/sensitivity.toml")),
            ),
            (
                "support/ideas/acceptance.toml",
                include_str!(concat!("../../../../content/", $lang, "/support/ideas/acceptance.toml")),
            ),
            (
                "support/ideas/cooperation.toml",
                include_str!(concat!("../../../../content/", $lang, "/support/ideas/cooperation.toml")),
            ),
            (
                "support/ideas/family_membership.toml",
                include_str!(concat!("../../../../content/", $lang, "/support/ideas/family_membership.toml")),
            ),
            ("support/fun.toml", include_str!(concat!("../../../../content/", $lang, "/support/fun.toml"))),
        ]
    };
}

const EMBEDDED_EN: [(&str, &str); 10] = embedded!("en");
const EMBEDDED_NB: [(&str, &str); 10] = embedded!("nb");

/// Every language's built-in support pack, as files with the language's folder in their paths
/// (`en/support/pack.toml`), ready for [`load_support_languages`].
pub fn embedded_support_files() -> Vec<ContentFile> {
    Language::ALL
        .into_iter()
        .flat_map(|l| {
            let files: &[(&str, &str)] = match l {
                Language::En => &EMBEDDED_EN,
                Language::Nb => &EMBEDDED_NB,
            };
            files.iter().map(move |(path, text)| ContentFile::new(format!("{}/{path}", l.code()), *text))
        })
        .collect()
}

/// The shipped support pack in every language, loaded and checked against each other.
pub fn embedded_support_packs() -> Result<SupportPacks, Vec<ContentError>> {
    load_support_languages(&embedded_support_files())
}
