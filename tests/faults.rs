//! A plugin call that traps, runs past its deadline or exhausts its memory leaves the
//! database exactly as it was, and host-sim keeps serving afterwards.

use std::time::{Duration, Instant};

use host_sim::{CallError, Limits};
use qb_tests::*;

/// `fault` is asked for in the request's opinion (the fault-injection build only).
fn assert_rolled_back(name: &str, fault: &str, limits: Limits) -> (Duration, String) {
    let action = fault;
    let mut sim = sim_with(name, &fault_plugin(), limits);
    open_batch(&mut sim);
    let before = sim.fingerprint().unwrap();
    let outbox_before = sim.outbox().unwrap().len();
    let started = Instant::now();
    let why = match close_applications(&mut sim, fault) {
        Err(CallError::Trap(e)) => format!("{e:?}"),
        other => panic!("{action}: expected a trap, got {other:?}"),
    };
    let elapsed = started.elapsed();
    assert_eq!(
        sim.fingerprint().unwrap(),
        before,
        "{action} changed the database"
    );
    assert_eq!(
        sim.outbox().unwrap().len(),
        outbox_before,
        "{action} delivered its half-done notification"
    );
    // The host keeps serving: a real action right after the fault commits.
    close_applications(&mut sim, "截止").expect("serve after fault");
    assert_eq!(
        code_of(sim.view(OFFICER, "batch-2026").unwrap().summary.stage),
        "review"
    );
    (elapsed, why)
}

#[test]
fn trapping_call_leaves_database_unchanged() {
    let (_, why) = assert_rolled_back("faults_trap", "fault-trap", Limits::default());
    assert!(
        why.contains("unreachable"),
        "a panic traps as unreachable: {why}"
    );
}

#[test]
fn call_past_its_deadline_is_stopped_and_rolled_back() {
    let limits = Limits {
        deadline: Duration::from_millis(300),
        ..Limits::default()
    };
    let (elapsed, why) = assert_rolled_back("faults_deadline", "fault-spin", limits);
    // Stopped by the deadline (an epoch interrupt), not by anything else, and near it:
    // the epoch ticks every 10 ms; the rest is the machine's scheduling.
    assert!(why.contains("interrupt"), "stopped by the deadline: {why}");
    assert!(
        elapsed >= limits.deadline && elapsed < limits.deadline + Duration::from_millis(1200),
        "stopped after {elapsed:?} with a deadline of {:?}",
        limits.deadline
    );
}

#[test]
fn memory_bomb_is_stopped_and_rolled_back() {
    let limits = Limits {
        memory_bytes: 64 << 20,
        ..Limits::default()
    };
    let (elapsed, _) = assert_rolled_back("faults_memory", "fault-memory", limits);
    // The memory limit stopped it, long before the 2 s deadline could.
    assert!(elapsed < Limits::default().deadline, "{elapsed:?}");
}

/// ADR 7: one instance serves call after call; a trap discards it and the next call runs
/// on a fresh one, with nothing of the trapped call stored.
#[test]
fn an_instance_serves_many_calls_and_a_trap_replaces_it() {
    let mut sim = sim_with("faults_reuse", &fault_plugin(), Limits::default());
    open_batch(&mut sim);
    let before = sim.instances;
    for _ in 0..20 {
        sim.view(OFFICER, "batch-2026").expect("view");
    }
    assert_eq!(sim.instances, before, "twenty calls, no new instance");
    let fingerprint = sim.fingerprint().unwrap();
    let trapped = close_applications(&mut sim, "fault-trap");
    assert!(matches!(trapped, Err(CallError::Trap(_))), "{trapped:?}");
    assert_eq!(sim.fingerprint().unwrap(), fingerprint);
    sim.view(OFFICER, "batch-2026")
        .expect("served after the trap");
    assert_eq!(
        sim.instances,
        before + 1,
        "the trapped instance was replaced"
    );
}

/// ADR 15: a block of one call's memory kept past it (as a cache built outside
/// `arena::persistent` would be) stops the guest's arena from starting over — slower,
/// never wrong. The next deciding call tells the operators, once per instance; a call
/// that keeps nothing is never reported.
#[test]
fn memory_held_past_a_call_is_told_to_the_operators() {
    let logged = |name: &str, opinion: &str| {
        with_operator_log(|| {
            let mut sim = sim_with(name, &fault_plugin(), Limits::default());
            open_batch(&mut sim);
            let instances = sim.instances;
            close_applications(&mut sim, opinion).expect("a leak does not fail the call");
            // Three more deciding calls on the same instance, refused: already closed.
            for _ in 0..3 {
                assert!(close_applications(&mut sim, "截止").is_err());
            }
            assert_eq!(sim.instances, instances, "one instance throughout");
        })
        .1
    };
    let leaked = logged("faults_leak", "fault-leak");
    assert_eq!(
        leaked.matches(ARENA_HELD).count(),
        1,
        "told once:\n{leaked}"
    );
    assert!(leaked.contains("WARN"), "{leaked}");
    let kept_nothing = logged("faults_no_leak", "截止");
    assert!(!kept_nothing.contains(ARENA_HELD), "{kept_nothing}");
}
