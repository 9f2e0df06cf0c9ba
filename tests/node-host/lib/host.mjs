// The Node host: one SQLite file, one plugin, and the rule that one plugin call is one
// transaction (obligation H2). Each public method below is one thing a person or the
// platform does; the numbers H1–H12 refer to the obligations in wit/world.wit, walked
// through in docs/hosting.md.

import { createHash } from 'node:crypto';
import { openStore, getSetting, setSetting, nul, recipientColumns, actorOf, attachmentOf } from './store.mjs';
import { hostServices } from './services.mjs';
import { wasiImports } from './wasi.mjs';
import { CONTRACT } from './plugin.mjs';
import { systemNow, parseInstant } from './time.mjs';

/** The plugin refused; nothing was stored. `refusal` is the contract's record. */
export class Refused extends Error {
  constructor(refusal) {
    super(`refusal ${refusal.code} (${refusal.kind}): ${refusal.message}`);
    this.refusal = refusal;
  }
}

/** The plugin trapped (or an import failed inside it); the instance was discarded. */
export class Trap extends Error {}

/** The host itself failed or was asked something it cannot answer. */
export class HostError extends Error {}

/** A refusal the host gives itself, with the contract's kinds and codes. */
function refusal(kind, code, message) {
  return new Refused({ kind, code, message, fields: [] });
}

/** Whom the host records for timer calls and `by: system` entries (H8). */
const SYSTEM = { userId: 'system', name: '系统', role: 'administrator', orgUnit: '', orgName: 'OA平台' };

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** The hash of a history row: the previous row's hash, then each field (H8). */
function chainHash(prev, fields) {
  return sha256([prev, ...fields].join('\u001f'));
}

export class Host {
  /**
   * @param dbPath   a fresh or existing SQLite file
   * @param plugin   from `loadPlugin` (plugin.mjs)
   * @param calendar a `Calendar` (time.mjs)
   */
  constructor({ dbPath, plugin, calendar, operatorLog = (line) => process.stderr.write(`${line}\n`) }) {
    this.db = openStore(dbPath);
    this.plugin = plugin;
    this.calendar = calendar;
    this.operatorLog = operatorLog;
    /** The seed `random.seed` answers with when fixed (scenarios); else fresh randomness. */
    this.fixedSeed = undefined;
    /** The call in progress: its connection, its one instant, its queued notifications. */
    this.call = undefined;
    this.instance = undefined;
    this.imports = {
      ...wasiImports((stream, text) => this.operatorLog(`[plugin ${stream}] ${text.trimEnd()}`)),
      ...hostServices(this),
    };
    // The catalog is read once: it is pure, and the host checks the contract version.
    this.catalog = this.#invoke(false, (p) => p.approval.catalog());
    if (this.catalog.contract !== CONTRACT) {
      throw new HostError(`插件契约版本 ${this.catalog.contract} 与主机支持的 ${CONTRACT} 不兼容`);
    }
    this.actionIds = new Set(this.catalog.actions.map((a) => a.id));
  }

  // ---- the call: one instance, one transaction ------------------------------------

  /**
   * Run `body(plugin, call)` in one transaction: BEGIN IMMEDIATE for writes. Anything
   * thrown rolls everything back — a refusal, a trap, a failed version check (H2, H3).
   * A healthy instance is reused for the next call (jco's instantiation is costly); a
   * trapped one never is (H11).
   */
  #invoke(write, body) {
    const call = { db: this.db, now: this.now(), notices: [] };
    const tx = this.db.transaction(() => {
      this.call = call;
      return body(this.#exports(), call);
    });
    try {
      return write ? tx.immediate() : tx.deferred();
    } finally {
      this.call = undefined;
    }
  }

  /** The plugin's exports, wrapped so that a refusal and a trap are told apart. */
  #exports() {
    this.instance ??= this.plugin.instantiate(this.imports);
    const guard = (iface) =>
      new Proxy(iface, {
        get: (target, name) => (...args) => {
          try {
            return target[name](...args);
          } catch (e) {
            // A `result` error comes back thrown as jco's ComponentError with `.payload`.
            if (e?.constructor?.name === 'ComponentError' && e.payload?.code !== undefined) {
              throw new Refused(e.payload);
            }
            this.instance = undefined;
            throw new Trap(`插件异常终止：${e?.message ?? e}`);
          }
        },
      });
    return { approval: guard(this.instance.approval), forms: guard(this.instance.forms) };
  }

  // ---- identity and time -----------------------------------------------------------

  /** The directory's actor for a user id (H1: the host vouches for every field). */
  actor(userId) {
    const row = this.db.prepare('SELECT * FROM users WHERE user_id = ?').get(userId);
    if (!row) throw new HostError(`目录中没有用户 ${userId}`);
    return actorOf(row);
  }

  /** Now: the simulated clock if set, else the system clock (Beijing time). */
  now() {
    return getSetting(this.db, 'clock') ?? systemNow();
  }

  setClock(t) {
    parseInstant(t);
    setSetting(this.db, 'clock', t);
  }

  // ---- what people do ------------------------------------------------------------

  /** Take an action (`approval.act`) and commit its outcome and notifications (H2). */
  act(userId, { caseId, action, values = [], opinion, expectedVersion }) {
    const actor = this.actor(userId);
    if (!this.actionIds.has(action)) throw refusal('not-found', 'not-found', `没有这个操作：${action}`);
    const request = {
      caseId,
      action,
      values,
      opinion,
      expectedVersion: expectedVersion === undefined ? undefined : BigInt(expectedVersion),
    };
    return this.#invoke(true, (p, call) => {
      const outcome = p.approval.act(actor, request);
      this.#apply(call, actor, outcome);
      return outcome;
    });
  }

  /**
   * The seal service (H5): seals exactly what `forms.prepare-seal` orders, as the
   * calling person, and records it with the order's purpose, capacity and holder.
   */
  seal(userId, caseId, action, field, values = []) {
    const actor = this.actor(userId);
    if (!this.actionIds.has(action)) throw refusal('not-found', 'not-found', `没有这个操作：${action}`);
    const purpose = { caseId, action, field };
    return this.#invoke(true, (p, call) => {
      const order = p.forms.prepareSeal(actor, purpose, values);
      const n = call.db.prepare('SELECT COALESCE(MAX(rowid), 0) AS n FROM seals').get().n;
      const seal = {
        id: '',
        purpose: order.purpose,
        capacity: order.capacity,
        holder: order.holder,
        signer: actor.userId,
        signedAt: call.now,
        digest: order.digest,
      };
      seal.id = sha256(`${seal.holder}|${seal.signer}|${seal.signedAt}|${seal.digest}|${n}`).slice(0, 24);
      call.db
        .prepare(`INSERT INTO seals (id, purpose_case, purpose_action, purpose_field, capacity, holder, signer, signed_at, digest)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(seal.id, nul(seal.purpose.caseId), seal.purpose.action, seal.purpose.field, seal.capacity,
          seal.holder, seal.signer, seal.signedAt, seal.digest);
      return seal;
    });
  }

  /**
   * The upload service (H6): stores a file only after `forms.permit-upload` allowed it,
   * with size and SHA-256 computed here, and who uploaded it for which case.
   */
  upload(userId, { caseId, action, field, name, mediaType }, content) {
    const actor = this.actor(userId);
    if (!this.actionIds.has(action)) throw refusal('not-found', 'not-found', `没有这个操作：${action}`);
    const request = { caseId, action, field, name, mediaType, size: BigInt(content.length) };
    return this.#invoke(true, (p, call) => {
      p.forms.permitUpload(actor, request);
      const hash = sha256(content);
      const n = call.db.prepare('SELECT COALESCE(MAX(rowid), 0) AS n FROM attachments').get().n;
      const id = sha256(`${hash}|${actor.userId}|${call.now}|${n}`).slice(0, 24);
      call.db
        .prepare(`INSERT INTO attachments (id, name, media_type, size, sha256, content, case_id, uploaded_by, uploaded_at, linked)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`)
        .run(id, name, mediaType, content.length, hash, content, nul(caseId), actor.userId, call.now);
      return attachmentOf({ id, name, media_type: mediaType, size: content.length, sha256: hash });
    });
  }

  /** Everything this person may see of a case (H4: the host shows nothing else). */
  view(userId, caseId) {
    const actor = this.actor(userId);
    return this.#invoke(false, (p) => p.approval.view(actor, caseId));
  }

  /**
   * A stored file, served only to someone whose view of the case lists it, or to its
   * uploader before an action filed it (H4). Returns the bytes.
   */
  download(userId, caseId, attachmentId) {
    const row = this.db.prepare('SELECT * FROM attachments WHERE id = ?').get(attachmentId);
    const mayHave =
      row &&
      (row.linked === 0
        ? row.uploaded_by === userId
        : row.case_id === caseId && this.view(userId, caseId).attachments.some((a) => a.id === attachmentId));
    if (!mayHave) throw refusal('forbidden', 'not-visible', '无权下载该文件');
    return row.content;
  }

  /** The actions this person may take on a case now. */
  actions(userId, caseId) {
    const actor = this.actor(userId);
    return this.#invoke(false, (p) => p.approval.actions(actor, caseId));
  }

  // ---- timers (H7) -----------------------------------------------------------------

  /**
   * Fire every timer due by now, in order of (at, case, key), each its own call and
   * transaction that also deletes it; a timer may set another already due, so go on
   * until none is. Returns how many fired.
   */
  runDueTimers() {
    let fired = 0;
    for (let round = 0; round < 10000; round++) {
      const due = this.db
        .prepare('SELECT case_id, key FROM timers WHERE at <= ? ORDER BY at, case_id, key')
        .all(this.now());
      if (due.length === 0) break;
      for (const t of due) this.#fire(t.case_id, t.key);
      fired += due.length;
    }
    return fired;
  }

  #fire(caseId, key) {
    this.#invoke(true, (p, call) => {
      call.db.prepare('DELETE FROM timers WHERE case_id = ? AND key = ?').run(caseId, key);
      try {
        this.#apply(call, undefined, p.approval.onTimer(caseId, key));
      } catch (e) {
        // A refused timer is spent: the step it was for no longer applies. Log it,
        // and commit the deletion.
        if (!(e instanceof Refused)) throw e;
        this.operatorLog(`timer ${caseId}/${key} refused: [${e.refusal.code}] ${e.refusal.message}`);
      }
    });
  }

  /**
   * Move the simulated clock forward to `to`, firing each timer that falls due on the
   * way at its own instant (a timer due on Tuesday fires with Tuesday's clock).
   */
  advanceClock(to) {
    if (parseInstant(to) < parseInstant(this.now())) {
      throw refusal('invalid', 'clock-backwards', '模拟时钟只能向后调整');
    }
    let fired = 0;
    for (;;) {
      const next = this.db.prepare('SELECT MIN(at) AS at FROM timers WHERE at <= ?').get(to).at;
      if (next === null) break;
      if (next > this.now()) this.setClock(next);
      fired += this.runDueTimers();
    }
    this.setClock(to);
    return fired + this.runDueTimers();
  }

  // ---- applying an outcome (H2, H3, H6–H10) ------------------------------------------

  /** Write an outcome and the call's notifications; a stale version refuses it all. */
  #apply(call, actor, outcome) {
    const { db, now } = call;
    for (const w of outcome.writes) {
      const s = w.summary;
      const state = Buffer.from(w.state.buffer, w.state.byteOffset, w.state.byteLength);
      const args = [s.stage.tag, s.year, s.stage.val, nul(s.district), nul(s.owner), s.title, nul(s.score), state, now];
      const changed =
        w.expectedVersion === 0n
          ? db.prepare(`INSERT OR IGNORE INTO cases (kind, year, stage, district, owner, title, score, state, updated_at, id, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`).run(...args, s.id).changes
          : db.prepare(`UPDATE cases SET kind = ?, year = ?, stage = ?, district = ?, owner = ?, title = ?, score = ?,
                          state = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`)
              .run(...args, s.id, w.expectedVersion).changes;
      if (changed !== 1) {
        throw refusal('conflict', 'version-conflict', '该事项已被他人办理或已更新，请刷新后重试');
      }
      // Undefined (none) keeps the stored filed part byte for byte; never "clear".
      if (w.filed !== undefined) {
        const part = Buffer.from(w.filed.buffer, w.filed.byteOffset, w.filed.byteLength);
        db.prepare(`INSERT INTO case_filed (case_id, part) VALUES (?, ?)
                    ON CONFLICT (case_id) DO UPDATE SET part = excluded.part`).run(s.id, part);
      }
    }
    const by = actor?.userId ?? SYSTEM.userId;
    for (const t of outcome.closeTasks) {
      db.prepare('UPDATE tasks SET closed_at = ?, closed_by = ? WHERE case_id = ? AND key = ? AND closed_at IS NULL')
        .run(now, by, t.caseId, t.key);
    }
    for (const t of outcome.openTasks) {
      // An open task with the same case and key is reassigned (转办).
      db.prepare(`INSERT INTO tasks (case_id, key, title, assignee_user, assignee_role, assignee_org, due, opened_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (case_id, key) WHERE closed_at IS NULL DO UPDATE SET title = excluded.title,
                    assignee_user = excluded.assignee_user, assignee_role = excluded.assignee_role,
                    assignee_org = excluded.assignee_org, due = excluded.due`)
        .run(t.caseId, t.key, t.title, ...recipientColumns(t.assignee), nul(t.due), now);
    }
    let prev = db.prepare('SELECT hash FROM history ORDER BY seq DESC LIMIT 1').get()?.hash ?? '';
    for (const h of outcome.history) {
      const who = actor && h.by === 'caller' ? actor : SYSTEM;
      const fields = [h.caseId, h.action, h.label, h.toStage.tag, h.fromStage?.val ?? '', h.toStage.val,
        h.opinion ?? '', h.detail ?? '', h.by, who.userId, who.name, who.role, who.orgUnit, who.orgName, now];
      const hash = chainHash(prev, fields);
      db.prepare(`INSERT INTO history (case_id, action, label, stage_kind, from_stage, to_stage, opinion, detail, by,
                    actor_user, actor_name, actor_role, actor_org, actor_org_name, at, prev_hash, hash)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(h.caseId, h.action, h.label, h.toStage.tag, h.fromStage?.val ?? null, h.toStage.val,
          nul(h.opinion), nul(h.detail), h.by, who.userId, who.name, who.role, who.orgUnit, who.orgName, now, prev, hash);
      prev = hash;
    }
    for (const r of outcome.publicRecords) {
      // Published again under the same id: replaced, and back on the public page (H9).
      db.prepare(`INSERT INTO public_records (record_id, kind, year, title, body, case_id, published_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, year = excluded.year,
                    title = excluded.title, body = excluded.body, case_id = excluded.case_id,
                    published_at = excluded.published_at, withdrawn_at = NULL`)
        .run(r.id, r.kind, r.year, r.title, r.body, nul(r.caseId), now);
    }
    for (const id of outcome.withdrawRecords) {
      db.prepare('UPDATE public_records SET withdrawn_at = ? WHERE record_id = ? AND withdrawn_at IS NULL').run(now, id);
    }
    for (const t of outcome.timers) {
      db.prepare(`INSERT INTO timers (case_id, key, at) VALUES (?, ?, ?)
                  ON CONFLICT (case_id, key) DO UPDATE SET at = excluded.at`).run(t.caseId, t.key, t.at);
    }
    for (const l of outcome.attachments) {
      db.prepare('UPDATE attachments SET linked = 1 WHERE id = ? AND case_id IS ?').run(l.attachmentId, l.caseId);
    }
    for (const n of call.notices) {
      db.prepare(`INSERT INTO outbox (recipient_user, recipient_role, recipient_org, kind, subject, body, case_id, created_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(...recipientColumns(n.recipient), n.kind, n.subject, n.body, nul(n.caseId), now);
    }
  }

  // ---- what the host shows (lists, inbox, outbox, public page, audit) ----------------

  /** The stored version and stage of a case, or undefined. */
  caseRow(caseId) {
    return this.db.prepare('SELECT stage, version FROM cases WHERE id = ?').get(caseId);
  }

  /** Open to-dos of a person: their own, and their groups' (或签). */
  openTasks(userId) {
    const a = this.actor(userId);
    return this.db
      .prepare(`SELECT * FROM tasks WHERE closed_at IS NULL
                AND (assignee_user = ? OR (assignee_role = ? AND assignee_org = ?)) ORDER BY id`)
      .all(a.userId, a.role, a.orgUnit);
  }

  /** Notifications delivered to a person: to them, or to a group they belong to (H10). */
  notificationsOf(userId) {
    const a = this.actor(userId);
    return this.db
      .prepare(`SELECT * FROM outbox WHERE recipient_user = ? OR (recipient_role = ? AND recipient_org = ?) ORDER BY id`)
      .all(a.userId, a.role, a.orgUnit);
  }

  /** Every public record, withdrawn ones included (for audit), in publication order. */
  publicRecords() {
    return this.db.prepare('SELECT * FROM public_records ORDER BY rowid').all();
  }

  history(caseId) {
    return this.db.prepare('SELECT * FROM history WHERE case_id = ? ORDER BY seq').all(caseId);
  }

  /** Recompute the hash chain; the first broken entry's seq, or undefined. */
  brokenLink() {
    let prev = '';
    for (const h of this.db.prepare('SELECT * FROM history ORDER BY seq').all()) {
      const fields = [h.case_id, h.action, h.label, h.stage_kind, h.from_stage ?? '', h.to_stage,
        h.opinion ?? '', h.detail ?? '', h.by, h.actor_user, h.actor_name, h.actor_role, h.actor_org,
        h.actor_org_name, h.at];
      if (h.prev_hash !== prev || h.hash !== chainHash(prev, fields)) return h.seq;
      prev = h.hash;
    }
    return undefined;
  }

  close() {
    this.db.close();
  }
}
