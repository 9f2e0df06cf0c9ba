//! Administrator pages: the installed plugin modules and the active one's contract, the
//! year's configuration (batch cases and who may start what), the directory, the
//! working-day calendar, and the process as BPMN 2.0 (drawn on the page, and offered as
//! the `.bpmn` file `host-sim export bpmn` writes).

use super::case::action_buttons;
use super::html::{badge, card, esc, link, record, short_time, table};
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
    let flash = msg
        .map(|m| super::html::alert("success", m))
        .unwrap_or_default();
    Ok(Resp::html(layout::page(
        ctx,
        title,
        &format!("/admin/{what}"),
        &format!("{flash}{body}"),
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
fn process(p: &mut Portal) -> Result<String, Resp> {
    let svg = crate::bpmn::svg(p.sim.catalog()).map_err(|e| Resp::from(anyhow::Error::new(e)))?;
    Ok(format!(
        "{}{}",
        card(
            "BPMN 2.0 流程定义",
            &format!(
                "<p>由插件的流程目录生成：上方为年度批次，下方为一件申报；泳道为角色，批次的步骤以消息推动申报的阶段。可导入 Flowable、Camunda 等流程工具（含 BPMNDI 布局）。</p><p><a class=\"btn primary\" href=\"/admin/process.bpmn\" download>下载 {}</a></p><p class=\"muted small\">与命令行 <code>host-sim export bpmn</code> 的输出相同。</p>",
                esc(BPMN_FILE)
            )
        ),
        card(
            "流程图",
            &format!(
                "<div class=\"bpmn-diagram\" tabindex=\"0\" role=\"region\" aria-label=\"流程图\">{svg}</div>"
            )
        )
    ))
}

fn list(items: &[String]) -> String {
    let li: String = items
        .iter()
        .map(|i| format!("<li><code>{}</code></li>", esc(i)))
        .collect();
    format!("<ul class=\"plain\">{li}</ul>")
}

/// What is installed: the running build, the install history, the data, the audit.
pub(super) fn modules(p: &mut Portal) -> Result<String, Resp> {
    let conn = p.sim.connection();
    let info = p.sim.module().clone();
    let schema: i64 = conn.schema_version()?;
    let compat = match module::check_compatible(&info) {
        Ok(()) => badge("ok", "兼容"),
        Err(e) => badge("danger", &e.to_string()),
    };
    let active = format!(
        "<table class=\"record\">
<tr><th>契约版本</th><td><code>{}@{}</code> {compat}</td></tr>
<tr><th>主机支持的契约</th><td><code>{}@{}</code>（0.x 版本须主、次版本号一致）</td></tr>
<tr><th>大小</th><td>{} 字节（{:.1} KB）</td></tr>
<tr><th>sha256</th><td><code>{}</code></td></tr>
<tr><th>导出接口</th><td>{}</td></tr>
<tr><th>导入接口</th><td>{}</td></tr>
<tr><th>数据库结构版本</th><td>{schema}（本程序 {}）</td></tr></table>",
        module::CONTRACT_PACKAGE,
        esc(info.contract.as_deref().unwrap_or("?")),
        module::CONTRACT_PACKAGE,
        module::CONTRACT_VERSION,
        info.size,
        info.size as f64 / 1024.0,
        esc(&info.sha256),
        list(&info.exports),
        list(&info.imports),
        db::SCHEMA_VERSION,
    );
    let rows: Vec<Vec<String>> = queries::modules(conn)?
        .iter()
        .map(|m| {
            vec![
                format!(
                    "<code>{}</code>",
                    esc(m.sha256.get(..16).unwrap_or(&m.sha256))
                ),
                esc(&m.contract),
                esc(&m.size.to_string()),
                esc(&short_time(&m.installed_at)),
                if m.active {
                    badge("ok", "运行中")
                } else {
                    badge("muted", "已停用")
                },
            ]
        })
        .collect();
    let counts: Vec<Vec<String>> = queries::table_counts(conn)?
        .into_iter()
        .map(|(t, n)| vec![format!("<code>{t}</code>"), n.to_string()])
        .collect();
    Ok(format!(
        "{}{}{}{}{}",
        card("当前运行的插件", &active),
        card(
            "安装记录",
            &table(&["sha256", "契约", "大小（字节）", "安装时间", "状态"], &rows, "无")
        ),
        card("数据概况", &table(&["数据表", "记录数"], &counts, "无")),
        card("审计校验", &audit(p)?),
        card(
            "命令行管理",
            "<pre class=\"cli\" tabindex=\"0\">host-sim inspect 插件.wasm              # 查看契约版本、接口、大小、sha256
host-sim install --db 数据库 插件.wasm  # 安装或升级（保留全部记录；契约不兼容则拒绝）
host-sim modules --db 数据库            # 列出已安装的模块
host-sim directory load 目录.json --db 数据库  # 导入或更新组织目录</pre>"
        )
    ))
}

/// The same audit as `host-sim verify`: the history chain, its keyed MACs, the files.
fn audit(p: &Portal) -> Result<String, Resp> {
    let report = p.sim.audit()?;
    let state = if report.intact() {
        badge("ok", "完整")
    } else {
        badge("danger", "发现问题")
    };
    let lines: String = report
        .lines()
        .iter()
        .map(|l| format!("<li>{}</li>", esc(l)))
        .collect();
    Ok(format!(
        "<p>{state}</p><ul class=\"plain\">{lines}</ul><p class=\"muted small\">与命令行 <code>host-sim verify --db 数据库</code> 的结果相同；流转记录的密钥校验值使改写后重算哈希也能被发现。</p>"
    ))
}

fn year(p: &mut Portal, admin: &str) -> Result<String, Resp> {
    let mut out = String::new();
    let batches = queries::cases_of_kind(p.sim.connection(), "batch", 20)?;
    if batches.is_empty() {
        out.push_str(&card(
            "年度批次",
            "<p class=\"empty\">尚未开启任何年度批次。年度配置随年度申报通知一并发布，由有权发起的人员在工作台「发起事项」中填写（见下表）。</p>",
        ));
    }
    for b in &batches {
        let detail = match p.sim.view(admin, &b.id) {
            Ok(view) => view
                .sections
                .iter()
                .map(|s| format!("<h3>{}</h3>{}", esc(&s.title), record(&s.items)))
                .collect(),
            Err(CallError::Refused(r)) => format!("<p class=\"muted\">{}</p>", esc(&r.message)),
            Err(e) => return Err(e.into()),
        };
        out.push_str(&card(
            &format!("{}（{}）", b.title, b.stage_label),
            &format!(
                "<p>{} · 更新于 {}</p>{detail}",
                link(
                    &format!("/case/{}", percent_encode(&b.id)),
                    "查看事项与流转记录"
                ),
                esc(&short_time(&b.updated_at))
            ),
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
            esc(role_label(&u.role)),
            esc(&labels.join("、")),
            format!("以 {} 身份登录后在工作台发起", esc(&u.name)),
        ]);
    }
    out.push_str(&card(
        "可发起的事项",
        &table(&["角色", "事项", "说明"], &rows, "当前没有可发起的事项"),
    ));
    let own = p.sim.start_actions(admin)?;
    if !own.is_empty() {
        out.push_str(&card(
            "管理员可发起",
            &format!(
                "<div class=\"action-bar\">{}</div>",
                action_buttons(None, &own, None)
            ),
        ));
    }
    Ok(out)
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
fn person_form(edit: &Edit) -> String {
    let input = |key: &str, label: &str, help: &str| {
        let error = edit
            .problems
            .iter()
            .filter(|(k, _)| *k == key)
            .map(|(_, m)| esc(m))
            .collect::<Vec<_>>()
            .join("；");
        let invalid = if error.is_empty() {
            ""
        } else {
            " aria-invalid=\"true\""
        };
        format!(
            "<div class=\"field{}\"><label class=\"label\" for=\"p-{key}\">{label}</label><div class=\"control\"><input type=\"text\" id=\"p-{key}\" name=\"{key}\" value=\"{}\" aria-describedby=\"e-{key}\"{invalid}{}></div><div class=\"help\">{help}</div><div class=\"field-error\" id=\"e-{key}\">{error}</div></div>",
            if error.is_empty() { "" } else { " invalid" },
            esc(edit.value(key)),
            if key == "tags" {
                ""
            } else {
                " aria-required=\"true\""
            },
        )
    };
    let chosen = edit.value("role");
    let roles: String = Role::ALL
        .iter()
        .map(|role| {
            let r = role.code();
            let sel = if r == chosen { " selected" } else { "" };
            format!("<option value=\"{r}\"{sel}>{}</option>", role_label(r))
        })
        .collect();
    let role_error = edit
        .problems
        .iter()
        .filter(|(k, _)| *k == "role")
        .map(|(_, m)| esc(m))
        .collect::<String>();
    format!(
        "<form class=\"admin-form\" method=\"post\" action=\"/admin/directory\">{}{}<div class=\"field\"><label class=\"label\" for=\"p-role\">角色</label><div class=\"control\"><select id=\"p-role\" name=\"role\" aria-required=\"true\" aria-describedby=\"e-role\"><option value=\"\">— 请选择 —</option>{roles}</select></div><div class=\"field-error\" id=\"e-role\">{role_error}</div></div>{}{}{}<div class=\"submit-bar\"><button class=\"btn primary\" type=\"submit\">保存</button></div></form>",
        input(
            "user_id",
            "用户名",
            "登录用的用户名；已有的用户名即修改该人员"
        ),
        input("name", "姓名", ""),
        input(
            "org_unit",
            "单位代码",
            "区县代码（如 zhongyuan）、企业的统一社会信用代码、city-bureau 或 experts"
        ),
        input("org_name", "单位名称", "如 中原区工信部门"),
        input("tags", "标签", "专家的专业领域等，以逗号分隔，可不填"),
    )
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
        let body = format!(
            "{}{}",
            super::html::alert(
                "error",
                "人员信息有误，未作任何更改，请按提示修改后重新保存。"
            ),
            directory(p, &edit)?
        );
        let mut resp = Resp::html(layout::page(ctx, "组织目录", "/admin/directory", &body));
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
    conn.savepoint("admin_change").map_err(CallError::from)?;
    let saved = person
        .save(conn)
        .map_err(anyhow::Error::from)
        .and_then(|()| p.sim.record_admin_change(&admin, &change, &detail));
    let conn = p.sim.connection();
    let end = if saved.is_ok() {
        conn.release("admin_change")
    } else {
        conn.rollback_to("admin_change")
    };
    end.map_err(CallError::from)?;
    saved.map_err(|e| Resp::status(500, &format!("保存失败：{e}")))?;
    Ok(Resp::redirect(&format!(
        "/admin/directory?msg={}",
        percent_encode(&format!("已保存：{change}"))
    )))
}

fn directory(p: &mut Portal, edit: &Edit) -> Result<String, Resp> {
    let conn = p.sim.connection();
    let users: Vec<Vec<String>> = queries::users(conn)?
        .iter()
        .map(|u| {
            vec![
                esc(role_label(&u.role)),
                esc(&u.org_name),
                format!("<code>{}</code>", esc(&u.org_unit)),
                esc(&u.name),
                format!("<code>{}</code>", esc(&u.user_id)),
                esc(&u.tags),
            ]
        })
        .collect();
    let ents: Vec<Vec<String>> = queries::enterprises(conn)?
        .iter()
        .map(|e| {
            vec![
                format!("<code>{}</code>", esc(&e.credit_code)),
                esc(&e.name),
                esc(e.district.as_deref().unwrap_or("（非郑州）")),
                if e.independent { "是" } else { "否" }.into(),
                esc(if e.bad_records.is_empty() {
                    "无"
                } else {
                    &e.bad_records
                }),
            ]
        })
        .collect();
    let log: Vec<Vec<String>> = crate::admin_log::recent(conn, 20)
        .map_err(|e| Resp::status(500, &format!("读取管理操作记录失败：{e}")))?
        .iter()
        .map(|e| {
            vec![
                e.seq.to_string(),
                esc(&short_time(&e.at)),
                esc(&e.actor_name),
                esc(&e.change),
                esc(&e.detail),
            ]
        })
        .collect();
    Ok(format!(
        "<div class=\"alert info\">可在此新增或修改人员，每次更改记入管理操作记录（哈希链存证，系统校验可查）；也可由数据文件批量导入：<code>host-sim directory load 文件 --db 数据库</code>。</div>{}{}{}{}",
        card("新增或修改人员", &person_form(edit)),
        card(
            "管理操作记录（最近20条）",
            &table(
                &["序号", "时间", "操作人", "操作", "内容"],
                &log,
                "暂无管理操作记录"
            )
        ),
        card(
            &format!("人员（{}）", users.len()),
            &table(
                &["角色", "单位", "单位代码", "姓名", "用户名", "标签"],
                &users,
                "目录为空"
            )
        ),
        card(
            &format!("企业登记信息（{}）", ents.len()),
            &table(
                &[
                    "统一社会信用代码",
                    "企业名称",
                    "所在地区",
                    "独立法人",
                    "不良记录"
                ],
                &ents,
                "无"
            )
        )
    ))
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
