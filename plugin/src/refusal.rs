//! Refusals: a kind the host branches on, a stable code for machines and a Chinese
//! message for people. `REFUSALS` and `FIELD_ERRORS` are the one list of codes; the
//! catalog exports them and a test checks that every code the plugin uses is listed.

use crate::contract::{FieldError, Refusal, RefusalKind};

/// Result of a plugin decision.
pub type Decision<T> = Result<T, Refusal>;

use RefusalKind::{Conflict, Deadline, Forbidden, HostFault, Invalid, NotFound, WrongStage};

/// Every refusal code: its kind and what it means.
pub const REFUSALS: &[(&str, RefusalKind, &str)] = &[
    // Who may act (第三条, 第九条): role, org unit, district, ownership, assignment.
    ("wrong-role", Forbidden, "该事项须由其他角色办理"),
    (
        "not-owner",
        Forbidden,
        "只有申报企业本身能办理自己的申报（自愿申报）",
    ),
    (
        "wrong-district",
        Forbidden,
        "区县只能审核本地区企业的申报（第九条）",
    ),
    (
        "delegated",
        Forbidden,
        "该审核已转办给同单位的另一位工作人员",
    ),
    ("not-assigned", Forbidden, "不是该申报的评审专家，或已回避"),
    ("not-visible", Forbidden, "无权查看该事项"),
    ("no-org-unit", Forbidden, "未代表任何单位，不能加盖单位公章"),
    (
        "not-registered",
        Forbidden,
        "登记注册信息中查询不到该企业（第六条）",
    ),
    (
        "not-in-zhengzhou",
        Forbidden,
        "企业未在郑州市注册（第六条）",
    ),
    ("not-legal-entity", Forbidden, "企业不是独立法人（第六条）"),
    (
        "bad-record",
        Forbidden,
        "企业在质量、诚信、安全、环保方面有不良记录（第六条）",
    ),
    // What does not exist.
    ("not-found", NotFound, "事项不存在"),
    ("unknown-form", NotFound, "表单不存在"),
    ("unknown-timer", NotFound, "该事项没有这个定时事项"),
    // Someone acted first.
    (
        "version-conflict",
        Conflict,
        "事项已被他人办理或已更新，请刷新后重试",
    ),
    ("application-exists", Conflict, "本企业本年度已有申报"),
    (
        "batch-exists",
        Conflict,
        "本年度认定工作已开启（每年一次，第十一条）",
    ),
    ("already-scored", Conflict, "该专家已提交评分"),
    ("already-drawn", Conflict, "本年度评审专家已抽取"),
    ("quota-exceeded", Conflict, "本地区本年度推荐名额已用完"),
    // What was asked is not acceptable.
    (
        "invalid-form",
        Invalid,
        "表单有需要修改的地方，见各字段的错误",
    ),
    ("opinion-required", Invalid, "该决定须填写意见"),
    ("reason-required", Invalid, "提前截止申报须说明理由"),
    ("bad-assignee", Invalid, "转办对象须为本单位的其他工作人员"),
    ("empty-list", Invalid, "没有符合条件的候选"),
    ("case-required", Invalid, "该操作须指定事项"),
    (
        "case-not-allowed",
        Invalid,
        "该操作会新建事项，不能指定已有事项",
    ),
    ("wrong-year", Invalid, "只能开启本年度的认定工作"),
    ("deadline-in-past", Invalid, "截止日期不能早于今天"),
    ("district-mismatch", Invalid, "所在地区与登记注册地不一致"),
    (
        "not-a-seal-field",
        Invalid,
        "该字段不是这一操作表单的签章字段",
    ),
    (
        "not-an-upload-field",
        Invalid,
        "该字段不是这一操作表单的附件字段",
    ),
    ("upload-too-large", Invalid, "文件超过该字段允许的大小"),
    ("upload-type", Invalid, "文件类型不在该字段允许的范围内"),
    ("upload-name", Invalid, "文件名为空或过长"),
    // The case is not where the action applies.
    ("wrong-stage", WrongStage, "事项当前阶段不能办理该操作"),
    ("wrong-case", WrongStage, "该操作不适用于这类事项"),
    ("no-batch", WrongStage, "本年度认定工作尚未开启"),
    ("no-open-objection", WrongStage, "没有待处理的异议"),
    (
        "objection-open",
        WrongStage,
        "尚有未处理的异议，不能确认名单",
    ),
    (
        "review-unfinished",
        WrongStage,
        "尚有申报未完成审查、评审或答辩",
    ),
    ("nothing-to-review", WrongStage, "没有待专家评审的申报"),
    ("no-proposal", WrongStage, "没有拟认定名单"),
    ("no-draw", WrongStage, "尚未抽取评审专家"),
    ("pool-too-small", WrongStage, "专家库人数少于评审专家人数"),
    // Dates of the round.
    ("deadline-passed", Deadline, "截止日期已过"),
    ("publicity-running", Deadline, "公示期未满"),
    // The host's services.
    (
        "calendar",
        HostFault,
        "工作日历无法计算日期（日历数据缺失）",
    ),
    ("host-clock", HostFault, "主机时间格式错误"),
    ("corrupt-state", HostFault, "事项数据无法读取"),
];

/// Every field-error code and what it means.
pub const FIELD_ERRORS: &[(&str, &str)] = &[
    ("required", "必填项未填写"),
    ("too-long", "超过字数限制（按字符计）"),
    ("not-a-number", "不是数字"),
    ("negative", "不能为负数"),
    ("out-of-range", "超出允许范围"),
    ("not-integer", "须为整数"),
    ("too-many-decimals", "小数位数过多"),
    ("bad-date", "日期格式不正确"),
    ("date-order", "日期先后顺序不正确"),
    ("bad-choice", "不是可选的选项"),
    ("duplicate-choice", "选项重复"),
    ("credit-code-format", "统一社会信用代码格式不正确"),
    ("credit-code-check-digit", "统一社会信用代码校验位不正确"),
    ("bad-phone", "电话号码格式不正确"),
    ("bad-mobile", "手机号码格式不正确"),
    ("bad-email", "电子邮箱格式不正确"),
    ("bad-postcode", "邮编格式不正确"),
    ("bad-id-number", "居民身份证号码无效"),
    ("naming-rule", "质量标杆名称不符合命名规则"),
    ("wrong-type", "值的类型与字段不符"),
    ("read-only", "只读字段不能填写"),
    ("bad-attachment", "附件信息不完整"),
    ("unknown-field", "表单中没有该字段"),
    ("duplicate-field", "字段重复"),
    ("unknown-row", "表格中没有该行"),
    ("duplicate-row", "表格行重复"),
    ("unknown-column", "表格中没有该列"),
    ("duplicate-column", "表格列重复"),
    ("not-own-code", "统一社会信用代码须为本企业的代码"),
    ("not-registered", "登记注册信息中查询不到该企业（第六条）"),
    ("not-in-zhengzhou", "企业未在郑州市注册（第六条）"),
    ("district-mismatch", "所在地区与登记注册地不一致"),
    ("not-legal-entity", "企业不是独立法人（第六条）"),
    ("bad-record", "企业有不良记录（第六条）"),
    ("condition-unmet", "未确认第六条的申报条件"),
    ("direction-closed", "遴选方向不在本年度通知之内"),
    ("seal-invalid", "平台签章服务没有这枚签章"),
    ("seal-purpose", "签章是为其他事项或其他字段加盖的"),
    (
        "seal-capacity",
        "签章的类型不对（公章、法定代表人签字或本人签字）",
    ),
    ("seal-holder", "加盖的不是应当加盖的单位的公章"),
    ("seal-signer", "签章不是由办理人本人加盖或签署的"),
    ("seal-stale", "签章后内容已修改，须重新签章"),
    ("attachment-unknown", "平台上没有这个附件"),
    (
        "attachment-mismatch",
        "附件的名称、类型、大小或摘要与平台保存的不一致",
    ),
    ("attachment-not-yours", "附件不是办理人上传的"),
    ("attachment-other-case", "附件是为其他事项上传的"),
    ("too-many-files", "附件数量超过限制"),
];

/// The kind of a refusal code.
pub fn kind_of(code: &str) -> RefusalKind {
    REFUSALS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or(HostFault, |(_, k, _)| *k)
}

/// A refusal without field errors, of the kind its code is listed with.
pub fn refuse(code: &str, message: impl Into<String>) -> Refusal {
    Refusal {
        kind: kind_of(code),
        code: code.to_string(),
        message: message.into(),
        fields: Vec::new(),
    }
}

/// A refusal listing the invalid fields of a form.
pub fn invalid_form(fields: Vec<FieldError>) -> Refusal {
    let first = fields
        .first()
        .map(|e| e.message.clone())
        .unwrap_or_default();
    Refusal {
        kind: Invalid,
        code: "invalid-form".to_string(),
        message: format!("表单有{}处需要修改：{}", fields.len(), first),
        fields,
    }
}

/// A field error.
pub fn field_error(field: &str, code: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_string(),
        code: code.to_string(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `refuse("code"` and every field-error code literal in the plugin's source is
    /// listed, so the catalog (and docs/contract.md, checked by an end-to-end test) is
    /// complete.
    #[test]
    fn every_code_used_is_listed() {
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut files = vec![std::path::PathBuf::from(src)];
        let mut used_refusals = Vec::new();
        let mut used_fields = Vec::new();
        while let Some(p) = files.pop() {
            if p.is_dir() {
                for e in std::fs::read_dir(&p).unwrap().flatten() {
                    files.push(e.path());
                }
                continue;
            }
            // This file lists the codes (and its test mentions the markers).
            if p.ends_with("refusal.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join("");
            // (marker, which argument after it is the code, whether it is a refusal).
            let markers = [
                ("refuse(", 0, true),
                ("error(", 1, false),
                ("Some((", 0, false),
                ("bad(", 0, false),
                ("code:", 0, false),
            ];
            for (marker, arg, refusal) in markers {
                for piece in squeezed.split(marker).skip(1) {
                    // Only string literals count: some calls pass a code through.
                    let a = piece.split(',').nth(arg).unwrap_or("");
                    let Some(code) = a.strip_prefix('"').and_then(|a| a.split('"').next()) else {
                        continue;
                    };
                    let is_code = code.contains('-')
                        || FIELD_ERRORS.iter().any(|(c, _)| *c == code)
                        || REFUSALS.iter().any(|(c, _, _)| *c == code);
                    if !is_code
                        || !code
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    {
                        continue;
                    }
                    if refusal {
                        used_refusals.push(code.to_string());
                    } else {
                        used_fields.push(code.to_string());
                    }
                }
            }
        }
        for code in &used_refusals {
            assert!(
                REFUSALS.iter().any(|(c, _, _)| c == code),
                "refusal code `{code}` is used but not listed in REFUSALS"
            );
        }
        for code in &used_fields {
            assert!(
                FIELD_ERRORS.iter().any(|(c, _)| c == code),
                "field-error code `{code}` is used but not listed in FIELD_ERRORS"
            );
        }
        assert!(used_refusals.len() > 20 && used_fields.len() > 20);
    }
}
