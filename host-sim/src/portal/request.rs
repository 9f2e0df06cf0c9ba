//! An act request's JSON body → the request, and the API's error shape for what the
//! host refuses itself. Pure (serde_json, the shared `fields_json`, the `Resp` model):
//! the fuzz crate (`tests/fuzz`, target `portal_request`) compiles this file with
//! `#[path]` without wasmtime or SQLite. `api.rs` re-exports it.

use serde_json::{Value, json};

use super::http::{Req, Resp};
use crate::contract::Field;
use crate::fields_json::fields_from_json;
use crate::sim::Request;

/// A JSON error in the one shape every API answer uses (`{ok, kind, code, message,
/// fields}`), for what the host refuses itself: the refusal kinds of the contract plus
/// `unauthenticated` (401) and `bad-request` (400).
pub fn error_json(status: u16, kind: &str, code: &str, message: &str) -> Resp {
    Resp::json(
        status,
        &json!({"ok": false, "kind": kind, "code": code, "message": message, "fields": []}),
    )
}

/// A malformed request (bad JSON, a missing parameter): nothing reached the plugin.
pub fn bad(message: &str) -> Resp {
    error_json(400, "bad-request", "bad-request", message)
}

/// The request's JSON body, or a `bad-request` saying why not (not JSON, or not
/// `application/json`: `Req::json`).
pub fn json_body(req: &Req) -> Result<Value, Resp> {
    req.json()
        .map_err(|e| bad(&String::from_utf8_lossy(&e.body)))
}

pub fn values_of(body: &Value) -> Result<Vec<Field>, Resp> {
    match body.get("values") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(v) => fields_from_json(v).map_err(|e| bad(&format!("表单数据格式错误：{e}"))),
    }
}

/// What a seal request's JSON body `{case_id, action, field, values}` asks the seal
/// service for, the one shape of `/api/seal` and `/api/v1/seals`.
pub struct SealAsked<'a> {
    pub case_id: Option<&'a str>,
    pub action: &'a str,
    pub field: &'a str,
    pub values: Vec<Field>,
}

/// The seal request in a JSON body; `missing(key, message)` answers a missing key.
pub fn seal_request_of<'a>(
    body: &'a Value,
    missing: impl Fn(&str, &str) -> Resp,
) -> Result<SealAsked<'a>, Resp> {
    let text = |key: &str| {
        body.get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    Ok(SealAsked {
        case_id: text("case_id"),
        field: text("field").ok_or_else(|| missing("field", "缺少签章字段（field）"))?,
        action: text("action").ok_or_else(|| missing("action", "缺少办理事项（action）"))?,
        values: values_of(body)?,
    })
}

/// The act request in a JSON body `{case_id, action, values, opinion, expected_version}`,
/// the one shape of `/api/act` and `/api/v1/act`.
pub fn request_of(body: &Value) -> Result<Request, Resp> {
    let action = body
        .get("action")
        .and_then(Value::as_str)
        .filter(|a| !a.is_empty())
        .ok_or_else(|| bad("缺少办理事项（action）"))?;
    let case_id = body
        .get("case_id")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    let values = values_of(body)?;
    let opinion = body
        .get("opinion")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(str::to_string);
    let expected_version = match body.get("expected_version") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .ok_or_else(|| bad("版本号（expected_version）无效"))?,
        ),
    };
    Ok(Request {
        case_id,
        action: action.to_string(),
        values,
        opinion,
        expected_version,
    })
}
