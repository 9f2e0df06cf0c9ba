//! `<application-form>` (附件1) and `<materials>` (附件2), shared by both documents.

use super::Expect;
use super::codes;
use super::fields::{Fields, attr, fields, label, only_attrs};
use super::model::*;
use super::reader::{Element, Fault, fault};

/// 附件2 limits (characters), and 标杆名称 of 附件1, as in `plugin/src/forms/limits.rs`.
const TITLE_MAX: usize = 40;
const SUMMARY_MAX: usize = 500;
const PROFILE_MAX: usize = 500;
const IMPLEMENTATION_MAX: usize = 8000;
const RESULTS_MAX: usize = 2000;

const FORM_FIELDS: [&str; 16] = [
    "enterprise-name",
    "credit-code",
    "district",
    "industry",
    "direction",
    "benchmark-name",
    "benchmark-intro",
    "address",
    "postcode",
    "contact",
    "phone",
    "mobile",
    "fax",
    "email",
    "basic-figures",
    "conditions",
];

pub fn application_form(el: &Element, expect: &Expect) -> Result<ApplicationForm, Fault> {
    only_attrs(el, &[])?;
    let f = fields(el, &FORM_FIELDS, &[])?;
    let owned = |s: &str| s.to_string();
    let benchmark_name = f.token("benchmark-name")?;
    codes::max_chars(benchmark_name, TITLE_MAX, "标杆名称")
        .map_err(|r| fault(f.child("benchmark-name").map_or(el.at, |c| c.value_at()), r))?;
    Ok(ApplicationForm {
        enterprise_name: owned(f.token("enterprise-name")?),
        credit_code: owned(f.checked("credit-code", codes::credit_code)?),
        district: owned(f.checked("district", codes::district)?),
        industry: owned(f.checked("industry", |s| {
            codes::one_of(s, &expect.industries, "所属行业")
        })?),
        direction: owned(f.checked("direction", |s| {
            codes::one_of(s, &expect.directions, "遴选方向")
        })?),
        benchmark_name: owned(benchmark_name),
        benchmark_intro: owned(f.text("benchmark-intro", None)?),
        address: owned(f.token("address")?),
        postcode: owned(f.checked("postcode", codes::postcode)?),
        contact: owned(f.token("contact")?),
        phone: owned(f.token("phone")?),
        mobile: owned(f.token("mobile")?),
        fax: f.opt_token("fax").map(owned),
        email: owned(f.token("email")?),
        figures: figures(f.child("basic-figures")?, expect.year)?,
        conditions: conditions(f.child("conditions")?)?,
    })
}

/// 基本情况: exactly the three years before the round's year, oldest first.
fn figures(el: &Element, year: u16) -> Result<Vec<YearFigures>, Fault> {
    only_attrs(el, &[])?;
    let f = fields(el, &[], &["year"])?;
    let wanted: Vec<u16> = (1..=3).rev().map(|b| year.saturating_sub(b)).collect();
    let rows: Vec<&Element> = f.all("year").collect();
    if rows.len() != wanted.len() {
        return Err(fault(
            el.at,
            format!(
                "基本情况应有{}、{}、{}三个年度，实有{}个",
                wanted[0],
                wanted[1],
                wanted[2],
                rows.len()
            ),
        ));
    }
    rows.iter()
        .zip(&wanted)
        .map(|(row, &want)| {
            only_attrs(row, &["value"])?;
            let value = attr(row, "value")?;
            if value.value.trim() != want.to_string() {
                return Err(fault(
                    value.at,
                    format!(
                        "基本情况的年度应依次为{}、{}、{}，此处应为{want}，而不是“{}”",
                        wanted[0], wanted[1], wanted[2], value.value
                    ),
                ));
            }
            let f = fields(row, &["assets", "sales", "profit", "employees"], &[])?;
            Ok(YearFigures {
                year: want,
                assets: non_negative(&f, "assets")?,
                sales: non_negative(&f, "sales")?,
                profit: f.parsed("profit", codes::decimal)?,
                employees: f.parsed("employees", codes::count)?,
            })
        })
        .collect()
}

fn non_negative(f: &Fields<'_>, name: &str) -> Result<f64, Fault> {
    let x = f.parsed(name, codes::decimal)?;
    if x < 0.0 {
        let at = f.child(name).map_or(0, |c| c.value_at());
        return Err(fault(at, format!("{}不能为负数", label(name))));
    }
    Ok(x)
}

fn conditions(el: &Element) -> Result<Conditions, Fault> {
    only_attrs(el, &[])?;
    let f = fields(
        el,
        &["independent-legal-entity", "quality-system", "commitment"],
        &[],
    )?;
    Ok(Conditions {
        independent_legal_entity: f.parsed("independent-legal-entity", codes::boolean)?,
        quality_system: f.parsed("quality-system", codes::boolean)?,
        commitment: f.parsed("commitment", codes::boolean)?,
    })
}

pub fn materials(el: &Element) -> Result<Materials, Fault> {
    only_attrs(el, &[])?;
    let f = fields(
        el,
        &["title", "summary", "profile", "implementation", "results"],
        &[],
    )?;
    let title = f.token("title")?;
    codes::max_chars(title, TITLE_MAX, "质量标杆名称")
        .map_err(|r| fault(f.child("title").map_or(el.at, |c| c.value_at()), r))?;
    Ok(Materials {
        title: title.to_string(),
        summary: f.text("summary", Some(SUMMARY_MAX))?.to_string(),
        profile: f.text("profile", Some(PROFILE_MAX))?.to_string(),
        implementation: f
            .text("implementation", Some(IMPLEMENTATION_MAX))?
            .to_string(),
        results: f.text("results", Some(RESULTS_MAX))?.to_string(),
    })
}
