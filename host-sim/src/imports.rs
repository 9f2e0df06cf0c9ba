//! The host services the plugin imports, implemented on the store's transaction of the
//! current call. Everything a call queues (notifications) lives in `CallCtx` until the
//! call's outcome is committed with it.

use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmtime::{ResourceLimiter, Result, StoreLimits};
use wasmtime_wasi::{ResourceTable, WasiCtx, WasiCtxView, WasiView};

use crate::calendar::Calendar;
use crate::codes::{Code, stage_code, stage_from_code, stage_kind};
use crate::engine::zhengzhou::quality_benchmark::{
    attachments, calendar as wit_calendar, case_store, clock, directory, log, notifications,
    random, registry, seals, types,
};
use crate::foresight::{Journal, Read};
use crate::params;
use crate::store::{Db, Param, Row, StoreError, ToValue};
use types::{
    Action, Actor, CaseKind, CaseSummary, HistoryEntry, Recipient, RecordedBy, Role, SealCapacity,
    SealPurpose, SealRef, Stage, StoredCase, Task,
};

/// Store data of a plugin instance. An instance serves many calls (ADR 7); between
/// calls it holds no connection, and each call lends it the one in its transaction.
pub struct CallCtx {
    /// The connection, inside the current call's open transaction; none between calls.
    pub conn: Option<Db>,
    pub calendar: Arc<Calendar>,
    /// The call's single instant, so every read of the clock within a call agrees.
    pub now: String,
    pub notices: Vec<notifications::Notification>,
    pub limits: Limits,
    /// A seed `random.seed` returns instead of a fresh one: scenarios fix it so that an
    /// expert draw is the same on every run and on every host.
    pub fixed_seed: Option<u64>,
    /// When the call is decided ahead of the writer (ADR 14), every answer a host
    /// service gave it, for the writer to check against its own transaction; and the
    /// plugin's log lines, written only if the writer keeps the decision.
    pub journal: Option<Journal>,
    /// Time the current call spent in the host services (reading the store, queueing
    /// notices, the calendar, the clock): the host's share of a call, which the bench
    /// leaves out when it sets the plugin's own work against the same work natively.
    /// `None`: not timed (the clock is read twice per service only when asked).
    pub serving: Option<Duration>,
    wasi: WasiCtx,
    table: ResourceTable,
}

/// The store's memory limit, remembering how much linear memory the instance holds so
/// the host can recycle an instance that has grown.
pub struct Limits {
    inner: StoreLimits,
    /// Bytes of linear memory the instance holds now.
    pub memory: usize,
}

impl Limits {
    pub fn new(inner: StoreLimits) -> Self {
        Limits { inner, memory: 0 }
    }
}

impl ResourceLimiter for Limits {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool> {
        let allowed = self.inner.memory_growing(current, desired, maximum)?;
        if allowed {
            self.memory = self.memory.max(desired);
        }
        Ok(allowed)
    }

    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool> {
        self.inner.table_growing(current, desired, maximum)
    }

    fn instances(&self) -> usize {
        self.inner.instances()
    }

    fn tables(&self) -> usize {
        self.inner.tables()
    }

    fn memories(&self) -> usize {
        self.inner.memories()
    }
}

impl CallCtx {
    pub fn new(
        conn: Option<Db>,
        calendar: Arc<Calendar>,
        now: String,
        limits: StoreLimits,
    ) -> Self {
        // Grants nothing: no args, env, preopens or network; stdio goes nowhere.
        let wasi = WasiCtx::builder().build();
        CallCtx {
            conn,
            calendar,
            now,
            notices: Vec::new(),
            limits: Limits::new(limits),
            fixed_seed: None,
            journal: None,
            serving: None,
            wasi,
            table: ResourceTable::new(),
        }
    }

    /// The current call's connection; a host service called outside a call traps.
    fn db(&self) -> Result<&Db> {
        self.conn
            .as_ref()
            .ok_or_else(|| wasmtime::Error::msg("host service called outside a plugin call"))
    }

    /// Answer from a host service, adding the time it took to `serving` if timed.
    fn serve<T>(&mut self, service: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        if self.serving.is_none() {
            return service(self);
        }
        let started = Instant::now();
        let answer = service(self);
        if let Some(serving) = &mut self.serving {
            *serving += started.elapsed();
        }
        answer
    }

    /// When the call is decided ahead (ADR 14), note a question a host service
    /// answered from the store, with its answer; `read` runs only then.
    fn note(&mut self, read: impl FnOnce() -> Read) {
        if let Some(journal) = &mut self.journal {
            journal.reads.push(read());
        }
    }
}

impl WasiView for CallCtx {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// Stable role code, as stored in the directory.
pub fn role_code(role: Role) -> &'static str {
    role.code()
}

pub fn role_from_code(code: &str) -> Option<Role> {
    Role::from_code(code)
}

const SUMMARY_COLUMNS: &str = "id, kind, year, stage, stage_label, district, owner, title, score";

pub fn summary_from_row(r: &Row) -> Result<CaseSummary, StoreError> {
    let kind = CaseKind::from_code(&r.get::<String>(1)?).unwrap_or(CaseKind::Application);
    let code: String = r.get(3)?;
    let stage = stage_from_code(kind, &code).ok_or_else(|| StoreError::Column {
        index: 3,
        message: format!("unknown stage `{code}`"),
    })?;
    Ok(CaseSummary {
        id: r.get(0)?,
        year: r.get(2)?,
        stage,
        district: r.get(5)?,
        owner: r.get(6)?,
        title: r.get(7)?,
        score: r.get(8)?,
    })
}

/// One stored case with its filed part (H3), read in the caller's transaction.
pub fn get_case(conn: &Db, case_id: &str) -> Result<Option<StoredCase>, StoreError> {
    // A correlated subquery, not a LEFT JOIN: SQLite re-prepares a LEFT JOIN with a
    // bound key on every run (its plan depends on the value), a tenth of a call's CPU.
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, version, state,
                (SELECT part FROM case_filed WHERE case_filed.case_id = cases.id)
         FROM cases WHERE id = ?1"
    );
    conn.query_opt(&sql, params![case_id], |r| {
        Ok(StoredCase {
            summary: summary_from_row(r)?,
            version: r.get::<i64>(9)? as u64,
            state: r.get(10)?,
            filed: r.get::<Option<Vec<u8>>>(11)?.unwrap_or_default(),
        })
    })
}

impl types::Host for CallCtx {}

impl notifications::Host for CallCtx {
    fn send(&mut self, messages: Vec<notifications::Notification>) -> Result<()> {
        self.serve(|ctx| {
            // Past a bound the call traps (an `Err` here) and rolls back whole.
            crate::bounds::queue_notices(&mut ctx.notices, messages)
                .map_err(|e| wasmtime::Error::msg(e.to_string()))
        })
    }
}

impl clock::Host for CallCtx {
    fn now(&mut self) -> Result<String> {
        self.serve(|ctx| Ok(ctx.now.clone()))
    }
}

impl wit_calendar::Host for CallCtx {
    fn add_working_days(&mut self, date: String, days: u32) -> Result<Result<String, String>> {
        self.serve(|ctx| {
            Ok(ctx
                .calendar
                .add_working_days(&date, days)
                .map_err(|e| e.to_string()))
        })
    }
}

impl random::Host for CallCtx {
    fn seed(&mut self) -> Result<u64> {
        self.serve(|ctx| {
            if let Some(seed) = ctx.fixed_seed {
                return Ok(seed);
            }
            let mut bytes = [0u8; 8];
            getrandom(&mut bytes)?;
            Ok(u64::from_le_bytes(bytes))
        })
    }
}

fn getrandom(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)?;
    Ok(())
}

impl log::Host for CallCtx {
    fn write(&mut self, level: log::Level, message: String) -> Result<()> {
        self.serve(|ctx| {
            // The plugin's lines go to the operator log, never to a person; a line is cut
            // at a bound so a plugin cannot flood the operator's disk.
            let message = crate::bounds::cut_text(&message);
            match &mut ctx.journal {
                // Decided ahead: written only if the writer keeps the decision (ADR 14).
                Some(journal) => journal.logs.push((level, message.into_owned())),
                None => write_log(level, &message),
            }
            Ok(())
        })
    }
}

/// Write a plugin's log line to the operator log.
pub fn write_log(level: log::Level, message: &str) {
    match level {
        log::Level::Debug => tracing::debug!(target: "plugin", "{message}"),
        log::Level::Info => tracing::info!(target: "plugin", "{message}"),
        log::Level::Warn => tracing::warn!(target: "plugin", "{message}"),
        log::Level::Error => tracing::error!(target: "plugin", "{message}"),
    }
}

impl seals::Host for CallCtx {
    /// Genuine only if the seal service issued exactly this seal (H5).
    fn verify(&mut self, seal: SealRef) -> Result<bool> {
        self.serve(|ctx| {
            let stored = stored_seal(ctx.db()?, &seal.id)?;
            let genuine = stored.as_ref().is_some_and(|stored| *stored == seal);
            ctx.note(|| Read::Seal {
                id: seal.id,
                answer: stored,
            });
            Ok(genuine)
        })
    }
}

/// A seal as the seal service recorded it.
pub fn stored_seal(conn: &Db, id: &str) -> Result<Option<SealRef>, StoreError> {
    conn.query_opt(
        "SELECT holder, signer, signed_at, digest, purpose_case, purpose_action, purpose_field, capacity
         FROM seals WHERE id = ?1",
        params![id],
        |r| {
            let action: String = r.get(5)?;
            let capacity: String = r.get(7)?;
            Ok((
                SealRef {
                    id: id.to_string(),
                    purpose: SealPurpose {
                        case_id: r.get(4)?,
                        action: Action::from_code(&action).unwrap_or(Action::Submit),
                        field: r.get(6)?,
                    },
                    capacity: SealCapacity::from_code(&capacity).unwrap_or(SealCapacity::OrgSeal),
                    holder: r.get(0)?,
                    signer: r.get(1)?,
                    signed_at: r.get(2)?,
                    digest: r.get(3)?,
                },
                Action::from_code(&action).is_some() && SealCapacity::from_code(&capacity).is_some(),
            ))
        },
    )
    // A seal recorded before contract 0.2 has no purpose: it binds nothing now.
    .map(|found| found.and_then(|(seal, complete)| complete.then_some(seal)))
}

impl attachments::Host for CallCtx {
    fn lookup(&mut self, id: String) -> Result<Option<attachments::StoredAttachment>> {
        self.serve(|ctx| {
            let answer = stored_attachment(ctx.db()?, &id)?;
            ctx.note(|| Read::Attachment {
                id,
                answer: answer.clone(),
            });
            Ok(answer)
        })
    }
}

/// An uploaded file as the upload service recorded it.
pub fn stored_attachment(
    conn: &Db,
    id: &str,
) -> Result<Option<attachments::StoredAttachment>, StoreError> {
    conn.query_opt(
        "SELECT name, media_type, size, sha256, uploaded_by, case_id, linked FROM attachments WHERE id = ?1",
        params![id],
        |r| {
            Ok(attachments::StoredAttachment {
                file: types::AttachmentRef {
                    id: id.to_string(),
                    name: r.get(0)?,
                    media_type: r.get(1)?,
                    size: r.get::<i64>(2)? as u64,
                    sha256: r.get(3)?,
                },
                uploaded_by: r.get(4)?,
                case_id: r.get(5)?,
                linked: r.get(6)?,
            })
        },
    )
}

impl directory::Host for CallCtx {
    fn members(&mut self, role: Role, org_unit: Option<String>) -> Result<Vec<directory::Person>> {
        self.serve(|ctx| {
            let people = members(ctx.db()?, role, org_unit.as_deref())?;
            ctx.note(|| Read::Members {
                role,
                org_unit,
                answer: people.clone(),
            });
            Ok(people)
        })
    }
}

/// The directory's people of a role, in an org unit if given.
pub fn members(
    conn: &Db,
    role: Role,
    org_unit: Option<&str>,
) -> Result<Vec<directory::Person>, StoreError> {
    conn.query_map(
        "SELECT user_id, name, org_unit, org_name, tags FROM users
         WHERE role = ?1 AND (org_unit = ?2 OR ?2 IS NULL) ORDER BY user_id",
        params![role_code(role), org_unit],
        |r| {
            let tags: String = r.get(4)?;
            Ok(directory::Person {
                user_id: r.get(0)?,
                name: r.get(1)?,
                role,
                org_unit: r.get(2)?,
                org_name: r.get(3)?,
                tags: tags
                    .split(',')
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        },
    )
}

impl registry::Host for CallCtx {
    fn lookup_enterprise(
        &mut self,
        credit_code: String,
    ) -> Result<Option<registry::EnterpriseRecord>> {
        self.serve(|ctx| {
            let answer = enterprise(ctx.db()?, &credit_code)?;
            ctx.note(|| Read::Enterprise {
                credit_code,
                answer: answer.clone(),
            });
            Ok(answer)
        })
    }
}

/// The registry's record of an enterprise by its credit code.
pub fn enterprise(
    conn: &Db,
    credit_code: &str,
) -> Result<Option<registry::EnterpriseRecord>, StoreError> {
    conn.query_opt(
        "SELECT name, district, independent_legal_entity, bad_records FROM enterprises WHERE credit_code = ?1",
        params![credit_code],
        |r| {
            let bad: String = r.get(3)?;
            Ok(registry::EnterpriseRecord {
                name: r.get(0)?,
                district: r.get(1)?,
                independent_legal_entity: r.get(2)?,
                bad_records: bad
                    .split('\n')
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        },
    )
}

/// The WHERE clause and parameters of a case filter. Stages are matched with `IN`, so
/// the `cases_by_year` and `cases_by_year_district` indexes serve every filter.
///
/// The kind and the year are written into the SQL, not bound, so that the planner sees
/// them: the plans `tests/group_commit.rs` asserts are made with them written. (Before
/// the connection's query planner stability guarantee, ADR 12, SQLite also re-prepared
/// an `ORDER BY` query on every run when a bound value fixed a column of its index: the
/// batch chunks did, once per chunk.) Both are safe to write: the kind's code is one of
/// the contract's fixed words and the year a number. How the district is given depends
/// on what the clause is for ([`FilterFor`]); see below.
pub fn filter_sql(f: &case_store::CaseFilter, used_for: FilterFor) -> (String, Vec<Param>) {
    let mut sql = format!("kind = '{}' AND year = {}", f.kind.code(), f.year);
    let mut args = Vec::new();
    match &f.district {
        // Listing a district's cases in id order, SQLite weighs an index on the filter
        // and a sort against the id order by the district's statistics (and before the
        // stability guarantee, prepared the statement again on every run): the district
        // is written into the SQL, as the kind and year are. Counting stays bound: one
        // plan serves every district (the quota check), and sixteen would crowd the
        // statement cache.
        // Anything but a plain code is bound.
        Some(d) if used_for == FilterFor::Listing && is_plain_code(d) => {
            sql.push_str(&format!(" AND district = '{d}'"))
        }
        Some(d) => {
            args.push(Param::Text(d.clone()));
            sql.push_str(&format!(" AND district = ?{}", args.len()));
        }
        None => {}
    }
    let stages: Vec<&Stage> = f
        .stages
        .iter()
        .filter(|s| stage_kind(**s) == f.kind)
        .collect();
    if !f.stages.is_empty() {
        let marks: Vec<String> = stages
            .iter()
            .map(|s| {
                args.push(Param::Text(stage_code(**s).to_string()));
                format!("?{}", args.len())
            })
            .collect();
        // A filter naming only stages of another kind selects nothing.
        if marks.is_empty() {
            sql.push_str(" AND 1 = 0");
        } else {
            sql.push_str(&format!(" AND stage IN ({})", marks.join(", ")));
        }
    }
    (sql, args)
}

/// What a case filter's clause is for: it shapes how the clause gives the district.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterFor {
    /// Listing the cases in id order ([`query_cases`]: the batch chunks).
    Listing,
    /// Counting them ([`count_cases`]: the quota check).
    Counting,
}

/// Whether `s` is an org-unit code safe to write into SQL as it is (`zhongyuan`, `410102`).
fn is_plain_code(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A run-time parameter list as the store binds it.
pub fn bound(args: &[Param]) -> Vec<&dyn ToValue> {
    args.iter().map(|a| a as &dyn ToValue).collect()
}

/// The user id the host records for the system (timers, `by: system` entries).
pub const SYSTEM_USER: &str = "system";

/// Who the host recorded for a history row.
fn recorded_actor(r: &Row, at: usize) -> Result<Actor, StoreError> {
    let role: String = r.get(at + 2)?;
    Ok(Actor {
        user_id: r.get(at)?,
        name: r.get(at + 1)?,
        role: Role::from_code(&role).unwrap_or(Role::Administrator),
        org_unit: r.get(at + 3)?,
        org_name: r.get(at + 4)?,
    })
}

/// A recorded history row as the contract's entry. Rows written before contract 0.2
/// carry codes that 0.2 renamed or folded (`return`, `aggregate`).
pub fn history_entry(r: &Row, kind: CaseKind) -> Result<HistoryEntry, StoreError> {
    let action: String = r.get(1)?;
    let action = match action.as_str() {
        "return" => Action::ReturnForRevision,
        "aggregate" => Action::Score,
        other => Action::from_code(other).unwrap_or(Action::Remind),
    };
    let from: String = r.get(3)?;
    let to: String = r.get(4)?;
    // Column 7 is the recorded user: the host records `by: system` as its system actor.
    let by: String = r.get(7)?;
    Ok(HistoryEntry {
        case_id: r.get(0)?,
        action,
        label: r.get(2)?,
        from_stage: stage_from_code(kind, &from),
        to_stage: stage_from_code(kind, &to).unwrap_or(match kind {
            CaseKind::Batch => Stage::Batch(types::BatchStage::Open),
            CaseKind::Application => Stage::Application(types::ApplicationStage::Draft),
        }),
        opinion: r.get(5)?,
        detail: r.get(6)?,
        by: if by == SYSTEM_USER {
            RecordedBy::System
        } else {
            RecordedBy::Caller
        },
    })
}

impl case_store::Host for CallCtx {
    fn get(&mut self, case_id: String) -> Result<Option<StoredCase>> {
        self.serve(|ctx| {
            let case = get_case(ctx.db()?, &case_id)?;
            // A case's version changes with every write of its row or its filed part, so the
            // version alone tells whether the writer would read the same case.
            ctx.note(|| Read::Case {
                version: case.as_ref().map(|c| c.version),
                id: case_id,
            });
            Ok(case)
        })
    }

    fn query(
        &mut self,
        filter: case_store::CaseFilter,
        limit: Option<u32>,
    ) -> Result<Vec<CaseSummary>> {
        self.serve(|ctx| {
            let answer = query_cases(ctx.db()?, &filter, limit)?;
            ctx.note(|| Read::Cases {
                filter,
                limit,
                answer: answer.clone(),
            });
            Ok(answer)
        })
    }

    fn count(&mut self, filter: case_store::CaseFilter) -> Result<u32> {
        self.serve(|ctx| {
            let answer = count_cases(ctx.db()?, &filter)?;
            ctx.note(|| Read::Count { filter, answer });
            Ok(answer)
        })
    }

    fn history(&mut self, case_id: String) -> Result<Vec<case_store::RecordedEntry>> {
        self.serve(|ctx| {
            let answer = case_history(ctx.db()?, &case_id)?;
            ctx.note(|| Read::History {
                case_id,
                answer: answer.clone(),
            });
            Ok(answer)
        })
    }

    fn open_tasks(&mut self, case_id: String) -> Result<Vec<case_store::OpenTask>> {
        self.serve(|ctx| {
            let answer = open_tasks(ctx.db()?, &case_id)?;
            ctx.note(|| Read::OpenTasks {
                case_id,
                answer: answer.clone(),
            });
            Ok(answer)
        })
    }
}

/// The version of a stored case, if there is one.
pub fn case_version(conn: &Db, case_id: &str) -> Result<Option<u64>, StoreError> {
    conn.query_opt(
        "SELECT version FROM cases WHERE id = ?1",
        params![case_id],
        |r| Ok(r.get::<i64>(0)? as u64),
    )
}

/// The cases a filter selects, by id, at most `limit`.
pub fn query_cases(
    conn: &Db,
    filter: &case_store::CaseFilter,
    limit: Option<u32>,
) -> Result<Vec<CaseSummary>, StoreError> {
    let (clause, args) = filter_sql(filter, FilterFor::Listing);
    // No limit is no LIMIT clause: SQLite's `LIMIT -1` is refused by PostgreSQL.
    let limit = limit.map_or(String::new(), |n| format!(" LIMIT {n}"));
    let sql = format!("SELECT {SUMMARY_COLUMNS} FROM cases WHERE {clause} ORDER BY id{limit}");
    conn.query_map(&sql, &bound(&args), summary_from_row)
}

/// How many cases a filter selects.
pub fn count_cases(conn: &Db, filter: &case_store::CaseFilter) -> Result<u32, StoreError> {
    let (clause, args) = filter_sql(filter, FilterFor::Counting);
    let sql = format!("SELECT COUNT(*) FROM cases WHERE {clause}");
    let n: i64 = conn.query_row(&sql, &bound(&args), |r| r.get(0))?;
    Ok(n as u32)
}

/// A case's recorded history, in order.
pub fn case_history(
    conn: &Db,
    case_id: &str,
) -> Result<Vec<case_store::RecordedEntry>, StoreError> {
    let kind =
        get_case(conn, case_id)?.map_or(CaseKind::Application, |c| stage_kind(c.summary.stage));
    conn.query_map(
        "SELECT case_id, action, label, from_stage, to_stage, opinion, detail, actor_user,
                actor_user, actor_name, actor_role, actor_org, actor_org_name, at, seq
         FROM history WHERE case_id = ?1 ORDER BY seq",
        params![case_id],
        |r| {
            Ok(case_store::RecordedEntry {
                entry: history_entry(r, kind)?,
                actor: recorded_actor(r, 8)?,
                at: r.get(13)?,
                seq: r.get::<i64>(14)? as u64,
            })
        },
    )
}

/// A case's open tasks, with their assignees' names.
pub fn open_tasks(conn: &Db, case_id: &str) -> Result<Vec<case_store::OpenTask>, StoreError> {
    conn.query_map(
        "SELECT t.case_id, t.key, t.title, t.assignee_user, t.assignee_role, t.assignee_org, t.due,
                t.opened_at, u.name, (SELECT org_name FROM users WHERE org_unit = t.assignee_org LIMIT 1)
         FROM tasks t LEFT JOIN users u ON u.user_id = t.assignee_user
         WHERE t.case_id = ?1 AND t.closed_at IS NULL ORDER BY t.id",
        params![case_id],
        |r| {
            let user: Option<String> = r.get(3)?;
            let role: Option<String> = r.get(4)?;
            let org: Option<String> = r.get(5)?;
            let assignee = match (user, role.as_deref().and_then(Role::from_code)) {
                (Some(u), _) => Recipient::User(u),
                (None, Some(role)) => Recipient::Group(types::GroupRef {
                    role,
                    org_unit: org.clone().unwrap_or_default(),
                }),
                (None, None) => Recipient::User(String::new()),
            };
            let person: Option<String> = r.get(8)?;
            let org_name: Option<String> = r.get(9)?;
            let assignee_name = match (&assignee, person) {
                (Recipient::User(_), Some(name)) => name,
                (Recipient::User(u), None) => u.clone(),
                (Recipient::Group(g), _) => format!(
                    "{}（{}）",
                    org_name.unwrap_or_else(|| g.org_unit.clone()),
                    crate::portal::role_label(g.role.code())
                ),
            };
            Ok(case_store::OpenTask {
                task: Task {
                    case_id: r.get(0)?,
                    key: r.get(1)?,
                    title: r.get(2)?,
                    assignee,
                    due: r.get(6)?,
                },
                assignee_name,
                opened_at: r.get(7)?,
            })
        },
    )
}
