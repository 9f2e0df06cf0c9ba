//! The SQLite backend: every statement cached on the connection (`prepare_cached`, 64
//! statements), parameters bound and columns read without copies of their own.

use anyhow::Context;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ToSql};
use std::path::Path;
use std::sync::Mutex;

use super::{FromValue, Row, RowInner, StoreError, ToValue, Value};

/// Open a file with the durability the host promises: WAL for concurrent readers,
/// `synchronous=FULL` so an acknowledged commit survives power loss.
pub(super) fn open(path: &Path) -> anyhow::Result<Connection> {
    let conn = Connection::open(path).with_context(|| format!("打开数据库 {}", path.display()))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    // Plans never depend on a bound value (the query planner stability guarantee).
    // Without it SQLite marks a statement to be parsed again whenever a value its
    // planner looked at is bound anew — a `LIMIT ?`, a `LEFT JOIN` or an `ORDER BY`
    // whose index a bound column fixes, `LIKE ?` — so every page read and many a call
    // parsed its SQL each time and the statement cache saved nothing (the 待办 read
    // after each decision: a tenth of `serve`'s CPU, docs/performance-log.md, 2026-12-07).
    // Our plans come from the indexes alone; tests/group_commit.rs checks them.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    // Checkpoint every 10,000 WAL pages (≈40 MB) instead of 1,000: a page written by many
    // commits is copied into the database once per checkpoint, so fewer copies of the hot
    // index pages (docs/performance-log.md: 2–8% off the 10,000-application round).
    conn.pragma_update(None, "wal_autocheckpoint", 10000)?;
    // Each call runs in its own savepoint (ADR 8), so every page it changes is first
    // copied to the sub-journal; past 64 KiB SQLite spills that to a temporary file, a
    // write() per page for a journal nobody reads unless the call is rolled back. In
    // memory it stays a copy (−3% CPU per call, docs/performance-log.md). It only ever holds
    // one call's pages, and temporary sort tables.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Every statement a call runs stays prepared (a call runs about twenty kinds).
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

/// A parameter as rusqlite binds it, borrowed from the caller's value.
struct Bind<'a>(&'a dyn ToValue);

impl ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        let value = self
            .0
            .to_value()
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        Ok(ToSqlOutput::Borrowed(match value {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(i),
            Value::Real(f) => ValueRef::Real(f),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

fn bound<'a>(
    params: &'a [&'a dyn ToValue],
) -> rusqlite::ParamsFromIter<impl Iterator<Item = Bind<'a>>> {
    rusqlite::params_from_iter(params.iter().map(|p| Bind(*p)))
}

/// Runs after which a statement SQLite re-prepares on every run counts as one: the
/// schema changes of migrations re-prepare a statement a few times, never this often.
const EVERY_RUN: i32 = 16;

/// Statements seen re-prepared on every run since the process started.
static PREPARED_AGAIN_ON_EVERY_RUN: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The statements SQLite has been seen to re-prepare on every run — a statement whose
/// plan depends on a bound value (a `LEFT JOIN` on a parameter, `LIKE ?`) parses again
/// each time, and the statement cache saves nothing. Tests and the round bench assert
/// there are none.
pub fn statements_prepared_again_on_every_run() -> Vec<String> {
    PREPARED_AGAIN_ON_EVERY_RUN
        .lock()
        .map(|seen| seen.clone())
        .unwrap_or_default()
}

/// A cached statement, recorded and named in the log if SQLite re-prepares it on every
/// run.
fn cached<'c>(conn: &'c Connection, sql: &str) -> rusqlite::Result<rusqlite::CachedStatement<'c>> {
    let stmt = conn.prepare_cached(sql)?;
    // The count only grows, so each such statement is seen at the threshold once.
    if stmt.get_status(rusqlite::StatementStatus::RePrepare) == EVERY_RUN {
        tracing::warn!(sql, "SQLite re-prepares this statement on every run");
        if let Ok(mut seen) = PREPARED_AGAIN_ON_EVERY_RUN.lock() {
            seen.push(sql.to_string());
        }
    }
    Ok(stmt)
}

/// A transaction-control statement (`BEGIN`, `COMMIT`, `SAVEPOINT x` …), kept prepared
/// like any other: every call runs two of them, and parsing them each time was a few
/// microseconds of every call.
pub(super) fn control(conn: &Connection, sql: &str) -> Result<(), StoreError> {
    cached(conn, sql)?.execute([])?;
    Ok(())
}

pub(super) fn execute(
    conn: &Connection,
    sql: &str,
    params: &[&dyn ToValue],
) -> Result<usize, StoreError> {
    Ok(cached(conn, sql)?.execute(bound(params))?)
}

pub(super) fn query_opt<T>(
    conn: &Connection,
    sql: &str,
    params: &[&dyn ToValue],
    f: impl FnOnce(&Row) -> Result<T, StoreError>,
) -> Result<Option<T>, StoreError> {
    let mut stmt = cached(conn, sql)?;
    let mut rows = stmt.query(bound(params))?;
    match rows.next()? {
        Some(r) => f(&Row {
            inner: RowInner::Sqlite(r),
        })
        .map(Some),
        None => Ok(None),
    }
}

pub(super) fn query_map<T>(
    conn: &Connection,
    sql: &str,
    params: &[&dyn ToValue],
    mut f: impl FnMut(&Row) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut stmt = cached(conn, sql)?;
    let mut rows = stmt.query(bound(params))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(f(&Row {
            inner: RowInner::Sqlite(r),
        })?);
    }
    Ok(out)
}

pub(super) fn get<T: FromValue>(row: &rusqlite::Row, index: usize) -> Result<T, StoreError> {
    let value = match row.get_ref(index)? {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => {
            Value::Text(std::str::from_utf8(t).map_err(|e| StoreError::Column {
                index,
                message: e.to_string(),
            })?)
        }
        ValueRef::Blob(b) => Value::Blob(b),
    };
    T::from_value(value).map_err(|message| StoreError::Column { index, message })
}

/// Every row of every table, in rowid order, hashed (SQLite's catalog names the tables).
pub(super) fn fingerprint(conn: &Connection) -> Result<String, StoreError> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for table in tables {
        hasher.update(table.as_bytes());
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for i in 0..columns {
                let v: rusqlite::types::Value = row.get(i)?;
                hasher.update(format!("{v:?}|").as_bytes());
            }
        }
    }
    Ok(crate::db::hex(&hasher.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `sql` twenty times on `conn`, each with another key; whether it was seen
    /// re-prepared on every run.
    fn prepared_again_after_twenty_runs(conn: &Connection, sql: &str) -> usize {
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS cases (id TEXT PRIMARY KEY, state BLOB);
             CREATE TABLE IF NOT EXISTS case_filed (case_id TEXT PRIMARY KEY, part BLOB);
             INSERT OR IGNORE INTO cases VALUES ('a', x'00'), ('b', x'00');",
        )
        .expect("schema");
        for (n, id) in ["a", "b"].repeat(10).into_iter().enumerate() {
            let limit = n as i64 + 1;
            let params: [&dyn ToValue; 2] = [&id, &limit];
            let bound = sql.matches('?').count();
            query_map(conn, sql, &params[..bound], |_| Ok(())).expect("runs");
        }
        statements_prepared_again_on_every_run()
            .iter()
            .filter(|seen| *seen == sql)
            .count()
    }

    /// A `LEFT JOIN` on a bound key, as `get_case` once used.
    const LEFT_JOIN: &str = "SELECT state, part FROM cases
         LEFT JOIN case_filed ON case_filed.case_id = cases.id WHERE id = ?1";

    /// The check that keeps a plan-dependent statement out of the call path: on a
    /// connection without the query planner stability guarantee, the `LEFT JOIN`
    /// `get_case` once used is re-prepared on every run, and counted; the correlated
    /// subquery it uses now is not.
    #[test]
    fn a_statement_sqlite_prepares_again_on_every_run_is_counted() {
        let plain = Connection::open_in_memory().expect("in memory");
        assert_eq!(prepared_again_after_twenty_runs(&plain, LEFT_JOIN), 1);
        assert_eq!(
            prepared_again_after_twenty_runs(
                &plain,
                "SELECT state, (SELECT part FROM case_filed
                 WHERE case_filed.case_id = cases.id) FROM cases WHERE id = ?1",
            ),
            0
        );
    }

    /// The store's own connection plans without looking at bound values: neither that
    /// `LEFT JOIN` nor a page's bound `LIMIT` is parsed again on each run.
    #[test]
    fn the_stores_connection_prepares_a_statement_once() {
        let file = std::env::temp_dir().join(format!("qb-prepared-{}.sqlite", std::process::id()));
        let _ = std::fs::remove_file(&file);
        let conn = open(&file).expect("open");
        // Spelled apart from the test above: the record of statements is per process.
        let left_join = format!("{LEFT_JOIN} ");
        assert_eq!(prepared_again_after_twenty_runs(&conn, &left_join), 0);
        let page = "SELECT id FROM cases WHERE id >= ?1 ORDER BY id LIMIT ?2";
        assert_eq!(prepared_again_after_twenty_runs(&conn, page), 0);
        drop(conn);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }
}
