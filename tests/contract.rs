//! Contract 0.2: what a host that follows the contract shows, seals, stores and fires —
//! through host-sim on real SQLite files and through its portal over HTTP, as people
//! meet it. A faithful host cannot leak, mis-seal or stall.

use host_sim::contract::{FieldValue, RefusalKind, SealCapacity};
use host_sim::demo::{self, request};
use host_sim::{CallError, Sim};
use qb_tests::portal::Portal;
use qb_tests::*;
use serde_json::json;

const PUBLIC: &str = "public";

/// Every expert's name and user id in the directory.
fn experts() -> Vec<(String, String)> {
    let dir =
        host_sim::directory::Directory::parse(host_sim::directory::DEFAULT_DIRECTORY).unwrap();
    dir.users
        .iter()
        .filter(|u| u.role == "expert")
        .map(|u| (u.user_id.clone(), u.name.clone()))
        .collect()
}

/// What the public must never read of an application during 公示: the 申报表's figures
/// and contacts, the district's opinion, scores and the experts.
fn confidential() -> Vec<String> {
    let mut out: Vec<String> = [
        "13838012345",                 // the contact's mobile
        "王晓敏",                      // the contact
        "quality@zyjg-example.com.cn", // e-mail
        "68520.5",                     // 资产总额 2023
        "经审核，材料真实，经验突出",  // the district's opinion
        "59.4",                        // the aggregate score of the first candidate
        "综合得分",
        "2023年河南省质量管理小组活动成果一等奖证书", // the evidence file
    ]
    .map(String::from)
    .to_vec();
    out.extend(experts().into_iter().flat_map(|(id, name)| [id, name]));
    out
}

#[test]
fn the_public_during_publicity_reads_the_list_and_nothing_of_the_file() {
    let mut r = Round::in_publicity("contract_public", 3, 2);
    let case = r.case(0);
    // Through the contract: the plugin's view for the public.
    let view = r.sim.view(PUBLIC, &case).unwrap();
    assert!(view.forms.is_empty(), "no form on file: {:?}", view.forms);
    assert!(view.attachments.is_empty());
    assert!(view.tasks.is_empty());
    assert_eq!(view.summary.score, None);
    let text = format!("{view:?}");
    for secret in confidential() {
        assert!(!text.contains(&secret), "the public reads {secret}");
    }
    assert!(text.contains(&r.apps[0].name) && text.contains(&r.apps[0].title()));
    // The owner and the city read their file.
    let owner = seen(&mut r.sim, &r.apps[0].user, &case);
    assert!(owner.contains("13838012345") && owner.contains("2023年河南省质量管理小组"));
    let file: String = r
        .sim
        .connection()
        .query_row(
            "SELECT id FROM attachments WHERE case_id = ?1 AND linked = 1",
            &[&case],
            |row| row.get(0),
        )
        .expect("the evidence was filed");
    let owner_user = r.apps[0].user.clone();
    let db = r.sim.connection().path().unwrap().to_string();
    drop(r);

    // Through the portal, as a person meets it.
    let portal = Portal::start(std::path::Path::new(&db), "2026-06-09T10:00:00+08:00");
    let (status, page) = portal.get(&format!("/case/{case}"), Some(PUBLIC));
    assert_eq!(status, 200, "{page}");
    for secret in [
        "13838012345",
        "王晓敏",
        "68520.5",
        "经审核，材料真实",
        "综合得分",
        "2023年河南省质量管理小组活动成果一等奖证书",
    ] {
        assert!(!page.contains(secret), "the public's page shows {secret}");
    }
    for (id, name) in experts() {
        assert!(
            !page.contains(&format!(">{name}<")) && !page.contains(&id),
            "the public's page names expert {name}"
        );
    }
    let (status, _) = portal.get(&format!("/attachments/{file}"), Some(PUBLIC));
    assert_eq!(status, 403, "the public cannot download the evidence");
    let (status, _) = portal.get(&format!("/attachments/{file}"), Some(&owner_user));
    assert_eq!(status, 200, "its owner can");
    let (status, list) = portal.get("/public", None);
    assert_eq!(status, 200);
    assert!(list.contains("拟认定名单公示"), "the 公示 itself is public");
}

#[test]
fn an_applicant_never_learns_who_its_experts_are() {
    let mut r = Round::accepted("contract_experts", 2);
    r.act(OFFICER, Some("batch-2026"), "draw-panel", vec![], None);
    let case = r.case(0);
    let names = experts();
    let check = |r: &mut Round, when: &str| {
        for who in [r.apps[0].user.clone(), office_of(&r.apps[0], 1)] {
            let text = seen(&mut r.sim, &who, &case);
            for (id, name) in &names {
                assert!(
                    !text.contains(id.as_str()) && !text.contains(name.as_str()),
                    "{when}: {who} reads expert {name}"
                );
            }
        }
    };
    let view = r.sim.view(&r.apps[0].user, &case).unwrap();
    assert_eq!(
        view.tasks.len(),
        5,
        "the applicant sees five scoring steps…"
    );
    assert!(
        view.tasks.iter().all(|t| t.who == "评审专家"),
        "…held by 评审专家"
    );
    check(&mut r, "during review");
    for expert in open_score_tasks(&r.sim, &case) {
        r.act(
            &expert,
            Some(&case),
            "score",
            score_sheet(&items_for(0)),
            None,
        );
    }
    let view = r.sim.view(&r.apps[0].user, &case).unwrap();
    let scored: Vec<_> = view
        .history
        .iter()
        .filter(|h| h.label == "专家提交评分")
        .collect();
    assert_eq!(scored.len(), 5);
    assert!(scored.iter().all(|h| h.who == "评审专家"));
    check(&mut r, "after scoring");
    // The city knows them by name.
    let city = seen(&mut r.sim, OFFICER, &case);
    assert!(names.iter().any(|(_, n)| city.contains(n.as_str())));
}

/// Two applications of the same district, submitted.
fn two_in_zhongyuan(name: &str) -> (Sim, Vec<Applicant>) {
    let mut sim = sim(name);
    open_batch(&mut sim);
    let apps = two_applied_in(&mut sim, "zhongyuan");
    (sim, apps)
}

fn field_refusal(r: Result<impl std::fmt::Debug, CallError>) -> (String, String, String) {
    match r {
        Err(CallError::Refused(x)) => {
            assert_eq!(x.kind, RefusalKind::Invalid, "{x:?}");
            let f = x.fields.first().expect("a field error").clone();
            (f.field, f.code, f.message)
        }
        other => panic!("expected a refusal naming a field, got {other:?}"),
    }
}

#[test]
fn a_seal_binds_its_content_its_signer_and_its_capacity() {
    let (mut sim, apps) = two_in_zhongyuan("contract_seals");
    let (a, b) = (apps[0].case(), apps[1].case());

    // A seal for other content: the office's seal on A's recommendation, used on B's.
    let for_a = demo::recommendation(&mut sim, DISTRICT_OFFICE, &a, "同意推荐。").unwrap();
    let before = sim.fingerprint().unwrap();
    let (field, code, message) = field_refusal(sim.act(
        DISTRICT_OFFICE,
        request(Some(&b), "recommend", for_a.clone(), None),
    ));
    assert_eq!(
        (field.as_str(), code.as_str()),
        ("district-seal", "seal-purpose")
    );
    assert!(message.starts_with("推荐单位公章："), "{message}");
    assert_eq!(sim.fingerprint().unwrap(), before, "nothing stored");

    // The same seal on changed content: the opinion edited after sealing.
    let mut edited = for_a.clone();
    edited[0].value = FieldValue::Text("同意推荐，建议列为重点。".into());
    let (_, code, message) = field_refusal(sim.act(
        DISTRICT_OFFICE,
        request(Some(&a), "recommend", edited, None),
    ));
    assert_eq!(code, "seal-stale");
    assert!(message.contains("签章后内容已修改"), "{message}");

    // The enterprise takes its application back to seal it again (撤回).
    sim.act(
        &apps[0].user,
        request(Some(&a), "withdraw", vec![], Some("重新签章")),
    )
    .unwrap();
    // A signature by someone else, however well formed: the public account signing for
    // the enterprise's legal representative.
    let mut seals = seals_for(&mut sim, &apps[0].user, &a).unwrap();
    let FieldValue::Seal(signature) = seals[0].value.clone() else {
        panic!("a seal")
    };
    let forged = sim
        .seal_as_issued(host_sim::contract::SealRef {
            signer: PUBLIC.into(),
            ..signature.clone()
        })
        .unwrap();
    seals[0].value = FieldValue::Seal(forged);
    let (field, code, message) = field_refusal(sim.act(
        &apps[0].user,
        request(Some(&a), "submit", seals.clone(), None),
    ));
    assert_eq!(
        (field.as_str(), code.as_str()),
        ("legal-rep-signature", "seal-signer")
    );
    assert!(message.starts_with("法人代表签字："), "{message}");

    // A personal signature where the enterprise's seal belongs.
    let mut seals = seals_for(&mut sim, &apps[0].user, &a).unwrap();
    let FieldValue::Seal(org_seal) = seals[1].value.clone() else {
        panic!("a seal")
    };
    let personal = sim
        .seal_as_issued(host_sim::contract::SealRef {
            capacity: SealCapacity::Personal,
            ..org_seal.clone()
        })
        .unwrap();
    seals[1].value = FieldValue::Seal(personal);
    let (field, code, _) =
        field_refusal(sim.act(&apps[0].user, request(Some(&a), "submit", seals, None)));
    assert_eq!(
        (field.as_str(), code.as_str()),
        ("enterprise-seal", "seal-capacity")
    );

    // A seal the seal service never issued.
    let mut seals = seals_for(&mut sim, &apps[0].user, &a).unwrap();
    if let FieldValue::Seal(s) = &mut seals[1].value {
        s.digest = "0".repeat(64);
    }
    let (_, code, _) =
        field_refusal(sim.act(&apps[0].user, request(Some(&a), "submit", seals, None)));
    assert_eq!(code, "seal-invalid");

    // A seal older than the last edit: the materials changed after sealing.
    let old = seals_for(&mut sim, &apps[0].user, &a).unwrap();
    sim.act(
        &apps[0].user,
        request(
            Some(&a),
            "edit-materials",
            vec![text("summary", "修改后的摘要：质量损失率下降42%。")],
            None,
        ),
    )
    .unwrap();
    let before = sim.fingerprint().unwrap();
    match sim.act(&apps[0].user, request(Some(&a), "submit", old, None)) {
        Err(CallError::Refused(x)) => {
            let codes: Vec<_> = x
                .fields
                .iter()
                .map(|f| (f.field.as_str(), f.code.as_str()))
                .collect();
            assert_eq!(
                codes,
                [
                    ("enterprise-seal", "seal-stale"),
                    ("legal-rep-signature", "seal-stale")
                ]
            );
        }
        other => panic!("submitted with seals older than the edit: {other:?}"),
    }
    assert_eq!(sim.fingerprint().unwrap(), before);
    // Sealed again, it goes through.
    let fresh = seals_for(&mut sim, &apps[0].user, &a).unwrap();
    sim.act(&apps[0].user, request(Some(&a), "submit", fresh, None))
        .expect("sealed again after the edit");
    // Nobody gets a seal order for what they may not do: not the public, not another
    // district, not the enterprise for its district's recommendation.
    let values = demo::recommendation_values("同意");
    for (user, code) in [
        (PUBLIC, "wrong-role"),
        (OTHER_DISTRICT_OFFICE, "wrong-district"),
        (apps[0].user.as_str(), "wrong-role"),
    ] {
        assert_eq!(
            refusal_code(sim.seal(user, Some(&a), "recommend", "district-seal", &values)),
            code,
            "{user}"
        );
    }
}

#[test]
fn attachments_are_what_the_host_holds_uploaded_by_who_may_act() {
    let (mut sim, apps) = two_in_zhongyuan("contract_attachments");
    let (a, b) = (apps[0].case(), apps[1].case());
    for app in &apps {
        sim.act(
            &app.user,
            request(
                Some(&app.case()),
                "withdraw",
                vec![],
                Some("补充证实性材料"),
            ),
        )
        .unwrap();
    }
    let before = sim.fingerprint().unwrap();
    // A reference the host never stored.
    let never = host_sim::contract::Field {
        id: "evidence".into(),
        value: FieldValue::Attachments(vec![host_sim::contract::AttachmentRef {
            id: "att-never".into(),
            name: "伪造证书.pdf".into(),
            media_type: "application/pdf".into(),
            size: 1024,
            sha256: "0".repeat(64),
        }]),
    };
    let (field, code, message) = field_refusal(sim.act(
        &apps[0].user,
        request(Some(&a), "edit-materials", vec![never], None),
    ));
    assert_eq!(
        (field.as_str(), code.as_str()),
        ("evidence", "attachment-unknown")
    );
    assert!(message.contains("伪造证书.pdf"), "{message}");
    assert_eq!(sim.fingerprint().unwrap(), before);

    // A stored file described differently than it was stored.
    let mut real = evidence(
        &mut sim,
        &apps[0].user,
        &a,
        "edit-materials",
        "evidence",
        "专利证书.pdf",
    );
    if let FieldValue::Attachments(files) = &mut real.value {
        files[0].size += 1;
    }
    let (_, code, _) = field_refusal(sim.act(
        &apps[0].user,
        request(Some(&a), "edit-materials", vec![real], None),
    ));
    assert_eq!(code, "attachment-mismatch");

    // Another applicant's upload, for its own case.
    let theirs = evidence(
        &mut sim,
        &apps[1].user,
        &b,
        "edit-materials",
        "evidence",
        "获奖证书.pdf",
    );
    let (_, code, _) = field_refusal(sim.act(
        &apps[0].user,
        request(Some(&a), "edit-materials", vec![theirs], None),
    ));
    assert_eq!(code, "attachment-other-case");

    // Uploads to a case the person may not act on are refused and store nothing.
    let files = sim.count("SELECT COUNT(*) FROM attachments").unwrap();
    let content = demo::sample_pdf("x");
    let upload = |case: &str, action: &str| host_sim::contract_forms::UploadRequest {
        case_id: Some(case.into()),
        action: host_sim::sim::action_of(action).unwrap(),
        field: "evidence".into(),
        name: "材料.pdf".into(),
        media_type: "application/pdf".into(),
        size: content.len() as u64,
    };
    for (user, case, code) in [
        (apps[1].user.as_str(), a.as_str(), "not-owner"),
        (DISTRICT_OFFICE, a.as_str(), "wrong-role"),
        (PUBLIC, a.as_str(), "wrong-role"),
    ] {
        assert_eq!(
            refusal_code(sim.upload(user, upload(case, "edit-materials"), &content)),
            code,
            "{user}"
        );
    }
    // A file type the field does not take.
    let mut exe = upload(&a, "edit-materials");
    exe.media_type = "application/x-msdownload".into();
    assert_eq!(
        refusal_code(sim.upload(&apps[0].user, exe, &content)),
        "upload-type"
    );
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM attachments").unwrap(),
        files
    );

    // The same through the portal: 403 for a case the person may not act on.
    let db = sim.connection().path().unwrap().to_string();
    drop(sim);
    let portal = Portal::start(std::path::Path::new(&db), "2026-03-20T10:00:00+08:00");
    let (status, _, body) = portal.request(
        "POST",
        &format!("/api/attachments?case={a}&action=edit-materials&field=evidence&name=x.pdf"),
        Some(&apps[1].user),
        Some("application/pdf"),
        &content,
    );
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["code"], "not-owner");
    let sim = Sim::open(std::path::Path::new(&db), &plugin()).unwrap();
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM attachments").unwrap(),
        files
    );
}

#[test]
fn a_contract_0_1_database_upgrades_in_place_with_every_record_kept() {
    let path = db_path("contract_upgrade_010");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/contract-0.1.0.sqlite"),
        &path,
    )
    .unwrap();
    let tables = ["cases", "history", "outbox", "tasks", "seals", "users"];
    let count = |sim: &Sim, t: &str| sim.count(&format!("SELECT COUNT(*) FROM {t}")).unwrap();
    let mut sim = Sim::open(&path, &plugin()).expect("the 0.1.0 database opens and upgrades");
    let before: Vec<i64> = tables.iter().map(|t| count(&sim, t)).collect();
    assert_eq!(
        before,
        [5, 17, 25, 5, 7, before[5]],
        "the fixture's records"
    );
    let modules: Vec<(String, bool)> = sim
        .connection()
        .query_map(
            "SELECT contract, active FROM modules ORDER BY id",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        modules,
        [("0.1.0".to_string(), false), ("0.3.0".to_string(), true)]
    );
    assert_eq!(
        sim.verify_history_chain().unwrap(),
        None,
        "the chain is intact"
    );
    let versions: Vec<(String, i64)> = sim
        .connection()
        .query_map("SELECT id, version FROM cases ORDER BY id", &[], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    // The new build reads every state the old one wrote.
    for (id, _) in &versions {
        let owner: String = sim
            .connection()
            .query_row(
                "SELECT COALESCE((SELECT user_id FROM users WHERE org_unit = c.owner LIMIT 1), ?2) FROM cases c WHERE id = ?1",
                &[&id.as_str(), &OFFICER],
                |r| r.get(0),
            )
            .unwrap();
        sim.view(&owner, id)
            .unwrap_or_else(|e| panic!("{id} as {owner}: {e}"));
    }
    let old_history = sim.view(DISTRICT_OFFICE, SAMPLE_CASE).unwrap().history;
    assert_eq!(old_history.len(), 4, "0.1.0's lines are read back");

    // The workflow goes on under 0.2: the district recommends with a 0.2 seal; the
    // application recommended under 0.1 passes the formal check.
    sim.set_clock("2026-03-20T15:30:00+08:00").unwrap();
    let form = recommendation(&mut sim, DISTRICT_OFFICE, SAMPLE_CASE);
    sim.act(
        DISTRICT_OFFICE,
        request(Some(SAMPLE_CASE), "recommend", form, None),
    )
    .expect("recommend after the upgrade");
    let recommended_before = "app-2026-91410103MA000104XB";
    sim.act(
        OFFICER,
        request(
            Some(recommended_before),
            "formal-check",
            vec![choice("result", "accept")],
            Some("通过"),
        ),
    )
    .expect("a 0.1 recommendation is checked under 0.2");
    assert_eq!(stage(&sim, recommended_before), "accepted");
    let after: Vec<i64> = tables.iter().map(|t| count(&sim, t)).collect();
    assert!(after.iter().zip(&before).all(|(a, b)| a >= b), "{after:?}");
    assert_eq!(sim.verify_history_chain().unwrap(), None);
}

/// Count applications at a stage, reading the portal's database beside it.
fn at_stage(db: &std::path::Path, stage: &str) -> i64 {
    let conn = host_sim::db::open(db).unwrap();
    conn.query_row(
        "SELECT COUNT(*) FROM cases WHERE kind = 'application' AND stage = ?1",
        &[&stage],
        |r| r.get(0),
    )
    .unwrap()
}

/// Wait until `done` holds, for at most two minutes: the portal's own timers work.
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(120),
            "{what}: the portal did not get there by itself"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

fn api_act(
    portal: &Portal,
    user: &str,
    case: &str,
    action: &str,
    values: serde_json::Value,
    opinion: Option<&str>,
) {
    let (status, answer) = portal.post_json(
        "/api/act",
        user,
        &json!({"case_id": case, "action": action, "values": values, "opinion": opinion}),
    );
    assert_eq!(status, 200, "{user} {action} {case}: {answer}");
}

/// H7 through the portal: with 250 applications the draw seats a first chunk and
/// `serve`'s own timers seat the rest; 公示 ends on its end date by its timer when the
/// administrator moves the simulated clock; publication tells every other candidate
/// through timers too. Nobody runs a timer by hand.
#[test]
fn serve_fires_due_timers_and_a_round_of_250_concludes_through_the_portal() {
    let r = Round::accepted("contract_serve_250", 250);
    let db = std::path::PathBuf::from(r.sim.connection().path().unwrap());
    drop(r);
    let portal = Portal::start(&db, "2026-06-01T09:00:00+08:00");
    api_act(
        &portal,
        OFFICER,
        "batch-2026",
        "draw-panel",
        json!([]),
        None,
    );
    eventually("all 250 seated", || at_stage(&db, "expert-review") == 250);

    let tasks: Vec<(String, String)> = {
        let conn = host_sim::db::open(&db).unwrap();
        conn.query_map("SELECT case_id, assignee_user FROM tasks WHERE key LIKE 'score:%' AND closed_at IS NULL ORDER BY case_id", &[], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
    };
    assert_eq!(tasks.len(), 250 * 5);
    let cases: Vec<String> = {
        let mut c: Vec<String> = tasks.iter().map(|t| t.0.clone()).collect();
        c.dedup();
        c
    };
    for (case, expert) in &tasks {
        let i = cases.iter().position(|c| c == case).unwrap() % 50;
        let sheet = host_sim::fields_json::fields_to_json(&score_sheet(&items_for(i)));
        api_act(&portal, expert, case, "score", sheet, None);
    }
    assert_eq!(at_stage(&db, "scored"), 250);

    let advance = |to: &str| {
        let (status, answer) = portal.post_json("/api/clock", "admin", &json!({"to": to}));
        assert_eq!(status, 200, "{answer}");
        answer
    };
    advance("2026-06-08T09:00:00+08:00");
    api_act(
        &portal,
        OFFICER,
        "batch-2026",
        "propose-list",
        json!([{"id": "count", "value": {"number": 10}}]),
        Some("按综合得分提出"),
    );
    api_act(
        &portal,
        "city-leader-1",
        "batch-2026",
        "approve-list",
        json!([]),
        Some("同意公示"),
    );
    let answer = advance("2026-06-16T09:00:00+08:00");
    assert!(answer["fired"].as_u64().unwrap() >= 1, "{answer}");
    {
        let sim = Sim::open(&db, &plugin()).unwrap();
        assert_eq!(stage(&sim, "batch-2026"), "publicity-closed");
        let closed = sim
            .history("batch-2026")
            .unwrap()
            .into_iter()
            .find(|h| h.action == "close-publicity")
            .unwrap();
        assert_eq!(closed.at, "2026-06-15T23:59:59+08:00", "on its end date");
    }
    let values = json!([
        {"id": "document-number", "value": {"text": "郑工信〔2026〕35号"}},
        {"id": "publish-date", "value": {"date": "2026-06-18"}},
    ]);
    let (status, sealed) = portal.post_json(
        "/api/seal",
        "city-leader-1",
        &json!({"case_id": "batch-2026", "action": "publish", "field": "bureau-seal", "values": values}),
    );
    assert_eq!(status, 200, "{sealed}");
    let mut filled = values.as_array().unwrap().clone();
    filled.push(json!({"id": "bureau-seal", "value": sealed["value"]}));
    api_act(
        &portal,
        "city-leader-1",
        "batch-2026",
        "publish",
        json!(filled),
        Some("同意发文公布"),
    );
    eventually("every other candidate told", || {
        at_stage(&db, "scored") == 0
    });
    assert_eq!(at_stage(&db, "recognized"), 10);
    assert_eq!(at_stage(&db, "not-selected"), 240);
}

/// docs/contract.md lists every stage, action, timer and code as the component's own
/// catalog does: regenerate it with `host-sim catalog --markdown` when this fails.
#[test]
fn the_contract_document_lists_the_catalog_the_component_exports() {
    let sim = sim("contract_catalog_doc");
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/contract.md"),
    )
    .unwrap();
    let (begin, end) = (host_sim::catalog_doc::BEGIN, host_sim::catalog_doc::END);
    let listed = doc
        .split_once(begin)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(inside, _)| inside.trim())
        .expect("docs/contract.md has the catalog markers");
    assert_eq!(
        listed,
        host_sim::catalog_doc::markdown(sim.catalog()).trim(),
        "docs/contract.md is out of date: run `host-sim catalog --markdown`"
    );
}

/// H3's filed part (0.3): the application's forms go to `case_filed` while they change,
/// and the writes after submission — seals, the recommendation, the formal check —
/// leave that row byte for byte, while the state row they rewrite stays small.
#[test]
fn submitted_forms_are_stored_once() {
    let path = db_path("filed_once");
    let mut sim = sim_at(&path, &plugin(), Default::default());
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    let file = rusqlite::Connection::open(&path).expect("open the file");
    let row = || -> (Vec<u8>, i64, i64) {
        file.query_row(
            "SELECT case_filed.part, length(cases.state), cases.version FROM cases
             JOIN case_filed ON case_filed.case_id = cases.id WHERE cases.id = ?1",
            [SAMPLE_CASE],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the application and its filed part")
    };
    let (part, state, submitted) = row();
    assert!(
        part.len() > 4 * state as usize,
        "the forms ({} bytes) are most of the case, apart from its state ({state})",
        part.len()
    );
    let form = recommendation(&mut sim, DISTRICT_OFFICE, SAMPLE_CASE);
    sim.act(
        DISTRICT_OFFICE,
        request(Some(SAMPLE_CASE), "recommend", form, Some("同意推荐。")),
    )
    .expect("recommend");
    accept_formal_check(&mut sim, SAMPLE_CASE).expect("formal check");
    let (after, _, version) = row();
    assert_eq!(version, submitted + 2, "two more writes of the case");
    assert_eq!(after, part, "the filed part is as submitted");
    // What the plugin reads back is the forms as filed.
    let view = sim.view(OFFICER, SAMPLE_CASE).expect("view");
    assert!(
        format!("{view:?}").contains("13838012345"),
        "the submitted contact's mobile is read back from the filed part"
    );
}
