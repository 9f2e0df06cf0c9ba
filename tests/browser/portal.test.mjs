// Clicks one application through the host-sim portal in headless Chromium: the
// enterprise fills, signs and submits; its district office recommends with an opinion
// and seal; the application arrives in the city bureau's 待办. Saves screenshots of
// the key pages to target/screenshots/.
//
// Every page of the round is also looked at as on a phone (390 × 844, the size of the
// phones 政务钉钉 and 企业微信 run on): nothing wider than the screen, the navigation
// folded behind the 菜单 button until it is pressed, every button and input at least
// 44 px tall. Then the 申报表 is printed: the case page and the 打印申报表 page under
// print media show no portal chrome, and the PDF of the 申报表 is at most three A4 pages.
// The third test walks the rest of the round the same way: 形式审查, the draw, five
// experts scoring from their 待办, the list proposed from the ranked table and approved
// by a leader, 公示 as the public sees it (ended by its timer), publication under the
// bureau's seal and the provincial recommendation. On every page, at both widths,
// axe-core (bundled from npm) finds no serious or critical violation, and the visible
// text shows no host id or code (case, batch and user ids, RFC 3339 times, English codes).
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
// Another build of the same contract, for the 上传插件 check (scripts/setup --with-faults).
const otherBuild = process.env.QB_FAULT_PLUGIN || path.join(root, 'target/faults/wasm32-wasip2/release/qb_plugin.wasm');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.join(root, 'target/screenshots');
// axe-core, bundled from npm: evaluated through the DevTools protocol, which the
// portal's Content-Security-Policy (no inline script) does not stop.
const axeSource = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)),
  'node_modules/axe-core/axe.min.js'), 'utf8');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/sample-application.json'), 'utf8'));
const CASE = 'app-2026-91410102MA44XKQ7PB';

let server, context, page, base, tmp;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
/** The pages looked at as on a phone, by screenshot name. */
const phonePages = [];
/** How many axe-core rules applied, for each page and width checked. */
const axeChecked = [];

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
    viewport: DESKTOP,
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

/** Whether the element `selector` names is rendered (all matches hidden = false). */
async function shown(selector) {
  return page.evaluate((s) => Array.from(document.querySelectorAll(s)).some((e) => e.checkVisibility()), selector);
}

/** Visible buttons, button-like links and inputs shorter than a thumb (44 px). */
function tooSmall() {
  return page.evaluate(() => Array.from(document.querySelectorAll(
    'button, .btn, .switch, .user-btn, input[type=text], input[type=number], input[type=date], select, .choice',
  )).filter((e) => e.checkVisibility())
    .map((e) => ({ html: e.outerHTML.slice(0, 90), height: e.getBoundingClientRect().height }))
    .filter((e) => e.height < 43.5));
}

/**
 * The page as it stands, looked at on a phone: no horizontal overflow, the navigation
 * collapsed until the 菜单 button opens it (by mouse and by keyboard), thumb-sized
 * controls; a full-page screenshot. Back on the desktop, the button is gone and the
 * navigation is in place.
 */
async function onPhone(name) {
  await page.setViewportSize(PHONE);
  try {
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth,
    }));
    assert.ok(scroll <= inner, `${name}: ${scroll} px of content in a ${inner} px screen`);
    const menu = page.locator('button.menu-toggle');
    if (await menu.count()) {
      assert.equal(await menu.getAttribute('aria-controls'), 'side-nav');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false', name);
      assert.ok(await menu.isVisible(), `${name}: 菜单 shown`);
      assert.equal((await menu.textContent()).trim(), '菜单');
      assert.ok(!(await shown('#side-nav')), `${name}: navigation collapsed`);
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      assert.ok(await shown('#side-nav'), `${name}: navigation opened`);
      const links = await page.locator('#side-nav a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
      assert.ok(links.length > 0 && links.every((h) => h >= 44), `${name}: nav links ${links}`);
      const open = await page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth);
      assert.ok(open, `${name}: no overflow with the menu open`);
      await page.screenshot({ path: path.join(shots, `phone-${name}-menu.png`) });
      // The keyboard: Enter on the focused button closes it, Space opens, Escape closes
      // and leaves the focus on the button.
      await menu.focus();
      await page.keyboard.press('Enter');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.ok(!(await shown('#side-nav')));
      await page.keyboard.press('Space');
      assert.ok(await shown('#side-nav'));
      await page.keyboard.press('Escape');
      assert.ok(!(await shown('#side-nav')));
      assert.ok(await menu.evaluate((b) => b === document.activeElement), 'focus back on 菜单');
      await menu.evaluate((b) => b.blur());
    }
    assert.deepEqual(await tooSmall(), [], `${name}: controls under 44 px`);
    await accessible(`${name} at 390 px`);
    await page.screenshot({ path: path.join(shots, `phone-${name}.png`), fullPage: true });
    phonePages.push(name);
  } finally {
    await page.setViewportSize(DESKTOP);
  }
  if (await page.locator('button.menu-toggle').count()) {
    assert.ok(!(await page.locator('button.menu-toggle').isVisible()), `${name}: no 菜单 on a desktop`);
    assert.ok(await shown('#side-nav'), `${name}: navigation in place on a desktop`);
  }
  await accessible(`${name} at 1366 px`);
  await noCodes(name);
}

/**
 * axe-core's rules (WCAG 2.1 A and AA and best practice) on the page as it stands:
 * no violation of serious or critical impact. Returns the number of rules checked.
 */
async function accessible(name) {
  await page.evaluate(axeSource);
  const { found, checked } = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      checked: r.passes.length + r.violations.length + r.incomplete.length,
      found: r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 100)} ${n.any[0]?.message || ''}`).join(' | ')}`),
    };
  });
  assert.deepEqual(found, [], `${name}: axe-core`);
  axeChecked.push(checked);
  return checked;
}

/**
 * What a person reads on the page (its visible text, and the labels of its controls)
 * holds none of the host's ids and codes: no case or batch id, no user id, no RFC 3339
 * time, no English stage or record code.
 */
const CODES = [
  /\bapp-\d{4}-/, /\bbatch-\d{4}\b/, /\b(ent|expert|city-officer|city-leader|zhongyuan-office)-[\w-]+/,
  /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, /\b(draft|district-review|formal-check|expert-review|publicity-closed|recognized|catalogue|publicity|recognition)\b/,
  /案件/, /版本 ?\d/,
];
async function noCodes(name) {
  // The directory's editor is where login names (用户名) are managed: its table shows them.
  const text = await page.evaluate((admin) => {
    const tables = admin ? Array.from(document.querySelectorAll('table')) : [];
    tables.forEach((t) => { t.style.display = 'none'; });
    const t = document.body.innerText;
    tables.forEach((t) => { t.style.display = ''; });
    return t;
  }, name.includes('admin-directory'));
  const found = CODES.map((re) => text.match(re)?.[0]).filter(Boolean);
  assert.deepEqual(found, [], `${name}: codes shown to a person`);
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPages(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) || []).length;
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

test('one application from the enterprise through the district to the city inbox', async (t) => {
  // Every action and seal the pages post carries an idempotency key, a fresh one per
  // submission, so a double click or a retry after a lost answer acts once.
  // Each also sends back the page's anti-forgery token, without which the portal
  // refuses a browser's post.
  const keys = [];
  const tokens = new Set();
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\/(act|seal)$/.test(new URL(r.url()).pathname)) {
      keys.push(r.headers()['idempotency-key']);
      tokens.add(r.headers()['x-csrf-token']);
    }
  });
  await page.goto(`${base}/login`);
  assert.match(await page.textContent('body'), /模拟单点登录：本模拟器无需密码/);
  await shot('01-sign-in', false);
  await onPhone('01-sign-in');
  await page.goto(`${base}/public`);
  await onPhone('00-public');

  // The enterprise starts its application and fills 附件1 and 附件2.
  await signIn('ent-jinggong');
  await onPhone('02-enterprise-home');
  await Promise.all([page.waitForURL(/\/case\//), page.getByRole('button', { name: '开始申报' }).click()]);
  assert.ok(page.url().includes(CASE), page.url());
  await onPhone('02-enterprise-draft');

  await page.getByRole('link', { name: '填写申报表' }).click();
  await fill(fixture['application-form']);
  // The counter counts characters, not bytes.
  const name = fixture['application-form'].find((f) => f.id === 'benchmark-name').value.text;
  assert.equal(await page.textContent('.counter[data-for="benchmark-name"] span'), String([...name].length));
  await shot('02-enterprise-application-form');
  await onPhone('02-enterprise-application-form');
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
  // A file the field does not take is refused on the page, naming it, before any upload.
  const picker = page.locator('input[type=file][data-max-bytes]').first();
  let said = '';
  page.once('dialog', (d) => { said = d.message(); });
  let uploads = 0;
  const count = (r) => { if (r.url().includes('/api/attachments')) uploads += 1; };
  page.on('request', count);
  await picker.setInputFiles({ name: '病毒.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await page.waitForTimeout(300);
  page.off('request', count);
  assert.match(said, /病毒\.exe/);
  assert.match(said, /格式不在可上传之列/);
  assert.equal(uploads, 0, 'nothing sent');
  await onPhone('03-enterprise-materials');
  await act();

  // Submitting unsigned is refused, with the reason next to the seal fields, and nothing is stored.
  await page.getByRole('link', { name: '签章并提交' }).click();
  await page.click('form.act-form .submit-bar button[type=submit]');
  await page.locator('.form-alert:not([hidden])').waitFor();
  assert.ok(await page.locator('.field.kind-seal.invalid').count() >= 1, 'seal fields marked');
  // The refusal is announced, and the focus is on the first field in error.
  assert.equal(await page.getAttribute('.form-alert', 'role'), 'alert');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.field.invalid')),
    'focus moved to the first field in error');
  await shot('03-enterprise-refusal');
  await onPhone('03-enterprise-refusal');
  assert.equal(await sealAll(), 2);
  await shot('04-enterprise-signed');
  await onPhone('04-enterprise-signed');
  await act();
  const stage = await page.textContent('.case-head .badge');
  await shot('05-enterprise-submitted', false);
  await onPhone('05-enterprise-submitted');

  // The district office finds it in 待办, recommends it with an opinion and its seal.
  await signIn('zhongyuan-office-1');
  await onPhone('06-district-home');
  await page.goto(`${base}/todo`);
  await shot('06-district-inbox');
  await onPhone('06-district-inbox');
  await page.locator(`a[href="/case/${CASE}"]`).first().click();
  await page.waitForURL(`${base}/case/${CASE}`);
  await shot('07-district-case', false);
  await onPhone('07-district-case');
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
  await onPhone('08-district-recommendation');
  await act();
  assert.notEqual(await page.textContent('.case-head .badge'), stage);

  // The city bureau has it in its 待办.
  await signIn('city-officer-1');
  await onPhone('09-city-home');
  await page.goto(`${base}/todo`);
  const row = page.locator('table.list tbody tr', { has: page.locator(`a[href="/case/${CASE}"]`) });
  assert.equal(await row.count(), 1);
  assert.match(await row.textContent(), /郑州中原精工机械有限公司/);
  await shot('09-city-inbox');
  await onPhone('09-city-inbox');
  await row.locator('a').first().click();
  await page.waitForURL(`${base}/case/${CASE}`);
  const timeline = await page.textContent('.timeline');
  assert.match(timeline, /同意推荐。/);
  await shot('10-city-case', false);
  await onPhone('10-city-case');
  assert.ok(keys.length >= 6, `posts seen: ${keys.length}`);
  assert.ok(keys.every((k) => typeof k === 'string' && k.length > 0), JSON.stringify(keys));
  assert.equal(new Set(keys).size, keys.length, 'a fresh key per submission');
  const cookie = (await context.cookies(base)).find((c) => c.name === 'qb_csrf');
  assert.ok(cookie && cookie.httpOnly, 'the token cookie, out of scripts\' reach');
  assert.deepEqual([...tokens], [cookie.value], 'every post sent the token back');

  // On paper, the case page is its content alone: no header, navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['header.top', '#side-nav', 'button.menu-toggle', '.crumb', 'button', '.btn', 'form']) {
    assert.ok(!(await shown(chrome)), `${chrome} printed on the case page`);
  }
  assert.ok(await shown('.case-head') && await shown('.timeline'));
  const casePdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(shots, '11-city-case.pdf'), casePdf);
  t.diagnostic(`the case page prints on ${pdfPages(casePdf)} A4 pages`);
  await page.emulateMedia({ media: 'screen' });

  // 打印申报表: 附件1 laid out as the regulation has it, with the 打印 button.
  await Promise.all([
    page.waitForURL(`${base}/case/${CASE}/print`),
    page.getByRole('link', { name: '打印申报表' }).click(),
  ]);
  const enterprise = fixture['application-form'].find((f) => f.id === 'enterprise-name').value.text;
  assert.equal(await page.title(), `${enterprise}质量标杆申报表`);
  assert.ok(await page.getByRole('button', { name: '打印' }).isVisible());
  await shot('12-print-application-form');
  await onPhone('12-print-application-form');

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['header', 'nav', 'button', '.btn', '.print-toolbar']) {
    assert.ok(!(await shown(chrome)), `${chrome} printed on the 申报表`);
  }
  assert.ok(await shown('table.sheet'), 'the 附件1 grid');
  const sheet = await page.locator('main.form-sheet').innerText();
  for (const text of ['附件1', '质量标杆申报表', '申报企业', enterprise, '统一社会信用代码', '基本情况',
    '资产总额（万元）', '企业名称（公章）', '法人代表签字', '推荐单位意见', '推荐单位公章',
    '已加盖电子印章（郑州中原精工机械有限公司，2026年3月16日）', '同意推荐', '中原区']) {
    assert.ok(sheet.includes(text), `${text} on the 申报表:\n${sheet}`);
  }
  // People read names and dates, never the host's ids and codes.
  for (const code of [CASE, 'zhongyuan', 'ent-jinggong', 'T10:00', '2026-03-16']) {
    assert.ok(!sheet.includes(code), `${code} printed`);
  }
  await shot('13-print-application-form-paper');
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(shots, '13-application-form.pdf'), pdf);
  const pages = pdfPages(pdf);
  t.diagnostic(`the 申报表 prints on ${pages} A4 page(s); ${phonePages.length} pages checked at 390 px`);
  assert.ok(pages >= 1 && pages <= 3, `the 申报表 prints on ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(phonePages.length >= 17, phonePages.join(', '));
});

test('the lists, the provincial exchange and the administrator pages on a phone', async (t) => {
  const before = phonePages.length;
  await signIn('city-officer-1');
  for (const where of ['done', 'cc', 'notices', 'exchange/province']) {
    await page.goto(`${base}/${where}`);
    await onPhone(`20-city-${where.replace('/', '-')}`);
  }
  await signIn('admin');
  for (const where of ['modules', 'year', 'directory', 'calendar', 'process']) {
    await page.goto(`${base}/admin/${where}`);
    await onPhone(`21-admin-${where}`);
  }
  // 上传插件: another build checked from the browser; nothing is installed by a check.
  await page.goto(`${base}/admin/modules`);
  await page.locator('#m-plugin').setInputFiles(otherBuild);
  await page.locator('button[name=intent][value=check]').click();
  await page.getByText('检查通过：可以安装').waitFor();
  assert.ok(await page.getByText('已在本主机上编译并读取流程目录').isVisible());
  await shot('21-admin-modules-checked');
  await onPhone('21-admin-modules-checked');
  t.diagnostic(`${phonePages.length - before} more pages checked at 390 px`);
});

/** Go to the case page, follow the link of `action`, and wait for its form. */
async function openAction(caseId, action) {
  await page.goto(`${base}/case/${caseId}`);
  await Promise.all([
    page.waitForURL(`${base}/case/${caseId}/act/${action}`),
    page.locator(`a[href="/case/${caseId}/act/${action}"]`).first().click(),
  ]);
  await page.locator('form.act-form').waitFor();
}

/** The 审批意见 box (the plugin's opinion rule) and a form's own 意见 field, when shown. */
async function opinion(text) {
  for (const box of ['textarea[data-opinion-box]', '.field[data-id="opinion"] textarea']) {
    if (await page.locator(box).count()) await page.locator(box).fill(text);
  }
}

/** Move the simulated clock (the administrator's `POST /api/clock`), firing the timers due. */
async function advanceTo(to) {
  await signIn('admin');
  const r = await page.request.post(`${base}/api/clock`, { data: { to } });
  assert.equal(r.status(), 200, await r.text());
  return r.json();
}

/** The people of `candidates` who have an open task on `caseId`, by the JSON API. */
async function holdersOf(caseId, candidates) {
  const { request } = await import('playwright-core');
  const found = [];
  for (const user of candidates) {
    const api = await request.newContext({ baseURL: base });
    await api.post('/login', { form: { user }, maxRedirects: 0 });
    const tasks = await (await api.get('/api/v1/tasks/open?per_page=100')).text();
    if (tasks.includes(caseId)) found.push(user);
    await api.dispose();
  }
  return found;
}

test('the rest of the round in the browser: review, experts, the leader, 公示, publication', async (t) => {
  const BATCH = 'batch-2026';
  // 形式审查 by the city bureau.
  await signIn('city-officer-1');
  await openAction(CASE, 'formal-check');
  await page.locator('.field[data-id="result"] select').selectOption('accept');
  await opinion('材料齐全，符合要求');
  await onPhone('30-city-formal-check');
  await act();
  assert.equal(await page.textContent('.case-head .badge'), '形式审查通过');

  // The application period ends; the bureau closes it and draws the panel.
  await advanceTo('2026-05-06T09:00:00+08:00');
  await signIn('city-officer-1');
  await page.goto(`${base}/case/${BATCH}`);
  await onPhone('31-city-batch');
  await openAction(BATCH, 'close-applications');
  await act();
  await openAction(BATCH, 'draw-panel');
  await onPhone('32-city-draw-panel');
  await act();

  // Each drawn expert scores it from their own 待办.
  await advanceTo('2026-05-11T09:00:00+08:00');
  const experts = Array.from({ length: 40 }, (_, i) => `expert-${String(i + 1).padStart(2, '0')}`);
  const panel = await holdersOf(CASE, experts);
  assert.equal(panel.length, 5, `the panel: ${panel}`);
  const sheet = JSON.parse(fs.readFileSync(path.join(root, 'tests/scenarios/common/sheets.json'), 'utf8')).high;
  for (const [i, expert] of panel.entries()) {
    await signIn(expert);
    await page.goto(`${base}/todo`);
    await page.locator(`a[href="/case/${CASE}"]`).first().click();
    await page.waitForURL(`${base}/case/${CASE}`);
    await openAction(CASE, 'score');
    await fill(sheet);
    if (i === 0) await onPhone('33-expert-score');
    await act();
  }
  await signIn('city-officer-1');
  await page.goto(`${base}/case/${CASE}`);
  assert.equal(await page.textContent('.case-head .badge'), '专家评审完成');

  // The bureau proposes the list from the ranked table; a leader approves it for 公示.
  await advanceTo('2026-06-08T09:00:00+08:00');
  await signIn('city-officer-1');
  await openAction(BATCH, 'propose-list');
  const ranked = page.locator('table.ranking tbody tr, table.list tbody tr', { hasText: '郑州中原精工机械有限公司' });
  assert.ok(await ranked.count() >= 1, 'the application in the ranked table');
  await page.locator('button[data-pick-count="1"]').first().click();
  assert.equal(await page.inputValue('.field[data-id="count"] input'), '1');
  await opinion('按综合得分排序提出');
  await shot('34-city-propose-list');
  await onPhone('34-city-propose-list');
  await act();
  const [leader] = await holdersOf(BATCH, ['city-leader-1', 'city-leader-2']);
  assert.ok(leader, 'a leader has the list to approve');
  await signIn(leader);
  await openAction(BATCH, 'approve-list');
  assert.match(await page.textContent('main'), /郑州中原精工机械有限公司/);
  await opinion('同意公示');
  await shot('35-leader-approve-list');
  await onPhone('35-leader-approve-list');
  await act();

  // 公示, as the public sees it; it ends by the timer after five working days.
  await page.goto(`${base}/public`);
  assert.match(await page.textContent('main'), /郑州中原精工机械有限公司/);
  await shot('36-public-publicity');
  await onPhone('36-public-publicity');
  const after = await advanceTo('2026-06-16T09:00:00+08:00');
  assert.ok(JSON.stringify(after).includes('fired'), JSON.stringify(after));

  // A leader seals and publishes the recognition, then recommends to the province.
  await signIn('city-leader-1');
  await openAction(BATCH, 'publish');
  await fill(JSON.parse(fs.readFileSync(path.join(root, 'tests/scenarios/common/publication.json'), 'utf8')));
  await opinion('同意公布');
  assert.equal(await sealAll(), 1);
  await shot('37-leader-publish');
  await onPhone('37-leader-publish');
  await act();
  await openAction(BATCH, 'recommend-provincial');
  await page.locator('button[data-pick-count="1"]').first().click();
  await opinion('择优推荐得分最高的一家');
  await onPhone('38-leader-recommend-provincial');
  await act();

  await page.goto(`${base}/overview`);
  await onPhone('39-leader-overview');
  await page.goto(`${base}/public`);
  const published = await page.textContent('main');
  for (const text of ['郑工信〔2026〕35号', '郑州中原精工机械有限公司']) {
    assert.ok(published.includes(text), `${text} on the public page`);
  }
  await shot('40-public-published');
  await onPhone('40-public-published');
  await signIn('ent-jinggong');
  await page.goto(`${base}/case/${CASE}`);
  assert.equal(await page.textContent('.case-head .badge'), '已认定');
  await onPhone('41-enterprise-recognized');
  t.diagnostic(`${phonePages.length} pages checked at 390 px in all`);
  t.diagnostic(`axe-core: ${axeChecked.length} checks (each page at 390 and 1366 px), ${Math.min(...axeChecked)}–${Math.max(...axeChecked)} rules applied on each, no serious or critical violation`);
  t.diagnostic(`the round walked to publication and the provincial recommendation; panel ${panel.join(', ')}, approved by ${leader}`);
});
