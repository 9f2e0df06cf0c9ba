//! The portal's list queries over the host's own tables (tasks, history, outbox, cases,
//! public records, modules, directory). They read only host-visible columns, never the
//! plugin's private state, exactly as a real OA builds its inboxes.

use anyhow::Result;

use crate::contract::Actor;
use crate::imports::role_code;
use crate::inbox;
use crate::params;
use crate::store::{Db, Row, StoreError, ToValue};

/// "Addressed to this actor": to the user, or to the (role, org unit) group they belong to.
const FOR_ACTOR: &str = "(recipient_user = ?1 OR (recipient_role = ?2 AND recipient_org = ?3))";

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

/// 待办: open tasks for the user or the user's group, oldest first.
pub fn open_tasks(conn: &Db, actor: &Actor) -> Result<Vec<TaskItem>> {
    collect(
        conn,
        &format!(
            "SELECT t.case_id, t.title, t.due, t.opened_at, c.title, c.stage_label
             FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.id IN ({}) ORDER BY t.id",
            inbox::ids()
        ),
        params![actor.user_id, role_code(actor.role), actor.org_unit],
        |r| {
            Ok(TaskItem {
                case_id: r.get(0)?,
                title: r.get(1)?,
                due: r.get(2)?,
                opened_at: r.get(3)?,
                case_title: r.get(4)?,
                stage_label: r.get(5)?,
            })
        },
    )
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

/// 已办: history rows acted by the user, newest first.
pub fn done(conn: &Db, user_id: &str) -> Result<Vec<DoneItem>> {
    collect(
        conn,
        "SELECT h.case_id, h.label, h.opinion, h.at, COALESCE(c.title, h.case_id), COALESCE(c.stage_label, '')
         FROM history h LEFT JOIN cases c ON c.id = h.case_id
         WHERE h.actor_user = ?1 ORDER BY h.seq DESC LIMIT 500",
        params![user_id],
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
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub case_id: Option<String>,
    pub created_at: String,
    pub read: bool,
}

/// 通知 (every kind) or 抄送 (`kind = Some("carbon-copy")`) for the actor, newest first.
pub fn notices(conn: &Db, actor: &Actor, kind: Option<&str>) -> Result<Vec<Notice>> {
    collect(
        conn,
        &format!(
            "SELECT kind, subject, body, case_id, created_at, read_at IS NOT NULL FROM outbox
             WHERE {FOR_ACTOR} AND (kind = ?4 OR ?4 IS NULL) ORDER BY id DESC LIMIT 500"
        ),
        params![actor.user_id, role_code(actor.role), actor.org_unit, kind],
        |r| {
            Ok(Notice {
                kind: r.get(0)?,
                subject: r.get(1)?,
                body: r.get(2)?,
                case_id: r.get(3)?,
                created_at: r.get(4)?,
                read: r.get(5)?,
            })
        },
    )
}

pub fn unread_count(conn: &Db, actor: &Actor) -> Result<i64> {
    Ok(conn.query_row(
        &format!("SELECT COUNT(*) FROM outbox WHERE {FOR_ACTOR} AND read_at IS NULL"),
        params![actor.user_id, role_code(actor.role), actor.org_unit],
        |r| r.get(0),
    )?)
}

/// Mark the actor's messages read once the inbox has been shown.
pub fn mark_read(conn: &Db, actor: &Actor, now: &str) -> Result<()> {
    conn.execute(
        &format!("UPDATE outbox SET read_at = ?4 WHERE {FOR_ACTOR} AND read_at IS NULL"),
        params![actor.user_id, role_code(actor.role), actor.org_unit, now],
    )?;
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

/// Cases an org unit owns (an enterprise's applications) or that belong to its district.
pub fn org_cases(conn: &Db, org_unit: &str) -> Result<Vec<CaseRow>> {
    if org_unit.is_empty() {
        return Ok(Vec::new());
    }
    collect(
        conn,
        &format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE owner = ?1 OR district = ?1 ORDER BY updated_at DESC LIMIT 500"
        ),
        params![org_unit],
        case_row,
    )
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

pub fn public_records(conn: &Db) -> Result<Vec<PublicRecord>> {
    collect(
        conn,
        // H9: a withdrawn record (a revoked benchmark's catalogue entry) is off the page.
        "SELECT kind, year, title, body, case_id, published_at FROM public_records
         WHERE withdrawn_at IS NULL ORDER BY id DESC LIMIT 500",
        params![],
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
        "SELECT user_id, name, role, org_unit, org_name, tags FROM users ORDER BY role, org_unit, user_id",
        params![],
        |r| {
            Ok(UserRow {
                user_id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                org_unit: r.get(3)?,
                org_name: r.get(4)?,
                tags: r.get(5)?,
            })
        },
    )
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
