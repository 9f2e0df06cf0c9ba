//! What the plugin needs from its host, as a Rust trait.
//!
//! The component glue implements it with the WIT imports; native tests, benchmarks and
//! fuzzing implement it in memory (`memory::MemoryHost`). The domain never calls an
//! import directly, so it stays a deterministic function of its inputs and of what the
//! host answers. Domain code takes `&dyn Host`, so the rule table can hold plain
//! function pointers.

use crate::bindings::zhengzhou::quality_benchmark::{
    attachments::StoredAttachment,
    case_store::{CaseFilter, OpenTask, RecordedEntry},
    directory::Person,
    log::Level,
    notifications::Notification,
    registry::EnterpriseRecord,
};
use crate::contract::{CaseSummary, Role, SealRef, StoredCase};

pub trait Host {
    /// Now, RFC 3339 in Beijing time.
    fn now(&self) -> String;
    /// `days` working days after `date`.
    fn add_working_days(&self, date: &str, days: u32) -> Result<String, String>;
    /// A fresh seed for a recorded draw.
    fn seed(&self) -> u64;
    /// A line for the host's operators.
    fn log(&self, level: Level, message: &str);
    /// Whether the host's seal service issued exactly this seal.
    fn verify_seal(&self, seal: &SealRef) -> bool;
    /// The upload with this id, as the host holds it.
    fn attachment(&self, id: &str) -> Option<StoredAttachment>;
    /// People holding `role`, within `org_unit` when given.
    fn members(&self, role: Role, org_unit: Option<&str>) -> Vec<Person>;
    /// Public-register facts about an enterprise.
    fn lookup_enterprise(&self, credit_code: &str) -> Option<EnterpriseRecord>;
    /// One stored case.
    fn get_case(&self, case_id: &str) -> Option<StoredCase>;
    /// Summaries of the selected cases, ordered by id, at most `limit`.
    fn query_cases(&self, filter: &CaseFilter, limit: Option<u32>) -> Vec<CaseSummary>;
    /// How many cases the filter selects.
    fn count_cases(&self, filter: &CaseFilter) -> u32;
    /// A case's history as the host recorded it.
    fn history(&self, case_id: &str) -> Vec<RecordedEntry>;
    /// A case's open tasks.
    fn open_tasks(&self, case_id: &str) -> Vec<OpenTask>;
    /// Queue notifications in the current call's transaction.
    fn notify(&self, messages: &[Notification]);

    /// Today's date `YYYY-MM-DD`, from `now`.
    fn today(&self) -> String {
        self.now().chars().take(10).collect()
    }
}
