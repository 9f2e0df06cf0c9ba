//! The same plugin decisions natively and through the component (issue 12: "the same
//! plugin decision through the component ≤ 1.5× its native cost").
//!
//! Each step of an application — start, fill, add materials, submit, recommend, the
//! formal check — is decided twice with the same inputs: by `workflow::act` on the
//! in-memory host, and by the component in wasmtime on host-sim's SQLite store. On both
//! sides the time the host services take (reading cases, verifying seals, queueing
//! notices; `CallCtx::serving` and `Timed` below) is left out: what is compared is the
//! plugin's own work, and what the component adds to it — the boundary (lowering the
//! request, lifting the outcome, every import's arguments and answers) and wasm's code.
//! Committing the outcome is the host's work and is timed on neither side.
//!
//! Both sides must accept every step and produce outcomes of the same shape (writes,
//! history, tasks): the figure is of the same decision, or the bench fails.

use std::cell::Cell;
use std::time::{Duration, Instant};

use host_sim::Sim;
use host_sim::codes::Code as _;
use host_sim::contract::Field;
use host_sim::demo::{self, request};
use host_sim::sim::{CallTime, Request};
use qb_plugin::bindings::zhengzhou::quality_benchmark::{
    attachments::StoredAttachment,
    case_store::{CaseFilter, OpenTask, RecordedEntry},
    directory::Person,
    log::Level,
    notifications::Notification,
    registry::EnterpriseRecord,
};
use qb_plugin::codes::Code;
use qb_plugin::contract::{self as native, Actor, CaseSummary, Role, SealRef, StoredCase};
use qb_plugin::contract_approval::Request as NativeRequest;
use qb_plugin::contract_forms::UploadRequest;
use qb_plugin::host::Host;
use qb_plugin::memory::MemoryHost;
use qb_plugin::workflow;
use qb_tests::*;

/// The in-memory host, timing every answer it gives, so that the plugin's own work is
/// the call's time less `spent`.
struct Timed<'a> {
    host: &'a MemoryHost,
    spent: Cell<Duration>,
}

impl Timed<'_> {
    fn answer<T>(&self, service: impl FnOnce(&MemoryHost) -> T) -> T {
        let started = Instant::now();
        let answer = service(self.host);
        self.spent.set(self.spent.get() + started.elapsed());
        answer
    }
}

impl Host for Timed<'_> {
    fn now(&self) -> String {
        self.answer(|h| h.now())
    }
    fn add_working_days(&self, date: &str, days: u32) -> Result<String, String> {
        self.answer(|h| h.add_working_days(date, days))
    }
    fn seed(&self) -> u64 {
        self.answer(|h| h.seed())
    }
    fn log(&self, level: Level, message: &str) {
        self.answer(|h| h.log(level, message))
    }
    fn verify_seal(&self, seal: &SealRef) -> bool {
        self.answer(|h| h.verify_seal(seal))
    }
    fn attachment(&self, id: &str) -> Option<StoredAttachment> {
        self.answer(|h| h.attachment(id))
    }
    fn members(&self, role: Role, org_unit: Option<&str>) -> Vec<Person> {
        self.answer(|h| h.members(role, org_unit))
    }
    fn lookup_enterprise(&self, credit_code: &str) -> Option<EnterpriseRecord> {
        self.answer(|h| h.lookup_enterprise(credit_code))
    }
    fn get_case(&self, case_id: &str) -> Option<StoredCase> {
        self.answer(|h| h.get_case(case_id))
    }
    fn query_cases(&self, filter: &CaseFilter, limit: Option<u32>) -> Vec<CaseSummary> {
        self.answer(|h| h.query_cases(filter, limit))
    }
    fn count_cases(&self, filter: &CaseFilter) -> u32 {
        self.answer(|h| h.count_cases(filter))
    }
    fn history(&self, case_id: &str) -> Vec<RecordedEntry> {
        self.answer(|h| h.history(case_id))
    }
    fn open_tasks(&self, case_id: &str) -> Vec<OpenTask> {
        self.answer(|h| h.open_tasks(case_id))
    }
    fn notify(&self, messages: &[Notification]) {
        self.answer(|h| h.notify(messages))
    }
}

/// One step's time on each side, summed over the applications measured.
#[derive(Default, Clone)]
struct StepTime {
    native: Duration,
    component: Duration,
    /// The component's call with its host services.
    with_services: Duration,
    /// The same request through the component, refused at the plugin's first check
    /// (a stale version): lowering the request, reading the case, the refusal back.
    floor: Duration,
    decisions: u32,
    /// Each decision's time, native and through the component: for the medians, which
    /// a preemption of the bench's thread on this shared machine does not move.
    each: Vec<(Duration, Duration)>,
}

/// The median of `times`.
fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// What a decision costs, in ms: natively and through the component, host services
/// left out on both sides.
pub struct DecisionCosts {
    pub native: f64,
    pub component: f64,
    /// The same as the mean of each step's median decision, native and through the
    /// component.
    pub native_median: f64,
    pub component_median: f64,
    /// Of `component`, the boundary: the same requests refused at the first check.
    pub boundary: f64,
}

/// The steps of an application decided on both sides, in order.
const STEPS: [&str; 6] = [
    "start-application",
    "edit-form",
    "edit-materials",
    "submit",
    "recommend",
    "formal-check",
];

/// Applications decided before measuring: both sides warm (the component's form
/// definitions and caches built, the native code and data paged in).
const WARM_UP: usize = 8;

/// The native host, with host-sim's directory and enterprise register as the
/// component's host holds them for these applicants.
fn native_host(sim: &Sim, everyone: &[Applicant]) -> MemoryHost {
    let h = MemoryHost::new("2026-03-02T09:00:00+08:00");
    for role in host_sim::contract::Role::ALL {
        let people = host_sim::imports::members(sim.connection(), *role, None).expect("people");
        for p in people {
            h.add_person(Person {
                user_id: p.user_id,
                name: p.name,
                role: Role::from_code(role.code()).expect("the same roles"),
                org_unit: p.org_unit,
                org_name: p.org_name,
                tags: p.tags,
            });
        }
    }
    for a in everyone {
        let e = host_sim::imports::enterprise(sim.connection(), &a.code)
            .expect("register")
            .expect("registered");
        h.add_enterprise(
            &a.code,
            EnterpriseRecord {
                name: e.name,
                district: e.district,
                independent_legal_entity: e.independent_legal_entity,
                bad_records: e.bad_records,
            },
        );
    }
    h
}

/// The fields as the plugin's own types (through their one JSON shape).
fn native_fields(fields: &[Field]) -> Vec<native::Field> {
    let json = host_sim::fields_json::fields_to_json(fields);
    qb_plugin::forms::fields_from_json(&json).expect("the same fields")
}

/// The request the native host receives: the same values, with the files and seals its
/// own upload and seal services issued in place of host-sim's (uploads and seals are
/// the host's work: untimed, as on the component's side).
fn native_request(h: &MemoryHost, actor: &Actor, r: &Request) -> NativeRequest {
    let action = native::Action::from_code(&r.action).expect("an action of the contract");
    let mut values = native_fields(&r.values);
    let unsealed: Vec<native::Field> = values
        .iter()
        .filter(|f| !matches!(f.value, native::FieldValue::Seal(_)))
        .cloned()
        .collect();
    for f in &mut values {
        match &mut f.value {
            native::FieldValue::Attachments(files) => {
                for file in files.iter_mut() {
                    let upload = UploadRequest {
                        case_id: r.case_id.clone(),
                        action,
                        field: f.id.clone(),
                        name: file.name.clone(),
                        media_type: file.media_type.clone(),
                        size: file.size,
                    };
                    *file = h
                        .upload(actor, &upload, &file.sha256)
                        .unwrap_or_else(|e| panic!("native upload: {}", e.message));
                }
            }
            native::FieldValue::Seal(seal) => {
                *seal = h
                    .seal(actor, seal.purpose.clone(), &unsealed)
                    .unwrap_or_else(|e| panic!("native seal: {}", e.message));
            }
            _ => {}
        }
    }
    NativeRequest {
        case_id: r.case_id.clone(),
        action,
        values,
        opinion: r.opinion.clone(),
        expected_version: r.expected_version,
    }
}

/// Counts that show two outcomes are of the same decision; a macro because the
/// plugin's and host-sim's `Outcome` are two bindings of one WIT record.
macro_rules! shape {
    ($o:expr) => {{
        let o = &$o;
        [
            o.writes.len(),
            o.history.len(),
            o.open_tasks.len(),
            o.close_tasks.len(),
            o.timers.len(),
        ]
    }};
}

/// The component's own time between two readings of `Sim::time`: the guest's, less
/// the host services it called.
fn own_time(before: CallTime, after: CallTime) -> Duration {
    (after.guest - before.guest).saturating_sub(after.serving - before.serving)
}

/// The plugin's own time for a decision on each side.
struct Both {
    native: Duration,
    component: Duration,
    with_services: Duration,
    floor: Duration,
}

/// What the component call costs when the plugin refuses `r` at its first check, on a
/// version the case never had: the boundary's share of a decision on that case, with
/// the case read (its state and filed part lowered into the guest) and nothing decided.
fn floor(sim: &mut Sim, user: &str, r: &Request) -> Duration {
    if r.case_id.is_none() {
        return Duration::ZERO;
    }
    let stale = Request {
        expected_version: Some(u64::MAX),
        ..r.clone()
    };
    let before = sim.time;
    let refused = sim.act(user, stale);
    assert_eq!(refusal_code(refused), "version-conflict", "{}", r.action);
    own_time(before, sim.time)
}

/// Decide `r` for `user` on both sides; the plugin's own time natively, through the
/// component, and through the component with its host services.
fn both(sim: &mut Sim, h: &MemoryHost, user: &str, r: Request) -> Both {
    let actor = h.actor(user).expect("a person of the directory");
    let req = native_request(h, &actor, &r);
    let timed = Timed {
        host: h,
        spent: Cell::new(Duration::ZERO),
    };
    let started = Instant::now();
    let decided = workflow::act(&timed, &actor, &req);
    let native = started.elapsed().saturating_sub(timed.spent.get());
    let native_outcome = h
        .commit(Some(&actor), decided)
        .unwrap_or_else(|e| panic!("{} natively: {}", r.action, e.message));

    let before = sim.time;
    let outcome = sim
        .act(user, r.clone())
        .unwrap_or_else(|e| panic!("{} through the component: {e}", r.action));
    let with_services = sim.time.guest - before.guest;
    let component = own_time(before, sim.time);
    // After the decision, so that it does not warm the caches for it.
    let floor = floor(sim, user, &r);
    assert_eq!(
        shape!(native_outcome),
        shape!(outcome),
        "{}: the same decision on both sides",
        r.action
    );
    Both {
        native,
        component,
        with_services,
        floor,
    }
}

/// Every step of `n` applications decided natively and through the component; prints
/// each step's cost and returns the mean per decision.
pub fn decision_costs(n: usize) -> DecisionCosts {
    let mut sim = sim_with("bench_decisions", &plugin(), host_sim::Limits::default());
    sim.connection()
        .batch("PRAGMA synchronous = OFF")
        .expect("sync off");
    sim.time_host_services();
    let everyone = round_of(&sim, n + WARM_UP);
    let h = native_host(&sim, &everyone);
    let open = request(None, "open-batch", demo::batch_config(2026), Some("开启"));
    both(&mut sim, &h, OFFICER, open);

    let mut times: [StepTime; STEPS.len()] = Default::default();
    for (i, a) in everyone.iter().enumerate() {
        let case = a.case();
        let office = office_of(a, 1);
        for (k, step) in STEPS.iter().enumerate() {
            let (user, r) = match *step {
                "start-application" => (a.user.clone(), request(None, step, vec![], None)),
                "edit-form" => (
                    a.user.clone(),
                    request(Some(&case), step, forms_for(a).0, None),
                ),
                "edit-materials" => {
                    let materials = materials_for(&mut sim, a).expect("materials");
                    (a.user.clone(), request(Some(&case), step, materials, None))
                }
                "submit" => {
                    let seals = seals_for(&mut sim, &a.user, &case).expect("seals");
                    (a.user.clone(), request(Some(&case), step, seals, None))
                }
                "recommend" => {
                    let form = recommendation(&mut sim, &office, &case);
                    (
                        office.clone(),
                        request(Some(&case), step, form, Some("同意推荐")),
                    )
                }
                _ => (OFFICER.to_string(), formal_check_accepted(&case)),
            };
            let decided = both(&mut sim, &h, &user, r);
            if i >= WARM_UP {
                let t = &mut times[k];
                t.native += decided.native;
                t.component += decided.component;
                t.with_services += decided.with_services;
                t.floor += decided.floor;
                t.decisions += 1;
                t.each.push((decided.native, decided.component));
            }
        }
    }

    let ms = |d: Duration, n: u32| d.as_secs_f64() * 1000.0 / n.max(1) as f64;
    println!(
        "the same decisions natively and through the component ({n} applications; the plugin's own work, host services left out on both sides):"
    );
    let mut all = StepTime::default();
    let (mut native_median, mut component_median) = (Duration::ZERO, Duration::ZERO);
    for (step, t) in STEPS.iter().zip(times) {
        let native = median(t.each.iter().map(|e| e.0).collect());
        let component = median(t.each.iter().map(|e| e.1).collect());
        println!(
            "  {step:<18} native {:.4} ms, component {:.4} ms (×{:.2}; medians {:.4} / {:.4} ms, ×{:.2}), of which at least {:.4} ms the boundary; with its host services {:.4} ms",
            ms(t.native, t.decisions),
            ms(t.component, t.decisions),
            t.component.as_secs_f64() / t.native.as_secs_f64().max(1e-12),
            ms(native, 1),
            ms(component, 1),
            component.as_secs_f64() / native.as_secs_f64().max(1e-12),
            ms(t.floor, t.decisions),
            ms(t.with_services, t.decisions),
        );
        native_median += native;
        component_median += component;
        all.native += t.native;
        all.component += t.component;
        all.with_services += t.with_services;
        all.floor += t.floor;
        all.decisions += t.decisions;
    }
    let costs = DecisionCosts {
        native: ms(all.native, all.decisions),
        component: ms(all.component, all.decisions),
        boundary: ms(all.floor, all.decisions),
        native_median: ms(native_median, STEPS.len() as u32),
        component_median: ms(component_median, STEPS.len() as u32),
    };
    println!(
        "  per decision       native {:.4} ms, component {:.4} ms (×{:.2}), of which at least {:.4} ms the boundary; with its host services {:.4} ms",
        costs.native,
        costs.component,
        costs.component / costs.native,
        costs.boundary,
        ms(all.with_services, all.decisions),
    );
    println!(
        "  per decision, the steps' medians: native {:.4} ms, component {:.4} ms (×{:.2})",
        costs.native_median,
        costs.component_median,
        costs.component_median / costs.native_median,
    );
    println!(
        "  the guest's own work, at most: {:.4} ms (×{:.2} native)",
        costs.component - costs.boundary,
        (costs.component - costs.boundary) / costs.native
    );
    costs
}
