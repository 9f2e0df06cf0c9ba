//! Every limit and option list of the forms, in one place.
//! Text limits count characters (Unicode scalar values), never bytes.

// 附件2 一: 总结材料.
/// （一）质量标杆名称（40 字以内）. Also applies to 附件1's 标杆名称.
pub const TITLE_MAX: u32 = 40;
/// （二）摘要（500 字以内）.
pub const SUMMARY_MAX: u32 = 500;
/// （三）企业概况（500 字以内）.
pub const PROFILE_MAX: u32 = 500;
/// （四）管理方法（技术）的推进实施与运行（8000 字以内）.
pub const IMPLEMENTATION_MAX: u32 = 8000;
/// （五）管理方法（技术）的实施效果（2000 字以内）.
pub const RESULTS_MAX: u32 = 2000;
/// The suffix the naming rule （企业）+（典型方法技术）+（经验） requires.
pub const TITLE_SUFFIX: &str = "经验";

// 附件1: 申报表. The regulation gives no limits here; these are generous house limits.
/// 标杆简介.
pub const INTRO_MAX: u32 = 500;
/// Names of enterprises, units and people, and other short texts.
pub const NAME_MAX: u32 = 100;
/// 联系人 and similar person names.
pub const PERSON_MAX: u32 = 50;
/// 通讯地址.
pub const ADDRESS_MAX: u32 = 200;
/// A time of day as people write it (答辩时间).
pub const TIME_MAX: u32 = 20;
/// Number of years of 基本情况 (近三年).
pub const FIGURE_YEARS: u16 = 3;
/// Batch year used by [`super::definition`] when the caller does not give one.
pub const DEFAULT_YEAR: u16 = 2026;
/// First year the regulation (2021) could apply.
pub const FIRST_YEAR: f64 = 2021.0;
/// Last year accepted in a batch configuration.
pub const LAST_YEAR: f64 = 2100.0;

// Review forms.
/// 推荐单位意见.
pub const OPINION_MAX: u32 = 1000;
/// Short notes (形式审查说明, 参加人员).
pub const NOTE_MAX: u32 = 1000;
/// 专家评审意见.
pub const COMMENTS_MAX: u32 = 2000;
/// 答辩/实地考察 findings.
pub const FINDINGS_MAX: u32 = 4000;
/// 异议事实, 处理理由, 撤销理由.
pub const REASON_MAX: u32 = 2000;

/// Highest score of each of the six 第七条 items. Each item is scored 0–10 with at
/// most one decimal, so the total of a score sheet is 0–60.
pub const MAX_ITEM_SCORE: f64 = 10.0;
/// Highest total of a score sheet (six items).
pub const MAX_TOTAL_SCORE: f64 = MAX_ITEM_SCORE * SCORE_ITEMS.len() as f64;
/// 文号 and 省级申报编号.
pub const DOCUMENT_NUMBER_MAX: u32 = 50;
/// Decimals allowed in an item score.
pub const SCORE_DECIMALS: u32 = 1;
/// The six score items of the 评分表, in 第七条 order.
pub const SCORE_ITEMS: [&str; 6] = [
    "innovation-1",
    "innovation-2",
    "system-1",
    "system-2",
    "effect-1",
    "effect-2",
];

/// Expert panel size bounds and the suggested default.
pub const PANEL_MIN: f64 = 3.0;
pub const PANEL_MAX: f64 = 15.0;
pub const PANEL_DEFAULT: u32 = 5;
/// 公示 lasts at least this many working days.
pub const PUBLICITY_MIN_DAYS: f64 = 5.0;

/// 第五条 遴选方向 (value, label).
pub const DIRECTIONS: [(&str, &str); 4] = [
    ("tqm", "全面质量管理"),
    ("next-gen-it", "新一代信息技术"),
    ("new-models", "新业态、新模式"),
    ("specialised", "专、精、特、新"),
];

/// 第五条 重点行业和战略新兴产业 (value, label); [`OTHER_INDUSTRY`] is added for 申报表.
pub const KEY_INDUSTRIES: [(&str, &str); 12] = [
    ("electronics", "电子信息"),
    ("auto-equipment", "汽车和装备制造"),
    ("new-materials", "新材料"),
    ("biomedicine", "生物医药"),
    ("aluminium", "铝精深加工"),
    ("modern-food", "现代食品"),
    ("home-apparel", "家居及服装制造"),
    ("new-it", "新一代信息技术"),
    ("ai", "人工智能"),
    ("5g", "5G"),
    ("new-energy", "新能源"),
    ("energy-saving", "节能环保"),
];
/// The catch-all industry of 申报表.
pub const OTHER_INDUSTRY: (&str, &str) = ("other", "其他");
