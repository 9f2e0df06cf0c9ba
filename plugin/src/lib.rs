//! The 郑州市质量标杆认定 workflow (《郑州市质量标杆认定管理办法》, 2021).
//!
//! Domain logic lives in plain Rust modules that compile natively, so they can be
//! unit-tested and benchmarked without wasm; `component` is the thin wit-bindgen glue
//! and is compiled only for wasm.

pub mod bindings {
    wit_bindgen::generate!({
        path: "../wit",
        world: "plugin",
        // The plugin's private state stores contract values (fields, seals) as they came.
        additional_derives: [serde::Serialize, serde::Deserialize, PartialEq],
    });
}

/// The contract's shared types, under the names both sides of the contract use.
pub use bindings::exports::zhengzhou::quality_benchmark::approval as contract_approval;
pub use bindings::exports::zhengzhou::quality_benchmark::forms as contract_forms;
pub use bindings::zhengzhou::quality_benchmark::notifications as contract_notifications;
pub use bindings::zhengzhou::quality_benchmark::types as contract;

pub mod application;
pub mod arena;
pub mod authz;
pub mod batch;
pub mod case;
pub mod catalog;
pub mod chunks;
pub mod codes;
pub mod conventions;
pub mod decide;
pub mod district;
pub mod district_review;
pub mod effects;
pub mod eligibility;
#[cfg(feature = "fault-injection")]
pub mod faults;
pub mod filed_form;
pub mod formal_check;
pub mod forms;
pub mod host;
pub mod inspection;
#[cfg(not(target_arch = "wasm32"))]
pub mod memory;
#[cfg(test)]
mod memory_tests;
pub mod panel;
pub mod proposal;
pub mod provincial;
pub mod publication;
pub mod publicity;
pub mod refusal;
pub mod revocation;
pub mod rules;
pub mod scoring;
pub mod seal;
pub mod stage;
pub mod uploads;
pub mod view;
pub mod workflow;

#[cfg(target_arch = "wasm32")]
mod component;
