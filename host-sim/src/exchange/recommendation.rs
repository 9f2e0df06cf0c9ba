//! `<recommendation>`: the city's recommendation to the province, read back.

use super::Expect;
use super::codes;
use super::fields::{attr, fields, label, only_attrs};
use super::form::{application_form, materials};
use super::model::*;
use super::province::{code_at, open};
use super::reader::{Element, Fault, Stream, fault};

/// Highest aggregate score: six 第七条 items of at most 10 points.
const MAX_SCORE: f64 = 60.0;

pub fn recommendation(text: &str, expect: &Expect) -> Result<Recommendation, Fault> {
    let mut stream = Stream::new(text);
    let root = open(&mut stream, "recommendation", expect)?;
    let mut document_number = None;
    let mut issued_on = None;
    let mut entries: Vec<RecommendedEntry> = Vec::new();
    while let Some(el) = stream.next_child()? {
        let single = |seen: bool| {
            if seen {
                Err(fault(
                    el.at,
                    format!("{}（<{}>）重复出现", label(&el.name), el.name),
                ))
            } else {
                Ok(())
            }
        };
        match el.name.as_str() {
            "document-number" => {
                single(document_number.is_some())?;
                document_number = Some(leaf(&el)?.to_string());
            }
            "issued-on" => {
                single(issued_on.is_some())?;
                let day = leaf(&el)?;
                codes::date(day, "推荐日期").map_err(|r| fault(el.value_at(), r))?;
                issued_on = Some(day.to_string());
            }
            "entry" => {
                let entry = entry(&el, expect, entries.len())?;
                if let Some(i) = entries
                    .iter()
                    .position(|e| e.form.credit_code == entry.form.credit_code)
                {
                    return Err(fault(
                        code_at(&el),
                        format!(
                            "统一社会信用代码{}与第{}名重复",
                            entry.form.credit_code,
                            i + 1
                        ),
                    ));
                }
                entries.push(entry);
            }
            other => {
                return Err(fault(
                    el.at,
                    format!("<recommendation>中不应有元素<{other}>"),
                ));
            }
        }
    }
    let missing = |name: &str| fault(root.at, format!("推荐名单缺少{}（<{name}>）", label(name)));
    if entries.is_empty() {
        return Err(fault(root.at, "推荐名单中没有推荐企业（<entry>）"));
    }
    Ok(Recommendation {
        year: expect.year,
        document_number: document_number.ok_or_else(|| missing("document-number"))?,
        issued_on: issued_on.ok_or_else(|| missing("issued-on"))?,
        entries,
    })
}

/// The trimmed, non-empty text of a leaf child of the root.
fn leaf(el: &Element) -> Result<&str, Fault> {
    only_attrs(el, &[])?;
    if let Some(child) = el.children.first() {
        return Err(fault(child.at, format!("<{}>中不应有子元素", el.name)));
    }
    let value = el.text.trim();
    if value.is_empty() {
        return Err(fault(
            el.value_at(),
            format!("{}（<{}>）不能为空", label(&el.name), el.name),
        ));
    }
    Ok(value)
}

fn entry(el: &Element, expect: &Expect, before: usize) -> Result<RecommendedEntry, Fault> {
    only_attrs(el, &["rank"])?;
    let rank = attr(el, "rank")?;
    let want = before + 1;
    if rank.value.trim() != want.to_string() {
        return Err(fault(
            rank.at,
            format!(
                "名次应从1开始依次排列，此处应为{want}，而不是“{}”",
                rank.value
            ),
        ));
    }
    let f = fields(
        el,
        &[
            "application-form",
            "materials",
            "district-opinion",
            "score",
            "plaque-number",
            "seals",
        ],
        &[],
    )?;
    let score = f.parsed("score", codes::decimal)?;
    if !(0.0..=MAX_SCORE).contains(&score) {
        let at = f.child("score").map_or(el.at, |c| c.value_at());
        return Err(fault(
            at,
            format!("专家评审得分{score}应在0到{MAX_SCORE}之间"),
        ));
    }
    let seals = match f.opt_child("seals") {
        Some(s) => seals(s)?,
        None => Vec::new(),
    };
    Ok(RecommendedEntry {
        rank: u32::try_from(want).unwrap_or(u32::MAX),
        form: application_form(f.child("application-form")?, expect)?,
        materials: f.opt_child("materials").map(materials).transpose()?,
        district_opinion: f.text("district-opinion", None)?.to_string(),
        score,
        plaque_number: f.token("plaque-number")?.to_string(),
        seals,
    })
}

fn seals(el: &Element) -> Result<Vec<SealRef>, Fault> {
    only_attrs(el, &[])?;
    let f = fields(el, &[], &["seal"])?;
    f.all("seal")
        .map(|s| {
            only_attrs(s, &[])?;
            let f = fields(
                s,
                &["id", "capacity", "holder", "signer", "signed-at", "digest"],
                &[],
            )?;
            Ok(SealRef {
                id: f.token("id")?.to_string(),
                capacity: f.token("capacity")?.to_string(),
                holder: f.token("holder")?.to_string(),
                signer: f.token("signer")?.to_string(),
                signed_at: f
                    .checked("signed-at", |v| codes::date_time(v, "用印时间"))?
                    .to_string(),
                digest: f.checked("digest", codes::digest)?.to_string(),
            })
        })
        .collect()
}
