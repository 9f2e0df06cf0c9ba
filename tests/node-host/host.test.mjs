// `node --test` (in tests/node-host): what the scenarios cannot show. A plugin call that
// traps or exhausts its memory leaves the Node host's database exactly as it was, its
// half-done notification undelivered, and the host serves on with a fresh instance (H2,
// H11); a file is served only as the plugin's view allows (H4). Needs the
// fault-injection build: cargo build -p qb-plugin --target wasm32-wasip2 --release
// --features fault-injection --target-dir target/faults (or $QB_FAULT_PLUGIN).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { loadPlugin } from './lib/plugin.mjs';
import { Host, Refused, Trap } from './lib/host.mjs';
import { Calendar } from './lib/time.mjs';
import { loadDirectory } from './lib/store.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = process.env.CARGO_TARGET_DIR ?? join(repo, 'target');
const faultPlugin = process.env.QB_FAULT_PLUGIN ?? join(target, 'faults/wasm32-wasip2/release/qb_plugin.wasm');

/** A digest of every row of every table. */
function fingerprint(db) {
  const h = createHash('sha256');
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()) {
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()) h.update(JSON.stringify(row, (_, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return h.digest('hex');
}

const batch = [
  { id: 'year', value: { tag: 'number', val: 2026 } },
  { id: 'directions', value: { tag: 'choices', val: ['tqm'] } },
  { id: 'key-industries', value: { tag: 'choices', val: ['electronics'] } },
  { id: 'application-deadline', value: { tag: 'date', val: '2026-04-30' } },
  { id: 'district-deadline', value: { tag: 'date', val: '2026-05-29' } },
  { id: 'panel-size', value: { tag: 'number', val: 5 } },
  { id: 'publicity-days', value: { tag: 'number', val: 5 } },
];

async function host() {
  const dir = mkdtempSync(join(tmpdir(), 'node-host-faults-'));
  const h = new Host({
    dbPath: join(dir, 'faults.sqlite'),
    plugin: await loadPlugin(faultPlugin),
    calendar: new Calendar(join(repo, 'host-sim/data/calendar-cn.json')),
    operatorLog: () => {},
  });
  loadDirectory(h.db, JSON.parse(readFileSync(join(repo, 'host-sim/data/directory.json'), 'utf8')));
  h.setClock('2026-03-02T09:00:00+08:00');
  h.act('city-officer-1', { action: 'open-batch', values: batch, opinion: '开启' });
  return { h, done: () => { h.close(); rmSync(dir, { recursive: true, force: true }); } };
}

for (const fault of ['fault-trap', 'fault-memory']) {
  test(`${fault}: nothing stored, nothing delivered, the host serves on`, { skip: !existsSync(faultPlugin) && 'no fault-injection build' }, async () => {
    const { h, done } = await host();
    try {
      const before = fingerprint(h.db);
      assert.throws(
        () => h.act('city-officer-1', { caseId: 'batch-2026', action: 'close-applications', opinion: fault }),
        (e) => e instanceof Trap,
      );
      assert.equal(fingerprint(h.db), before, `${fault} changed the database`);
      h.act('city-officer-1', { caseId: 'batch-2026', action: 'close-applications', opinion: '截止' });
      assert.equal(h.caseRow('batch-2026').stage, 'review');
    } finally {
      done();
    }
  });
}

test('a refusal stores nothing and keeps the instance', { skip: !existsSync(faultPlugin) && 'no fault-injection build' }, async () => {
  const { h, done } = await host();
  try {
    const before = fingerprint(h.db);
    const instance = h.instance;
    assert.throws(() => h.act('ent-jinggong', { caseId: 'batch-2026', action: 'close-applications' }), (e) => e instanceof Refused && e.refusal.code === 'wrong-role');
    assert.equal(fingerprint(h.db), before);
    assert.equal(h.instance, instance);
  } finally {
    done();
  }
});

test('a file is served to its uploader before filing, then only as the view lists it', { skip: !existsSync(faultPlugin) && 'no fault-injection build' }, async () => {
  const { h, done } = await host();
  try {
    h.setClock('2026-03-16T10:00:00+08:00');
    h.act('ent-jinggong', { action: 'start-application' });
    const caseId = 'app-2026-91410102MA44XKQ7PB';
    const content = Buffer.from('%PDF-1.4 证书');
    const file = h.upload('ent-jinggong', { caseId, action: 'edit-materials', field: 'evidence', name: '证书.pdf', mediaType: 'application/pdf' }, content);
    assert.equal(file.size, BigInt(content.length));
    assert.equal(file.sha256, createHash('sha256').update(content).digest('hex'));
    assert.deepEqual(h.download('ent-jinggong', caseId, file.id), content);
    assert.throws(() => h.download('ent-01', caseId, file.id), (e) => e instanceof Refused && e.refusal.code === 'not-visible');
    h.act('ent-jinggong', { caseId, action: 'edit-materials', values: [{ id: 'evidence', value: { tag: 'attachments', val: [file] } }] });
    assert.equal(h.db.prepare('SELECT linked FROM attachments WHERE id = ?').get(file.id).linked, 1);
    assert.deepEqual(h.download('ent-jinggong', caseId, file.id), content);
    // The district sees a draft of its district's enterprise only once it is submitted.
    assert.throws(() => h.download('zhongyuan-office-1', caseId, file.id), (e) => e instanceof Refused);
    assert.throws(() => h.download('public', caseId, file.id), (e) => e instanceof Refused);
  } finally {
    done();
  }
});
