//! 附件2 总结材料 in the format of 附件2 三: A4 portrait; the title 黑体 小二 centred;
//! “摘要” 宋体 四号 bold centred; 摘要 and body 宋体 小四, single line spacing. The body
//! follows the parts of 附件2 一 (三)–(五), numbered 一、二、三 as section headings.

use super::DocumentError;
use super::style::{
    HEI, SI_HAO, SONG, XIAO_ER, XIAO_SI, a4, blank, body, face, line, pack, paragraphs,
};
use docx_rs::{AlignmentType, Footer, PageNum, Paragraph};

/// The 总结材料 of one application, as the enterprise wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SummaryMaterials {
    /// 质量标杆名称, the article's title.
    pub title: String,
    /// 摘要.
    pub summary: String,
    /// 企业概况.
    pub profile: String,
    /// 管理方法（技术）的推进实施与运行.
    pub implementation: String,
    /// 管理方法（技术）的实施效果.
    pub results: String,
}

/// Section headings of the body, in 附件2 order.
pub const HEADINGS: [&str; 3] = [
    "一、企业概况",
    "二、管理方法（技术）的推进实施与运行",
    "三、管理方法（技术）的实施效果",
];

/// Body paragraphs of a text; blank input lines are dropped (spacing comes from the
/// layout, not from empty paragraphs).
fn body_of(text: &str) -> impl Iterator<Item = Paragraph> + '_ {
    paragraphs(text)
        .filter(|p| !p.trim().is_empty())
        .map(|p| body(p.trim(), face(SONG, XIAO_SI)))
}

/// 总结材料 as .docx.
pub fn summary_materials_docx(m: &SummaryMaterials) -> Result<Vec<u8>, DocumentError> {
    let text = face(SONG, XIAO_SI);
    // Headings are not specified by 附件2 三; 黑体 at body size sets them apart without
    // changing the body's size.
    let heading = face(HEI, XIAO_SI);
    let page_number = Footer::new().add_paragraph(
        Paragraph::new()
            .add_page_num(PageNum::new())
            .align(AlignmentType::Center)
            .size(XIAO_SI),
    );
    let mut docx = a4()
        .footer(page_number)
        .add_paragraph(line(&m.title, face(HEI, XIAO_ER), AlignmentType::Center))
        .add_paragraph(blank(text))
        .add_paragraph(line(
            "摘要",
            face(SONG, SI_HAO).bold(),
            AlignmentType::Center,
        ));
    for p in body_of(&m.summary) {
        docx = docx.add_paragraph(p);
    }
    for (title, content) in HEADINGS
        .iter()
        .zip([&m.profile, &m.implementation, &m.results])
    {
        docx = docx
            .add_paragraph(blank(text))
            .add_paragraph(body(title, heading));
        for p in body_of(content) {
            docx = docx.add_paragraph(p);
        }
    }
    pack(docx)
}
