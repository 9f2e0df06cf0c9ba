//! 自愿申报 (第八条): the enterprise starts, fills, signs, submits, withdraws and
//! resubmits its own application.

use crate::action::Action;
use crate::authz::require_role;
use crate::batch;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::bindings::zhengzhou::quality_benchmark::types::{
    Actor, Field, FieldError, FieldValue, Role,
};
use crate::case::{Application, Loaded, Source, application_id};
use crate::district;
use crate::effects::{Effects, enterprise, group};
use crate::eligibility;
use crate::forms::{self, ids, values};
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::stage::{AppStage, BatchStage};

/// Task key of the enterprise's revision after 退回修改.
pub const TASK_REVISE: &str = "revise";
/// Task key of the district's review.
pub const TASK_DISTRICT_REVIEW: &str = "district-review";

/// Replace or add each new field by id.
pub fn merge(stored: &mut Vec<Field>, new: &[Field]) {
    for f in new {
        match stored.iter_mut().find(|s| s.id == f.id) {
            Some(s) => s.value = f.value.clone(),
            None => stored.push(f.clone()),
        }
    }
}

/// Field errors of a form for the application's year (its 基本情况 rows are the three years before).
fn check(form: &str, values: &[Field], mode: CheckMode, year: u16) -> Vec<FieldError> {
    forms::validate_for_year(form, values, mode, year).unwrap_or_default()
}

/// 开始申报: only the enterprise itself starts an application, while the year's batch is open.
pub fn start(host: &impl Host, actor: &Actor, fx: &mut Effects) -> Decision<()> {
    require_role(actor, &[Role::Enterprise], Action::StartApplication.label())?;
    let batch = batch::current(host)?;
    if batch.state.stage != BatchStage::Open
        || host.today() > batch.state.config.application_deadline
    {
        return Err(refuse(
            "deadline-passed",
            format!(
                "{}年度申报已于{}截止",
                batch.state.year, batch.state.config.application_deadline
            ),
        ));
    }
    let year = batch.state.year;
    let id = application_id(year, &actor.org_unit);
    if host.get_case(&id).is_some() {
        return Err(refuse(
            "application-exists",
            format!("本企业{year}年度已有申报，请继续办理原申报"),
        ));
    }
    let prefill = vec![
        Field {
            id: "credit-code".into(),
            value: FieldValue::Text(actor.org_unit.clone()),
        },
        Field {
            id: "enterprise-name".into(),
            value: FieldValue::Text(actor.org_name.clone()),
        },
    ];
    let mut app = Application::new(
        year,
        batch.id,
        actor.org_unit.clone(),
        actor.org_name.clone(),
        Source::Direct,
    );
    app.form = prefill;
    fx.write(app.write(0));
    fx.history(
        &id,
        Action::StartApplication.id(),
        Action::StartApplication.label(),
        "",
        AppStage::Draft.code(),
        None,
        None,
    );
    Ok(())
}

/// 保存草稿 of 附件1 or 附件2: drafts may be partial, but what is present must be valid.
pub fn edit(
    app: &mut Loaded<Application>,
    action: Action,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    let form = action.form().unwrap_or_default();
    let errors = check(form, &req.values, CheckMode::Draft, app.state.year);
    if !errors.is_empty() {
        return Err(invalid_form(errors));
    }
    // The applicant's identity comes from the directory, not from what was typed.
    if let Some(code) = values::text(&req.values, "credit-code")
        && code != app.state.credit_code
    {
        return Err(invalid_form(vec![FieldError {
            field: "credit-code".into(),
            code: "not-own-code".into(),
            message: "统一社会信用代码须为本企业的代码".into(),
        }]));
    }
    let target = if form == ids::APPLICATION_MATERIALS {
        &mut app.state.materials
    } else {
        &mut app.state.form
    };
    merge(target, &req.values);
    fx.app_step(
        app,
        action.id(),
        action.label(),
        app.state.stage,
        None,
        None,
    );
    Ok(())
}

/// 签章并提交: checks both forms whole, the naming rule, the seals and 第六条, then
/// hands the application to its district office.
pub fn submit(
    host: &impl Host,
    app: &mut Loaded<Application>,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    let batch = batch::current(host)?;
    let resubmission = app.state.stage == AppStage::Returned;
    let deadline = if resubmission {
        &batch.state.config.district_deadline
    } else {
        &batch.state.config.application_deadline
    };
    if host.today().as_str() > deadline.as_str() {
        return Err(refuse(
            "deadline-passed",
            format!("申报已于{deadline}截止，不能再提交"),
        ));
    }
    let mut form = app.state.form.clone();
    merge(&mut form, &req.values);
    let year = app.state.year;
    let mut errors = check(ids::APPLICATION_FORM, &form, CheckMode::Submit, year);
    errors.extend(check(
        ids::APPLICATION_MATERIALS,
        &app.state.materials,
        CheckMode::Submit,
        year,
    ));
    if let Some(title) = values::text(&app.state.materials, "title")
        && let Some(e) = forms::check_title_names_enterprise(title, &app.state.enterprise_name)
    {
        errors.push(e);
    }
    for seal_field in ["legal-rep-signature", "enterprise-seal"] {
        if let Some(seal) = values::seal(&form, seal_field)
            && !host.verify_seal(seal)
        {
            errors.push(FieldError {
                field: seal_field.into(),
                code: "bad-seal".into(),
                message: "签章无效，请重新签章".into(),
            });
        }
    }
    if let Some(seal) = values::seal(&form, "enterprise-seal")
        && seal.holder != app.state.credit_code
    {
        errors.push(FieldError {
            field: "enterprise-seal".into(),
            code: "seal-holder".into(),
            message: "须加盖本企业公章".into(),
        });
    }
    if errors.is_empty() {
        errors = eligibility::check(host, &form, &batch.state.config);
    }
    if !errors.is_empty() {
        return Err(invalid_form(errors));
    }
    let district = values::choice(&form, "district")
        .unwrap_or_default()
        .to_string();
    let from = app.state.stage;
    app.state.form = form;
    app.state.district = Some(district.clone());
    app.state.stage = AppStage::DistrictReview;
    app.state.submissions += 1;
    app.state.submitted_at = Some(host.now());
    let id = app.id.clone();
    if resubmission {
        fx.close_task(&id, TASK_REVISE);
    }
    let title = app.state.title();
    fx.open_task(
        &id,
        TASK_DISTRICT_REVIEW,
        format!("审核推荐：{}《{}》", app.state.enterprise_name, title),
        group(Role::DistrictOffice, &district),
        Some(batch.state.config.district_deadline.clone()),
    );
    fx.timer(
        &id,
        crate::conventions::TIMER_DUE_REVIEW,
        crate::conventions::due_morning(&batch.state.config.district_deadline),
    );
    let label = if resubmission {
        "修改后重新提交"
    } else {
        Action::Submit.label()
    };
    fx.app_step(
        app,
        Action::Submit.id(),
        label,
        from,
        req.opinion.clone(),
        None,
    );
    fx.notify(
        group(Role::DistrictOffice, &district),
        NoticeKind::ToDo,
        format!("待审核：{}的质量标杆申报", app.state.enterprise_name),
        format!(
            "{}（{}）{}了《{}》，请于{}前审核并择优推荐。",
            app.state.enterprise_name,
            district::name_of(&district),
            label,
            title,
            batch.state.config.district_deadline
        ),
        Some(&id),
    );
    fx.notify(
        enterprise(&app.state),
        NoticeKind::Info,
        "申报已提交".into(),
        format!(
            "《{title}》已提交至{}工信部门审核。",
            district::name_of(&district)
        ),
        Some(&id),
    );
    Ok(())
}

/// 撤回: the enterprise takes its submission back before the district has acted.
pub fn withdraw(app: &mut Loaded<Application>, req: &Request, fx: &mut Effects) -> Decision<()> {
    let district = app.state.district.clone().unwrap_or_default();
    app.state.stage = AppStage::Draft;
    let id = app.id.clone();
    fx.close_task(&id, TASK_DISTRICT_REVIEW);
    fx.app_step(
        app,
        Action::Withdraw.id(),
        Action::Withdraw.label(),
        AppStage::DistrictReview,
        req.opinion.clone(),
        None,
    );
    fx.notify(
        group(Role::DistrictOffice, &district),
        NoticeKind::Info,
        format!("申报已撤回：{}", app.state.enterprise_name),
        format!(
            "{}撤回了《{}》，该待办已取消。",
            app.state.enterprise_name,
            app.state.title()
        ),
        Some(&id),
    );
    Ok(())
}
