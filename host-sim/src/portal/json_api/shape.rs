//! The contract's records as the JSON API's answers: a case view, an action, a form
//! definition, the catalog. Every enum goes out as its stable code (`codes.rs`), every
//! label as the plugin gave it; nothing is added to what the plugin returned but the
//! stage's label and the district's name, which the host knows anyway. Envelopes use
//! snake_case; field values keep the contract's `fields_json` shape so that what one
//! answer gives (an upload, a seal) goes straight into the next request's `values`.

use serde_json::{Value, json};

use super::district;
use crate::Sim;
use crate::codes::{Code, stage_code, stage_kind};
use crate::contract::{AttachmentRef, CaseSummary, Stage};
use crate::contract_approval::{
    ActionDef, ActionScope, ActionTone, CaseView, OpinionRule, ProcessCatalog,
};
use crate::contract_forms::{Column, FieldDef, FilledForm, FormDef, UploadRule};
use crate::fields_json::fields_to_json;
use crate::portal::form::kind_code;

/// `{code, name}` of a district org unit, or null.
pub fn district_ref(code: Option<&str>) -> Value {
    match code {
        Some(c) => json!({"code": c, "name": district::name_of(c)}),
        None => Value::Null,
    }
}

/// A stage as `{code, label}`, the label from the catalog.
fn stage_ref(sim: &Sim, stage: Stage) -> Value {
    json!({"code": stage_code(stage), "label": sim.stage_label(stage)})
}

/// The summary as the plugin's view gives it to this person: its `score` only where the
/// plugin decided the person may see it.
fn summary(sim: &Sim, s: &CaseSummary) -> Value {
    json!({
        "id": s.id,
        "kind": stage_kind(s.stage).code(),
        "title": s.title,
        "year": s.year,
        "stage": stage_ref(sim, s.stage),
        "district": district_ref(s.district.as_deref()),
        "owner": s.owner,
        "score": s.score,
    })
}

/// A file as the host holds it, in the shape a value's `attachments` list takes.
pub fn attachment(a: &AttachmentRef) -> Value {
    json!({"id": a.id, "name": a.name, "media-type": a.media_type, "size": a.size, "sha256": a.sha256})
}

/// Exactly the plugin's `view` for the person (H4).
pub fn view(sim: &Sim, v: &CaseView) -> Value {
    json!({
        "summary": summary(sim, &v.summary),
        "version": v.version,
        "sections": v.sections.iter().map(|s| json!({
            "title": s.title,
            "items": s.items.iter().map(|i| json!({"label": i.label, "value": i.value})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "forms": v.forms.iter().map(filled_form).collect::<Vec<_>>(),
        "attachments": v.attachments.iter().map(attachment).collect::<Vec<_>>(),
        "history": v.history.iter().map(|h| json!({
            "at": h.at, "who": h.who, "label": h.label, "opinion": h.opinion, "detail": h.detail,
        })).collect::<Vec<_>>(),
        "tasks": v.tasks.iter().map(|t| json!({"title": t.title, "who": t.who, "due": t.due})).collect::<Vec<_>>(),
    })
}

fn opinion_code(o: OpinionRule) -> &'static str {
    match o {
        OpinionRule::NoOpinion => "no-opinion",
        OpinionRule::Optional => "optional",
        OpinionRule::Required => "required",
    }
}

fn tone_code(t: ActionTone) -> &'static str {
    match t {
        ActionTone::Primary => "primary",
        ActionTone::Normal => "normal",
        ActionTone::Danger => "danger",
    }
}

fn scope_code(s: ActionScope) -> &'static str {
    match s {
        ActionScope::Role => "role",
        ActionScope::OwnApplication => "own-application",
        ActionScope::OwnDistrict => "own-district",
        ActionScope::AssignedExpert => "assigned-expert",
    }
}

pub fn action_def(a: &ActionDef) -> Value {
    json!({
        "action": a.action.code(),
        "label": a.label,
        "form": a.form,
        "opinion": opinion_code(a.opinion),
        "tone": tone_code(a.tone),
    })
}

pub fn filled_form(f: &FilledForm) -> Value {
    json!({"definition": form_def(&f.definition), "values": fields_to_json(&f.values)})
}

fn form_def(d: &FormDef) -> Value {
    json!({
        "id": d.id,
        "revision": d.revision,
        "title": d.title,
        "help": d.help,
        "sections": d.sections.iter().map(|s| json!({
            "id": s.id, "title": s.title, "help": s.help,
            "fields": s.fields.iter().map(field_def).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn upload_rule(u: &UploadRule) -> Value {
    json!({"max_bytes": u.max_bytes, "max_files": u.max_files, "media_types": u.media_types})
}

fn column(c: &Column) -> Value {
    json!({
        "id": c.id, "label": c.label, "unit": c.unit, "kind": kind_code(c.kind),
        "min": c.min, "format": c.format.map(Code::code),
    })
}

fn field_def(f: &FieldDef) -> Value {
    json!({
        "id": f.id,
        "label": f.label,
        "help": f.help,
        "kind": kind_code(f.kind),
        "required": f.required,
        "read_only": f.read_only,
        "unit": f.unit,
        "max_chars": f.max_chars,
        "min": f.min,
        "max": f.max,
        "format": f.format.map(Code::code),
        "seal": f.seal.map(Code::code),
        "upload": f.upload.as_ref().map(upload_rule),
        "options": f.options.iter().map(|o| json!({"value": o.value, "label": o.label})).collect::<Vec<_>>(),
        "columns": f.columns.iter().map(column).collect::<Vec<_>>(),
        "rows": f.rows,
        "visible_when": f.visible_when.as_ref().map(|c| json!({"field": c.field, "any_of": c.any_of})),
    })
}

/// A stage as `{kind, code}`, for the catalog's actions.
fn stage_key(s: Stage) -> Value {
    json!({"kind": stage_kind(s).code(), "code": stage_code(s)})
}

/// The process as data (`approval.catalog`).
pub fn catalog(c: &ProcessCatalog) -> Value {
    json!({
        "contract": c.contract,
        "stages": c.stages.iter().map(|s| json!({
            "kind": stage_kind(s.stage).code(), "code": s.code, "label": s.label,
            "article": s.article, "terminal": s.terminal,
        })).collect::<Vec<_>>(),
        "actions": c.actions.iter().map(|a| json!({
            "id": a.id, "label": a.label, "article": a.article, "summary": a.summary,
            "roles": a.roles.iter().map(|r| r.code()).collect::<Vec<_>>(),
            "scope": scope_code(a.scope),
            "stages": a.stages.iter().map(|s| stage_key(*s)).collect::<Vec<_>>(),
            "creates": a.creates.map(Code::code),
            "form": a.form, "opinion": opinion_code(a.opinion), "tone": tone_code(a.tone),
        })).collect::<Vec<_>>(),
        "timers": c.timers.iter().map(|t| json!({"key": t.key, "meaning": t.meaning, "article": t.article})).collect::<Vec<_>>(),
        "refusals": c.refusals.iter().map(|r| json!({"code": r.code, "kind": r.kind.code(), "meaning": r.meaning})).collect::<Vec<_>>(),
        "field_errors": c.field_errors.iter().map(|f| json!({"code": f.code, "meaning": f.meaning})).collect::<Vec<_>>(),
        "record_kinds": c.record_kinds.iter().map(|k| json!({"code": k.code, "label": k.label})).collect::<Vec<_>>(),
    })
}
