//! A small builder so that each form definition reads like the regulation's table.

use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{
    ChoiceOption, Column, Condition, FieldDef, FieldKind, FormDef, Section, TextFormat, UploadRule,
};
use crate::contract::SealCapacity;

/// A field under construction.
pub struct F(FieldDef);

fn field(kind: FieldKind, id: &str, label: &str) -> F {
    F(FieldDef {
        id: id.into(),
        label: label.into(),
        help: None,
        kind,
        required: false,
        read_only: false,
        unit: None,
        max_chars: None,
        min: None,
        max: None,
        format: None,
        seal: None,
        upload: None,
        options: Vec::new(),
        columns: Vec::new(),
        rows: Vec::new(),
        visible_when: None,
    })
}

pub fn text(id: &str, label: &str) -> F {
    field(FieldKind::Text, id, label)
}
pub fn multiline(id: &str, label: &str) -> F {
    field(FieldKind::Multiline, id, label)
}
pub fn number(id: &str, label: &str) -> F {
    field(FieldKind::Number, id, label)
}
pub fn date(id: &str, label: &str) -> F {
    field(FieldKind::Date, id, label)
}
pub fn select(id: &str, label: &str, options: &[(&str, &str)]) -> F {
    field(FieldKind::Select, id, label).options(options)
}
pub fn multi_select(id: &str, label: &str, options: &[(&str, &str)]) -> F {
    field(FieldKind::MultiSelect, id, label).options(options)
}
pub fn checkbox(id: &str, label: &str) -> F {
    field(FieldKind::Checkbox, id, label)
}
pub fn table(id: &str, label: &str, rows: &[String], columns: Vec<Column>) -> F {
    let mut f = field(FieldKind::Table, id, label);
    f.0.rows = rows.to_vec();
    f.0.columns = columns;
    f
}
/// Files: PDF and images by default, each at most `EVIDENCE_MAX_BYTES`.
pub fn attachments(id: &str, label: &str) -> F {
    let mut f = field(FieldKind::Attachments, id, label);
    f.0.upload = Some(UploadRule {
        max_bytes: EVIDENCE_MAX_BYTES,
        max_files: EVIDENCE_MAX_FILES,
        media_types: EVIDENCE_TYPES.iter().map(|t| (*t).to_string()).collect(),
    });
    f
}

/// Largest evidence file: scanned certificates and reports, 20 MiB.
pub const EVIDENCE_MAX_BYTES: u64 = 20 << 20;
/// Most files in one attachments field.
pub const EVIDENCE_MAX_FILES: u32 = 20;
/// What offices exchange as evidence: PDF, scans, and Word/Excel/WPS documents.
pub const EVIDENCE_TYPES: [&str; 8] = [
    "application/pdf",
    "image/jpeg",
    "image/png",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-works",
];

/// An org unit's seal (公章): the seal service applies the actor's org-unit seal.
pub fn seal(id: &str, label: &str) -> F {
    let mut f = field(FieldKind::Seal, id, label);
    f.0.seal = Some(SealCapacity::OrgSeal);
    f
}
/// The enterprise's legal representative signs in person (法定代表人签字).
pub fn legal_rep_signature(id: &str, label: &str) -> F {
    let mut f = field(FieldKind::Seal, id, label);
    f.0.seal = Some(SealCapacity::LegalRepresentative);
    f
}
/// Read-only text; the text itself is the help.
pub fn statement(id: &str, label: &str, text: &str) -> F {
    field(FieldKind::Statement, id, label).help(text)
}

/// A number column of a table, with an optional lower bound.
pub fn num_column(id: &str, label: &str, unit: &str, min: Option<f64>) -> Column {
    Column {
        id: id.into(),
        label: label.into(),
        unit: Some(unit.into()),
        kind: FieldKind::Number,
        min,
        format: None,
    }
}

/// A column of whole numbers (a head count).
pub fn integer_column(id: &str, label: &str, unit: &str) -> Column {
    Column {
        format: Some(TextFormat::Integer),
        ..num_column(id, label, unit, Some(0.0))
    }
}

impl F {
    pub fn required(mut self) -> Self {
        self.0.required = true;
        self
    }
    pub fn help(mut self, help: &str) -> Self {
        self.0.help = Some(help.into());
        self
    }
    pub fn max_chars(mut self, n: u32) -> Self {
        self.0.max_chars = Some(n);
        self
    }
    pub fn unit(mut self, unit: &str) -> Self {
        self.0.unit = Some(unit.into());
        self
    }
    pub fn min(mut self, min: f64) -> Self {
        self.0.min = Some(min);
        self
    }
    pub fn range(mut self, min: f64, max: f64) -> Self {
        self.0.min = Some(min);
        self.0.max = Some(max);
        self
    }
    /// What the value must look like (checked in `formats`).
    pub fn format(mut self, format: TextFormat) -> Self {
        self.0.format = Some(format);
        self
    }
    pub fn options(mut self, options: &[(&str, &str)]) -> Self {
        self.0.options = options
            .iter()
            .map(|(value, label)| ChoiceOption {
                value: (*value).into(),
                label: (*label).into(),
            })
            .collect();
        self
    }
    /// Show (and require) only when `field` has one of `any_of`
    /// (`"true"`/`"false"` for checkboxes).
    pub fn visible_when(mut self, field: &str, any_of: &[&str]) -> Self {
        self.0.visible_when = Some(Condition {
            field: field.into(),
            any_of: any_of.iter().map(|v| (*v).into()).collect(),
        });
        self
    }
}

/// A titled group of fields.
pub fn section(id: &str, title: &str, help: Option<&str>, fields: Vec<F>) -> Section {
    Section {
        id: id.into(),
        title: title.into(),
        help: help.map(Into::into),
        fields: fields.into_iter().map(|f| f.0).collect(),
    }
}

/// A whole form.
pub fn form(
    id: &str,
    revision: u32,
    title: &str,
    help: Option<&str>,
    sections: Vec<Section>,
) -> FormDef {
    FormDef {
        id: id.into(),
        revision,
        title: title.into(),
        help: help.map(Into::into),
        sections,
    }
}
