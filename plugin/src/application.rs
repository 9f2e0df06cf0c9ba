//! 自愿申报 (第八条): the enterprise starts, fills, signs, submits, withdraws and
//! resubmits its own application.

use crate::batch;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Loaded, Source, application_id};
use crate::contract::{Action, Actor, Field, FieldError, FieldValue, Role};
use crate::district;
use crate::effects::{Effects, Line, enterprise, group};
use crate::eligibility;
use crate::forms::{self, ids, values};
use crate::host::Host;
use crate::refusal::{Decision, field_error, invalid_form, refuse};
use crate::rules::{Step, rule};
use crate::stage::{AppStage, BatchStage, StageInfo};
use crate::workflow::Case;

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

/// Whether the enterprise may start its application now: the year's batch is open,
/// before its deadline, and the enterprise has none yet (for `start-actions`).
pub fn may_start(host: &dyn Host, actor: &Actor) -> bool {
    batch::current(host).is_ok_and(|b| {
        b.state.stage == BatchStage::Open
            && host.today() <= b.state.config.application_deadline
            && host
                .get_case(&application_id(b.state.year, &actor.org_unit))
                .is_none()
    })
}

/// 开始申报: only the enterprise itself starts an application, while the year's batch is
/// open. What the register knows of 第六条 is checked now, not only at submission, and
/// the name and district are taken from it.
pub fn start(cx: &mut Step) -> Decision<()> {
    let (host, actor) = (cx.host, cx.actor);
    let batch = batch::current(host)?;
    if batch.state.stage != BatchStage::Open
        || host.today() > batch.state.config.application_deadline
    {
        return Err(refuse(
            "deadline-passed",
            format!(
                "{}年度申报已于{}截止",
                batch.state.year,
                crate::decide::display_date(&batch.state.config.application_deadline)
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
    let record = eligibility::registered(host, &actor.org_unit)?;
    let mut prefill = vec![
        Field {
            id: "credit-code".into(),
            value: FieldValue::Text(actor.org_unit.clone()),
        },
        Field {
            id: "enterprise-name".into(),
            value: FieldValue::Text(record.name.clone()),
        },
    ];
    if let Some(d) = &record.district {
        prefill.push(Field {
            id: "district".into(),
            value: FieldValue::Choice(d.clone()),
        });
    }
    let mut app = Application::new(
        year,
        batch.id,
        actor.org_unit.clone(),
        record.name,
        Source::Direct,
    );
    app.form = prefill.into();
    cx.fx.write(app.write(0));
    cx.fx.record(
        &id,
        Line::of(Action::StartApplication, None, AppStage::Draft.wit()),
    );
    Ok(())
}

/// The application came through its district (自愿申报): the enterprise edits its materials.
pub fn direct(case: &Case) -> Decision<()> {
    match case {
        Case::Application(a) if matches!(a.state.source, Source::Provincial { .. }) => Err(refuse(
            "wrong-case",
            "省级申报企业的申报材料由市工信局登记，企业不再重复提交（第十一条）",
        )),
        _ => Ok(()),
    }
}

/// The application came from the provincial round: the bureau registers its materials.
pub fn provincial(case: &Case) -> Decision<()> {
    match case {
        Case::Application(a) if matches!(a.state.source, Source::Provincial { .. }) => Ok(()),
        _ => Err(refuse(
            "wrong-case",
            "只有省级申报企业的申报材料由市工信局登记",
        )),
    }
}

/// 保存草稿 of 附件1 or 附件2: drafts may be partial, but what is present must be valid.
pub fn edit(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let action = cx.req.action;
    let form = rule(action).form.unwrap_or_default();
    let errors = check(form, &cx.req.values, CheckMode::Draft, app.state.year);
    if !errors.is_empty() {
        return Err(invalid_form(errors));
    }
    // The applicant's identity comes from the directory, not from what was typed.
    if let Some(code) = values::text(&cx.req.values, "credit-code")
        && code != app.state.credit_code
    {
        return Err(invalid_form(vec![field_error(
            "credit-code",
            "not-own-code",
            "统一社会信用代码须为本企业的代码",
        )]));
    }
    let target = if form == ids::APPLICATION_MATERIALS {
        &mut app.state.materials
    } else {
        &mut app.state.form
    };
    merge(target, &cx.req.values);
    // An edit after sealing voids the 申报表's seals: keep only those that still bind.
    let binding = crate::seal::still_binding(cx.host, cx.actor, app);
    let dropped = app.state.form.len();
    app.state
        .form
        .retain(|f| !matches!(f.value, FieldValue::Seal(_)) || binding.contains(&f.id));
    let voided = dropped != app.state.form.len();
    let stage = app.state.stage;
    cx.fx.app_step(app, action, stage, |l| {
        l.detail(voided.then(|| "内容修改后，原签章失效，提交前须重新签章".to_string()))
    });
    Ok(())
}

/// 签章并提交: checks both forms whole, the naming rule, the seals and 第六条, then
/// hands the application to its district office.
pub fn submit(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    let batch = batch::current(host)?;
    let resubmission = app.state.stage == AppStage::Returned;
    let deadline = if resubmission {
        &batch.state.config.district_deadline
    } else {
        &batch.state.config.application_deadline
    };
    // A first submission needs the call still open (it may be closed early, with a
    // reason); a resubmission after 退回修改 runs to the district's deadline.
    let closed = !resubmission && batch.state.stage != BatchStage::Open;
    if closed || host.today().as_str() > deadline.as_str() {
        return Err(refuse(
            "deadline-passed",
            if closed {
                format!("{}年度申报已截止，不能再提交", batch.state.year)
            } else {
                format!(
                    "申报已于{}截止，不能再提交",
                    crate::decide::display_date(deadline)
                )
            },
        ));
    }
    let mut form = app.state.form.clone();
    merge(&mut form, &req.values);
    let year = app.state.year;
    let mut errors: Vec<FieldError> = check(ids::APPLICATION_FORM, &form, CheckMode::Submit, year);
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
    let fx = &mut cx.fx;
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
        rule(Action::Submit).label
    };
    fx.app_step(app, Action::Submit, from, |l| {
        l.label(label).opinion(req.opinion.clone())
    });
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
            crate::decide::display_date(&batch.state.config.district_deadline)
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
pub fn withdraw(cx: &mut Step, app: &mut Loaded<Application>) -> Decision<()> {
    let district = app.state.district.clone().unwrap_or_default();
    app.state.stage = AppStage::Draft;
    let id = app.id.clone();
    let fx: &mut Effects = &mut cx.fx;
    fx.close_task(&id, TASK_DISTRICT_REVIEW);
    let opinion = cx.req.opinion.clone();
    fx.app_step(app, Action::Withdraw, AppStage::DistrictReview, |l| {
        l.opinion(opinion)
    });
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
