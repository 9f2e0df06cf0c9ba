//! Refusals: a stable code for machines and a Chinese message for people.

pub use crate::bindings::zhengzhou::quality_benchmark::types::{FieldError, Refusal};

/// Result of a plugin decision.
pub type Decision<T> = Result<T, Refusal>;

/// A refusal without field errors.
pub fn refuse(code: &str, message: impl Into<String>) -> Refusal {
    Refusal {
        code: code.to_string(),
        message: message.into(),
        fields: Vec::new(),
    }
}

/// A refusal listing the invalid fields of a form.
pub fn invalid_form(fields: Vec<FieldError>) -> Refusal {
    let first = fields
        .first()
        .map(|e| e.message.clone())
        .unwrap_or_default();
    Refusal {
        code: "invalid-form".to_string(),
        message: format!("表单有{}处需要修改：{}", fields.len(), first),
        fields,
    }
}
