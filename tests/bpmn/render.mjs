// Renders host-sim's BPMN export with bpmn-js in headless Chromium and saves a
// screenshot (default docs/screenshots/process-bpmn.png), to look at the layout as a
// BPM tool shows it. Run: node render.mjs [FILE.bpmn] [OUT.png]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const file = process.argv[2];
const out = process.argv[3] || path.join(root, 'docs/screenshots/process-bpmn.png');
const xml = file ? fs.readFileSync(file, 'utf8') : execFileSync(
  path.join(root, 'target/release/host-sim'),
  ['export', 'bpmn', '--plugin', path.join(root, 'target/wasm32-wasip2/release/qb_plugin.wasm')],
  { cwd: root, encoding: 'utf8' });
const dist = path.join(here, 'node_modules/bpmn-js/dist');
const viewer = fs.readFileSync(path.join(dist, 'bpmn-navigated-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css']
  .map((f) => fs.readFileSync(path.join(dist, 'assets', f), 'utf8')).join('\n');
const width = Number(process.env.WIDTH || 3200);
const height = Number(process.env.HEIGHT || 1500);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width, height } });
await page.setContent(`<html><head><style>${css} html,body,#c{margin:0;height:100%;background:#fff}</style></head>
  <body><div id="c"></div></body></html>`);
await page.addScriptTag({ content: viewer });
const warnings = await page.evaluate(async (xml) => {
  const v = new window.BpmnJS({ container: '#c' });
  const { warnings } = await v.importXML(xml);
  v.get('canvas').zoom('fit-viewport');
  return warnings.map((w) => w.message);
}, xml);
await page.screenshot({ path: out });
await browser.close();
console.log(`rendered ${out}; ${warnings.length} import warnings`);
for (const w of warnings) console.log(w);
