//! 打印申报表 through the portal, on the real `host-sim serve` binary: an application's
//! 附件1 as a page to print is given to whom the plugin's view gives the 申报表 — the
//! enterprise that owns it, its district office, the city bureau — and refused, with the
//! case page's own answer, to the public, another enterprise and another district's
//! office. It prints names, labels and dates as people read them, never the host's ids.

use std::path::Path;

use qb_tests::portal::Portal;
use qb_tests::{OFFICER, OTHER_DISTRICT_OFFICE, Round, office_of};

/// The directory's member of the public.
const PUBLIC_USER: &str = "public";

/// The text a person reads on a page: the markup stripped, the addresses of links with it.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_application_form_prints_for_whom_the_plugin_shows_it_and_nobody_else() {
    let mut r = Round::submitted("portal-print", 2);
    let (own, other) = (r.apps[0].clone(), r.apps[1].clone());
    let case = own.case();
    let office = office_of(&own, 1);
    let form = qb_tests::recommendation(&mut r.sim, &office, &case);
    r.act(&office, Some(&case), "recommend", form, None);
    let db = r
        .sim
        .connection()
        .path()
        .expect("a database file")
        .to_string();
    drop(r);
    let portal = Portal::start(Path::new(&db), "2026-03-16T10:00:00+08:00");
    let print = format!("/case/{case}/print");

    // The owner is offered the page on its case page, and so is its district office.
    for user in [own.user.as_str(), office.as_str()] {
        let (status, page) = portal.get(&format!("/case/{case}"), Some(user));
        assert_eq!(status, 200, "{user}");
        assert!(
            page.contains(&format!("href=\"{print}\"")) && page.contains("打印申报表"),
            "{user}: 打印申报表 offered"
        );
    }

    for user in [own.user.as_str(), office.as_str(), OFFICER] {
        let (status, page) = portal.get(&print, Some(user));
        assert_eq!(status, 200, "{user}: {page}");
        let shown = text(&page);
        for expected in [
            "附件1",
            "质量标杆申报表",
            own.name.as_str(),
            own.code.as_str(),
            "基本情况",
            "企业名称（公章）",
            "法人代表签字",
            "推荐单位意见",
            "推荐单位公章",
            "对2026年质量标杆活动所提交的材料真实性负责",
            "2026年3月16日",
            "打印",
        ] {
            assert!(shown.contains(expected), "{user}: {expected} in\n{shown}");
        }
        // The district's sealed opinion is on the form the district and the city read.
        if user != own.user {
            assert!(
                shown.contains("同意推荐") && shown.contains("已加盖电子印章"),
                "{user}: {shown}"
            );
        }
        // The page prints itself with the portal's script (the CSP allows no inline
        // handler), and has no portal navigation to print.
        assert!(page.contains("data-print") && page.contains("/static/portal.js"));
        assert!(!page.contains("<nav") && !page.contains("class=\"top\""));
        // People read names and dates: no case id, user id or machine time as text
        // (the case id is only in the address of the 返回事项 link).
        for code in [
            case.as_str(),
            own.user.as_str(),
            office.as_str(),
            "T10:00:00",
            "2026-03-16",
        ] {
            assert!(!shown.contains(code), "{user}: {code} shown");
        }
        assert_eq!(page.matches(&case).count(), 1, "{user}: only the back link");
    }

    // Whoever the case page refuses, the print page refuses the same way, and shows
    // nothing of the application.
    for user in [PUBLIC_USER, other.user.as_str(), OTHER_DISTRICT_OFFICE] {
        let (case_status, _) = portal.get(&format!("/case/{case}"), Some(user));
        let (status, page) = portal.get(&print, Some(user));
        assert_eq!(status, 403, "{user}: {page}");
        assert_eq!(status, case_status, "{user}: as the case page");
        assert!(
            !page.contains(&own.name),
            "{user}: nothing of the application"
        );
        assert!(!page.contains("推荐单位意见"), "{user}");
    }
    // The other enterprise prints its own.
    let (status, page) = portal.get(&format!("/case/{}/print", other.case()), Some(&other.user));
    assert_eq!(status, 200);
    assert!(page.contains(&other.name) && !page.contains(&own.name));

    let (status, _) = portal.get(&print, None);
    assert_eq!(status, 303, "sign in first");
    // Only an application has a 申报表; an unknown case is not found, as on the case page.
    let (status, _) = portal.get("/case/batch-2026/print", Some(OFFICER));
    assert_eq!(status, 404);
    let (case_status, _) = portal.get("/case/app-2026-NOSUCHCASE", Some(OFFICER));
    let (status, _) = portal.get("/case/app-2026-NOSUCHCASE/print", Some(OFFICER));
    assert_eq!(status, case_status);
    assert!(status >= 400);
}
