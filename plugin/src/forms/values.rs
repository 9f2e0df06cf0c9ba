//! Typed getters over filled values. A missing field and a value of another kind
//! read the same: absent.

use crate::bindings::zhengzhou::quality_benchmark::types::{
    AttachmentRef, Field, FieldValue, Scalar, SealRef, TableRow,
};

/// The value of field `id`, if present (the first one, should ids repeat).
pub fn get<'a>(v: &'a [Field], id: &str) -> Option<&'a FieldValue> {
    v.iter().find(|f| f.id == id).map(|f| &f.value)
}

/// Trimmed text; empty or whitespace-only reads as `None`.
pub fn text<'a>(v: &'a [Field], id: &str) -> Option<&'a str> {
    match get(v, id)? {
        FieldValue::Text(s) => Some(s.trim()).filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// A finite number.
pub fn number(v: &[Field], id: &str) -> Option<f64> {
    match get(v, id)? {
        FieldValue::Number(x) if x.is_finite() => Some(*x),
        _ => None,
    }
}

/// A ticked checkbox.
pub fn flag(v: &[Field], id: &str) -> bool {
    matches!(get(v, id), Some(FieldValue::Flag(true)))
}

/// The chosen option value of a select.
pub fn choice<'a>(v: &'a [Field], id: &str) -> Option<&'a str> {
    match get(v, id)? {
        FieldValue::Choice(s) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// The chosen option values of a multi-select (empty when absent).
pub fn choices<'a>(v: &'a [Field], id: &str) -> &'a [String] {
    match get(v, id) {
        Some(FieldValue::Choices(c)) => c,
        _ => &[],
    }
}

/// A date as `YYYY-MM-DD` (as given; validation checks it).
pub fn date<'a>(v: &'a [Field], id: &str) -> Option<&'a str> {
    match get(v, id)? {
        FieldValue::Date(s) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// The rows of a table.
pub fn table<'a>(v: &'a [Field], id: &str) -> Option<&'a [TableRow]> {
    match get(v, id)? {
        FieldValue::Table(rows) => Some(rows),
        _ => None,
    }
}

/// The number in cell (`row`, `col`) of a table.
pub fn cell(rows: &[TableRow], row: &str, col: &str) -> Option<f64> {
    let r = rows.iter().find(|r| r.key == row)?;
    match r.cells.iter().find(|(c, _)| c == col)? {
        (_, Scalar::Number(x)) if x.is_finite() => Some(*x),
        _ => None,
    }
}

pub fn seal<'a>(v: &'a [Field], id: &str) -> Option<&'a SealRef> {
    match get(v, id)? {
        FieldValue::Seal(s) => Some(s),
        _ => None,
    }
}

/// The attached files (empty when absent).
pub fn attachments<'a>(v: &'a [Field], id: &str) -> &'a [AttachmentRef] {
    match get(v, id) {
        Some(FieldValue::Attachments(a)) => a,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(id: &str, value: FieldValue) -> Field {
        Field {
            id: id.into(),
            value,
        }
    }

    #[test]
    fn getters() {
        let rows = vec![TableRow {
            key: "2025".into(),
            cells: vec![
                ("assets".into(), Scalar::Number(12.5)),
                ("note".into(), Scalar::Text("x".into())),
            ],
        }];
        let v = vec![
            f("name", FieldValue::Text("  中原精工 ".into())),
            f("blank", FieldValue::Text(" \n ".into())),
            f("n", FieldValue::Number(3.0)),
            f("nan", FieldValue::Number(f64::NAN)),
            f("ok", FieldValue::Flag(true)),
            f("sel", FieldValue::Choice("tqm".into())),
            f("multi", FieldValue::Choices(vec!["a".into(), "b".into()])),
            f("d", FieldValue::Date("2026-03-01".into())),
            f("t", FieldValue::Table(rows)),
        ];
        assert_eq!(text(&v, "name"), Some("中原精工"));
        assert_eq!(text(&v, "blank"), None);
        assert_eq!(text(&v, "n"), None);
        assert_eq!(number(&v, "n"), Some(3.0));
        assert_eq!(number(&v, "nan"), None);
        assert!(flag(&v, "ok"));
        assert!(!flag(&v, "missing"));
        assert_eq!(choice(&v, "sel"), Some("tqm"));
        assert_eq!(choices(&v, "multi").len(), 2);
        assert!(choices(&v, "missing").is_empty());
        assert_eq!(date(&v, "d"), Some("2026-03-01"));
        let t = table(&v, "t").unwrap_or_default();
        assert_eq!(cell(t, "2025", "assets"), Some(12.5));
        assert_eq!(cell(t, "2025", "note"), None);
        assert_eq!(cell(t, "2024", "assets"), None);
        assert!(seal(&v, "seal").is_none());
        assert!(attachments(&v, "files").is_empty());
    }
}
