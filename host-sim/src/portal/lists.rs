//! 工作台, 待办, 已办, 抄送 and 通知: lists built from the host's tables.

use super::case::action_buttons;
use super::html::{badge, card, esc, link, short_time, table};
use super::http::{Resp, percent_encode};
use super::layout::{Ctx, page, role_label};
use super::queries::{self, CaseRow, TaskItem};
use super::{Page, Portal, signed_in};
use crate::imports::role_code;

fn case_href(id: &str) -> String {
    format!("/case/{}", percent_encode(id))
}

fn task_rows(tasks: &[TaskItem]) -> Vec<Vec<String>> {
    tasks
        .iter()
        .map(|t| {
            vec![
                link(&case_href(&t.case_id), &t.title),
                esc(&t.case_title),
                badge("stage", &t.stage_label),
                esc(&short_time(&t.opened_at)),
                t.due.as_deref().map(esc).unwrap_or_else(|| "—".into()),
            ]
        })
        .collect()
}

const TASK_HEADERS: [&str; 5] = ["待办事项", "事项名称", "当前阶段", "到达时间", "办理期限"];

fn case_rows(cases: &[CaseRow]) -> Vec<Vec<String>> {
    cases
        .iter()
        .map(|c| {
            vec![
                link(&case_href(&c.id), &c.title),
                esc(&c.year.to_string()),
                badge("stage", &c.stage_label),
                esc(&short_time(&c.updated_at)),
            ]
        })
        .collect()
}

pub fn home(p: &mut Portal, ctx: &Ctx) -> Page {
    let user = signed_in(ctx)?;
    let starts = p.sim.start_actions(&user.user_id)?;
    let conn = p.sim.connection();
    let tasks = queries::open_tasks(conn, user)?;
    let cases = queries::org_cases(conn, &user.org_unit)?;
    let mut body = format!(
        "<div class=\"welcome\"><div><b>{}</b>，您好！</div><div class=\"muted\">{} · {}</div><div class=\"stats\"><a href=\"/todo\"><b>{}</b>待办</a><a href=\"/notices\"><b>{}</b>未读消息</a><a href=\"/done\"><b>{}</b>已办</a></div></div>",
        esc(&user.name),
        esc(&user.org_name),
        role_label(role_code(user.role)),
        ctx.todo,
        ctx.unread,
        queries::done(conn, &user.user_id)?.len(),
    );
    if !starts.is_empty() {
        body.push_str(&card(
            "发起事项",
            &format!(
                "<div class=\"action-bar\">{}</div>",
                action_buttons(None, &starts, None)
            ),
        ));
    }
    body.push_str(&card(
        "我的待办",
        &table(
            &TASK_HEADERS,
            &task_rows(&tasks[..tasks.len().min(10)]),
            "暂无待办事项",
        ),
    ));
    if !cases.is_empty() {
        body.push_str(&card(
            "本单位事项",
            &table(
                &["事项名称", "年度", "当前阶段", "更新时间"],
                &case_rows(&cases),
                "暂无事项",
            ),
        ));
    }
    Ok(Resp::html(page(ctx, "工作台", "/home", &body)))
}

pub fn todo(p: &mut Portal, ctx: &Ctx) -> Page {
    let user = signed_in(ctx)?;
    let tasks = queries::open_tasks(p.sim.connection(), user)?;
    let body = card(
        &format!("待办事项（{}）", tasks.len()),
        &table(&TASK_HEADERS, &task_rows(&tasks), "暂无待办事项"),
    );
    Ok(Resp::html(page(ctx, "待办事项", "/todo", &body)))
}

pub fn done(p: &mut Portal, ctx: &Ctx) -> Page {
    let user = signed_in(ctx)?;
    let rows: Vec<Vec<String>> = queries::done(p.sim.connection(), &user.user_id)?
        .iter()
        .map(|d| {
            vec![
                esc(&short_time(&d.at)),
                esc(&d.label),
                link(&case_href(&d.case_id), &d.case_title),
                esc(d.opinion.as_deref().unwrap_or("—")),
                badge("stage", &d.stage_label),
            ]
        })
        .collect();
    let body = card(
        "已办事项",
        &table(
            &["办理时间", "办理事项", "事项名称", "办理意见", "当前阶段"],
            &rows,
            "暂无已办事项",
        ),
    );
    Ok(Resp::html(page(ctx, "已办事项", "/done", &body)))
}

pub(super) fn kind_label(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "to-do" => ("待办", "todo"),
        "info" => ("通知", "info"),
        "carbon-copy" => ("抄送", "cc"),
        "reminder" => ("催办", "warn"),
        _ => ("消息", "info"),
    }
}

/// 抄送 (`cc`) or every message; the inbox marks messages read once shown.
pub fn notices(p: &mut Portal, ctx: &Ctx, cc: bool) -> Page {
    let user = signed_in(ctx)?;
    let conn = p.sim.connection();
    let list = queries::notices(conn, user, cc.then_some("carbon-copy"))?;
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|n| {
            let (label, class) = kind_label(&n.kind);
            let subject = match &n.case_id {
                Some(id) => link(&case_href(id), &n.subject),
                None => esc(&n.subject),
            };
            let unread = if n.read {
                ""
            } else {
                "<span class=\"dot\" title=\"未读\"></span>"
            };
            vec![
                format!("{unread}{}", badge(class, label)),
                format!(
                    "<div class=\"subject\">{subject}</div><div class=\"muted\">{}</div>",
                    esc(&n.body)
                ),
                esc(&short_time(&n.created_at)),
            ]
        })
        .collect();
    let (title, active, empty) = if cc {
        ("抄送我的", "/cc", "暂无抄送")
    } else {
        ("消息通知", "/notices", "暂无消息")
    };
    let body = card(title, &table(&["类别", "内容", "时间"], &rows, empty));
    if !cc {
        queries::mark_read(conn, user, &ctx.now)?;
    }
    Ok(Resp::html(page(ctx, title, active, &body)))
}
