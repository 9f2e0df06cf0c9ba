//! Issue 10, item 3, through the portal on the real `host-sim serve` binary: a decision
//! on the year's list shows the list it decides — ranked, by name, with district,
//! direction, score and status — and a count is chosen by row. Each row is what the
//! plugin's view lets that person see: an enterprise sees no other applicant.

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
    assert!(page.contains("专家评审结果（按综合得分排名）（4家）"), "{page}");
    let at = positions(&page, &names);
    assert!(at.windows(2).all(|w| w[0] < w[1]), "ranked by score: {at:?}");
    for rank in 1..=4 {
        assert!(
            page.contains(&format!(
                "data-pick-field=\"count\" data-pick-count=\"{rank}\">选至第{rank}名"
            )),
            "a pick button for rank {rank}"
        );
    }
    assert!(page.contains("中原区") || page.contains("金水区"), "districts by name");

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
        assert!(page.contains("拟认定名单（待审批，共2家）"), "{path}: {page}");
        assert!(page.contains("第1名") && page.contains("综合得分 59.40"), "{path}: {page}");
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
