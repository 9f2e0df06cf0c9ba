//! The process as data (`approval.catalog`): every stage, action, timer, refusal code,
//! field-error code and public-record kind, derived from the rule table and the code
//! lists, so that a host's labels, an OA vendor's documentation and the BPMN export
//! cannot drift from the code.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    ActionInfo, FieldErrorInfo, ProcessCatalog, RecordKind, RecordKindInfo, RefusalInfo,
    StageInfo as WitStageInfo, TimerInfo,
};
use crate::codes::Code;
use crate::contract::Stage;
use crate::refusal::{FIELD_ERRORS, REFUSALS};
use crate::rules::{Applies, RULES};
use crate::stage::{AppStage, BatchStage, StageInfo};
use crate::{conventions, panel, proposal, publication};

/// The contract version this plugin implements.
pub const CONTRACT: &str = "0.3.0";

/// Chinese label of a public-record kind.
pub fn record_kind_label(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Call => "年度申报通知",
        RecordKind::Publicity => "拟认定名单公示",
        RecordKind::ObjectionResult => "公示异议处理结果",
        RecordKind::Recognition => "认定名单",
        RecordKind::Catalogue => "典型经验目录",
        RecordKind::ProvincialRecommendation => "推荐申报省级质量标杆名单",
        RecordKind::Revocation => "撤销称号公告",
    }
}

/// The timers the plugin sets.
pub const TIMERS: [(&str, &str, &str); 5] = [
    (
        proposal::TIMER_PUBLICITY_END,
        "公示期满：结束公示，请领导确认名单",
        "第十条",
    ),
    (
        conventions::TIMER_DUE_REVIEW,
        "区县审核推荐到期：仍未办理的，催办区县",
        "第九条",
    ),
    (
        conventions::TIMER_DUE_SCORING,
        "专家评分到期：仍未评分的，催办评审专家",
        "第七条",
    ),
    (
        panel::TIMER_ASSIGN,
        "继续为已通过形式审查的申报安排评审组（逐区县，每次200件）",
        "第九条",
    ),
    (
        publication::TIMER_CONCLUDE,
        "继续通知未列入名单的申报（逐区县，每次200件）",
        "第十条",
    ),
];

fn stage_info<S: StageInfo + Code>(s: S) -> WitStageInfo {
    WitStageInfo {
        stage: s.wit(),
        code: s.code().to_string(),
        label: s.label().to_string(),
        article: s.article().to_string(),
        terminal: s.terminal(),
    }
}

/// The whole catalog.
pub fn catalog() -> ProcessCatalog {
    let stages = BatchStage::ALL
        .iter()
        .map(|s| stage_info(*s))
        .chain(AppStage::ALL.iter().map(|s| stage_info(*s)))
        .collect();
    let actions = RULES
        .iter()
        .map(|r| {
            let (stages, creates): (Vec<Stage>, _) = match &r.step {
                Applies::Creates(kind, _, _) => (Vec::new(), Some(*kind)),
                Applies::Batch(s, _) => (s.iter().map(|s| s.wit()).collect(), None),
                Applies::App(s, _) => (s.iter().map(|s| s.wit()).collect(), None),
            };
            ActionInfo {
                action: r.action,
                id: r.action.code().to_string(),
                label: r.label.to_string(),
                article: r.article.to_string(),
                summary: r.summary.to_string(),
                roles: r.roles.to_vec(),
                scope: r.scope,
                stages,
                creates,
                form: r.form.map(str::to_string),
                opinion: r.opinion,
                tone: r.tone,
            }
        })
        .collect();
    ProcessCatalog {
        contract: CONTRACT.to_string(),
        stages,
        actions,
        timers: TIMERS
            .iter()
            .map(|(key, meaning, article)| TimerInfo {
                key: (*key).to_string(),
                meaning: (*meaning).to_string(),
                article: (*article).to_string(),
            })
            .collect(),
        refusals: REFUSALS
            .iter()
            .map(|(code, kind, meaning)| RefusalInfo {
                code: (*code).to_string(),
                kind: *kind,
                meaning: (*meaning).to_string(),
            })
            .collect(),
        field_errors: FIELD_ERRORS
            .iter()
            .map(|(code, meaning)| FieldErrorInfo {
                code: (*code).to_string(),
                meaning: (*meaning).to_string(),
            })
            .collect(),
        record_kinds: RecordKind::ALL
            .iter()
            .map(|k| RecordKindInfo {
                kind: *k,
                code: k.code().to_string(),
                label: record_kind_label(*k).to_string(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_lists_every_stage_action_and_code_once() {
        let c = catalog();
        assert_eq!(c.stages.len(), crate::stage::all().len());
        assert_eq!(c.actions.len(), crate::contract::Action::ALL.len());
        let mut codes: Vec<_> = c.refusals.iter().map(|r| r.code.clone()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), c.refusals.len(), "refusal codes are unique");
        assert_eq!(c.contract, CONTRACT);
    }
}
