//! Seals bound to content and signer (电子签章, GB/T 38540 in production).
//!
//! The plugin decides what a seal binds: `prepare` names the purpose (case, action,
//! field), the capacity, the holder, and the SHA-256 of a canonical encoding of exactly
//! what is sealed — the values the action files and, for an application, the 申报表 and
//! 申报材料 on file. The host's seal service signs that digest for the acting person.
//! When the action is taken, `check` recomputes the digest from what is filed then: a
//! seal for other content, by someone else, in another capacity or older than the last
//! edit is refused, naming the field.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::application::merge;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{FieldKind, SealOrder};
use crate::codes::Code;
use crate::contract::{Action, Actor, Field, FieldError, SealCapacity, SealPurpose, SealRef};
use crate::forms;
use crate::host::Host;
use crate::refusal::{Decision, field_error, refuse};
use crate::rules::Rule;
use crate::workflow::{Case, guarded};

/// Chinese name of a capacity.
pub fn capacity_label(c: SealCapacity) -> &'static str {
    match c {
        SealCapacity::OrgSeal => "单位公章",
        SealCapacity::LegalRepresentative => "法定代表人签字",
        SealCapacity::Personal => "本人签字",
    }
}

/// The application form's seals are applied for submission, wherever the enterprise
/// clicks: sealing while editing the draft seals what will be submitted.
fn sealing_action(action: Action) -> Action {
    match action {
        Action::EditForm => Action::Submit,
        a => a,
    }
}

/// The seal fields of a rule's form: (id, label, capacity).
fn seal_fields(rule: &Rule, year: u16) -> Vec<(String, String, SealCapacity)> {
    forms::fields_of_kind(rule.form, year, FieldKind::Seal, |f| {
        let capacity = f.seal.unwrap_or(SealCapacity::OrgSeal);
        (f.id.clone(), f.label.clone(), capacity)
    })
}

/// Who holds a seal of this capacity when `actor` applies it on `case`.
fn holder(actor: &Actor, case: Option<&Case>, capacity: SealCapacity) -> Decision<String> {
    let org = match (capacity, case) {
        // The legal representative signs for the applicant enterprise.
        (SealCapacity::LegalRepresentative, Some(Case::Application(a))) => {
            a.state.credit_code.clone()
        }
        _ => actor.org_unit.clone(),
    };
    if org.is_empty() {
        return Err(refuse(
            "no-org-unit",
            "您未代表任何单位，不能加盖单位公章或代表单位签字；个人请填写身份信息",
        ));
    }
    Ok(org)
}

/// What the action files: the application form merged with the values for edits and
/// submission, else the values as given.
fn filed(case: Option<&Case>, action: Action, values: &[Field]) -> Vec<Field> {
    match (case, action) {
        (Some(Case::Application(a)), Action::Submit | Action::EditForm) => {
            let mut form = a.state.form.to_vec();
            merge(&mut form, values);
            form
        }
        _ => values.to_vec(),
    }
}

/// Values without seals, sorted by id: what a digest covers.
fn unsealed<'a>(values: &'a [Field], seal_ids: &[String]) -> Vec<&'a Field> {
    let mut out: Vec<&Field> = values
        .iter()
        .filter(|f| !seal_ids.contains(&f.id))
        .filter(|f| !matches!(f.value, crate::contract::FieldValue::Seal(_)))
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// Feeds what serde_json writes straight into the hash.
struct Hashing(Sha256);

impl std::io::Write for Hashing {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The canonical document a digest is computed over.
#[derive(Serialize)]
struct Sealed<'a> {
    contract: &'static str,
    case: Option<&'a str>,
    action: &'static str,
    field: &'a str,
    values: Vec<&'a Field>,
    /// For an application: the 申报材料 on file (and the 申报表, unless the values are it).
    application_form: Option<Vec<&'a Field>>,
    application_materials: Option<Vec<&'a Field>>,
    /// For the year's batch: the proposed list being confirmed.
    proposal: Option<&'a [String]>,
}

/// SHA-256 (hex) of what a seal for `purpose` binds, given what the action files.
fn digest<'a>(
    case: Option<&'a Case>,
    purpose: &'a SealPurpose,
    filed: &'a [Field],
    seal_ids: &[String],
) -> String {
    let action = purpose.action;
    let (application_form, application_materials, proposal) = match case {
        Some(Case::Application(a)) => {
            let form = (action != Action::Submit).then(|| unsealed(&a.state.form, seal_ids));
            (form, Some(unsealed(&a.state.materials, seal_ids)), None)
        }
        Some(Case::Batch(b)) => (
            None,
            None,
            b.state.proposal.as_ref().map(|p| p.cases.as_slice()),
        ),
        None => (None, None, None),
    };
    let doc = Sealed {
        contract: crate::catalog::CONTRACT,
        case: purpose.case_id.as_deref(),
        action: action.code(),
        field: &purpose.field,
        values: unsealed(filed, seal_ids),
        application_form,
        application_materials,
        proposal,
    };
    // Hashed as it is written, without a copy of the document. Serialising plain data
    // cannot fail; a failure would leave a digest no seal matches.
    let mut hasher = Hashing(Sha256::new());
    let _ = serde_json::to_writer(&mut hasher, &doc);
    hasher
        .0
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `forms.prepare-seal`: what exactly the actor would seal.
pub fn prepare(
    host: &dyn Host,
    actor: &Actor,
    purpose: &SealPurpose,
    values: &[Field],
) -> Decision<SealOrder> {
    let action = sealing_action(purpose.action);
    let (case, rule) = guarded(host, actor, purpose.case_id.as_deref(), action)?;
    let year = case
        .as_ref()
        .map_or_else(|| crate::batch::year_of(&host.today()), |c| Ok(c.year()))?;
    let fields = seal_fields(rule, year);
    let seal_ids: Vec<String> = fields.iter().map(|f| f.0.clone()).collect();
    let Some((_, label, capacity)) = fields.iter().find(|f| f.0 == purpose.field) else {
        return Err(refuse(
            "not-a-seal-field",
            format!("“{}”的表单中没有签章字段“{}”", rule.label, purpose.field),
        ));
    };
    let holder = holder(actor, case.as_ref(), *capacity)?;
    let purpose = SealPurpose {
        case_id: purpose.case_id.clone(),
        action,
        field: purpose.field.clone(),
    };
    let filed = filed(case.as_ref(), action, values);
    let what = match &case {
        Some(Case::Application(a)) => format!("《{}》的{}", a.state.title(), form_title(rule)),
        Some(Case::Batch(b)) => format!("{}年度{}", b.state.year, form_title(rule)),
        None => form_title(rule),
    };
    let who = match capacity {
        SealCapacity::OrgSeal => format!("以{}的名义加盖单位公章", actor.org_name),
        SealCapacity::LegalRepresentative => format!("以法定代表人身份签字（{}）", actor.org_name),
        SealCapacity::Personal => format!("以本人（{}）名义签字", actor.name),
    };
    Ok(SealOrder {
        digest: digest(case.as_ref(), &purpose, &filed, &seal_ids),
        purpose,
        capacity: *capacity,
        holder,
        summary: format!("您将为{what}的“{label}”{who}。签章后如修改内容，须重新签章。"),
    })
}

fn form_title(rule: &Rule) -> String {
    rule.form
        .and_then(forms::definition)
        .map_or_else(|| rule.label.to_string(), |d| d.title)
}

/// What a filing binds its seals to: the case, the action and the values it files.
struct Filing<'a> {
    case: Option<&'a Case>,
    action: Action,
    filed: &'a [Field],
    seal_ids: &'a [String],
}

/// Why one seal does not bind what is filed now, if it does not.
fn problem(
    host: &dyn Host,
    actor: &Actor,
    filing: &Filing,
    field: (&str, &str, SealCapacity),
    seal: &SealRef,
) -> Option<FieldError> {
    let Filing {
        case,
        action,
        filed,
        seal_ids,
    } = *filing;
    let (id, label, capacity) = field;
    let purpose = SealPurpose {
        case_id: case.map(|c| c.id().to_string()),
        action,
        field: id.to_string(),
    };
    let err = |code: &str, what: String| Some(field_error(id, code, format!("{label}：{what}")));
    if !host.verify_seal(seal) {
        return err(
            "seal-invalid",
            "平台签章服务没有这枚签章，请重新签章".into(),
        );
    }
    if seal.purpose != purpose {
        return err(
            "seal-purpose",
            "该签章是为其他事项或其他位置加盖的，请在本页重新签章".into(),
        );
    }
    if seal.capacity != capacity {
        return err(
            "seal-capacity",
            format!(
                "此处须为{}，不能用{}",
                capacity_label(capacity),
                capacity_label(seal.capacity)
            ),
        );
    }
    match holder(actor, case, capacity) {
        Ok(h) if h == seal.holder => {}
        _ => return err("seal-holder", "加盖的不是本单位的公章".into()),
    }
    if seal.signer != actor.user_id {
        return err(
            "seal-signer",
            "须由您本人签章，不能使用他人的签章或签字".into(),
        );
    }
    if seal.digest != digest(case, &purpose, filed, seal_ids) {
        return err("seal-stale", "签章后内容已修改，请重新签章".into());
    }
    None
}

/// Every seal the action files, checked against what it binds now.
pub fn check(
    host: &dyn Host,
    actor: &Actor,
    case: Option<&Case>,
    rule: &Rule,
    values: &[Field],
) -> Vec<FieldError> {
    // Drafts keep what still binds (see `still_binding`); only filing checks.
    if rule.action == Action::EditForm {
        return Vec::new();
    }
    let year = case.map_or(forms::limits::DEFAULT_YEAR, Case::year);
    let fields = seal_fields(rule, year);
    let seal_ids: Vec<String> = fields.iter().map(|f| f.0.clone()).collect();
    let filed = filed(case, rule.action, values);
    let filing = Filing {
        case,
        action: rule.action,
        filed: &filed,
        seal_ids: &seal_ids,
    };
    fields
        .iter()
        .filter_map(|(id, label, capacity)| {
            let seal = crate::forms::values::seal(&filed, id)?;
            problem(host, actor, &filing, (id, label, *capacity), seal)
        })
        .collect()
}

/// After a draft edit of an application: the 申报表's seals that still bind what is on
/// file. An edit after sealing voids the seal, and the portal asks to seal again.
pub fn still_binding(
    host: &dyn Host,
    actor: &Actor,
    app: &crate::case::Loaded<crate::case::Application>,
) -> Vec<String> {
    let case = Case::Application(Box::new(crate::case::Loaded {
        id: app.id.clone(),
        version: app.version,
        state: app.state.clone(),
    }));
    let Case::Application(a) = &case else {
        return Vec::new();
    };
    let rule = crate::rules::rule(Action::Submit);
    let fields = seal_fields(rule, a.state.year);
    let seal_ids: Vec<String> = fields.iter().map(|f| f.0.clone()).collect();
    let filing = Filing {
        case: Some(&case),
        action: Action::Submit,
        filed: &a.state.form,
        seal_ids: &seal_ids,
    };
    fields
        .iter()
        .filter(|(id, label, capacity)| {
            crate::forms::values::seal(&a.state.form, id).is_some_and(|seal| {
                problem(host, actor, &filing, (id, label, *capacity), seal).is_none()
            })
        })
        .map(|(id, _, _)| id.clone())
        .collect()
}
