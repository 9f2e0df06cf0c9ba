//! Bench binary: a whole annual round through the real component on a real SQLite file,
//! read against the disk it ran on. `cargo bench -p qb-tests --bench round`.
//!
//! - `QB_BENCH_APPLICATIONS` (default 200): applications in the durable round.
//! - `QB_BENCH_CONCURRENCY` (default 16): users acting at once — the 16 district offices,
//!   the experts. Their requests share one group commit, as `host-sim serve` groups the
//!   requests waiting for the store (ADR 8); each user's next step waits for the commit
//!   of the previous one. Two such cohorts take each step in turn: while one's group
//!   commits, the other's requests are waiting.
//! - `QB_BENCH_CPU_APPLICATIONS` (default min(N, 1000)): the same round with
//!   `synchronous=OFF`, for the CPU a committed call costs without the disk.
//! - `QB_BENCH_AHEAD` (default 1; 0 to switch off): the durable round decides ahead on
//!   the second core (ADR 14), as `host-sim serve` does.
//! - `QB_BENCH_NEXT` (default 1; 0 to switch off): while a group is applied and committed,
//!   the next group's calls are asked for ahead (`Sim::foresee_next`), as `host-sim serve`
//!   does for the requests already waiting.
//! - `QB_BENCH_QUOTA_APPLICATIONS` (default 3000, 0 to skip): the district recommendation
//!   with and without a district quota at that size (the quota check counts on an index),
//!   the two recommending in turn, each side the median of its ten turns.
//! - `QB_BENCH_DECISION_APPLICATIONS` (default 200, 0 to skip): every step of that many
//!   applications decided natively and through the component, host services left out on
//!   both sides (`decisions.rs`).
//! - `QB_BENCH_KEEP_WAL` (a directory; unset by default): for counting which pages the
//!   durable round's commits write, not for timing. The round runs without checkpoints,
//!   from an empty WAL, and the database and its WAL are copied there afterwards for
//!   `tests/benches/wal_pages.py`. The WAL then grows to gigabytes, so that run's
//!   seconds are not comparable.
//!
//! The single-row durable commit rate of this disk is measured before and after, in the
//! same run: every figure is to be read against it. Numbers go to docs/performance.md;
//! nothing here asserts a time. The last line is JSON.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use host_sim::contract::Field;
use host_sim::demo::{self, request};
use host_sim::foresight::{Ask, MakeAsk};
use host_sim::sim::Request;
use host_sim::{Limits, Sim};
use qb_tests::*;

#[path = "round/decisions.rs"]
mod decisions;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// CPU seconds this process has used, to the nanosecond (`/proc`'s ticks are 10 ms: the
/// quota comparison's ≈0.3 s of CPU would move in steps of 4%).
fn cpu_seconds() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to write; the clock id is a constant.
    let read = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    // No fallback to /proc's ticks: a difference of readings from two clocks is no figure.
    assert_eq!(read, 0, "the process's CPU clock");
    t.tv_sec as f64 + t.tv_nsec as f64 / 1e9
}

/// Bytes this process has written with `write` and `pwrite` so far (Linux).
fn bytes_written() -> u64 {
    std::fs::read_to_string("/proc/self/io")
        .ok()
        .and_then(|io| {
            io.lines().find_map(|l| {
                l.strip_prefix("wchar: ")
                    .and_then(|v| v.trim().parse().ok())
            })
        })
        .unwrap_or(0)
}

/// An applicant with its filled 申报表.
type Filled = (Applicant, Vec<Field>);

/// What a person sends before a step's decision (files, seals), as asks.
type Before<'s, T> = Box<dyn Fn(&T) -> Vec<(String, Ask)> + 's>;
/// A step's decision for an item: who sends it, and the request.
type Prepare<'s, T> = Box<dyn Fn(&mut Sim, &T) -> (String, Request) + 's>;

/// A step every item takes: a decision, and what is sent before it, if anything, in a
/// group commit of its own (as a browser sends files and seals before it posts).
struct Step<'s, T> {
    what: &'static str,
    before: Option<Before<'s, T>>,
    /// Makes the decision; with `before`, it sends those requests (in their group).
    prepare: Prepare<'s, T>,
}

impl<'s, T> Step<'s, T> {
    fn decide(
        what: &'static str,
        prepare: impl Fn(&mut Sim, &T) -> (String, Request) + 's,
    ) -> Self {
        Step {
            what,
            before: None,
            prepare: Box::new(prepare),
        }
    }

    fn after(
        what: &'static str,
        before: impl Fn(&T) -> Vec<(String, Ask)> + 's,
        prepare: impl Fn(&mut Sim, &T) -> (String, Request) + 's,
    ) -> Self {
        Step {
            what,
            before: Some(Box::new(before)),
            prepare: Box::new(prepare),
        }
    }
}

/// A group commit to come: the requests sent before a step, or its decisions (once
/// made) — of step `.0`, for a cohort of items.
enum Planned<'i, T> {
    Before(usize, &'i [T]),
    Decide(usize, &'i [T], Option<Vec<(String, Request)>>),
}

impl<'i, T> Planned<'i, T> {
    fn cohort(&self) -> &'i [T] {
        match self {
            Planned::Before(_, cohort) | Planned::Decide(_, cohort, _) => cohort,
        }
    }
}

/// What a stage cost.
#[derive(Default, Clone, Copy)]
struct Cost {
    calls: u64,
    decisions: u64,
    commits: u64,
    wall: f64,
    cpu: f64,
}

impl Cost {
    fn add(&mut self, o: Cost) {
        self.calls += o.calls;
        self.decisions += o.decisions;
        self.commits += o.commits;
        self.wall += o.wall;
        self.cpu += o.cpu;
    }
}

/// A round driven through one `Sim`, `at_once` users per group commit.
struct Bench {
    sim: Sim,
    at_once: usize,
    /// Ask for the next group's calls while this one is applied (`QB_BENCH_NEXT`).
    next: bool,
    total: Cost,
    quiet: bool,
}

impl Bench {
    fn new(name: &str, at_once: usize, durable: bool, quiet: bool) -> Bench {
        let mut sim = sim_with(name, &plugin(), Limits::default());
        if !durable {
            sim.connection()
                .batch("PRAGMA synchronous = OFF")
                .expect("sync off");
        }
        // The durable round decides ahead on the second core, as `serve` does (ADR 14);
        // `QB_BENCH_AHEAD=0` leaves every call to the writer. The CPU figures are one
        // thread's: what a call costs, without the decider's share.
        if durable && env("QB_BENCH_AHEAD", 1) != 0 {
            sim.decide_ahead().expect("decider");
        }
        Bench {
            sim,
            at_once,
            next: env("QB_BENCH_NEXT", 1) != 0,
            total: Cost::default(),
            quiet,
        }
    }

    /// Run `f`, printing and adding up what it cost.
    fn stage(&mut self, name: &str, f: impl FnOnce(&mut Bench)) -> Cost {
        let (calls, writes, commits) = (self.sim.calls, self.sim.writes, self.sim.commits);
        let (ahead, time, written) = (self.sim.foresight(), self.sim.time, bytes_written());
        let (wall, cpu) = (Instant::now(), cpu_seconds());
        f(self);
        let cost = Cost {
            calls: self.sim.calls - calls,
            decisions: self.sim.writes - writes,
            commits: self.sim.commits - commits,
            wall: wall.elapsed().as_secs_f64(),
            cpu: cpu_seconds() - cpu,
        };
        if !self.quiet {
            let now = self.sim.foresight();
            println!(
                "{name:<30} {:>7} calls {:>7} decisions {:>6} commits {:>8.2} s {:>7.3} ms/call wall {:>7.3} ms/call CPU {:>6} ahead {:>5} again",
                cost.calls,
                cost.decisions,
                cost.commits,
                cost.wall,
                cost.wall * 1000.0 / cost.calls.max(1) as f64,
                cost.cpu * 1000.0 / cost.calls.max(1) as f64,
                now.kept - ahead.kept,
                now.stale - ahead.stale,
            );
            let spent = self.sim.time;
            let per_call = |d: Duration| d.as_secs_f64() * 1000.0 / cost.calls.max(1) as f64;
            let parts = [
                per_call(spent.guest - time.guest),
                per_call(spent.check - time.check),
                per_call(spent.apply - time.apply),
                per_call(spent.commit - time.commit),
                per_call(now.waited - ahead.waited),
            ];
            let rest = cost.wall * 1000.0 / cost.calls.max(1) as f64 - parts.iter().sum::<f64>();
            let [guest, check, apply, commit, waited] = parts;
            let written = bytes_written() - written;
            println!(
                "  written: {:.1} KiB per commit, {:.2} KiB per decision",
                written as f64 / 1024.0 / cost.commits.max(1) as f64,
                written as f64 / 1024.0 / cost.decisions.max(1) as f64
            );
            println!(
                "  the writer's wall per call: guest {guest:.4}, check {check:.4}, apply {apply:.4}, commit {commit:.4}, waiting for the decider {waited:.4}, the rest {rest:.4} ms"
            );
        }
        self.total.add(cost);
        cost
    }

    /// Every item takes each of `steps` in turn, `at_once` per group commit, as `serve`
    /// handles the posts waiting: each group's calls asked for ahead, and the next
    /// group's asked for while this one is applied and committed (`Sim::foresee_next`).
    /// Two cohorts of `at_once` take each step one after the other, so that the group
    /// after a cohort's is the other cohort's, on other cases: a cohort's next step waits
    /// for the commit of its previous one, as a person's next post waits for the answer.
    fn steps<T>(&mut self, items: &[T], steps: &[Step<T>]) {
        let mut pipe = Pipeline::default();
        let mut planned = VecDeque::new();
        for pair in items.chunks(2 * self.at_once.max(1)) {
            let cohorts: Vec<&[T]> = pair.chunks(self.at_once.max(1)).collect();
            for (s, step) in steps.iter().enumerate() {
                if step.before.is_some() {
                    planned.extend(cohorts.iter().map(|&c| Planned::Before(s, c)));
                }
                planned.extend(cohorts.iter().map(|&c| Planned::Decide(s, c, None)));
            }
        }
        // A cohort's decisions, as made in the group before them; a step with nothing
        // sent before makes them when they are first asked for.
        let made = |sim: &mut Sim, p: &mut Planned<T>| -> Option<Vec<(String, Request)>> {
            match p {
                Planned::Decide(s, cohort, decisions) => {
                    if decisions.is_none() && steps[*s].before.is_none() {
                        let prepare = &steps[*s].prepare;
                        *decisions = Some(cohort.iter().map(|i| prepare(sim, i)).collect());
                    }
                    decisions.clone()
                }
                Planned::Before(..) => None,
            }
        };
        // What the decider is asked to make: a decision's contract form is made on its
        // thread, as `serve` parses a post's body there.
        let asks = |sim: &mut Sim, p: &mut Planned<T>| -> Option<Vec<(String, MakeAsk)>> {
            match p {
                Planned::Before(s, cohort) => {
                    let before = steps[*s].before.as_ref()?;
                    let asks = cohort.iter().flat_map(before);
                    Some(asks.map(|(user, ask)| (user, ask_made(ask))).collect())
                }
                Planned::Decide(..) => Some(
                    made(sim, p)?
                        .into_iter()
                        .map(|(user, request)| (user, ask_act(request)))
                        .collect(),
                ),
            }
        };
        while let Some(mut group) = planned.pop_front() {
            let now = match pipe.asked() {
                true => vec![],
                false => asks(&mut self.sim, &mut group).unwrap_or_default(),
            };
            // The next group is asked for only if it is the other cohort's: a cohort's
            // own next group reads what this one writes (the last pair may have one).
            let next = match planned.front_mut() {
                Some(next) if self.next && !std::ptr::eq(next.cohort(), group.cohort()) => {
                    asks(&mut self.sim, next)
                }
                _ => None,
            };
            match group {
                Planned::Before(s, cohort) => {
                    let prepare = &steps[s].prepare;
                    let decisions = pipe.group(&mut self.sim, now, next, |sim| {
                        cohort.iter().map(|i| prepare(sim, i)).collect()
                    });
                    // Its decisions are the group after the other cohort's.
                    let this = planned.iter_mut().find(|p| {
                        matches!(p, Planned::Decide(t, c, None) if *t == s && std::ptr::eq(*c, cohort))
                    });
                    if let Some(Planned::Decide(_, _, slot)) = this {
                        *slot = Some(decisions);
                    }
                }
                Planned::Decide(s, _, decisions) => {
                    let decisions = decisions.unwrap_or_default();
                    let what = steps[s].what;
                    let answers = pipe.group(&mut self.sim, now, next, |sim| {
                        decisions
                            .into_iter()
                            .map(|(user, request)| sim.act(&user, request))
                            .collect::<Vec<_>>()
                    });
                    for answer in answers {
                        answer.unwrap_or_else(|e| panic!("{what}: {e}"));
                    }
                }
            }
        }
    }

    /// A step alone in its transaction (one person acting on the batch).
    fn alone(
        &mut self,
        user: &str,
        case: &str,
        action: &str,
        values: Vec<Field>,
        opinion: Option<&str>,
    ) {
        self.sim
            .act(user, request(Some(case), action, values, opinion))
            .unwrap_or_else(|e| panic!("{action}: {e}"));
    }

    /// The call for applications open, with a district quota if given.
    fn open(&mut self, quota: Option<usize>) {
        let mut values = demo::batch_config(2026);
        if let Some(q) = quota {
            values.push(number("district-quota", q as f64));
        }
        self.sim
            .act(OFFICER, request(None, "open-batch", values, Some("开启")))
            .expect("open batch");
    }

    /// Start, fill, add materials, seal and submit: four steps per enterprise.
    fn apply(&mut self, everyone: &[(Applicant, Vec<Field>)]) {
        let steps: [Step<Filled>; 4] = [
            Step::decide("start", |_, (a, _): &Filled| {
                (
                    a.user.clone(),
                    request(None, "start-application", vec![], None),
                )
            }),
            Step::decide("edit form", |_, (a, form): &Filled| {
                let edit = request(Some(&a.case()), "edit-form", form.clone(), None);
                (a.user.clone(), edit)
            }),
            Step::after(
                "edit materials",
                |(a, _): &Filled| uploads_before_materials(a),
                |sim, (a, _)| {
                    let materials = materials_for(sim, a).expect("materials");
                    let edit = request(Some(&a.case()), "edit-materials", materials, None);
                    (a.user.clone(), edit)
                },
            ),
            Step::after(
                "submit",
                |(a, _): &Filled| seals_before_submit(a),
                |sim, (a, _)| {
                    let seals = seals_for(sim, &a.user, &a.case()).expect("seals");
                    let submit = request(Some(&a.case()), "submit", seals, None);
                    (a.user.clone(), submit)
                },
            ),
        ];
        self.steps(everyone, &steps);
    }

    fn recommend(&mut self, everyone: &[Applicant]) {
        self.steps(
            everyone,
            &[Step::after(
                "recommend",
                seal_before_recommendation,
                |sim, a| {
                    let user = office_of(a, 1);
                    let form = recommendation(sim, &user, &a.case());
                    let recommend = request(Some(&a.case()), "recommend", form, Some("同意推荐"));
                    (user, recommend)
                },
            )],
        );
    }

    /// The whole round after the call opened: per-stage costs, the total.
    fn round(&mut self, everyone: &[Applicant]) -> Cost {
        let before = self.total;
        // The enterprises' filled forms, as their browsers would send them: built before
        // the stage, since the bench's own work is not the host's.
        let filled = filled_forms(everyone);
        self.stage("apply (4 steps, seals, files)", |b| b.apply(&filled));
        self.stage("district recommendation", |b| b.recommend(everyone));
        self.stage("formal check", |b| {
            b.steps(
                everyone,
                &[Step::decide("formal check", |_, a: &Applicant| {
                    (OFFICER.to_string(), formal_check_accepted(&a.case()))
                })],
            );
        });
        self.sim
            .set_clock("2026-05-06T09:00:00+08:00")
            .expect("clock");
        self.stage("close, draw, seat in chunks", |b| {
            b.alone(
                OFFICER,
                "batch-2026",
                "close-applications",
                vec![],
                Some("本年度申报已齐，提前截止"),
            );
            b.alone(OFFICER, "batch-2026", "draw-panel", vec![], None);
            b.sim.run_due_timers().expect("timers");
        });
        let mut sheets: Vec<(usize, usize, String, String)> = everyone
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                open_score_tasks(&self.sim, &a.case())
                    .into_iter()
                    .enumerate()
                    .map(move |(k, expert)| (i, k, a.case(), expert))
            })
            .collect();
        // The experts work through their sheets side by side, each on a case of their
        // own: the sheets acted on together are of different applications.
        sheets.sort_by_key(|&(i, k, _, _)| (k, i));
        self.stage("expert scoring (会签)", |b| {
            b.steps(
                &sheets,
                &[Step::decide(
                    "score",
                    |_, (i, k, case, expert): &(usize, usize, String, String)| {
                        let v = 5.0 + ((i * 7 + k * 3) % 50) as f64 / 10.0;
                        let score = request(Some(case), "score", score_sheet(&[v; 6]), None);
                        (expert.clone(), score)
                    },
                )],
            );
        });
        self.sim
            .set_clock("2026-06-08T09:00:00+08:00")
            .expect("clock");
        let count = (everyone.len() / 10).max(1) as f64;
        self.stage("propose + approve list", |b| {
            b.alone(
                OFFICER,
                "batch-2026",
                "propose-list",
                vec![number("count", count)],
                Some("提出"),
            );
            b.alone(
                "city-leader-1",
                "batch-2026",
                "approve-list",
                vec![],
                Some("同意"),
            );
        });
        self.sim
            .set_clock("2026-06-16T09:00:00+08:00")
            .expect("clock");
        self.stage("timers (end of 公示)", |b| {
            b.sim.run_due_timers().expect("timers");
        });
        self.stage("publish + conclude in chunks", |b| {
            let values = publication_form(&mut b.sim);
            b.alone(
                "city-leader-1",
                "batch-2026",
                "publish",
                values,
                Some("同意"),
            );
            b.sim.run_due_timers().expect("timers");
        });
        let mut cost = self.total;
        cost.calls -= before.calls;
        cost.decisions -= before.decisions;
        cost.commits -= before.commits;
        cost.wall -= before.wall;
        cost.cpu -= before.cpu;
        cost
    }
}

/// Each applicant with its filled 申报表.
fn filled_forms(everyone: &[Applicant]) -> Vec<Filled> {
    everyone
        .iter()
        .map(|a| (a.clone(), forms_for(a).0))
        .collect()
}

/// What validating the whole 申报表 costs, in ms.
struct ValidateCosts {
    native: f64,
    /// `Sim::validate`: the host's read transaction around the component call.
    through: f64,
    /// Of it, the component call alone: lifting the fields in, running, lowering back.
    call: f64,
    /// The same fields through the component to a form it does not know: lowering and
    /// lifting them, dropping them in the guest, a refusal back — the boundary alone.
    boundary: f64,
}

/// Validating the whole 申报表: natively, and the same check through the component.
fn validate_costs(sim: &mut Sim) -> ValidateCosts {
    let form = demo::sample_form("application-form").expect("fixture");
    let reps = 2000;
    // Warm the instance first: the bench compares steady states.
    sim.validate("application-form", &form, true, 2026)
        .expect("validate");
    let guest_before = sim.time.guest;
    let t = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(
            sim.validate("application-form", &form, true, 2026)
                .expect("validate"),
        );
    }
    let through = t.elapsed().as_secs_f64() * 1000.0 / reps as f64;
    let call = (sim.time.guest - guest_before).as_secs_f64() * 1000.0 / reps as f64;
    let guest_before = sim.time.guest;
    for _ in 0..reps {
        let refused = sim.validate("no-such-form", &form, true, 2026);
        assert!(refused.is_err(), "an unknown form is refused");
    }
    let boundary = (sim.time.guest - guest_before).as_secs_f64() * 1000.0 / reps as f64;
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
    let native = t.elapsed().as_secs_f64() * 1000.0 / reps as f64;
    ValidateCosts {
        native,
        through,
        call,
        boundary,
    }
}

/// CPU per call of the district recommendation at `n` applications, without and with a
/// district quota (sync OFF and CPU time: the disk is not compared). The two databases
/// recommend in turn, a tenth of the applications at a time, each going first in every
/// other turn, and each side's figure is the median of its tenths: a burst of other
/// jobs' load on this shared machine then moves one tenth, not the comparison. (One pass
/// each, as before 2026-12-07, gave anything from ×1.06 to ×1.64 for the same build in
/// one busy hour.)
fn recommendation_costs(n: usize) -> (f64, f64) {
    const TURNS: usize = 10;
    let mut sides = [false, true].map(|quota| {
        let name = if quota {
            "bench_quota"
        } else {
            "bench_no_quota"
        };
        let mut b = Bench::new(name, 16, false, true);
        b.open(quota.then_some(n));
        let everyone = round_of(&b.sim, n);
        b.apply(&filled_forms(&everyone));
        (b, everyone, Vec::new())
    });
    let size = n.div_ceil(TURNS);
    for turn in 0..TURNS {
        let order = if turn % 2 == 0 { [0, 1] } else { [1, 0] };
        for side in order {
            let (b, everyone, costs) = &mut sides[side];
            let tenth = &everyone[(turn * size).min(n)..((turn + 1) * size).min(n)];
            if tenth.is_empty() {
                continue;
            }
            let cost = b.stage("district recommendation", |b| b.recommend(tenth));
            costs.push(cost.cpu * 1000.0 / cost.calls.max(1) as f64);
        }
    }
    let [without, with] = sides.map(|(_, _, mut costs)| {
        costs.sort_by(f64::total_cmp);
        costs[costs.len() / 2]
    });
    (without, with)
}

fn main() {
    let n = env("QB_BENCH_APPLICATIONS", 200);
    let at_once = env("QB_BENCH_CONCURRENCY", 16);
    let n_cpu = env("QB_BENCH_CPU_APPLICATIONS", n.min(1000));
    let n_quota = env("QB_BENCH_QUOTA_APPLICATIONS", 3000);
    println!("component: {} bytes", plugin().len());

    let rate_before = sqlite_single_row_commit_rate(Duration::from_secs(2));
    println!("single-row durable commits (WAL, FULL), before: {rate_before:.0}/s");

    let t = Instant::now();
    let mut cpu = Bench::new("bench_round_cpu", at_once, false, true);
    println!(
        "load (compile + link + migrate): {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let ValidateCosts {
        native,
        through,
        call,
        boundary,
    } = validate_costs(&mut cpu.sim);
    println!(
        "validate 申报表: native {native:.4} ms, through the component {through:.4} ms (×{:.2}; reused instance, read transaction), of which the component call {call:.4} ms (×{:.2})",
        through / native,
        call / native
    );
    println!(
        "  of the call, the boundary alone (the same fields to an unknown form) {boundary:.4} ms; the guest's validation {:.4} ms (×{:.2} native)",
        call - boundary,
        (call - boundary) / native
    );

    let n_decisions = env("QB_BENCH_DECISION_APPLICATIONS", 200);
    let decided = (n_decisions > 0).then(|| decisions::decision_costs(n_decisions));

    cpu.open(None);
    let everyone = round_of(&cpu.sim, n_cpu);
    let time_before = cpu.sim.time;
    let c = cpu.round(&everyone);
    let per_call = |d: Duration| d.as_secs_f64() * 1000.0 / c.calls.max(1) as f64;
    let (guest, applying) = (
        per_call(cpu.sim.time.guest - time_before.guest),
        per_call(cpu.sim.time.apply - time_before.apply),
    );
    println!(
        "round of {n_cpu}, synchronous=OFF: {} calls, {:.2} s, CPU {:.4} ms per call, {:.4} ms per decision",
        c.calls,
        c.wall,
        c.cpu * 1000.0 / c.calls.max(1) as f64,
        c.cpu * 1000.0 / c.decisions.max(1) as f64,
    );
    println!(
        "  wall per call: {guest:.4} ms in the guest (its host imports included), {applying:.4} ms applying outcomes, {:.4} ms the rest",
        c.wall * 1000.0 / c.calls.max(1) as f64 - guest - applying
    );
    drop(cpu);

    println!("\nround of {n} applications, durable (synchronous=FULL), {at_once} users at once:");
    let mut b = Bench::new("bench_round", at_once, true, false);
    let keep_wal = std::env::var_os("QB_BENCH_KEEP_WAL").map(std::path::PathBuf::from);
    b.open(None);
    let everyone = round_of(&b.sim, n);
    if keep_wal.is_some() {
        // Every frame the WAL then holds is one page one of the round's commits wrote.
        b.sim
            .connection()
            .batch("PRAGMA wal_autocheckpoint = 0; PRAGMA wal_checkpoint(TRUNCATE)")
            .expect("an empty WAL without checkpoints");
    }
    let total = b.round(&everyone);
    if let Some(dir) = &keep_wal {
        let db = workspace().join("target/test-dbs/bench_round.sqlite");
        std::fs::create_dir_all(dir).expect("QB_BENCH_KEEP_WAL");
        // `cargo bench` runs in tests/: print the place in full.
        let dir = &dir.canonicalize().expect("QB_BENCH_KEEP_WAL");
        for suffix in ["", "-wal"] {
            std::fs::copy(
                format!("{}{suffix}", db.display()),
                dir.join(format!("round.sqlite{suffix}")),
            )
            .expect("copy the round's database and WAL");
        }
        println!(
            "kept the WAL in {}: tests/benches/wal_pages.py {} {} (not a timing run)",
            dir.display(),
            dir.display(),
            total.decisions
        );
    }
    let bytes: i64 = b
        .sim
        .count("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")
        .expect("size");
    let decisions_per_s = total.decisions as f64 / total.wall;
    println!(
        "total: {} calls, {} decisions, {} commits in {:.2} s; {decisions_per_s:.0} decisions/s; CPU {:.4} ms per call; database {:.1} MiB",
        total.calls,
        total.decisions,
        total.commits,
        total.wall,
        total.cpu * 1000.0 / total.calls.max(1) as f64,
        bytes as f64 / 1048576.0
    );
    let ahead = b.sim.foresight();
    println!(
        "decided ahead (ADR 14): {} kept, {} run again by the writer (an answer had changed), {} not given, {} asked for while the group before theirs committed; the writer waited {:.2} s for the decider",
        ahead.kept,
        ahead.stale,
        ahead.missed,
        ahead.asked_early,
        ahead.waited.as_secs_f64()
    );
    drop(b);

    let (with_quota, without) = if n_quota > 0 {
        let (without, with_quota) = recommendation_costs(n_quota);
        println!(
            "recommendation at {n_quota} applications: CPU {without:.4} ms per call without a quota, {with_quota:.4} ms with one (×{:.2})",
            with_quota / without
        );
        (with_quota, without)
    } else {
        (0.0, 0.0)
    };

    // A statement SQLite parses again on every run would make every figure above a
    // measure of the parser (it happened once: a LEFT JOIN in get_case).
    assert_eq!(
        host_sim::store::statements_prepared_again_on_every_run(),
        Vec::<String>::new(),
        "statements re-prepared on every run"
    );
    let rate_after = sqlite_single_row_commit_rate(Duration::from_secs(2));
    println!("single-row durable commits (WAL, FULL), after: {rate_after:.0}/s");
    let rate = (rate_before + rate_after) / 2.0;
    println!(
        "decisions/s against the disk's single-row commits/s: ×{:.2}",
        decisions_per_s / rate
    );
    println!(
        "{}",
        serde_json::json!({
            "applications": n,
            "calls": total.calls,
            "decisions": total.decisions,
            "commits": total.commits,
            "seconds": (total.wall * 100.0).round() / 100.0,
            "decisions_per_s": decisions_per_s.round(),
            "sqlite_commits_per_s": rate.round(),
            "sqlite_commits_per_s_before": rate_before.round(),
            "sqlite_commits_per_s_after": rate_after.round(),
            "concurrency": at_once,
            "cpu_ms_per_call_sync_off": (c.cpu * 1000.0 / c.calls.max(1) as f64 * 10000.0).round() / 10000.0,
            "decision_native_ms": decided.as_ref().map(|d| (d.native * 10000.0).round() / 10000.0),
            "decision_component_ms": decided.as_ref().map(|d| (d.component * 10000.0).round() / 10000.0),
            "decision_boundary_ms": decided.as_ref().map(|d| (d.boundary * 10000.0).round() / 10000.0),
            "decision_native_median_ms": decided.as_ref().map(|d| (d.native_median * 10000.0).round() / 10000.0),
            "decision_component_median_ms": decided.as_ref().map(|d| (d.component_median * 10000.0).round() / 10000.0),
            "validate_native_ms": (native * 10000.0).round() / 10000.0,
            "validate_component_ms": (through * 10000.0).round() / 10000.0,
            "validate_component_call_ms": (call * 10000.0).round() / 10000.0,
            "validate_boundary_ms": (boundary * 10000.0).round() / 10000.0,
            "recommend_cpu_ms_per_call_no_quota": (without * 10000.0).round() / 10000.0,
            "recommend_cpu_ms_per_call_quota": (with_quota * 10000.0).round() / 10000.0,
        })
    );
}
