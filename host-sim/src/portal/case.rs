//! The case page and the action page. A host shows a person nothing of a case but what
//! the plugin's `approval.view` returned for that person (contract obligation H4): its
//! sections, forms on file, files, 流转记录 lines and open steps. The action page shows
//! the action's form from `forms.describe`, the 意见 box and the button.

use super::form::{self, Names};
use maud::{Markup, html};

use super::html::{alert, badge, card, record, short_time};
use super::http::{Resp, percent_encode};
use super::layout::{self, Ctx};
use super::queries;
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::codes::Code;
use crate::contract::{Action, Actor, FieldValue, SealRef, Stage};
use crate::contract_forms::FilledForm;
use crate::engine::exports::zhengzhou::quality_benchmark::approval::{
    ActionDef, ActionTone, CaseView, OpinionRule,
};

fn tone_class(t: ActionTone) -> &'static str {
    match t {
        ActionTone::Primary => "primary",
        ActionTone::Normal => "normal",
        ActionTone::Danger => "danger",
    }
}

fn opinion_code(o: OpinionRule) -> &'static str {
    match o {
        OpinionRule::NoOpinion => "none",
        OpinionRule::Optional => "optional",
        OpinionRule::Required => "required",
    }
}

/// Buttons for actions: a direct button when there is nothing to fill in, else a link
/// to the action page. `case` is none for case-creating (start) actions.
pub fn action_buttons(case: Option<&str>, actions: &[ActionDef], version: Option<u64>) -> Markup {
    html! {
        @for a in actions {
            @let tone = tone_class(a.tone);
            @let id = a.action.code();
            @if a.form.is_none() && matches!(a.opinion, OpinionRule::NoOpinion) {
                button type="button" class={ "btn " (tone) } data-act=(id)
                    data-case=(case.unwrap_or_default())
                    data-version=(version.map(|v| v.to_string()).unwrap_or_default())
                    data-tone=(tone) data-label=(a.label) { (a.label) }
            } @else {
                @let href = match case {
                    Some(c) => format!("/case/{}/act/{}", percent_encode(c), percent_encode(id)),
                    None => format!("/start/{}", percent_encode(id)),
                };
                a class={ "btn " (tone) } href=(href) data-action-link=(id) { (a.label) }
            }
        }
    }
}

/// The display name of a seal's holder (an org unit), found through its signer.
pub fn holder_name(p: &Portal, seal: &SealRef) -> String {
    names_of_seals(p, [seal])
        .ok()
        .and_then(|mut n| n.remove(&seal.holder))
        .unwrap_or_else(|| seal.holder.clone())
}

/// Display names for the seal holders and signers on `forms`.
fn names<'a>(p: &Portal, forms: impl IntoIterator<Item = &'a FilledForm>) -> Result<Names, Resp> {
    let seals = forms
        .into_iter()
        .flat_map(|form| &form.values)
        .filter_map(|field| match &field.value {
            FieldValue::Seal(seal) => Some(seal),
            _ => None,
        });
    names_of_seals(p, seals)
}

/// The signers and holders of `seals`, each looked up in the directory — a signer by
/// id, a holder through the signer who belongs to it — so that a page costs what it
/// shows, not the size of the directory (which holds every enterprise that ever
/// applied).
fn names_of_seals<'a>(
    p: &Portal,
    seals: impl IntoIterator<Item = &'a SealRef>,
) -> Result<Names, Resp> {
    let mut names = Names::new();
    for seal in seals {
        name_person(p, &mut names, &seal.signer)?;
        name_org(p, &mut names, &seal.holder)?;
    }
    Ok(names)
}

/// A person as "name（org unit）", and their org unit by its name.
fn name_person(p: &Portal, names: &mut Names, user_id: &str) -> Result<(), Resp> {
    if names.contains_key(user_id) {
        return Ok(());
    }
    if let Some(u) = queries::user(p.sim.connection(), user_id)? {
        names
            .entry(u.org_unit.clone())
            .or_insert_with(|| u.org_name.clone());
        names.insert(u.user_id, format!("{}（{}）", u.name, u.org_name));
    }
    Ok(())
}

/// An org unit by its name in the directory; a district's seal is held by its office
/// even when no one of it is in the directory.
fn name_org(p: &Portal, names: &mut Names, org_unit: &str) -> Result<(), Resp> {
    if names.contains_key(org_unit) {
        return Ok(());
    }
    let name = match queries::org_name(p.sim.connection(), org_unit)? {
        Some(name) => Some(name),
        None => super::json_api::district::DISTRICTS
            .iter()
            .find(|d| d.code == org_unit)
            .map(|d| format!("{}工信部门", d.name)),
    };
    if let Some(name) = name {
        names.insert(org_unit.to_string(), name);
    }
    Ok(())
}

/// Who an action's person field may name: for 转办, the colleagues of the same office
/// (the plugin still checks the choice).
fn pickers(p: &Portal, user: &Actor, action: Action) -> Result<form::Pickers, Resp> {
    let mut out = form::Pickers::new();
    if action == Action::Delegate {
        let role = crate::imports::role_code(user.role);
        let colleagues = queries::members(p.sim.connection(), role, &user.org_unit)?
            .into_iter()
            .filter(|u| u.user_id != user.user_id)
            .map(|u| (u.user_id, format!("{}（{}）", u.name, u.org_name)))
            .collect();
        out.insert("assignee".into(), colleagues);
    }
    Ok(out)
}

/// The 流转记录 lines the plugin lets this person read.
fn timeline(view: &CaseView) -> Markup {
    if view.history.is_empty() {
        return html! { p.empty { "暂无记录" } };
    }
    html! {
        ol.timeline {
            @for h in &view.history {
                li {
                    div.when { (short_time(&h.at)) }
                    div.what { b { (h.label) } }
                    div.by { (h.who) }
                    @if let Some(o) = &h.opinion {
                        div.opinion { "意见：" (o) }
                    }
                    @if let Some(d) = &h.detail {
                        div.muted { (d) }
                    }
                }
            }
        }
        p class="muted small" { "流转记录逐条链式哈希存证，篡改可被检出。" }
    }
}

/// The forms on file the plugin lets this person read, read-only.
fn forms_on_file(view: &CaseView, names: &Names) -> Markup {
    html! {
        @for filled in &view.forms {
            details.filed {
                summary { (filled.definition.title) small { "（" (filled.values.len()) " 项）" } }
                (form::render(filled, false, names, &form::Pickers::new()))
            }
        }
    }
}

pub fn page(p: &mut Portal, ctx: &Ctx, case_id: &str, msg: Option<&str>) -> Page {
    let user = signed_in(ctx)?;
    let view = p.sim.view(&user.user_id, case_id)?;
    let actions = match p.sim.actions(&user.user_id, case_id) {
        Ok(a) => a,
        Err(CallError::Refused(_)) => Vec::new(),
        Err(e) => return Err(e.into()),
    };
    let names = names(p, &view.forms)?;
    let s = &view.summary;
    let ranked = super::ranking::card_for_batch(p, &user.user_id, s.year, s.stage, None)?;
    let tasks: Vec<Vec<Markup>> = view
        .tasks
        .iter()
        .map(|t| {
            vec![
                html! { (t.title) },
                html! { (t.who) },
                html! { (t.due.as_deref().map_or("—".into(), super::html::date_cn)) },
            ]
        })
        .collect();
    let downloads = super::documents::links(p, &user.user_id, case_id, &view)?;
    let print = super::print::link(p, case_id, &view)?;
    let body = html! {
        div.case-head {
            h1 { (s.title) }
            div.meta {
                (badge("stage", &p.sim.stage_label(s.stage))) " " span { (s.year) "年度" } (print)
            }
        }
        @if let Some(m) = msg { (alert("success", m)) }
        div.case-grid {
            div {
                @if let Some(ranked) = ranked { (ranked) }
                @for section in &view.sections {
                    (card(&section.title, record(&section.items)))
                }
                @if !view.forms.is_empty() {
                    (card("已填报表单", forms_on_file(&view, &names)))
                }
            }
            div {
                (card("办理", html! {
                    @if actions.is_empty() {
                        p.empty { "您当前在此事项上没有可办理的操作。" }
                    } @else {
                        div.action-bar {
                            (action_buttons(Some(case_id), &actions, Some(view.version)))
                        }
                    }
                }))
                (downloads)
                (card(
                    "当前办理环节",
                    super::html::table(&["环节", "办理人", "期限"], &tasks, "当前没有待办环节"),
                ))
                (card("流转记录", timeline(&view)))
            }
        }
    };
    Ok(Resp::html(layout::page(ctx, &s.title, "", body)))
}

/// 常用意见 offered under the opinion box, by the action's tone: agreeing for the main
/// step, giving a reason for a return or refusal. Plain text the person may edit.
fn common_opinions(tone: ActionTone) -> &'static [&'static str] {
    match tone {
        ActionTone::Danger => &[
            "材料不齐全，请补充后重新提交",
            "不符合申报条件",
            "经研究，不予同意",
        ],
        ActionTone::Primary | ActionTone::Normal => {
            &["同意", "同意，按规定办理", "经审核，符合要求"]
        }
    }
}

/// The page of one action: its form, the opinion box and the button.
pub fn action_page(p: &mut Portal, ctx: &Ctx, case_id: Option<&str>, action_id: &str) -> Page {
    let user = signed_in(ctx)?;
    let (actions, head, version, seen) = match case_id {
        Some(id) => {
            // Someone may act without seeing the whole case (the public objecting during 公示).
            let (head, version, seen) = match p.sim.view(&user.user_id, id) {
                Ok(view) => (
                    html! {
                        div.case-head {
                            h1 { (view.summary.title) }
                            div.meta { (badge("stage", &p.sim.stage_label(view.summary.stage))) }
                        }
                    },
                    Some(view.version),
                    Some(view),
                ),
                Err(CallError::Refused(_)) => (html! {}, p.sim.version(id)?, None),
                Err(e) => return Err(e.into()),
            };
            (p.sim.actions(&user.user_id, id)?, head, version, seen)
        }
        None => (p.sim.start_actions(&user.user_id)?, html! {}, None, None),
    };
    let Some(action) = actions.into_iter().find(|a| a.action.code() == action_id) else {
        return Err(Resp::status(
            403,
            "当前不能办理该事项：事项已由他人办理、阶段已变化或您无此权限",
        ));
    };
    // A decision on the year's list shows the list it decides, ranked; where the action
    // takes a count, the list is chosen by row.
    let pick = matches!(
        action.action,
        Action::ProposeList | Action::RecommendProvincial
    )
    .then_some("count");
    // On the year's batch, what the plugin shows of it too: the 拟认定名单 the leader
    // approves is one of its sections.
    let ranked = match &seen {
        Some(view) if matches!(view.summary.stage, Stage::Batch(_)) => {
            let s = &view.summary;
            let list = super::ranking::card_for_batch(p, &user.user_id, s.year, s.stage, pick)?;
            html! {
                @if let Some(list) = list { (list) }
                @for section in &view.sections {
                    (card(&section.title, record(&section.items)))
                }
            }
        }
        _ => html! {},
    };
    // `sealed`: the form has a seal or signature button the person must press.
    let (form_html, sealed) = match &action.form {
        Some(form_id) => {
            let filled = p.sim.describe(&user.user_id, form_id, case_id)?;
            let pickers = pickers(p, user, action.action)?;
            let names = names(p, [&filled])?;
            let markup = html! {
                h2.form-title { (filled.definition.title) }
                (form::render(&filled, true, &names, &pickers))
            };
            (markup, form::asks_for_a_seal(&filled))
        }
        None => (html! {}, false),
    };
    let back = match case_id {
        Some(id) => format!("/case/{}", percent_encode(id)),
        None => "/home".into(),
    };
    let tone = tone_class(action.tone);
    let body = html! {
        (head)
        (ranked)
        form class="act-form card" data-action=(action.action.code())
            data-case=(case_id.unwrap_or_default())
            data-version=(version.map(|v| v.to_string()).unwrap_or_default()) data-tone=(tone)
            data-label=(action.label) data-opinion=(opinion_code(action.opinion)) novalidate {
            div.card-body {
                div.form-alert role="alert" hidden {}
                (form_html)
                (opinion_box(&action))
                @if sealed {
                    p.muted { "本操作须加盖电子印章或签字：请在填写完毕后点击表单中的签章按钮；签章后如再修改内容，须重新签章。" }
                }
                div.submit-bar {
                    button type="submit" class={ "btn " (tone) } { (action.label) }
                    a.btn.normal href=(back) { "返回" }
                }
            }
        }
    };
    Ok(Resp::html(layout::page(ctx, &action.label, "", body)))
}

/// The 办理意见 box with its 常用意见, unless the action takes no opinion.
fn opinion_box(action: &ActionDef) -> Markup {
    let required = match action.opinion {
        OpinionRule::NoOpinion => return html! {},
        rule => matches!(rule, OpinionRule::Required),
    };
    html! {
        fieldset.form-section {
            legend { "办理意见" }
            div class="field opinion-box" data-err-key="act-opinion" {
                label.label for="act-opinion" {
                    (action.label) "意见"
                    @if required { span.req { "*" } }
                }
                div.control {
                    textarea #act-opinion name="act-opinion" data-opinion-box rows="4"
                        placeholder=(if required { "请填写办理意见（必填）" } else { "可填写办理意见（选填）" })
                        aria-required=[required.then_some("true")] aria-describedby="err-act-opinion" {}
                    div.phrases aria-label="常用意见" {
                        span class="muted small" { "常用意见：" }
                        @for o in common_opinions(action.tone) {
                            button type="button" class="btn small normal" data-phrase=(o) { (o) }
                        }
                    }
                }
                div.field-error #err-act-opinion data-err-for="act-opinion" aria-live="polite" {}
            }
        }
    }
}
