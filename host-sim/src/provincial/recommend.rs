//! The city's recommendation to the province (第十一条), from what the plugin shows the
//! city bureau: the applications whose 流转记录 has the leader's `recommend-provincial`,
//! ranked by aggregate score, each with its 附件1 and 附件2 on file, the district's
//! 推荐单位意见, the plaque number and the seals on its forms.

use anyhow::{Context, Result, anyhow, bail};

use super::form::OnFile;
use crate::contract::{FieldValue, SealCapacity};
use crate::contract_approval::CaseView;
use crate::exchange::{Recommendation, RecommendedEntry, SealRef};
use crate::{Sim, codes::Code};

/// The values of form `id` on file in a view.
fn form<'v>(view: &'v CaseView, id: &str) -> &'v [crate::contract::Field] {
    view.forms
        .iter()
        .find(|f| f.definition.id == id)
        .map_or(&[], |f| f.values.as_slice())
}

/// The value of a view item, by its label, in any section.
fn item<'v>(view: &'v CaseView, label: &str) -> Option<&'v str> {
    view.sections
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.label == label)
        .map(|i| i.value.as_str())
}

/// The seals on a view's forms, as the province reads them: capacity codes of the
/// exchange, the unit and the person by name.
fn seals(sim: &Sim, view: &CaseView) -> Vec<SealRef> {
    let mut out = Vec::new();
    for (form_id, field, capacity) in [
        ("application-form", "enterprise-seal", "enterprise-seal"),
        (
            "application-form",
            "legal-rep-signature",
            "legal-representative",
        ),
        ("district-opinion", "district-seal", "district-seal"),
    ] {
        let Some(FieldValue::Seal(s)) = form(view, form_id)
            .iter()
            .find(|f| f.id == field)
            .map(|f| &f.value)
        else {
            continue;
        };
        let person = sim.actor(&s.signer).ok();
        let holder = match (s.capacity, &person) {
            (SealCapacity::OrgSeal | SealCapacity::LegalRepresentative, Some(p)) => {
                p.org_name.clone()
            }
            _ => s.holder.clone(),
        };
        out.push(SealRef {
            id: s.id.clone(),
            capacity: capacity.to_string(),
            holder,
            signer: person.map_or_else(|| s.signer.clone(), |p| p.name),
            signed_at: s.signed_at.clone(),
            digest: s.digest.clone(),
        });
    }
    out
}

/// The recommendation of `year` as `user` (a city officer or leader) sees it.
/// `document_number` is the letter's 文号; without one, the 文号 of the year's
/// publication, under which the recommended benchmarks were recognised.
pub fn recommendation(
    sim: &mut Sim,
    user: &str,
    year: u16,
    document_number: Option<&str>,
) -> Result<Recommendation> {
    let batch = super::batch_of(sim, year)?;
    let label = sim
        .catalog()
        .actions
        .iter()
        .find(|a| a.action.code() == "recommend-provincial")
        .map(|a| a.label.clone())
        .context("插件目录中没有“择优推荐申报省级质量标杆”")?;
    let batch_view = sim.view(user, &batch)?;
    let Some(line) = batch_view.history.iter().rev().find(|h| h.label == label) else {
        bail!("{year}年度尚未择优推荐申报省级质量标杆");
    };
    let issued_on = line.at.get(..10).unwrap_or(&line.at).to_string();
    let document_number = match document_number {
        Some(n) => n.to_string(),
        None => item(&batch_view, "公布文号")
            .context("没有推荐文号：请用 --document-number 指定")?
            .to_string(),
    };
    let ids: Vec<String> = sim.connection().query_map(
        "SELECT id FROM cases WHERE kind = 'application' AND year = ?1 ORDER BY id",
        crate::params![year],
        |r| r.get(0),
    )?;
    let mut chosen: Vec<(f64, RecommendedEntry)> = Vec::new();
    for id in ids {
        let view = sim.view(user, &id)?;
        if !view.history.iter().any(|h| h.label == label) {
            continue;
        }
        let name = view.summary.title.clone();
        let on_file = OnFile::new(form(&view, "application-form"), &name);
        let application = on_file.application_form().map_err(|e| anyhow!(e))?;
        let materials = OnFile::new(form(&view, "application-materials"), &name).materials();
        let opinion = OnFile::new(form(&view, "district-opinion"), &name)
            .opt("opinion")
            .unwrap_or_default();
        let score = view
            .summary
            .score
            .with_context(|| format!("{}没有专家评审综合得分", application.enterprise_name))?;
        let plaque = item(&view, "牌匾编号")
            .with_context(|| format!("{}没有牌匾编号", application.enterprise_name))?
            .to_string();
        chosen.push((
            score,
            RecommendedEntry {
                rank: 0,
                seals: seals(sim, &view),
                form: application,
                materials,
                district_opinion: opinion,
                score,
                plaque_number: plaque,
            },
        ));
    }
    // The plugin's order: by aggregate score, best first; ties by credit code.
    chosen.sort_by(|(a, x), (b, y)| {
        b.total_cmp(a)
            .then_with(|| x.form.credit_code.cmp(&y.form.credit_code))
    });
    let entries = chosen
        .into_iter()
        .zip(1..)
        .map(|((_, entry), rank)| RecommendedEntry { rank, ..entry })
        .collect();
    Ok(Recommendation {
        year,
        document_number,
        issued_on,
        entries,
    })
}
