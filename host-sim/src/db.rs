//! The host's store as the rest of host-sim opens it: a SQLite file with a versioned
//! schema and forward-only migrations (`store::migrate`), WAL and `synchronous=FULL`, so
//! that whatever the host acknowledged survives a crash; and the host's settings.

use anyhow::Result;
use std::path::Path;

use crate::params;
pub use crate::store::{Db, SCHEMA_VERSION};

/// Open and migrate the database `location` names: a SQLite file (created if
/// needed) or a PostgreSQL URL (`postgres://…`, ADR 13).
pub fn open(location: &Path) -> Result<Db> {
    Db::open(location)
}

/// The database `location` names is a file (SQLite), not a PostgreSQL URL: only then
/// does it have a folder to create or a file whose absence means "no database".
pub fn is_file(location: &Path) -> bool {
    !location.to_str().is_some_and(crate::store::is_postgres_url)
}

/// A digest of every row of every table, to prove that a failed call changed nothing.
pub fn fingerprint(db: &Db) -> Result<String> {
    Ok(db.fingerprint()?)
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// A host setting (simulated clock, the year's configuration ...).
pub fn setting(db: &Db, key: &str) -> Result<Option<String>> {
    Ok(db.query_opt(
        "SELECT value FROM settings WHERE key = ?1",
        params![key],
        |r| r.get(0),
    )?)
}

pub fn set_setting(db: &Db, key: &str, value: &str) -> Result<()> {
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}
