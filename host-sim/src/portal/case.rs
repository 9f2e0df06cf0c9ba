//! The case page and the action page. A host shows a person nothing of a case but what
//! the plugin's `approval.view` returned for that person (contract obligation H4): its
//! sections, forms on file, files, 流转记录 lines and open steps. The action page shows
//! the action's form from `forms.describe`, the 意见 box and the button.

use super::form::{self, Names};
use super::html::{alert, badge, card, esc, record, short_time};
use super::http::{Resp, percent_encode};
use super::layout::{self, Ctx};
use super::queries;
use super::{Page, Portal, signed_in};
use crate::CallError;
use crate::codes::Code;
use crate::contract::{Action, Actor, Stage};
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
pub fn action_buttons(case: Option<&str>, actions: &[ActionDef], version: Option<u64>) -> String {
    actions
        .iter()
        .map(|a| {
            let tone = tone_class(a.tone);
            let id = a.action.code();
            if a.form.is_none() && matches!(a.opinion, OpinionRule::NoOpinion) {
                format!(
                    "<button type=\"button\" class=\"btn {tone}\" data-act=\"{}\" data-case=\"{}\" data-version=\"{}\" data-tone=\"{tone}\" data-label=\"{}\">{}</button>",
                    esc(id),
                    esc(case.unwrap_or_default()),
                    version.map(|v| v.to_string()).unwrap_or_default(),
                    esc(&a.label),
                    esc(&a.label)
                )
            } else {
                let href = match case {
                    Some(c) => format!("/case/{}/act/{}", percent_encode(c), percent_encode(id)),
                    None => format!("/start/{}", percent_encode(id)),
                };
                format!(
                    "<a class=\"btn {tone}\" href=\"{}\" data-action-link=\"{}\">{}</a>",
                    esc(&href),
                    esc(id),
                    esc(&a.label)
                )
            }
        })
        .collect()
}

/// A person's or an org unit's display name, for a code the directory knows.
pub fn display_name(p: &Portal, code: &str) -> String {
    names(p)
        .ok()
        .and_then(|n| n.get(code).cloned())
        .unwrap_or_else(|| code.to_string())
}

/// Display names for seal holders and signers.
fn names(p: &Portal) -> Result<Names, Resp> {
    let mut names = Names::new();
    // A district's seal is held by its office even when no one of it is in the directory.
    for d in super::json_api::district::DISTRICTS {
        names.insert(d.code.to_string(), format!("{}工信部门", d.name));
    }
    for u in queries::users(p.sim.connection())? {
        names.insert(u.org_unit.clone(), u.org_name.clone());
        names.insert(u.user_id, format!("{}（{}）", u.name, u.org_name));
    }
    Ok(names)
}

/// Who an action's person field may name: for 转办, the colleagues of the same office
/// (the plugin still checks the choice).
fn pickers(p: &Portal, user: &Actor, action: Action) -> Result<form::Pickers, Resp> {
    let mut out = form::Pickers::new();
    if action == Action::Delegate {
        let role = crate::imports::role_code(user.role);
        let colleagues = queries::users(p.sim.connection())?
            .into_iter()
            .filter(|u| u.role == role && u.org_unit == user.org_unit && u.user_id != user.user_id)
            .map(|u| (u.user_id, format!("{}（{}）", u.name, u.org_name)))
            .collect();
        out.insert("assignee".into(), colleagues);
    }
    Ok(out)
}

/// The 流转记录 lines the plugin lets this person read.
fn timeline(view: &CaseView) -> String {
    if view.history.is_empty() {
        return "<p class=\"empty\">暂无记录</p>".into();
    }
    let items: String = view
        .history
        .iter()
        .map(|h| {
            let opinion = h
                .opinion
                .as_ref()
                .map(|o| format!("<div class=\"opinion\">意见：{}</div>", esc(o)))
                .unwrap_or_default();
            let detail = h
                .detail
                .as_ref()
                .map(|d| format!("<div class=\"muted\">{}</div>", esc(d)))
                .unwrap_or_default();
            format!(
                "<li><div class=\"when\">{}</div><div class=\"what\"><b>{}</b></div><div class=\"by\">{}</div>{opinion}{detail}</li>",
                esc(&short_time(&h.at)),
                esc(&h.label),
                esc(&h.who),
            )
        })
        .collect();
    format!(
        "<ol class=\"timeline\">{items}</ol><p class=\"muted small\">流转记录逐条链式哈希存证，篡改可被检出。</p>"
    )
}

/// The forms on file the plugin lets this person read, read-only.
fn forms_on_file(view: &CaseView, names: &Names) -> String {
    view.forms
        .iter()
        .map(|filled| {
            format!(
                "<details class=\"filed\"><summary>{}<small>（{} 项）</small></summary>{}</details>",
                esc(&filled.definition.title),
                filled.values.len(),
                form::render(filled, false, names, &form::Pickers::new())
            )
        })
        .collect()
}

pub fn page(p: &mut Portal, ctx: &Ctx, case_id: &str, msg: Option<&str>) -> Page {
    let user = signed_in(ctx)?;
    let view = p.sim.view(&user.user_id, case_id)?;
    let actions = match p.sim.actions(&user.user_id, case_id) {
        Ok(a) => a,
        Err(CallError::Refused(_)) => Vec::new(),
        Err(e) => return Err(e.into()),
    };
    let names = names(p)?;
    let s = &view.summary;
    let mut main = super::ranking::card_for_batch(p, &user.user_id, s.year, s.stage, None)?
        .unwrap_or_default();
    for section in &view.sections {
        main.push_str(&card(&section.title, &record(&section.items)));
    }
    let filed = forms_on_file(&view, &names);
    if !filed.is_empty() {
        main.push_str(&card("已填报表单", &filed));
    }
    let tasks: Vec<Vec<String>> = view
        .tasks
        .iter()
        .map(|t| {
            vec![
                esc(&t.title),
                esc(&t.who),
                esc(&t.due.as_deref().map_or("—".into(), super::html::date_cn)),
            ]
        })
        .collect();
    let buttons = if actions.is_empty() {
        "<p class=\"empty\">您当前在此事项上没有可办理的操作。</p>".to_string()
    } else {
        format!(
            "<div class=\"action-bar\">{}</div>",
            action_buttons(Some(case_id), &actions, Some(view.version))
        )
    };
    let downloads = super::documents::links(p, &user.user_id, case_id, &view)?;
    let side = format!(
        "{}{downloads}{}{}",
        card("办理", &buttons),
        card(
            "当前办理环节",
            &super::html::table(&["环节", "办理人", "期限"], &tasks, "当前没有待办环节")
        ),
        card("流转记录", &timeline(&view))
    );
    let print = super::print::link(p, case_id, &view)?;
    let flash = msg.map(|m| alert("success", m)).unwrap_or_default();
    let body = format!(
        "<div class=\"case-head\"><h1>{}</h1><div class=\"meta\">{} <span>{}年度</span>{print}</div></div>{flash}<div class=\"case-grid\"><div>{main}</div><div>{side}</div></div>",
        esc(&s.title),
        badge("stage", &p.sim.stage_label(s.stage)),
        s.year,
    );
    Ok(Resp::html(layout::page(ctx, &s.title, "", &body)))
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
                    format!(
                        "<div class=\"case-head\"><h1>{}</h1><div class=\"meta\">{}</div></div>",
                        esc(&view.summary.title),
                        badge("stage", &p.sim.stage_label(view.summary.stage)),
                    ),
                    Some(view.version),
                    Some(view),
                ),
                Err(CallError::Refused(_)) => (String::new(), p.sim.version(id)?, None),
                Err(e) => return Err(e.into()),
            };
            (p.sim.actions(&user.user_id, id)?, head, version, seen)
        }
        None => (
            p.sim.start_actions(&user.user_id)?,
            String::new(),
            None,
            None,
        ),
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
            let mut cards =
                super::ranking::card_for_batch(p, &user.user_id, s.year, s.stage, pick)?
                    .unwrap_or_default();
            for section in &view.sections {
                cards.push_str(&card(&section.title, &record(&section.items)));
            }
            cards
        }
        _ => String::new(),
    };
    let names = names(p)?;
    let form_html = match &action.form {
        Some(form_id) => {
            let filled = p.sim.describe(&user.user_id, form_id, case_id)?;
            format!(
                "<h2 class=\"form-title\">{}</h2>{}",
                esc(&filled.definition.title),
                form::render(&filled, true, &names, &pickers(p, user, action.action)?)
            )
        }
        None => String::new(),
    };
    let opinion = match action.opinion {
        OpinionRule::NoOpinion => String::new(),
        rule => {
            let req = matches!(rule, OpinionRule::Required);
            let phrases: String = common_opinions(action.tone)
                .iter()
                .map(|o| format!("<button type=\"button\" class=\"btn small normal\" data-phrase=\"{o}\">{o}</button>"))
                .collect();
            format!(
                "<fieldset class=\"form-section\"><legend>办理意见</legend><div class=\"field opinion-box\" data-err-key=\"act-opinion\"><label class=\"label\" for=\"act-opinion\">{}意见{}</label><div class=\"control\"><textarea id=\"act-opinion\" name=\"act-opinion\" data-opinion-box rows=\"4\" placeholder=\"{}\"{} aria-describedby=\"err-act-opinion\"></textarea><div class=\"phrases\" aria-label=\"常用意见\"><span class=\"muted small\">常用意见：</span>{phrases}</div></div><div class=\"field-error\" id=\"err-act-opinion\" data-err-for=\"act-opinion\" aria-live=\"polite\"></div></div></fieldset>",
                esc(&action.label),
                if req {
                    "<span class=\"req\">*</span>"
                } else {
                    ""
                },
                if req {
                    "请填写办理意见（必填）"
                } else {
                    "可填写办理意见（选填）"
                },
                if req { " aria-required=\"true\"" } else { "" },
            )
        }
    };
    let seal_note = if form_html.contains("data-seal=") {
        "<p class=\"muted\">本操作须加盖电子印章或签字：请在填写完毕后点击表单中的签章按钮；签章后如再修改内容，须重新签章。</p>"
    } else {
        ""
    };
    let back = match case_id {
        Some(id) => format!("/case/{}", percent_encode(id)),
        None => "/home".into(),
    };
    let tone = tone_class(action.tone);
    let body = format!(
        "{head}{ranked}<form class=\"act-form card\" data-action=\"{}\" data-case=\"{}\" data-version=\"{}\" data-tone=\"{tone}\" data-label=\"{}\" data-opinion=\"{}\" novalidate>
<div class=\"card-body\"><div class=\"form-alert\" role=\"alert\" hidden></div>{form_html}{opinion}{seal_note}
<div class=\"submit-bar\"><button type=\"submit\" class=\"btn {tone}\">{}</button><a class=\"btn normal\" href=\"{}\">返回</a></div></div></form>",
        esc(action.action.code()),
        esc(case_id.unwrap_or_default()),
        version.map(|v| v.to_string()).unwrap_or_default(),
        esc(&action.label),
        opinion_code(action.opinion),
        esc(&action.label),
        esc(&back),
    );
    Ok(Resp::html(layout::page(ctx, &action.label, "", &body)))
}
