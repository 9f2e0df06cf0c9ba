//! A full annual round through every stage of the regulation, driven through the real
//! component: 30 direct applications across districts plus one provincial applicant;
//! a return and resubmission, a decline, a 转办, a formal-check return, a recused
//! expert, a defence and a failed site visit, an upheld and a dismissed objection,
//! confirmation, provincial recommendation and a revocation afterwards.

use std::collections::BTreeMap;

use host_sim::demo::request;
use host_sim::{CallError, Sim};
use qb_tests::*;

const LEADER: &str = "city-leader-1";
const PUBLIC: &str = "public";

fn office(a: &Applicant, n: u8) -> String {
    format!("{}-office-{n}", a.district)
}

fn ok<T: std::fmt::Debug>(what: &str, r: Result<T, CallError>) -> T {
    r.unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// Six item scores for an expert on an application: distinct per pair, 5.0–9.9.
fn items(app: usize, expert: &str) -> Vec<f64> {
    let e: usize = expert.bytes().map(usize::from).sum();
    (0..6)
        .map(|k| 5.0 + ((app * 37 + e * 11 + k * 5) % 50) as f64 / 10.0)
        .collect()
}

/// The aggregate as the regulation's panel computes it, independently of the plugin.
fn trimmed_mean(mut totals: Vec<f64>) -> f64 {
    totals.sort_by(f64::total_cmp);
    let kept = if totals.len() >= 5 {
        &totals[1..totals.len() - 1]
    } else {
        &totals[..]
    };
    ((kept.iter().sum::<f64>() / kept.len() as f64) * 100.0).round() / 100.0
}

fn recommend(sim: &mut Sim, user: &str, case: &str) {
    let form = recommendation(sim, user, case);
    ok(
        "recommend",
        sim.act(
            user,
            request(
                Some(case),
                "recommend",
                form,
                Some("经审核，材料真实，经验突出，同意推荐。"),
            ),
        ),
    );
}

fn formal_check(sim: &mut Sim, case: &str, accept: bool) {
    let mut values = vec![choice("result", if accept { "accept" } else { "return" })];
    if !accept {
        values.push(text("note", "推荐单位联系人信息不完整"));
    }
    ok(
        "formal check",
        sim.act(
            OFFICER,
            request(
                Some(case),
                "formal-check",
                values,
                Some(if accept {
                    "材料齐全，通过"
                } else {
                    "请补正后重新推荐"
                }),
            ),
        ),
    );
}

#[test]
fn full_annual_round() {
    let mut sim = sim("full_round");
    open_batch(&mut sim);
    sim.set_clock("2026-03-16T10:00:00+08:00").unwrap();
    let everyone = applicants();
    let direct: Vec<Applicant> = everyone[..30].to_vec();
    let provincial = everyone[30].clone();
    let districts: std::collections::BTreeSet<_> =
        direct.iter().map(|a| a.district.clone()).collect();
    assert!(
        districts.len() >= 8,
        "applications span several districts: {districts:?}"
    );

    // 第八条: thirty enterprises apply.
    for a in &direct {
        ok(&format!("apply {}", a.name), apply(&mut sim, a));
    }
    // 第六条: an enterprise with a bad record is refused at submission, and stays a draft.
    let bad = Applicant {
        user: "ent-06".into(),
        code: "91410103MA000106XD".into(),
        name: "河南二七食品集团有限公司".into(),
        district: "erqi".into(),
    };
    match apply(&mut sim, &bad) {
        Err(CallError::Refused(r)) => {
            assert!(r.fields.iter().any(|f| f.code == "bad-record"), "{r:?}")
        }
        other => panic!("bad record accepted: {other:?}"),
    }
    assert_eq!(stage(&sim, &bad.case()), "draft");

    // 第九条: district review — return and resubmit, decline, 转办, the rest recommended.
    let (returned, declined, delegated, bounced) = (&direct[1], &direct[2], &direct[3], &direct[4]);
    sim.set_clock("2026-04-20T10:00:00+08:00").unwrap();
    ok(
        "return",
        sim.act(
            &office(returned, 1),
            request(
                Some(&returned.case()),
                "return",
                vec![],
                Some("请补充近三年实施效果数据"),
            ),
        ),
    );
    assert_eq!(stage(&sim, &returned.case()), "returned");
    let (_, mut materials) = forms_for(returned);
    if let Some(f) = materials.iter_mut().find(|f| f.id == "results") {
        f.value = host_sim::contract::FieldValue::Text(
            "近三年一次交检合格率由97.2%提升至99.6%，质量损失率下降42%，顾客满意度提升至96分。"
                .into(),
        );
    }
    ok(
        "revise",
        sim.act(
            &returned.user,
            request(Some(&returned.case()), "edit-materials", materials, None),
        ),
    );
    let seals = seals_for(&sim, &returned.user, &returned.case());
    ok(
        "resubmit",
        sim.act(
            &returned.user,
            request(
                Some(&returned.case()),
                "submit",
                seals,
                Some("已按意见补充"),
            ),
        ),
    );
    ok(
        "decline",
        sim.act(
            &office(declined, 1),
            request(
                Some(&declined.case()),
                "decline",
                vec![],
                Some("经验尚不成熟，不予推荐"),
            ),
        ),
    );
    ok(
        "delegate",
        sim.act(
            &office(delegated, 1),
            request(
                Some(&delegated.case()),
                "delegate",
                vec![text("assignee", &office(delegated, 2))],
                Some("请你办理"),
            ),
        ),
    );
    let form = recommendation(&sim, &office(delegated, 1), &delegated.case());
    assert_eq!(
        refusal_code(sim.act(
            &office(delegated, 1),
            request(Some(&delegated.case()), "recommend", form, Some("同意"))
        )),
        "delegated"
    );
    for a in &direct {
        if a.code == declined.code {
            continue;
        }
        let user = if a.code == delegated.code {
            office(a, 2)
        } else {
            office(a, 1)
        };
        recommend(&mut sim, &user, &a.case());
    }

    // City formal check: one returned to its district, re-recommended, accepted.
    formal_check(&mut sim, &bounced.case(), false);
    assert_eq!(stage(&sim, &bounced.case()), "district-review");
    recommend(&mut sim, &office(bounced, 1), &bounced.case());
    for a in &direct {
        if a.code != declined.code {
            formal_check(&mut sim, &a.case(), true);
        }
    }

    // 第十一条: a provincial applicant counts without a second submission.
    let import = vec![
        text("provincial-ref", "豫质标〔2026〕申字017号"),
        text("enterprise-name", &provincial.name),
        text("credit-code", &provincial.code),
        choice("district", &provincial.district),
    ];
    ok(
        "import",
        sim.act(
            OFFICER,
            request(Some("batch-2026"), "import-provincial", import, None),
        ),
    );
    assert!(
        sim.actions(&provincial.user, &provincial.case())
            .unwrap()
            .is_empty(),
        "the enterprise submits nothing"
    );
    let (_, materials) = forms_for(&provincial);
    ok(
        "register materials",
        sim.act(
            OFFICER,
            request(Some(&provincial.case()), "edit-materials", materials, None),
        ),
    );
    formal_check(&mut sim, &provincial.case(), true);

    sim.set_clock("2026-05-06T09:00:00+08:00").unwrap();
    ok(
        "close",
        sim.act(
            OFFICER,
            request(
                Some("batch-2026"),
                "close-applications",
                vec![],
                Some("申报截止"),
            ),
        ),
    );

    // 第九条 expert review: a recorded draw, re-checkable from its seed.
    ok(
        "draw",
        sim.act(
            OFFICER,
            request(Some("batch-2026"), "draw-panel", vec![], None),
        ),
    );
    let reviewed: Vec<Applicant> = direct
        .iter()
        .filter(|a| a.code != declined.code)
        .cloned()
        .chain([provincial.clone()])
        .collect();
    assert_eq!(reviewed.len(), 30);
    let batch = sim.view(OFFICER, "batch-2026").unwrap();
    let draw = batch
        .sections
        .iter()
        .find(|s| s.title == "专家抽取记录")
        .expect("draw recorded");
    let get = |label: &str| {
        draw.items
            .iter()
            .find(|i| i.label == label)
            .map(|i| i.value.clone())
            .unwrap_or_default()
    };
    let seed: u64 = get("随机种子").parse().unwrap();
    let pool: Vec<String> = get("专家库").split('、').map(String::from).collect();
    let order = qb_plugin::panel::shuffle(&pool, seed);
    assert_eq!(
        get("抽取顺序"),
        order.join("、"),
        "the draw re-runs from its seed"
    );
    let mut panel: Vec<String> = order[..5].to_vec();

    // 回避: the first panel member declares a conflict on one application; the first reserve replaces them.
    let conflicted = &reviewed[5];
    ok(
        "recuse",
        sim.act(
            &panel[0],
            request(
                Some(&conflicted.case()),
                "declare-conflict",
                vec![
                    flag("has-conflict", true),
                    text("reason", "曾为该企业提供咨询服务"),
                ],
                None,
            ),
        ),
    );
    assert_eq!(
        refusal_code(sim.view(&panel[0], &conflicted.case())),
        "not-visible",
        "a recused expert loses access"
    );
    let mut panels: BTreeMap<String, Vec<String>> =
        reviewed.iter().map(|a| (a.case(), panel.clone())).collect();
    let replaced: Vec<String> = panel[1..]
        .iter()
        .cloned()
        .chain([order[5].clone()])
        .collect();
    panels.insert(conflicted.case(), replaced);
    panel.truncate(5);

    // 会签: every member scores every assigned application.
    let mut expected: BTreeMap<String, f64> = BTreeMap::new();
    for (i, a) in reviewed.iter().enumerate() {
        let members = &panels[&a.case()];
        let mut totals = Vec::new();
        for (k, expert) in members.iter().enumerate() {
            let it = items(i, expert);
            totals.push((it.iter().sum::<f64>() * 100.0).round() / 100.0);
            ok(
                "score",
                sim.act(
                    expert,
                    request(Some(&a.case()), "score", score_sheet(&it), None),
                ),
            );
            if k == 0 {
                // Nobody sees another expert's sheet before aggregation.
                let other = sim.view(&members[1], &a.case()).unwrap();
                assert!(
                    !other
                        .sections
                        .iter()
                        .any(|s| s.title.contains(expert.as_str())),
                    "expert sees another's score"
                );
                let city = sim.view(OFFICER, &a.case()).unwrap();
                assert!(
                    !city.sections.iter().any(|s| s.title.starts_with("评分表")),
                    "city sees sheets before aggregation"
                );
                assert_eq!(city.summary.score, None);
            }
        }
        assert_eq!(totals.len(), 5);
        expected.insert(a.case(), trimmed_mean(totals));
        assert_eq!(stage(&sim, &a.case()), "scored");
        assert_eq!(
            sim.view(OFFICER, &a.case()).unwrap().summary.score,
            Some(expected[&a.case()])
        );
    }

    // Ranking by aggregate; the bureau orders a defence for the leader and a site visit for the runner-up.
    let mut ranking: Vec<(f64, String)> = expected.iter().map(|(c, s)| (*s, c.clone())).collect();
    ranking.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let (top, second) = (ranking[0].1.clone(), ranking[1].1.clone());
    ok(
        "defence",
        sim.act(
            OFFICER,
            request(
                Some(&top),
                "require-inspection",
                vec![],
                Some("组织现场答辩"),
            ),
        ),
    );
    let record = |result: &str| {
        vec![
            date("date", "2026-06-03"),
            text("participants", "评审专家组、市工信局"),
            text("findings", "答辩清晰，数据可信。"),
            choice("result", result),
        ]
    };
    ok(
        "defence record",
        sim.act(
            OFFICER,
            request(Some(&top), "record-defence", record("pass"), None),
        ),
    );
    ok(
        "site visit",
        sim.act(
            OFFICER,
            request(
                Some(&second),
                "require-inspection",
                vec![],
                Some("组织实地考察"),
            ),
        ),
    );
    ok(
        "site record",
        sim.act(
            OFFICER,
            request(Some(&second), "record-site-visit", record("fail"), None),
        ),
    );

    // 第十条: the officer proposes twelve, the leader approves, 公示 begins.
    sim.set_clock("2026-06-08T09:00:00+08:00").unwrap();
    ok(
        "propose",
        sim.act(
            OFFICER,
            request(
                Some("batch-2026"),
                "propose-list",
                vec![number("count", 12.0)],
                Some("按综合得分提出"),
            ),
        ),
    );
    ok(
        "approve",
        sim.act(
            LEADER,
            request(Some("batch-2026"), "approve-list", vec![], Some("同意公示")),
        ),
    );
    let proposed: Vec<String> = ranking
        .iter()
        .map(|(_, c)| c.clone())
        .filter(|c| *c != second)
        .take(12)
        .collect();
    for c in &proposed {
        assert_eq!(stage(&sim, c), "proposed", "{c}");
        assert!(sim.view(PUBLIC, c).is_ok(), "the public sees the 公示 list");
    }

    // Named objections: one upheld, one dismissed.
    let objection = |target: &str| {
        vec![
            text("name", "李明"),
            text("contact", "13900000000"),
            text("id-number", "11010519491231002X"),
            text("target", target),
            text("facts", "该企业2025年发生过产品召回，申报材料未如实说明。"),
        ]
    };
    let (upheld, dismissed) = (proposed[2].clone(), proposed[4].clone());
    ok(
        "object 1",
        sim.act(
            PUBLIC,
            request(Some(&upheld), "object", objection(&upheld), None),
        ),
    );
    ok(
        "object 2",
        sim.act(
            PUBLIC,
            request(Some(&dismissed), "object", objection(&dismissed), None),
        ),
    );

    // End of 公示 by the host's timer (5 working days: 06-08 .. 06-15, with 端午 06-19 outside).
    sim.set_clock("2026-06-16T09:00:00+08:00").unwrap();
    assert_eq!(
        refusal_code(sim.act(
            PUBLIC,
            request(Some(&proposed[0]), "object", objection(&proposed[0]), None)
        )),
        "deadline-passed"
    );
    // Every due-date timer of the round fires too; steps already done are not reminded.
    assert!(sim.run_due_timers().unwrap() > 1);
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM outbox WHERE kind = 'reminder'")
            .unwrap(),
        0
    );
    assert_eq!(
        sim.view(OFFICER, "batch-2026").unwrap().summary.stage,
        "publicity-closed"
    );
    let form = publication_form(&sim);
    assert_eq!(
        refusal_code(sim.act(
            LEADER,
            request(Some("batch-2026"), "publish", form, Some("同意"))
        )),
        "objection-open"
    );
    ok(
        "uphold",
        sim.act(
            OFFICER,
            request(
                Some(&upheld),
                "decide-objection",
                vec![
                    choice("result", "upheld"),
                    text("reason", "经核查，异议反映情况属实"),
                ],
                None,
            ),
        ),
    );
    ok(
        "dismiss",
        sim.act(
            OFFICER,
            request(
                Some(&dismissed),
                "decide-objection",
                vec![
                    choice("result", "dismissed"),
                    text("reason", "经核查，召回系供应商批次问题，已如实整改"),
                ],
                None,
            ),
        ),
    );
    assert_eq!(stage(&sim, &upheld), "removed");
    assert_eq!(stage(&sim, &dismissed), "proposed");

    // Confirmation and publication under a document number, with plaques.
    let form = publication_form(&sim);
    ok(
        "publish",
        sim.act(
            LEADER,
            request(Some("batch-2026"), "publish", form, Some("同意发文公布")),
        ),
    );
    let recognized: Vec<String> = proposed.iter().filter(|c| **c != upheld).cloned().collect();
    assert_eq!(recognized.len(), 11);
    let names: BTreeMap<String, String> = everyone
        .iter()
        .map(|a| (a.case(), a.name.clone()))
        .collect();
    let record: String = sim
        .connection()
        .query_row(
            "SELECT body FROM public_records WHERE kind = 'recognition'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let listed: Vec<&str> = record.lines().skip(1).collect();
    assert_eq!(listed.len(), 11);
    for (i, c) in recognized.iter().enumerate() {
        assert!(
            listed[i].starts_with(&format!("{}. {}", i + 1, names[c])),
            "rank {i}: {} vs {}",
            listed[i],
            names[c]
        );
        let view = sim
            .view(
                c.split('-')
                    .nth(2)
                    .map(|code| {
                        everyone
                            .iter()
                            .find(|a| a.code == code)
                            .unwrap()
                            .user
                            .as_str()
                    })
                    .unwrap(),
                c,
            )
            .unwrap();
        let plaque = format!("郑质标〔2026〕{:03}号", i + 1);
        assert!(
            view.sections[0].items.iter().any(|it| it.value == plaque),
            "plaque {plaque}"
        );
    }
    let copies: i64 = sim.count("SELECT COUNT(DISTINCT recipient_org) FROM outbox WHERE kind = 'carbon-copy' AND subject LIKE '%名单公布'").unwrap();
    assert_eq!(copies, 16, "抄送 every district office on publication");
    let catalogue: i64 = sim
        .count("SELECT COUNT(*) FROM public_records WHERE kind = 'catalogue'")
        .unwrap();
    assert_eq!(catalogue, 11, "第十二条 catalogue of typical experiences");

    // 第十一条: the best three recommended to the province.
    ok(
        "provincial",
        sim.act(
            LEADER,
            request(
                Some("batch-2026"),
                "recommend-provincial",
                vec![number("count", 3.0)],
                Some("择优推荐"),
            ),
        ),
    );
    let up: String = sim
        .connection()
        .query_row(
            "SELECT body FROM public_records WHERE kind = 'provincial'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for c in &recognized[..3] {
        assert!(up.contains(&names[c]), "{up}");
    }

    // 第十三条: a revocation afterwards, approved by a leader and recorded publicly.
    let revoked = recognized[1].clone();
    sim.set_clock("2026-09-01T09:00:00+08:00").unwrap();
    ok(
        "propose revocation",
        sim.act(
            OFFICER,
            request(
                Some(&revoked),
                "propose-revocation",
                vec![
                    choice("reason-kind", "safety"),
                    text("reason", "2026年8月发生较大生产安全责任事故"),
                    evidence("evidence", "事故调查报告.pdf"),
                ],
                Some("提请撤销"),
            ),
        ),
    );
    ok(
        "approve revocation",
        sim.act(
            LEADER,
            request(
                Some(&revoked),
                "approve-revocation",
                vec![],
                Some("同意撤销"),
            ),
        ),
    );
    let revocations: i64 = sim
        .count("SELECT COUNT(*) FROM public_records WHERE kind = 'revocation'")
        .unwrap();
    assert_eq!(revocations, 1);

    // Every enterprise's final status.
    for a in direct.iter().chain([&provincial]) {
        let c = a.case();
        let want = if c == declined.case() {
            "declined"
        } else if c == upheld {
            "removed"
        } else if c == revoked {
            "revoked"
        } else if recognized.contains(&c) {
            "recognized"
        } else {
            "not-selected"
        };
        assert_eq!(stage(&sim, &c), want, "{}", a.name);
    }
    assert_eq!(
        stage(&sim, &second),
        "not-selected",
        "a failed site visit keeps a candidate off the list"
    );
    assert_eq!(sim.verify_history_chain().unwrap(), None);
    assert!(
        sim.open_tasks(OFFICER).unwrap().is_empty(),
        "no city task left open: {:?}",
        sim.open_tasks(OFFICER).unwrap()
    );
}
