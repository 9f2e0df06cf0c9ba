//! 确认与发文公布 (第十条, 第十二条): after 公示 with every objection decided, the
//! leader confirms the list under a document number and the bureau's seal; plaques are
//! numbered, and the typical experiences go into the public catalogue.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::RecordKind;
use crate::bindings::zhengzhou::quality_benchmark::notifications::NoticeKind;
use crate::case::{Application, Batch, Loaded, Publication};
use crate::chunks::Chunked;
use crate::contract::{Action, CaseSummary};
use crate::decide::{application, complete, display_date, require_opinion};
use crate::district;
use crate::effects::{Effects, enterprise};
use crate::forms::{ids, values};
use crate::host::Host;
use crate::publicity::TASK_PUBLISH;
use crate::refusal::{Decision, refuse};
use crate::rules::Step;
use crate::stage::{AppStage, BatchStage};

/// Id of a benchmark's entry in the public catalogue of typical experiences (第十二条).
pub fn catalogue_record(case_id: &str) -> String {
    format!("catalogue:{case_id}")
}

/// 牌匾/证书编号.
pub fn plaque_number(year: u16, rank: usize) -> String {
    format!("郑质标〔{year}〕{rank:03}号")
}

pub fn publish(cx: &mut Step, batch: &mut Loaded<Batch>) -> Decision<()> {
    let (host, req) = (cx.host, cx.req);
    complete(ids::PUBLICATION, &req.values, batch.state.year)?;
    let opinion = require_opinion(req, Action::Publish)?;
    // The seal itself was checked against what it binds before this step ran.
    let Some(seal) = values::seal(&req.values, "bureau-seal").cloned() else {
        return Err(crate::refusal::invalid_form(vec![
            crate::refusal::field_error(
                "bureau-seal",
                "required",
                "市工信局公章：须加盖市工信局公章",
            ),
        ]));
    };
    let year = batch.state.year;
    let proposal = batch
        .state
        .proposal
        .clone()
        .ok_or_else(|| refuse("no-proposal", "没有拟认定名单"))?;
    let mut apps = Vec::new();
    for id in &proposal.cases {
        let app = application(host, id)?;
        if app.state.open_objections() > 0 {
            return Err(refuse(
                "objection-open",
                format!(
                    "{}尚有未处理的异议，不能确认名单",
                    app.state.enterprise_name
                ),
            ));
        }
        apps.push(app);
    }
    let document_number = values::text(&req.values, "document-number")
        .unwrap_or_default()
        .to_string();
    let date = values::date(&req.values, "publish-date")
        .unwrap_or_default()
        .to_string();
    let fx = &mut cx.fx;
    let mut recognized = Vec::new();
    let mut lines = Vec::new();
    for mut app in apps
        .into_iter()
        .filter(|a| a.state.stage == AppStage::Proposed)
    {
        let plaque = plaque_number(year, recognized.len() + 1);
        app.state.stage = AppStage::Recognized;
        app.state.plaque = Some(plaque.clone());
        let detail = format!("{document_number}；{plaque}");
        fx.app_step(&app, Action::Publish, AppStage::Proposed, |l| {
            l.label("认定为郑州市质量标杆").detail(detail)
        });
        let title = app.state.title();
        fx.notify(
            enterprise(&app.state),
            NoticeKind::Info,
            "认定为郑州市质量标杆".into(),
            format!(
                "《{title}》经{document_number}认定为{year}年度郑州市质量标杆，牌匾编号{plaque}。"
            ),
            Some(&app.id),
        );
        lines.push(format!(
            "{}. {}（{}）：{}",
            recognized.len() + 1,
            app.state.enterprise_name,
            district::name_of(app.state.district.as_deref().unwrap_or_default()),
            title
        ));
        // 第十二条: the public catalogue of typical experiences.
        fx.publish(
            catalogue_record(&app.id),
            RecordKind::Catalogue,
            year,
            title,
            format!(
                "{}（{}）\n{}",
                app.state.enterprise_name,
                plaque,
                values::text(&app.state.materials, "summary").unwrap_or_default()
            ),
            Some(&app.id),
        );
        recognized.push((app.id.clone(), plaque));
    }
    let first = CONCLUDING.first(host, year, fx);
    conclude(host, &first, fx)?;
    fx.publish(
        format!("recognition:{year}"),
        RecordKind::Recognition,
        year,
        format!("{year}年度郑州市质量标杆名单（{document_number}）"),
        format!(
            "{}，市工信局发文公布{year}年度郑州市质量标杆名单并予以授牌：\n{}",
            display_date(&date),
            lines.join("\n")
        ),
        Some(&batch.id),
    );
    let count = recognized.len();
    batch.state.publication = Some(Publication {
        document_number: document_number.clone(),
        date,
        seal,
        recognized,
    });
    batch.state.stage = BatchStage::Published;
    fx.batch_step(batch, Action::Publish, BatchStage::PublicityClosed, |l| {
        l.opinion(Some(opinion))
            .detail(format!("{document_number}，认定{count}家"))
    });
    fx.close_task(&batch.id, TASK_PUBLISH);
    fx.notify_districts(
        NoticeKind::CarbonCopy,
        format!("{year}年度郑州市质量标杆名单公布"),
        format!("市工信局已发文（{document_number}）公布{year}年度郑州市质量标杆名单。"),
        &batch.id,
    );
    Ok(())
}

/// Concluding the round: telling the candidates not on the list, carried on in chunks
/// (ADR 3).
pub const CONCLUDING: Chunked = Chunked {
    stage: AppStage::Scored,
    timer: TIMER_CONCLUDE,
};
/// Timer key of the continued conclusion of the round.
pub const TIMER_CONCLUDE: &str = "conclude-round";

/// The host's timer on the batch concludes the next chunk across the round.
pub fn conclude_next(host: &dyn Host, batch: &Loaded<Batch>, fx: &mut Effects) -> Decision<()> {
    let left = CONCLUDING.next_in_round(host, batch.state.year, fx);
    conclude(host, &left, fx)
}

/// The host's timer on a candidate concludes the next chunk of its district.
pub fn conclude_next_in(
    host: &dyn Host,
    next: &Loaded<Application>,
    fx: &mut Effects,
) -> Decision<()> {
    let Some(district) = &next.state.district else {
        return Ok(());
    };
    let left = CONCLUDING.next_in_district(host, next.state.year, district, fx);
    conclude(host, &left, fx)
}

/// Tell the candidates `left` that they were not on the list.
fn conclude(host: &dyn Host, left: &[CaseSummary], fx: &mut Effects) -> Decision<()> {
    for summary in left {
        let mut app = application(host, &summary.id)?;
        let year = app.state.year;
        app.state.stage = AppStage::NotSelected;
        fx.app_step(&app, Action::Publish, AppStage::Scored, |l| {
            l.label("未列入认定名单")
        });
        fx.notify(
            enterprise(&app.state),
            NoticeKind::Info,
            "评审结果".into(),
            format!(
                "《{}》未列入{year}年度郑州市质量标杆名单。",
                app.state.title()
            ),
            Some(&app.id),
        );
    }
    Ok(())
}
