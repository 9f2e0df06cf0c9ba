//! Each refusal the regulation and BRIEF §4 require: wrong district, wrong role, wrong
//! stage, deadline passed, concurrent approval, invalid input — and nothing stored.

use host_sim::demo::request;
use host_sim::sim::Request;
use qb_tests::*;

/// District decisions (recommend or return) in the sample case's history.
fn district_decisions(sim: &host_sim::Sim) -> usize {
    let history = sim.history(SAMPLE_CASE).unwrap();
    history
        .iter()
        .filter(|h| h.action == "recommend" || h.action == "return-for-revision")
        .count()
}

fn with_version(mut r: Request, version: u64) -> Request {
    r.expected_version = Some(version);
    r
}

#[test]
fn wrong_role_is_refused_and_nothing_is_stored() {
    let mut sim = sim("refusal_wrong_role");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    let before = sim.fingerprint().unwrap();
    // An enterprise cannot recommend itself; a city officer cannot act for the district.
    assert_eq!(
        refusal_code(sim.act(
            ENTERPRISE,
            request(Some(SAMPLE_CASE), "recommend", vec![], Some("同意"))
        )),
        "wrong-role"
    );
    assert_eq!(
        refusal_code(sim.act(
            OFFICER,
            request(Some(SAMPLE_CASE), "decline", vec![], Some("不同意"))
        )),
        "wrong-role"
    );
    // Only the bureau opens a round; only an enterprise starts an application (自愿申报).
    assert_eq!(
        refusal_code(sim.act(
            DISTRICT_OFFICE,
            request(None, "open-batch", host_sim::demo::batch_config(2026), None)
        )),
        "wrong-role"
    );
    assert_eq!(
        refusal_code(sim.act(OFFICER, request(None, "start-application", vec![], None))),
        "wrong-role"
    );
    // Experts see nothing they are not assigned to; the public nothing unpublished.
    assert_eq!(
        refusal_code(sim.view("expert-01", SAMPLE_CASE)),
        "not-visible"
    );
    assert_eq!(refusal_code(sim.view("public", SAMPLE_CASE)), "not-visible");
    // Another enterprise cannot see or touch it.
    assert_eq!(refusal_code(sim.view("ent-02", SAMPLE_CASE)), "not-visible");
    assert_eq!(
        refusal_code(sim.act(
            "ent-02",
            request(Some(SAMPLE_CASE), "withdraw", vec![], None)
        )),
        "not-owner"
    );
    assert_eq!(sim.fingerprint().unwrap(), before);
}

#[test]
fn wrong_stage_is_refused() {
    let mut sim = sim("refusal_wrong_stage");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    let before = sim.fingerprint().unwrap();
    // Submitted: the enterprise can no longer edit; the city cannot formal-check before the district.
    let form = host_sim::demo::sample_form("application-form").unwrap();
    assert_eq!(
        refusal_code(sim.act(
            ENTERPRISE,
            request(Some(SAMPLE_CASE), "edit-form", form, None)
        )),
        "wrong-stage"
    );
    assert_eq!(
        refusal_code(sim.act(
            OFFICER,
            request(
                Some(SAMPLE_CASE),
                "formal-check",
                vec![choice("result", "accept")],
                Some("通过")
            )
        )),
        "wrong-stage"
    );
    assert_eq!(
        refusal_code(sim.act(
            OFFICER,
            request(Some("batch-2026"), "draw-panel", vec![], None)
        )),
        "wrong-stage"
    );
    assert_eq!(sim.fingerprint().unwrap(), before);
    // A second round in the same year is refused (第十一条: once a year).
    assert_eq!(
        refusal_code(sim.act(
            OFFICER,
            request(None, "open-batch", host_sim::demo::batch_config(2026), None)
        )),
        "batch-exists"
    );
}

#[test]
fn deadline_passed_is_refused() {
    let mut sim = sim("refusal_deadline");
    open_batch(&mut sim);
    sim.set_clock("2026-05-01T09:00:00+08:00").unwrap();
    assert_eq!(
        refusal_code(sim.act(ENTERPRISE, request(None, "start-application", vec![], None))),
        "deadline-passed"
    );
    assert!(
        sim.start_actions(ENTERPRISE).unwrap().is_empty(),
        "no 开始申报 after the deadline"
    );
}

#[test]
fn withdraw_before_the_district_acts_then_not_after() {
    let mut sim = sim("refusal_withdraw");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "withdraw", vec![], Some("补充材料")),
    )
    .expect("撤回");
    assert_eq!(stage(&sim, SAMPLE_CASE), "draft");
    assert!(
        sim.open_tasks(DISTRICT_OFFICE).unwrap().is_empty(),
        "the district's to-do is withdrawn too"
    );
    let seals = seals(&mut sim, ENTERPRISE).expect("seals");
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", seals, None),
    )
    .expect("resubmit");
    let form = recommendation(&mut sim, DISTRICT_OFFICE, SAMPLE_CASE);
    sim.act(
        DISTRICT_OFFICE,
        request(Some(SAMPLE_CASE), "recommend", form, Some("同意推荐")),
    )
    .expect("recommend");
    assert_eq!(
        refusal_code(sim.act(
            ENTERPRISE,
            request(Some(SAMPLE_CASE), "withdraw", vec![], None)
        )),
        "wrong-stage"
    );
}

#[test]
fn two_approvers_at_once_exactly_one_succeeds() {
    let mut sim = sim("refusal_concurrent");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    // Both office users opened the task at the same version.
    let seen = sim.view(DISTRICT_OFFICE, SAMPLE_CASE).unwrap().version;
    let first = recommendation(&mut sim, "zhongyuan-office-1", SAMPLE_CASE);
    let won = sim.act(
        "zhongyuan-office-1",
        with_version(
            request(Some(SAMPLE_CASE), "recommend", first, Some("同意推荐")),
            seen,
        ),
    );
    let lost = sim.act(
        "zhongyuan-office-2",
        with_version(
            request(
                Some(SAMPLE_CASE),
                "return-for-revision",
                vec![],
                Some("退回"),
            ),
            seen,
        ),
    );
    assert!(won.is_ok(), "{won:?}");
    let err = lost.unwrap_err();
    assert_eq!(refusal_code::<()>(Err(err)), "version-conflict");
    assert_eq!(stage(&sim, SAMPLE_CASE), "formal-check");
    assert_eq!(district_decisions(&sim), 1);
}

#[test]
fn invalid_submission_stores_nothing() {
    let mut sim = sim("refusal_invalid_submission");
    open_batch(&mut sim);
    sim.act(ENTERPRISE, request(None, "start-application", vec![], None))
        .expect("start");
    // Only the form, no materials yet; and a credit code typed wrong.
    sim.act(
        ENTERPRISE,
        request(
            Some(SAMPLE_CASE),
            "edit-form",
            host_sim::demo::sample_form("application-form").unwrap(),
            None,
        ),
    )
    .expect("draft");
    let before = sim.fingerprint().unwrap();
    let seals = seals(&mut sim, ENTERPRISE).expect("seals");
    let after_seals = sim.fingerprint().unwrap();
    let refusal = match sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", seals, None),
    ) {
        Err(host_sim::CallError::Refused(r)) => r,
        other => panic!("expected refusal, got {other:?}"),
    };
    assert_eq!(refusal.code, "invalid-form");
    for field in ["title", "summary", "profile", "implementation", "results"] {
        let e = refusal
            .fields
            .iter()
            .find(|e| e.field == field)
            .unwrap_or_else(|| panic!("no error for {field}: {:?}", refusal.fields));
        assert_eq!(e.code, "required");
        assert!(!e.message.is_empty());
    }
    assert_eq!(sim.fingerprint().unwrap(), after_seals);
    assert_ne!(before, after_seals);
    assert_eq!(stage(&sim, SAMPLE_CASE), "draft");
    // A 41-character title is refused in a draft too, naming the field, and not stored.
    let long = format!("{}{}", "郑州中原精工机械有限公司", "实".repeat(27)) + "经验";
    assert_eq!(long.chars().count(), 41);
    let r = sim.act(
        ENTERPRISE,
        request(
            Some(SAMPLE_CASE),
            "edit-materials",
            vec![text("title", &long)],
            None,
        ),
    );
    match r {
        Err(host_sim::CallError::Refused(r)) => {
            assert_eq!(r.fields[0].field, "title");
            assert_eq!(r.fields[0].code, "too-long");
            assert!(
                r.fields[0].message.contains("40"),
                "{}",
                r.fields[0].message
            );
        }
        other => panic!("expected refusal, got {other:?}"),
    }
    assert_eq!(sim.fingerprint().unwrap(), after_seals);
}

#[test]
fn sample_fixture_validates_through_the_component() {
    let mut sim = sim("refusal_fixture");
    let form = host_sim::demo::sample_form("application-form").unwrap();
    let errors = sim.validate("application-form", &form, true, 2026).unwrap();
    let codes: Vec<_> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("enterprise-seal", "required"),
            ("legal-rep-signature", "required")
        ],
        "only the seals are missing"
    );
    let materials = host_sim::demo::sample_form("application-materials").unwrap();
    assert!(
        sim.validate("application-materials", &materials, true, 2026)
            .unwrap()
            .is_empty()
    );
    // A wrong check digit in the credit code is named.
    let mut bad = form.clone();
    bad.iter_mut()
        .find(|f| f.id == "credit-code")
        .unwrap()
        .value = host_sim::contract::FieldValue::Text("91410102MA44XKQ7PC".into());
    let errors = sim.validate("application-form", &bad, false, 2026).unwrap();
    assert!(
        errors
            .iter()
            .any(|e| e.field == "credit-code" && e.code == "credit-code-check-digit"),
        "{errors:?}"
    );
}

#[test]
fn district_quota_is_enforced() {
    let mut sim = sim("refusal_quota");
    let zhongyuan = two_applied_under_a_quota_of_one(&mut sim);
    let first = recommendation(&mut sim, DISTRICT_OFFICE, &zhongyuan[0].case());
    sim.act(
        DISTRICT_OFFICE,
        request(
            Some(&zhongyuan[0].case()),
            "recommend",
            first,
            Some("择优推荐"),
        ),
    )
    .expect("within quota");
    let second = recommendation(&mut sim, DISTRICT_OFFICE, &zhongyuan[1].case());
    assert_eq!(
        refusal_code(sim.act(
            DISTRICT_OFFICE,
            request(
                Some(&zhongyuan[1].case()),
                "recommend",
                second,
                Some("推荐")
            )
        )),
        "quota-exceeded"
    );
    assert_eq!(stage(&sim, &zhongyuan[1].case()), "district-review");
}

#[test]
fn two_hosts_at_once_on_one_file_exactly_one_succeeds() {
    let path = db_path("refusal_two_hosts");
    {
        let mut sim = host_sim::Sim::open(&path, &plugin()).unwrap();
        host_sim::demo::prepare(&sim, "2026-03-02T09:00:00+08:00").unwrap();
        open_batch(&mut sim);
        submit_sample(&mut sim).expect("submit");
    }
    // Two approvers in two host processes' worth of state, acting at the same moment
    // on the version they both saw.
    let barrier = std::sync::Barrier::new(2);
    let results: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = [
            ("zhongyuan-office-1", "recommend"),
            ("zhongyuan-office-2", "return-for-revision"),
        ]
        .into_iter()
        .map(|(user, action)| {
            let (path, barrier) = (&path, &barrier);
            s.spawn(move || {
                let mut sim = host_sim::Sim::open(path, &plugin()).unwrap();
                let seen = sim.version(SAMPLE_CASE).unwrap().unwrap();
                let form = if action == "recommend" {
                    recommendation(&mut sim, user, SAMPLE_CASE)
                } else {
                    vec![]
                };
                barrier.wait();
                sim.act(
                    user,
                    with_version(request(Some(SAMPLE_CASE), action, form, Some("意见")), seen),
                )
                .map(|_| ())
            })
        })
        .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let wins = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1, "{results:?}");
    let loser = results.into_iter().find(|r| r.is_err()).unwrap();
    assert_eq!(refusal_code(loser), "version-conflict");
    let sim = host_sim::Sim::open(&path, &plugin()).unwrap();
    assert_eq!(district_decisions(&sim), 1);
}

#[test]
fn enterprise_registered_outside_zhengzhou_is_not_eligible() {
    let mut sim = sim("refusal_outside_zhengzhou");
    open_batch(&mut sim);
    let dir =
        host_sim::directory::Directory::parse(host_sim::directory::DEFAULT_DIRECTORY).unwrap();
    let user = dir
        .users
        .iter()
        .find(|u| u.user_id == "ent-outside")
        .expect("seeded outsider");
    let outsider = Applicant {
        user: user.user_id.clone(),
        code: user.org_unit.clone(),
        name: user.org_name.clone(),
        district: "zhongyuan".into(),
    };
    // 第六条 is checked against the register as soon as the application starts: the
    // enterprise does not fill in a whole form in vain.
    match apply(&mut sim, &outsider) {
        Err(host_sim::CallError::Refused(r)) => {
            assert_eq!(r.code, "not-in-zhengzhou", "{r:?}");
            assert_eq!(r.kind, host_sim::contract::RefusalKind::Forbidden);
            assert!(r.message.contains("第六条"), "{}", r.message);
        }
        other => panic!("an enterprise registered in 洛阳 was accepted: {other:?}"),
    }
    assert!(
        sim.version(&outsider.case()).unwrap().is_none(),
        "nothing stored"
    );
    assert!(
        sim.start_actions(&outsider.user).unwrap().len() <= 1,
        "开始申报 may be offered; taking it explains why not"
    );
}
