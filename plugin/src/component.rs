//! The thin wit-bindgen glue: WIT exports call the domain, the domain's `Host` calls
//! WIT imports. Nothing here decides anything.

use crate::bindings::exports::zhengzhou::quality_benchmark::{approval, forms as wit_forms};
use crate::bindings::zhengzhou::quality_benchmark::{
    attachments, calendar, case_store, clock, directory, log, notifications, random, registry,
    seals,
};
use crate::contract as types;
use crate::host::Host;
use crate::refusal::refuse;
use crate::{catalog, forms, seal, uploads, view, workflow};

struct Component;

/// The host, reached through the WIT imports.
struct WitHost;

/// A deciding call enters. If the guest's arena held a block from an earlier call, it
/// no longer starts over and every allocation takes the slow path (ADR 15): nothing a
/// test of results would see, so the host's operators are told, once per instance.
fn entering() {
    static TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if crate::arena::held_between_calls() && !TOLD.swap(true, std::sync::atomic::Ordering::Relaxed)
    {
        WitHost.log(log::Level::Warn, crate::arena::HELD_BETWEEN_CALLS);
    }
}

impl Host for WitHost {
    fn now(&self) -> String {
        clock::now()
    }
    fn add_working_days(&self, date: &str, days: u32) -> Result<String, String> {
        calendar::add_working_days(date, days)
    }
    fn seed(&self) -> u64 {
        random::seed()
    }
    fn log(&self, level: log::Level, message: &str) {
        log::write(level, message);
    }
    fn verify_seal(&self, seal: &types::SealRef) -> bool {
        seals::verify(seal)
    }
    fn attachment(&self, id: &str) -> Option<attachments::StoredAttachment> {
        attachments::lookup(id)
    }
    fn members(&self, role: types::Role, org_unit: Option<&str>) -> Vec<directory::Person> {
        directory::members(role, org_unit)
    }
    fn lookup_enterprise(&self, credit_code: &str) -> Option<registry::EnterpriseRecord> {
        registry::lookup_enterprise(credit_code)
    }
    fn get_case(&self, case_id: &str) -> Option<types::StoredCase> {
        case_store::get(case_id)
    }
    fn query_cases(
        &self,
        filter: &case_store::CaseFilter,
        limit: Option<u32>,
    ) -> Vec<types::CaseSummary> {
        case_store::query(filter, limit)
    }
    fn count_cases(&self, filter: &case_store::CaseFilter) -> u32 {
        case_store::count(filter)
    }
    fn history(&self, case_id: &str) -> Vec<case_store::RecordedEntry> {
        case_store::history(case_id)
    }
    fn open_tasks(&self, case_id: &str) -> Vec<case_store::OpenTask> {
        case_store::open_tasks(case_id)
    }
    fn notify(&self, messages: &[notifications::Notification]) {
        if !messages.is_empty() {
            notifications::send(messages);
        }
    }
}

impl wit_forms::Guest for Component {
    fn list_forms() -> Vec<(String, String)> {
        forms::list()
    }

    fn describe(
        actor: types::Actor,
        form_id: String,
        case_id: Option<String>,
    ) -> Result<wit_forms::FilledForm, types::Refusal> {
        workflow::describe(&WitHost, &actor, &form_id, case_id.as_deref())
    }

    fn validate(
        form_id: String,
        values: Vec<types::Field>,
        mode: wit_forms::CheckMode,
        context: wit_forms::FormContext,
    ) -> Result<Vec<types::FieldError>, types::Refusal> {
        let year = match context {
            wit_forms::FormContext::Year(y) => y,
            wit_forms::FormContext::Case(id) => workflow::load(&WitHost, &id)?.year(),
        };
        forms::validate_for_year(&form_id, &values, mode, year)
            .ok_or_else(|| refuse("unknown-form", format!("未知表单：{form_id}")))
    }

    fn prepare_seal(
        actor: types::Actor,
        purpose: types::SealPurpose,
        values: Vec<types::Field>,
    ) -> Result<wit_forms::SealOrder, types::Refusal> {
        seal::prepare(&WitHost, &actor, &purpose, &values)
    }

    fn permit_upload(
        actor: types::Actor,
        upload: wit_forms::UploadRequest,
    ) -> Result<(), types::Refusal> {
        uploads::permit(&WitHost, &actor, &upload)
    }
}

impl approval::Guest for Component {
    fn catalog() -> approval::ProcessCatalog {
        catalog::catalog()
    }

    fn start_actions(actor: types::Actor) -> Vec<approval::ActionDef> {
        workflow::start_actions(&WitHost, &actor)
    }

    fn actions(
        actor: types::Actor,
        case_id: String,
    ) -> Result<Vec<approval::ActionDef>, types::Refusal> {
        workflow::actions(&WitHost, &actor, &case_id)
    }

    fn act(
        actor: types::Actor,
        request: approval::Request,
    ) -> Result<approval::Outcome, types::Refusal> {
        entering();
        workflow::act(&WitHost, &actor, &request)
    }

    fn view(actor: types::Actor, case_id: String) -> Result<approval::CaseView, types::Refusal> {
        view::view(&WitHost, &actor, &workflow::load(&WitHost, &case_id)?)
    }

    fn on_timer(case_id: String, key: String) -> Result<approval::Outcome, types::Refusal> {
        entering();
        workflow::on_timer(&WitHost, &case_id, &key)
    }
}

crate::bindings::export!(Component with_types_in crate::bindings);
