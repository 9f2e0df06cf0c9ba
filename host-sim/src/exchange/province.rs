//! Entry points of both readers, the root element they share, and the province's list of
//! applicants (import). The city's recommendation is read in `recommendation.rs`, the
//! 申报表 and 总结材料 of both in `form.rs`.

use super::codes;
use super::decode::{decode, locate};
use super::fields::{attr, fields, label, only_attrs};
use super::form::{application_form, materials};
use super::model::*;
use super::reader::{Element, Fault, Stream, fault};
use super::recommendation::recommendation;
use super::{ExchangeError, Expect};

/// Reads the Henan provincial round's applicants of `expect.year` (第十一条).
///
/// All or nothing: the first problem is returned with its line and column, e.g.
/// `第12行第5列：申报表缺少统一社会信用代码（<credit-code>）`.
pub fn parse_provincial_round(
    bytes: &[u8],
    expect: &Expect,
) -> Result<ProvincialRound, ExchangeError> {
    let text = decode(bytes)?;
    round(&text, expect).map_err(|f| located(&text, f))
}

/// Reads a city recommendation to the province of `expect.year`.
pub fn parse_recommendation(
    bytes: &[u8],
    expect: &Expect,
) -> Result<Recommendation, ExchangeError> {
    let text = decode(bytes)?;
    recommendation(&text, expect).map_err(|f| located(&text, f))
}

fn located(text: &str, f: Fault) -> ExchangeError {
    let (line, column) = locate(text, f.at);
    ExchangeError {
        line,
        column,
        reason: f.reason,
    }
}

/// The root element, with its name and `year` checked.
pub fn open(stream: &mut Stream<'_>, name: &str, expect: &Expect) -> Result<Element, Fault> {
    let root = stream.root()?;
    if root.name != name {
        return Err(fault(
            root.at,
            format!(
                "根元素应为<{name}>（{}），而不是<{}>",
                label(name),
                root.name
            ),
        ));
    }
    only_attrs(&root, &["year"])?;
    let year = attr(&root, "year")?;
    let value = year.value.trim();
    let parsed = value
        .parse::<u16>()
        .ok()
        .filter(|_| value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()));
    match parsed {
        Some(y) if y == expect.year => Ok(root),
        Some(y) => Err(fault(
            year.at,
            format!("文件的年度为{y}年，与本次处理的{}年度不一致", expect.year),
        )),
        None => Err(fault(
            year.at,
            format!("year属性“{value}”应为四位年份，如{}", expect.year),
        )),
    }
}

fn round(text: &str, expect: &Expect) -> Result<ProvincialRound, Fault> {
    let mut stream = Stream::new(text);
    open(&mut stream, "provincial-round", expect)?;
    let mut applicants: Vec<ProvincialApplicant> = Vec::new();
    while let Some(el) = stream.next_child()? {
        if el.name != "applicant" {
            return Err(fault(
                el.at,
                format!("<provincial-round>中应为<applicant>，而不是<{}>", el.name),
            ));
        }
        let applicant = applicant(&el, expect)?;
        if let Some(i) = applicants
            .iter()
            .position(|a| a.form.credit_code == applicant.form.credit_code)
        {
            return Err(fault(
                code_at(&el),
                format!(
                    "统一社会信用代码{}与第{}个申报企业重复",
                    applicant.form.credit_code,
                    i + 1
                ),
            ));
        }
        if let Some(i) = applicants
            .iter()
            .position(|a| a.provincial_ref == applicant.provincial_ref)
        {
            return Err(fault(
                el.at,
                format!(
                    "省级申报编号{}与第{}个申报企业重复",
                    applicant.provincial_ref,
                    i + 1
                ),
            ));
        }
        applicants.push(applicant);
    }
    Ok(ProvincialRound {
        year: expect.year,
        applicants,
    })
}

/// Where the credit code of an applicant or entry is written.
pub fn code_at(el: &Element) -> usize {
    el.children
        .iter()
        .find(|c| c.name == "application-form")
        .and_then(|form| form.children.iter().find(|c| c.name == "credit-code"))
        .map_or(el.at, |c| c.value_at())
}

fn applicant(el: &Element, expect: &Expect) -> Result<ProvincialApplicant, Fault> {
    only_attrs(el, &[])?;
    let f = fields(
        el,
        &[
            "provincial-ref",
            "submitted-on",
            "application-form",
            "materials",
        ],
        &[],
    )?;
    let provincial_ref = f.token("provincial-ref")?.to_string();
    let submitted_on = match f.opt_child("submitted-on") {
        Some(_) => Some(
            f.checked("submitted-on", |s| codes::date(s, "省级申报日期"))?
                .to_string(),
        ),
        None => None,
    };
    Ok(ProvincialApplicant {
        provincial_ref,
        submitted_on,
        form: application_form(f.child("application-form")?, expect)?,
        materials: f.opt_child("materials").map(materials).transpose()?,
    })
}
