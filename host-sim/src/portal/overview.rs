//! 年度总览: the round at a glance for the city bureau's officers and leaders — every
//! application of the year they may see, with filters and search, counts by district,
//! direction and stage, the score distribution and the round's progress, drawn as SVG
//! on the server (chart.rs).
//!
//! Each application is what the plugin's view shows this person (ranking::rows): the
//! direction is read from the 申报表 the view returns, and a draft, which the plugin does
//! not show the city, is not counted.

use std::collections::BTreeMap;

use super::chart::bars;
use maud::{Markup, html};

use super::html::card;
use super::http::{Req, Resp, percent_encode};
use super::layout::{Ctx, page};
use super::ranking::{Ranked, rows};
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::codes::Code;
use crate::contract::{ApplicationStage, Role};

/// Rows a page of the list shows.
const PAGE: usize = 50;

/// The stages a submitted application passes, in the order of the process (第八条 to
/// 第十三条): the progress chart's bars, and the stage filter's options.
const PROGRESS: &[ApplicationStage] = &[
    ApplicationStage::DistrictReview,
    ApplicationStage::Returned,
    ApplicationStage::Declined,
    ApplicationStage::FormalCheck,
    ApplicationStage::Accepted,
    ApplicationStage::ExpertReview,
    ApplicationStage::Scored,
    ApplicationStage::Defence,
    ApplicationStage::Proposed,
    ApplicationStage::NotSelected,
    ApplicationStage::Removed,
    ApplicationStage::Recognized,
    ApplicationStage::RevocationPending,
    ApplicationStage::Revoked,
];

/// The year shown: `?year=`, else the latest year with a batch.
fn year(p: &Portal, req: &Req) -> Result<Option<u16>, Resp> {
    if let Some(y) = req.query("year").and_then(|y| y.parse().ok()) {
        return Ok(Some(y));
    }
    p.sim
        .connection()
        .query_row(
            "SELECT MAX(year) FROM cases WHERE kind = 'batch'",
            crate::params![],
            |r| r.get::<Option<u16>>(0),
        )
        .map_err(|e| CallError::from(e).into())
}

/// Counts of `key` over `rows`, largest first (then by label).
fn counts<'a>(rows: &'a [Ranked], key: impl Fn(&'a Ranked) -> &'a str) -> Vec<(String, usize)> {
    let mut by: BTreeMap<&str, usize> = BTreeMap::new();
    for r in rows {
        *by.entry(key(r)).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = by.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Scores in bands of five points (below 60 together), highest band first.
fn score_bands(rows: &[Ranked]) -> Vec<(String, usize)> {
    let mut bands: BTreeMap<i64, usize> = BTreeMap::new();
    for s in rows.iter().filter_map(|r| r.score) {
        let band = if s < 60.0 {
            55
        } else {
            (s / 5.0).floor() as i64 * 5
        };
        *bands.entry(band).or_default() += 1;
    }
    bands
        .into_iter()
        .rev()
        .map(|(b, n)| {
            let label = if b == 55 {
                "60分以下".to_string()
            } else {
                format!("{b}–{}分", b + 5)
            };
            (label, n)
        })
        .collect()
}

fn select(name: &str, label: &str, options: &[(String, String)], chosen: Option<&str>) -> Markup {
    html! {
        label {
            (label)
            select name=(name) {
                option value="" { "全部" }
                @for (v, l) in options {
                    option value=(v) selected[Some(v.as_str()) == chosen] { (l) }
                }
            }
        }
    }
}

pub fn page_of(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let user = signed_in(ctx)?;
    if !matches!(user.role, Role::CityOfficer | Role::CityLeader) {
        return Err(Resp::status(403, "年度总览仅向市工信局经办人员和领导开放"));
    }
    let Some(year) = year(p, req)? else {
        let body = card("年度总览", html! { p.empty { "尚未发布年度申报通知" } });
        return Ok(Resp::html(page(ctx, "年度总览", "/overview", body)));
    };
    let all = rows(p, &user.user_id, year, PROGRESS)?;

    let district = req.query("district").filter(|s| !s.is_empty());
    let direction = req.query("direction").filter(|s| !s.is_empty());
    let stage = req.query("stage").filter(|s| !s.is_empty());
    let q = req.query("q").map(str::trim).filter(|s| !s.is_empty());
    let shown: Vec<&Ranked> = all
        .iter()
        .filter(|r| district.is_none_or(|d| r.district == d))
        .filter(|r| direction.is_none_or(|d| r.direction == d))
        .filter(|r| stage.is_none_or(|s| r.stage_code == s))
        .filter(|r| q.is_none_or(|q| r.enterprise.contains(q) || r.title.contains(q)))
        .collect();

    let by_district = counts(&all, |r| r.district.as_str());
    let by_direction = counts(&all, |r| r.direction.as_str());
    let progress: Vec<(String, usize)> = PROGRESS
        .iter()
        .map(|s| {
            let n = all.iter().filter(|r| r.stage_code == s.code()).count();
            (
                p.sim.stage_label(crate::contract::Stage::Application(*s)),
                n,
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let scored = all.iter().filter(|r| r.score.is_some()).count();

    let options = |v: &[(String, usize)]| -> Vec<(String, String)> {
        v.iter().map(|(l, _)| (l.clone(), l.clone())).collect()
    };
    let stage_options: Vec<(String, String)> = PROGRESS
        .iter()
        .map(|s| {
            (
                s.code().to_string(),
                p.sim.stage_label(crate::contract::Stage::Application(*s)),
            )
        })
        .collect();
    let filters = html! {
        form.filters method="get" action="/overview" {
            input type="hidden" name="year" value=(year);
            (select("district", "所在地区", &options(&by_district), district))
            (select("direction", "遴选方向", &options(&by_direction), direction))
            (select("stage", "当前阶段", &stage_options, stage))
            label {
                "搜索"
                input type="search" name="q" value=(q.unwrap_or_default()) placeholder="企业或标杆名称";
            }
            button.btn.primary type="submit" { "筛选" }
            a.btn.normal href={ "/overview?year=" (year) } { "清除" }
        }
    };

    let from = req
        .query("page")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let pages = shown.len().div_ceil(PAGE).max(1);
    let from = from.min(pages);
    let list = html! {
        @if shown.is_empty() {
            p.empty { "没有符合条件的申报" }
        } @else {
            table.list {
                thead {
                    tr {
                        @for h in ["企业", "质量标杆名称", "所在地区", "遴选方向", "当前阶段", "综合得分"] {
                            th { (h) }
                        }
                    }
                }
                tbody {
                    @for r in shown.iter().skip((from - 1) * PAGE).take(PAGE) {
                        tr {
                            td data-label="企业" {
                                a href={ "/case/" (percent_encode(&r.id)) } { (r.enterprise) }
                            }
                            td data-label="质量标杆名称" { (r.title) }
                            td data-label="所在地区" { (r.district) }
                            td data-label="遴选方向" { (r.direction) }
                            td data-label="当前阶段" { (r.status) }
                            td data-label="综合得分" { (r.score.map_or("—".into(), |s| format!("{s:.2}"))) }
                        }
                    }
                }
            }
        }
    };
    let keep: String = [
        ("district", district),
        ("direction", direction),
        ("stage", stage),
        ("q", q),
    ]
    .iter()
    .filter_map(|(k, v)| v.map(|v| format!("&{k}={}", percent_encode(v))))
    .collect();
    let pager = super::html::pager(&format!("/overview?year={year}{keep}&"), from, pages);

    let body = html! {
        div.case-head {
            h1 { (year) "年度郑州市质量标杆认定 · 年度总览" }
            div.meta { "已提交申报 " (all.len()) " 家，已完成评分 " (scored) " 家" }
        }
        div.charts {
            (card("申报进度（按当前阶段）", bars("按当前阶段的申报数", &progress)))
            (card("按所在地区", bars("按所在地区的申报数", &by_district)))
            (card("按遴选方向", bars("按遴选方向的申报数", &by_direction)))
            (card("综合得分分布", bars("综合得分分布", &score_bands(&all))))
        }
        (card(&format!("申报一览（{}家）", shown.len()), html! { (filters) (list) (pager) }))
    };
    Ok(Resp::html(page(ctx, "年度总览", "/overview", body)))
}
