//! A provincial round of the seeded register (第十一条), as the province's exchange file
//! writes it, in UTF-8 and in GBK: shared by the library's and the portal's tests.

use host_sim::exchange::{
    self, ApplicationForm, Conditions, Materials, ProvincialApplicant, ProvincialRound, YearFigures,
};

/// A Zhengzhou enterprise of the seeded register that has not applied itself.
pub fn form_of(name: &str, code: &str, district: &str) -> ApplicationForm {
    let year = |year, assets, employees| YearFigures {
        year,
        assets,
        sales: assets * 0.8,
        profit: -12.5 + assets / 100.0,
        employees,
    };
    ApplicationForm {
        enterprise_name: name.into(),
        credit_code: code.into(),
        district: district.into(),
        industry: "new-materials".into(),
        direction: "tqm".into(),
        benchmark_name: format!("{name}推行精益六西格玛的经验"),
        benchmark_intro:
            "以精益六西格玛为主线，“顾客之声”贯穿研发与制造全过程。\n三年来合格率持续提升。".into(),
        address: "郑州市中原区建设西路188号".into(),
        postcode: "450007".into(),
        contact: "赵敏".into(),
        phone: "0371-67891234".into(),
        mobile: "13838012345".into(),
        fax: Some("0371-67891235".into()),
        email: "zm@example.cn".into(),
        figures: vec![
            year(2023, 8800.5, 210),
            year(2024, 9300.25, 220),
            year(2025, 10100.0, 231),
        ],
        conditions: Conditions {
            independent_legal_entity: true,
            quality_system: true,
            commitment: true,
        },
    }
}

pub fn materials_of(name: &str) -> Materials {
    Materials {
        title: format!("{name}推行精益六西格玛的经验"),
        summary: "公司系统推行精益六西格玛，一次交检合格率由95.1%提升到99.2%。".into(),
        profile: format!("{name}成立于2008年，位于郑州市。"),
        implementation: "一、推进背景\n二、主要做法\n三、特色亮点".into(),
        results: "质量损失率下降46%，顾客投诉下降61%。".into(),
    }
}

/// Enterprises 2 and 3 of the seeded register (zhongyuan), which do not apply directly
/// in a round of two.
pub fn province_round() -> ProvincialRound {
    let seeded = crate::applicants();
    let applicants = seeded[2..4]
        .iter()
        .enumerate()
        .map(|(i, a)| ProvincialApplicant {
            provincial_ref: format!("豫质标〔2026〕申{:04}", 12 + i),
            submitted_on: Some("2026-03-10".into()),
            form: form_of(&a.name, &a.code, &a.district),
            materials: (i == 0).then(|| materials_of(&a.name)),
        })
        .collect();
    ProvincialRound {
        year: 2026,
        applicants,
    }
}

pub fn utf8_file(round: &ProvincialRound) -> String {
    String::from_utf8(exchange::write_provincial_round(round)).expect("utf-8")
}

/// The same file declared and encoded as GBK.
pub fn gbk_file(round: &ProvincialRound) -> Vec<u8> {
    let text = utf8_file(round).replacen("encoding=\"UTF-8\"", "encoding=\"GBK\"", 1);
    let (bytes, _, lossy) = encoding_rs::GBK.encode(&text);
    assert!(!lossy, "every character has a GBK code");
    bytes.into_owned()
}

/// 1-based line and column (characters) of the `nth` occurrence of `needle`.
pub fn place(text: &str, needle: &str, nth: usize) -> (u32, u32) {
    let at = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{needle} #{nth} not in the file"));
    let before = &text[..at];
    let line = before.matches('\n').count() as u32 + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
    (line, column)
}
