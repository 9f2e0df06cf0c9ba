//! 附件1 质量标杆申报表: the regulation's bordered grid, filled in, with the enterprise's
//! declaration, seal and signature boxes and the 推荐单位意见 with its seal box.

use super::DocumentError;
use super::style::{
    HEI, SONG, WU_HAO, XIAO_ER, a4, blank, body, cell, face, line, pack, paragraphs,
};
use docx_rs::{
    AlignmentType, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, VMergeType,
    WidthType,
};

/// What prints where no date is given: room for a handwritten one.
const BLANK_DATE: &str = "年　　月　　日";

/// One year of 基本情况, every figure already formatted (e.g. "12,500.50").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureRow {
    /// e.g. "2025年".
    pub year: String,
    pub assets: String,
    pub sales: String,
    pub profit: String,
    pub employees: String,
}

/// The district office's part (推荐单位); all empty for a blank box.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecommenderPart {
    /// 推荐单位, e.g. 中原区工业和信息化局.
    pub unit: String,
    pub contact: String,
    pub phone: String,
    pub mobile: String,
    /// 推荐单位意见; several paragraphs separated by newlines.
    pub opinion: String,
    /// What to print in the 推荐单位公章 box.
    pub seal: String,
    /// e.g. 2026年4月2日.
    pub signed_on: String,
}

/// 附件1 质量标杆申报表, as people read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationFormDoc {
    /// The round's year, e.g. "2026", for the declaration.
    pub year: String,
    pub enterprise_name: String,
    pub credit_code: String,
    /// 所属行业, e.g. 汽车和装备制造.
    pub industry: String,
    /// 所在地区, e.g. 中原区.
    pub district: String,
    /// 遴选方向, e.g. 全面质量管理.
    pub direction: String,
    pub benchmark_name: String,
    pub benchmark_intro: String,
    pub address: String,
    pub postcode: String,
    pub contact: String,
    pub phone: String,
    pub mobile: String,
    pub fax: String,
    pub email: String,
    /// 基本情况: up to three years, oldest first.
    pub figures: Vec<FigureRow>,
    /// What to print in the 企业名称（公章） box.
    pub enterprise_seal: String,
    /// What to print in the 法人代表签字 box.
    pub legal_rep_signature: String,
    /// Date under the declaration, e.g. 2026年3月16日.
    pub signed_on: String,
    pub recommender: RecommenderPart,
}

/// The grid: 24 columns of 368 twips (8,832 twips, the text width of the page). Labels
/// take 6 columns so that 统一社会信用代码 fits on one line in 五号.
const COLUMNS: usize = 24;
const COLUMN: usize = 368;
const LABEL: usize = 6;
/// Rows are at least this high (twips), like the ruled form; with the boxes below, the
/// filled form fits on one A4 page.
const ROW_HEIGHT: f32 = 460.0;
const INTRO_HEIGHT: f32 = 1300.0;
const OPINION_HEIGHT: f32 = 1900.0;
const YEARS: usize = 3;

fn text(s: &str, align: AlignmentType) -> Vec<Paragraph> {
    paragraphs(s)
        .map(|p| line(p, face(SONG, WU_HAO), align))
        .collect()
}

/// A label cell (centred) and a value cell (left), by grid span.
fn label(s: &str, span: usize) -> TableCell {
    cell(text(s, AlignmentType::Center), span, span * COLUMN)
}

fn value(s: &str, span: usize) -> TableCell {
    cell(text(s, AlignmentType::Left), span, span * COLUMN)
}

fn row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells)
        .row_height(ROW_HEIGHT)
        .height_rule(HeightRule::AtLeast)
}

/// A row of 联系人 / 电话 / 手机, shared by the enterprise and the recommender.
fn contact_row(contact: &str, phone: &str, mobile: &str) -> TableRow {
    row(vec![
        label("联系人", LABEL),
        value(contact, 3),
        label("电话", 2),
        value(phone, 6),
        label("手机", 2),
        value(mobile, 5),
    ])
}

/// A sealing block: text, then the seal/signature lines and the date at the right.
fn sealed_block(lead: Vec<Paragraph>, boxes: &[(&str, &str)], date: &str) -> Vec<Paragraph> {
    let small = face(SONG, WU_HAO);
    let mut ps = lead;
    ps.push(blank(small));
    for (caption, filled) in boxes {
        ps.push(
            line(&format!("{caption}：{filled}"), small, AlignmentType::Left).indent(
                Some(1800),
                None,
                None,
                None,
            ),
        );
        if filled.trim().is_empty() {
            // Room for a wet seal or a handwritten signature.
            ps.push(blank(small));
            ps.push(blank(small));
        }
    }
    ps.push(blank(small));
    let date = if date.trim().is_empty() {
        BLANK_DATE
    } else {
        date
    };
    ps.push(line(date, small, AlignmentType::Right).indent(None, None, Some(400), None));
    ps
}

fn figure_rows(doc: &ApplicationFormDoc) -> Result<Vec<TableRow>, DocumentError> {
    if doc.figures.len() > YEARS {
        return Err(DocumentError(format!(
            "基本情况最多{YEARS}个年度，收到{}个",
            doc.figures.len()
        )));
    }
    let pick = |f: fn(&FigureRow) -> &String| -> Vec<String> {
        (0..YEARS)
            .map(|i| doc.figures.get(i).map(f).cloned().unwrap_or_default())
            .collect()
    };
    let lines: [(&str, Vec<String>); 5] = [
        ("年度", pick(|r| &r.year)),
        ("资产总额（万元）", pick(|r| &r.assets)),
        ("销售收入（万元）", pick(|r| &r.sales)),
        ("利润总额（万元）", pick(|r| &r.profit)),
        ("从业人员（人）", pick(|r| &r.employees)),
    ];
    let year_span = (COLUMNS - 2 * LABEL) / YEARS;
    Ok(lines
        .into_iter()
        .enumerate()
        .map(|(i, (caption, values))| {
            let merge = if i == 0 {
                VMergeType::Restart
            } else {
                VMergeType::Continue
            };
            let head = if i == 0 {
                label("基本情况", LABEL)
            } else {
                cell(vec![Paragraph::new()], LABEL, LABEL * COLUMN)
            };
            let mut cells = vec![head.vertical_merge(merge), label(caption, LABEL)];
            cells.extend(values.iter().map(|v| {
                cell(
                    text(v, AlignmentType::Center),
                    year_span,
                    year_span * COLUMN,
                )
            }));
            row(cells)
        })
        .collect())
}

/// 附件1 质量标杆申报表 as .docx (A4 portrait).
pub fn application_form_docx(doc: &ApplicationFormDoc) -> Result<Vec<u8>, DocumentError> {
    let rec = &doc.recommender;
    let full = COLUMNS - LABEL;
    let mut rows = vec![
        row(vec![
            label("申报企业", LABEL),
            value(&doc.enterprise_name, full),
        ]),
        row(vec![
            label("统一社会信用代码", LABEL),
            value(&doc.credit_code, full),
        ]),
        row(vec![
            label("所属行业", LABEL),
            value(&doc.industry, 6),
            label("所在地区", 4),
            value(&doc.district, 8),
        ]),
        row(vec![label("遴选方向", LABEL), value(&doc.direction, full)]),
        row(vec![
            label("标杆名称", LABEL),
            value(&doc.benchmark_name, full),
        ]),
        row(vec![
            label("标杆简介", LABEL),
            cell(
                paragraphs(&doc.benchmark_intro)
                    .map(|p| body(p, face(SONG, WU_HAO)))
                    .collect(),
                full,
                full * COLUMN,
            ),
        ])
        .row_height(INTRO_HEIGHT),
        row(vec![
            label("通讯地址", LABEL),
            value(&doc.address, 12),
            label("邮编", 2),
            value(&doc.postcode, 4),
        ]),
        contact_row(&doc.contact, &doc.phone, &doc.mobile),
        row(vec![
            label("传真", LABEL),
            value(&doc.fax, 5),
            label("E-mail", 3),
            value(&doc.email, 10),
        ]),
    ];
    rows.extend(figure_rows(doc)?);
    let declaration = super::declaration(&doc.year);
    rows.push(TableRow::new(vec![cell(
        sealed_block(
            vec![body(&declaration, face(SONG, WU_HAO))],
            &[
                ("企业名称（公章）", &doc.enterprise_seal),
                ("法人代表签字", &doc.legal_rep_signature),
            ],
            &doc.signed_on,
        ),
        COLUMNS,
        COLUMNS * COLUMN,
    )]));
    rows.push(row(vec![label("推荐单位", LABEL), value(&rec.unit, full)]));
    rows.push(contact_row(&rec.contact, &rec.phone, &rec.mobile));
    let opinion = paragraphs(&rec.opinion)
        .map(|p| body(p, face(SONG, WU_HAO)))
        .collect();
    rows.push(
        row(vec![
            label("推荐单位意见", LABEL),
            cell(
                sealed_block(opinion, &[("推荐单位公章", &rec.seal)], &rec.signed_on),
                full,
                full * COLUMN,
            ),
        ])
        .row_height(OPINION_HEIGHT),
    );
    let table = Table::new(rows)
        .set_grid(vec![COLUMN; COLUMNS])
        .layout(TableLayoutType::Fixed)
        .width(COLUMNS * COLUMN, WidthType::Dxa);
    let docx = a4()
        .add_paragraph(line(
            "质量标杆申报表",
            face(HEI, XIAO_ER),
            AlignmentType::Center,
        ))
        .add_paragraph(blank(face(SONG, WU_HAO)))
        .add_table(table);
    pack(docx)
}
