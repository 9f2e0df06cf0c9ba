//! Approval conventions civil servants expect of any OA (BRIEF §4): 催办 and 转办.

use crate::action::Action;
use crate::application::TASK_DISTRICT_REVIEW;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::zhengzhou::quality_benchmark::notifications::{NoticeKind, Recipient};
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Role};
use crate::case::{Application, Loaded};
use crate::decide::complete;
use crate::effects::{Effects, group};
use crate::forms::{ids, values};
use crate::host::Host;
use crate::refusal::{Decision, refuse};
use crate::stage::AppStage;

/// Timer keys: the due date of the district's review and of the experts' scoring.
pub const TIMER_DUE_REVIEW: &str = "due:district-review";
pub const TIMER_DUE_SCORING: &str = "due:scoring";

/// A timer's instant on the morning of a due date.
pub fn due_morning(date: &str) -> String {
    format!("{date}T09:00:00+08:00")
}

/// 催办 by hand: remind whoever holds the pending step.
pub fn remind(app: &Loaded<Application>, req: &Request, fx: &mut Effects) -> Decision<()> {
    let note = req.opinion.clone().unwrap_or_else(|| "请尽快办理。".into());
    send_reminders(app, &note, req.opinion.clone(), fx);
    Ok(())
}

/// 到期催办: a due-date timer fired; remind if the step is still pending.
pub fn remind_when_due(app: &Loaded<Application>, key: &str, fx: &mut Effects) {
    let pending = match key {
        TIMER_DUE_REVIEW => app.state.stage == AppStage::DistrictReview,
        _ => app.state.stage == AppStage::ExpertReview,
    };
    if pending {
        send_reminders(app, "办理期限已到，请尽快办理。", None, fx);
    }
}

fn send_reminders(
    app: &Loaded<Application>,
    note: &str,
    opinion: Option<String>,
    fx: &mut Effects,
) {
    let title = app.state.title();
    let recipients: Vec<Recipient> = match app.state.stage {
        AppStage::DistrictReview => vec![match &app.state.delegate {
            Some(user) => Recipient::User(user.clone()),
            None => group(
                Role::DistrictOffice,
                app.state.district.as_deref().unwrap_or_default(),
            ),
        }],
        _ => app
            .state
            .panel
            .iter()
            .filter(|e| !app.state.scores.iter().any(|s| s.expert == **e))
            .map(|e| Recipient::User(e.clone()))
            .collect(),
    };
    for r in &recipients {
        fx.notify(
            r.clone(),
            NoticeKind::Reminder,
            format!("催办：{}《{title}》", app.state.enterprise_name),
            note.to_string(),
            Some(&app.id),
        );
    }
    let stage = app.state.stage.code();
    fx.history(
        &app.id,
        Action::Remind.id(),
        Action::Remind.label(),
        stage,
        stage,
        opinion,
        Some(format!("催办{}人/组", recipients.len())),
    );
}

/// 转办: the district office hands its review to a colleague of the same office.
pub fn delegate(
    host: &impl Host,
    actor: &Actor,
    app: &mut Loaded<Application>,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    complete(ids::DELEGATION, &req.values, app.state.year)?;
    let assignee = values::text(&req.values, "assignee")
        .unwrap_or_default()
        .to_string();
    let colleague = host
        .members(Role::DistrictOffice, Some(&actor.org_unit))
        .into_iter()
        .find(|p| p.user_id == assignee && p.user_id != actor.user_id)
        .ok_or_else(|| {
            refuse(
                "bad-assignee",
                format!("{assignee} 不是本单位的其他工作人员，不能转办"),
            )
        })?;
    app.state.delegate = Some(colleague.user_id.clone());
    let id = app.id.clone();
    let title = app.state.title();
    fx.open_task(
        &id,
        TASK_DISTRICT_REVIEW,
        format!("审核推荐（转办）：{}《{title}》", app.state.enterprise_name),
        Recipient::User(colleague.user_id.clone()),
        None,
    );
    fx.app_step(
        app,
        Action::Delegate.id(),
        Action::Delegate.label(),
        app.state.stage,
        req.opinion.clone(),
        Some(format!("转办给{}（{}）", colleague.name, colleague.user_id)),
    );
    fx.notify(
        Recipient::User(colleague.user_id),
        NoticeKind::ToDo,
        format!("转办：{}的申报", app.state.enterprise_name),
        format!("{}将《{title}》的审核转给您办理。", actor.name),
        Some(&id),
    );
    Ok(())
}
