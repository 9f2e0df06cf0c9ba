//! 答辩或实地考察 (第九条, 必要时; 附件2 四(二)): the bureau decides which candidates
//! need one, tells the enterprise when and where, and records the result.

use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Inspection, Loaded};
use crate::contract::{Action, Role};
use crate::decide::{complete, display_date, require_opinion};
use crate::effects::{CITY_BUREAU, enterprise, group};
use crate::forms::{ids, values};
use crate::refusal::Decision;
use crate::rules::{Step, rule};
use crate::stage::AppStage;

/// Task key of a pending defence or site visit.
pub const TASK_INSPECTION: &str = "inspection";

/// What the arrangement calls the inspection.
fn kind_name(fields: &[crate::contract::Field]) -> &'static str {
    match values::choice(fields, "kind") {
        Some("site-visit") => "实地考察",
        _ => "现场答辩",
    }
}

/// 安排答辩/实地考察: with the date, time and place the enterprise is told.
pub fn require(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let req = cx.req;
    complete(ids::INSPECTION_NOTICE, &req.values, app.state.year)?;
    let opinion = require_opinion(req, Action::RequireInspection)?;
    app.state.inspection_required = true;
    app.state.inspection_notice = req.values.clone();
    app.state.stage = AppStage::Defence;
    let id = app.id.clone();
    let title = app.state.title();
    let what = kind_name(&req.values);
    let date = display_date(values::date(&req.values, "date").unwrap_or_default());
    let time = values::text(&req.values, "time").unwrap_or_default();
    let place = values::text(&req.values, "place").unwrap_or_default();
    let requirements = values::text(&req.values, "requirements")
        .map(|r| format!("准备要求：{r}。"))
        .unwrap_or_default();
    let fx = &mut cx.fx;
    fx.open_task(
        &id,
        TASK_INSPECTION,
        format!("{what}：{}《{title}》", app.state.enterprise_name),
        group(Role::CityOfficer, CITY_BUREAU),
        values::date(&req.values, "date").map(str::to_string),
    );
    let line_opinion = opinion.clone();
    let detail = format!("{what}：{date} {time}，{place}");
    fx.app_step(app, Action::RequireInspection, AppStage::Scored, |l| {
        l.opinion(Some(line_opinion)).detail(detail)
    });
    fx.notify(
        enterprise(&app.state),
        NoticeKind::ToDo,
        format!("{what}通知：{date} {time}"),
        format!(
            "《{title}》进入{what}环节。时间：{date} {time}；地点：{place}。{requirements}请准备质量标杆相关材料（附件2 四）。说明：{opinion}"
        ),
        Some(&id),
    );
    Ok(())
}

/// 录入答辩结果 / 录入实地考察结果.
pub fn record(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    let action = req.action;
    let (form, kind, name) = match action {
        Action::RecordSiteVisit => (ids::SITE_VISIT_RECORD, "site-visit", "实地考察"),
        _ => (ids::DEFENCE_RECORD, "defence", "答辩"),
    };
    complete(form, &req.values, app.state.year)?;
    let passed = values::choice(&req.values, "result") == Some("pass");
    app.state.inspections.push(Inspection {
        kind: kind.into(),
        fields: req.values.clone(),
        passed,
        by: actor.user_id.clone(),
        at: host.now(),
    });
    // 答辩或实地考察未通过: not proposed (第九条, 第十条).
    app.state.stage = if passed {
        AppStage::Scored
    } else {
        AppStage::NotSelected
    };
    let id = app.id.clone();
    let fx = &mut cx.fx;
    fx.close_task(&id, TASK_INSPECTION);
    let verdict = if passed { "通过" } else { "未通过" };
    fx.app_step(app, action, AppStage::Defence, |l| {
        l.label(rule(action).label)
            .opinion(req.opinion.clone())
            .detail(format!("{name}结论：{verdict}"))
    });
    fx.notify(
        enterprise(&app.state),
        NoticeKind::Info,
        format!("{name}结果"),
        format!("《{}》{name}结论：{verdict}。", app.state.title()),
        Some(&id),
    );
    Ok(())
}
