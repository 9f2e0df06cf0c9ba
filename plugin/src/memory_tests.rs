//! The rule table and the step rules, natively, on the in-memory host: no wasm, no
//! SQLite. The guard offers exactly what the exported catalog says for role and stage;
//! an application goes from start to recommendation with seals and uploads issued only
//! as the plugin orders; what each person sees follows `view`.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{ActionScope, Request};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::UploadRequest;
use crate::bindings::zhengzhou::quality_benchmark::{
    directory::Person, registry::EnterpriseRecord,
};
use crate::case::{Application, Source, application_id};
use crate::catalog::catalog;
use crate::codes::Code;
use crate::contract::{
    Action, Actor, ApplicationStage, Field, FieldValue, RefusalKind, Role, SealPurpose, Stage,
    StoredCase,
};
use crate::forms::forms_from_json;
use crate::memory::MemoryHost;
use crate::rules::{Applies, RULES};
use crate::stage::StageInfo;

const FIXTURE: &str = include_str!("../../tests/fixtures/sample-application.json");
const CODE: &str = "91410102MA44XKQ7PB";

fn person(user: &str, role: Role, org: &str, org_name: &str) -> Person {
    Person {
        user_id: user.into(),
        name: format!("{user}的姓名"),
        role,
        org_unit: org.into(),
        org_name: org_name.into(),
        tags: Vec::new(),
    }
}

/// A host with one person per part, the sample enterprise registered in 中原区.
fn host() -> MemoryHost {
    let h = MemoryHost::new("2026-03-02T09:00:00+08:00");
    for p in [
        person(
            "officer",
            Role::CityOfficer,
            "city-bureau",
            "郑州市工业和信息化局",
        ),
        person(
            "leader",
            Role::CityLeader,
            "city-bureau",
            "郑州市工业和信息化局",
        ),
        person("ent", Role::Enterprise, CODE, "郑州中原精工机械有限公司"),
        person(
            "other-ent",
            Role::Enterprise,
            "91410103MA000104XB",
            "另一家公司",
        ),
        person("zy", Role::DistrictOffice, "zhongyuan", "中原区工信部门"),
        person("js", Role::DistrictOffice, "jinshui", "金水区工信部门"),
        person("public", Role::Public, "", ""),
    ] {
        h.add_person(p);
    }
    for i in 1..=6 {
        h.add_person(person(
            &format!("expert-{i}"),
            Role::Expert,
            "zzu",
            "郑州大学",
        ));
    }
    h.add_enterprise(
        CODE,
        EnterpriseRecord {
            name: "郑州中原精工机械有限公司".into(),
            district: Some("zhongyuan".into()),
            independent_legal_entity: true,
            bad_records: Vec::new(),
        },
    );
    h
}

fn actor(h: &MemoryHost, user: &str) -> Actor {
    h.actor(user).expect("a person of the fixture")
}

fn request(
    case: Option<&str>,
    action: Action,
    values: Vec<Field>,
    opinion: Option<&str>,
) -> Request {
    Request {
        case_id: case.map(str::to_string),
        action,
        values,
        opinion: opinion.map(str::to_string),
        expected_version: None,
    }
}

fn sample(form: &str) -> Vec<Field> {
    let v: serde_json::Value = serde_json::from_str(FIXTURE).expect("fixture");
    forms_from_json(&v)
        .expect("fixture")
        .into_iter()
        .find(|(id, _)| id == form)
        .map(|(_, f)| f)
        .expect("form in fixture")
}

fn year_config() -> Vec<Field> {
    let f = |id: &str, value| Field {
        id: id.into(),
        value,
    };
    vec![
        f("year", FieldValue::Number(2026.0)),
        f(
            "directions",
            FieldValue::Choices(vec!["tqm".into(), "next-gen-it".into()]),
        ),
        f(
            "key-industries",
            FieldValue::Choices(vec!["electronics".into()]),
        ),
        f(
            "application-deadline",
            FieldValue::Date("2026-04-30".into()),
        ),
        f("district-deadline", FieldValue::Date("2026-05-29".into())),
        f("panel-size", FieldValue::Number(5.0)),
        f("publicity-days", FieldValue::Number(5.0)),
    ]
}

fn seal_field(
    h: &MemoryHost,
    who: &str,
    case: &str,
    action: Action,
    field: &str,
    values: &[Field],
) -> Field {
    let purpose = SealPurpose {
        case_id: Some(case.into()),
        action,
        field: field.into(),
    };
    let seal = h
        .seal(&actor(h, who), purpose, values)
        .unwrap_or_else(|r| panic!("{who} seals {field}: {}", r.message));
    Field {
        id: field.into(),
        value: FieldValue::Seal(seal),
    }
}

/// The guard offers an action to a person at a stage only where the exported catalog
/// lists that role and that stage: for every rule, every role, every application stage.
#[test]
fn the_guard_offers_nothing_the_catalog_does_not_list() {
    let h = host();
    h.act(
        &actor(&h, "officer"),
        &request(None, Action::OpenBatch, year_config(), None),
    )
    .expect("open");
    let cat = catalog();
    let people = ["officer", "leader", "ent", "zy", "expert-1", "public"];
    for stage in ApplicationStage::ALL {
        let mut app = Application::new(
            2026,
            "batch-2026".into(),
            CODE.into(),
            "郑州中原精工机械有限公司".into(),
            Source::Direct,
        );
        app.stage = *stage;
        app.district = Some("zhongyuan".into());
        app.submissions = 1;
        app.panel = vec!["expert-1".into()];
        let id = application_id(2026, CODE);
        h.store.borrow_mut().cases.insert(
            id.clone(),
            StoredCase {
                summary: app.summary(),
                version: 1,
                state: serde_json::to_vec(&app).unwrap(),
                filed: Vec::new(),
            },
        );
        for who in people {
            let a = actor(&h, who);
            let offered = h.actions(&a, &id).unwrap_or_default();
            for def in &offered {
                let info = cat.actions.iter().find(|i| i.action == def.action).unwrap();
                assert!(info.roles.contains(&a.role), "{who} offered {}", info.id);
                assert!(
                    info.stages.contains(&stage.wit()),
                    "{} offered at {}",
                    info.id,
                    stage.code()
                );
            }
            // Where the catalog says anyone of the role may act, it is offered.
            for rule in RULES {
                if let Applies::App(stages, _) = rule.step
                    && stages.contains(stage)
                    && rule.roles.contains(&a.role)
                    && rule.scope == ActionScope::Role
                    && rule.also.is_none()
                    && crate::view::viewer(&a, &crate::workflow::load(&h, &id).unwrap()).is_some()
                {
                    assert!(
                        offered.iter().any(|d| d.action == rule.action),
                        "{who} not offered {} at {}",
                        rule.action.code(),
                        stage.code()
                    );
                }
            }
        }
    }
}

/// The city officer opens the 2026 batch and the enterprise `ent` starts its
/// application; the application's id.
fn started(h: &MemoryHost) -> String {
    h.act(
        &actor(h, "officer"),
        &request(None, Action::OpenBatch, year_config(), Some("开启")),
    )
    .expect("open");
    h.act(
        &actor(h, "ent"),
        &request(None, Action::StartApplication, vec![], None),
    )
    .expect("start");
    application_id(2026, CODE)
}

/// A request carrying the version its actor saw reads the case once, whether it is
/// decided or refused as stale; a stale one writes nothing and says nothing else.
#[test]
fn an_action_reads_its_case_once_and_refuses_a_stale_version_first() {
    let h = host();
    let ent = actor(&h, "ent");
    let case = started(&h);
    let version = h.store.borrow().cases[&case].version;
    let edit = |expected: u64| Request {
        expected_version: Some(expected),
        ..request(
            Some(&case),
            Action::EditForm,
            sample("application-form"),
            None,
        )
    };

    let before = h.case_reads(&case);
    h.act(&ent, &edit(version))
        .expect("the version the actor saw");
    assert_eq!(
        h.case_reads(&case) - before,
        1,
        "checked and decided on one read"
    );

    let before = h.case_reads(&case);
    let stale = h.act(&ent, &edit(version)).unwrap_err();
    assert_eq!(stale.code, "version-conflict");
    assert_eq!(h.case_reads(&case) - before, 1);
    assert_eq!(
        h.store.borrow().cases[&case].version,
        version + 1,
        "nothing written"
    );
    // Someone who may not see the case learns only that it changed, as before.
    let other = actor(&h, "other-ent");
    assert_eq!(
        h.act(&other, &edit(version)).unwrap_err().code,
        "version-conflict"
    );
}

/// Start (the register's name and district filled in), fill, upload, seal, submit and
/// recommend on the in-memory host; a stale seal and a foreign upload are refused.
#[test]
fn an_application_from_start_to_recommendation_natively() {
    let h = host();
    let (officer, ent, zy) = (actor(&h, "officer"), actor(&h, "ent"), actor(&h, "zy"));
    let case = started(&h);
    assert_eq!(
        h.summary(&case).map(|s| s.stage),
        Some(Stage::Application(ApplicationStage::Draft))
    );
    h.act(
        &ent,
        &request(
            Some(&case),
            Action::EditForm,
            sample("application-form"),
            None,
        ),
    )
    .expect("form");
    // A draft's forms are filed without digests: no seal binds them until submission.
    let layout = |h: &MemoryHost| h.store.borrow().cases[&case].filed.get(3).copied();
    assert_eq!(layout(&h), Some(1), "a draft's filed part hashes nothing");
    let mut materials = sample("application-materials");
    let file = h
        .upload(
            &ent,
            &UploadRequest {
                case_id: Some(case.clone()),
                action: Action::EditMaterials,
                field: "evidence".into(),
                name: "证书.pdf".into(),
                media_type: "application/pdf".into(),
                size: 1000,
            },
            &"ab".repeat(32),
        )
        .expect("upload");
    for f in &mut materials {
        if f.id == "evidence" {
            f.value = FieldValue::Attachments(vec![file.clone()]);
        }
    }
    h.act(
        &ent,
        &request(Some(&case), Action::EditMaterials, materials.clone(), None),
    )
    .expect("materials");
    // Another enterprise may not upload to this application.
    let refused = h.upload(
        &actor(&h, "other-ent"),
        &UploadRequest {
            case_id: Some(case.clone()),
            action: Action::EditMaterials,
            field: "evidence".into(),
            name: "x.pdf".into(),
            media_type: "application/pdf".into(),
            size: 10,
        },
        &"cd".repeat(32),
    );
    assert_eq!(refused.unwrap_err().kind, RefusalKind::Forbidden);

    // An edit of the 申报表 or of the 申报材料 after sealing voids both seals: they no
    // longer bind what is filed.
    let text = |id: &str, v: &str| Field {
        id: id.into(),
        value: FieldValue::Text(v.into()),
    };
    for (edit, field) in [
        (Action::EditForm, text("contact", "李四")),
        (Action::EditMaterials, text("summary", "经验摘要（修改后）")),
    ] {
        let signature = seal_field(&h, "ent", &case, Action::Submit, "legal-rep-signature", &[]);
        let seal = seal_field(&h, "ent", &case, Action::Submit, "enterprise-seal", &[]);
        h.act(&ent, &request(Some(&case), edit, vec![field], None))
            .expect("edit after sealing");
        let stale = h
            .act(
                &ent,
                &request(Some(&case), Action::Submit, vec![signature, seal], None),
            )
            .unwrap_err();
        assert!(
            stale.fields.len() == 2 && stale.fields.iter().all(|f| f.code == "seal-stale"),
            "{edit:?}: {stale:?}"
        );
    }
    h.act(
        &ent,
        &request(Some(&case), Action::EditMaterials, materials, None),
    )
    .expect("materials as before");
    let signature = seal_field(&h, "ent", &case, Action::Submit, "legal-rep-signature", &[]);
    let seal = seal_field(&h, "ent", &case, Action::Submit, "enterprise-seal", &[]);
    h.act(
        &ent,
        &request(Some(&case), Action::Submit, vec![signature, seal], None),
    )
    .expect("submit");
    assert!(
        h.store.borrow().files[&file.id].linked,
        "the upload is filed"
    );
    // The forms went to the filed part while they changed; from here on, never. The
    // submission's write filed their digests, which the district's seal binds below.
    assert_eq!(
        layout(&h),
        Some(2),
        "the submitted forms are filed with digests"
    );
    let filed_writes = h.store.borrow().filed_writes;
    assert!(filed_writes >= 3, "{filed_writes}");

    // Another district may not even get a seal order; its own district recommends.
    let opinion = vec![
        Field {
            id: "opinion".into(),
            value: FieldValue::Text("同意推荐。".into()),
        },
        Field {
            id: "recommender-contact".into(),
            value: FieldValue::Text("孙丽".into()),
        },
        Field {
            id: "recommender-phone".into(),
            value: FieldValue::Text("0371-67189000".into()),
        },
        Field {
            id: "recommender-mobile".into(),
            value: FieldValue::Text("13803710000".into()),
        },
    ];
    let purpose = SealPurpose {
        case_id: Some(case.clone()),
        action: Action::Recommend,
        field: "district-seal".into(),
    };
    let err = h.seal(&actor(&h, "js"), purpose, &opinion).unwrap_err();
    assert_eq!(err.code, "wrong-district");
    let mut filed = opinion.clone();
    filed.push(seal_field(
        &h,
        "zy",
        &case,
        Action::Recommend,
        "district-seal",
        &opinion,
    ));
    h.act(&zy, &request(Some(&case), Action::Recommend, filed, None))
        .expect("recommend");
    assert_eq!(
        h.summary(&case).map(|s| s.stage),
        Some(Stage::Application(ApplicationStage::FormalCheck))
    );
    // The city is told; the enterprise reads the district's own words.
    assert_eq!(h.tasks_of(&officer).len(), 1);
    let view = h.view(&ent, &case).unwrap();
    assert!(
        view.history
            .iter()
            .any(|l| l.label == "推荐" && l.opinion.as_deref() == Some("同意推荐。"))
    );
    assert_eq!(view.attachments.len(), 1);
    assert_eq!(
        h.view(&actor(&h, "public"), &case).unwrap_err().code,
        "not-visible"
    );
    assert_eq!(
        h.store.borrow().filed_writes,
        filed_writes,
        "sealing and recommending leave the submitted forms as filed"
    );
    // A host that loses the filed part stops the case: it is not decided on no forms.
    h.store
        .borrow_mut()
        .cases
        .get_mut(&case)
        .expect("stored")
        .filed
        .clear();
    let lost = h.view(&officer, &case).unwrap_err();
    assert_eq!(
        (lost.kind, lost.code.as_str()),
        (RefusalKind::HostFault, "corrupt-state")
    );
}
