//! Issue 10, items 3, 4 and 7, through the portal on the real `host-sim serve` binary:
//! a decision on the year's list shows the list it decides — ranked, by name, with
//! district, direction, score and status — and a count is chosen by row; the city's
//! round overview; 待办 with the working days left. Each row is what the plugin's view
//! lets that person see: an enterprise sees no other applicant.

use std::path::PathBuf;

use qb_tests::portal::Portal;
use qb_tests::{OFFICER, Round};
use serde_json::json;

const LEADER: &str = "city-leader-1";

/// The byte offsets of `names` in `page`, panicking on one that is missing.
fn positions(page: &str, names: &[&str]) -> Vec<usize> {
    names
        .iter()
        .map(|n| page.find(n).unwrap_or_else(|| panic!("{n} is on the page")))
        .collect()
}

#[test]
fn the_leader_approves_a_list_shown_ranked_by_name_and_the_officer_picks_it_by_row() {
    let r = Round::scored("portal_decisions", 4);
    let names: Vec<String> = r.apps.iter().map(|a| a.name.clone()).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let applicants: Vec<String> = r.apps.iter().map(|a| a.user.clone()).collect();
    let db = PathBuf::from(r.sim.connection().path().expect("a file"));
    drop(r);
    let portal = Portal::start(&db, "2026-06-08T09:00:00+08:00");

    // The officer's 提出拟认定名单 page: every scored application, best first, each row
    // a button that sets the count to its rank.
    let (status, page) = portal.get("/case/batch-2026/act/propose-list", Some(OFFICER));
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("专家评审结果（按综合得分排名）（4家）"),
        "{page}"
    );
    let at = positions(&page, &names);
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "ranked by score: {at:?}"
    );
    for rank in 1..=4 {
        assert!(
            page.contains(&format!(
                "data-pick-field=\"count\" data-pick-count=\"{rank}\">选至第{rank}名"
            )),
            "a pick button for rank {rank}"
        );
    }
    assert!(
        page.contains("中原区") || page.contains("金水区"),
        "districts by name"
    );

    let (status, answer) = portal.post_json(
        "/api/act",
        OFFICER,
        &json!({"case_id": "batch-2026", "action": "propose-list",
                "values": [{"id": "count", "value": {"number": 2}}],
                "opinion": "按综合得分提出前两名"}),
    );
    assert_eq!(status, 200, "{answer}");

    // The leader sees what he approves: the two proposed, by name, and not the others.
    for path in ["/case/batch-2026", "/case/batch-2026/act/approve-list"] {
        let (status, page) = portal.get(path, Some(LEADER));
        assert_eq!(status, 200, "{path}: {page}");
        assert!(
            page.contains("拟认定名单（待审批，共2家）"),
            "{path}: {page}"
        );
        assert!(
            page.contains("第1名") && page.contains("综合得分 59.40"),
            "{path}: {page}"
        );
        let at = positions(&page, &names[..2]);
        assert!(at[0] < at[1], "{path}: ranked");
        for other in &names[2..] {
            assert!(!page.contains(other), "{path}: {other} was not proposed");
        }
        assert!(
            !page.contains("data-pick-count"),
            "{path}: approval takes the list as proposed"
        );
    }

    // Approved: the 公示 list is the two, ranked, with their status.
    let (status, answer) = portal.post_json(
        "/api/act",
        LEADER,
        &json!({"case_id": "batch-2026", "action": "approve-list", "values": [],
                "opinion": "同意公示"}),
    );
    assert_eq!(status, 200, "{answer}");
    let (status, page) = portal.get("/case/batch-2026", Some(OFFICER));
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("公示名单（2家）"), "{page}");
    let at = positions(&page, &names[..2]);
    assert!(at[0] < at[1], "ranked");
    assert!(!page.contains(names[2]), "{} is not on the list", names[2]);

    // An applicant reading the batch sees no other applicant of the year.
    for (i, user) in applicants.iter().enumerate() {
        let (status, page) = portal.get("/case/batch-2026", Some(user));
        if status == 200 {
            for (j, other) in names.iter().enumerate() {
                assert!(i == j || !page.contains(other), "{user} sees {other}");
            }
        }
    }
}

/// Issue 10, item 4: the round overview — counts, charts drawn on the server, filters —
/// for the city bureau only, and no internal id or code on the page but in links.
#[test]
fn the_city_reads_the_round_overview_with_charts_and_filters_and_no_one_else_does() {
    let r = Round::scored("portal_overview", 4);
    let names: Vec<String> = r.apps.iter().map(|a| a.name.clone()).collect();
    let districts: Vec<String> = r.apps.iter().map(|a| a.district.clone()).collect();
    let applicant = r.apps[0].user.clone();
    let db = PathBuf::from(r.sim.connection().path().expect("a file"));
    drop(r);
    let portal = Portal::start(&db, "2026-06-08T09:00:00+08:00");

    for user in [OFFICER, LEADER] {
        let (status, page) = portal.get("/overview", Some(user));
        assert_eq!(status, 200, "{user}: {page}");
        assert!(page.contains("已提交申报 4 家，已完成评分 4 家"), "{page}");
        assert!(page.contains("href=\"/overview\""), "in {user}'s menu");
        assert_eq!(
            page.matches("<svg class=\"chart\"").count(),
            4,
            "four charts"
        );
        assert!(
            page.contains("专家评审完成") || page.contains("已评分"),
            "{page}"
        );
        for n in &names {
            assert!(page.contains(n.as_str()), "{n} listed");
        }
        // Ids only inside links, never as text; stage codes only as filter values.
        let text: String = page
            .split("href=\"")
            .map(|part| part.split_once('"').map_or(part, |(_, rest)| rest))
            .collect();
        assert!(!text.contains("app-2026-"), "an id shown as text");
        assert!(!text.contains(">scored<"), "a stage code shown");
    }

    // Filter by the first applicant's district: only that district's applications.
    let (_, page) = portal.get("/overview", Some(OFFICER));
    let label = [
        "中原区",
        "金水区",
        "二七区",
        "管城回族区",
        "惠济区",
        "上街区",
    ]
    .into_iter()
    .find(|l| page.contains(&format!("<option value=\"{l}\">")))
    .expect("a district option");
    let (status, filtered) = portal.get(
        &format!("/overview?district={}", qb_tests::portal::percent(label)),
        Some(OFFICER),
    );
    assert_eq!(status, 200);
    let listed = names
        .iter()
        .filter(|n| filtered.contains(n.as_str()))
        .count();
    assert!(listed >= 1 && listed < names.len() || districts.iter().all(|d| d == &districts[0]));

    for user in [
        applicant.as_str(),
        "public",
        "zhongyuan-office-1",
        "expert-01",
    ] {
        let (status, _) = portal.get("/overview", Some(user));
        assert_eq!(status, 403, "{user} reads no overview");
    }
}

/// Issue 10, item 7: 待办 shows each to-do's due date as people read it and the working
/// days left in the official calendar, marks the overdue, and sorts by either date; 转办
/// picks a colleague by name.
#[test]
fn a_district_office_sees_the_working_days_left_and_what_is_overdue() {
    let r = Round::submitted("portal_todo", 2);
    let office = qb_tests::office_of(&r.apps[0], 1);
    let case = r.apps[0].case();
    let db = PathBuf::from(r.sim.connection().path().expect("a file"));
    drop(r);

    // Friday 2026-05-22: the districts' deadline (Friday 2026-05-29) is five working
    // days away.
    let before = Portal::start(&db, "2026-05-22T09:00:00+08:00");
    let (status, page) = before.get("/todo", Some(&office));
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("2026年5月29日"),
        "the due date in Chinese: {page}"
    );
    assert!(page.contains("剩余5个工作日"), "{page}");
    assert!(!page.contains("class=\"overdue\""), "nothing overdue yet");
    let (status, by_arrival) = before.get("/todo?sort=arrived", Some(&office));
    assert_eq!(status, 200);
    assert!(by_arrival.contains("aria-current=\"true\">按到达时间"));

    // 转办 picks a colleague of the same office by name, never types a user id.
    let (status, page) = before.get(&format!("/case/{case}/act/delegate"), Some(&office));
    assert_eq!(status, 200, "{page}");
    let select = page
        .split("<select ")
        .find(|s| s.contains("id=\"f-assignee\""))
        .and_then(|rest| rest.split_once("</select>"))
        .map(|(options, _)| options.to_string())
        .expect("a person picker");
    assert!(
        select.contains("aria-required=\"true\" aria-describedby=\"err-assignee\""),
        "a required field says so to assistive technology: {select}"
    );
    if page.contains("data-opinion-box") {
        assert!(
            page.contains("data-phrase=\""),
            "常用意见 under the opinion box"
        );
    }
    let colleague = office.replace("-1", "-2");
    assert!(
        select.contains(&format!("<option value=\"{colleague}\">")),
        "{select}"
    );
    assert!(
        !select.contains(&format!("value=\"{office}\"")),
        "not oneself: {select}"
    );
    assert!(
        !select.contains("value=\"jinshui-") || office.starts_with("jinshui"),
        "{select}"
    );
    drop(before);

    // Monday 2026-06-01: one working day late.
    let after = Portal::start(&db, "2026-06-01T09:00:00+08:00");
    let (_, page) = after.get("/todo", Some(&office));
    assert!(
        page.contains("<span class=\"overdue\">已逾期1个工作日</span>"),
        "{page}"
    );
    assert!(
        page.contains("已逾期 1 件") || page.contains("已逾期 2 件"),
        "{page}"
    );
}

/// 待办 pages a long list whole, in the order the person picked: soonest due first (to-dos
/// without a due date after them, then by arrival), or by arrival — every to-do on one
/// page only, ties in the order they came. The count and the overdue count are of the
/// whole list, not of the page. The database sorts and pages the tasks; only a page's
/// are read with their cases.
#[test]
fn a_long_todo_list_is_sorted_and_paged_whole() {
    let r = Round::submitted("portal_long_todo", 1);
    let office = qb_tests::office_of(&r.apps[0], 1);
    let case = r.apps[0].case();
    // 45 more to-dos for the office: due dates spread over May, some the same, every
    // fifth none; arrivals out of order, some at the same moment.
    let due: Vec<Option<String>> = (0..45)
        .map(|i| (i % 5 != 0).then(|| format!("2026-05-{:02}", 10 + (i * 7) % 20)))
        .collect();
    let opened: Vec<String> = (0..45)
        .map(|i| format!("2026-04-{:02}T09:00:00+08:00", 1 + (i * 11) % 28))
        .collect();
    for i in 0..45 {
        r.sim
            .connection()
            .execute(
                "INSERT INTO tasks (case_id, key, title, assignee_user, due, opened_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                host_sim::params![
                    case,
                    format!("seeded:{i}"),
                    format!("待办第{i:02}号"),
                    office,
                    due[i],
                    opened[i]
                ],
            )
            .expect("seed a to-do");
    }
    let db = PathBuf::from(r.sim.connection().path().expect("a file"));
    drop(r);
    // Stable sorts of the seeding order: ties keep it, as the task ids do.
    let mut by_due: Vec<usize> = (0..45).collect();
    by_due.sort_by_key(|&i| (due[i].is_none(), due[i].clone(), opened[i].clone()));
    let mut by_arrival: Vec<usize> = (0..45).collect();
    by_arrival.sort_by_key(|&i| opened[i].clone());
    let today = "2026-05-20";
    let overdue = due.iter().flatten().filter(|d| d.as_str() < today).count();

    let portal = Portal::start(&db, "2026-05-20T09:00:00+08:00");
    for (sort, expected) in [("due", &by_due), ("arrived", &by_arrival)] {
        let mut seen = Vec::new();
        for page_no in 1..=3 {
            let (status, page) =
                portal.get(&format!("/todo?sort={sort}&page={page_no}"), Some(&office));
            assert_eq!(status, 200, "{page}");
            // The office's own recommendation to-do makes 46: the pager's count is the
            // one the navigation shows.
            assert!(page.contains("待办事项（46）"), "{page}");
            assert!(page.contains(r#"<span class="count">46</span>"#), "{page}");
            assert!(page.contains(&format!("已逾期 {overdue} 件")), "{page}");
            let on_page: Vec<usize> = page
                .split("待办第")
                .skip(1)
                .filter_map(|rest| rest.get(..2)?.parse().ok())
                .collect();
            assert!(on_page.len() <= 20, "a page shows at most 20: {on_page:?}");
            seen.extend(on_page);
        }
        assert_eq!(&seen, expected, "sorted by {sort}, every to-do once");
    }
    // The 工作台 shows the same count, and links to the whole list past its ten.
    let (status, home) = portal.get("/home", Some(&office));
    assert_eq!(status, 200, "{home}");
    assert!(home.contains("<b>46</b>待办"), "{home}");
    assert!(home.contains("全部待办（46）"), "{home}");
}
