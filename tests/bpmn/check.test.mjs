// The BPMN export of host-sim, as BPM tools read it: bpmn-moddle (the model under
// bpmn-js, Camunda Modeler) reads it without a warning, and bpmnlint's `recommended`
// rules find no error. The file is made by `host-sim export bpmn` from the built plugin
// (scripts/test builds both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter.js';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hostSim = process.env.HOST_SIM || path.join(root, 'target/release/host-sim');
const plugin = process.env.QB_PLUGIN || path.join(root, 'target/wasm32-wasip2/release/qb_plugin.wasm');

const xml = execFileSync(hostSim, ['export', 'bpmn', '--plugin', plugin], { cwd: root, encoding: 'utf8' });

test('bpmn-moddle reads the export without warnings', async () => {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  assert.deepEqual(warnings.map((w) => w.message), []);
  const processes = rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process');
  assert.equal(processes.length, 2);
  const tasks = processes.flatMap((p) => p.flowElements.filter((e) => e.$type === 'bpmn:UserTask'));
  assert.ok(tasks.length >= 33, `every action is a user task (${tasks.length})`);
  const multi = tasks.filter((t) => t.loopCharacteristics?.$type === 'bpmn:MultiInstanceLoopCharacteristics');
  assert.equal(multi.length, 1, '会签 scoring is the one multi-instance task');
  assert.equal(multi[0].loopCharacteristics.isSequential, false);
  const lanes = processes.flatMap((p) => p.laneSets[0].lanes.map((l) => l.name));
  for (const role of ['申报企业', '区县工信部门', '市工信局经办人员', '市工信局领导', '评审专家', '社会公众']) {
    assert.ok(lanes.includes(role), `lane ${role}`);
  }
  const diagram = rootElement.diagrams[0].plane.planeElement;
  const shown = new Set(diagram.map((d) => d.bpmnElement?.id));
  for (const p of processes) {
    for (const e of p.flowElements) assert.ok(shown.has(e.id), `${e.id} has a shape or edge`);
  }
});

test('bpmnlint recommended reports no error', async () => {
  const moddle = new BpmnModdle();
  const { rootElement } = await moddle.fromXML(xml);
  const linter = new Linter({
    config: { extends: 'bpmnlint:recommended' },
    resolver: new NodeResolver({ requireLibrary: (name) => require(name) }),
  });
  const reports = await linter.lint(rootElement);
  const errors = Object.entries(reports).flatMap(([rule, list]) =>
    list.filter((r) => r.category === 'error').map((r) => `${rule}: ${r.id} ${r.message}`));
  assert.deepEqual(errors, []);
});
