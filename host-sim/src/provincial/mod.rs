//! The provincial link of 第十一条, through the plugin.
//!
//! - [`import_round`]: the applicants of the Henan provincial round of the open batch's
//!   year count as city applicants without a second submission. Each is registered with
//!   one `import-provincial` action (the plugin marks the application provincial and
//!   notifies the enterprise), then its 总结材料 with `register-materials`.
//! - [`recommendation`]: the benchmarks the leader recommended with
//!   `recommend-provincial`, as the city's recommendation file for the province.
//!
//! The XML itself is read and written by [`crate::exchange`]; this module maps it to and
//! from what the plugin files and shows the city bureau.

mod form;
mod import;
mod recommend;

pub use import::{ImportError, Imported, import_round};
pub use recommend::recommendation;

use anyhow::{Context, Result};

use crate::Sim;

/// The open batch's case id and year: the round that provincial applicants join.
pub fn open_batch(sim: &Sim) -> Result<(String, u16)> {
    sim.connection()
        .query_row(
            "SELECT id, year FROM cases WHERE kind = 'batch' AND stage IN ('open', 'review')
             ORDER BY year DESC LIMIT 1",
            crate::params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .context("没有正在申报或评审中的年度批次：请先由市工信局发布年度申报通知")
}

/// The batch case of a year, if it was opened.
pub fn batch_of(sim: &Sim, year: u16) -> Result<String> {
    sim.connection()
        .query_row(
            "SELECT id FROM cases WHERE kind = 'batch' AND year = ?1",
            crate::params![year],
            |r| r.get(0),
        )
        .with_context(|| format!("{year}年度认定工作尚未开启"))
}
