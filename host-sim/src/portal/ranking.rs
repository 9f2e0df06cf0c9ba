//! 名单: the ranked applications a decision on the year's batch is about — the review
//! results the officer proposes from, the 公示 list, the published list the provincial recommendation is chosen from — as one table:
//! rank, enterprise, district, direction, score, status.
//!
//! The 拟认定名单 awaiting the leader is not among them: until approved, which of the
//! scored applications it holds is the plugin's private state, and the plugin's view of
//! the batch shows it (a section, in rank order, to city staff).
//!
//! Every row is what the plugin's `approval.view` shows this person of that application
//! (H4): an application the plugin refuses to show is left out, a score it withholds is
//! shown as —. The host picks only which applications to ask about, by the stage it files.

use super::Portal;
use super::http::{Resp, percent_encode};
use crate::CallError;
use crate::codes::{Code, stage_code};
use crate::contract::{ApplicationStage, BatchStage, FieldValue, Stage};
use crate::store::ToValue;
use maud::{Markup, html};

/// One application as this person may see it.
pub struct Ranked {
    pub id: String,
    pub enterprise: String,
    /// The benchmark's title (附件2 名称).
    pub title: String,
    pub district: String,
    pub direction: String,
    pub score: Option<f64>,
    pub status: String,
    /// The stage's code, for filters (never shown).
    pub stage_code: String,
}

/// What a decision at this batch stage is about: the table's title and the application
/// stages it lists.
pub fn concerns(stage: BatchStage) -> Option<(&'static str, &'static [ApplicationStage])> {
    use ApplicationStage as A;
    match stage {
        BatchStage::Review => Some((
            "专家评审结果（按综合得分排名）",
            &[A::Scored, A::Defence, A::ExpertReview],
        )),
        // Awaiting the leader, the proposed applications are still `scored` to the host:
        // the list is the plugin's, shown as its view's 拟认定名单 section.
        BatchStage::Publicity | BatchStage::PublicityClosed => {
            Some(("公示名单", &[A::Proposed, A::Removed]))
        }
        BatchStage::Published => Some((
            "认定名单",
            &[A::Recognized, A::RevocationPending, A::Revoked],
        )),
        _ => None,
    }
}

/// The applications of `year` at `stages` that `user` may see, highest score first
/// (unscored last, then by enterprise).
pub fn rows(
    p: &mut Portal,
    user: &str,
    year: u16,
    stages: &[ApplicationStage],
) -> Result<Vec<Ranked>, Resp> {
    let marks: Vec<String> = (0..stages.len()).map(|i| format!("?{}", i + 2)).collect();
    let sql = format!(
        "SELECT c.id, e.name FROM cases c LEFT JOIN enterprises e ON e.credit_code = c.owner
         WHERE c.kind = 'application' AND c.year = ?1 AND c.stage IN ({})",
        marks.join(", ")
    );
    let year = i64::from(year);
    let mut args: Vec<&dyn ToValue> = vec![&year];
    let codes: Vec<&str> = stages.iter().map(|s| s.code()).collect();
    args.extend(codes.iter().map(|c| c as &dyn ToValue));
    let ids: Vec<(String, Option<String>)> = p
        .sim
        .connection()
        .query_map(&sql, &args, |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(CallError::from)?;
    let mut out = Vec::with_capacity(ids.len());
    for (id, registered) in ids {
        let view = match p.sim.view(user, &id) {
            Ok(v) => v,
            Err(CallError::Refused(_)) => continue,
            Err(e) => return Err(e.into()),
        };
        let s = &view.summary;
        out.push(Ranked {
            enterprise: registered.unwrap_or_else(|| s.title.clone()),
            district: s
                .district
                .as_deref()
                .map_or("—", super::json_api::district::name_of)
                .to_string(),
            direction: direction(&view.forms).unwrap_or_else(|| "—".into()),
            score: s.score,
            status: p.sim.stage_label(s.stage),
            stage_code: stage_code(s.stage).to_string(),
            title: s.title.clone(),
            id,
        });
    }
    out.sort_by(|a, b| {
        b.score
            .unwrap_or(f64::NEG_INFINITY)
            .total_cmp(&a.score.unwrap_or(f64::NEG_INFINITY))
            .then_with(|| a.enterprise.cmp(&b.enterprise))
    });
    Ok(out)
}

/// The 遴选方向 on the 申报表 this person may read, by its Chinese label.
fn direction(forms: &[crate::contract_forms::FilledForm]) -> Option<String> {
    let form = forms
        .iter()
        .find(|f| f.definition.id == "application-form")?;
    let FieldValue::Choice(code) = &form.values.iter().find(|f| f.id == "direction")?.value else {
        return None;
    };
    let label = form
        .definition
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .find(|f| f.id == "direction")
        .and_then(|f| f.options.iter().find(|o| &o.value == code))
        .map_or_else(|| "—".to_string(), |o| o.label.clone());
    Some(label)
}

/// The ranked table. With `pick` (the id of the action form's count field), each row
/// has a button that sets the count to its rank: the list is chosen by row, from the
/// top of the ranking down, as the plugin takes it (第十条: by score).
pub fn table(rows: &[Ranked], pick: Option<&str>) -> Markup {
    if rows.is_empty() {
        return html! { p.empty { "暂无符合条件的申报" } };
    }
    html! {
        table class="list ranked" {
            thead {
                tr {
                    @for h in ["排名", "企业", "所在地区", "遴选方向", "综合得分", "状态"] {
                        th { (h) }
                    }
                    @if pick.is_some() { th { "选择" } }
                }
            }
            tbody {
                @for (i, r) in rows.iter().enumerate() {
                    @let rank = i + 1;
                    tr data-rank=(rank) {
                        td data-label="排名" { (rank) }
                        td data-label="企业" {
                            a href={ "/case/" (percent_encode(&r.id)) } { (r.enterprise) }
                        }
                        td data-label="所在地区" { (r.district) }
                        td data-label="遴选方向" { (r.direction) }
                        td data-label="综合得分" { (r.score.map_or("—".into(), |s| format!("{s:.2}"))) }
                        td data-label="状态" { (r.status) }
                        @if let Some(field) = pick {
                            td data-label="选择" {
                                button type="button" class="btn normal" data-pick-field=(field) data-pick-count=(rank) {
                                    "选至第" (rank) "名"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The ranked table for a batch case page or a decision's action page, as a card: none
/// when the batch's stage has no list to decide on.
pub fn card_for_batch(
    p: &mut Portal,
    user: &str,
    year: u16,
    stage: Stage,
    pick: Option<&str>,
) -> Result<Option<Markup>, Resp> {
    let Stage::Batch(stage) = stage else {
        return Ok(None);
    };
    let Some((title, stages)) = concerns(stage) else {
        return Ok(None);
    };
    let rows = rows(p, user, year, stages)?;
    Ok(Some(super::html::card(
        &format!("{title}（{}家）", rows.len()),
        table(&rows, pick),
    )))
}
