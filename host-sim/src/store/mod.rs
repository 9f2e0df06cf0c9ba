//! The host's store: every database access of host-sim goes through `Db` (ADR 12):
//! the embedded SQLite file (the default) or a PostgreSQL database that several
//! host-sim nodes share (ADR 13). The rules the methods keep for that: they take
//! `&self` and hand out no borrow that outlives the call (rows are read inside a
//! closure), SQL text is shared with `?1 … ?N` placeholders, and transaction starts are
//! named (`begin_write`), because each database spells them its own way.

mod error;
mod migrate;
mod postgres;
mod sqlite;
mod value;

pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use postgres::{copy_database, create_database, drop_database, is_url as is_postgres_url};
pub use sqlite::statements_prepared_again_on_every_run;
pub use value::{FromValue, Param, ToValue, Value};

use std::path::Path;

/// The host's database connection.
pub struct Db {
    backend: Backend,
}

enum Backend {
    Sqlite(rusqlite::Connection),
    // Boxed: a client with its statement cache is several times a SQLite handle.
    Postgres(Box<postgres::Pg>),
}

/// One row of a result, readable only inside the closure it is lent to.
pub struct Row<'a> {
    inner: RowInner<'a>,
}

enum RowInner<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a ::postgres::Row),
}

impl Row<'_> {
    /// Column `index` (from 0) as `T`; NULL reads as `None` for an `Option<T>`.
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T, StoreError> {
        match &self.inner {
            RowInner::Sqlite(r) => sqlite::get(r, index),
            RowInner::Postgres(r) => postgres::get(r, index),
        }
    }
}

impl Db {
    /// Open and migrate the database `location` names: a PostgreSQL URL
    /// (`postgres://…`) or a SQLite file, created if needed.
    pub fn open(location: &Path) -> anyhow::Result<Db> {
        match location.to_str().filter(|l| postgres::is_url(l)) {
            Some(url) => Db::open_postgres(url),
            None => Db::open_sqlite(location),
        }
    }

    /// Connect to a PostgreSQL database and migrate it (nodes starting together
    /// migrate once).
    pub fn open_postgres(url: &str) -> anyhow::Result<Db> {
        use anyhow::Context;
        let pg = postgres::Pg::connect(url)
            .with_context(|| format!("连接 PostgreSQL 数据库 {}", redacted(url)))?;
        pg.migrate(migrate::POSTGRES)?;
        Ok(Db {
            backend: Backend::Postgres(Box::new(pg)),
        })
    }

    /// Open (creating if needed) a SQLite file, set up for durability, and migrate it.
    pub fn open_sqlite(path: &Path) -> anyhow::Result<Db> {
        let mut conn = sqlite::open(path)?;
        migrate::migrate_sqlite(&mut conn)?;
        Ok(Db {
            backend: Backend::Sqlite(conn),
        })
    }

    /// A second connection to the same database, for a thread of its own (the decider,
    /// ADR 14); none for a database in memory, which no other connection can see.
    pub fn connect_again(&self) -> anyhow::Result<Option<Db>> {
        Ok(match &self.backend {
            Backend::Sqlite(c) => match c.path().filter(|p| !p.is_empty()) {
                Some(path) => Some(Db {
                    backend: Backend::Sqlite(sqlite::open(Path::new(path))?),
                }),
                None => None,
            },
            Backend::Postgres(p) => Some(Db {
                backend: Backend::Postgres(Box::new(postgres::Pg::connect(p.url())?)),
            }),
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
            Backend::Postgres(_) => None,
        }
    }

    /// Run one statement; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::execute(c, sql, params),
            Backend::Postgres(p) => p.execute(sql, params),
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
            Backend::Postgres(p) => p.query_opt(sql, params, f),
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
            Backend::Postgres(p) => p.query_map(sql, params, f),
        }
    }

    /// Run statements without parameters (DDL, pragmas), uncached.
    pub fn batch(&self, sql: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Backend::Postgres(p) => p.batch(sql),
        }
    }

    /// One transaction-control statement without parameters: kept prepared on SQLite,
    /// where every call runs two (`sqlite::control`).
    fn control(&self, sql: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::control(c, sql),
            Backend::Postgres(p) => p.batch(sql),
        }
    }

    /// Start a transaction that will write, holding the database's one write lock
    /// until it ends: SQLite's (`BEGIN IMMEDIATE`), or on PostgreSQL an advisory lock
    /// every node's writers take (ADR 13). Taken before anything is read, so a call
    /// decides on the state the last committed write left, on any node.
    pub fn begin_write(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::control(c, "BEGIN IMMEDIATE"),
            Backend::Postgres(p) => p.begin(true),
        }
    }

    /// Start a transaction that only reads (or is always rolled back).
    pub fn begin_read(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::control(c, "BEGIN"),
            Backend::Postgres(p) => p.begin(false),
        }
    }

    pub fn commit(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::control(c, "COMMIT"),
            Backend::Postgres(p) => p.commit(),
        }
    }

    pub fn rollback(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::control(c, "ROLLBACK"),
            Backend::Postgres(p) => p.rollback(),
        }
    }

    /// A savepoint inside the open transaction (one per call in a group commit, ADR 8).
    pub fn savepoint(&self, name: &str) -> Result<(), StoreError> {
        self.control(&format!("SAVEPOINT {name}"))
    }

    /// Keep what was done since the savepoint, as part of the enclosing transaction.
    pub fn release(&self, name: &str) -> Result<(), StoreError> {
        self.control(&format!("RELEASE {name}"))
    }

    /// Undo what was done since the savepoint and end it.
    pub fn rollback_to(&self, name: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => {
                sqlite::control(c, &format!("ROLLBACK TO {name}"))?;
                sqlite::control(c, &format!("RELEASE {name}"))
            }
            Backend::Postgres(p) => p.rollback_to(name),
        }
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

    /// Statements with parameters sent to a PostgreSQL server so far, each a round
    /// trip (none for SQLite, which runs in the process): the bench's measure of what a
    /// decision costs on the network.
    pub fn statements_sent(&self) -> Option<u64> {
        match &self.backend {
            Backend::Sqlite(_) => None,
            Backend::Postgres(p) => Some(p.statements_sent()),
        }
    }

    /// No transaction is open.
    pub fn is_autocommit(&self) -> bool {
        match &self.backend {
            Backend::Sqlite(c) => c.is_autocommit(),
            Backend::Postgres(p) => p.is_autocommit(),
        }
    }

    /// Before a row is appended to a hash chain (history, admin_log): each row hashes
    /// the one before, so two writers must not both read the same last row. Both
    /// backends already hold their one write lock here (`begin_write`); on PostgreSQL
    /// this refuses a chain append in any transaction that does not hold it.
    pub fn lock_chain(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(_) => Ok(()),
            Backend::Postgres(p) if !p.holds_writer_lock() => Err(StoreError::NoWriteLock),
            Backend::Postgres(_) => Ok(()),
        }
    }

    /// Up to `limit` timers due by `now`, oldest first, for this transaction to fire
    /// and delete. On SQLite the one writer fires them all; on PostgreSQL they are
    /// claimed with `FOR UPDATE SKIP LOCKED`, so each fires on one node only.
    pub fn claim_due_timers(
        &self,
        now: &str,
        limit: usize,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let lock = match &self.backend {
            Backend::Sqlite(_) => "",
            Backend::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        };
        self.timers_due(now, limit, lock)
    }

    /// The timers `claim_due_timers` would claim now, without claiming them (to ask
    /// for them ahead: another node may claim them first).
    pub fn due_timers(&self, now: &str, limit: usize) -> Result<Vec<(String, String)>, StoreError> {
        self.timers_due(now, limit, "")
    }

    fn timers_due(
        &self,
        now: &str,
        limit: usize,
        lock: &str,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let sql = format!("{}{lock}", due_timers_sql(limit));
        self.query_map(&sql, &[&now], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    /// A number for a new row of `table` (seals, attachments) that goes into its
    /// derived id: the rows so far, read without a scan.
    pub fn next_serial(&self, table: Serial) -> Result<i64, StoreError> {
        let sql = match (&self.backend, table) {
            (Backend::Sqlite(_), Serial::Seals) => "SELECT COALESCE(MAX(rowid), 0) FROM seals",
            (Backend::Sqlite(_), Serial::Attachments) => {
                "SELECT COALESCE(MAX(rowid), 0) FROM attachments"
            }
            (Backend::Postgres(_), Serial::Seals) => "SELECT COALESCE(MAX(serial), 0) FROM seals",
            (Backend::Postgres(_), Serial::Attachments) => {
                "SELECT COALESCE(MAX(serial), 0) FROM attachments"
            }
        };
        self.query_row(sql, &[], |r| r.get(0))
    }

    /// The schema version the database is at (the administrator's overview shows it).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => Ok(c.pragma_query_value(None, "user_version", |r| r.get(0))?),
            Backend::Postgres(p) => p.schema_version(),
        }
    }

    /// A digest of every row of every table, to prove that a failed call changed
    /// nothing (tests and `host-sim`'s own checks).
    pub fn fingerprint(&self) -> Result<String, StoreError> {
        match &self.backend {
            Backend::Sqlite(c) => sqlite::fingerprint(c),
            Backend::Postgres(p) => p.fingerprint(),
        }
    }
}

/// The tables whose rows are numbered for their derived ids (`Db::next_serial`).
#[derive(Debug, Clone, Copy)]
pub enum Serial {
    Seals,
    Attachments,
}

/// A PostgreSQL URL without its password, for messages.
pub fn redacted(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// The first `limit` timers due by `?1`, oldest first, on the `timers_due` index (its
/// plan is checked in tests/group_commit.rs). The limit is written into the SQL: SQLite
/// re-prepares a statement with a bound `LIMIT` on every run (the value feeds its
/// planner).
pub fn due_timers_sql(limit: usize) -> String {
    format!(
        "SELECT case_id, key FROM timers WHERE at <= ?1 ORDER BY at, case_id, key LIMIT {limit}"
    )
}
