//! Deciding ahead (ADR 14): a decision the decider thread made is kept only if every
//! answer it was given still holds in the writer's transaction; otherwise the writer
//! decides again. Whatever the decider does, the database ends as if the writer had
//! decided everything itself.

use host_sim::demo::request;
use host_sim::foresight::{Ask, MakeAsk};
use host_sim::sim::Request;
use host_sim::{CallError, Limits, Sim};
use qb_tests::*;

/// `decisions` acted on together (`act_together`), each answer as the number of cases
/// written or the refusal's code.
fn group(sim: &mut Sim, decisions: Vec<(String, Request)>) -> Vec<Result<String, String>> {
    act_together(sim, decisions)
        .into_iter()
        .map(|answer| match answer {
            Ok(outcome) => Ok(outcome.writes.len().to_string()),
            Err(e) => Err(refusal_code::<()>(Err(e))),
        })
        .collect()
}

/// A host-sim on a fresh file with the batch open and a fixed seed; deciding ahead if
/// `ahead`.
fn host(name: &str, ahead: bool) -> Sim {
    let mut sim = seeded_sim(name, ahead);
    open_batch(&mut sim);
    sim
}

/// Twelve enterprises apply and are recommended and checked, eight at a time.
fn round(sim: &mut Sim) -> Vec<Vec<Result<String, String>>> {
    let everyone: Vec<Applicant> = round_of(sim, 12);
    let mut answers = Vec::new();
    for chunk in everyone.chunks(8) {
        let start = chunk
            .iter()
            .map(|a| {
                (
                    a.user.clone(),
                    request(None, "start-application", vec![], None),
                )
            })
            .collect();
        answers.push(group(sim, start));
        let forms = chunk
            .iter()
            .map(|a| {
                (
                    a.user.clone(),
                    request(Some(&a.case()), "edit-form", forms_for(a).0, None),
                )
            })
            .collect();
        answers.push(group(sim, forms));
        let materials = prepared_decisions(sim, chunk, uploads_before_materials, |sim, a| {
            let m = materials_for(sim, a).expect("materials");
            (
                a.user.clone(),
                request(Some(&a.case()), "edit-materials", m, None),
            )
        });
        answers.push(group(sim, materials));
        let submits = prepared_decisions(sim, chunk, seals_before_submit, |sim, a| {
            let seals = seals_for(sim, &a.user, &a.case()).expect("seals");
            (
                a.user.clone(),
                request(Some(&a.case()), "submit", seals, None),
            )
        });
        answers.push(group(sim, submits));
        let recommends = prepared_decisions(sim, chunk, seal_before_recommendation, |sim, a| {
            let office = office_of(a, 1);
            let form = recommendation(sim, &office, &a.case());
            (
                office,
                request(Some(&a.case()), "recommend", form, Some("同意推荐")),
            )
        });
        answers.push(group(sim, recommends));
        let checks = chunk
            .iter()
            .map(|a| (OFFICER.to_string(), formal_check_accepted(&a.case())))
            .collect();
        answers.push(group(sim, checks));
    }
    answers
}

#[test]
fn decisions_made_ahead_are_the_writers_own() {
    let mut alone = host("foresight_alone", false);
    let mut ahead = host("foresight_ahead", true);
    let answers = round(&mut alone);
    assert_eq!(round(&mut ahead), answers);
    assert!(
        answers.iter().flatten().all(Result::is_ok),
        "the round went through: {answers:?}"
    );
    assert_eq!(decided(&ahead), decided(&alone));
    assert_eq!(ahead.verify_history_chain().expect("chain"), None);
    // Each decision was made ahead and kept, and so was each upload's permit and seal's
    // order a browser sends before one — per enterprise one file, two submission seals
    // and the district's seal: the test saw the decider at work.
    let tally = ahead.foresight();
    assert_eq!((tally.kept, tally.stale, tally.missed), (72 + 12 * 4, 0, 0));
    assert_eq!(alone.foresight().kept, 0);
}

#[test]
fn a_case_changed_earlier_in_the_group_is_decided_again() {
    let mut hosts = [
        host("foresight_twice_alone", false),
        host("foresight_twice_ahead", true),
    ];
    let a = &applicants()[0];
    let (form, _) = forms_for(a);
    let mut renamed = form.clone();
    for f in renamed.iter_mut().filter(|f| f.id == "benchmark-name") {
        f.value = host_sim::contract::FieldValue::Text(format!("{}（修订）", a.title()));
    }
    let mut answers = Vec::new();
    for sim in &mut hosts {
        group(
            sim,
            vec![(
                a.user.clone(),
                request(None, "start-application", vec![], None),
            )],
        );
        // Two edits of one case in one group: the decider read the case before the
        // first; the second's answer (the case's version) no longer holds.
        answers.push(group(
            sim,
            vec![
                (
                    a.user.clone(),
                    request(Some(&a.case()), "edit-form", form.clone(), None),
                ),
                (
                    a.user.clone(),
                    request(Some(&a.case()), "edit-form", renamed.clone(), None),
                ),
            ],
        ));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(decided(&hosts[1]), decided(&hosts[0]));
    let tally = hosts[1].foresight();
    assert_eq!(
        (tally.kept, tally.stale),
        (2, 1),
        "start and the first edit kept, the second decided again"
    );
}

#[test]
fn a_seal_ordered_ahead_of_a_change_to_what_it_binds_is_ordered_again() {
    let mut sim = host("foresight_seal", true);
    let a = &applicants()[0];
    let (form, _) = forms_for(a);
    let mut renamed = form.clone();
    for f in renamed.iter_mut().filter(|f| f.id == "benchmark-name") {
        f.value = host_sim::contract::FieldValue::Text(format!(
            "{}实施精益六西格玛质量改进的经验",
            a.name
        ));
    }
    let case = a.case();
    let sign = |sim: &mut Sim| {
        sim.seal(&a.user, Some(&case), "submit", "legal-rep-signature", &[])
            .expect("seal")
            .digest
    };
    group(
        &mut sim,
        vec![(
            a.user.clone(),
            request(None, "start-application", vec![], None),
        )],
    );
    group(
        &mut sim,
        vec![(
            a.user.clone(),
            request(Some(&case), "edit-form", form, None),
        )],
    );
    let before_the_change = sign(&mut sim);
    // One group: the form changes, then the enterprise signs. Both are asked for
    // ahead; the decider ordered the signature over the form as it was before.
    sim.begin_group().expect("group");
    let edit = request(Some(&case), "edit-form", renamed, None);
    let ahead = edit.clone();
    sim.foresee(&a.user, move || Ask::act(ahead));
    let asked = Ask::seal(Some(&case), "submit", "legal-rep-signature", vec![]);
    sim.foresee(&a.user, move || asked);
    sim.act(&a.user, edit).expect("edit");
    let in_the_group = sign(&mut sim);
    sim.commit_group().expect("commit");
    assert_ne!(in_the_group, before_the_change, "the digest binds the form");
    let after_the_group = sign(&mut sim);
    assert_eq!(
        in_the_group, after_the_group,
        "the signature binds the form as changed"
    );
    let tally = sim.foresight();
    assert_eq!(
        (tally.kept, tally.stale),
        (3, 1),
        "start and both edits kept; the seal after the change ordered again"
    );
}

#[test]
fn a_district_quota_holds_for_recommendations_made_ahead_together() {
    let mut sim = sim_with("foresight_quota", &plugin(), Limits::default());
    sim.decide_ahead().expect("decider");
    let zhongyuan = two_applied_under_a_quota_of_one(&mut sim);
    let recommends = prepared_decisions(
        &mut sim,
        &zhongyuan,
        seal_before_recommendation,
        |sim, a| {
            let form = recommendation(sim, DISTRICT_OFFICE, &a.case());
            (
                DISTRICT_OFFICE.to_string(),
                request(Some(&a.case()), "recommend", form, Some("推荐")),
            )
        },
    );
    // Both were decided from a snapshot with no recommendation yet, each within the
    // quota; the second's count no longer holds after the first, so the writer
    // decides it again — and refuses it. (The district's two seals were ordered ahead
    // and kept: sealing reads no count.)
    let answers = group(&mut sim, recommends);
    assert_eq!(answers[0], Ok("1".to_string()));
    assert_eq!(answers[1], Err("quota-exceeded".to_string()));
    assert_eq!(stage(&sim, &zhongyuan[1].case()), "district-review");
    let tally = sim.foresight();
    assert_eq!((tally.kept, tally.stale), (2 + 1, 1));
}

#[test]
fn a_call_that_traps_ahead_traps_again_in_the_writer_and_changes_nothing() {
    let mut sim = sim_with("foresight_trap", &fault_plugin(), Limits::default());
    sim.decide_ahead().expect("decider");
    open_batch(&mut sim);
    let before = sim.fingerprint().expect("fingerprint");
    sim.begin_group().expect("group");
    let close = request(
        Some("batch-2026"),
        "close-applications",
        vec![],
        Some("fault-trap"),
    );
    let ahead = close.clone();
    sim.foresee(OFFICER, move || Ask::act(ahead));
    let trapped = sim.act(OFFICER, close);
    sim.commit_group().expect("commit");
    assert!(matches!(trapped, Err(CallError::Trap(_))), "{trapped:?}");
    assert_eq!(sim.fingerprint().expect("fingerprint"), before);
    // The decider gave no decision; the writer ran the call and met the trap itself.
    let tally = sim.foresight();
    assert_eq!((tally.kept, tally.missed), (0, 1));
    // Both instances serve on.
    close_applications(&mut sim, "截止").expect("serve after the trap");
}

/// `n` enterprises apply, on a host deciding alone and on one deciding ahead, and the
/// clock passes the districts' deadline (2026年5月29日) with nothing recommended: each
/// application's review is due. The two hosts, and the timers each fired.
fn reminders_due(name: &str, n: usize) -> ([Sim; 2], [usize; 2]) {
    let mut hosts = [
        host(&format!("{name}_alone"), false),
        host(&format!("{name}_ahead"), true),
    ];
    let fired = hosts.each_mut().map(|sim| {
        for a in &round_of(sim, n) {
            apply(sim, a).expect("apply");
        }
        sim.advance_clock("2026-06-01T09:00:00+08:00")
            .expect("clock")
    });
    (hosts, fired)
}

#[test]
fn timers_fired_together_ahead_are_the_writers_own() {
    // Six reminders in one group.
    let (hosts, fired) = reminders_due("foresight_timers", 6);
    let [alone, ahead] = &hosts;
    assert_eq!(fired, [6, 6]);
    assert_eq!(decided(ahead), decided(alone));
    let reminders: i64 = ahead
        .connection()
        .query_row(
            "SELECT count(*) FROM outbox WHERE kind = 'reminder' AND subject LIKE '催办：%'",
            &[],
            |r| r.get(0),
        )
        .expect("outbox");
    assert!(reminders >= 6, "the districts were reminded: {reminders}");
    let tally = ahead.foresight();
    assert_eq!((tally.kept, tally.stale, tally.missed), (6, 0, 0));
}

#[test]
fn the_next_groups_calls_made_while_this_one_commits_are_kept_only_where_they_hold() {
    let mut hosts = [
        host("foresight_next_alone", false),
        host("foresight_next_ahead", true),
    ];
    let [a, b] = [&applicants()[0], &applicants()[1]];
    let edit = |who: &Applicant, suffix: &str| {
        let (mut form, _) = forms_for(who);
        for f in form.iter_mut().filter(|f| f.id == "benchmark-name") {
            let title = who.title();
            let stem = title.strip_suffix("经验").unwrap_or(&title);
            f.value = host_sim::contract::FieldValue::Text(format!("{stem}{suffix}经验"));
        }
        (
            who.user.clone(),
            request(Some(&who.case()), "edit-form", form, None),
        )
    };
    let asks = |decisions: &[(String, Request)]| -> Vec<(String, MakeAsk)> {
        decisions
            .iter()
            .map(|(user, r)| (user.clone(), ask_act(r.clone())))
            .collect()
    };
    let start = |who: &Applicant| {
        (
            who.user.clone(),
            request(None, "start-application", vec![], None),
        )
    };
    // Three groups, each asking for the next one's calls while it is applied: b's edit
    // reads nothing the group before it wrote; a's first edit reads the case a's start
    // made in the group before it, and a's second edit the case a's first edit wrote.
    let groups = [
        vec![start(a), start(b)],
        vec![edit(a, "")],
        vec![edit(b, ""), edit(a, "与修订")],
    ];
    let mut answers = Vec::new();
    for sim in &mut hosts {
        let mut pipe = Pipeline::default();
        let mut theirs = Vec::new();
        for (at, decisions) in groups.iter().enumerate() {
            let next = groups.get(at + 1).map(|n| asks(n));
            let made = pipe.group(sim, asks(decisions), next, |sim| {
                decisions
                    .iter()
                    .map(|(user, r)| sim.act(user, r.clone()).map(|o| o.writes.len()))
                    .map(|answer| answer.map_err(|e| e.to_string()))
                    .collect::<Vec<_>>()
            });
            theirs.push(made);
        }
        answers.push(theirs);
    }
    assert_eq!(answers[0], answers[1]);
    assert!(
        answers[1].iter().flatten().all(Result::is_ok),
        "every call went through: {answers:?}"
    );
    assert_eq!(decided(&hosts[1]), decided(&hosts[0]));
    let tally = hosts[1].foresight();
    assert_eq!(
        (tally.kept, tally.stale, tally.missed),
        (3, 2, 0),
        "both starts and b's edit kept; a's two edits decided again"
    );
    assert_eq!(tally.asked_early, 3, "each group's calls asked for early");
}

#[test]
fn timers_due_after_a_group_are_fired_ahead_while_it_commits() {
    // More reminders than one group of timers holds (64): the rest are asked for while
    // the first group commits, and fired by the writer from what the decider made.
    let (hosts, fired) = reminders_due("foresight_timer_groups", 70);
    let [alone, ahead] = &hosts;
    assert_eq!(fired, [70, 70]);
    assert_eq!(decided(ahead), decided(alone));
    let tally = ahead.foresight();
    assert_eq!((tally.kept, tally.stale, tally.missed), (70, 0, 0));
    assert_eq!(
        tally.asked_early, 6,
        "the second group's six asked for early"
    );
}
