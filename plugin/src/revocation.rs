//! 动态管理 (第十三条): a benchmark whose enterprise has a major quality, safety or
//! environmental accident loses the title — proposed with reason and evidence by an
//! officer, approved by a leader, and recorded publicly.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::RecordKind;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Loaded, Revocation};
use crate::contract::{Action, Role};
use crate::decide::{complete, require_opinion};
use crate::effects::{CITY_BUREAU, enterprise, group};
use crate::forms::{ids, values};
use crate::publication::catalogue_record;
use crate::refusal::Decision;
use crate::rules::Step;
use crate::stage::AppStage;

/// Task key of the leader's decision on a revocation.
pub const TASK_REVOCATION: &str = "revocation";

pub fn propose(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    let fx = &mut cx.fx;
    complete(ids::REVOCATION, &req.values, app.state.year)?;
    let opinion = require_opinion(req, Action::ProposeRevocation)?;
    app.state.revocation = Some(Revocation {
        fields: req.values.clone(),
        proposed_by: actor.user_id.clone(),
        approved_by: None,
        at: host.now(),
    });
    app.state.stage = AppStage::RevocationPending;
    let id = app.id.clone();
    let reason = values::text(&req.values, "reason")
        .unwrap_or_default()
        .to_string();
    fx.app_step(app, Action::ProposeRevocation, AppStage::Recognized, |l| {
        l.opinion(Some(opinion)).detail(reason)
    });
    fx.open_task(
        &id,
        TASK_REVOCATION,
        format!("审批撤销称号：{}", app.state.enterprise_name),
        group(Role::CityLeader, CITY_BUREAU),
        None,
    );
    fx.notify(
        group(Role::CityLeader, CITY_BUREAU),
        NoticeKind::ToDo,
        "待审批：撤销质量标杆称号".into(),
        format!(
            "经办人员提请撤销{}的郑州市质量标杆称号，请审批。",
            app.state.enterprise_name
        ),
        Some(&id),
    );
    Ok(())
}

pub fn decide(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (actor, req, action) = (cx.actor, cx.req, cx.req.action);
    let fx = &mut cx.fx;
    let opinion = require_opinion(req, action)?;
    let approve = action == Action::ApproveRevocation;
    let id = app.id.clone();
    let to = if approve {
        AppStage::Revoked
    } else {
        AppStage::Recognized
    };
    app.state.stage = to;
    let reason = match &mut app.state.revocation {
        Some(r) if approve => {
            r.approved_by = Some(actor.user_id.clone());
            values::text(&r.fields, "reason")
                .unwrap_or_default()
                .to_string()
        }
        _ => String::new(),
    };
    if !approve {
        app.state.revocation = None;
    }
    fx.close_task(&id, TASK_REVOCATION);
    let line_opinion = opinion.clone();
    fx.app_step(app, action, AppStage::RevocationPending, |l| {
        l.opinion(Some(line_opinion))
    });
    if approve {
        let plaque = app.state.plaque.clone().unwrap_or_default();
        // 第十三条 and 第十二条: the revocation is announced with its reason, and the
        // benchmark leaves the public catalogue of typical experiences.
        fx.publish(
            format!("revocation:{id}"),
            RecordKind::Revocation,
            app.state.year,
            format!("撤销{}郑州市质量标杆称号", app.state.enterprise_name),
            format!("{}（{}）《{}》，因{}，依据《郑州市质量标杆认定管理办法》第十三条撤销其郑州市质量标杆称号。", app.state.enterprise_name, plaque, app.state.title(), reason),
            Some(&id),
        );
        fx.withdraw_record(catalogue_record(&id));
        fx.notify(
            enterprise(&app.state),
            NoticeKind::Info,
            "质量标杆称号被撤销".into(),
            format!("因{reason}，贵企业的郑州市质量标杆称号已被撤销（第十三条）。"),
            Some(&id),
        );
        if let Some(d) = &app.state.district {
            fx.notify(
                group(Role::DistrictOffice, d),
                NoticeKind::CarbonCopy,
                "撤销质量标杆称号".into(),
                format!(
                    "{}的郑州市质量标杆称号已被撤销。",
                    app.state.enterprise_name
                ),
                Some(&id),
            );
        }
    } else {
        fx.notify(
            group(Role::CityOfficer, CITY_BUREAU),
            NoticeKind::Info,
            "撤销申请未获批准".into(),
            format!("{}：{opinion}", app.state.enterprise_name),
            Some(&id),
        );
    }
    Ok(())
}
