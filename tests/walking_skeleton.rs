//! Issue 2's path through the real component: the bureau opens the batch, an
//! enterprise submits, its own district recommends; notifications, history, refusals.

use host_sim::demo::request;
use host_sim::module;
use qb_tests::*;

#[test]
fn bureau_enterprise_and_district_path() {
    let mut sim = sim("walking_skeleton_path");
    open_batch(&mut sim);
    sim.set_clock("2026-03-16T10:00:00+08:00").unwrap();
    let submitted = submit_sample(&mut sim).expect("submit");
    assert_eq!(submitted.open_tasks.len(), 1);
    assert_eq!(submitted.open_tasks[0].due.as_deref(), Some("2026-05-29"));

    sim.set_clock("2026-03-20T15:30:00+08:00").unwrap();
    let mut values = host_sim::demo::recommendation_values("经审核，同意推荐。");
    values.push(number("rank", 1.0));
    let form = sealed(
        &mut sim,
        DISTRICT_OFFICE,
        SAMPLE_CASE,
        "recommend",
        "district-seal",
        values,
    );
    sim.act(
        DISTRICT_OFFICE,
        request(Some(SAMPLE_CASE), "recommend", form, None),
    )
    .expect("recommend");

    // Notifications: to the district on submission, to the enterprise on recommendation.
    let outbox = sim.outbox().unwrap();
    let to_district = outbox
        .iter()
        .find(|n| n.recipient_role.as_deref() == Some("district-office") && n.kind == "to-do")
        .expect("district to-do");
    assert_eq!(to_district.recipient_org.as_deref(), Some("zhongyuan"));
    assert!(
        to_district.subject.contains("郑州中原精工机械有限公司"),
        "{}",
        to_district.subject
    );
    let to_enterprise = outbox
        .iter()
        .find(|n| {
            n.recipient_org.as_deref() == Some("91410102MA44XKQ7PB") && n.subject.contains("推荐")
        })
        .expect("enterprise informed of the recommendation");
    assert!(to_enterprise.body.contains("经审核，同意推荐。"));

    // History: each step with actor, org unit, time and opinion.
    let history = sim.history(SAMPLE_CASE).unwrap();
    let steps: Vec<_> = history.iter().map(|h| h.action.as_str()).collect();
    assert_eq!(
        steps,
        [
            "start-application",
            "edit-form",
            "edit-materials",
            "submit",
            "recommend"
        ]
    );
    let rec = history.last().unwrap();
    assert_eq!(
        (rec.actor_user.as_str(), rec.actor_org.as_str()),
        (DISTRICT_OFFICE, "zhongyuan")
    );
    assert_eq!(rec.actor_org_name, "中原区工信部门");
    assert_eq!(rec.at, "2026-03-20T15:30:00+08:00");
    assert_eq!(rec.opinion.as_deref(), Some("经审核，同意推荐。"));
    assert_eq!(
        (rec.from_stage.as_str(), rec.to_stage.as_str()),
        ("district-review", "formal-check")
    );
    assert_eq!(history[3].at, "2026-03-16T10:00:00+08:00");
    assert_eq!(sim.verify_history_chain().unwrap(), None);

    // The city's inbox has the formal check; the district's is empty again.
    assert_eq!(sim.open_tasks(OFFICER).unwrap().len(), 1);
    assert!(sim.open_tasks(DISTRICT_OFFICE).unwrap().is_empty());
    let view = sim.view(OFFICER, SAMPLE_CASE).unwrap();
    assert_eq!(code_of(view.summary.stage), "formal-check");
    let opinion = view
        .sections
        .iter()
        .find(|s| s.title == "推荐单位意见")
        .expect("recommendation shown");
    assert!(
        opinion
            .items
            .iter()
            .any(|i| i.label == "区县推荐排序" && i.value == "第1位"),
        "{:?}",
        opinion.items
    );
}

#[test]
fn another_districts_office_is_refused_and_nothing_is_stored() {
    let mut sim = sim("walking_skeleton_wrong_district");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    let before = sim.fingerprint().unwrap();
    // The seal service seals only what the plugin orders: no order for another district.
    let values = host_sim::demo::recommendation_values("同意推荐。");
    let seal = sim.seal(
        OTHER_DISTRICT_OFFICE,
        Some(SAMPLE_CASE),
        "recommend",
        "district-seal",
        &values,
    );
    assert_eq!(refusal_code(seal), "wrong-district");
    assert_eq!(sim.fingerprint().unwrap(), before, "no seal was issued");
    let err = sim
        .act(
            OTHER_DISTRICT_OFFICE,
            request(Some(SAMPLE_CASE), "recommend", values, None),
        )
        .unwrap_err();
    match err {
        host_sim::CallError::Refused(r) => {
            assert_eq!(r.code, "wrong-district");
            assert!(
                r.message.contains("中原区") && r.message.contains("金水区"),
                "{}",
                r.message
            );
        }
        other => panic!("expected refusal, got {other:?}"),
    }
    assert_eq!(sim.fingerprint().unwrap(), before);
    // The other office cannot even see the application or its actions.
    assert_eq!(
        refusal_code(sim.view(OTHER_DISTRICT_OFFICE, SAMPLE_CASE)),
        "not-visible"
    );
    let own = sim.actions(DISTRICT_OFFICE, SAMPLE_CASE).unwrap();
    assert_eq!(
        action_codes(&own),
        ["recommend", "return-for-revision", "decline", "delegate"]
    );
}

#[test]
fn component_exports_forms_and_approval_and_imports_no_files_or_sockets() {
    let info = module::inspect(&plugin()).unwrap();
    assert_eq!(info.contract.as_deref(), Some("0.3.0"));
    for export in [
        "zhengzhou:quality-benchmark/forms@0.3.0",
        "zhengzhou:quality-benchmark/approval@0.3.0",
    ] {
        assert!(
            info.exports.iter().any(|e| e == export),
            "missing export {export}: {:?}",
            info.exports
        );
    }
    assert!(
        info.imports
            .iter()
            .any(|i| i == "zhengzhou:quality-benchmark/notifications@0.3.0"),
        "{:?}",
        info.imports
    );
    for forbidden in [
        "wasi:filesystem",
        "wasi:sockets",
        "wasi:http",
        "wasi:clocks",
        "wasi:random",
    ] {
        assert!(
            !info.imports.iter().any(|i| i.starts_with(forbidden)),
            "imports {forbidden}: {:?}",
            info.imports
        );
    }
    module::check_compatible(&info).unwrap();
}

#[test]
fn committed_actions_survive_reopening_the_file() {
    let path = db_path("walking_skeleton_reopen");
    {
        let mut sim = host_sim::Sim::open(&path, &plugin()).unwrap();
        host_sim::demo::prepare(&sim, "2026-03-02T09:00:00+08:00").unwrap();
        open_batch(&mut sim);
        submit_sample(&mut sim).expect("submit");
    }
    let mut sim = host_sim::Sim::open(&path, &plugin()).unwrap();
    assert_eq!(sim.version(SAMPLE_CASE).unwrap(), Some(4));
    assert_eq!(
        code_of(
            sim.view(DISTRICT_OFFICE, SAMPLE_CASE)
                .unwrap()
                .summary
                .stage
        ),
        "district-review"
    );
}

/// The bench sets the plugin's own work against the same work natively by leaving out
/// the host services' time (`Sim::time_host_services`): off by default, then a part of
/// each call's guest time, never all of it.
#[test]
fn host_services_are_timed_only_when_asked_and_within_the_call() {
    let mut sim = sim("walking_skeleton_serving");
    open_batch(&mut sim);
    assert!(sim.time.guest > std::time::Duration::ZERO);
    assert_eq!(
        sim.time.serving,
        std::time::Duration::ZERO,
        "off by default"
    );
    sim.time_host_services();
    let before = sim.time;
    sim.set_clock("2026-03-16T10:00:00+08:00").unwrap();
    submit_sample(&mut sim).expect("submit");
    let (guest, serving) = (
        sim.time.guest - before.guest,
        sim.time.serving - before.serving,
    );
    assert!(
        serving > std::time::Duration::ZERO && serving < guest,
        "host services {serving:?} of a guest time of {guest:?}"
    );
}
