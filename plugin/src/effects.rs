//! Collects what a decision changes; the host applies it in one transaction.

use crate::bindings::exports::zhengzhou::quality_benchmark::approval::{
    CaseWrite, HistoryEntry, Outcome, PublicRecord, Task, TaskRef, Timer,
};
use crate::bindings::zhengzhou::quality_benchmark::notifications::{
    GroupRef, NoticeKind, Notification, Recipient,
};
use crate::bindings::zhengzhou::quality_benchmark::types::Role;

/// Everything one action does, gathered before anything is sent to the host.
#[derive(Default)]
pub struct Effects {
    pub outcome: Outcome,
    pub notices: Vec<Notification>,
}

impl Default for Outcome {
    fn default() -> Self {
        Outcome {
            writes: Vec::new(),
            open_tasks: Vec::new(),
            close_tasks: Vec::new(),
            history: Vec::new(),
            public_records: Vec::new(),
            timers: Vec::new(),
        }
    }
}

/// Everyone holding `role` in `org_unit`.
pub fn group(role: Role, org_unit: &str) -> Recipient {
    Recipient::Group(GroupRef {
        role,
        org_unit: org_unit.to_string(),
    })
}

/// The city bureau's org unit code.
pub const CITY_BUREAU: &str = "city-bureau";

impl Effects {
    pub fn write(&mut self, w: CaseWrite) {
        self.outcome.writes.push(w);
    }

    pub fn open_task(
        &mut self,
        case_id: &str,
        key: &str,
        title: String,
        assignee: Recipient,
        due: Option<String>,
    ) {
        self.outcome.open_tasks.push(Task {
            case_id: case_id.to_string(),
            key: key.to_string(),
            title,
            assignee,
            due,
        });
    }

    pub fn close_task(&mut self, case_id: &str, key: &str) {
        self.outcome.close_tasks.push(TaskRef {
            case_id: case_id.to_string(),
            key: key.to_string(),
        });
    }

    #[allow(clippy::too_many_arguments)]
    pub fn history(
        &mut self,
        case_id: &str,
        action: &str,
        label: &str,
        from: &str,
        to: &str,
        opinion: Option<String>,
        detail: Option<String>,
    ) {
        self.outcome.history.push(HistoryEntry {
            case_id: case_id.to_string(),
            action: action.to_string(),
            label: label.to_string(),
            from_stage: from.to_string(),
            to_stage: to.to_string(),
            opinion,
            detail,
        });
    }

    pub fn publish(&mut self, record: PublicRecord) {
        self.outcome.public_records.push(record);
    }

    pub fn timer(&mut self, case_id: &str, key: &str, at: String) {
        self.outcome.timers.push(Timer {
            case_id: case_id.to_string(),
            key: key.to_string(),
            at,
        });
    }

    pub fn notify(
        &mut self,
        recipient: Recipient,
        kind: NoticeKind,
        subject: String,
        body: String,
        case_id: Option<&str>,
    ) {
        self.notices.push(Notification {
            recipient,
            kind,
            subject,
            body,
            case_id: case_id.map(str::to_string),
        });
    }
}
