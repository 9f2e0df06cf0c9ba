//! What each actor may see of a case: enterprises their own applications, district
//! offices their district's submitted ones, the city everything, the public only
//! what is published (公开透明 without exposing what is not yet public).

use crate::authz::is_city;
use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    CaseView, ViewItem, ViewSection,
};
use crate::bindings::zhengzhou::quality_benchmark::types::{Actor, Field, FieldValue, Role};
use crate::district;
use crate::forms;
use crate::refusal::{Decision, refuse};
use crate::stage::AppStage;
use crate::workflow::Case;

/// Refuse actors who may not see this case.
pub fn require_visible(actor: &Actor, case: &Case) -> Decision<()> {
    let visible = match case {
        // 年度申报通知 is public.
        Case::Batch(_) => true,
        Case::Application(a) => {
            let app = &a.state;
            match actor.role {
                Role::Enterprise => actor.org_unit == app.credit_code,
                Role::DistrictOffice => {
                    app.district.as_deref() == Some(actor.org_unit.as_str())
                        && app.stage != AppStage::Draft
                }
                Role::CityOfficer | Role::CityLeader => {
                    app.stage != AppStage::Draft && app.submissions > 0
                }
                Role::Public => matches!(app.stage, AppStage::Recognized | AppStage::Revoked),
                Role::Expert | Role::Administrator => false,
            }
        }
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

/// A field value as display text.
pub fn display(value: &FieldValue) -> String {
    match value {
        FieldValue::Text(t) | FieldValue::Date(t) | FieldValue::Choice(t) => t.clone(),
        FieldValue::Number(n) => format!("{n}"),
        FieldValue::Choices(c) => c.join("、"),
        FieldValue::Flag(b) => (if *b { "是" } else { "否" }).to_string(),
        FieldValue::Table(rows) => rows
            .iter()
            .map(|r| {
                let cells: Vec<_> = r
                    .cells
                    .iter()
                    .map(|(c, v)| match v {
                        crate::bindings::zhengzhou::quality_benchmark::types::Scalar::Text(t) => {
                            format!("{c}={t}")
                        }
                        crate::bindings::zhengzhou::quality_benchmark::types::Scalar::Number(n) => {
                            format!("{c}={n}")
                        }
                    })
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
    let label_of = |id: &str| {
        def.as_ref()
            .and_then(|d| {
                d.sections
                    .iter()
                    .flat_map(|s| s.fields.iter())
                    .find(|f| f.id == id)
            })
            .map_or(id.to_string(), |f| f.label.clone())
    };
    ViewSection {
        title: title.to_string(),
        items: fields
            .iter()
            .map(|f| item(&label_of(&f.id), display(&f.value)))
            .collect(),
    }
}

pub fn view(actor: &Actor, case: &Case) -> Decision<CaseView> {
    require_visible(actor, case)?;
    Ok(match case {
        Case::Batch(b) => CaseView {
            summary: b.state.summary(),
            version: b.version,
            sections: vec![
                ViewSection {
                    title: "年度批次".into(),
                    items: vec![
                        item("年度", b.state.year.to_string()),
                        item("阶段", b.state.stage.label()),
                        item("申报截止", b.state.config.application_deadline.clone()),
                        item("区县推荐截止", b.state.config.district_deadline.clone()),
                        item("专家组人数", b.state.config.panel_size.to_string()),
                        item(
                            "公示期（工作日）",
                            b.state.config.publicity_days.to_string(),
                        ),
                    ],
                },
                form_section(
                    "年度申报通知",
                    forms::ids::BATCH_CONFIG,
                    &b.state.config_fields,
                ),
            ],
        },
        Case::Application(a) => {
            let app = &a.state;
            let mut sections = vec![ViewSection {
                title: "申报概况".into(),
                items: vec![
                    item("申报企业", app.enterprise_name.clone()),
                    item("统一社会信用代码", app.credit_code.clone()),
                    item(
                        "所在地区",
                        app.district
                            .as_deref()
                            .map(district::name_of)
                            .unwrap_or("未提交"),
                    ),
                    item("当前阶段", app.stage.label()),
                    item("提交次数", app.submissions.to_string()),
                ],
            }];
            let full = actor.role != Role::Public;
            if full {
                sections.push(form_section(
                    "申报表（附件1）",
                    forms::ids::APPLICATION_FORM,
                    &app.form,
                ));
            }
            sections.push(form_section(
                "申报材料（附件2）",
                forms::ids::APPLICATION_MATERIALS,
                &app.materials,
            ));
            if let Some(r) = &app.recommendation
                && (full || is_city(actor))
            {
                sections.push(ViewSection {
                    title: "推荐单位意见".into(),
                    items: vec![
                        item("推荐意见", r.opinion.clone()),
                        item("推荐时间", r.at.clone()),
                        item("推荐单位公章", format!("已盖章（{}）", r.seal.holder)),
                    ],
                });
            }
            CaseView {
                summary: app.summary(),
                version: a.version,
                sections,
            }
        }
    })
}
