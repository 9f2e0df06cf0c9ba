//! The two public lists of 第十条: the 拟认定名单 put up for 公示 (with its period and how
//! to object), and the 认定名单 published under a document number. 公开透明 (第三条):
//! both say on what basis the list was drawn up and where to turn.

use super::DocumentError;
use super::style::{
    HEI, SAN_HAO, SONG, TEXT_WIDTH, WU_HAO, XIAO_ER, XIAO_SI, a4, blank, body, cell, face, line,
    pack, run,
};
use docx_rs::{
    AlignmentType, BorderType, Docx, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders,
    Table, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

/// One enterprise on a list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListEntry {
    pub enterprise: String,
    /// 标杆名称.
    pub benchmark_name: String,
    /// 所在地区, e.g. 中原区.
    pub district: String,
    /// 遴选方向, e.g. 全面质量管理.
    pub direction: String,
    /// 牌匾编号; empty on the 公示 list.
    pub plaque_number: String,
}

/// 拟认定名单公示.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicityNotice {
    /// e.g. "2026".
    pub year: String,
    /// In the order of the expert ranking.
    pub entries: Vec<ListEntry>,
    /// First and last day of 公示, e.g. 2026年6月1日 and 2026年6月5日.
    pub period_start: String,
    pub period_end: String,
    /// Length in working days (第十条 “按规定进行公示”; 5 is usual).
    pub working_days: u32,
    /// Where written objections go, e.g. 郑州市工业和信息化局质量发展处.
    pub objection_office: String,
    pub contact_person: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    /// Where objections can also be filed online (e.g. the portal's address); may be empty.
    pub online_channel: String,
    /// 郑州市工业和信息化局.
    pub issuer: String,
    /// e.g. 2026年5月29日.
    pub issued_on: String,
}

/// 认定名单, published under a document number (发文公布, 授牌).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecognitionList {
    /// e.g. 郑工信〔2026〕35号.
    pub document_number: String,
    pub year: String,
    /// In rank order, with 牌匾编号.
    pub entries: Vec<ListEntry>,
    /// The 公示 that preceded it, e.g. 2026年6月1日至6月5日.
    pub publicity_period: String,
    pub issuer: String,
    /// What to print at the issuer's seal, e.g. 已加盖电子印章（郑州市工业和信息化局，2026年6月10日）.
    pub seal: String,
    pub issued_on: String,
}

/// 公文 body text: 宋体 三号 is too large for a list with a table; 小四 keeps the list
/// on few pages and matches the 总结材料.
const TEXT: super::style::Face = face(SONG, XIAO_SI);

/// Column widths in twips (序号, 企业名称, 标杆名称, 所在地区, last), each adding up to
/// the text width: the headers, 遴选方向 (新一代信息技术, 7 characters) and a 牌匾编号
/// (郑质标〔2026〕001号) fit on one line in 五号.
const WIDTHS_DIRECTION: [usize; 5] = [700, 2300, 3044, 1100, 1700];
const WIDTHS_PLAQUE: [usize; 5] = [700, 2000, 2644, 1100, 2400];
const _: () = assert!(
    WIDTHS_DIRECTION[0]
        + WIDTHS_DIRECTION[1]
        + WIDTHS_DIRECTION[2]
        + WIDTHS_DIRECTION[3]
        + WIDTHS_DIRECTION[4]
        == TEXT_WIDTH
        && WIDTHS_PLAQUE[0]
            + WIDTHS_PLAQUE[1]
            + WIDTHS_PLAQUE[2]
            + WIDTHS_PLAQUE[3]
            + WIDTHS_PLAQUE[4]
            == TEXT_WIDTH
);

fn list_table(entries: &[ListEntry], with_plaque: bool) -> Table {
    let widths = if with_plaque {
        WIDTHS_PLAQUE
    } else {
        WIDTHS_DIRECTION
    };
    let last = if with_plaque {
        "牌匾编号"
    } else {
        "遴选方向"
    };
    let head = ["序号", "企业名称", "标杆名称", "所在地区", last];
    let small = face(SONG, WU_HAO);
    let row = |texts: [&str; 5], bold: bool| {
        let f = if bold { small.bold() } else { small };
        TableRow::new(
            texts
                .iter()
                .zip(widths)
                .map(|(t, w)| cell(vec![line(t, f, AlignmentType::Center)], 1, w))
                .collect(),
        )
    };
    let mut rows = vec![row(head, true)];
    for (i, e) in entries.iter().enumerate() {
        let n = (i + 1).to_string();
        let last = if with_plaque {
            &e.plaque_number
        } else {
            &e.direction
        };
        rows.push(row(
            [&n, &e.enterprise, &e.benchmark_name, &e.district, last],
            false,
        ));
    }
    Table::new(rows)
        // Narrow cell padding (3 pt) so that the short headers stay on one line.
        .margins(TableCellMargins::new().margin(0, 60, 0, 60))
        .set_grid(widths.to_vec())
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// Issuer and date at the bottom right.
fn signature(docx: Docx, issuer: &str, seal: &str, date: &str) -> Docx {
    let right = |s: &str| line(s, TEXT, AlignmentType::Right).indent(None, None, Some(480), None);
    let mut docx = docx.add_paragraph(blank(TEXT)).add_paragraph(right(issuer));
    if !seal.trim().is_empty() {
        docx = docx.add_paragraph(right(seal));
    }
    docx.add_paragraph(right(date))
}

/// 拟认定名单公示 as .docx.
pub fn publicity_notice_docx(n: &PublicityNotice) -> Result<Vec<u8>, DocumentError> {
    let year = n.year.trim();
    let mut texts = vec![
        format!(
            "根据《郑州市质量标杆认定管理办法》，经企业自愿申报、各开发区、区县（市）工信部门审核推荐、专家评审，拟认定以下{}家企业的典型经验为{year}年度郑州市质量标杆，现予以公示。",
            n.entries.len()
        ),
        format!(
            "公示期：{}至{}（{}个工作日）。",
            n.period_start, n.period_end, n.working_days
        ),
        format!(
            "公示期间，任何单位和个人对拟认定名单有异议的，请在公示期内以书面形式向{}实名提出，并提供必要的证明材料。单位提出异议的，应加盖本单位公章，写明联系人和联系方式；个人提出异议的，应签署真实姓名，写明联系方式。匿名异议、超出公示期提出的异议不予受理。",
            n.objection_office
        ),
    ];
    if !n.online_channel.trim().is_empty() {
        texts.push(format!(
            "异议也可通过{}在线实名提交，并上传证明材料。",
            n.online_channel
        ));
    }
    texts.push(format!(
        "联系人：{}；联系电话：{}；电子邮箱：{}；通讯地址：{}。",
        n.contact_person, n.phone, n.email, n.address
    ));
    let mut docx = a4()
        .add_paragraph(line(
            &format!("关于{year}年度郑州市质量标杆拟认定名单的公示"),
            face(HEI, XIAO_ER),
            AlignmentType::Center,
        ))
        .add_paragraph(blank(TEXT));
    for t in &texts {
        docx = docx.add_paragraph(body(t, TEXT));
    }
    docx = docx
        .add_paragraph(blank(TEXT))
        .add_paragraph(line(
            &format!("{year}年度郑州市质量标杆拟认定名单"),
            face(HEI, XIAO_SI),
            AlignmentType::Center,
        ))
        .add_table(list_table(&n.entries, false));
    pack(signature(docx, &n.issuer, "", &n.issued_on))
}

/// 认定名单 as .docx, with the document number under the issuer's red header.
pub fn recognition_list_docx(l: &RecognitionList) -> Result<Vec<u8>, DocumentError> {
    let year = l.year.trim();
    let red_rule = ParagraphBorders::with_empty().set(
        ParagraphBorder::new(ParagraphBorderPosition::Bottom)
            .val(BorderType::Single)
            .size(12)
            .space(4)
            .color("C00000"),
    );
    let mut number = line(&l.document_number, TEXT, AlignmentType::Center);
    number.property = number.property.set_borders(red_rule);
    let header = docx_rs::Paragraph::new()
        .add_run(run(&format!("{}文件", l.issuer), face(HEI, 52)).color("C00000"))
        .align(AlignmentType::Center);
    let texts = [
        format!(
            "根据《郑州市质量标杆认定管理办法》，经企业自愿申报、各开发区、区县（市）工信部门审核推荐、专家评审，并经社会公示（{}）无异议，认定以下{}家企业的典型经验为{year}年度郑州市质量标杆，予以授牌。",
            l.publicity_period,
            l.entries.len()
        ),
        "希望获评企业珍惜荣誉，持续深化先进质量管理方法的应用，积极参与质量标杆典型经验分享交流活动，发挥示范引领作用。各开发区、区县（市）工信部门要做好宣传推广和跟踪管理工作。市质量标杆实行动态管理，对发生质量、安全、环保等方面重大责任事故的，撤销质量标杆称号。".to_string(),
    ];
    let mut docx = a4()
        .add_paragraph(header)
        .add_paragraph(blank(TEXT))
        .add_paragraph(number)
        .add_paragraph(blank(TEXT))
        .add_paragraph(line(
            &format!("关于公布{year}年度郑州市质量标杆名单的通知"),
            face(HEI, XIAO_ER),
            AlignmentType::Center,
        ))
        .add_paragraph(blank(TEXT))
        .add_paragraph(line(
            "各开发区、区县（市）工信部门，各有关企业：",
            TEXT,
            AlignmentType::Left,
        ));
    for t in &texts {
        docx = docx.add_paragraph(body(t, TEXT));
    }
    docx = signature(docx, &l.issuer, &l.seal, &l.issued_on)
        .add_paragraph(blank(TEXT))
        .add_paragraph(line(
            &format!("{year}年度郑州市质量标杆名单"),
            face(HEI, SAN_HAO),
            AlignmentType::Center,
        ))
        .add_paragraph(blank(TEXT))
        .add_table(list_table(&l.entries, true));
    pack(docx)
}
