//! 答辩、实地考察 (第九条), 公示异议 (第十条) and 撤销 (第十三条).

use super::super::builder::*;
use super::super::formats as fmt;
use super::super::ids;
use super::super::limits::*;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{FormDef, Section};

const REVISION: u32 = 1;
const PASS_FAIL: [(&str, &str); 2] = [("pass", "通过"), ("fail", "未通过")];

fn record_section(what: &str) -> Section {
    section(
        "record",
        &format!("{what}记录"),
        None,
        vec![
            date("date", &format!("{what}日期")).required(),
            multiline("participants", "参加人员")
                .required()
                .max_chars(NOTE_MAX),
            multiline("findings", &format!("{what}情况"))
                .required()
                .max_chars(FINDINGS_MAX),
            select("result", &format!("{what}结论"), &PASS_FAIL).required(),
            attachments("materials", &format!("{what}材料")),
        ],
    )
}

/// 答辩/实地考察的安排: what the enterprise is told (第九条, 附件2 四).
pub fn inspection_notice() -> FormDef {
    form(
        ids::INSPECTION_NOTICE,
        REVISION,
        "答辩/实地考察安排",
        Some("必要时组织现场答辩或实地考察（第九条）；安排随通知发给申报企业。"),
        vec![section(
            "arrangement",
            "安排",
            None,
            vec![
                select(
                    "kind",
                    "方式",
                    &[("defence", "现场答辩"), ("site-visit", "实地考察")],
                )
                .required(),
                date("date", "日期").required(),
                text("time", "时间")
                    .required()
                    .max_chars(TIME_MAX)
                    .help("如 09:30 或 上午9:30—11:30"),
                text("place", "地点").required().max_chars(ADDRESS_MAX),
                multiline("requirements", "准备要求")
                    .max_chars(NOTE_MAX)
                    .help("如答辩人员、汇报时长、需准备的材料（附件2 四）"),
            ],
        )],
    )
}

pub fn defence_record() -> FormDef {
    form(
        ids::DEFENCE_RECORD,
        REVISION,
        "现场答辩记录",
        Some("市工信局组织有关专家对企业申报材料进行评审，必要时组织答辩（第九条）。"),
        vec![record_section("答辩")],
    )
}

pub fn site_visit_record() -> FormDef {
    form(
        ids::SITE_VISIT_RECORD,
        REVISION,
        "实地考察记录",
        Some("现场答辩后，市工信局视需要对部分入围企业进行实地考察（第九条，附件2 四）。"),
        vec![record_section("考察")],
    )
}

pub fn objection() -> FormDef {
    form(
        ids::OBJECTION,
        REVISION,
        "公示异议",
        Some("公示期内对拟认定名单有异议的，应以实名方式提出（第十条）。"),
        vec![
            section(
                "objector",
                "异议人",
                Some("个人须填写居民身份证号码，单位须加盖公章，二者至少其一"),
                vec![
                    text("name", "异议人姓名或单位名称")
                        .required()
                        .max_chars(NAME_MAX),
                    text("contact", "联系电话")
                        .required()
                        .format(fmt::PHONE_OR_MOBILE),
                    text("id-number", "居民身份证号码").format(fmt::ID_NUMBER),
                    seal("organisation-seal", "单位公章"),
                ],
            ),
            section(
                "objection",
                "异议内容",
                None,
                vec![
                    text("target", "异议对象")
                        .required()
                        .max_chars(NAME_MAX)
                        .help("公示名单中的企业名称或申报编号"),
                    multiline("facts", "异议事实和理由")
                        .required()
                        .max_chars(REASON_MAX),
                    attachments("evidence", "证明材料"),
                ],
            ),
        ],
    )
}

pub fn objection_decision() -> FormDef {
    form(
        ids::OBJECTION_DECISION,
        REVISION,
        "异议处理决定",
        None,
        vec![section(
            "decision",
            "处理决定",
            None,
            vec![
                select(
                    "result",
                    "核查结论",
                    &[("upheld", "异议成立"), ("dismissed", "异议不成立")],
                )
                .required(),
                multiline("reason", "处理理由")
                    .required()
                    .max_chars(REASON_MAX),
            ],
        )],
    )
}

pub fn revocation() -> FormDef {
    let kinds = [
        ("quality", "质量重大责任事故"),
        ("safety", "安全重大责任事故"),
        ("environment", "环保重大责任事故"),
    ];
    form(
        ids::REVOCATION,
        REVISION,
        "撤销质量标杆称号",
        Some(
            "市质量标杆实行动态管理，对发生质量、安全、环保等方面重大责任事故的，撤销质量标杆称号（第十三条）。",
        ),
        vec![section(
            "revocation",
            "撤销事由",
            None,
            vec![
                select("reason-kind", "事故类别", &kinds).required(),
                multiline("reason", "撤销理由")
                    .required()
                    .max_chars(REASON_MAX),
                attachments("evidence", "事故认定材料")
                    .required()
                    .help("至少上传一份事故调查或认定材料"),
            ],
        )],
    )
}
