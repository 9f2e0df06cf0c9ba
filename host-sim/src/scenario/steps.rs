//! Running one scenario's steps on a `Sim`: each step either passes or says, in one
//! line, what it expected and what it got. The Node host (tests/node-host/scenario.mjs)
//! words every failure the same way, so the two hosts' result lines can be compared.

use serde_json::{Value, json};
use std::collections::HashMap;

use super::format::{
    Act, Advance, ExpectActions, ExpectHistory, ExpectNotification, ExpectPublic, ExpectStage,
    ExpectTasks, Refused, Seal, Step, Upload, Version, View,
};
use super::view_text;
use crate::codes::Code;
use crate::contract::{Action, AttachmentRef, Refusal, SealRef};
use crate::contract_forms::UploadRequest;
use crate::fields_json::{fields_from_json, seal_to_json};
use crate::sim::{Request, action_of};
use crate::{CallError, Sim, clock, demo};

/// Why a step failed: the text after `step N: `.
pub type Failure = String;

/// A scenario in progress: the host, and the seals and uploads it has named so far.
pub struct Runner {
    pub sim: Sim,
    seals: HashMap<String, SealRef>,
    uploads: HashMap<String, AttachmentRef>,
    /// Whether a file's `clock` has set the clock yet; later ones advance it.
    clock_set: bool,
}

fn refusal_text(r: &Refusal) -> String {
    format!("refusal {} ({}): {}", r.code, r.kind.code(), r.message)
}

/// What a failed call got, for a failure line.
fn got(e: &CallError) -> String {
    match e {
        CallError::Refused(r) => refusal_text(r),
        CallError::Trap(e) => format!("a trap: {e:#}"),
        CallError::Host(e) => format!("a host error: {e:#}"),
    }
}

/// A call that had to succeed and did not.
fn unexpected(e: &CallError) -> Failure {
    format!("expected success, got {}", got(e))
}

/// Compare a call's result with the step's expectation (success unless `refused`).
fn outcome<T>(result: &Result<T, CallError>, want: Option<&Refused>) -> Result<(), Failure> {
    match (result, want) {
        (Ok(_), None) => Ok(()),
        (Err(e), None) => Err(format!("expected success, got {}", got(e))),
        (Ok(_), Some(w)) => Err(format!("expected refusal {}, got success", w.code)),
        (Err(CallError::Refused(r)), Some(w)) => refusal_matches(r, w),
        (Err(e), Some(w)) => Err(format!("expected refusal {}, got {}", w.code, got(e))),
    }
}

fn refusal_matches(r: &Refusal, w: &Refused) -> Result<(), Failure> {
    let kind_ok = w.kind.as_deref().is_none_or(|k| k == r.kind.code());
    if r.code != w.code || !kind_ok {
        let wanted = match &w.kind {
            Some(k) => format!("{} ({k})", w.code),
            None => w.code.clone(),
        };
        return Err(format!(
            "expected refusal {wanted}, got {}",
            refusal_text(r)
        ));
    }
    for (field, code) in &w.fields {
        if !r
            .fields
            .iter()
            .any(|e| &e.field == field && &e.code == code)
        {
            let have: Vec<String> = r
                .fields
                .iter()
                .map(|e| format!("{}: {}", e.field, e.code))
                .collect();
            return Err(format!(
                "expected field error {field}: {code}, got [{}]",
                have.join(", ")
            ));
        }
    }
    if let Some(m) = &w.message
        && !r.message.contains(m.as_str())
    {
        return Err(format!(
            "expected a refusal message containing \"{m}\", got \"{}\"",
            r.message
        ));
    }
    Ok(())
}

fn count_ok(want: Option<usize>, n: usize) -> bool {
    match want {
        Some(w) => w == n,
        None => n > 0,
    }
}

fn count_text(want: Option<usize>) -> String {
    want.map_or_else(|| "some".to_string(), |n| n.to_string())
}

fn host(e: impl std::fmt::Display) -> Failure {
    format!("host error: {e}")
}

impl Runner {
    pub fn new(sim: Sim) -> Self {
        Runner {
            sim,
            seals: HashMap::new(),
            uploads: HashMap::new(),
            clock_set: false,
        }
    }

    /// Run one step.
    pub fn step(&mut self, step: &Step) -> Result<(), Failure> {
        match step {
            // The first `clock` sets the time; an included file's later `clock` moves it
            // forward like `advance_to`, firing the timers that fall due on the way.
            Step::Clock(t) if !self.clock_set => {
                self.clock_set = true;
                self.sim.set_clock(t).map_err(host)
            }
            Step::Clock(t) => self
                .sim
                .advance_clock(t)
                .map(|_| ())
                .map_err(|e| unexpected(&e)),
            Step::Act(a) => self.act(a),
            Step::Seal(s) => self.seal(s),
            Step::Upload(u) => self.upload(u),
            Step::Advance(a) => self.advance(a),
            Step::RunTimers(r) => {
                let fired = self.sim.run_due_timers().map_err(|e| unexpected(&e))?;
                fired_ok(r.fired, fired)
            }
            Step::ExpectStage(e) => self.expect_stage(e),
            Step::ExpectTasks(e) => self.expect_tasks(e),
            Step::ExpectNotification(e) => self.expect_notification(e),
            Step::ExpectPublic(e) => self.expect_public(e),
            Step::ExpectActions(e) => self.expect_actions(e),
            Step::ExpectHistory(e) => self.expect_history(e),
            Step::View(v) => self.view(v),
        }
    }

    /// Fields from the step's JSON, with named seals and uploads put in.
    fn fields(&self, values: &[Value]) -> Result<Vec<crate::contract::Field>, Failure> {
        let mut resolved = Vec::with_capacity(values.len());
        for f in values {
            let mut f = f.clone();
            if let Some(v) = f.get_mut("value") {
                self.resolve(v)?;
            }
            resolved.push(f);
        }
        fields_from_json(&Value::Array(resolved)).map_err(|e| format!("bad values: {e}"))
    }

    /// `{"seal": "name"}` and names in `{"attachments": [...]}` → what the host issued.
    fn resolve(&self, v: &mut Value) -> Result<(), Failure> {
        if let Some(Value::String(name)) = v.get("seal") {
            let seal = self
                .seals
                .get(name)
                .ok_or_else(|| format!("no seal named \"{name}\" was obtained before"))?;
            *v = json!({ "seal": seal_to_json(seal) });
        } else if let Some(Value::Array(files)) = v.get_mut("attachments") {
            for file in files.iter_mut() {
                if let Value::String(name) = file {
                    let a = self
                        .uploads
                        .get(name.as_str())
                        .ok_or_else(|| format!("no upload named \"{name}\" was made before"))?;
                    *file = json!({
                        "id": a.id, "name": a.name, "media-type": a.media_type,
                        "size": a.size, "sha256": a.sha256,
                    });
                }
            }
        }
        Ok(())
    }

    fn act(&mut self, a: &Act) -> Result<(), Failure> {
        let values = self.fields(&a.values)?;
        let expected_version = match (a.version, &a.case) {
            (None, _) => None,
            (Some(Version::Exactly(n)), _) => Some(n),
            (Some(Version::Current), Some(case)) => self.sim.version(case).map_err(host)?,
            (Some(Version::Current), None) => {
                return Err("`version: current` needs a `case`".into());
            }
        };
        let request = Request {
            case_id: a.case.clone(),
            action: a.act.clone(),
            values,
            opinion: a.opinion.clone(),
            expected_version,
        };
        let result = self.sim.act(&a.by, request);
        outcome(&result, a.refused.as_ref())
    }

    fn seal(&mut self, s: &Seal) -> Result<(), Failure> {
        let values = self.fields(&s.values)?;
        let result = self
            .sim
            .seal(&s.by, s.case.as_deref(), &s.action, &s.field, &values);
        outcome(&result, s.refused.as_ref())?;
        if let Ok(seal) = result {
            self.seals.insert(s.seal.clone(), seal);
        }
        Ok(())
    }

    fn upload(&mut self, u: &Upload) -> Result<(), Failure> {
        let content = match &u.content {
            Some(text) => text.clone().into_bytes(),
            None => demo::sample_pdf(&u.file),
        };
        let action: Action = action_of(&u.action).map_err(|e| unexpected(&e))?;
        let request = UploadRequest {
            case_id: u.case.clone(),
            action,
            field: u.field.clone(),
            name: u.file.clone(),
            media_type: u.media_type.clone(),
            size: content.len() as u64,
        };
        let result = self.sim.upload(&u.by, request, &content);
        outcome(&result, u.refused.as_ref())?;
        if let Ok(file) = result {
            self.uploads.insert(u.upload.clone(), file);
        }
        Ok(())
    }

    fn advance(&mut self, a: &Advance) -> Result<(), Failure> {
        let to = match (&a.advance_to, a.advance_seconds) {
            (Some(t), None) => t.clone(),
            (None, Some(secs)) => {
                let now = self.sim.now().map_err(host)?;
                clock::add_seconds(&now, secs).map_err(host)?
            }
            _ => return Err("give one of `advance_to` and `advance_seconds`".into()),
        };
        let fired = self.sim.advance_clock(&to).map_err(|e| unexpected(&e))?;
        fired_ok(a.fired, fired)
    }

    fn expect_stage(&mut self, e: &ExpectStage) -> Result<(), Failure> {
        let found: Option<(String, i64)> = self
            .sim
            .connection()
            .query_row(
                "SELECT stage, version FROM cases WHERE id = ?1",
                crate::params![&e.case],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok();
        let Some((stage, version)) = found else {
            return Err(format!(
                "expected stage {} of {}, got no such case",
                e.expect_stage, e.case
            ));
        };
        if stage != e.expect_stage {
            return Err(format!(
                "expected stage {} of {}, got {stage}",
                e.expect_stage, e.case
            ));
        }
        match e.version {
            Some(v) if v as i64 != version => {
                Err(format!("expected version {v} of {}, got {version}", e.case))
            }
            _ => Ok(()),
        }
    }

    fn expect_tasks(&mut self, e: &ExpectTasks) -> Result<(), Failure> {
        let tasks: Vec<String> = self
            .sim
            .open_tasks(&e.expect_tasks)
            .map_err(host)?
            .into_iter()
            .filter(|t| e.case.as_ref().is_none_or(|c| *c == t.case_id))
            .map(|t| t.title)
            .collect();
        let listed = tasks.join("; ");
        if let Some(n) = e.count
            && n != tasks.len()
        {
            return Err(format!(
                "expected {n} open task(s) of {}, got {}: [{listed}]",
                e.expect_tasks,
                tasks.len()
            ));
        }
        for t in &e.titles {
            if !tasks.iter().any(|title| title.contains(t.as_str())) {
                return Err(format!(
                    "expected an open task of {} titled …{t}…, got [{listed}]",
                    e.expect_tasks
                ));
            }
        }
        Ok(())
    }

    fn expect_notification(&mut self, e: &ExpectNotification) -> Result<(), Failure> {
        let user = self.sim.actor(&e.expect_notification).map_err(host)?;
        let role = user.role.code();
        let n = self
            .sim
            .outbox()
            .map_err(host)?
            .into_iter()
            .filter(|m| {
                let to_user = m.recipient_user.as_deref() == Some(user.user_id.as_str());
                let to_group = m.recipient_role.as_deref() == Some(role)
                    && m.recipient_org.as_deref() == Some(user.org_unit.as_str());
                (to_user || to_group)
                    && e.kind.as_ref().is_none_or(|k| *k == m.kind)
                    && e.subject
                        .as_ref()
                        .is_none_or(|s| m.subject.contains(s.as_str()))
                    && e.body.as_ref().is_none_or(|b| m.body.contains(b.as_str()))
                    && e.case
                        .as_ref()
                        .is_none_or(|c| m.case_id.as_ref() == Some(c))
            })
            .count();
        if count_ok(e.count, n) {
            return Ok(());
        }
        Err(format!(
            "expected {} notification(s) to {}{}, got {n}",
            count_text(e.count),
            e.expect_notification,
            criteria(&[
                ("kind", e.kind.as_deref()),
                ("subject", e.subject.as_deref()),
                ("body", e.body.as_deref()),
                ("case", e.case.as_deref()),
            ])
        ))
    }

    fn expect_public(&mut self, e: &ExpectPublic) -> Result<(), Failure> {
        let rows: Vec<PublicRow> = self
            .sim
            .connection()
            .query_map(
                "SELECT kind, title, body, case_id, withdrawn_at FROM public_records ORDER BY id",
                crate::params![],
                |r| {
                    Ok(PublicRow {
                        kind: r.get(0)?,
                        title: r.get(1)?,
                        body: r.get(2)?,
                        case_id: r.get(3)?,
                        withdrawn: r.get::<Option<String>>(4)?.is_some(),
                    })
                },
            )
            .map_err(host)?;
        let n = rows
            .iter()
            .filter(|r| {
                r.kind == e.expect_public
                    && r.withdrawn == e.withdrawn
                    && e.title
                        .as_ref()
                        .is_none_or(|t| r.title.contains(t.as_str()))
                    && e.body.as_ref().is_none_or(|b| r.body.contains(b.as_str()))
                    && e.case
                        .as_ref()
                        .is_none_or(|c| r.case_id.as_ref() == Some(c))
            })
            .count();
        if count_ok(e.count, n) {
            return Ok(());
        }
        Err(format!(
            "expected {} {} public record(s) {}{}, got {n}",
            count_text(e.count),
            if e.withdrawn {
                "withdrawn"
            } else {
                "published"
            },
            e.expect_public,
            criteria(&[
                ("title", e.title.as_deref()),
                ("body", e.body.as_deref()),
                ("case", e.case.as_deref()),
            ])
        ))
    }

    fn expect_actions(&mut self, e: &ExpectActions) -> Result<(), Failure> {
        let result = self.sim.actions(&e.expect_actions, &e.case);
        outcome(&result, e.refused.as_ref())?;
        let Ok(actions) = result else { return Ok(()) };
        let codes: Vec<&str> = actions.iter().map(|a| a.action.code()).collect();
        let listed = codes.join(", ");
        for want in &e.include {
            if !codes.contains(&want.as_str()) {
                return Err(format!(
                    "expected {} to be offered {want} on {}, got [{listed}]",
                    e.expect_actions, e.case
                ));
            }
        }
        for unwanted in &e.exclude {
            if codes.contains(&unwanted.as_str()) {
                return Err(format!(
                    "expected {} not to be offered {unwanted} on {}, got [{listed}]",
                    e.expect_actions, e.case
                ));
            }
        }
        Ok(())
    }

    fn expect_history(&mut self, e: &ExpectHistory) -> Result<(), Failure> {
        if let Some(seq) = self.sim.verify_history_chain().map_err(host)? {
            return Err(format!("the history's hash chain is broken at entry {seq}"));
        }
        let rows = self.sim.history(&e.expect_history).map_err(host)?;
        if let Some(want) = &e.actions {
            let have: Vec<&str> = rows.iter().map(|h| h.action.as_str()).collect();
            if have != *want {
                return Err(format!(
                    "expected the history of {} to be [{}], got [{}]",
                    e.expect_history,
                    want.join(", "),
                    have.join(", ")
                ));
            }
        }
        if let Some(by) = &e.last_by {
            let last = rows.last().map_or("nobody", |h| h.actor_user.as_str());
            if last != by {
                return Err(format!(
                    "expected the last entry of {} by {by}, got {last}",
                    e.expect_history
                ));
            }
        }
        Ok(())
    }

    fn view(&mut self, v: &View) -> Result<(), Failure> {
        let result = self.sim.view(&v.view, &v.case);
        outcome(&result, v.refused.as_ref())?;
        let Ok(view) = result else { return Ok(()) };
        let text = view_text::lines(&view).join("\n");
        if std::env::var_os("QB_SCENARIO_DUMP_VIEWS").is_some() {
            eprintln!("--- view of {} for {}\n{text}", v.case, v.view);
        }
        for want in &v.contains {
            if !text.contains(want.as_str()) {
                return Err(format!(
                    "expected the view of {} for {} to contain \"{want}\"",
                    v.case, v.view
                ));
            }
        }
        for unwanted in &v.lacks {
            if text.contains(unwanted.as_str()) {
                return Err(format!(
                    "expected the view of {} for {} not to contain \"{unwanted}\"",
                    v.case, v.view
                ));
            }
        }
        Ok(())
    }
}

/// A public record as the host holds it (withdrawn ones kept for audit).
struct PublicRow {
    kind: String,
    title: String,
    body: String,
    case_id: Option<String>,
    withdrawn: bool,
}

fn fired_ok(want: Option<usize>, fired: usize) -> Result<(), Failure> {
    match want {
        Some(n) if n != fired => Err(format!("expected {n} timer(s) to fire, {fired} fired")),
        _ => Ok(()),
    }
}

/// ` with kind reminder, subject …催办…` for a failure line.
fn criteria(pairs: &[(&str, Option<&str>)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k} \"{v}\"")))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" with {}", parts.join(", "))
    }
}
