//! The JSON endpoints the pages' script calls: act on a case, apply a seal, upload an
//! attachment; and attachment download. `/api/v1` (`json_api.rs`) shares their request
//! parsing, upload and download rules and error shape, so the two cannot drift apart. Refusals come back with their kind, code and
//! the plugin's field errors so the page can show each next to its field; the HTTP
//! status follows the kind (H12); nothing was stored.

use crate::params;
use serde_json::{Value, json};

use super::http::{Req, Resp, percent_encode};
use super::layout::Ctx;
// The body parsing is pure and lives in `request.rs` so that the fuzz crate
// (tests/fuzz) can compile it without wasmtime; re-exported under its old path.
pub use super::request::{bad, error_json, json_body, request_of, seal_request_of, values_of};
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::codes::Code;
use crate::contract::{AttachmentRef, Refusal, RefusalKind};
use crate::contract_forms::UploadRequest;
use crate::fields_json::seal_to_json;
use crate::sim::host_refusal;

/// A plain-text failure (a page-level error such as an unknown path, a body too large,
/// or a host error that never reached the plugin) in the API's error shape.
pub fn as_json_error(plain: Resp) -> Resp {
    let message = String::from_utf8_lossy(&plain.body).into_owned();
    let (kind, code) = kind_of_status(plain.status);
    error_json(plain.status, kind, code, &message)
}

/// The error kind and code of a plain HTTP failure under `/api`.
fn kind_of_status(status: u16) -> (&'static str, &'static str) {
    match status {
        401 => ("unauthenticated", "not-signed-in"),
        403 => ("forbidden", "forbidden"),
        404 => ("not-found", "not-found"),
        405 => ("bad-request", "method-not-allowed"),
        409 => ("conflict", "conflict"),
        413 => ("bad-request", "too-large"),
        422 => ("invalid", "invalid"),
        400..=499 => ("bad-request", "bad-request"),
        _ => ("host-fault", "host"),
    }
}

/// The signed-in person, or 401: the API never redirects to the sign-in page.
pub fn api_user(ctx: &Ctx) -> Result<&crate::contract::Actor, Resp> {
    signed_in(ctx).map_err(|_| error_json(401, "unauthenticated", "not-signed-in", "请先登录"))
}

/// `POST /api/act` `{case_id, action, values, opinion, expected_version, label}`.
pub fn act(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    let body = json_body(req)?;
    let request = request_of(&body)?;
    let case_id = request.case_id.clone();
    match p.sim.act(&user.user_id, request) {
        Ok(outcome) => {
            let target = case_id.or_else(|| outcome.writes.first().map(|w| w.summary.id.clone()));
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
        Err(e) => Ok(refusal_json(e)),
    }
}

/// HTTP status of a refusal kind (H12).
pub fn status_of(kind: RefusalKind) -> u16 {
    match kind {
        RefusalKind::Forbidden => 403,
        RefusalKind::NotFound => 404,
        RefusalKind::Conflict | RefusalKind::WrongStage | RefusalKind::Deadline => 409,
        RefusalKind::Invalid => 422,
        RefusalKind::HostFault => 503,
    }
}

/// A failed call as a JSON answer: the refusal's kind, code, message and field errors,
/// or, for a trap or a host failure, an apology without internals (those go to the log).
/// Field problems one answer lists at most.
pub const FIELD_ERRORS_SHOWN: usize = 100;

pub fn refusal_json(e: CallError) -> Resp {
    match e {
        CallError::Refused(Refusal {
            kind,
            code,
            message,
            fields,
        }) => {
            let mut message = if kind == RefusalKind::HostFault {
                tracing::error!(%code, "host fault: {message}");
                "系统暂时无法办理，请稍后重试；如仍有问题请联系管理员".to_string()
            } else {
                crate::bounds::cut_text(&message).into_owned()
            };
            // An answer stays small whatever was sent: the first problems, and how many
            // more there are (a body of 300,000 unknown fields must not echo them all).
            if fields.len() > FIELD_ERRORS_SHOWN {
                message.push_str(&format!(
                    "（另有 {} 处问题未列出，请先修改以上各处）",
                    fields.len() - FIELD_ERRORS_SHOWN
                ));
            }
            let fields: Vec<Value> = fields
                .iter()
                .take(FIELD_ERRORS_SHOWN)
                .map(|f| {
                    json!({
                        "field": crate::bounds::cut_text(&f.field),
                        "code": f.code,
                        "message": crate::bounds::cut_text(&f.message),
                    })
                })
                .collect();
            Resp::json(
                status_of(kind),
                &json!({"ok": false, "kind": kind.code(), "code": code, "message": message, "fields": fields}),
            )
        }
        CallError::Trap(e) => {
            tracing::error!("plugin trapped: {e:#}");
            Resp::json(
                500,
                &json!({"ok": false, "kind": "host-fault", "code": "trap", "message": "插件异常终止，未保存任何内容，请稍后重试", "fields": []}),
            )
        }
        CallError::Host(e) => {
            tracing::error!("host error: {e:#}");
            Resp::json(
                500,
                &json!({"ok": false, "kind": "host-fault", "code": "host", "message": "系统错误，未保存任何内容，请稍后重试", "fields": []}),
            )
        }
    }
}

/// `POST /api/seal` `{case_id, action, field, values}`: the host's seal service seals
/// exactly what the plugin orders for this action's field and these values (H5).
pub fn seal(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    let body = json_body(req)?;
    let asked = seal_request_of(&body, |_, message| bad(message))?;
    let seal = match p.sim.seal(
        &user.user_id,
        asked.case_id,
        asked.action,
        asked.field,
        &asked.values,
    ) {
        Ok(seal) => seal,
        Err(e) => return Ok(refusal_json(e)),
    };
    let holder = super::case::holder_name(p, &seal);
    Ok(Resp::json(
        200,
        &json!({
            "ok": true,
            "value": {"seal": seal_to_json(&seal)},
            "holder": holder,
            "signer": user.name,
            "capacity": super::form::capacity_label(seal.capacity),
            "signed_at": super::html::date_cn(&seal.signed_at),
        }),
    ))
}

/// `POST /api/attachments?case=…&action=…&field=…&name=…` with the file as the body:
/// stored only if the plugin permits this person this upload for this field (H6).
pub fn upload(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    match upload_of(p, user, req)? {
        Ok(file) => Ok(Resp::json(
            200,
            &json!({"ok": true, "value": {"id": file.id, "name": file.name, "media-type": file.media_type, "size": file.size, "sha256": file.sha256}}),
        )),
        Err(e) => Ok(refusal_json(e)),
    }
}

/// Store the request's body as an upload for `user`, the one rule of `/api/attachments`
/// and `/api/v1/attachments`: `Err` is a malformed request, the inner `Err` the plugin's
/// or the host's refusal.
pub fn upload_of(
    p: &mut Portal,
    user: &crate::contract::Actor,
    req: &Req,
) -> Result<Result<AttachmentRef, CallError>, Resp> {
    Ok(match upload_request_of(req)? {
        Ok(upload) => p.sim.upload(&user.user_id, upload, &req.body),
        Err(e) => Err(e),
    })
}

/// The upload a request to `/api/attachments` or `/api/v1/attachments` asks for: `Err`
/// is a malformed request, the inner `Err` an action the contract does not know.
pub fn upload_request_of(req: &Req) -> Result<Result<UploadRequest, CallError>, Resp> {
    let name: String = req
        .query("name")
        .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).trim())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| bad("缺少文件名"))?
        .to_string();
    let action = req
        .query("action")
        .filter(|a| !a.is_empty())
        .ok_or_else(|| bad("缺少办理事项（action）"))?;
    let field = req
        .query("field")
        .filter(|f| !f.is_empty())
        .ok_or_else(|| bad("缺少附件字段（field）"))?;
    if req.body.is_empty() {
        return Err(bad("文件为空"));
    }
    let media_type = match req.content_type.split(';').next().map(str::trim) {
        Some(t) if !t.is_empty() && t.len() < 100 => t.to_string(),
        _ => "application/octet-stream".into(),
    };
    let action = match crate::sim::action_of(action) {
        Ok(a) => a,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(UploadRequest {
        case_id: req
            .query("case")
            .filter(|c| !c.is_empty())
            .map(str::to_string),
        action,
        field: field.to_string(),
        name,
        media_type,
        size: req.body.len() as u64,
    }))
}

/// `GET /attachments/{id}`: to its uploader before it is filed, else only if it is in
/// the requester's `view` of the case it belongs to (H4).
pub fn download(p: &mut Portal, ctx: &Ctx, id: &str) -> Page {
    let user = signed_in(ctx)?;
    file_for(p, user, id).map_err(Resp::from)
}

/// The stored file `id` as a download for `user`, or the refusal: `not-found` when the
/// host holds no such file, `forbidden` when it is neither the requester's pending
/// upload nor in the requester's view (H4). Shared by the page link and the JSON API.
pub fn file_for(
    p: &mut Portal,
    user: &crate::contract::Actor,
    id: &str,
) -> Result<Resp, CallError> {
    /// A stored upload, as much of it as the download rule needs.
    struct Stored {
        name: String,
        content: Vec<u8>,
        case_id: Option<String>,
        by: String,
        linked: bool,
    }
    let row = p.sim.connection().query_opt(
        "SELECT name, content, case_id, uploaded_by, linked FROM attachments WHERE id = ?1",
        params![id],
        |r| {
            Ok(Stored {
                name: r.get(0)?,
                content: r.get(1)?,
                case_id: r.get(2)?,
                by: r.get(3)?,
                linked: r.get(4)?,
            })
        },
    )?;
    let Some(Stored {
        name,
        content,
        case_id,
        by,
        linked,
    }) = row
    else {
        return Err(host_refusal(
            RefusalKind::NotFound,
            "attachment-unknown",
            "附件不存在",
        ));
    };
    let own_pending = !linked && by == user.user_id;
    let mut in_view = || {
        case_id.as_deref().is_some_and(|c| {
            p.sim
                .view(&user.user_id, c)
                .is_ok_and(|v| v.attachments.iter().any(|a| a.id == id))
        })
    };
    if !own_pending && !in_view() {
        return Err(host_refusal(
            RefusalKind::Forbidden,
            "not-visible",
            "无权下载该附件",
        ));
    }
    // Always a download, never rendered: an uploaded file must not run as a page of the portal.
    Ok(
        Resp::bytes("application/octet-stream", content).with_header(
            "Content-Disposition",
            format!("attachment; filename*=UTF-8''{}", percent_encode(&name)),
        ),
    )
}

fn clock_json(p: &Portal) -> Result<Value, Resp> {
    Ok(json!({
        "ok": true,
        "now": p.sim.now()?,
        "simulated": p.sim.clock_is_simulated()?,
        "next_timer": p.sim.next_timer()?,
    }))
}

/// `GET /api/clock`: the host's time and the next timer due.
pub fn clock(p: &mut Portal, ctx: &Ctx) -> Page {
    api_user(ctx)?;
    Ok(Resp::json(200, &clock_json(p)?))
}

/// `POST /api/clock` `{to}` or `{advance_seconds}` or `{next_timer: true}` (administrator,
/// simulated clock only): move time forward and fire the timers due on the way, in order.
pub fn advance_clock(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = api_user(ctx)?;
    if user.role != crate::contract::Role::Administrator {
        return Err(error_json(
            403,
            "forbidden",
            "wrong-role",
            "只有系统管理员可以调整模拟时钟",
        ));
    }
    if !p.sim.clock_is_simulated()? {
        return Err(error_json(
            409,
            "conflict",
            "system-clock",
            "门户使用系统时间运行，定时事项按时自动执行；以 --clock 启动时才能调整模拟时钟",
        ));
    }
    let body = json_body(req)?;
    let now = p.sim.now()?;
    let to = if let Some(t) = body.get("to").and_then(Value::as_str) {
        t.to_string()
    } else if let Some(s) = body.get("advance_seconds").and_then(Value::as_i64) {
        crate::clock::add_seconds(&now, s).map_err(|e| bad(&format!("{e}")))?
    } else if body.get("next_timer").and_then(Value::as_bool) == Some(true) {
        match p.sim.next_timer()? {
            Some(at) if at > now => at,
            _ => now,
        }
    } else {
        return Err(bad(
            "请给出 to（RFC 3339 时间）、advance_seconds 或 next_timer",
        ));
    };
    match p.sim.advance_clock(&to) {
        Ok(fired) => {
            let mut answer = clock_json(p)?;
            answer["fired"] = json!(fired);
            Ok(Resp::json(200, &answer))
        }
        Err(e) => Ok(refusal_json(e)),
    }
}
