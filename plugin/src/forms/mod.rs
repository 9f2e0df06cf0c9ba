//! The forms of the recognition process — 附件1 申报表, 附件2 申报材料 and the review
//! forms — as declarative definitions a generic portal can render, and their validation.
//!
//! - `defs`: one function per form, written with the small `builder`;
//! - `limits`: every limit and option list, in one place;
//! - `validate` (generic) and `rules` (several fields of one form);
//! - `formats` and `credit_code`: hand-written format checks;
//! - `values`: typed getters for the workflow; `json`: the JSON shape of filled forms.
//!
//! Error codes are stable ASCII: `required`, `too-long`, `not-a-number`, `negative`,
//! `out-of-range`, `not-integer`, `too-many-decimals`, `bad-date`, `date-order`,
//! `bad-choice`, `duplicate-choice`, `credit-code-format`, `credit-code-check-digit`,
//! `bad-phone`, `bad-mobile`, `bad-email`, `bad-postcode`, `bad-id-number`,
//! `naming-rule`, `wrong-type`, `read-only`, `bad-attachment`, `unknown-field`,
//! `duplicate-field`, `unknown-row`, `duplicate-row`, `unknown-column`, `duplicate-column`.

mod builder;
pub mod credit_code;
mod defs;
pub mod formats;
pub mod json;
pub mod limits;
mod rules;
mod validate;
pub mod values;

#[cfg(test)]
mod tests;

use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{CheckMode, FormDef};
use crate::bindings::zhengzhou::quality_benchmark::types::{Field, FieldError};

pub use defs::{DECLARATION, MATERIALS_FORMAT_RULES, figure_years};
pub use json::{fields_from_json, fields_to_json, forms_from_json};
pub use limits::{MAX_ITEM_SCORE, SCORE_ITEMS};
pub use rules::check_title_names_enterprise;

/// Stable form ids.
pub mod ids {
    /// 附件1 质量标杆申报表 (the enterprise's part).
    pub const APPLICATION_FORM: &str = "application-form";
    /// 附件2 质量标杆申报材料 (总结材料 and 证实性材料).
    pub const APPLICATION_MATERIALS: &str = "application-materials";
    /// 年度批次设置 (第十一条).
    pub const BATCH_CONFIG: &str = "batch-config";
    /// 附件1 推荐单位意见 (第九条).
    pub const DISTRICT_OPINION: &str = "district-opinion";
    /// 形式审查.
    pub const FORMAL_CHECK: &str = "formal-check";
    /// 专家评分表 (第七条).
    pub const SCORE_SHEET: &str = "score-sheet";
    /// 评审专家回避声明.
    pub const CONFLICT_DECLARATION: &str = "conflict-declaration";
    /// 答辩/实地考察安排 (第九条).
    pub const INSPECTION_NOTICE: &str = "inspection-notice";
    /// 现场答辩记录 (第九条).
    pub const DEFENCE_RECORD: &str = "defence-record";
    /// 实地考察记录 (第九条).
    pub const SITE_VISIT_RECORD: &str = "site-visit-record";
    /// 公示异议 (第十条), named.
    pub const OBJECTION: &str = "objection";
    /// 异议处理决定.
    pub const OBJECTION_DECISION: &str = "objection-decision";
    /// 撤销质量标杆称号 (第十三条).
    pub const REVOCATION: &str = "revocation";
    /// 拟认定名单 (第十条).
    pub const PROPOSED_LIST: &str = "proposed-list";
    /// 发文公布 (第十条).
    pub const PUBLICATION: &str = "publication";
    /// 省级申报企业登记 (第十一条).
    pub const PROVINCIAL_IMPORT: &str = "provincial-import";
    /// 推荐申报河南省质量标杆 (第十一条).
    pub const PROVINCIAL_RECOMMENDATION: &str = "provincial-recommendation";
    /// 转办.
    pub const DELEGATION: &str = "delegation";
}

/// (id, Chinese title) of every form, in process order.
pub fn list() -> Vec<(String, String)> {
    defs::FORMS
        .iter()
        .map(|(id, build)| ((*id).to_string(), build(limits::DEFAULT_YEAR).title))
        .collect()
}

/// The form `id` for the default batch year ([`limits::DEFAULT_YEAR`]).
pub fn definition(id: &str) -> Option<FormDef> {
    definition_for_year(id, limits::DEFAULT_YEAR)
}

/// The form `id` for batch `year`: only 申报表 depends on it (the three years of
/// 基本情况 are `year-3 ..= year-1`, and the declaration names the year), and
/// 省级申报企业登记, which is composed of its fields.
pub fn definition_for_year(id: &str, year: u16) -> Option<FormDef> {
    with_definition(id, year, FormDef::clone)
}

/// Form definitions built once per instance: an instance serves many calls (host-sim
/// reuses it), and building a definition is half the cost of validating a form. Only
/// the years a round can have are kept, so no input can grow the cache without bound.
static BUILT: std::sync::Mutex<Vec<(&str, u16, &FormDef)>> = std::sync::Mutex::new(Vec::new());

/// The fields of `kind` on form `id` (if any) for batch `year`, each mapped by `f`.
pub fn fields_of_kind<T>(
    id: Option<&str>,
    year: u16,
    kind: crate::bindings::exports::zhengzhou::quality_benchmark::forms::FieldKind,
    f: impl Fn(&crate::bindings::exports::zhengzhou::quality_benchmark::forms::FieldDef) -> T,
) -> Vec<T> {
    id.and_then(|id| {
        with_definition(id, year, |def| {
            def.sections
                .iter()
                .flat_map(|s| &s.fields)
                .filter(|x| x.kind == kind)
                .map(&f)
                .collect()
        })
    })
    .unwrap_or_default()
}

/// Run `f` on the form `id` for batch `year`, building it at most once.
pub fn with_definition<T>(id: &str, year: u16, f: impl FnOnce(&FormDef) -> T) -> Option<T> {
    let (form_id, build) = defs::FORMS.iter().find(|(form, _)| *form == id)?;
    let cacheable = (limits::FIRST_YEAR..=limits::LAST_YEAR).contains(&f64::from(year));
    if !cacheable {
        return Some(f(&build(year)));
    }
    let mut built = BUILT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let def = match built.iter().find(|(i, y, _)| i == form_id && *y == year) {
        Some((_, _, def)) => *def,
        None => {
            // Leaked on purpose: at most (forms × years of rounds) small definitions,
            // kept out of the per-call arena (ADR 15).
            crate::arena::persistent(|| {
                let def: &'static FormDef = Box::leak(Box::new(build(year)));
                built.push((form_id, year, def));
                def
            })
        }
    };
    drop(built);
    Some(f(def))
}

/// Validates filled values of form `id` for the default batch year.
/// `None`: unknown form; `Some(empty)`: valid.
pub fn validate(id: &str, values: &[Field], mode: CheckMode) -> Option<Vec<FieldError>> {
    validate_for_year(id, values, mode, limits::DEFAULT_YEAR)
}

/// Validates filled values of form `id` for batch `year` (see [`definition_for_year`]).
pub fn validate_for_year(
    id: &str,
    values: &[Field],
    mode: CheckMode,
    year: u16,
) -> Option<Vec<FieldError>> {
    with_definition(id, year, |def| validate::validate_form(def, values, mode))
}

/// Length of a text as the regulation counts it: Unicode scalar values, not bytes.
pub fn count_chars(s: &str) -> usize {
    s.chars().count()
}
