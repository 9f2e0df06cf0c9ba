//! The form definitions, one function per form.

mod application;
mod city;
mod decisions;
mod review;

pub use application::{DECLARATION, MATERIALS_FORMAT_RULES, figure_years};

use super::ids;
use crate::bindings::exports::zhengzhou::quality_benchmark::forms::FormDef;

/// Builds a form for a batch year.
pub type Build = fn(u16) -> FormDef;

/// Every form: (id, builder taking the batch year). Titles live in the definitions.
pub const FORMS: [(&str, Build); 18] = [
    (ids::APPLICATION_FORM, application::application_form),
    (ids::APPLICATION_MATERIALS, |_| {
        application::application_materials()
    }),
    (ids::BATCH_CONFIG, |_| city::batch_config()),
    (ids::DISTRICT_OPINION, |_| city::district_opinion()),
    (ids::FORMAL_CHECK, |_| city::formal_check()),
    (ids::SCORE_SHEET, |_| city::score_sheet()),
    (ids::CONFLICT_DECLARATION, |_| city::conflict_declaration()),
    (ids::INSPECTION_NOTICE, |_| review::inspection_notice()),
    (ids::DEFENCE_RECORD, |_| review::defence_record()),
    (ids::SITE_VISIT_RECORD, |_| review::site_visit_record()),
    (ids::OBJECTION, |_| review::objection()),
    (ids::OBJECTION_DECISION, |_| review::objection_decision()),
    (ids::REVOCATION, |_| review::revocation()),
    (ids::PROPOSED_LIST, |_| decisions::proposed_list()),
    (ids::PUBLICATION, |_| decisions::publication()),
    (ids::PROVINCIAL_IMPORT, decisions::provincial_import),
    (ids::PROVINCIAL_RECOMMENDATION, |_| {
        decisions::provincial_recommendation()
    }),
    (ids::DELEGATION, |_| decisions::delegation()),
];
