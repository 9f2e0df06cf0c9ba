//! The approval conventions of BRIEF §4 that the other tests do not already show:
//! 催办, 抄送, and deadlines counted in working days across holidays and 调休.

use host_sim::demo::request;
use qb_tests::*;

#[test]
fn remind_reaches_the_pending_district_office() {
    let mut sim = sim("conventions_remind");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    sim.act(
        OFFICER,
        request(
            Some(SAMPLE_CASE),
            "remind",
            vec![],
            Some("请于本周内完成审核"),
        ),
    )
    .expect("催办");
    let reminder = sim
        .outbox()
        .unwrap()
        .into_iter()
        .find(|n| n.kind == "reminder")
        .expect("reminder sent");
    assert_eq!(
        (
            reminder.recipient_role.as_deref(),
            reminder.recipient_org.as_deref()
        ),
        (Some("district-office"), Some("zhongyuan"))
    );
    assert!(reminder.subject.starts_with("催办"), "{}", reminder.subject);
    assert_eq!(reminder.body, "请于本周内完成审核");
    // Only the bureau reminds.
    assert_eq!(
        refusal_code(sim.act(
            ENTERPRISE,
            request(Some(SAMPLE_CASE), "remind", vec![], None)
        )),
        "wrong-role"
    );
}

#[test]
fn expert_deadline_counts_working_days_over_national_day() {
    let mut sim = sim("conventions_working_days");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    let form = recommendation(&mut sim, DISTRICT_OFFICE, SAMPLE_CASE);
    sim.act(
        DISTRICT_OFFICE,
        request(Some(SAMPLE_CASE), "recommend", form, Some("同意")),
    )
    .expect("recommend");
    sim.act(
        OFFICER,
        request(
            Some(SAMPLE_CASE),
            "formal-check",
            vec![choice("result", "accept")],
            Some("通过"),
        ),
    )
    .expect("accept");
    close_applications(&mut sim, "本年度申报已齐，提前截止").expect("close");
    // Tuesday 2026-09-29: ten working days skip 国庆 (10-01..07) and count Saturday 10-10 (调休).
    sim.set_clock("2026-09-29T09:00:00+08:00").unwrap();
    let outcome = sim
        .act(
            OFFICER,
            request(Some("batch-2026"), "draw-panel", vec![], None),
        )
        .expect("draw");
    let dues: Vec<_> = outcome.open_tasks.iter().map(|t| t.due.clone()).collect();
    assert_eq!(dues.len(), 5);
    assert!(
        dues.iter().all(|d| d.as_deref() == Some("2026-10-19")),
        "{dues:?}"
    );
    // Each expert has their own task (会签), not a shared one.
    for t in &outcome.open_tasks {
        let expert = t.key.strip_prefix("score:").expect("score task");
        assert_eq!(sim.open_tasks(expert).unwrap().len(), 1);
    }
}

#[test]
fn overdue_review_is_reminded_by_the_hosts_timer() {
    let mut sim = sim("conventions_due_timer");
    open_batch(&mut sim);
    submit_sample(&mut sim).expect("submit");
    sim.set_clock("2026-05-28T18:00:00+08:00").unwrap();
    assert_eq!(
        sim.run_due_timers().unwrap(),
        0,
        "not due before the district deadline"
    );
    sim.set_clock("2026-05-29T09:30:00+08:00").unwrap();
    assert_eq!(sim.run_due_timers().unwrap(), 1);
    let reminder = sim
        .outbox()
        .unwrap()
        .into_iter()
        .find(|n| n.kind == "reminder")
        .expect("reminder");
    assert_eq!(reminder.recipient_org.as_deref(), Some("zhongyuan"));
    assert!(reminder.body.contains("期限"), "{}", reminder.body);
    let last = sim.history(SAMPLE_CASE).unwrap().pop().unwrap();
    assert_eq!(
        (last.action.as_str(), last.actor_user.as_str()),
        ("remind", "system")
    );
    assert_eq!(sim.run_due_timers().unwrap(), 0, "a fired timer is gone");
}
