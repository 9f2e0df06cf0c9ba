//! 打印申报表 `/case/{id}/print`: an application's 附件1 质量标杆申报表 as a page laid
//! out like the regulation's form — the bordered grid of the enterprise's data, 基本情况
//! by year, the declaration with 企业名称（公章） and 法人代表签字, the 推荐单位 and
//! 推荐单位意见 with its 公章 and date — to print on A4 portrait without the portal's
//! header, navigation or buttons.
//!
//! What it shows is what the case page shows the same person: the page asks the plugin
//! for the person's `view` of the case first (a refusal answers exactly as on the case
//! page), offers the form only when that view holds the 申报表 on file, and fills it with
//! `documents::from_case` — the code that makes 申报表.docx from the same view — so the
//! paper and the download cannot disagree, and names, labels and dates (2026年3月16日)
//! are already as people read them. No case id or code is printed.

use maud::{DOCTYPE, Markup, html};

use super::http::{Resp, percent_encode};
use super::layout::Ctx;
use super::queries;
use super::{Page, Portal, signed_in};
use crate::contract_approval::CaseView;
use crate::documents::from_case;
use crate::documents::{ApplicationFormDoc, FigureRow, RecommenderPart};

/// Where no date was given: room to write one by hand, as on the paper form.
const BLANK_DATE: &str = "年　　月　　日";

/// The grid of the .docx: 24 equal columns, labels 6 wide, so the two agree cell for cell.
const COLUMNS: usize = 24;
const LABEL: usize = 6;
const FULL: usize = COLUMNS - LABEL;
/// 基本情况 has three years, oldest first; each takes an equal share of the value columns.
const YEARS: usize = 3;
const YEAR_SPAN: usize = (COLUMNS - 2 * LABEL) / YEARS;

/// Whether the case is an application (only an application has a 申报表).
fn is_application(p: &Portal, case: &str) -> Result<bool, Resp> {
    let kind = queries::case_kind_and_year(p.sim.connection(), case)?;
    Ok(kind.is_some_and(|(kind, _)| kind == "application"))
}

/// The 打印申报表 link for a case page, or nothing when the person has no 申报表 to
/// print: the person's view must hold the 申报表 on file — the rule the 文档下载 links
/// follow.
pub fn link(p: &Portal, case: &str, view: &CaseView) -> Result<Markup, Resp> {
    if !is_application(p, case)? || !from_case::application_files(view).form {
        return Ok(html! {});
    }
    Ok(html! {
        a class="btn small print-link" href={ "/case/" (percent_encode(case)) "/print" } { "打印申报表" }
    })
}

/// `GET /case/{id}/print`: the 申报表 as the person may see it, or the case page's refusal.
pub fn page(p: &mut Portal, ctx: &Ctx, case: &str) -> Page {
    let user = signed_in(ctx)?.user_id.clone();
    // The same call as the case page: the public or another enterprise is refused here,
    // with the plugin's status and message.
    let view = p.sim.view(&user, case)?;
    if !is_application(p, case)? {
        return Err(Resp::status(404, "该事项没有申报表"));
    }
    if !from_case::application_files(&view).form {
        return Err(Resp::status(403, "您无权查看该申报表，或申报表尚未填写"));
    }
    let (form, _) = from_case::application_documents(&mut p.sim, &user, case)
        .map_err(super::documents::unavailable)?;
    Ok(Resp::html(sheet_page(case, &form)))
}

/// A multi-line text as paragraphs; blank lines dropped.
fn paragraphs(text: &str) -> Markup {
    html! {
        @for l in text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()) {
            p { (l) }
        }
    }
}

/// A label cell spanning `span` grid columns.
fn label(text: &str, span: usize) -> Markup {
    html! { th scope="row" colspan=(span) { (text) } }
}

/// A value cell spanning `span` grid columns.
fn value(text: &str, span: usize) -> Markup {
    html! { td colspan=(span) { (text) } }
}

/// 联系人 / 电话 / 手机, shared by the enterprise and the recommender, in the .docx's spans.
fn contact_row(contact: &str, phone: &str, mobile: &str) -> Markup {
    html! {
        tr {
            (label("联系人", LABEL)) (value(contact, 3))
            (label("电话", 2)) (value(phone, 6))
            (label("手机", 2)) (value(mobile, 5))
        }
    }
}

/// One line of 基本情况: its caption and the figure it reads from a year.
type FigureLine = (&'static str, fn(&FigureRow) -> &String);

/// 基本情况: five rows (年度 and four figures) by three years, 基本情况 spanning them all.
fn figure_rows(figures: &[FigureRow]) -> Markup {
    let lines: [FigureLine; 5] = [
        ("年度", |r| &r.year),
        ("资产总额（万元）", |r| &r.assets),
        ("销售收入（万元）", |r| &r.sales),
        ("利润总额（万元）", |r| &r.profit),
        ("从业人员（人）", |r| &r.employees),
    ];
    html! {
        @for (i, (caption, pick)) in lines.iter().enumerate() {
            tr {
                @if i == 0 {
                    th scope="rowgroup" rowspan=(lines.len()) colspan=(LABEL) { "基本情况" }
                }
                (label(caption, LABEL))
                @for y in 0..YEARS {
                    td.num colspan=(YEAR_SPAN) {
                        (figures.get(y).map(|r| pick(r).as_str()).unwrap_or_default())
                    }
                }
            }
        }
    }
}

/// A seal or signature line: what the seal service recorded (in red, like a stamp), or
/// an empty space for a wet seal or a handwritten signature.
fn seal_line(caption: &str, filled: &str) -> Markup {
    html! {
        @if filled.trim().is_empty() {
            p class="seal-line blank" { (caption) "：" span.seal-space {} }
        } @else {
            p.seal-line { (caption) "：" span.seal-mark { (filled) } }
        }
    }
}

fn date_line(date: &str) -> Markup {
    let date = if date.trim().is_empty() {
        BLANK_DATE
    } else {
        date
    };
    html! { p.sheet-date { (date) } }
}

/// The 推荐单位 part: unit, contacts, and the 推荐单位意见 box with its seal and date.
fn recommender_rows(rec: &RecommenderPart) -> Markup {
    html! {
        tr { (label("推荐单位", LABEL)) (value(&rec.unit, FULL)) }
        (contact_row(&rec.contact, &rec.phone, &rec.mobile))
        tr.opinion {
            (label("推荐单位意见", LABEL))
            td colspan=(FULL) {
                div.opinion-text { (paragraphs(&rec.opinion)) }
                (seal_line("推荐单位公章", &rec.seal))
                (date_line(&rec.signed_on))
            }
        }
    }
}

/// The whole grid of 附件1, in four groups that each stay on one sheet when they fit.
fn grid(doc: &ApplicationFormDoc) -> Markup {
    html! {
        table.sheet {
            colgroup { @for _ in 0..COLUMNS { col; } }
            tbody.part {
                tr { (label("申报企业", LABEL)) (value(&doc.enterprise_name, FULL)) }
                tr { (label("统一社会信用代码", LABEL)) (value(&doc.credit_code, FULL)) }
                tr {
                    (label("所属行业", LABEL)) (value(&doc.industry, 6))
                    (label("所在地区", 4)) (value(&doc.district, 8))
                }
                tr { (label("遴选方向", LABEL)) (value(&doc.direction, FULL)) }
                tr { (label("标杆名称", LABEL)) (value(&doc.benchmark_name, FULL)) }
                tr.intro {
                    (label("标杆简介", LABEL))
                    td colspan=(FULL) { (paragraphs(&doc.benchmark_intro)) }
                }
                tr {
                    (label("通讯地址", LABEL)) (value(&doc.address, 12))
                    (label("邮编", 2)) (value(&doc.postcode, 4))
                }
                (contact_row(&doc.contact, &doc.phone, &doc.mobile))
                tr {
                    (label("传真", LABEL)) (value(&doc.fax, 5))
                    (label("E-mail", 3)) (value(&doc.email, 10))
                }
            }
            tbody.part { (figure_rows(&doc.figures)) }
            tbody.part {
                tr.declaration {
                    td colspan=(COLUMNS) {
                        p.declaration-text { (crate::documents::declaration(&doc.year)) }
                        (seal_line("企业名称（公章）", &doc.enterprise_seal))
                        (seal_line("法人代表签字", &doc.legal_rep_signature))
                        (date_line(&doc.signed_on))
                    }
                }
            }
            tbody.part { (recommender_rows(&doc.recommender)) }
        }
    }
}

/// The page: a toolbar for the screen (back, 打印), then the sheet. It has no portal
/// header or navigation at all, so nothing of the portal reaches the paper.
fn sheet_page(case: &str, doc: &ApplicationFormDoc) -> String {
    let title = if doc.enterprise_name.trim().is_empty() {
        "质量标杆申报表".to_string()
    } else {
        format!("{}质量标杆申报表", doc.enterprise_name)
    };
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            (super::layout::head(&title, None))
            body.print-page {
                div.print-toolbar {
                    a.btn href={ "/case/" (percent_encode(case)) } { "返回事项" }
                    button type="button" class="btn primary" data-print { "打印" }
                    span.print-hint { "请以 A4 纵向打印；电子印章与签名按系统记录打印，未签章处留空供加盖实物印章。" }
                }
                main.form-sheet aria-label=(title) {
                    p.sheet-attachment { "附件1" }
                    h1.sheet-title { "质量标杆申报表" }
                    (grid(doc))
                }
                script src="/static/portal.js" {}
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ApplicationFormDoc {
        ApplicationFormDoc {
            year: "2026".into(),
            enterprise_name: "郑州<精工>机械有限公司".into(),
            credit_code: "91410102MA44XKQ7PB".into(),
            benchmark_intro: "第一段\n\n第二段".into(),
            figures: vec![FigureRow {
                year: "2023年".into(),
                assets: "12,500.50".into(),
                ..FigureRow::default()
            }],
            enterprise_seal: "已加盖电子印章（郑州精工机械有限公司，2026年3月16日）".into(),
            signed_on: "2026年3月16日".into(),
            ..ApplicationFormDoc::default()
        }
    }

    #[test]
    fn the_sheet_is_the_regulations_grid_escaped() {
        let html = sheet_page("app-2026-X", &sample());
        assert!(html.contains("郑州&lt;精工&gt;机械有限公司"), "escaped");
        assert!(!html.contains("<精工>"));
        for caption in [
            "附件1",
            "质量标杆申报表",
            "申报企业",
            "基本情况",
            "资产总额（万元）",
            "企业名称（公章）",
            "法人代表签字",
            "推荐单位意见",
            "推荐单位公章",
            "对2026年质量标杆活动",
        ] {
            assert!(html.contains(caption), "{caption}");
        }
        assert!(html.contains("<p>第一段</p><p>第二段</p>"), "paragraphs");
        assert!(html.contains(">12,500.50<"));
        // The recommender has not sealed: a blank box and a date to write by hand.
        assert!(html.contains("seal-line blank\">推荐单位公章"));
        assert!(html.contains(BLANK_DATE));
        assert!(html.contains("2026年3月16日"));
        // The case id appears only in the back link's address, never as text.
        assert_eq!(html.matches("app-2026-X").count(), 1);
        assert!(html.contains("href=\"/case/app-2026-X\""));
    }

    #[test]
    fn every_row_fills_the_twenty_four_columns() {
        let html = grid(&sample()).into_string();
        let body = html.split("</colgroup>").nth(1).unwrap_or_default();
        // Row by row, the spans add up to the grid; 基本情况's rowspan covers the label
        // columns of the four rows under 年度.
        for (i, row) in body.split("<tr").skip(1).enumerate() {
            let spans: usize = row
                .split("colspan=\"")
                .skip(1)
                .filter_map(|s| s.split('"').next()?.parse::<usize>().ok())
                .sum();
            let covered = if (10..14).contains(&i) { LABEL } else { 0 };
            assert_eq!(spans + covered, COLUMNS, "row {i}: {row}");
        }
    }
}
