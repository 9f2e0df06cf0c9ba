//! The PostgreSQL backend (ADR 12, step 2): several host-sim nodes on one database.
//!
//! The SQL text is the SQLite text with `?N` rewritten to `$N` once per statement, and
//! every statement is prepared once per connection. Values cross in the store's five
//! kinds: a parameter is converted to whatever type PostgreSQL inferred for it, a
//! column of any type the schema uses is read back as one of them (a `boolean` as an
//! integer, so `COUNT(*) > 0` reads as it does on SQLite).
//!
//! One writer at a time, as on SQLite: `begin_write` takes a transaction-scoped
//! advisory lock before anything is read, so a call reads the state the last committed
//! call left and nothing another node does can interleave with it (ADR 13).

use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
use postgres::{Client, NoTls, Statement};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::error::Error;

use super::{FromValue, Row, RowInner, StoreError, ToValue, Value};

/// The advisory lock every write transaction holds until it ends (`pg_advisory_xact_lock`):
/// the writers of every node in one order, and the history chain one chain.
pub(super) const WRITER_LOCK: i64 = 0x5142_5752; // "QBWR"
/// The session lock migrations run under, so nodes starting together migrate once.
const MIGRATION_LOCK: i64 = 0x5142_4d47; // "QBMG"
/// How long a connection may take to open when the URL does not say.
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Prepared statements kept per connection; the host runs a few dozen texts, the
/// JSON API's filters some more. Past this the cache starts again.
const STATEMENT_CACHE: usize = 256;

/// Where a transaction is; PostgreSQL refuses everything but a rollback after an error
/// inside one, where SQLite carries on, so the backend remembers it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tx {
    None,
    Open,
    Failed,
}

pub(super) struct Pg {
    /// Where to connect again when the server dropped the connection (a restart, a
    /// failover, an administrator ending the session).
    url: String,
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
    tx: Cell<Tx>,
    /// The open transaction holds the writer lock (`begin(true)`).
    writer: Cell<bool>,
    /// Statements sent so far: each is a round trip to the server (the bench reports it).
    sent: Cell<u64>,
}

/// `postgres://` or `postgresql://`: the `--db` value names a PostgreSQL database.
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// `url` with its database name replaced by `name` (query parameters kept).
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let authority_end = base
        .find("://")
        .map(|s| s + 3)
        .and_then(|start| base[start..].find('/').map(|i| start + i))
        .unwrap_or(base.len());
    let mut out = format!("{}/{name}", &base[..authority_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// Create an empty database `name` beside the one `url` names (as its user, who must
/// be allowed to create databases), returning its URL: a fresh store for a scenario
/// or a test.
pub fn create_database(url: &str, name: &str) -> Result<String, StoreError> {
    check_database_name(name)?;
    let mut client = quiet_client(url)?;
    client.batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))?;
    client.batch_execute(&format!("CREATE DATABASE \"{name}\""))?;
    Ok(with_database(url, name))
}

/// Copy database `from` (nobody connected to it) as a new database `name` beside the
/// one `url` names, returning its URL: the bench starts every run from one built round.
pub fn copy_database(url: &str, from: &str, name: &str) -> Result<String, StoreError> {
    check_database_name(from)?;
    check_database_name(name)?;
    let mut client = quiet_client(url)?;
    client.batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))?;
    client.batch_execute(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{from}\""))?;
    Ok(with_database(url, name))
}

/// Drop a database `create_database` made.
pub fn drop_database(url: &str, name: &str) -> Result<(), StoreError> {
    check_database_name(name)?;
    let mut client = quiet_client(url)?;
    client.batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))?;
    Ok(())
}

/// A connection that is told only of warnings and errors: notices ("… does not exist,
/// skipping") are not news to anyone reading the operator log.
///
/// Opening the socket gives up after `CONNECT_TIMEOUT` unless the URL says otherwise
/// (`connect_timeout=`): a node reconnects on the store thread, and an address nothing
/// answers at (a failed-over primary's) must not hold every request for the system's
/// TCP timeout of minutes.
fn quiet_client(url: &str) -> Result<Client, StoreError> {
    let mut config: postgres::Config = url.parse()?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    let mut client = config.connect(NoTls)?;
    client.batch_execute("SET client_min_messages = warning")?;
    Ok(client)
}

/// Database names made here are written into DDL: letters, digits and `_` only.
fn check_database_name(name: &str) -> Result<(), StoreError> {
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        Ok(())
    } else {
        Err(StoreError::Column {
            index: 0,
            message: format!("database name {name:?}"),
        })
    }
}

impl Pg {
    /// The URL this node connected with.
    pub(super) fn url(&self) -> &str {
        &self.url
    }

    pub(super) fn connect(url: &str) -> Result<Pg, StoreError> {
        let client = quiet_client(url)?;
        Ok(Pg {
            url: url.to_string(),
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            tx: Cell::new(Tx::None),
            writer: Cell::new(false),
            sent: Cell::new(0),
        })
    }

    /// Between transactions, a connection the server has dropped is replaced, with its
    /// prepared statements, so that a node outlives a server restart instead of failing
    /// every request until an operator restarts it. Never inside a transaction: what
    /// it did is gone with the connection, and the call fails whole.
    fn reconnect_if_closed(&self) -> Result<(), StoreError> {
        if self.tx.get() != Tx::None || !self.client.borrow().is_closed() {
            return Ok(());
        }
        let client = quiet_client(&self.url)?;
        *self.client.borrow_mut() = client;
        self.statements.borrow_mut().clear();
        tracing::warn!("PostgreSQL 连接已断开，已重新连接");
        Ok(())
    }

    /// The statement for `sql`, prepared on first use.
    fn statement(&self, sql: &str) -> Result<Statement, StoreError> {
        self.reconnect_if_closed()?;
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let prepared = self
            .client
            .borrow_mut()
            .prepare(&numbered(sql))
            .map_err(|e| self.failed(e))?;
        let mut cache = self.statements.borrow_mut();
        if cache.len() >= STATEMENT_CACHE {
            cache.clear();
        }
        cache.insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    /// An error inside a transaction leaves it failed until it is rolled back (whole or
    /// to a savepoint); `commit` refuses a failed transaction instead of PostgreSQL
    /// silently rolling it back.
    fn failed(&self, e: postgres::Error) -> StoreError {
        if self.tx.get() == Tx::Open {
            self.tx.set(Tx::Failed);
        }
        StoreError::Postgres(e)
    }

    pub(super) fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize, StoreError> {
        let statement = self.statement(sql)?;
        let values = values(params)?;
        let binds = binds(&values);
        self.sent.set(self.sent.get() + 1);
        let n = self
            .client
            .borrow_mut()
            .execute(&statement, &refs(&binds))
            .map_err(|e| self.failed(e))?;
        Ok(n as usize)
    }

    pub(super) fn query(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
    ) -> Result<Vec<postgres::Row>, StoreError> {
        let statement = self.statement(sql)?;
        let values = values(params)?;
        let binds = binds(&values);
        self.sent.set(self.sent.get() + 1);
        self.client
            .borrow_mut()
            .query(&statement, &refs(&binds))
            .map_err(|e| self.failed(e))
    }

    pub(super) fn query_opt<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: impl FnOnce(&Row) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        match self.query(sql, params)?.first() {
            Some(r) => f(&Row {
                inner: RowInner::Postgres(r),
            })
            .map(Some),
            None => Ok(None),
        }
    }

    pub(super) fn query_map<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        mut f: impl FnMut(&Row) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        self.query(sql, params)?
            .iter()
            .map(|r| {
                f(&Row {
                    inner: RowInner::Postgres(r),
                })
            })
            .collect()
    }

    /// Statements without parameters, sent as they are (DDL, savepoints).
    pub(super) fn batch(&self, sql: &str) -> Result<(), StoreError> {
        self.reconnect_if_closed()?;
        self.client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(|e| self.failed(e))
    }

    pub(super) fn begin(&self, write: bool) -> Result<(), StoreError> {
        let sql = if write {
            format!("BEGIN; SELECT pg_advisory_xact_lock({WRITER_LOCK})")
        } else {
            "BEGIN".to_string()
        };
        // A connection dropped while idle is found closed only by the next statement
        // sent on it: when that is this BEGIN, nothing was done, so once more on a new
        // connection.
        if let Err(e) = self.batch(&sql) {
            if !self.client.borrow().is_closed() {
                return Err(e);
            }
            self.batch(&sql)?;
        }
        self.tx.set(Tx::Open);
        self.writer.set(write);
        Ok(())
    }

    /// The open transaction holds the writer lock every node's writes take.
    pub(super) fn holds_writer_lock(&self) -> bool {
        self.tx.get() != Tx::None && self.writer.get()
    }

    pub(super) fn commit(&self) -> Result<(), StoreError> {
        if self.tx.get() == Tx::Failed {
            self.rollback()?;
            return Err(StoreError::Aborted);
        }
        let done = self.batch("COMMIT");
        // A failed COMMIT ends the transaction as well: PostgreSQL has rolled it back.
        self.tx.set(Tx::None);
        done
    }

    pub(super) fn rollback(&self) -> Result<(), StoreError> {
        let done = self.batch("ROLLBACK");
        self.tx.set(Tx::None);
        done
    }

    /// Rolling back to a savepoint clears a failure: the error happened inside it,
    /// since no savepoint can be taken in a failed transaction.
    pub(super) fn rollback_to(&self, name: &str) -> Result<(), StoreError> {
        self.batch(&format!("ROLLBACK TO {name}; RELEASE {name}"))?;
        if self.tx.get() == Tx::Failed {
            self.tx.set(Tx::Open);
        }
        Ok(())
    }

    pub(super) fn statements_sent(&self) -> u64 {
        self.sent.get()
    }

    pub(super) fn is_autocommit(&self) -> bool {
        self.tx.get() == Tx::None
    }

    pub(super) fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .query_opt("SELECT version FROM schema_version", &[], |r| r.get(0))?
            .unwrap_or(0))
    }

    /// Migrate under a session lock, so that nodes starting at once migrate once.
    pub(super) fn migrate(&self, migrations: &[(i64, &str)]) -> anyhow::Result<()> {
        self.batch(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))?;
        let done = self.migrate_locked(migrations);
        let unlocked = self.batch(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"));
        done?;
        Ok(unlocked?)
    }

    fn migrate_locked(&self, migrations: &[(i64, &str)]) -> anyhow::Result<()> {
        self.batch("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
        let current = self.schema_version()?;
        let newest = migrations.last().map_or(0, |m| m.0);
        if current > newest {
            anyhow::bail!("数据库结构版本 {current} 比本程序支持的 {newest} 新，请升级 host-sim");
        }
        for (version, sql) in migrations.iter().filter(|m| m.0 > current) {
            self.begin(false)?;
            let applied = self.batch(sql).and_then(|()| {
                self.execute("DELETE FROM schema_version", &[])?;
                self.execute(
                    "INSERT INTO schema_version (version) VALUES (?1)",
                    &[version],
                )
            });
            match applied {
                Ok(_) => self.commit()?,
                Err(e) => {
                    let _ = self.rollback();
                    return Err(anyhow::Error::from(e).context(format!("migration {version}")));
                }
            }
        }
        Ok(())
    }

    /// Every row of every table of the schema, each table's rows in their text form
    /// sorted, hashed.
    pub(super) fn fingerprint(&self) -> Result<String, StoreError> {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        let tables: Vec<String> = self.query_map(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
             ORDER BY table_name",
            &[],
            |r| r.get(0),
        )?;
        for table in tables {
            hasher.update(table.as_bytes());
            let rows = self
                .client
                .borrow_mut()
                .query(
                    &format!("SELECT t::text FROM \"{table}\" t ORDER BY 1"),
                    &[],
                )
                .map_err(|e| self.failed(e))?;
            for row in rows {
                let text: String = row.try_get(0)?;
                hasher.update(text.as_bytes());
                hasher.update(b"|");
            }
        }
        Ok(crate::db::hex(&hasher.finalize()))
    }
}

/// The SQL text with `?N` placeholders as `$N`, outside quoted strings and names.
pub(super) fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, '?') if chars.peek().is_some_and(char::is_ascii_digit) => {
                out.push('$');
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

fn values<'a>(params: &'a [&'a dyn ToValue]) -> Result<Vec<Value<'a>>, StoreError> {
    params.iter().map(|p| p.to_value()).collect()
}

fn binds<'a>(values: &'a [Value<'a>]) -> Vec<Bind<'a>> {
    values.iter().map(|v| Bind(*v)).collect()
}

fn refs<'a>(binds: &'a [Bind<'a>]) -> Vec<&'a (dyn ToSql + Sync)> {
    binds.iter().map(|b| b as &(dyn ToSql + Sync)).collect()
}

/// A parameter as PostgreSQL binds it: converted to the type the server inferred.
#[derive(Debug)]
struct Bind<'a>(Value<'a>);

type BoxError = Box<dyn Error + Sync + Send>;

fn is_text(ty: &Type) -> bool {
    matches!(
        *ty,
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN
    )
}

impl ToSql for Bind<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                _ if is_text(ty) => i.to_string().as_str().to_sql(&Type::TEXT, out),
                _ => Err(format!("an integer for a {ty} parameter").into()),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                _ => Err(format!("a number for a {ty} parameter").into()),
            },
            Value::Text(t) => match *ty {
                _ if is_text(ty) => t.to_sql(&Type::TEXT, out),
                Type::INT8 => t.parse::<i64>()?.to_sql(ty, out),
                _ => Err(format!("text for a {ty} parameter").into()),
            },
            Value::Blob(b) => match *ty {
                Type::BYTEA => b.to_sql(ty, out),
                _ => Err(format!("bytes for a {ty} parameter").into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// A column's bytes as the server sent them (binary format), or NULL.
struct Raw<'a>(Option<&'a [u8]>);

impl<'a> FromSql<'a> for Raw<'a> {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, BoxError> {
        Ok(Raw(Some(raw)))
    }

    fn from_sql_null(_: &Type) -> Result<Self, BoxError> {
        Ok(Raw(None))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

pub(super) fn get<T: FromValue>(row: &postgres::Row, index: usize) -> Result<T, StoreError> {
    let column = |message: String| StoreError::Column { index, message };
    let ty = row
        .columns()
        .get(index)
        .ok_or_else(|| column("no such column".into()))?
        .type_();
    let Raw(raw) = row.try_get::<_, Raw>(index)?;
    let value = match raw {
        None => Value::Null,
        Some(raw) => match *ty {
            Type::INT8 => {
                Value::Integer(i64::from_sql(ty, raw).map_err(|e| column(e.to_string()))?)
            }
            Type::INT4 => Value::Integer(
                i32::from_sql(ty, raw)
                    .map_err(|e| column(e.to_string()))?
                    .into(),
            ),
            Type::INT2 => Value::Integer(
                i16::from_sql(ty, raw)
                    .map_err(|e| column(e.to_string()))?
                    .into(),
            ),
            Type::BOOL => Value::Integer(
                bool::from_sql(ty, raw)
                    .map_err(|e| column(e.to_string()))?
                    .into(),
            ),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw).map_err(|e| column(e.to_string()))?),
            Type::FLOAT4 => Value::Real(
                f32::from_sql(ty, raw)
                    .map_err(|e| column(e.to_string()))?
                    .into(),
            ),
            Type::NUMERIC => numeric(raw).map_err(column)?,
            Type::BYTEA => Value::Blob(raw),
            _ if is_text(ty) => {
                Value::Text(std::str::from_utf8(raw).map_err(|e| column(e.to_string()))?)
            }
            _ => return Err(column(format!("a {ty} column"))),
        },
    };
    T::from_value(value).map_err(column)
}

/// A `numeric` in PostgreSQL's binary form (what `SUM` of a `bigint` returns): an
/// integer when it has no fraction and fits, a real otherwise.
fn numeric(raw: &[u8]) -> Result<Value<'static>, String> {
    let word = |i: usize| -> Result<i64, String> {
        raw.get(i..i + 2)
            .map(|b| i64::from(i16::from_be_bytes([b[0], b[1]])))
            .ok_or_else(|| "a short numeric".to_string())
    };
    let (ndigits, weight, sign, scale) = (word(0)?, word(2)?, word(4)? as u16, word(6)?);
    if sign == 0xC000 {
        return Err("NaN where a number was expected".into());
    }
    let mut value = 0f64;
    let mut integer: Option<i64> = Some(0);
    for i in 0..ndigits {
        let digit = word(8 + 2 * i as usize)?;
        let power = weight - i;
        value += digit as f64 * 10_000f64.powi(power as i32);
        integer = match (integer, u32::try_from(power)) {
            (Some(n), Ok(p)) => 10_000i64
                .checked_pow(p)
                .and_then(|m| digit.checked_mul(m))
                .and_then(|d| n.checked_add(d)),
            (_, Err(_)) if digit == 0 => integer,
            _ => None,
        };
    }
    let negative = sign == 0x4000;
    Ok(match integer {
        Some(n) if scale == 0 || value.fract() == 0.0 => {
            Value::Integer(if negative { -n } else { n })
        }
        _ => Value::Real(if negative { -value } else { value }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            numbered("SELECT '?1', \"a?2\" FROM t WHERE a = ?1 AND b = ?12 AND c = ?"),
            "SELECT '?1', \"a?2\" FROM t WHERE a = $1 AND b = $12 AND c = ?"
        );
    }

    #[test]
    fn another_database_keeps_the_rest_of_the_url() {
        assert_eq!(
            with_database("postgres://qb@127.0.0.1:54329/qb?sslmode=disable", "s1"),
            "postgres://qb@127.0.0.1:54329/s1?sslmode=disable"
        );
        assert_eq!(
            with_database("postgres://qb@localhost", "s1"),
            "postgres://qb@localhost/s1"
        );
    }

    #[test]
    fn numerics_read_as_integers_when_whole() {
        // 1234567 = 123 * 10000 + 4567: two digits, weight 1.
        let raw = [0, 2, 0, 1, 0, 0, 0, 0, 0, 123, 0x11, 0xd7];
        assert_eq!(numeric(&raw), Ok(Value::Integer(1_234_567)));
        let zero = [0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(numeric(&zero), Ok(Value::Integer(0)));
        // -2.5 = -(2 + 5000/10000), scale 1.
        let half = [0, 2, 0, 0, 0x40, 0, 0, 1, 0, 2, 0x13, 0x88];
        assert_eq!(numeric(&half), Ok(Value::Real(-2.5)));
    }
}
