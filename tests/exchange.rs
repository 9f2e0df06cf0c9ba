//! 第十一条 through the plugin: the provincial round imported (UTF-8 and GBK), all or
//! nothing with line and column; the city's recommendation exported and read back
//! unchanged.

use host_sim::exchange::{self, Expect, ProvincialRound};
use host_sim::provincial::{self, ImportError};
use qb_tests::province::{form_of, gbk_file, place, province_round, utf8_file};
use qb_tests::{OFFICER, Round, code_of, number};

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
