//! 第九条, first half: the district office of the applicant's own district reviews
//! and recommends the best (择优推荐), returns for revision, or declines.

use crate::action::Action;
use crate::application::{TASK_DISTRICT_REVIEW, TASK_REVISE};
use crate::batch;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::bindings::zhengzhou::quality_benchmark::types::{
    Actor, CaseKind, Field, FieldError, FieldValue, Role,
};
use crate::case::{Application, Loaded, Recommendation};
use crate::decide::{opinion_of, require_opinion};
use crate::district;
use crate::effects::{CITY_BUREAU, Effects, enterprise, group};
use crate::forms::{self, ids, values};
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::stage::AppStage;

/// Task key of the city's formal check.
pub const TASK_FORMAL_CHECK: &str = "formal-check";

/// Stages an application has passed the district in.
fn recommended(stage: AppStage) -> bool {
    !matches!(
        stage,
        AppStage::Draft | AppStage::DistrictReview | AppStage::Returned | AppStage::Declined
    )
}

/// 推荐: opinion, district seal, and the optional quota of the year.
pub fn recommend(
    host: &impl Host,
    actor: &Actor,
    app: &mut Loaded<Application>,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    // The portal's opinion box and the form's 推荐单位意见 are one and the same.
    let mut fields = req.values.clone();
    if let Some(opinion) = opinion_of(req) {
        crate::application::merge(
            &mut fields,
            &[Field {
                id: "opinion".into(),
                value: FieldValue::Text(opinion),
            }],
        );
    }
    let mut errors =
        forms::validate(ids::DISTRICT_OPINION, &fields, CheckMode::Submit).unwrap_or_default();
    let seal = values::seal(&fields, "district-seal").cloned();
    if let Some(s) = &seal
        && (!host.verify_seal(s) || s.holder != actor.org_unit)
    {
        errors.push(FieldError {
            field: "district-seal".into(),
            code: "bad-seal".into(),
            message: "须加盖本单位有效公章".into(),
        });
    }
    if !errors.is_empty() {
        return Err(invalid_form(errors));
    }
    let opinion = require_opinion(req, Action::Recommend)?;
    let batch = batch::current(host)?;
    if let Some(quota) = batch.state.config.district_quota {
        let used = host
            .query_cases(CaseKind::Application, app.state.year, None)
            .iter()
            .filter(|c| c.district.as_deref() == Some(actor.org_unit.as_str()))
            .filter(|c| AppStage::from_code(&c.stage).is_some_and(recommended))
            .count();
        if used >= quota as usize {
            return Err(refuse(
                "quota-exceeded",
                format!("本地区本年度推荐名额为{quota}个，已用完"),
            ));
        }
    }
    let Some(seal) = seal else {
        return Err(refuse("seal-required", "推荐须加盖推荐单位公章"));
    };
    app.state.recommendation = Some(Recommendation {
        fields,
        opinion: opinion.clone(),
        seal,
        by: actor.user_id.clone(),
        at: host.now(),
    });
    app.state.stage = AppStage::FormalCheck;
    let id = app.id.clone();
    let title = app.state.title();
    fx.close_task(&id, TASK_DISTRICT_REVIEW);
    fx.open_task(
        &id,
        TASK_FORMAL_CHECK,
        format!("形式审查：{}《{title}》", app.state.enterprise_name),
        group(Role::CityOfficer, CITY_BUREAU),
        None,
    );
    fx.app_step(
        app,
        Action::Recommend.id(),
        Action::Recommend.label(),
        AppStage::DistrictReview,
        Some(opinion.clone()),
        None,
    );
    let dname = district::name_of(&actor.org_unit);
    fx.notify(
        enterprise(&app.state),
        NoticeKind::Info,
        "申报已获推荐".into(),
        format!("{dname}工信部门已推荐《{title}》至市工信局。推荐意见：{opinion}"),
        Some(&id),
    );
    fx.notify(
        group(Role::CityOfficer, CITY_BUREAU),
        NoticeKind::ToDo,
        format!("待形式审查：{dname}推荐的申报"),
        format!(
            "{dname}推荐{}《{title}》，请进行形式审查。",
            app.state.enterprise_name
        ),
        Some(&id),
    );
    Ok(())
}

/// 退回修改 (to the enterprise) or 不予推荐.
pub fn return_or_decline(
    app: &mut Loaded<Application>,
    action: Action,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    let opinion = require_opinion(req, action)?;
    let to = if action == Action::Decline {
        AppStage::Declined
    } else {
        AppStage::Returned
    };
    app.state.stage = to;
    let id = app.id.clone();
    let title = app.state.title();
    fx.close_task(&id, TASK_DISTRICT_REVIEW);
    fx.app_step(
        app,
        action.id(),
        action.label(),
        AppStage::DistrictReview,
        Some(opinion.clone()),
        None,
    );
    let owner = enterprise(&app.state);
    if to == AppStage::Returned {
        fx.open_task(
            &id,
            TASK_REVISE,
            format!("修改申报：《{title}》"),
            owner.clone(),
            None,
        );
    }
    let (subject, body) = match to {
        AppStage::Returned => (
            "申报被退回修改",
            format!("《{title}》被退回修改，请按意见修改后重新提交。意见：{opinion}"),
        ),
        _ => (
            "申报未获推荐",
            format!("《{title}》未获推荐。意见：{opinion}"),
        ),
    };
    fx.notify(owner, NoticeKind::Info, subject.into(), body, Some(&id));
    Ok(())
}
