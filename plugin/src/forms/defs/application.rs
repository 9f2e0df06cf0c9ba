//! 附件1 质量标杆申报表 (enterprise part) and 附件2 申报材料.

use super::super::builder::*;
use super::super::formats as fmt;
use super::super::ids;
use super::super::limits::*;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::FormDef;
use crate::district::DISTRICTS;

const REVISION: u32 = 1;

/// 附件1's declaration; `202X` is replaced by the batch year.
pub const DECLARATION: &str = "本企业在诚信、质量、安全、环保等方面无违法行为和不良记录，对202X年质量标杆活动所提交的材料真实性负责。愿意进一步总结提炼实践经验，积极参与质量标杆学习实践交流活动，并为与其他企业分享创造条件，为提升我省（我市）质量管理水平做出贡献。";

/// 附件2 三: the format rules of the 总结材料, for the document export.
pub const MATERIALS_FORMAT_RULES: &str = "总结材料应采用 A4 幅面纵向编辑。文章标题为黑体小二号居中，“摘要”二字宋体四号字居中加粗，摘要及正文均为宋体小四号字，单倍行距。附表标题放置附表上方居中，插图标题放置插图下方居中，图表按类别统一编号，附表及插图标题为宋体五号字加粗。纸质材料一律双面打印并胶装成册。";

const NAMING_HELP: &str = "40字以内，应体现典型经验的特征。命名规则为：（企业）+（典型方法技术）+（经验）。如：××公司实施六西格玛设计的经验。";

/// The row keys of 基本情况: the three years before the batch year.
pub fn figure_years(year: u16) -> Vec<String> {
    (1..=FIGURE_YEARS)
        .rev()
        .map(|back| year.saturating_sub(back).to_string())
        .collect()
}

pub fn application_form(year: u16) -> FormDef {
    let districts: Vec<(&str, &str)> = DISTRICTS.iter().map(|d| (d.code, d.name)).collect();
    let mut industries: Vec<(&str, &str)> = KEY_INDUSTRIES.to_vec();
    industries.push(OTHER_INDUSTRY);
    let columns = vec![
        num_column("assets", "资产总额", "万元", Some(0.0)),
        num_column("sales", "销售收入", "万元", Some(0.0)),
        num_column("profit", "利润总额", "万元", None),
        integer_column("employees", "从业人员", "人"),
    ];
    let declaration = DECLARATION.replace("202X", &year.to_string());
    form(
        ids::APPLICATION_FORM,
        REVISION,
        "质量标杆申报表",
        Some("《郑州市质量标杆认定管理办法》附件1。向所在开发区、区县（市）工信部门提出申请（第八条）。"),
        vec![
            section("enterprise", "申报企业", None, vec![
                text("enterprise-name", "申报企业").required().max_chars(NAME_MAX)
                    .help("填写营业执照上的企业全称"),
                text("credit-code", "统一社会信用代码").required().format(fmt::CREDIT_CODE)
                    .help("18位，见营业执照"),
                select("industry", "所属行业", &industries).required()
                    .help("第五条所列重点行业和战略新兴产业，不属于的选“其他”"),
                select("district", "所在地区", &districts).required()
                    .help("所在开发区、区县（市），由其工信部门审核推荐"),
            ]),
            section("benchmark", "质量标杆", None, vec![
                select("direction", "遴选方向", &DIRECTIONS).required()
                    .help("第五条：全面质量管理、新一代信息技术、新业态新模式、“专、精、特、新”四个方向"),
                text("benchmark-name", "标杆名称").required().max_chars(TITLE_MAX)
                    .format(fmt::BENCHMARK_TITLE).help(NAMING_HELP),
                multiline("benchmark-intro", "标杆简介").required().max_chars(INTRO_MAX),
            ]),
            section("contact", "联系方式", None, vec![
                text("address", "通讯地址").required().max_chars(ADDRESS_MAX),
                text("postcode", "邮编").required().format(fmt::POSTCODE)
                    .help("6位数字，郑州市一般为450000–452xxx"),
                text("contact", "联系人").required().max_chars(PERSON_MAX),
                text("phone", "电话").required().format(fmt::PHONE).help("如 0371-12345678，可加分机号"),
                text("mobile", "手机").required().format(fmt::MOBILE),
                text("fax", "传真").format(fmt::FAX),
                text("email", "E-mail").required().format(fmt::EMAIL),
            ]),
            section("figures", "基本情况", Some("近三个年度的数据"), vec![
                table("basic-figures", "基本情况", &figure_years(year), columns).required()
                    .help("资产总额、销售收入、利润总额单位为万元（利润可为负数），从业人员为人数"),
            ]),
            section("conditions", "申报条件", Some("第六条"), vec![
                checkbox("independent-legal-entity", "本企业为在郑州市注册的独立法人企业").required(),
                checkbox("quality-system", "本企业有效运行质量管理体系").required(),
            ]),
            section("declaration", "声明与承诺", None, vec![
                statement("declaration", "声明", &declaration),
                checkbox("commitment", "承诺被遴选为质量标杆后，积极参与质量标杆典型经验的分享交流活动")
                    .required().help("第六条（四）"),
                seal("enterprise-seal", "企业名称（公章）").required(),
                legal_rep_signature("legal-rep-signature", "法人代表签字").required(),
            ]),
        ],
    )
}

pub fn application_materials() -> FormDef {
    form(
        ids::APPLICATION_MATERIALS,
        REVISION,
        "质量标杆申报材料",
        Some("《郑州市质量标杆认定管理办法》附件2。总结材料应体现典型经验的思路做法、推进要点、效果和特色亮点等，要求内容详实、逻辑清楚、重点突出、数据支撑、图文并茂。"),
        vec![
            section("materials", "总结材料", None, vec![
                text("title", "质量标杆名称").required().max_chars(TITLE_MAX)
                    .format(fmt::BENCHMARK_TITLE).help(NAMING_HELP),
                multiline("summary", "摘要").required().max_chars(SUMMARY_MAX)
                    .help("500字以内。简要介绍应用的管理方法（技术）、推进情况、主要成果、特色亮点，以及该经验所获得的评价或认可。"),
                multiline("profile", "企业概况").required().max_chars(PROFILE_MAX)
                    .help("500字以内。包括企业名称，法人，企业性质，创建时间，历史沿革；所属行业，行业代码；地理位置，面积；主要业务范围，主要产品和服务；生产经营情况；企业文化特色，组织的使命、愿景和价值观；企业资源状况；社会责任状况；荣获的相关荣誉等。"),
                multiline("implementation", "管理方法（技术）的推进实施与运行").required()
                    .max_chars(IMPLEMENTATION_MAX)
                    .help("8000字以内。介绍企业推进管理方法（技术）的过程、做法等，重点体现实施要点、特色亮点。成果的核心内容要通过具体数据、图表等方式展现，必要时适当举例。"),
                multiline("results", "管理方法（技术）的实施效果").required().max_chars(RESULTS_MAX)
                    .help("2000字以内。以定量与定性相结合，展示与典型经验相关的绩效结果，如经济效益、管理效益、社会效益等。可提供近三年的相关指标数据，及适时与竞争对手和标杆对比情况。"),
            ]),
            section("evidence", "证实性材料（选择性提供）", None, vec![
                attachments("evidence", "证实性材料")
                    .help("可提供组织在所在行业处于领先地位的资料证明；与经验相关的获奖证书、专利证书及其他证实性材料（如：质量奖、制造业创新中心、技术创新示范企业、单项冠军）等。"),
            ]),
            section("format", "总结材料的格式要求", Some("附件2 三；导出文档时按此排版"), vec![
                statement("format-rules", "格式要求", MATERIALS_FORMAT_RULES),
            ]),
        ],
    )
}
