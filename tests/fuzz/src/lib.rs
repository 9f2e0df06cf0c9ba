//! The harness of the structured fuzz target `process_sequences`: random sequences of
//! steps run natively through the plugin's in-memory host (`qb_plugin::memory`), with
//! the process's invariants checked after every step. A violation panics, which
//! libFuzzer records as a crash.
//!
//! An input is a sequence of 6-byte [`Op`]s (`arbitrary` reads each field as one byte,
//! so a sequence can also be written by hand: [`encode`]). Each op is one of
//! - **offered**: a person takes one of the actions the plugin offers them on a case
//!   (`approval.actions`, or `start-actions` without a case) — the bias towards valid
//!   steps that lets a random walk reach deep stages;
//! - **any**: a person takes any action of the catalog on any case, or on none;
//! - **advance**: the clock moves on by days and hours, and the timers due fire.
//!
//! People come from a small seeded directory (enterprises of three districts, their
//! district offices, two officers, two leaders, seven experts, the public); cases are
//! the ones the store holds; values come from a small pool per action (valid,
//! alternative, empty, corrupted). Seals and uploads an action needs are requested from
//! the host's services just before it, as a portal would.
//!
//! Invariants (see [`check_step`], [`check_published`]):
//! 1. an accepted action was open to that person by the rule table (`rules::RULES`):
//!    role, stage, and scope — own application, own district (and the delegate, if
//!    转办), assigned expert who has not scored;
//! 2. case versions only grow, cases never vanish, and a case that changed has a new
//!    version;
//! 3. a refused action changes nothing in the store (its log and the random-seed
//!    counter aside: neither is part of what a host commits);
//! 4. once published, the published list is the approved ranked list (by aggregate
//!    score, highest first) minus the applications whose objection was upheld.

use std::collections::BTreeMap;

use arbitrary::{Arbitrary, Unstructured};
use qb_plugin::bindings::exports::zhengzhou::quality_benchmark::approval::{
    ActionScope, OpinionRule, PublicRecord, Request,
};
use qb_plugin::bindings::exports::zhengzhou::quality_benchmark::forms::UploadRequest;
use qb_plugin::bindings::zhengzhou::quality_benchmark::{
    attachments::StoredAttachment, directory::Person, registry::EnterpriseRecord,
};
use qb_plugin::case::{load_application, load_batch};
use qb_plugin::codes::{Code, stage_code};
use qb_plugin::contract::{
    Action, Actor, ApplicationStage, BatchStage, Field, FieldValue, Role, SealPurpose, Stage,
    StoredCase, Task,
};
use qb_plugin::forms::forms_from_json;
use qb_plugin::memory::{MemoryHost, Store};
use qb_plugin::rules::{Applies, rule};

/// When the round starts: the Monday the 2026 call is published.
pub const START: &str = "2026-03-02T09:00:00+08:00";
/// The one batch of the round.
pub const BATCH: &str = "batch-2026";
/// Longest sequence run: beyond it an input only costs time. A full round takes about
/// 50 steps, so this leaves as many again for detours.
pub const MAX_OPS: usize = 128;

const FIXTURE: &str = include_str!("../../fixtures/sample-application.json");
/// The enterprise the fixture describes; other applicants reuse it under their name.
const FIXTURE_NAME: &str = "郑州中原精工机械有限公司";
const FIXTURE_CODE: &str = "91410102MA44XKQ7PB";

/// The registered enterprises: credit code, name, district.
pub const ENTERPRISES: &[(&str, &str, &str)] = &[
    (FIXTURE_CODE, FIXTURE_NAME, "zhongyuan"),
    (
        "91410102MA000101XR",
        "郑州中原精密机械有限公司",
        "zhongyuan",
    ),
    (
        "91410105MA000110XR",
        "郑州金水汽车零部件有限公司",
        "jinshui",
    ),
    ("91410103MA000104XB", "郑州二七生物医药有限公司", "erqi"),
];

const BUREAU: &str = "郑州市工业和信息化局";

/// The directory: user id, role, org unit, org name (as host-sim's seeded one).
pub const PEOPLE: &[(&str, Role, &str, &str)] = &[
    ("city-officer-1", Role::CityOfficer, "city-bureau", BUREAU),
    ("city-officer-2", Role::CityOfficer, "city-bureau", BUREAU),
    ("city-leader-1", Role::CityLeader, "city-bureau", BUREAU),
    ("city-leader-2", Role::CityLeader, "city-bureau", BUREAU),
    ("ent-jinggong", Role::Enterprise, FIXTURE_CODE, FIXTURE_NAME),
    (
        "ent-01",
        Role::Enterprise,
        "91410102MA000101XR",
        "郑州中原精密机械有限公司",
    ),
    (
        "ent-10",
        Role::Enterprise,
        "91410105MA000110XR",
        "郑州金水汽车零部件有限公司",
    ),
    (
        "ent-04",
        Role::Enterprise,
        "91410103MA000104XB",
        "郑州二七生物医药有限公司",
    ),
    (
        "zhongyuan-office-1",
        Role::DistrictOffice,
        "zhongyuan",
        "中原区工信部门",
    ),
    (
        "zhongyuan-office-2",
        Role::DistrictOffice,
        "zhongyuan",
        "中原区工信部门",
    ),
    (
        "jinshui-office-1",
        Role::DistrictOffice,
        "jinshui",
        "金水区工信部门",
    ),
    (
        "erqi-office-1",
        Role::DistrictOffice,
        "erqi",
        "二七区工信部门",
    ),
    ("public", Role::Public, "", "社会公众"),
    ("expert-01", Role::Expert, "experts", "郑州大学"),
    ("expert-02", Role::Expert, "experts", "河南工业大学"),
    ("expert-03", Role::Expert, "experts", "郑州轻工业大学"),
    ("expert-04", Role::Expert, "experts", "河南省质量协会"),
    ("expert-05", Role::Expert, "experts", "郑州市标准化研究院"),
    ("expert-06", Role::Expert, "experts", "中原工学院"),
    ("expert-07", Role::Expert, "experts", "河南省计量院"),
];

/// One step of a sequence, one byte per field (see the module's documentation).
#[derive(Arbitrary, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Op {
    /// 0–7 offered, 8–12 any, 13–15 advance the clock (`kind % 16`).
    pub kind: u8,
    /// Index into [`PEOPLE`].
    pub actor: u8,
    /// Index into the cases the store holds (sorted by id), one past them: no case.
    pub case: u8,
    /// Index into what is offered (offered) or into `Action::ALL` (any); for advance,
    /// `days - 1` (modulo 20).
    pub action: u8,
    /// Value pool: 0 valid, 1 alternative, 2 empty, 3 corrupted (`% 4`); for advance,
    /// hours.
    pub values: u8,
    /// Opinion: 0 what the action expects, 1 one, 2 none, 3 blank (`% 4`).
    pub opinion: u8,
}

pub const OP_BYTES: usize = 6;
pub const KIND_OFFERED: u8 = 0;
pub const KIND_ANY: u8 = 8;
pub const KIND_ADVANCE: u8 = 13;

/// The bytes of a sequence of ops, as `arbitrary` reads them back.
pub fn encode(ops: &[Op]) -> Vec<u8> {
    ops.iter()
        .flat_map(|o| [o.kind, o.actor, o.case, o.action, o.values, o.opinion])
        .collect()
}

/// The ops of an input.
pub fn decode(data: &[u8]) -> Vec<Op> {
    let mut u = Unstructured::new(data);
    let mut ops = Vec::new();
    while u.len() >= OP_BYTES && ops.len() < MAX_OPS {
        match Op::arbitrary(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => break,
        }
    }
    ops
}

/// What one op did, for traces and the seed test.
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    Accepted(Action),
    Refused(Action, String),
    Advanced(String),
}

fn trace_on() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("QB_FUZZ_TRACE").is_some())
}

/// A round in progress on the in-memory host.
pub struct Round {
    pub host: MemoryHost,
    /// The cases' versions when invariant 4 last held: unchanged versions, unchanged
    /// cases, nothing to check again.
    published_checked: std::cell::RefCell<Vec<(String, u64)>>,
}

impl Default for Round {
    fn default() -> Self {
        Self::new()
    }
}

impl Round {
    pub fn new() -> Round {
        let host = MemoryHost::new(START);
        for (user, role, org, org_name) in PEOPLE {
            host.add_person(Person {
                user_id: (*user).into(),
                name: format!("{user}的姓名"),
                role: *role,
                org_unit: (*org).into(),
                org_name: (*org_name).into(),
                tags: Vec::new(),
            });
        }
        for (code, name, district) in ENTERPRISES {
            host.add_enterprise(
                code,
                EnterpriseRecord {
                    name: (*name).into(),
                    district: Some((*district).into()),
                    independent_legal_entity: true,
                    bad_records: Vec::new(),
                },
            );
        }
        Round {
            host,
            published_checked: Default::default(),
        }
    }

    pub fn actor(&self, index: u8) -> Actor {
        let (user, ..) = PEOPLE[usize::from(index) % PEOPLE.len()];
        self.host.actor(user).expect("a person of the directory")
    }

    /// The case ids the store holds, sorted.
    pub fn cases(&self) -> Vec<String> {
        self.host.store.borrow().cases.keys().cloned().collect()
    }

    fn case(&self, index: u8) -> Option<String> {
        let cases = self.cases();
        cases.get(usize::from(index) % (cases.len() + 1)).cloned()
    }

    /// Run one op and check the invariants; panics on a violation.
    pub fn step(&self, op: Op) -> Done {
        let done = match op.kind % 16 {
            k @ 0..=12 => {
                let actor = self.actor(op.actor);
                let case = self.case(op.case);
                let action = if k < KIND_ANY {
                    self.offered(&actor, case.as_deref(), op.action)
                } else {
                    Action::ALL[usize::from(op.action) % Action::ALL.len()]
                };
                self.act(&actor, case, action, op.values, op.opinion)
            }
            _ => {
                let days = i64::from(op.action % 20) + 1;
                let hours = i64::from(op.values % 24);
                let now = add_minutes(&self.host.store.borrow().now, (days * 24 + hours) * 60);
                self.host.set_now(&now);
                Done::Advanced(now)
            }
        };
        // Due timers fire as host-sim's portal fires them: by themselves, between calls.
        if self.timer_due() {
            let before = Snapshot::of(&self.host.store.borrow());
            self.host.run_due_timers();
            versions_grow(&before.cases, &self.host.store.borrow(), "timers");
        }
        self.check_published();
        if trace_on() {
            let stages: Vec<String> = self
                .host
                .store
                .borrow()
                .cases
                .values()
                .map(|c| format!("{}={}", c.summary.id, stage_code(c.summary.stage)))
                .collect();
            eprintln!("{op:?} → {done:?} [{}]", stages.join(", "));
        }
        done
    }

    /// Invariant 4, if any case changed since it last held.
    fn check_published(&self) {
        let store = self.host.store.borrow();
        let versions: Vec<(String, u64)> = store
            .cases
            .iter()
            .map(|(id, c)| (id.clone(), c.version))
            .collect();
        if *self.published_checked.borrow() != versions {
            check_published(&store);
            *self.published_checked.borrow_mut() = versions;
        }
    }

    fn timer_due(&self) -> bool {
        let store = self.host.store.borrow();
        store.timers.values().any(|at| *at <= store.now)
    }

    /// One of the actions the plugin offers `actor` now, else any (to keep going).
    fn offered(&self, actor: &Actor, case: Option<&str>, pick: u8) -> Action {
        let offered: Vec<Action> = match case {
            None => self.host.start_actions(actor),
            Some(id) => self.host.actions(actor, id).unwrap_or_default(),
        }
        .into_iter()
        .map(|d| d.action)
        .collect();
        if offered.is_empty() {
            Action::ALL[usize::from(pick) % Action::ALL.len()]
        } else {
            offered[usize::from(pick) % offered.len()]
        }
    }

    fn act(
        &self,
        actor: &Actor,
        case: Option<String>,
        action: Action,
        pool: u8,
        opinion: u8,
    ) -> Done {
        let mut values = self.values(actor, case.as_deref(), action, pool);
        // Seals and uploads first, from the host's services, as a portal does.
        if pool % 4 < 2 {
            self.attach(actor, case.as_deref(), action, &mut values);
        }
        let opinion = match opinion % 4 {
            0 if rule(action).opinion == OpinionRule::NoOpinion => None,
            0 => Some("同意".to_string()),
            1 => Some("经审核，按规定办理".to_string()),
            2 => None,
            _ => Some("  ".to_string()),
        };
        let request = Request {
            case_id: case.clone(),
            action,
            values,
            opinion,
            expected_version: None,
        };
        let before = Snapshot::of(&self.host.store.borrow());
        let result = self.host.act(actor, &request);
        check_step(
            before,
            &self.host.store.borrow(),
            actor,
            action,
            case.as_deref(),
            result.is_ok(),
        );
        match result {
            Ok(_) => Done::Accepted(action),
            Err(r) => Done::Refused(action, r.code),
        }
    }

    fn today(&self) -> String {
        self.host.store.borrow().now[..10].to_string()
    }

    /// The value pool of an action: 0 valid, 1 an alternative, 2 nothing, 3 corrupted.
    fn values(&self, actor: &Actor, case: Option<&str>, action: Action, pool: u8) -> Vec<Field> {
        let valid = match pool % 4 {
            2 => return Vec::new(),
            3 => 0,
            p => p,
        };
        let mut values = self.valid(actor, case, action, valid == 1);
        if pool % 4 == 3 {
            corrupt(&mut values, pool);
        }
        values
    }

    fn valid(&self, actor: &Actor, case: Option<&str>, action: Action, alt: bool) -> Vec<Field> {
        // The enterprise an action concerns: the case's applicant, else the actor's.
        let code = case
            .and_then(|c| c.strip_prefix("app-2026-"))
            .unwrap_or(&actor.org_unit)
            .to_string();
        let today = self.today();
        match action {
            Action::OpenBatch => {
                let mut v = vec![
                    num("year", 2026.0),
                    choices("directions", &["tqm", "next-gen-it"]),
                    choices("key-industries", &["electronics"]),
                    date("application-deadline", "2026-04-30"),
                    date("district-deadline", "2026-05-29"),
                    num("panel-size", if alt { 3.0 } else { 5.0 }),
                    num("publicity-days", 5.0),
                ];
                if alt {
                    v.push(num("district-quota", 1.0));
                }
                v
            }
            Action::ImportProvincial => {
                let (code, name, district) = ENTERPRISES[if alt { 2 } else { 3 }];
                vec![
                    text("provincial-ref", "豫质标〔2026〕申018号"),
                    text("enterprise-name", name),
                    text("credit-code", code),
                    choice("district", district),
                ]
            }
            Action::RegisterMaterials => {
                let mut v = application(&code, "application-materials");
                v.retain(|f| f.id != "evidence");
                v
            }
            Action::ProposeList => {
                let mut v = vec![num("count", if alt { 1.0 } else { 2.0 })];
                if alt {
                    v.push(num("min-score", 50.0));
                }
                v
            }
            Action::Publish => vec![
                text("document-number", "郑工信〔2026〕35号"),
                date("publish-date", &today),
            ],
            Action::RecommendProvincial => vec![num("count", if alt { 5.0 } else { 1.0 })],
            Action::EditForm if alt => vec![text("contact", "李四")],
            Action::EditForm => application(&actor.org_unit, "application-form"),
            Action::EditMaterials => application(&actor.org_unit, "application-materials"),
            Action::Recommend => vec![
                text(
                    "opinion",
                    if alt {
                        "同意推荐。"
                    } else {
                        "该企业质量管理体系运行有效，同意推荐。"
                    },
                ),
                text("recommender-contact", "孙丽"),
                text("recommender-phone", "0371-67189000"),
                text("recommender-mobile", "13803710000"),
            ],
            Action::Delegate => {
                let other = match actor.user_id.as_str() {
                    _ if alt => "jinshui-office-1",
                    "zhongyuan-office-1" => "zhongyuan-office-2",
                    _ => "zhongyuan-office-1",
                };
                vec![text("assignee", other)]
            }
            Action::FormalCheck if alt => vec![
                choice("result", "return"),
                text("note", "证实性材料不全，请补充"),
            ],
            Action::FormalCheck => vec![choice("result", "accept")],
            Action::DeclareConflict => vec![
                flag("has-conflict", !alt),
                text("reason", "本人曾任该企业质量顾问"),
            ],
            Action::Score => {
                let s = if alt { 7.5 } else { 9.0 };
                let mut v: Vec<Field> = qb_plugin::forms::limits::SCORE_ITEMS
                    .iter()
                    .map(|id| num(id, s))
                    .collect();
                v.push(text("comments", "方法科学，系统性强，数据翔实。"));
                v
            }
            Action::RequireInspection => vec![
                choice("kind", if alt { "site-visit" } else { "defence" }),
                date(
                    "date",
                    &add_minutes(&self.host.store.borrow().now, 7 * 24 * 60)[..10],
                ),
                text("time", "09:30"),
                text("place", "郑州市工业和信息化局三楼会议室"),
            ],
            Action::RecordDefence | Action::RecordSiteVisit => vec![
                date("date", &today),
                text("participants", "评审专家五人，企业负责人二人"),
                text("findings", "汇报清楚，问答切题"),
                choice("result", if alt { "fail" } else { "pass" }),
            ],
            Action::Object => vec![
                text("name", "赵建华"),
                text("contact", "13912345678"),
                text("id-number", "410102198003150030"),
                text("target", enterprise_name(&code)),
                text(
                    "facts",
                    "该企业2023年曾发生批量渗漏问题，与申报材料所述不符。",
                ),
            ],
            Action::DecideObjection => vec![
                choice("result", if alt { "dismissed" } else { "upheld" }),
                text("reason", "经现场核查"),
            ],
            Action::ProposeRevocation => vec![
                choice("reason-kind", "safety"),
                text("reason", "发生较大生产安全事故"),
            ],
            _ => Vec::new(),
        }
    }

    /// The seals and uploads an action's form carries, requested as `actor`. A refusal
    /// of the service leaves the field out (the action will then be refused).
    fn attach(&self, actor: &Actor, case: Option<&str>, action: Action, values: &mut Vec<Field>) {
        let seals: &[&str] = match action {
            Action::Submit => &["legal-rep-signature", "enterprise-seal"],
            Action::Recommend => &["district-seal"],
            Action::Publish => &["bureau-seal"],
            _ => &[],
        };
        let sealed = if action == Action::Submit {
            Vec::new()
        } else {
            values.clone()
        };
        for field in seals {
            let purpose = SealPurpose {
                case_id: case.map(str::to_string),
                action,
                field: (*field).into(),
            };
            if let Ok(seal) = self.host.seal(actor, purpose, &sealed) {
                values.push(Field {
                    id: (*field).into(),
                    value: FieldValue::Seal(seal),
                });
            }
        }
        let upload = match action {
            Action::EditMaterials | Action::Object | Action::ProposeRevocation => "evidence",
            Action::RecordDefence | Action::RecordSiteVisit => "materials",
            _ => return,
        };
        let request = UploadRequest {
            case_id: case.map(str::to_string),
            action,
            field: upload.into(),
            name: "证明材料.pdf".into(),
            media_type: "application/pdf".into(),
            size: 1000,
        };
        if let Ok(file) = self.host.upload(actor, &request, &"ab".repeat(32)) {
            values.retain(|f| f.id != upload);
            values.push(Field {
                id: upload.into(),
                value: FieldValue::Attachments(vec![file]),
            });
        }
    }
}

fn enterprise_name(code: &str) -> &'static str {
    ENTERPRISES
        .iter()
        .find(|(c, ..)| *c == code)
        .map_or(FIXTURE_NAME, |(_, name, _)| name)
}

/// A form of the sample application, rewritten for enterprise `code`.
fn application(code: &str, form: &str) -> Vec<Field> {
    /// (credit code, form id, fields), parsed once per process: parsing the 12 KB
    /// fixture at every step would cost more than the step.
    type Forms = Vec<(&'static str, String, Vec<Field>)>;
    static FORMS: std::sync::OnceLock<Forms> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut all = Vec::new();
        for (code, name, district) in ENTERPRISES {
            let json = FIXTURE
                .replace(FIXTURE_NAME, name)
                .replace(FIXTURE_CODE, code)
                .replace("\"zhongyuan\"", &format!("\"{district}\""));
            let value: serde_json::Value =
                serde_json::from_str(&json).expect("the fixture is JSON");
            for (id, fields) in forms_from_json(&value).expect("the fixture maps") {
                all.push((*code, id, fields));
            }
        }
        all
    });
    forms
        .iter()
        .find(|(c, id, _)| *c == code && id == form)
        .map(|(.., f)| f.clone())
        .unwrap_or_default()
}

/// Spoil one field of a valid list, the way a careless client would.
fn corrupt(values: &mut Vec<Field>, seed: u8) {
    let Some(i) = (!values.is_empty()).then(|| usize::from(seed / 4) % values.len()) else {
        values.push(text("no-such-field", "x"));
        return;
    };
    let f = &mut values[i];
    f.value = match (&f.value, seed / 4 % 3) {
        (FieldValue::Number(_), _) => FieldValue::Number(-1.5),
        (FieldValue::Date(_), _) => FieldValue::Date("2026-02-30".into()),
        (FieldValue::Choice(_), _) => FieldValue::Choice("no-such-option".into()),
        (FieldValue::Text(_), 0) => FieldValue::Text(String::new()),
        (FieldValue::Text(_), 1) => FieldValue::Text("长".repeat(5000)),
        (_, _) => FieldValue::Flag(true),
    };
    if seed / 4 % 5 == 4 {
        let dup = values[i].clone();
        values.push(dup);
    }
}

fn text(id: &str, s: &str) -> Field {
    field(id, FieldValue::Text(s.into()))
}
fn num(id: &str, x: f64) -> Field {
    field(id, FieldValue::Number(x))
}
fn date(id: &str, d: &str) -> Field {
    field(id, FieldValue::Date(d.into()))
}
fn choice(id: &str, c: &str) -> Field {
    field(id, FieldValue::Choice(c.into()))
}
fn choices(id: &str, c: &[&str]) -> Field {
    field(
        id,
        FieldValue::Choices(c.iter().map(|s| (*s).into()).collect()),
    )
}
fn flag(id: &str, b: bool) -> Field {
    field(id, FieldValue::Flag(b))
}
fn field(id: &str, value: FieldValue) -> Field {
    Field {
        id: id.into(),
        value,
    }
}

/// What a call may change in the store, as it was before the call: the maps whole, and
/// the append-only lists (history, closed tasks, outbox, seals, files …) by length — the
/// host only ever appends to those, so a call that changed one made it longer. Cheaper
/// than a copy of the whole store at every step, which cost more than the step.
#[derive(Debug, PartialEq)]
pub struct Snapshot {
    pub now: String,
    pub cases: BTreeMap<String, StoredCase>,
    tasks: BTreeMap<(String, String), (Task, String)>,
    records: BTreeMap<String, (PublicRecord, bool)>,
    timers: BTreeMap<(String, String), String>,
    files: BTreeMap<String, StoredAttachment>,
    /// history, closed, outbox, seals, people, enterprises.
    lengths: [usize; 6],
}

impl Snapshot {
    pub fn of(store: &Store) -> Snapshot {
        Snapshot {
            now: store.now.clone(),
            cases: store.cases.clone(),
            tasks: store.tasks.clone(),
            records: store.records.clone(),
            timers: store.timers.clone(),
            files: store.files.clone(),
            lengths: [
                store.history.len(),
                store.closed.len(),
                store.outbox.len(),
                store.seals.len(),
                store.people.len(),
                store.enterprises.len(),
            ],
        }
    }
}

/// Invariants 1–3 around one action.
pub fn check_step(
    before: Snapshot,
    after: &Store,
    actor: &Actor,
    action: Action,
    case: Option<&str>,
    accepted: bool,
) {
    if !accepted {
        // The log (the plugin logs why it refused) and the random-seed counter (a host's
        // random service is not part of its transaction) are not in the snapshot.
        assert!(
            before == Snapshot::of(after),
            "refused {} by {} on {case:?} changed the store",
            action.code(),
            actor.user_id
        );
        return;
    }
    if let Err(why) = allowed(&before.cases, actor, action, case) {
        panic!(
            "{} by {} on {case:?} was accepted, but the rule table does not allow it: {why}",
            action.code(),
            actor.user_id
        );
    }
    versions_grow(&before.cases, after, action.code());
}

/// Invariant 2.
fn versions_grow(before: &BTreeMap<String, StoredCase>, after: &Store, what: &str) {
    for (id, old) in before {
        let new = after
            .cases
            .get(id)
            .unwrap_or_else(|| panic!("{what}: case {id} vanished"));
        assert!(
            new.version >= old.version,
            "{what}: {id} went from version {} to {}",
            old.version,
            new.version
        );
        if new.state != old.state || new.summary != old.summary {
            assert!(
                new.version > old.version,
                "{what}: {id} changed at version {}",
                old.version
            );
        }
    }
}

/// Invariant 1, from the rule table's data (roles, stages, scope) and the stored case,
/// independently of the plugin's guard (`rules::check`).
fn allowed(
    cases: &BTreeMap<String, StoredCase>,
    actor: &Actor,
    action: Action,
    case: Option<&str>,
) -> Result<(), String> {
    let row = rule(action);
    if !row.roles.contains(&actor.role) {
        return Err(format!("role {} not in the row", actor.role.code()));
    }
    let stored = match (&row.step, case) {
        (Applies::Creates(..), None) => return Ok(()),
        (Applies::Creates(..), Some(_)) => return Err("creates a case but had one".into()),
        (_, None) => return Err("needs a case".into()),
        (_, Some(id)) => cases.get(id).ok_or("no such case")?,
    };
    match (&row.step, stored.summary.stage) {
        (Applies::Batch(stages, _), Stage::Batch(s)) if stages.contains(&s) => Ok(()),
        (Applies::App(stages, _), Stage::Application(s)) if stages.contains(&s) => {
            let app = load_application(stored).map_err(|r| r.message)?.state;
            let ok = match row.scope {
                ActionScope::Role => true,
                ActionScope::OwnApplication => actor.org_unit == app.credit_code,
                ActionScope::OwnDistrict => {
                    app.district.as_deref() == Some(actor.org_unit.as_str())
                        && app.delegate.as_ref().is_none_or(|d| *d == actor.user_id)
                }
                ActionScope::AssignedExpert => {
                    app.panel.contains(&actor.user_id)
                        && !app.scores.iter().any(|s| s.expert == actor.user_id)
                }
            };
            if ok {
                Ok(())
            } else {
                Err(format!("scope {:?}", row.scope))
            }
        }
        (_, stage) => Err(format!("stage {}", stage_code(stage))),
    }
}

/// Invariant 4, whenever the batch is published.
pub fn check_published(store: &Store) {
    let Some(stored) = store.cases.get(BATCH) else {
        return;
    };
    let batch = load_batch(stored).expect("the batch loads").state;
    if batch.stage != BatchStage::Published {
        return;
    }
    let proposal = batch.proposal.expect("published without a proposal");
    let publication = batch.publication.expect("published without a publication");
    let app = |id: &String| {
        load_application(
            store
                .cases
                .get(id)
                .unwrap_or_else(|| panic!("proposed {id} is not stored")),
        )
        .expect("an application loads")
        .state
    };
    let scores: Vec<f64> = proposal
        .cases
        .iter()
        .map(|id| app(id).aggregate.map_or(f64::NAN, |a| a.score))
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "the proposal is not ranked by score: {scores:?}"
    );
    let expected: Vec<&String> = proposal
        .cases
        .iter()
        .filter(|id| {
            !app(id)
                .objections
                .iter()
                .any(|o| o.decision.as_deref() == Some("upheld"))
        })
        .collect();
    let published: Vec<&String> = publication.recognized.iter().map(|(id, _)| id).collect();
    assert_eq!(
        published, expected,
        "published ≠ ranked candidates minus upheld objections"
    );
    for id in &published {
        let stage = app(id).stage;
        assert!(
            matches!(
                stage,
                ApplicationStage::Recognized
                    | ApplicationStage::RevocationPending
                    | ApplicationStage::Revoked
            ),
            "{id} published but {}",
            stage.code()
        );
    }
}

/// Run a whole input.
pub fn run(data: &[u8]) {
    let round = Round::new();
    for op in decode(data) {
        round.step(op);
    }
}

/// `2026-03-02T09:00:00+08:00` plus `minutes`, in the same form (Beijing time).
pub fn add_minutes(now: &str, minutes: i64) -> String {
    let part = |r: std::ops::Range<usize>| {
        now.get(r)
            .and_then(|s| s.parse::<i64>().ok())
            .expect("the harness's clock")
    };
    use qb_plugin::memory::{civil_from_days, days_from_civil};
    let total = (days_from_civil(part(0..4), part(5..7), part(8..10)) * 24 + part(11..13)) * 60
        + part(14..16)
        + minutes;
    let (y, m, d) = civil_from_days(total.div_euclid(24 * 60));
    let min = total.rem_euclid(24 * 60);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:00+08:00",
        min / 60,
        min % 60
    )
}

#[cfg(test)]
mod seeds;
