//! 工作台, 待办, 已办, 抄送 and 通知: lists built from the host's tables.

use super::case::action_buttons;
use maud::{Markup, html};

use super::html::{badge, card, date_cn, link, short_time, table};
use super::http::{Req, Resp, percent_encode};
use super::layout::{Ctx, page, role_label};
use super::queries::{self, CaseRow, TaskItem, TodoOrder};
use super::{Page, Portal, signed_in};
use crate::imports::role_code;

fn case_href(id: &str) -> String {
    format!("/case/{}", percent_encode(id))
}

/// The page of a list a request asks for (`?page=`, from 1): `per` rows a page, within
/// the pages `total` rows fill. Every list pages, so a page costs what it shows and no
/// row is out of reach however long the list grows.
pub(super) struct Paged {
    at: usize,
    pages: usize,
    per: usize,
}

impl Paged {
    pub fn of(req: &Req, total: i64, per: usize) -> Paged {
        let pages = usize::try_from(total).unwrap_or(0).div_ceil(per).max(1);
        let at = req
            .query("page")
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, pages);
        Paged { at, pages, per }
    }

    /// The rows of this page, for the query.
    pub fn window(&self) -> queries::Window {
        queries::Window {
            limit: self.per as i64,
            offset: ((self.at - 1) * self.per) as i64,
        }
    }

    /// The pager under the list; `href` ends in `?` or `&`.
    pub fn pager(&self, href: &str) -> Markup {
        super::html::pager(href, self.at, self.pages)
    }
}

/// Rows a page of 已办, 通知 or 抄送 shows.
pub(super) const LIST_PAGE: usize = 50;
/// 待办 and 本单位事项 rows on the 工作台.
const HOME_ROWS: usize = 10;

/// A count on the 工作台, or a dash when it could not be counted (`Ctx`).
fn count(n: Option<i64>) -> String {
    n.map_or_else(|| "—".to_string(), |n| n.to_string())
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

pub fn home(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = signed_in(ctx)?;
    let starts = p.sim.start_actions(&user.user_id)?;
    let conn = p.sim.connection();
    let tasks = queries::first_open_tasks(conn, user, HOME_ROWS as i64)?;
    let org_cases = queries::org_case_count(conn, &user.org_unit)?;
    let cases_page = Paged::of(req, org_cases, HOME_ROWS);
    let cases = queries::org_cases(conn, &user.org_unit, &cases_page.window())?;
    let done = queries::done_count(conn, &user.user_id)?;
    let todo = task_rows(p, &tasks, ctx.now.get(..10).unwrap_or_default());
    let body = html! {
        div.welcome {
            div { b { (user.name) } "，您好！" }
            div.muted { (user.org_name) " · " (role_label(role_code(user.role))) }
            div.stats {
                a href="/todo" { b { (count(ctx.todo)) } "待办" }
                a href="/notices" { b { (count(ctx.unread)) } "未读消息" }
                a href="/done" { b { (done) } "已办" }
            }
        }
        @if !starts.is_empty() {
            (card("发起事项", html! { div.action-bar { (action_buttons(None, &starts, None)) } }))
        }
        (card("我的待办", html! {
            (table(&TASK_HEADERS, &todo, "暂无待办事项"))
            @if let Some(all) = ctx.todo.filter(|&n| n > HOME_ROWS as i64) {
                p { a href="/todo" { "全部待办（" (all) "）" } }
            }
        }))
        @if org_cases > 0 {
            (card(
                &format!("本单位事项（{org_cases}）"),
                html! {
                    (table(&["事项名称", "年度", "当前阶段", "更新时间"], &case_rows(&cases), "暂无事项"))
                    (cases_page.pager("/home?"))
                },
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
    let conn = p.sim.connection();
    let today = ctx.now.get(..10).unwrap_or_default().to_string();
    let by_arrival = req.query("sort") == Some("arrived");
    let order = if by_arrival {
        TodoOrder::Arrival
    } else {
        TodoOrder::Due
    };
    // Counted for the navigation already, in this request's snapshot.
    let total = match ctx.todo {
        Some(n) => n,
        None => queries::open_task_count(conn, user)?,
    };
    let paged = Paged::of(req, total, TODO_PAGE);
    let tasks = queries::open_tasks_page(conn, user, order, &paged.window())?;
    // Overdue: due before today and within the calendar's years, as `time_left` says.
    let overdue = queries::open_task_dues_before(conn, user, &today)?
        .iter()
        .filter(|due| time_left(p, Some(due), &today).1)
        .count();
    let rows = task_rows(p, &tasks, &today);
    let sort = |key: &str, label: &str| {
        let on = (key == "arrived") == by_arrival;
        html! {
            a class={ "btn " (if on { "primary" } else { "normal" }) } href={ "/todo?sort=" (key) }
                aria-current=[on.then_some("true")] { (label) }
        }
    };
    let sort_key = if by_arrival { "arrived" } else { "due" };
    let body = card(
        &format!("待办事项（{total}）"),
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
            (paged.pager(&format!("/todo?sort={sort_key}&")))
        },
    );
    Ok(Resp::html(page(ctx, "待办事项", "/todo", body)))
}

pub fn done(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = signed_in(ctx)?;
    let conn = p.sim.connection();
    let total = queries::done_count(conn, &user.user_id)?;
    let paged = Paged::of(req, total, LIST_PAGE);
    let rows: Vec<Vec<Markup>> = queries::done(conn, &user.user_id, &paged.window())?
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
        &format!("已办事项（{total}）"),
        html! {
            (table(
                &["办理时间", "办理事项", "事项名称", "办理意见", "当前阶段"],
                &rows,
                "暂无已办事项",
            ))
            (paged.pager("/done?"))
        },
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

/// 抄送 (`cc`) or every message, a page at a time; the inbox marks the messages it shows
/// read.
pub fn notices(p: &mut Portal, ctx: &Ctx, req: &Req, cc: bool) -> Page {
    let user = signed_in(ctx)?;
    let conn = p.sim.connection();
    let kind = cc.then_some("carbon-copy");
    let total = queries::notice_count(conn, user, kind)?;
    let paged = Paged::of(req, total, LIST_PAGE);
    let list = queries::notices(conn, user, kind, &paged.window())?;
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
    let body = card(
        &format!("{title}（{total}）"),
        html! {
            (table(&["类别", "内容", "时间"], &rows, empty))
            (paged.pager(&format!("{active}?")))
        },
    );
    if !cc {
        let shown: Vec<i64> = list.iter().filter(|n| !n.read).map(|n| n.id).collect();
        queries::mark_read(conn, &shown, &ctx.now)?;
    }
    Ok(Resp::html(page(ctx, title, active, body)))
}
