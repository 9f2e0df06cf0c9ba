//! The process as inline SVG for the administrator's page, drawn from the very model
//! and BPMNDI layout the export writes ([`super::layout`]), so the picture on the page
//! and the `.bpmn` a vendor downloads cannot disagree, and no JavaScript renderer is
//! needed at runtime. Only names people read are drawn (lanes by role label, tasks by
//! action label); node ids and action codes stay in the export.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::layout::{self, Layout, Rect};
use super::model::{Kind, Model, Node};
use crate::contract_approval::ProcessCatalog;
use crate::portal::role_label;

/// Characters of a task's name per line, and lines at most, inside a 120-wide box.
const PER_LINE: usize = 8;
const MAX_LINES: usize = 4;

/// The catalog's process as an `<svg>` element.
pub fn render(catalog: &ProcessCatalog) -> Result<String, super::BpmnError> {
    let model = super::model::build(catalog)?;
    let layout = layout::layout(&model);
    Ok(draw(&model, &layout))
}

fn draw(model: &Model, layout: &Layout) -> String {
    let (w, h) = extent(layout);
    let mut s = String::new();
    // Writing into a String cannot fail; the results are ignored for that reason.
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="bpmn" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="郑州市质量标杆认定流程图" font-family="sans-serif" font-size="12"><defs><marker id="bpmn-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0L10,5L0,10z" fill="#333"/></marker><marker id="bpmn-open" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0L10,5L0,10z" fill="#fff" stroke="#666"/></marker></defs>"##,
        w = n(w),
        h = n(h),
    );
    for (p, placed) in model.processes.iter().zip(&layout.processes) {
        pool(&mut s, placed.pool, &p.name);
        for (role, r) in p.lanes.iter().zip(&placed.lanes) {
            lane(&mut s, *r, role_label(role));
        }
        for pts in &placed.edges {
            line(&mut s, pts, "#333", "", "bpmn-arrow");
        }
        for (node, r) in p.nodes.iter().zip(&placed.nodes) {
            shape(&mut s, node, *r);
        }
    }
    for (m, pts) in model.messages.iter().zip(&layout.messages) {
        let _ = write!(s, "<g><title>{}</title>", escape(m.name.as_str()));
        line(
            &mut s,
            pts,
            "#666",
            " stroke-dasharray=\"6 4\"",
            "bpmn-open",
        );
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
}

/// Width and height of the page: the pools' extent.
fn extent(layout: &Layout) -> (f64, f64) {
    layout
        .processes
        .iter()
        .map(|p| p.pool)
        .fold((0.0, 0.0), |(w, h), r| {
            (f64::max(w, r.x + r.w), f64::max(h, r.y + r.h))
        })
}

/// A coordinate as written: one decimal at most, as in the export.
fn n(x: f64) -> String {
    format!("{}", (x * 10.0).round() / 10.0)
}

/// Text rotated to read upwards, centred in a header band.
fn vertical(s: &mut String, x: f64, r: Rect, text: &str, bold: bool) {
    let (cx, cy) = (x, r.y + r.h / 2.0);
    let _ = write!(
        s,
        "<text x=\"{x}\" y=\"{y}\" transform=\"rotate(-90 {x} {y})\" text-anchor=\"middle\" dominant-baseline=\"middle\"{b}>{t}</text>",
        x = n(cx),
        y = n(cy),
        b = if bold { " font-weight=\"bold\"" } else { "" },
        t = escape(text),
    );
}

fn pool(s: &mut String, r: Rect, name: &str) {
    let _ = write!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1.5\"/>",
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h)
    );
    vertical(s, r.x + 15.0, r, name, true);
}

fn lane(s: &mut String, r: Rect, label: &str) {
    let _ = write!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#999\"/>",
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h)
    );
    vertical(s, r.x + 15.0, r, label, false);
}

fn line(s: &mut String, pts: &[(f64, f64)], colour: &str, dash: &str, marker: &str) {
    let points: Vec<String> = pts
        .iter()
        .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
        .collect();
    let _ = write!(
        s,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\"{dash} marker-end=\"url(#{marker})\"/>",
        points.join(" ")
    );
}

/// A name cut into lines of [`PER_LINE`] characters (Chinese has no spaces to break at).
fn lines(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out: Vec<String> = chars.chunks(PER_LINE).map(|c| c.iter().collect()).collect();
    if out.len() > MAX_LINES {
        out.truncate(MAX_LINES);
        if let Some(last) = out.last_mut() {
            last.pop();
            last.push('…');
        }
    }
    out
}

/// Lines of text centred on `cx`, the first at `top`.
fn label(s: &mut String, cx: f64, top: f64, text: &str) {
    let _ = write!(s, "<text x=\"{}\" text-anchor=\"middle\">", n(cx));
    for (i, l) in lines(text).iter().enumerate() {
        let _ = write!(
            s,
            "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
            n(cx),
            n(top + 14.0 * i as f64),
            escape(l.as_str())
        );
    }
    s.push_str("</text>");
}

fn circle(s: &mut String, r: Rect, radius: f64, width: f64) {
    let _ = write!(
        s,
        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"{width}\"/>",
        n(r.x + r.w / 2.0),
        n(r.y + r.h / 2.0),
        n(radius)
    );
}

fn shape(s: &mut String, node: &Node, r: Rect) {
    let (cx, cy) = (r.x + r.w / 2.0, r.y + r.h / 2.0);
    let _ = write!(s, "<g><title>{}</title>", escape(node.name.as_str()));
    match &node.kind {
        Kind::Task | Kind::MultiTask => {
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"10\" fill=\"#eef4fb\" stroke=\"#2a5d9f\" stroke-width=\"1.5\"/>",
                n(r.x),
                n(r.y),
                n(r.w),
                n(r.h)
            );
            let rows = lines(&node.name).len() as f64;
            label(s, cx, cy - 7.0 * (rows - 1.0) + 4.0, &node.name);
            if node.kind == Kind::MultiTask {
                // The parallel multi-instance marker: three vertical bars at the bottom.
                for dx in [-6.0, 0.0, 6.0] {
                    let x = n(cx + dx);
                    let _ = write!(
                        s,
                        "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#2a5d9f\" stroke-width=\"2\"/>",
                        n(r.y + r.h - 16.0),
                        n(r.y + r.h - 5.0)
                    );
                }
            }
        }
        Kind::Exclusive => {
            let _ = write!(
                s,
                "<path d=\"M{},{}L{},{}L{},{}L{},{}z\" fill=\"#fffbe6\" stroke=\"#222\" stroke-width=\"1.5\"/>",
                n(cx),
                n(r.y),
                n(r.x + r.w),
                n(cy),
                n(cx),
                n(r.y + r.h),
                n(r.x),
                n(cy)
            );
            label(s, cx, r.y + r.h + 14.0, &node.name);
        }
        kind => {
            let radius = r.w / 2.0;
            let end = matches!(kind, Kind::End);
            circle(s, r, radius, if end { 3.5 } else { 1.5 });
            match kind {
                Kind::TimerCatch(_) | Kind::Boundary(..) => {
                    // Intermediate events have a double ring; the timer a clock face.
                    circle(s, r, radius - 3.0, 1.0);
                    let _ = write!(
                        s,
                        "<path d=\"M{cx},{top}V{cy}H{right}\" fill=\"none\" stroke=\"#222\"/>",
                        cx = n(cx),
                        top = n(cy - radius + 8.0),
                        cy = n(cy),
                        right = n(cx + radius - 9.0)
                    );
                }
                Kind::MessageStart(_) | Kind::MessageCatch(_) => {
                    if matches!(kind, Kind::MessageCatch(_)) {
                        circle(s, r, radius - 3.0, 1.0);
                    }
                    let (x0, y0) = (cx - 9.0, cy - 6.0);
                    let _ = write!(
                        s,
                        "<path d=\"M{},{}h18v12h-18zl9,6l9,-6\" fill=\"none\" stroke=\"#222\"/>",
                        n(x0),
                        n(y0)
                    );
                }
                _ => {}
            }
            // A boundary event's name would sit on the task under it; the title says it.
            if !matches!(kind, Kind::Boundary(..)) {
                label(s, cx, r.y + r.h + 14.0, &node.name);
            }
        }
    }
    s.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_wrap_and_stop_at_four_lines() {
        assert_eq!(lines("发布年度申报通知"), vec!["发布年度申报通知"]);
        let long = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五";
        let cut = lines(long);
        assert_eq!(cut.len(), MAX_LINES);
        assert!(cut[3].ends_with('…'));
    }

    #[test]
    fn text_is_escaped() {
        let mut s = String::new();
        label(&mut s, 0.0, 0.0, "<b>&\"'");
        assert!(s.contains("&lt;b&gt;&amp;&quot;&apos;") && !s.contains("<b>"));
    }
}
