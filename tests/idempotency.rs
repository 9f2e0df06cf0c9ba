//! Idempotent retries through `host-sim serve`: the host dies after committing an
//! action and before answering; the client retries with the same idempotency key and
//! gets the first answer, and the action took effect exactly once. The same key for
//! another request is refused; after the keys' 24 hours a retry runs again.

use std::path::Path;

use host_sim::Sim;
use host_sim::fields_json::fields_to_json;
use qb_tests::portal::{Portal, header, try_post_with};
use qb_tests::*;
use serde_json::{Value, json};

const CLOCK: &str = "2026-03-02T09:00:00+08:00";

/// The case's stored version and how many history rows it has.
fn effects(path: &Path, case: &str) -> (Option<u64>, i64) {
    let sim = Sim::open(path, &plugin()).expect("open");
    let rows = sim
        .connection()
        .query_row(
            "SELECT COUNT(*) FROM history WHERE case_id = ?1",
            &[&case],
            |r| r.get(0),
        )
        .expect("count");
    (sim.version(case).expect("version"), rows)
}

#[test]
fn a_retry_after_a_crash_between_commit_and_reply_applies_once() {
    let (path, a) = {
        let mut sim = sim("idempotency_crash");
        open_batch(&mut sim);
        let a = round_of(&sim, 1).remove(0);
        let path = Path::new(sim.connection().path().expect("a file")).to_path_buf();
        (path, a)
    };
    let case = a.case();
    // An edit with no expected version: without a key, each retry would apply again.
    let edit = json!({
        "case_id": case,
        "action": "edit-form",
        "values": fields_to_json(&forms_for(&a).0),
    });
    let key = "retry-7f3a9c";
    {
        let portal =
            Portal::start_with_env(&path, CLOCK, &[("HOST_SIM_FAULT_EXIT_AFTER_COMMIT", key)]);
        let started = try_post_with(
            &portal.addr,
            "/api/v1/act",
            &a.user,
            &json!({"action": "start-application"}),
            &[],
        )
        .expect("an answer");
        assert_eq!(started.0, 200, "{}", started.2);
        // The host commits the edit and dies before answering.
        let lost = try_post_with(
            &portal.addr,
            "/api/v1/act",
            &a.user,
            &edit,
            &[("Idempotency-Key", key)],
        );
        assert!(lost.is_none(), "answered before dying: {lost:?}");
    }
    assert_eq!(
        effects(&path, &case),
        (Some(2), 2),
        "the edit was committed"
    );

    let portal = Portal::start(&path, CLOCK);
    let retry = || {
        try_post_with(
            &portal.addr,
            "/api/v1/act",
            &a.user,
            &edit,
            &[("Idempotency-Key", key)],
        )
        .expect("an answer")
    };
    let (status, headers, body) = retry();
    assert_eq!(status, 200, "{body}");
    assert_eq!(header(&headers, "idempotent-replayed"), Some("true"));
    let answer: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(answer["version"], 2, "{answer}");
    let again = retry();
    assert_eq!(
        (again.0, &again.2),
        (200, &body),
        "the same answer every time"
    );
    drop(portal);
    assert_eq!(
        effects(&path, &case),
        (Some(2), 2),
        "exactly one effect after three tries"
    );

    let portal = Portal::start(&path, CLOCK);
    // The same key for a different request is refused, and nothing runs.
    let other = json!({"case_id": case, "action": "withdraw", "opinion": "不再申报"});
    let (status, _, body) = try_post_with(
        &portal.addr,
        "/api/v1/act",
        &a.user,
        &other,
        &[("Idempotency-Key", key)],
    )
    .expect("an answer");
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("idempotency-key-reused"), "{body}");
    assert!(body.contains("Idempotency-Key"), "{body}");
    // Another person's key space is their own.
    let (status, _, body) = try_post_with(
        &portal.addr,
        "/api/v1/forms/application-form/validate",
        OFFICER,
        &json!({"values": fields_to_json(&forms_for(&a).0), "mode": "draft"}),
        &[("Idempotency-Key", key)],
    )
    .expect("an answer");
    assert_eq!(status, 200, "{body}");
    // A malformed key is a 400 naming the header.
    let (status, _, body) = try_post_with(
        &portal.addr,
        "/api/v1/act",
        &a.user,
        &edit,
        &[("Idempotency-Key", "has a space")],
    )
    .expect("an answer");
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("Idempotency-Key"), "{body}");

    // After 24 hours the key is forgotten: the same request runs again.
    let (status, _, body) = try_post_with(
        &portal.addr,
        "/api/v1/clock",
        "admin",
        &json!({"advance_seconds": 25 * 3600}),
        &[],
    )
    .expect("an answer");
    assert_eq!(status, 200, "{body}");
    let (status, headers, body) = try_post_with(
        &portal.addr,
        "/api/v1/act",
        &a.user,
        &edit,
        &[("Idempotency-Key", key)],
    )
    .expect("an answer");
    assert_eq!(status, 200, "{body}");
    assert_eq!(header(&headers, "idempotent-replayed"), None);
    drop(portal);
    assert_eq!(effects(&path, &case), (Some(3), 3));
}
