//! 工作台, 待办, 已办, 抄送 and 通知: lists built from the host's tables.

use super::case::action_buttons;
use maud::{Markup, html};

use super::html::{badge, card, date_cn, link, short_time, table};
use super::http::{Req, Resp, percent_encode};
use super::layout::{Ctx, page, role_label};
use super::queries::{self, CaseRow, TaskItem};
use super::{Page, Portal, signed_in};
use crate::imports::role_code;

fn case_href(id: &str) -> String {
    format!("/case/{}", percent_encode(id))
}

/// To-do rows: what, which case, stage, arrival, due date and the time left (overdue
/// marked), counted from `today` in the official calendar.
fn task_rows(p: &Portal, tasks: &[TaskItem], today: &str) -> Vec<Vec<Markup>> {
    tasks
        .iter()
        .map(|t| {
            let (left, late) = time_left(p, t.due.as_deref(), today);
            vec![
                link(&case_href(&t.case_id), &t.title),
                html! { (t.case_title) },
                badge("stage", &t.stage_label),
                html! { (short_time(&t.opened_at)) },
                html! { (t.due.as_deref().map_or_else(|| "—".into(), date_cn)) },
                html! {
                    @if late { span.overdue { (left) } } @else { (left) }
                },
            ]
        })
        .collect()
}

const TASK_HEADERS: [&str; 6] = [
    "待办事项",
    "事项名称",
    "当前阶段",
    "到达时间",
    "办理期限",
    "剩余时间",
];

fn case_rows(cases: &[CaseRow]) -> Vec<Vec<Markup>> {
    cases
        .iter()
        .map(|c| {
            vec![
                link(&case_href(&c.id), &c.title),
                html! { (c.year) },
                badge("stage", &c.stage_label),
                html! { (short_time(&c.updated_at)) },
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
    let done = queries::done(conn, &user.user_id)?.len();
    let todo = task_rows(
        p,
        &tasks[..tasks.len().min(10)],
        ctx.now.get(..10).unwrap_or_default(),
    );
    let body = html! {
        div.welcome {
            div { b { (user.name) } "，您好！" }
            div.muted { (user.org_name) " · " (role_label(role_code(user.role))) }
            div.stats {
                a href="/todo" { b { (ctx.todo) } "待办" }
                a href="/notices" { b { (ctx.unread) } "未读消息" }
                a href="/done" { b { (done) } "已办" }
            }
        }
        @if !starts.is_empty() {
            (card("发起事项", html! { div.action-bar { (action_buttons(None, &starts, None)) } }))
        }
        (card("我的待办", table(&TASK_HEADERS, &todo, "暂无待办事项")))
        @if !cases.is_empty() {
            (card(
                "本单位事项",
                table(&["事项名称", "年度", "当前阶段", "更新时间"], &case_rows(&cases), "暂无事项"),
            ))
        }
    };
    Ok(Resp::html(page(ctx, "工作台", "/home", body)))
}

/// Rows of 待办 a page shows.
const TODO_PAGE: usize = 20;

/// How much time a to-do has left, in the official calendar's working days (H8), as
/// people read it, and whether it is overdue.
fn time_left(p: &Portal, due: Option<&str>, today: &str) -> (String, bool) {
    let Some(due) = due else {
        return ("—".into(), false);
    };
    match p.sim.calendar().working_days_between(today, due) {
        Ok(n) if n > 0 => (format!("剩余{n}个工作日"), false),
        Ok(0) if due.get(..10) >= today.get(..10) => ("今日到期".into(), false),
        Ok(n) => (format!("已逾期{}个工作日", (-n).max(1)), true),
        // A due date outside the calendar's years: show the date alone.
        Err(_) => ("—".into(), false),
    }
}

/// 待办: the person's open to-dos with how long each has left (overdue ones marked),
/// sorted by due date (the default) or by arrival, a page at a time.
pub fn todo(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = signed_in(ctx)?;
    let mut tasks = queries::open_tasks(p.sim.connection(), user)?;
    let today = ctx.now.get(..10).unwrap_or_default().to_string();
    let by_arrival = req.query("sort") == Some("arrived");
    if by_arrival {
        tasks.sort_by(|a, b| a.opened_at.cmp(&b.opened_at));
    } else {
        // Soonest due first; to-dos without a due date after them, oldest first.
        tasks.sort_by(|a, b| match (&a.due, &b.due) {
            (Some(x), Some(y)) => x.cmp(y).then_with(|| a.opened_at.cmp(&b.opened_at)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.opened_at.cmp(&b.opened_at),
        });
    }
    let pages = tasks.len().div_ceil(TODO_PAGE).max(1);
    let at = req
        .query("page")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, pages);
    let overdue = tasks
        .iter()
        .filter(|t| time_left(p, t.due.as_deref(), &today).1)
        .count();
    let shown = &tasks[((at - 1) * TODO_PAGE).min(tasks.len())..(at * TODO_PAGE).min(tasks.len())];
    let rows = task_rows(p, shown, &today);
    let sort = |key: &str, label: &str| {
        let on = (key == "arrived") == by_arrival;
        html! {
            a class={ "btn " (if on { "primary" } else { "normal" }) } href={ "/todo?sort=" (key) }
                aria-current=[on.then_some("true")] { (label) }
        }
    };
    let sort_key = if by_arrival { "arrived" } else { "due" };
    let body = card(
        &format!("待办事项（{}）", tasks.len()),
        html! {
            div.pager {
                span { "排序：" }
                (sort("due", "按办理期限"))
                (sort("arrived", "按到达时间"))
                @if overdue > 0 {
                    span.overdue { "已逾期 " (overdue) " 件" }
                }
            }
            (table(&TASK_HEADERS, &rows, "暂无待办事项"))
            (super::html::pager(&format!("/todo?sort={sort_key}&"), at, pages))
        },
    );
    Ok(Resp::html(page(ctx, "待办事项", "/todo", body)))
}

pub fn done(p: &mut Portal, ctx: &Ctx) -> Page {
    let user = signed_in(ctx)?;
    let rows: Vec<Vec<Markup>> = queries::done(p.sim.connection(), &user.user_id)?
        .iter()
        .map(|d| {
            vec![
                html! { (short_time(&d.at)) },
                html! { (d.label) },
                link(&case_href(&d.case_id), &d.case_title),
                html! { (d.opinion.as_deref().unwrap_or("—")) },
                badge("stage", &d.stage_label),
            ]
        })
        .collect();
    let body = card(
        "已办事项",
        table(
            &["办理时间", "办理事项", "事项名称", "办理意见", "当前阶段"],
            &rows,
            "暂无已办事项",
        ),
    );
    Ok(Resp::html(page(ctx, "已办事项", "/done", body)))
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
    let rows: Vec<Vec<Markup>> = list
        .iter()
        .map(|n| {
            let (label, class) = kind_label(&n.kind);
            vec![
                html! {
                    @if !n.read { span.dot title="未读" {} }
                    (badge(class, label))
                },
                html! {
                    div.subject {
                        @match &n.case_id {
                            Some(id) => (link(&case_href(id), &n.subject)),
                            None => (n.subject),
                        }
                    }
                    div.muted { (n.body) }
                },
                html! { (short_time(&n.created_at)) },
            ]
        })
        .collect();
    let (title, active, empty) = if cc {
        ("抄送我的", "/cc", "暂无抄送")
    } else {
        ("消息通知", "/notices", "暂无消息")
    };
    let body = card(title, table(&["类别", "内容", "时间"], &rows, empty));
    if !cc {
        queries::mark_read(conn, user, &ctx.now)?;
    }
    Ok(Resp::html(page(ctx, title, active, body)))
}
