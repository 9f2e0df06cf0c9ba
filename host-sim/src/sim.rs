//! The simulated OA host: one SQLite file, one installed plugin, and the rule that one
//! plugin call is one transaction: state, tasks, history, public records and
//! notifications commit together, or (refusal, trap, deadline) not at all.

use anyhow::{Context, Result, anyhow};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;
use wasmtime::Store;

use crate::calendar::Calendar;
use crate::clock;
use crate::codes::{Code, stage_code, stage_kind};
use crate::db;
use crate::engine::exports::zhengzhou::quality_benchmark::{approval, forms};
use crate::engine::zhengzhou::quality_benchmark::notifications::{NoticeKind, Notification};
use crate::engine::zhengzhou::quality_benchmark::types::{
    Action, Actor, AttachmentRef, Field, FieldError, Recipient, RecordedBy, Refusal, RefusalKind,
    SealPurpose, SealRef, Stage,
};
use crate::engine::{Limits, Live, Plugin, Runtime};
use crate::foresight::{Answered, Ask, Decider, Foreseen, Given, MakeAsk, Tally};
use crate::imports::{CallCtx, SYSTEM_USER, get_case, role_code, role_from_code};
use crate::module;
use crate::params;
use crate::store::{Db, StoreError};

/// Why a plugin call did not go through. In every case nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    /// The plugin refused, with a reason for the user.
    #[error("拒绝 [{}]：{}", .0.code, .0.message)]
    Refused(Refusal),
    /// The plugin trapped, ran past its deadline or exceeded its memory; the instance was discarded.
    #[error("插件异常终止：{0:#}")]
    Trap(anyhow::Error),
    /// The host itself failed (database, directory).
    #[error("主机错误：{0:#}")]
    Host(#[from] anyhow::Error),
}

impl From<StoreError> for CallError {
    fn from(e: StoreError) -> Self {
        CallError::Host(e.into())
    }
}

fn conflict() -> CallError {
    CallError::Refused(Refusal {
        kind: RefusalKind::Conflict,
        code: "version-conflict".into(),
        message: "该事项已被他人办理或已更新，请刷新后重试".into(),
        fields: Vec::new(),
    })
}

/// A refusal the host itself gives, before or instead of asking the plugin.
pub fn host_refusal(kind: RefusalKind, code: &str, message: &str) -> CallError {
    CallError::Refused(Refusal {
        kind,
        code: code.into(),
        message: message.into(),
        fields: Vec::new(),
    })
}

/// A request as a client gives it: the action by its code (`recommend`), as URLs, JSON
/// and scenario files carry it.
#[derive(Debug, Clone)]
pub struct Request {
    pub case_id: Option<String>,
    pub action: String,
    pub values: Vec<Field>,
    pub opinion: Option<String>,
    pub expected_version: Option<u64>,
}

impl Request {
    /// The request as the contract types it, or a `not-found` refusal naming an action
    /// that does not exist.
    pub fn into_contract(self) -> Result<approval::Request, CallError> {
        Ok(approval::Request {
            action: action_of(&self.action)?,
            case_id: self.case_id,
            values: self.values,
            opinion: self.opinion,
            expected_version: self.expected_version,
        })
    }
}

/// The action with this code, or a `not-found` refusal naming it.
pub fn action_of(code: &str) -> Result<Action, CallError> {
    Action::from_code(code).ok_or_else(|| {
        host_refusal(
            RefusalKind::NotFound,
            "not-found",
            &format!("没有这个操作：{code}"),
        )
    })
}

/// The `settings` key of a calendar an administrator has extended.
const CALENDAR_SETTING: &str = "calendar";

/// The calendar a stored setting holds, else the shipped one.
fn calendar_of(setting: Option<&str>) -> Result<Calendar> {
    Ok(match setting {
        Some(json) => Calendar::from_json(json)
            .map_err(|e| anyhow::anyhow!("数据库中保存的工作日历无效：{e}"))?,
        None => Calendar::official()?,
    })
}

pub struct Sim {
    conn: Option<Db>,
    runtime: Runtime,
    /// The instance reused across calls; none after a trap, deadline or memory fault,
    /// or when it is due for recycling (ADR 7).
    live: Option<Live>,
    /// Instances created so far (for tests and the bench).
    pub instances: u64,
    calendar: Arc<Calendar>,
    /// The stored calendar setting `calendar` was read from (none: the shipped one),
    /// to notice a change another node made (`follow_store`).
    calendar_setting: Option<String>,
    /// The seed `random.seed` answers with, when fixed (scenarios); else fresh randomness.
    seed: Option<u64>,
    /// The key the history rows' MACs are computed with (H8, `audit.rs`).
    history_key: Arc<Vec<u8>>,
    /// Stage labels from the catalog, built once (every outcome writes one).
    stage_labels: Arc<[(Stage, String)]>,
    /// A group commit is open (ADR 8): calls run in savepoints of one transaction that
    /// `commit_group` makes durable with one fsync.
    group: bool,
    /// The open group may write (`begin_group`), holding the database's writer lock;
    /// a group of reads only (`begin_reading_group`) takes no lock (ADR 13).
    group_writes: bool,
    /// The calendar was saved in the open group (`save_calendar`): a rollback restores
    /// the stored one.
    calendar_changed: bool,
    /// A plugin build was installed in the open group (`install_module`): a rollback
    /// returns to the build the database holds as active.
    module_changed: bool,
    /// Plugin calls made so far, those whose effects were kept, and the durable commits
    /// that kept them (a call alone, or a group) — for the bench.
    pub calls: u64,
    pub writes: u64,
    pub commits: u64,
    /// Where the calls' time went (for the bench).
    pub time: CallTime,
    /// Whether `time.serving` is kept (`time_host_services`).
    timing_services: bool,
    /// The thread deciding ahead of the writer, once started (ADR 14).
    decider: Option<Decider>,
    /// Commits of groups and of calls alone so far: a decision made ahead reads a
    /// snapshot taken after the ones made before it was asked for.
    generation: u64,
    /// The timers due next were asked for ahead while the group before committed.
    timers_asked: bool,
}

/// The writer's time (for the bench): in the guest (host imports it made included),
/// checking decisions made ahead (ADR 14), applying outcomes, and committing groups.
/// The rest of a call is the host's own (transactions, actor lookup).
#[derive(Debug, Default, Clone, Copy)]
pub struct CallTime {
    pub guest: std::time::Duration,
    /// Of `guest`, in the host services the plugin called (reading the store, queueing
    /// notices, the calendar), once `Sim::time_host_services` was called: what is left
    /// is the plugin's own work and the boundary.
    pub serving: std::time::Duration,
    pub check: std::time::Duration,
    pub apply: std::time::Duration,
    pub commit: std::time::Duration,
}

/// What a call decided, with the notifications it queued.
type Decided<R> = (R, Vec<Notification>);

/// The transaction a call runs in: its own, or a savepoint of the group's (ADR 8).
#[derive(Clone, Copy)]
enum Scope {
    Savepoint,
    Write,
    Read,
}

/// The savepoint each call of a group runs in.
const CALL_SAVEPOINT: &str = "call";

impl Scope {
    fn begin(self, db: &Db) -> Result<(), StoreError> {
        match self {
            Scope::Savepoint => db.savepoint(CALL_SAVEPOINT),
            Scope::Write => db.begin_write(),
            Scope::Read => db.begin_read(),
        }
    }

    /// Keep the call's writes: committed alone, or released into the group.
    fn keep(self, db: &Db) -> Result<(), StoreError> {
        match self {
            Scope::Savepoint => db.release(CALL_SAVEPOINT),
            Scope::Write => db.commit(),
            // A read is never kept (`call` undoes it); nothing to keep.
            Scope::Read => db.rollback(),
        }
    }

    fn undo(self, db: &Db) -> Result<(), StoreError> {
        match self {
            Scope::Savepoint => db.rollback_to(CALL_SAVEPOINT),
            Scope::Write | Scope::Read => db.rollback(),
        }
    }
}

/// How many due timers share one commit when nobody else holds a group.
const TIMER_GROUP: usize = 64;

/// One line of a case's 流转记录, as the host recorded it.
#[derive(Debug, Clone)]
pub struct HistoryRow {
    pub seq: i64,
    pub case_id: String,
    pub action: String,
    pub label: String,
    pub from_stage: String,
    pub to_stage: String,
    pub opinion: Option<String>,
    pub detail: Option<String>,
    pub actor_user: String,
    pub actor_name: String,
    pub actor_role: String,
    pub actor_org: String,
    pub actor_org_name: String,
    pub at: String,
    pub hash: String,
}

/// A delivered notification.
#[derive(Debug, Clone)]
pub struct OutboxRow {
    pub id: i64,
    pub recipient_user: Option<String>,
    pub recipient_role: Option<String>,
    pub recipient_org: Option<String>,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub case_id: Option<String>,
}

/// An open or closed to-do.
#[derive(Debug, Clone)]
pub struct TaskRow {
    pub case_id: String,
    pub key: String,
    pub title: String,
    pub due: Option<String>,
    pub closed_by: Option<String>,
}

impl Sim {
    /// Open a database, installing `component` if it is not the active plugin yet.
    pub fn open(db_path: &Path, component: &[u8]) -> Result<Self> {
        Self::open_with_limits(db_path, component, Limits::default())
    }

    /// Open a database to serve it with `component` — unless the database holds that
    /// build as one an administrator has since replaced in the portal: a restart with
    /// the old file must not undo the upgrade, so the active build stored in the
    /// database runs, and the answer says so.
    pub fn open_serving(db_path: &Path, component: &[u8]) -> Result<(Self, Option<String>)> {
        let stored = {
            let conn = db::open(db_path)?;
            let sha256 = module::inspect(component)?.sha256;
            let active: Option<String> = db::setting(&conn, crate::upgrade::ACTIVE_MODULE_SETTING)?;
            let replaced = active.is_some_and(|a| a != sha256)
                && crate::upgrade::installed_at(&conn, &sha256)?.is_some();
            if replaced {
                crate::upgrade::active_component(&conn)?
            } else {
                None
            }
        };
        match stored {
            Some(bytes) => {
                let sim = Self::open(db_path, &bytes)?;
                let note = format!(
                    "指定的插件文件已在管理页面被新版本替换，继续运行数据库中的插件（sha256 {}）",
                    sim.module().sha256
                );
                Ok((sim, Some(note)))
            }
            None => Ok((Self::open(db_path, component)?, None)),
        }
    }

    pub fn open_with_limits(db_path: &Path, component: &[u8], limits: Limits) -> Result<Self> {
        let conn = db::open(db_path)?;
        let info = module::inspect(component)?;
        module::check_compatible(&info)?;
        let active: Option<String> = db::setting(&conn, crate::upgrade::ACTIVE_MODULE_SETTING)?;
        if active.as_deref() != Some(info.sha256.as_str()) {
            install(&conn, component, &info)?;
        }
        let runtime = Runtime::load(component, limits)?;
        let calendar_setting = db::setting(&conn, CALENDAR_SETTING)?;
        let calendar = Arc::new(calendar_of(calendar_setting.as_deref())?);
        let history_key =
            crate::audit::load_or_create_key(&crate::audit::default_key_path(db_path)?)?;
        let stage_labels = stage_labels(&runtime);
        Ok(Sim {
            conn: Some(conn),
            runtime,
            live: None,
            instances: 0,
            calendar,
            calendar_setting,
            seed: None,
            history_key: Arc::new(history_key),
            stage_labels,
            group: false,
            group_writes: false,
            calendar_changed: false,
            module_changed: false,
            calls: 0,
            writes: 0,
            commits: 0,
            time: CallTime::default(),
            timing_services: false,
            decider: None,
            generation: 0,
            timers_asked: false,
        })
    }

    /// Open a group commit (ADR 8): until `commit_group`, every call runs in its own
    /// savepoint of one transaction: a call that is refused or traps rolls back alone,
    /// the others' effects wait for the group's single commit. Nothing done in a group
    /// may be acknowledged to anyone before `commit_group` returns `Ok`.
    pub fn begin_group(&mut self) -> Result<()> {
        if self.group {
            return Err(anyhow!("a group commit is already open"));
        }
        self.conn().begin_write()?;
        self.start_group(true)
    }

    /// Open a group of requests that only read (pages, lists, downloads): no plugin
    /// call in it may write, and on PostgreSQL it takes no writer lock, so other nodes'
    /// decisions go on meanwhile (ADR 13). Ended by `commit_group` like any group.
    pub fn begin_reading_group(&mut self) -> Result<()> {
        if self.group {
            return Err(anyhow!("a group commit is already open"));
        }
        self.conn().begin_read()?;
        self.start_group(false)
    }

    fn start_group(&mut self, writes: bool) -> Result<()> {
        self.group = true;
        self.group_writes = writes;
        if let Err(e) = self.follow_store() {
            self.rollback_group();
            return Err(e);
        }
        Ok(())
    }

    /// Count with the calendar and the plugin build the database holds now: on
    /// PostgreSQL another node's administrator may have changed them (ADR 13). Read
    /// at the start of every transaction, under the write lock for a write.
    fn follow_store(&mut self) -> Result<()> {
        let setting = db::setting(self.conn(), CALENDAR_SETTING)?;
        if setting != self.calendar_setting {
            let calendar = calendar_of(setting.as_deref())?;
            self.calendar_setting = setting;
            self.set_calendar(calendar);
        }
        self.follow_active_module()
    }

    /// Run the build the database holds as active, if it is not the running one.
    fn follow_active_module(&mut self) -> Result<()> {
        let active = db::setting(self.conn(), crate::upgrade::ACTIVE_MODULE_SETTING)?;
        if active.is_none() || active.as_deref() == Some(self.runtime.info.sha256.as_str()) {
            return Ok(());
        }
        let bytes = crate::upgrade::active_component(self.conn())?
            .ok_or_else(|| anyhow!("数据库中没有运行中的插件"))?;
        let runtime = Runtime::load(&bytes, self.runtime.limits())?;
        self.replace_runtime(runtime);
        Ok(())
    }

    /// Make every call of the open group durable with one commit. On failure the whole
    /// group is rolled back and nothing of it may be acknowledged.
    pub fn commit_group(&mut self) -> Result<()> {
        if !self.group {
            return Err(anyhow!("no group commit is open"));
        }
        self.group = false;
        self.forget_foreseen();
        let started = std::time::Instant::now();
        let committed = self.conn().commit();
        self.time.commit += started.elapsed();
        if let Err(e) = committed {
            if !self.conn().is_autocommit() {
                let _ = self.conn().rollback();
            }
            self.as_stored();
            return Err(e.into());
        }
        self.commits += 1;
        self.generation += 1;
        self.as_stored();
        Ok(())
    }

    /// After a group's end, the host's own settings changed in it count only as far as
    /// they were kept.
    fn as_stored(&mut self) {
        self.calendar_as_stored();
        self.module_as_stored();
    }

    /// A build installed in a group that was not kept gives way to the one stored as
    /// active.
    fn module_as_stored(&mut self) {
        if std::mem::take(&mut self.module_changed)
            && let Err(e) = self.follow_active_module()
        {
            tracing::error!("重新加载数据库中运行的插件失败：{e:#}");
        }
    }

    /// A calendar saved in a group counts only as far as it was kept: after the group's
    /// end (committed, or rolled back whole or to a savepoint) the host counts with what
    /// the database holds.
    fn calendar_as_stored(&mut self) {
        if !std::mem::take(&mut self.calendar_changed) {
            return;
        }
        let stored = db::setting(self.conn(), CALENDAR_SETTING).and_then(|setting| {
            let calendar = calendar_of(setting.as_deref())?;
            Ok((setting, calendar))
        });
        match stored {
            Ok((setting, calendar)) => {
                self.calendar_setting = setting;
                self.set_calendar(calendar);
            }
            Err(e) => tracing::error!("重新读取工作日历失败：{e:#}"),
        }
    }

    /// Abandon the open group: none of its calls' effects are kept.
    pub fn rollback_group(&mut self) {
        self.forget_foreseen();
        if std::mem::take(&mut self.group) && !self.conn().is_autocommit() {
            let _ = self.conn().rollback();
        }
        self.as_stored();
    }

    /// Answer every `random.seed` with this seed (none: fresh randomness again), so that
    /// a scenario's expert draw is the same on every run and on every host.
    pub fn set_random_seed(&mut self, seed: Option<u64>) {
        self.seed = seed;
    }

    /// Count working days with this calendar instead of the shipped one (a scenario's
    /// calendar fixture).
    pub fn set_calendar(&mut self, calendar: Calendar) {
        // Every call tells the instance the calendar (`Live::call`).
        self.calendar = Arc::new(calendar);
    }

    /// The calendar's JSON as the host counts with it: the shipped one, with the years an
    /// administrator has entered since (`/admin/calendar`).
    pub fn calendar_json(&self) -> Result<String> {
        Ok(db::setting(self.conn(), CALENDAR_SETTING)?
            .unwrap_or_else(|| crate::calendar::official_json().to_string()))
    }

    /// Keep `json` (already read as `calendar`) as the host's calendar, in the current
    /// transaction, and count with it from the next call on.
    pub fn save_calendar(&mut self, json: &str, calendar: Calendar) -> Result<()> {
        db::set_setting(self.conn(), CALENDAR_SETTING, json)?;
        self.calendar_setting = Some(json.to_string());
        self.set_calendar(calendar);
        self.calendar_changed = self.group;
        Ok(())
    }

    /// Run `candidate` from the next call on, recording it as the active build in the
    /// current transaction (the portal's 模块管理; `upgrade.rs`). The caller has checked
    /// it has no obstacle; every record stays as it is — the new build reads the states
    /// the old one wrote (ADR 7).
    pub fn install_module(
        &mut self,
        candidate: crate::upgrade::Candidate,
        bytes: &[u8],
    ) -> Result<()> {
        let now = self.now()?;
        crate::upgrade::record_active(self.conn(), bytes, candidate.info(), &now)?;
        self.replace_runtime(candidate.runtime);
        self.module_changed = self.group;
        Ok(())
    }

    /// Check a build to replace the running one (`upgrade::check`).
    pub fn check_module(&self, bytes: &[u8]) -> Result<crate::upgrade::Candidate, String> {
        crate::upgrade::check(self.conn(), &self.runtime, bytes)
    }

    fn replace_runtime(&mut self, runtime: Runtime) {
        self.stage_labels = stage_labels(&runtime);
        self.runtime = runtime;
        // The live instance belongs to the old build.
        self.live = None;
    }

    /// Record an administrator's change in the 管理操作记录, in the current transaction.
    pub fn record_admin_change(&self, actor: &Actor, change: &str, detail: &str) -> Result<()> {
        let now = self.now()?;
        crate::admin_log::record(self.conn(), &self.history_key, &now, actor, change, detail)
    }

    /// The working-day calendar the host counts with (H8).
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The active plugin's description.
    pub fn module(&self) -> &module::ModuleInfo {
        &self.runtime.info
    }

    /// The plugin's catalog: stages, actions, codes.
    pub fn catalog(&self) -> &approval::ProcessCatalog {
        &self.runtime.catalog
    }

    /// The Chinese label of a stage.
    pub fn stage_label(&self, stage: Stage) -> String {
        self.runtime
            .catalog
            .stages
            .iter()
            .find(|s| s.stage == stage)
            .map_or_else(|| stage_code(stage).to_string(), |s| s.label.clone())
    }

    fn conn(&self) -> &Db {
        // The connection is only ever out of `self.conn` during a call, which borrows `self` mutably.
        self.conn
            .as_ref()
            .expect("connection is home between calls")
    }

    /// Now, from the simulated clock if one is set, else the system clock, in Beijing time.
    pub fn now(&self) -> Result<String> {
        now_in(self.conn())
    }

    /// Set the simulated clock (RFC 3339, +08:00); scenarios and tests move time explicitly.
    pub fn set_clock(&self, now: &str) -> Result<()> {
        clock::check_rfc3339(now)?;
        db::set_setting(self.conn(), "clock", now)
    }

    /// Whether time is simulated (set with `set_clock`) rather than the system's.
    pub fn clock_is_simulated(&self) -> Result<bool> {
        Ok(db::setting(self.conn(), "clock")?.is_some())
    }

    /// Move the simulated clock forward to `to` and fire every timer that falls due on
    /// the way, in order, each at its own instant (Temporal's "time skipping"): a timer
    /// due on Tuesday fires with Tuesday's clock, not with the target's. Returns how many
    /// fired. Time never moves backwards.
    pub fn advance_clock(&mut self, to: &str) -> Result<usize, CallError> {
        clock::check_rfc3339(to)?;
        let now = self.now()?;
        if clock::parse_unix(to)? < clock::parse_unix(&now)? {
            return Err(host_refusal(
                RefusalKind::Invalid,
                "clock-backwards",
                "模拟时钟只能向后调整",
            ));
        }
        let mut fired = 0;
        loop {
            let next: Option<String> = self.conn().query_row(
                "SELECT MIN(at) FROM timers WHERE at <= ?1",
                params![to],
                |r| r.get(0),
            )?;
            match next {
                Some(at) => {
                    if at.as_str() > self.now()?.as_str() {
                        self.set_clock(&at)?;
                    }
                    fired += self.run_due_timers()?;
                }
                None => break,
            }
        }
        self.set_clock(to)?;
        fired += self.run_due_timers()?;
        Ok(fired)
    }

    /// When the next timer falls due, if any.
    pub fn next_timer(&self) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT MIN(at) FROM timers", params![], |r| r.get(0))?)
    }

    /// The directory's actor for a user id.
    pub fn actor(&self, user_id: &str) -> Result<Actor> {
        actor_in(self.conn(), user_id)
    }

    /// Run one plugin call in one transaction. `apply` sees the call's result and the
    /// queued notifications and writes what must be committed; any error rolls back.
    fn call<R, T>(
        &mut self,
        write: bool,
        foreseen: Option<Foreseen<R>>,
        invoke: impl FnOnce(&Plugin, &mut Store<CallCtx>) -> wasmtime::Result<R>,
        apply: impl FnOnce(&Db, &str, R, Vec<Notification>) -> Result<T, CallError>,
    ) -> Result<T, CallError> {
        let now = self.now()?;
        // Alone, a call is its own transaction; in a group, a savepoint of the group's.
        // A call that only reads (or a dry run) is always undone.
        let scope = if self.group {
            Scope::Savepoint
        } else if write {
            Scope::Write
        } else {
            Scope::Read
        };
        if self.group && write && !self.group_writes {
            return Err(CallError::Host(anyhow!(
                "a decision in a group opened for reading only"
            )));
        }
        if self.group && self.conn().is_autocommit() {
            // Something ended the group's transaction: a savepoint now would be a
            // transaction of its own, committed before the group is acknowledged.
            return Err(CallError::Host(anyhow!(
                "the group commit's transaction is no longer open"
            )));
        }
        self.calls += 1;
        if let Err(e) = scope.begin(self.conn()) {
            return Err(e.into());
        }
        // A call of its own counts with what the database holds now (a group did so
        // when it began).
        if !self.group
            && let Err(e) = self.follow_store()
        {
            let _ = scope.undo(self.conn());
            return Err(e.into());
        }
        let conn = self.conn.take().ok_or_else(|| anyhow!("connection busy"))?;
        // A decision made ahead (ADR 14) counts only if this transaction gives it every
        // answer again; otherwise the call runs here, as if it had not been asked for.
        let checked = std::time::Instant::now();
        let ahead = match foreseen.map(|f| {
            let holds = f.holds(&self.runtime.build, &self.calendar, self.seed, &now, &conn);
            (f, holds)
        }) {
            Some((f, Ok(true))) => Some(f),
            Some((_, Ok(false))) => {
                self.count_foreseen(|t| t.stale += 1);
                None
            }
            Some((_, Err(e))) => {
                let _ = scope.undo(&conn);
                self.conn = Some(conn);
                return Err(e.into());
            }
            None => None,
        };
        self.time.check += checked.elapsed();
        let (conn, decided) = match ahead {
            Some(f) => {
                self.count_foreseen(|t| t.kept += 1);
                for (level, line) in &f.journal.logs {
                    crate::imports::write_log(*level, line);
                }
                (conn, Ok((f.result, f.notices)))
            }
            None => match self.decide_here(conn, &now, invoke) {
                (Some(conn), decided) => (conn, decided),
                (None, _) => return Err(CallError::Host(anyhow!("the call kept its connection"))),
            },
        };
        let outcome = decided.and_then(|(r, notices)| {
            let applied = std::time::Instant::now();
            let outcome = apply(&conn, &now, r, notices);
            self.time.apply += applied.elapsed();
            outcome
        });
        let end = if outcome.is_ok() && write {
            let started = std::time::Instant::now();
            let kept = scope.keep(&conn);
            self.time.commit += started.elapsed();
            kept
        } else {
            scope.undo(&conn)
        };
        self.conn = Some(conn);
        end?;
        if outcome.is_ok() && write {
            self.writes += 1;
            if !self.group {
                self.commits += 1;
                self.generation += 1;
            }
        }
        outcome
    }

    /// Run the plugin for a call on the writer's instance (a fresh one if there is none),
    /// lending it `conn`; gives the connection back with the result and the queued
    /// notifications. A trapped instance is dropped, never reused.
    fn decide_here<R>(
        &mut self,
        conn: Db,
        now: &str,
        invoke: impl FnOnce(&Plugin, &mut Store<CallCtx>) -> wasmtime::Result<R>,
    ) -> (Option<Db>, Result<Decided<R>, CallError>) {
        let mut live = match self.live.take() {
            Some(live) => live,
            None => match self.runtime.build.instantiate(self.calendar.clone()) {
                Ok(live) => {
                    self.instances += 1;
                    live
                }
                Err(e) => return (Some(conn), Err(CallError::Trap(e))),
            },
        };
        live.time_services(self.timing_services);
        let guest_started = std::time::Instant::now();
        let called = live.call(conn, now, &self.calendar, self.seed, false, invoke);
        self.time.guest += guest_started.elapsed();
        self.time.serving += called.serving;
        match called.result {
            Err(trap) => (called.conn, Err(CallError::Trap(trap.into()))),
            Ok(r) => {
                if live.serves_again() {
                    self.live = Some(live);
                }
                (called.conn, Ok((r, called.notices)))
            }
        }
    }

    fn read<R>(
        &mut self,
        invoke: impl FnOnce(&Plugin, &mut Store<CallCtx>) -> wasmtime::Result<R>,
    ) -> Result<R, CallError> {
        self.call(false, None, invoke, |_, _, r, _| Ok(r))
    }

    /// Take an action as `user_id`. On success every effect is committed, durably.
    pub fn act(&mut self, user_id: &str, request: Request) -> Result<approval::Outcome, CallError> {
        let actor = self.actor(user_id)?;
        let request = request.into_contract()?;
        let foreseen = self.foreseen(
            user_id,
            Some(&actor),
            |a| matches!(a, Ask::Act(r) if *r == request),
            Answered::decision,
        );
        let call_actor = actor.clone();
        let (labels, key) = (self.labels(), self.history_key.clone());
        self.call(
            true,
            foreseen,
            move |p, s| {
                p.zhengzhou_quality_benchmark_approval()
                    .call_act(s, &call_actor, &request)
            },
            move |conn, now, result, notices| {
                let outcome = result.map_err(CallError::Refused)?;
                let stamp = Stamp {
                    now,
                    labels: &labels,
                    key: &key,
                };
                apply_outcome(conn, &stamp, Some(&actor), &outcome, &notices)?;
                Ok(outcome)
            },
        )
    }

    /// What `act` would answer, with nothing kept: the call runs and its outcome is
    /// applied in a transaction that is rolled back. For all-or-nothing imports, which
    /// check every item against the plugin before storing any.
    pub fn dry_run(
        &mut self,
        user_id: &str,
        request: Request,
    ) -> Result<approval::Outcome, CallError> {
        let actor = self.actor(user_id)?;
        let request = request.into_contract()?;
        let call_actor = actor.clone();
        let (labels, key) = (self.labels(), self.history_key.clone());
        self.call(
            false,
            None,
            move |p, s| {
                p.zhengzhou_quality_benchmark_approval()
                    .call_act(s, &call_actor, &request)
            },
            move |conn, now, result, notices| {
                let outcome = result.map_err(CallError::Refused)?;
                let stamp = Stamp {
                    now,
                    labels: &labels,
                    key: &key,
                };
                apply_outcome(conn, &stamp, Some(&actor), &outcome, &notices)?;
                Ok(outcome)
            },
        )
    }

    /// Decide ahead from now on (ADR 14): a thread with its own plugin instance and its
    /// own connection runs the decisions `foresee` asks for while the writer applies
    /// the ones before them. Nothing changes for a database in memory, which no other
    /// connection can read.
    pub fn decide_ahead(&mut self) -> Result<()> {
        if self.decider.is_none()
            && let Some(conn) = self.conn().connect_again()?
        {
            self.decider = Some(Decider::start(conn)?);
        }
        Ok(())
    }

    /// Ask for the call `make` makes, by `user_id`, to be made ahead, so that `act`,
    /// `upload` or `seal` on that request later in this group finds it decided — if
    /// nothing the decision read has changed by then. `make` runs on the decider's
    /// thread. A hint: without a decider, or for a request the host will refuse anyway,
    /// nothing comes of it.
    pub fn foresee(&mut self, user_id: &str, make: impl FnOnce() -> Option<Ask> + Send + 'static) {
        self.ask_ahead(user_id, Box::new(make), false);
    }

    /// Like `foresee`, for a request of the group after the open one (one waiting while
    /// this group is applied): the decider makes it while the writer applies and commits
    /// this group, from a snapshot without this group's writes. It is kept only if none
    /// of them changed what it read — requests of other people on other cases are.
    /// Outside a group it is `foresee`.
    pub fn foresee_next(
        &mut self,
        user_id: &str,
        make: impl FnOnce() -> Option<Ask> + Send + 'static,
    ) {
        self.ask_ahead(user_id, Box::new(make), self.group);
    }

    fn ask_ahead(&mut self, user_id: &str, make: MakeAsk, for_next: bool) {
        let Some(decider) = &mut self.decider else {
            return;
        };
        let given = Given {
            build: self.runtime.build.clone(),
            calendar: self.calendar.clone(),
            seed: self.seed,
        };
        decider.ask(self.generation, user_id, make, given, for_next);
    }

    /// The call made ahead for `user_id` that `is_it`, with its answer as `answer` reads
    /// it, if the caller is still who the decider read (the directory may have changed a
    /// role or an org unit since).
    fn foreseen<R>(
        &mut self,
        user_id: &str,
        caller: Option<&Actor>,
        is_it: impl Fn(&Ask) -> bool,
        answer: impl FnOnce(Answered) -> Option<R>,
    ) -> Option<Foreseen<R>> {
        let decider = self.decider.as_mut()?;
        let foreseen = decider.take(user_id, is_it)?;
        if foreseen.inputs.actor.as_ref() != caller {
            decider.tally.stale += 1;
            return None;
        }
        foreseen.answered(answer)
    }

    /// Decisions made ahead and kept, found stale, or never given, so far.
    pub fn foresight(&self) -> Tally {
        self.decider.as_ref().map(|d| d.tally).unwrap_or_default()
    }

    fn count_foreseen(&mut self, count: impl FnOnce(&mut Tally)) {
        if let Some(decider) = &mut self.decider {
            count(&mut decider.tally);
        }
    }

    /// A decision asked for in a group and not taken in it is not waited for.
    fn forget_foreseen(&mut self) {
        if let Some(decider) = &mut self.decider {
            decider.forget();
        }
    }

    /// Stage labels from the catalog, for the summary columns lists read.
    fn labels(&self) -> Arc<[(Stage, String)]> {
        self.stage_labels.clone()
    }

    /// The seal service (H5): `user_id` seals exactly what the plugin orders for this
    /// purpose and these values, and gets the seal reference to file.
    pub fn seal(
        &mut self,
        user_id: &str,
        case_id: Option<&str>,
        action: &str,
        field: &str,
        values: &[Field],
    ) -> Result<SealRef, CallError> {
        let actor = self.actor(user_id)?;
        let purpose = SealPurpose {
            case_id: case_id.map(str::to_string),
            action: action_of(action)?,
            field: field.to_string(),
        };
        let signer = actor.user_id.clone();
        let foreseen = self.foreseen(
            user_id,
            Some(&actor),
            |a| matches!(a, Ask::PrepareSeal { purpose: p, values: v } if *p == purpose && v == values),
            Answered::seal_order,
        );
        // One transaction: the plugin's order and the seal service's record of the seal.
        self.call(
            true,
            foreseen,
            |p, s| {
                p.zhengzhou_quality_benchmark_forms()
                    .call_prepare_seal(s, &actor, &purpose, values)
            },
            move |conn, now, order, _| {
                let order = order.map_err(CallError::Refused)?;
                let seal = SealRef {
                    id: String::new(),
                    purpose: order.purpose.clone(),
                    capacity: order.capacity,
                    holder: order.holder.clone(),
                    signer,
                    signed_at: now.to_string(),
                    digest: order.digest.clone(),
                };
                Ok(record_seal(conn, seal)?)
            },
        )
    }

    /// The upload service (H6): stores a file only after the plugin permits it.
    pub fn upload(
        &mut self,
        user_id: &str,
        upload: forms::UploadRequest,
        content: &[u8],
    ) -> Result<AttachmentRef, CallError> {
        let actor = self.actor(user_id)?;
        if upload.size != content.len() as u64 {
            return Err(host_refusal(
                RefusalKind::Invalid,
                "upload-size",
                "文件大小与声明的不一致，请重新上传",
            ));
        }
        let foreseen = self.foreseen(
            user_id,
            Some(&actor),
            |a| matches!(a, Ask::PermitUpload(u) if *u == upload),
            Answered::permit,
        );
        self.call(
            false,
            foreseen,
            |p, s| {
                p.zhengzhou_quality_benchmark_forms()
                    .call_permit_upload(s, &actor, &upload)
            },
            |_, _, permit, _| Ok(permit),
        )?
        .map_err(CallError::Refused)?;
        self.check_upload_quota(&actor.user_id, upload.case_id.as_deref(), content.len())?;
        let now = self.now()?;
        let sha256 = db::hex(&Sha256::digest(content));
        let n = self.conn().next_serial(crate::store::Serial::Attachments)?;
        let id = db::hex(&Sha256::digest(
            format!("{sha256}|{}|{now}|{n}", actor.user_id).as_bytes(),
        ))[..24]
            .to_string();
        self.conn().execute(
            "INSERT INTO attachments (id, name, media_type, size, sha256, content, case_id, uploaded_by, uploaded_at, linked)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)",
            params![id, upload.name, upload.media_type, content.len() as i64, sha256, content, upload.case_id, actor.user_id, now],
        )?;
        Ok(AttachmentRef {
            id,
            name: upload.name,
            media_type: upload.media_type,
            size: content.len() as u64,
            sha256,
        })
    }

    /// Upload quotas (`bounds.rs`): a person's files not yet filed, and a case's files.
    fn check_upload_quota(
        &self,
        user_id: &str,
        case_id: Option<&str>,
        size: usize,
    ) -> Result<(), CallError> {
        use crate::bounds::{CASE_BYTES, CASE_FILES, PENDING_UPLOAD_BYTES, PENDING_UPLOAD_FILES};
        // Files and bytes of the stored attachments that `filter` selects for `key`.
        let held = |filter: &str, key: &str| -> Result<(i64, i64), CallError> {
            let sql =
                format!("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM attachments WHERE {filter}");
            Ok(self
                .conn()
                .query_row(&sql, params![key], |r| Ok((r.get(0)?, r.get(1)?)))?)
        };
        let quota = |message: String| host_refusal(RefusalKind::Invalid, "upload-quota", &message);
        let size = size as i64;
        let (files, bytes) = held("uploaded_by = ?1 AND linked = 0", user_id)?;
        if files >= PENDING_UPLOAD_FILES || bytes + size > PENDING_UPLOAD_BYTES {
            return Err(quota(format!(
                "您已上传但尚未提交的文件已达上限（{PENDING_UPLOAD_FILES} 个或 {} MB），请先保存或提交表单后再上传",
                PENDING_UPLOAD_BYTES >> 20
            )));
        }
        let Some(case_id) = case_id else {
            return Ok(());
        };
        let (files, bytes) = held("case_id = ?1", case_id)?;
        if files >= CASE_FILES || bytes + size > CASE_BYTES {
            return Err(quota(format!(
                "本事项的附件已达上限（{CASE_FILES} 个或 {} MB），无法再上传",
                CASE_BYTES >> 20
            )));
        }
        Ok(())
    }

    /// Fire every timer that is due by the (simulated) clock, each in its own call and
    /// transaction; the timer row is deleted with the call's outcome. Returns how many fired.
    pub fn run_due_timers(&mut self) -> Result<usize, CallError> {
        // A timer may set another that is already due (work carried on in chunks): keep
        // going until nothing is due, within a bound that stops a plugin looping forever.
        const MAX_ROUNDS: usize = 10_000;
        let mut fired = 0;
        for _ in 0..MAX_ROUNDS {
            let now = self.now()?;
            // Claimed inside the transaction that fires and deletes them: on PostgreSQL
            // the claim locks them, so another node skips them (ADR 13).
            let n = if self.group {
                // The caller's group commit holds these calls.
                let due = self.conn().claim_due_timers(&now, TIMER_GROUP)?;
                self.fire_timers(&due)?;
                due.len()
            } else if self.any_timer_due(&now)? {
                // Timers are nobody's request: they share commits, TIMER_GROUP at a time
                // (ADR 8). A group that fails is rolled back whole; its timers stay due.
                self.begin_group()?;
                let fired_all = self
                    .conn()
                    .claim_due_timers(&now, TIMER_GROUP)
                    .map_err(CallError::from)
                    .and_then(|due| {
                        self.fire_timers(&due)?;
                        if due.len() == TIMER_GROUP {
                            self.foresee_next_timers(&now)?;
                        }
                        Ok(due.len())
                    });
                match fired_all {
                    Ok(0) => {
                        self.rollback_group();
                        0
                    }
                    Ok(n) => {
                        self.commit_group()?;
                        n
                    }
                    Err(e) => {
                        self.rollback_group();
                        return Err(e);
                    }
                }
            } else {
                0
            };
            if n == 0 {
                break;
            }
            fired += n;
        }
        Ok(fired)
    }

    /// Whether a timer is due by `now`, read without taking the write lock (a node
    /// polls for due timers far more often than one is due).
    fn any_timer_due(&self, now: &str) -> Result<bool, CallError> {
        Ok(self
            .conn()
            .query_opt(
                "SELECT 1 FROM timers WHERE at <= ?1 LIMIT 1",
                params![now],
                |_| Ok(()),
            )?
            .is_some())
    }

    /// Fire the claimed timers in order, each asked for ahead first if there are several
    /// (ADR 14) and the group before did not ask for them already.
    fn fire_timers(&mut self, due: &[(String, String)]) -> Result<(), CallError> {
        if !std::mem::take(&mut self.timers_asked) {
            self.foresee_timers(due, false);
        }
        for (case_id, key) in due {
            self.fire_timer(case_id, key)?;
        }
        Ok(())
    }

    /// Ask for the timers due after this group's to be fired ahead while it commits:
    /// those of other cases are decided from what this group leaves as it is.
    fn foresee_next_timers(&mut self, now: &str) -> Result<(), CallError> {
        if self.decider.is_none() {
            return Ok(());
        }
        let next = self.conn().due_timers(now, TIMER_GROUP)?;
        self.timers_asked = self.foresee_timers(&next, true);
        Ok(())
    }

    /// Ask for `due` to be fired ahead, for this group or the next; whether they were.
    fn foresee_timers(&mut self, due: &[(String, String)], for_next: bool) -> bool {
        // A lone timer (a batch's next chunk) has nothing to overlap with: asked for
        // ahead, the writer would wait for it and then read all it read again.
        if due.len() < 2 {
            return false;
        }
        for (case_id, key) in due {
            let (case_id, key) = (case_id.clone(), key.clone());
            let make = Box::new(move || Some(Ask::Timer { case_id, key }));
            self.ask_ahead(SYSTEM_USER, make, for_next);
        }
        true
    }

    fn fire_timer(&mut self, case_id: &str, key: &str) -> Result<(), CallError> {
        let (c, k) = (case_id.to_string(), key.to_string());
        let (labels, history_key) = (self.labels(), self.history_key.clone());
        let foreseen = self.foreseen(
            SYSTEM_USER,
            None,
            |a| matches!(a, Ask::Timer { case_id: c, key: k } if c == case_id && k == key),
            Answered::decision,
        );
        // The plugin's refusal (logged below) is not an error of the host: the timer is spent.
        let _refused_or_done = self.call(
            true,
            foreseen,
            |p, s| {
                p.zhengzhou_quality_benchmark_approval()
                    .call_on_timer(s, case_id, key)
            },
            move |conn, now, result, notices| {
                conn.execute(
                    "DELETE FROM timers WHERE case_id = ?1 AND key = ?2",
                    params![c, k],
                )?;
                match &result {
                    Ok(outcome) => {
                        let stamp = Stamp { now, labels: &labels, key: &history_key };
                        apply_outcome(conn, &stamp, None, outcome, &notices)?
                    }
                    // A refused timer is dropped: the step it was for no longer applies.
                    Err(r) => tracing::warn!(case = %c, key = %k, code = %r.code, "定时事项被插件拒绝：{}", r.message),
                }
                Ok(result)
            },
        )?;
        Ok(())
    }

    /// Actions `user_id` may take on a case now.
    pub fn actions(
        &mut self,
        user_id: &str,
        case_id: &str,
    ) -> Result<Vec<approval::ActionDef>, CallError> {
        let actor = self.actor(user_id)?;
        self.read(|p, s| {
            p.zhengzhou_quality_benchmark_approval()
                .call_actions(s, &actor, case_id)
        })?
        .map_err(CallError::Refused)
    }

    /// Case-creating actions open to `user_id`.
    pub fn start_actions(&mut self, user_id: &str) -> Result<Vec<approval::ActionDef>, CallError> {
        let actor = self.actor(user_id)?;
        self.read(|p, s| {
            p.zhengzhou_quality_benchmark_approval()
                .call_start_actions(s, &actor)
        })
    }

    /// What `user_id` may see of a case.
    pub fn view(&mut self, user_id: &str, case_id: &str) -> Result<approval::CaseView, CallError> {
        let actor = self.actor(user_id)?;
        self.read(|p, s| {
            p.zhengzhou_quality_benchmark_approval()
                .call_view(s, &actor, case_id)
        })?
        .map_err(CallError::Refused)
    }

    /// A form definition with the values on file.
    pub fn describe(
        &mut self,
        user_id: &str,
        form_id: &str,
        case_id: Option<&str>,
    ) -> Result<forms::FilledForm, CallError> {
        let actor = self.actor(user_id)?;
        self.read(|p, s| {
            p.zhengzhou_quality_benchmark_forms()
                .call_describe(s, &actor, form_id, case_id)
        })?
        .map_err(CallError::Refused)
    }

    /// Ids and titles of the plugin's forms.
    pub fn list_forms(&mut self) -> Result<Vec<(String, String)>, CallError> {
        self.read(|p, s| p.zhengzhou_quality_benchmark_forms().call_list_forms(s))
    }

    /// Validate filled values without storing anything, for a round's year.
    pub fn validate(
        &mut self,
        form_id: &str,
        values: &[Field],
        submit: bool,
        year: u16,
    ) -> Result<Vec<FieldError>, CallError> {
        let mode = if submit {
            forms::CheckMode::Submit
        } else {
            forms::CheckMode::Draft
        };
        let context = forms::FormContext::Year(year);
        self.read(|p, s| {
            p.zhengzhou_quality_benchmark_forms()
                .call_validate(s, form_id, values, mode, &context)
        })?
        .map_err(CallError::Refused)
    }

    /// A seal as some other seal service might issue it, with every field given: for
    /// tests that show the plugin refuses what does not bind (never used by the portal).
    pub fn seal_as_issued(&self, seal: SealRef) -> Result<SealRef> {
        record_seal(self.conn(), seal)
    }

    /// A count from a SQL query, for reports and tests.
    pub fn count(&self, sql: &str) -> Result<i64> {
        Ok(self.conn().query_row(sql, params![], |r| r.get(0))?)
    }

    /// Digest of every table, to prove a failed call changed nothing.
    pub fn fingerprint(&self) -> Result<String> {
        db::fingerprint(self.conn())
    }

    /// A case's 流转记录 in order.
    pub fn history(&self, case_id: &str) -> Result<Vec<HistoryRow>> {
        let rows = self.conn().query_map(
            "SELECT seq, case_id, action, label, from_stage, to_stage, opinion, detail, actor_user, actor_name,
                    actor_role, actor_org, actor_org_name, at, hash FROM history WHERE case_id = ?1 ORDER BY seq",
            params![case_id],
            |r| {
                Ok(HistoryRow {
                    seq: r.get(0)?,
                    case_id: r.get(1)?,
                    action: r.get(2)?,
                    label: r.get(3)?,
                    from_stage: r.get(4)?,
                    to_stage: r.get(5)?,
                    opinion: r.get(6)?,
                    detail: r.get(7)?,
                    actor_user: r.get(8)?,
                    actor_name: r.get(9)?,
                    actor_role: r.get(10)?,
                    actor_org: r.get(11)?,
                    actor_org_name: r.get(12)?,
                    at: r.get(13)?,
                    hash: r.get(14)?,
                })
            },
        )?;
        Ok(rows)
    }

    /// Recompute the history's hash chain and MACs; the first broken row's seq, if any.
    pub fn verify_history_chain(&self) -> Result<Option<i64>> {
        Ok(self.audit()?.first_broken.map(|b| b.seq))
    }

    /// The whole audit: the chain, the keyed MACs and the stored files' digests.
    pub fn audit(&self) -> Result<crate::audit::Report> {
        crate::audit::verify(self.conn(), Some(&self.history_key))
    }

    /// Every delivered notification, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxRow>> {
        let rows = self.conn().query_map(
            "SELECT id, recipient_user, recipient_role, recipient_org, kind, subject, body, case_id FROM outbox ORDER BY id",
            params![],
            |r| {
                Ok(OutboxRow {
                    id: r.get(0)?,
                    recipient_user: r.get(1)?,
                    recipient_role: r.get(2)?,
                    recipient_org: r.get(3)?,
                    kind: r.get(4)?,
                    subject: r.get(5)?,
                    body: r.get(6)?,
                    case_id: r.get(7)?,
                })
            },
        )?;
        Ok(rows)
    }

    /// Open to-dos of a user: their own and their groups'.
    pub fn open_tasks(&self, user_id: &str) -> Result<Vec<TaskRow>> {
        let actor = self.actor(user_id)?;
        let rows = self.conn().query_map(
            &format!(
                "SELECT case_id, key, title, due, closed_by FROM tasks WHERE id IN ({}) ORDER BY id",
                crate::inbox::ids()
            ),
            params![actor.user_id, role_code(actor.role), actor.org_unit],
            |r| {
                Ok(TaskRow {
                    case_id: r.get(0)?,
                    key: r.get(1)?,
                    title: r.get(2)?,
                    due: r.get(3)?,
                    closed_by: r.get(4)?,
                })
            },
        )?;
        Ok(rows)
    }

    /// The stored version of a case.
    pub fn version(&self, case_id: &str) -> Result<Option<u64>> {
        Ok(get_case(self.conn(), case_id)?.map(|c| c.version))
    }

    /// Time the host services of the writer's calls from now on (`CallTime::serving`),
    /// for the bench that sets the plugin's own work against the same work natively;
    /// off by default, since it reads the clock twice per service.
    pub fn time_host_services(&mut self) {
        self.timing_services = true;
    }

    /// Direct access for seeding and reports.
    pub fn connection(&self) -> &Db {
        self.conn()
    }
}

/// Stage labels from the catalog, built once per build (every outcome writes one).
/// Now as `conn` tells it: the simulated clock if one is set, else the system clock, in
/// Beijing time.
pub fn now_in(conn: &Db) -> Result<String> {
    Ok(match db::setting(conn, "clock")? {
        Some(t) => t,
        None => clock::system_now(),
    })
}

/// The directory's actor for a user id, as `conn` reads it.
pub fn actor_in(conn: &Db, user_id: &str) -> Result<Actor> {
    conn.query_row(
        "SELECT name, role, org_unit, org_name FROM users WHERE user_id = ?1",
        params![user_id],
        |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<String>(1)?,
                r.get::<String>(2)?,
                r.get::<String>(3)?,
            ))
        },
    )
    .map_err(|_| anyhow!("目录中没有用户 {user_id}"))
    .and_then(|(name, role, org_unit, org_name)| {
        let role =
            role_from_code(&role).ok_or_else(|| anyhow!("用户 {user_id} 的角色 {role} 无效"))?;
        Ok(Actor {
            user_id: user_id.to_string(),
            name,
            role,
            org_unit,
            org_name,
        })
    })
}

fn stage_labels(runtime: &Runtime) -> Arc<[(Stage, String)]> {
    runtime
        .catalog
        .stages
        .iter()
        .map(|s| (s.stage, s.label.clone()))
        .collect()
}

fn install(conn: &Db, component: &[u8], info: &module::ModuleInfo) -> Result<()> {
    conn.in_transaction(|conn| {
        // Another node starting with the same build may have installed it meanwhile.
        let active = db::setting(conn, crate::upgrade::ACTIVE_MODULE_SETTING)?;
        if active.as_deref() == Some(info.sha256.as_str()) {
            return Ok(());
        }
        // Stamped with the host's clock, as an install from the portal is (`install_module`).
        let now = db::setting(conn, "clock")?.unwrap_or_else(clock::system_now);
        crate::upgrade::record_active(conn, component, info, &now)
    })
    .context("安装插件")
}

use crate::audit::chain_hash;

/// What every row a call writes is stamped with: the call's instant, the stage labels
/// for the summary columns, and the history key.
struct Stamp<'a> {
    now: &'a str,
    labels: &'a [(Stage, String)],
    key: &'a [u8],
}

/// The system actor the host records for timers and `by: system` entries (H8).
fn system_actor() -> Actor {
    use crate::engine::zhengzhou::quality_benchmark::types::Role;
    Actor {
        user_id: SYSTEM_USER.into(),
        name: "系统".into(),
        role: Role::Administrator,
        org_unit: String::new(),
        org_name: "OA平台".into(),
    }
}

/// Record a seal the seal service applied; its id is derived from its content.
fn record_seal(conn: &Db, mut seal: SealRef) -> Result<SealRef> {
    let n = conn.next_serial(crate::store::Serial::Seals)?;
    seal.id = db::hex(&Sha256::digest(
        format!(
            "{}|{}|{}|{}|{n}",
            seal.holder, seal.signer, seal.signed_at, seal.digest
        )
        .as_bytes(),
    ))[..24]
        .to_string();
    conn.execute(
        "INSERT INTO seals (id, holder, signer, signed_at, digest, purpose_case, purpose_action, purpose_field, capacity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            seal.id,
            seal.holder,
            seal.signer,
            seal.signed_at,
            seal.digest,
            seal.purpose.case_id,
            seal.purpose.action.code(),
            seal.purpose.field,
            seal.capacity.code()
        ],
    )?;
    Ok(seal)
}

/// Write a case decided on `expected_version`; the number of rows changed (0: stale).
///
/// SQLite rewrites every index holding a column an UPDATE sets, whether its value
/// changed or not, and each index entry rewritten is a page in the WAL and its fsync
/// (docs/performance-log.md, "What a commit is made of"). Most writes — an edit, a score,
/// a reminder — keep the stage, district and owner: those columns, which the
/// `cases_by_*` indexes hold, are set only when they differ.
fn update_case(
    conn: &Db,
    w: &approval::CaseWrite,
    kind: &str,
    stage: &str,
    stage_label: &str,
    now: &str,
) -> Result<usize, CallError> {
    let s = &w.summary;
    let changed = conn.execute(
        "UPDATE cases SET stage_label = ?2, title = ?3, score = ?4, state = ?5, updated_at = ?6,
         version = version + 1 WHERE id = ?1 AND version = ?7",
        params![
            s.id,
            stage_label,
            s.title,
            s.score,
            w.state,
            now,
            w.expected_version as i64
        ],
    )?;
    if changed == 1 {
        conn.execute(
            "UPDATE cases SET kind = ?2, year = ?3, stage = ?4, district = ?5 WHERE id = ?1
             AND (kind IS DISTINCT FROM ?2 OR year IS DISTINCT FROM ?3
                  OR stage IS DISTINCT FROM ?4 OR district IS DISTINCT FROM ?5)",
            params![s.id, kind, s.year, stage, s.district],
        )?;
        conn.execute(
            "UPDATE cases SET owner = ?2 WHERE id = ?1 AND owner IS DISTINCT FROM ?2",
            params![s.id, s.owner],
        )?;
    }
    Ok(changed)
}

/// Write an outcome and its notifications; a stale version refuses the whole call.
fn apply_outcome(
    conn: &Db,
    stamp: &Stamp,
    actor: Option<&Actor>,
    outcome: &approval::Outcome,
    notices: &[Notification],
) -> Result<(), CallError> {
    // An outcome past the host's bounds is the plugin's fault: the call traps, nothing kept.
    crate::bounds::check_outcome(outcome).map_err(CallError::Trap)?;
    let (now, labels) = (stamp.now, stamp.labels);
    let label_of = |stage: Stage| {
        labels
            .iter()
            .find(|(s, _)| *s == stage)
            .map_or_else(|| stage_code(stage).to_string(), |(_, l)| l.clone())
    };
    for w in &outcome.writes {
        let s = &w.summary;
        let kind = stage_kind(s.stage).code();
        let (stage, stage_label) = (stage_code(s.stage), label_of(s.stage));
        let changed = if w.expected_version == 0 {
            conn.execute("INSERT INTO cases (id, kind, year, stage, stage_label, district, owner, title, score, version, state, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?11) ON CONFLICT (id) DO NOTHING", params![s.id, kind, s.year, stage, stage_label, s.district, s.owner, s.title, s.score, w.state, now])?
        } else {
            update_case(conn, w, kind, stage, &stage_label, now)?
        };
        if changed != 1 {
            return Err(conflict());
        }
        // None keeps the stored filed part as it is: the point is not to rewrite it.
        if let Some(part) = &w.filed {
            conn.execute(
                "INSERT INTO case_filed (case_id, part) VALUES (?1, ?2)
                 ON CONFLICT (case_id) DO UPDATE SET part = excluded.part",
                params![s.id, part],
            )?;
        }
    }
    let by = actor.map(|a| a.user_id.as_str()).unwrap_or(SYSTEM_USER);
    for t in &outcome.close_tasks {
        conn.execute("UPDATE tasks SET closed_at = ?3, closed_by = ?4 WHERE case_id = ?1 AND key = ?2 AND closed_at IS NULL", params![t.case_id, t.key, now, by])?;
    }
    for t in &outcome.open_tasks {
        let (user, role, org) = recipient_columns(&t.assignee);
        conn.execute("INSERT INTO tasks (case_id, key, title, assignee_user, assignee_role, assignee_org, due, opened_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (case_id, key) WHERE closed_at IS NULL DO UPDATE SET
               title = excluded.title, assignee_user = excluded.assignee_user, assignee_role = excluded.assignee_role,
               assignee_org = excluded.assignee_org, due = excluded.due", params![t.case_id, t.key, t.title, user, role, org, t.due, now])?;
    }
    let system = system_actor();
    if !outcome.history.is_empty() {
        conn.lock_chain()?;
    }
    // The chain's last link; none only when the history is empty. A failed read must
    // fail the call, not start a second chain.
    let mut prev: String = conn
        .query_opt(
            "SELECT hash FROM history ORDER BY seq DESC LIMIT 1",
            params![],
            |r| r.get(0),
        )
        .map_err(anyhow::Error::from)?
        .unwrap_or_default();
    for h in &outcome.history {
        let who = match (actor, h.by) {
            (Some(a), RecordedBy::Caller) => a,
            _ => &system,
        };
        let from = h.from_stage.map(stage_code).unwrap_or_default();
        let fields = vec![
            h.case_id.clone(),
            h.action.code().to_string(),
            h.label.clone(),
            from.to_string(),
            stage_code(h.to_stage).to_string(),
            h.opinion.clone().unwrap_or_default(),
            h.detail.clone().unwrap_or_default(),
            who.user_id.clone(),
            who.name.clone(),
            role_code(who.role).to_string(),
            who.org_unit.clone(),
            who.org_name.clone(),
            now.to_string(),
        ];
        let hash = chain_hash(&prev, &fields);
        let mac = crate::audit::mac(stamp.key, &hash);
        conn.execute("INSERT INTO history (case_id, action, label, from_stage, to_stage, opinion, detail, actor_user, actor_name,
               actor_role, actor_org, actor_org_name, at, prev_hash, hash, mac)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)", params![fields[0], fields[1], fields[2], fields[3], fields[4], h.opinion, h.detail, fields[7], fields[8],
                fields[9], fields[10], fields[11], now, prev, hash, mac])?;
        prev = hash;
    }
    for p in &outcome.public_records {
        conn.execute("INSERT INTO public_records (record_id, kind, year, title, body, case_id, published_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, year = excluded.year, title = excluded.title,
               body = excluded.body, case_id = excluded.case_id, published_at = excluded.published_at, withdrawn_at = NULL", params![p.id, p.kind.code(), p.year, p.title, p.body, p.case_id, now])?;
    }
    for id in &outcome.withdraw_records {
        conn.execute("UPDATE public_records SET withdrawn_at = ?2 WHERE record_id = ?1 AND withdrawn_at IS NULL", params![id, now])?;
    }
    for t in &outcome.timers {
        conn.execute("INSERT INTO timers (case_id, key, at) VALUES (?1, ?2, ?3) ON CONFLICT (case_id, key) DO UPDATE SET at = excluded.at", params![t.case_id, t.key, t.at])?;
    }
    for l in &outcome.attachments {
        conn.execute(
            "UPDATE attachments SET linked = 1 WHERE id = ?1 AND case_id IS NOT DISTINCT FROM ?2",
            params![l.attachment_id, l.case_id],
        )?;
    }
    for n in notices {
        let (user, role, org) = recipient_columns(&n.recipient);
        conn.execute("INSERT INTO outbox (recipient_user, recipient_role, recipient_org, kind, subject, body, case_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", params![user, role, org, n.kind.code(), n.subject, n.body, n.case_id, now])?;
    }
    Ok(())
}

fn recipient_columns(r: &Recipient) -> (Option<String>, Option<&'static str>, Option<String>) {
    match r {
        Recipient::User(u) => (Some(u.clone()), None, None),
        Recipient::Group(g) => (None, Some(role_code(g.role)), Some(g.org_unit.clone())),
    }
}

pub fn notice_kind_code(k: NoticeKind) -> &'static str {
    k.code()
}
