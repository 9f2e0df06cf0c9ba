// Clicks one application through the host-sim portal in headless Chromium: the
// enterprise fills, signs and submits; its district office recommends with an opinion
// and seal; the application arrives in the city bureau's 待办. Saves screenshots of
// the key pages to target/screenshots/.
//
// Needs target/release/host-sim and the plugin component (scripts/test builds both)
// and Debian's Chromium at /usr/bin/chromium (scripts/setup --with-browser).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hostSim = process.env.HOST_SIM || path.join(root, 'target/release/host-sim');
const plugin = process.env.QB_PLUGIN || path.join(root, 'target/wasm32-wasip2/release/qb_plugin.wasm');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.join(root, 'target/screenshots');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/sample-application.json'), 'utf8'));
const CASE = 'app-2026-91410102MA44XKQ7PB';

let server, context, page, base, tmp;

/** Start `host-sim serve` on a free loopback port and wait for its address. */
function startServer() {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qb-portal-'));
  server = spawn(hostSim, [
    'serve', '--db', path.join(tmp, 'portal.sqlite'), '--listen', '127.0.0.1:0',
    '--plugin', plugin, '--demo-data', '--clock', '2026-03-16T10:00:00+08:00',
  ], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('host-sim did not start:\n' + log)), 60_000);
    const read = (chunk) => {
      log += chunk;
      const m = log.match(/门户已启动：(http:\/\/[^\s/]+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    server.stdout.setEncoding('utf8').on('data', read);
    server.stderr.setEncoding('utf8').on('data', read);
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`host-sim exited ${code}:\n${log}`)); });
  });
}

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  base = await startServer();
  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', (d) => d.accept());
});

after(async () => {
  await context?.close();
  server?.removeAllListeners('exit');
  server?.kill();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function shot(name, fullPage = true) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

async function signIn(user) {
  await page.goto(`${base}/login`);
  await page.click(`button[name=user][value="${user}"]`);
  await page.waitForURL(`${base}/home`);
}

/** Fill a rendered form from fields in the fixture's JSON shape, by field id. */
async function fill(fields) {
  for (const { id, value } of fields) {
    const [kind, v] = Object.entries(value)[0];
    const box = page.locator(`.field[data-id="${id}"]`);
    switch (kind) {
      case 'text': case 'date': case 'number':
        await box.locator('input,textarea').first().fill(String(v));
        break;
      case 'choice':
        await box.locator('select').selectOption(v);
        break;
      case 'choices':
        for (const c of v) await box.locator(`input[value="${c}"]`).check();
        break;
      case 'flag':
        await box.locator('input').setChecked(v);
        break;
      case 'table':
        for (const row of v) {
          for (const [col, cell] of row.cells) {
            const text = String(typeof cell === 'object' ? Object.values(cell)[0] : cell);
            await page.fill(`input[name="${id}.${row.key}.${col}"]`, text);
          }
        }
        break;
      case 'attachments':
        // The fixture's references point at another host's files: upload stand-ins.
        await box.locator('input[type=file]').setInputFiles(v.map((a) => ({
          name: a.name, mimeType: a['media-type'], buffer: Buffer.from(`证实性材料：${a.name}`),
        })));
        await box.locator('.files li a').nth(v.length - 1).waitFor();
        break;
      default:
        throw new Error(`unhandled kind ${kind} for ${id}`);
    }
  }
}

/** Click every seal/signature button of the form and wait for the stamps. */
async function sealAll() {
  const buttons = page.locator('button[data-seal]');
  const n = await buttons.count();
  for (let i = 0; i < n; i++) {
    await buttons.nth(i).click();
    await page.locator('.seal-box').nth(i).locator('.stamp').waitFor();
  }
  return n;
}

/** Press the action's button and wait for the case page. */
async function act() {
  await Promise.all([
    page.waitForURL(/\/case\/[^/]+\?msg=/),
    page.click('form.act-form .submit-bar button[type=submit]'),
  ]);
}

test('one application from the enterprise through the district to the city inbox', async () => {
  // Every action and seal the pages post carries an idempotency key, a fresh one per
  // submission, so a double click or a retry after a lost answer acts once.
  const keys = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\/(act|seal)$/.test(new URL(r.url()).pathname)) {
      keys.push(r.headers()['idempotency-key']);
    }
  });
  await page.goto(`${base}/login`);
  assert.match(await page.textContent('body'), /模拟单点登录：本模拟器无需密码/);
  await shot('01-sign-in', false);

  // The enterprise starts its application and fills 附件1 and 附件2.
  await signIn('ent-jinggong');
  await Promise.all([page.waitForURL(/\/case\//), page.getByRole('button', { name: '开始申报' }).click()]);
  assert.ok(page.url().includes(CASE), page.url());

  await page.getByRole('link', { name: '填写申报表' }).click();
  await fill(fixture['application-form']);
  // The counter counts characters, not bytes.
  const name = fixture['application-form'].find((f) => f.id === 'benchmark-name').value.text;
  assert.equal(await page.textContent('.counter[data-for="benchmark-name"] span'), String([...name].length));
  await shot('02-enterprise-application-form');
  await act();

  // Two people on one case: someone else saves first, so this page's version is stale.
  await page.getByRole('link', { name: '填写申报材料' }).click();
  const seen = Number(await page.getAttribute('form.act-form', 'data-version'));
  const other = await page.request.post(`${base}/api/act`, {
    data: { case_id: CASE, action: 'edit-materials', values: [], expected_version: seen },
  });
  assert.equal(other.status(), 200, await other.text());
  await fill(fixture['application-materials']);
  await page.click('form.act-form .submit-bar button[type=submit]');
  await page.locator('.form-alert:not([hidden])').waitFor();
  assert.match(await page.textContent('.form-alert'), /版本冲突/);
  await page.reload();
  await fill(fixture['application-materials']);
  await act();

  // Submitting unsigned is refused, with the reason next to the seal fields, and nothing is stored.
  await page.getByRole('link', { name: '签章并提交' }).click();
  await page.click('form.act-form .submit-bar button[type=submit]');
  await page.locator('.form-alert:not([hidden])').waitFor();
  assert.ok(await page.locator('.field.kind-seal.invalid').count() >= 1, 'seal fields marked');
  await shot('03-enterprise-refusal');
  assert.equal(await sealAll(), 2);
  await shot('04-enterprise-signed');
  await act();
  const stage = await page.textContent('.case-head .badge');
  await shot('05-enterprise-submitted', false);

  // The district office finds it in 待办, recommends it with an opinion and its seal.
  await signIn('zhongyuan-office-1');
  await page.goto(`${base}/todo`);
  await shot('06-district-inbox');
  await page.locator(`a[href="/case/${CASE}"]`).first().click();
  await page.waitForURL(`${base}/case/${CASE}`);
  await shot('07-district-case', false);
  await page.getByRole('link', { name: '推荐', exact: true }).click();
  await fill([
    { id: 'recommender-contact', value: { text: '孙丽' } },
    { id: 'recommender-phone', value: { text: '0371-67189000' } },
    { id: 'recommender-mobile', value: { text: '13803710000' } },
  ]);
  const formOpinion = page.locator('.field[data-id="opinion"] textarea');
  if (await formOpinion.count()) {
    await formOpinion.fill('该企业质量管理体系运行有效，经验具有示范性，同意推荐。');
  }
  // The 意见 box appears when the action asks for an opinion (the plugin's opinion rule).
  const opinionBox = page.locator('textarea[data-opinion-box]');
  if (await opinionBox.count()) await opinionBox.fill('经审核，同意推荐。');
  assert.equal(await sealAll(), 1);
  await shot('08-district-recommendation');
  await act();
  assert.notEqual(await page.textContent('.case-head .badge'), stage);

  // The city bureau has it in its 待办.
  await signIn('city-officer-1');
  await page.goto(`${base}/todo`);
  const row = page.locator('table.list tbody tr', { has: page.locator(`a[href="/case/${CASE}"]`) });
  assert.equal(await row.count(), 1);
  assert.match(await row.textContent(), /郑州中原精工机械有限公司/);
  await shot('09-city-inbox');
  await row.locator('a').first().click();
  await page.waitForURL(`${base}/case/${CASE}`);
  const timeline = await page.textContent('.timeline');
  assert.match(timeline, /同意推荐。/);
  await shot('10-city-case', false);
  assert.ok(keys.length >= 6, `posts seen: ${keys.length}`);
  assert.ok(keys.every((k) => typeof k === 'string' && k.length > 0), JSON.stringify(keys));
  assert.equal(new Set(keys).size, keys.length, 'a fresh key per submission');
});
