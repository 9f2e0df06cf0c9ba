//! 第十一条: applicants to the Henan provincial round in the same year count as city
//! applicants without a second submission, and the best city benchmarks are
//! recommended upward.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::RecordKind;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Batch, Loaded, Source, application_id};
use crate::contract::{Action, Field, Role};
use crate::decide::{applications_at, complete, require_opinion};
use crate::district;
use crate::district_review::TASK_FORMAL_CHECK;
use crate::effects::{CITY_BUREAU, Line, enterprise, group};
use crate::forms::{ids, values};
use crate::refusal::{Decision, refuse};
use crate::rules::Step;
use crate::stage::{AppStage, StageInfo};

/// 登记省级申报企业: the application enters the city's formal check directly.
pub fn import(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (host, actor, req) = (cx.host, cx.actor, cx.req);
    let fx = &mut cx.fx;
    let year = batch.state.year;
    complete(ids::PROVINCIAL_IMPORT, &req.values, year)?;
    let text = |id| {
        values::text(&req.values, id)
            .unwrap_or_default()
            .to_string()
    };
    let (code, name, reference) = (
        text("credit-code"),
        text("enterprise-name"),
        text("provincial-ref"),
    );
    let chosen = values::choice(&req.values, "district")
        .unwrap_or_default()
        .to_string();
    let id = application_id(year, &code);
    if host.get_case(&id).is_some() {
        return Err(refuse(
            "application-exists",
            format!("{name}本年度已有申报，省级申报不再重复登记"),
        ));
    }
    match host.lookup_enterprise(&code).and_then(|r| r.district) {
        Some(d) if d == chosen => {}
        Some(d) => {
            return Err(refuse(
                "district-mismatch",
                format!(
                    "登记注册地为{}，与填写的{}不一致",
                    district::name_of(&d),
                    district::name_of(&chosen)
                ),
            ));
        }
        None => {
            return Err(refuse(
                "not-in-zhengzhou",
                "该企业未在郑州市登记注册，不能计入市级申报",
            ));
        }
    }
    let mut app = Application::new(
        year,
        batch.id.clone(),
        code,
        name.clone(),
        Source::Provincial {
            reference: reference.clone(),
        },
    );
    app.stage = AppStage::FormalCheck;
    app.district = Some(chosen);
    app.form = req
        .values
        .iter()
        .filter(|f| f.id != "provincial-ref")
        .cloned()
        .collect::<Vec<Field>>()
        .into();
    app.submitted_at = Some(host.now());
    fx.write(app.write(0));
    fx.open_task(
        &id,
        TASK_FORMAL_CHECK,
        format!("形式审查（省级申报）：{name}"),
        group(Role::CityOfficer, CITY_BUREAU),
        None,
    );
    fx.record(
        &id,
        Line::of(Action::ImportProvincial, None, AppStage::FormalCheck.wit())
            .label("省级申报视同市级申报")
            .opinion(req.opinion.clone())
            .detail(format!("省级申报编号 {reference}")),
    );
    let stage = batch.state.stage.wit();
    fx.record(
        &batch.id,
        Line::of(Action::ImportProvincial, Some(stage), stage)
            .detail(format!("{name}（{reference}），登记人 {}", actor.name)),
    );
    fx.notify(enterprise(&app), NoticeKind::Info, "省级申报计入市级申报".into(), format!("贵企业的河南省质量标杆申报（{reference}）已视同申报{year}年度郑州市质量标杆，无需重复提交材料（第十一条）。"), Some(&id));
    Ok(())
}

/// 择优推荐申报省级质量标杆: the best recognised benchmarks by aggregate score.
pub fn recommend(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    let fx = &mut cx.fx;
    let year = batch.state.year;
    complete(ids::PROVINCIAL_RECOMMENDATION, &req.values, year)?;
    let opinion = require_opinion(req, Action::RecommendProvincial)?;
    let count = values::number(&req.values, "count").unwrap_or(0.0) as usize;
    let mut best = applications_at(host, year, &[AppStage::Recognized])?;
    best.sort_by(|a, b| {
        let score = |x: &Loaded<Application>| x.state.aggregate.as_ref().map_or(0.0, |g| g.score);
        score(b).total_cmp(&score(a)).then_with(|| a.id.cmp(&b.id))
    });
    best.truncate(count);
    if best.is_empty() {
        return Err(refuse("empty-list", "没有可推荐的市级质量标杆"));
    }
    let mut lines = Vec::new();
    for mut app in best {
        app.state.provincial_recommended = true;
        let stage = app.state.stage;
        fx.app_step(&app, Action::RecommendProvincial, stage, |l| l);
        fx.notify(
            enterprise(&app.state),
            NoticeKind::Info,
            "推荐申报河南省质量标杆".into(),
            format!("《{}》已被推荐申报河南省质量标杆。", app.state.title()),
            Some(&app.id),
        );
        lines.push(format!(
            "{}：{}",
            app.state.enterprise_name,
            app.state.title()
        ));
        batch.state.provincial.push(app.id.clone());
    }
    let stage = batch.state.stage;
    let detail = lines.join("；");
    fx.batch_step(batch, Action::RecommendProvincial, stage, |l| {
        l.opinion(Some(opinion)).detail(detail)
    });
    fx.publish(
        format!("provincial:{year}"),
        RecordKind::ProvincialRecommendation,
        year,
        format!("{year}年度推荐申报河南省质量标杆名单"),
        lines.join("\n"),
        Some(&batch.id),
    );
    Ok(())
}
