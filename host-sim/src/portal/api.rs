//! The JSON endpoints the pages' script calls: act on a case, apply a seal, upload an
//! attachment; and attachment download. Refusals come back with the plugin's field
//! errors so the page can show each next to its field; nothing was stored.

use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::http::{Req, Resp, percent_encode};
use super::layout::Ctx;
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::contract::{Field, FieldValue};
use crate::db::hex;
use crate::engine::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::fields_json::{fields_from_json, fields_to_json};

fn bad(message: &str) -> Resp {
    Resp::json(
        400,
        &json!({"ok": false, "code": "bad-request", "message": message}),
    )
}

fn api_user(ctx: &Ctx) -> Result<&crate::contract::Actor, Resp> {
    signed_in(ctx).map_err(|_| {
        Resp::json(
            401,
            &json!({"ok": false, "code": "not-signed-in", "message": "请先登录"}),
        )
    })
}

fn values_of(body: &Value) -> Result<Vec<Field>, Resp> {
    match body.get("values") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(v) => fields_from_json(v).map_err(|e| bad(&format!("表单数据格式错误：{e}"))),
    }
}

/// `POST /api/act` `{case_id, action, values, opinion, expected_version, label}`.
pub fn act(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    let body = req.json().map_err(|_| bad("请求内容不是有效的 JSON"))?;
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
    let values = values_of(&body)?;
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
    let attachment_ids: Vec<String> = values
        .iter()
        .filter_map(|f| match &f.value {
            FieldValue::Attachments(list) => Some(list.iter().map(|a| a.id.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    let request = Request {
        case_id: case_id.clone(),
        action: action.to_string(),
        values,
        opinion,
        expected_version,
    };
    match p.sim.act(&user.user_id, request) {
        Ok(outcome) => {
            let target = case_id.or_else(|| outcome.writes.first().map(|w| w.summary.id.clone()));
            if let Some(case) = &target {
                // Files uploaded before the case existed now belong to it, for download rights.
                for id in &attachment_ids {
                    p.sim.connection().execute(
                        "UPDATE attachments SET case_id = ?1 WHERE id = ?2 AND case_id IS NULL AND uploaded_by = ?3",
                        params![case, id, user.user_id],
                    )?;
                }
            }
            let label: String = body
                .get("label")
                .and_then(Value::as_str)
                .unwrap_or("办理")
                .chars()
                .take(40)
                .collect();
            let msg = percent_encode(&format!("已办理：{label}"));
            let redirect = match &target {
                Some(c) => format!("/case/{}?msg={msg}", percent_encode(c)),
                None => "/home".into(),
            };
            Ok(Resp::json(
                200,
                &json!({"ok": true, "case_id": target, "redirect": redirect}),
            ))
        }
        Err(CallError::Refused(r)) => {
            let status = if r.code == "version-conflict" {
                409
            } else {
                422
            };
            let fields: Vec<Value> = r
                .fields
                .iter()
                .map(|f| json!({"field": f.field, "code": f.code, "message": f.message}))
                .collect();
            Ok(Resp::json(
                status,
                &json!({"ok": false, "code": r.code, "message": r.message, "fields": fields}),
            ))
        }
        Err(CallError::Trap(e)) => Ok(Resp::json(
            500,
            &json!({"ok": false, "code": "trap", "message": format!("插件异常终止，未保存任何内容（{e:#}）")}),
        )),
        Err(CallError::Host(e)) => Ok(Resp::json(
            500,
            &json!({"ok": false, "code": "host", "message": format!("主机错误，未保存任何内容：{e:#}")}),
        )),
    }
}

/// `POST /api/seal` `{case_id, field, format, values}`: the host's seal service applies
/// the user's org-unit seal (`org-seal`) or personal signature (`signature`) to the case
/// and the values as they stand.
pub fn seal(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    let body = req.json().map_err(|_| bad("请求内容不是有效的 JSON"))?;
    let field = body
        .get("field")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("缺少签章字段"))?;
    let personal = match body.get("format").and_then(Value::as_str) {
        Some("signature") => true,
        Some("org-seal") | None => false,
        Some(_) => return Err(bad("签章类型无效")),
    };
    let case_id = body.get("case_id").and_then(Value::as_str).unwrap_or("");
    let values = values_of(&body)?;
    let content = format!("{case_id}\n{field}\n{}", fields_to_json(&values));
    let seal = p
        .sim
        .apply_seal(&user.user_id, personal, content.as_bytes())?;
    let value = fields_to_json(&[Field {
        id: field.to_string(),
        value: FieldValue::Seal(seal.clone()),
    }])[0]["value"]
        .clone();
    let holder = if personal {
        format!("{}（{}）", user.name, user.org_name)
    } else {
        user.org_name.clone()
    };
    Ok(Resp::json(
        200,
        &json!({"ok": true, "value": value, "holder": holder, "signer": user.name, "signed_at": seal.signed_at, "digest": seal.digest}),
    ))
}

/// `POST /api/attachments?name=…&case=…` with the file as the body.
pub fn upload(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    let name: String = req
        .query("name")
        .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).trim())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| bad("缺少文件名"))?
        .chars()
        .take(200)
        .collect();
    if req.body.is_empty() {
        return Err(bad("文件为空"));
    }
    let media_type = match req.content_type.split(';').next().map(str::trim) {
        Some(t) if !t.is_empty() && t.len() < 100 => t.to_string(),
        _ => "application/octet-stream".into(),
    };
    let case_id = req.query("case").filter(|c| !c.is_empty());
    let sha256 = hex(&Sha256::digest(&req.body));
    let n: i64 = p
        .sim
        .connection()
        .query_row("SELECT COUNT(*) FROM attachments", [], |r| r.get(0))?;
    let id = hex(&Sha256::digest(
        format!("{sha256}|{}|{}|{n}", user.user_id, ctx.now).as_bytes(),
    ))[..24]
        .to_string();
    p.sim.connection().execute(
        "INSERT INTO attachments (id, name, media_type, size, sha256, content, case_id, uploaded_by, uploaded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![id, name, media_type, req.body.len() as i64, sha256, req.body, case_id, user.user_id, ctx.now],
    )?;
    Ok(Resp::json(
        200,
        &json!({"ok": true, "value": {"id": id, "name": name, "media-type": media_type, "size": req.body.len(), "sha256": sha256}}),
    ))
}

/// `GET /attachments/{id}`: for the uploader, or anyone who may see the case it belongs to.
pub fn download(p: &mut Portal, ctx: &Ctx, id: &str) -> Page {
    let user = signed_in(ctx)?;
    let row: Option<(String, Vec<u8>, Option<String>, String)> = p
        .sim
        .connection()
        .query_row(
            "SELECT name, content, case_id, uploaded_by FROM attachments WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((name, content, case_id, by)) = row else {
        return Err(Resp::status(404, "附件不存在"));
    };
    let allowed =
        by == user.user_id || case_id.is_some_and(|c| p.sim.view(&user.user_id, &c).is_ok());
    if !allowed {
        return Err(Resp::status(403, "无权下载该附件"));
    }
    // Always a download, never rendered: an uploaded file must not run as a page of the portal.
    Ok(
        Resp::bytes("application/octet-stream", content).with_header(
            "Content-Disposition",
            format!("attachment; filename*=UTF-8''{}", percent_encode(&name)),
        ),
    )
}
