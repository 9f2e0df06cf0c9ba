//! Administrator pages: the installed plugin modules and the active one's contract, the
//! year's configuration (batch cases and who may start what), the directory, the
//! working-day calendar, and the process as BPMN 2.0 (drawn on the page, and offered as
//! the `.bpmn` file `host-sim export bpmn` writes).

use super::case::action_buttons;
use maud::{Markup, PreEscaped, html};

use super::html::{badge, card, link, record, short_time, table};
use super::http::{Resp, percent_encode};
use super::layout::{self, Ctx, role_label};
use super::queries;
use super::{Page, Portal, signed_in};
use crate::codes::Code;
use crate::contract::Role;
use crate::{CallError, db, module};

/// The signed-in administrator, or 403 for anyone else.
fn administrator(ctx: &Ctx) -> Result<(), Resp> {
    if signed_in(ctx)?.role != Role::Administrator {
        return Err(Resp::status(403, "仅系统管理员可访问管理页面"));
    }
    Ok(())
}

pub fn page(p: &mut Portal, ctx: &Ctx, what: &str, msg: Option<&str>) -> Page {
    administrator(ctx)?;
    let user = signed_in(ctx)?;
    let (title, body) = match what {
        "process" => ("流程图", process(p)?),
        "modules" => ("模块管理", super::admin_modules::body(p)?),
        "year" => ("年度配置", year(p, &user.user_id)?),
        "directory" => ("组织目录", directory(p, &Edit::default())?),
        "calendar" => (
            "工作日历",
            super::admin_calendar::body(p, ctx, &Default::default()),
        ),
        _ => return Err(Resp::status(404, "页面不存在")),
    };
    let body = html! {
        @if let Some(m) = msg { (super::html::alert("success", m)) }
        (body)
    };
    Ok(Resp::html(layout::page(
        ctx,
        title,
        &format!("/admin/{what}"),
        body,
    )))
}

/// The file name the BPMN export downloads as.
const BPMN_FILE: &str = "郑州市质量标杆认定流程.bpmn";

/// `GET /admin/process.bpmn`: the export, exactly what `host-sim export bpmn` writes.
pub fn bpmn_download(p: &mut Portal, ctx: &Ctx) -> Page {
    administrator(ctx)?;
    let xml =
        crate::bpmn::export(p.sim.catalog()).map_err(|e| Resp::from(anyhow::Error::new(e)))?;
    Ok(Resp::download(
        "application/xml; charset=utf-8",
        BPMN_FILE,
        xml.into_bytes(),
    ))
}

/// The process drawn from the export's own layout, with the download beside it.
fn process(p: &mut Portal) -> Result<Markup, Resp> {
    let svg = crate::bpmn::svg(p.sim.catalog()).map_err(|e| Resp::from(anyhow::Error::new(e)))?;
    Ok(html! {
        (card("BPMN 2.0 流程定义", html! {
            p { "由插件的流程目录生成：上方为年度批次，下方为一件申报；泳道为角色，批次的步骤以消息推动申报的阶段。可导入 Flowable、Camunda 等流程工具（含 BPMNDI 布局）。" }
            p { a.btn.primary href="/admin/process.bpmn" download { "下载 " (BPMN_FILE) } }
            p class="muted small" { "与命令行 " code { "host-sim export bpmn" } " 的输出相同。" }
        }))
        (card("流程图", html! {
            div.bpmn-diagram tabindex="0" role="region" aria-label="流程图" {
                // The server's own drawing of the plugin's process catalog (bpmn/svg.rs),
                // which escapes every name it writes; nothing in it is typed by a user.
                (PreEscaped(svg))
            }
        }))
    })
}

fn list(items: &[String]) -> Markup {
    html! {
        ul.plain { @for i in items { li { code { (i) } } } }
    }
}

/// How the plugin is managed from the command line, as the card shows it.
const CLI: &str = "host-sim inspect 插件.wasm              # 查看契约版本、接口、大小、sha256
host-sim install --db 数据库 插件.wasm  # 安装或升级（保留全部记录；契约不兼容则拒绝）
host-sim modules --db 数据库            # 列出已安装的模块
host-sim directory load 目录.json --db 数据库  # 导入或更新组织目录";

/// What is installed: the running build, the install history, the data, the audit.
pub(super) fn modules(p: &mut Portal) -> Result<Markup, Resp> {
    let conn = p.sim.connection();
    let info = p.sim.module().clone();
    let schema: i64 = conn.schema_version()?;
    let compat = match module::check_compatible(&info) {
        Ok(()) => badge("ok", "兼容"),
        Err(e) => badge("danger", &e.to_string()),
    };
    let active = html! {
        table.record {
            tr {
                th { "契约版本" }
                td {
                    code { (module::CONTRACT_PACKAGE) "@" (info.contract.as_deref().unwrap_or("?")) }
                    " " (compat)
                }
            }
            tr {
                th { "主机支持的契约" }
                td {
                    code { (module::CONTRACT_PACKAGE) "@" (module::CONTRACT_VERSION) }
                    "（0.x 版本须主、次版本号一致）"
                }
            }
            tr {
                th { "大小" }
                td { (info.size) " 字节（" (format!("{:.1}", info.size as f64 / 1024.0)) " KB）" }
            }
            tr { th { "sha256" } td { code { (info.sha256) } } }
            tr { th { "导出接口" } td { (list(&info.exports)) } }
            tr { th { "导入接口" } td { (list(&info.imports)) } }
            tr { th { "数据库结构版本" } td { (schema) "（本程序 " (db::SCHEMA_VERSION) "）" } }
        }
    };
    let rows: Vec<Vec<Markup>> = queries::modules(conn)?
        .iter()
        .map(|m| {
            vec![
                html! { code { (m.sha256.get(..16).unwrap_or(&m.sha256)) } },
                html! { (m.contract) },
                html! { (m.size) },
                html! { (short_time(&m.installed_at)) },
                if m.active {
                    badge("ok", "运行中")
                } else {
                    badge("muted", "已停用")
                },
            ]
        })
        .collect();
    let counts: Vec<Vec<Markup>> = queries::table_counts(conn)?
        .into_iter()
        .map(|(t, n)| vec![html! { code { (t) } }, html! { (n) }])
        .collect();
    Ok(html! {
        (card("当前运行的插件", active))
        (card(
            "安装记录",
            table(&["sha256", "契约", "大小（字节）", "安装时间", "状态"], &rows, "无"),
        ))
        (card("数据概况", table(&["数据表", "记录数"], &counts, "无")))
        (card("审计校验", audit(p)?))
        (card("命令行管理", html! { pre.cli tabindex="0" { (CLI) } }))
    })
}

/// The same audit as `host-sim verify`: the history chain, its keyed MACs, the files.
fn audit(p: &Portal) -> Result<Markup, Resp> {
    let report = p.sim.audit()?;
    let state = if report.intact() {
        badge("ok", "完整")
    } else {
        badge("danger", "发现问题")
    };
    Ok(html! {
        p { (state) }
        ul.plain { @for l in report.lines() { li { (l) } } }
        p class="muted small" {
            "与命令行 " code { "host-sim verify --db 数据库" } " 的结果相同；流转记录的密钥校验值使改写后重算哈希也能被发现。"
        }
    })
}

fn year(p: &mut Portal, admin: &str) -> Result<Markup, Resp> {
    let batches = queries::cases_of_kind(p.sim.connection(), "batch", 20)?;
    let mut cards = Vec::new();
    for b in &batches {
        let detail = match p.sim.view(admin, &b.id) {
            Ok(view) => html! {
                @for s in &view.sections {
                    h3 { (s.title) }
                    (record(&s.items))
                }
            },
            Err(CallError::Refused(r)) => html! { p.muted { (r.message) } },
            Err(e) => return Err(e.into()),
        };
        cards.push(card(
            &format!("{}（{}）", b.title, b.stage_label),
            html! {
                p {
                    (link(&format!("/case/{}", percent_encode(&b.id)), "查看事项与流转记录"))
                    " · 更新于 " (short_time(&b.updated_at))
                }
                (detail)
            },
        ));
    }
    // Who may start what, asked of the plugin for one person of each role.
    let mut rows = Vec::new();
    let mut seen = Vec::new();
    for u in queries::users(p.sim.connection())? {
        if seen.contains(&u.role) {
            continue;
        }
        seen.push(u.role.clone());
        let actions = p.sim.start_actions(&u.user_id)?;
        if actions.is_empty() {
            continue;
        }
        let labels: Vec<String> = actions.iter().map(|a| a.label.clone()).collect();
        rows.push(vec![
            html! { (role_label(&u.role)) },
            html! { (labels.join("、")) },
            html! { "以 " (u.name) " 身份登录后在工作台发起" },
        ]);
    }
    let own = p.sim.start_actions(admin)?;
    Ok(html! {
        @if batches.is_empty() {
            (card("年度批次", html! {
                p.empty { "尚未开启任何年度批次。年度配置随年度申报通知一并发布，由有权发起的人员在工作台「发起事项」中填写（见下表）。" }
            }))
        }
        @for c in &cards { (c) }
        (card("可发起的事项", table(&["角色", "事项", "说明"], &rows, "当前没有可发起的事项")))
        @if !own.is_empty() {
            (card("管理员可发起", html! { div.action-bar { (action_buttons(None, &own, None)) } }))
        }
    })
}

/// An administrator's form as filled, and what was wrong with it, by field.
#[derive(Default)]
pub(super) struct Edit {
    pub(super) values: Vec<(String, String)>,
    pub(super) problems: Vec<(&'static str, String)>,
}

impl Edit {
    pub(super) fn value(&self, key: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The first problem with the field `key`.
    pub(super) fn problem(&self, key: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, m)| m.as_str())
    }
}

/// 新增或修改人员: a person of the directory, by user id (an existing id is updated).
fn person_form(edit: &Edit) -> Markup {
    // Every problem with a field, one after another.
    let errors = |key: &str| {
        edit.problems
            .iter()
            .filter(|(k, _)| *k == key)
            .map(|(_, m)| m.as_str())
            .collect::<Vec<_>>()
    };
    let input = |key: &str, label: &str, help: &str| {
        let error = errors(key).join("；");
        let invalid = !error.is_empty();
        html! {
            div.field.invalid[invalid] {
                label.label for={ "p-" (key) } { (label) }
                div.control {
                    input type="text" id={ "p-" (key) } name=(key) value=(edit.value(key))
                        aria-describedby={ "e-" (key) } aria-invalid=[invalid.then_some("true")]
                        aria-required=[(key != "tags").then_some("true")];
                }
                div.help { (help) }
                div.field-error id={ "e-" (key) } { (error) }
            }
        }
    };
    let chosen = edit.value("role");
    html! {
        form.admin-form method="post" action="/admin/directory" {
            (input("user_id", "用户名", "登录用的用户名；已有的用户名即修改该人员"))
            (input("name", "姓名", ""))
            div.field {
                label.label for="p-role" { "角色" }
                div.control {
                    select #p-role name="role" aria-required="true" aria-describedby="e-role" {
                        option value="" { "— 请选择 —" }
                        @for role in Role::ALL {
                            option value=(role.code()) selected[role.code() == chosen] {
                                (role_label(role.code()))
                            }
                        }
                    }
                }
                div.field-error #e-role { @for m in errors("role") { (m) } }
            }
            (input(
                "org_unit",
                "单位代码",
                "区县代码（如 zhongyuan）、企业的统一社会信用代码、city-bureau 或 experts",
            ))
            (input("org_name", "单位名称", "如 中原区工信部门"))
            (input("tags", "标签", "专家的专业领域等，以逗号分隔，可不填"))
            div.submit-bar { button.btn.primary type="submit" { "保存" } }
        }
    }
}

/// `POST /admin/directory`: add or change a person. Checked field by field as the
/// directory file is; saved with a 管理操作记录 entry in one savepoint, or nothing.
pub fn directory_post(p: &mut Portal, ctx: &Ctx, req: &super::http::Req) -> Page {
    administrator(ctx)?;
    let admin = signed_in(ctx)?.clone();
    let values = req.form()?;
    let get = |k: &str| {
        values
            .iter()
            .find(|(key, _)| key == k)
            .map_or(String::new(), |(_, v)| v.trim().to_string())
    };
    let person = crate::directory::User {
        user_id: get("user_id"),
        name: get("name"),
        role: get("role"),
        org_unit: get("org_unit"),
        org_name: get("org_name"),
        tags: get("tags")
            .split([',', '，'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
    };
    let problems = person.problems();
    if !problems.is_empty() {
        let edit = Edit { values, problems };
        let body = html! {
            (super::html::alert("error", "人员信息有误，未作任何更改，请按提示修改后重新保存。"))
            (directory(p, &edit)?)
        };
        let mut resp = Resp::html(layout::page(ctx, "组织目录", "/admin/directory", body));
        resp.status = 422;
        return Ok(resp);
    }
    let conn = p.sim.connection();
    let before = queries::users(conn)?
        .into_iter()
        .find(|u| u.user_id == person.user_id);
    let change = match &before {
        Some(_) => format!("修改人员：{}（{}）", person.name, person.org_name),
        None => format!("新增人员：{}（{}）", person.name, person.org_name),
    };
    let detail = format!(
        "用户名 {}；角色 {}；单位 {}（{}）；标签 {}{}",
        person.user_id,
        role_label(&person.role),
        person.org_name,
        person.org_unit,
        if person.tags.is_empty() {
            "无".to_string()
        } else {
            person.tags.join("、")
        },
        before.map_or(String::new(), |b| format!(
            "。修改前：{}，{}，{}（{}）",
            b.name,
            role_label(&b.role),
            b.org_name,
            b.org_unit
        )),
    );
    super::admin_change::recorded(p, &admin, &change, &detail, |sim| {
        Ok(person.save(sim.connection())?)
    })?;
    Ok(Resp::redirect(&format!(
        "/admin/directory?msg={}",
        percent_encode(&format!("已保存：{change}"))
    )))
}

fn directory(p: &mut Portal, edit: &Edit) -> Result<Markup, Resp> {
    let conn = p.sim.connection();
    let users: Vec<Vec<Markup>> = queries::users(conn)?
        .iter()
        .map(|u| {
            vec![
                html! { (role_label(&u.role)) },
                html! { (u.org_name) },
                html! { code { (u.org_unit) } },
                html! { (u.name) },
                html! { code { (u.user_id) } },
                html! { (u.tags) },
            ]
        })
        .collect();
    let ents: Vec<Vec<Markup>> = queries::enterprises(conn)?
        .iter()
        .map(|e| {
            vec![
                html! { code { (e.credit_code) } },
                html! { (e.name) },
                html! { (e.district.as_deref().unwrap_or("（非郑州）")) },
                html! { (if e.independent { "是" } else { "否" }) },
                html! { (if e.bad_records.is_empty() { "无" } else { &e.bad_records }) },
            ]
        })
        .collect();
    let log: Vec<Vec<Markup>> = crate::admin_log::recent(conn, 20)
        .map_err(|e| Resp::status(500, &format!("读取管理操作记录失败：{e}")))?
        .iter()
        .map(|e| {
            vec![
                html! { (e.seq) },
                html! { (short_time(&e.at)) },
                html! { (e.actor_name) },
                html! { (e.change) },
                html! { (e.detail) },
            ]
        })
        .collect();
    Ok(html! {
        div class="alert info" {
            "可在此新增或修改人员，每次更改记入管理操作记录（哈希链存证，系统校验可查）；也可由数据文件批量导入："
            code { "host-sim directory load 文件 --db 数据库" } "。"
        }
        (card("新增或修改人员", person_form(edit)))
        (card(
            "管理操作记录（最近20条）",
            table(&["序号", "时间", "操作人", "操作", "内容"], &log, "暂无管理操作记录"),
        ))
        (card(
            &format!("人员（{}）", users.len()),
            table(&["角色", "单位", "单位代码", "姓名", "用户名", "标签"], &users, "目录为空"),
        ))
        (card(
            &format!("企业登记信息（{}）", ents.len()),
            table(
                &["统一社会信用代码", "企业名称", "所在地区", "独立法人", "不良记录"],
                &ents,
                "无",
            ),
        ))
    })
}

/// `POST /admin/modules`: a plugin build checked or installed (administrators only).
pub fn modules_post(p: &mut Portal, ctx: &Ctx, req: &super::http::Req) -> Page {
    administrator(ctx)?;
    super::admin_modules::post(p, ctx, req)
}

/// `POST /admin/calendar`: a year's notice entered (administrators only).
pub fn calendar_post(p: &mut Portal, ctx: &Ctx, req: &super::http::Req) -> Page {
    administrator(ctx)?;
    super::admin_calendar::post(p, ctx, req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Actor;

    /// What someone might type as a name: markup, both quotes and an ampersand.
    const TYPED: &str = "<script>alert(1)</script>\"'&";
    /// The same as maud writes it: harmless in element content and in a `"`-quoted
    /// attribute (a `'` needs no escape there).
    const ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;'&amp;";

    #[test]
    fn typed_values_are_escaped_in_content_and_attributes() {
        let edit = Edit {
            values: vec![("name".into(), TYPED.into())],
            problems: vec![("name", format!("姓名「{TYPED}」有误"))],
        };
        let ctx = Ctx {
            user: Some(Actor {
                user_id: "admin".into(),
                name: TYPED.into(),
                role: Role::Administrator,
                org_unit: "city-bureau".into(),
                org_name: TYPED.into(),
            }),
            now: "2026-03-16T10:00:00+08:00".into(),
            todo: None,
            unread: None,
            csrf: "ab12".into(),
            csrf_is_new: false,
        };
        let html = layout::page(&ctx, TYPED, "/admin/directory", person_form(&edit));
        // Attribute: the form field holds the typed name.
        assert!(
            html.contains(&format!("name=\"name\" value=\"{ESCAPED}\"")),
            "{html}"
        );
        // Element content: the field's error, the page title and the signed-in name.
        assert!(
            html.contains(&format!("id=\"e-name\">姓名「{ESCAPED}」有误</div>")),
            "{html}"
        );
        assert!(
            html.contains(&format!(
                "<title>{ESCAPED} - 郑州市质量标杆认定管理</title>"
            )),
            "{html}"
        );
        assert!(
            html.contains(&format!("<span class=\"who\">{ESCAPED}<small>")),
            "{html}"
        );
        assert!(!html.contains("<script>alert"), "{html}");
    }
}
