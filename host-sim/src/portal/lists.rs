//! 工作台, 待办, 已办, 抄送 and 通知: lists built from the host's tables.

use super::case::action_buttons;
use super::html::{badge, card, date_cn, esc, link, short_time, table};
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
fn task_rows(p: &Portal, tasks: &[TaskItem], today: &str) -> Vec<Vec<String>> {
    tasks
        .iter()
        .map(|t| {
            let (left, late) = time_left(p, t.due.as_deref(), today);
            let left = if late {
                format!("<span class=\"overdue\">{}</span>", esc(&left))
            } else {
                esc(&left)
            };
            vec![
                link(&case_href(&t.case_id), &t.title),
                esc(&t.case_title),
                badge("stage", &t.stage_label),
                esc(&short_time(&t.opened_at)),
                t.due
                    .as_deref()
                    .map_or_else(|| "—".into(), |d| esc(&date_cn(d))),
                left,
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
            &task_rows(
                p,
                &tasks[..tasks.len().min(10)],
                ctx.now.get(..10).unwrap_or_default(),
            ),
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
        format!(
            "<a class=\"btn {}\" href=\"/todo?sort={key}\"{}>{label}</a>",
            if on { "primary" } else { "normal" },
            if on { " aria-current=\"true\"" } else { "" },
        )
    };
    let sort_key = if by_arrival { "arrived" } else { "due" };
    let pager = super::html::pager(&format!("/todo?sort={sort_key}&"), at, pages);
    let head = format!(
        "<div class=\"pager\"><span>排序：</span>{}{}{}</div>",
        sort("due", "按办理期限"),
        sort("arrived", "按到达时间"),
        if overdue > 0 {
            format!("<span class=\"overdue\">已逾期 {overdue} 件</span>")
        } else {
            String::new()
        }
    );
    let body = card(
        &format!("待办事项（{}）", tasks.len()),
        &format!(
            "{head}{}{pager}",
            table(&TASK_HEADERS, &rows, "暂无待办事项")
        ),
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
