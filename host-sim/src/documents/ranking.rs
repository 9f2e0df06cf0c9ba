//! The expert ranking of a round (第九条、第十条: the list is proposed from the expert
//! results) as a spreadsheet the bureau can sort, filter and print. Experts appear as
//! column labels the caller chooses (专家1 … or names), so the sheet can be shared
//! without identifying them.

use super::DocumentError;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// One application in the ranking.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RankingRow {
    /// 名次, 1 for the best.
    pub rank: u32,
    pub enterprise: String,
    /// 所在地区, e.g. 中原区.
    pub district: String,
    /// 遴选方向, e.g. 全面质量管理.
    pub direction: String,
    /// 标杆名称.
    pub benchmark_name: String,
    /// Each expert's total (0–60), in the order of [`ExpertRanking::expert_labels`];
    /// `None` where the expert recused or has not scored.
    pub expert_totals: Vec<Option<f64>>,
    /// 汇总得分, once aggregated.
    pub aggregate: Option<f64>,
    /// e.g. 拟认定, 未入选, 异议成立.
    pub status: String,
}

/// The ranking of one round.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExpertRanking {
    /// e.g. 2026年度郑州市质量标杆专家评审排名.
    pub title: String,
    /// Column headers of the experts, e.g. 专家1 … 专家5.
    pub expert_labels: Vec<String>,
    pub rows: Vec<RankingRow>,
    /// How the aggregate was formed, e.g. 去掉一个最高分和一个最低分后取平均; printed
    /// under the table when not empty.
    pub note: String,
}

/// Printed in place of a missing expert total.
const NOT_SCORED: &str = "—";

fn err(e: XlsxError) -> DocumentError {
    DocumentError(format!("写入xlsx失败（{e}）"))
}

/// Column width in Excel's character units: CJK characters are two units wide. Columns
/// are fitted to their longest text, between 6 and 40 units (long names wrap).
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| if (c as u32) < 0x2E80 { 1 } else { 2 })
        .sum()
}

/// 宋体, thin borders: the look of a printed 汇总表.
fn base() -> Format {
    Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_border(FormatBorder::Thin)
}

/// The expert ranking as .xlsx: title row, a frozen header row, one row per application.
pub fn expert_ranking_xlsx(r: &ExpertRanking) -> Result<Vec<u8>, DocumentError> {
    let mut headers: Vec<String> = ["名次", "企业名称", "所在地区", "遴选方向", "标杆名称"]
        .map(String::from)
        .to_vec();
    headers.extend(r.expert_labels.iter().cloned());
    headers.push("汇总得分".into());
    headers.push("状态".into());
    let last_col =
        u16::try_from(headers.len() - 1).map_err(|_| DocumentError("专家列数过多".into()))?;

    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("专家评审排名").map_err(err)?;
    let title = Format::new()
        .set_font_name("黑体")
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    sheet
        .merge_range(0, 0, 0, last_col, &r.title, &title)
        .map_err(err)?;
    sheet.set_row_height(0, 30).map_err(err)?;
    let head = base()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_background_color(0xDDEBF7);
    let mut widths: Vec<usize> = headers.iter().map(|h| display_width(h)).collect();
    for (col, h) in (0u16..).zip(&headers) {
        sheet
            .write_string_with_format(1, col, h, &head)
            .map_err(err)?;
    }
    let data_rows = write_rows(sheet, r, &mut widths)?;
    let last_row = 1 + data_rows;
    if !r.note.trim().is_empty() {
        sheet
            .merge_range(
                last_row + 1,
                0,
                last_row + 1,
                last_col,
                &r.note,
                &Format::new(),
            )
            .map_err(err)?;
    }
    for (col, w) in (0u16..).zip(&widths) {
        let width = (*w + 2).clamp(6, 40);
        sheet.set_column_width(col, width as f64).map_err(err)?;
    }
    sheet.set_freeze_panes(2, 2).map_err(err)?;
    sheet.autofilter(1, 0, last_row, last_col).map_err(err)?;
    sheet.set_repeat_rows(0, 1).map_err(err)?;
    // Printed on A4 landscape, all columns on one page width.
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    book.save_to_buffer().map_err(err)
}

/// Writes the data rows from row 2; returns how many.
fn write_rows(
    sheet: &mut Worksheet,
    r: &ExpertRanking,
    widths: &mut [usize],
) -> Result<u32, DocumentError> {
    let text = base()
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let centred = base().set_align(FormatAlign::Center);
    let score = base().set_num_format("0.00");
    let experts = r.expert_labels.len();
    let mut written = 0u32;
    for (row, item) in (2u32..).zip(&r.rows) {
        let texts = [
            &item.enterprise,
            &item.district,
            &item.direction,
            &item.benchmark_name,
        ];
        sheet
            .write_number_with_format(row, 0, f64::from(item.rank), &centred)
            .map_err(err)?;
        for (col, t) in (1u16..).zip(texts) {
            sheet
                .write_string_with_format(row, col, t, &text)
                .map_err(err)?;
            let w = &mut widths[usize::from(col)];
            *w = (*w).max(display_width(t));
        }
        for i in 0..experts {
            let col = u16::try_from(5 + i).map_err(|_| DocumentError("专家列数过多".into()))?;
            match item.expert_totals.get(i).copied().flatten() {
                Some(x) => sheet.write_number_with_format(row, col, x, &score),
                None => sheet.write_string_with_format(row, col, NOT_SCORED, &centred),
            }
            .map_err(err)?;
        }
        let agg_col =
            u16::try_from(5 + experts).map_err(|_| DocumentError("专家列数过多".into()))?;
        match item.aggregate {
            Some(x) => sheet.write_number_with_format(row, agg_col, x, &score.clone().set_bold()),
            None => sheet.write_string_with_format(row, agg_col, NOT_SCORED, &centred),
        }
        .map_err(err)?;
        sheet
            .write_string_with_format(row, agg_col + 1, &item.status, &centred)
            .map_err(err)?;
        let w = &mut widths[usize::from(agg_col) + 1];
        *w = (*w).max(display_width(&item.status));
        written += 1;
    }
    Ok(written)
}
