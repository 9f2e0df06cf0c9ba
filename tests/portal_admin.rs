//! Issue 10, item 6 (the directory), through `host-sim serve`: the administrator adds and
//! changes people in the browser; each change is checked field by field (nothing stored
//! on a refusal), recorded in the 管理操作记录, and that record verifies — an edited row
//! is caught by `verify`. Nobody else may change the directory.

use std::path::PathBuf;

use qb_tests::portal::{Portal, header, percent};

const ADMIN: &str = "admin";

fn form(fields: &[(&str, &str)]) -> Vec<u8> {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", percent(v)))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

fn post(portal: &Portal, user: &str, body: &[u8]) -> (u16, Vec<(String, String)>, String) {
    let (status, headers, body) = portal.request(
        "POST",
        "/admin/directory",
        Some(user),
        Some("application/x-www-form-urlencoded"),
        body,
    );
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn count(db: &PathBuf, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .expect("count")
}

#[test]
fn the_administrator_edits_the_directory_in_the_browser_and_every_change_is_recorded() {
    let sim = qb_tests::sim("portal_admin_directory");
    let db = PathBuf::from(sim.connection().path().expect("a file"));
    drop(sim);
    let portal = Portal::start(&db, "2026-03-16T10:00:00+08:00");
    let users = count(&db, "SELECT COUNT(*) FROM users");

    // A new district office colleague.
    let person = [
        ("user_id", "zhongyuan-office-9"),
        ("name", "王芳"),
        ("role", "district-office"),
        ("org_unit", "zhongyuan"),
        ("org_name", "中原区工信部门"),
        ("tags", ""),
    ];
    let (status, headers, body) = post(&portal, ADMIN, &form(&person));
    assert_eq!(status, 303, "{body}");
    assert!(header(&headers, "location").is_some_and(|l| l.starts_with("/admin/directory?msg=")));
    let (status, page) = portal.get("/admin/directory", Some(ADMIN));
    assert_eq!(status, 200);
    assert!(page.contains("新增人员：王芳（中原区工信部门）"), "{page}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM users"), users + 1);
    // … who signs in and works as one: the office's 待办 is hers too.
    let (status, todo) = portal.get("/todo", Some("zhongyuan-office-9"));
    assert_eq!(status, 200, "{todo}");

    // A change of the same person is a 修改, with what it was before.
    let mut renamed = person;
    renamed[1] = ("name", "王芳芳");
    let (status, _, _) = post(&portal, ADMIN, &form(&renamed));
    assert_eq!(status, 303);
    let (_, page) = portal.get("/admin/directory", Some(ADMIN));
    assert!(
        page.contains("修改人员：王芳芳（中原区工信部门）") && page.contains("修改前：王芳"),
        "{page}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM admin_log"), 2);

    // Wrong entries: refused field by field in Chinese, nothing stored.
    let bad = [
        ("user_id", "Zhang San"),
        ("name", ""),
        ("role", "boss"),
        ("org_unit", "zhongyuan"),
        ("org_name", &"长".repeat(101)),
    ];
    let (status, _, page) = post(&portal, ADMIN, &form(&bad));
    assert_eq!(status, 422, "{page}");
    for message in [
        "用户名只能由小写字母、数字和 - _ . 组成",
        "姓名不能为空",
        "请选择有效的角色",
        "单位名称不能超过100个字（现为101个字）",
        "未作任何更改",
    ] {
        assert!(page.contains(message), "{message}: {page}");
    }
    assert!(
        page.contains("aria-invalid=\"true\""),
        "the fields in error are marked"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM users"), users + 1);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM admin_log"), 2);

    // Nobody but the administrator changes the directory.
    for user in [
        "city-officer-1",
        "zhongyuan-office-1",
        "ent-jinggong",
        "public",
    ] {
        let (status, _, _) = post(&portal, user, &form(&person));
        assert_eq!(status, 403, "{user}");
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM admin_log"), 2);
    drop(portal);

    // The record verifies, and an edited row of it does not.
    let sim = host_sim::Sim::open(&db, &qb_tests::plugin()).expect("open");
    assert!(sim.audit().expect("audit").intact());
    sim.connection()
        .execute(
            "UPDATE admin_log SET detail = '用户名 admin' WHERE seq = 1",
            [],
        )
        .expect("tamper");
    let report = sim.audit().expect("audit");
    assert_eq!(report.admin_broken, Some(1));
    assert!(!report.intact());
    assert!(
        report
            .lines()
            .iter()
            .any(|l| l.contains("管理操作记录 2 条，第 1 条校验失败"))
    );
}
