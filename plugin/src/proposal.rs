//! 拟认定名单 (第十条): the officer proposes the list from the expert results, the
//! leader approves it — which starts 公示 — or returns it.

use crate::batch::count_at;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::RecordKind;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Batch, Loaded, Proposal, Publicity};
use crate::contract::{Action, Role};
use crate::decide::{application, complete, display_date, require_opinion, summaries_at};
use crate::district;
use crate::effects::{CITY_BUREAU, enterprise, group};
use crate::forms::{ids, values};
use crate::refusal::{Decision, refuse};
use crate::rules::Step;
use crate::stage::{AppStage, BatchStage};

/// Task key of the leader's approval of the list.
pub const TASK_APPROVE_LIST: &str = "approve-list";
/// Timer key of the end of 公示.
pub const TIMER_PUBLICITY_END: &str = "publicity-end";

/// 提出拟认定名单: top candidates by aggregate score, without failed inspections.
pub fn propose(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    complete(ids::PROPOSED_LIST, &req.values, batch.state.year)?;
    let opinion = require_opinion(req, Action::ProposeList)?;
    let year = batch.state.year;
    let pending = count_at(
        host,
        year,
        &[
            AppStage::FormalCheck,
            AppStage::Accepted,
            AppStage::ExpertReview,
            AppStage::Defence,
        ],
    );
    if pending > 0 {
        return Err(refuse(
            "review-unfinished",
            format!("尚有{pending}个申报未完成审查、评审或答辩，不能提出名单"),
        ));
    }
    let count = values::number(&req.values, "count").unwrap_or(0.0) as usize;
    let floor = values::number(&req.values, "min-score");
    // Summaries carry the aggregate, so ranking thousands of candidates loads no state.
    // Candidates who failed a defence or site visit are already `not-selected`.
    let mut candidates: Vec<(f64, String, String)> =
        summaries_at(host, year, &[AppStage::Scored], None)
            .into_iter()
            .filter_map(|c| c.score.map(|score| (score, c.id, c.title)))
            .filter(|(score, _, _)| floor.is_none_or(|f| *score >= f))
            .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    candidates.truncate(count);
    if candidates.is_empty() {
        return Err(refuse("empty-list", "没有符合条件的候选申报"));
    }
    let detail = candidates
        .iter()
        .enumerate()
        .map(|(i, (s, _, title))| format!("{}. {title}（{s}分）", i + 1))
        .collect::<Vec<_>>()
        .join("；");
    batch.state.proposal = Some(Proposal {
        cases: candidates.into_iter().map(|(_, id, _)| id).collect(),
        by: actor.user_id.clone(),
        at: host.now(),
    });
    let fx = &mut cx.fx;
    move_batch(
        batch,
        BatchStage::Proposed,
        Action::ProposeList,
        Some(opinion),
        Some(detail),
        fx,
    );
    fx.open_task(
        &batch.id,
        TASK_APPROVE_LIST,
        format!("审批{year}年度拟认定名单"),
        group(Role::CityLeader, CITY_BUREAU),
        None,
    );
    fx.notify(
        group(Role::CityLeader, CITY_BUREAU),
        NoticeKind::ToDo,
        format!("待审批：{year}年度拟认定名单"),
        "经办人员已提出拟认定的市级质量标杆名单，请审批。".into(),
        Some(&batch.id),
    );
    Ok(())
}

fn move_batch(
    batch: &mut Loaded<Batch>,
    to: BatchStage,
    action: Action,
    opinion: Option<String>,
    detail: Option<String>,
    fx: &mut crate::effects::Effects,
) {
    let from = batch.state.stage;
    batch.state.stage = to;
    fx.batch_step(batch, action, from, |l| l.opinion(opinion).detail(detail));
}

/// 撤回 (officer, before the leader acts) or 退回 (leader): back to review.
pub fn withdraw_or_return(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (action, req) = (cx.req.action, cx.req);
    let fx = &mut cx.fx;
    let opinion = if action == Action::ReturnList {
        Some(require_opinion(req, action)?)
    } else {
        req.opinion.clone()
    };
    batch.state.proposal = None;
    move_batch(batch, BatchStage::Review, action, opinion.clone(), None, fx);
    fx.close_task(&batch.id, TASK_APPROVE_LIST);
    if action == Action::ReturnList {
        fx.notify(
            group(Role::CityOfficer, CITY_BUREAU),
            NoticeKind::Info,
            "拟认定名单被退回".into(),
            format!("领导退回了拟认定名单：{}", opinion.unwrap_or_default()),
            Some(&batch.id),
        );
    }
    Ok(())
}

/// 批准名单并公示: candidates enter 公示 for the configured working days.
pub fn approve(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    let fx = &mut cx.fx;
    let opinion = require_opinion(req, Action::ApproveList)?;
    let proposal = batch
        .state
        .proposal
        .clone()
        .ok_or_else(|| refuse("no-proposal", "没有待审批的名单"))?;
    let start = host.today();
    let end = host
        .add_working_days(&start, batch.state.config.publicity_days)
        .map_err(|e| refuse("calendar", format!("工作日历无法计算公示期：{e}")))?;
    let year = batch.state.year;
    let mut lines = Vec::new();
    for (rank, id) in proposal.cases.iter().enumerate() {
        let mut app = application(host, id)?;
        app.state.stage = AppStage::Proposed;
        fx.app_step(&app, Action::ApproveList, AppStage::Scored, |l| {
            l.label("列入拟认定名单并公示")
        });
        fx.notify(
            enterprise(&app.state),
            NoticeKind::Info,
            "列入拟认定名单".into(),
            format!(
                "《{}》已列入{year}年度郑州市质量标杆拟认定名单，公示至{}。",
                app.state.title(),
                display_date(&end)
            ),
            Some(id),
        );
        lines.push(format!(
            "{}. {}（{}）：{}",
            rank + 1,
            app.state.enterprise_name,
            district::name_of(app.state.district.as_deref().unwrap_or_default()),
            app.state.title()
        ));
    }
    fx.publish(
        format!("publicity:{year}"),
        RecordKind::Publicity,
        year,
        format!("{year}年度郑州市质量标杆拟认定名单公示"),
        format!(
            "公示期：{}至{}（{}个工作日）。\n{}\n对公示对象有异议的，可在公示期内实名提出，并提供联系方式和必要的证明材料。",
            display_date(&start),
            display_date(&end),
            batch.state.config.publicity_days,
            lines.join("\n")
        ),
        Some(&batch.id),
    );
    batch.state.publicity = Some(Publicity {
        start,
        end: end.clone(),
    });
    move_batch(
        batch,
        BatchStage::Publicity,
        Action::ApproveList,
        Some(opinion),
        Some(format!("公示至{}", display_date(&end))),
        fx,
    );
    fx.close_task(&batch.id, TASK_APPROVE_LIST);
    fx.timer(
        &batch.id,
        TIMER_PUBLICITY_END,
        crate::publicity::period_over_at(&end),
    );
    fx.notify_districts(
        NoticeKind::CarbonCopy,
        format!("{year}年度拟认定名单公示"),
        format!("拟认定名单已公示，公示至{}。", display_date(&end)),
        &batch.id,
    );
    Ok(())
}
