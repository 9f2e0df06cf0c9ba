//! A round larger than one call's share: seating the panel and concluding the round run
//! in chunks that the host's timers carry on, each its own transaction — the first chunk
//! in the call that starts the step, the rest district by district (ADR 3).

use host_sim::Sim;
use host_sim::demo::request;
use qb_tests::*;

const APPLICATIONS: usize = 230; // more than one chunk (200) of each batch step

#[test]
fn batch_steps_over_many_applications_finish_through_timers() {
    let mut sim = sim("chunks_round");
    let ((), log) = with_operator_log(|| round(&mut sim));
    // Every call of the round freed all it allocated: the guest's arena started over
    // between calls throughout (ADR 15).
    assert!(!log.contains(ARENA_HELD), "{log}");
    assert_eq!(
        host_sim::store::statements_prepared_again_on_every_run(),
        Vec::<String>::new(),
        "every statement of the round stays prepared"
    );
}

#[test]
fn the_districts_chunks_decided_ahead_together_are_the_writers_own() {
    let mut hosts = [
        seeded_sim("chunks_alone", false),
        seeded_sim("chunks_ahead", true),
    ];
    for sim in &mut hosts {
        round(sim);
    }
    let [alone, ahead] = &hosts;
    assert_eq!(decided(ahead), decided(alone));
    let tally = ahead.foresight();
    // Every district's chunk, fired in one group with the others, read nothing another
    // wrote: none was decided again.
    assert_eq!((tally.stale, tally.missed), (0, 0));
    assert!(
        tally.kept >= 2,
        "the districts' chunks were decided ahead: {tally:?}"
    );
}

/// The pending timers of `key` are each on the next application at `stage` of a district,
/// one for every district with applications left there; none is on the batch.
fn carried_on_by_district(sim: &Sim, key: &str, stage: &str) {
    let conn = sim.connection();
    let timers: i64 = conn
        .query_row("SELECT COUNT(*) FROM timers WHERE key = ?1", &[&key], |r| {
            r.get(0)
        })
        .expect("timers");
    let districts: i64 = conn
        .query_row(
            "SELECT COUNT(DISTINCT district) FROM cases WHERE kind = 'application' AND stage = ?1",
            &[&stage],
            |r| r.get(0),
        )
        .expect("districts");
    let on_next: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM timers t JOIN cases c ON c.id = t.case_id
             WHERE t.key = ?1 AND c.id = (SELECT MIN(id) FROM cases n
                 WHERE n.kind = 'application' AND n.stage = ?2 AND n.district = c.district)",
            &[&key, &stage],
            |r| r.get(0),
        )
        .expect("timers on applications");
    assert!(districts > 1, "the round left {stage} in several districts");
    assert_eq!((timers, on_next), (districts, districts), "{key}");
}

/// The round of `APPLICATIONS` on `sim`, each batch step checked as it goes.
fn round(sim: &mut Sim) {
    let everyone = round_of(sim, APPLICATIONS);
    open_batch(sim);
    for a in &everyone {
        apply(sim, a).unwrap_or_else(|e| panic!("{}: {e}", a.name));
        let user = format!("{}-office-1", a.district);
        let form = recommendation(sim, &user, &a.case());
        sim.act(
            &user,
            request(Some(&a.case()), "recommend", form, Some("同意")),
        )
        .expect("recommend");
        accept_formal_check(sim, &a.case()).expect("check");
    }
    sim.set_clock("2026-05-06T09:00:00+08:00").unwrap();
    close_applications(sim, "本年度申报已齐，提前截止").expect("close");
    sim.act(
        OFFICER,
        request(Some("batch-2026"), "draw-panel", vec![], None),
    )
    .expect("draw");
    let seated = sim
        .count("SELECT COUNT(*) FROM cases WHERE stage = 'expert-review'")
        .unwrap();
    assert_eq!(seated, 200, "the draw seats one chunk itself");
    carried_on_by_district(sim, "assign-panel", "accepted");
    assert!(sim.run_due_timers().unwrap() >= 1);
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM cases WHERE stage = 'expert-review'")
            .unwrap(),
        APPLICATIONS as i64
    );

    for (i, a) in everyone.iter().enumerate() {
        for expert in open_score_tasks(sim, &a.case()) {
            let v = 5.0 + (i % 50) as f64 / 10.0;
            sim.act(
                &expert,
                request(Some(&a.case()), "score", score_sheet(&[v; 6]), None),
            )
            .expect("score");
        }
    }
    sim.set_clock("2026-06-08T09:00:00+08:00").unwrap();
    sim.act(
        OFFICER,
        request(
            Some("batch-2026"),
            "propose-list",
            vec![number("count", 10.0)],
            Some("提出"),
        ),
    )
    .expect("propose");
    sim.act(
        "city-leader-1",
        request(Some("batch-2026"), "approve-list", vec![], Some("同意")),
    )
    .expect("approve");
    sim.set_clock("2026-06-16T09:00:00+08:00").unwrap();
    sim.run_due_timers().unwrap();
    let publication = publication_form(sim);
    sim.act(
        "city-leader-1",
        request(Some("batch-2026"), "publish", publication, Some("同意")),
    )
    .expect("publish");
    let left = sim
        .count("SELECT COUNT(*) FROM cases WHERE stage = 'scored'")
        .unwrap();
    assert_eq!(
        left,
        (APPLICATIONS - 10 - 200) as i64,
        "publication concludes one chunk itself"
    );
    carried_on_by_district(sim, "conclude-round", "scored");
    sim.run_due_timers().unwrap();
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM cases WHERE stage = 'not-selected'")
            .unwrap(),
        (APPLICATIONS - 10) as i64
    );
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM cases WHERE stage = 'recognized'")
            .unwrap(),
        10
    );
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM timers WHERE key IN ('assign-panel', 'conclude-round')")
            .unwrap(),
        0
    );
}
