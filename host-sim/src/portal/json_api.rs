//! `/api/v1`: the portal's JSON API for integrators and tests, beside the pages. It is
//! the same host as the pages, so it obeys the same contract: a person sees nothing of a
//! case but the plugin's `view` for them (H4) — list entries carry only id, title,
//! stage, year, district and dates, never the score, and only cases the person may see;
//! every refusal is `{ok:false, kind, code, message, fields}` with the status of its kind
//! (H12). `docs/openapi.yaml` describes every endpoint and answer; `tests/api.rs` checks
//! every answer against it.
//!
//! Identity is the simulated SSO cookie `qb_user`, as for the pages; only the catalog and
//! the public records answer without it.

mod acting;
mod lists;
mod shape;

// The one list of Zhengzhou's districts, shared with the plugin (as `codes.rs` is), so a
// list can name a district without asking the plugin for every row.
#[allow(dead_code)]
#[path = "../../../plugin/src/district.rs"]
pub(super) mod district;

use serde_json::{Value, json};

use super::api::{self, api_user, error_json, refusal_json};
use super::http::{Method, Req, Resp};
use super::layout::{Ctx, role_label};
use super::{Page, Portal};
use crate::codes::{Code, stage_kind};
use crate::contract::{Actor, CaseKind};
use crate::contract_notifications::NoticeKind;
use crate::sim::CallError;
use lists::{CaseFilter, Paging};

/// The endpoints, by path; the method is checked after, so that a known path asked with
/// the wrong method is a 405, not a 404.
#[derive(Clone, Copy)]
enum Endpoint<'a> {
    Me,
    Cases,
    Case(&'a str),
    CaseActions(&'a str),
    StartActions,
    Act,
    OpenTasks,
    DoneTasks,
    Notices,
    PublicRecords,
    Forms,
    Form(&'a str),
    Validate(&'a str),
    Seals,
    Attachments,
    Attachment(&'a str),
    Catalog,
    Clock,
}

fn endpoint<'a>(segs: &[&'a str]) -> Option<Endpoint<'a>> {
    use Endpoint::*;
    Some(match *segs {
        ["me"] => Me,
        ["cases"] => Cases,
        ["cases", id] => Case(id),
        ["cases", id, "actions"] => CaseActions(id),
        ["start-actions"] => StartActions,
        ["act"] => Act,
        ["tasks", "open"] => OpenTasks,
        ["tasks", "done"] => DoneTasks,
        ["notices"] => Notices,
        ["public-records"] => PublicRecords,
        ["forms"] => Forms,
        ["forms", id] => Form(id),
        ["forms", id, "validate"] => Validate(id),
        ["seals"] => Seals,
        ["attachments"] => Attachments,
        ["attachments", id] => Attachment(id),
        ["catalog"] => Catalog,
        ["clock"] => Clock,
        _ => return None,
    })
}

/// Route `/api/v1/{rest}`. Every answer is JSON except a file download.
pub fn route(p: &mut Portal, ctx: &Ctx, req: &Req, rest: &[&str]) -> Page {
    use Endpoint::*;
    use Method::{Get, Post};
    let Some(ep) = endpoint(rest) else {
        return Err(error_json(
            404,
            "not-found",
            "no-such-endpoint",
            "没有这个接口",
        ));
    };
    match (req.method, ep) {
        (Get, Catalog) => Ok(ok(shape::catalog(p.sim.catalog()))),
        (Get, PublicRecords) => public_records(p, req),
        (Get, Me) => me(api_user(ctx)?),
        (Get, Cases) => cases(p, api_user(ctx)?, req),
        (Get, Case(id)) => case(p, api_user(ctx)?, id),
        (Get, CaseActions(id)) => case_actions(p, api_user(ctx)?, id),
        (Get, StartActions) => start_actions(p, api_user(ctx)?),
        (Post, Act) => acting::act(p, api_user(ctx)?, req),
        (Get, OpenTasks) => open_tasks(p, api_user(ctx)?, req),
        (Get, DoneTasks) => done_tasks(p, api_user(ctx)?, req),
        (Get, Notices) => notices(p, api_user(ctx)?, req),
        (Get, Forms) => api_user(ctx).and_then(|_| forms(p)),
        (Get, Form(id)) => form(p, api_user(ctx)?, id, req),
        (Post, Validate(id)) => api_user(ctx).and_then(|_| acting::validate(p, id, req)),
        (Post, Seals) => acting::seal(p, api_user(ctx)?, req),
        (Post, Attachments) => acting::upload(p, api_user(ctx)?, req),
        (Get, Attachment(id)) => {
            let user = api_user(ctx)?;
            Ok(api::file_for(p, user, id).unwrap_or_else(refusal_json))
        }
        (Get, Clock) => api::clock(p, ctx),
        (Post, Clock) => api::advance_clock(p, ctx, req),
        _ => Err(error_json(
            405,
            "bad-request",
            "method-not-allowed",
            "该接口不支持此请求方法",
        )),
    }
}

/// A 200 answer: `{ok: true}` merged with `body`'s members.
fn ok(mut body: Value) -> Resp {
    if let Some(map) = body.as_object_mut() {
        map.insert("ok".into(), Value::Bool(true));
    }
    Resp::json(200, &body)
}

/// A plugin call's refusal, or its answer.
fn answer<T>(result: Result<T, CallError>, to_json: impl FnOnce(T) -> Value) -> Page {
    Ok(match result {
        Ok(v) => ok(to_json(v)),
        Err(e) => refusal_json(e),
    })
}

/// A query parameter that is not what the endpoint takes: 400, naming the parameter.
fn bad_param(name: &str, message: &str) -> Resp {
    Resp::json(
        400,
        &json!({"ok": false, "kind": "bad-request", "code": "bad-parameter", "message": message,
                "fields": [{"field": name, "code": "bad-parameter", "message": message}]}),
    )
}

/// An optional whole-number query parameter.
fn number_param(req: &Req, name: &str) -> Result<Option<i64>, Resp> {
    match req.query(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| bad_param(name, &format!("参数 {name} 须为整数"))),
    }
}

/// `page` (from 1) and `per_page` (1–200, default 50).
fn paging(req: &Req) -> Result<Paging, Resp> {
    let page = number_param(req, "page")?.unwrap_or(1);
    let per_page = number_param(req, "per_page")?.unwrap_or(50);
    if page < 1 {
        return Err(bad_param("page", "参数 page 须从 1 开始"));
    }
    if !(1..=200).contains(&per_page) {
        return Err(bad_param("per_page", "参数 per_page 须在 1 到 200 之间"));
    }
    Ok(Paging { page, per_page })
}

fn me(user: &Actor) -> Page {
    let role = user.role.code();
    Ok(ok(json!({"user": {
        "user_id": user.user_id, "name": user.name, "role": role, "role_label": role_label(role),
        "org_unit": user.org_unit, "org_name": user.org_name,
    }})))
}

/// `GET /api/v1/cases?kind&year&stage&district&page&per_page`: the cases this person may
/// see in lists (H4), newest first.
fn cases(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let kind = match req.query("kind").filter(|k| !k.is_empty()) {
        None => None,
        Some(k) => Some(
            CaseKind::from_code(k)
                .ok_or_else(|| bad_param("kind", "参数 kind 须为 batch 或 application"))?,
        ),
    };
    let stage = req.query("stage").filter(|s| !s.is_empty());
    if let Some(code) = stage {
        let known = p
            .sim
            .catalog()
            .stages
            .iter()
            .any(|s| s.code == code && kind.is_none_or(|k| stage_kind(s.stage) == k));
        if !known {
            return Err(bad_param("stage", "参数 stage 不是该类事项的阶段代码"));
        }
    }
    let filter = CaseFilter {
        kind: kind.map(|k| k.code()),
        year: number_param(req, "year")?,
        stage,
        district: req.query("district").filter(|d| !d.is_empty()),
    };
    let paging = paging(req)?;
    let page = lists::cases(p.sim.connection(), user, &filter, &paging)?;
    Ok(Resp::json(200, &paging.of(page)))
}

fn case(p: &mut Portal, user: &Actor, id: &str) -> Page {
    let result = p.sim.view(&user.user_id, id);
    answer(result, |v| json!({"case": shape::view(&p.sim, &v)}))
}

/// The actions open to the person now, with the version to act on.
fn case_actions(p: &mut Portal, user: &Actor, id: &str) -> Page {
    match p.sim.actions(&user.user_id, id) {
        Ok(actions) => Ok(ok(json!({
            "case_id": id,
            "version": p.sim.version(id)?,
            "actions": actions.iter().map(shape::action_def).collect::<Vec<_>>(),
        }))),
        Err(e) => Ok(refusal_json(e)),
    }
}

fn start_actions(p: &mut Portal, user: &Actor) -> Page {
    let result = p.sim.start_actions(&user.user_id);
    answer(
        result,
        |a| json!({"actions": a.iter().map(shape::action_def).collect::<Vec<_>>()}),
    )
}

fn open_tasks(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let paging = paging(req)?;
    let page = lists::open_tasks(p.sim.connection(), user, &paging)?;
    Ok(Resp::json(200, &paging.of(page)))
}

fn done_tasks(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let paging = paging(req)?;
    let page = lists::done(p.sim.connection(), user, &paging)?;
    Ok(Resp::json(200, &paging.of(page)))
}

/// The person's messages, newest first; reading them here does not mark them read.
fn notices(p: &mut Portal, user: &Actor, req: &Req) -> Page {
    let kind = match req.query("kind").filter(|k| !k.is_empty()) {
        None => None,
        Some(k) => Some(NoticeKind::from_code(k).ok_or_else(|| {
            bad_param(
                "kind",
                "参数 kind 须为 to-do、info、carbon-copy 或 reminder",
            )
        })?),
    };
    let paging = paging(req)?;
    let page = lists::notices(p.sim.connection(), user, kind.map(Code::code), &paging)?;
    Ok(Resp::json(200, &paging.of(page)))
}

/// `GET /api/v1/public-records?year&kind`: what the plugin published and did not
/// withdraw (H9); no sign-in.
fn public_records(p: &mut Portal, req: &Req) -> Page {
    let kind = req.query("kind").filter(|k| !k.is_empty());
    let kinds = &p.sim.catalog().record_kinds;
    if let Some(k) = kind
        && !kinds.iter().any(|r| r.code == k)
    {
        return Err(bad_param("kind", "参数 kind 不是公告类别代码"));
    }
    let label = |code: &str| {
        kinds
            .iter()
            .find(|k| k.code == code)
            .map_or_else(|| code.to_string(), |k| k.label.clone())
    };
    let year = number_param(req, "year")?;
    let paging = paging(req)?;
    let page = lists::public_records(p.sim.connection(), year, kind, &paging, label)?;
    Ok(Resp::json(200, &paging.of(page)))
}

fn forms(p: &mut Portal) -> Page {
    let result = p.sim.list_forms();
    answer(
        result,
        |list| json!({"forms": list.iter().map(|(id, title)| json!({"id": id, "title": title})).collect::<Vec<_>>()}),
    )
}

/// `GET /api/v1/forms/{id}?case=…`: the definition as `describe` gives it to this
/// person, with the values on file for the case that they may see.
fn form(p: &mut Portal, user: &Actor, id: &str, req: &Req) -> Page {
    let case = req.query("case").filter(|c| !c.is_empty());
    let result = p.sim.describe(&user.user_id, id, case);
    answer(result, |f| json!({"form": shape::filled_form(&f)}))
}
