//! The 郑州市质量标杆认定 workflow (《郑州市质量标杆认定管理办法》, 2021).
//!
//! Domain logic lives in plain Rust modules that compile natively, so they can be
//! unit-tested and benchmarked without wasm; `component` is the thin wit-bindgen glue.

pub mod bindings {
    wit_bindgen::generate!({ path: "../wit", world: "plugin" });
}

pub mod district;
pub mod forms;
