//! Seals bound to content and signer (电子签章, GB/T 38540 in production).
//!
//! The plugin decides what a seal binds: `prepare` names the purpose (case, action,
//! field), the capacity, the holder, and the SHA-256 of a canonical encoding of exactly
//! what is sealed — the values the action files and, for an application, the 申报表 and
//! 申报材料 on file (each part hashed once per call, however many seals it carries; the
//! forms on file carry their digests, `FiledForm::digest`). The host's seal service
//! signs that digest for the acting person. When the action is taken, `check`
//! recomputes the digest from what is filed then: a seal for other content, by someone
//! else, in another capacity or older than the last edit is refused, naming the field.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{FieldKind, SealOrder};
use crate::codes::Code;
use crate::contract::{
    Action, Actor, Field, FieldError, FieldValue, SealCapacity, SealPurpose, SealRef,
};
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
/// submission (as `application::merge` would file them), else the values as given. By
/// reference: a seal is prepared and checked on every submission, and copying the
/// 申报表's fields for it was the most allocations of the call.
fn filed<'a>(case: Option<&'a Case>, action: Action, values: &'a [Field]) -> Vec<&'a Field> {
    match (case, action) {
        (Some(Case::Application(a)), Action::Submit | Action::EditForm) => {
            merged(&a.state.form, values)
        }
        _ => values.iter().collect(),
    }
}

/// `form` with `values` merged in, field for field as `application::merge` files them.
fn merged<'a>(form: &'a [Field], values: &'a [Field]) -> Vec<&'a Field> {
    let mut filed: Vec<&Field> = form.iter().collect();
    for f in values {
        match filed.iter().position(|on_file| on_file.id == f.id) {
            Some(at) => filed[at] = f,
            None => filed.push(f),
        }
    }
    filed
}

/// The seal filed in field `id`, if it holds one.
fn seal_in<'a>(filed: &[&'a Field], id: &str) -> Option<&'a SealRef> {
    match &filed.iter().find(|f| f.id == id)?.value {
        FieldValue::Seal(seal) => Some(seal),
        _ => None,
    }
}

/// Values without seals, sorted by id: what a digest covers.
fn unsealed<'a>(values: &[&'a Field], seal_ids: &[String]) -> Vec<&'a Field> {
    let mut out: Vec<&Field> = values
        .iter()
        .copied()
        .filter(|f| !seal_ids.contains(&f.id))
        .filter(|f| !matches!(f.value, FieldValue::Seal(_)))
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The version of what a digest covers. It changes only when what a seal binds changes
/// — never with the contract's version, so that an upgrade leaves the seals on drafts
/// binding. Format 2 (2026-12-04) hashes each part apart (ADR 5).
const DIGEST_FORMAT: &str = "qb-seal-digest/2";

/// Hex SHA-256 of the fields without seals, sorted by id, in their compact encoding.
fn part_digest(values: &[&Field], seal_ids: &[String]) -> String {
    // Serialising plain data into a Vec cannot fail; a failure would leave a digest no
    // seal matches.
    let bytes = postcard::to_allocvec(&unsealed(values, seal_ids)).unwrap_or_default();
    hex::encode(Sha256::digest(bytes))
}

/// What every seal of one filing binds besides its own purpose: each part's digest,
/// computed once however many seals the filing carries.
#[derive(Serialize)]
struct Binding<'a> {
    /// The values the action files.
    values: String,
    /// For an application: the 申报表 on file as filed, unless the values are it.
    application_form: Option<String>,
    /// For an application: the 申报材料 on file as filed.
    application_materials: Option<String>,
    /// For the year's batch: the proposed list being confirmed.
    proposal: Option<&'a [String]>,
}

impl<'a> Binding<'a> {
    fn of(case: Option<&'a Case>, action: Action, filed: &[&Field], seal_ids: &[String]) -> Self {
        let (application_form, application_materials, proposal) = match case {
            // The forms on file as they are filed, seals included: their digests were
            // filed with them (`FiledForm::digest`), and a later seal binds the
            // enterprise's seals too.
            Some(Case::Application(a)) => (
                (action != Action::Submit).then(|| hex::encode(a.state.form.digest())),
                Some(hex::encode(a.state.materials.digest())),
                None,
            ),
            Some(Case::Batch(b)) => (
                None,
                None,
                b.state.proposal.as_ref().map(|p| p.cases.as_slice()),
            ),
            None => (None, None, None),
        };
        Binding {
            values: part_digest(filed, seal_ids),
            application_form,
            application_materials,
            proposal,
        }
    }

    /// Hex SHA-256 of what a seal for `purpose` binds: the canonical JSON of its purpose
    /// and the parts' digests.
    fn digest(&self, purpose: &SealPurpose) -> String {
        #[derive(Serialize)]
        struct Sealed<'a> {
            format: &'static str,
            case: Option<&'a str>,
            action: &'static str,
            field: &'a str,
            #[serde(flatten)]
            binding: &'a Binding<'a>,
        }
        let doc = Sealed {
            format: DIGEST_FORMAT,
            case: purpose.case_id.as_deref(),
            action: purpose.action.code(),
            field: &purpose.field,
            binding: self,
        };
        hex::encode(Sha256::digest(serde_json::to_vec(&doc).unwrap_or_default()))
    }
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
        digest: Binding::of(case.as_ref(), action, &filed, &seal_ids).digest(&purpose),
        purpose,
        capacity: *capacity,
        holder,
        summary: format!("您将为{what}的“{label}”{who}。签章后如修改内容，须重新签章。"),
    })
}

fn form_title(rule: &Rule) -> String {
    // The title alone, not a copy of the whole definition (every seal asks for it).
    rule.form
        .and_then(|id| forms::with_definition(id, forms::limits::DEFAULT_YEAR, |d| d.title.clone()))
        .unwrap_or_else(|| rule.label.to_string())
}

/// What a filing binds its seals to: the case, the action and what it files.
struct Filing<'a> {
    case: Option<&'a Case>,
    action: Action,
    filed: &'a [&'a Field],
    seal_ids: &'a [String],
    /// Hashed on the first seal checked: most filings carry none.
    binding: std::cell::OnceCell<Binding<'a>>,
}

impl<'a> Filing<'a> {
    fn new(
        case: Option<&'a Case>,
        action: Action,
        filed: &'a [&'a Field],
        seal_ids: &'a [String],
    ) -> Self {
        Filing {
            case,
            action,
            filed,
            seal_ids,
            binding: std::cell::OnceCell::new(),
        }
    }

    fn binding(&self) -> &Binding<'a> {
        self.binding
            .get_or_init(|| Binding::of(self.case, self.action, self.filed, self.seal_ids))
    }
}

/// Why one seal does not bind what is filed now, if it does not.
fn problem(
    host: &dyn Host,
    actor: &Actor,
    filing: &Filing,
    field: (&str, &str, SealCapacity),
    seal: &SealRef,
) -> Option<FieldError> {
    let (case, action) = (filing.case, filing.action);
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
    if seal.digest != filing.binding().digest(&purpose) {
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
    let filing = Filing::new(case, rule.action, &filed, &seal_ids);
    fields
        .iter()
        .filter_map(|(id, label, capacity)| {
            let seal = seal_in(&filed, id)?;
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
    let rule = crate::rules::rule(Action::Submit);
    let fields = seal_fields(rule, app.state.year);
    if !fields
        .iter()
        .any(|(id, _, _)| crate::forms::values::seal(&app.state.form, id).is_some())
    {
        // Nothing sealed yet: nothing to check, and no copy of the application to make.
        return Vec::new();
    }
    let case = Case::Application(Box::new(crate::case::Loaded {
        id: app.id.clone(),
        version: app.version,
        state: app.state.clone(),
    }));
    let Case::Application(a) = &case else {
        return Vec::new();
    };
    let seal_ids: Vec<String> = fields.iter().map(|f| f.0.clone()).collect();
    let form: Vec<&Field> = a.state.form.iter().collect();
    let filing = Filing::new(Some(&case), Action::Submit, &form, &seal_ids);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::FieldValue;

    fn text(id: &str, v: &str) -> Field {
        Field {
            id: id.into(),
            value: FieldValue::Text(v.into()),
        }
    }

    fn purpose(field: &str) -> SealPurpose {
        SealPurpose {
            case_id: Some("app-2026-0001".into()),
            action: Action::Recommend,
            field: field.into(),
        }
    }

    #[test]
    fn a_digest_binds_every_part_and_the_purpose_but_not_the_order_or_the_seals() {
        let seal_ids = ["district-seal".to_string()];
        let values = [text("opinion", "同意推荐。"), text("contact", "王五")];
        let digest = |values: &[Field]| part_digest(&values.iter().collect::<Vec<_>>(), &seal_ids);
        let binding = |values: &[Field], materials: &str| Binding {
            values: digest(values),
            application_form: Some(digest(&[text("title", "卓越绩效")])),
            application_materials: Some(digest(&[text("summary", materials)])),
            proposal: None,
        };
        let sealed = binding(&values, "材料").digest(&purpose("district-seal"));
        assert_eq!(sealed.len(), 64);

        let reordered = [
            values[1].clone(),
            values[0].clone(),
            text("district-seal", "x"),
        ];
        assert_eq!(
            binding(&reordered, "材料").digest(&purpose("district-seal")),
            sealed,
            "order and the seal fields themselves are not bound"
        );
        let edited = [
            text("opinion", "同意推荐，建议列为重点。"),
            values[1].clone(),
        ];
        for other in [
            binding(&edited, "材料").digest(&purpose("district-seal")),
            binding(&values, "材料（修改）").digest(&purpose("district-seal")),
            binding(&values, "材料").digest(&purpose("leader-seal")),
            binding(&values, "材料").digest(&SealPurpose {
                case_id: Some("app-2026-0002".into()),
                ..purpose("district-seal")
            }),
        ] {
            assert_ne!(other, sealed);
        }
    }

    /// The digest is taken over the filed fields by reference: they must be the fields
    /// `application::merge` files, replaced in place and appended in order.
    #[test]
    fn the_fields_filed_by_reference_are_the_ones_merge_files() {
        let form = [text("a", "1"), text("b", "2"), text("c", "3")];
        let values = [
            text("b", "二"),
            text("d", "4"),
            text("d", "四"),
            text("a", "一"),
        ];
        let mut stored = form.to_vec();
        crate::application::merge(&mut stored, &values);
        let by_reference: Vec<Field> = merged(&form, &values).into_iter().cloned().collect();
        assert_eq!(by_reference, stored);
        assert_eq!(
            merged(&form, &[]).into_iter().cloned().collect::<Vec<_>>(),
            form.to_vec()
        );
    }
}
