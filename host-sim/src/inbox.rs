//! 待办: the tasks open for a person — assigned to them (`?1`, their user id) or to their
//! group (`?2` role code, `?3` org unit). One place for that SQL, which every page's
//! count, the portal's list, the JSON API's pages and `Sim::open_tasks` share.
//!
//! Two indexed searches joined by `UNION ALL`, never an `OR` of the two: SQLite plans
//! `assignee_user = ?1 OR (assignee_role = ?2 AND assignee_org = ?3)` over the partial
//! indexes as a scan of every open task, so each request cost more as a round grew
//! (docs/performance-log.md, 2026-12-06). A task is assigned to a person or to a group,
//! never both (`recipient_columns` in sim.rs), so the two parts never overlap.

const MINE: &str = "FROM tasks WHERE closed_at IS NULL AND assignee_user = ?1";
const MY_GROUPS: &str =
    "FROM tasks WHERE closed_at IS NULL AND assignee_role = ?2 AND assignee_org = ?3";

/// The ids of the person's open tasks: `… WHERE id IN ({ids()})`.
pub fn ids() -> String {
    format!("SELECT id {MINE} UNION ALL SELECT id {MY_GROUPS}")
}

/// The lowest `cap` ids of each part (`cap` names a parameter), enough for a page that
/// ends at `cap`: a page costs what it shows, not what the person has open.
pub fn first_ids(cap: &str) -> String {
    format!(
        "SELECT id FROM (SELECT id {MINE} ORDER BY id LIMIT {cap}) AS mine
         UNION ALL SELECT id FROM (SELECT id {MY_GROUPS} ORDER BY id LIMIT {cap}) AS my_groups"
    )
}

/// How many tasks are open for the person: two counts on the indexes alone.
pub fn count() -> String {
    format!("SELECT (SELECT COUNT(*) {MINE}) + (SELECT COUNT(*) {MY_GROUPS})")
}
