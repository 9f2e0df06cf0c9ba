//! What a store operation can fail with, and the questions callers ask of it.

/// A failed store operation. Callers see what they need to decide (`is_no_rows`,
/// `is_constraint_violation`), never the backend's own error type.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The backend's error, shown as it words it (the operator log reads it).
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
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
        matches!(
            self,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation
        )
    }
}
