//! 市级形式审查: the bureau accepts a recommended application for expert review, or
//! returns it to its district office.

use crate::action::Action;
use crate::application::TASK_DISTRICT_REVIEW;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::bindings::zhengzhou::quality_benchmark::types::Role;
use crate::case::{Application, Loaded, Source};
use crate::decide::{complete, require_opinion};
use crate::district_review::TASK_FORMAL_CHECK;
use crate::effects::{Effects, group};
use crate::forms::{ids, values};
use crate::refusal::Decision;
use crate::stage::AppStage;

pub fn check(app: &mut Loaded<Application>, req: &Request, fx: &mut Effects) -> Decision<()> {
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
    let to = if accept {
        AppStage::Accepted
    } else {
        AppStage::DistrictReview
    };
    app.state.stage = to;
    if !accept {
        app.state.delegate = None;
    }
    fx.write(app.state.write(app.version));
    fx.close_task(&id, TASK_FORMAL_CHECK);
    let note = values::text(&req.values, "note").map(str::to_string);
    fx.history(
        &id,
        Action::FormalCheck.id(),
        if accept {
            "形式审查通过"
        } else {
            "形式审查退回区县"
        },
        AppStage::FormalCheck.code(),
        to.code(),
        Some(opinion.clone()),
        note,
    );
    if accept {
        fx.notify(
            group(Role::Enterprise, &app.state.credit_code),
            NoticeKind::Info,
            "形式审查通过".into(),
            format!("《{title}》已通过市工信局形式审查，进入专家评审。"),
            Some(&id),
        );
    } else {
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
    }
    Ok(())
}
