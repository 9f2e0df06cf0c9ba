//! An administrator's change and its 管理操作记录 entry kept together: the directory,
//! the calendar and a plugin build each change the host in one savepoint of the
//! request's transaction (ADR 8's group) with the record, so that neither stands
//! without the other.

use super::Portal;
use super::http::Resp;
use crate::contract::Actor;
use crate::{CallError, Sim};

/// Record `change` (with `detail`) for `admin` and `apply` it, both or neither; a
/// failure is the page's 「保存失败」 with nothing kept.
pub fn recorded(
    p: &mut Portal,
    admin: &Actor,
    change: &str,
    detail: &str,
    apply: impl FnOnce(&mut Sim) -> anyhow::Result<()>,
) -> Result<(), Resp> {
    p.sim
        .connection()
        .savepoint("admin_change")
        .map_err(CallError::from)?;
    let done = p
        .sim
        .record_admin_change(admin, change, detail)
        .and_then(|()| apply(&mut p.sim));
    let conn = p.sim.connection();
    let end = if done.is_ok() {
        conn.release("admin_change")
    } else {
        conn.rollback_to("admin_change")
    };
    end.map_err(CallError::from)?;
    done.map_err(|e| Resp::status(500, &format!("保存失败：{e:#}")))
}
