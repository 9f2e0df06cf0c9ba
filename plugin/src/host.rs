//! What the plugin needs from its host, as a Rust trait.
//!
//! The component glue implements it with the WIT imports; native tests and benchmarks
//! implement it in memory (`testing`). The domain never calls an import directly, so
//! it stays a deterministic function of its inputs and of what the host answers.

use crate::bindings::zhengzhou::quality_benchmark::{
    directory::Person,
    notifications::Notification,
    registry::EnterpriseRecord,
    types::{CaseKind, CaseSummary, Role, SealRef, StoredCase},
};

pub trait Host {
    /// Now, RFC 3339 in Beijing time.
    fn now(&self) -> String;
    /// Whether a `YYYY-MM-DD` date is a working day.
    fn is_working_day(&self, date: &str) -> Result<bool, String>;
    /// `days` working days after `date`.
    fn add_working_days(&self, date: &str, days: u32) -> Result<String, String>;
    /// A fresh seed for a recorded draw.
    fn seed(&self) -> u64;
    /// Whether a seal reference is genuine.
    fn verify_seal(&self, seal: &SealRef) -> bool;
    /// People holding `role`, within `org_unit` when given.
    fn members(&self, role: Role, org_unit: Option<&str>) -> Vec<Person>;
    /// Public-register facts about an enterprise.
    fn lookup_enterprise(&self, credit_code: &str) -> Option<EnterpriseRecord>;
    /// One stored case.
    fn get_case(&self, case_id: &str) -> Option<StoredCase>;
    /// Summaries of a year's cases.
    fn query_cases(&self, kind: CaseKind, year: u16, stage: Option<&str>) -> Vec<CaseSummary>;
    /// Queue notifications in the current call's transaction.
    fn notify(&self, messages: &[Notification]);

    /// Today's date `YYYY-MM-DD`, from `now`.
    fn today(&self) -> String {
        self.now().chars().take(10).collect()
    }
}
