// The host's SQLite file (better-sqlite3 v12): the schema, and the conversions between
// rows and the contract's values as jco represents them (WIT enums are kebab-case
// strings, variants `{tag, val}`, options `undefined`, u64 `BigInt`).
//
// WAL with synchronous=FULL: whatever the host acknowledged to a person survives a
// crash (obligation H2).

import Database from 'better-sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  user_id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
  org_unit TEXT NOT NULL, org_name TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS users_by_role ON users (role, org_unit);
CREATE TABLE IF NOT EXISTS enterprises (
  credit_code TEXT PRIMARY KEY, name TEXT NOT NULL, district TEXT,
  independent_legal_entity INTEGER NOT NULL, bad_records TEXT NOT NULL DEFAULT '[]');
-- The summary columns (kind … score) are the host-visible index; state is opaque.
CREATE TABLE IF NOT EXISTS cases (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, year INTEGER NOT NULL, stage TEXT NOT NULL,
  district TEXT, owner TEXT, title TEXT NOT NULL, score REAL,
  version INTEGER NOT NULL, state BLOB NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS cases_by_year ON cases (kind, year, district, stage);
-- The filed part (contract 0.3, H3): a row of its own, written only when an outcome
-- carries one, so that the other writes do not copy an application's forms.
CREATE TABLE IF NOT EXISTS case_filed (case_id TEXT PRIMARY KEY, part BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL,
  assignee_user TEXT, assignee_role TEXT, assignee_org TEXT, due TEXT,
  opened_at TEXT NOT NULL, closed_at TEXT, closed_by TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS tasks_open ON tasks (case_id, key) WHERE closed_at IS NULL;
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY, recipient_user TEXT, recipient_role TEXT, recipient_org TEXT,
  kind TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, case_id TEXT,
  created_at TEXT NOT NULL);
-- Append-only; each row's hash covers the previous row's hash (obligation H8).
CREATE TABLE IF NOT EXISTS history (
  seq INTEGER PRIMARY KEY, case_id TEXT NOT NULL, action TEXT NOT NULL, label TEXT NOT NULL,
  stage_kind TEXT NOT NULL, from_stage TEXT, to_stage TEXT NOT NULL,
  opinion TEXT, detail TEXT, by TEXT NOT NULL,
  actor_user TEXT NOT NULL, actor_name TEXT NOT NULL, actor_role TEXT NOT NULL,
  actor_org TEXT NOT NULL, actor_org_name TEXT NOT NULL,
  at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_by_case ON history (case_id, seq);
CREATE TABLE IF NOT EXISTS public_records (
  record_id TEXT PRIMARY KEY, kind TEXT NOT NULL, year INTEGER NOT NULL, title TEXT NOT NULL,
  body TEXT NOT NULL, case_id TEXT, published_at TEXT NOT NULL, withdrawn_at TEXT);
CREATE TABLE IF NOT EXISTS timers (
  case_id TEXT NOT NULL, key TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (case_id, key));
CREATE INDEX IF NOT EXISTS timers_by_at ON timers (at, case_id, key);
CREATE TABLE IF NOT EXISTS seals (
  id TEXT PRIMARY KEY, purpose_case TEXT, purpose_action TEXT NOT NULL,
  purpose_field TEXT NOT NULL, capacity TEXT NOT NULL, holder TEXT NOT NULL,
  signer TEXT NOT NULL, signed_at TEXT NOT NULL, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attachments (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
  sha256 TEXT NOT NULL, content BLOB NOT NULL, case_id TEXT, uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL, linked INTEGER NOT NULL DEFAULT 0);
`;

/** Open (creating) the host's database. */
export function openStore(path) {
  const db = new Database(path);
  // Each text is parsed once per connection, as host-sim does (docs/performance-log.md):
  // better-sqlite3 parses on every prepare(), and the host prepares where it runs a
  // statement. Nothing here iterates a statement, so one may be reused at once.
  const prepare = db.prepare.bind(db);
  const statements = new Map();
  db.prepare = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  return db;
}

/** Upsert the people and enterprises of a directory fixture (host-sim's JSON shape). */
export function loadDirectory(db, directory) {
  const user = db.prepare(`INSERT INTO users (user_id, name, role, org_unit, org_name, tags)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,
    role = excluded.role, org_unit = excluded.org_unit, org_name = excluded.org_name, tags = excluded.tags`);
  const ent = db.prepare(`INSERT INTO enterprises (credit_code, name, district, independent_legal_entity, bad_records)
    VALUES (?, ?, ?, ?, ?) ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name,
    district = excluded.district, independent_legal_entity = excluded.independent_legal_entity,
    bad_records = excluded.bad_records`);
  db.transaction(() => {
    for (const u of directory.users ?? []) {
      user.run(u.user_id, u.name, u.role, u.org_unit, u.org_name, JSON.stringify(u.tags ?? []));
    }
    for (const e of directory.enterprises ?? []) {
      ent.run(e.credit_code, e.name, e.district ?? null, e.independent_legal_entity ? 1 : 0,
        JSON.stringify(e.bad_records ?? []));
    }
  })();
}

export function getSetting(db, key) {
  return db.prepare('SELECT value FROM settings WHERE key = ?').get(key)?.value;
}

export function setSetting(db, key, value) {
  db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(key, value);
}

// ---- rows ↔ contract values ------------------------------------------------------

/** `undefined` for SQL NULL: WIT options are `undefined` in jco. */
export const opt = (v) => (v === null ? undefined : v);
/** SQL NULL for an absent option. */
export const nul = (v) => (v === undefined ? null : v);

/** A stage variant from its kind and code: `{tag: 'application', val: 'formal-check'}`. */
export const stageOf = (kind, code) => ({ tag: kind, val: code });

export function summaryOf(row) {
  return {
    id: row.id,
    year: row.year,
    stage: stageOf(row.kind, row.stage),
    district: opt(row.district),
    owner: opt(row.owner),
    title: row.title,
    score: opt(row.score),
  };
}

/** Recipient ↔ the three assignee columns. */
export function recipientColumns(r) {
  return r.tag === 'user' ? [r.val, null, null] : [null, r.val.role, r.val.orgUnit];
}

export function recipientOf(user, role, org) {
  return user !== null ? { tag: 'user', val: user } : { tag: 'group', val: { role, orgUnit: org ?? '' } };
}

export function actorOf(row) {
  if (!row) return undefined;
  return { userId: row.user_id, name: row.name, role: row.role, orgUnit: row.org_unit, orgName: row.org_name };
}

export function sealOf(row) {
  return {
    id: row.id,
    purpose: { caseId: opt(row.purpose_case), action: row.purpose_action, field: row.purpose_field },
    capacity: row.capacity,
    holder: row.holder,
    signer: row.signer,
    signedAt: row.signed_at,
    digest: row.digest,
  };
}

export function attachmentOf(row) {
  return { id: row.id, name: row.name, mediaType: row.media_type, size: BigInt(row.size), sha256: row.sha256 };
}
