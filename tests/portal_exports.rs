//! Issue 11 through the portal, on the real `host-sim serve` binary: the administrator's
//! BPMN download and drawing, the city officer's provincial exchange (GBK import, a
//! malformed file refused with line and column and nothing stored), and the documents
//! of a case, each given only to whom the plugin's view allows.

use std::collections::BTreeSet;
use std::path::Path;

use qb_tests::portal::{Portal, header, percent};
use qb_tests::province::{gbk_file, place, province_round, utf8_file};
use qb_tests::{DISTRICT_OFFICE, ENTERPRISE, OFFICER, OTHER_DISTRICT_OFFICE, Round};
use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::Value;

const LEADER: &str = "city-leader-1";
const PUBLIC: &str = "public";
const ADMIN: &str = "admin";

fn database(sim: &host_sim::Sim) -> String {
    sim.connection().path().expect("a file").to_string()
}

/// A download as `user`: status, headers, body.
fn download(portal: &Portal, path: &str, user: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    portal.request("GET", path, Some(user), None, b"")
}

/// Checks a file download: 200, saved under a Chinese name, a zip (docx/xlsx) when asked.
fn assert_file(answer: &(u16, Vec<(String, String)>, Vec<u8>), name_part: &str, zip: bool) {
    let (status, headers, body) = answer;
    assert_eq!(*status, 200, "{}", String::from_utf8_lossy(body));
    let disposition = header(headers, "content-disposition").unwrap_or_default();
    assert!(
        disposition.starts_with("attachment; filename*=UTF-8''")
            && disposition.contains(&percent(name_part)),
        "{disposition}"
    );
    if zip {
        assert!(body.starts_with(b"PK"), "a zip container");
    }
}

/// The documentation texts of a BPMN document; panics if it is not well-formed.
fn documentation(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let (mut inside, mut out) = (false, Vec::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => inside = e.name().as_ref() == "bpmn:documentation",
            Event::Text(t) if inside => out.push(t.xml10_content().into_owned()),
            Event::End(_) => inside = false,
            Event::Eof => return out,
            _ => {}
        }
    }
}

#[test]
fn the_administrator_downloads_the_bpmn_and_sees_the_process_drawn() {
    let sim = qb_tests::sim("portal-exports-bpmn");
    let actions: Vec<String> = sim.catalog().actions.iter().map(|a| a.id.clone()).collect();
    let db = database(&sim);
    drop(sim);
    let portal = Portal::start(Path::new(&db), "2026-03-16T10:00:00+08:00");

    let answer = download(&portal, "/admin/process.bpmn", ADMIN);
    assert_file(&answer, "流程.bpmn", false);
    let xml = String::from_utf8(answer.2).expect("UTF-8");
    let performed: BTreeSet<String> = documentation(&xml)
        .iter()
        .filter_map(|d| d.rsplit_once("操作 ").map(|(_, id)| id.trim().to_string()))
        .collect();
    for id in &actions {
        assert!(performed.contains(id), "{id} is a task of the export");
    }

    let (status, page) = portal.get("/admin/process", Some(ADMIN));
    assert_eq!(status, 200);
    assert!(
        page.contains("<svg") && page.contains("</svg>"),
        "drawn inline"
    );
    assert!(page.contains("/admin/process.bpmn"), "offered for download");
    assert!(
        page.contains("申报企业") && page.contains("市工信局经办人员"),
        "lanes by role"
    );
    assert!(
        !page.contains("操作 ") && !page.contains("Participant_"),
        "no ids"
    );

    for path in ["/admin/process", "/admin/process.bpmn"] {
        for user in [ENTERPRISE, OFFICER] {
            assert_eq!(portal.get(path, Some(user)).0, 403, "{user} {path}");
        }
    }
}

/// The file as a browser's upload form posts it.
fn upload(portal: &Portal, user: &str, file: &[u8]) -> (u16, String) {
    let mut body = b"--qb-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"round.xml\"\r\nContent-Type: text/xml\r\n\r\n".to_vec();
    body.extend_from_slice(file);
    body.extend_from_slice(b"\r\n--qb-boundary--\r\n");
    let (status, _, answer) = portal.request(
        "POST",
        "/exchange/province",
        Some(user),
        Some("multipart/form-data; boundary=qb-boundary"),
        &body,
    );
    (status, String::from_utf8_lossy(&answer).into_owned())
}

/// The application ids the officer's case list holds.
fn applications(portal: &Portal) -> BTreeSet<String> {
    let (status, _, body) = download(portal, "/api/v1/cases?kind=application", OFFICER);
    assert_eq!(status, 200);
    let list: Value = serde_json::from_slice(&body).expect("JSON");
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|c| c["id"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn the_officer_imports_the_provincial_round_through_the_portal() {
    let r = Round::submitted("portal-exports-province", 2);
    let db = database(&r.sim);
    drop(r);
    let portal = Portal::start(Path::new(&db), "2026-03-16T10:00:00+08:00");
    let round = province_round();

    for user in [ENTERPRISE, DISTRICT_OFFICE, LEADER, ADMIN] {
        assert_eq!(
            portal.get("/exchange/province", Some(user)).0,
            403,
            "{user}"
        );
        assert_eq!(upload(&portal, user, &gbk_file(&round)).0, 403, "{user}");
    }
    let (status, page) = portal.get("/exchange/province", Some(OFFICER));
    assert_eq!(status, 200);
    assert!(page.contains("multipart/form-data") && page.contains("type=\"file\""));
    assert!(page.contains("导入到2026年度"), "the open round named");

    // A malformed file: refused where it is wrong, and nothing of it stored.
    let before = applications(&portal);
    let malformed = utf8_file(&round).replacen("</contact>", "</contakt>", 1);
    let (status, page) = upload(&portal, OFFICER, malformed.as_bytes());
    assert_eq!(status, 422, "{page}");
    let (line, _) = place(&malformed, "</contakt>", 0);
    assert!(
        page.contains(&format!("第{line}行第")) && page.contains("列") && page.contains("contakt"),
        "{page}"
    );
    assert!(page.contains("未作任何更改"), "{page}");
    assert_eq!(applications(&portal), before, "nothing stored");

    // The same round in GBK: every applicant registered as a city application.
    let (status, page) = upload(&portal, OFFICER, &gbk_file(&round));
    assert_eq!(status, 200, "{page}");
    let after = applications(&portal);
    for a in &round.applicants {
        assert!(page.contains(&a.form.enterprise_name), "{page}");
        let case = format!("app-2026-{}", a.form.credit_code);
        assert!(after.contains(&case) && !before.contains(&case), "{case}");
        let (status, case_page) = portal.get(&format!("/case/{case}"), Some(OFFICER));
        assert_eq!(status, 200);
        assert!(case_page.contains(&a.provincial_ref), "申报来源 shown");
    }
    assert_eq!(after.len(), before.len() + round.applicants.len());
}

#[test]
fn an_enterprise_downloads_its_own_application_form_and_nobody_else_does() {
    let r = Round::submitted("portal-exports-application", 2);
    let (own, other) = (r.apps[0].clone(), r.apps[1].clone());
    let db = database(&r.sim);
    drop(r);
    let portal = Portal::start(Path::new(&db), "2026-03-16T10:00:00+08:00");
    let case = own.case();
    let path = format!("/case/{case}/documents/{}", percent("申报表.docx"));

    let (status, page) = portal.get(&format!("/case/{case}"), Some(&own.user));
    assert_eq!(status, 200);
    assert!(
        page.contains(&path) && page.contains("质量标杆申报表"),
        "link shown"
    );
    let answer = download(&portal, &path, &own.user);
    assert_file(&answer, &format!("{}申报表.docx", own.name), true);
    assert!(
        header(&answer.1, "content-type")
            .unwrap_or_default()
            .contains("wordprocessingml")
    );
    // The city bureau reads submitted applications, so it may have the paper too.
    assert_file(&download(&portal, &path, OFFICER), "申报表.docx", true);

    for user in [other.user.as_str(), PUBLIC] {
        let (status, _, body) = download(&portal, &path, user);
        assert_eq!(status, 403, "{user}: {}", String::from_utf8_lossy(&body));
        assert!(!body.starts_with(b"PK"));
    }
    let (status, _) = portal.get(&path, None);
    assert_eq!(status, 303, "sign in first");
}

#[test]
fn the_ranking_is_the_city_bureaus_and_the_notice_exists_once_publicity_began() {
    let r = Round::in_publicity("portal-exports-batch", 3, 2);
    let owner = r.apps[0].user.clone();
    let db = database(&r.sim);
    drop(r);
    let portal = Portal::start(Path::new(&db), "2026-06-09T10:00:00+08:00");
    let doc = |name: &str| format!("/case/batch-2026/documents/{}", percent(name));
    let ranking = doc("专家评审排名.xlsx");
    let notice = doc("拟认定名单公示.docx");
    let list = doc("认定名单.docx");

    let (status, page) = portal.get("/case/batch-2026", Some(OFFICER));
    assert_eq!(status, 200);
    assert!(
        page.contains(&ranking) && page.contains(&notice),
        "links for the city"
    );
    assert!(!page.contains(&list), "not published yet");
    for user in [OFFICER, LEADER] {
        let answer = download(&portal, &ranking, user);
        assert_file(&answer, "2026年度专家评审排名.xlsx", true);
        assert!(
            header(&answer.1, "content-type")
                .unwrap_or_default()
                .contains("spreadsheetml")
        );
    }
    assert_file(
        &download(&portal, &notice, OFFICER),
        "拟认定名单公示.docx",
        true,
    );
    assert_eq!(
        download(&portal, &list, OFFICER).0,
        403,
        "no list before publication"
    );

    for user in [owner.as_str(), PUBLIC, OTHER_DISTRICT_OFFICE] {
        let (status, page) = portal.get("/case/batch-2026", Some(user));
        assert_eq!(status, 200, "the batch is public");
        assert!(!page.contains("/documents/"), "{user} is offered nothing");
        for path in [&ranking, &notice] {
            let (status, _, body) = download(&portal, path, user);
            assert_eq!(status, 403, "{user} {path}");
            assert!(!body.starts_with(b"PK"));
        }
    }
    // The round is all in 中原区, so its office reads every file of it — but the plugin
    // shows it no score, so never the ranking.
    let (_, page) = portal.get("/case/batch-2026", Some(DISTRICT_OFFICE));
    assert!(!page.contains(&ranking));
    assert_eq!(download(&portal, &ranking, DISTRICT_OFFICE).0, 403);
}

#[test]
fn after_publication_the_officer_downloads_the_list_and_the_recommendation_to_the_province() {
    let r = Round::published("portal-exports-published", 3, 2);
    let db = database(&r.sim);
    drop(r);
    let export = "/exchange/province/export?year=2026";
    {
        let portal = Portal::start(Path::new(&db), "2026-06-17T10:00:00+08:00");
        let list = format!("/case/batch-2026/documents/{}", percent("认定名单.docx"));
        assert_file(
            &download(&portal, &list, OFFICER),
            "2026年度认定名单.docx",
            true,
        );
        // Before the leader recommended anyone there is nothing to send: why, in Chinese.
        let (status, page) = portal.get(export, Some(OFFICER));
        assert_eq!(status, 409, "{page}");
        assert!(page.contains("尚未择优推荐"), "{page}");
    }
    let mut sim = host_sim::Sim::open(Path::new(&db), &qb_tests::plugin()).expect("reopen");
    sim.act(
        LEADER,
        host_sim::demo::request(
            Some("batch-2026"),
            "recommend-provincial",
            vec![qb_tests::number("count", 2.0)],
            Some("择优推荐"),
        ),
    )
    .expect("recommended");
    drop(sim);

    let portal = Portal::start(Path::new(&db), "2026-06-17T10:00:00+08:00");
    let answer = download(&portal, export, OFFICER);
    assert_file(&answer, "2026年度推荐申报河南省质量标杆名单.xml", false);
    let rec = host_sim::exchange::parse_recommendation(
        &answer.2,
        &host_sim::exchange::Expect::year(2026),
    )
    .expect("the exchange's own format");
    assert_eq!(rec.entries.len(), 2);
    for user in [ENTERPRISE, LEADER, PUBLIC] {
        assert_eq!(download(&portal, export, user).0, 403, "{user}");
    }
}
