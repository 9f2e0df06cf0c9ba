//! Generic validation of filled values against a form definition: kinds, required
//! fields, limits, bounds, options, table shape and formats. Form-specific rules that
//! involve several fields live in `rules`.

use super::formats::{self, Problem};
use super::{count_chars, rules, values};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::TextFormat;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{
    CheckMode, Column, FieldDef, FieldKind, FormDef,
};
use crate::bindings::zhengzhou::quality_benchmark::types::{
    Field, FieldError, FieldValue, Scalar, TableRow,
};

/// A field error.
pub fn error(field: &str, code: &str, message: String) -> FieldError {
    FieldError {
        field: field.into(),
        code: code.into(),
        message,
    }
}

pub fn validate_form(def: &FormDef, values: &[Field], mode: CheckMode) -> Vec<FieldError> {
    let submit = matches!(mode, CheckMode::Submit);
    let fields: Vec<&FieldDef> = def.sections.iter().flat_map(|s| &s.fields).collect();
    let mut errors = Vec::new();
    // Each field's value by its place in the definition: one pass over the values, not a
    // search per field (a 申报表 has about a hundred fields, validated on every save).
    let mut given: Vec<Option<&FieldValue>> = vec![None; fields.len()];
    // Values usually come in the definition's order: look just past the last match first.
    let mut next = 0;
    for value in values {
        let at = match fields.get(next).filter(|f| f.id == value.id) {
            Some(_) => Some(next),
            None => fields.iter().position(|f| f.id == value.id),
        };
        let Some(at) = at else {
            let msg = format!("表单“{}”中没有字段“{}”", def.title, value.id);
            errors.push(error(&value.id, "unknown-field", msg));
            continue;
        };
        next = at + 1;
        let fd = fields[at];
        if given[at].is_some() {
            let msg = format!("{}重复填写", fd.label);
            errors.push(error(&value.id, "duplicate-field", msg));
            continue;
        }
        given[at] = Some(&value.value);
        let required_cells = submit && fd.required && visible(fd, values);
        check_value(fd, &value.value, required_cells, &mut errors);
    }
    if submit {
        for (fd, value) in fields.iter().zip(&given) {
            let skip = matches!(fd.kind, FieldKind::Statement) || fd.read_only || !fd.required;
            if !skip && is_empty(*value) && visible(fd, values) {
                errors.push(error(&fd.id, "required", required_message(fd)));
            }
        }
    }
    rules::check(&def.id, values, mode, &mut errors);
    errors
}

/// Whether a value counts as not given (a ticked box is the only "given" checkbox).
fn is_empty(value: Option<&FieldValue>) -> bool {
    match value {
        None => true,
        Some(FieldValue::Text(s) | FieldValue::Date(s) | FieldValue::Choice(s)) => {
            s.trim().is_empty()
        }
        Some(FieldValue::Choices(c)) => c.is_empty(),
        Some(FieldValue::Flag(b)) => !b,
        Some(FieldValue::Table(rows)) => rows.is_empty(),
        Some(FieldValue::Attachments(a)) => a.is_empty(),
        Some(FieldValue::Number(_) | FieldValue::Seal(_)) => false,
    }
}

/// Whether the field's `visible-when` condition holds.
fn visible(fd: &FieldDef, values: &[Field]) -> bool {
    let Some(cond) = &fd.visible_when else {
        return true;
    };
    let any_of = |v: &str| cond.any_of.iter().any(|a| a == v);
    match values::get(values, &cond.field) {
        Some(FieldValue::Choice(s) | FieldValue::Text(s)) => any_of(s.trim()),
        Some(FieldValue::Flag(b)) => any_of(if *b { "true" } else { "false" }),
        Some(FieldValue::Choices(c)) => c.iter().any(|v| any_of(v)),
        _ => false,
    }
}

pub fn required_message(fd: &FieldDef) -> String {
    match fd.kind {
        FieldKind::Checkbox => format!("请勾选“{}”", fd.label),
        FieldKind::Select | FieldKind::MultiSelect => format!("请选择{}", fd.label),
        FieldKind::Seal => format!("缺少{}", fd.label),
        FieldKind::Attachments => format!("请上传{}", fd.label),
        _ => format!("请填写{}", fd.label),
    }
}

fn check_value(
    fd: &FieldDef,
    value: &FieldValue,
    required_cells: bool,
    errors: &mut Vec<FieldError>,
) {
    let label = fd.label.as_str();
    let format = fd.format;
    let problem: Option<Problem> = match (fd.kind, value) {
        (FieldKind::Statement, _) => Some(("read-only", format!("{label}不可填写"))),
        _ if fd.read_only => Some(("read-only", format!("{label}由系统填写，不可修改"))),
        (FieldKind::Text | FieldKind::Multiline, FieldValue::Text(s)) => check_text(fd, s),
        (FieldKind::Number, FieldValue::Number(x)) => {
            check_number(label, *x, fd.min, fd.max, format)
        }
        (FieldKind::Number, FieldValue::Text(_)) => {
            Some(("not-a-number", format!("{label}必须是数字")))
        }
        (FieldKind::Date, FieldValue::Date(s)) => {
            (!s.is_empty() && formats::parse_date(s).is_none()).then(|| {
                (
                    "bad-date",
                    format!("{label}不是有效日期（格式为YYYY-MM-DD，如2026-03-01）"),
                )
            })
        }
        (FieldKind::Select, FieldValue::Choice(s)) => {
            (!s.is_empty()).then(|| bad_choice(fd, s)).flatten()
        }
        (FieldKind::MultiSelect, FieldValue::Choices(list)) => check_choices(fd, list),
        (FieldKind::Checkbox, FieldValue::Flag(_)) | (FieldKind::Seal, FieldValue::Seal(_)) => None,
        (FieldKind::Attachments, FieldValue::Attachments(list)) => {
            let max = fd.upload.as_ref().map_or(u32::MAX, |u| u.max_files);
            if list.iter().any(|a| a.id.trim().is_empty()) {
                Some(("bad-attachment", format!("{label}中有未上传成功的文件")))
            } else if list.len() > max as usize {
                Some((
                    "too-many-files",
                    format!("{label}最多{max}个文件（当前{}个）", list.len()),
                ))
            } else {
                None
            }
        }
        (FieldKind::Table, FieldValue::Table(rows)) => {
            check_table(fd, rows, required_cells, errors);
            None
        }
        _ => Some(("wrong-type", format!("{label}的取值类型不正确"))),
    };
    if let Some((code, message)) = problem {
        errors.push(error(&fd.id, code, message));
    }
}

fn check_text(fd: &FieldDef, s: &str) -> Option<Problem> {
    let n = count_chars(s);
    if let Some(max) = fd.max_chars.filter(|&max| n > max as usize) {
        return Some((
            "too-long",
            format!("{}不能超过{max}个字（当前{n}个字）", fd.label),
        ));
    }
    let t = s.trim();
    match fd.format {
        Some(format) if !t.is_empty() => formats::check_text(format, &fd.label, t),
        _ => None,
    }
}

fn check_number(
    label: &str,
    x: f64,
    min: Option<f64>,
    max: Option<f64>,
    format: Option<TextFormat>,
) -> Option<Problem> {
    if !x.is_finite() {
        return Some(("not-a-number", format!("{label}必须是数字")));
    }
    let below = min.is_some_and(|m| x < m);
    let above = max.is_some_and(|m| x > m);
    match (min, max) {
        (Some(m), _) if below && m == 0.0 => Some(("negative", format!("{label}不能为负数"))),
        (Some(lo), Some(hi)) if below || above => Some((
            "out-of-range",
            format!("{label}应在{lo}至{hi}之间（当前为{x}）"),
        )),
        (Some(lo), None) if below => {
            Some(("out-of-range", format!("{label}不能小于{lo}（当前为{x}）")))
        }
        (None, Some(hi)) if above => {
            Some(("out-of-range", format!("{label}不能大于{hi}（当前为{x}）")))
        }
        _ => format.and_then(|f| formats::check_number(f, label, x)),
    }
}

fn bad_choice(fd: &FieldDef, s: &str) -> Option<Problem> {
    (!fd.options.iter().any(|o| o.value == s))
        .then(|| ("bad-choice", format!("{}没有“{s}”这一选项", fd.label)))
}

fn check_choices(fd: &FieldDef, list: &[String]) -> Option<Problem> {
    for (i, s) in list.iter().enumerate() {
        if let Some(p) = bad_choice(fd, s) {
            return Some(p);
        }
        if list[..i].contains(s) {
            return Some(("duplicate-choice", format!("{}的选项“{s}”重复", fd.label)));
        }
    }
    None
}

/// Label of a table cell: `基本情况2024年资产总额`.
fn cell_label(fd: &FieldDef, row: &str, col: &Column) -> String {
    if !row.is_empty() && row.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}{row}年{}", fd.label, col.label)
    } else {
        format!("{}“{row}”{}", fd.label, col.label)
    }
}

fn check_table(
    fd: &FieldDef,
    rows: &[TableRow],
    required_cells: bool,
    errors: &mut Vec<FieldError>,
) {
    // Paths and labels are formatted only for an error: a valid table formats nothing.
    let row_path = |row: &str| format!("{}.{row}", fd.id);
    let cell_path = |row: &str, col: &str| format!("{}.{row}.{col}", fd.id);
    let mut seen_rows: Vec<&str> = Vec::new();
    for row in rows {
        if !fd.rows.contains(&row.key) {
            let msg = format!(
                "{}没有“{}”这一行（应为{}）",
                fd.label,
                row.key,
                fd.rows.join("、")
            );
            errors.push(error(&row_path(&row.key), "unknown-row", msg));
            continue;
        }
        if seen_rows.contains(&row.key.as_str()) {
            errors.push(error(
                &row_path(&row.key),
                "duplicate-row",
                format!("{}的“{}”行重复", fd.label, row.key),
            ));
            continue;
        }
        seen_rows.push(&row.key);
        let mut seen_cols: Vec<&str> = Vec::new();
        for (col_id, scalar) in &row.cells {
            let Some(col) = fd.columns.iter().find(|c| &c.id == col_id) else {
                let msg = format!("{}没有“{col_id}”这一列", fd.label);
                errors.push(error(&cell_path(&row.key, col_id), "unknown-column", msg));
                continue;
            };
            if seen_cols.contains(&col_id.as_str()) {
                let msg = format!("{}重复填写", cell_label(fd, &row.key, col));
                errors.push(error(&cell_path(&row.key, col_id), "duplicate-column", msg));
                continue;
            }
            seen_cols.push(col_id);
            let check = |label: &str| match (col.kind, scalar) {
                (FieldKind::Number, Scalar::Number(x)) => {
                    check_number(label, *x, col.min, None, col.format)
                }
                (FieldKind::Number, Scalar::Text(_)) => {
                    Some(("not-a-number", format!("{label}必须是数字")))
                }
                (_, Scalar::Number(_)) => Some(("wrong-type", format!("{label}应为文字"))),
                (_, Scalar::Text(_)) => None,
            };
            // A cell is checked once without its label; only a cell with a problem is
            // checked again to word the message.
            if check("").is_some()
                && let Some((code, message)) = check(&cell_label(fd, &row.key, col))
            {
                errors.push(error(&cell_path(&row.key, col_id), code, message));
            }
        }
    }
    // An empty table is reported once, as a missing field.
    if required_cells && !rows.is_empty() {
        for key in &fd.rows {
            let row = rows.iter().find(|r| &r.key == key);
            for col in &fd.columns {
                let given = row.is_some_and(|r| r.cells.iter().any(|(c, _)| c == &col.id));
                if !given {
                    let msg = format!("请填写{}", cell_label(fd, key, col));
                    errors.push(error(&cell_path(key, &col.id), "required", msg));
                }
            }
        }
    }
}
