//! The seed inputs of `process_sequences`, written as the steps they stand for and
//! encoded here: each must be accepted step by step (or refused where the step says so)
//! and reach the stage it claims. `QB_FUZZ_WRITE_SEEDS=1 cargo test` (in tests/fuzz)
//! rewrites `corpus/process_sequences/`; otherwise the checked-in files must match.

use super::*;
use qb_plugin::case::application_id;

/// One intended step.
enum S {
    /// `user` takes `action` on the batch (`Some(BATCH)`), on the application of an
    /// enterprise (its credit code) or on nothing, with value pool `pool`.
    Act(&'static str, Action, Option<&'static str>, u8),
    /// Like `Act`, but the plugin must refuse it with this code.
    Refused(&'static str, Action, Option<&'static str>, u8, &'static str),
    /// Every expert on the application's panel scores it, with value pool `pool`.
    Panel(&'static str, u8),
    /// The first expert on the application's panel declares a conflict.
    Recuse(&'static str),
    /// The clock moves on by days (1–20) and hours.
    Advance(u8, u8),
}

use Action as A;
use S::{Act, Advance, Panel, Recuse, Refused};

const JINGGONG: &str = "91410102MA44XKQ7PB";
const JINSHUI: &str = "91410105MA000110XR";
const ERQI: &str = "91410103MA000104XB";
const PRECISION: &str = "91410102MA000101XR";

fn apply_steps(user: &'static str, code: &'static str) -> Vec<S> {
    vec![
        Act(user, A::StartApplication, None, 0),
        Act(user, A::EditForm, Some(code), 0),
        Act(user, A::EditMaterials, Some(code), 0),
        Act(user, A::Submit, Some(code), 0),
    ]
}

/// Open, apply, recommend, import, check, draw, score, propose, approve, object
/// (upheld), publicity ends by timer, publish, recommend to the province, revoke.
fn full_round() -> Vec<S> {
    let mut s = vec![Act("city-officer-1", A::OpenBatch, None, 0)];
    s.extend(apply_steps("ent-jinggong", JINGGONG));
    s.extend(apply_steps("ent-10", JINSHUI));
    s.extend([
        Act("zhongyuan-office-1", A::Recommend, Some(JINGGONG), 0),
        Act("jinshui-office-1", A::Recommend, Some(JINSHUI), 0),
        Act("city-officer-2", A::ImportProvincial, Some(BATCH), 0),
        Act("city-officer-2", A::RegisterMaterials, Some(ERQI), 0),
        Act("city-officer-1", A::FormalCheck, Some(JINGGONG), 0),
        Act("city-officer-1", A::FormalCheck, Some(JINSHUI), 0),
        Act("city-officer-1", A::FormalCheck, Some(ERQI), 0),
        Advance(20, 0),
        Advance(20, 0),
        Advance(20, 0),
        Act("city-officer-1", A::CloseApplications, Some(BATCH), 0),
        Act("city-officer-1", A::DrawPanel, Some(BATCH), 0),
        Panel(JINGGONG, 0),
        Panel(JINSHUI, 1),
        Panel(ERQI, 0),
        Act("city-officer-1", A::ProposeList, Some(BATCH), 0),
        Act("city-leader-1", A::ApproveList, Some(BATCH), 0),
        Act("public", A::Object, Some(JINGGONG), 0),
        Refused("city-leader-1", A::Publish, Some(BATCH), 0, "wrong-stage"),
        Act("city-officer-2", A::DecideObjection, Some(JINGGONG), 0),
        Advance(20, 0),
        Act("city-leader-1", A::Publish, Some(BATCH), 0),
        Act("city-leader-1", A::RecommendProvincial, Some(BATCH), 0),
        Act("city-officer-1", A::ProposeRevocation, Some(ERQI), 0),
        Act("city-leader-2", A::ApproveRevocation, Some(ERQI), 0),
    ]);
    s
}

/// The detours: returned and resubmitted, withdrawn, delegated, declined, a recusal,
/// a defence failed, a list withdrawn and returned, an objection dismissed, a
/// revocation rejected.
fn detours() -> Vec<S> {
    let mut s = vec![Act("city-officer-1", A::OpenBatch, None, 0)];
    s.extend(apply_steps("ent-jinggong", JINGGONG));
    s.extend(apply_steps("ent-01", PRECISION));
    s.extend(apply_steps("ent-10", JINSHUI));
    s.extend([
        Refused(
            "jinshui-office-1",
            A::Recommend,
            Some(JINGGONG),
            0,
            "wrong-district",
        ),
        Act(
            "zhongyuan-office-1",
            A::ReturnForRevision,
            Some(JINGGONG),
            0,
        ),
        Act("ent-jinggong", A::EditForm, Some(JINGGONG), 1),
        Act("ent-jinggong", A::Submit, Some(JINGGONG), 0),
        Act("ent-jinggong", A::Withdraw, Some(JINGGONG), 0),
        Act("ent-jinggong", A::Submit, Some(JINGGONG), 0),
        Act("zhongyuan-office-1", A::Delegate, Some(JINGGONG), 0),
        Refused(
            "zhongyuan-office-1",
            A::Recommend,
            Some(JINGGONG),
            0,
            "delegated",
        ),
        Act("zhongyuan-office-2", A::Recommend, Some(JINGGONG), 0),
        Act("zhongyuan-office-1", A::Decline, Some(PRECISION), 0),
        Act("city-officer-1", A::Remind, Some(JINSHUI), 0),
        Act("jinshui-office-1", A::Recommend, Some(JINSHUI), 1),
        Act("city-officer-1", A::FormalCheck, Some(JINGGONG), 0),
        Act("city-officer-1", A::FormalCheck, Some(JINSHUI), 0),
        Advance(20, 0),
        Advance(20, 0),
        Advance(20, 0),
        Act("city-officer-1", A::CloseApplications, Some(BATCH), 0),
        Act("city-officer-1", A::DrawPanel, Some(BATCH), 0),
        Recuse(JINGGONG),
        Panel(JINGGONG, 0),
        Panel(JINSHUI, 1),
        Act("city-officer-1", A::RequireInspection, Some(JINSHUI), 0),
        Act("city-officer-1", A::RecordDefence, Some(JINSHUI), 1),
        Act("city-officer-1", A::ProposeList, Some(BATCH), 0),
        Act("city-officer-1", A::WithdrawList, Some(BATCH), 0),
        Act("city-officer-1", A::ProposeList, Some(BATCH), 0),
        Act("city-leader-1", A::ReturnList, Some(BATCH), 0),
        Act("city-officer-1", A::ProposeList, Some(BATCH), 0),
        Act("city-leader-1", A::ApproveList, Some(BATCH), 0),
        Act("public", A::Object, Some(JINGGONG), 0),
        Act("city-officer-2", A::DecideObjection, Some(JINGGONG), 1),
        Advance(20, 0),
        Act("city-leader-1", A::Publish, Some(BATCH), 0),
        Act("city-officer-1", A::ProposeRevocation, Some(JINGGONG), 0),
        Act("city-leader-1", A::RejectRevocation, Some(JINGGONG), 0),
    ]);
    s
}

fn case_id(case: Option<&str>) -> Option<String> {
    case.map(|c| {
        if c == BATCH {
            c.to_string()
        } else {
            application_id(2026, c)
        }
    })
}

fn act_op(round: &Round, user: &str, action: Action, case: Option<&str>, pool: u8) -> Op {
    let actor = PEOPLE
        .iter()
        .position(|(u, ..)| *u == user)
        .unwrap_or_else(|| panic!("{user} is not in the directory"));
    let cases = round.cases();
    let case = case_id(case).map_or(cases.len(), |id| {
        cases
            .iter()
            .position(|c| *c == id)
            .unwrap_or_else(|| panic!("{id} does not exist yet"))
    });
    let action = Action::ALL
        .iter()
        .position(|a| *a == action)
        .expect("an action of the catalog");
    let byte = |i: usize| u8::try_from(i).expect("fits a byte");
    Op {
        kind: KIND_ANY,
        actor: byte(actor),
        case: byte(case),
        action: byte(action),
        values: pool,
        opinion: 0,
    }
}

fn panel(round: &Round, code: &str) -> Vec<String> {
    let stored = round.host.store.borrow().cases[&application_id(2026, code)].clone();
    load_application(&stored).expect("loads").state.panel
}

/// Encode `steps`, running each and checking that it did what the step says.
fn encode_steps(steps: &[S]) -> (Round, Vec<u8>) {
    let round = Round::new();
    let mut ops = Vec::new();
    let mut run = |round: &Round, op: Op, refused: Option<&str>, what: &str| {
        let done = round.step(op);
        match (&done, refused) {
            (Done::Accepted(_) | Done::Advanced(_), None) => {}
            (Done::Refused(_, code), Some(expected)) if code == expected => {}
            _ => panic!("{what}: {done:?}"),
        }
        ops.push(op);
    };
    for step in steps {
        match *step {
            Act(user, action, case, pool) => {
                let op = act_op(&round, user, action, case, pool);
                run(&round, op, None, &format!("{user} {}", action.code()));
            }
            Refused(user, action, case, pool, code) => {
                let op = act_op(&round, user, action, case, pool);
                run(&round, op, Some(code), &format!("{user} {}", action.code()));
            }
            Panel(code, pool) => {
                for expert in panel(&round, code) {
                    let user = PEOPLE
                        .iter()
                        .find(|(u, ..)| *u == expert)
                        .map(|(u, ..)| *u)
                        .expect("an expert of the directory");
                    let op = act_op(&round, user, A::Score, Some(code), pool);
                    run(&round, op, None, &format!("{expert} scores {code}"));
                }
            }
            Recuse(code) => {
                let expert = panel(&round, code)[0].clone();
                let user = PEOPLE
                    .iter()
                    .find(|(u, ..)| *u == expert)
                    .map(|(u, ..)| *u)
                    .expect("an expert of the directory");
                let op = act_op(&round, user, A::DeclareConflict, Some(code), 0);
                run(&round, op, None, &format!("{expert} recuses"));
            }
            Advance(days, hours) => {
                let op = Op {
                    kind: KIND_ADVANCE,
                    actor: 0,
                    case: 0,
                    action: days - 1,
                    values: hours,
                    opinion: 0,
                };
                run(&round, op, None, "advance");
            }
        }
    }
    (round, encode(&ops))
}

fn stage(round: &Round, id: &str) -> Stage {
    round.host.store.borrow().cases[id].summary.stage
}

fn seed_file(name: &str, bytes: &[u8]) {
    let path = format!(
        "{}/corpus/process_sequences/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("QB_FUZZ_WRITE_SEEDS").is_some() {
        std::fs::write(&path, bytes).expect("write the seed");
    } else {
        let on_file = std::fs::read(&path).expect("the seed is checked in");
        assert!(
            on_file == bytes,
            "{path} is stale: QB_FUZZ_WRITE_SEEDS=1 cargo test"
        );
    }
}

#[test]
fn the_full_round_seed_publishes_without_the_upheld_objection() {
    let (round, bytes) = encode_steps(&full_round());
    assert_eq!(stage(&round, BATCH), Stage::Batch(BatchStage::Published));
    let app = |code| stage(&round, &application_id(2026, code));
    assert_eq!(app(JINGGONG), Stage::Application(ApplicationStage::Removed));
    assert_eq!(app(ERQI), Stage::Application(ApplicationStage::Revoked));
    // The sequence replays the same from its bytes.
    run(&bytes);
    seed_file("full-round", &bytes);
}

#[test]
fn the_detours_seed_publishes_after_a_dismissed_objection() {
    let (round, bytes) = encode_steps(&detours());
    assert_eq!(stage(&round, BATCH), Stage::Batch(BatchStage::Published));
    let app = |code| stage(&round, &application_id(2026, code));
    assert_eq!(
        app(JINGGONG),
        Stage::Application(ApplicationStage::Recognized)
    );
    assert_eq!(
        app(PRECISION),
        Stage::Application(ApplicationStage::Declined)
    );
    assert_eq!(
        app(JINSHUI),
        Stage::Application(ApplicationStage::NotSelected)
    );
    run(&bytes);
    seed_file("detours", &bytes);
}

#[test]
fn clock_arithmetic_crosses_months_and_years() {
    assert_eq!(
        add_minutes("2026-02-28T23:30:00+08:00", 60),
        "2026-03-01T00:30:00+08:00"
    );
    assert_eq!(
        add_minutes("2026-12-31T09:00:00+08:00", 24 * 60),
        "2027-01-01T09:00:00+08:00"
    );
}
