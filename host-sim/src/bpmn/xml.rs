//! The model and its layout as BPMN 2.0 XML (OMG namespaces, `bpmn:` prefix as
//! bpmn-js writes it), through quick-xml's writer, which escapes every text and
//! attribute.

use std::io;

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::layout::{Layout, Placed, Rect};
use super::model::{Kind, Model, Process};
use crate::portal::role_label;

const BPMN: &str = "http://www.omg.org/spec/BPMN/20100524/MODEL";
const BPMNDI: &str = "http://www.omg.org/spec/BPMN/20100524/DI";
const DC: &str = "http://www.omg.org/spec/DD/20100524/DC";
const DI: &str = "http://www.omg.org/spec/DD/20100524/DI";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

type W = Writer<Vec<u8>>;

fn leaf(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.create_element(name)
        .with_attributes(attrs.iter().copied())
        .write_empty()?;
    Ok(())
}

fn formal(w: &mut W, name: &str, expression: &str) -> io::Result<()> {
    leaf(
        w,
        name,
        &[("xsi:type", "bpmn:tFormalExpression")],
        expression,
    )
}

pub fn write(model: &Model, layout: &Layout) -> io::Result<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.get_mut()
        .extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.create_element("bpmn:definitions")
        .with_attributes([
            ("xmlns:bpmn", BPMN),
            ("xmlns:bpmndi", BPMNDI),
            ("xmlns:dc", DC),
            ("xmlns:di", DI),
            ("xmlns:xsi", XSI),
            ("id", "Definitions_quality_benchmark"),
            ("targetNamespace", "urn:zhengzhou:quality-benchmark:bpmn"),
            ("exporter", "host-sim export bpmn"),
            ("exporterVersion", env!("CARGO_PKG_VERSION")),
        ])
        .write_inner_content(|w| {
            for (i, (action, ..)) in super::flow::MOVES.iter().enumerate() {
                let id = format!("Message_{i}");
                let name = format!("move:{action}:{i}");
                empty(
                    w,
                    "bpmn:message",
                    &[("id", id.as_str()), ("name", name.as_str())],
                )?;
            }
            collaboration(w, model)?;
            for p in &model.processes {
                process(w, model, p)?;
            }
            diagram(w, model, layout)
        })?;
    String::from_utf8(w.into_inner()).map_err(io::Error::other)
}

fn collaboration(w: &mut W, model: &Model) -> io::Result<()> {
    w.create_element("bpmn:collaboration")
        .with_attribute(("id", "Collaboration_quality_benchmark"))
        .write_inner_content(|w| {
            leaf(
                w,
                "bpmn:documentation",
                &[],
                "《郑州市质量标杆认定管理办法》的认定流程，由插件的目录（approval.catalog）生成：上方为年度批次，下方为一件申报；批次的步骤以消息推动申报的阶段。",
            )?;
            for p in &model.processes {
                empty(
                    w,
                    "bpmn:participant",
                    &[
                        ("id", format!("Participant_{}", p.id).as_str()),
                        ("name", p.name.as_str()),
                        ("processRef", p.id.as_str()),
                    ],
                )?;
            }
            for m in &model.messages {
                let (from, to) = (
                    &model.processes[m.from.0].nodes[m.from.1].id,
                    &model.processes[m.to.0].nodes[m.to.1].id,
                );
                empty(
                    w,
                    "bpmn:messageFlow",
                    &[
                        ("id", m.id.as_str()),
                        ("name", m.name.as_str()),
                        ("sourceRef", from.as_str()),
                        ("targetRef", to.as_str()),
                        ("messageRef", format!("Message_{}", m.message).as_str()),
                    ],
                )?;
            }
            Ok(())
        })?;
    Ok(())
}

fn process(w: &mut W, model: &Model, p: &Process) -> io::Result<()> {
    w.create_element("bpmn:process")
        .with_attributes([
            ("id", p.id.as_str()),
            ("name", p.name.as_str()),
            ("isExecutable", "true"),
        ])
        .write_inner_content(|w| {
            w.create_element("bpmn:laneSet")
                .with_attribute(("id", format!("{}_lanes", p.id).as_str()))
                .write_inner_content(|w| {
                    for (l, role) in p.lanes.iter().enumerate() {
                        w.create_element("bpmn:lane")
                            .with_attributes([
                                ("id", format!("{}_lane_{role}", p.id).as_str()),
                                ("name", role_label(role)),
                            ])
                            .write_inner_content(|w| {
                                for n in p.nodes.iter().filter(|n| n.lane == l) {
                                    leaf(w, "bpmn:flowNodeRef", &[], &n.id)?;
                                }
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            for (i, n) in p.nodes.iter().enumerate() {
                node(w, model, p, i, n)?;
            }
            for e in &p.edges {
                let mut attrs = vec![
                    ("id", e.id.as_str()),
                    ("sourceRef", p.nodes[e.from].id.as_str()),
                    ("targetRef", p.nodes[e.to].id.as_str()),
                ];
                if let Some(name) = &e.name {
                    attrs.push(("name", name.as_str()));
                }
                let el = w.create_element("bpmn:sequenceFlow").with_attributes(attrs);
                match &e.condition {
                    Some(c) => {
                        el.write_inner_content(|w| formal(w, "bpmn:conditionExpression", c))?;
                    }
                    None => {
                        el.write_empty()?;
                    }
                }
            }
            Ok(())
        })?;
    Ok(())
}

fn node(w: &mut W, model: &Model, p: &Process, i: usize, n: &super::model::Node) -> io::Result<()> {
    let incoming: Vec<&str> = p
        .edges
        .iter()
        .filter(|e| e.to == i)
        .map(|e| e.id.as_str())
        .collect();
    let outgoing: Vec<&str> = p
        .edges
        .iter()
        .filter(|e| e.from == i)
        .map(|e| e.id.as_str())
        .collect();
    let (tag, mut attrs) = match &n.kind {
        Kind::Start | Kind::MessageStart(_) => ("bpmn:startEvent", vec![]),
        Kind::End => ("bpmn:endEvent", vec![]),
        Kind::Task | Kind::MultiTask => ("bpmn:userTask", vec![]),
        Kind::Exclusive => ("bpmn:exclusiveGateway", vec![]),
        Kind::TimerCatch(_) | Kind::MessageCatch(_) => ("bpmn:intermediateCatchEvent", vec![]),
        Kind::Boundary(task, interrupting, _) => (
            "bpmn:boundaryEvent",
            vec![
                ("attachedToRef", p.nodes[*task].id.clone()),
                ("cancelActivity", interrupting.to_string()),
            ],
        ),
    };
    attrs.insert(0, ("name", n.name.clone()));
    attrs.insert(0, ("id", n.id.clone()));
    w.create_element(tag)
        .with_attributes(attrs.iter().map(|(k, v)| (*k, v.as_str())))
        .write_inner_content(|w| {
            if let Some(doc) = &n.doc {
                leaf(w, "bpmn:documentation", &[], doc)?;
            }
            for id in &incoming {
                leaf(w, "bpmn:incoming", &[], id)?;
            }
            for id in &outgoing {
                leaf(w, "bpmn:outgoing", &[], id)?;
            }
            match &n.kind {
                Kind::MultiTask => {
                    w.create_element("bpmn:multiInstanceLoopCharacteristics")
                        .with_attribute(("isSequential", "false"))
                        .write_inner_content(|w| formal(w, "bpmn:loopCardinality", "panel_size"))?;
                }
                Kind::MessageStart(m) | Kind::MessageCatch(m) => {
                    let msg = format!("Message_{m}");
                    empty(
                        w,
                        "bpmn:messageEventDefinition",
                        &[
                            ("id", format!("{}_def", n.id).as_str()),
                            ("messageRef", msg.as_str()),
                        ],
                    )?;
                }
                Kind::TimerCatch(t) | Kind::Boundary(_, _, t) => timer(w, model, &n.id, *t)?,
                _ => {}
            }
            Ok(())
        })?;
    Ok(())
}

/// A timer's definition: the host fires it at the instant the plugin chose (H7); a
/// chunk timer is set for "now".
fn timer(w: &mut W, model: &Model, node: &str, t: usize) -> io::Result<()> {
    let key = model.timers.get(t).map_or("", |t| t.key.as_str());
    let chunk = matches!(
        super::flow::timer_at(key),
        Some(super::flow::TimerAt::After { .. })
    );
    w.create_element("bpmn:timerEventDefinition")
        .with_attribute(("id", format!("{node}_def").as_str()))
        .write_inner_content(|w| {
            if chunk {
                formal(w, "bpmn:timeDuration", "\"PT0S\"")
            } else {
                let var = key.replace([':', '-'], "_");
                formal(w, "bpmn:timeDate", format!("timer_{var}").as_str())
            }
        })?;
    Ok(())
}

fn bounds(w: &mut W, r: Rect) -> io::Result<()> {
    empty(
        w,
        "dc:Bounds",
        &[
            ("x", fmt(r.x).as_str()),
            ("y", fmt(r.y).as_str()),
            ("width", fmt(r.w).as_str()),
            ("height", fmt(r.h).as_str()),
        ],
    )
}

fn fmt(x: f64) -> String {
    format!("{}", (x * 10.0).round() / 10.0)
}

fn waypoints(w: &mut W, pts: &[(f64, f64)]) -> io::Result<()> {
    for (x, y) in pts {
        empty(
            w,
            "di:waypoint",
            &[("x", fmt(*x).as_str()), ("y", fmt(*y).as_str())],
        )?;
    }
    Ok(())
}

fn diagram(w: &mut W, model: &Model, layout: &Layout) -> io::Result<()> {
    w.create_element("bpmndi:BPMNDiagram")
        .with_attributes([
            ("id", "Diagram_quality_benchmark"),
            ("name", "郑州市质量标杆认定流程"),
        ])
        .write_inner_content(|w| {
            w.create_element("bpmndi:BPMNPlane")
                .with_attributes([
                    ("id", "Plane_quality_benchmark"),
                    ("bpmnElement", "Collaboration_quality_benchmark"),
                ])
                .write_inner_content(|w| {
                    for (p, placed) in model.processes.iter().zip(&layout.processes) {
                        shapes(w, p, placed)?;
                    }
                    for (m, pts) in model.messages.iter().zip(&layout.messages) {
                        w.create_element("bpmndi:BPMNEdge")
                            .with_attributes([
                                ("id", format!("{}_di", m.id).as_str()),
                                ("bpmnElement", m.id.as_str()),
                            ])
                            .write_inner_content(|w| waypoints(w, pts))?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn shape(w: &mut W, element: &str, r: Rect, horizontal: bool) -> io::Result<()> {
    let mut attrs = vec![
        ("id", format!("{element}_di")),
        ("bpmnElement", element.to_string()),
    ];
    if horizontal {
        attrs.push(("isHorizontal", "true".into()));
    }
    w.create_element("bpmndi:BPMNShape")
        .with_attributes(attrs.iter().map(|(k, v)| (*k, v.as_str())))
        .write_inner_content(|w| bounds(w, r))?;
    Ok(())
}

fn shapes(w: &mut W, p: &Process, placed: &Placed) -> io::Result<()> {
    shape(w, &format!("Participant_{}", p.id), placed.pool, true)?;
    for (role, r) in p.lanes.iter().zip(&placed.lanes) {
        shape(w, &format!("{}_lane_{role}", p.id), *r, true)?;
    }
    for (n, r) in p.nodes.iter().zip(&placed.nodes) {
        shape(w, &n.id, *r, false)?;
    }
    for (e, pts) in p.edges.iter().zip(&placed.edges) {
        w.create_element("bpmndi:BPMNEdge")
            .with_attributes([
                ("id", format!("{}_di", e.id).as_str()),
                ("bpmnElement", e.id.as_str()),
            ])
            .write_inner_content(|w| waypoints(w, pts))?;
    }
    Ok(())
}
