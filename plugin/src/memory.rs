//! An in-memory host: the contract's host obligations (docs/contract.md, H1–H12) in
//! plain Rust, for the plugin's native unit tests, benchmarks and fuzzing — no wasm, no
//! SQLite. One call is applied all or nothing, versions are checked, history is kept in
//! order, timers fire in order, seals and uploads are issued only as the plugin orders.
//! The working-day calendar knows weekends only (host-sim has the official one).

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    ActionDef, CaseView, Outcome, PublicRecord, Request,
};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::UploadRequest;
use crate::bindings::zhengzhou::quality_benchmark::{
    attachments::StoredAttachment,
    case_store::{CaseFilter, OpenTask, RecordedEntry},
    directory::Person,
    log::Level,
    notifications::Notification,
    registry::EnterpriseRecord,
};
use crate::codes::stage_kind;
use crate::contract::{
    Actor, AttachmentRef, CaseSummary, Field, Recipient, RecordedBy, Refusal, Role, SealPurpose,
    SealRef, StoredCase, Task,
};
use crate::host::Host;
use crate::refusal::refuse;
use crate::{seal, uploads, view, workflow};

/// Everything the host stores. `PartialEq` lets the fuzz harness (tests/fuzz) prove
/// that a refused call changed nothing.
#[derive(Default, Clone, PartialEq, Debug)]
pub struct Store {
    pub now: String,
    pub next_seed: u64,
    pub cases: BTreeMap<String, StoredCase>,
    /// How many times a filed part was written: a round files each application's forms
    /// only while they change.
    pub filed_writes: usize,
    pub history: Vec<RecordedEntry>,
    /// Open tasks by (case, key), with when they were opened.
    pub tasks: BTreeMap<(String, String), (Task, String)>,
    /// Closed tasks, with who closed them.
    pub closed: Vec<(Task, String)>,
    /// Public records by id, and whether they were withdrawn.
    pub records: BTreeMap<String, (PublicRecord, bool)>,
    pub timers: BTreeMap<(String, String), String>,
    pub outbox: Vec<Notification>,
    pub people: Vec<Person>,
    pub enterprises: BTreeMap<String, EnterpriseRecord>,
    pub seals: Vec<SealRef>,
    pub files: BTreeMap<String, StoredAttachment>,
    pub log: Vec<(Level, String)>,
}

/// The host. Interior mutability because the plugin's `Host` takes `&self`.
pub struct MemoryHost {
    pub store: RefCell<Store>,
    /// Notifications queued by the current call, delivered only if it commits.
    queued: RefCell<Vec<Notification>>,
    /// How many times each case was read (`get_case`): a call reads its case once.
    reads: RefCell<BTreeMap<String, u32>>,
}

/// The system actor that fires timers.
pub fn system() -> Actor {
    Actor {
        user_id: "system".into(),
        name: "系统".into(),
        role: Role::Administrator,
        org_unit: String::new(),
        org_name: String::new(),
    }
}

impl MemoryHost {
    pub fn new(now: &str) -> Self {
        MemoryHost {
            store: RefCell::new(Store {
                now: now.to_string(),
                next_seed: 20_260_302,
                ..Store::default()
            }),
            queued: RefCell::new(Vec::new()),
            reads: RefCell::default(),
        }
    }

    /// How many times `case_id` was read so far.
    pub fn case_reads(&self, case_id: &str) -> u32 {
        self.reads.borrow().get(case_id).copied().unwrap_or(0)
    }

    pub fn set_now(&self, now: &str) {
        self.store.borrow_mut().now = now.to_string();
    }

    pub fn add_person(&self, p: Person) {
        self.store.borrow_mut().people.push(p);
    }

    pub fn add_enterprise(&self, credit_code: &str, record: EnterpriseRecord) {
        self.store
            .borrow_mut()
            .enterprises
            .insert(credit_code.to_string(), record);
    }

    /// The directory's actor for a user id.
    pub fn actor(&self, user_id: &str) -> Option<Actor> {
        self.store
            .borrow()
            .people
            .iter()
            .find(|p| p.user_id == user_id)
            .map(|p| Actor {
                user_id: p.user_id.clone(),
                name: p.name.clone(),
                role: p.role,
                org_unit: p.org_unit.clone(),
                org_name: p.org_name.clone(),
            })
    }

    /// Take an action and, if the plugin agrees, commit its outcome (H2, H3).
    pub fn act(&self, actor: &Actor, request: &Request) -> Result<Outcome, Refusal> {
        self.queued.borrow_mut().clear();
        let result = workflow::act(self, actor, request);
        self.commit(Some(actor), result)
    }

    /// Fire one timer as the system (H7).
    pub fn fire(&self, case_id: &str, key: &str) -> Result<Outcome, Refusal> {
        self.queued.borrow_mut().clear();
        self.store
            .borrow_mut()
            .timers
            .remove(&(case_id.to_string(), key.to_string()));
        let result = workflow::on_timer(self, case_id, key);
        self.commit(None, result)
    }

    /// Fire every due timer in (`at`, case, key) order until none is due; how many fired.
    pub fn run_due_timers(&self) -> usize {
        let mut fired = 0;
        loop {
            let now = self.store.borrow().now.clone();
            let due = {
                let store = self.store.borrow();
                let mut due: Vec<_> = store
                    .timers
                    .iter()
                    .filter(|(_, at)| at.as_str() <= now.as_str())
                    .map(|((c, k), at)| (at.clone(), c.clone(), k.clone()))
                    .collect();
                due.sort();
                due.into_iter().next()
            };
            let Some((_, case, key)) = due else {
                return fired;
            };
            // A refused timer is spent (and logged); the plugin said why.
            if let Err(r) = self.fire(&case, &key) {
                self.log(Level::Warn, &format!("timer {case}/{key}: {}", r.message));
            }
            fired += 1;
            if fired > 100_000 {
                return fired;
            }
        }
    }

    /// Commit what the plugin decided for `actor` (`None`: a timer), all or nothing
    /// (H2, H3). Public for the bench, which times the decision apart from the host's
    /// work of keeping it.
    pub fn commit(
        &self,
        actor: Option<&Actor>,
        result: Result<Outcome, Refusal>,
    ) -> Result<Outcome, Refusal> {
        let outcome = result?;
        let mut store = self.store.borrow_mut();
        // All or nothing (H2): the version checks are the only part that can fail, so
        // they all run before anything is applied — in place, without copying the store.
        let mut versions: BTreeMap<&str, u64> = BTreeMap::new();
        for w in &outcome.writes {
            let id = w.summary.id.as_str();
            let current = versions
                .get(id)
                .copied()
                .or_else(|| store.cases.get(id).map(|c| c.version));
            let ok = match current {
                None => w.expected_version == 0,
                Some(v) => v == w.expected_version,
            };
            if !ok {
                return Err(refuse(
                    "version-conflict",
                    "该事项已被他人办理或已更新，请刷新后重试",
                ));
            }
            versions.insert(id, w.expected_version + 1);
        }
        let next = &mut *store;
        let now = next.now.clone();
        for w in &outcome.writes {
            // None keeps the stored filed part byte for byte (H3).
            let filed = match &w.filed {
                Some(part) => {
                    next.filed_writes += 1;
                    part.clone()
                }
                None => next
                    .cases
                    .get(&w.summary.id)
                    .map(|c| c.filed.clone())
                    .unwrap_or_default(),
            };
            next.cases.insert(
                w.summary.id.clone(),
                StoredCase {
                    summary: w.summary.clone(),
                    version: w.expected_version + 1,
                    state: w.state.clone(),
                    filed,
                },
            );
        }
        let by = actor.map_or("system".to_string(), |a| a.user_id.clone());
        for t in &outcome.close_tasks {
            if let Some((task, _)) = next.tasks.remove(&(t.case_id.clone(), t.key.clone())) {
                next.closed.push((task, by.clone()));
            }
        }
        for t in &outcome.open_tasks {
            next.tasks
                .insert((t.case_id.clone(), t.key.clone()), (t.clone(), now.clone()));
        }
        for h in &outcome.history {
            let who = match (actor, h.by) {
                (Some(a), RecordedBy::Caller) => a.clone(),
                _ => system(),
            };
            let seq = next.history.len() as u64 + 1;
            next.history.push(RecordedEntry {
                seq,
                entry: h.clone(),
                actor: who,
                at: now.clone(),
            });
        }
        for r in &outcome.public_records {
            next.records.insert(r.id.clone(), (r.clone(), false));
        }
        for id in &outcome.withdraw_records {
            if let Some(r) = next.records.get_mut(id) {
                r.1 = true;
            }
        }
        for t in &outcome.timers {
            next.timers
                .insert((t.case_id.clone(), t.key.clone()), t.at.clone());
        }
        for l in &outcome.attachments {
            if let Some(f) = next.files.get_mut(&l.attachment_id) {
                f.linked = true;
            }
        }
        next.outbox.extend(self.queued.borrow_mut().drain(..));
        Ok(outcome)
    }

    pub fn view(&self, actor: &Actor, case_id: &str) -> Result<CaseView, Refusal> {
        view::view(self, actor, &workflow::load(self, case_id)?)
    }

    pub fn actions(&self, actor: &Actor, case_id: &str) -> Result<Vec<ActionDef>, Refusal> {
        workflow::actions(self, actor, case_id)
    }

    pub fn start_actions(&self, actor: &Actor) -> Vec<ActionDef> {
        workflow::start_actions(self, actor)
    }

    /// The seal service: seals exactly what the plugin orders, for `actor` (H5).
    pub fn seal(
        &self,
        actor: &Actor,
        purpose: SealPurpose,
        values: &[Field],
    ) -> Result<SealRef, Refusal> {
        let order = seal::prepare(self, actor, &purpose, values)?;
        let mut store = self.store.borrow_mut();
        let seal = SealRef {
            id: format!("seal-{}", store.seals.len() + 1),
            purpose: order.purpose,
            capacity: order.capacity,
            holder: order.holder,
            signer: actor.user_id.clone(),
            signed_at: store.now.clone(),
            digest: order.digest,
        };
        store.seals.push(seal.clone());
        Ok(seal)
    }

    /// The upload service: stores a file only if the plugin permits it (H6).
    pub fn upload(
        &self,
        actor: &Actor,
        request: &UploadRequest,
        sha256: &str,
    ) -> Result<AttachmentRef, Refusal> {
        uploads::permit(self, actor, request)?;
        let mut store = self.store.borrow_mut();
        let file = AttachmentRef {
            id: format!("file-{}", store.files.len() + 1),
            name: request.name.clone(),
            media_type: request.media_type.clone(),
            size: request.size,
            sha256: sha256.to_string(),
        };
        store.files.insert(
            file.id.clone(),
            StoredAttachment {
                file: file.clone(),
                uploaded_by: actor.user_id.clone(),
                case_id: request.case_id.clone(),
                linked: false,
            },
        );
        Ok(file)
    }

    /// The stored summary of a case.
    pub fn summary(&self, case_id: &str) -> Option<CaseSummary> {
        self.store
            .borrow()
            .cases
            .get(case_id)
            .map(|c| c.summary.clone())
    }

    /// Open tasks assigned to `actor` (in person or through their group).
    pub fn tasks_of(&self, actor: &Actor) -> Vec<Task> {
        self.store
            .borrow()
            .tasks
            .values()
            .map(|(t, _)| t.clone())
            .filter(|t| match &t.assignee {
                Recipient::User(u) => *u == actor.user_id,
                Recipient::Group(g) => g.role == actor.role && g.org_unit == actor.org_unit,
            })
            .collect()
    }

    /// Public records not withdrawn.
    pub fn public_records(&self) -> Vec<PublicRecord> {
        self.store
            .borrow()
            .records
            .values()
            .filter(|(_, withdrawn)| !withdrawn)
            .map(|(r, _)| r.clone())
            .collect()
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

impl Host for MemoryHost {
    fn now(&self) -> String {
        self.store.borrow().now.clone()
    }
    fn add_working_days(&self, date: &str, days: u32) -> Result<String, String> {
        let part = |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<i64>().ok());
        let (Some(y), Some(m), Some(d)) = (part(0..4), part(5..7), part(8..10)) else {
            return Err(format!("日期格式错误：{date}"));
        };
        let mut day = days_from_civil(y, m, d);
        let mut left = days;
        while left > 0 {
            day += 1;
            // 1970-01-01 was a Thursday: weekday 0 = Monday.
            if (day + 3).rem_euclid(7) < 5 {
                left -= 1;
            }
        }
        let (y, m, d) = civil_from_days(day);
        Ok(format!("{y:04}-{m:02}-{d:02}"))
    }
    fn seed(&self) -> u64 {
        let mut store = self.store.borrow_mut();
        store.next_seed = store
            .next_seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        store.next_seed
    }
    fn log(&self, level: Level, message: &str) {
        self.store
            .borrow_mut()
            .log
            .push((level, message.to_string()));
    }
    fn verify_seal(&self, seal: &SealRef) -> bool {
        self.store.borrow().seals.iter().any(|s| s == seal)
    }
    fn attachment(&self, id: &str) -> Option<StoredAttachment> {
        self.store.borrow().files.get(id).cloned()
    }
    fn members(&self, role: Role, org_unit: Option<&str>) -> Vec<Person> {
        let mut people: Vec<Person> = self
            .store
            .borrow()
            .people
            .iter()
            .filter(|p| p.role == role && org_unit.is_none_or(|o| o == p.org_unit))
            .cloned()
            .collect();
        people.sort_by(|a, b| a.user_id.cmp(&b.user_id));
        people
    }
    fn lookup_enterprise(&self, credit_code: &str) -> Option<EnterpriseRecord> {
        self.store.borrow().enterprises.get(credit_code).cloned()
    }
    fn get_case(&self, case_id: &str) -> Option<StoredCase> {
        *self
            .reads
            .borrow_mut()
            .entry(case_id.to_string())
            .or_default() += 1;
        self.store.borrow().cases.get(case_id).cloned()
    }
    fn query_cases(&self, filter: &CaseFilter, limit: Option<u32>) -> Vec<CaseSummary> {
        self.store
            .borrow()
            .cases
            .values()
            .map(|c| &c.summary)
            .filter(|s| matches(filter, s))
            .take(limit.map_or(usize::MAX, |l| l as usize))
            .cloned()
            .collect()
    }
    fn count_cases(&self, filter: &CaseFilter) -> u32 {
        self.store
            .borrow()
            .cases
            .values()
            .filter(|c| matches(filter, &c.summary))
            .count() as u32
    }
    fn history(&self, case_id: &str) -> Vec<RecordedEntry> {
        self.store
            .borrow()
            .history
            .iter()
            .filter(|e| e.entry.case_id == case_id)
            .cloned()
            .collect()
    }
    fn open_tasks(&self, case_id: &str) -> Vec<OpenTask> {
        let store = self.store.borrow();
        store
            .tasks
            .iter()
            .filter(|((c, _), _)| c == case_id)
            .map(|(_, (task, opened_at))| OpenTask {
                assignee_name: match &task.assignee {
                    Recipient::User(u) => store
                        .people
                        .iter()
                        .find(|p| p.user_id == *u)
                        .map_or(u.clone(), |p| p.name.clone()),
                    Recipient::Group(g) => g.org_unit.clone(),
                },
                task: task.clone(),
                opened_at: opened_at.clone(),
            })
            .collect()
    }
    fn notify(&self, messages: &[Notification]) {
        self.queued.borrow_mut().extend(messages.iter().cloned());
    }
}

fn matches(filter: &CaseFilter, s: &CaseSummary) -> bool {
    stage_kind(s.stage) == filter.kind
        && s.year == filter.year
        && (filter.stages.is_empty() || filter.stages.contains(&s.stage))
        && filter
            .district
            .as_deref()
            .is_none_or(|d| s.district.as_deref() == Some(d))
}
