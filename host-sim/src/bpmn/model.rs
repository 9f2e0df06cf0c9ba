//! The diagram as a graph, built from the catalog and the flow tables: one process per
//! case kind, each stage a state of the flow (a join gateway where several flows arrive,
//! a split gateway where several actions leave), each action at each stage a user task,
//! terminal stages ending in end events, the timers as timer events, and the steps of
//! the batch that move applications as messages between the two processes.

use super::BpmnError;
use super::flow::{self, SAME, TimerAt};
use crate::codes::{Code, stage_code, stage_kind};
use crate::contract::CaseKind;
use crate::contract_approval::{ActionInfo, ActionScope, ProcessCatalog, TimerInfo};

/// The lanes, top to bottom, in the order a case passes them.
pub const ROLES: [&str; 6] = [
    "enterprise",
    "district-office",
    "city-officer",
    "city-leader",
    "expert",
    "public",
];

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Start,
    /// Started by a message from the other process.
    MessageStart(usize),
    End,
    Task,
    /// 会签: every panel member acts, in parallel.
    MultiTask,
    Exclusive,
    TimerCatch(usize),
    MessageCatch(usize),
    /// A timer on a task (node index); interrupting or not.
    Boundary(usize, bool, usize),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub lane: usize,
    pub col: usize,
    pub doc: Option<String>,
    /// The catalog action a task performs.
    pub action: Option<String>,
    /// The stage the node belongs to (none: creation), and its place in the stage's
    /// columns: 0 join, 1 split, 2 what leaves the stage, 3 what follows that.
    pub stage: Option<String>,
    pub tier: u8,
}

#[derive(Debug, Clone)]
pub struct Edge {
    pub id: String,
    pub from: usize,
    pub to: usize,
    pub name: Option<String>,
    pub condition: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Process {
    pub id: String,
    pub name: String,
    /// Role codes of the lanes.
    pub lanes: Vec<&'static str>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// A message flow between the processes, from (process, node) to (process, node);
/// `message` indexes the moves of [`flow::MOVES`], one message definition each.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    pub message: usize,
    pub name: String,
    pub from: (usize, usize),
    pub to: (usize, usize),
}

#[derive(Debug, Clone)]
pub struct Model {
    pub processes: Vec<Process>,
    pub messages: Vec<Message>,
    /// The catalog's timers, indexed by the timer events.
    pub timers: Vec<TimerInfo>,
}

fn kind_of(a: &ActionInfo) -> Option<CaseKind> {
    a.creates
        .or_else(|| a.stages.first().map(|s| stage_kind(*s)))
}

fn xml_id(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// What a task documents: the summary, the article, who and the form.
fn documentation(a: &ActionInfo) -> String {
    let roles: Vec<&str> = a
        .roles
        .iter()
        .map(|r| crate::portal::role_label(r.code()))
        .collect();
    let form = a
        .form
        .as_deref()
        .map_or(String::new(), |f| format!("；表单 {f}"));
    format!(
        "{}（{}）。办理人：{}{form}；操作 {}",
        a.summary,
        a.article,
        roles.join("、"),
        a.id
    )
}

/// What a timer event documents: its meaning, article and key.
fn timer_doc(t: &TimerInfo) -> String {
    format!("{}（{}）；定时器 {}", t.meaning, t.article, t.key)
}

/// Builds one process; `messages` collects the moves it receives or sends.
struct Builder<'c> {
    catalog: &'c ProcessCatalog,
    kind: CaseKind,
    p: Process,
    /// Sources of flows into each stage code.
    ins: Vec<(String, usize, Option<String>)>,
}

impl<'c> Builder<'c> {
    fn lane(&mut self, role: &'static str) -> usize {
        if let Some(i) = self.p.lanes.iter().position(|r| *r == role) {
            return i;
        }
        self.p.lanes.push(role);
        self.p.lanes.len() - 1
    }

    fn role_lane(&mut self, a: &ActionInfo) -> usize {
        let code = a.roles.first().map_or("city-officer", |r| r.code());
        let role = ROLES
            .iter()
            .copied()
            .find(|r| *r == code)
            .unwrap_or("city-officer");
        self.lane(role)
    }

    fn node(&mut self, id: String, name: String, kind: Kind, lane: usize) -> usize {
        self.p.nodes.push(Node {
            id,
            name,
            kind,
            lane,
            col: 0,
            doc: None,
            action: None,
            stage: None,
            tier: 0,
        });
        self.p.nodes.len() - 1
    }

    /// Places node `n` in `stage`'s columns at `tier`.
    fn place(&mut self, n: usize, stage: Option<&str>, tier: u8) {
        self.p.nodes[n].stage = stage.map(str::to_string);
        self.p.nodes[n].tier = tier;
    }

    fn edge(&mut self, from: usize, to: usize, name: Option<String>, condition: Option<String>) {
        let id = format!("{}_flow_{}", self.p.id, self.p.edges.len() + 1);
        self.p.edges.push(Edge {
            id,
            from,
            to,
            name,
            condition,
        });
    }

    fn label_of(&self, stage: &str) -> String {
        self.catalog
            .stages
            .iter()
            .find(|s| stage_kind(s.stage) == self.kind && s.code == stage)
            .map_or_else(|| stage.to_string(), |s| s.label.clone())
    }

    /// Flows from `from` into the stages `targets` (SAME meaning `at`): through a result
    /// gateway when there are several.
    fn lead(&mut self, from: usize, targets: &[&str], at: &str, name: &str) {
        let resolve = |t: &str| {
            if t == SAME {
                at.to_string()
            } else {
                t.to_string()
            }
        };
        if let [only] = targets {
            self.ins.push((resolve(only), from, None));
            return;
        }
        let lane = self.p.nodes[from].lane;
        let id = format!("{}_result", self.p.nodes[from].id);
        let gw = self.node(id, format!("{name}结果"), Kind::Exclusive, lane);
        let stage = self.p.nodes[from].stage.clone();
        self.place(gw, stage.as_deref(), 3);
        self.edge(from, gw, None, None);
        for t in targets {
            let t = resolve(t);
            self.ins
                .push((t.clone(), gw, Some(format!("stage == \"{t}\""))));
        }
    }
}

/// The graph of both processes, or the first action or timer the flow tables lack.
pub fn build(catalog: &ProcessCatalog) -> Result<Model, BpmnError> {
    for a in &catalog.actions {
        flow::leads_to(&a.id).ok_or_else(|| BpmnError::Unmapped(format!("操作 {}", a.id)))?;
    }
    for t in &catalog.timers {
        flow::timer_at(&t.key).ok_or_else(|| BpmnError::Unmapped(format!("定时器 {}", t.key)))?;
    }
    let batch = process(
        catalog,
        CaseKind::Batch,
        "Process_batch",
        "年度认定工作（年度批次）",
    )?;
    let app = process(
        catalog,
        CaseKind::Application,
        "Process_application",
        "一件申报",
    )?;
    let mut model = Model {
        processes: vec![batch, app],
        messages: Vec::new(),
        timers: catalog.timers.clone(),
    };
    link(catalog, &mut model)?;
    Ok(model)
}

fn process(
    catalog: &ProcessCatalog,
    kind: CaseKind,
    id: &str,
    name: &str,
) -> Result<Process, BpmnError> {
    let mut b = Builder {
        catalog,
        kind,
        p: Process {
            id: id.into(),
            name: name.into(),
            lanes: Vec::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
        },
        ins: Vec::new(),
    };
    let stages: Vec<_> = catalog
        .stages
        .iter()
        .filter(|s| stage_kind(s.stage) == kind)
        .collect();
    let actions: Vec<&ActionInfo> = catalog
        .actions
        .iter()
        .filter(|a| kind_of(a) == Some(kind))
        .collect();
    // Lanes in role order, for the roles that act here or send moves here.
    for role in ROLES {
        let acts = actions
            .iter()
            .any(|a| a.roles.iter().any(|r| r.code() == role));
        let moves = kind == CaseKind::Application
            && flow::MOVES.iter().any(|(a, ..)| {
                catalog
                    .actions
                    .iter()
                    .any(|x| x.id == *a && x.roles.iter().any(|r| r.code() == role))
            });
        if acts || moves {
            b.lane(role);
        }
    }
    // Creation: a blank start for the action that creates this kind of case, a message
    // start for a step of the batch that creates one.
    let mut tasks: Vec<(usize, String, String)> = Vec::new();
    for a in actions.iter().filter(|a| a.creates == Some(kind)) {
        let lane = b.role_lane(a);
        let start = b.node(format!("{id}_start"), "开始".into(), Kind::Start, lane);
        let task = b.node(
            format!("Task_{}", xml_id(&a.id)),
            a.label.clone(),
            Kind::Task,
            lane,
        );
        b.p.nodes[task].doc = Some(documentation(a));
        b.p.nodes[task].action = Some(a.id.clone());
        b.place(task, None, 1);
        b.edge(start, task, None, None);
        let targets = flow::leads_to(&a.id).unwrap_or(&[]);
        b.lead(task, targets, "", &a.label);
    }
    for (i, (action, _, from, to)) in flow::MOVES.iter().enumerate() {
        if kind != CaseKind::Application || !from.is_empty() {
            continue;
        }
        let a = catalog.actions.iter().find(|x| x.id == *action);
        let (label, lane) = match a {
            Some(a) => (a.label.clone(), b.role_lane(a)),
            None => continue,
        };
        let start = b.node(format!("{id}_move_{i}"), label, Kind::MessageStart(i), lane);
        b.ins.push(((*to).to_string(), start, None));
    }
    // Each action at each of its stages.
    for a in &actions {
        for s in a.stages.iter().map(|s| stage_code(*s)) {
            let lane = b.role_lane(a);
            let multi = a.scope == ActionScope::AssignedExpert && a.summary.contains("会签");
            let task_id = format!("Task_{}__{}", xml_id(&a.id), xml_id(s));
            let kind = if multi { Kind::MultiTask } else { Kind::Task };
            let task = b.node(task_id, a.label.clone(), kind, lane);
            b.p.nodes[task].doc = Some(documentation(a));
            b.p.nodes[task].action = Some(a.id.clone());
            b.place(task, Some(s), 2);
            tasks.push((task, a.id.clone(), s.to_string()));
            let targets = flow::leads_to(&a.id).unwrap_or(&[]);
            let after = catalog.timers.iter().enumerate().find(|(_, t)| {
                matches!(flow::timer_at(&t.key), Some(TimerAt::After { action }) if action == a.id)
            });
            match after {
                Some((ti, t)) => {
                    let ev_id = format!("{}_timer", b.p.nodes[task].id);
                    let ev = b.node(ev_id, t.meaning.clone(), Kind::TimerCatch(ti), lane);
                    b.p.nodes[ev].doc = Some(timer_doc(t));
                    b.place(ev, Some(s), 3);
                    b.edge(task, ev, None, None);
                    b.lead(ev, targets, s, &a.label);
                }
                None => b.lead(task, targets, s, &a.label),
            }
        }
    }
    // Boundary timers on the tasks they watch.
    for (ti, t) in catalog.timers.iter().enumerate() {
        let Some(TimerAt::Boundary {
            action,
            stage,
            interrupting,
        }) = flow::timer_at(&t.key)
        else {
            continue;
        };
        let Some(&(task, _, _)) = tasks.iter().find(|(_, a, s)| a == action && s == stage) else {
            continue;
        };
        let lane = b.p.nodes[task].lane;
        let bid = format!("{}_timer", b.p.nodes[task].id);
        let ev = b.node(
            bid,
            t.meaning.clone(),
            Kind::Boundary(task, interrupting, ti),
            lane,
        );
        b.place(ev, Some(stage), 2);
        b.p.nodes[ev].doc = Some(timer_doc(t));
        if interrupting {
            let targets = flow::leads_to(action).unwrap_or(&[]);
            b.lead(ev, targets, stage, &t.meaning);
        } else {
            let end = b.node(
                format!("{}_end", b.p.nodes[ev].id),
                "已催办".into(),
                Kind::End,
                lane,
            );
            b.place(end, Some(stage), 3);
            b.edge(ev, end, None, None);
        }
    }
    // Applications moved by the batch wait for its message.
    let mut catches = Vec::new();
    for (i, (action, _, from, to)) in flow::MOVES.iter().enumerate() {
        if kind != CaseKind::Application || from.is_empty() {
            continue;
        }
        let Some(a) = catalog.actions.iter().find(|x| x.id == *action) else {
            continue;
        };
        let lane = b.role_lane(a);
        let name = format!("{}：{}", a.label, b.label_of(to));
        let ev = b.node(format!("{id}_move_{i}"), name, Kind::MessageCatch(i), lane);
        b.place(ev, Some(from), 2);
        b.ins.push(((*to).to_string(), ev, None));
        catches.push(((*from).to_string(), ev, a.id.clone()));
    }
    // The stages: joins, splits and ends.
    for s in &stages {
        let code = s.code.as_str();
        let ins: Vec<(usize, Option<String>)> = b
            .ins
            .iter()
            .filter(|(t, ..)| t == code)
            .map(|(_, n, c)| (*n, c.clone()))
            .collect();
        // Leaving the stage: (node, condition, the flow's name).
        let mut outs: Vec<(usize, String, String)> = tasks
            .iter()
            .filter(|(_, _, st)| st == code)
            .map(|(n, a, _)| (*n, format!("action == \"{a}\""), b.p.nodes[*n].name.clone()))
            .collect();
        outs.extend(catches.iter().filter(|(f, ..)| f == code).map(|(_, n, a)| {
            let name = catalog
                .actions
                .iter()
                .find(|x| x.id == *a)
                .map_or(a.clone(), |x| x.label.clone());
            (*n, format!("event == \"{a}\""), name)
        }));
        let home = outs
            .first()
            .map(|(n, ..)| b.p.nodes[*n].lane)
            .or_else(|| ins.first().map(|(n, _)| b.p.nodes[*n].lane))
            .unwrap_or(0);
        if s.terminal {
            let end = b.node(
                format!("{id}_end_{}", xml_id(code)),
                s.label.clone(),
                Kind::End,
                home,
            );
            b.place(end, Some(code), 2);
            outs.push((end, "done".into(), "办结".into()));
        }
        if ins.is_empty() || outs.is_empty() {
            continue;
        }
        let entry = if ins.len() > 1 {
            let j = b.node(
                format!("{id}_stage_{}", xml_id(code)),
                s.label.clone(),
                Kind::Exclusive,
                home,
            );
            b.place(j, Some(code), 0);
            for (n, c) in &ins {
                let name = c.as_ref().map(|_| s.label.clone());
                b.edge(*n, j, name, c.clone());
            }
            Some(j)
        } else {
            None
        };
        if outs.len() > 1 {
            let g = b.node(
                format!("{id}_stage_{}_split", xml_id(code)),
                format!("{}？", s.label),
                Kind::Exclusive,
                home,
            );
            b.place(g, Some(code), 1);
            match entry {
                Some(j) => b.edge(j, g, None, None),
                None => b.edge(ins[0].0, g, Some(s.label.clone()), ins[0].1.clone()),
            }
            for (n, c, name) in outs {
                b.edge(g, n, Some(name), Some(c));
            }
        } else {
            let (out, ..) = &outs[0];
            match entry {
                Some(j) => b.edge(j, *out, None, None),
                None => b.edge(ins[0].0, *out, Some(s.label.clone()), ins[0].1.clone()),
            }
        }
    }
    columns(
        &mut b.p,
        &stages.iter().map(|s| s.code.clone()).collect::<Vec<_>>(),
    );
    Ok(b.p)
}

/// Left to right: creation first, then each stage in process order — its join, its
/// split, the tasks and events leaving it, and what follows them (results, timers).
/// Only columns that hold something take room.
fn columns(p: &mut Process, stages: &[String]) {
    let mut keys: Vec<(Option<&str>, u8)> = vec![(None, 0), (None, 1)];
    for s in stages {
        keys.extend((0..4).map(|t| (Some(s.as_str()), t)));
    }
    let mut col = 0;
    for (stage, tier) in keys {
        let mut any = false;
        for n in p
            .nodes
            .iter_mut()
            .filter(|n| n.stage.as_deref() == stage && n.tier == tier)
        {
            if !matches!(n.kind, Kind::Boundary(..)) {
                n.col = col;
                any = true;
            }
        }
        col += usize::from(any);
    }
    // Boundary events ride on their task.
    for i in 0..p.nodes.len() {
        if let Kind::Boundary(task, ..) = p.nodes[i].kind {
            p.nodes[i].col = p.nodes[task].col;
        }
    }
}

/// The message flows: each move from the task (or the chunk timer after it) on the
/// batch to the application's message event; a step taken at several stages sends from
/// each.
fn link(catalog: &ProcessCatalog, model: &mut Model) -> Result<(), BpmnError> {
    for (i, (action, timer, _, _)) in flow::MOVES.iter().enumerate() {
        let (batch, app) = (&model.processes[0], &model.processes[1]);
        let prefix = format!("Task_{}__", xml_id(action));
        let sources: Vec<usize> = (0..batch.nodes.len())
            .filter(|&n| {
                let node = &batch.nodes[n];
                node.id.starts_with(&prefix)
                    && match timer {
                        Some(_) => matches!(node.kind, Kind::TimerCatch(_)),
                        None => matches!(node.kind, Kind::Task | Kind::MultiTask),
                    }
            })
            .collect();
        let target = app.nodes.iter().position(
            |n| matches!(n.kind, Kind::MessageCatch(m) | Kind::MessageStart(m) if m == i),
        );
        let Some(to) = target.filter(|_| !sources.is_empty()) else {
            return Err(BpmnError::Unmapped(format!(
                "批次操作 {action} 对申报的影响"
            )));
        };
        let name = catalog
            .actions
            .iter()
            .find(|a| a.id == *action)
            .map_or_else(|| (*action).to_string(), |a| a.label.clone());
        for from in sources {
            model.messages.push(Message {
                id: format!("MessageFlow_{}", model.messages.len() + 1),
                message: i,
                name: name.clone(),
                from: (0, from),
                to: (1, to),
            });
        }
    }
    Ok(())
}
