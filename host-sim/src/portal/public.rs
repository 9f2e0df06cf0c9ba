//! 公示公告: what the plugin published (public records), and the cases on which the
//! public may act now (e.g. a named objection during 公示) — asked of the plugin, not known here.

use super::case::action_buttons;
use maud::{Markup, html};

use super::html::{card, link, short_time, table};
use super::http::{Req, Resp, percent_encode};
use super::layout::{self, Ctx};
use super::lists::{LIST_PAGE, Paged};
use super::queries;
use super::{Page, Portal};
use crate::codes::{stage_code, stage_kind};
use crate::contract::{CaseKind, Role};

/// The stages at which the catalog offers the public an action on an application (a
/// named objection during 公示), by code: the only applications the page asks the
/// plugin about, however many the years hold. The plugin still decides each one.
fn stages_open_to_the_public(p: &Portal) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = p
        .sim
        .catalog()
        .actions
        .iter()
        .filter(|a| a.roles.contains(&Role::Public))
        .flat_map(|a| a.stages.iter())
        .filter(|s| stage_kind(**s) == CaseKind::Application)
        .map(|s| stage_code(*s))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// The Chinese label of a record kind, from the plugin's catalog.
fn kind_label(p: &Portal, code: &str) -> String {
    p.sim
        .catalog()
        .record_kinds
        .iter()
        .find(|k| k.code == code)
        .map_or_else(|| "公告".to_string(), |k| k.label.clone())
}

pub fn page(p: &mut Portal, ctx: &Ctx, req: &Req) -> Page {
    let total = queries::public_record_count(p.sim.connection())?;
    let paged = Paged::of(req, total, LIST_PAGE);
    let records = queries::public_records(p.sim.connection(), &paged.window())?;
    let rows: Vec<Vec<Markup>> = records
        .iter()
        .map(|r| {
            vec![
                html! { (r.year) },
                html! {
                    div.subject {
                        @match &r.case_id {
                            Some(c) if ctx.user.is_some() => {
                                (link(&format!("/case/{}", percent_encode(c)), &r.title))
                            }
                            _ => (r.title),
                        }
                    }
                    div class="pre muted" { (r.body) }
                    small.kind { (kind_label(p, &r.kind)) }
                },
                html! { (short_time(&r.published_at)) },
            ]
        })
        .collect();
    let records = card(
        "公示公告",
        html! {
            (table(&["年度", "公告内容", "发布时间"], &rows, "暂无公示公告"))
            (paged.pager("/public?"))
        },
    );

    // Whoever plays the public: the signed-in member of the public, else the directory's first.
    let signed_public = ctx.user.as_ref().filter(|u| u.role == Role::Public);
    let public_user = match signed_public {
        Some(u) => Some(u.user_id.clone()),
        None => queries::first_with_role(p.sim.connection(), "public")?,
    };
    let mut open_card = html! {};
    if let Some(public_user) = public_user {
        let mut open = Vec::new();
        let stages = stages_open_to_the_public(p);
        for c in queries::cases_at(p.sim.connection(), "application", &stages)? {
            let actions = p.sim.actions(&public_user, &c.id).unwrap_or_default();
            if !actions.is_empty() {
                let act = html! {
                    @if signed_public.is_some() {
                        div.action-bar {
                            (action_buttons(Some(&c.id), &actions, Some(c.version as u64)))
                        }
                    } @else {
                        a href="/login" { "以社会公众身份登录后办理（实名）" }
                    }
                };
                open.push(vec![html! { (c.title) }, html! { (c.stage_label) }, act]);
            }
        }
        open_card = card(
            "公示期内可提出意见的事项",
            html! {
                p.muted { "公示期内，任何单位和个人可对公示对象以实名方式提出异议，并提供必要的证明材料。" }
                (table(&["事项", "阶段", "办理"], &open, "当前没有处于公示期的事项"))
            },
        );
    }
    let body = html! { (records) (open_card) };
    Ok(Resp::html(layout::page(ctx, "公示公告", "/public", body)))
}
