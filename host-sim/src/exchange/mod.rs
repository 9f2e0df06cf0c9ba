//! The provincial exchange of 第十一条 as XML (schema: `docs/province-exchange.xsd`).
//!
//! - **Import**: the applicants of the Henan provincial round of a year count as city
//!   applicants without a second submission, so the province's list is read in
//!   ([`parse_provincial_round`]).
//! - **Export**: the best city benchmarks are recommended to the province
//!   ([`write_recommendation`]).
//!
//! This module depends only on its own plain structs ([`model`]) so that it does not move
//! when the WIT contract does; an adapter maps the plugin's data into them.
//!
//! Parsing is all-or-nothing: the first problem ends it with an [`ExchangeError`] that
//! names the 1-based line and column and says in Chinese what is wrong. Nothing is
//! returned for a file with any problem, so a half-read province list can never be
//! imported.

mod codes;
mod decode;
mod fields;
mod form;
pub mod model;
mod province;
mod reader;
mod recommendation;
mod write;

#[cfg(test)]
mod tests;

pub use codes::{DIRECTION_CODES, INDUSTRY_CODES, ZHENGZHOU_DISTRICTS};
pub use model::*;
pub use province::{parse_provincial_round, parse_recommendation};
pub use write::{write_provincial_round, write_recommendation};

/// The XML namespace of version 1 of the exchange format.
pub const NAMESPACE: &str = "urn:zhengzhou:quality-benchmark:province:1";

/// What the caller expects of a file: the round's year, and the direction and industry
/// codes configured for that year (第五条 lets the city adjust the directions yearly).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expect {
    /// The year being imported or exported; a file of another year is refused.
    pub year: u16,
    /// Accepted 遴选方向 codes.
    pub directions: Vec<String>,
    /// Accepted 所属行业 codes.
    pub industries: Vec<String>,
}

impl Expect {
    /// The year with the 第五条 directions and industries of the regulation.
    pub fn year(year: u16) -> Self {
        let owned = |codes: &[&str]| codes.iter().map(|c| c.to_string()).collect();
        Expect {
            year,
            directions: owned(&DIRECTION_CODES),
            industries: owned(&INDUSTRY_CODES),
        }
    }
}

/// A refused exchange file: where (1-based line and column, counted in characters)
/// and why, in Chinese for the officer who has to fix the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeError {
    pub line: u32,
    pub column: u32,
    pub reason: String,
}

impl std::fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "第{}行第{}列：{}", self.line, self.column, self.reason)
    }
}

impl std::error::Error for ExchangeError {}
