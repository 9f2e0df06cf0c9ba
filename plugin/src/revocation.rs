//! 动态管理 (第十三条): a benchmark whose enterprise has a major quality, safety or
//! environmental accident loses the title — proposed with reason and evidence by an
//! officer, approved by a leader, and recorded publicly.

use crate::action::Action;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{PublicRecord, Request};
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Role};
use crate::case::{Application, Loaded, Revocation};
use crate::decide::{complete, require_opinion};
use crate::effects::{CITY_BUREAU, Effects, enterprise, group};
use crate::forms::{ids, values};
use crate::host::Host;
use crate::refusal::Decision;
use crate::stage::AppStage;

/// Task key of the leader's decision on a revocation.
pub const TASK_REVOCATION: &str = "revocation";

pub fn propose(
    host: &impl Host,
    actor: &Actor,
    app: &mut Loaded<Application>,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
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
    fx.app_step(
        app,
        Action::ProposeRevocation.id(),
        Action::ProposeRevocation.label(),
        AppStage::Recognized,
        Some(opinion),
        Some(reason),
    );
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

pub fn decide(
    actor: &Actor,
    app: &mut Loaded<Application>,
    action: Action,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
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
    fx.app_step(
        app,
        action.id(),
        action.label(),
        AppStage::RevocationPending,
        Some(opinion.clone()),
        None,
    );
    if approve {
        let plaque = app.state.plaque.clone().unwrap_or_default();
        fx.publish(PublicRecord {
            kind: "revocation".into(),
            year: app.state.year,
            title: format!("撤销{}郑州市质量标杆称号", app.state.enterprise_name),
            body: format!("{}（{}）《{}》，因{}，依据《郑州市质量标杆认定管理办法》第十三条撤销其郑州市质量标杆称号。", app.state.enterprise_name, plaque, app.state.title(), reason),
            case_id: Some(id.clone()),
        });
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
