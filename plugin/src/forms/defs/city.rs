//! Forms of the city bureau and the districts: 年度批次, 推荐单位意见, 形式审查,
//! 专家评分表 and 回避声明 (第四条, 第九条, 第十一条).

use super::super::builder::*;
use super::super::formats as fmt;
use super::super::ids;
use super::super::limits::*;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::FormDef;

const REVISION: u32 = 1;

pub fn batch_config() -> FormDef {
    let panel_help = format!("{}至{}人，一般为{}人", PANEL_MIN, PANEL_MAX, PANEL_DEFAULT);
    form(
        ids::BATCH_CONFIG,
        REVISION,
        "年度申报批次设置",
        Some(
            "市质量标杆认定工作每年组织一次，原则上和河南省质量标杆推荐申报工作同步进行（第十一条）。",
        ),
        vec![section(
            "batch",
            "批次",
            None,
            vec![
                number("year", "年度")
                    .required()
                    .range(FIRST_YEAR, LAST_YEAR)
                    .format(fmt::INTEGER),
                multi_select("directions", "遴选方向", &DIRECTIONS)
                    .required()
                    .help("市质量标杆遴选方向可根据年度工作重点进行适时调整和补充（第五条）"),
                multi_select("key-industries", "重点行业", &KEY_INDUSTRIES).required(),
                date("application-deadline", "企业申报截止日期").required(),
                date("district-deadline", "区县推荐截止日期")
                    .required()
                    .help("不早于企业申报截止日期"),
                number("panel-size", "评审专家人数")
                    .required()
                    .range(PANEL_MIN, PANEL_MAX)
                    .format(fmt::INTEGER)
                    .unit("人")
                    .help(&panel_help),
                number("publicity-days", "公示期")
                    .required()
                    .min(PUBLICITY_MIN_DAYS)
                    .format(fmt::INTEGER)
                    .unit("个工作日")
                    .help("不少于5个工作日"),
                number("district-quota", "每个区县推荐名额")
                    .min(0.0)
                    .format(fmt::INTEGER)
                    .unit("家")
                    .help("不填或填0表示不限名额"),
            ],
        )],
    )
}

pub fn district_opinion() -> FormDef {
    form(
        ids::DISTRICT_OPINION,
        REVISION,
        "推荐单位意见",
        Some("各开发区、区县（市）对企业申报材料进行审查核实，择优向市工信局推荐（第九条）。"),
        vec![section(
            "recommender",
            "推荐单位",
            None,
            vec![
                text("recommender-contact", "联系人")
                    .required()
                    .max_chars(PERSON_MAX),
                text("recommender-phone", "电话")
                    .required()
                    .format(fmt::PHONE),
                text("recommender-mobile", "手机")
                    .required()
                    .format(fmt::MOBILE),
                multiline("opinion", "推荐单位意见")
                    .required()
                    .max_chars(OPINION_MAX),
                number("rank", "本地区推荐排序")
                    .min(1.0)
                    .format(fmt::INTEGER)
                    .help("本地区推荐的多家企业之间的排序，1为最优先"),
                seal("district-seal", "推荐单位公章").required(),
            ],
        )],
    )
}

pub fn formal_check() -> FormDef {
    form(
        ids::FORMAL_CHECK,
        REVISION,
        "形式审查",
        Some("市工信局对推荐材料的完整性、规范性进行审查。"),
        vec![section(
            "check",
            "审查结论",
            None,
            vec![
                select(
                    "result",
                    "审查结论",
                    &[("accept", "受理"), ("return", "退回")],
                )
                .required(),
                multiline("note", "审查说明")
                    .max_chars(NOTE_MAX)
                    .help("退回时必须说明理由"),
            ],
        )],
    )
}

const INNOVATION_1: &str = "所应用的管理方法（技术）符合科学规律，符合质量管理基本规律和发展趋势。";
const INNOVATION_2: &str =
    "所借鉴的管理方法能结合企业实际进行应用，并具有创新性；或是企业结合实际独创且有效的管理方法。";
const SYSTEM_1: &str =
    "典型经验应是企业实践多年的成熟方法，逻辑清晰，内容完整，能展示对该管理方法的系统性应用情况。";
const SYSTEM_2: &str =
    "典型经验对关键环节重点说明，包括从中获得的经验或教训，特色和亮点鲜明，具有示范性。";
const EFFECT_1: &str = "有充分的数据和事实说明，通过应用该管理方法，企业的质量和效益水平得到明显提升。利用与竞争对手和标杆的对比数据，说明在同行业中处于领先水平。";
const EFFECT_2: &str = "有明确的证据表明，应用该管理方法提升企业质量管控能力的典型经验，在同行业具有普遍适用性和可借鉴性。";

fn score(id: &str, label: &str, criterion: &str) -> F {
    number(id, label)
        .required()
        .range(0.0, MAX_ITEM_SCORE)
        .format(fmt::ONE_DECIMAL)
        .unit("分")
        .help(criterion)
}

pub fn score_sheet() -> FormDef {
    let help = format!(
        "按第七条认定标准逐项评分，每项0至{}分，可保留一位小数，满分{}分。",
        MAX_ITEM_SCORE,
        MAX_ITEM_SCORE * SCORE_ITEMS.len() as f64
    );
    form(
        ids::SCORE_SHEET,
        REVISION,
        "专家评分表",
        Some(&help),
        vec![
            section(
                "innovation",
                "（一）科学性和创新性",
                None,
                vec![
                    score("innovation-1", "科学性", INNOVATION_1),
                    score("innovation-2", "创新性", INNOVATION_2),
                ],
            ),
            section(
                "system",
                "（二）系统性和示范性",
                None,
                vec![
                    score("system-1", "系统性", SYSTEM_1),
                    score("system-2", "示范性", SYSTEM_2),
                ],
            ),
            section(
                "effect",
                "（三）显效性和发展性",
                None,
                vec![
                    score("effect-1", "显效性", EFFECT_1),
                    score("effect-2", "发展性", EFFECT_2),
                ],
            ),
            section(
                "comments",
                "评审意见",
                None,
                vec![
                    multiline("comments", "评审意见")
                        .required()
                        .max_chars(COMMENTS_MAX),
                ],
            ),
        ],
    )
}

pub fn conflict_declaration() -> FormDef {
    form(
        ids::CONFLICT_DECLARATION,
        REVISION,
        "评审专家回避声明",
        None,
        vec![section(
            "conflict",
            "利益冲突",
            None,
            vec![
                statement(
                    "guide",
                    "说明",
                    "与申报企业存在任职、投资、亲属、近三年合作或其他可能影响公正评审的关系的，应当申请回避。",
                ),
                checkbox("has-conflict", "本人与该申报企业存在利益冲突，申请回避"),
                multiline("reason", "回避理由")
                    .required()
                    .max_chars(NOTE_MAX)
                    .visible_when("has-conflict", &["true"]),
            ],
        )],
    )
}
