//! The thin wit-bindgen glue: WIT exports call the domain, the domain's `Host` calls
//! WIT imports. Nothing here decides anything.

use crate::bindings::exports::zhengzhou::quality_benchmark::{approval, forms as wit_forms};
use crate::bindings::zhengzhou::quality_benchmark::{
    calendar, case_store, clock, directory, notifications, random, registry, seals, types,
};
use crate::host::Host;
use crate::{forms, view, workflow};

struct Component;

/// The host, reached through the WIT imports.
struct WitHost;

impl Host for WitHost {
    fn now(&self) -> String {
        clock::now()
    }
    fn is_working_day(&self, date: &str) -> Result<bool, String> {
        calendar::is_working_day(date)
    }
    fn add_working_days(&self, date: &str, days: u32) -> Result<String, String> {
        calendar::add_working_days(date, days)
    }
    fn seed(&self) -> u64 {
        random::seed()
    }
    fn verify_seal(&self, seal: &types::SealRef) -> bool {
        seals::verify(seal)
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
        kind: types::CaseKind,
        year: u16,
        stage: Option<&str>,
    ) -> Vec<types::CaseSummary> {
        case_store::query(kind, year, stage)
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
    ) -> Result<Vec<types::FieldError>, types::Refusal> {
        forms::validate(&form_id, &values, mode)
            .ok_or_else(|| crate::refusal::refuse("unknown-form", format!("未知表单：{form_id}")))
    }
}

impl approval::Guest for Component {
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
        workflow::act(&WitHost, &actor, &request)
    }

    fn view(actor: types::Actor, case_id: String) -> Result<approval::CaseView, types::Refusal> {
        view::view(&actor, &workflow::load(&WitHost, &case_id)?)
    }

    fn on_timer(case_id: String, key: String) -> Result<approval::Outcome, types::Refusal> {
        workflow::on_timer(&WitHost, &case_id, &key)
    }
}

crate::bindings::export!(Component with_types_in crate::bindings);
