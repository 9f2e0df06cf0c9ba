//! The JSON shape of filled forms, one definition for the plugin's tests, host-sim's
//! CLI and portal, and the fixtures:
//! `[{"id": "enterprise-name", "value": {"text": "…"}}, …]`, with `value` externally
//! tagged like the WIT variant: `{"text":…}`, `{"number":1.0}`, `{"date":"2026-03-01"}`,
//! `{"choice":"tqm"}`, `{"choices":[…]}`, `{"flag":true}`,
//! `{"table":[{"key":"2025","cells":[["assets",{"number":1.0}],…]}]}`,
//! `{"attachments":[{"id","name","media-type","size","sha256"}]}` and
//! `{"seal":{"id","purpose":{"case-id","action","field"},"capacity","holder","signer","signed-at","digest"}}`
//! (enums by their codes, see `codes.rs`).

// Compiled into the plugin and into host-sim (`#[path]`), each against its own
// bindings of the contract's `types` interface, re-exported as `crate::contract`.
use crate::codes::Code;
use crate::contract::{
    Action, AttachmentRef, Field, FieldValue, Scalar, SealCapacity, SealPurpose, SealRef, TableRow,
};
use serde_json::{Map, Value, json};

/// Parses a list of filled fields.
pub fn fields_from_json(v: &Value) -> Result<Vec<Field>, String> {
    let list = v.as_array().ok_or("expected an array of fields")?;
    list.iter()
        .enumerate()
        .map(|(i, f)| field(f).map_err(|e| format!("fields[{i}]: {e}")))
        .collect()
}

/// Parses `{"form-id": [fields…], …}`, e.g. the sample application fixture.
pub fn forms_from_json(v: &Value) -> Result<Vec<(String, Vec<Field>)>, String> {
    let map = v.as_object().ok_or("expected an object of forms")?;
    map.iter()
        .map(|(id, fields)| {
            Ok((
                id.clone(),
                fields_from_json(fields).map_err(|e| format!("{id}: {e}"))?,
            ))
        })
        .collect()
}

/// The inverse of [`fields_from_json`].
pub fn fields_to_json(fields: &[Field]) -> Value {
    Value::Array(
        fields
            .iter()
            .map(|f| json!({"id": f.id, "value": value_to_json(&f.value)}))
            .collect(),
    )
}

fn field(v: &Value) -> Result<Field, String> {
    let id = str_of(v, "id")?;
    let value = v.get("value").ok_or("missing `value`")?;
    Ok(Field {
        id,
        value: value_from_json(value).map_err(|e| format!("`{}`: {e}", v["id"]))?,
    })
}

fn str_of(v: &Value, key: &str) -> Result<String, String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(String::from)
        .ok_or_else(|| format!("missing string `{key}`"))
}

fn single(v: &Value) -> Result<(&String, &Value), String> {
    match v
        .as_object()
        .map(Map::iter)
        .map(|mut it| (it.next(), it.next()))
    {
        Some((Some(kv), None)) => Ok(kv),
        _ => Err("a value is an object with exactly one kind key, e.g. {\"text\": \"…\"}".into()),
    }
}

fn value_from_json(v: &Value) -> Result<FieldValue, String> {
    let (kind, inner) = single(v)?;
    let string = || {
        inner
            .as_str()
            .map(String::from)
            .ok_or(format!("`{kind}` takes a string"))
    };
    Ok(match kind.as_str() {
        "text" => FieldValue::Text(string()?),
        "date" => FieldValue::Date(string()?),
        "choice" => FieldValue::Choice(string()?),
        "number" => FieldValue::Number(inner.as_f64().ok_or("`number` takes a number")?),
        "flag" => FieldValue::Flag(inner.as_bool().ok_or("`flag` takes true or false")?),
        "choices" => FieldValue::Choices(
            array(inner, kind)?
                .iter()
                .map(|c| {
                    c.as_str()
                        .map(String::from)
                        .ok_or("`choices` takes strings".to_string())
                })
                .collect::<Result<_, _>>()?,
        ),
        "table" => FieldValue::Table(
            array(inner, kind)?
                .iter()
                .map(row)
                .collect::<Result<_, _>>()?,
        ),
        "attachments" => FieldValue::Attachments(
            array(inner, kind)?
                .iter()
                .map(attachment)
                .collect::<Result<_, _>>()?,
        ),
        "seal" => FieldValue::Seal(seal(inner)?),
        other => return Err(format!("unknown value kind `{other}`")),
    })
}

fn seal(v: &Value) -> Result<SealRef, String> {
    let purpose = v.get("purpose").ok_or("missing `purpose`")?;
    let action = str_of(purpose, "action")?;
    let capacity = str_of(v, "capacity")?;
    Ok(SealRef {
        id: str_of(v, "id")?,
        purpose: SealPurpose {
            case_id: purpose
                .get("case-id")
                .and_then(Value::as_str)
                .map(String::from),
            action: Action::from_code(&action).ok_or(format!("unknown action `{action}`"))?,
            field: str_of(purpose, "field")?,
        },
        capacity: SealCapacity::from_code(&capacity)
            .ok_or(format!("unknown capacity `{capacity}`"))?,
        holder: str_of(v, "holder")?,
        signer: str_of(v, "signer")?,
        signed_at: str_of(v, "signed-at")?,
        digest: str_of(v, "digest")?,
    })
}

/// A seal reference as JSON.
pub fn seal_to_json(s: &SealRef) -> Value {
    json!({
        "id": s.id,
        "purpose": {"case-id": s.purpose.case_id, "action": s.purpose.action.code(), "field": s.purpose.field},
        "capacity": s.capacity.code(),
        "holder": s.holder, "signer": s.signer, "signed-at": s.signed_at, "digest": s.digest,
    })
}

fn array<'a>(v: &'a Value, kind: &str) -> Result<&'a Vec<Value>, String> {
    v.as_array()
        .ok_or_else(|| format!("`{kind}` takes an array"))
}

fn row(v: &Value) -> Result<TableRow, String> {
    let key = str_of(v, "key")?;
    let cells = array(v.get("cells").unwrap_or(&Value::Null), "cells")?
        .iter()
        .map(|c| match c.as_array().map(Vec::as_slice) {
            Some([Value::String(col), value]) => Ok((col.clone(), scalar(value)?)),
            _ => Err(format!(
                "row `{key}`: a cell is [\"column\", {{\"number\": 1.0}}]"
            )),
        })
        .collect::<Result<_, _>>()?;
    Ok(TableRow { key, cells })
}

/// `{"number":1}` or `{"text":"…"}`; a bare number or string is accepted too.
fn scalar(v: &Value) -> Result<Scalar, String> {
    match v {
        Value::Number(n) => n.as_f64().map(Scalar::Number).ok_or("bad number".into()),
        Value::String(s) => Ok(Scalar::Text(s.clone())),
        _ => match single(v)? {
            (k, Value::Number(n)) if k == "number" => {
                n.as_f64().map(Scalar::Number).ok_or("bad number".into())
            }
            (k, Value::String(s)) if k == "text" => Ok(Scalar::Text(s.clone())),
            (k, _) => Err(format!(
                "a cell is {{\"number\": …}} or {{\"text\": …}}, not `{k}`"
            )),
        },
    }
}

fn attachment(v: &Value) -> Result<AttachmentRef, String> {
    Ok(AttachmentRef {
        id: str_of(v, "id")?,
        name: str_of(v, "name")?,
        media_type: str_of(v, "media-type")?,
        size: v
            .get("size")
            .and_then(Value::as_u64)
            .ok_or("missing `size`")?,
        sha256: str_of(v, "sha256")?,
    })
}

fn scalar_to_json(s: &Scalar) -> Value {
    match s {
        Scalar::Text(t) => json!({ "text": t }),
        Scalar::Number(n) => json!({ "number": n }),
    }
}

fn value_to_json(v: &FieldValue) -> Value {
    match v {
        FieldValue::Text(s) => json!({ "text": s }),
        FieldValue::Number(n) => json!({ "number": n }),
        FieldValue::Date(s) => json!({ "date": s }),
        FieldValue::Choice(s) => json!({ "choice": s }),
        FieldValue::Choices(c) => json!({ "choices": c }),
        FieldValue::Flag(b) => json!({ "flag": b }),
        FieldValue::Table(rows) => json!({ "table": rows.iter().map(|r| json!({
            "key": r.key,
            "cells": r.cells.iter().map(|(c, s)| json!([c, scalar_to_json(s)])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>() }),
        FieldValue::Attachments(list) => json!({ "attachments": list.iter().map(|a| json!({
            "id": a.id, "name": a.name, "media-type": a.media_type, "size": a.size, "sha256": a.sha256,
        })).collect::<Vec<_>>() }),
        FieldValue::Seal(s) => json!({ "seal": seal_to_json(s) }),
    }
}
