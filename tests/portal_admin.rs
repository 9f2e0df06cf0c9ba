//! Issue 10, item 6 (the directory and the calendar), through `host-sim serve`: the administrator adds and
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

/// The one value a query of the database file answers.
fn value<T: rusqlite::types::FromSql>(db: &PathBuf, sql: &str) -> T {
    rusqlite::Connection::open(db)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn count(db: &PathBuf, sql: &str) -> i64 {
    value(db, sql)
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
            &[],
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

/// Issue 10, item 6 (the calendar): the administrator enters the 2027 notice; the whole
/// calendar is checked first (a make-up day on a Monday is refused with the reason, and
/// nothing is kept), the change is recorded, and the host counts with it — after a
/// restart too. Nobody else may change it.
#[test]
fn the_administrator_enters_a_years_holiday_notice_and_the_host_counts_with_it() {
    let sim = qb_tests::sim("portal_admin_calendar");
    let db = PathBuf::from(sim.connection().path().expect("a file"));
    // Shipped: 2027 is provisional, and Saturday 20 February an ordinary weekend day.
    assert!(
        !sim.calendar()
            .year_status(2027)
            .is_some_and(|s| s.is_official())
    );
    assert_eq!(
        sim.calendar().is_working_day("2027-02-20").ok(),
        Some(false)
    );
    drop(sim);
    let portal = Portal::start(&db, "2026-11-25T10:00:00+08:00");
    let calendar_post = |user: &str, fields: &[(&str, &str)]| {
        let (status, _, body) = portal.request(
            "POST",
            "/admin/calendar",
            Some(user),
            Some("application/x-www-form-urlencoded"),
            &form(fields),
        );
        (status, String::from_utf8_lossy(&body).into_owned())
    };
    let notice = [
        ("year", "2027"),
        (
            "notice",
            "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕9号）",
        ),
        ("published", "2026-11-20"),
        (
            "holidays",
            "元旦：2027-01-01至2027-01-03\n春节：2027-02-06至2027-02-13\n国庆节：2027-10-01至2027-10-07",
        ),
        (
            "workdays",
            "春节调休：2027-02-20\n国庆节调休：2027-09-26、2027-10-09",
        ),
    ];

    // Field by field: a bad date range, a missing title; then the calendar as a whole: a
    // make-up working day that is a Monday. Nothing is kept of any.
    let mut bad = notice;
    bad[1].1 = "";
    bad[3].1 = "春节：2027-02-13至2027-02-06";
    let (status, page) = calendar_post(ADMIN, &bad);
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("请填写通知名称"), "{page}");
    assert!(
        page.contains("第1行的日期范围「2027-02-13至2027-02-06」无效"),
        "{page}"
    );
    let mut monday = notice;
    monday[4].1 = "春节调休：2027-02-22";
    let (status, page) = calendar_post(ADMIN, &monday);
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("调休上班日 2027-02-22（「春节调休」）不是周六或周日"),
        "{page}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM admin_log"), 0);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM settings WHERE key = 'calendar'"),
        0
    );
    // Only the administrator.
    for user in ["city-officer-1", "ent-jinggong"] {
        assert_eq!(calendar_post(user, &notice).0, 403, "{user}");
    }

    let (status, page) = calendar_post(ADMIN, &notice);
    assert_eq!(status, 303, "{page}");
    let (status, page) = portal.get("/admin/calendar", Some(ADMIN));
    assert_eq!(status, 200);
    assert!(
        page.contains("国办发明电〔2026〕9号）（2026年11月20日发布）"),
        "{page}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM admin_log"), 1);
    let detail: String = value(&db, "SELECT change || '；' || detail FROM admin_log");
    assert!(
        detail.starts_with("更新2027年工作日历（原为暂定）"),
        "{detail}"
    );
    assert!(detail.contains("春节8天"), "{detail}");
    drop(portal);

    // After a restart the host still counts with it, and the record verifies.
    let sim = host_sim::Sim::open(&db, &qb_tests::plugin()).expect("reopen");
    assert!(
        sim.calendar()
            .year_status(2027)
            .is_some_and(|s| s.is_official())
    );
    assert_eq!(sim.calendar().is_working_day("2027-02-20").ok(), Some(true));
    assert_eq!(
        sim.calendar().is_working_day("2027-02-08").ok(),
        Some(false)
    );
    let report = sim.audit().expect("audit");
    assert_eq!(report.admin_entries, 1);
    assert!(report.intact(), "{:?}", report.lines());
}

/// A `multipart/form-data` body as a browser posts the upload form: the file and the
/// button pressed.
fn upload_form(file: &[u8], intent: &str) -> (String, Vec<u8>) {
    let boundary = "----qb-test-boundary-7f3a";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"plugin\"; filename=\"qb_plugin.wasm\"\r\nContent-Type: application/wasm\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(
        format!(
            "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\n{intent}\r\n--{boundary}--\r\n"
        )
        .as_bytes(),
    );
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Issue 10, item 6 (plugin upload), through `host-sim serve`: the administrator checks
/// a build, which changes nothing; files that are not a plugin this host can run are
/// refused with the reason, nothing stored; a new build installs without a restart,
/// every record stays, the 管理操作记录 has it, and the next call runs it — the enterprise
/// acts on its application. Going back to the replaced build is refused on the page,
/// and a restart with the old file does not undo the upgrade. Nobody else may install.
#[test]
fn the_administrator_uploads_a_new_plugin_build_and_the_round_goes_on() {
    use qb_tests::{ENTERPRISE, SAMPLE_CASE};
    let mut sim = qb_tests::sim("portal_admin_modules");
    host_sim::demo::prepare(&sim, "2026-03-02T09:00:00+08:00").expect("seed");
    qb_tests::open_batch(&mut sim);
    sim.set_clock("2026-03-16T10:00:00+08:00").expect("clock");
    qb_tests::submit_sample(&mut sim).expect("submit");
    let db = PathBuf::from(sim.connection().path().expect("a file"));
    let old_sha = sim.module().sha256.clone();
    drop(sim);
    let fingerprint =
        || host_sim::db::fingerprint(&host_sim::db::open(&db).expect("open")).expect("fingerprint");
    let mut portal = Portal::start(&db, "2026-03-17T10:00:00+08:00");
    let upload = |user: &str, file: &[u8], intent: &str| {
        let (content_type, body) = upload_form(file, intent);
        let (status, headers, body) = portal.request(
            "POST",
            "/admin/modules",
            Some(user),
            Some(&content_type),
            &body,
        );
        (status, headers, String::from_utf8_lossy(&body).into_owned())
    };
    let new_build = qb_tests::fault_plugin();
    let cases = count(&db, "SELECT COUNT(*) FROM cases");
    let before = fingerprint();

    // Nobody but the administrator.
    for user in ["city-officer-1", ENTERPRISE] {
        assert_eq!(upload(user, &new_build, "install").0, 403, "{user}");
    }
    // 检查: what the build is and what it changes; nothing installed.
    let (status, _, page) = upload(ADMIN, &new_build, "check");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("检查通过：可以安装"), "{page}");
    assert!(page.contains("已在本主机上编译并读取流程目录"), "{page}");
    // Not a component, another contract, the running build: each said, nothing kept.
    let refusals: [(&[u8], &str, u16, &str); 3] = [
        (
            b"MZ\x90\x00 not a plugin",
            "install",
            422,
            "不是 WebAssembly 组件",
        ),
        (
            &qb_tests::other_contract_version(&qb_tests::plugin()),
            "install",
            422,
            "插件契约版本 0.4.0 与本主机支持的",
        ),
        (&qb_tests::plugin(), "install", 409, "就是当前运行的版本"),
    ];
    for (file, intent, want, says) in refusals {
        let (status, _, page) = upload(ADMIN, file, intent);
        assert_eq!(status, want, "{says}: {page}");
        assert!(page.contains(says), "{says}: {page}");
    }
    assert_eq!(fingerprint(), before, "checks and refusals change nothing");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM admin_log"), 0);

    // 安装或升级: installed at once, every record kept, recorded.
    let (status, headers, page) = upload(ADMIN, &new_build, "install");
    assert_eq!(status, 303, "{page}");
    let location = header(&headers, "location").expect("back to the page");
    assert!(location.starts_with("/admin/modules?msg="), "{location}");
    let (_, page) = portal.get(location, Some(ADMIN));
    assert!(
        page.contains(&format!("已有 {cases} 个事项及其全部记录均保留")),
        "{page}"
    );
    assert!(
        page.contains("已停用"),
        "the replaced build is listed: {page}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM modules"), 2);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM cases"), cases);
    let active: String = value(&db, "SELECT sha256 FROM modules WHERE active = 1");
    assert_ne!(active, old_sha);
    let change: String = value(&db, "SELECT change || '；' || detail FROM admin_log");
    assert!(
        change.starts_with("升级插件至契约 0.3.0 的新构建"),
        "{change}"
    );
    assert!(
        change.contains(&format!("原构建 sha256 {old_sha}")),
        "{change}"
    );

    // The next call runs the new build on the state the old one wrote.
    let (status, page) = portal.get(&format!("/case/{SAMPLE_CASE}"), Some(ENTERPRISE));
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("撤回"), "the enterprise's actions: {page}");
    let (status, answer) = portal.post_json(
        "/api/act",
        ENTERPRISE,
        &serde_json::json!({"case_id": SAMPLE_CASE, "action": "withdraw", "values": [],
                "opinion": "材料需补充，撤回后重新提交"}),
    );
    assert_eq!(status, 200, "{answer}");

    // Back to the replaced build: refused on the page.
    let (status, _, page) = upload(ADMIN, &qb_tests::plugin(), "install");
    assert_eq!(status, 409, "{page}");
    assert!(page.contains("之后已被新版本替换"), "{page}");
    let when: String = page
        .split("该插件曾于")
        .nth(1)
        .map(|rest| rest.chars().take_while(|c| *c != '安').collect())
        .unwrap_or_default();
    assert!(
        when.contains('年') && when.contains('日') && !when.contains('-'),
        "the date as people read it: {when}"
    );
    portal.kill();

    // A restart with the old file keeps the new build running.
    let portal = Portal::start(&db, "2026-03-17T11:00:00+08:00");
    let (_, page) = portal.get("/admin/modules", Some(ADMIN));
    assert!(page.contains(&active[..16]), "{page}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM modules"), 2);
    drop(portal);
    let (sim, note) = host_sim::Sim::open_serving(&db, &qb_tests::plugin()).expect("reopen");
    assert!(note.is_some_and(|n| n.contains("已在管理页面被新版本替换")));
    assert_eq!(sim.module().sha256, active);
    let report = sim.audit().expect("audit");
    assert_eq!(report.admin_entries, 1);
    assert!(report.intact(), "{:?}", report.lines());
}
