//! host-sim: a stand-in for the city's OA platform that hosts the 质量标杆 plugin
//! component on wasmtime and keeps everything in one SQLite file.

pub mod calendar;
pub mod clock;
pub mod db;
pub mod directory;
pub mod engine;
pub mod imports;
pub mod module;
pub mod sim;

pub use engine::Limits;
pub use sim::{CallError, Sim};
