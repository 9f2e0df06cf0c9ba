//! Group commit (ADR 8): calls from different users share one durable commit, each in
//! its own savepoint — a call that is refused or traps rolls back alone, nothing is
//! visible (or acknowledged) before the group commits, and a SIGKILL under load loses
//! nothing that was acknowledged. Also: the case-store queries behind the quota check
//! and the batch chunks stay on an index at any size.

use std::collections::BTreeSet;
use std::io::Write;
use std::net::TcpStream;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use host_sim::contract::{ApplicationStage, CaseKind, Stage};
use host_sim::demo::request;
use host_sim::engine::zhengzhou::quality_benchmark::case_store::CaseFilter;
use host_sim::imports::FilterFor;
use host_sim::{CallError, Limits, Sim};
use qb_tests::portal::{Portal, try_post};
use qb_tests::*;
use rusqlite::Connection;
use serde_json::json;

const CLOCK: &str = "2026-03-02T09:00:00+08:00";

/// Cases of `ids` that a second connection (another process, say) sees committed.
fn committed(path: &Path, ids: &[String]) -> usize {
    let other = Connection::open(path).expect("second connection");
    ids.iter()
        .filter(|id| {
            other
                .query_row("SELECT COUNT(*) FROM cases WHERE id = ?1", [id], |r| {
                    r.get::<_, i64>(0)
                })
                .expect("count")
                == 1
        })
        .count()
}

#[test]
fn in_a_group_a_refused_or_trapping_call_rolls_back_alone() {
    let mut sim = sim_with("group_savepoints", &fault_plugin(), Limits::default());
    open_batch(&mut sim);
    let everyone = round_of(&sim, 3);
    let path = sim.connection().path().expect("a file").to_string();
    let ids: Vec<String> = everyone.iter().map(Applicant::case).collect();
    let start = |sim: &mut Sim, a: &Applicant| {
        sim.act(&a.user, request(None, "start-application", vec![], None))
    };

    sim.begin_group().expect("group");
    start(&mut sim, &everyone[0]).expect("first enterprise starts");
    // A trap in the middle of the group: its own savepoint goes, nothing else.
    let trap = close_applications(&mut sim, "fault-trap");
    assert!(matches!(trap, Err(CallError::Trap(_))), "{trap:?}");
    // A refusal: an enterprise may not close the call for applications.
    let refused = sim.act(
        &everyone[1].user,
        request(Some("batch-2026"), "close-applications", vec![], None),
    );
    assert!(matches!(refused, Err(CallError::Refused(_))), "{refused:?}");
    start(&mut sim, &everyone[1]).expect("second enterprise starts after the trap");
    start(&mut sim, &everyone[2]).expect("third");
    // Nothing of the group is visible outside it before the commit.
    assert_eq!(committed(Path::new(&path), &ids), 0);
    sim.commit_group().expect("commit");
    assert_eq!(committed(Path::new(&path), &ids), 3);
    // The trapped close never happened: the call for applications is still open.
    assert_eq!(stage(&sim, "batch-2026"), "open");
    assert_eq!(sim.verify_history_chain().expect("audit"), None);
}

#[test]
fn a_group_does_not_nest_and_a_lost_transaction_is_a_host_fault() {
    let mut sim = sim("group_lost_transaction");
    open_batch(&mut sim);
    let a = round_of(&sim, 1).remove(0);
    sim.begin_group().expect("group");
    assert!(sim.begin_group().is_err(), "a group inside a group");
    // Something ends the group's transaction behind its back: a call now would commit
    // on its own, before the group is acknowledged, so the host refuses to run it.
    sim.connection().commit().expect("commit");
    let call = sim.act(&a.user, request(None, "start-application", vec![], None));
    assert!(matches!(call, Err(CallError::Host(_))), "{call:?}");
    assert!(sim.commit_group().is_err());
    assert_eq!(sim.version(&a.case()).expect("read"), None);
    // The host is not stuck: alone, the call goes through.
    sim.act(&a.user, request(None, "start-application", vec![], None))
        .expect("start");
    assert_eq!(sim.version(&a.case()).expect("read"), Some(1));
}

/// The plan SQLite picks for a case filter, as the case store runs it.
/// SQLite's plan for `sql` over `params`, its lines joined by "; ".
fn plan_of(sim: &Sim, sql: &str, params: &[&dyn host_sim::store::ToValue]) -> String {
    let rows: Vec<String> = sim
        .connection()
        .query_map(&format!("EXPLAIN QUERY PLAN {sql}"), params, |r| {
            r.get::<String>(3)
        })
        .expect("plan");
    rows.join("; ")
}

fn plan(sim: &Sim, select: &str, filter: &CaseFilter, used_for: FilterFor) -> String {
    let (clause, args) = host_sim::imports::filter_sql(filter, used_for);
    plan_of(
        sim,
        &format!("SELECT {select} FROM cases WHERE {clause}"),
        &host_sim::imports::bound(&args),
    )
}

#[test]
fn quota_and_chunk_queries_stay_on_an_index() {
    let sim = sim("group_query_plans");
    let stages = |s: &[ApplicationStage]| s.iter().map(|s| Stage::Application(*s)).collect();
    // The quota check: recommended applications of one district and year.
    let quota = CaseFilter {
        kind: CaseKind::Application,
        year: 2026,
        stages: stages(&[
            ApplicationStage::FormalCheck,
            ApplicationStage::Accepted,
            ApplicationStage::ExpertReview,
        ]),
        district: Some("zhongyuan".into()),
    };
    let p = plan(&sim, "COUNT(*)", &quota, FilterFor::Counting);
    assert!(
        p.contains("USING COVERING INDEX cases_by_year_district"),
        "{p}"
    );
    // A batch chunk: the year's applications at one stage, every district.
    let chunk = CaseFilter {
        kind: CaseKind::Application,
        year: 2026,
        stages: stages(&[ApplicationStage::Accepted]),
        district: None,
    };
    let p = plan(&sim, "id, title", &chunk, FilterFor::Listing);
    assert!(p.contains("USING INDEX cases_by_year"), "{p}");
    assert!(!p.contains("SCAN cases"), "{p}");
    // A district's chunk (ADR 3): its applications at one stage.
    let district_chunk = CaseFilter {
        district: Some("zhongyuan".into()),
        ..chunk
    };
    let (clause, args) = host_sim::imports::filter_sql(&district_chunk, FilterFor::Listing);
    assert!(
        clause.contains("district = 'zhongyuan'"),
        "the district is written into the SQL: {clause}"
    );
    let sql = format!("SELECT id, title FROM cases WHERE {clause} ORDER BY id LIMIT 201");
    let p = plan_of(&sim, &sql, &host_sim::imports::bound(&args));
    assert!(p.contains("USING INDEX cases_by_year_district"), "{p}");
    assert!(!p.contains("SCAN cases"), "{p}");
    // The due timers a group claims: the index's order is the claim's, so the first 64
    // are read and nothing is sorted (20,000 are due at once at the end of 公示).
    let now = "2026-06-16T09:00:00+08:00";
    let p = plan_of(&sim, &host_sim::store::due_timers_sql(64), &[&now]);
    assert!(p.contains("USING COVERING INDEX timers_due"), "{p}");
    assert!(!p.contains("TEMP B-TREE"), "{p}");
}

/// 待办 — each page's count, the lists, the JSON API's pages — searches the person's
/// tasks and their group's on the two partial indexes; an `OR` of the two had SQLite
/// scan every open task of the round on every request (docs/performance-log.md, 2026-12-06).
#[test]
fn a_persons_open_tasks_are_searched_not_scanned() {
    let sim = sim("group_inbox_plans");
    let (user, role, org, cap) = ("expert-01", "district-office", "zhongyuan", 20i64);
    let plan = |sql: &str, with_cap: bool| -> String {
        let all = host_sim::params![user, role, org, cap];
        plan_of(&sim, sql, if with_cap { all } else { &all[..3] })
    };
    for (sql, with_cap) in [
        (host_sim::inbox::count(), false),
        (
            format!(
                "SELECT key FROM tasks WHERE id IN ({})",
                host_sim::inbox::ids()
            ),
            false,
        ),
        (
            format!(
                "SELECT key FROM tasks WHERE id IN ({}) ORDER BY id LIMIT ?4",
                host_sim::inbox::first_ids("?4")
            ),
            true,
        ),
    ] {
        let p = plan(&sql, with_cap);
        assert!(
            p.contains("SEARCH tasks USING INDEX tasks_by_user (assignee_user=?)"),
            "{p}"
        );
        assert!(
            p.contains(
                "SEARCH tasks USING INDEX tasks_by_group (assignee_role=? AND assignee_org=?)"
            ),
            "{p}"
        );
        assert!(!p.contains("SCAN tasks"), "{p}");
    }
}

/// A person's messages, and the unread count every page shows, are found on the indexes
/// of migration 10, in id order: no temporary B-tree sorts the city bureau's inbox.
#[test]
fn a_persons_messages_are_searched_in_order_not_sorted() {
    let sim = sim("group_message_plans");
    let (user, role, org, cap) = ("city-officer-1", "city-officer", "city", 50i64);
    let plan = |sql: &str, n: usize| -> String {
        let kind: Option<&str> = None;
        plan_of(
            &sim,
            sql,
            &host_sim::params![user, role, org, kind, cap][..n],
        )
    };
    let page = format!(
        "SELECT subject FROM outbox WHERE id IN ({}) ORDER BY id DESC LIMIT 50",
        host_sim::messages::newest_ids("?5")
    );
    for (sql, n, user_index, group_index) in [
        (
            host_sim::messages::count(false),
            3,
            "outbox_by_user",
            "outbox_by_group",
        ),
        (page, 5, "outbox_by_user", "outbox_by_group"),
        (
            host_sim::messages::unread_count(),
            3,
            "outbox_unread_by_user",
            "outbox_unread_by_group",
        ),
    ] {
        let p = plan(&sql, n);
        assert!(
            p.contains(&format!(
                "USING COVERING INDEX {user_index} (recipient_user=?)"
            )) || p.contains(&format!("USING INDEX {user_index} (recipient_user=?)")),
            "{p}"
        );
        assert!(
            p.contains(&format!(
                "INDEX {group_index} (recipient_role=? AND recipient_org=?)"
            )),
            "{p}"
        );
        assert!(
            !p.contains("SCAN outbox") && !p.contains("TEMP B-TREE FOR ORDER BY"),
            "{p}"
        );
    }
}

/// A database with the call for applications open and `n` enterprises registered.
/// Every list a person reads through `serve` — the JSON API's and the portal's, paged —
/// keeps its statements prepared from one read to the next. SQLite re-prepared each one
/// with a bound `LIMIT` on every run, as the value feeds its planner: the 待办 read after
/// every decision parsed its SQL again, a tenth of the server's CPU (docs/performance-log.md,
/// 2026-12-07, through the door). The server's log names any such statement.
#[test]
fn every_list_read_through_serve_keeps_its_statements_prepared() {
    let r = Round::submitted("group_lists_prepared", 3);
    let path = Path::new(r.sim.connection().path().expect("a file")).to_path_buf();
    let (enterprise, office) = (r.apps[0].user.clone(), office_of(&r.apps[0], 1));
    drop(r);
    let log = db_path("group_lists_prepared_log").with_extension("log");
    let portal =
        Portal::start_logging_to(&path, "2026-03-16T10:00:00+08:00", "host_sim=warn", &log);
    let lists = [
        "/api/v1/tasks/open",
        "/api/v1/tasks/open?page=2&per_page=1",
        "/api/v1/tasks/done",
        "/api/v1/cases",
        "/api/v1/cases?page=2&per_page=1",
        "/api/v1/notices",
        "/home",
        "/todo",
        "/done",
        "/notices",
        "/cc",
    ];
    for user in [enterprise.as_str(), office.as_str(), OFFICER] {
        for list in lists {
            for _ in 0..20 {
                let (status, body) = portal.get(list, Some(user));
                assert_eq!(status, 200, "{list} as {user}: {body}");
            }
        }
    }
    for _ in 0..20 {
        assert_eq!(portal.get("/api/v1/public-records", None).0, 200);
        assert_eq!(portal.get("/public", None).0, 200);
    }
    drop(portal);
    let logged = std::fs::read_to_string(&log).expect("log");
    assert!(
        !logged.contains("re-prepares this statement on every run"),
        "{logged}"
    );
}

fn prepared(name: &str, n: usize) -> (std::path::PathBuf, Vec<Applicant>) {
    let mut sim = sim(name);
    open_batch(&mut sim);
    let everyone = round_of(&sim, n);
    let path = Path::new(sim.connection().path().expect("a file")).to_path_buf();
    (path, everyone)
}

#[test]
fn sixteen_users_act_at_once_through_the_api() {
    let (path, everyone) = prepared("group_sixteen_users", 16);
    let portal = Portal::start(&path, CLOCK);
    let addr = portal.addr.clone();
    let answers: Vec<(u16, String)> = std::thread::scope(|s| {
        let threads: Vec<_> = everyone
            .iter()
            .map(|a| {
                let addr = addr.clone();
                s.spawn(move || {
                    try_post(
                        &addr,
                        "/api/v1/act",
                        &a.user,
                        &json!({"action": "start-application"}),
                    )
                    .expect("an answer")
                })
            })
            .collect();
        // The public, at the same moment, may not start anything.
        let public = try_post(
            &addr,
            "/api/v1/act",
            "public",
            &json!({"action": "start-application"}),
        )
        .expect("an answer");
        assert_eq!(public.0, 403, "{}", public.1);
        threads
            .into_iter()
            .map(|t| t.join().expect("thread"))
            .collect()
    });
    for (status, body) in &answers {
        assert_eq!(*status, 200, "{body}");
    }
    drop(portal);
    let ids: Vec<String> = everyone.iter().map(Applicant::case).collect();
    assert_eq!(committed(&path, &ids), 16);
    let sim = Sim::open(&path, &plugin()).expect("reopen");
    for id in &ids {
        assert_eq!(sim.version(id).expect("read"), Some(1), "{id}");
    }
}

/// `serve` asks for every decision posted to be made ahead (ADR 14) and keeps those
/// whose answers still hold: sixteen people starting applications at once touch sixteen
/// different cases, so every one is kept — and what is on file is what the writer alone
/// would have filed.
#[test]
fn serve_decides_the_posts_waiting_ahead() {
    let (path, everyone) = prepared("group_ahead", 16);
    let log = db_path("group_ahead_log").with_extension("log");
    let portal = Portal::start_logging_to(&path, CLOCK, "host_sim=debug", &log);
    let addr = portal.addr.clone();
    std::thread::scope(|s| {
        for a in &everyone {
            let addr = addr.clone();
            s.spawn(move || {
                let (status, body) = try_post(
                    &addr,
                    "/api/v1/act",
                    &a.user,
                    &json!({"action": "start-application"}),
                )
                .expect("an answer");
                assert_eq!(status, 200, "{body}");
            });
        }
    });
    drop(portal);
    let logged = std::fs::read_to_string(&log).expect("log");
    let kept = sum_logged(&logged, "预先决定：本组保留 ");
    assert_eq!(kept, 16, "every decision kept from ahead:\n{logged}");
    let ids: Vec<String> = everyone.iter().map(Applicant::case).collect();
    assert_eq!(committed(&path, &ids), 16);
}

#[test]
fn a_slow_client_does_not_hold_up_the_others() {
    let (path, everyone) = prepared("group_slow_client", 2);
    let portal = Portal::start(&path, CLOCK);
    // A client that announces 5 MB and sends a byte every half second.
    let addr = portal.addr.clone();
    let stop = Arc::new(Mutex::new(false));
    let slow = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut s = TcpStream::connect(&addr).expect("connect");
            let head = format!(
                "POST /api/v1/act HTTP/1.1\r\nHost: {addr}\r\nCookie: qb_user=ent-jinggong\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n"
            );
            s.write_all(head.as_bytes()).expect("head");
            while !*stop.lock().expect("lock") {
                if s.write_all(b" ").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(500));
            }
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    for a in &everyone {
        let t = Instant::now();
        let (status, body) = try_post(
            &portal.addr,
            "/api/v1/act",
            &a.user,
            &json!({"action": "start-application"}),
        )
        .expect("an answer");
        assert_eq!(status, 200, "{body}");
        // Not a timing claim about speed: a stuck store would take the slow client's
        // whole upload (hours), so anything under a minute shows it is not waited for.
        assert!(t.elapsed() < Duration::from_secs(60));
        let (status, _) = portal.get("/api/v1/me", Some(&a.user));
        assert_eq!(status, 200);
    }
    *stop.lock().expect("lock") = true;
    slow.join().expect("slow client");
}

/// How many enterprises apply at once, and how many rounds of them.
const AT_ONCE: usize = 80;
const ROUNDS: usize = 3;

#[test]
fn a_killed_portal_loses_nothing_acknowledged_under_group_commit() {
    let (path, everyone) = prepared("group_sigkill", AT_ONCE * ROUNDS);
    let mut portal = Portal::start(&path, CLOCK);
    let addr = portal.addr.clone();
    let acked: Arc<Mutex<BTreeSet<String>>> = Arc::default();
    std::thread::scope(|s| {
        for chunk in everyone.chunks(AT_ONCE / 8) {
            let (addr, acked) = (addr.clone(), acked.clone());
            s.spawn(move || {
                for a in chunk {
                    // No answer (the portal was killed) means not acknowledged.
                    match try_post(
                        &addr,
                        "/api/v1/act",
                        &a.user,
                        &json!({"action": "start-application"}),
                    ) {
                        Some((200, _)) => {
                            acked.lock().expect("lock").insert(a.case());
                        }
                        Some((status, body)) => panic!("{status} {body}"),
                        None => return,
                    }
                }
            });
        }
        // Kill mid-flight: once a third is acknowledged, the rest are in the air.
        let started = Instant::now();
        while acked.lock().expect("lock").len() < AT_ONCE
            && started.elapsed() < Duration::from_secs(120)
        {
            std::thread::sleep(Duration::from_millis(1));
        }
        portal.kill();
    });
    let acked = acked.lock().expect("lock").clone();
    assert!(
        !acked.is_empty(),
        "nothing was acknowledged before the kill"
    );
    let sim = Sim::open(&path, &plugin()).expect("reopen after the kill");
    let ok: String = sim
        .connection()
        .query_row("PRAGMA integrity_check", &[], |r| r.get(0))
        .expect("integrity");
    assert_eq!(ok, "ok");
    for case in &acked {
        assert_eq!(
            sim.version(case).expect("read"),
            Some(1),
            "acknowledged {case} lost"
        );
    }
    assert_eq!(sim.verify_history_chain().expect("audit"), None);
    println!(
        "{} of {} acknowledged before the kill, every one of them on file",
        acked.len(),
        everyone.len()
    );
}

/// Seals and uploads posted together are asked for ahead too (ADR 14): sixteen
/// enterprises each seal their own application at once, every order is kept from ahead,
/// and each seal on file binds its own case.
#[test]
fn serve_orders_the_seals_waiting_ahead() {
    let (path, everyone) = ready_to_seal("group_seals_ahead", 16);
    let logged = seal_at_once(
        &path,
        &everyone,
        &["enterprise-seal"],
        "group_seals_ahead_log",
    );
    assert_eq!(
        sum_logged(&logged, "预先决定：本组保留 "),
        16,
        "every seal's order kept from ahead:\n{logged}"
    );
    assert_eq!(sealed(&path, &everyone, "enterprise-seal"), [1; 16]);
}

/// Requests that come while a group is handled are taken before its commit, and their
/// calls made ahead meanwhile, from what the group leaves as it is (ADR 14). A call
/// that runs until its deadline (2 s, twice: ahead, then by the writer) holds a group
/// open while seven enterprises ask for their seals — one for each of `serve`'s eight
/// request readers but the one waiting for the spinning call's answer.
#[test]
fn serve_asks_for_the_requests_that_come_during_a_group_before_it_commits() {
    let (path, everyone) = ready_to_seal("group_next_ahead", 7);
    let log = db_path("group_next_ahead_log").with_extension("log");
    let portal = Portal::start_faulty_logging_to(&path, CLOCK, "host_sim=debug", &log);
    let addr = portal.addr.clone();
    std::thread::scope(|s| {
        let spin = s.spawn(|| {
            let spin = json!({"action": "close-applications", "case_id": "batch-2026", "opinion": "fault-spin"});
            try_post(&addr, "/api/v1/act", OFFICER, &spin).expect("an answer")
        });
        // Well inside the four seconds the writer spends on it.
        std::thread::sleep(Duration::from_millis(500));
        seal_each(s, &addr, &everyone, &["enterprise-seal"]);
        let (status, _) = spin.join().expect("spin");
        assert_eq!(status, 500, "the spinning call stopped at its deadline");
    });
    drop(portal);
    let logged = std::fs::read_to_string(&log).expect("log");
    assert_eq!(
        sum_logged(&logged, "提交前已取得下一组请求 "),
        7,
        "the seals were taken before the spinning call's group committed:\n{logged}"
    );
    assert_eq!(
        sum_logged(&logged, "预先决定：本组保留 "),
        7,
        "and every seal's order made then was kept:\n{logged}"
    );
    assert_eq!(
        sum_logged(&logged, "未取用 "),
        1,
        "none asked for twice: only the spinning call, which trapped ahead, went unused:\n{logged}"
    );
    assert_eq!(sealed(&path, &everyone, "enterprise-seal"), [1; 7]);
}

/// `n` enterprises whose applications are filled in, ready to be sealed; the file.
fn ready_to_seal(name: &str, n: usize) -> (std::path::PathBuf, Vec<Applicant>) {
    let mut sim = sim(name);
    open_batch(&mut sim);
    let everyone = round_of(&sim, n);
    for a in &everyone {
        let start = request(None, "start-application", vec![], None);
        sim.act(&a.user, start).expect("start");
        let form = request(Some(&a.case()), "edit-form", forms_for(a).0, None);
        sim.act(&a.user, form).expect("form");
    }
    let path = Path::new(sim.connection().path().expect("a file")).to_path_buf();
    (path, everyone)
}

/// Every enterprise at once, through `serve`, has `fields` of its submission sealed one
/// after the other; the portal's debug log.
fn seal_at_once(path: &Path, everyone: &[Applicant], fields: &[&str], log: &str) -> String {
    let log = db_path(log).with_extension("log");
    let portal = Portal::start_logging_to(path, CLOCK, "host_sim=debug", &log);
    std::thread::scope(|s| seal_each(s, &portal.addr, everyone, fields));
    drop(portal);
    std::fs::read_to_string(&log).expect("log")
}

/// Each enterprise, on a thread of `scope`, has `fields` sealed one after the other.
fn seal_each<'s>(
    scope: &'s std::thread::Scope<'s, '_>,
    addr: &'s str,
    everyone: &'s [Applicant],
    fields: &'s [&str],
) {
    for a in everyone {
        scope.spawn(move || {
            for field in fields {
                let (status, body) = try_post(
                    addr,
                    "/api/v1/seals",
                    &a.user,
                    &json!({"case_id": a.case(), "action": "submit", "field": field}),
                )
                .expect("an answer");
                assert_eq!(status, 200, "{body}");
            }
        });
    }
}

/// The numbers `serve`'s debug log gives after `prefix`, added up.
fn sum_logged(logged: &str, prefix: &str) -> u64 {
    logged
        .lines()
        .filter_map(|l| l.split(prefix).nth(1))
        .filter_map(|k| k.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// How many seals of `field` each enterprise's application has on file.
fn sealed(path: &Path, everyone: &[Applicant], field: &str) -> Vec<i64> {
    let other = Connection::open(path).expect("second connection");
    everyone
        .iter()
        .map(|a| {
            other
                .query_row(
                    "SELECT COUNT(*) FROM seals WHERE purpose_case = ?1 AND purpose_field = ?2",
                    [a.case(), field.to_string()],
                    |r| r.get(0),
                )
                .expect("seals")
        })
        .collect()
}
