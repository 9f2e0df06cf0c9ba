//! Attachments: an upload belongs to a case and to the person who may act on it.
//!
//! Before the host stores a file, `permit` checks that the uploader may take the action
//! whose form has the field, on that case, now, and that type and size fit the field.
//! When the action is taken, `check` looks every referenced file up in the host's store:
//! a reference the host does not hold, that differs from what it holds, that someone
//! else uploaded or that was uploaded for another case is refused; the others are
//! linked to the case in the action's own transaction.

use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{
    FieldDef, FieldKind, UploadRequest,
};
use crate::contract::{Actor, Field, FieldError, FieldValue};
use crate::effects::Effects;
use crate::forms;
use crate::host::Host;
use crate::refusal::{Decision, field_error, refuse};
use crate::rules::Rule;
use crate::workflow::guarded;

/// Longest file name, in characters.
pub const NAME_MAX: usize = 200;

/// The attachments fields of a rule's form.
fn upload_fields(rule: &Rule, year: u16) -> Vec<FieldDef> {
    forms::fields_of_kind(rule.form, year, FieldKind::Attachments, FieldDef::clone)
}

/// `forms.permit-upload`.
pub fn permit(host: &dyn Host, actor: &Actor, up: &UploadRequest) -> Decision<()> {
    let (case, rule) = guarded(host, actor, up.case_id.as_deref(), up.action)?;
    let year = case
        .as_ref()
        .map_or(forms::limits::DEFAULT_YEAR, |c| c.year());
    let Some(def) = upload_fields(rule, year)
        .into_iter()
        .find(|f| f.id == up.field)
    else {
        return Err(refuse(
            "not-an-upload-field",
            format!("“{}”的表单中没有附件字段“{}”", rule.label, up.field),
        ));
    };
    let name_chars = up.name.trim().chars().count();
    if name_chars == 0 || name_chars > NAME_MAX {
        return Err(refuse(
            "upload-name",
            format!("文件名须为1至{NAME_MAX}个字"),
        ));
    }
    if let Some(rule) = &def.upload {
        if up.size > rule.max_bytes {
            return Err(refuse(
                "upload-too-large",
                format!(
                    "{}：文件不能超过{}MB（当前{:.1}MB）",
                    def.label,
                    rule.max_bytes >> 20,
                    up.size as f64 / f64::from(1 << 20)
                ),
            ));
        }
        if !rule.media_types.contains(&up.media_type) {
            return Err(refuse(
                "upload-type",
                format!("{}：只接受PDF、图片和Word/Excel文件", def.label),
            ));
        }
    }
    Ok(())
}

/// Every attachment the values reference, against the host's store; links the new ones.
pub fn check(
    host: &dyn Host,
    actor: &Actor,
    case_id: Option<&str>,
    values: &[Field],
    fx: &mut Effects,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for field in values {
        let FieldValue::Attachments(files) = &field.value else {
            continue;
        };
        for file in files {
            let bad = |code: &str, what: &str| {
                field_error(&field.id, code, format!("附件“{}”{what}", file.name))
            };
            let Some(stored) = host.attachment(&file.id) else {
                errors.push(bad("attachment-unknown", "没有上传到平台，请重新上传"));
                continue;
            };
            if stored.file != *file {
                errors.push(bad(
                    "attachment-mismatch",
                    "与平台保存的文件不一致（名称、类型、大小或摘要不同），请重新上传",
                ));
                continue;
            }
            if stored.case_id.as_deref() != case_id {
                errors.push(bad(
                    "attachment-other-case",
                    "是为其他事项上传的，不能用于本事项",
                ));
                continue;
            }
            if !stored.linked && stored.uploaded_by != actor.user_id {
                errors.push(bad("attachment-not-yours", "不是您上传的，不能由您提交"));
                continue;
            }
            if let (false, Some(case)) = (stored.linked, case_id) {
                fx.link_attachment(&file.id, case);
            }
        }
    }
    errors
}
