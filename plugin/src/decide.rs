//! Helpers every decision shares: the 意见, form checks, dates for people, and reading a
//! year's applications through the host's indexed queries.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::case_store::CaseFilter;
use crate::case::{Application, Loaded, load_application};
use crate::contract::{Action, CaseKind, CaseSummary, Field};
use crate::forms::{self, values};
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::rules::rule;
use crate::stage::{AppStage, StageInfo};

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
            format!("“{}”须填写意见", rule(action).label),
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

/// A case-store filter.
pub fn filter(
    kind: CaseKind,
    year: u16,
    stages: &[AppStage],
    district: Option<&str>,
) -> CaseFilter {
    CaseFilter {
        kind,
        year,
        stages: stages.iter().map(|s| s.wit()).collect(),
        district: district.map(str::to_string),
    }
}

/// Summaries of a year's applications at any of `stages`, at most `limit`.
pub fn summaries_at(
    host: &dyn Host,
    year: u16,
    stages: &[AppStage],
    limit: Option<u32>,
) -> Vec<CaseSummary> {
    host.query_cases(&filter(CaseKind::Application, year, stages, None), limit)
}

/// Every application of `year` at any of `stages`, loaded for a decision.
pub fn applications_at(
    host: &dyn Host,
    year: u16,
    stages: &[AppStage],
) -> Decision<Vec<Loaded<Application>>> {
    summaries_at(host, year, stages, None)
        .iter()
        .map(|s| application(host, &s.id))
        .collect()
}

/// One application by id.
pub fn application(host: &dyn Host, id: &str) -> Decision<Loaded<Application>> {
    let stored = host
        .get_case(id)
        .ok_or_else(|| refuse("not-found", format!("申报 {id} 不存在")))?;
    load_application(&stored)
}

/// Scores for display: two decimals at most.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A date as people read it: `2026-03-16` → 2026年3月16日 (an instant keeps its time:
/// 2026年3月16日 10:00). Anything else is returned as given.
pub fn display_date(date: &str) -> String {
    let num = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    let (y, m, d) = (
        num(date.get(0..4)),
        num(date.get(5..7)),
        num(date.get(8..10)),
    );
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) if date.get(4..5) == Some("-") => {
            let time = date
                .get(11..16)
                .filter(|t| t.as_bytes().get(2) == Some(&b':'));
            match time {
                Some(t) => format!("{y}年{m}月{d}日 {t}"),
                None => format!("{y}年{m}月{d}日"),
            }
        }
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_for_people() {
        assert_eq!(display_date("2026-03-16"), "2026年3月16日");
        assert_eq!(
            display_date("2026-10-08T09:30:00+08:00"),
            "2026年10月8日 09:30"
        );
        assert_eq!(display_date("—"), "—");
    }
}
