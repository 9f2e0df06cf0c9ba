//! What the catalog does not say: where each action leads, which applications a step on
//! the batch moves, and where each timer waits. The catalog gives every action's roles,
//! stages, article and summary; the plugin's step functions decide the next stage, so
//! these three tables are the one place the export knows it from. The export refuses a
//! catalog with an action or timer that has no row here, and the tests compare both
//! ways, so a new action cannot silently miss from the diagram.

/// The action stays at the stage it was taken at.
pub const SAME: &str = "=";

/// Stages (codes, of the action's own case kind) an action may lead to.
pub const LEADS_TO: &[(&str, &[&str])] = &[
    ("open-batch", &["open"]),
    ("close-applications", &["review"]),
    ("import-provincial", &[SAME]),
    ("draw-panel", &[SAME]),
    ("propose-list", &["proposed"]),
    ("withdraw-list", &["review"]),
    ("approve-list", &["publicity"]),
    ("return-list", &["review"]),
    ("close-publicity", &["publicity-closed"]),
    ("publish", &["published"]),
    ("recommend-provincial", &[SAME]),
    ("start-application", &["draft"]),
    ("edit-form", &[SAME]),
    ("edit-materials", &[SAME]),
    ("register-materials", &[SAME]),
    ("submit", &["district-review"]),
    ("withdraw", &["draft"]),
    ("recommend", &["formal-check"]),
    ("return-for-revision", &["returned"]),
    ("decline", &["declined"]),
    ("delegate", &[SAME]),
    ("formal-check", &["accepted", "district-review"]),
    ("remind", &[SAME]),
    ("declare-conflict", &[SAME]),
    // 会签: the task completes when every panel member's sheet is in.
    ("score", &["scored"]),
    ("require-inspection", &["defence"]),
    ("record-defence", &["scored", "not-selected"]),
    ("record-site-visit", &["scored", "not-selected"]),
    ("object", &[SAME]),
    ("decide-objection", &[SAME, "removed"]),
    ("propose-revocation", &["revocation-pending"]),
    ("approve-revocation", &["revoked"]),
    ("reject-revocation", &["recognized"]),
];

/// Applications a step on the batch moves: (batch action, the chunk timer that carries
/// it on, from stage, to stage); an empty `from` creates the application.
pub const MOVES: &[(&str, Option<&str>, &str, &str)] = &[
    ("import-provincial", None, "", "formal-check"),
    (
        "draw-panel",
        Some("assign-panel"),
        "accepted",
        "expert-review",
    ),
    ("approve-list", None, "scored", "proposed"),
    ("publish", None, "proposed", "recognized"),
    ("publish", Some("conclude-round"), "scored", "not-selected"),
];

/// Where a timer waits.
#[derive(Debug, Clone, Copy)]
pub enum TimerAt {
    /// On the task of `action` at `stage`; an interrupting timer does the task's work
    /// (it leads where the task leads), a non-interrupting one reminds and waits on.
    Boundary {
        action: &'static str,
        stage: &'static str,
        interrupting: bool,
    },
    /// Right after `action`: the step goes on in chunks until done.
    After { action: &'static str },
}

pub const TIMERS: &[(&str, TimerAt)] = &[
    (
        "publicity-end",
        TimerAt::Boundary {
            action: "close-publicity",
            stage: "publicity",
            interrupting: true,
        },
    ),
    (
        "due:district-review",
        TimerAt::Boundary {
            action: "recommend",
            stage: "district-review",
            interrupting: false,
        },
    ),
    (
        "due:scoring",
        TimerAt::Boundary {
            action: "score",
            stage: "expert-review",
            interrupting: false,
        },
    ),
    (
        "assign-panel",
        TimerAt::After {
            action: "draw-panel",
        },
    ),
    ("conclude-round", TimerAt::After { action: "publish" }),
];

/// The stages an action leads to, if it has a row.
pub fn leads_to(action: &str) -> Option<&'static [&'static str]> {
    LEADS_TO.iter().find(|(a, _)| *a == action).map(|(_, t)| *t)
}

/// Where a timer waits, if it has a row.
pub fn timer_at(key: &str) -> Option<TimerAt> {
    TIMERS.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}
