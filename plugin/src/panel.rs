//! 专家评审 (第九条): the bureau draws a panel from the expert pool with the host's
//! randomness, records the draw so anyone can re-run it, and replaces recused experts
//! (回避) with the next reserve in drawn order.

use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Batch, Draw, Loaded, Recusal};
use crate::chunks::Chunked;
use crate::contract::{Action, CaseSummary, Recipient, Role};
use crate::decide::{application, complete};
use crate::effects::{Effects, Line};
use crate::forms::{ids, values};
use crate::host::Host;
use crate::refusal::{Decision, refuse};
use crate::rules::Step;
use crate::scoring;
use crate::stage::{AppStage, StageInfo};
use crate::workflow::Case;

/// Working days experts have to score.
pub const SCORING_DAYS: u32 = 10;

/// Task key of an expert's score sheet.
pub fn score_task(expert: &str) -> String {
    format!("score:{expert}")
}

/// SplitMix64: a tiny, well-known generator, so a draw can be re-run anywhere from its seed.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The pool in drawn order: a Fisher–Yates shuffle driven by SplitMix64 from `seed`.
pub fn shuffle(pool: &[String], seed: u64) -> Vec<String> {
    let mut order = pool.to_vec();
    let mut state = seed;
    for i in (1..order.len()).rev() {
        let j = (next(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

fn assign(
    host: &dyn Host,
    app: &Loaded<Application>,
    experts: &[String],
    fx: &mut Effects,
) -> Decision<()> {
    let due = host
        .add_working_days(&host.today(), SCORING_DAYS)
        .map_err(|e| refuse("calendar", format!("工作日历无法计算评审期限：{e}")))?;
    fx.timer(
        &app.id,
        crate::conventions::TIMER_DUE_SCORING,
        crate::conventions::due_morning(&due),
    );
    for expert in experts {
        fx.open_task(
            &app.id,
            &score_task(expert),
            format!(
                "专家评审：{}《{}》",
                app.state.enterprise_name,
                app.state.title()
            ),
            Recipient::User(expert.clone()),
            Some(due.clone()),
        );
    }
    Ok(())
}

/// Seating the drawn panel, carried on in chunks (ADR 3).
pub const SEATING: Chunked = Chunked {
    stage: AppStage::Accepted,
    timer: TIMER_ASSIGN,
};
/// Timer key of the continued assignment.
pub const TIMER_ASSIGN: &str = "assign-panel";

/// One panel a round: it is drawn once, and applications accepted later join it.
pub fn not_yet_drawn(case: &Case) -> Decision<()> {
    match case {
        Case::Batch(b) if b.state.draw.is_some() => Err(refuse(
            "already-drawn",
            "本年度评审专家已抽取；此后通过形式审查的申报自动进入专家评审",
        )),
        _ => Ok(()),
    }
}

/// 抽取评审专家: draw one panel for the round and record the draw, then seat it on the
/// accepted applications.
pub fn draw(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    let fx = &mut cx.fx;
    let year = batch.state.year;
    if crate::batch::count_at(host, year, &[AppStage::Accepted]) == 0 {
        return Err(refuse(
            "nothing-to-review",
            "没有通过形式审查、待专家评审的申报",
        ));
    }
    let experts = host.members(Role::Expert, None);
    let mut pool: Vec<String> = experts.iter().map(|p| p.user_id.clone()).collect();
    pool.sort();
    // The record keeps ids (the draw is re-run from seed and pool); people read names.
    let names = crate::view::people_names(experts);
    let size = batch.state.config.panel_size as usize;
    if pool.len() < size {
        return Err(refuse(
            "pool-too-small",
            format!("专家库仅有{}人，少于评审专家人数{size}人", pool.len()),
        ));
    }
    let seed = host.seed();
    let order = shuffle(&pool, seed);
    for expert in &order[..size] {
        fx.notify(
            Recipient::User(expert.clone()),
            NoticeKind::ToDo,
            format!("{year}年度质量标杆专家评审"),
            format!("您已被抽取为{year}年度郑州市质量标杆评审专家，请在待办中逐项评分；如与申报企业存在利害关系，请先提交回避声明。"),
            None,
        );
    }
    let detail = format!(
        "随机种子 {seed}；专家库 {} 人；抽取顺序：{}；评审组：{}",
        pool.len(),
        crate::view::named(&names, &order),
        crate::view::named(&names, &order[..size])
    );
    let draw = Draw {
        seed,
        pool,
        order,
        panel_size: size as u32,
        at: host.now(),
    };
    let waiting = SEATING.first(host, year, fx);
    seat_all(host, &waiting, &draw, fx)?;
    batch.state.draw = Some(draw);
    let stage = batch.state.stage;
    fx.batch_step(batch, Action::DrawPanel, stage, |l| {
        l.opinion(req.opinion.clone()).detail(detail)
    });
    Ok(())
}

/// Seat the drawn panel on the chunk of accepted applications `waiting`.
fn seat_all(
    host: &dyn Host,
    waiting: &[CaseSummary],
    draw: &Draw,
    fx: &mut Effects,
) -> Decision<()> {
    for summary in waiting {
        let mut app = application(host, &summary.id)?;
        seat(host, &mut app, draw, fx)?;
    }
    Ok(())
}

/// The host's timer on the batch continues seating the panel across the round.
pub fn continue_seating(host: &dyn Host, batch: &Loaded<Batch>, fx: &mut Effects) -> Decision<()> {
    match &batch.state.draw {
        Some(draw) => {
            let waiting = SEATING.next_in_round(host, batch.state.year, fx);
            seat_all(host, &waiting, draw, fx)
        }
        None => Ok(()),
    }
}

/// The host's timer on an accepted application continues seating the panel in its district.
pub fn continue_seating_in(
    host: &dyn Host,
    next: &Loaded<Application>,
    fx: &mut Effects,
) -> Decision<()> {
    let batch = crate::batch::of_year(host, next.state.year)?;
    match (&batch.state.draw, &next.state.district) {
        (Some(draw), Some(district)) => {
            let waiting = SEATING.next_in_district(host, batch.state.year, district, fx);
            seat_all(host, &waiting, draw, fx)
        }
        _ => Ok(()),
    }
}

/// Seat the drawn panel on one accepted application: it enters expert review.
pub fn seat(
    host: &dyn Host,
    app: &mut Loaded<Application>,
    draw: &Draw,
    fx: &mut Effects,
) -> Decision<()> {
    let panel: Vec<String> = draw.order[..draw.panel_size as usize].to_vec();
    app.state.panel = panel.clone();
    app.state.stage = AppStage::ExpertReview;
    assign(host, app, &panel, fx)?;
    fx.app_step(app, Action::DrawPanel, AppStage::Accepted, |l| {
        l.label("进入专家评审")
    });
    Ok(())
}

/// 回避声明: a declared conflict recuses the expert and seats the next reserve.
pub fn declare_conflict(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    let fx = &mut cx.fx;
    complete(ids::CONFLICT_DECLARATION, &req.values, app.state.year)?;
    let id = app.id.clone();
    let stage = app.state.stage.wit();
    if !values::flag(&req.values, "has-conflict") {
        fx.record(
            &id,
            Line::of(Action::DeclareConflict, Some(stage), stage).label("声明无利害关系"),
        );
        return Ok(());
    }
    let reason = values::text(&req.values, "reason")
        .unwrap_or_default()
        .to_string();
    let batch = crate::batch::of_year(host, app.state.year)?;
    let draw = batch
        .state
        .draw
        .ok_or_else(|| refuse("no-draw", "尚未抽取评审专家"))?;
    let recused: Vec<&str> = app
        .state
        .recusals
        .iter()
        .map(|r| r.expert.as_str())
        .collect();
    let replacement = draw
        .order
        .iter()
        .find(|e| {
            !app.state.panel.contains(e) && !recused.contains(&e.as_str()) && **e != actor.user_id
        })
        .cloned();
    app.state.panel.retain(|e| *e != actor.user_id);
    if let Some(r) = &replacement {
        app.state.panel.push(r.clone());
        assign(host, app, std::slice::from_ref(r), fx)?;
        fx.notify(
            Recipient::User(r.clone()),
            NoticeKind::ToDo,
            "替补评审任务".into(),
            format!(
                "因原评审专家回避，请您评审{}《{}》。",
                app.state.enterprise_name,
                app.state.title()
            ),
            Some(&id),
        );
    }
    app.state.recusals.push(Recusal {
        expert: actor.user_id.clone(),
        reason: reason.clone(),
        replacement: replacement.clone(),
    });
    fx.close_task(&id, &score_task(&actor.user_id));
    let detail = match &replacement {
        Some(r) => format!("专家 {} 回避，由备选专家 {r} 递补", actor.user_id),
        None => format!(
            "专家 {} 回避，备选专家已用完，评审组减少一人",
            actor.user_id
        ),
    };
    fx.record(
        &id,
        Line::of(Action::DeclareConflict, Some(stage), stage)
            .label("专家回避")
            .detail(detail),
    );
    scoring::finish_if_complete(app, fx);
    fx.write(app.state.write(app.version));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draw_is_a_permutation_fixed_by_its_seed() {
        let pool: Vec<String> = (1..=24).map(|i| format!("expert-{i:02}")).collect();
        let a = shuffle(&pool, 20_260_506);
        assert_eq!(a, shuffle(&pool, 20_260_506), "same seed, same draw");
        assert_ne!(a, shuffle(&pool, 20_260_507), "another seed, another draw");
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, pool, "every expert exactly once");
    }
}
