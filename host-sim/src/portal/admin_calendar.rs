//! 工作日历 for the administrator: the years the host counts working days with, and a
//! form to enter a year's 国务院办公厅 notice (a provisional year made official, or the
//! next year added). Every deadline in working days counts with it from the next call
//! on; each change is kept with the database and recorded in the 管理操作记录.

use super::admin::Edit;
use super::html::{alert, badge, card, date_cn, esc, table};
use super::http::{Req, Resp, percent_encode};
use super::layout::{self, Ctx};
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::calendar::{Calendar, Notice, YearStatus, is_date, parse_groups};
use crate::contract::Actor;

/// Longest notice title accepted, in characters.
const NOTICE_MAX_CHARS: usize = 200;

/// The page's body: the years as the host counts them, and the notice form.
pub fn body(p: &Portal, ctx: &Ctx, edit: &Edit) -> String {
    let cal = p.sim.calendar();
    let rows: Vec<Vec<String>> = cal
        .years()
        .map(|y| {
            let (status, detail) = match cal.year_status(y) {
                Some(YearStatus::Official { notice, published }) => (
                    badge("ok", "正式"),
                    format!("{}（{}发布）", esc(notice), esc(&date_cn(published))),
                ),
                Some(YearStatus::Provisional { explanation }) => {
                    (badge("warn", "暂定"), esc(explanation))
                }
                None => (badge("muted", "无"), String::new()),
            };
            vec![format!("{y}年"), status, detail]
        })
        .collect();
    let today = ctx.now.get(..10).unwrap_or_default();
    let working = match cal.is_working_day(today) {
        Ok(true) => "工作日",
        Ok(false) => "休息日",
        Err(_) => "超出日历范围",
    };
    format!(
        "{}{}{}",
        card(
            "当前",
            &format!(
                "<p>今天 {}：<b>{working}</b>。办理期限按工作日计算，含法定节假日和调休上班日。</p><p class=\"muted\">数据来源：{}</p>",
                esc(&date_cn(today)),
                esc(cal.source())
            )
        ),
        card("年度日历", &table(&["年份", "状态", "依据"], &rows, "无")),
        card("录入年度节假日安排", &form(edit)),
    )
}

fn form(edit: &Edit) -> String {
    let field = |key: &str, label: &str, control: String, help: &str| {
        let error = edit.problem(key).map(esc).unwrap_or_default();
        format!(
            "<div class=\"field{}\"><label class=\"label\" for=\"c-{key}\">{label}</label><div class=\"control\">{control}</div><div class=\"help\" id=\"h-{key}\">{help}</div><div class=\"field-error\" id=\"e-{key}\">{error}</div></div>",
            if error.is_empty() { "" } else { " invalid" },
        )
    };
    let attrs = |key: &str, required: bool| {
        format!(
            "id=\"c-{key}\" name=\"{key}\" aria-describedby=\"h-{key} e-{key}\"{}{}",
            if required {
                " aria-required=\"true\""
            } else {
                ""
            },
            if edit.problem(key).is_some() {
                " aria-invalid=\"true\""
            } else {
                ""
            },
        )
    };
    let input = |key: &str, kind: &str| {
        format!(
            "<input type=\"{kind}\" {} value=\"{}\">",
            attrs(key, true),
            esc(edit.value(key))
        )
    };
    let area = |key: &str, required: bool| {
        format!(
            "<textarea rows=\"6\" {}>{}</textarea>",
            attrs(key, required),
            esc(edit.value(key))
        )
    };
    format!(
        "<p>国务院办公厅每年公布次年的部分节假日安排。通知发布后在此录入：暂定的年份改为正式，或续上下一年。保存前整份日历重新校验（年份连续、日期在当年、调休上班日须为周六或周日、同一天不得重复），保存后所有按工作日计算的期限即按新日历计算。</p>
<form class=\"admin-form\" method=\"post\" action=\"/admin/calendar\">{}{}{}{}{}<div class=\"submit-bar\"><button class=\"btn primary\" type=\"submit\">保存</button></div></form>",
        field("year", "年份", input("year", "number"), "四位年份，如 2027"),
        field(
            "notice",
            "通知名称",
            input("notice", "text"),
            "如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）"
        ),
        field(
            "published",
            "发布日期",
            input("published", "date"),
            "通知的发布日期"
        ),
        field(
            "holidays",
            "放假日",
            area("holidays", true),
            "每行一个节日：名称：日期，可写日期范围，如「春节：2027-02-06至2027-02-12」"
        ),
        field(
            "workdays",
            "调休上班日",
            area("workdays", false),
            "每行一组：名称：日期，如「春节调休：2027-02-20、2027-02-21」；没有则留空"
        ),
    )
}

/// The notice the form describes, or what is wrong with each field.
fn read(values: &[(String, String)]) -> Result<Notice, Vec<(&'static str, String)>> {
    let get = |k: &str| {
        values
            .iter()
            .find(|(key, _)| key == k)
            .map_or("", |(_, v)| v.trim())
    };
    let mut problems = Vec::new();
    let year = match get("year").parse::<i32>() {
        Ok(y) if (2000..=2100).contains(&y) => y,
        _ => {
            problems.push(("year", "请填写四位年份，如 2027".to_string()));
            0
        }
    };
    let notice = get("notice");
    if notice.is_empty() {
        problems.push(("notice", "请填写通知名称".to_string()));
    } else if notice.chars().count() > NOTICE_MAX_CHARS {
        problems.push(("notice", format!("通知名称不超过{NOTICE_MAX_CHARS}个字")));
    }
    let published = get("published");
    if !is_date(published) {
        problems.push(("published", "请填写发布日期".to_string()));
    }
    let mut groups = |key: &'static str, required: bool| match parse_groups(get(key)) {
        Ok(g) if g.is_empty() && required => {
            problems.push((key, "请至少填写一个节日".to_string()));
            Vec::new()
        }
        Ok(g) => g,
        Err(message) => {
            problems.push((key, message));
            Vec::new()
        }
    };
    let holidays = groups("holidays", true);
    let workdays = groups("workdays", false);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Notice {
        year,
        notice: notice.to_string(),
        published: published.to_string(),
        holidays,
        workdays,
    })
}

/// `POST /admin/calendar`: check the notice, then keep the extended calendar and the
/// record of the change together, or neither.
pub fn post(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let admin = signed_in(ctx)?.clone();
    let values = req.form()?;
    let checked = read(&values).and_then(|notice| {
        let base = p
            .sim
            .calendar_json()
            .map_err(|e| vec![("holidays", format!("{e:#}"))])?;
        let (json, calendar) = notice
            .apply_to(&base)
            .map_err(|e| vec![("calendar", e.message().to_string())])?;
        Ok((notice, json, calendar))
    });
    let (notice, json, calendar) = match checked {
        Ok(c) => c,
        Err(problems) => return Ok(refused(p, ctx, Edit { values, problems })),
    };
    let replaced = p
        .sim
        .calendar()
        .year_status(notice.year)
        .map(|s| if s.is_official() { "正式" } else { "暂定" });
    let change = match replaced {
        Some(was) => format!("更新{}年工作日历（原为{was}）", notice.year),
        None => format!("新增{}年工作日历", notice.year),
    };
    let list = |g: &[(String, Vec<String>)]| {
        g.iter()
            .map(|(name, dates)| format!("{name}{}天", dates.len()))
            .collect::<Vec<_>>()
            .join("、")
    };
    let detail = format!(
        "{}（{}发布）；放假：{}；调休上班：{}",
        notice.notice,
        notice.published,
        list(&notice.holidays),
        if notice.workdays.is_empty() {
            "无".to_string()
        } else {
            list(&notice.workdays)
        }
    );
    saved(p, &admin, &change, &detail, &json, calendar)?;
    Ok(Resp::redirect(&format!(
        "/admin/calendar?msg={}",
        percent_encode(&format!("已保存：{change}"))
    )))
}

fn saved(
    p: &mut Portal,
    admin: &Actor,
    change: &str,
    detail: &str,
    json: &str,
    calendar: Calendar,
) -> Result<(), Resp> {
    let conn = p.sim.connection();
    conn.savepoint("admin_change").map_err(CallError::from)?;
    let done = p
        .sim
        .record_admin_change(admin, change, detail)
        .and_then(|()| p.sim.save_calendar(json, calendar));
    let conn = p.sim.connection();
    let end = if done.is_ok() {
        conn.release("admin_change")
    } else {
        conn.rollback_to("admin_change")
    };
    end.map_err(CallError::from)?;
    done.map_err(|e| Resp::status(500, &format!("保存失败：{e}")))
}

/// The page again with the reasons, 422, nothing kept.
fn refused(p: &Portal, ctx: &Ctx, edit: Edit) -> Resp {
    let whole = edit
        .problem("calendar")
        .map(|m| format!("日历校验未通过：{m}"))
        .unwrap_or_else(|| "填写有误，未作任何更改，请按提示修改后重新保存。".to_string());
    let body = format!("{}{}", alert("error", &whole), body(p, ctx, &edit));
    let mut resp = Resp::html(layout::page(ctx, "工作日历", "/admin/calendar", &body));
    resp.status = 422;
    resp
}
