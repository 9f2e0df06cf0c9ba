//! The API's lists over the host's own tables, paged: cases, 待办, 已办, messages and
//! public records. A list entry of a case carries only what H4 lets a list show — id,
//! title, stage, year, district and dates, never the score — and only for cases the
//! person may see: the owning enterprise, the district office of a submitted
//! application, the assignees of its open tasks, and the city bureau (which sees an
//! application once submitted, as the plugin's `view` does). Everyone else gets none.

use anyhow::Result;
use serde::Serialize;

use super::district;
use crate::codes::{Code, stage_code};
use crate::contract::{Actor, ApplicationStage, CaseKind, Role, Stage};
use crate::inbox;
use crate::messages;
// 已办's count: the page's join with the case is a LEFT one, so it changes no count.
use crate::portal::queries::DONE_COUNT;
use crate::store::{Db, Row, StoreError, ToValue};

/// A page of a list: `page` from 1, `per_page` entries.
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
}

/// A page of a list as the API answers it. Lists are typed and serialized once, straight
/// to the answer's bytes: built as `serde_json::Value` maps, each entry was copied twice
/// and its maps sorted before a byte went out — most of the 待办 read's CPU, which every
/// decision's next page pays (docs/performance-log.md, 2026-12-07, through the door).
#[derive(Serialize)]
pub struct PageOf<T> {
    pub ok: bool,
    pub items: Vec<T>,
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
}

impl Paging {
    fn offset(&self) -> i64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// The page's envelope around `items`, of `total` in all.
    pub fn of<T>(&self, (items, total): (Vec<T>, i64)) -> PageOf<T> {
        PageOf {
            ok: true,
            items,
            page: self.page,
            per_page: self.per_page,
            total,
        }
    }
}

/// Filters of the case list; `None` selects every value.
pub struct CaseFilter<'a> {
    pub kind: Option<&'static str>,
    pub year: Option<i64>,
    pub stage: Option<&'a str>,
    pub district: Option<&'a str>,
}

/// "This person may see case `c` in a list", over the parameters ?1 … ?8 of
/// [`Who::params`].
const VISIBLE: &str = "(
    (?4 AND (c.kind <> ?7 OR c.stage <> ?8))
    OR c.owner = ?5
    OR c.district = ?6
    OR EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.closed_at IS NULL
               AND (t.assignee_user = ?1 OR (t.assignee_role = ?2 AND t.assignee_org = ?3))))";

/// The list columns of a case, in the order [`summary_at`] reads them.
const SUMMARY_COLUMNS: &str =
    "c.id, c.kind, c.title, c.year, c.stage, c.stage_label, c.district, c.created_at, c.updated_at";

/// The parameters of [`VISIBLE`] for one person.
struct Who {
    user: String,
    role: &'static str,
    org: String,
    city: bool,
    owner_org: Option<String>,
    district_org: Option<String>,
    /// The contract's codes of the application kind and of its draft stage: the city
    /// sees an application from its submission on, as the plugin's `view` decides.
    application: &'static str,
    draft: &'static str,
}

impl Who {
    fn of(actor: &Actor) -> Who {
        let org = actor.org_unit.clone();
        let own = |role: Role| (actor.role == role && !org.is_empty()).then(|| org.clone());
        Who {
            user: actor.user_id.clone(),
            role: actor.role.code(),
            city: matches!(actor.role, Role::CityOfficer | Role::CityLeader),
            owner_org: own(Role::Enterprise),
            district_org: own(Role::DistrictOffice),
            org,
            application: CaseKind::Application.code(),
            draft: stage_code(Stage::Application(ApplicationStage::Draft)),
        }
    }

    /// ?1 user, ?2 role, ?3 org unit, ?4 city, ?5 owner org, ?6 district org,
    /// ?7 the application kind, ?8 its draft stage.
    fn params(&self) -> Vec<&dyn ToValue> {
        vec![
            &self.user,
            &self.role,
            &self.org,
            &self.city,
            &self.owner_org,
            &self.district_org,
            &self.application,
            &self.draft,
        ]
    }

    /// The parameters of "addressed to this person or their group": ?1 … ?3.
    fn recipient_params(&self) -> Vec<&dyn ToValue> {
        vec![&self.user, &self.role, &self.org]
    }
}

/// A stage as a list gives it: its code and its Chinese label.
#[derive(Serialize)]
pub struct StageRef {
    code: String,
    label: String,
}

/// A district org unit: its code and its name.
#[derive(Serialize)]
pub struct DistrictRef {
    code: String,
    name: String,
}

/// A case's list entry: what H4 lets a list show, never the score.
#[derive(Serialize)]
pub struct CaseEntry {
    id: String,
    kind: String,
    title: String,
    year: i64,
    stage: StageRef,
    district: Option<DistrictRef>,
    created_at: String,
    updated_at: String,
}

/// A case's list entry from [`SUMMARY_COLUMNS`] starting at column `at`.
fn summary_at(r: &Row, at: usize) -> Result<CaseEntry, StoreError> {
    let district: Option<String> = r.get(at + 6)?;
    Ok(CaseEntry {
        id: r.get(at)?,
        kind: r.get(at + 1)?,
        title: r.get(at + 2)?,
        year: r.get(at + 3)?,
        stage: StageRef {
            code: r.get(at + 4)?,
            label: r.get(at + 5)?,
        },
        district: district.map(|code| DistrictRef {
            name: district::name_of(&code).to_string(),
            code,
        }),
        created_at: r.get(at + 7)?,
        updated_at: r.get(at + 8)?,
    })
}

/// … of a left-joined case: none (null) where the join found none the person may see.
fn joined_summary_at(r: &Row, at: usize) -> Result<Option<CaseEntry>, StoreError> {
    match r.get::<Option<String>>(at)? {
        Some(_) => summary_at(r, at).map(Some),
        None => Ok(None),
    }
}

/// One page of `FROM … WHERE …` and its total: `select` is the column list, `order` the
/// ORDER BY clause, `params` every parameter the clause uses (?1 … ?N, each once).
fn page_of<T>(
    conn: &Db,
    from_where: &str,
    select: &str,
    order: &str,
    params: &[&dyn ToValue],
    paging: &Paging,
    map: impl FnMut(&Row) -> Result<T, StoreError>,
) -> Result<(Vec<T>, i64)> {
    let count = format!("SELECT COUNT(*) {from_where}");
    let ordered = format!("SELECT {select} {from_where} ORDER BY {order}");
    counted_page(conn, (&count, params), &ordered, params, paging, map)
}

/// The page `paging` asks for of the `ordered` query over `params` (?1 … ?N; its LIMIT
/// and OFFSET are appended as ?N+1 and ?N+2), and the total the `count` query gives
/// over its own parameters — for a list whose count needs less than its page.
fn counted_page<T>(
    conn: &Db,
    (count, count_params): (&str, &[&dyn ToValue]),
    ordered: &str,
    params: &[&dyn ToValue],
    paging: &Paging,
    map: impl FnMut(&Row) -> Result<T, StoreError>,
) -> Result<(Vec<T>, i64)> {
    let total: i64 = conn.query_row(count, count_params, |r| r.get(0))?;
    let (limit, offset) = (paging.per_page, paging.offset());
    let mut all = params.to_vec();
    all.push(&limit);
    all.push(&offset);
    let (limit_at, offset_at) = (all.len() - 1, all.len());
    let sql = format!("{ordered} LIMIT ?{limit_at} OFFSET ?{offset_at}");
    Ok((conn.query_map(&sql, &all, map)?, total))
}

/// `FROM … WHERE` of the cases `who` may see, filtered by ?9 kind, ?10 year, ?11 stage
/// and ?12 district. [`VISIBLE`] decides; for anyone outside the city bureau the cases
/// it can admit are their own, their district's and those they hold an open task on —
/// found on the indexes first, so that the list costs what the person may see, not what
/// the round holds (docs/performance-log.md, 2026-12-06: every case scanned per request).
fn cases_visible_to(who: &Who) -> String {
    let candidates = if who.city {
        String::new()
    } else {
        format!(
            "AND c.id IN (SELECT id FROM cases WHERE owner = ?5
                          UNION ALL SELECT id FROM cases WHERE district = ?6
                          UNION ALL SELECT case_id FROM tasks WHERE id IN ({}))",
            inbox::ids()
        )
    };
    format!(
        "FROM cases c WHERE {VISIBLE} {candidates}
           AND (c.kind = ?9 OR ?9 IS NULL) AND (c.year = ?10 OR ?10 IS NULL)
           AND (c.stage = ?11 OR ?11 IS NULL) AND (c.district = ?12 OR ?12 IS NULL)"
    )
}

/// The cases this person may see, filtered, newest first.
pub fn cases(
    conn: &Db,
    actor: &Actor,
    f: &CaseFilter,
    paging: &Paging,
) -> Result<(Vec<CaseEntry>, i64)> {
    let who = Who::of(actor);
    let mut params = who.params();
    params.extend([&f.kind as &dyn ToValue, &f.year, &f.stage, &f.district]);
    let from_where = cases_visible_to(&who);
    page_of(
        conn,
        &from_where,
        SUMMARY_COLUMNS,
        "c.updated_at DESC, c.id",
        &params,
        paging,
        |r| summary_at(r, 0),
    )
}

/// An open task in 待办, with its case's list entry.
#[derive(Serialize)]
pub struct OpenTask {
    case_id: String,
    key: String,
    title: String,
    due: Option<String>,
    opened_at: String,
    case: CaseEntry,
}

/// 待办: open tasks for the person or their (role, org unit) group, oldest first, each
/// with its case's list entry (an assignee may see it, H4).
pub fn open_tasks(conn: &Db, actor: &Actor, paging: &Paging) -> Result<(Vec<OpenTask>, i64)> {
    let who = Who::of(actor);
    let mut params = who.recipient_params();
    let count = inbox::count();
    // Each part need give no more ids than the page ends at.
    let cap = paging.per_page.saturating_add(paging.offset());
    params.push(&cap);
    let ordered = format!(
        "SELECT tk.case_id, tk.key, tk.title, tk.due, tk.opened_at, {SUMMARY_COLUMNS}
         FROM tasks tk JOIN cases c ON c.id = tk.case_id WHERE tk.id IN ({}) ORDER BY tk.id",
        inbox::first_ids("?4")
    );
    counted_page(
        conn,
        (&count, &params[..3]),
        &ordered,
        &params,
        paging,
        |r| {
            Ok(OpenTask {
                case_id: r.get(0)?,
                key: r.get(1)?,
                title: r.get(2)?,
                due: r.get(3)?,
                opened_at: r.get(4)?,
                case: summary_at(r, 5)?,
            })
        },
    )
}

/// ?1's history lines, newest first, walking `history_by_actor` backwards; each with its
/// case's entry where [`VISIBLE`] allows.
fn done_lines() -> String {
    format!(
        "SELECT h.case_id, h.action, h.label, h.opinion, h.at, {SUMMARY_COLUMNS}
         FROM history h LEFT JOIN cases c ON c.id = h.case_id AND {VISIBLE}
         WHERE h.actor_user = ?1 ORDER BY h.seq DESC"
    )
}

/// A line of 已办, with its case's list entry where the person may still see it.
#[derive(Serialize)]
pub struct DoneLine {
    case_id: String,
    action: String,
    label: String,
    opinion: Option<String>,
    at: String,
    case: Option<CaseEntry>,
}

/// 已办: what the person did (their history lines), newest first. The case's list entry
/// comes along only while the person may still see the case in lists (an expert who
/// scored keeps the line of their own act, not the case's later stages).
pub fn done(conn: &Db, actor: &Actor, paging: &Paging) -> Result<(Vec<DoneLine>, i64)> {
    let who = Who::of(actor);
    let params = who.params();
    counted_page(
        conn,
        (DONE_COUNT, &params[..1]),
        &done_lines(),
        &params,
        paging,
        |r| {
            Ok(DoneLine {
                case_id: r.get(0)?,
                action: r.get(1)?,
                label: r.get(2)?,
                opinion: r.get(3)?,
                at: r.get(4)?,
                case: joined_summary_at(r, 5)?,
            })
        },
    )
}

/// The Chinese label of a notification kind (the portal's inbox uses the same).
fn notice_label(kind: &str) -> &'static str {
    super::super::lists::kind_label(kind).0
}

/// A message delivered to the person or their group.
#[derive(Serialize)]
pub struct Notice {
    id: i64,
    kind_label: &'static str,
    kind: String,
    subject: String,
    body: String,
    case_id: Option<String>,
    created_at: String,
    read: bool,
}

/// Messages delivered to the person or their group (H10), newest first.
pub fn notices(
    conn: &Db,
    actor: &Actor,
    kind: Option<&str>,
    paging: &Paging,
) -> Result<(Vec<Notice>, i64)> {
    let who = Who::of(actor);
    let mut params = who.recipient_params();
    params.push(&kind);
    // Each part need give no more ids than the page ends at.
    let cap = paging.per_page.saturating_add(paging.offset());
    params.push(&cap);
    let count = messages::count(kind.is_some());
    let ordered = messages::newest("?5");
    let counted = if kind.is_some() { 4 } else { 3 };
    counted_page(
        conn,
        (&count, &params[..counted]),
        &ordered,
        &params,
        paging,
        |r| {
            let kind: String = r.get(1)?;
            Ok(Notice {
                id: r.get(0)?,
                kind_label: notice_label(&kind),
                kind,
                subject: r.get(2)?,
                body: r.get(3)?,
                case_id: r.get(4)?,
                created_at: r.get(5)?,
                read: r.get(6)?,
            })
        },
    )
}

/// A public record as the public reads it.
#[derive(Serialize)]
pub struct PublicRecord {
    id: String,
    kind_label: String,
    kind: String,
    year: i64,
    title: String,
    body: String,
    case_id: Option<String>,
    published_at: String,
}

/// Public records not withdrawn (H9), newest first; `label` names a record kind.
pub fn public_records(
    conn: &Db,
    year: Option<i64>,
    kind: Option<&str>,
    paging: &Paging,
    label: impl Fn(&str) -> String,
) -> Result<(Vec<PublicRecord>, i64)> {
    let params: [&dyn ToValue; 2] = [&year, &kind];
    page_of(
        conn,
        "FROM public_records WHERE withdrawn_at IS NULL
           AND (year = ?1 OR ?1 IS NULL) AND (kind = ?2 OR ?2 IS NULL)",
        "record_id, kind, year, title, body, case_id, published_at",
        "id DESC",
        &params,
        paging,
        |r| {
            let kind: String = r.get(1)?;
            Ok(PublicRecord {
                id: r.get(0)?,
                kind_label: label(&kind),
                kind,
                year: r.get(2)?,
                title: r.get(3)?,
                body: r.get(4)?,
                case_id: r.get(5)?,
                published_at: r.get(6)?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An enterprise's, a district office's and an expert's case lists start from the
    /// indexes; the city bureau, which may see nearly every case, scans. 已办 reads the
    /// person's own history lines only.
    #[test]
    fn a_persons_lists_start_from_the_indexes() {
        let path = std::env::temp_dir().join(format!("lists-plan-{}.sqlite", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let conn = Db::open_sqlite(&path).expect("migrated database");
        let person = |role: Role, org: &str| {
            Who::of(&Actor {
                user_id: "someone".into(),
                name: "某人".into(),
                role,
                org_unit: org.into(),
                org_name: String::new(),
            })
        };
        let plan = |who: &Who| -> String {
            let none: Option<String> = None;
            let mut params = who.params();
            params.extend([&none as &dyn ToValue, &none, &none, &none]);
            let sql = format!(
                "EXPLAIN QUERY PLAN SELECT COUNT(*) {}",
                cases_visible_to(who)
            );
            let rows = conn
                .query_map(&sql, &params, |r| r.get::<String>(3))
                .expect("plan");
            rows.join("; ")
        };
        for who in [
            person(Role::Enterprise, "91410100MA0000001X"),
            person(Role::DistrictOffice, "zhongyuan"),
            person(Role::Expert, ""),
        ] {
            let p = plan(&who);
            assert!(!p.contains("SCAN c"), "{p}");
            assert!(p.contains("cases_by_owner"), "{p}");
            assert!(p.contains("cases_by_district"), "{p}");
            assert!(p.contains("tasks_by_user"), "{p}");
        }
        assert!(plan(&person(Role::CityOfficer, "city")).contains("SCAN c"));
        // 已办: the count and the page on the history's index by actor, no sort.
        let who = person(Role::DistrictOffice, "zhongyuan");
        let params = who.params();
        for (sql, params) in [
            (DONE_COUNT.to_string(), &params[..1]),
            (done_lines(), &params[..]),
        ] {
            let rows = conn
                .query_map(&format!("EXPLAIN QUERY PLAN {sql}"), params, |r| {
                    r.get::<String>(3)
                })
                .expect("plan");
            let p = rows.join("; ");
            assert!(
                p.contains("USING") && p.contains("INDEX history_by_actor (actor_user=?)"),
                "{p}"
            );
            assert!(!p.contains("SCAN h") && !p.contains("TEMP B-TREE"), "{p}");
        }
        drop(conn);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
}
