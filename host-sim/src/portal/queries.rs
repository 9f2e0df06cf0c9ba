//! The portal's list queries over the host's own tables (tasks, history, outbox, cases,
//! public records, modules, directory). They read only host-visible columns, never the
//! plugin's private state, exactly as a real OA builds its inboxes.

use anyhow::Result;

use crate::contract::Actor;
use crate::imports::role_code;
use crate::inbox;
use crate::messages;
use crate::params;
use crate::store::{Db, Row, StoreError, ToValue};

fn collect<T>(
    conn: &Db,
    sql: &str,
    params: &[&dyn ToValue],
    map: impl FnMut(&Row) -> Result<T, StoreError>,
) -> Result<Vec<T>> {
    Ok(conn.query_map(sql, params, map)?)
}

/// An open to-do with its case's list fields.
pub struct TaskItem {
    pub case_id: String,
    pub title: String,
    pub due: Option<String>,
    pub opened_at: String,
    pub case_title: String,
    pub stage_label: String,
}

impl TaskItem {
    /// The columns `t.case_id, t.title, t.due, t.opened_at, c.title, c.stage_label`.
    fn read(r: &Row) -> Result<TaskItem, StoreError> {
        Ok(TaskItem {
            case_id: r.get(0)?,
            title: r.get(1)?,
            due: r.get(2)?,
            opened_at: r.get(3)?,
            case_title: r.get(4)?,
            stage_label: r.get(5)?,
        })
    }
}

/// The first `cap` of the person's open to-dos (theirs or their group's), oldest first
/// (the 工作台's): each part of the inbox gives at most `cap` on its index.
pub fn first_open_tasks(conn: &Db, actor: &Actor, cap: i64) -> Result<Vec<TaskItem>> {
    let (user, role, org) = (&actor.user_id, role_code(actor.role), &actor.org_unit);
    let sql = format!(
        "SELECT t.case_id, t.title, t.due, t.opened_at, c.title, c.stage_label
         FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.id IN ({})
         ORDER BY t.id LIMIT ?4",
        inbox::first_ids("?4")
    );
    collect(conn, &sql, params![user, role, org, cap], TaskItem::read)
}

/// How 待办 is sorted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TodoOrder {
    /// Soonest due first; to-dos without a due date after them; then by arrival.
    Due,
    /// By arrival, oldest first.
    Arrival,
}

impl TodoOrder {
    /// The ORDER BY of a task's columns under `t.`; the task id settles ties, so a
    /// to-do keeps its place from one page to the next.
    fn columns(self, t: &str) -> String {
        match self {
            TodoOrder::Due => format!("{t}due IS NULL, {t}due, {t}opened_at, {t}id"),
            TodoOrder::Arrival => format!("{t}opened_at, {t}id"),
        }
    }
}

/// One page of the person's 待办 in `order`. The tasks are sorted and cut first and only
/// the page's are joined with their cases: an expert with a thousand score sheets to
/// fill reads twenty cases a page, not a thousand (docs/performance-log.md, 2026-12-07).
pub fn open_tasks_page(
    conn: &Db,
    actor: &Actor,
    order: TodoOrder,
    window: &Window,
) -> Result<Vec<TaskItem>> {
    let (user, role, org) = (&actor.user_id, role_code(actor.role), &actor.org_unit);
    let sql = format!(
        "SELECT t.case_id, t.title, t.due, t.opened_at, c.title, c.stage_label
         FROM (SELECT id, case_id, title, due, opened_at FROM tasks WHERE id IN ({})
               ORDER BY {} LIMIT ?4 OFFSET ?5) t
         JOIN cases c ON c.id = t.case_id ORDER BY {}",
        inbox::ids(),
        order.columns(""),
        order.columns("t.")
    );
    collect(
        conn,
        &sql,
        params![user, role, org, window.limit, window.offset],
        TaskItem::read,
    )
}

/// The due dates of the person's open to-dos that fall before `today` (`YYYY-MM-DD`):
/// the only ones that can be overdue.
pub fn open_task_dues_before(conn: &Db, actor: &Actor, today: &str) -> Result<Vec<String>> {
    let (user, role, org) = (&actor.user_id, role_code(actor.role), &actor.org_unit);
    let sql = format!(
        "SELECT due FROM tasks WHERE id IN ({}) AND due IS NOT NULL AND substr(due, 1, 10) < ?4",
        inbox::ids()
    );
    collect(conn, &sql, params![user, role, org, today], |r| r.get(0))
}

pub fn open_task_count(conn: &Db, actor: &Actor) -> Result<i64> {
    Ok(conn.query_row(
        &inbox::count(),
        params![actor.user_id, role_code(actor.role), actor.org_unit],
        |r| r.get(0),
    )?)
}

/// One action the user took.
pub struct DoneItem {
    pub case_id: String,
    pub label: String,
    pub opinion: Option<String>,
    pub at: String,
    pub case_title: String,
    pub stage_label: String,
}

/// Which rows of a list a page shows: `limit` rows after the first `offset`.
pub struct Window {
    pub limit: i64,
    pub offset: i64,
}

/// How many history lines ?1 wrote: on `history_by_actor` alone.
pub const DONE_COUNT: &str = "SELECT COUNT(*) FROM history WHERE actor_user = ?1";

pub fn done_count(conn: &Db, user_id: &str) -> Result<i64> {
    Ok(conn.query_row(DONE_COUNT, params![user_id], |r| r.get(0))?)
}

/// 已办: a window of the history rows acted by the user, newest first, walking
/// `history_by_actor` backwards.
pub fn done(conn: &Db, user_id: &str, window: &Window) -> Result<Vec<DoneItem>> {
    collect(
        conn,
        "SELECT h.case_id, h.label, h.opinion, h.at, COALESCE(c.title, h.case_id), COALESCE(c.stage_label, '')
         FROM history h LEFT JOIN cases c ON c.id = h.case_id
         WHERE h.actor_user = ?1 ORDER BY h.seq DESC LIMIT ?2 OFFSET ?3",
        params![user_id, window.limit, window.offset],
        |r| {
            Ok(DoneItem {
                case_id: r.get(0)?,
                label: r.get(1)?,
                opinion: r.get(2)?,
                at: r.get(3)?,
                case_title: r.get(4)?,
                stage_label: r.get(5)?,
            })
        },
    )
}

/// A delivered message.
pub struct Notice {
    pub id: i64,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub case_id: Option<String>,
    pub created_at: String,
    pub read: bool,
}

/// 通知 (every kind) or 抄送 (`kind = Some("carbon-copy")`) for the actor: a window of
/// them, newest first (`messages`).
pub fn notices(
    conn: &Db,
    actor: &Actor,
    kind: Option<&str>,
    window: &Window,
) -> Result<Vec<Notice>> {
    // Each part need give no more ids than the window ends at.
    let cap = window.limit.saturating_add(window.offset);
    collect(
        conn,
        &format!("{} LIMIT ?6 OFFSET ?7", messages::newest("?5")),
        params![
            actor.user_id,
            role_code(actor.role),
            actor.org_unit,
            kind,
            cap,
            window.limit,
            window.offset
        ],
        |r| {
            Ok(Notice {
                id: r.get(0)?,
                kind: r.get(1)?,
                subject: r.get(2)?,
                body: r.get(3)?,
                case_id: r.get(4)?,
                created_at: r.get(5)?,
                read: r.get(6)?,
            })
        },
    )
}

/// How many messages [`notices`] pages through.
pub fn notice_count(conn: &Db, actor: &Actor, kind: Option<&str>) -> Result<i64> {
    let sql = messages::count(kind.is_some());
    let (user, role, org) = (&actor.user_id, role_code(actor.role), &actor.org_unit);
    Ok(match kind {
        Some(kind) => conn.query_row(&sql, params![user, role, org, kind], |r| r.get(0))?,
        None => conn.query_row(&sql, params![user, role, org], |r| r.get(0))?,
    })
}

pub fn unread_count(conn: &Db, actor: &Actor) -> Result<i64> {
    Ok(conn.query_row(
        &messages::unread_count(),
        params![actor.user_id, role_code(actor.role), actor.org_unit],
        |r| r.get(0),
    )?)
}

/// Mark these messages read, once the inbox has shown them.
pub fn mark_read(conn: &Db, shown: &[i64], now: &str) -> Result<()> {
    for id in shown {
        conn.execute(
            "UPDATE outbox SET read_at = ?2 WHERE id = ?1 AND read_at IS NULL",
            params![id, now],
        )?;
    }
    Ok(())
}

/// A case's list fields.
pub struct CaseRow {
    pub id: String,
    pub year: i64,
    pub stage_label: String,
    pub title: String,
    pub version: i64,
    pub updated_at: String,
}

const CASE_COLUMNS: &str = "id, year, stage_label, title, version, updated_at";

fn case_row(r: &Row) -> Result<CaseRow, StoreError> {
    Ok(CaseRow {
        id: r.get(0)?,
        year: r.get(1)?,
        stage_label: r.get(2)?,
        title: r.get(3)?,
        version: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

/// The cases an org unit owns (an enterprise's applications) or that belong to its
/// district.
const ORG_CASES: &str = "FROM cases WHERE owner = ?1 OR district = ?1";

/// A window of [`ORG_CASES`], the latest changed first.
pub fn org_cases(conn: &Db, org_unit: &str, window: &Window) -> Result<Vec<CaseRow>> {
    if org_unit.is_empty() {
        return Ok(Vec::new());
    }
    collect(
        conn,
        &format!("SELECT {CASE_COLUMNS} {ORG_CASES} ORDER BY updated_at DESC LIMIT ?2 OFFSET ?3"),
        params![org_unit, window.limit, window.offset],
        case_row,
    )
}

pub fn org_case_count(conn: &Db, org_unit: &str) -> Result<i64> {
    if org_unit.is_empty() {
        return Ok(0);
    }
    Ok(conn.query_row(
        &format!("SELECT COUNT(*) {ORG_CASES}"),
        params![org_unit],
        |r| r.get(0),
    )?)
}

/// Cases of one kind (`batch`, `application`), newest first.
pub fn cases_of_kind(conn: &Db, kind: &str, limit: i64) -> Result<Vec<CaseRow>> {
    collect(
        conn,
        &format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE kind = ?1 ORDER BY year DESC, updated_at DESC LIMIT ?2"
        ),
        params![kind, limit],
        case_row,
    )
}

/// The cases of `kind` at one of `stages` (codes), the latest changed first.
pub fn cases_at(conn: &Db, kind: &str, stages: &[&str]) -> Result<Vec<CaseRow>> {
    if stages.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (2..stages.len() + 2).map(|i| format!("?{i}")).collect();
    let mut args: Vec<&dyn ToValue> = vec![&kind];
    args.extend(stages.iter().map(|s| s as &dyn ToValue));
    collect(
        conn,
        &format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE kind = ?1 AND stage IN ({})
             ORDER BY updated_at DESC",
            marks.join(", ")
        ),
        &args,
        case_row,
    )
}

/// A case's kind and year, as the host files them; `None` for an unknown id.
pub fn case_kind_and_year(conn: &Db, id: &str) -> Result<Option<(String, i64)>> {
    Ok(conn.query_opt(
        "SELECT kind, year FROM cases WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// A published record (公开透明).
pub struct PublicRecord {
    pub kind: String,
    pub year: i64,
    pub title: String,
    pub body: String,
    pub case_id: Option<String>,
    pub published_at: String,
}

/// Records not withdrawn (H9: a revoked benchmark's catalogue entry is off the page).
const PUBLIC: &str = "FROM public_records WHERE withdrawn_at IS NULL";

/// A window of the public records, newest first.
pub fn public_records(conn: &Db, window: &Window) -> Result<Vec<PublicRecord>> {
    collect(
        conn,
        &format!(
            "SELECT kind, year, title, body, case_id, published_at {PUBLIC}
             ORDER BY id DESC LIMIT ?1 OFFSET ?2"
        ),
        params![window.limit, window.offset],
        |r| {
            Ok(PublicRecord {
                kind: r.get(0)?,
                year: r.get(1)?,
                title: r.get(2)?,
                body: r.get(3)?,
                case_id: r.get(4)?,
                published_at: r.get(5)?,
            })
        },
    )
}

pub fn public_record_count(conn: &Db) -> Result<i64> {
    Ok(
        conn.query_row(&format!("SELECT COUNT(*) {PUBLIC}"), params![], |r| {
            r.get(0)
        })?,
    )
}

/// An installed plugin build.
pub struct ModuleRow {
    pub sha256: String,
    pub contract: String,
    pub size: i64,
    pub installed_at: String,
    pub active: bool,
}

pub fn modules(conn: &Db) -> Result<Vec<ModuleRow>> {
    collect(
        conn,
        "SELECT sha256, contract, size, installed_at, active FROM modules ORDER BY id DESC",
        params![],
        |r| {
            Ok(ModuleRow {
                sha256: r.get(0)?,
                contract: r.get(1)?,
                size: r.get(2)?,
                installed_at: r.get(3)?,
                active: r.get(4)?,
            })
        },
    )
}

/// A directory entry.
pub struct UserRow {
    pub user_id: String,
    pub name: String,
    pub role: String,
    pub org_unit: String,
    pub org_name: String,
    pub tags: String,
}

pub fn users(conn: &Db) -> Result<Vec<UserRow>> {
    collect(
        conn,
        &format!("SELECT {USER_COLUMNS} FROM users ORDER BY role, org_unit, user_id"),
        params![],
        user_row,
    )
}

/// A directory entry's columns, in the order [`user_row`] reads them.
const USER_COLUMNS: &str = "user_id, name, role, org_unit, org_name, tags";

fn user_row(r: &Row) -> Result<UserRow, StoreError> {
    Ok(UserRow {
        user_id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        org_unit: r.get(3)?,
        org_name: r.get(4)?,
        tags: r.get(5)?,
    })
}

/// One directory entry, by its id.
pub fn user(conn: &Db, user_id: &str) -> Result<Option<UserRow>> {
    Ok(conn.query_opt(
        &format!("SELECT {USER_COLUMNS} FROM users WHERE user_id = ?1"),
        params![user_id],
        user_row,
    )?)
}

/// The people holding `role` in `org_unit`, on `users_by_role`.
pub fn members(conn: &Db, role: &str, org_unit: &str) -> Result<Vec<UserRow>> {
    collect(
        conn,
        &format!(
            "SELECT {USER_COLUMNS} FROM users WHERE role = ?1 AND org_unit = ?2 ORDER BY user_id"
        ),
        params![role, org_unit],
        user_row,
    )
}

/// The directory's first person holding `role` (in the order of the directory's list).
pub fn first_with_role(conn: &Db, role: &str) -> Result<Option<String>> {
    Ok(conn.query_opt(
        "SELECT user_id FROM users WHERE role = ?1 ORDER BY org_unit, user_id LIMIT 1",
        params![role],
        |r| r.get(0),
    )?)
}

/// An org unit's name as the directory gives it, from any of its members. No index
/// serves it: for org units no member named on the page belongs to.
pub fn org_name(conn: &Db, org_unit: &str) -> Result<Option<String>> {
    Ok(conn.query_opt(
        "SELECT org_name FROM users WHERE org_unit = ?1 LIMIT 1",
        params![org_unit],
        |r| r.get(0),
    )?)
}

/// An entry of the enterprise register.
pub struct EnterpriseRow {
    pub credit_code: String,
    pub name: String,
    pub district: Option<String>,
    pub independent: bool,
    pub bad_records: String,
}

pub fn enterprises(conn: &Db) -> Result<Vec<EnterpriseRow>> {
    collect(
        conn,
        "SELECT credit_code, name, district, independent_legal_entity, bad_records FROM enterprises ORDER BY district, credit_code",
        params![],
        |r| {
            Ok(EnterpriseRow {
                credit_code: r.get(0)?,
                name: r.get(1)?,
                district: r.get(2)?,
                independent: r.get(3)?,
                bad_records: r.get(4)?,
            })
        },
    )
}

/// Row counts of the host's tables, for the administrator's overview.
pub fn table_counts(conn: &Db) -> Result<Vec<(&'static str, i64)>> {
    [
        "cases",
        "tasks",
        "history",
        "outbox",
        "public_records",
        "attachments",
        "seals",
    ]
    .into_iter()
    .map(|t| {
        let n: i64 = conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), params![], |r| {
            r.get(0)
        })?;
        Ok((t, n))
    })
    .collect()
}
