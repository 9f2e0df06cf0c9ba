//! Forward-only migrations of both schemas. A SQLite file keeps its version in `PRAGMA
//! user_version`; a PostgreSQL database in a `schema_version` table, with DDL of its
//! own (types, identity columns) that reaches the same version numbers.

use anyhow::{Context, Result, bail};
use rusqlite::Connection;

/// Forward-only migrations; index + 1 is the schema version they lead to.
const MIGRATIONS: &[&str] = &[
    // 1: cases, tasks, outbox, history, public records, timers, directory, registry, seals, modules.
    r#"
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        year INTEGER NOT NULL,
        stage TEXT NOT NULL,
        stage_label TEXT NOT NULL,
        district TEXT,
        owner TEXT,
        title TEXT NOT NULL,
        score REAL,
        version INTEGER NOT NULL,
        state BLOB NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cases_by_year ON cases (year, kind, stage);
    CREATE INDEX cases_by_district ON cases (district, stage);
    CREATE INDEX cases_by_owner ON cases (owner);
    CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id),
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        assignee_user TEXT,
        assignee_role TEXT,
        assignee_org TEXT,
        due TEXT,
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT
    );
    CREATE UNIQUE INDEX tasks_open ON tasks (case_id, key) WHERE closed_at IS NULL;
    CREATE INDEX tasks_by_group ON tasks (assignee_role, assignee_org) WHERE closed_at IS NULL;
    CREATE INDEX tasks_by_user ON tasks (assignee_user) WHERE closed_at IS NULL;
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        recipient_user TEXT,
        recipient_role TEXT,
        recipient_org TEXT,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        case_id TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT
    );
    CREATE TABLE history (
        seq INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        action TEXT NOT NULL,
        label TEXT NOT NULL,
        from_stage TEXT NOT NULL,
        to_stage TEXT NOT NULL,
        opinion TEXT,
        detail TEXT,
        actor_user TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        actor_org TEXT NOT NULL,
        actor_org_name TEXT NOT NULL,
        at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX history_by_case ON history (case_id, seq);
    CREATE TABLE public_records (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        year INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        case_id TEXT,
        published_at TEXT NOT NULL
    );
    CREATE TABLE timers (
        case_id TEXT NOT NULL,
        key TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (case_id, key)
    );
    CREATE TABLE users (
        user_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        org_unit TEXT NOT NULL,
        org_name TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX users_by_role ON users (role, org_unit);
    CREATE TABLE enterprises (
        credit_code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        district TEXT,
        independent_legal_entity INTEGER NOT NULL,
        bad_records TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE seals (
        id TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        signer TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        digest TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE modules (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        contract TEXT NOT NULL,
        size INTEGER NOT NULL,
        component BLOB NOT NULL,
        installed_at TEXT NOT NULL,
        active INTEGER NOT NULL
    );
    "#,
    // 2: files uploaded through the portal (证实性材料 …), referenced by attachment-ref.
    r#"
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        case_id TEXT,
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL
    );
    "#,
    // 3 (contract 0.2): seals record what they were applied for and in which capacity;
    // public records have the plugin's id and can be withdrawn; uploads are linked to
    // their case by an outcome; summaries are indexed for the plugin's filtered queries.
    r#"
    ALTER TABLE seals ADD COLUMN purpose_case TEXT;
    ALTER TABLE seals ADD COLUMN purpose_action TEXT NOT NULL DEFAULT '';
    ALTER TABLE seals ADD COLUMN purpose_field TEXT NOT NULL DEFAULT '';
    ALTER TABLE seals ADD COLUMN capacity TEXT NOT NULL DEFAULT '';
    ALTER TABLE public_records ADD COLUMN record_id TEXT;
    ALTER TABLE public_records ADD COLUMN withdrawn_at TEXT;
    UPDATE public_records SET record_id = 'legacy:' || id WHERE record_id IS NULL;
    CREATE UNIQUE INDEX public_records_by_record_id ON public_records (record_id);
    ALTER TABLE attachments ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
    UPDATE attachments SET linked = 1 WHERE case_id IS NOT NULL;
    CREATE INDEX cases_by_year_district ON cases (year, kind, district, stage);
    CREATE INDEX timers_by_at ON timers (at);
    "#,
    // 4: history rows carry an HMAC of their hash under a key outside the database, so a
    // rewrite that recomputes the chain is detected (`audit.rs`).
    r#"
    ALTER TABLE history ADD COLUMN mac TEXT;
    "#,
    // 5: the answers to requests that carried an idempotency key, written in the same
    // transaction as their effects, so a retry gets the first answer and changes nothing
    // (`portal/idempotency.rs`); indexes for the upload quotas.
    r#"
    CREATE TABLE idempotency (
        user_id TEXT NOT NULL,
        key TEXT NOT NULL,
        request_sha256 TEXT NOT NULL,
        status INTEGER NOT NULL,
        content_type TEXT NOT NULL,
        body BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
    );
    CREATE INDEX idempotency_by_age ON idempotency (created_at);
    -- Upload quotas (`bounds.rs`): a person's files not yet filed, and a case's files.
    CREATE INDEX attachments_pending_by_uploader ON attachments (uploaded_by) WHERE linked = 0;
    CREATE INDEX attachments_by_case ON attachments (case_id);
    "#,
    // 6: 管理操作记录 — the administrator's changes made in the browser, chained and keyed
    // like the history (`admin_log.rs`).
    r#"
    CREATE TABLE admin_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_user TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        change TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        mac TEXT NOT NULL
    );
    "#,
    // 7: a person's notices and unread count are read on every page; without these the
    // outbox — every reminder of a round — is scanned whole each time.
    OUTBOX_INDEXES,
    // 8 (contract 0.3): a case's filed part (`case-write.filed`), in a row of its own so
    // that the writes which leave it alone do not rewrite its ~10 KB with the state.
    CASE_FILED,
    // 9: 已办 — what a person did — finds their history lines on an index instead of
    // reading the whole history on every request; a task assigned to a person is no
    // longer in the groups' index, nor a group's task in the persons' (docs/performance-log.md,
    // 2026-12-06).
    PERSONS_INDEXES,
    // 10: 通知 and 抄送 page through a person's messages and their group's on indexes
    // in id order; the unread ones, counted on every page, have indexes of their own
    // (docs/performance-log.md, 2026-12-06, later).
    MESSAGES_INDEXES,
    // 11: due timers are claimed in (at, case, key) order straight off an index; on `at`
    // alone every claim sorted all the timers due — 20,000 at the end of 公示 — to take
    // the first 64 (docs/performance-log.md, 2026-12-07).
    TIMERS_DUE_INDEX,
];

/// Migration 11, the same on both databases: the index serves the claim's whole order
/// and holds every column it reads.
const TIMERS_DUE_INDEX: &str = r#"
    DROP INDEX timers_by_at;
    CREATE INDEX timers_due ON timers (at, case_id, key);
"#;

/// Migration 10, the same on both databases. A message goes to a person or to a group,
/// never both: each is in one of the two indexes (and, while unread, in one of the two
/// unread ones) — as many entries per message as before, where both indexes held all.
const MESSAGES_INDEXES: &str = r#"
    DROP INDEX outbox_by_user;
    DROP INDEX outbox_by_group;
    CREATE INDEX outbox_by_user ON outbox (recipient_user, id)
        WHERE recipient_user IS NOT NULL;
    CREATE INDEX outbox_by_group ON outbox (recipient_role, recipient_org, id)
        WHERE recipient_role IS NOT NULL;
    CREATE INDEX outbox_unread_by_user ON outbox (recipient_user)
        WHERE read_at IS NULL AND recipient_user IS NOT NULL;
    CREATE INDEX outbox_unread_by_group ON outbox (recipient_role, recipient_org)
        WHERE read_at IS NULL AND recipient_role IS NOT NULL;
"#;

/// Migration 9, the same on both databases. A task is assigned to a person or to a
/// group, never both: each open task now has an entry in one of the two indexes, not in
/// both, which is one index entry fewer each time a task opens or closes.
const PERSONS_INDEXES: &str = r#"
    CREATE INDEX history_by_actor ON history (actor_user, seq);
    DROP INDEX tasks_by_group;
    DROP INDEX tasks_by_user;
    CREATE INDEX tasks_by_group ON tasks (assignee_role, assignee_org)
        WHERE closed_at IS NULL AND assignee_role IS NOT NULL;
    CREATE INDEX tasks_by_user ON tasks (assignee_user)
        WHERE closed_at IS NULL AND assignee_user IS NOT NULL;
"#;

/// Migration 8 on SQLite; PostgreSQL's twin says `BYTEA`.
const CASE_FILED: &str = r#"
    CREATE TABLE case_filed (
        case_id TEXT PRIMARY KEY REFERENCES cases (id),
        part BLOB NOT NULL
    );
"#;

/// Migration 7, the same on both databases.
const OUTBOX_INDEXES: &str = r#"
    CREATE INDEX outbox_by_user ON outbox (recipient_user, read_at);
    CREATE INDEX outbox_by_group ON outbox (recipient_role, recipient_org, read_at);
"#;

/// The schema version this build of host-sim writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Apply every migration past the stored `user_version`, each in its own transaction.
pub(super) fn migrate_sqlite(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        bail!("数据库结构版本 {current} 比本程序支持的 {SCHEMA_VERSION} 新，请升级 host-sim");
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {}", i + 1))?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

/// The PostgreSQL schema, as (version it leads to, DDL). PostgreSQL support began at
/// schema 6, so its first migration creates schema 6 whole; a later SQLite migration
/// gets its PostgreSQL twin here with the same number (a test checks they agree).
///
/// Translated from the SQLite DDL above: `BIGINT` for every integer (read as i64),
/// integers kept for booleans so the SQL and `FromValue` agree on both, `BYTEA` for
/// blobs, identity columns where SQLite has a rowid alias, and a `serial` identity
/// on seals and attachments for `Db::next_serial`. Text sorts in byte order, as on
/// SQLite, when the database's collation is `C` (docs/scaling.md).
pub(super) const POSTGRES: &[(i64, &str)] = &[
    (
        6,
        r#"
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        year BIGINT NOT NULL,
        stage TEXT NOT NULL,
        stage_label TEXT NOT NULL,
        district TEXT,
        owner TEXT,
        title TEXT NOT NULL,
        score DOUBLE PRECISION,
        version BIGINT NOT NULL,
        state BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cases_by_year ON cases (year, kind, stage);
    CREATE INDEX cases_by_district ON cases (district, stage);
    CREATE INDEX cases_by_owner ON cases (owner);
    CREATE INDEX cases_by_year_district ON cases (year, kind, district, stage);
    CREATE TABLE tasks (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id),
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        assignee_user TEXT,
        assignee_role TEXT,
        assignee_org TEXT,
        due TEXT,
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT
    );
    CREATE UNIQUE INDEX tasks_open ON tasks (case_id, key) WHERE closed_at IS NULL;
    CREATE INDEX tasks_by_group ON tasks (assignee_role, assignee_org) WHERE closed_at IS NULL;
    CREATE INDEX tasks_by_user ON tasks (assignee_user) WHERE closed_at IS NULL;
    CREATE TABLE outbox (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        recipient_user TEXT,
        recipient_role TEXT,
        recipient_org TEXT,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        case_id TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT
    );
    CREATE TABLE history (
        seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        case_id TEXT NOT NULL,
        action TEXT NOT NULL,
        label TEXT NOT NULL,
        from_stage TEXT NOT NULL,
        to_stage TEXT NOT NULL,
        opinion TEXT,
        detail TEXT,
        actor_user TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        actor_org TEXT NOT NULL,
        actor_org_name TEXT NOT NULL,
        at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        mac TEXT
    );
    CREATE INDEX history_by_case ON history (case_id, seq);
    CREATE TABLE public_records (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL,
        year BIGINT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        case_id TEXT,
        published_at TEXT NOT NULL,
        record_id TEXT,
        withdrawn_at TEXT
    );
    CREATE UNIQUE INDEX public_records_by_record_id ON public_records (record_id);
    CREATE TABLE timers (
        case_id TEXT NOT NULL,
        key TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (case_id, key)
    );
    CREATE INDEX timers_by_at ON timers (at);
    CREATE TABLE users (
        user_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        org_unit TEXT NOT NULL,
        org_name TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX users_by_role ON users (role, org_unit);
    CREATE TABLE enterprises (
        credit_code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        district TEXT,
        independent_legal_entity BIGINT NOT NULL,
        bad_records TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE seals (
        id TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        signer TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        digest TEXT NOT NULL,
        purpose_case TEXT,
        purpose_action TEXT NOT NULL DEFAULT '',
        purpose_field TEXT NOT NULL DEFAULT '',
        capacity TEXT NOT NULL DEFAULT '',
        serial BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE modules (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        sha256 TEXT NOT NULL,
        contract TEXT NOT NULL,
        size BIGINT NOT NULL,
        component BYTEA NOT NULL,
        installed_at TEXT NOT NULL,
        active BIGINT NOT NULL
    );
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size BIGINT NOT NULL,
        sha256 TEXT NOT NULL,
        content BYTEA NOT NULL,
        case_id TEXT,
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        linked BIGINT NOT NULL DEFAULT 0,
        serial BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
    );
    CREATE INDEX attachments_pending_by_uploader ON attachments (uploaded_by) WHERE linked = 0;
    CREATE INDEX attachments_by_case ON attachments (case_id);
    CREATE TABLE idempotency (
        user_id TEXT NOT NULL,
        key TEXT NOT NULL,
        request_sha256 TEXT NOT NULL,
        status BIGINT NOT NULL,
        content_type TEXT NOT NULL,
        body BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
    );
    CREATE INDEX idempotency_by_age ON idempotency (created_at);
    CREATE TABLE admin_log (
        seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        actor_user TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        change TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        mac TEXT NOT NULL
    );
    "#,
    ),
    (7, OUTBOX_INDEXES),
    (
        8,
        r#"
    CREATE TABLE case_filed (
        case_id TEXT PRIMARY KEY REFERENCES cases (id),
        part BYTEA NOT NULL
    );
    "#,
    ),
    (9, PERSONS_INDEXES),
    (10, MESSAGES_INDEXES),
    (11, TIMERS_DUE_INDEX),
];

#[cfg(test)]
mod tests {
    #[test]
    fn both_databases_reach_the_same_schema_version() {
        assert_eq!(
            super::POSTGRES.last().map(|m| m.0),
            Some(super::SCHEMA_VERSION)
        );
        assert!(super::POSTGRES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
