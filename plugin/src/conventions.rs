//! Approval conventions civil servants expect of any OA (BRIEF §4): 催办 and 转办.

use crate::application::TASK_DISTRICT_REVIEW;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Loaded};
use crate::contract::{Action, Recipient, Role};
use crate::decide::complete;
use crate::effects::{Effects, Line, group};
use crate::forms::{ids, values};
use crate::refusal::{Decision, refuse};
use crate::rules::Step;
use crate::stage::{AppStage, StageInfo};

/// Timer keys: the due date of the district's review and of the experts' scoring.
pub const TIMER_DUE_REVIEW: &str = "due:district-review";
pub const TIMER_DUE_SCORING: &str = "due:scoring";

/// A timer's instant on the morning of a due date.
pub fn due_morning(date: &str) -> String {
    format!("{date}T09:00:00+08:00")
}

/// 催办 by hand: remind whoever holds the pending step.
pub fn remind(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let note = cx
        .req
        .opinion
        .clone()
        .unwrap_or_else(|| "请尽快办理。".into());
    send_reminders(app, &note, cx.req.opinion.clone(), &mut cx.fx);
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
    let stage = app.state.stage.wit();
    fx.record(
        &app.id,
        Line::of(Action::Remind, Some(stage), stage)
            .opinion(opinion)
            .detail(format!("催办{}人/组", recipients.len())),
    );
}

/// 转办: the district office hands its review to a colleague of the same office.
pub fn delegate(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
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
                "转办对象须为本单位的其他工作人员".to_string(),
            )
        })?;
    app.state.delegate = Some(colleague.user_id.clone());
    let id = app.id.clone();
    let fx = &mut cx.fx;
    let title = app.state.title();
    fx.open_task(
        &id,
        TASK_DISTRICT_REVIEW,
        format!("审核推荐（转办）：{}《{title}》", app.state.enterprise_name),
        Recipient::User(colleague.user_id.clone()),
        None,
    );
    let stage = app.state.stage;
    let detail = format!("转办给{}", colleague.name);
    fx.app_step(app, Action::Delegate, stage, |l| {
        l.opinion(req.opinion.clone()).detail(detail)
    });
    fx.notify(
        Recipient::User(colleague.user_id),
        NoticeKind::ToDo,
        format!("转办：{}的申报", app.state.enterprise_name),
        format!("{}将《{title}》的审核转给您办理。", actor.name),
        Some(&id),
    );
    Ok(())
}
