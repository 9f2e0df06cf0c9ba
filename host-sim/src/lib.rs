//! host-sim: a stand-in for the city's OA platform that hosts the 质量标杆 plugin
//! component on wasmtime and keeps everything in one SQLite file.

pub mod admin_log;
pub mod audit;
pub mod bounds;
pub mod bpmn;
pub mod calendar;
pub mod catalog_doc;
pub mod clock;
#[path = "../../plugin/src/codes.rs"]
pub mod codes;
pub mod db;
pub mod demo;
pub mod directory;
pub mod documents;
pub mod engine;
pub mod exchange;
pub mod exports;
#[path = "../../plugin/src/forms/json.rs"]
pub mod fields_json;
pub mod foresight;
pub mod imports;
pub mod inbox;
pub mod messages;
pub mod module;
pub mod portal;
pub mod provincial;
pub mod scenario;
pub mod sim;
pub mod store;
pub mod upgrade;

pub use engine::Limits;
/// The contract's shared types, under the names both sides of the contract use.
pub use engine::exports::zhengzhou::quality_benchmark::approval as contract_approval;
pub use engine::exports::zhengzhou::quality_benchmark::forms as contract_forms;
pub use engine::zhengzhou::quality_benchmark::notifications as contract_notifications;
pub use engine::zhengzhou::quality_benchmark::types as contract;
pub use sim::{CallError, Sim};
