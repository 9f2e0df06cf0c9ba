//! Rules that involve several fields of one form, and the title naming rule.

use super::validate::error;
use super::{ids, limits, values};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::types::{Field, FieldError};

/// Region prefixes an enterprise name may carry that a short name usually drops.
const REGION_PREFIXES: [&str; 4] = ["河南省", "河南", "郑州市", "郑州"];
/// Characters of the short name a title must start with.
const SHORT_NAME_CHARS: usize = 2;

pub fn check(form: &str, v: &[Field], mode: CheckMode, errors: &mut Vec<FieldError>) {
    let submit = matches!(mode, CheckMode::Submit);
    match form {
        ids::APPLICATION_FORM => {
            if let (Some(title), Some(name)) = (
                values::text(v, "benchmark-name"),
                values::text(v, "enterprise-name"),
            ) && title.ends_with(limits::TITLE_SUFFIX)
                && let Some(e) = title_names_enterprise("benchmark-name", "标杆名称", title, name)
            {
                errors.push(e);
            }
        }
        ids::BATCH_CONFIG => {
            if let (Some(apply), Some(district)) = (
                values::date(v, "application-deadline"),
                values::date(v, "district-deadline"),
            ) && super::formats::parse_date(apply).is_some()
                && super::formats::parse_date(district).is_some()
                && district < apply
            {
                let msg = "区县推荐截止日期不能早于企业申报截止日期".to_string();
                errors.push(error("district-deadline", "date-order", msg));
            }
        }
        ids::FORMAL_CHECK
            if submit
                && values::choice(v, "result") == Some("return")
                && values::text(v, "note").is_none() =>
        {
            errors.push(error("note", "required", "退回时请填写审查说明".into()));
        }
        ids::OBJECTION
            if submit
                && values::text(v, "id-number").is_none()
                && values::seal(v, "organisation-seal").is_none() =>
        {
            let msg = "实名异议须填写居民身份证号码或加盖单位公章".to_string();
            errors.push(error("id-number", "required", msg));
        }
        _ => {}
    }
}

fn strip_region(mut s: &str) -> &str {
    while let Some(rest) = REGION_PREFIXES.iter().find_map(|p| s.strip_prefix(p)) {
        s = rest;
    }
    s
}

/// The start of a name a title must carry: its first characters after region prefixes.
fn short_name(name: &str) -> String {
    let stripped = strip_region(name);
    let base = if stripped.is_empty() { name } else { stripped };
    base.chars().take(SHORT_NAME_CHARS).collect()
}

fn title_names_enterprise(field: &str, label: &str, title: &str, name: &str) -> Option<FieldError> {
    let (title, name) = (title.trim(), name.trim());
    if title.is_empty() || name.is_empty() || title.starts_with(name) {
        return None;
    }
    let short = short_name(name);
    if strip_region(title).starts_with(&short) || title.starts_with(&short) {
        return None;
    }
    let msg = format!(
        "{label}应以申报企业名称或其简称（如“{short}”）开头，命名规则为：（企业）+（典型方法技术）+（经验）"
    );
    Some(error(field, "naming-rule", msg))
}

/// Whether the 申报材料 title starts with the enterprise's name or a recognisable short
/// form of it (the first two characters after 河南省/郑州市 prefixes), as the naming rule
/// （企业）+（典型方法技术）+（经验） asks. The error is on field `title`.
pub fn check_title_names_enterprise(title: &str, enterprise_name: &str) -> Option<FieldError> {
    title_names_enterprise("title", "质量标杆名称", title, enterprise_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_names_enterprise() {
        let name = "郑州中原精工机械有限公司";
        for ok in [
            "郑州中原精工机械有限公司实施六西格玛设计的经验",
            "中原精工实施六西格玛设计的经验",
            "郑州中原精工基于数字孪生的全过程质量管控经验",
            "中原公司推行精益生产的经验",
        ] {
            assert!(check_title_names_enterprise(ok, name).is_none(), "{ok}");
        }
        let e = check_title_names_enterprise("××公司实施六西格玛设计的经验", name);
        assert_eq!(
            e.as_ref().map(|e| (e.field.as_str(), e.code.as_str())),
            Some(("title", "naming-rule"))
        );
        assert!(e.is_some_and(|e| e.message.contains("中原")));
        assert!(
            check_title_names_enterprise("河南宇通实施卓越绩效模式的经验", "宇通客车股份有限公司")
                .is_none()
        );
        assert!(
            check_title_names_enterprise(
                "宇通实施卓越绩效模式的经验",
                "河南省郑州市宇通客车股份有限公司"
            )
            .is_none()
        );
        // Nothing to compare: left to the required check.
        assert!(check_title_names_enterprise("", name).is_none());
        assert!(check_title_names_enterprise("中原精工的经验", " ").is_none());
    }
}
