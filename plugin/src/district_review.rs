//! 第九条, first half: the district office of the applicant's own district reviews
//! and recommends the best (择优推荐), returns for revision, or declines.

use crate::application::{TASK_DISTRICT_REVIEW, TASK_REVISE, merge};
use crate::batch;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Loaded, Recommendation};
use crate::contract::{Action, CaseKind, Field, FieldValue, Role};
use crate::decide::{filter, require_opinion};
use crate::district;
use crate::effects::{CITY_BUREAU, enterprise, group};
use crate::forms::{self, ids, values};
use crate::refusal::{Decision, field_error, invalid_form, refuse};
use crate::rules::Step;
use crate::stage::AppStage;

/// Task key of the city's formal check.
pub const TASK_FORMAL_CHECK: &str = "formal-check";

/// Stages an application has passed the district in: they count against its quota.
const RECOMMENDED: &[AppStage] = &[
    AppStage::FormalCheck,
    AppStage::Accepted,
    AppStage::ExpertReview,
    AppStage::Scored,
    AppStage::Defence,
    AppStage::Proposed,
    AppStage::NotSelected,
    AppStage::Removed,
    AppStage::Recognized,
    AppStage::RevocationPending,
    AppStage::Revoked,
];

/// 推荐: the form's 推荐单位意见 (the decision's 意见), the district's seal (checked with
/// every seal before the step), and the optional quota of the year.
pub fn recommend(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    // The form's 推荐单位意见 is the opinion; a client that sends it as the request's
    // opinion instead has it filed in the form.
    let mut fields = req.values.clone();
    if values::text(&fields, "opinion").is_none()
        && let Some(opinion) = req
            .opinion
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
    {
        merge(
            &mut fields,
            &[Field {
                id: "opinion".into(),
                value: FieldValue::Text(opinion.to_string()),
            }],
        );
    }
    let errors =
        forms::validate(ids::DISTRICT_OPINION, &fields, CheckMode::Submit).unwrap_or_default();
    if !errors.is_empty() {
        return Err(invalid_form(errors));
    }
    let opinion = values::text(&fields, "opinion")
        .unwrap_or_default()
        .to_string();
    let batch = batch::current(host)?;
    if let Some(quota) = batch.state.config.district_quota {
        let used = host.count_cases(&filter(
            CaseKind::Application,
            app.state.year,
            RECOMMENDED,
            Some(&actor.org_unit),
        ));
        if used >= quota {
            return Err(refuse(
                "quota-exceeded",
                format!("本地区本年度推荐名额为{quota}个，已用完"),
            ));
        }
    }
    let Some(seal) = values::seal(&fields, "district-seal").cloned() else {
        return Err(invalid_form(vec![field_error(
            "district-seal",
            "required",
            "推荐单位公章：推荐须加盖推荐单位公章",
        )]));
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
    let fx = &mut cx.fx;
    fx.close_task(&id, TASK_DISTRICT_REVIEW);
    fx.open_task(
        &id,
        TASK_FORMAL_CHECK,
        format!("形式审查：{}《{title}》", app.state.enterprise_name),
        group(Role::CityOfficer, CITY_BUREAU),
        None,
    );
    let line_opinion = opinion.clone();
    fx.app_step(app, Action::Recommend, AppStage::DistrictReview, |l| {
        l.opinion(Some(line_opinion))
    });
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
pub fn return_or_decline(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let action = cx.req.action;
    let opinion = require_opinion(cx.req, action)?;
    let to = if action == Action::Decline {
        AppStage::Declined
    } else {
        AppStage::Returned
    };
    app.state.stage = to;
    let id = app.id.clone();
    let title = app.state.title();
    let fx = &mut cx.fx;
    fx.close_task(&id, TASK_DISTRICT_REVIEW);
    let line_opinion = opinion.clone();
    fx.app_step(app, action, AppStage::DistrictReview, |l| {
        l.opinion(Some(line_opinion))
    });
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
