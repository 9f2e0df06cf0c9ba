//! BPMN 2.0 export of the process, generated from the plugin's own catalog
//! (`approval.catalog`), never drawn by hand, so that an OA vendor's BPM tool (Flowable,
//! Camunda, bpmn-js) shows exactly the process the plugin runs.
//!
//! Two processes in one collaboration, because the regulation has two kinds of case
//! with their own lives: the **annual round** (年度批次: open, review, proposed list,
//! 公示, publication, provincial recommendation) and **one application** (申报: draft to
//! recognition or revocation). A step on the round moves many applications at once
//! (抽取评审专家 seats panels, 批准名单并公示 puts the best on the list, 发文公布
//! recognises them and concludes the rest): those are message flows from the round's
//! pool to the application's message events, which is how BPMN says "another process
//! moved this case". The chunk timers that carry such a step over thousands of
//! applications are timer events right after it.
//!
//! - [`model`]: the graph — roles as lanes, each action at each stage a user task named
//!   by its label (documentation: summary and article), stages as states (gateways where
//!   flows join or several actions leave), terminal stages as end events, the 会签
//!   scoring as a parallel multi-instance task, the timers as timer events;
//! - [`flow`]: the next stages, the moves and the timers' places, which the catalog
//!   does not carry;
//! - [`layout`]: BPMNDI bounds and waypoints; [`xml`]: the document; [`svg`]: the same
//!   layout drawn as inline SVG for the portal's administrator page.

pub mod flow;
pub mod layout;
pub mod model;
mod svg;
mod xml;

use crate::contract_approval::ProcessCatalog;

/// Why the export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BpmnError {
    /// The catalog has an action, timer or move the flow tables do not place.
    #[error("流程图无法生成：{0}在 host-sim/src/bpmn/flow.rs 中没有对应的流向")]
    Unmapped(String),
    #[error("流程图写出失败：{0}")]
    Write(#[from] std::io::Error),
}

/// The BPMN 2.0 XML of the catalog's process, with its diagram.
pub fn export(catalog: &ProcessCatalog) -> Result<String, BpmnError> {
    let model = model::build(catalog)?;
    let layout = layout::layout(&model);
    Ok(xml::write(&model, &layout)?)
}

/// The catalog's process drawn as an `<svg>` element, from the layout the export writes.
pub fn svg(catalog: &ProcessCatalog) -> Result<String, BpmnError> {
    svg::render(catalog)
}

/// The catalog actions a BPMN document performs, from its user tasks' documentation
/// (`操作 <id>`), for tests that compare an export with its catalog.
pub fn actions_in(model: &model::Model) -> Vec<String> {
    let mut ids: Vec<String> = model
        .processes
        .iter()
        .flat_map(|p| &p.nodes)
        .filter_map(|n| n.action.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}
