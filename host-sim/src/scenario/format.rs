//! The scenario file format (docs/scenarios.md), read with serde.
//!
//! A file names its fixtures, a starting clock and a list of steps. Each step is one JSON
//! object whose *verb* key says what it does (`act`, `seal`, `expect_stage` …); its other
//! keys are that verb's arguments. Files may `include` others: they are flattened here,
//! includes first, so the runner sees one list of steps, each knowing where it came from
//! for the failure line. Every path is relative to the file that names it.

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::directory::{Enterprise, User};

/// The clock a scenario starts at when no file sets one.
pub const DEFAULT_CLOCK: &str = "2026-03-02T09:00:00+08:00";
/// The seed `random.seed` answers with when no file sets one (the draw is then fixed).
pub const DEFAULT_SEED: u64 = 20_260_302;

/// One scenario file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// Shown in the result line; the file's stem when absent.
    name: Option<String>,
    /// One sentence for the reader: what the scenario shows.
    #[serde(rename = "about")]
    _about: Option<String>,
    /// Files whose fixtures and steps come first.
    #[serde(default)]
    include: Vec<String>,
    /// Directory fixture (users and the enterprise register) instead of host-sim's.
    directory: Option<String>,
    /// Working-day calendar instead of host-sim's `calendar-cn.json`.
    calendar: Option<String>,
    /// People and enterprises added to the directory.
    #[serde(default)]
    add: Additions,
    /// The clock before this file's steps (RFC 3339, +08:00).
    clock: Option<String>,
    /// The seed every `random.seed` returns.
    seed: Option<u64>,
    #[serde(default)]
    steps: Vec<Value>,
}

/// People and enterprises a scenario adds to the directory fixture.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Additions {
    #[serde(default)]
    pub users: Vec<User>,
    #[serde(default)]
    pub enterprises: Vec<Enterprise>,
}

/// A scenario with its includes flattened.
#[derive(Debug)]
pub struct Scenario {
    pub name: String,
    pub directory: Option<PathBuf>,
    pub calendar: Option<PathBuf>,
    pub add: Additions,
    pub seed: u64,
    pub steps: Vec<Located>,
}

/// A step and where it was written: `origin` is empty for the scenario's own file, else
/// the included file's path as the including file wrote it.
#[derive(Debug)]
pub struct Located {
    pub origin: String,
    /// 1-based position in its file (0 for the file's `clock`).
    pub index: usize,
    pub step: Step,
}

impl Located {
    /// `step 3`, or `common/submitted.json step 3`.
    pub fn place(&self) -> String {
        match (self.origin.is_empty(), self.index) {
            (true, 0) => "clock".into(),
            (true, n) => format!("step {n}"),
            (false, 0) => format!("{} clock", self.origin),
            (false, n) => format!("{} step {n}", self.origin),
        }
    }
}

/// A refusal a step expects.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refused {
    /// `forbidden`, `not-found`, `conflict`, `invalid`, `wrong-stage`, `deadline`, `host-fault`.
    pub kind: Option<String>,
    pub code: String,
    /// Field id → field-error code that must be among the refusal's field errors.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Text the message must contain.
    pub message: Option<String>,
}

/// Expected version of a request: a number, or the case's version just before the step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Version {
    Exactly(u64),
    Current,
}

/// An action taken by a person.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    pub act: String,
    pub by: String,
    pub case: Option<String>,
    #[serde(skip)]
    pub values: Vec<Value>,
    pub opinion: Option<String>,
    #[serde(skip)]
    pub version: Option<Version>,
    pub refused: Option<Refused>,
}

/// A seal obtained through `forms.prepare-seal` and the host's seal service.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// The name later values refer to: `{"seal": "<name>"}`.
    pub seal: String,
    pub by: String,
    pub case: Option<String>,
    pub action: String,
    pub field: String,
    #[serde(skip)]
    pub values: Vec<Value>,
    pub refused: Option<Refused>,
}

/// A file uploaded through `forms.permit-upload` and the host's upload service.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upload {
    /// The name later values refer to: `{"attachments": ["<name>"]}`.
    pub upload: String,
    pub by: String,
    pub case: Option<String>,
    pub action: String,
    pub field: String,
    /// File name, e.g. `质量管理体系认证证书.pdf`.
    pub file: String,
    #[serde(default = "pdf")]
    pub media_type: String,
    /// The file's text; a small PDF naming the file when absent.
    pub content: Option<String>,
    pub refused: Option<Refused>,
}

fn pdf() -> String {
    "application/pdf".into()
}

/// Moving the clock: to an instant, or by some seconds; due timers fire on the way.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advance {
    pub advance_to: Option<String>,
    pub advance_seconds: Option<i64>,
    /// How many timers must fire.
    pub fired: Option<usize>,
}

/// Firing the timers due now.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunTimers {
    #[serde(rename = "run_timers")]
    pub _run: Value,
    pub fired: Option<usize>,
}

/// A case's stage (its code) and, optionally, version.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectStage {
    pub expect_stage: String,
    pub case: String,
    pub version: Option<u64>,
}

/// A person's open to-dos (their own and their groups').
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectTasks {
    pub expect_tasks: String,
    /// Only the tasks of this case.
    pub case: Option<String>,
    pub count: Option<usize>,
    /// Each text is contained in some task's title.
    #[serde(default)]
    pub titles: Vec<String>,
}

/// Notifications delivered to a person (directly or through a group they belong to).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectNotification {
    pub expect_notification: String,
    /// `to-do`, `info`, `carbon-copy`, `reminder`.
    pub kind: Option<String>,
    /// Text the subject contains.
    pub subject: Option<String>,
    /// Text the body contains.
    pub body: Option<String>,
    pub case: Option<String>,
    /// How many match; at least one when absent.
    pub count: Option<usize>,
}

/// Public records: by default those on the public page (not withdrawn).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectPublic {
    /// Record kind: `call`, `publicity`, `recognition`, `catalogue` …
    pub expect_public: String,
    pub title: Option<String>,
    pub body: Option<String>,
    pub case: Option<String>,
    /// Match withdrawn records (kept for audit) instead of the public page.
    #[serde(default)]
    pub withdrawn: bool,
    /// How many match; at least one when absent.
    pub count: Option<usize>,
}

/// What a person may do on a case now (`approval.actions`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectActions {
    pub expect_actions: String,
    pub case: String,
    /// Action codes that must be offered.
    #[serde(default)]
    pub include: Vec<String>,
    /// Action codes that must not be offered.
    #[serde(default)]
    pub exclude: Vec<String>,
    pub refused: Option<Refused>,
}

/// A case's 流转记录 as the host recorded it; its hash chain is checked too.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectHistory {
    pub expect_history: String,
    /// The action codes of every entry, in order.
    pub actions: Option<Vec<String>>,
    /// Who the host recorded for the last entry (`system` for timers).
    pub last_by: Option<String>,
}

/// What a person sees of a case (`approval.view`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    pub view: String,
    pub case: String,
    /// Texts the view's text must contain.
    #[serde(default)]
    pub contains: Vec<String>,
    /// Texts it must not contain.
    #[serde(default)]
    pub lacks: Vec<String>,
    pub refused: Option<Refused>,
}

/// One step.
#[derive(Debug)]
pub enum Step {
    /// The file's `clock`: set before its steps.
    Clock(String),
    Act(Act),
    Seal(Seal),
    Upload(Upload),
    Advance(Advance),
    RunTimers(RunTimers),
    ExpectStage(ExpectStage),
    ExpectTasks(ExpectTasks),
    ExpectNotification(ExpectNotification),
    ExpectPublic(ExpectPublic),
    ExpectActions(ExpectActions),
    ExpectHistory(ExpectHistory),
    View(View),
}

/// The verb keys; a step has exactly one.
pub const VERBS: &[&str] = &[
    "act",
    "seal",
    "upload",
    "advance_to",
    "advance_seconds",
    "run_timers",
    "expect_stage",
    "expect_tasks",
    "expect_notification",
    "expect_public",
    "expect_actions",
    "expect_history",
    "view",
];

/// Read a scenario file and everything it includes.
pub fn load(path: &Path) -> Result<Scenario> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut scenario = Scenario {
        name,
        directory: None,
        calendar: None,
        add: Additions::default(),
        seed: DEFAULT_SEED,
        steps: Vec::new(),
    };
    let mut seed = None;
    let own = read(path, "", &mut scenario, &mut seed, 0)?;
    if let Some(name) = own {
        scenario.name = name;
    }
    scenario.seed = seed.unwrap_or(DEFAULT_SEED);
    // Time is always simulated: the default clock unless the first step sets one.
    if !matches!(
        scenario.steps.first(),
        Some(Located {
            step: Step::Clock(_),
            ..
        })
    ) {
        scenario.steps.insert(
            0,
            Located {
                origin: String::new(),
                index: 0,
                step: Step::Clock(DEFAULT_CLOCK.into()),
            },
        );
    }
    Ok(scenario)
}

/// Read one file into `into`: its includes first, then its own settings and steps.
/// Settings of the including file win over those of its includes. Returns its `name`.
fn read(
    path: &Path,
    origin: &str,
    into: &mut Scenario,
    seed: &mut Option<u64>,
    depth: usize,
) -> Result<Option<String>> {
    if depth > 8 {
        bail!("{}: includes nest too deep (a cycle?)", path.display());
    }
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let file: File = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a scenario", path.display()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    for inc in &file.include {
        let shown = if origin.is_empty() {
            inc.clone()
        } else {
            format!("{origin} → {inc}")
        };
        read(&dir.join(inc), &shown, into, seed, depth + 1)?;
    }
    if let Some(d) = &file.directory {
        into.directory = Some(dir.join(d));
    }
    if let Some(c) = &file.calendar {
        into.calendar = Some(dir.join(c));
    }
    if file.seed.is_some() {
        *seed = file.seed;
    }
    into.add.users.extend(file.add.users);
    into.add.enterprises.extend(file.add.enterprises);
    if let Some(clock) = file.clock {
        crate::clock::check_rfc3339(&clock)?;
        into.steps.push(Located {
            origin: origin.to_string(),
            index: 0,
            step: Step::Clock(clock),
        });
    }
    for (i, raw) in file.steps.into_iter().enumerate() {
        let step = step(raw, dir).with_context(|| {
            let at = if origin.is_empty() {
                path.display().to_string()
            } else {
                origin.to_string()
            };
            format!("{at} step {}", i + 1)
        })?;
        into.steps.push(Located {
            origin: origin.to_string(),
            index: i + 1,
            step,
        });
    }
    Ok(file.name)
}

fn typed<T: DeserializeOwned>(obj: Map<String, Value>) -> Result<T> {
    Ok(serde_json::from_value(Value::Object(obj))?)
}

/// One step from its JSON object.
fn step(raw: Value, dir: &Path) -> Result<Step> {
    let Value::Object(mut obj) = raw else {
        bail!("a step is a JSON object");
    };
    // A `note` is for the reader only.
    obj.remove("note");
    let verbs: Vec<&str> = VERBS
        .iter()
        .copied()
        .filter(|v| obj.contains_key(*v))
        .collect();
    let verb = match verbs.as_slice() {
        [one] => *one,
        [] => bail!("no verb: a step has one of {}", VERBS.join(", ")),
        many => bail!("several verbs in one step: {}", many.join(", ")),
    };
    // Values, `with`, `without` and `version` are resolved here, the rest by serde.
    let values = take_values(&mut obj, dir)?;
    let version = match obj.remove("version") {
        None => None,
        Some(Value::String(s)) if s == "current" => Some(Version::Current),
        Some(v) => match (verb, v.as_u64()) {
            ("act", Some(n)) => Some(Version::Exactly(n)),
            // `expect_stage` keeps its own numeric `version`.
            ("expect_stage", Some(_)) => {
                obj.insert("version".into(), v);
                None
            }
            _ => bail!("`version` is a number or \"current\""),
        },
    };
    if version.is_some() && verb != "act" {
        bail!("only `act` takes a `version` to act on");
    }
    if values.is_some() && !matches!(verb, "act" | "seal") {
        bail!("only `act` and `seal` take values");
    }
    let values = values.unwrap_or_default();
    Ok(match verb {
        "act" => {
            let mut a: Act = typed(obj)?;
            a.values = values;
            a.version = version;
            Step::Act(a)
        }
        "seal" => {
            let mut s: Seal = typed(obj)?;
            s.values = values;
            Step::Seal(s)
        }
        "upload" => Step::Upload(typed(obj)?),
        "advance_to" | "advance_seconds" => {
            let a: Advance = typed(obj)?;
            if let Some(t) = &a.advance_to {
                crate::clock::check_rfc3339(t)?;
            }
            Step::Advance(a)
        }
        "run_timers" => Step::RunTimers(typed(obj)?),
        "expect_stage" => Step::ExpectStage(typed(obj)?),
        "expect_tasks" => Step::ExpectTasks(typed(obj)?),
        "expect_notification" => Step::ExpectNotification(typed(obj)?),
        "expect_public" => Step::ExpectPublic(typed(obj)?),
        "expect_actions" => Step::ExpectActions(typed(obj)?),
        "expect_history" => Step::ExpectHistory(typed(obj)?),
        _ => Step::View(typed(obj)?),
    })
}

/// The step's `values` (an array of fields, or `"file.json#form-id"`), with the fields
/// of `with` put in place by id and those named in `without` left out.
fn take_values(obj: &mut Map<String, Value>, dir: &Path) -> Result<Option<Vec<Value>>> {
    let base = obj.remove("values");
    let with = obj.remove("with");
    let without = obj.remove("without");
    if base.is_none() && with.is_none() && without.is_none() {
        return Ok(None);
    }
    let mut fields = match base {
        None => Vec::new(),
        Some(Value::Array(a)) => a,
        Some(Value::String(reference)) => from_file(&reference, dir)?,
        Some(_) => bail!("`values` is an array of fields or \"file.json#form-id\""),
    };
    let id_of = |f: &Value| f.get("id").and_then(Value::as_str).map(str::to_string);
    if let Some(with) = with {
        let Value::Array(with) = with else {
            bail!("`with` is an array of fields");
        };
        for f in with {
            let id = id_of(&f).ok_or_else(|| anyhow!("a field in `with` has no `id`"))?;
            match fields.iter_mut().find(|g| id_of(g).as_deref() == Some(&id)) {
                Some(slot) => *slot = f,
                None => fields.push(f),
            }
        }
    }
    if let Some(without) = without {
        let ids: Vec<String> = serde_json::from_value(without)
            .map_err(|_| anyhow!("`without` is an array of field ids"))?;
        fields.retain(|f| !id_of(f).is_some_and(|id| ids.contains(&id)));
    }
    Ok(Some(fields))
}

/// Fields from `file.json` (an array) or `file.json#form-id` (one form of an object of
/// forms, like `tests/fixtures/sample-application.json`).
fn from_file(reference: &str, dir: &Path) -> Result<Vec<Value>> {
    let (file, form) = match reference.split_once('#') {
        Some((f, form)) => (f, Some(form)),
        None => (reference, None),
    };
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let v: Value = serde_json::from_str(&text)?;
    let picked = match form {
        Some(form) => v
            .get(form)
            .cloned()
            .ok_or_else(|| anyhow!("{} has no form `{form}`", path.display()))?,
        None => v,
    };
    match picked {
        Value::Array(a) => Ok(a),
        _ => bail!("{reference} is not an array of fields"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("dir");
        }
        std::fs::write(&path, text).expect("write");
        path
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("scenario-format-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        dir
    }

    #[test]
    fn includes_come_first_and_steps_know_where_they_were_written() {
        let dir = scratch("include");
        write(
            &dir,
            "common/base.json",
            r#"{"clock": "2026-03-02T09:00:00+08:00",
            "steps": [{"run_timers": true}]}"#,
        );
        let main = write(
            &dir,
            "main.json",
            r#"{"include": ["common/base.json"], "seed": 7,
            "steps": [{"note": "for the reader", "expect_stage": "open", "case": "batch-2026"}]}"#,
        );
        let s = load(&main).expect("load");
        assert_eq!(s.name, "main");
        assert_eq!(s.seed, 7);
        let places: Vec<String> = s.steps.iter().map(Located::place).collect();
        assert_eq!(
            places,
            [
                "common/base.json clock",
                "common/base.json step 1",
                "step 1"
            ]
        );
    }

    #[test]
    fn values_come_from_files_with_fields_replaced_and_left_out() {
        let dir = scratch("values");
        write(
            &dir,
            "forms.json",
            r#"{"f": [{"id": "a", "value": {"text": "1"}},
            {"id": "b", "value": {"text": "2"}}]}"#,
        );
        let main = write(
            &dir,
            "main.json",
            r#"{"steps": [{"act": "edit-form", "by": "u",
            "values": "forms.json#f", "with": [{"id": "a", "value": {"text": "9"}},
            {"id": "c", "value": {"flag": true}}], "without": ["b"], "version": "current",
            "case": "x"}]}"#,
        );
        let s = load(&main).expect("load");
        let Step::Act(a) = &s.steps[1].step else {
            panic!("an act step");
        };
        let ids: Vec<&str> = a.values.iter().filter_map(|f| f["id"].as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(a.values[0]["value"]["text"], "9");
        assert_eq!(a.version, Some(Version::Current));
        // No clock anywhere: the default one comes first.
        assert!(matches!(&s.steps[0].step, Step::Clock(c) if c == DEFAULT_CLOCK));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_step_has_exactly_one_verb_and_no_unknown_keys() {
        let dir = scratch("verbs");
        for (text, error) in [
            (r#"{"steps": [{"by": "u"}]}"#, "no verb"),
            (r#"{"steps": [{"act": "x", "view": "u"}]}"#, "several verbs"),
            (
                r#"{"steps": [{"act": "x", "by": "u", "opinon": "typo"}]}"#,
                "opinon",
            ),
            (
                r#"{"steps": [{"view": "u", "case": "c", "values": []}]}"#,
                "only `act` and `seal`",
            ),
        ] {
            let path = write(&dir, "bad.json", text);
            let e = format!("{:#}", load(&path).expect_err(text));
            assert!(e.contains(error), "{e}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
