//! The regulation's paper, as files a person opens, prints and seals:
//!
//! - [`application_form_docx`]: 附件1 质量标杆申报表, in the bordered grid of the regulation;
//! - [`summary_materials_docx`]: 附件2 总结材料, in the format of 附件2 三;
//! - [`publicity_notice_docx`]: the 拟认定名单公示 with its period and objection rules;
//! - [`recognition_list_docx`]: the published 认定名单 under its document number;
//! - [`expert_ranking_xlsx`]: the expert ranking of a round as a spreadsheet.
//!
//! Every function takes plain structs of text already formatted for people (dates like
//! 2026年3月16日, Chinese labels, never internal ids), so this module does not move when
//! the WIT contract does. Seals and signatures arrive as the sentence to print in their
//! box (e.g. 已加盖电子印章（郑州精工机械有限公司，2026年3月16日）); an empty string
//! leaves the box blank for a wet seal.
//!
//! Fonts are named 宋体 and 黑体 (East Asian and Latin slots alike, so digits and Latin
//! letters match the Chinese text). A machine without them substitutes; for LibreOffice
//! on Debian `host-sim/data/fontconfig/fonts.conf` maps them to Noto CJK.

/// 附件1's declaration, word for word as the regulation has it, for the round's `year`:
/// the .docx and the portal's printable 申报表 both print it.
pub fn declaration(year: &str) -> String {
    format!(
        "本企业在诚信、质量、安全、环保等方面无违法行为和不良记录，对{}年质量标杆活动所提交的材料真实性负责。愿意进一步总结提炼实践经验，积极参与质量标杆学习实践交流活动，并为与其他企业分享创造条件，为提升我省（我市）质量管理水平做出贡献。",
        year.trim()
    )
}

mod application;
pub mod from_case;
mod lists;
mod materials;
mod ranking;
mod style;

#[cfg(test)]
mod pdf_tests;
#[cfg(test)]
mod tests;

pub use application::{ApplicationFormDoc, FigureRow, RecommenderPart, application_form_docx};
pub use lists::{
    ListEntry, PublicityNotice, RecognitionList, publicity_notice_docx, recognition_list_docx,
};
pub use materials::{SummaryMaterials, summary_materials_docx};
pub use ranking::{ExpertRanking, RankingRow, expert_ranking_xlsx};

/// A document that could not be produced. Writing into memory only fails on limits of
/// the file formats (e.g. a spreadsheet cell holds at most 32,767 characters), so the
/// message says which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentError(pub String);

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "文档生成失败：{}", self.0)
    }
}

impl std::error::Error for DocumentError {}
