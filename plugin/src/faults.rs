//! Test-only faults (feature `fault-injection`): each one first queues a notification,
//! as a half-done action would, and then fails the way a buggy or hostile plugin can.
//! A fault is asked for in the request's opinion (`fault-trap`, `fault-spin`,
//! `fault-memory`, `fault-notice-flood`), since actions are a closed enum of the contract.
//! `fault-leak` alone does not fail: it keeps a block of the call's memory past the call
//! (a cache built outside `arena::persistent`) and lets the action go on.

use crate::bindings::zhengzhou::quality_benchmark::notifications::{NoticeKind, Notification};
use crate::contract::Role;
use crate::effects::group;
use crate::host::Host;

/// Run the fault named by `opinion`, if it is one. Never returns for a fault that fails.
pub fn inject(host: &dyn Host, opinion: Option<&str>) {
    let Some(fault) = opinion.filter(|o| o.starts_with("fault-")) else {
        return;
    };
    if fault == "fault-leak" {
        std::mem::forget(vec![0u8; 64]);
        return;
    }
    host.notify(&[Notification {
        recipient: group(Role::CityOfficer, crate::effects::CITY_BUREAU),
        kind: NoticeKind::Info,
        subject: "half-done".into(),
        body: format!("{fault} queued this before failing"),
        case_id: None,
    }]);
    match fault {
        "fault-trap" => panic!("injected trap"),
        "fault-spin" => {
            let mut n: u64 = 0;
            loop {
                n = std::hint::black_box(n.wrapping_add(1));
            }
        }
        // A hostile plugin: 16 MiB notifications, one after another, until the host
        // stops it. The host must stay bounded (bounds.rs), not hold them all.
        "fault-notice-flood" => loop {
            host.notify(&[Notification {
                recipient: group(Role::CityOfficer, crate::effects::CITY_BUREAU),
                kind: NoticeKind::Info,
                subject: "flood".into(),
                body: "洪".repeat((16 << 20) / 3),
                case_id: None,
            }]);
        },
        "fault-memory" => {
            let mut hoard: Vec<Vec<u8>> = Vec::new();
            loop {
                hoard.push(vec![1u8; 16 << 20]);
                std::hint::black_box(&hoard);
            }
        }
        _ => {}
    }
}
