//! Deciding ahead (ADR 14): a thread of its own, with its own plugin instance and its
//! own read-only connection, runs the plugin for the decisions a group has waiting
//! while the writer applies the ones before them. It notes every answer a host service
//! gave the plugin; the writer keeps such a decision only if its own transaction gives
//! every one of those answers again (and the call's instant, caller, calendar, build
//! and seed are the same), and otherwise runs the call itself. A decision is a function
//! of its inputs and of the host's answers (ADR 1), so a decision whose answers all
//! hold is the one the writer would have made.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::calendar::Calendar;
use crate::contract::{Actor, CaseSummary, Field, Refusal, Role, SealPurpose, SealRef};
use crate::contract_approval as approval;
use crate::contract_forms as forms;
use crate::engine::zhengzhou::quality_benchmark::{attachments, case_store, directory, log};
use crate::engine::zhengzhou::quality_benchmark::{notifications::Notification, registry};
use crate::engine::{Build, Live};
use crate::imports;
use crate::sim::{Request, action_of, actor_in, now_in};
use crate::store::{Db, StoreError};

/// A question a host service answered from the store during a call decided ahead, with
/// the answer it gave.
#[derive(Debug, Clone)]
pub enum Read {
    /// `case-store.get`: a case's version stands for the whole case, since every write
    /// of its row or its filed part increments it (`apply_outcome`).
    Case {
        id: String,
        version: Option<u64>,
    },
    Cases {
        filter: case_store::CaseFilter,
        limit: Option<u32>,
        answer: Vec<CaseSummary>,
    },
    /// `case-store.count` — the read a version check alone would miss: two
    /// recommendations of one district under a quota touch two different cases.
    Count {
        filter: case_store::CaseFilter,
        answer: u32,
    },
    History {
        case_id: String,
        answer: Vec<case_store::RecordedEntry>,
    },
    OpenTasks {
        case_id: String,
        answer: Vec<case_store::OpenTask>,
    },
    Seal {
        id: String,
        answer: Option<SealRef>,
    },
    Attachment {
        id: String,
        answer: Option<attachments::StoredAttachment>,
    },
    Members {
        role: Role,
        org_unit: Option<String>,
        answer: Vec<directory::Person>,
    },
    Enterprise {
        credit_code: String,
        answer: Option<registry::EnterpriseRecord>,
    },
}

impl Read {
    /// Whether `conn`, in the writer's transaction, gives the same answer.
    fn holds(&self, conn: &Db) -> Result<bool, StoreError> {
        Ok(match self {
            Read::Case { id, version } => imports::case_version(conn, id)? == *version,
            Read::Cases {
                filter,
                limit,
                answer,
            } => imports::query_cases(conn, filter, *limit)? == *answer,
            Read::Count { filter, answer } => imports::count_cases(conn, filter)? == *answer,
            Read::History { case_id, answer } => imports::case_history(conn, case_id)? == *answer,
            Read::OpenTasks { case_id, answer } => imports::open_tasks(conn, case_id)? == *answer,
            Read::Seal { id, answer } => imports::stored_seal(conn, id)? == *answer,
            Read::Attachment { id, answer } => imports::stored_attachment(conn, id)? == *answer,
            Read::Members {
                role,
                org_unit,
                answer,
            } => imports::members(conn, *role, org_unit.as_deref())? == *answer,
            Read::Enterprise {
                credit_code,
                answer,
            } => imports::enterprise(conn, credit_code)? == *answer,
        })
    }
}

/// What a call decided ahead was told, and the log lines it wrote.
#[derive(Debug, Default)]
pub struct Journal {
    pub reads: Vec<Read>,
    pub logs: Vec<(log::Level, String)>,
}

/// What the writer gives a decision to make ahead: the host's own state, as it counts
/// with it when it asks.
#[derive(Clone)]
pub struct Given {
    pub build: Arc<Build>,
    pub calendar: Arc<Calendar>,
    /// A fixed `random.seed` (scenarios); none: fresh randomness, any value as good.
    pub seed: Option<u64>,
}

/// What a call is decided with, besides the store: a decision made ahead counts only if
/// every one of these is the same when the writer applies it. The caller and the instant
/// the decider reads itself, from its snapshot, so that asking costs the writer no read.
#[derive(Clone)]
pub struct Inputs {
    pub given: Given,
    /// The call's instant.
    pub now: String,
    /// The caller; none for a timer, which nobody calls.
    pub actor: Option<Actor>,
}

/// A plugin call the writer may find made ahead: every call whose answer the writer
/// then applies in the same transaction — a person's decision, the permit for an upload
/// and the order for a seal (the requests a browser sends before its decision), and a
/// timer firing.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// `approval.act`.
    Act(approval::Request),
    /// `forms.permit-upload`.
    PermitUpload(forms::UploadRequest),
    /// `forms.prepare-seal`.
    PrepareSeal {
        purpose: SealPurpose,
        values: Vec<Field>,
    },
    /// `approval.on-timer`.
    Timer { case_id: String, key: String },
}

impl Ask {
    /// A person's decision, if the request is one the contract can carry (else `act`
    /// refuses it itself).
    pub fn act(request: Request) -> Option<Ask> {
        request.into_contract().ok().map(Ask::Act)
    }

    /// The seal service's order for sealing `field` of `action` (a code) over `values`.
    pub fn seal(
        case_id: Option<&str>,
        action: &str,
        field: &str,
        values: Vec<Field>,
    ) -> Option<Ask> {
        let purpose = SealPurpose {
            case_id: case_id.map(str::to_string),
            action: action_of(action).ok()?,
            field: field.to_string(),
        };
        Some(Ask::PrepareSeal { purpose, values })
    }
}

/// What the plugin answered an `Ask`.
pub enum Answered {
    Act(Decision),
    Permit(Result<(), Refusal>),
    SealOrder(Result<forms::SealOrder, Refusal>),
    Timer(Decision),
}

impl Answered {
    /// What `approval.act` or `approval.on-timer` decided.
    pub fn decision(self) -> Option<Decision> {
        match self {
            Answered::Act(decision) | Answered::Timer(decision) => Some(decision),
            _ => None,
        }
    }

    /// What `forms.permit-upload` answered.
    pub fn permit(self) -> Option<Result<(), Refusal>> {
        match self {
            Answered::Permit(permit) => Some(permit),
            _ => None,
        }
    }

    /// What `forms.prepare-seal` answered.
    pub fn seal_order(self) -> Option<Result<forms::SealOrder, Refusal>> {
        match self {
            Answered::SealOrder(order) => Some(order),
            _ => None,
        }
    }
}

/// What `approval.act` and `approval.on-timer` answer.
pub type Decision = Result<approval::Outcome, approval::Refusal>;

/// A decision made ahead, waiting for the writer.
pub struct Foreseen<R = Answered> {
    pub inputs: Inputs,
    pub result: R,
    pub notices: Vec<Notification>,
    pub journal: Journal,
}

impl<R> Foreseen<R> {
    /// Whether the writer, deciding now in `conn`'s transaction with this build,
    /// calendar, seed and instant, would make this decision: the store answers every
    /// question alike. The caller has compared the actor.
    pub fn holds(
        &self,
        build: &Arc<Build>,
        calendar: &Arc<Calendar>,
        seed: Option<u64>,
        now: &str,
        conn: &Db,
    ) -> Result<bool, StoreError> {
        let given = &self.inputs.given;
        if !(Arc::ptr_eq(&given.build, build)
            && Arc::ptr_eq(&given.calendar, calendar)
            && given.seed == seed
            && self.inputs.now == now)
        {
            return Ok(false);
        }
        for read in &self.journal.reads {
            if !read.holds(conn)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The same decision with its answer as the caller expects it; none if the plugin
    /// was asked something else.
    pub fn answered<S>(self, as_expected: impl FnOnce(R) -> Option<S>) -> Option<Foreseen<S>> {
        Some(Foreseen {
            inputs: self.inputs,
            result: as_expected(self.result)?,
            notices: self.notices,
            journal: self.journal,
        })
    }
}

/// How a call to make ahead is made: on the decider's thread, so that reading it from
/// what the client sent (a JSON body) costs the writer nothing.
pub type MakeAsk = Box<dyn FnOnce() -> Option<Ask> + Send>;

/// One decision to make ahead.
struct Job {
    /// Commits the writer had made when it asked: the decider reads from a snapshot
    /// taken after them.
    generation: u64,
    user_id: String,
    given: Given,
    ask: MakeAsk,
    reply: SyncSender<Answer>,
}

/// What the decider answers a job.
struct Answer {
    /// The call it made; none when it could not be made (the host will refuse it).
    ask: Option<Ask>,
    /// None when the plugin trapped or the decider could not read: the writer runs the
    /// call itself.
    foreseen: Option<Foreseen>,
}

/// A decision asked for and not yet applied.
struct Pending {
    user_id: String,
    answer: Receiver<Answer>,
    /// The answer, once received (`take` looks past answers that are not its request).
    received: Option<Answer>,
}

impl Pending {
    /// The decider's answer, waiting for it; none if the decider is gone.
    fn answer(&mut self, waited: &mut Duration) -> Option<&mut Answer> {
        if self.received.is_none() {
            let started = Instant::now();
            self.received = receive(&self.answer);
            *waited += started.elapsed();
        }
        self.received.as_mut()
    }
}

/// How long a thread waiting for the other one polls before it sleeps. On these virtual
/// machines, waking a sleeping thread takes a tenth of a millisecond or more — longer
/// than a decision — and the writer and the decider hand work to each other tens of
/// thousands of times a round (docs/performance-log.md, 2026-12-05).
const POLL_BEFORE_SLEEP: Duration = Duration::from_micros(300);

/// The next message if one comes within `POLL_BEFORE_SLEEP`, polling for it.
fn poll<T>(from: &Receiver<T>) -> Result<T, TryRecvError> {
    let until = Instant::now() + POLL_BEFORE_SLEEP;
    loop {
        match from.try_recv() {
            Err(TryRecvError::Empty) if Instant::now() < until => std::thread::yield_now(),
            polled => return polled,
        }
    }
}

/// The next message, polling for `POLL_BEFORE_SLEEP` before sleeping on it; none when
/// the other side is gone.
fn receive<T>(from: &Receiver<T>) -> Option<T> {
    match poll(from) {
        Ok(message) => Some(message),
        Err(TryRecvError::Empty) => from.recv().ok(),
        Err(TryRecvError::Disconnected) => None,
    }
}

/// How many decisions the writer's decider kept, and how many it ran again itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Decided ahead and kept.
    pub kept: u64,
    /// Decided ahead, but an answer or an input had changed: run again by the writer.
    pub stale: u64,
    /// Asked for but never given (a trap, a read that failed, or the decision was
    /// applied in another order than asked).
    pub missed: u64,
    /// Time the writer waited for the decider.
    pub waited: Duration,
    /// Asked for while the group before theirs was open (`Sim::foresee_next`).
    pub asked_early: u64,
}

/// The thread deciding ahead and the decisions asked of it, in the order asked.
pub struct Decider {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    /// Asked for the open group (or, outside a group, for the next one begun).
    pending: VecDeque<Pending>,
    /// Asked during the open group for the group after it: decided while the writer
    /// applies and commits this one, and waited for only once that group is open.
    next: VecDeque<Pending>,
    pub tally: Tally,
}

impl Decider {
    /// Start a decider reading through `conn`, a connection of its own.
    pub fn start(conn: Db) -> anyhow::Result<Decider> {
        let (jobs, inbox) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("decider".into())
            .spawn(move || run_decider(inbox, conn))?;
        Ok(Decider {
            jobs: Some(jobs),
            thread: Some(thread),
            pending: VecDeque::new(),
            next: VecDeque::new(),
            tally: Tally::default(),
        })
    }

    /// Ask for the request `make` makes, by `user_id`, to be decided ahead with what the
    /// writer `given`: for the open group, or (`for_next`) for the group after it.
    pub fn ask(
        &mut self,
        generation: u64,
        user_id: &str,
        make: MakeAsk,
        given: Given,
        for_next: bool,
    ) {
        let Some(jobs) = &self.jobs else { return };
        let (reply, answer) = mpsc::sync_channel(1);
        let job = Job {
            generation,
            user_id: user_id.to_string(),
            given,
            ask: make,
            reply,
        };
        let queue = if for_next {
            &mut self.next
        } else {
            &mut self.pending
        };
        if jobs.send(job).is_ok() {
            self.tally.asked_early += u64::from(for_next);
            queue.push_back(Pending {
                user_id: user_id.to_string(),
                answer,
                received: None,
            });
        }
    }

    /// The call made ahead for `user_id` that is this call (`is_it`), waiting for the
    /// decider if it is still at it. Calls asked for before it and not taken are
    /// dropped; none is dropped when the call was not asked for at all (an answer
    /// replayed for a retry).
    pub fn take(&mut self, user_id: &str, is_it: impl Fn(&Ask) -> bool) -> Option<Foreseen> {
        let mut found = None;
        for (at, pending) in self.pending.iter_mut().enumerate() {
            if pending.user_id == user_id
                && pending
                    .answer(&mut self.tally.waited)
                    .is_some_and(|a| a.ask.as_ref().is_some_and(&is_it))
            {
                found = Some(at);
                break;
            }
        }
        let at = found?;
        self.tally.missed += at as u64;
        self.pending.drain(..at);
        let mut pending = self.pending.pop_front()?;
        let foreseen = pending.received.take().and_then(|a| a.foreseen);
        if foreseen.is_none() {
            self.tally.missed += 1;
        }
        foreseen
    }

    /// Forget every decision asked for the group that ended and not taken; those asked
    /// for the group after it are now the ones asked.
    pub fn forget(&mut self) {
        self.tally.missed += self.pending.len() as u64;
        self.pending = std::mem::take(&mut self.next);
    }
}

impl Drop for Decider {
    fn drop(&mut self) {
        self.pending.clear();
        self.next.clear();
        // Closing the queue ends the thread after the job in hand.
        drop(self.jobs.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The decider thread: takes jobs in order, reading from one snapshot while jobs keep
/// coming and the writer has committed nothing newer than it; between bursts it holds
/// no transaction, so it never keeps the WAL from being checkpointed.
fn run_decider(inbox: Receiver<Job>, conn: Db) {
    let mut conn = Some(conn);
    let mut live: Option<(Arc<Build>, Live)> = None;
    // The generation the open snapshot was taken after; none: no transaction open.
    let mut snapshot: Option<u64> = None;
    loop {
        // The writer's next group comes as soon as it has committed this one.
        let job = match poll(&inbox) {
            Ok(job) => job,
            Err(TryRecvError::Empty) => {
                end_snapshot(&conn, &mut snapshot);
                match inbox.recv() {
                    Ok(job) => job,
                    Err(_) => return,
                }
            }
            Err(TryRecvError::Disconnected) => return,
        };
        if snapshot.is_some_and(|taken| taken < job.generation) {
            end_snapshot(&conn, &mut snapshot);
        }
        let readable = match (&conn, snapshot) {
            (Some(db), None) => match db.begin_read() {
                Ok(()) => {
                    snapshot = Some(job.generation);
                    true
                }
                Err(e) => {
                    tracing::warn!("预先决定无法读取数据库：{e}");
                    false
                }
            },
            (Some(_), Some(_)) => true,
            (None, _) => false,
        };
        let ask = (job.ask)();
        let foreseen = match (&ask, readable, &conn) {
            (Some(ask), true, Some(db)) => {
                // An unknown user or an unreadable clock: the writer meets it itself.
                let actor = match ask {
                    Ask::Timer { .. } => Ok(None),
                    _ => actor_in(db, &job.user_id).map(Some),
                };
                match (actor, now_in(db)) {
                    (Ok(actor), Ok(now)) => {
                        let inputs = Inputs {
                            given: job.given,
                            now,
                            actor,
                        };
                        decide(&mut live, &mut conn, &inputs, ask)
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        // The writer may have stopped waiting (its group ended): nobody to tell.
        let _ = job.reply.send(Answer { ask, foreseen });
    }
}

fn end_snapshot(conn: &Option<Db>, snapshot: &mut Option<u64>) {
    if snapshot.take().is_some()
        && let Some(db) = conn
    {
        let _ = db.rollback();
    }
}

/// Run one job's call on the decider's instance, noting every answer.
fn decide(
    live: &mut Option<(Arc<Build>, Live)>,
    conn: &mut Option<Db>,
    inputs: &Inputs,
    ask: &Ask,
) -> Option<Foreseen> {
    let given = &inputs.given;
    let build = &given.build;
    let mut instance = match live.take() {
        Some((made_by, instance)) if Arc::ptr_eq(&made_by, build) => instance,
        _ => build.instantiate(given.calendar.clone()).ok()?,
    };
    let lent = conn.take()?;
    let called = instance.call(
        lent,
        &inputs.now,
        &given.calendar,
        given.seed,
        true,
        |p, s| call(p, s, inputs.actor.as_ref(), ask),
    );
    *conn = called.conn;
    // A trap drops the instance; the writer runs the call again and meets it itself.
    let result = called.result.ok()?;
    if instance.serves_again() {
        *live = Some((build.clone(), instance));
    }
    Some(Foreseen {
        inputs: inputs.clone(),
        result,
        notices: called.notices,
        journal: called.journal.unwrap_or_default(),
    })
}

/// Make the plugin call `ask` stands for, as `caller`.
fn call(
    p: &crate::engine::Plugin,
    s: &mut wasmtime::Store<imports::CallCtx>,
    caller: Option<&Actor>,
    ask: &Ask,
) -> wasmtime::Result<Answered> {
    let (approval, forms) = (
        p.zhengzhou_quality_benchmark_approval(),
        p.zhengzhou_quality_benchmark_forms(),
    );
    // Every call but a timer's has a caller (`run_decider` reads it).
    let caller = || caller.ok_or_else(|| wasmtime::Error::msg("a call without a caller"));
    Ok(match ask {
        Ask::Act(request) => Answered::Act(approval.call_act(s, caller()?, request)?),
        Ask::PermitUpload(upload) => {
            Answered::Permit(forms.call_permit_upload(s, caller()?, upload)?)
        }
        Ask::PrepareSeal { purpose, values } => {
            Answered::SealOrder(forms.call_prepare_seal(s, caller()?, purpose, values)?)
        }
        Ask::Timer { case_id, key } => Answered::Timer(approval.call_on_timer(s, case_id, key)?),
    })
}
