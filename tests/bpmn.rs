//! The BPMN export is the plugin's catalog: every action is a user task of the export
//! and every user task an action of the catalog, every timer a timer event; an action
//! the flow tables do not place stops the export instead of vanishing from it.

use std::collections::BTreeSet;

use host_sim::bpmn::{self, BpmnError};
use qb_tests::sim;
use quick_xml::Reader;
use quick_xml::events::Event;

/// The `documentation` text of every element named `tag`.
fn docs_of(xml: &str, tags: &[&str]) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let (mut inside, mut in_doc, mut out) = (0usize, false, Vec::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                let name = e.name().as_ref().to_string();
                if tags.contains(&name.as_str()) {
                    inside += 1;
                } else if inside > 0 && name == "bpmn:documentation" {
                    in_doc = true;
                }
            }
            Event::Text(t) if in_doc => {
                out.push(t.xml10_content().into_owned());
            }
            Event::End(e) => {
                let name = e.name().as_ref().to_string();
                if name == "bpmn:documentation" {
                    in_doc = false;
                } else if tags.contains(&name.as_str()) {
                    inside -= 1;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The ids after `marker` in the documentation texts.
fn ids_after(docs: &[String], marker: &str) -> BTreeSet<String> {
    docs.iter()
        .filter_map(|d| d.rsplit_once(marker).map(|(_, id)| id.trim().to_string()))
        .collect()
}

#[test]
fn every_catalog_action_and_timer_is_in_the_export_and_nothing_else() {
    let sim = sim("bpmn-catalog");
    let catalog = sim.catalog().clone();
    let xml = bpmn::export(&catalog).expect("export");
    let tasks = ids_after(&docs_of(&xml, &["bpmn:userTask"]), "操作 ");
    let actions: BTreeSet<String> = catalog.actions.iter().map(|a| a.id.clone()).collect();
    assert_eq!(
        tasks, actions,
        "user tasks of the export = actions of the catalog"
    );
    let timers = ids_after(
        &docs_of(&xml, &["bpmn:boundaryEvent", "bpmn:intermediateCatchEvent"]),
        "定时器 ",
    );
    let keys: BTreeSet<String> = catalog.timers.iter().map(|t| t.key.clone()).collect();
    assert_eq!(
        timers, keys,
        "timer events of the export = timers of the catalog"
    );
    for a in &catalog.actions {
        assert!(
            xml.contains(&format!("name=\"{}\"", a.label)),
            "{} by its label",
            a.id
        );
    }
}

#[test]
fn an_action_or_timer_the_export_cannot_place_stops_it() {
    let sim = sim("bpmn-unplaced");
    let mut catalog = sim.catalog().clone();
    let mut extra = catalog.actions[0].clone();
    extra.id = "award-plaque".into();
    catalog.actions.push(extra);
    match bpmn::export(&catalog) {
        Err(BpmnError::Unmapped(what)) => assert!(what.contains("award-plaque"), "{what}"),
        other => panic!(
            "an unplaced action must stop the export: {:?}",
            other.map(|x| x.len())
        ),
    }
    let mut catalog = sim.catalog().clone();
    let mut timer = catalog.timers[0].clone();
    timer.key = "due:publication".into();
    catalog.timers.push(timer);
    assert!(matches!(
        bpmn::export(&catalog),
        Err(BpmnError::Unmapped(_))
    ));
    // An action the catalog drops leaves the export with it.
    let mut catalog = sim.catalog().clone();
    catalog.actions.retain(|a| a.id != "remind");
    let xml = bpmn::export(&catalog).expect("export");
    assert!(!ids_after(&docs_of(&xml, &["bpmn:userTask"]), "操作 ").contains("remind"));
}
