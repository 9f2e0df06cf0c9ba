//! The text of a case view that `view` steps search: every value a person is shown,
//! one per line, in a fixed order — never the keys, enum tags or host-made ids, so that
//! the same view reads the same on every host (the Node host builds the same lines).
//!
//! Order: the summary (id, year, title, district, owner, score); each section's title,
//! then each item's label and value; each form on file: its id and title, then each
//! field's id and value; the downloadable files' names; each history line (at, who,
//! label, opinion, detail); each task line (title, who, due). Numbers are written the
//! shortest way that reads back the same (`85`, `85.5`), flags as `true`/`false`.

use crate::contract::{FieldValue, Scalar};
use crate::contract_approval::CaseView;

/// A number as both hosts write it: no `.0` for whole numbers.
pub fn number(n: f64) -> String {
    format!("{n}")
}

fn value_lines(v: &FieldValue, out: &mut Vec<String>) {
    match v {
        FieldValue::Text(s) | FieldValue::Date(s) | FieldValue::Choice(s) => out.push(s.clone()),
        FieldValue::Number(n) => out.push(number(*n)),
        FieldValue::Flag(b) => out.push(b.to_string()),
        FieldValue::Choices(c) => out.extend(c.iter().cloned()),
        FieldValue::Table(rows) => {
            for r in rows {
                out.push(r.key.clone());
                for (column, cell) in &r.cells {
                    out.push(column.clone());
                    out.push(match cell {
                        Scalar::Text(t) => t.clone(),
                        Scalar::Number(n) => number(*n),
                    });
                }
            }
        }
        FieldValue::Attachments(files) => out.extend(files.iter().map(|f| f.name.clone())),
        FieldValue::Seal(s) => {
            out.push(s.holder.clone());
            out.push(s.signer.clone());
            out.push(s.signed_at.clone());
        }
    }
}

/// The view's lines.
pub fn lines(view: &CaseView) -> Vec<String> {
    let s = &view.summary;
    let mut out = vec![s.id.clone(), s.year.to_string(), s.title.clone()];
    out.extend(s.district.iter().cloned());
    out.extend(s.owner.iter().cloned());
    out.extend(s.score.map(number));
    for section in &view.sections {
        out.push(section.title.clone());
        for item in &section.items {
            out.push(item.label.clone());
            out.push(item.value.clone());
        }
    }
    for form in &view.forms {
        out.push(form.definition.id.clone());
        out.push(form.definition.title.clone());
        for field in &form.values {
            out.push(field.id.clone());
            value_lines(&field.value, &mut out);
        }
    }
    out.extend(view.attachments.iter().map(|a| a.name.clone()));
    for h in &view.history {
        out.extend([h.at.clone(), h.who.clone(), h.label.clone()]);
        out.extend(h.opinion.iter().cloned());
        out.extend(h.detail.iter().cloned());
    }
    for t in &view.tasks {
        out.extend([t.title.clone(), t.who.clone()]);
        out.extend(t.due.iter().cloned());
    }
    out
}
