//! Generic rendering of the plugin's form definitions (`forms.describe`): every field
//! kind, label, help, required mark, limit, unit, condition and table shape comes from
//! the definition, so the portal knows nothing about this workflow's forms.
//! Editable forms carry their schema in `data-` attributes; `portal.js` reads them back
//! into field values of the `fields_json` shape.

use std::collections::HashMap;

use crate::codes::Code;
use crate::contract::SealCapacity;
use crate::contract::{Field, FieldValue, Scalar};
use crate::engine::exports::zhengzhou::quality_benchmark::forms::{
    Column, FieldDef, FieldKind, FilledForm,
};
use crate::fields_json::fields_to_json;
use maud::{Markup, html};

/// Display names of users and org units, to show who holds a seal.
pub type Names = HashMap<String, String>;

/// Stable code of a field kind, as `portal.js` expects it.
pub(super) fn kind_code(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::Multiline => "multiline",
        FieldKind::Number => "number",
        FieldKind::Date => "date",
        FieldKind::Select => "select",
        FieldKind::MultiSelect => "multi-select",
        FieldKind::Checkbox => "checkbox",
        FieldKind::Table => "table",
        FieldKind::Attachments => "attachments",
        FieldKind::Seal => "seal",
        FieldKind::Statement => "statement",
    }
}

/// A number without a trailing `.0`.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn value_of<'a>(values: &'a [Field], id: &str) -> Option<&'a FieldValue> {
    values.iter().find(|f| f.id == id).map(|f| &f.value)
}

/// The JSON of one value, for a `data-value` attribute.
fn value_json(id: &str, value: &FieldValue) -> String {
    let json = fields_to_json(&[Field {
        id: id.into(),
        value: value.clone(),
    }]);
    json[0]["value"].to_string()
}

/// A scalar or single value as the text an input holds.
fn plain(value: Option<&FieldValue>) -> String {
    match value {
        Some(FieldValue::Text(s) | FieldValue::Date(s) | FieldValue::Choice(s)) => s.clone(),
        Some(FieldValue::Number(n)) => number(*n),
        _ => String::new(),
    }
}

fn cell(value: Option<&FieldValue>, row: &str, col: &str) -> String {
    let Some(FieldValue::Table(rows)) = value else {
        return String::new();
    };
    rows.iter()
        .find(|r| r.key == row)
        .and_then(|r| r.cells.iter().find(|(c, _)| c == col))
        .map(|(_, s)| match s {
            Scalar::Text(t) => t.clone(),
            Scalar::Number(n) => number(*n),
        })
        .unwrap_or_default()
}

/// Chinese name of a seal capacity.
pub fn capacity_label(c: SealCapacity) -> &'static str {
    match c {
        SealCapacity::OrgSeal => "单位公章",
        SealCapacity::LegalRepresentative => "法定代表人签字",
        SealCapacity::Personal => "本人签字",
    }
}

fn seal_text(value: Option<&FieldValue>, names: &Names) -> Markup {
    match value {
        Some(FieldValue::Seal(s)) => {
            let holder = names.get(&s.holder).unwrap_or(&s.holder);
            let signer = names.get(&s.signer).unwrap_or(&s.signer);
            html! {
                span.stamp { (holder) }
                span.seal-meta {
                    (capacity_label(s.capacity)) "：" (signer) " 于 "
                    (super::html::short_time(&s.signed_at)) " 签章"
                }
            }
        }
        _ => html! { span.unsigned { "尚未签章" } },
    }
}

/// People a text field takes a user id of may be picked from, by field id: (user id,
/// name as people read it). The 转办 form's 接办人 is the one such field.
pub type Pickers = std::collections::BTreeMap<String, Vec<(String, String)>>;

/// The whole form, editable (an action page) or as a read-only record (a case page).
/// Whether the form, rendered to be filled in, has a seal or signature button the
/// person must press (a seal field that is not read-only).
pub fn asks_for_a_seal(form: &FilledForm) -> bool {
    form.definition
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .any(|f| matches!(f.kind, FieldKind::Seal) && !f.read_only)
}

pub fn render(form: &FilledForm, editable: bool, names: &Names, pick: &Pickers) -> Markup {
    let def = &form.definition;
    html! {
        div.qb-form data-form-id=(def.id) {
            @if let Some(help) = &def.help {
                p.form-help { (help) }
            }
            @for section in &def.sections {
                @let fields: Vec<&FieldDef> = section
                    .fields
                    .iter()
                    .filter(|f| editable || !matches!(f.kind, FieldKind::Statement))
                    .collect();
                fieldset.form-section {
                    legend { (section.title) }
                    @if let Some(h) = &section.help {
                        p.section-help { (h) }
                    }
                    @if editable {
                        @for f in &fields {
                            (field(f, value_of(&form.values, &f.id), names, pick))
                        }
                    } @else {
                        table.record {
                            @for f in &fields {
                                (display(f, value_of(&form.values, &f.id), names))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One editable field with its label, control, help, counter and error slot.
fn field(f: &FieldDef, value: Option<&FieldValue>, names: &Names, pick: &Pickers) -> Markup {
    let kind = kind_code(f.kind);
    let when = f.visible_when.as_ref();
    let when_any = when.map(|c| serde_json::to_string(&c.any_of).unwrap_or_default());
    let req = html! {
        @if f.required && !f.read_only {
            span.req title="必填" { "*" }
        }
    };
    html! {
        div class={ "field kind-" (kind) } data-id=(f.id) data-kind=(kind) data-err-key=(f.id)
            data-readonly=[f.read_only.then_some("1")]
            data-had-value=[value.is_some().then_some("1")]
            data-when-field=[when.map(|c| &c.field)] data-when-any=[when_any] {
            @if !matches!(f.kind, FieldKind::Checkbox) {
                label.label for={ "f-" (f.id) } { (f.label) (req) }
            }
            // A statement is its text alone: no control, so the text sits beside its label.
            @if !matches!(f.kind, FieldKind::Statement) {
                div.control { (control(f, value, names, pick, &req)) }
            }
            @match (&f.help, f.kind) {
                (Some(h), FieldKind::Statement) => div.statement { (h) },
                (Some(h), _) => div.help { (h) },
                (None, _) => {},
            }
            div.field-error id={ "err-" (f.id) } data-err-for=(f.id) aria-live="polite" {}
        }
    }
}

/// The control of an editable field. A single-value control tells assistive technology
/// that it is required and where its error is read (the page sets `aria-invalid` when
/// the plugin refuses the value).
fn control(
    f: &FieldDef,
    value: Option<&FieldValue>,
    names: &Names,
    pick: &Pickers,
    req: &Markup,
) -> Markup {
    let single = matches!(
        f.kind,
        FieldKind::Text
            | FieldKind::Multiline
            | FieldKind::Number
            | FieldKind::Date
            | FieldKind::Select
    ) && !f.read_only;
    let required = (single && f.required).then_some("true");
    let described = single.then(|| format!("err-{}", f.id));
    let control_id = format!("f-{}", f.id);
    let ro = f.read_only;
    let unit = html! {
        @if let Some(u) = &f.unit {
            span.unit { (u) }
        }
    };
    let counter = |text: &str| {
        html! {
            @if let Some(max) = f.max_chars {
                div.counter data-for=(f.id) data-max=(max) {
                    span { (text.chars().count()) } " / " (max) " 字"
                }
            }
        }
    };
    // The options of a select: a person picked by name (the value filed is still their
    // user id), or the field's own options.
    let select = |options: Vec<(&str, &str)>, current: &str| {
        html! {
            select aria-required=[required] aria-describedby=[&described]
                id=(control_id) name=(f.id) disabled[ro] {
                option value="" { "— 请选择 —" }
                @for (v, label) in options {
                    option value=(v) selected[v == current] { (label) }
                }
            }
        }
    };
    match (f.kind, pick.get(&f.id)) {
        (FieldKind::Text, Some(people)) => select(
            people
                .iter()
                .map(|(u, n)| (u.as_str(), n.as_str()))
                .collect(),
            &plain(value),
        ),
        (FieldKind::Text, None) => {
            let v = plain(value);
            html! {
                input aria-required=[required] aria-describedby=[&described]
                    type="text" id=(control_id) name=(f.id) value=(v)
                    data-format=[f.format.as_ref().map(|x| x.code())] disabled[ro];
                (unit) (counter(&v))
            }
        }
        (FieldKind::Multiline, _) => {
            let v = plain(value);
            let rows = match f.max_chars {
                Some(m) if m >= 2000 => 12,
                Some(m) if m >= 500 => 6,
                _ => 3,
            };
            html! {
                textarea aria-required=[required] aria-describedby=[&described]
                    id=(control_id) name=(f.id) rows=(rows) disabled[ro] { (v) }
                (counter(&v))
            }
        }
        (FieldKind::Number, _) => html! {
            input aria-required=[required] aria-describedby=[&described]
                type="number" step="any" id=(control_id) name=(f.id) value=(plain(value))
                min=[f.min.map(number)] max=[f.max.map(number)] disabled[ro];
            (unit)
        },
        (FieldKind::Date, _) => html! {
            input aria-required=[required] aria-describedby=[&described]
                type="date" id=(control_id) name=(f.id) value=(plain(value)) disabled[ro];
        },
        (FieldKind::Select, _) => select(
            f.options
                .iter()
                .map(|o| (o.value.as_str(), o.label.as_str()))
                .collect(),
            &plain(value),
        ),
        (FieldKind::MultiSelect, _) => {
            let chosen: &[String] = match value {
                Some(FieldValue::Choices(c)) => c,
                _ => &[],
            };
            html! {
                @for o in &f.options {
                    label.choice {
                        input type="checkbox" name=(f.id) value=(o.value)
                            checked[chosen.contains(&o.value)] disabled[ro];
                        (o.label)
                    }
                }
            }
        }
        (FieldKind::Checkbox, _) => html! {
            label class="choice tick" {
                input type="checkbox" id=(control_id) name=(f.id) value="true"
                    checked[matches!(value, Some(FieldValue::Flag(true)))] disabled[ro];
                (f.label) (req)
            }
        },
        (FieldKind::Table, _) => table(f, value),
        (FieldKind::Attachments, _) => {
            let json = value
                .map(|v| value_json(&f.id, v))
                .unwrap_or_else(|| "{\"attachments\":[]}".into());
            html! {
                div.attach data-value=(json) {
                    ul.files {}
                    @if !ro { (upload_control(f)) }
                }
            }
        }
        (FieldKind::Seal, _) => {
            let capacity = f.seal.unwrap_or(SealCapacity::OrgSeal);
            let button = match capacity {
                SealCapacity::OrgSeal => "加盖电子印章",
                _ => "签字",
            };
            let json = value.map(|v| value_json(&f.id, v)).unwrap_or_default();
            html! {
                div.seal-box data-value=(json) data-seal-format=(capacity.code()) {
                    div.seal-state { (seal_text(value, names)) }
                    @if !ro {
                        button type="button" class="btn seal" data-seal=(f.id) { (button) }
                    }
                }
            }
        }
        (FieldKind::Statement, _) => html! {},
    }
}

/// The file picker of an attachments field, carrying the plugin's upload rule so that
/// the page refuses a file too large or of a type the field does not take before
/// sending it (the plugin checks again on upload).
fn upload_control(f: &FieldDef) -> Markup {
    let Some(rule) = &f.upload else {
        return html! {
            label class="btn small upload" {
                "选择文件上传"
                input type="file" multiple data-upload=(f.id);
            }
        };
    };
    let types: Vec<&str> = rule.media_types.iter().map(|t| media_label(t)).collect();
    let mb = rule.max_bytes as f64 / (1024.0 * 1024.0);
    let hint = format!(
        "单个文件不超过 {} MB{}，最多 {} 个",
        number((mb * 10.0).round() / 10.0),
        if types.is_empty() {
            String::new()
        } else {
            format!("，格式：{}", types.join("、"))
        },
        rule.max_files
    );
    let hint_id = format!("hint-{}", f.id);
    html! {
        label class="btn small upload" {
            "选择文件上传"
            input type="file" multiple data-upload=(f.id) accept=(rule.media_types.join(","))
                data-max-bytes=(rule.max_bytes) data-max-files=(rule.max_files)
                data-types=(types.join("、")) aria-describedby=(hint_id);
        }
        span.hint id=(hint_id) { (hint) }
        div.progress hidden {
            progress max="100" value="0" {}
            span {}
        }
    }
}

/// A media type as people name it.
fn media_label(t: &str) -> &str {
    match t {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        "image/png" => "PNG",
        "application/msword" => "DOC",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.ms-excel" => "XLS",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "XLSX",
        "application/zip" => "ZIP",
        other => other,
    }
}

/// A column's label with its unit, e.g. 资产总额（万元）: what a cell is called when a
/// phone shows each row of a table as a card of labelled values (`data-label`).
fn column_label(c: &Column) -> String {
    match &c.unit {
        Some(u) => format!("{}（{u}）", c.label),
        None => c.label.clone(),
    }
}

fn table(f: &FieldDef, value: Option<&FieldValue>) -> Markup {
    html! {
        table.grid data-table=(f.id) {
            thead {
                tr {
                    th {}
                    @for c in &f.columns {
                        th {
                            (c.label)
                            @if let Some(u) = &c.unit {
                                small { "（" (u) "）" }
                            }
                        }
                    }
                }
            }
            tbody {
                @for row in &f.rows {
                    tr {
                        th.rowkey { (row) }
                        @for c in &f.columns {
                            @let key = format!("{}.{}.{}", f.id, row, c.id);
                            @let label = column_label(c);
                            @let number_cell = matches!(c.kind, FieldKind::Number);
                            td data-label=(label) {
                                // The cell's name for a screen reader: its row and its column.
                                input type=(if number_cell { "number" } else { "text" })
                                    step=[number_cell.then_some("any")]
                                    min=[c.min.filter(|_| number_cell).map(number)]
                                    name=(key) aria-label={ (row) " " (label) }
                                    data-row=(row) data-col=(c.id) data-col-kind=(kind_code(c.kind))
                                    data-err-key=(key) value=(cell(value, row, &c.id)) disabled[f.read_only];
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One row of a read-only record.
fn display(f: &FieldDef, value: Option<&FieldValue>, names: &Names) -> Markup {
    let shown = match (f.kind, value) {
        (_, None) => html! { span.empty { "（未填写）" } },
        (FieldKind::Select, Some(FieldValue::Choice(c))) => html! { (option_label(f, c)) },
        (FieldKind::MultiSelect, Some(FieldValue::Choices(cs))) => {
            let labels: Vec<String> = cs.iter().map(|c| option_label(f, c)).collect();
            html! { (labels.join("、")) }
        }
        (_, Some(FieldValue::Flag(b))) => html! { (if *b { "是" } else { "否" }) },
        (_, Some(FieldValue::Table(_))) => html! {
            table.grid {
                thead {
                    tr {
                        th {}
                        @for c in &f.columns { th { (c.label) } }
                    }
                }
                tbody {
                    @for r in &f.rows {
                        tr {
                            th.rowkey { (r) }
                            @for c in &f.columns {
                                td data-label=(column_label(c)) { (cell(value, r, &c.id)) }
                            }
                        }
                    }
                }
            }
        },
        (_, Some(FieldValue::Attachments(list))) => html! {
            @for (i, a) in list.iter().enumerate() {
                @if i > 0 { br; }
                a.file href={ "/attachments/" (super::http::percent_encode(&a.id)) } { (a.name) }
                " "
                small { (a.size) " 字节" }
            }
        },
        (_, v @ Some(FieldValue::Seal(_))) => seal_text(v, names),
        (_, Some(v)) => html! {
            span.pre { (plain(Some(v))) }
            (f.unit.as_deref().unwrap_or_default())
        },
    };
    html! {
        tr {
            th { (f.label) }
            td { (shown) }
        }
    }
}

fn option_label(f: &FieldDef, value: &str) -> String {
    f.options
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.label.clone())
        .unwrap_or_else(|| value.to_string())
}
