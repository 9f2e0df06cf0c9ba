// The host services the plugin imports (wit/host.wit, wit/notifications.wit), answered
// from the SQLite transaction of the call in progress (`host.call`): what the plugin
// reads within a call is what that call will commit against (obligation H2).
//
// Every function here is called synchronously from inside the WebAssembly instance;
// jco converts the values (see store.mjs for the shapes).

import { randomBytes } from 'node:crypto';
import { opt, nul, summaryOf, stageOf, recipientOf, actorOf, sealOf, attachmentOf } from './store.mjs';

/** Chinese role names, for the names of group assignees (a host's own wording). */
export const ROLE_LABELS = {
  enterprise: '申报企业',
  'district-office': '区县工信部门',
  'city-officer': '市工信局经办人员',
  'city-leader': '市工信局领导',
  expert: '评审专家',
  public: '社会公众',
  administrator: '系统管理员',
};

/** The WHERE clause of a case-store filter; stages of another kind select nothing. */
function filterSql(f) {
  const args = [f.kind, f.year];
  let sql = 'kind = ? AND year = ?';
  if (f.district !== undefined) {
    sql += ' AND district = ?';
    args.push(f.district);
  }
  if (f.stages.length > 0) {
    const codes = f.stages.filter((s) => s.tag === f.kind).map((s) => s.val);
    sql += codes.length ? ` AND stage IN (${codes.map(() => '?').join(', ')})` : ' AND 0';
    args.push(...codes);
  }
  return { sql, args };
}

/** The import object for the plugin's own interfaces, keyed without versions. */
export function hostServices(host) {
  const db = () => host.call.db;
  const q = 'zhengzhou:quality-benchmark/';
  return {
    [`${q}types`]: {},

    // H10: queued in the call, inserted into the outbox only if the call commits.
    [`${q}notifications`]: {
      send: (messages) => host.call.notices.push(...messages),
    },

    // One instant per call: every read within a call returns the same value.
    [`${q}clock`]: { now: () => host.call.now },

    [`${q}calendar`]: {
      // jco turns a thrown value into the `err` of `result<string, string>`.
      addWorkingDays: (date, days) => host.calendar.addWorkingDays(date, days),
    },

    [`${q}random`]: {
      seed: () => host.fixedSeed ?? randomBytes(8).readBigUInt64LE(),
    },

    [`${q}log`]: {
      write: (level, message) => {
        if (level !== 'debug') host.operatorLog(`[plugin ${level}] ${message}`);
      },
    },

    // H5: genuine only if the seal service issued exactly this seal, every field equal.
    [`${q}seals`]: {
      verify: (seal) => {
        const row = db().prepare('SELECT * FROM seals WHERE id = ?').get(seal.id);
        if (!row) return false;
        const s = sealOf(row);
        return (
          s.purpose.caseId === seal.purpose.caseId &&
          s.purpose.action === seal.purpose.action &&
          s.purpose.field === seal.purpose.field &&
          s.capacity === seal.capacity &&
          s.holder === seal.holder &&
          s.signer === seal.signer &&
          s.signedAt === seal.signedAt &&
          s.digest === seal.digest
        );
      },
    },

    // H6: the truth about an upload, as the host recorded it.
    [`${q}attachments`]: {
      lookup: (id) => {
        const row = db().prepare('SELECT * FROM attachments WHERE id = ?').get(id);
        if (!row) return undefined;
        return {
          file: attachmentOf(row),
          uploadedBy: row.uploaded_by,
          caseId: opt(row.case_id),
          linked: row.linked === 1,
        };
      },
    },

    [`${q}directory`]: {
      members: (role, orgUnit) => {
        const rows = db()
          .prepare('SELECT * FROM users WHERE role = ? AND (? IS NULL OR org_unit = ?) ORDER BY user_id')
          .all(role, nul(orgUnit), nul(orgUnit));
        return rows.map((r) => ({ ...actorOf(r), tags: JSON.parse(r.tags) }));
      },
    },

    [`${q}registry`]: {
      lookupEnterprise: (code) => {
        const r = db().prepare('SELECT * FROM enterprises WHERE credit_code = ?').get(code);
        if (!r) return undefined;
        return {
          name: r.name,
          district: opt(r.district),
          independentLegalEntity: r.independent_legal_entity === 1,
          badRecords: JSON.parse(r.bad_records),
        };
      },
    },

    [`${q}case-store`]: {
      get: (id) => {
        const r = db()
          .prepare('SELECT cases.*, (SELECT part FROM case_filed WHERE case_filed.case_id = cases.id) AS part FROM cases WHERE id = ?')
          .get(id);
        if (!r) return undefined;
        return {
          summary: summaryOf(r),
          version: BigInt(r.version),
          state: new Uint8Array(r.state),
          // The last filed part that committed; empty if none did.
          filed: r.part ? new Uint8Array(r.part) : new Uint8Array(0),
        };
      },
      query: (filter, limit) => {
        const { sql, args } = filterSql(filter);
        const rows = db()
          .prepare(`SELECT * FROM cases WHERE ${sql} ORDER BY id LIMIT ?`)
          .all(...args, limit ?? -1);
        return rows.map(summaryOf);
      },
      count: (filter) => {
        const { sql, args } = filterSql(filter);
        return db().prepare(`SELECT COUNT(*) AS n FROM cases WHERE ${sql}`).get(...args).n;
      },
      history: (caseId) =>
        db()
          .prepare('SELECT * FROM history WHERE case_id = ? ORDER BY seq')
          .all(caseId)
          .map((h) => ({
            seq: BigInt(h.seq),
            entry: {
              caseId: h.case_id,
              action: h.action,
              label: h.label,
              fromStage: h.from_stage === null ? undefined : stageOf(h.stage_kind, h.from_stage),
              toStage: stageOf(h.stage_kind, h.to_stage),
              opinion: opt(h.opinion),
              detail: opt(h.detail),
              by: h.by,
            },
            actor: {
              userId: h.actor_user,
              name: h.actor_name,
              role: h.actor_role,
              orgUnit: h.actor_org,
              orgName: h.actor_org_name,
            },
            at: h.at,
          })),
      openTasks: (caseId) =>
        db()
          .prepare(
            `SELECT t.*, u.name AS person,
               (SELECT org_name FROM users WHERE org_unit = t.assignee_org LIMIT 1) AS org_name
             FROM tasks t LEFT JOIN users u ON u.user_id = t.assignee_user
             WHERE t.case_id = ? AND t.closed_at IS NULL ORDER BY t.id`,
          )
          .all(caseId)
          .map((t) => ({
            task: {
              caseId: t.case_id,
              key: t.key,
              title: t.title,
              assignee: recipientOf(t.assignee_user, t.assignee_role, t.assignee_org),
              due: opt(t.due),
            },
            assigneeName:
              t.assignee_user !== null
                ? (t.person ?? t.assignee_user)
                : `${t.org_name ?? t.assignee_org}（${ROLE_LABELS[t.assignee_role] ?? '未知角色'}）`,
            openedAt: t.opened_at,
          })),
    },
  };
}
