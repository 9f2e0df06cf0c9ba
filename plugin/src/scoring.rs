//! 专家评分 (第七条): every panel member scores the six items (会签); once all have, the
//! totals are aggregated — dropping the highest and lowest when there are five or more.

use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Aggregate, Application, Loaded, ScoreSheet};
use crate::contract::{Action, Role};
use crate::decide::{complete, round2};
use crate::effects::{CITY_BUREAU, Effects, Line, group};
use crate::forms::{SCORE_ITEMS, ids, values};
use crate::panel::score_task;
use crate::refusal::Decision;
use crate::rules::Step;
use crate::stage::{AppStage, StageInfo};

/// Sheets at which the highest and lowest totals are dropped.
pub const TRIM_FROM: usize = 5;

/// The panel's aggregate of the sheets' totals.
pub fn aggregate(sheets: &[ScoreSheet]) -> Aggregate {
    let mut totals: Vec<f64> = sheets.iter().map(|s| s.total).collect();
    totals.sort_by(f64::total_cmp);
    let trimmed = totals.len() >= TRIM_FROM;
    let kept = if trimmed {
        &totals[1..totals.len() - 1]
    } else {
        &totals[..]
    };
    let score = if kept.is_empty() {
        0.0
    } else {
        round2(kept.iter().sum::<f64>() / kept.len() as f64)
    };
    Aggregate {
        score,
        trimmed,
        sheets: sheets.len(),
    }
}

/// Aggregate once every current panel member has scored.
pub fn finish_if_complete(app: &mut Loaded<Application>, fx: &mut Effects) {
    let all = !app.state.panel.is_empty()
        && app
            .state
            .panel
            .iter()
            .all(|e| app.state.scores.iter().any(|s| s.expert == *e));
    if !all || app.state.stage != AppStage::ExpertReview {
        return;
    }
    let sheets: Vec<ScoreSheet> = app
        .state
        .scores
        .iter()
        .filter(|s| app.state.panel.contains(&s.expert))
        .cloned()
        .collect();
    let agg = aggregate(&sheets);
    let detail = format!(
        "{}份评分表，综合得分 {}{}",
        agg.sheets,
        agg.score,
        if agg.trimmed {
            "（去掉一个最高分和一个最低分）"
        } else {
            ""
        }
    );
    app.state.aggregate = Some(agg);
    app.state.stage = AppStage::Scored;
    // The aggregate is the system's arithmetic, not the last expert's act.
    fx.record(
        &app.id,
        Line::of(
            Action::Score,
            Some(AppStage::ExpertReview.wit()),
            AppStage::Scored.wit(),
        )
        .label("专家评审完成")
        .detail(detail)
        .by_system(),
    );
    fx.notify(
        group(Role::CityOfficer, CITY_BUREAU),
        NoticeKind::Info,
        "专家评审完成".into(),
        format!(
            "{}《{}》的专家评分已全部提交。",
            app.state.enterprise_name,
            app.state.title()
        ),
        Some(&app.id),
    );
}

/// 提交评分: one sheet per expert; never shown to anyone before aggregation.
pub fn score(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    let fx = &mut cx.fx;
    complete(ids::SCORE_SHEET, &req.values, app.state.year)?;
    let items: Vec<f64> = SCORE_ITEMS
        .iter()
        .map(|id| values::number(&req.values, id).unwrap_or(0.0))
        .collect();
    let total = round2(items.iter().sum());
    app.state.scores.push(ScoreSheet {
        expert: actor.user_id.clone(),
        items,
        total,
        comments: values::text(&req.values, "comments")
            .unwrap_or_default()
            .to_string(),
        at: host.now(),
    });
    let id = app.id.clone();
    fx.close_task(&id, &score_task(&actor.user_id));
    let stage = app.state.stage.wit();
    // The line never carries the score; the applicant reads it without the expert's name.
    fx.record(
        &id,
        Line::of(Action::Score, Some(stage), stage).label("专家提交评分"),
    );
    finish_if_complete(app, fx);
    fx.write(app.state.write(app.version));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(total: f64) -> ScoreSheet {
        ScoreSheet {
            expert: format!("e{total}"),
            items: vec![],
            total,
            comments: String::new(),
            at: String::new(),
        }
    }

    #[test]
    fn five_sheets_drop_highest_and_lowest() {
        let a = aggregate(&[
            sheet(50.0),
            sheet(40.0),
            sheet(30.0),
            sheet(45.0),
            sheet(59.0),
        ]);
        assert!(a.trimmed);
        assert_eq!(a.score, 45.0);
    }

    #[test]
    fn four_sheets_keep_all() {
        let a = aggregate(&[sheet(50.0), sheet(40.0), sheet(30.0), sheet(45.0)]);
        assert!(!a.trimmed);
        assert_eq!(a.score, 41.25);
    }
}
