//! The host's store: every database access of host-sim goes through `Db` (ADR 12).
//! SQLite is its only backend today; PostgreSQL joins as a second variant behind the
//! same methods, so no caller changes when it does. The rules the methods keep for
//! that: they take `&self` and hand out no borrow that outlives the call (rows are read
//! inside a closure), SQL text is shared with `?1 … ?N` placeholders, and transaction
//! starts are named (`begin_write`), because each database spells them its own way.

mod error;
mod migrate;
mod sqlite;
mod value;

pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use value::{FromValue, Param, ToValue, Value};

use std::path::Path;

/// The host's database connection.
pub struct Db {
    backend: Backend,
}

enum Backend {
    Sqlite(rusqlite::Connection),
}

/// One row of a result, readable only inside the closure it is lent to.
pub struct Row<'a> {
    inner: RowInner<'a>,
}

enum RowInner<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
}

impl Row<'_> {
    /// Column `index` (from 0) as `T`; NULL reads as `None` for an `Option<T>`.
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T, StoreError> {
        match &self.inner {
            RowInner::Sqlite(r) => sqlite::get(r, index),
        }
    }
}

impl Db {
    /// Open (creating if needed) a SQLite file, set up for durability, and migrate it.
    pub fn open_sqlite(path: &Path) -> anyhow::Result<Db> {
        let mut conn = sqlite::open(path)?;
        migrate::migrate_sqlite(&mut conn)?;
        Ok(Db {
            backend: Backend::Sqlite(conn),
        })
    }

    /// A database in memory with no tables: for a call that reads nothing (the catalog).
    pub fn scratch() -> Result<Db, StoreError> {
        Ok(Db {
            backend: Backend::Sqlite(rusqlite::Connection::open_in_memory()?),
        })
    }

    /// The file the database lives in, when it is a file (SQLite); tests open it too.
    pub fn path(&self) -> Option<&str> {
        match &self.backend {
            Backend::Sqlite(c) => c.path(),
        }
    }

    /// Run one statement; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::execute(c, sql, params),
        }
    }

    /// The first row of a query, read by `f`; `StoreError::NoRows` when there is none.
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: impl FnOnce(&Row) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.query_opt(sql, params, f)?.ok_or(StoreError::NoRows)
    }

    /// The first row of a query, read by `f`, if there is one.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: impl FnOnce(&Row) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::query_opt(c, sql, params, f),
        }
    }

    /// Every row of a query, each read by `f`.
    pub fn query_map<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: impl FnMut(&Row) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::query_map(c, sql, params, f),
        }
    }

    /// Run statements without parameters (DDL, `ROLLBACK TO …; RELEASE …`), uncached.
    pub fn batch(&self, sql: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => Ok(c.execute_batch(sql)?),
        }
    }

    /// Start a transaction that will write. SQLite takes the write lock now
    /// (`BEGIN IMMEDIATE`), so the transaction never fails later for want of it.
    pub fn begin_write(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => Ok(c.execute_batch("BEGIN IMMEDIATE")?),
        }
    }

    /// Start a transaction that only reads (or is always rolled back).
    pub fn begin_read(&self) -> Result<(), StoreError> {
        self.batch("BEGIN")
    }

    pub fn commit(&self) -> Result<(), StoreError> {
        self.batch("COMMIT")
    }

    pub fn rollback(&self) -> Result<(), StoreError> {
        self.batch("ROLLBACK")
    }

    /// A savepoint inside the open transaction (one per call in a group commit, ADR 8).
    pub fn savepoint(&self, name: &str) -> Result<(), StoreError> {
        self.batch(&format!("SAVEPOINT {name}"))
    }

    /// Keep what was done since the savepoint, as part of the enclosing transaction.
    pub fn release(&self, name: &str) -> Result<(), StoreError> {
        self.batch(&format!("RELEASE {name}"))
    }

    /// Undo what was done since the savepoint and end it.
    pub fn rollback_to(&self, name: &str) -> Result<(), StoreError> {
        self.batch(&format!("ROLLBACK TO {name}; RELEASE {name}"))
    }

    /// Run `work` in a write transaction of its own: committed when it returns `Ok`,
    /// rolled back otherwise (a failed commit included).
    pub fn in_transaction<T, E: From<StoreError>>(
        &self,
        work: impl FnOnce(&Db) -> Result<T, E>,
    ) -> Result<T, E> {
        self.begin_write()?;
        let done = work(self).and_then(|t| {
            self.commit()?;
            Ok(t)
        });
        if done.is_err() && !self.is_autocommit() {
            let _ = self.rollback();
        }
        done
    }

    /// No transaction is open.
    pub fn is_autocommit(&self) -> bool {
        match &self.backend {
            Backend::Sqlite(c) => c.is_autocommit(),
        }
    }

    /// Serialise appends to a hash chain (history, admin_log): each row hashes the one
    /// before, so two writers must not both read the same last row. SQLite has one
    /// writer per database already; PostgreSQL will take a transaction-scoped advisory
    /// lock here.
    pub fn lock_chain(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(_) => Ok(()),
        }
    }

    /// The timers due by `now`, oldest first, for this node to fire. On SQLite the
    /// one writer fires them all; PostgreSQL will claim them with `FOR UPDATE SKIP
    /// LOCKED` so that each fires on one node only.
    pub fn claim_due_timers(&self, now: &str) -> Result<Vec<(String, String)>, StoreError> {
        self.query_map(
            "SELECT case_id, key FROM timers WHERE at <= ?1 ORDER BY at, case_id, key",
            &[&now],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// The schema version the database is at (the administrator's overview shows it).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => Ok(c.pragma_query_value(None, "user_version", |r| r.get(0))?),
        }
    }

    /// A digest of every row of every table, to prove that a failed call changed
    /// nothing (tests and `host-sim`'s own checks).
    pub fn fingerprint(&self) -> Result<String, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::fingerprint(c),
        }
    }
}
