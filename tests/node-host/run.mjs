#!/usr/bin/env node
// node tests/node-host/run.mjs SCENARIO.json...
//
// Runs scenario files (docs/scenarios.md) on the Node host, each on a fresh SQLite file
// in a temporary directory, and prints what `host-sim scenario run` prints: one line per
// scenario (`ok   name` or `FAIL name: step N: …`) and `N passed, M failed`. Exit code 1
// when any failed. The component is $QB_PLUGIN, else target/wasm32-wasip2/release/qb_plugin.wasm.

import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlugin } from './lib/plugin.mjs';
import { Host } from './lib/host.mjs';
import { Calendar } from './lib/time.mjs';
import { loadDirectory } from './lib/store.mjs';
import { load, Runner, place, Failure } from './lib/scenario.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('用法：node tests/node-host/run.mjs <场景.json>...');
  process.exit(2);
}
const wasm = process.env.QB_PLUGIN ?? join(repo, 'target/wasm32-wasip2/release/qb_plugin.wasm');
const plugin = await loadPlugin(wasm);
const defaults = {
  directory: join(repo, 'host-sim/data/directory.json'),
  calendar: join(repo, 'host-sim/data/calendar-cn.json'),
};
const scratch = mkdtempSync(join(tmpdir(), 'node-host-scenarios-'));
const operatorLog = process.env.QB_OPERATOR_LOG ? (line) => process.stderr.write(`${line}\n`) : () => {};

/** Run one scenario on a fresh host; the name to show and `undefined` or the failure. */
function runFile(file, n) {
  let scenario;
  try {
    scenario = load(file);
  } catch (e) {
    return [basename(file, extname(file)), e.message];
  }
  let host;
  try {
    host = new Host({
      dbPath: join(scratch, `scenario-${n}.sqlite`),
      plugin,
      calendar: new Calendar(scenario.calendar ?? defaults.calendar),
      operatorLog,
    });
    loadDirectory(host.db, JSON.parse(readFileSync(scenario.directory ?? defaults.directory, 'utf8')));
    loadDirectory(host.db, scenario.add);
    host.fixedSeed = scenario.seed;
  } catch (e) {
    return [scenario.name, `host error: ${e.message}`];
  }
  const runner = new Runner(host);
  try {
    for (const located of scenario.steps) {
      try {
        runner.step(located);
      } catch (e) {
        const why = e instanceof Failure ? e.message : `host error: ${e.message}`;
        return [scenario.name, `${place(located)}: ${why}`];
      }
    }
    return [scenario.name, undefined];
  } finally {
    host.close();
  }
}

let passed = 0;
let failed = 0;
try {
  files.forEach((file, n) => {
    const [name, failure] = runFile(file, n);
    if (failure === undefined) {
      passed += 1;
      console.log(`ok   ${name}`);
    } else {
      failed += 1;
      console.log(`FAIL ${name}: ${failure}`);
    }
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
