/* bpmn-engine (Node), side by side with spiff_round.py on the same machine: N
 * applications through the same per-application decisions (application.bpmn: start,
 * 申报表, 申报材料, submit, recommendation, formal check, five expert sheets of the
 * multi-instance task, end of 公示 — 12 decisions), each decision durable — the engine's
 * state (`engine.getState()`, which carries the serialised definition as Spiff's JSON
 * carries the spec) written as JSON with a version in one SQLite transaction (WAL,
 * synchronous=FULL) — and the disk's single-row commit rate measured in the same run,
 * before and after.
 *
 *     (cd tests/benches/engines && npm ci --nodedir=/usr)   # once; builds better-sqlite3
 *     node tests/benches/engines/bpmn_round.mjs [N] [DB] [recover|resident]
 *
 * recover (the default, what spiff_round.py does): applications one after the other;
 * before each decision the case's row is read and the engine recovered from it
 * (`new Engine().recover(state)`, `resume()`), the waiting task signalled, the new state
 * stored. Only the application in hand is in memory.
 * resident: every application is started first (each start stored), so all N instances
 * are in memory at once, waiting; then each application's decisions are made, in the
 * same order, on the instance kept in memory (its state still stored after each one),
 * and the instance is dropped when its process ends. This is the host that never
 * recovers; run it under `/usr/bin/time -v` to see what N instances cost.
 *
 * Prints one JSON line in spiff_round.py's shape: {"engine", "applications",
 * "decisions", "seconds", "decisions_per_s", "sqlite_commits_per_s_before",
 * "sqlite_commits_per_s_after"}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import Database from 'better-sqlite3';
import { Engine } from 'bpmn-engine';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ENGINE_VERSION = JSON.parse(
  fs.readFileSync(path.join(HERE, 'node_modules', 'bpmn-engine', 'package.json'), 'utf8')
).version;

function durable(file) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('synchronous is not FULL');
  return db;
}

function commitRate(file, seconds = 2.0) {
  const db = durable(file);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare("INSERT INTO t (v) VALUES ('x')");
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    db.exec('BEGIN IMMEDIATE');
    insert.run();
    db.exec('COMMIT');
    n += 1;
  }
  db.close();
  return n / ((performance.now() - start) / 1000);
}

/** The user tasks waiting for a person: the iterations of a multi-instance task rather
 * than the task itself (signalling the task's root does not complete an iteration). */
function waiting(execution) {
  const out = [];
  for (const api of execution.getPostponed()) {
    const iterations = (api.owner.execution?.getPostponed?.() ?? []).filter((a) => !a.content.isRootScope);
    if (iterations.length) out.push(...iterations);
    else out.push(api);
  }
  return out;
}

async function main() {
  const n = Number(process.argv[2] ?? 1000);
  const file = process.argv[3] ?? 'target/test-dbs/bench_bpmn_engine.sqlite';
  const mode = process.argv[4] ?? 'recover';
  if (!['recover', 'resident'].includes(mode)) throw new Error(`mode: recover or resident, not ${mode}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const before = commitRate(file + '.rate');
  const source = fs.readFileSync(path.join(HERE, 'application.bpmn'), 'utf8');
  const db = durable(file);
  db.exec('CREATE TABLE cases (id TEXT PRIMARY KEY, version INTEGER, state TEXT)');
  const upsert = db.prepare(
    'INSERT INTO cases (id, version, state) VALUES (?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state'
  );
  const load = db.prepare('SELECT state FROM cases WHERE id = ?');

  async function save(caseId, version, engine) {
    const state = JSON.stringify(await engine.getState());
    db.exec('BEGIN IMMEDIATE');
    upsert.run(caseId, version, state);
    db.exec('COMMIT');
  }

  async function begin(caseId) {
    const engine = new Engine({ name: caseId, source });
    await engine.execute();
    await save(caseId, 1, engine); // start
    return engine;
  }

  /** One person's decision: take the first waiting task, store the state. False when
   * nothing waits (as the Python script's `if not ready: break`). */
  async function decide(caseId, version, engine) {
    const ready = waiting(engine.execution);
    if (!ready.length) return false;
    ready[0].signal();
    await save(caseId, version, engine);
    return true;
  }

  const caseId = (i) => `app-${String(i).padStart(5, '0')}`;
  let decisions = 0;
  const start = performance.now();
  if (mode === 'recover') {
    for (let i = 0; i < n; i++) {
      const id = caseId(i);
      let engine = await begin(id);
      let version = 1;
      decisions += 1;
      while (engine.state !== 'idle') {
        // Each person's decision: load the case, recover the engine, take the task, store it.
        const state = JSON.parse(load.get(id).state);
        engine = new Engine().recover(state);
        await engine.resume();
        version += 1;
        if (!(await decide(id, version, engine))) break;
        decisions += 1;
      }
    }
  } else {
    const engines = new Array(n);
    for (let i = 0; i < n; i++) {
      engines[i] = await begin(caseId(i));
      decisions += 1;
    }
    for (let i = 0; i < n; i++) {
      const id = caseId(i);
      const engine = engines[i];
      let version = 1;
      while (engine.state !== 'idle') {
        version += 1;
        if (!(await decide(id, version, engine))) break;
        decisions += 1;
      }
      engines[i] = null;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  const after = commitRate(file + '.rate');
  console.log(
    JSON.stringify({
      engine: `bpmn-engine ${ENGINE_VERSION} (${mode})`,
      applications: n,
      decisions,
      seconds: Math.round(seconds * 100) / 100,
      decisions_per_s: Math.round(decisions / seconds),
      sqlite_commits_per_s_before: Math.round(before),
      sqlite_commits_per_s_after: Math.round(after),
    })
  );
}

await main();
