//! Generic rendering of the plugin's form definitions (`forms.describe`): every field
//! kind, label, help, required mark, limit, unit, condition and table shape comes from
//! the definition, so the portal knows nothing about this workflow's forms.
//! Editable forms carry their schema in `data-` attributes; `portal.js` reads them back
//! into field values of the `fields_json` shape.

use std::collections::HashMap;

use super::html::esc;
use crate::codes::Code;
use crate::contract::SealCapacity;
use crate::contract::{Field, FieldValue, Scalar};
use crate::engine::exports::zhengzhou::quality_benchmark::forms::{
    Column, FieldDef, FieldKind, FilledForm,
};
use crate::fields_json::fields_to_json;

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

fn seal_text(value: Option<&FieldValue>, names: &Names) -> String {
    match value {
        Some(FieldValue::Seal(s)) => {
            let holder = names.get(&s.holder).unwrap_or(&s.holder);
            let signer = names.get(&s.signer).unwrap_or(&s.signer);
            format!(
                "<span class=\"stamp\">{}</span><span class=\"seal-meta\">{}：{} 于 {} 签章</span>",
                esc(holder),
                capacity_label(s.capacity),
                esc(signer),
                esc(&super::html::short_time(&s.signed_at)),
            )
        }
        _ => "<span class=\"unsigned\">尚未签章</span>".into(),
    }
}

/// People a text field takes a user id of may be picked from, by field id: (user id,
/// name as people read it). The 转办 form's 接办人 is the one such field.
pub type Pickers = std::collections::BTreeMap<String, Vec<(String, String)>>;

/// The whole form, editable (an action page) or as a read-only record (a case page).
pub fn render(form: &FilledForm, editable: bool, names: &Names, pick: &Pickers) -> String {
    let def = &form.definition;
    let mut out = format!("<div class=\"qb-form\" data-form-id=\"{}\">", esc(&def.id));
    if let Some(help) = &def.help {
        out.push_str(&format!("<p class=\"form-help\">{}</p>", esc(help)));
    }
    for section in &def.sections {
        let fields: String = section
            .fields
            .iter()
            .filter(|f| editable || !matches!(f.kind, FieldKind::Statement))
            .map(|f| {
                if editable {
                    field(f, value_of(&form.values, &f.id), names, pick)
                } else {
                    display(f, value_of(&form.values, &f.id), names)
                }
            })
            .collect();
        let help = section
            .help
            .as_ref()
            .map(|h| format!("<p class=\"section-help\">{}</p>", esc(h)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<fieldset class=\"form-section\"><legend>{}</legend>{help}{}</fieldset>",
            esc(&section.title),
            if editable {
                fields
            } else {
                format!("<table class=\"record\">{fields}</table>")
            }
        ));
    }
    out.push_str("</div>");
    out
}

/// One editable field with its label, control, help, counter and error slot.
fn field(f: &FieldDef, value: Option<&FieldValue>, names: &Names, pick: &Pickers) -> String {
    let id = esc(&f.id);
    let mut attrs = format!(
        " data-id=\"{id}\" data-kind=\"{}\" data-err-key=\"{id}\"",
        kind_code(f.kind)
    );
    if f.read_only {
        attrs.push_str(" data-readonly=\"1\"");
    }
    if value.is_some() {
        attrs.push_str(" data-had-value=\"1\"");
    }
    if let Some(c) = &f.visible_when {
        let any = serde_json::to_string(&c.any_of).unwrap_or_default();
        attrs.push_str(&format!(
            " data-when-field=\"{}\" data-when-any=\"{}\"",
            esc(&c.field),
            esc(&any)
        ));
    }
    let req = if f.required && !f.read_only {
        "<span class=\"req\" title=\"必填\">*</span>"
    } else {
        ""
    };
    let label = if matches!(f.kind, FieldKind::Checkbox) {
        String::new()
    } else {
        format!(
            "<label class=\"label\" for=\"f-{id}\">{}{req}</label>",
            esc(&f.label)
        )
    };
    let help = match (&f.help, f.kind) {
        (Some(h), FieldKind::Statement) => format!("<div class=\"statement\">{}</div>", esc(h)),
        (Some(h), _) => format!("<div class=\"help\">{}</div>", esc(h)),
        (None, _) => String::new(),
    };
    // A statement is its text alone: no control, so the text sits beside its label.
    let control = match f.kind {
        FieldKind::Statement => String::new(),
        _ => format!(
            "<div class=\"control\">{}</div>",
            with_aria(f, control(f, value, names, pick, req))
        ),
    };
    format!(
        "<div class=\"field kind-{}\"{attrs}>{label}{control}{help}<div class=\"field-error\" id=\"err-{id}\" data-err-for=\"{id}\" aria-live=\"polite\"></div></div>",
        kind_code(f.kind)
    )
}

/// A single-value control tells assistive technology that it is required and where its
/// error is read (the page sets `aria-invalid` when the plugin refuses the value).
fn with_aria(f: &FieldDef, html: String) -> String {
    let single = matches!(
        f.kind,
        FieldKind::Text
            | FieldKind::Multiline
            | FieldKind::Number
            | FieldKind::Date
            | FieldKind::Select
    );
    if !single || f.read_only {
        return html;
    }
    let Some(at) = ["<input ", "<select ", "<textarea "]
        .iter()
        .filter_map(|tag| html.find(tag).map(|i| i + tag.len() - 1))
        .min()
    else {
        return html;
    };
    let required = if f.required {
        " aria-required=\"true\""
    } else {
        ""
    };
    format!(
        "{}{required} aria-describedby=\"err-{}\"{}",
        &html[..at],
        esc(&f.id),
        &html[at..]
    )
}

fn control(
    f: &FieldDef,
    value: Option<&FieldValue>,
    names: &Names,
    pick: &Pickers,
    req: &str,
) -> String {
    let id = esc(&f.id);
    let disabled = if f.read_only { " disabled" } else { "" };
    let unit = f
        .unit
        .as_ref()
        .map(|u| format!("<span class=\"unit\">{}</span>", esc(u)))
        .unwrap_or_default();
    let counter = |text: &str| {
        f.max_chars
            .map(|max| {
                format!(
                    "<div class=\"counter\" data-for=\"{id}\" data-max=\"{max}\"><span>{}</span> / {max} 字</div>",
                    text.chars().count()
                )
            })
            .unwrap_or_default()
    };
    match f.kind {
        // A person is picked by name; the value filed is still their user id.
        FieldKind::Text if pick.contains_key(&f.id) => {
            let chosen = plain(value);
            let options: String = pick[&f.id]
                .iter()
                .map(|(user, name)| {
                    let sel = if *user == chosen { " selected" } else { "" };
                    format!(
                        "<option value=\"{}\"{sel}>{}</option>",
                        esc(user),
                        esc(name)
                    )
                })
                .collect();
            format!(
                "<select id=\"f-{id}\" name=\"{id}\"{disabled}><option value=\"\">— 请选择 —</option>{options}</select>"
            )
        }
        FieldKind::Text => {
            let v = plain(value);
            let format = f
                .format
                .as_ref()
                .map(|x| format!(" data-format=\"{}\"", esc(x.code())))
                .unwrap_or_default();
            format!(
                "<input type=\"text\" id=\"f-{id}\" name=\"{id}\" value=\"{}\"{format}{disabled}>{unit}{}",
                esc(&v),
                counter(&v)
            )
        }
        FieldKind::Multiline => {
            let v = plain(value);
            let rows = match f.max_chars {
                Some(m) if m >= 2000 => 12,
                Some(m) if m >= 500 => 6,
                _ => 3,
            };
            format!(
                "<textarea id=\"f-{id}\" name=\"{id}\" rows=\"{rows}\"{disabled}>{}</textarea>{}",
                esc(&v),
                counter(&v)
            )
        }
        FieldKind::Number => {
            let bound = |name: &str, b: Option<f64>| {
                b.map(|b| format!(" {name}=\"{}\"", number(b)))
                    .unwrap_or_default()
            };
            format!(
                "<input type=\"number\" step=\"any\" id=\"f-{id}\" name=\"{id}\" value=\"{}\"{}{}{disabled}>{unit}",
                esc(&plain(value)),
                bound("min", f.min),
                bound("max", f.max)
            )
        }
        FieldKind::Date => format!(
            "<input type=\"date\" id=\"f-{id}\" name=\"{id}\" value=\"{}\"{disabled}>",
            esc(&plain(value))
        ),
        FieldKind::Select => {
            let current = plain(value);
            let options: String = f
                .options
                .iter()
                .map(|o| {
                    let sel = if o.value == current { " selected" } else { "" };
                    format!(
                        "<option value=\"{}\"{sel}>{}</option>",
                        esc(&o.value),
                        esc(&o.label)
                    )
                })
                .collect();
            format!(
                "<select id=\"f-{id}\" name=\"{id}\"{disabled}><option value=\"\">— 请选择 —</option>{options}</select>"
            )
        }
        FieldKind::MultiSelect => {
            let chosen: Vec<String> = match value {
                Some(FieldValue::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            f.options
                .iter()
                .map(|o| {
                    let checked = if chosen.contains(&o.value) { " checked" } else { "" };
                    format!(
                        "<label class=\"choice\"><input type=\"checkbox\" name=\"{id}\" value=\"{}\"{checked}{disabled}>{}</label>",
                        esc(&o.value),
                        esc(&o.label)
                    )
                })
                .collect()
        }
        FieldKind::Checkbox => {
            let checked = if matches!(value, Some(FieldValue::Flag(true))) {
                " checked"
            } else {
                ""
            };
            format!(
                "<label class=\"choice tick\"><input type=\"checkbox\" id=\"f-{id}\" name=\"{id}\" value=\"true\"{checked}{disabled}>{}{req}</label>",
                esc(&f.label)
            )
        }
        FieldKind::Table => table(f, value, disabled),
        FieldKind::Attachments => {
            let json = value
                .map(|v| value_json(&f.id, v))
                .unwrap_or_else(|| "{\"attachments\":[]}".into());
            format!(
                "<div class=\"attach\" data-value=\"{}\"><ul class=\"files\"></ul>{}</div>",
                esc(&json),
                if f.read_only {
                    String::new()
                } else {
                    upload_control(f)
                }
            )
        }
        FieldKind::Seal => {
            let capacity = f.seal.unwrap_or(SealCapacity::OrgSeal);
            let (button, personal) = match capacity {
                SealCapacity::OrgSeal => ("加盖电子印章", capacity.code()),
                _ => ("签字", capacity.code()),
            };
            let json = value.map(|v| value_json(&f.id, v)).unwrap_or_default();
            format!(
                "<div class=\"seal-box\" data-value=\"{}\" data-seal-format=\"{personal}\"><div class=\"seal-state\">{}</div>{}</div>",
                esc(&json),
                seal_text(value, names),
                if f.read_only {
                    String::new()
                } else {
                    format!(
                        "<button type=\"button\" class=\"btn seal\" data-seal=\"{id}\">{button}</button>"
                    )
                }
            )
        }
        FieldKind::Statement => String::new(),
    }
}

/// The file picker of an attachments field, carrying the plugin's upload rule so that
/// the page refuses a file too large or of a type the field does not take before
/// sending it (the plugin checks again on upload).
fn upload_control(f: &FieldDef) -> String {
    let id = esc(&f.id);
    let Some(rule) = &f.upload else {
        return format!(
            "<label class=\"btn small upload\">选择文件上传<input type=\"file\" multiple data-upload=\"{id}\"></label>"
        );
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
    format!(
        "<label class=\"btn small upload\">选择文件上传<input type=\"file\" multiple data-upload=\"{id}\" accept=\"{}\" data-max-bytes=\"{}\" data-max-files=\"{}\" data-types=\"{}\" aria-describedby=\"hint-{id}\"></label><span class=\"hint\" id=\"hint-{id}\">{}</span><div class=\"progress\" hidden><progress max=\"100\" value=\"0\"></progress><span></span></div>",
        esc(&rule.media_types.join(",")),
        rule.max_bytes,
        rule.max_files,
        esc(&types.join("、")),
        esc(&hint),
    )
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

fn table(f: &FieldDef, value: Option<&FieldValue>, disabled: &str) -> String {
    let id = esc(&f.id);
    let head: String = f
        .columns
        .iter()
        .map(|c| {
            let unit = c
                .unit
                .as_ref()
                .map(|u| format!("<small>（{}）</small>", esc(u)))
                .unwrap_or_default();
            format!("<th>{}{unit}</th>", esc(&c.label))
        })
        .collect();
    let rows: String = f
        .rows
        .iter()
        .map(|row| {
            let cells: String = f
                .columns
                .iter()
                .map(|c| {
                    let key = format!("{}.{}.{}", f.id, row, c.id);
                    let input = if matches!(c.kind, FieldKind::Number) {
                        let min = c.min.map(|m| format!(" min=\"{}\"", number(m))).unwrap_or_default();
                        format!("type=\"number\" step=\"any\"{min}")
                    } else {
                        "type=\"text\"".into()
                    };
                    format!(
                        // The cell's name for a screen reader: its row and its column.
                        "<td data-label=\"{l}\"><input {input} name=\"{k}\" aria-label=\"{} {l}\" data-row=\"{}\" data-col=\"{}\" data-col-kind=\"{}\" data-err-key=\"{k}\" value=\"{}\"{disabled}></td>",
                        esc(row),
                        esc(row),
                        esc(&c.id),
                        kind_code(c.kind),
                        esc(&cell(value, row, &c.id)),
                        k = esc(&key),
                        l = esc(&column_label(c)),
                    )
                })
                .collect();
            format!("<tr><th class=\"rowkey\">{}</th>{cells}</tr>", esc(row))
        })
        .collect();
    format!(
        "<table class=\"grid\" data-table=\"{id}\"><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )
}

/// One row of a read-only record.
fn display(f: &FieldDef, value: Option<&FieldValue>, names: &Names) -> String {
    let shown = match (f.kind, value) {
        (_, None) => "<span class=\"empty\">（未填写）</span>".to_string(),
        (FieldKind::Select, Some(FieldValue::Choice(c))) => esc(&option_label(f, c)),
        (FieldKind::MultiSelect, Some(FieldValue::Choices(cs))) => esc(&cs
            .iter()
            .map(|c| option_label(f, c))
            .collect::<Vec<_>>()
            .join("、")),
        (_, Some(FieldValue::Flag(b))) => if *b { "是" } else { "否" }.to_string(),
        (_, Some(FieldValue::Table(_))) => {
            let head: String = f
                .columns
                .iter()
                .map(|c| format!("<th>{}</th>", esc(&c.label)))
                .collect();
            let rows: String = f
                .rows
                .iter()
                .map(|r| {
                    let cells: String = f
                        .columns
                        .iter()
                        .map(|c| {
                            format!(
                                "<td data-label=\"{}\">{}</td>",
                                esc(&column_label(c)),
                                esc(&cell(value, r, &c.id))
                            )
                        })
                        .collect();
                    format!("<tr><th class=\"rowkey\">{}</th>{cells}</tr>", esc(r))
                })
                .collect();
            format!(
                "<table class=\"grid\"><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table>"
            )
        }
        (_, Some(FieldValue::Attachments(list))) => list
            .iter()
            .map(|a| {
                format!(
                    "<a class=\"file\" href=\"/attachments/{}\">{}</a> <small>{} 字节</small>",
                    super::http::percent_encode(&a.id),
                    esc(&a.name),
                    a.size
                )
            })
            .collect::<Vec<_>>()
            .join("<br>"),
        (_, v @ Some(FieldValue::Seal(_))) => seal_text(v, names),
        (_, Some(v)) => {
            let unit = f.unit.as_deref().unwrap_or_default();
            format!(
                "<span class=\"pre\">{}</span>{}",
                esc(&plain(Some(v))),
                esc(unit)
            )
        }
    };
    format!("<tr><th>{}</th><td>{shown}</td></tr>", esc(&f.label))
}

fn option_label(f: &FieldDef, value: &str) -> String {
    f.options
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.label.clone())
        .unwrap_or_else(|| value.to_string())
}
