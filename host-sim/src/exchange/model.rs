//! The plain data of the exchange, independent of the WIT contract.
//! Codes are the plugin's stable codes (districts, directions, industries); amounts are
//! in 万元 as on 附件1; dates are `YYYY-MM-DD`.

/// 附件1 质量标杆申报表, the enterprise's part.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationForm {
    /// 申报企业: the full name on the business licence.
    pub enterprise_name: String,
    /// 统一社会信用代码 (GB 32100, 18 characters with check character).
    pub credit_code: String,
    /// 所在地区: one of the 16 Zhengzhou district codes ([`super::ZHENGZHOU_DISTRICTS`]).
    pub district: String,
    /// 所属行业 code (第五条 key industries, or `other`).
    pub industry: String,
    /// 遴选方向 code (第五条).
    pub direction: String,
    /// 标杆名称 (≤ 40 characters).
    pub benchmark_name: String,
    /// 标杆简介.
    pub benchmark_intro: String,
    /// 通讯地址.
    pub address: String,
    /// 邮编 (6 digits).
    pub postcode: String,
    /// 联系人.
    pub contact: String,
    /// 电话.
    pub phone: String,
    /// 手机.
    pub mobile: String,
    /// 传真, where the enterprise has one.
    pub fax: Option<String>,
    /// E-mail.
    pub email: String,
    /// 基本情况: the three years before the round's year, oldest first.
    pub figures: Vec<YearFigures>,
    /// The ticks of 第六条 and the commitment of 第六条（四）.
    pub conditions: Conditions,
}

/// One year of 基本情况.
#[derive(Debug, Clone, PartialEq)]
pub struct YearFigures {
    pub year: u16,
    /// 资产总额 (万元), not negative.
    pub assets: f64,
    /// 销售收入 (万元), not negative.
    pub sales: f64,
    /// 利润总额 (万元), may be negative.
    pub profit: f64,
    /// 从业人员 (人).
    pub employees: u32,
}

/// The enterprise's ticks on 申报表.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conditions {
    /// 在郑州市注册的独立法人企业.
    pub independent_legal_entity: bool,
    /// 有效运行质量管理体系.
    pub quality_system: bool,
    /// 承诺积极参与质量标杆典型经验的分享交流活动.
    pub commitment: bool,
}

/// 附件2 总结材料, where the province passes it on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Materials {
    /// 质量标杆名称 (≤ 40).
    pub title: String,
    /// 摘要 (≤ 500).
    pub summary: String,
    /// 企业概况 (≤ 500).
    pub profile: String,
    /// 管理方法（技术）的推进实施与运行 (≤ 8000).
    pub implementation: String,
    /// 管理方法（技术）的实施效果 (≤ 2000).
    pub results: String,
}

/// One applicant of the provincial round, to be counted as a city applicant.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvincialApplicant {
    /// 省级申报编号.
    pub provincial_ref: String,
    /// 省级申报日期, when the province gives it.
    pub submitted_on: Option<String>,
    pub form: ApplicationForm,
    pub materials: Option<Materials>,
}

/// The province's list of applicants of one year (import).
#[derive(Debug, Clone, PartialEq)]
pub struct ProvincialRound {
    pub year: u16,
    pub applicants: Vec<ProvincialApplicant>,
}

/// An electronic seal or signature, by reference: the sealed file itself stays with the
/// seal service; the digest lets the province check it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealRef {
    /// Seal service's id of the operation.
    pub id: String,
    /// In which capacity it was applied, e.g. `enterprise-seal`, `legal-representative`,
    /// `district-seal`, `bureau-seal`.
    pub capacity: String,
    /// Unit whose seal it is, or the person who signed.
    pub holder: String,
    /// User who applied it.
    pub signer: String,
    /// RFC 3339 time, e.g. `2026-03-16T10:20:00+08:00`.
    pub signed_at: String,
    /// Hex SHA-256 of the sealed content.
    pub digest: String,
}

/// One recommended benchmark, in the city's rank order.
#[derive(Debug, Clone, PartialEq)]
pub struct RecommendedEntry {
    /// 1 for the best; ranks are 1, 2, 3 … in document order.
    pub rank: u32,
    pub form: ApplicationForm,
    pub materials: Option<Materials>,
    /// 推荐单位意见 of the district office.
    pub district_opinion: String,
    /// Aggregate expert score (0–60, the six 第七条 items scored 0–10).
    pub score: f64,
    /// 牌匾编号 of the city recognition, e.g. 郑质标〔2026〕001号.
    pub plaque_number: String,
    /// Seals on the application, the recommendation and the publication.
    pub seals: Vec<SealRef>,
}

/// The city's recommendation to the province (export).
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub year: u16,
    /// 文号 of the recommending letter, e.g. 郑工信〔2026〕40号.
    pub document_number: String,
    /// Date of the letter.
    pub issued_on: String,
    pub entries: Vec<RecommendedEntry>,
}
