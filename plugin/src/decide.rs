//! Helpers every decision shares: the 意见, form checks, and loading a year's applications.

use crate::action::Action;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::types::{CaseKind, Field};
use crate::case::{Application, Loaded, load_application};
use crate::forms::{self, values};
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::stage::AppStage;

/// The decision's 意见: the opinion box, or else the form's `opinion` field.
pub fn opinion_of(req: &Request) -> Option<String> {
    req.opinion
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .or_else(|| values::text(&req.values, "opinion"))
        .map(str::to_string)
}

/// The 意见, refusing when the action requires one and none was given.
pub fn require_opinion(req: &Request, action: Action) -> Decision<String> {
    opinion_of(req).ok_or_else(|| {
        refuse(
            "opinion-required",
            format!("“{}”须填写意见", action.label()),
        )
    })
}

/// The values must fill form `form_id` completely and validly.
pub fn complete(form_id: &str, values: &[Field], year: u16) -> Decision<()> {
    let errors = forms::validate_for_year(form_id, values, CheckMode::Submit, year)
        .ok_or_else(|| refuse("unknown-form", format!("未知表单：{form_id}")))?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(invalid_form(errors))
    }
}

/// Every application of `year` at `stage`, loaded for a decision.
pub fn applications(
    host: &impl Host,
    year: u16,
    stage: AppStage,
) -> Decision<Vec<Loaded<Application>>> {
    host.query_cases(CaseKind::Application, year, Some(stage.code()))
        .iter()
        .filter_map(|s| host.get_case(&s.id))
        .map(|stored| load_application(&stored))
        .collect()
}

/// One application by id.
pub fn application(host: &impl Host, id: &str) -> Decision<Loaded<Application>> {
    let stored = host
        .get_case(id)
        .ok_or_else(|| refuse("not-found", format!("申报 {id} 不存在")))?;
    load_application(&stored)
}

/// Scores for display: two decimals at most.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
