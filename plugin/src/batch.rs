//! The annual round (第十一条): opened once a year by the city bureau, with the year's
//! directions, key industries and deadlines (第五条).

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::RecordKind;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Batch, BatchConfig, Loaded, STATE_SCHEMA, batch_id, load_batch};
use crate::contract::{Action, Actor, CaseKind, Field};
use crate::decide::{applications_at, display_date};
use crate::effects::{Line, enterprise};
use crate::forms::{self, ids, values};
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::rules::Step;
use crate::stage::{AppStage, BatchStage, StageInfo};

/// The current year's batch, from the host's clock.
pub fn current(host: &dyn Host) -> Decision<Loaded<Batch>> {
    let year = year_of(&host.today())?;
    let stored = host
        .get_case(&batch_id(year))
        .ok_or_else(|| refuse("no-batch", format!("{year}年度申报尚未开启")))?;
    load_batch(&stored)
}

/// The batch of `year`, for a decision on one of its applications.
pub fn of_year(host: &dyn Host, year: u16) -> Decision<Loaded<Batch>> {
    let stored = host
        .get_case(&batch_id(year))
        .ok_or_else(|| refuse("no-batch", "年度批次不存在"))?;
    load_batch(&stored)
}

pub fn year_of(date: &str) -> Decision<u16> {
    date.get(0..4)
        .and_then(|y| y.parse().ok())
        .ok_or_else(|| refuse("host-clock", format!("主机时间格式错误：{date}")))
}

fn config_from(fields: &[Field]) -> BatchConfig {
    let whole = |id| values::number(fields, id).map(|n| n as u32);
    BatchConfig {
        directions: values::choices(fields, "directions").to_vec(),
        key_industries: values::choices(fields, "key-industries").to_vec(),
        application_deadline: values::date(fields, "application-deadline")
            .unwrap_or_default()
            .to_string(),
        district_deadline: values::date(fields, "district-deadline")
            .unwrap_or_default()
            .to_string(),
        panel_size: whole("panel-size").unwrap_or(5),
        publicity_days: whole("publicity-days").unwrap_or(5),
        district_quota: whole("district-quota").filter(|q| *q > 0),
    }
}

/// Whether this year's round may be opened: it has not been (for `start-actions`).
pub fn may_open(host: &dyn Host, _actor: &Actor) -> bool {
    year_of(&host.today()).is_ok_and(|y| host.get_case(&batch_id(y)).is_none())
}

/// 发布年度申报通知: creates the year's batch, tells every district office and publishes
/// the call.
pub fn open(cx: &mut Step) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    let errors =
        forms::validate(ids::BATCH_CONFIG, &req.values, CheckMode::Submit).unwrap_or_default();
    if !errors.is_empty() {
        return Err(invalid_form(errors));
    }
    let today = host.today();
    let this_year = year_of(&today)?;
    let year = values::number(&req.values, "year").map_or(this_year, |y| y as u16);
    if year != this_year {
        return Err(refuse(
            "wrong-year",
            format!("只能开启本年度（{this_year}年）的认定工作"),
        ));
    }
    if host.get_case(&batch_id(year)).is_some() {
        return Err(refuse(
            "batch-exists",
            format!("{year}年度认定工作已开启，每年只组织一次（第十一条）"),
        ));
    }
    let config = config_from(&req.values);
    if config.application_deadline.as_str() < today.as_str() {
        return Err(refuse("deadline-in-past", "申报截止日期不能早于今天"));
    }
    let batch = Batch {
        schema: STATE_SCHEMA,
        year,
        stage: BatchStage::Open,
        config,
        config_fields: req.values.clone(),
        opened_at: host.now(),
        draw: None,
        proposal: None,
        publicity: None,
        publication: None,
        provincial: Vec::new(),
    };
    let id = batch_id(year);
    let fx = &mut cx.fx;
    fx.write(batch.write(0));
    fx.record(
        &id,
        Line::of(Action::OpenBatch, None, BatchStage::Open.wit()).opinion(req.opinion.clone()),
    );
    let (deadline, district_deadline) = (
        display_date(&batch.config.application_deadline),
        display_date(&batch.config.district_deadline),
    );
    fx.notify_districts(
        NoticeKind::Info,
        format!("{year}年度郑州市质量标杆申报通知"),
        format!(
            "市工信局已开启{year}年度郑州市质量标杆认定工作，企业申报截止{deadline}，请于{district_deadline}前完成本地区申报的审核推荐。"
        ),
        &id,
    );
    fx.publish(
        format!("call:{year}"),
        RecordKind::Call,
        year,
        format!("关于开展{year}年度郑州市质量标杆认定工作的通知"),
        format!(
            "依据《郑州市质量标杆认定管理办法》，市工信局开展{year}年度郑州市质量标杆认定工作。在郑州市注册的独立法人企业自愿申报，申报截止{deadline}；所在开发区、区县（市）工信部门于{district_deadline}前审核推荐。"
        ),
        Some(&id),
    );
    Ok(())
}

/// 截止申报: no more first submissions; the round moves to review. Closing before the
/// announced deadline needs a reason, and the enterprises still drafting are told.
pub fn close_applications(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let host = cx.host;
    let early = host.today() <= batch.state.config.application_deadline;
    let opinion = crate::decide::opinion_of(cx.req);
    if early && opinion.is_none() {
        return Err(refuse(
            "reason-required",
            format!(
                "公布的申报截止日期为{}，提前截止须在意见中说明理由",
                display_date(&batch.state.config.application_deadline)
            ),
        ));
    }
    if early {
        let reason = opinion.clone().unwrap_or_default();
        for app in applications_at(host, batch.state.year, &[AppStage::Draft])? {
            cx.fx.notify(
                enterprise(&app.state),
                NoticeKind::Info,
                format!("{}年度申报已提前截止", batch.state.year),
                format!(
                    "市工信局已提前截止{}年度郑州市质量标杆申报，尚未提交的申报不能再提交。理由：{reason}",
                    batch.state.year
                ),
                Some(&app.id),
            );
        }
    }
    batch.state.stage = BatchStage::Review;
    cx.fx
        .batch_step(batch, Action::CloseApplications, BatchStage::Open, |l| {
            l.opinion(opinion)
                .detail(early.then(|| "早于公布的截止日期截止".to_string()))
        });
    Ok(())
}

/// Applications of a year in any of `stages`, counted by the host.
pub fn count_at(host: &dyn Host, year: u16, stages: &[AppStage]) -> u32 {
    host.count_cases(&crate::decide::filter(
        CaseKind::Application,
        year,
        stages,
        None,
    ))
}
