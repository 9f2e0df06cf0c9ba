//! What each actor may see of a case: enterprises their own applications, district
//! offices their district's submitted ones, experts only their assignments (and never
//! another expert's scores), the city everything submitted, the public only what is
//! published (公开透明 without exposing what is not yet public).

use crate::authz::is_city;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    CaseView, ViewItem, ViewSection,
};
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::FieldDef;
use crate::bindings::zhengzhou::quality_benchmark::types::{
    Actor, Field, FieldValue, Role, Scalar,
};
use crate::case::{Application, Batch, Source};
use crate::district;
use crate::forms::{self, SCORE_ITEMS, values};
use crate::refusal::{Decision, refuse};
use crate::stage::AppStage;
use crate::workflow::Case;

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

fn may_see(actor: &Actor, app: &Application) -> bool {
    match actor.role {
        Role::Enterprise => actor.org_unit == app.credit_code,
        Role::DistrictOffice => {
            app.district.as_deref() == Some(actor.org_unit.as_str()) && app.submissions > 0
        }
        Role::CityOfficer | Role::CityLeader => app.stage != AppStage::Draft,
        // Assigned and not recused: a recused expert loses access with the task.
        Role::Expert => app.panel.contains(&actor.user_id),
        Role::Public => published(app.stage),
        Role::Administrator => false,
    }
}

/// Refuse actors who may not see this case.
pub fn require_visible(actor: &Actor, case: &Case) -> Decision<()> {
    let visible = match case {
        // 年度申报通知 is public.
        Case::Batch(_) => true,
        Case::Application(a) => may_see(actor, &a.state),
    };
    if visible {
        Ok(())
    } else {
        Err(refuse("not-visible", "无权查看该案件"))
    }
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
        FieldValue::Text(t) | FieldValue::Date(t) => t.clone(),
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
        FieldValue::Seal(s) => format!("已签章（{}，{}）", s.holder, s.signed_at),
    }
}

/// A form's values as a view section, labelled from the form definition.
fn form_section(title: &str, form_id: &str, fields: &[Field]) -> ViewSection {
    let def = forms::definition(form_id);
    let field_def = |id: &str| {
        def.as_ref().and_then(|d| {
            d.sections
                .iter()
                .flat_map(|s| s.fields.iter())
                .find(|f| f.id == id)
        })
    };
    section(
        title,
        fields
            .iter()
            .map(|f| {
                let d = field_def(&f.id);
                item(
                    d.map_or(f.id.as_str(), |d| d.label.as_str()),
                    display(&f.value, d),
                )
            })
            .collect(),
    )
}

fn batch_view(b: &Batch) -> Vec<ViewSection> {
    let c = &b.config;
    let mut items = vec![
        item("年度", b.year.to_string()),
        item("阶段", b.stage.label()),
        item("申报截止", c.application_deadline.clone()),
        item("区县推荐截止", c.district_deadline.clone()),
        item("评审专家人数", c.panel_size.to_string()),
        item("公示期（工作日）", c.publicity_days.to_string()),
        item(
            "区县推荐名额",
            c.district_quota.map_or("不限".into(), |q| q.to_string()),
        ),
    ];
    if let Some(p) = &b.publicity {
        items.push(item("公示期", format!("{}至{}", p.start, p.end)));
    }
    if let Some(p) = &b.publication {
        items.push(item("公布文号", p.document_number.clone()));
    }
    let mut sections = vec![
        section("年度批次", items),
        form_section("年度申报通知", forms::ids::BATCH_CONFIG, &b.config_fields),
    ];
    if let Some(d) = &b.draw {
        sections.push(section(
            "专家抽取记录",
            vec![
                item("随机种子", d.seed.to_string()),
                item("专家库", d.pool.join("、")),
                item("抽取顺序", d.order.join("、")),
                item("评审组人数", d.panel_size.to_string()),
                item("抽取时间", d.at.clone()),
            ],
        ));
    }
    sections
}

fn review_sections(actor: &Actor, app: &Application) -> Vec<ViewSection> {
    let mut out = Vec::new();
    let city = is_city(actor);
    if city && !app.panel.is_empty() {
        let mut items = vec![item("评审组", app.panel.join("、"))];
        for r in &app.recusals {
            items.push(item(
                "回避",
                format!(
                    "{}（{}），递补：{}",
                    r.expert,
                    r.reason,
                    r.replacement.as_deref().unwrap_or("无")
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
    let sheets: Vec<_> = app
        .scores
        .iter()
        .filter(|s| {
            (actor.role == Role::Expert && s.expert == actor.user_id)
                || (city && app.aggregate.is_some())
        })
        .collect();
    for s in sheets {
        let items = SCORE_ITEMS
            .iter()
            .zip(&s.items)
            .map(|(id, v)| item(id, format!("{v}")))
            .chain([
                item("合计", format!("{}", s.total)),
                item("评审意见", s.comments.clone()),
            ])
            .collect();
        out.push(section(&format!("评分表（{}）", s.expert), items));
    }
    if let Some(g) = &app.aggregate
        && actor.role != Role::Expert
    {
        out.push(section(
            "综合得分",
            vec![
                item("综合得分", format!("{}", g.score)),
                item("评分表份数", g.sheets.to_string()),
                item("去掉最高最低分", if g.trimmed { "是" } else { "否" }),
            ],
        ));
    }
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
                item("录入时间", i.at.clone()),
            ],
        ));
    }
    if city {
        for o in &app.objections {
            let who = values::text(&o.fields, "name").unwrap_or_default();
            let facts = values::text(&o.fields, "facts").unwrap_or_default();
            out.push(section(
                &format!("第{}号异议", o.number),
                vec![
                    item("异议人", who),
                    item("异议事实", facts),
                    item("提出时间", o.filed_at.clone()),
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

fn application_view(actor: &Actor, app: &Application) -> Vec<ViewSection> {
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
    if actor.role == Role::Public {
        // The public sees what 公示 and publication say, not the whole file.
        let summary = values::text(&app.materials, "summary").unwrap_or_default();
        return vec![
            section("公示信息", items),
            section(
                "典型经验",
                vec![item("质量标杆名称", app.title()), item("摘要", summary)],
            ),
        ];
    }
    items.insert(1, item("统一社会信用代码", app.credit_code.clone()));
    items.push(item("提交次数", app.submissions.to_string()));
    let mut sections = vec![section("申报概况", items)];
    sections.push(form_section(
        "申报表（附件1）",
        forms::ids::APPLICATION_FORM,
        &app.form,
    ));
    sections.push(form_section(
        "申报材料（附件2）",
        forms::ids::APPLICATION_MATERIALS,
        &app.materials,
    ));
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
                item(
                    "推荐单位联系人",
                    values::text(&r.fields, "recommender-contact").unwrap_or_default(),
                ),
                item("推荐时间", r.at.clone()),
                item("推荐单位公章", format!("已盖章（{}）", r.seal.holder)),
            ],
        ));
    }
    sections.extend(review_sections(actor, app));
    if let Some(r) = &app.revocation {
        sections.push(form_section("撤销称号", forms::ids::REVOCATION, &r.fields));
    }
    sections
}

pub fn view(actor: &Actor, case: &Case) -> Decision<CaseView> {
    require_visible(actor, case)?;
    Ok(match case {
        Case::Batch(b) => CaseView {
            summary: b.state.summary(),
            version: b.version,
            sections: batch_view(&b.state),
        },
        Case::Application(a) => {
            let mut summary = a.state.summary();
            // The aggregate is not public before publication, and experts never see it.
            if actor.role == Role::Expert
                || (actor.role == Role::Public && a.state.stage == AppStage::Proposed)
            {
                summary.score = None;
            }
            CaseView {
                summary,
                version: a.version,
                sections: application_view(actor, &a.state),
            }
        }
    })
}
