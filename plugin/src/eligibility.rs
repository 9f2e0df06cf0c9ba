//! 第六条 认定条件, checked at submission: what the data proves is checked here; what
//! only a public register knows comes from the host's registry lookup.

use crate::bindings::zhengzhou::quality_benchmark::registry::EnterpriseRecord;
use crate::case::BatchConfig;
use crate::contract::{Field, FieldError};
use crate::district;
use crate::forms::values;
use crate::host::Host;
use crate::refusal::{Decision, field_error, refuse};

fn err(field: &str, code: &str, message: String) -> FieldError {
    field_error(field, code, message)
}

/// What the register says of an enterprise about to apply: it must be registered in
/// Zhengzhou as an independent legal entity without bad records (第六条(一)(二)).
/// Checked when the application starts, so nobody fills in a form in vain.
pub fn registered(host: &dyn Host, credit_code: &str) -> Decision<EnterpriseRecord> {
    let record = host.lookup_enterprise(credit_code).ok_or_else(|| {
        refuse(
            "not-registered",
            format!("统一社会信用代码 {credit_code} 在登记注册信息中查询不到，不能申报（第六条）"),
        )
    })?;
    if record.district.is_none() {
        return Err(refuse(
            "not-in-zhengzhou",
            "申报企业须在郑州市注册（第六条），登记信息显示本企业不在郑州市",
        ));
    }
    if !record.independent_legal_entity {
        return Err(refuse(
            "not-legal-entity",
            "申报企业须为独立法人企业（第六条）",
        ));
    }
    if !record.bad_records.is_empty() {
        return Err(refuse(
            "bad-record",
            format!(
                "企业在质量、诚信、安全、环保方面有不良记录，不符合申报条件（第六条）：{}",
                record.bad_records.join("；")
            ),
        ));
    }
    Ok(record)
}

/// Every unmet condition, as field errors on the application form.
pub fn check(host: &dyn Host, form: &[Field], config: &BatchConfig) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let code = values::text(form, "credit-code").unwrap_or_default();
    let chosen = values::choice(form, "district").unwrap_or_default();

    // (一) 在郑州市注册的独立法人企业: the register decides, not the code's issuing authority
    // (a company registered elsewhere may have moved to Zhengzhou, and vice versa).
    match host.lookup_enterprise(code) {
        None => errors.push(err(
            "credit-code",
            "not-registered",
            format!("统一社会信用代码 {code} 在登记注册信息中查询不到"),
        )),
        Some(record) => {
            match record.district.as_deref() {
                None => errors.push(err(
                    "credit-code",
                    "not-in-zhengzhou",
                    "申报企业须在郑州市注册（第六条），登记信息显示不在郑州市".to_string(),
                )),
                Some(d) if d != chosen => errors.push(err(
                    "district",
                    "district-mismatch",
                    format!(
                        "所在地区应与登记注册地一致：登记在{}，申报表填写为{}",
                        district::name_of(d),
                        district::name_of(chosen)
                    ),
                )),
                Some(_) => {}
            }
            if !record.independent_legal_entity {
                errors.push(err(
                    "independent-legal-entity",
                    "not-legal-entity",
                    "申报企业须为独立法人企业（第六条）".to_string(),
                ));
            }
            // (二) 质量、诚信、安全、环保无违法行为和不良记录.
            if !record.bad_records.is_empty() {
                errors.push(err(
                    "declaration",
                    "bad-record",
                    format!(
                        "企业在质量、诚信、安全、环保方面有不良记录，不符合申报条件（第六条）：{}",
                        record.bad_records.join("；")
                    ),
                ));
            }
        }
    }
    // (一) 有效运行质量管理体系; (三)(四) are attested by the declaration and commitment ticks.
    for (id, label) in [
        ("quality-system", "有效运行质量管理体系"),
        ("independent-legal-entity", "独立法人企业"),
        ("commitment", "承诺参与典型经验分享交流"),
    ] {
        if !values::flag(form, id) {
            errors.push(err(
                id,
                "condition-unmet",
                format!("须确认“{label}”（第六条）"),
            ));
        }
    }
    // 第五条: the direction must be one of this year's.
    if let Some(direction) = values::choice(form, "direction")
        && !config.directions.is_empty()
        && !config.directions.iter().any(|d| d == direction)
    {
        errors.push(err(
            "direction",
            "direction-closed",
            "所选遴选方向不在本年度申报通知的方向之内".to_string(),
        ));
    }
    errors
}
