//! The recognition process article by article, each test one article of
//! 《郑州市质量标杆认定管理办法》 through the real component on a real SQLite file.
//! Each builds the round up to where its article starts (`Round`), then shows the rules
//! of that article: who may act, what is recorded, who is told, what is published.

use host_sim::demo::{self, request};
use host_sim::{CallError, Sim};
use qb_tests::*;

const LEADER: &str = "city-leader-1";
const PUBLIC: &str = "public";

fn history_labels(sim: &Sim, case: &str) -> Vec<String> {
    sim.history(case)
        .unwrap()
        .into_iter()
        .map(|h| h.label)
        .collect()
}

/// 第八条 自愿申报: only the enterprise starts and submits its own application, with the
/// register's name and district filled in, signed and sealed, and may take it back
/// before its district acts.
#[test]
fn art8_the_enterprise_alone_starts_signs_submits_and_withdraws_its_application() {
    let mut sim = sim("art8_voluntary");
    open_batch(&mut sim);
    // Nobody else can start it for the enterprise.
    for user in [OFFICER, DISTRICT_OFFICE, "expert-01", PUBLIC] {
        assert_eq!(
            refusal_code(sim.act(user, request(None, "start-application", vec![], None))),
            "wrong-role",
            "{user}"
        );
    }
    sim.act(ENTERPRISE, request(None, "start-application", vec![], None))
        .expect("start");
    // The register's facts are on the form from the start.
    let form = sim
        .describe(ENTERPRISE, "application-form", Some(SAMPLE_CASE))
        .unwrap();
    let prefilled: Vec<&str> = form.values.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(prefilled, ["credit-code", "enterprise-name", "district"]);
    assert_eq!(
        refusal_code(sim.act(ENTERPRISE, request(None, "start-application", vec![], None))),
        "application-exists",
        "one application an enterprise a year"
    );
    sim.set_clock("2026-03-16T10:00:00+08:00").unwrap();
    let form = demo::sample_form("application-form").unwrap();
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "edit-form", form, None),
    )
    .unwrap();
    let materials = demo::sample_materials(&mut sim, ENTERPRISE, SAMPLE_CASE).unwrap();
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "edit-materials", materials, None),
    )
    .unwrap();
    let signed = seals(&mut sim, ENTERPRISE).unwrap();
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", signed, None),
    )
    .expect("signed and submitted");
    assert_eq!(stage(&sim, SAMPLE_CASE), "district-review");
    // 撤回 before the district acts: the district's to-do goes with it.
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "withdraw", vec![], Some("补充材料")),
    )
    .expect("撤回");
    assert_eq!(stage(&sim, SAMPLE_CASE), "draft");
    assert!(sim.open_tasks(DISTRICT_OFFICE).unwrap().is_empty());
    let seals = seals(&mut sim, ENTERPRISE).unwrap();
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", seals, None),
    )
    .expect("resubmitted");
    assert_eq!(sim.open_tasks(DISTRICT_OFFICE).unwrap().len(), 1);
    // After the call closes, a draft can no longer be submitted.
    sim.set_clock("2026-05-02T09:00:00+08:00").unwrap();
    assert!(sim.start_actions("ent-02").unwrap().is_empty());
}

/// 第八条, 截止申报: closing before the announced date needs a reason, and the
/// enterprises still drafting are told; after it nobody submits a first time.
#[test]
fn art8_closing_early_needs_a_reason_and_tells_the_drafting_enterprises() {
    let mut sim = sim("art8_close_early");
    open_batch(&mut sim);
    sim.act(ENTERPRISE, request(None, "start-application", vec![], None))
        .expect("start");
    let before = sim.fingerprint().unwrap();
    assert_eq!(
        refusal_code(sim.act(
            OFFICER,
            request(Some("batch-2026"), "close-applications", vec![], None)
        )),
        "reason-required"
    );
    assert_eq!(sim.fingerprint().unwrap(), before);
    close_applications(&mut sim, "省厅通知提前报送，本年度申报提前截止").expect("closed early");
    let told = sim
        .outbox()
        .unwrap()
        .into_iter()
        .find(|n| n.subject.contains("提前截止"))
        .expect("the drafting enterprise is told");
    assert_eq!(told.recipient_org.as_deref(), Some("91410102MA44XKQ7PB"));
    assert!(told.body.contains("省厅通知提前报送"), "{}", told.body);
    let seals = seals(&mut sim, ENTERPRISE).unwrap();
    let r = sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", seals, None),
    );
    assert_eq!(refusal_code(r), "deadline-passed");
}

/// 第六条 认定条件: the register decides (in Zhengzhou, independent legal entity, no bad
/// records) as soon as the application starts; the ticks are checked at submission.
#[test]
fn art6_the_register_decides_eligibility_at_the_start() {
    let mut sim = sim("art6_eligibility");
    open_batch(&mut sim);
    let bad = sim.act("ent-06", request(None, "start-application", vec![], None));
    match bad {
        Err(CallError::Refused(r)) => {
            assert_eq!(r.code, "bad-record");
            assert!(r.message.contains("不良记录"), "{}", r.message);
        }
        other => panic!("a bad record was accepted: {other:?}"),
    }
    assert!(
        sim.version("app-2026-91410103MA000106XD")
            .unwrap()
            .is_none()
    );
    // A missing tick is named at submission.
    sim.act(ENTERPRISE, request(None, "start-application", vec![], None))
        .unwrap();
    let mut form = demo::sample_form("application-form").unwrap();
    form.retain(|f| f.id != "quality-system");
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "edit-form", form, None),
    )
    .unwrap();
    let materials = demo::sample_materials(&mut sim, ENTERPRISE, SAMPLE_CASE).unwrap();
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "edit-materials", materials, None),
    )
    .unwrap();
    let seals = seals(&mut sim, ENTERPRISE).unwrap();
    match sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", seals, None),
    ) {
        Err(CallError::Refused(r)) => assert!(
            r.fields
                .iter()
                .any(|f| f.field == "quality-system" && f.code == "required"),
            "{r:?}"
        ),
        other => panic!("submitted without the tick: {other:?}"),
    }
}

/// 第九条 区县审核推荐: the applicant's own district office returns for revision (the
/// enterprise must seal again after changing anything), declines, hands over (转办), or
/// recommends with its own written 推荐单位意见 and seal.
#[test]
fn art9_the_district_returns_declines_hands_over_and_recommends_in_its_own_words() {
    let mut r = Round::submitted("art9_district", 3);
    let (returned, declined, handed) = (r.apps[0].clone(), r.apps[1].clone(), r.apps[2].clone());
    r.act(
        &office_of(&returned, 1),
        Some(&returned.case()),
        "return-for-revision",
        vec![],
        Some("请补充近三年实施效果数据"),
    );
    assert_eq!(stage(&r.sim, &returned.case()), "returned");
    // The enterprise revises: the seals it filed no longer bind the changed materials.
    let old_seals = seals_for(&mut r.sim, &returned.user, &returned.case()).unwrap();
    let mut materials = materials_for(&mut r.sim, &returned).unwrap();
    for f in &mut materials {
        if f.id == "results" {
            f.value = host_sim::contract::FieldValue::Text(
                "近三年一次交检合格率由97.2%提升至99.6%，质量损失率下降42%。".into(),
            );
        }
    }
    r.act(
        &returned.user,
        Some(&returned.case()),
        "edit-materials",
        materials,
        None,
    );
    match r.sim.act(
        &returned.user,
        request(Some(&returned.case()), "submit", old_seals, None),
    ) {
        Err(CallError::Refused(x)) => {
            assert!(
                x.fields.iter().all(|f| f.code == "seal-stale"),
                "{:?}",
                x.fields
            );
            assert!(x.fields[0].message.contains("签章后内容已修改"));
        }
        other => panic!("resubmitted with seals older than the edit: {other:?}"),
    }
    let fresh = seals_for(&mut r.sim, &returned.user, &returned.case()).unwrap();
    r.act(
        &returned.user,
        Some(&returned.case()),
        "submit",
        fresh,
        Some("已按意见补充"),
    );
    assert!(history_labels(&r.sim, &returned.case()).contains(&"修改后重新提交".to_string()));

    r.act(
        &office_of(&declined, 1),
        Some(&declined.case()),
        "decline",
        vec![],
        Some("经验尚不成熟，不予推荐"),
    );
    assert_eq!(stage(&r.sim, &declined.case()), "declined");

    // 转办: the colleague decides; the one who handed it over no longer can.
    r.act(
        &office_of(&handed, 1),
        Some(&handed.case()),
        "delegate",
        vec![text("assignee", &office_of(&handed, 2))],
        Some("请你办理"),
    );
    let seal = r.sim.seal(
        &office_of(&handed, 1),
        Some(&handed.case()),
        "recommend",
        "district-seal",
        &demo::recommendation_values("同意"),
    );
    assert_eq!(refusal_code(seal), "delegated");
    // The district's own words are the 推荐单位意见 on file and in the 流转记录.
    let words = "该企业六西格玛体系运行有效，数据翔实，经验可复制，同意推荐。";
    let form =
        demo::recommendation(&mut r.sim, &office_of(&handed, 2), &handed.case(), words).unwrap();
    r.act(
        &office_of(&handed, 2),
        Some(&handed.case()),
        "recommend",
        form,
        None,
    );
    let view = r.sim.view(OFFICER, &handed.case()).unwrap();
    let opinion = view
        .sections
        .iter()
        .find(|s| s.title == "推荐单位意见")
        .and_then(|s| s.items.iter().find(|i| i.label == "推荐意见"))
        .map(|i| i.value.clone());
    assert_eq!(opinion.as_deref(), Some(words));
    let line = view.history.iter().find(|h| h.label == "推荐").unwrap();
    assert_eq!(line.opinion.as_deref(), Some(words));
}

/// 第九条 市级形式审查: the bureau accepts or returns to the district, which decides again.
#[test]
fn art9_the_city_formal_check_accepts_or_returns_to_the_district() {
    let mut r = Round::submitted("art9_formal_check", 2);
    for a in r.apps.clone() {
        let form = recommendation(&mut r.sim, &office_of(&a, 1), &a.case());
        r.act(&office_of(&a, 1), Some(&a.case()), "recommend", form, None);
    }
    let (back, on) = (r.case(0), r.case(1));
    r.act(
        OFFICER,
        Some(&back),
        "formal-check",
        vec![
            choice("result", "return"),
            text("note", "推荐单位联系人信息不完整"),
        ],
        Some("请补正后重新推荐"),
    );
    assert_eq!(stage(&r.sim, &back), "district-review");
    assert_eq!(
        r.sim.open_tasks(&office_of(&r.apps[0], 1)).unwrap().len(),
        1
    );
    r.act(
        OFFICER,
        Some(&on),
        "formal-check",
        vec![choice("result", "accept")],
        Some("材料齐全"),
    );
    assert_eq!(stage(&r.sim, &on), "accepted");
}

/// 第七条, 第九条 专家评审: a panel drawn at random from the pool, re-checkable from its
/// recorded seed; a conflicted expert recuses and the next reserve sits; every member
/// scores (会签); the system aggregates, dropping the highest and lowest of five.
#[test]
fn art7_art9_a_recorded_draw_recusal_and_every_member_scores() {
    let mut r = Round::accepted("art7_panel", 3);
    r.act(OFFICER, Some("batch-2026"), "draw-panel", vec![], None);
    let batch = r.sim.view(OFFICER, "batch-2026").unwrap();
    let draw = batch
        .sections
        .iter()
        .find(|s| s.title == "专家抽取记录")
        .expect("the city reads the draw");
    let item = |label: &str| {
        draw.items
            .iter()
            .find(|i| i.label == label)
            .map(|i| i.value.clone())
            .unwrap_or_default()
    };
    // Anyone can re-run it: the pool (the directory's experts by id) and the seed.
    let dir =
        host_sim::directory::Directory::parse(host_sim::directory::DEFAULT_DIRECTORY).unwrap();
    let mut pool: Vec<_> = dir.users.iter().filter(|u| u.role == "expert").collect();
    pool.sort_by(|a, b| a.user_id.cmp(&b.user_id));
    let ids: Vec<String> = pool.iter().map(|u| u.user_id.clone()).collect();
    let order = qb_plugin::panel::shuffle(&ids, item("随机种子").parse().unwrap());
    // People read names; two experts of one name are told apart by their org unit.
    let names: Vec<String> = order
        .iter()
        .map(|id| {
            let u = pool.iter().find(|u| u.user_id == *id).unwrap();
            if pool.iter().filter(|o| o.name == u.name).count() > 1 {
                format!("{}（{}）", u.name, u.org_name)
            } else {
                u.name.clone()
            }
        })
        .collect();
    assert_eq!(item("抽取顺序"), names.join("、"));
    assert!(
        names.iter().any(|n| n.contains('（')),
        "the directory has namesakes"
    );
    // The 流转记录 of the draw names them the same way, never by user id.
    let line = r
        .sim
        .view(OFFICER, "batch-2026")
        .unwrap()
        .history
        .into_iter()
        .find(|h| h.label == "抽取评审专家")
        .and_then(|h| h.detail)
        .expect("the draw's line");
    assert!(
        line.contains(&names.join("、")) && !line.contains("expert-"),
        "{line}"
    );
    // Nobody but the city reads the draw.
    assert!(!seen(&mut r.sim, &r.apps[0].user, "batch-2026").contains("专家抽取记录"));

    // 回避: the first member recuses on the first application; the first reserve sits.
    let case = r.case(0);
    r.act(
        &order[0],
        Some(&case),
        "declare-conflict",
        vec![
            flag("has-conflict", true),
            text("reason", "曾为该企业提供咨询服务"),
        ],
        None,
    );
    assert_eq!(refusal_code(r.sim.view(&order[0], &case)), "not-visible");
    let mut panel = open_score_tasks(&r.sim, &case);
    panel.sort();
    let mut expected: Vec<String> = order[1..6].to_vec();
    expected.sort();
    assert_eq!(panel, expected);

    // 会签: each member scores; nobody reads another's sheet before the aggregate.
    let items = [8.0, 7.0, 7.5, 8.5, 9.5];
    for (k, expert) in order[1..6].iter().enumerate() {
        let sheet = score_sheet(&[items[k]; 6]);
        r.act(expert, Some(&case), "score", sheet, None);
        if k == 0 {
            let other = seen(&mut r.sim, &order[2], &case);
            assert!(
                !other.contains("评分表（"),
                "another expert's sheet is visible"
            );
            assert_eq!(r.sim.view(OFFICER, &case).unwrap().summary.score, None);
        }
    }
    assert_eq!(stage(&r.sim, &case), "scored");
    // Five sheets of 48, 42, 45, 51, 57: drop 57 and 42, the mean of the rest is 48.
    let view = r.sim.view(OFFICER, &case).unwrap();
    assert_eq!(view.summary.score, Some(48.0));
    let last = r.sim.history(&case).unwrap().pop().unwrap();
    assert_eq!(last.label, "专家评审完成");
    assert_eq!(
        last.actor_user, "system",
        "the aggregate is the system's, not an expert's"
    );
}

/// 第九条 答辩/实地考察 (必要时): the enterprise is told the date, time and place; a
/// failed defence or site visit keeps the candidate off the list.
#[test]
fn art9_a_defence_is_arranged_with_date_time_and_place_and_a_failed_visit_ends_the_run() {
    let mut r = Round::scored("art9_inspection", 3);
    let (top, second) = (r.case(0), r.case(1));
    let arrangement = vec![
        choice("kind", "defence"),
        date("date", "2026-06-03"),
        text("time", "09:30"),
        text("place", "市工信局三楼会议室"),
        text("requirements", "法定代表人或分管负责人汇报，15分钟"),
    ];
    r.act(
        OFFICER,
        Some(&top),
        "require-inspection",
        arrangement,
        Some("组织现场答辩"),
    );
    let notice = r
        .sim
        .outbox()
        .unwrap()
        .into_iter()
        .find(|n| n.subject.starts_with("现场答辩通知"))
        .expect("the enterprise is told");
    for part in ["2026年6月3日", "09:30", "市工信局三楼会议室", "15分钟"] {
        assert!(notice.body.contains(part), "{part}: {}", notice.body);
    }
    let record = |result: &str| {
        vec![
            date("date", "2026-06-03"),
            text("participants", "评审专家组、市工信局"),
            text("findings", "答辩清晰，数据可信。"),
            choice("result", result),
        ]
    };
    r.act(OFFICER, Some(&top), "record-defence", record("pass"), None);
    assert_eq!(stage(&r.sim, &top), "scored");
    let visit = vec![
        choice("kind", "site-visit"),
        date("date", "2026-06-04"),
        text("time", "14:00"),
        text("place", "企业生产现场"),
    ];
    r.act(
        OFFICER,
        Some(&second),
        "require-inspection",
        visit,
        Some("实地考察"),
    );
    r.act(
        OFFICER,
        Some(&second),
        "record-site-visit",
        record("fail"),
        None,
    );
    assert_eq!(stage(&r.sim, &second), "not-selected");
}

/// 第十条 拟认定名单与公示: proposed by the officer, approved by the leader, published
/// for objections; each named objection is decided and the result made public; no
/// confirmation while one is open; the period ends by the host's timer on its end date.
#[test]
fn art10_publicity_objections_and_its_end_by_the_hosts_timer() {
    let mut r = Round::in_publicity("art10_publicity", 5, 4);
    let proposed: Vec<String> = (0..4).map(|i| r.case(i)).collect();
    for c in &proposed {
        assert_eq!(stage(&r.sim, c), "proposed");
    }
    assert_eq!(stage(&r.sim, &r.case(4)), "scored");
    let objection = |target: &str| {
        vec![
            text("name", "李明"),
            text("contact", "13900000000"),
            text("id-number", "11010519491231002X"),
            text("target", target),
            text("facts", "该企业2025年发生过产品召回，申报材料未如实说明。"),
        ]
    };
    let (upheld, dismissed) = (proposed[1].clone(), proposed[2].clone());
    r.act(PUBLIC, Some(&upheld), "object", objection(&upheld), None);
    r.act(
        PUBLIC,
        Some(&dismissed),
        "object",
        objection(&dismissed),
        None,
    );
    // The applicant learns of the objection, never who filed it.
    let owner = seen(&mut r.sim, &r.apps[1].user, &upheld);
    assert!(owner.contains("收到实名异议") && !owner.contains("李明"));

    // Monday 2026-06-08 + 5 working days = 06-15; its timer is due at the last second.
    let fired = r.sim.advance_clock("2026-06-16T09:00:00+08:00").unwrap();
    assert!(fired >= 1);
    assert_eq!(stage(&r.sim, "batch-2026"), "publicity-closed");
    let closed = r
        .sim
        .history("batch-2026")
        .unwrap()
        .into_iter()
        .find(|h| h.action == "close-publicity")
        .expect("closed by the timer");
    assert_eq!(closed.at, "2026-06-15T23:59:59+08:00");
    assert_eq!(closed.actor_user, "system");
    assert_eq!(
        refusal_code(r.sim.act(
            PUBLIC,
            request(Some(&proposed[0]), "object", objection(&proposed[0]), None)
        )),
        "deadline-passed"
    );
    let form = publication_form(&mut r.sim);
    assert_eq!(
        refusal_code(r.sim.act(
            LEADER,
            request(Some("batch-2026"), "publish", form, Some("同意"))
        )),
        "objection-open"
    );
    for (case, result) in [(&upheld, "upheld"), (&dismissed, "dismissed")] {
        r.act(
            OFFICER,
            Some(case),
            "decide-objection",
            vec![choice("result", result), text("reason", "经核查")],
            None,
        );
    }
    assert_eq!(stage(&r.sim, &upheld), "removed");
    assert_eq!(stage(&r.sim, &dismissed), "proposed");
    let results = r
        .sim
        .count("SELECT COUNT(*) FROM public_records WHERE kind = 'objection-result'")
        .unwrap();
    assert_eq!(results, 2, "每项异议的处理结果公开");
}

/// 第十条, 第十二条 发文公布: the leader confirms under a document number and the
/// bureau's seal; plaques are numbered in rank order; every district is copied (抄送);
/// the typical experiences enter the public catalogue.
#[test]
fn art10_art12_publication_numbers_plaques_copies_districts_and_fills_the_catalogue() {
    let r = Round::published("art10_publication", 5, 3);
    for i in 0..3 {
        assert_eq!(stage(&r.sim, &r.case(i)), "recognized");
    }
    for i in 3..5 {
        assert_eq!(stage(&r.sim, &r.case(i)), "not-selected");
    }
    let mut sim = r.sim;
    let view = sim.view(&r.apps[0].user, &r.apps[0].case()).unwrap();
    assert!(
        view.sections[0]
            .items
            .iter()
            .any(|i| i.value == "郑质标〔2026〕001号"),
        "{:?}",
        view.sections[0]
    );
    let record: String = sim
        .connection()
        .query_row(
            "SELECT body FROM public_records WHERE kind = 'recognition'",
            &[],
            |row| row.get(0),
        )
        .unwrap();
    let lines: Vec<&str> = record.lines().skip(1).collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with(&format!("1. {}", r.apps[0].name)),
        "{}",
        lines[0]
    );
    let copies = sim
        .count("SELECT COUNT(DISTINCT recipient_org) FROM outbox WHERE kind = 'carbon-copy' AND subject LIKE '%名单公布'")
        .unwrap();
    assert_eq!(copies, 16);
    let catalogue = sim
        .count(
            "SELECT COUNT(*) FROM public_records WHERE kind = 'catalogue' AND withdrawn_at IS NULL",
        )
        .unwrap();
    assert_eq!(catalogue, 3);
}

/// 第十一条: an applicant of the provincial round counts without a second submission;
/// the bureau files its materials; the best benchmarks are recommended to the province.
#[test]
fn art11_provincial_applicants_count_and_the_best_are_recommended_upwards() {
    let mut sim = sim("art11_provincial");
    open_batch(&mut sim);
    let p = applicants()[4].clone();
    let import = vec![
        text("provincial-ref", "豫质标〔2026〕申字017号"),
        text("enterprise-name", &p.name),
        text("credit-code", &p.code),
        choice("district", &p.district),
    ];
    sim.act(
        OFFICER,
        request(Some("batch-2026"), "import-provincial", import, None),
    )
    .expect("import");
    assert_eq!(stage(&sim, &p.case()), "formal-check");
    assert!(
        sim.actions(&p.user, &p.case()).unwrap().is_empty(),
        "the enterprise submits nothing a second time"
    );
    let (_, mut materials) = forms_for(&p);
    materials.retain(|f| f.id != "evidence");
    sim.act(
        OFFICER,
        request(Some(&p.case()), "register-materials", materials, None),
    )
    .expect("the bureau files the materials");
    assert_eq!(
        refusal_code(sim.act(
            &p.user,
            request(Some(&p.case()), "edit-materials", vec![], None)
        )),
        "wrong-stage"
    );
    let told = sim
        .outbox()
        .unwrap()
        .into_iter()
        .any(|n| n.subject == "省级申报计入市级申报");
    assert!(told);

    let mut r = Round::published("art11_upwards", 4, 3);
    r.act(
        LEADER,
        Some("batch-2026"),
        "recommend-provincial",
        vec![number("count", 2.0)],
        Some("择优推荐"),
    );
    let up: String = r
        .sim
        .connection()
        .query_row(
            "SELECT body FROM public_records WHERE kind = 'provincial-recommendation'",
            &[],
            |row| row.get(0),
        )
        .unwrap();
    assert!(
        up.contains(&r.apps[0].name) && up.contains(&r.apps[1].name),
        "{up}"
    );
    assert!(!up.contains(&r.apps[2].name), "{up}");
}

/// 第十三条 动态管理: a revocation, proposed with reason and evidence and approved by a
/// leader, is announced with its reason, and the benchmark leaves the public catalogue.
#[test]
fn art13_revocation_withdraws_the_catalogue_entry_and_announces_the_reason() {
    let mut r = Round::published("art13_revocation", 3, 2);
    let revoked = r.case(1);
    r.sim.set_clock("2026-09-01T09:00:00+08:00").unwrap();
    let report = evidence(
        &mut r.sim,
        OFFICER,
        &revoked,
        "propose-revocation",
        "evidence",
        "事故调查报告.pdf",
    );
    r.act(
        OFFICER,
        Some(&revoked),
        "propose-revocation",
        vec![
            choice("reason-kind", "safety"),
            text("reason", "2026年8月发生较大生产安全责任事故"),
            report,
        ],
        Some("提请撤销"),
    );
    r.act(
        LEADER,
        Some(&revoked),
        "approve-revocation",
        vec![],
        Some("同意撤销"),
    );
    assert_eq!(stage(&r.sim, &revoked), "revoked");
    let listed = |sim: &Sim, kind: &str| -> Vec<(String, String)> {
        sim.connection()
            .query_map(
                "SELECT title, body FROM public_records WHERE kind = ?1 AND withdrawn_at IS NULL",
                &[&kind],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap()
    };
    let catalogue = listed(&r.sim, "catalogue");
    assert_eq!(
        catalogue.len(),
        1,
        "the revoked benchmark left the catalogue"
    );
    assert!(!catalogue[0].1.contains(&r.apps[1].name));
    let notice = listed(&r.sim, "revocation");
    assert_eq!(notice.len(), 1);
    assert!(
        notice[0].1.contains("较大生产安全责任事故") && notice[0].1.contains("第十三条"),
        "{:?}",
        notice[0]
    );
    // The public reads the revocation on the case; the withdrawn entry stays in the
    // host's audit, marked withdrawn.
    let withdrawn = r
        .sim
        .count("SELECT COUNT(*) FROM public_records WHERE kind = 'catalogue' AND withdrawn_at IS NOT NULL")
        .unwrap();
    assert_eq!(withdrawn, 1);
    assert!(seen(&mut r.sim, PUBLIC, &revoked).contains("已撤销"));
}
