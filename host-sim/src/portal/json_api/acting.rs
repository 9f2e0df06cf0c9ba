//! The acting endpoints of `/api/v1`: act, validate, seal and upload. They share the
//! pages' request parsing and rules (`api.rs`), so a body that works on `/api/act` works
//! here, and answer with what the next request needs (the new version, the sealed field,
//! the stored file in the shape a value takes).

use serde_json::{Value, json};

use super::{answer, bad_param, ok, shape};
use crate::contract::{Actor, FieldError, Refusal, RefusalKind};
use crate::fields_json::seal_to_json;
use crate::portal::api::{self, refusal_json};
use crate::portal::http::{Req, Resp};
use crate::portal::{Page, Portal};
use crate::sim::CallError;

/// `POST /api/v1/act`: the body of `/api/act`; the answer names the case and its new
/// version, for the next action on it.
pub fn act(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let body = api::json_body(req)?;
    let request = api::request_of(&body)?;
    let named = request.case_id.clone();
    match p.sim.act(&user.user_id, request) {
        Ok(outcome) => {
            let case_id = named.or_else(|| outcome.writes.first().map(|w| w.summary.id.clone()));
            let version = match &case_id {
                Some(c) => p.sim.version(c)?,
                None => None,
            };
            Ok(ok(json!({"case_id": case_id, "version": version})))
        }
        Err(e) => Ok(refusal_json(e)),
    }
}

/// `POST /api/v1/forms/{id}/validate` `{values, mode, year}`: the plugin's check without
/// acting. Field errors are the 422 `invalid-form` refusal an action would give.
pub fn validate(p: &mut Portal, id: &str, req: &Req) -> Page {
    let body = api::json_body(req)?;
    let values = api::values_of(&body)?;
    let submit = match body.get("mode").and_then(Value::as_str) {
        None | Some("submit") => true,
        Some("draft") => false,
        Some(_) => return Err(bad_param("mode", "mode 须为 draft 或 submit")),
    };
    let year = match body.get("year") {
        None | Some(Value::Null) => this_year(&p.sim.now()?)?,
        Some(y) => y
            .as_u64()
            .and_then(|y| u16::try_from(y).ok())
            .ok_or_else(|| bad_param("year", "year 须为年份"))?,
    };
    match p.sim.validate(id, &values, submit, year) {
        Ok(errors) if errors.is_empty() => Ok(ok(json!({"valid": true}))),
        Ok(errors) => Ok(refusal_json(invalid_form(p, errors))),
        Err(e) => Ok(refusal_json(e)),
    }
}

/// The year of the host's RFC 3339 instant; the clock gives nothing else, so anything
/// else is the host's fault.
fn this_year(now: &str) -> Result<u16, Resp> {
    now.get(..4)
        .and_then(|y| y.parse().ok())
        .ok_or_else(|| anyhow::anyhow!("主机时间格式错误：{now}").into())
}

/// Field errors as the refusal `invalid-form`, worded as the plugin's catalog words it.
fn invalid_form(p: &Portal, fields: Vec<FieldError>) -> CallError {
    let code = "invalid-form";
    let message = p
        .sim
        .catalog()
        .refusals
        .iter()
        .find(|r| r.code == code)
        .map_or_else(|| "表单有需要修改的地方".to_string(), |r| r.meaning.clone());
    CallError::Refused(Refusal {
        kind: RefusalKind::Invalid,
        code: code.into(),
        message,
        fields,
    })
}

/// `POST /api/v1/seals` `{case_id, action, field, values}`: the seal service seals exactly
/// what the plugin orders (H5); the answer carries the field to add to `values`.
pub fn seal(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let body = api::json_body(req)?;
    let asked = api::seal_request_of(&body, bad_param)?;
    let field = asked.field;
    match p.sim.seal(
        &user.user_id,
        asked.case_id,
        asked.action,
        field,
        &asked.values,
    ) {
        Ok(seal) => Ok(ok(json!({
            "seal": seal_to_json(&seal),
            "field": {"id": field, "value": {"seal": seal_to_json(&seal)}},
            "holder_name": crate::portal::case::holder_name(p, &seal),
            "signer_name": user.name,
            "capacity_label": crate::portal::form::capacity_label(seal.capacity),
        }))),
        Err(e) => Ok(refusal_json(e)),
    }
}

/// `POST /api/v1/attachments?case&action&field&name`, the file as the body (H6).
pub fn upload(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let result = api::upload_of(p, user, req)?;
    answer(
        result,
        |file| json!({"attachment": shape::attachment(&file)}),
    )
}
