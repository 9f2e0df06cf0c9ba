//! What each person may see of a case — everything, since the host shows nothing else
//! (contract obligation H4): the sections, the forms on file with the values the person
//! may read, the files they may download, the 流转记录 lines and the open steps.
//!
//! Enterprises see their own application, district offices their district's submitted
//! ones, experts only their assignments (never another expert's sheet, never the
//! aggregate), the city everything submitted, the public only what is published — and
//! during 公示 not even the figures, contacts, opinions, scores or experts (第三条
//! 公开透明 without exposing what is not public). Nobody but the city learns who the
//! experts are or who objected.

use std::collections::BTreeMap;

use crate::authz::is_city;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    CaseView, HistoryLine, TaskLine, ViewItem, ViewSection,
};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::{FieldDef, FilledForm};
use crate::bindings::zhengzhou::quality_benchmark::case_store::RecordedEntry;
use crate::case::{Application, Batch, Source};
use crate::contract::{
    Actor, AttachmentRef, Field, FieldValue, Recipient, RecordedBy, Role, Scalar, SealCapacity,
};
use crate::decide::display_date;
use crate::district;
use crate::forms::{self, SCORE_ITEMS, ids, values};
use crate::host::Host;
use crate::refusal::{Decision, refuse};
use crate::rules::{Shown, rule};
use crate::stage::{AppStage, BatchStage, StageInfo};
use crate::workflow::Case;

/// How a person stands to a case; what they may see follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// 市工信局: everything submitted.
    City,
    /// The applicant enterprise.
    Owner,
    /// The district office of a submitted application.
    District,
    /// An expert on the application's panel.
    Expert,
    /// Anyone else who may see it: the public, and everyone for the year's batch.
    Public,
}

/// Stages in which an application is public: on the 公示 list, decided, or published.
fn published(stage: AppStage) -> bool {
    matches!(
        stage,
        AppStage::Proposed
            | AppStage::Removed
            | AppStage::Recognized
            | AppStage::RevocationPending
            | AppStage::Revoked
    )
}

/// The person's standing, or none when they may not see the case at all.
pub fn viewer(actor: &Actor, case: &Case) -> Option<Viewer> {
    let app = match case {
        Case::Batch(_) if is_city(actor) => return Some(Viewer::City),
        // 年度申报通知 is public.
        Case::Batch(_) => return Some(Viewer::Public),
        Case::Application(a) => &a.state,
    };
    match actor.role {
        Role::Enterprise if actor.org_unit == app.credit_code => Some(Viewer::Owner),
        Role::DistrictOffice
            if app.district.as_deref() == Some(actor.org_unit.as_str()) && app.submissions > 0 =>
        {
            Some(Viewer::District)
        }
        Role::CityOfficer | Role::CityLeader if app.stage != AppStage::Draft => Some(Viewer::City),
        // Assigned and not recused: a recused expert loses access with the task.
        Role::Expert if app.panel.contains(&actor.user_id) => Some(Viewer::Expert),
        Role::Public if published(app.stage) => Some(Viewer::Public),
        _ => None,
    }
}

/// Refuse actors who may not see this case.
pub fn require_visible(actor: &Actor, case: &Case) -> Decision<Viewer> {
    viewer(actor, case).ok_or_else(|| refuse("not-visible", "无权查看该事项"))
}

fn item(label: &str, value: impl Into<String>) -> ViewItem {
    ViewItem {
        label: label.to_string(),
        value: value.into(),
    }
}

fn section(title: &str, items: Vec<ViewItem>) -> ViewSection {
    ViewSection {
        title: title.to_string(),
        items,
    }
}

/// A field value as display text, with option values and table columns shown by their
/// labels when the field's definition is known.
pub fn display(value: &FieldValue, def: Option<&FieldDef>) -> String {
    let option = |v: &str| {
        def.and_then(|d| d.options.iter().find(|o| o.value == v))
            .map_or(v.to_string(), |o| o.label.clone())
    };
    let column = |c: &str| {
        def.and_then(|d| d.columns.iter().find(|col| col.id == c))
            .map_or(c.to_string(), |col| match &col.unit {
                Some(unit) => format!("{}（{unit}）", col.label),
                None => col.label.clone(),
            })
    };
    let scalar = |v: &Scalar| match v {
        Scalar::Text(t) => t.clone(),
        Scalar::Number(n) => format!("{n}"),
    };
    match value {
        FieldValue::Text(t) => t.clone(),
        FieldValue::Date(t) => display_date(t),
        FieldValue::Choice(c) => option(c),
        FieldValue::Number(n) => match def.and_then(|d| d.unit.as_deref()) {
            Some(unit) => format!("{n} {unit}"),
            None => format!("{n}"),
        },
        FieldValue::Choices(c) => c.iter().map(|v| option(v)).collect::<Vec<_>>().join("、"),
        FieldValue::Flag(b) => (if *b { "是" } else { "否" }).to_string(),
        FieldValue::Table(rows) => rows
            .iter()
            .map(|r| {
                let cells: Vec<_> = r
                    .cells
                    .iter()
                    .map(|(c, v)| format!("{} {}", column(c), scalar(v)))
                    .collect();
                format!("{}：{}", r.key, cells.join("，"))
            })
            .collect::<Vec<_>>()
            .join("；"),
        FieldValue::Attachments(a) => a
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
            .join("、"),
        FieldValue::Seal(s) => {
            let done = match s.capacity {
                SealCapacity::OrgSeal => "已加盖单位公章",
                SealCapacity::LegalRepresentative => "法定代表人已签字",
                SealCapacity::Personal => "本人已签字",
            };
            format!("{done}（{}）", display_date(&s.signed_at))
        }
    }
}

/// The values on file of form `form_id` that this person may read, if any.
pub fn form_values(actor: &Actor, case: &Case, form_id: &str) -> Option<Vec<Field>> {
    let who = viewer(actor, case)?;
    let reviewer = matches!(
        who,
        Viewer::City | Viewer::Owner | Viewer::District | Viewer::Expert
    );
    let values = match case {
        Case::Batch(b) => match form_id {
            ids::BATCH_CONFIG => b.state.config_fields.clone(),
            _ => return None,
        },
        Case::Application(a) => {
            let app = &a.state;
            match form_id {
                ids::APPLICATION_FORM if reviewer => app.form.to_vec(),
                ids::APPLICATION_MATERIALS if reviewer => app.materials.to_vec(),
                ids::DISTRICT_OPINION if reviewer => app.recommendation.as_ref()?.fields.clone(),
                ids::INSPECTION_NOTICE if reviewer && who != Viewer::Expert => {
                    app.inspection_notice.clone()
                }
                ids::REVOCATION if who == Viewer::City => app.revocation.as_ref()?.fields.clone(),
                _ => return None,
            }
        }
    };
    Some(values)
}

/// The forms on file a case can have, in the order a reader expects them.
const CASE_FORMS: [&str; 6] = [
    ids::BATCH_CONFIG,
    ids::APPLICATION_FORM,
    ids::APPLICATION_MATERIALS,
    ids::DISTRICT_OPINION,
    ids::INSPECTION_NOTICE,
    ids::REVOCATION,
];

fn forms_on_file(actor: &Actor, case: &Case) -> Vec<FilledForm> {
    CASE_FORMS
        .iter()
        .filter_map(|id| {
            let values = form_values(actor, case, id).filter(|v| !v.is_empty())?;
            let definition = forms::definition_for_year(id, case.year())?;
            Some(FilledForm { definition, values })
        })
        .collect()
}

/// Files referenced by some values.
fn files_in(values: &[Field], out: &mut Vec<AttachmentRef>) {
    for f in values {
        if let FieldValue::Attachments(list) = &f.value {
            out.extend(list.iter().cloned());
        }
    }
}

/// The files this person may download: those in the forms they may read, and for the
/// city the records of inspections, objections and revocation.
fn downloadable(who: Viewer, case: &Case, forms: &[FilledForm]) -> Vec<AttachmentRef> {
    let mut out = Vec::new();
    for f in forms {
        files_in(&f.values, &mut out);
    }
    if let (Viewer::City, Case::Application(a)) = (who, case) {
        for i in &a.state.inspections {
            files_in(&i.fields, &mut out);
        }
        for o in &a.state.objections {
            files_in(&o.fields, &mut out);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

/// A recorded person as a line may name them.
fn person(e: &RecordedEntry) -> String {
    if e.entry.by == RecordedBy::System || e.actor.user_id == "system" {
        return "系统".into();
    }
    if e.actor.org_name.is_empty() {
        e.actor.name.clone()
    } else {
        format!("{}（{}）", e.actor.name, e.actor.org_name)
    }
}

/// The 流转记录 lines this person may read.
fn history(host: &dyn Host, actor: &Actor, who: Viewer, case: &Case) -> Vec<HistoryLine> {
    host.history(case.id())
        .iter()
        .filter_map(|e| {
            let own = e.actor.user_id == actor.user_id && e.entry.by == RecordedBy::Caller;
            let shown = rule(e.entry.action).shown;
            let full = || HistoryLine {
                at: e.at.clone(),
                who: person(e),
                label: e.entry.label.clone(),
                opinion: e.entry.opinion.clone(),
                detail: e.entry.detail.clone(),
            };
            match who {
                Viewer::City => Some(full()),
                _ if own => Some(full()),
                Viewer::Expert => None,
                Viewer::Owner | Viewer::District => match shown {
                    Shown::All | Shown::Public => Some(full()),
                    Shown::Anonymous(role) => Some(HistoryLine {
                        who: role.to_string(),
                        detail: None,
                        opinion: None,
                        ..full()
                    }),
                    Shown::City => None,
                },
                Viewer::Public => (shown == Shown::Public).then(|| HistoryLine {
                    at: e.at.clone(),
                    who: if e.entry.by == RecordedBy::System {
                        "系统".into()
                    } else {
                        e.actor.org_name.clone()
                    },
                    label: e.entry.label.clone(),
                    opinion: None,
                    detail: None,
                }),
            }
        })
        .collect()
}

/// Task keys whose holder is an expert (`score:<user>`), and the revocation decision,
/// which only the city knows of.
fn task_lines(host: &dyn Host, actor: &Actor, who: Viewer, case: &Case) -> Vec<TaskLine> {
    host.open_tasks(case.id())
        .into_iter()
        .filter_map(|t| {
            let mine = matches!(&t.task.assignee, Recipient::User(u) if *u == actor.user_id);
            let expert_task = t.task.key.starts_with("score:");
            let line = |who: String| TaskLine {
                title: t.task.title.clone(),
                who,
                due: t.task.due.clone(),
            };
            match who {
                Viewer::City => Some(line(t.assignee_name.clone())),
                _ if mine => Some(line(t.assignee_name.clone())),
                Viewer::Owner | Viewer::District if t.task.key == "revocation" => None,
                Viewer::Owner | Viewer::District if expert_task => Some(line("评审专家".into())),
                Viewer::Owner | Viewer::District => Some(line(t.assignee_name.clone())),
                Viewer::Expert | Viewer::Public => None,
            }
        })
        .collect()
}

/// Names of the experts, from the directory (one lookup per view that needs them).
pub fn expert_names(host: &dyn Host) -> BTreeMap<String, String> {
    people_names(host.members(Role::Expert, None))
}

/// People by user id, as a person reads them: the name, and where two share a name,
/// the name with the org unit (刘伟（郑州大学）) — never the user id.
pub fn people_names(
    people: Vec<crate::bindings::zhengzhou::quality_benchmark::directory::Person>,
) -> BTreeMap<String, String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for p in &people {
        *seen.entry(p.name.clone()).or_default() += 1;
    }
    people
        .into_iter()
        .map(|p| {
            let shown = if seen.get(&p.name).copied().unwrap_or(0) > 1 {
                format!("{}（{}）", p.name, p.org_name)
            } else {
                p.name
            };
            (p.user_id, shown)
        })
        .collect()
}

pub fn named(names: &BTreeMap<String, String>, ids: &[String]) -> String {
    ids.iter()
        .map(|id| {
            names
                .get(id)
                .cloned()
                .unwrap_or_else(|| "（已不在专家库）".into())
        })
        .collect::<Vec<_>>()
        .join("、")
}

fn batch_view(host: &dyn Host, who: Viewer, b: &Batch) -> Vec<ViewSection> {
    let c = &b.config;
    let mut items = vec![
        item("年度", b.year.to_string()),
        item("阶段", b.stage.label()),
        item("申报截止", display_date(&c.application_deadline)),
        item("区县推荐截止", display_date(&c.district_deadline)),
        item("评审专家人数", c.panel_size.to_string()),
        item("公示期（工作日）", c.publicity_days.to_string()),
        item(
            "区县推荐名额",
            c.district_quota.map_or("不限".into(), |q| q.to_string()),
        ),
    ];
    if let Some(p) = &b.publicity {
        items.push(item(
            "公示期",
            format!("{}至{}", display_date(&p.start), display_date(&p.end)),
        ));
    }
    if let Some(p) = &b.publication {
        items.push(item("公布文号", p.document_number.clone()));
    }
    let mut sections = vec![section("年度批次", items)];
    // 拟认定名单 awaiting the leader (第十条): what is approved, by name, in rank order —
    // the city's record until the leader approves it for 公示.
    if let (Viewer::City, BatchStage::Proposed, Some(p)) = (who, b.stage, &b.proposal) {
        let rows: Vec<ViewItem> = p
            .cases
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let app = crate::case::load_application(&host.get_case(id)?)
                    .ok()?
                    .state;
                Some(item(&format!("第{}名", i + 1), proposed_line(&app)))
            })
            .collect();
        sections.push(section(
            &format!("拟认定名单（待审批，共{}家）", rows.len()),
            rows,
        ));
    }
    // The draw names the experts: the city's record, not the applicants'.
    if let (Viewer::City, Some(d)) = (who, &b.draw) {
        let names = expert_names(host);
        sections.push(section(
            "专家抽取记录",
            vec![
                item("随机种子", d.seed.to_string()),
                item("专家库人数", d.pool.len().to_string()),
                item("抽取顺序", named(&names, &d.order)),
                item("评审组人数", d.panel_size.to_string()),
                item("抽取时间", display_date(&d.at)),
            ],
        ));
    }
    sections
}

/// One proposed application: enterprise, district, direction and score.
fn proposed_line(app: &Application) -> String {
    let direction = values::choice(&app.form, "direction").and_then(|code| {
        forms::with_definition(ids::APPLICATION_FORM, app.year, |def| {
            def.sections
                .iter()
                .flat_map(|s| &s.fields)
                .find(|f| f.id == "direction")
                .and_then(|f| f.options.iter().find(|o| o.value == code))
                .map(|o| o.label.clone())
        })
        .flatten()
    });
    format!(
        "{}　{}　{}　综合得分 {}",
        app.enterprise_name,
        app.district.as_deref().map_or("—", district::name_of),
        direction.as_deref().unwrap_or("—"),
        app.aggregate
            .as_ref()
            .map_or("—".into(), |a| format!("{:.2}", a.score)),
    )
}

fn score_labels() -> Vec<String> {
    SCORE_ITEMS
        .iter()
        .map(|id| {
            forms::with_definition(ids::SCORE_SHEET, forms::limits::DEFAULT_YEAR, |d| {
                d.sections
                    .iter()
                    .flat_map(|s| &s.fields)
                    .find(|f| f.id == *id)
                    .map(|f| f.label.clone())
            })
            .flatten()
            .unwrap_or_else(|| (*id).to_string())
        })
        .collect()
}

fn review_sections(
    host: &dyn Host,
    actor: &Actor,
    who: Viewer,
    app: &Application,
) -> Vec<ViewSection> {
    let mut out = Vec::new();
    let city = who == Viewer::City;
    let names = if city || who == Viewer::Expert {
        expert_names(host)
    } else {
        BTreeMap::new()
    };
    if city && !app.panel.is_empty() {
        let mut items = vec![item("评审组", named(&names, &app.panel))];
        for r in &app.recusals {
            items.push(item(
                "回避",
                format!(
                    "{}（{}），递补：{}",
                    named(&names, std::slice::from_ref(&r.expert)),
                    r.reason,
                    r.replacement
                        .as_ref()
                        .map_or("无".into(), |x| named(&names, std::slice::from_ref(x)))
                ),
            ));
        }
        items.push(item(
            "已评分",
            format!(
                "{}/{}",
                app.scores
                    .iter()
                    .filter(|s| app.panel.contains(&s.expert))
                    .count(),
                app.panel.len()
            ),
        ));
        out.push(section("专家评审", items));
    }
    // Individual sheets: an expert sees only their own; the city only after aggregation.
    let labels = score_labels();
    for s in app.scores.iter().filter(|s| {
        (who == Viewer::Expert && s.expert == actor.user_id) || (city && app.aggregate.is_some())
    }) {
        let items = labels
            .iter()
            .zip(&s.items)
            .map(|(label, v)| item(label, format!("{v}")))
            .chain([
                item("合计", format!("{}", s.total)),
                item("评审意见", s.comments.clone()),
            ])
            .collect();
        let whose = names
            .get(&s.expert)
            .cloned()
            .unwrap_or_else(|| "评审专家".into());
        out.push(section(&format!("评分表（{whose}）"), items));
    }
    if let (true, Some(g)) = (city, &app.aggregate) {
        out.push(section(
            "综合得分",
            vec![
                item("综合得分", format!("{}", g.score)),
                item("评分表份数", g.sheets.to_string()),
                item("去掉最高最低分", if g.trimmed { "是" } else { "否" }),
            ],
        ));
    }
    if matches!(who, Viewer::City | Viewer::Owner | Viewer::District) {
        for i in &app.inspections {
            let name = if i.kind == "site-visit" {
                "实地考察"
            } else {
                "答辩"
            };
            out.push(section(
                &format!("{name}记录"),
                vec![
                    item("结论", if i.passed { "通过" } else { "未通过" }),
                    item("录入时间", display_date(&i.at)),
                ],
            ));
        }
    }
    if city {
        for o in &app.objections {
            let name = values::text(&o.fields, "name").unwrap_or_default();
            let facts = values::text(&o.fields, "facts").unwrap_or_default();
            out.push(section(
                &format!("第{}号异议", o.number),
                vec![
                    item("异议人", name),
                    item("异议事实", facts),
                    item("提出时间", display_date(&o.filed_at)),
                    item(
                        "处理结论",
                        o.decision.as_deref().map_or("待处理", |d| {
                            if d == "upheld" {
                                "异议成立"
                            } else {
                                "异议不成立"
                            }
                        }),
                    ),
                ],
            ));
        }
    }
    out
}

fn application_view(
    host: &dyn Host,
    actor: &Actor,
    who: Viewer,
    app: &Application,
) -> Vec<ViewSection> {
    let mut items = vec![
        item("申报企业", app.enterprise_name.clone()),
        item(
            "所在地区",
            app.district
                .as_deref()
                .map(district::name_of)
                .unwrap_or("未提交"),
        ),
        item("当前阶段", app.stage.label()),
    ];
    if let Source::Provincial { reference } = &app.source {
        items.push(item(
            "申报来源",
            format!("省级申报视同市级申报（{reference}）"),
        ));
    }
    if let Some(p) = &app.plaque {
        items.push(item("牌匾编号", p.clone()));
    }
    if app.provincial_recommended {
        items.push(item("省级推荐", "已推荐申报河南省质量标杆"));
    }
    if who == Viewer::Public {
        // The public reads what 公示 and publication say, not the file: the typical
        // experience's summary joins the catalogue once recognised (第十二条).
        let mut experience = vec![item("质量标杆名称", app.title())];
        if app.stage == AppStage::Recognized {
            experience.push(item(
                "摘要",
                values::text(&app.materials, "summary").unwrap_or_default(),
            ));
        }
        return vec![section("公示信息", items), section("典型经验", experience)];
    }
    items.insert(1, item("统一社会信用代码", app.credit_code.clone()));
    items.push(item("提交次数", app.submissions.to_string()));
    if let Some(at) = &app.submitted_at {
        items.push(item("提交时间", display_date(at)));
    }
    let mut sections = vec![section("申报概况", items)];
    if let Some(r) = &app.recommendation {
        sections.push(section(
            "推荐单位意见",
            vec![
                item("推荐意见", r.opinion.clone()),
                // 择优推荐: the district's own ranking among its recommendations.
                item(
                    "区县推荐排序",
                    values::number(&r.fields, "rank")
                        .map_or("未排序".into(), |n| format!("第{n}位")),
                ),
                item("推荐时间", display_date(&r.at)),
                item(
                    "推荐单位公章",
                    display(&FieldValue::Seal(r.seal.clone()), None),
                ),
            ],
        ));
    }
    sections.extend(review_sections(host, actor, who, app));
    sections
}

/// Everything `actor` may see of `case`.
pub fn view(host: &dyn Host, actor: &Actor, case: &Case) -> Decision<CaseView> {
    let who = require_visible(actor, case)?;
    let (mut summary, sections) = match case {
        Case::Batch(b) => (b.state.summary(), batch_view(host, who, &b.state)),
        Case::Application(a) => (
            a.state.summary(),
            application_view(host, actor, who, &a.state),
        ),
    };
    // The aggregate is the city's until publication; the public reads the list.
    if who != Viewer::City {
        summary.score = None;
    }
    let forms = forms_on_file(actor, case);
    let attachments = downloadable(who, case, &forms);
    Ok(CaseView {
        summary,
        version: case.version(),
        sections,
        forms,
        attachments,
        history: history(host, actor, who, case),
        tasks: task_lines(host, actor, who, case),
    })
}
