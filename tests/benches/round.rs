//! Bench binary: a whole annual round through the real component on a real SQLite file
//! (synchronous=FULL), plus the cost of one plugin call against the same work done
//! natively. `cargo bench -p qb-tests --bench round` (QB_BENCH_APPLICATIONS=N, default 200).
//! Numbers go to docs/performance.md; nothing here asserts a time.

use std::time::{Duration, Instant};

use host_sim::demo::{self, request};
use qb_tests::*;

fn per(d: Duration, n: usize) -> String {
    format!(
        "{:>8.3} ms/call",
        d.as_secs_f64() * 1000.0 / n.max(1) as f64
    )
}

fn stage<T>(name: &str, calls: &mut usize, f: impl FnOnce(&mut usize) -> T) -> T {
    let before = *calls;
    let start = Instant::now();
    let out = f(calls);
    let n = *calls - before;
    println!(
        "{name:<28} {n:>6} calls {:>9.2} s {}",
        start.elapsed().as_secs_f64(),
        per(start.elapsed(), n)
    );
    out
}

fn main() {
    let n: usize = std::env::var("QB_BENCH_APPLICATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let component = plugin();
    println!("component: {} bytes", component.len());

    let t = Instant::now();
    let mut sim = sim("bench_round");
    println!(
        "load (compile + link + migrate): {:.2} s",
        t.elapsed().as_secs_f64()
    );

    // Per-call overhead vs native: validating the whole 申报表.
    let form = demo::sample_form("application-form").expect("fixture");
    let reps = 2000;
    let t = Instant::now();
    for _ in 0..reps {
        sim.validate("application-form", &form, true, 2026)
            .expect("validate");
    }
    let through = t.elapsed();
    let fixture: serde_json::Value = serde_json::from_str(demo::SAMPLE_APPLICATION).expect("json");
    let native_form = qb_plugin::forms::forms_from_json(&fixture)
        .expect("fixture")
        .remove(0)
        .1;
    let mode = qb_plugin::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode::Submit;
    let t = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(qb_plugin::forms::validate(
            "application-form",
            &native_form,
            mode,
        ));
    }
    let native = t.elapsed();
    println!("validate 申报表 natively          {}", per(native, reps));
    println!(
        "validate 申报表 through component {} (fresh instance + read transaction each call)",
        per(through, reps)
    );

    let everyone = round_of(&sim, n);
    let mut calls = 0usize;
    open_batch(&mut sim);
    calls += 1;
    stage("apply (start/edit/edit/submit)", &mut calls, |c| {
        for a in &everyone {
            apply(&mut sim, a).expect("apply");
            *c += 4;
        }
    });
    stage("district recommendation", &mut calls, |c| {
        for a in &everyone {
            let user = format!("{}-office-1", a.district);
            let form = recommendation(&mut sim, &user, &a.case());
            sim.act(
                &user,
                request(Some(&a.case()), "recommend", form, Some("同意推荐")),
            )
            .expect("recommend");
            *c += 1;
        }
    });
    stage("formal check", &mut calls, |c| {
        for a in &everyone {
            sim.act(
                OFFICER,
                request(
                    Some(&a.case()),
                    "formal-check",
                    vec![choice("result", "accept")],
                    Some("通过"),
                ),
            )
            .expect("check");
            *c += 1;
        }
    });
    sim.set_clock("2026-05-06T09:00:00+08:00").expect("clock");
    sim.act(
        OFFICER,
        request(
            Some("batch-2026"),
            "close-applications",
            vec![],
            Some("本年度申报已齐，提前截止"),
        ),
    )
    .expect("close");
    stage("draw panel + seat in chunks", &mut calls, |c| {
        sim.act(
            OFFICER,
            request(Some("batch-2026"), "draw-panel", vec![], None),
        )
        .expect("draw");
        // The panel is seated in chunks, carried on by the host's timer.
        *c += 1 + sim.run_due_timers().expect("seat the rest");
    });
    stage("expert scoring (会签)", &mut calls, |c| {
        for (i, a) in everyone.iter().enumerate() {
            for (k, expert) in open_score_tasks(&sim, &a.case()).iter().enumerate() {
                let v = 5.0 + ((i * 7 + k * 3) % 50) as f64 / 10.0;
                let sheet = score_sheet(&[v; 6]);
                sim.act(expert, request(Some(&a.case()), "score", sheet, None))
                    .expect("score");
                *c += 1;
            }
        }
    });
    sim.set_clock("2026-06-08T09:00:00+08:00").expect("clock");
    let count = (n / 10).max(1) as f64;
    stage("propose + approve list", &mut calls, |c| {
        sim.act(
            OFFICER,
            request(
                Some("batch-2026"),
                "propose-list",
                vec![number("count", count)],
                Some("提出"),
            ),
        )
        .expect("propose");
        sim.act(
            "city-leader-1",
            request(Some("batch-2026"), "approve-list", vec![], Some("同意")),
        )
        .expect("approve");
        *c += 2;
    });
    sim.set_clock("2026-06-16T09:00:00+08:00").expect("clock");
    stage("timers (end of 公示 etc.)", &mut calls, |c| {
        *c += sim.run_due_timers().expect("timers");
    });
    stage("publish + conclude in chunks", &mut calls, |c| {
        let values = publication_form(&mut sim);
        sim.act(
            "city-leader-1",
            request(Some("batch-2026"), "publish", values, Some("同意")),
        )
        .expect("publish");
        *c += 1 + sim.run_due_timers().expect("conclude the rest");
    });
    let bytes: i64 = sim
        .count("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")
        .expect("size");
    println!(
        "round of {n} applications: {calls} plugin calls; database {:.1} MiB",
        bytes as f64 / 1048576.0
    );
}
