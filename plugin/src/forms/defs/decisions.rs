//! Forms of the city bureau's later decisions: 拟认定名单, 发文公布, the provincial link
//! (第十一条) and 转办.

use super::super::builder::*;
use super::super::formats as fmt;
use super::super::ids;
use super::super::limits::*;
use super::application;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{FieldDef, FormDef, Section};

const REVISION: u32 = 1;

pub fn proposed_list() -> FormDef {
    form(
        ids::PROPOSED_LIST,
        REVISION,
        "拟认定名单",
        Some(
            "根据专家评审结果，市工信局提出拟认定的市级质量标杆名单（第十条）。按综合得分从高到低取前若干名；答辩或实地考察未通过的不列入。",
        ),
        vec![section(
            "list",
            "名单规则",
            None,
            vec![
                number("count", "拟认定数量")
                    .required()
                    .min(1.0)
                    .format(fmt::INTEGER)
                    .unit("家"),
                number("min-score", "最低综合得分")
                    .range(0.0, MAX_TOTAL_SCORE)
                    .unit("分")
                    .help("可选：低于该分数的不列入"),
            ],
        )],
    )
}

pub fn publication() -> FormDef {
    form(
        ids::PUBLICATION,
        REVISION,
        "发文公布",
        Some("公示无异议后正式确定郑州市质量标杆名单并发文公布，予以授牌（第十条）。"),
        vec![section(
            "document",
            "公布文件",
            None,
            vec![
                text("document-number", "文号")
                    .required()
                    .max_chars(DOCUMENT_NUMBER_MAX)
                    .help("如：郑工信〔2026〕35号"),
                date("publish-date", "发文日期").required(),
                seal("bureau-seal", "市工信局公章").required(),
            ],
        )],
    )
}

/// 省级申报企业登记: the provincial reference, and the 附件1 data the applicant brings
/// from the provincial round, as the 申报表's own field definitions for `year` (the three
/// years of 基本情况 follow it). The province has checked the form already: only the
/// fields that identify the enterprise stay required here; what it files becomes the
/// application's 申报表 (`provincial::import`).
pub fn provincial_import(year: u16) -> FormDef {
    let application = application::application_form(year);
    // The 申报表's definitions of `ids`; required only where `keep_required`.
    let pick = |ids: &[&str], keep_required: bool| -> Vec<FieldDef> {
        ids.iter()
            .filter_map(|want| {
                let mut f = application
                    .sections
                    .iter()
                    .flat_map(|s| &s.fields)
                    .find(|f| f.id == *want)?
                    .clone();
                f.required &= keep_required;
                Some(f)
            })
            .collect()
    };
    let part = |id: &str, title: &str, ids: &[&str]| Section {
        id: id.into(),
        title: title.into(),
        help: None,
        fields: pick(ids, false),
    };
    let mut provincial = section(
        "provincial",
        "省级申报信息",
        None,
        vec![
            text("provincial-ref", "省级申报编号")
                .required()
                .max_chars(DOCUMENT_NUMBER_MAX),
        ],
    );
    provincial
        .fields
        .extend(pick(&["enterprise-name", "credit-code", "district"], true));
    form(
        ids::PROVINCIAL_IMPORT,
        // 2: the 附件1 fields of the provincial applicant.
        2,
        "省级申报企业登记",
        Some(
            "同一年度内，推荐申报河南省质量标杆的企业视为一并申报郑州市质量标杆，不再提交市级申报材料（第十一条）。其省级申报表（附件1）随本表登记，作为该企业的申报表。",
        ),
        vec![
            provincial,
            part(
                "benchmark",
                "质量标杆",
                &["industry", "direction", "benchmark-name", "benchmark-intro"],
            ),
            part(
                "contact",
                "联系方式",
                &[
                    "address", "postcode", "contact", "phone", "mobile", "fax", "email",
                ],
            ),
            part("figures", "基本情况", &["basic-figures"]),
            part(
                "conditions",
                "申报条件",
                &["independent-legal-entity", "quality-system", "commitment"],
            ),
        ],
    )
}

pub fn provincial_recommendation() -> FormDef {
    form(
        ids::PROVINCIAL_RECOMMENDATION,
        REVISION,
        "推荐申报河南省质量标杆",
        Some(
            "认定为郑州市质量标杆的企业，择优推荐申报河南省质量标杆（第十一条）。按综合得分从高到低推荐。",
        ),
        vec![section(
            "recommendation",
            "推荐",
            None,
            vec![
                number("count", "推荐数量")
                    .required()
                    .min(1.0)
                    .format(fmt::INTEGER)
                    .unit("家"),
            ],
        )],
    )
}

pub fn delegation() -> FormDef {
    form(
        ids::DELEGATION,
        REVISION,
        "转办",
        Some("将本单位的待办事项转交同一单位的其他同事办理。"),
        vec![section(
            "delegate",
            "转办",
            None,
            vec![text("assignee", "接办人用户名").required().max_chars(64)],
        )],
    )
}
