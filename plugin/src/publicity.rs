//! 公示 (第十条): named objections (实名异议) with evidence during the period, each
//! decided by the bureau — 成立 removes the candidate, 不成立 keeps it — and the end of
//! the period.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::RecordKind;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Batch, Loaded, Objection};
use crate::contract::{Action, Role};
use crate::decide::{complete, display_date};
use crate::effects::{CITY_BUREAU, Effects, enterprise, group};
use crate::forms::{ids, values};
use crate::host::Host;
use crate::refusal::{Decision, refuse};
use crate::rules::Step;
use crate::stage::{AppStage, BatchStage};
use crate::workflow::Case;

/// The instant 公示 is over: the last second of its last day. Its timer is due then,
/// and a host fires it at or after that instant (H7), so the check and the timer agree.
pub fn period_over_at(end: &str) -> String {
    format!("{end}T23:59:59+08:00")
}

/// Working days the bureau has to decide an objection.
pub const DECISION_DAYS: u32 = 5;
/// Task key of the leader's confirmation after 公示.
pub const TASK_PUBLISH: &str = "publish";

fn objection_task(number: u32) -> String {
    format!("objection:{number}")
}

/// 实名提出异议, within the period only.
pub fn object(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    let fx = &mut cx.fx;
    let batch = crate::batch::of_year(host, app.state.year)?;
    let today = host.today();
    match (&batch.state.publicity, batch.state.stage) {
        (Some(p), BatchStage::Publicity) if host.now() < period_over_at(&p.end) => {}
        (Some(p), _) => {
            return Err(refuse(
                "deadline-passed",
                format!("公示期已于{}结束，不能再提出异议", display_date(&p.end)),
            ));
        }
        (None, _) => return Err(refuse("wrong-stage", "该名单尚未公示")),
    }
    complete(ids::OBJECTION, &req.values, app.state.year)?;
    let number = app.state.objections.len() as u32 + 1;
    let due = host.add_working_days(&today, DECISION_DAYS).ok();
    app.state.objections.push(Objection {
        number,
        fields: req.values.clone(),
        filed_at: host.now(),
        decision: None,
        reason: None,
        decided_by: None,
    });
    let id = app.id.clone();
    fx.open_task(
        &id,
        &objection_task(number),
        format!(
            "处理异议：{}《{}》第{number}号",
            app.state.enterprise_name,
            app.state.title()
        ),
        group(Role::CityOfficer, CITY_BUREAU),
        due,
    );
    // The objector's identity stays with the bureau: the history only counts objections.
    let stage = app.state.stage;
    fx.app_step(app, Action::Object, stage, |l| {
        l.label("收到实名异议").detail(format!("第{number}号异议"))
    });
    fx.notify(
        group(Role::CityOfficer, CITY_BUREAU),
        NoticeKind::ToDo,
        "收到公示异议".into(),
        format!(
            "对{}《{}》的公示收到实名异议（第{number}号），请核查处理。",
            app.state.enterprise_name,
            app.state.title()
        ),
        Some(&id),
    );
    Ok(())
}

/// 异议处理: decides the oldest open objection.
/// 异议处理 needs an open objection.
pub fn has_open_objection(case: &Case) -> Decision<()> {
    match case {
        Case::Application(a) if a.state.open_objections() == 0 => {
            Err(refuse("no-open-objection", "该申报没有待处理的异议"))
        }
        _ => Ok(()),
    }
}

pub fn decide(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (actor, req) = (cx.actor, cx.req);
    let fx = &mut cx.fx;
    complete(ids::OBJECTION_DECISION, &req.values, app.state.year)?;
    let upheld = values::choice(&req.values, "result") == Some("upheld");
    let reason = values::text(&req.values, "reason")
        .unwrap_or_default()
        .to_string();
    let Some(objection) = app
        .state
        .objections
        .iter_mut()
        .find(|o| o.decision.is_none())
    else {
        return Err(refuse("no-open-objection", "该申报没有待处理的异议"));
    };
    objection.decision = Some(if upheld { "upheld" } else { "dismissed" }.into());
    objection.reason = Some(reason.clone());
    objection.decided_by = Some(actor.user_id.clone());
    let number = objection.number;
    let from = app.state.stage;
    if upheld {
        app.state.stage = AppStage::Removed;
    }
    let id = app.id.clone();
    let title = app.state.title();
    fx.close_task(&id, &objection_task(number));
    let verdict = if upheld {
        "异议成立，取消拟认定资格"
    } else {
        "异议不成立，维持拟认定"
    };
    let line_opinion = req.opinion.clone().or(Some(reason.clone()));
    fx.app_step(app, Action::DecideObjection, from, |l| {
        l.label(verdict)
            .opinion(line_opinion)
            .detail(format!("第{number}号异议"))
    });
    fx.publish(
        format!("objection:{id}:{number}"),
        RecordKind::ObjectionResult,
        app.state.year,
        format!(
            "关于{}《{title}》公示异议的处理结果",
            app.state.enterprise_name
        ),
        format!("经核查，{verdict}。理由：{reason}"),
        Some(&id),
    );
    fx.notify(
        enterprise(&app.state),
        NoticeKind::Info,
        "公示异议处理结果".into(),
        format!("关于《{title}》的异议：{verdict}。理由：{reason}"),
        Some(&id),
    );
    fx.notify(
        group(Role::CityLeader, CITY_BUREAU),
        NoticeKind::CarbonCopy,
        "异议处理结果".into(),
        format!("{}《{title}》：{verdict}", app.state.enterprise_name),
        Some(&id),
    );
    Ok(())
}

/// 结束公示 by hand, once the period is over (normally the host's timer does it).
pub fn close_by_hand(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let opinion = cx.req.opinion.clone();
    close(cx.host, batch, opinion, &mut cx.fx)
}

/// 结束公示: the period is over; the leader is asked to confirm the list.
pub fn close(
    host: &dyn Host,
    batch: &mut Loaded<Batch>,
    opinion: Option<String>,
    fx: &mut Effects,
) -> Decision<()> {
    let end = batch
        .state
        .publicity
        .as_ref()
        .map(|p| p.end.clone())
        .unwrap_or_default();
    if host.now() < period_over_at(&end) {
        return Err(refuse(
            "publicity-running",
            format!("公示期至{}，期满后方可结束", display_date(&end)),
        ));
    }
    let year = batch.state.year;
    batch.state.stage = BatchStage::PublicityClosed;
    fx.batch_step(batch, Action::ClosePublicity, BatchStage::Publicity, |l| {
        l.opinion(opinion)
            .detail(format!("公示期至{}", display_date(&end)))
    });
    fx.open_task(
        &batch.id,
        TASK_PUBLISH,
        format!("确认并发文公布{year}年度质量标杆名单"),
        group(Role::CityLeader, CITY_BUREAU),
        None,
    );
    fx.notify(
        group(Role::CityLeader, CITY_BUREAU),
        NoticeKind::ToDo,
        "公示期满，请确认名单".into(),
        format!("{year}年度拟认定名单公示期已满，请处理完异议后确认名单并发文公布。"),
        Some(&batch.id),
    );
    Ok(())
}
