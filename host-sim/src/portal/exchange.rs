//! 省级申报对接 (第十一条) for the city officer: import the provincial round's applicant
//! list, and download the city's recommendation to the province for a year. Both are the
//! CLI's own code paths (`provincial::import_round`, `exports::province_xml`); this page
//! only carries files in and out.

use maud::{Markup, html};

use super::html::{alert, card, table};
use super::http::{Req, Resp, percent_encode};
use super::layout::{self, Ctx};
use super::queries;
use super::{Page, Portal, signed_in};
use crate::contract::{Actor, Role};
use crate::provincial::{self, ImportError, Imported};

const PATH: &str = "/exchange/province";

/// The city officer (the directory's 市工信局经办人员), or 403: the exchange registers
/// applications for the whole city and sends its recommendation out of the system.
fn officer(ctx: &Ctx) -> Result<&Actor, Resp> {
    let user = signed_in(ctx)?;
    if user.role != Role::CityOfficer {
        return Err(Resp::status(403, "仅市工信局经办人员可办理省级申报对接"));
    }
    Ok(user)
}

/// `GET /exchange/province`.
pub fn page(p: &mut Portal, ctx: &Ctx) -> Page {
    officer(ctx)?;
    render(p, ctx, 200, html! {})
}

/// `POST /exchange/province`: the file from the form (`multipart/form-data`, field
/// `file`), or the XML as the whole body for scripts. All or nothing.
pub fn import(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = officer(ctx)?.user_id.clone();
    let bytes = match req.multipart_file("file") {
        Some(b) => b,
        None if !req.content_type.starts_with("multipart/") => req.body.as_slice(),
        None => return Err(Resp::bad_request("请选择要导入的省级申报名单文件")),
    };
    if bytes.is_empty() {
        return Err(Resp::bad_request("请选择要导入的省级申报名单文件"));
    }
    // Said in the person's words here, where the import would report it as a host error.
    if let Err(e) = provincial::open_batch(&p.sim) {
        return Err(Resp::status(409, &e.to_string()));
    }
    // The portal answers a group of requests in one transaction (ADR 8): this savepoint
    // keeps the whole file's applicants together, so a failure half way through the
    // registrations undoes the ones before it instead of committing them with the group.
    let conn = p.sim.connection();
    conn.savepoint("province_import")?;
    let result = provincial::import_round(&mut p.sim, &user, bytes);
    let conn = p.sim.connection();
    match result {
        Ok(done) => {
            conn.release("province_import")?;
            let done = imported(&done);
            Ok(render(p, ctx, 200, done)?)
        }
        Err(e) => {
            conn.rollback_to("province_import")?;
            match e {
                ImportError::Refused(e) => {
                    let message = format!("省级申报名单未导入，未作任何更改。{e}");
                    Ok(render(p, ctx, 422, alert("error", &message))?)
                }
                ImportError::Host(e) => Err(e.context("导入省级申报名单").into()),
            }
        }
    }
}

/// What was registered: each enterprise, linked to its application.
fn imported(done: &Imported) -> Markup {
    let rows: Vec<Vec<Markup>> = done
        .applications
        .iter()
        .map(|(case, name)| vec![html! { a href={ "/case/" (percent_encode(case)) } { (name) } }])
        .collect();
    html! {
        (alert(
            "success",
            &format!(
                "已登记{}年度省级申报企业{}家（其中{}家登记了申报材料），视同市级申报，已通知各企业。",
                done.year,
                done.applications.len(),
                done.with_materials
            )
        ))
        (table(&["申报企业"], &rows, ""))
    }
}

/// `GET /exchange/province/export?year=2026[&document_number=…]`: the recommendation,
/// as `host-sim export province` writes it.
pub fn export(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = officer(ctx)?.user_id.clone();
    let year: u16 = req
        .query("year")
        .and_then(|y| y.trim().parse().ok())
        .ok_or_else(|| Resp::bad_request("请选择年度"))?;
    let number = req
        .query("document_number")
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let xml = crate::exports::province_xml(&mut p.sim, &user, year, number)
        .map_err(super::documents::unavailable)?;
    Ok(Resp::download(
        "application/xml; charset=utf-8",
        &format!("{year}年度推荐申报河南省质量标杆名单.xml"),
        xml,
    ))
}

fn render(p: &Portal, ctx: &Ctx, status: u16, result: Markup) -> Result<Resp, Resp> {
    let years: Vec<i64> = queries::cases_of_kind(p.sim.connection(), "batch", 20)?
        .iter()
        .map(|b| b.year)
        .collect();
    let export = html! {
        @if years.is_empty() {
            p.empty { "尚未开启任何年度的认定工作。" }
        } @else {
            p { "导出市工信局领导“择优推荐申报省级质量标杆”的企业名单：按综合得分排序，附申报表、总结材料、推荐单位意见、牌匾编号和电子签章信息（XML，UTF-8）。" }
            form class="upload-form" method="get" action={ (PATH) "/export" } {
                label {
                    "年度 "
                    select name="year" {
                        @for y in &years { option value=(y) { (y) "年度" } }
                    }
                }
                label {
                    "推荐文号 "
                    input name="document_number" placeholder="默认：本年度认定名单的公布文号" size="28";
                }
                button type="submit" class="btn primary" { "下载推荐名单" }
            }
        }
    };
    let round = match provincial::open_batch(&p.sim) {
        Ok((_, year)) => format!("导入到{year}年度。"),
        Err(e) => format!("当前不能导入：{e}。"),
    };
    let body = html! {
        (result)
        (card(
            "导入省级申报名单",
            html! {
                p {
                    "河南省质量标杆申报企业视同申报郑州市质量标杆（第十一条）。"
                    (round)
                    "上传省级申报名单（XML，UTF-8 或 GBK 编码），每个企业登记为本年度的市级申报并通知企业；文件有任何问题则整份不导入，并指出所在的行和列。"
                }
                form class="upload-form" method="post" action=(PATH) enctype="multipart/form-data" {
                    input type="file" name="file" aria-label="选择省级下发的XML文件"
                        accept=".xml,application/xml,text/xml" required;
                    button type="submit" class="btn primary" { "导入" }
                }
            },
        ))
        (card("推荐申报河南省质量标杆", export))
    };
    let mut resp = Resp::html(layout::page(ctx, "省级申报对接", PATH, body));
    resp.status = status;
    Ok(resp)
}
