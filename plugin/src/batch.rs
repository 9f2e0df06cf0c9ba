//! The annual round (第十一条): opened once a year by the city bureau, with the year's
//! directions, key industries and deadlines (第五条).

use crate::action::Action;
use crate::authz::require_role;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::Request;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::CheckMode;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Field, Role};
use crate::case::{Batch, BatchConfig, Loaded, STATE_SCHEMA, batch_id, load_batch};
use crate::effects::Effects;
use crate::forms::{self, ids, values};
use crate::host::Host;
use crate::refusal::{Decision, invalid_form, refuse};
use crate::stage::BatchStage;

/// The current year's batch, from the host's clock.
pub fn current(host: &impl Host) -> Decision<Loaded<Batch>> {
    let year = year_of(&host.today())?;
    let stored = host
        .get_case(&batch_id(year))
        .ok_or_else(|| refuse("no-batch", format!("{year}年度申报尚未开启")))?;
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

/// 发布年度申报通知: creates the year's batch and tells every district office.
pub fn open(host: &impl Host, actor: &Actor, req: &Request, fx: &mut Effects) -> Decision<()> {
    require_role(actor, &[Role::CityOfficer], Action::OpenBatch.label())?;
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
    fx.write(batch.write(0));
    fx.history(
        &id,
        Action::OpenBatch.id(),
        Action::OpenBatch.label(),
        "",
        BatchStage::Open.code(),
        req.opinion.clone(),
        None,
    );
    fx.notify_districts(
        NoticeKind::Info,
        format!("{year}年度郑州市质量标杆申报通知"),
        format!(
            "市工信局已开启{year}年度郑州市质量标杆认定工作，企业申报截止{}，请于{}前完成本地区申报的审核推荐。",
            batch.config.application_deadline, batch.config.district_deadline
        ),
        &id,
    );
    Ok(())
}

/// 截止申报: no more submissions; the round moves to review.
pub fn close_applications(
    batch: &mut Loaded<Batch>,
    req: &Request,
    fx: &mut Effects,
) -> Decision<()> {
    batch.state.stage = BatchStage::Review;
    fx.batch_step(
        batch,
        Action::CloseApplications.id(),
        Action::CloseApplications.label(),
        BatchStage::Open,
        req.opinion.clone(),
        None,
    );
    Ok(())
}
