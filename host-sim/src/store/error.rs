//! What a store operation can fail with, and the questions callers ask of it.

/// A failed store operation. Callers see what they need to decide (`is_no_rows`,
/// `is_constraint_violation`), never the backend's own error type.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The backend's error, shown as it words it (the operator log reads it).
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Postgres(#[from] postgres::Error),
    /// A statement failed inside the transaction, which PostgreSQL then refuses to
    /// commit: it was rolled back instead.
    #[error("the transaction was rolled back: a statement in it failed")]
    Aborted,
    /// A history or 管理操作记录 row would be appended outside a write transaction.
    #[error("a chained record must be written in a write transaction")]
    NoWriteLock,
    /// `query_row` found no row.
    #[error("Query returned no rows")]
    NoRows,
    /// A column held a value of another kind than the caller reads it as.
    #[error("column {index}: {message}")]
    Column { index: usize, message: String },
    /// A parameter does not fit the database's integer (a u64 past i64::MAX).
    #[error("integer {0} does not fit the database")]
    OutOfRange(String),
}

impl StoreError {
    /// `query_row` found no row.
    pub fn is_no_rows(&self) -> bool {
        matches!(self, StoreError::NoRows)
    }

    /// A UNIQUE, PRIMARY KEY, NOT NULL, CHECK or FOREIGN KEY constraint refused a write.
    pub fn is_constraint_violation(&self) -> bool {
        match self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                e.code == rusqlite::ErrorCode::ConstraintViolation
            }
            // Class 23: integrity constraint violation.
            StoreError::Postgres(e) => e.code().is_some_and(|c| c.code().starts_with("23")),
            _ => false,
        }
    }
}
