//! The host is bounded too (bounds.rs): a hostile plugin that floods the host with 16 MiB
//! notifications is stopped at the first one, the call rolls back, and the host's memory
//! stays near where it was; a request with 300,000 unknown fields gets a small answer.
//! One test per binary: the process's peak memory is the measure.

use host_sim::{CallError, Limits};
use qb_tests::portal::Portal;
use qb_tests::*;

/// The peak resident memory of this process so far, in bytes (Linux `VmHWM`).
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

#[test]
fn a_flooding_plugin_is_stopped_and_the_host_stays_bounded() {
    let mut sim = sim_with("bounds_flood", &fault_plugin(), Limits::default());
    open_batch(&mut sim);
    // Warm: one ordinary call, so the instance and its memory exist before measuring.
    sim.view(OFFICER, "batch-2026").expect("view");
    let before = sim.fingerprint().expect("fingerprint");
    let peak_before = peak_rss();
    let flood = close_applications(&mut sim, "fault-notice-flood");
    let Err(CallError::Trap(why)) = flood else {
        panic!("the flood was not stopped as a trap: {flood:?}");
    };
    assert!(format!("{why:?}").contains("notification"), "{why:?}");
    assert_eq!(sim.fingerprint().expect("fingerprint"), before);
    let grown = peak_rss().saturating_sub(peak_before);
    // One 16 MiB message in the guest and its copy in the host, the guest's own working
    // memory and the allocator's slack (30–160 MiB measured); unbounded, the host held
    // every message until the 2 s deadline (1.6 GB measured before the bound).
    assert!(grown < 512 << 20, "the host grew by {} MiB", grown >> 20);
    println!("peak memory grew by {} MiB", grown >> 20);
    // The host goes on.
    close_applications(&mut sim, "截止").expect("served after the flood");

    // A body of 300,000 unknown fields through the portal: a small answer naming the
    // first hundred and how many more.
    let path = sim.connection().path().expect("a file").to_string();
    drop(sim);
    let portal = Portal::start(std::path::Path::new(&path), "2026-03-16T10:00:00+08:00");
    let values: Vec<serde_json::Value> = (0..300_000)
        .map(|i| serde_json::json!({"id": format!("x{i}"), "value": {"text": "x"}}))
        .collect();
    let body = serde_json::json!({"values": values, "mode": "draft", "year": 2026});
    let (status, answer) =
        portal.post_json("/api/v1/forms/application-form/validate", ENTERPRISE, &body);
    let size = answer.to_string().len();
    assert_eq!(status, 422, "{}", &answer.to_string()[..size.min(300)]);
    assert_eq!(answer["fields"].as_array().map(Vec::len), Some(100));
    assert!(
        answer["message"]
            .as_str()
            .is_some_and(|m| m.contains("299900"))
    );
    assert!(size < 64 << 10, "an answer of {size} bytes");
}
