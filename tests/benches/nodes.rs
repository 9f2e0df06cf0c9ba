//! Bench binary: the experts' review of a round through 1, 2 and 4 `host-sim serve`
//! nodes on one PostgreSQL database (issue 14, ADR 13).
//! `QB_POSTGRES_URL=postgres://… cargo bench -p qb-tests --bench nodes`
//! (`scripts/pg-cluster start` prints a URL for a throwaway cluster).
//! Without `QB_POSTGRES_URL`, one node on a SQLite file: the same requests through the
//! door the round bench goes around (issue 12), against the disk's single-row rate.
//!
//! - `QB_BENCH_APPLICATIONS` (default 200): applications in the round.
//! - `QB_BENCH_NODES` (default `1,2,4`): the node counts to run.
//! - `QB_BENCH_CONCURRENCY` (default 16): experts acting at once, spread over the nodes.
//! - `QB_BENCH_READ` (default `/api/v1/tasks/open`): the page each expert reads after a
//!   sheet — `/todo` for the portal's own 待办 page, as a person at a desk reads it.
//!
//! The round up to the seated panel is built once through the real component (not
//! timed) and copied for every node count. Then every expert posts every score sheet
//! to a node over HTTP (the JSON API), each followed by a read of their open to-dos,
//! as a person's next page would be: decisions/s and reads/s, with nodes added. The
//! server's single-row durable commit rate (one INSERT per transaction) is measured in
//! the same run, before and after, and every figure is to be read against it. Numbers
//! go to docs/performance.md; nothing here asserts a time. A JSON line per node count.

use host_sim::fields_json::fields_to_json;
use host_sim::{Limits, audit, db, store};
use qb_tests::portal::{Portal, try_post};
use qb_tests::*;
use serde_json::json;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Durable single-row commits per second on the server, for `for_how_long`.
fn single_row_commit_rate(server: &str, for_how_long: Duration) -> f64 {
    let url = store::create_database(server, "qb_bench_commit_rate").expect("database");
    let db = db::open(&PathBuf::from(&url)).expect("open");
    db.batch("CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v TEXT)")
        .expect("table");
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < for_how_long {
        db.begin_read().expect("begin");
        db.execute("INSERT INTO t (v) VALUES ('x')", &[])
            .expect("insert");
        db.commit().expect("commit");
        n += 1;
    }
    let rate = n as f64 / start.elapsed().as_secs_f64();
    drop(db);
    let _ = store::drop_database(server, "qb_bench_commit_rate");
    rate
}

/// Where the bench's databases live: a PostgreSQL server, or SQLite files.
enum Store {
    Postgres(String),
    Sqlite,
}

impl Store {
    /// A fresh database `name`; its location for `Sim::open` and `host-sim serve`.
    fn create(&self, name: &str) -> PathBuf {
        match self {
            Store::Postgres(server) => {
                PathBuf::from(store::create_database(server, name).expect("database"))
            }
            Store::Sqlite => db_path(name),
        }
    }

    /// A copy of the database `from` (closed) as `to`.
    fn copy(&self, from: &str, to: &str) -> PathBuf {
        match self {
            Store::Postgres(server) => {
                PathBuf::from(store::copy_database(server, from, to).expect("copy"))
            }
            Store::Sqlite => {
                let (source, target) = (db_path_of(from), db_path(to));
                std::fs::copy(&source, &target).expect("copy the file");
                // Closed, SQLite folded its WAL into the file; if one is left, it holds commits.
                let wal = |p: &PathBuf| PathBuf::from(format!("{}-wal", p.display()));
                if wal(&source).exists() {
                    std::fs::copy(wal(&source), wal(&target)).expect("copy the WAL");
                }
                target
            }
        }
    }

    /// Remove the database `name`.
    fn remove(&self, name: &str) {
        match self {
            Store::Postgres(server) => {
                let _ = store::drop_database(server, name);
            }
            // `db_path` removes the file and its WAL, as it does before a test.
            Store::Sqlite => {
                let _ = db_path(name);
            }
        }
    }

    fn single_row_commit_rate(&self, for_how_long: Duration) -> f64 {
        match self {
            Store::Postgres(server) => single_row_commit_rate(server, for_how_long),
            Store::Sqlite => sqlite_single_row_commit_rate(for_how_long),
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Store::Postgres(_) => "PostgreSQL",
            Store::Sqlite => "SQLite (WAL, FULL)",
        }
    }
}

/// The file `db_path(name)` names, left as it is.
fn db_path_of(name: &str) -> PathBuf {
    workspace().join(format!("target/test-dbs/{name}.sqlite"))
}

fn main() {
    let databases = match std::env::var("QB_POSTGRES_URL") {
        Ok(server) => Store::Postgres(server),
        Err(_) => {
            println!("QB_POSTGRES_URL is not set: one node on a SQLite file");
            Store::Sqlite
        }
    };
    let n = env("QB_BENCH_APPLICATIONS", 200);
    let at_once = env("QB_BENCH_CONCURRENCY", 16);
    let read = std::env::var("QB_BENCH_READ").unwrap_or_else(|_| "/api/v1/tasks/open".into());
    let node_counts: Vec<usize> = match databases {
        // A SQLite file has one writer: several nodes on it would be one node's queue.
        Store::Sqlite => vec![1],
        Store::Postgres(_) => std::env::var("QB_BENCH_NODES")
            .unwrap_or_else(|_| "1,2,4".into())
            .split(',')
            .filter_map(|k| k.trim().parse().ok())
            .collect(),
    };
    let key = workspace().join("target/test-dbs/bench-nodes.history-key");
    std::fs::create_dir_all(key.parent().expect("folder")).expect("folder");
    // SAFETY: set before any thread starts.
    unsafe { std::env::set_var(audit::KEY_ENV, &key) };

    let rate_before = databases.single_row_commit_rate(Duration::from_secs(3));
    println!(
        "{} single-row durable commits: {rate_before:.0}/s",
        databases.name()
    );

    // The round up to the seated panel, once.
    let built = Instant::now();
    let base = databases.create("qb_bench_base");
    let mut r = Round::accepted_in(sim_at(&base, &plugin(), Limits::default()), n);
    r.act(OFFICER, Some("batch-2026"), "draw-panel", vec![], None);
    r.sim.run_due_timers().expect("seat the panel");
    // What one decision costs in round trips: an expert's sheet, in-process, alone.
    let (case, expert) = r
        .sim
        .connection()
        .query_row(
            "SELECT case_id, assignee_user FROM tasks WHERE closed_at IS NULL AND key LIKE 'score:%' ORDER BY id LIMIT 1",
            &[],
            |row| Ok((row.get::<String>(0)?, row.get::<String>(1)?)),
        )
        .expect("a score task");
    let sent = r.sim.connection().statements_sent();
    let one = Instant::now();
    r.act(
        &expert,
        Some(&case),
        "score",
        score_sheet(&items_for(0)),
        None,
    );
    let one = one.elapsed();
    let ms = one.as_secs_f64() * 1000.0;
    // Counted on PostgreSQL only, where each statement is a round trip to the server.
    match (sent, r.sim.connection().statements_sent()) {
        (Some(before), Some(after)) => println!(
            "one decision in-process: {} statements, {ms:.1} ms (a statement's round trip is the most of it)",
            after - before
        ),
        _ => println!("one decision in-process: {ms:.1} ms"),
    }
    let clock = r.sim.now().expect("clock");
    let cases: Vec<String> = (0..n).map(|i| r.case(i)).collect();
    let tasks: Vec<(String, String)> = r
        .sim
        .connection()
        .query_map(
            "SELECT case_id, assignee_user FROM tasks WHERE closed_at IS NULL AND key LIKE 'score:%' ORDER BY id",
            &[],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("score tasks");
    drop(r);
    println!(
        "round of {n} built up to the experts' review in {:.1} s: {} score sheets to post",
        built.elapsed().as_secs_f64(),
        tasks.len()
    );

    let mut lines = Vec::new();
    for &k in &node_counts {
        let name = format!("qb_bench_nodes_{k}");
        let location = databases.copy("qb_bench_base", &name);
        let env = [(audit::KEY_ENV, key.to_str().expect("utf-8"))];
        let nodes: Vec<Portal> = (0..k)
            .map(|_| Portal::start_with_env(&location, &clock, &env))
            .collect();
        let addrs: Vec<String> = nodes.iter().map(|p| p.addr.clone()).collect();
        let pids: Vec<u32> = nodes.iter().map(Portal::pid).collect();
        let cpu_before: f64 = pids.iter().map(|p| cpu_seconds_of(Some(*p))).sum();
        // Each sheet ranks its application by its place in the round.
        let work: VecDeque<(usize, String, String, usize)> = tasks
            .iter()
            .enumerate()
            .map(|(i, (case, expert))| {
                // items_for ranks by place; past 90 its scores would leave the scale.
                let at = cases.iter().position(|c| c == case).unwrap_or(0) % 90;
                (i, case.clone(), expert.clone(), at)
            })
            .collect();
        let work = Arc::new(Mutex::new(work));
        let refused = Arc::new(Mutex::new(0u64));
        let started = Instant::now();
        std::thread::scope(|s| {
            for _ in 0..at_once {
                let (work, refused, addrs, nodes, read) =
                    (work.clone(), refused.clone(), addrs.clone(), &nodes, &read);
                s.spawn(move || {
                    loop {
                        let next = work.lock().expect("queue").pop_front();
                        let Some((i, case, expert, at)) = next else {
                            break;
                        };
                        let (node, portal) = (&addrs[i % addrs.len()], &nodes[i % nodes.len()]);
                        let body = json!({"case_id": case, "action": "score",
                                          "values": fields_to_json(&score_sheet(&items_for(at)))});
                        let (status, _) =
                            try_post(node, "/api/act", &expert, &body).expect("a node answers");
                        if status != 200 {
                            *refused.lock().expect("count") += 1;
                        }
                        let (status, _) = portal.get(read, Some(&expert));
                        assert_eq!(status, 200);
                    }
                });
            }
        });
        let seconds = started.elapsed().as_secs_f64();
        let cpu: f64 = pids.iter().map(|p| cpu_seconds_of(Some(*p))).sum::<f64>() - cpu_before;
        let refused = *refused.lock().expect("count");
        drop(nodes);
        let decisions = tasks.len() as u64 - refused;
        let line = json!({
            "nodes": k,
            "applications": n,
            "users": at_once,
            "decisions": decisions,
            "refused": refused,
            "reads": tasks.len(),
            "read": read,
            "seconds": (seconds * 100.0).round() / 100.0,
            "decisions_per_s": (decisions as f64 / seconds).round(),
            "requests_per_s": ((2 * tasks.len()) as f64 / seconds).round(),
            "node_cpu_ms_per_decision": (cpu * 1000.0 / decisions.max(1) as f64 * 100.0).round() / 100.0,
        });
        println!("{line}");
        lines.push(line);
        databases.remove(&name);
    }
    databases.remove("qb_bench_base");
    let rate_after = databases.single_row_commit_rate(Duration::from_secs(3));
    println!(
        "{} single-row durable commits after: {rate_after:.0}/s",
        databases.name()
    );
    let rate = ((rate_before + rate_after) / 2.0).round();
    let last = match databases {
        Store::Postgres(_) => json!({"runs": lines, "postgres_commits_per_s": rate}),
        Store::Sqlite => json!({"runs": lines, "sqlite_commits_per_s": rate}),
    };
    println!("{last}");
}
