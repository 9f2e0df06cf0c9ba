//! Arbitrary bytes → JSON → the forms' JSON mapping (`forms_from_json`, and
//! `fields_from_json` for a bare list) → validation of every form the plugin defines,
//! as a draft and for submission. Nothing may panic; a mapped list must survive the
//! way back (`fields_to_json`) unchanged, since the portal and the scenario files
//! round-trip filled forms through it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use qb_plugin::contract::Field;
use qb_plugin::contract_forms::CheckMode;
use qb_plugin::forms::{self, fields_from_json, fields_to_json, forms_from_json};

/// Every form id, plus one the plugin does not know (validation must say `None`).
fn form_ids() -> Vec<String> {
    let mut ids: Vec<String> = forms::list().into_iter().map(|(id, _)| id).collect();
    ids.push("no-such-form".into());
    ids
}

fn check(fields: &[Field], year: u16) {
    let back = fields_from_json(&fields_to_json(fields));
    assert_eq!(
        back.as_deref(),
        Ok(fields),
        "fields_to_json does not round-trip"
    );
    for id in form_ids() {
        for mode in [CheckMode::Draft, CheckMode::Submit] {
            let errors = forms::validate(&id, fields, mode);
            assert_eq!(errors.is_some(), id != "no-such-form", "{id}");
            // 申报表 depends on the batch year; years outside a round are built uncached.
            let _ = forms::validate_for_year(&id, fields, mode, year);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    // A year from the input: the default year, one next to it, or any u16.
    let year = match data.first().copied().unwrap_or(0) % 4 {
        0 => forms::limits::DEFAULT_YEAR,
        1 => 2027,
        2 => 0,
        _ => u16::MAX,
    };
    if let Ok(parsed) = forms_from_json(&value) {
        for (_, fields) in &parsed {
            check(fields, year);
        }
    }
    if let Ok(fields) = fields_from_json(&value) {
        check(&fields, year);
    }
});
