//! Importing the provincial round: all or nothing. The whole file is parsed first, then
//! every applicant is checked against what the plugin would answer (a dry run of its
//! `import-provincial`, rolled back, and a check of its 总结材料 form) before any is
//! stored, so a refusal leaves the database exactly as it was.

use super::form::{import_values, materials_values};
use crate::contract::{Field, FieldValue, Refusal};
use crate::demo::request;
use crate::exchange::{self, ExchangeError, Expect, Place, ProvincialApplicant};
use crate::{CallError, Sim};

/// What was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub year: u16,
    /// (case id, enterprise name) of each applicant, in file order.
    pub applications: Vec<(String, String)>,
    /// How many came with 总结材料, registered with `register-materials`.
    pub with_materials: usize,
}

/// Why nothing of a file was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file, or one applicant in it, was refused: where and why, in Chinese.
    #[error("{0}")]
    Refused(ExchangeError),
    /// The host failed (database, directory): nothing was stored either.
    #[error("{0:#}")]
    Host(anyhow::Error),
}

impl From<anyhow::Error> for ImportError {
    fn from(e: anyhow::Error) -> Self {
        ImportError::Host(e)
    }
}

/// A refusal of one applicant, at its `<applicant>` element.
fn refused_at(place: Place, a: &ProvincialApplicant, why: String) -> ImportError {
    ImportError::Refused(ExchangeError {
        line: place.line,
        column: place.column,
        reason: format!(
            "申报企业“{}”（{}）不能登记：{why}",
            a.form.enterprise_name, a.provincial_ref
        ),
    })
}

/// The refusal as a person reads it: the message, and each field's error.
fn reason(r: &Refusal) -> String {
    let fields: Vec<&str> = r.fields.iter().map(|f| f.message.as_str()).collect();
    if fields.is_empty() {
        r.message.clone()
    } else {
        format!("{}（{}）", r.message, fields.join("；"))
    }
}

/// What the round of `year` may contain: the directions the year's call names (第五条),
/// and the industries the 申报表 offers (the year's key industries are among them; the
/// plugin accepts any of them).
fn expectations(sim: &mut Sim, user: &str, batch: &str, year: u16) -> anyhow::Result<Expect> {
    let config = sim.describe(user, "batch-config", Some(batch))?;
    let directions = config
        .values
        .iter()
        .find_map(|f| match (&f.value, f.id.as_str()) {
            (FieldValue::Choices(c), "directions") => Some(c.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let form = sim.describe(user, "provincial-import", None)?;
    let industries = form
        .definition
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .find(|f| f.id == "industry")
        .map(|f| f.options.iter().map(|o| o.value.clone()).collect())
        .unwrap_or_default();
    Ok(Expect {
        year,
        directions,
        industries,
    })
}

fn import_request(batch: &str, a: &ProvincialApplicant) -> crate::sim::Request {
    let opinion = match &a.submitted_on {
        Some(day) => format!("省级申报名单导入（省级申报日期 {day}）"),
        None => "省级申报名单导入".to_string(),
    };
    request(
        Some(batch),
        "import-provincial",
        import_values(&a.provincial_ref, &a.form),
        Some(&opinion),
    )
}

/// Reads `bytes` as the provincial round of the open batch's year and imports every
/// applicant as `user` (a city officer), or none.
pub fn import_round(sim: &mut Sim, user: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    let (batch, year) = super::open_batch(sim)?;
    let expect = expectations(sim, user, &batch, year)?;
    let (round, places) =
        exchange::parse_provincial_round_placed(bytes, &expect).map_err(ImportError::Refused)?;
    // Every applicant as the plugin would answer, before anything is stored.
    for (a, place) in round.applicants.iter().zip(&places) {
        match sim.dry_run(user, import_request(&batch, a)) {
            Ok(_) => {}
            Err(CallError::Refused(r)) => return Err(refused_at(*place, a, reason(&r))),
            Err(e) => return Err(ImportError::Host(anyhow::anyhow!("{e}"))),
        }
        if let Some(m) = &a.materials {
            let errors = sim
                .validate("application-materials", &materials_values(m), true, year)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            if !errors.is_empty() {
                let list: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
                let why = format!("总结材料有需要修改的地方（{}）", list.join("；"));
                return Err(refused_at(*place, a, why));
            }
        }
    }
    let mut imported = Imported {
        year,
        applications: Vec::new(),
        with_materials: 0,
    };
    for a in &round.applicants {
        let outcome = sim
            .act(user, import_request(&batch, a))
            .map_err(|e| anyhow::anyhow!("登记{}：{e}", a.form.enterprise_name))?;
        let case = outcome
            .writes
            .iter()
            .map(|w| w.summary.id.clone())
            .find(|id| *id != batch)
            .ok_or_else(|| anyhow::anyhow!("插件未建立{}的申报", a.form.enterprise_name))?;
        if let Some(m) = &a.materials {
            let values: Vec<Field> = materials_values(m);
            sim.act(
                user,
                request(Some(&case), "register-materials", values, None),
            )
            .map_err(|e| anyhow::anyhow!("登记{}的申报材料：{e}", a.form.enterprise_name))?;
            imported.with_materials += 1;
        }
        imported
            .applications
            .push((case, a.form.enterprise_name.clone()));
    }
    Ok(imported)
}
