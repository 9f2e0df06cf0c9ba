//! 市级形式审查: the bureau accepts a recommended application for expert review, or
//! returns it to its district office.

use crate::application::TASK_DISTRICT_REVIEW;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Loaded, Source};
use crate::contract::{Action, Role};
use crate::decide::{complete, require_opinion};
use crate::district_review::TASK_FORMAL_CHECK;
use crate::effects::{enterprise, group};
use crate::forms::{ids, values};
use crate::panel;
use crate::refusal::Decision;
use crate::rules::Step;
use crate::stage::AppStage;

pub fn check(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    complete(ids::FORMAL_CHECK, &req.values, app.state.year)?;
    let opinion = require_opinion(req, Action::FormalCheck)?;
    let accept = values::choice(&req.values, "result") == Some("accept");
    if accept && matches!(app.state.source, Source::Provincial { .. }) {
        // The province's materials must be registered in full before experts see them.
        complete(
            ids::APPLICATION_MATERIALS,
            &app.state.materials,
            app.state.year,
        )?;
    }
    let id = app.id.clone();
    let title = app.state.title();
    let note = values::text(&req.values, "note").map(str::to_string);
    let fx = &mut cx.fx;
    fx.close_task(&id, TASK_FORMAL_CHECK);
    if !accept {
        app.state.stage = AppStage::DistrictReview;
        app.state.delegate = None;
        let line_opinion = opinion.clone();
        fx.app_step(app, Action::FormalCheck, AppStage::FormalCheck, |l| {
            l.label("形式审查退回区县")
                .opinion(Some(line_opinion))
                .detail(note)
        });
        let district = app.state.district.clone().unwrap_or_default();
        fx.open_task(
            &id,
            TASK_DISTRICT_REVIEW,
            format!("形式审查退回，请重新审核：《{title}》"),
            group(Role::DistrictOffice, &district),
            None,
        );
        fx.notify(
            group(Role::DistrictOffice, &district),
            NoticeKind::ToDo,
            "形式审查退回".into(),
            format!("市工信局将《{title}》退回，请重新审核。意见：{opinion}"),
            Some(&id),
        );
        return Ok(());
    }
    app.state.stage = AppStage::Accepted;
    fx.record(
        &id,
        crate::effects::Line::of(
            Action::FormalCheck,
            Some(crate::stage::StageInfo::wit(AppStage::FormalCheck)),
            crate::stage::StageInfo::wit(AppStage::Accepted),
        )
        .label("形式审查通过")
        .opinion(Some(opinion))
        .detail(note),
    );
    let batch = crate::batch::of_year(host, app.state.year)?;
    match &batch.state.draw {
        // The panel is already drawn: the application joins expert review at once.
        Some(draw) => panel::seat(host, app, draw, fx)?,
        None => fx.write(app.state.write(app.version)),
    }
    fx.notify(
        enterprise(&app.state),
        NoticeKind::Info,
        "形式审查通过".into(),
        format!("《{title}》已通过市工信局形式审查，进入专家评审。"),
        Some(&id),
    );
    Ok(())
}
