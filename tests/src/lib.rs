//! Shared set-up for the end-to-end tests: the real component (built by `scripts/test`
//! or by hand), host-sim, and a fresh SQLite file per test.

pub mod portal;
pub mod province;

use std::path::{Path, PathBuf};

use host_sim::codes::Code;
use host_sim::contract::{Action, Field, FieldValue};
use host_sim::contract_forms::UploadRequest;
use host_sim::demo::{self, request};
use host_sim::engine::exports::zhengzhou::quality_benchmark::approval::Outcome;
use host_sim::foresight::{Ask, MakeAsk};
use host_sim::{CallError, Limits, Sim};

pub use host_sim::demo::{DISTRICT_OFFICE, ENTERPRISE, OFFICER, OTHER_DISTRICT_OFFICE};

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Where `var` says a component is, or else `default` in the workspace.
fn located(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join(default))
}

fn read(var: &str, default: &str, build: &str) -> Vec<u8> {
    let path = located(var, default);
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "plugin component {} missing ({e}); build it first: {build}",
            path.display()
        )
    })
}

/// The shipped plugin component.
pub fn plugin() -> Vec<u8> {
    read(
        "QB_PLUGIN",
        "target/wasm32-wasip2/release/qb_plugin.wasm",
        "cargo build -p qb-plugin --target wasm32-wasip2 --release",
    )
}

const FAULT_PLUGIN: (&str, &str) = (
    "QB_FAULT_PLUGIN",
    "target/faults/wasm32-wasip2/release/qb_plugin.wasm",
);

/// The plugin built with the `fault-injection` feature.
pub fn fault_plugin() -> Vec<u8> {
    read(
        FAULT_PLUGIN.0,
        FAULT_PLUGIN.1,
        "cargo build -p qb-plugin --target wasm32-wasip2 --release --features fault-injection --target-dir target/faults",
    )
}

/// Where the plugin built with the `fault-injection` feature is.
pub fn fault_plugin_path() -> PathBuf {
    located(FAULT_PLUGIN.0, FAULT_PLUGIN.1)
}

/// The real component with every `@0.3.0` in its interface names rewritten to `@0.4.0`
/// (same length, so the binary stays well-formed): a plugin of a contract this host lacks.
pub fn other_contract_version(component: &[u8]) -> Vec<u8> {
    let (from, to) = (b"@0.3.0", b"@0.4.0");
    let mut out = component.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
    out
}

/// CPU seconds a process has used (user + system), from `/proc/PID/stat` (clock ticks
/// of 10 ms); `None` reads this process. The benches' CPU figures.
pub fn cpu_seconds_of(pid: Option<u32>) -> f64 {
    let file = pid.map_or_else(
        || "/proc/self/stat".to_string(),
        |p| format!("/proc/{p}/stat"),
    );
    let stat = std::fs::read_to_string(file).unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

/// Durable single-row commits per second on a fresh file beside the databases (WAL,
/// synchronous=FULL, one INSERT per transaction), for `for_how_long`.
pub fn sqlite_single_row_commit_rate(for_how_long: std::time::Duration) -> f64 {
    let path = db_path("bench_commit_rate");
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("full");
    conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        .expect("table");
    let start = std::time::Instant::now();
    let mut n = 0u64;
    while start.elapsed() < for_how_long {
        conn.execute_batch("BEGIN IMMEDIATE").expect("begin");
        conn.execute("INSERT INTO t (v) VALUES ('x')", [])
            .expect("insert");
        conn.execute_batch("COMMIT").expect("commit");
        n += 1;
    }
    n as f64 / start.elapsed().as_secs_f64()
}

/// A fresh database path for a test, removed first if a previous run left it.
pub fn db_path(name: &str) -> PathBuf {
    let dir = workspace().join("target/test-dbs");
    std::fs::create_dir_all(&dir).expect("create target/test-dbs");
    let path = dir.join(format!("{name}.sqlite"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

/// host-sim on a fresh file with the seeded directory, at 2026-03-02 09:00.
pub fn sim(name: &str) -> Sim {
    sim_with(name, &plugin(), Limits::default())
}

/// host-sim on a fresh file with a fixed seed (so two hosts draw the same panel),
/// deciding ahead (ADR 14) if `ahead`.
pub fn seeded_sim(name: &str, ahead: bool) -> Sim {
    let mut sim = sim_with(name, &plugin(), Limits::default());
    sim.set_random_seed(Some(2026));
    if ahead {
        sim.decide_ahead().expect("decider");
    }
    sim
}

pub fn sim_with(name: &str, component: &[u8], limits: Limits) -> Sim {
    sim_at(&db_path(name), component, limits)
}

/// host-sim on the database `location` names (a SQLite file or a PostgreSQL URL), with
/// the seeded directory, at 2026-03-02 09:00.
pub fn sim_at(location: &Path, component: &[u8], limits: Limits) -> Sim {
    let sim = Sim::open_with_limits(location, component, limits).expect("open host-sim");
    demo::prepare(&sim, "2026-03-02T09:00:00+08:00").expect("seed directory");
    sim
}

pub fn text(id: &str, value: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Text(value.into()),
    }
}

/// The sample application's case id.
pub const SAMPLE_CASE: &str = "app-2026-91410102MA44XKQ7PB";

/// The bureau opens the 2026 batch.
pub fn open_batch(sim: &mut Sim) -> Outcome {
    sim.act(
        OFFICER,
        request(None, "open-batch", demo::batch_config(2026), Some("开启")),
    )
    .expect("open batch")
}

/// The city officer closes the call for applications of 2026, with `opinion` (a fault's
/// name in the fault-injection build).
pub fn close_applications(sim: &mut Sim, opinion: &str) -> Result<Outcome, CallError> {
    sim.act(
        OFFICER,
        request(
            Some("batch-2026"),
            "close-applications",
            vec![],
            Some(opinion),
        ),
    )
}

/// The bureau opens the 2026 batch with a quota of one recommendation per district, and
/// two enterprises of 中原区 apply; returns them.
pub fn two_applied_under_a_quota_of_one(sim: &mut Sim) -> Vec<Applicant> {
    let mut config = demo::batch_config(2026);
    config.push(number("district-quota", 1.0));
    sim.act(
        OFFICER,
        request(None, "open-batch", config, Some("每区限推1家")),
    )
    .expect("open");
    two_applied_in(sim, "zhongyuan")
}

/// Two seeded enterprises of `district` apply; returns them.
pub fn two_applied_in(sim: &mut Sim, district: &str) -> Vec<Applicant> {
    let two: Vec<Applicant> = applicants()
        .into_iter()
        .filter(|a| a.district == district)
        .take(2)
        .collect();
    for a in &two {
        apply(sim, a).expect("apply");
    }
    two
}

/// `decisions` acted on as one group commit, each asked for ahead first (ADR 14; a hint
/// that does nothing without a decider), as `serve` does with the posts waiting; the
/// answers in order.
pub fn act_together(
    sim: &mut Sim,
    decisions: Vec<(String, host_sim::sim::Request)>,
) -> Vec<Result<Outcome, CallError>> {
    let asks = decisions
        .iter()
        .map(|(user, request)| (user.clone(), ask_act(request.clone())))
        .collect();
    Pipeline::default().group(sim, asks, None, |sim| {
        decisions
            .into_iter()
            .map(|(user, request)| sim.act(&user, request))
            .collect()
    })
}

/// A decision for the decider to make; its contract form is made on the decider's
/// thread, as `serve` parses a post's body there.
pub fn ask_act(request: host_sim::sim::Request) -> MakeAsk {
    Box::new(move || Ask::act(request))
}

/// A call, already made, for the decider.
pub fn ask_made(ask: Ask) -> MakeAsk {
    Box::new(move || Some(ask))
}

/// Group commits one after the other, as `serve` runs the posts waiting (ADR 14): each
/// group's calls asked for ahead, and the next group's while this one is applied and
/// committed (`Sim::foresee_next`).
#[derive(Default)]
pub struct Pipeline {
    /// The next group's calls were asked for while the group before it was open.
    asked: bool,
}

impl Pipeline {
    /// Whether the next group's calls are asked for already.
    pub fn asked(&self) -> bool {
        self.asked
    }

    /// One group commit: `now` are its calls to ask for ahead (unless `asked`), `next`
    /// the next group's, if known; `body` makes the calls. A group that made no call
    /// commits nothing.
    pub fn group<R>(
        &mut self,
        sim: &mut Sim,
        now: Vec<(String, MakeAsk)>,
        next: Option<Vec<(String, MakeAsk)>>,
        body: impl FnOnce(&mut Sim) -> R,
    ) -> R {
        let calls = sim.calls;
        sim.begin_group().expect("group");
        if !std::mem::take(&mut self.asked) {
            for (user, make) in now {
                sim.foresee(&user, make);
            }
        }
        if let Some(next) = next {
            self.asked = true;
            for (user, make) in next {
                sim.foresee_next(&user, make);
            }
        }
        let made = body(sim);
        if sim.calls == calls {
            sim.rollback_group();
        } else {
            sim.commit_group().expect("commit");
        }
        made
    }
}

/// For each item, the decision `prepare` makes, with the requests a person sends before
/// it (files uploaded, seals applied) committed in a group of their own, as a browser's
/// are before it posts the decision; those requests, which `before` names for an item
/// (who sends it, what it asks), are asked for ahead as `serve` does (ADR 14).
pub fn prepared_decisions<T>(
    sim: &mut Sim,
    items: &[T],
    before: impl Fn(&T) -> Vec<(String, Ask)>,
    mut prepare: impl FnMut(&mut Sim, &T) -> (String, host_sim::sim::Request),
) -> Vec<(String, host_sim::sim::Request)> {
    let asks = items.iter().flat_map(before);
    let asks = asks.map(|(user, ask)| (user, ask_made(ask))).collect();
    Pipeline::default().group(sim, asks, None, |sim| {
        items.iter().map(|item| prepare(sim, item)).collect()
    })
}

/// The city officer accepts `case` in the formal check.
pub fn accept_formal_check(sim: &mut Sim, case: &str) -> Result<Outcome, CallError> {
    sim.act(OFFICER, formal_check_accepted(case))
}

/// The city bureau's 形式审查 of `case`, accepted.
pub fn formal_check_accepted(case: &str) -> host_sim::sim::Request {
    request(
        Some(case),
        "formal-check",
        vec![choice("result", "accept")],
        Some("通过"),
    )
}

/// The sample enterprise starts, fills and signs its application; returns the submit result.
pub fn submit_sample(sim: &mut Sim) -> Result<Outcome, CallError> {
    sim.act(ENTERPRISE, request(None, "start-application", vec![], None))?;
    sim.act(
        ENTERPRISE,
        request(
            Some(SAMPLE_CASE),
            "edit-form",
            demo::sample_form("application-form").expect("fixture"),
            None,
        ),
    )?;
    let materials = demo::sample_materials(sim, ENTERPRISE, SAMPLE_CASE)?;
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "edit-materials", materials, None),
    )?;
    let seals = seals(sim, ENTERPRISE)?;
    sim.act(
        ENTERPRISE,
        request(Some(SAMPLE_CASE), "submit", seals, None),
    )
}

/// The legal representative's signature and the enterprise seal from the host's seal service.
pub fn seals(sim: &mut Sim, user: &str) -> Result<Vec<Field>, CallError> {
    seals_for(sim, user, SAMPLE_CASE)
}

/// A district recommendation form (推荐单位意见) sealed by `user`'s office.
pub fn recommendation(sim: &mut Sim, user: &str, case: &str) -> Vec<Field> {
    demo::recommendation(sim, user, case, RECOMMENDATION_OPINION)
        .expect("the office seals its recommendation")
}

const RECOMMENDATION_OPINION: &str = "经审核，材料真实，经验突出，同意推荐。";

/// What a browser sends before each step of a round, to ask for ahead
/// (`prepared_decisions`): the uploads of `materials_for`, the seals of `seals_for`
/// and the district seal of `recommendation` by `office_of(a, 1)`.
pub fn uploads_before_materials(a: &Applicant) -> Vec<(String, Ask)> {
    let asks = demo::sample_upload_asks(&a.case()).expect("fixture");
    asks.into_iter().map(|ask| (a.user.clone(), ask)).collect()
}

pub fn seals_before_submit(a: &Applicant) -> Vec<(String, Ask)> {
    let asks = demo::submission_seal_asks(&a.case());
    asks.into_iter().map(|ask| (a.user.clone(), ask)).collect()
}

pub fn seal_before_recommendation(a: &Applicant) -> Vec<(String, Ask)> {
    let ask = demo::recommendation_seal(&a.case(), RECOMMENDATION_OPINION);
    ask.into_iter().map(|ask| (office_of(a, 1), ask)).collect()
}

/// `values` with a seal for `field` of `action` on `case` appended, applied by `user`
/// through the host's seal service for exactly these values.
pub fn sealed(
    sim: &mut Sim,
    user: &str,
    case: &str,
    action: &str,
    field: &str,
    mut values: Vec<Field>,
) -> Vec<Field> {
    let seal = sim
        .seal(user, Some(case), action, field, &values)
        .unwrap_or_else(|e| panic!("seal {field}: {e}"));
    values.push(Field {
        id: field.into(),
        value: FieldValue::Seal(seal),
    });
    values
}

/// A stage's code, for assertions.
pub fn code_of(stage: host_sim::contract::Stage) -> &'static str {
    host_sim::codes::stage_code(stage)
}

/// The codes of actions offered to a person.
pub fn action_codes(
    actions: &[host_sim::engine::exports::zhengzhou::quality_benchmark::approval::ActionDef],
) -> Vec<&'static str> {
    actions.iter().map(|a| a.action.code()).collect()
}

/// The refusal code of a failed call; panics on success or trap.
pub fn refusal_code<T: std::fmt::Debug>(result: Result<T, CallError>) -> String {
    match result {
        Err(CallError::Refused(r)) => r.code,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A seeded enterprise: its user, credit code, name and district.
#[derive(Debug, Clone)]
pub struct Applicant {
    pub user: String,
    pub code: String,
    pub name: String,
    pub district: String,
}

impl Applicant {
    pub fn case(&self) -> String {
        format!("app-2026-{}", self.code)
    }
    /// The benchmark title, following the naming rule (企业)+(方法技术)+(经验).
    pub fn title(&self) -> String {
        format!("{}实施数字化六西格玛质量改进的经验", self.name)
    }
}

/// Every seeded enterprise user whose register entry is clean and in Zhengzhou.
pub fn applicants() -> Vec<Applicant> {
    let dir = host_sim::directory::Directory::parse(host_sim::directory::DEFAULT_DIRECTORY)
        .expect("directory");
    dir.users
        .iter()
        .filter(|u| u.role == "enterprise")
        .filter_map(|u| {
            let e = dir
                .enterprises
                .iter()
                .find(|e| e.credit_code == u.org_unit)?;
            (e.bad_records.is_empty() && e.district.is_some()).then(|| Applicant {
                user: u.user_id.clone(),
                code: e.credit_code.clone(),
                name: e.name.clone(),
                district: e.district.clone().unwrap_or_default(),
            })
        })
        .collect()
}

fn replace(fields: &mut [Field], id: &str, value: FieldValue) {
    if let Some(f) = fields.iter_mut().find(|f| f.id == id) {
        f.value = value;
    }
}

/// The sample application rewritten for another enterprise.
pub fn forms_for(a: &Applicant) -> (Vec<Field>, Vec<Field>) {
    let mut form = demo::sample_form("application-form").expect("fixture");
    replace(
        &mut form,
        "enterprise-name",
        FieldValue::Text(a.name.clone()),
    );
    replace(&mut form, "credit-code", FieldValue::Text(a.code.clone()));
    replace(
        &mut form,
        "district",
        FieldValue::Choice(a.district.clone()),
    );
    replace(&mut form, "benchmark-name", FieldValue::Text(a.title()));
    let mut materials = demo::sample_form("application-materials").expect("fixture");
    replace(&mut materials, "title", FieldValue::Text(a.title()));
    (form, materials)
}

/// Start, fill, sign and submit an application for `a`.
pub fn apply(sim: &mut Sim, a: &Applicant) -> Result<Outcome, CallError> {
    let case = a.case();
    let (form, _) = forms_for(a);
    sim.act(&a.user, request(None, "start-application", vec![], None))?;
    sim.act(&a.user, request(Some(&case), "edit-form", form, None))?;
    let materials = materials_for(sim, a)?;
    sim.act(
        &a.user,
        request(Some(&case), "edit-materials", materials, None),
    )?;
    let seals = seals_for(sim, &a.user, &case)?;
    sim.act(&a.user, request(Some(&case), "submit", seals, None))
}

/// The sample 申报材料 rewritten for `a`, its evidence uploaded by `a` for its case.
pub fn materials_for(sim: &mut Sim, a: &Applicant) -> Result<Vec<Field>, CallError> {
    let mut materials = demo::sample_materials(sim, &a.user, &a.case())?;
    replace(&mut materials, "title", FieldValue::Text(a.title()));
    Ok(materials)
}

/// The enterprise's signature and seal for submitting a case as it stands on file.
pub fn seals_for(sim: &mut Sim, user: &str, case: &str) -> Result<Vec<Field>, CallError> {
    demo::submission_seals(sim, user, case)
}

pub fn number(id: &str, value: f64) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Number(value),
    }
}

pub fn choice(id: &str, value: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Choice(value.into()),
    }
}

pub fn flag(id: &str, value: bool) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Flag(value),
    }
}

pub fn date(id: &str, value: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Date(value.into()),
    }
}

/// Upload a small PDF for a field of an action's form, as `user` through the host's
/// upload service; the field holding it.
pub fn evidence(
    sim: &mut Sim,
    user: &str,
    case: &str,
    action: &str,
    field: &str,
    name: &str,
) -> Field {
    let content = demo::sample_pdf(name);
    let request = UploadRequest {
        case_id: Some(case.to_string()),
        action: Action::from_code(action).expect("an action"),
        field: field.to_string(),
        name: name.to_string(),
        media_type: "application/pdf".into(),
        size: content.len() as u64,
    };
    let file = sim
        .upload(user, request, &content)
        .unwrap_or_else(|e| panic!("upload {name}: {e}"));
    Field {
        id: field.into(),
        value: FieldValue::Attachments(vec![file]),
    }
}

/// The stage code of a case, as the host stores it.
pub fn stage(sim: &Sim, case: &str) -> String {
    sim.connection()
        .query_row("SELECT stage FROM cases WHERE id = ?1", &[&case], |r| {
            r.get(0)
        })
        .expect("case exists")
}

/// An expert's 评分表: the six 第七条 items in order, and a comment.
pub fn score_sheet(items: &[f64]) -> Vec<Field> {
    let ids = [
        "innovation-1",
        "innovation-2",
        "system-1",
        "system-2",
        "effect-1",
        "effect-2",
    ];
    let mut sheet: Vec<Field> = ids
        .iter()
        .zip(items)
        .map(|(id, v)| number(id, *v))
        .collect();
    sheet.push(text(
        "comments",
        "方法科学，系统性强，数据翔实，具有示范推广价值。",
    ));
    sheet
}

/// `n` applicants: the seeded enterprises first, then as many more as needed, registered
/// in the host's enterprise register and directory with valid credit codes.
pub fn round_of(sim: &Sim, n: usize) -> Vec<Applicant> {
    let seeded = applicants();
    let mut all: Vec<Applicant> = seeded.iter().take(n).cloned().collect();
    for i in 0..n.saturating_sub(seeded.len()) {
        let template = &seeded[i % seeded.len()];
        let body = format!("91{}MB{:07}", &template.code[2..8], i);
        let check = qb_plugin::forms::credit_code::check_char(&body).expect("17 characters");
        let code = format!("{body}{check}");
        let name = format!("郑州标杆样本{i:05}有限公司");
        let user = format!("sample-{i:05}");
        let conn = sim.connection();
        conn.execute(
            "INSERT INTO enterprises (credit_code, name, district, independent_legal_entity, bad_records) VALUES (?1, ?2, ?3, 1, '')",
            &[&code, &name, &template.district],
        )
        .expect("register");
        conn.execute(
            "INSERT INTO users (user_id, name, role, org_unit, org_name) VALUES (?1, '测试', 'enterprise', ?2, ?3)",
            &[&user, &code, &name],
        )
        .expect("user");
        all.push(Applicant {
            user,
            code,
            name,
            district: template.district.clone(),
        });
    }
    all
}

/// The experts whose score sheets a case still waits for.
pub fn open_score_tasks(sim: &Sim, case: &str) -> Vec<String> {
    sim.connection()
        .query_map("SELECT assignee_user FROM tasks WHERE case_id = ?1 AND closed_at IS NULL AND key LIKE 'score:%'", &[&case], |r| r.get(0))
        .expect("tasks")
}

/// The 发文公布 form, sealed by the city leader `city-leader-1` through the seal service.
pub fn publication_form(sim: &mut Sim) -> Vec<Field> {
    let mut values = vec![
        text("document-number", "郑工信〔2026〕35号"),
        date("publish-date", "2026-06-18"),
    ];
    let seal = sim
        .seal(
            "city-leader-1",
            Some("batch-2026"),
            "publish",
            "bureau-seal",
            &values,
        )
        .expect("the bureau seals the publication");
    values.push(Field {
        id: "bureau-seal".into(),
        value: FieldValue::Seal(seal),
    });
    values
}

/// A round of the year built step by step through the real component, for tests that
/// start at a later article: each stage a test needs is one call away.
pub struct Round {
    pub sim: Sim,
    pub apps: Vec<Applicant>,
}

/// The districts' office users act on their own district's applications.
pub fn office_of(a: &Applicant, n: u8) -> String {
    format!("{}-office-{n}", a.district)
}

/// Item scores that rank applicant `i` above applicant `i + 1`, the same on every sheet.
pub fn items_for(i: usize) -> [f64; 6] {
    [(99 - i as i64) as f64 / 10.0; 6]
}

impl Round {
    /// The batch opened and `n` applications submitted, one per seeded enterprise (clock
    /// 2026-03-16, the call open until 2026-04-30).
    pub fn submitted(name: &str, n: usize) -> Round {
        Round::submitted_in(sim(name), n)
    }

    /// … on a host of the caller's.
    pub fn submitted_in(mut sim: Sim, n: usize) -> Round {
        let apps = round_of(&sim, n);
        open_batch(&mut sim);
        sim.set_clock("2026-03-16T10:00:00+08:00").expect("clock");
        for a in &apps {
            apply(&mut sim, a).unwrap_or_else(|e| panic!("apply {}: {e}", a.name));
        }
        Round { sim, apps }
    }

    /// … each recommended by its district and accepted in the city's formal check, and
    /// applications closed (clock 2026-05-06).
    pub fn accepted(name: &str, n: usize) -> Round {
        Round::accepted_in(sim(name), n)
    }

    /// … on a host of the caller's.
    pub fn accepted_in(sim: Sim, n: usize) -> Round {
        let mut r = Round::submitted_in(sim, n);
        sim_step(&mut r.sim, "2026-04-20T10:00:00+08:00");
        for a in r.apps.clone() {
            let form = recommendation(&mut r.sim, &office_of(&a, 1), &a.case());
            r.act(&office_of(&a, 1), Some(&a.case()), "recommend", form, None);
            r.act(
                OFFICER,
                Some(&a.case()),
                "formal-check",
                vec![choice("result", "accept")],
                Some("材料齐全，通过"),
            );
        }
        sim_step(&mut r.sim, "2026-05-06T09:00:00+08:00");
        r.act(
            OFFICER,
            Some("batch-2026"),
            "close-applications",
            vec![],
            None,
        );
        r
    }

    /// … the panel drawn and every member's sheet in: applicant `i` ranks `i`-th.
    pub fn scored(name: &str, n: usize) -> Round {
        let mut r = Round::accepted(name, n);
        r.act(OFFICER, Some("batch-2026"), "draw-panel", vec![], None);
        r.sim.run_due_timers().expect("timers");
        for (i, a) in r.apps.clone().iter().enumerate() {
            for expert in open_score_tasks(&r.sim, &a.case()) {
                r.act(
                    &expert,
                    Some(&a.case()),
                    "score",
                    score_sheet(&items_for(i)),
                    None,
                );
            }
        }
        r
    }

    /// … the officer proposed the best `k`, the leader approved: 公示 runs from
    /// Monday 2026-06-08 for five working days, to 2026-06-15.
    pub fn in_publicity(name: &str, n: usize, k: usize) -> Round {
        let mut r = Round::scored(name, n);
        sim_step(&mut r.sim, "2026-06-08T09:00:00+08:00");
        r.act(
            OFFICER,
            Some("batch-2026"),
            "propose-list",
            vec![number("count", k as f64)],
            Some("按综合得分提出"),
        );
        r.act(
            "city-leader-1",
            Some("batch-2026"),
            "approve-list",
            vec![],
            Some("同意公示"),
        );
        r
    }

    /// … 公示 ended by the host's timer, and the leader published the list.
    pub fn published(name: &str, n: usize, k: usize) -> Round {
        let mut r = Round::in_publicity(name, n, k);
        r.sim
            .advance_clock("2026-06-16T09:00:00+08:00")
            .expect("advance");
        let form = publication_form(&mut r.sim);
        r.act(
            "city-leader-1",
            Some("batch-2026"),
            "publish",
            form,
            Some("同意发文公布"),
        );
        r.sim.run_due_timers().expect("timers");
        r
    }

    /// Act, panicking with the refusal when the plugin refuses.
    pub fn act(
        &mut self,
        user: &str,
        case: Option<&str>,
        action: &str,
        values: Vec<Field>,
        opinion: Option<&str>,
    ) -> Outcome {
        self.sim
            .act(user, request(case, action, values, opinion))
            .unwrap_or_else(|e| panic!("{user} {action} {case:?}: {e}"))
    }

    /// The case id of applicant `i`.
    pub fn case(&self, i: usize) -> String {
        self.apps[i].case()
    }
}

/// Move the simulated clock (firing nothing).
fn sim_step(sim: &mut Sim, to: &str) {
    sim.set_clock(to).expect("clock");
}

/// Everything a person may see of a case, as one string to search.
pub fn seen(sim: &mut Sim, user: &str, case: &str) -> String {
    format!("{:?}", sim.view(user, case).expect("visible"))
}

/// What the process decided, without what differs between two files by design (the
/// history's keyed MACs, attachment ids).
pub fn decided(sim: &Sim) -> Vec<String> {
    let conn = sim.connection();
    let mut rows: Vec<String> = conn
        .query_map(
            "SELECT id || ' ' || stage || ' ' || version || ' ' || hex(state) FROM cases ORDER BY id",
            &[],
            |r| r.get(0),
        )
        .expect("cases");
    rows.extend(
        conn.query_map(
            "SELECT case_id || ' ' || action || ' ' || to_stage || ' ' || actor_user || ' ' || at FROM history ORDER BY seq",
            &[],
            |r| r.get(0),
        )
        .expect("history"),
    );
    rows.extend(
        conn.query_map(
            "SELECT case_id || ' ' || key || ' ' || COALESCE(closed_by, '-') FROM tasks ORDER BY id",
            &[],
            |r| r.get(0),
        )
        .expect("tasks"),
    );
    rows.extend(
        conn.query_map(
            "SELECT COALESCE(recipient_user, recipient_org) || ' ' || kind || ' ' || subject FROM outbox ORDER BY id",
            &[],
            |r| r.get(0),
        )
        .expect("outbox"),
    );
    rows.extend(
        conn.query_map(
            "SELECT holder || ' ' || signer || ' ' || signed_at || ' ' || digest || ' ' || COALESCE(purpose_case, '-') || ' ' || purpose_action || ' ' || purpose_field || ' ' || capacity FROM seals ORDER BY rowid",
            &[],
            |r| r.get(0),
        )
        .expect("seals"),
    );
    rows.extend(
        conn.query_map(
            "SELECT name || ' ' || sha256 || ' ' || COALESCE(case_id, '-') || ' ' || uploaded_by || ' ' || linked FROM attachments ORDER BY rowid",
            &[],
            |r| r.get(0),
        )
        .expect("attachments"),
    );
    rows
}

/// What the plugin tells the operators when its per-call arena held memory from one call
/// to the next (ADR 15).
pub const ARENA_HELD: &str = qb_plugin::arena::HELD_BETWEEN_CALLS;

/// The operator log's lines, as `host-sim` writes them, kept for a test to read.
#[derive(Clone, Default)]
struct OperatorLog(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for OperatorLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Run `f` on this thread with the operator log (debug and above) kept; its result and the
/// log's text.
pub fn with_operator_log<T>(f: impl FnOnce() -> T) -> (T, String) {
    let log = OperatorLog::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || writer.clone())
        .finish();
    let out = tracing::subscriber::with_default(subscriber, f);
    let text = log
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    (out, String::from_utf8_lossy(&text).into_owned())
}
