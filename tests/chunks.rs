//! A round larger than one call's share: seating the panel and concluding the round run
//! in chunks that the host's timers carry on, each its own transaction.

use host_sim::demo::request;
use qb_tests::*;

const APPLICATIONS: usize = 230; // more than one chunk (200) of each batch step

#[test]
fn batch_steps_over_many_applications_finish_through_timers() {
    let mut sim = sim("chunks_round");
    let everyone = round_of(&sim, APPLICATIONS);
    open_batch(&mut sim);
    for a in &everyone {
        apply(&mut sim, a).unwrap_or_else(|e| panic!("{}: {e}", a.name));
        let user = format!("{}-office-1", a.district);
        let form = recommendation(&mut sim, &user, &a.case());
        sim.act(
            &user,
            request(Some(&a.case()), "recommend", form, Some("同意")),
        )
        .expect("recommend");
        accept_formal_check(&mut sim, &a.case()).expect("check");
    }
    sim.set_clock("2026-05-06T09:00:00+08:00").unwrap();
    close_applications(&mut sim, "本年度申报已齐，提前截止").expect("close");
    sim.act(
        OFFICER,
        request(Some("batch-2026"), "draw-panel", vec![], None),
    )
    .expect("draw");
    let seated = sim
        .count("SELECT COUNT(*) FROM cases WHERE stage = 'expert-review'")
        .unwrap();
    assert_eq!(seated, 200, "the draw seats one chunk itself");
    assert!(sim.run_due_timers().unwrap() >= 1);
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM cases WHERE stage = 'expert-review'")
            .unwrap(),
        APPLICATIONS as i64
    );

    for (i, a) in everyone.iter().enumerate() {
        for expert in open_score_tasks(&sim, &a.case()) {
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
    let publication = publication_form(&mut sim);
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
    assert_eq!(
        host_sim::store::statements_prepared_again_on_every_run(),
        Vec::<String>::new(),
        "every statement of the round stays prepared"
    );
}
