//! Where everything goes on the page, for BPMNDI: the two processes as pools one above
//! the other, their lanes as horizontal bands, nodes in columns left to right by stage
//! order, nodes sharing a lane and column stacked, and every flow drawn with right
//! angles through the gaps between columns (a flow that skips columns runs along the
//! bottom of its lane, below every shape), so that no line crosses a shape.

use super::model::{Kind, Model, Node, Process};

pub const TASK: (f64, f64) = (120.0, 80.0);
pub const GATEWAY: (f64, f64) = (50.0, 50.0);
pub const EVENT: (f64, f64) = (36.0, 36.0);
/// Room for a pool's and a lane's vertical title.
const POOL_HEADER: f64 = 30.0;
const LANE_HEADER: f64 = 30.0;
/// Gap left and right of each column, where vertical segments run.
const GAP: f64 = 40.0;
/// Height of one stacked row in a lane, and the corridor under the rows.
const ROW: f64 = 130.0;
const CORRIDOR: f64 = 40.0;
/// Vertical room between the pools, where message flows run.
const BETWEEN_POOLS: f64 = 80.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    fn right(&self) -> f64 {
        self.x + self.w
    }
    fn mid_y(&self) -> f64 {
        self.y + self.h / 2.0
    }
    fn mid_x(&self) -> f64 {
        self.x + self.w / 2.0
    }
}

pub fn size(kind: &Kind) -> (f64, f64) {
    match kind {
        Kind::Task | Kind::MultiTask => TASK,
        Kind::Exclusive => GATEWAY,
        _ => EVENT,
    }
}

/// Shapes and routes of one process.
#[derive(Debug, Clone)]
pub struct Placed {
    pub pool: Rect,
    pub lanes: Vec<Rect>,
    pub nodes: Vec<Rect>,
    pub edges: Vec<Vec<(f64, f64)>>,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub processes: Vec<Placed>,
    pub messages: Vec<Vec<(f64, f64)>>,
}

/// The x of each column's left edge, and the page width, for the widest of both pools.
fn column_lefts(model: &Model) -> (Vec<f64>, f64) {
    let cols = model
        .processes
        .iter()
        .flat_map(|p| p.nodes.iter().map(|n| n.col + 1))
        .max()
        .unwrap_or(0);
    let mut widths = vec![0.0_f64; cols];
    for n in model.processes.iter().flat_map(|p| &p.nodes) {
        widths[n.col] = widths[n.col].max(size(&n.kind).0);
    }
    let mut x = POOL_HEADER + LANE_HEADER + GAP;
    let mut lefts = Vec::with_capacity(cols);
    for w in widths {
        lefts.push(x);
        x += w + GAP;
    }
    (lefts, x)
}

/// Rows used in each lane: nodes sharing a lane and a column are stacked.
fn slots(p: &Process) -> (Vec<usize>, Vec<usize>) {
    let mut slot = vec![0; p.nodes.len()];
    let mut rows = vec![1; p.lanes.len()];
    let mut used: Vec<(usize, usize, usize)> = Vec::new();
    for (i, n) in p.nodes.iter().enumerate() {
        if let Kind::Boundary(task, ..) = n.kind {
            slot[i] = slot[task];
            continue;
        }
        let k = used
            .iter()
            .filter(|(l, c, _)| *l == n.lane && *c == n.col)
            .count();
        used.push((n.lane, n.col, i));
        slot[i] = k;
        rows[n.lane] = rows[n.lane].max(k + 1);
    }
    (slot, rows)
}

fn place(
    p: &Process,
    top: f64,
    width: f64,
    lefts: &[f64],
    col_width: &dyn Fn(usize) -> f64,
) -> Placed {
    let (slot, rows) = slots(p);
    let mut lanes = Vec::new();
    let mut y = top;
    for r in &rows {
        let h = *r as f64 * ROW + CORRIDOR;
        lanes.push(Rect {
            x: POOL_HEADER,
            y,
            w: width - POOL_HEADER,
            h,
        });
        y += h;
    }
    let nodes: Vec<Rect> = p
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| shape(n, i, p, &slot, &lanes, lefts, col_width))
        .collect();
    let edges = p
        .edges
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let (s, t) = (nodes[e.from], nodes[e.to]);
            let lane = lanes[p.nodes[e.from].lane];
            let adjacent = p.nodes[e.to].col == p.nodes[e.from].col + 1;
            match p.nodes[e.from].kind {
                Kind::Boundary(..) => from_boundary(s, t, lane, k),
                _ => route(s, t, lane, adjacent, k),
            }
        })
        .collect();
    Placed {
        pool: Rect {
            x: 0.0,
            y: top,
            w: width,
            h: y - top,
        },
        lanes,
        nodes,
        edges,
    }
}

fn shape(
    n: &Node,
    i: usize,
    p: &Process,
    slot: &[usize],
    lanes: &[Rect],
    lefts: &[f64],
    col_width: &dyn Fn(usize) -> f64,
) -> Rect {
    let (w, h) = size(&n.kind);
    let lane = lanes[n.lane];
    let row_mid = lane.y + slot[i] as f64 * ROW + ROW / 2.0;
    if let Kind::Boundary(task, ..) = n.kind {
        // On the lower edge of its task, towards the right.
        let t = shape(&p.nodes[task], task, p, slot, lanes, lefts, col_width);
        return Rect {
            x: t.right() - w - 10.0,
            y: t.y + t.h - h / 2.0,
            w,
            h,
        };
    }
    // Centred in its column.
    let x = lefts[n.col] + (col_width(n.col) - w) / 2.0;
    Rect {
        x,
        y: row_mid - h / 2.0,
        w,
        h,
    }
}

/// A corridor just above the lane's bottom, a little apart for each flow.
fn corridor(lane: Rect, k: usize) -> f64 {
    lane.y + lane.h - 8.0 - (k % 5) as f64 * 6.0
}

fn route(s: Rect, t: Rect, lane: Rect, adjacent: bool, k: usize) -> Vec<(f64, f64)> {
    let (sy, ty) = (s.mid_y(), t.mid_y());
    let mut pts = if adjacent && t.x > s.right() {
        let mx = (s.right() + t.x) / 2.0;
        vec![(s.right(), sy), (mx, sy), (mx, ty), (t.x, ty)]
    } else {
        let cy = corridor(lane, k);
        let (out, back) = (s.right() + GAP / 2.0 - 4.0, t.x - GAP / 2.0 + 4.0);
        vec![
            (s.right(), sy),
            (out, sy),
            (out, cy),
            (back, cy),
            (back, ty),
            (t.x, ty),
        ]
    };
    pts.dedup();
    straight(pts)
}

/// From a boundary event's bottom: down under its task, then along to the target.
fn from_boundary(s: Rect, t: Rect, lane: Rect, k: usize) -> Vec<(f64, f64)> {
    let below = s.y + s.h + 14.0;
    let back = t.x - GAP / 2.0 + 4.0;
    let cy = if t.mid_y() > below {
        t.mid_y()
    } else {
        below.max(corridor(lane, k).min(below + 20.0))
    };
    let mut pts = vec![
        (s.mid_x(), s.y + s.h),
        (s.mid_x(), cy),
        (back, cy),
        (back, t.mid_y()),
        (t.x, t.mid_y()),
    ];
    pts.dedup();
    straight(pts)
}

/// Drops middle points on a straight line.
fn straight(pts: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(pts.len());
    for p in pts {
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            if (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1) {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// The whole page: the batch's pool on top, the application's below.
pub fn layout(model: &Model) -> Layout {
    let (lefts, width) = column_lefts(model);
    let col_width = |c: usize| {
        model
            .processes
            .iter()
            .flat_map(|p| &p.nodes)
            .filter(|n| n.col == c && !matches!(n.kind, Kind::Boundary(..)))
            .map(|n| size(&n.kind).0)
            .fold(0.0, f64::max)
    };
    let mut top = 0.0;
    let mut processes = Vec::new();
    for p in &model.processes {
        let placed = place(p, top, width, &lefts, &col_width);
        top += placed.pool.h + BETWEEN_POOLS;
        processes.push(placed);
    }
    let messages = model
        .messages
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let s = processes[m.from.0].nodes[m.from.1];
            let t = processes[m.to.0].nodes[m.to.1];
            let gap_y = processes[m.from.0].pool.y
                + processes[m.from.0].pool.h
                + 14.0
                + (k % 8) as f64 * 7.0;
            let (out, back) = (s.right() + GAP / 2.0 - 10.0, t.x - GAP / 2.0 + 10.0);
            straight(vec![
                (s.right(), s.mid_y()),
                (out, s.mid_y()),
                (out, gap_y),
                (back, gap_y),
                (back, t.mid_y()),
                (t.x, t.mid_y()),
            ])
        })
        .collect();
    Layout {
        processes,
        messages,
    }
}
