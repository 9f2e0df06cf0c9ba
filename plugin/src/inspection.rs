//! 答辩或实地考察 (第九条, 必要时; 附件2 四(二)): the bureau decides which candidates
//! need one, and records the result.

use crate::action::Action;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Role};
use crate::case::{Application, Inspection, Loaded};
use crate::decide::{complete, require_opinion};
use crate::effects::{CITY_BUREAU, Effects, enterprise, group};
use crate::forms::{ids, values};
use crate::host::Host;
use crate::refusal::Decision;
use crate::stage::AppStage;

/// Task key of a pending defence or site visit.
pub const TASK_INSPECTION: &str = "inspection";

/// 安排答辩/实地考察.
pub fn require(app: &mut Loaded<Application>, req: &Request, fx: &mut Effects) -> Decision<()> {
    let opinion = require_opinion(req, Action::RequireInspection)?;
    app.state.inspection_required = true;
    app.state.stage = AppStage::Defence;
    let id = app.id.clone();
    let title = app.state.title();
    fx.open_task(
        &id,
        TASK_INSPECTION,
        format!("答辩/实地考察：{}《{title}》", app.state.enterprise_name),
        group(Role::CityOfficer, CITY_BUREAU),
        None,
    );
    fx.app_step(
        app,
        Action::RequireInspection.id(),
        Action::RequireInspection.label(),
        AppStage::Scored,
        Some(opinion.clone()),
        None,
    );
    fx.notify(
        enterprise(&app.state),
        NoticeKind::ToDo,
        "请准备现场答辩或实地考察".into(),
        format!(
            "《{title}》进入答辩/实地考察环节，请准备质量标杆相关材料（附件2 四）。说明：{opinion}"
        ),
        Some(&id),
    );
    Ok(())
}

/// 录入答辩结果 / 录入实地考察结果.
pub fn record(
    host: &impl Host,
    actor: &Actor,
    app: &mut Loaded<Application>,
    action: Action,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
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
    fx.close_task(&id, TASK_INSPECTION);
    let verdict = if passed { "通过" } else { "未通过" };
    fx.app_step(
        app,
        action.id(),
        action.label(),
        AppStage::Defence,
        req.opinion.clone(),
        Some(format!("{name}结论：{verdict}")),
    );
    fx.notify(
        enterprise(&app.state),
        NoticeKind::Info,
        format!("{name}结果"),
        format!("《{}》{name}结论：{verdict}。", app.state.title()),
        Some(&id),
    );
    Ok(())
}
