//! The documents filled from a real case: what the plugin shows the city bureau
//! (`Sim::view` of the case, the forms on file in it with their definitions) and the
//! batch's publication, turned into the plain structs of this module — choices by their
//! labels, dates as people read them (2026年3月16日), people and units by name.

use anyhow::{Context, Result};

use super::{
    ApplicationFormDoc, ExpertRanking, FigureRow, ListEntry, PublicityNotice, RankingRow,
    RecognitionList, RecommenderPart, SummaryMaterials,
};
use crate::Sim;
use crate::contract::{Field, FieldValue, Scalar, SealCapacity, SealRef};
use crate::contract_approval::CaseView;
use crate::contract_forms::FilledForm;

/// 2026-03-16 or 2026-03-16T10:00:00+08:00 as 2026年3月16日.
pub fn chinese_date(s: &str) -> String {
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{y}年{m}月{d}日"),
        _ => s.to_string(),
    }
}

/// An amount in 万元 as on paper: thousands separated, two decimals.
fn amount(x: f64) -> String {
    let s = format!("{:.2}", x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((s.as_str(), "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    format!("{sign}{grouped}.{frac}")
}

/// A form on file in a view, read by field id with its definition's labels.
struct OnFile<'v>(Option<&'v FilledForm>);

impl<'v> OnFile<'v> {
    fn of(view: &'v CaseView, id: &str) -> Self {
        OnFile(view.forms.iter().find(|f| f.definition.id == id))
    }

    fn value(&self, id: &str) -> Option<&'v FieldValue> {
        self.0?.values.iter().find(|f| f.id == id).map(|f| &f.value)
    }

    /// Text as written; a choice by its option's label.
    fn text(&self, id: &str) -> String {
        match self.value(id) {
            Some(FieldValue::Text(s) | FieldValue::Date(s)) => s.clone(),
            Some(FieldValue::Choice(c)) => self
                .0
                .and_then(|f| {
                    f.definition
                        .sections
                        .iter()
                        .flat_map(|s| &s.fields)
                        .find(|d| d.id == id)
                })
                .and_then(|d| d.options.iter().find(|o| o.value == *c))
                .map_or_else(|| c.clone(), |o| o.label.clone()),
            _ => String::new(),
        }
    }

    fn seal(&self, id: &str) -> Option<&'v SealRef> {
        match self.value(id)? {
            FieldValue::Seal(s) => Some(s),
            _ => None,
        }
    }

    fn figures(&self) -> Vec<FigureRow> {
        let Some(FieldValue::Table(rows)) = self.value("basic-figures") else {
            return Vec::new();
        };
        rows.iter()
            .map(|r| {
                let cell = |col: &str, whole: bool| {
                    r.cells
                        .iter()
                        .find(|(c, _)| c == col)
                        .map_or(String::new(), |(_, v)| match v {
                            Scalar::Number(n) if whole => format!("{n:.0}"),
                            Scalar::Number(n) => amount(*n),
                            Scalar::Text(t) => t.clone(),
                        })
                };
                FigureRow {
                    year: format!("{}年", r.key),
                    assets: cell("assets", false),
                    sales: cell("sales", false),
                    profit: cell("profit", false),
                    employees: cell("employees", true),
                }
            })
            .collect()
    }
}

/// The sentence printed in a seal's box: who sealed or signed, and when.
fn seal_line(sim: &Sim, seal: Option<&SealRef>) -> (String, String) {
    let Some(s) = seal else {
        return (String::new(), String::new());
    };
    let person = sim.actor(&s.signer).ok();
    let day = chinese_date(&s.signed_at);
    let line = match (s.capacity, person) {
        (SealCapacity::OrgSeal, Some(p)) => format!("已加盖电子印章（{}，{day}）", p.org_name),
        (SealCapacity::OrgSeal, None) => format!("已加盖电子印章（{day}）"),
        (_, Some(p)) => format!("已电子签名（{}，{day}）", p.name),
        (_, None) => format!("已电子签名（{day}）"),
    };
    (line, day)
}

/// 附件1 申报表 and 附件2 总结材料 of an application, as `user` (the city bureau) sees it.
pub fn application_documents(
    sim: &mut Sim,
    user: &str,
    case: &str,
) -> Result<(ApplicationFormDoc, SummaryMaterials)> {
    let view = sim.view(user, case)?;
    let form = OnFile::of(&view, "application-form");
    form.0
        .with_context(|| format!("{case} 没有可查看的申报表"))?;
    let (enterprise_seal, signed_on) = seal_line(sim, form.seal("enterprise-seal"));
    let (legal_rep_signature, _) = seal_line(sim, form.seal("legal-rep-signature"));
    let opinion = OnFile::of(&view, "district-opinion");
    let district_seal = opinion.seal("district-seal");
    let (seal, seal_day) = seal_line(sim, district_seal);
    let unit = district_seal
        .and_then(|s| sim.actor(&s.signer).ok())
        .map_or(String::new(), |p| p.org_name);
    let doc = ApplicationFormDoc {
        year: view.summary.year.to_string(),
        enterprise_name: form.text("enterprise-name"),
        credit_code: form.text("credit-code"),
        industry: form.text("industry"),
        district: form.text("district"),
        direction: form.text("direction"),
        benchmark_name: form.text("benchmark-name"),
        benchmark_intro: form.text("benchmark-intro"),
        address: form.text("address"),
        postcode: form.text("postcode"),
        contact: form.text("contact"),
        phone: form.text("phone"),
        mobile: form.text("mobile"),
        fax: form.text("fax"),
        email: form.text("email"),
        figures: form.figures(),
        enterprise_seal,
        legal_rep_signature,
        signed_on,
        recommender: RecommenderPart {
            unit,
            contact: opinion.text("recommender-contact"),
            phone: opinion.text("recommender-phone"),
            mobile: opinion.text("recommender-mobile"),
            opinion: opinion.text("opinion"),
            seal,
            signed_on: seal_day,
        },
    };
    let m = OnFile::of(&view, "application-materials");
    let materials = SummaryMaterials {
        title: m.text("title"),
        summary: m.text("summary"),
        profile: m.text("profile"),
        implementation: m.text("implementation"),
        results: m.text("results"),
    };
    Ok((doc, materials))
}

/// Which of an application's documents a person's view carries: 附件1 when the plugin
/// lets them read the 申报表 on file, 附件2 when it lets them read the 总结材料.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ApplicationFiles {
    pub form: bool,
    pub materials: bool,
}

/// What `view` (one person's view of an application) lets that person download.
pub fn application_files(view: &CaseView) -> ApplicationFiles {
    ApplicationFiles {
        form: OnFile::of(view, "application-form").0.is_some(),
        materials: OnFile::of(view, "application-materials").0.is_some(),
    }
}

/// Who answers objections to the 公示 (the plugin does not keep the bureau's office
/// details; the command line gives them).
#[derive(Debug, Clone, Default)]
pub struct Contacts {
    pub office: String,
    pub person: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub online: String,
}

impl Contacts {
    /// The bureau as the portal names it when nobody gave the office's details: the
    /// office, and objections in the portal itself.
    pub fn bureau() -> Contacts {
        Contacts {
            office: "郑州市工业和信息化局".into(),
            online: "郑州市质量标杆门户（公示期内实名提出异议）".into(),
            ..Contacts::default()
        }
    }
}

/// Which of a year's documents exist now and may go to `user`: the 公示 once it began,
/// the 认定名单 once published, the ranking once scores are in — each only to a person
/// the plugin shows the round's files, and the ranking only to one it shows the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchFiles {
    pub notice: bool,
    pub list: bool,
    pub ranking: bool,
}

/// What `user` may download of `year`'s documents. Asked of the plugin for one
/// application of each district (the first submitted) and the first scored one, so that
/// a page need not view the whole round yet a district office or an enterprise, who see
/// only their own, is not offered the round's paper; making a document views every
/// application and refuses if any is not the person's to see.
pub fn batch_files(sim: &mut Sim, user: &str, year: u16) -> Result<BatchFiles> {
    let batch = crate::provincial::batch_of(sim, year)?;
    let batch_view = sim.view(user, &batch)?;
    let samples: Vec<String> = sim.connection().query_map(
        "SELECT MIN(id) FROM cases WHERE kind = 'application' AND year = ?1
               AND stage <> 'draft' GROUP BY district",
        crate::params![year],
        |r| r.get(0),
    )?;
    let scored: Option<String> = sim.connection().query_opt(
        "SELECT id FROM cases WHERE kind = 'application' AND year = ?1 AND score IS NOT NULL
             ORDER BY id LIMIT 1",
        crate::params![year],
        |r| r.get(0),
    )?;
    let mut sees_round = !samples.is_empty();
    for id in &samples {
        sees_round = sees_round && sim.view(user, id).is_ok_and(|v| application_files(&v).form);
    }
    let sees_scores = match scored {
        Some(id) => sim.view(user, &id).is_ok_and(|v| v.summary.score.is_some()),
        None => false,
    };
    Ok(BatchFiles {
        notice: sees_round && item(&batch_view, "公示期").is_some(),
        list: sees_round && item(&batch_view, "公布文号").is_some(),
        ranking: sees_round && sees_scores,
    })
}

/// The batch's documents: 公示, 认定名单 and the expert ranking.
pub struct BatchDocuments {
    pub notice: PublicityNotice,
    pub list: Option<RecognitionList>,
    pub ranking: ExpertRanking,
}

/// One application of the round as the city sees it.
struct Candidate {
    view: CaseView,
    history: Vec<String>,
}

impl Candidate {
    fn entry(&self) -> ListEntry {
        let form = OnFile::of(&self.view, "application-form");
        ListEntry {
            enterprise: form.text("enterprise-name"),
            benchmark_name: form.text("benchmark-name"),
            district: form.text("district"),
            direction: form.text("direction"),
            plaque_number: item(&self.view, "牌匾编号").unwrap_or_default(),
        }
    }
    fn score(&self) -> f64 {
        self.view.summary.score.unwrap_or(f64::MIN)
    }
}

fn item(view: &CaseView, label: &str) -> Option<String> {
    view.sections
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.label == label)
        .map(|i| i.value.clone())
}

fn number(values: &[Field], id: &str) -> Option<f64> {
    values.iter().find_map(|f| match (&f.value, f.id == id) {
        (FieldValue::Number(n), true) => Some(*n),
        _ => None,
    })
}

/// The 公示, the 认定名单 (once published) and the expert ranking of `year`.
pub fn batch_documents(
    sim: &mut Sim,
    user: &str,
    year: u16,
    contacts: &Contacts,
) -> Result<BatchDocuments> {
    let batch = crate::provincial::batch_of(sim, year)?;
    let batch_view = sim.view(user, &batch)?;
    let issuer = sim.actor(user)?.org_name;
    let all = round(sim, user, year)?;
    let batch_history = sim.history(&batch)?;
    let day_of = |action: &str| {
        batch_history
            .iter()
            .rev()
            .find(|h| h.action == action)
            .map(|h| chinese_date(&h.at))
            .unwrap_or_default()
    };
    let period = item(&batch_view, "公示期").context("本年度尚未公示拟认定名单")?;
    let (start, end) = period.split_once('至').unwrap_or((period.as_str(), ""));
    let config = batch_view
        .forms
        .iter()
        .find(|f| f.definition.id == "batch-config")
        .map(|f| f.values.clone())
        .unwrap_or_default();
    let listed = |c: &&Candidate| c.history.iter().any(|a| a == "approve-list");
    let notice = PublicityNotice {
        year: year.to_string(),
        entries: all.iter().filter(listed).map(Candidate::entry).collect(),
        period_start: start.to_string(),
        period_end: end.to_string(),
        working_days: number(&config, "publicity-days").map_or(5, |n| n as u32),
        objection_office: contacts.office.clone(),
        contact_person: contacts.person.clone(),
        phone: contacts.phone.clone(),
        email: contacts.email.clone(),
        address: contacts.address.clone(),
        online_channel: contacts.online.clone(),
        issuer: issuer.clone(),
        issued_on: day_of("approve-list"),
    };
    let list = item(&batch_view, "公布文号").map(|document_number| {
        let issued_on = day_of("publish");
        RecognitionList {
            document_number,
            year: year.to_string(),
            entries: all
                .iter()
                .filter(|c| item(&c.view, "牌匾编号").is_some())
                .map(Candidate::entry)
                .collect(),
            publicity_period: period.clone(),
            seal: format!("已加盖电子印章（{issuer}，{issued_on}）"),
            issuer: issuer.clone(),
            issued_on,
        }
    });
    Ok(BatchDocuments {
        notice,
        list,
        ranking: ranking(year, &all),
    })
}

/// Every submitted application of `year` as `user` sees it, best score first. A draft
/// is nobody's but its enterprise's and not part of the round; any other application
/// the plugin does not show `user` refuses the whole document (the error is the
/// plugin's refusal), so nobody gets a document with part of the round left out.
fn round(sim: &mut Sim, user: &str, year: u16) -> Result<Vec<Candidate>> {
    let ids: Vec<String> = sim.connection().query_map(
        "SELECT id FROM cases WHERE kind = 'application' AND year = ?1 AND stage <> 'draft'
             ORDER BY id",
        crate::params![year],
        |r| r.get(0),
    )?;
    let mut all = Vec::new();
    for id in ids {
        let view = sim.view(user, &id)?;
        let history = sim.history(&id)?.into_iter().map(|h| h.action).collect();
        all.push(Candidate { view, history });
    }
    all.sort_by(|a, b| b.score().total_cmp(&a.score()));
    Ok(all)
}

/// The expert ranking of `year` as `user` sees it, once scores are in (before the
/// 公示 too): only the applications whose aggregate the plugin shows `user`.
pub fn expert_ranking(sim: &mut Sim, user: &str, year: u16) -> Result<ExpertRanking> {
    crate::provincial::batch_of(sim, year)?;
    let all = round(sim, user, year)?;
    Ok(ranking(year, &all))
}

/// Every scored application, best first, with each expert's total under the expert's
/// name (the ranking is the bureau's working paper).
fn ranking(year: u16, all: &[Candidate]) -> ExpertRanking {
    const SHEET: &str = "评分表（";
    let scored: Vec<&Candidate> = all
        .iter()
        .filter(|c| c.view.summary.score.is_some())
        .collect();
    let mut labels: Vec<String> = Vec::new();
    for c in &scored {
        for s in &c.view.sections {
            if let Some(name) = s
                .title
                .strip_prefix(SHEET)
                .and_then(|t| t.strip_suffix('）'))
                && !labels.iter().any(|l| l == name)
            {
                labels.push(name.to_string());
            }
        }
    }
    let rows = scored
        .iter()
        .zip(1..)
        .map(|(c, rank)| {
            let entry = c.entry();
            let totals = labels
                .iter()
                .map(|l| {
                    let title = format!("{SHEET}{l}）");
                    c.view
                        .sections
                        .iter()
                        .find(|s| s.title == title)
                        .and_then(|s| s.items.iter().find(|i| i.label == "合计"))
                        .and_then(|i| i.value.parse().ok())
                })
                .collect();
            RankingRow {
                rank,
                enterprise: entry.enterprise,
                district: entry.district,
                direction: entry.direction,
                benchmark_name: entry.benchmark_name,
                expert_totals: totals,
                aggregate: c.view.summary.score,
                status: item(&c.view, "当前阶段").unwrap_or_default(),
            }
        })
        .collect();
    ExpertRanking {
        title: format!("{year}年度郑州市质量标杆专家评审排名"),
        expert_labels: labels,
        rows,
        note: "综合得分：评分表五份及以上时去掉一个最高分和一个最低分后取平均（第七条）".into(),
    }
}
