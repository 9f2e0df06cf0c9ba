//! The two documents of the exchange: the province's list of applicants (import) and
//! the city's recommendation (export, read back for checks and tests).

use super::codes;
use super::decode::{decode, locate};
use super::fields::{Fields, attr, fields, label, only_attrs};
use super::model::*;
use super::reader::{Element, Fault, Stream, fault};
use super::{ExchangeError, Expect};

/// 附件2 limits (characters), and 标杆名称 of 附件1, as in `plugin/src/forms/limits.rs`.
const TITLE_MAX: usize = 40;
const SUMMARY_MAX: usize = 500;
const PROFILE_MAX: usize = 500;
const IMPLEMENTATION_MAX: usize = 8000;
const RESULTS_MAX: usize = 2000;
/// Highest aggregate score: six 第七条 items of at most 10 points.
const MAX_SCORE: f64 = 60.0;

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
fn open(stream: &mut Stream<'_>, name: &str, expect: &Expect) -> Result<Element, Fault> {
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
fn code_at(el: &Element) -> usize {
    el.children
        .iter()
        .find(|c| c.name == "application-form")
        .and_then(|form| form.children.iter().find(|c| c.name == "credit-code"))
        .map_or(el.at, |c| c.text_at)
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

fn application_form(el: &Element, expect: &Expect) -> Result<ApplicationForm, Fault> {
    only_attrs(el, &[])?;
    let f = fields(el, &FORM_FIELDS, &[])?;
    let owned = |s: &str| s.to_string();
    let benchmark_name = f.token("benchmark-name")?;
    codes::max_chars(benchmark_name, TITLE_MAX, "标杆名称")
        .map_err(|r| fault(f.child("benchmark-name").map_or(el.at, |c| c.text_at), r))?;
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
        let at = f.child(name).map_or(0, |c| c.text_at);
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

fn materials(el: &Element) -> Result<Materials, Fault> {
    only_attrs(el, &[])?;
    let f = fields(
        el,
        &["title", "summary", "profile", "implementation", "results"],
        &[],
    )?;
    let title = f.token("title")?;
    codes::max_chars(title, TITLE_MAX, "质量标杆名称")
        .map_err(|r| fault(f.child("title").map_or(el.at, |c| c.text_at), r))?;
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

fn recommendation(text: &str, expect: &Expect) -> Result<Recommendation, Fault> {
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
                codes::date(day, "推荐日期").map_err(|r| fault(el.text_at, r))?;
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
            el.text_at,
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
        let at = f.child("score").map_or(el.at, |c| c.text_at);
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
