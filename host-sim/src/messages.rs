//! 通知 and 抄送: the messages delivered to a person — to them (`?1`, their user id) or
//! to their group (`?2` role code, `?3` org unit), of one kind (`?4`) or of every kind.
//! One place for that SQL, which every page's unread count, the portal's inbox and the
//! JSON API's pages share.
//!
//! As for 待办 (`inbox`), two indexed searches joined by `UNION ALL`, never an `OR`:
//! SQLite planned the `OR` as both indexes' entries sorted in a temporary B-tree, so the
//! city bureau's inbox (every reminder of a round) cost 45 ms a page at 10,000
//! applications (docs/performance-log.md, 2026-12-06, later). A message goes to a person or
//! to a group, never both (`recipient_columns` in sim.rs), so the parts never overlap.
//! The indexes (migration 10) hold each part in id order, and its unread messages apart.

const MINE: &str = "FROM outbox WHERE recipient_user = ?1";
const MY_GROUPS: &str = "FROM outbox WHERE recipient_role = ?2 AND recipient_org = ?3";

/// The condition on the kind: none, or `kind = ?4`.
fn of(kind: bool) -> &'static str {
    if kind { " AND kind = ?4" } else { "" }
}

/// The newest `cap` ids of each part (`cap` names a parameter), of kind ?4 unless ?4
/// is null: enough for a page that ends at `cap`, newest first. Of one kind, the walk
/// reads each message until it has `cap` of that kind (抄送 are few, and rarely read).
pub fn newest_ids(cap: &str) -> String {
    let k = " AND (kind = ?4 OR ?4 IS NULL)";
    format!(
        "SELECT id FROM (SELECT id {MINE}{k} ORDER BY id DESC LIMIT {cap}) AS mine
         UNION ALL SELECT id FROM (SELECT id {MY_GROUPS}{k} ORDER BY id DESC LIMIT {cap}) AS my_groups"
    )
}

/// The page's messages: of [`newest_ids`], newest first (the caller's LIMIT and OFFSET
/// follow), in the columns `id, kind, subject, body, case_id, created_at, read`.
pub fn newest(cap: &str) -> String {
    format!(
        "SELECT id, kind, subject, body, case_id, created_at, read_at IS NOT NULL
         FROM outbox WHERE id IN ({}) ORDER BY id DESC",
        newest_ids(cap)
    )
}

/// How many messages the person has, of kind ?4 if `kind`: two counts, on the indexes
/// alone when every kind is counted.
pub fn count(kind: bool) -> String {
    let k = of(kind);
    format!("SELECT (SELECT COUNT(*) {MINE}{k}) + (SELECT COUNT(*) {MY_GROUPS}{k})")
}

/// How many of them are unread: on the unread messages' indexes alone — every page
/// shows it.
pub fn unread_count() -> String {
    format!(
        "SELECT (SELECT COUNT(*) {MINE} AND read_at IS NULL)
              + (SELECT COUNT(*) {MY_GROUPS} AND read_at IS NULL)"
    )
}
