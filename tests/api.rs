//! The JSON API (`/api/v1`) as an integrator meets it: `host-sim serve` on databases
//! prepared with `Round`, every endpoint called as the people it is for, and **every
//! answer checked against docs/openapi.yaml** — its status must be one the operation
//! documents, its body must validate against the documented schema (JSON Schema 2020-12,
//! resolved from the file's components; objects are closed, so an undocumented member
//! such as a list entry's `score` fails). Every documented operation must be called.

#[path = "api/openapi.rs"]
mod openapi;

use std::collections::BTreeSet;
use std::path::Path;

use host_sim::fields_json::fields_to_json;
use openapi::{Api, Spec, percent};
use qb_tests::portal::Portal;
use qb_tests::*;
use serde_json::{Value, json};

/// The refusal's `kind` and `code`.
fn refusal(answer: &Value) -> (&str, &str) {
    (
        answer["kind"].as_str().unwrap_or_default(),
        answer["code"].as_str().unwrap_or_default(),
    )
}

fn ids(items: &[Value]) -> BTreeSet<String> {
    items
        .iter()
        .map(|c| c["id"].as_str().expect("an id").to_string())
        .collect()
}

fn database(sim: &host_sim::Sim) -> String {
    sim.connection().path().expect("a file").to_string()
}

/// Whether a member named `key` is anywhere in `v`.
fn has_key(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(m) => m.contains_key(key) || m.values().any(|x| has_key(x, key)),
        Value::Array(a) => a.iter().any(|x| has_key(x, key)),
        _ => false,
    }
}

/// Every expert's user id and name in the directory.
fn experts() -> Vec<(String, String)> {
    let dir = host_sim::directory::Directory::parse(host_sim::directory::DEFAULT_DIRECTORY)
        .expect("directory");
    dir.users
        .iter()
        .filter(|u| u.role == "expert")
        .map(|u| (u.user_id.clone(), u.name.clone()))
        .collect()
}

#[test]
fn every_endpoint_answers_as_its_description_says() {
    let spec = Spec::load();
    an_application_through_the_api(&spec);
    publicity_through_the_api(&spec);
    let missing: Vec<_> = spec
        .operations()
        .difference(&spec.called.borrow())
        .cloned()
        .collect();
    assert!(missing.is_empty(), "never called: {missing:?}");
}

/// An enterprise applies through the API alone, its district office recommends: the
/// acting endpoints, refusals of every kind, and lists by person.
fn an_application_through_the_api(spec: &Spec) {
    let r = Round::submitted("api_application", 1);
    let first = r.apps[0].clone();
    let db = database(&r.sim);
    drop(r);
    let b = applicants()
        .into_iter()
        .find(|a| a.code != first.code)
        .expect("a second enterprise");
    let portal = Portal::start(Path::new(&db), "2026-03-16T10:00:00+08:00");
    let api = Api {
        portal: &portal,
        spec,
    };

    refused_before_the_plugin(&api, &b);
    let case = an_enterprise_applies(&api, &b, &first);
    its_district_recommends(&api, &b, &case);
    who_sees_what_while_applying(&api, &b, &first, &case);
}

/// Not signed in, unknown paths, wrong methods, malformed bodies: the host's own errors,
/// in the same shape.
fn refused_before_the_plugin(api: &Api, b: &Applicant) {
    let user = Some(b.user.as_str());
    // Not signed in, unknown paths, wrong methods, malformed bodies.
    let (status, e) = api.get("/api/v1/cases", &[], "", None);
    assert_eq!(
        (status, refusal(&e)),
        (401, ("unauthenticated", "not-signed-in"))
    );
    let (status, _, raw) = {
        let (s, h, raw) = api
            .portal
            .request("GET", "/api/v1/nothing-here", user, None, b"");
        (s, h, raw)
    };
    let e: Value = serde_json::from_slice(&raw).expect("JSON");
    api.spec.validate_at("#/components/schemas/Error", &e);
    assert_eq!(
        (status, refusal(&e)),
        (404, ("not-found", "no-such-endpoint"))
    );
    let (status, _, raw) = api.portal.request("POST", "/api/v1/cases", user, None, b"");
    let e: Value = serde_json::from_slice(&raw).expect("JSON");
    api.spec.validate_at("#/components/schemas/Error", &e);
    assert_eq!((status, refusal(&e).1), (405, "method-not-allowed"));
    let (status, _, _) = api.call(
        "POST",
        "/api/v1/act",
        &[],
        "",
        user,
        Some(("application/json", b"{not json".to_vec())),
    );
    assert_eq!(status, 400);

    let (status, me) = api.get("/api/v1/me", &[], "", user);
    assert_eq!(
        (status, me["user"]["role"].as_str()),
        (200, Some("enterprise"))
    );
}

/// 开始申报 to 签章并提交, through the API alone; an invalid form is 422 with its fields,
/// a stale version 409. Returns the case.
fn an_enterprise_applies(api: &Api, b: &Applicant, first: &Applicant) -> String {
    let user = Some(b.user.as_str());
    // 开始申报.
    let (_, starts) = api.get("/api/v1/start-actions", &[], "", user);
    assert!(
        starts["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "start-application"),
        "{starts}"
    );
    let (status, started) = api.post(
        "/api/v1/act",
        &[],
        user,
        &json!({"action": "start-application"}),
    );
    assert_eq!(status, 200, "{started}");
    let case = b.case();
    assert_eq!(started, json!({"ok": true, "case_id": case, "version": 1}));

    // Forms: the list, 附件1 as described for the case, validation.
    let (_, forms) = api.get("/api/v1/forms", &[], "", user);
    assert!(
        forms["forms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "application-form")
    );
    let (status, form) = api.get(
        "/api/v1/forms/{form_id}",
        &["application-form"],
        &format!("case={case}"),
        user,
    );
    assert_eq!(
        (status, form["form"]["definition"]["id"].as_str()),
        (200, Some("application-form"))
    );
    let (good, materials) = forms_for(b);
    let good = fields_to_json(&good);
    let mut bad = good.clone();
    for f in bad.as_array_mut().unwrap() {
        if f["id"] == "credit-code" {
            f["value"] = json!({"text": "12345"});
        }
    }
    let (status, e) = api.post(
        "/api/v1/forms/{form_id}/validate",
        &["application-form"],
        user,
        &json!({"values": bad, "year": 2026}),
    );
    assert_eq!(
        (status, refusal(&e)),
        (422, ("invalid", "invalid-form")),
        "{e}"
    );
    assert!(
        e["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["field"] == "credit-code"),
        "{e}"
    );
    let (status, valid) = api.post(
        "/api/v1/forms/{form_id}/validate",
        &["application-form"],
        user,
        &json!({"values": good, "mode": "draft"}),
    );
    assert_eq!((status, valid), (200, json!({"ok": true, "valid": true})));
    let (status, _) = api.get("/api/v1/forms/{form_id}", &["no-such-form"], "", user);
    assert_eq!(status, 404);

    // An invalid form is refused with its field errors and nothing stored.
    let (status, e) = api.post(
        "/api/v1/act",
        &[],
        user,
        &json!({"case_id": case, "action": "edit-form", "values": bad, "expected_version": 1}),
    );
    assert_eq!(
        (status, refusal(&e)),
        (422, ("invalid", "invalid-form")),
        "{e}"
    );
    assert!(
        e["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["field"] == "credit-code"),
        "{e}"
    );
    let (status, done) = api.post(
        "/api/v1/act",
        &[],
        user,
        &json!({"case_id": case, "action": "edit-form", "values": good, "expected_version": 1}),
    );
    assert_eq!((status, &done["version"]), (200, &json!(2)), "{done}");

    its_evidence_is_uploaded_and_filed(api, b, first, &case, materials);

    // 签章并提交: two seals from the seal service, then a stale version loses.
    let mut seals = Vec::new();
    for field in ["legal-rep-signature", "enterprise-seal"] {
        let (status, sealed) = api.post(
            "/api/v1/seals",
            &[],
            user,
            &json!({"case_id": case, "action": "submit", "field": field}),
        );
        assert_eq!(status, 200, "{sealed}");
        seals.push(sealed["field"].clone());
    }
    let submit = |version: u64| json!({"case_id": case, "action": "submit", "values": seals, "expected_version": version});
    let (status, e) = api.post("/api/v1/act", &[], user, &submit(2));
    assert_eq!(
        (status, refusal(&e)),
        (409, ("conflict", "version-conflict")),
        "{e}"
    );
    let (status, done) = api.post("/api/v1/act", &[], user, &submit(3));
    assert_eq!(status, 200, "{done}");
    // Nobody acts on another's application.
    let (status, e) = api.post(
        "/api/v1/act",
        &[],
        Some(&first.user),
        &json!({"case_id": case, "action": "withdraw", "expected_version": 4}),
    );
    assert_eq!((status, refusal(&e).0), (403, "forbidden"), "{e}");
    case
}

/// 证实性材料: uploaded for the case, read back by the uploader only, then filed with 附件2.
fn its_evidence_is_uploaded_and_filed(
    api: &Api,
    b: &Applicant,
    first: &Applicant,
    case: &str,
    materials: Vec<host_sim::contract::Field>,
) {
    let user = Some(b.user.as_str());
    let pdf = host_sim::demo::sample_pdf("质量管理体系认证证书");
    let (status, uploaded, _) = api.call(
        "POST",
        "/api/v1/attachments",
        &[],
        &format!(
            "case={case}&action=edit-materials&field=evidence&name={}",
            percent("证书.pdf")
        ),
        user,
        Some(("application/pdf", pdf.clone())),
    );
    assert_eq!(status, 200, "{uploaded}");
    let file = uploaded["attachment"].clone();
    let file_id = file["id"].as_str().unwrap().to_string();
    let (status, _, bytes) = api.call(
        "GET",
        "/api/v1/attachments/{attachment_id}",
        &[&file_id],
        "",
        user,
        None,
    );
    assert_eq!(
        (status, bytes),
        (200, pdf),
        "the uploader reads its pending upload"
    );
    let (status, e, _) = api.call(
        "GET",
        "/api/v1/attachments/{attachment_id}",
        &[&file_id],
        "",
        Some(&first.user),
        None,
    );
    assert_eq!(
        (status, refusal(&e).1),
        (403, "not-visible"),
        "nobody else does"
    );
    let (status, _, _) = api.call(
        "GET",
        "/api/v1/attachments/{attachment_id}",
        &["no-such-file"],
        "",
        user,
        None,
    );
    assert_eq!(status, 404);
    let (status, e, _) = api.call(
        "POST",
        "/api/v1/attachments",
        &[],
        &format!(
            "case={}&action=edit-materials&field=evidence&name=x.pdf",
            first.case()
        ),
        user,
        Some(("application/pdf", b"%PDF-1.4".to_vec())),
    );
    assert_eq!(status, 403, "not for another enterprise's case: {e}");
    let mut materials = fields_to_json(&materials);
    for f in materials.as_array_mut().unwrap() {
        if f["id"] == "evidence" {
            f["value"] = json!({"attachments": [file]});
        }
    }
    let (status, done) = api.post(
        "/api/v1/act",
        &[],
        user,
        &json!({"case_id": case, "action": "edit-materials", "values": materials, "expected_version": 2}),
    );
    assert_eq!((status, &done["version"]), (200, &json!(3)), "{done}");
}

/// The district office finds it in its 待办 and lists, reads it, seals and recommends.
fn its_district_recommends(api: &Api, b: &Applicant, case: &str) {
    // The district office: its 待办, its district's cases, the view, recommending.
    let office = office_of(b, 1);
    let me = Some(office.as_str());
    let tasks = api.all("/api/v1/tasks/open", "", me);
    assert!(
        tasks
            .iter()
            .any(|t| t["case_id"] == case && t["case"]["id"] == case),
        "{tasks:?}"
    );
    let listed = api.all(
        "/api/v1/cases",
        &format!(
            "kind=application&stage=district-review&district={}",
            b.district
        ),
        me,
    );
    assert!(ids(&listed).contains(case));
    assert!(
        listed
            .iter()
            .all(|c| c["district"]["code"] == b.district.as_str())
    );
    let (status, view) = api.get("/api/v1/cases/{case_id}", &[case], "", me);
    assert_eq!(status, 200, "{view}");
    assert!(
        view["case"]["forms"]
            .as_array()
            .is_some_and(|f| !f.is_empty()),
        "the office reads the file"
    );
    let (_, actions) = api.get("/api/v1/cases/{case_id}/actions", &[case], "", me);
    assert!(
        actions["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "recommend")
    );
    let version = actions["version"].as_u64().expect("a version");
    let opinion = fields_to_json(&host_sim::demo::recommendation_values(
        "经审核，材料真实，同意推荐。",
    ));
    let (status, sealed) = api.post(
        "/api/v1/seals",
        &[],
        me,
        &json!({"case_id": case, "action": "recommend", "field": "district-seal", "values": opinion}),
    );
    assert_eq!(status, 200, "{sealed}");
    let mut values = opinion.as_array().unwrap().clone();
    values.push(sealed["field"].clone());
    let (status, done) = api.post(
        "/api/v1/act",
        &[],
        me,
        &json!({"case_id": case, "action": "recommend", "values": values, "expected_version": version}),
    );
    assert_eq!(status, 200, "{done}");
    let done = api.all("/api/v1/tasks/done", "", me);
    assert!(
        done.iter()
            .any(|d| d["case_id"] == case && d["action"] == "recommend" && d["case"]["id"] == case)
    );
}

/// Who sees what: another district, the enterprise, the city, the public and the
/// administrator; and what anyone may read.
fn who_sees_what_while_applying(api: &Api, b: &Applicant, first: &Applicant, case: &str) {
    let user = Some(b.user.as_str());
    // Another district's office sees none of it.
    let other = applicants()
        .into_iter()
        .find(|a| a.district != b.district)
        .map(|a| office_of(&a, 1))
        .expect("another district");
    let (status, e) = api.get("/api/v1/cases/{case_id}", &[case], "", Some(&other));
    assert_eq!((status, refusal(&e)), (403, ("forbidden", "not-visible")));
    assert!(!ids(&api.all("/api/v1/cases", "", Some(&other))).contains(case));

    // The enterprise: its messages, its own case only.
    let notices = api.all("/api/v1/notices", "", user);
    assert!(!notices.is_empty(), "the enterprise was told");
    let info = api.all("/api/v1/notices", "kind=info", user);
    assert!(info.iter().all(|n| n["kind"] == "info"));
    let (status, _) = api.get("/api/v1/notices", &[], "kind=gossip", user);
    assert_eq!(status, 400);
    assert_eq!(
        ids(&api.all("/api/v1/cases", "", user)),
        BTreeSet::from([case.to_string()])
    );

    // The city: every submitted case, paged; bad filters; an unknown case.
    let city = api.all("/api/v1/cases", "kind=application", Some(OFFICER));
    assert_eq!(ids(&city), BTreeSet::from([case.to_string(), first.case()]));
    let (status, e) = api.get("/api/v1/cases", &[], "stage=nowhere", Some(OFFICER));
    assert_eq!((status, refusal(&e).0), (400, "bad-request"));
    assert_eq!(e["fields"][0]["field"], "stage");
    let (status, _) = api.get("/api/v1/cases", &[], "per_page=500", Some(OFFICER));
    assert_eq!(status, 400);
    let (status, e) = api.get(
        "/api/v1/cases/{case_id}",
        &["app-2026-nobody"],
        "",
        Some(OFFICER),
    );
    assert_eq!((status, refusal(&e).0), (404, "not-found"));
    let (status, _) = api.get(
        "/api/v1/cases/{case_id}/actions",
        &["app-2026-nobody"],
        "",
        Some(OFFICER),
    );
    assert_eq!(status, 404);

    // The public and the administrator list nothing.
    for who in ["public", "admin"] {
        let (status, page) = api.get("/api/v1/cases", &[], "", Some(who));
        assert_eq!((status, &page["total"]), (200, &json!(0)), "{who}: {page}");
    }

    // Open to all: the catalog and the public records (the year's call).
    let (status, catalog) = api.get("/api/v1/catalog", &[], "", None);
    assert_eq!((status, catalog["contract"].as_str()), (200, Some("0.3.0")));
    let records = api.all("/api/v1/public-records", "kind=call&year=2026", None);
    assert_eq!(records.len(), 1, "{records:?}");

    // The clock: anyone reads it, only the administrator moves it.
    let (status, clock) = api.get("/api/v1/clock", &[], "", user);
    assert_eq!((status, &clock["simulated"]), (200, &json!(true)));
    let (status, e) = api.post("/api/v1/clock", &[], user, &json!({"advance_seconds": 60}));
    assert_eq!((status, refusal(&e).1), (403, "wrong-role"));
    let (status, _) = api.post("/api/v1/clock", &[], Some("admin"), &json!({}));
    assert_eq!(status, 400);
    let (status, moved) = api.post(
        "/api/v1/clock",
        &[],
        Some("admin"),
        &json!({"advance_seconds": 60}),
    );
    assert_eq!(
        (status, moved["now"].as_str()),
        (200, Some("2026-03-16T10:01:00+08:00"))
    );
}

/// During 公示: the public's case answer holds nothing confidential; lists never carry a
/// score; whatever a list shows a person, that person may open.
fn publicity_through_the_api(spec: &Spec) {
    let r = Round::in_publicity("api_publicity", 3, 2);
    let apps = r.apps.clone();
    let expert: String = r
        .sim
        .connection()
        .query_row(
            "SELECT actor_user FROM history WHERE action = 'score' LIMIT 1",
            &[],
            |row| row.get(0),
        )
        .expect("an expert scored");
    let db = database(&r.sim);
    drop(r);
    let portal = Portal::start(Path::new(&db), "2026-06-09T10:00:00+08:00");
    let api = Api {
        portal: &portal,
        spec,
    };
    the_public_reads_the_candidate_not_its_file(&api, &apps);
    no_list_carries_a_score(&api, &apps, &expert);
}

/// The public's answer for a proposed candidate: who and what, no figures, contacts,
/// opinions, scores, experts or files.
fn the_public_reads_the_candidate_not_its_file(api: &Api, apps: &[Applicant]) {
    let case = apps[0].case();
    // The public reads the candidate, not its file.
    let (status, view) = api.get("/api/v1/cases/{case_id}", &[&case], "", Some("public"));
    assert_eq!(status, 200, "{view}");
    let v = &view["case"];
    assert_eq!(v["summary"]["score"], Value::Null);
    assert_eq!(
        (
            v["forms"].as_array().map(Vec::len),
            v["attachments"].as_array().map(Vec::len)
        ),
        (Some(0), Some(0))
    );
    let text = view.to_string();
    assert!(
        text.contains(&apps[0].name),
        "the public reads who is proposed"
    );
    let mut secrets: Vec<String> = [
        "13838012345",                 // the contact's mobile
        "王晓敏",                      // the contact
        "quality@zyjg-example.com.cn", // e-mail
        "68520.5",                     // 资产总额 2023
        "经审核，材料真实，经验突出",  // the district's opinion
        "59.4",                        // the first candidate's aggregate score
        "综合得分",
        "2023年河南省质量管理小组活动成果一等奖证书", // the evidence file
    ]
    .map(String::from)
    .to_vec();
    secrets.extend(experts().into_iter().flat_map(|(id, name)| [id, name]));
    for secret in &secrets {
        assert!(
            !text.contains(secret.as_str()),
            "the public's answer holds {secret}"
        );
    }
    let (_, actions) = api.get(
        "/api/v1/cases/{case_id}/actions",
        &[&case],
        "",
        Some("public"),
    );
    assert!(
        actions["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "object"),
        "{actions}"
    );
    let (status, e) = api.get(
        "/api/v1/cases/{case_id}",
        &[&apps[2].case()],
        "",
        Some("public"),
    );
    assert_eq!(
        (status, refusal(&e).1),
        (403, "not-visible"),
        "not on the list: not public"
    );
    let published = api.all("/api/v1/public-records", "kind=publicity", None);
    assert_eq!(published.len(), 1);
}

/// No list carries a score, for anyone; whatever a list shows a person, they may open.
fn no_list_carries_a_score(api: &Api, apps: &[Applicant], expert: &str) {
    let case = apps[0].case();
    // The city's view carries the score; no list does, for anyone.
    let (_, city_view) = api.get("/api/v1/cases/{case_id}", &[&case], "", Some(OFFICER));
    assert!(
        city_view["case"]["summary"]["score"].is_number(),
        "{}",
        city_view["case"]["summary"]
    );
    let people = [
        OFFICER.to_string(),
        "city-leader-1".to_string(),
        apps[0].user.clone(),
        office_of(&apps[0], 1),
        expert.to_string(),
        "public".to_string(),
        "admin".to_string(),
    ];
    for who in &people {
        let me = Some(who.as_str());
        let listed = api.all("/api/v1/cases", "", me);
        let tasks = api.all("/api/v1/tasks/open", "", me);
        let done = api.all("/api/v1/tasks/done", "", me);
        for list in [&listed, &tasks, &done] {
            assert!(
                !list.iter().any(|v| has_key(v, "score")),
                "{who}'s list carries a score: {list:?}"
            );
        }
        for c in &listed {
            let id = c["id"].as_str().unwrap();
            let (status, _) = api.get("/api/v1/cases/{case_id}", &[id], "", me);
            assert_eq!(status, 200, "{who} lists {id} but may not open it");
        }
    }
    assert_eq!(
        ids(&api.all("/api/v1/cases", "", Some(OFFICER))).len(),
        4,
        "the batch and three applications"
    );
    assert_eq!(
        api.all(
            "/api/v1/cases",
            "kind=application&stage=proposed",
            Some(OFFICER)
        )
        .len(),
        2
    );
    // The expert's own acts stay in 已办; the cases, past its assignment, leave its lists.
    let done = api.all("/api/v1/tasks/done", "", Some(expert));
    assert!(
        !done.is_empty()
            && done
                .iter()
                .all(|d| d["action"] == "score" && d["case"].is_null()),
        "{done:?}"
    );
    assert!(api.all("/api/v1/cases", "", Some(expert)).is_empty());
}

/// The description is whole: every path is under /api/v1, every operation says what it
/// answers, every `$ref` resolves, and the enums are the catalog's codes.
#[test]
fn the_description_is_whole_and_its_codes_are_the_catalogs() {
    let spec = Spec::load();
    let doc = &spec.doc;
    assert_eq!(doc["openapi"].as_str(), Some("3.1.0"));
    for (path, item) in doc["paths"].as_object().unwrap() {
        assert!(path.starts_with("/api/v1/"), "{path}");
        for (method, op) in item.as_object().unwrap() {
            for key in ["operationId", "summary", "responses"] {
                assert!(op.get(key).is_some(), "{method} {path} lacks {key}");
            }
        }
    }
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    out.push(r);
                }
                m.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(doc, &mut all);
    for r in all {
        let pointer = r.strip_prefix('#').expect("a local $ref");
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
    let enum_of = |name: &str| -> BTreeSet<String> {
        doc["components"]["schemas"][name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{name} is an enum"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    // The schemas bite: a list entry with a score, a bad instant, an error without
    // its fields are refused.
    let entry = json!({
        "id": "app-2026-x", "kind": "application", "title": "t", "year": 2026,
        "stage": {"code": "proposed", "label": "拟认定"}, "district": {"code": "zhongyuan", "name": "中原区"},
        "created_at": "2026-03-16T10:00:00+08:00", "updated_at": "2026-03-16T10:00:00+08:00",
    });
    let summary = "#/components/schemas/CaseSummary";
    assert!(spec.errors_at(summary, &entry).is_empty());
    let mut scored = entry.clone();
    scored["score"] = json!(59.4);
    assert!(
        !spec.errors_at(summary, &scored).is_empty(),
        "a score in a list entry"
    );
    let mut late = entry.clone();
    late["updated_at"] = json!("yesterday");
    assert!(
        !spec.errors_at(summary, &late).is_empty(),
        "an instant that is none"
    );
    let error = json!({"ok": false, "kind": "forbidden", "code": "not-visible", "message": "无权查看该事项"});
    assert!(
        !spec
            .errors_at("#/components/schemas/Error", &error)
            .is_empty()
    );

    let sim = sim("api_catalog");
    let c = sim.catalog();
    let set = |it: &mut dyn Iterator<Item = String>| it.collect::<BTreeSet<_>>();
    assert_eq!(
        enum_of("ActionCode"),
        set(&mut c.actions.iter().map(|a| a.id.clone()))
    );
    assert_eq!(
        enum_of("StageCode"),
        set(&mut c.stages.iter().map(|s| s.code.clone()))
    );
    assert_eq!(
        enum_of("RecordKind"),
        set(&mut c.record_kinds.iter().map(|k| k.code.clone()))
    );
    use host_sim::codes::Code;
    assert_eq!(
        enum_of("RefusalKind"),
        set(&mut host_sim::contract::RefusalKind::ALL
            .iter()
            .map(|k| k.code().to_string()))
    );
    assert_eq!(
        enum_of("Role"),
        set(&mut host_sim::contract::Role::ALL
            .iter()
            .map(|k| k.code().to_string()))
    );
    assert_eq!(
        enum_of("NoticeKind"),
        set(&mut host_sim::contract_notifications::NoticeKind::ALL
            .iter()
            .map(|k| k.code().to_string()))
    );
}

/// A long inbox is paged through the door, whole: the portal's 消息通知 and the JSON
/// list give the same total, a page holds at most 50 with a pager to the rest, no
/// message is on two pages, and the unread count falls by what a page showed.
#[test]
fn a_long_inbox_is_paged_whole_on_both_doors() {
    let mut sim = sim("api_long_inbox");
    open_batch(&mut sim);
    let office = "zhongyuan-office-1";
    let before: i64 = sim
        .connection()
        .query_row(
            &host_sim::messages::count(false),
            host_sim::params![office, "district-office", "zhongyuan"],
            |r| r.get(0),
        )
        .expect("count");
    // 120 reminders to the office's group and 3 messages to the person: seeded in the
    // host's own table, as a busy round leaves it.
    for i in 0..123 {
        let (user, role, org) = if i % 41 == 0 {
            (Some(office), None, None)
        } else {
            (None, Some("district-office"), Some("zhongyuan"))
        };
        let kind = if i % 10 == 0 {
            "carbon-copy"
        } else {
            "reminder"
        };
        sim.connection()
            .execute(
                "INSERT INTO outbox (recipient_user, recipient_role, recipient_org, kind, subject, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, '', '2026-03-02T09:00:00+08:00')",
                host_sim::params![user, role, org, kind, format!("第{i}号提醒")],
            )
            .expect("seed");
    }
    let path = database(&sim);
    drop(sim);
    let total = before + 123;
    let portal = Portal::start(Path::new(&path), "2026-03-02T09:00:00+08:00");
    let json = |query: &str| -> Value {
        let (status, body) = portal.get(&format!("/api/v1/notices?{query}"), Some(office));
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).expect("json")
    };
    let subjects = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|n| n["subject"].as_str().expect("subject").to_string())
            .collect()
    };
    let mut seen = BTreeSet::new();
    let pages = usize::try_from(total).expect("total").div_ceil(50);
    for page in 1..=pages {
        let answer = json(&format!("page={page}&per_page=50"));
        assert_eq!(answer["total"], total);
        let on_page = subjects(&answer);
        assert!(on_page.len() <= 50);
        for s in on_page {
            assert!(seen.insert(s.clone()), "{s} on two pages");
        }
    }
    assert_eq!(seen.len() as i64, total, "every message on some page");
    let cc = json("kind=carbon-copy&per_page=50");
    assert_eq!(cc["total"], 13);

    let unread = |html: &str| -> i64 {
        let at = html.find("消息通知").expect("navigation");
        html[at..]
            .split(|c: char| !c.is_ascii_digit())
            .find(|s| !s.is_empty())
            .and_then(|n| n.parse().ok())
            .expect("unread count")
    };
    let (_, home) = portal.get("/home", Some(office));
    let unread_before = unread(&home);
    let (status, first) = portal.get("/notices", Some(office));
    assert_eq!(status, 200);
    assert!(first.contains(&format!("消息通知（{total}）")), "{first}");
    assert!(
        first.contains(&format!("共{pages}页")),
        "a pager to the rest"
    );
    assert_eq!(first.matches("号提醒").count(), 50);
    let (_, last) = portal.get(&format!("/notices?page={pages}"), Some(office));
    let rest = usize::try_from(total).expect("total") - 50 * (pages - 1);
    // The last page holds the oldest messages: the batch's own before the seeded ones.
    assert_eq!(last.matches("号提醒").count() as i64, rest as i64 - before);
    let (_, home) = portal.get("/home", Some(office));
    assert_eq!(
        unread(&home),
        unread_before - 50 - rest as i64,
        "what was shown is read"
    );
    let (_, cc_page) = portal.get("/cc", Some(office));
    assert!(cc_page.contains("抄送我的（13）"), "{cc_page}");
}
