//! 第十一条 through the plugin: the provincial round imported (UTF-8 and GBK), all or
//! nothing with line and column; the city's recommendation exported and read back
//! unchanged.

use host_sim::exchange::{
    self, ApplicationForm, Conditions, Expect, Materials, ProvincialApplicant, ProvincialRound,
    YearFigures,
};
use host_sim::provincial::{self, ImportError};
use qb_tests::{OFFICER, Round, code_of, number};

/// A Zhengzhou enterprise of the seeded register that has not applied itself.
fn form_of(name: &str, code: &str, district: &str) -> ApplicationForm {
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

fn materials_of(name: &str) -> Materials {
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
fn province_round() -> ProvincialRound {
    let seeded = qb_tests::applicants();
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

fn utf8_file(round: &ProvincialRound) -> String {
    String::from_utf8(exchange::write_provincial_round(round)).expect("utf-8")
}

/// The same file declared and encoded as GBK.
fn gbk_file(round: &ProvincialRound) -> Vec<u8> {
    let text = utf8_file(round).replacen("encoding=\"UTF-8\"", "encoding=\"GBK\"", 1);
    let (bytes, _, lossy) = encoding_rs::GBK.encode(&text);
    assert!(!lossy, "every character has a GBK code");
    bytes.into_owned()
}

/// 1-based line and column (characters) of the `nth` occurrence of `needle`.
fn place(text: &str, needle: &str, nth: usize) -> (u32, u32) {
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

fn value<'a>(
    view: &'a host_sim::contract_approval::CaseView,
    form: &str,
    id: &str,
) -> Option<&'a host_sim::contract::FieldValue> {
    view.forms
        .iter()
        .find(|f| f.definition.id == form)?
        .values
        .iter()
        .find(|f| f.id == id)
        .map(|f| &f.value)
}

fn check_imported(r: &mut Round, round: &ProvincialRound) {
    use host_sim::contract::{FieldValue, Scalar};
    for a in &round.applicants {
        let case = format!("app-2026-{}", a.form.credit_code);
        assert_eq!(qb_tests::stage(&r.sim, &case), "formal-check");
        let view = r.sim.view(OFFICER, &case).expect("the city sees it");
        assert!(format!("{:?}", view.sections).contains(&a.provincial_ref));
        let text = |id| match value(&view, "application-form", id) {
            Some(FieldValue::Text(s) | FieldValue::Choice(s)) => s.clone(),
            other => panic!("{id}: {other:?}"),
        };
        assert_eq!(text("benchmark-name"), a.form.benchmark_name);
        assert_eq!(text("benchmark-intro"), a.form.benchmark_intro);
        assert_eq!(text("industry"), "new-materials");
        assert_eq!(text("phone"), a.form.phone);
        let Some(FieldValue::Table(rows)) = value(&view, "application-form", "basic-figures")
        else {
            panic!("基本情况 on file");
        };
        let last = rows.iter().find(|r| r.key == "2025").expect("2025");
        assert!(
            last.cells
                .contains(&("assets".into(), Scalar::Number(10100.0)))
        );
        assert_eq!(
            value(&view, "application-form", "commitment"),
            Some(&FieldValue::Flag(true))
        );
        let registered = value(&view, "application-materials", "title");
        match &a.materials {
            Some(m) => assert_eq!(registered, Some(&FieldValue::Text(m.title.clone()))),
            None => assert_eq!(registered, None),
        }
        let told =
            r.sim.outbox().expect("outbox").into_iter().any(|n| {
                n.case_id.as_deref() == Some(case.as_str()) && n.subject.contains("省级申报")
            });
        assert!(told, "the plugin notified {}", a.form.enterprise_name);
    }
}

#[test]
fn a_provincial_round_is_imported_as_provincial_applications_utf8_and_gbk() {
    let round = province_round();
    let mut r = Round::submitted("exchange-import-utf8", 2);
    let done = provincial::import_round(&mut r.sim, OFFICER, utf8_file(&round).as_bytes())
        .expect("imported");
    assert_eq!(
        (done.year, done.applications.len(), done.with_materials),
        (2026, 2, 1)
    );
    check_imported(&mut r, &round);

    let mut r = Round::submitted("exchange-import-gbk", 2);
    provincial::import_round(&mut r.sim, OFFICER, &gbk_file(&round)).expect("GBK imported");
    check_imported(&mut r, &round);
}

fn refused(r: &mut Round, bytes: &[u8]) -> exchange::ExchangeError {
    let before = r.sim.fingerprint().expect("fingerprint");
    let result = provincial::import_round(&mut r.sim, OFFICER, bytes);
    assert_eq!(
        r.sim.fingerprint().expect("fingerprint"),
        before,
        "nothing stored"
    );
    match result {
        Err(ImportError::Refused(e)) => e,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_malformed_file_a_wrong_year_and_an_enterprise_outside_zhengzhou_change_nothing() {
    let mut r = Round::submitted("exchange-refusals", 2);
    let good = utf8_file(&province_round());

    let malformed = good.replacen("</contact>", "</contakt>", 1);
    let e = refused(&mut r, malformed.as_bytes());
    assert_eq!(e.line, place(&malformed, "</contakt>", 0).0, "{e}");
    assert!(e.reason.contains("contakt"), "{e}");

    let wrong_year = good.replacen("year=\"2026\"", "year=\"2025\"", 1);
    let e = refused(&mut r, wrong_year.as_bytes());
    assert_eq!(e.line, place(&wrong_year, "year=\"2025\"", 0).0, "{e}");
    assert!(
        e.reason.contains("2025") && e.reason.contains("2026"),
        "{e}"
    );

    // The second applicant is registered in Luoyang though the file says 中原区: the
    // plugin refuses it, and the first, valid one is not imported either.
    let mut round = province_round();
    round.applicants[1].form = form_of("洛阳示例机械有限公司", "91410300MA000999XC", "zhongyuan");
    let outside = utf8_file(&round);
    let e = refused(&mut r, outside.as_bytes());
    assert_eq!((e.line, e.column), place(&outside, "<applicant>", 1), "{e}");
    assert!(
        e.reason.contains("洛阳示例机械有限公司") && e.reason.contains("郑州"),
        "{e}"
    );
    let first = format!("app-2026-{}", round.applicants[0].form.credit_code);
    assert_eq!(r.sim.version(&first).expect("version"), None);
}

#[test]
fn the_recommendation_to_the_province_is_exported_and_read_back_unchanged() {
    let mut r = Round::published("exchange-export", 3, 2);
    r.act(
        "city-leader-1",
        Some("batch-2026"),
        "recommend-provincial",
        vec![number("count", 2.0)],
        Some("择优推荐"),
    );
    let rec = provincial::recommendation(&mut r.sim, OFFICER, 2026, None).expect("recommendation");
    assert_eq!(rec.document_number, "郑工信〔2026〕35号");
    assert_eq!(rec.entries.len(), 2);
    for (i, e) in rec.entries.iter().enumerate() {
        let a = &r.apps[i];
        assert_eq!(e.rank as usize, i + 1);
        assert_eq!(e.form.credit_code, a.code);
        assert_eq!(e.form.benchmark_name, a.title());
        assert_eq!(e.form.figures.len(), 3);
        assert!(
            e.district_opinion.contains("同意推荐"),
            "{}",
            e.district_opinion
        );
        assert!(e.score > 0.0 && !e.plaque_number.is_empty());
        assert!(e.materials.as_ref().is_some_and(|m| m.title == a.title()));
        let capacities: Vec<&str> = e.seals.iter().map(|s| s.capacity.as_str()).collect();
        assert_eq!(
            capacities,
            ["enterprise-seal", "legal-representative", "district-seal"]
        );
        assert_eq!(
            code_of(r.sim.view(OFFICER, &a.case()).expect("view").summary.stage),
            "recognized"
        );
    }
    assert!(rec.entries[0].score >= rec.entries[1].score);
    let bytes = exchange::write_recommendation(&rec);
    let back = exchange::parse_recommendation(&bytes, &Expect::year(2026)).expect("reads back");
    assert_eq!(back, rec, "lossless");
}
