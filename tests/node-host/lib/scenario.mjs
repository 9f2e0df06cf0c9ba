// Scenario files (docs/scenarios.md) on the Node host. This mirrors host-sim's
// `host-sim/src/scenario/` step for step, and words every failure the same way, so
// `scripts/conformance` can compare the two hosts' result lines.

import { readFileSync } from 'node:fs';
import { dirname, resolve, basename, extname } from 'node:path';
import { addSeconds, parseInstant } from './time.mjs';
import { Refused, Trap, HostError } from './host.mjs';

export const DEFAULT_CLOCK = '2026-03-02T09:00:00+08:00';
export const DEFAULT_SEED = 20260302n;

/** Each verb and the other keys its step may have. */
const VERBS = {
  act: ['by', 'case', 'values', 'with', 'without', 'opinion', 'version', 'refused'],
  seal: ['by', 'case', 'action', 'field', 'values', 'with', 'without', 'refused'],
  upload: ['by', 'case', 'action', 'field', 'file', 'media_type', 'content', 'refused'],
  advance_to: ['fired'],
  advance_seconds: ['fired'],
  run_timers: ['fired'],
  expect_stage: ['case', 'version'],
  expect_tasks: ['case', 'count', 'titles'],
  expect_notification: ['kind', 'subject', 'body', 'case', 'count'],
  expect_public: ['title', 'body', 'case', 'withdrawn', 'count'],
  expect_actions: ['case', 'include', 'exclude', 'refused'],
  expect_history: ['actions', 'last_by'],
  view: ['case', 'contains', 'lacks', 'refused'],
};
const FILE_KEYS = ['name', 'about', 'include', 'directory', 'calendar', 'add', 'clock', 'seed', 'steps'];

// ---- loading: includes first, each step knowing where it was written ------------------

/** Read a scenario file and its includes into one list of steps. */
export function load(path) {
  const scenario = { name: basename(path, extname(path)), add: { users: [], enterprises: [] }, steps: [] };
  const own = read(path, '', scenario, 0);
  if (own !== undefined) scenario.name = own;
  scenario.seed ??= DEFAULT_SEED;
  // Time is always simulated: the default clock unless the first step sets one.
  if (scenario.steps[0]?.verb !== 'clock') {
    scenario.steps.unshift({ origin: '', index: 0, verb: 'clock', step: { clock: DEFAULT_CLOCK } });
  }
  return scenario;
}

function read(path, origin, into, depth) {
  if (depth > 8) throw new Error(`${path}: includes nest too deep (a cycle?)`);
  let file;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path} is not a scenario: ${e.message}`);
  }
  for (const key of Object.keys(file)) {
    if (!FILE_KEYS.includes(key)) throw new Error(`${path} is not a scenario: unknown field \`${key}\``);
  }
  const dir = dirname(path);
  for (const inc of file.include ?? []) {
    read(resolve(dir, inc), origin === '' ? inc : `${origin} → ${inc}`, into, depth + 1);
  }
  if (file.directory !== undefined) into.directory = resolve(dir, file.directory);
  if (file.calendar !== undefined) into.calendar = resolve(dir, file.calendar);
  if (file.seed !== undefined) into.seed = BigInt(file.seed);
  into.add.users.push(...(file.add?.users ?? []));
  into.add.enterprises.push(...(file.add?.enterprises ?? []));
  if (file.clock !== undefined) {
    parseInstant(file.clock);
    into.steps.push({ origin, index: 0, verb: 'clock', step: { clock: file.clock } });
  }
  (file.steps ?? []).forEach((raw, i) => {
    try {
      into.steps.push({ origin, index: i + 1, ...parseStep(raw, dir) });
    } catch (e) {
      throw new Error(`${origin === '' ? path : origin} step ${i + 1}: ${e.message}`);
    }
  });
  return file.name;
}

function parseStep(raw, dir) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('a step is a JSON object');
  const step = { ...raw };
  delete step.note; // for the reader only
  const verbs = Object.keys(VERBS).filter((v) => v in step);
  if (verbs.length === 0) throw new Error(`no verb: a step has one of ${Object.keys(VERBS).join(', ')}`);
  if (verbs.length > 1) throw new Error(`several verbs in one step: ${verbs.join(', ')}`);
  const verb = verbs[0];
  for (const key of Object.keys(step)) {
    if (key !== verb && !VERBS[verb].includes(key)) throw new Error(`unknown field \`${key}\``);
  }
  if (verb === 'act' || verb === 'seal') step.values = takeValues(step, dir);
  if (verb === 'act' && step.version !== undefined && step.version !== 'current' && !Number.isInteger(step.version)) {
    throw new Error('`version` is a number or "current"');
  }
  if (verb === 'advance_to') parseInstant(step.advance_to);
  for (const [key, want] of [['refused', 'code']]) {
    if (step[key] !== undefined && typeof step[key][want] !== 'string') throw new Error(`missing field \`${want}\``);
  }
  return { verb, step };
}

/** `values` (array, or "file.json#form-id"), with `with` put in place by id, `without` left out. */
function takeValues(step, dir) {
  let fields = step.values ?? [];
  if (typeof fields === 'string') fields = fromFile(fields, dir);
  fields = [...fields];
  for (const f of step.with ?? []) {
    const at = fields.findIndex((g) => g.id === f.id);
    if (at >= 0) fields[at] = f;
    else fields.push(f);
  }
  const without = step.without ?? [];
  return fields.filter((f) => !without.includes(f.id));
}

function fromFile(reference, dir) {
  const [file, form] = reference.split('#');
  const v = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
  const picked = form === undefined ? v : v[form];
  if (!Array.isArray(picked)) throw new Error(`${reference} is not an array of fields`);
  return picked;
}

// ---- fields JSON (plugin/src/forms/json.rs) → the contract's values in jco ---------

function scalar(v) {
  if (typeof v === 'number') return { tag: 'number', val: v };
  if (typeof v === 'string') return { tag: 'text', val: v };
  if ('number' in v) return { tag: 'number', val: v.number };
  return { tag: 'text', val: v.text };
}

function fieldValue(v, named) {
  const [kind, inner] = Object.entries(v)[0] ?? [];
  switch (kind) {
    case 'text':
    case 'number':
    case 'date':
    case 'choice':
    case 'choices':
    case 'flag':
      return { tag: kind, val: inner };
    case 'table':
      return { tag: 'table', val: inner.map((r) => ({ key: r.key, cells: r.cells.map(([c, s]) => [c, scalar(s)]) })) };
    case 'attachments':
      return {
        tag: 'attachments',
        val: inner.map((a) =>
          typeof a === 'string'
            ? named.upload(a)
            : { id: a.id, name: a.name, mediaType: a['media-type'], size: BigInt(a.size), sha256: a.sha256 },
        ),
      };
    case 'seal': {
      if (typeof inner === 'string') return { tag: 'seal', val: named.seal(inner) };
      const p = inner.purpose;
      return {
        tag: 'seal',
        val: {
          id: inner.id,
          purpose: { caseId: p['case-id'] ?? undefined, action: p.action, field: p.field },
          capacity: inner.capacity,
          holder: inner.holder,
          signer: inner.signer,
          signedAt: inner['signed-at'],
          digest: inner.digest,
        },
      };
    }
    default:
      throw new Error(`bad values: unknown value kind \`${kind}\``);
  }
}

// ---- the view's text (host-sim/src/scenario/view_text.rs) ---------------------------

/** Numbers the shortest way that reads back the same: `85`, `85.5`. */
const num = (n) => String(n);

function valueLines(v, out) {
  switch (v.tag) {
    case 'text':
    case 'date':
    case 'choice':
      out.push(v.val);
      break;
    case 'number':
      out.push(num(v.val));
      break;
    case 'flag':
      out.push(String(v.val));
      break;
    case 'choices':
      out.push(...v.val);
      break;
    case 'table':
      for (const r of v.val) {
        out.push(r.key);
        for (const [column, cell] of r.cells) out.push(column, cell.tag === 'number' ? num(cell.val) : cell.val);
      }
      break;
    case 'attachments':
      out.push(...v.val.map((f) => f.name));
      break;
    case 'seal':
      out.push(v.val.holder, v.val.signer, v.val.signedAt);
      break;
  }
}

/** Every value a person is shown, one per line, in host-sim's order. */
export function viewLines(view) {
  const s = view.summary;
  const out = [s.id, String(s.year), s.title];
  if (s.district !== undefined) out.push(s.district);
  if (s.owner !== undefined) out.push(s.owner);
  if (s.score !== undefined) out.push(num(s.score));
  for (const section of view.sections) {
    out.push(section.title);
    for (const item of section.items) out.push(item.label, item.value);
  }
  for (const form of view.forms) {
    out.push(form.definition.id, form.definition.title);
    for (const f of form.values) {
      out.push(f.id);
      valueLines(f.value, out);
    }
  }
  out.push(...view.attachments.map((a) => a.name));
  for (const h of view.history) {
    out.push(h.at, h.who, h.label);
    if (h.opinion !== undefined) out.push(h.opinion);
    if (h.detail !== undefined) out.push(h.detail);
  }
  for (const t of view.tasks) {
    out.push(t.title, t.who);
    if (t.due !== undefined) out.push(t.due);
  }
  return out;
}

// ---- running the steps -----------------------------------------------------------

const refusalText = (r) => `refusal ${r.code} (${r.kind}): ${r.message}`;

function got(e) {
  if (e instanceof Refused) return refusalText(e.refusal);
  if (e instanceof Trap) return `a trap: ${e.message}`;
  return `a host error: ${e.message}`;
}

/** Run `fn`; compare with the step's expectation (success unless `refused`). */
function outcome(fn, want) {
  try {
    const value = fn();
    if (want) throw new Failure(`expected refusal ${want.code}, got success`);
    return value;
  } catch (e) {
    if (e instanceof Failure) throw e;
    if (!want) throw new Failure(`expected success, got ${got(e)}`);
    if (!(e instanceof Refused)) throw new Failure(`expected refusal ${want.code}, got ${got(e)}`);
    refusalMatches(e.refusal, want);
    return undefined;
  }
}

function refusalMatches(r, w) {
  if (r.code !== w.code || (w.kind !== undefined && w.kind !== r.kind)) {
    const wanted = w.kind !== undefined ? `${w.code} (${w.kind})` : w.code;
    throw new Failure(`expected refusal ${wanted}, got ${refusalText(r)}`);
  }
  for (const [field, code] of Object.entries(w.fields ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!r.fields.some((e) => e.field === field && e.code === code)) {
      const have = r.fields.map((e) => `${e.field}: ${e.code}`).join(', ');
      throw new Failure(`expected field error ${field}: ${code}, got [${have}]`);
    }
  }
  if (w.message !== undefined && !r.message.includes(w.message)) {
    throw new Failure(`expected a refusal message containing "${w.message}", got "${r.message}"`);
  }
}

class Failure extends Error {}

const countOk = (want, n) => (want === undefined ? n > 0 : want === n);
const countText = (want) => (want === undefined ? 'some' : String(want));
function criteria(pairs) {
  const parts = pairs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} "${v}"`);
  return parts.length ? ` with ${parts.join(', ')}` : '';
}
function firedOk(want, fired) {
  if (want !== undefined && want !== fired) throw new Failure(`expected ${want} timer(s) to fire, ${fired} fired`);
}

/** A small PDF naming the file: the content of an upload without `content`. */
export function samplePdf(title) {
  return Buffer.from(
    `%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** One scenario in progress on one host. */
export class Runner {
  constructor(host) {
    this.host = host;
    this.seals = new Map();
    this.uploads = new Map();
    this.clockSet = false;
    this.named = {
      seal: (name) => {
        if (!this.seals.has(name)) throw new Failure(`no seal named "${name}" was obtained before`);
        return this.seals.get(name);
      },
      upload: (name) => {
        if (!this.uploads.has(name)) throw new Failure(`no upload named "${name}" was made before`);
        return this.uploads.get(name);
      },
    };
  }

  fields(values) {
    return values.map((f) => ({ id: f.id, value: fieldValue(f.value, this.named) }));
  }

  /** Run one step; throws a `Failure` saying what was expected and what happened. */
  step({ verb, step: s }) {
    const h = this.host;
    switch (verb) {
      case 'clock':
        // The first `clock` sets the time; a later one moves it forward like `advance_to`.
        if (!this.clockSet) {
          this.clockSet = true;
          h.setClock(s.clock);
        } else {
          outcome(() => h.advanceClock(s.clock));
        }
        return;
      case 'act': {
        const values = this.fields(s.values);
        let expectedVersion = s.version;
        if (s.version === 'current') {
          if (s.case === undefined) throw new Failure('`version: current` needs a `case`');
          expectedVersion = h.caseRow(s.case)?.version;
        }
        const request = { caseId: s.case, action: s.act, values, opinion: s.opinion, expectedVersion };
        outcome(() => h.act(s.by, request), s.refused);
        return;
      }
      case 'seal': {
        const values = this.fields(s.values);
        const seal = outcome(() => h.seal(s.by, s.case, s.action, s.field, values), s.refused);
        if (seal) this.seals.set(s.seal, seal);
        return;
      }
      case 'upload': {
        const content = s.content !== undefined ? Buffer.from(s.content, 'utf8') : samplePdf(s.file);
        const request = { caseId: s.case, action: s.action, field: s.field, name: s.file, mediaType: s.media_type ?? 'application/pdf' };
        const file = outcome(() => h.upload(s.by, request, content), s.refused);
        if (file) this.uploads.set(s.upload, file);
        return;
      }
      case 'advance_to':
      case 'advance_seconds': {
        const to = verb === 'advance_to' ? s.advance_to : addSeconds(h.now(), s.advance_seconds);
        firedOk(s.fired, outcome(() => h.advanceClock(to)));
        return;
      }
      case 'run_timers':
        firedOk(s.fired, outcome(() => h.runDueTimers()));
        return;
      case 'expect_stage': {
        const row = h.caseRow(s.case);
        if (!row) throw new Failure(`expected stage ${s.expect_stage} of ${s.case}, got no such case`);
        if (row.stage !== s.expect_stage) throw new Failure(`expected stage ${s.expect_stage} of ${s.case}, got ${row.stage}`);
        if (s.version !== undefined && s.version !== row.version) {
          throw new Failure(`expected version ${s.version} of ${s.case}, got ${row.version}`);
        }
        return;
      }
      case 'expect_tasks': {
        const titles = hostCall(() => h.openTasks(s.expect_tasks))
          .filter((t) => s.case === undefined || t.case_id === s.case)
          .map((t) => t.title);
        const listed = titles.join('; ');
        if (s.count !== undefined && s.count !== titles.length) {
          throw new Failure(`expected ${s.count} open task(s) of ${s.expect_tasks}, got ${titles.length}: [${listed}]`);
        }
        for (const t of s.titles ?? []) {
          if (!titles.some((title) => title.includes(t))) {
            throw new Failure(`expected an open task of ${s.expect_tasks} titled …${t}…, got [${listed}]`);
          }
        }
        return;
      }
      case 'expect_notification': {
        const n = hostCall(() => h.notificationsOf(s.expect_notification)).filter(
          (m) =>
            (s.kind === undefined || m.kind === s.kind) &&
            (s.subject === undefined || m.subject.includes(s.subject)) &&
            (s.body === undefined || m.body.includes(s.body)) &&
            (s.case === undefined || m.case_id === s.case),
        ).length;
        if (!countOk(s.count, n)) {
          const what = criteria([['kind', s.kind], ['subject', s.subject], ['body', s.body], ['case', s.case]]);
          throw new Failure(`expected ${countText(s.count)} notification(s) to ${s.expect_notification}${what}, got ${n}`);
        }
        return;
      }
      case 'expect_public': {
        const withdrawn = s.withdrawn === true;
        const n = h.publicRecords().filter(
          (r) =>
            r.kind === s.expect_public &&
            (r.withdrawn_at !== null) === withdrawn &&
            (s.title === undefined || r.title.includes(s.title)) &&
            (s.body === undefined || r.body.includes(s.body)) &&
            (s.case === undefined || r.case_id === s.case),
        ).length;
        if (!countOk(s.count, n)) {
          const what = criteria([['title', s.title], ['body', s.body], ['case', s.case]]);
          throw new Failure(
            `expected ${countText(s.count)} ${withdrawn ? 'withdrawn' : 'published'} public record(s) ${s.expect_public}${what}, got ${n}`,
          );
        }
        return;
      }
      case 'expect_actions': {
        const actions = outcome(() => h.actions(s.expect_actions, s.case), s.refused);
        if (!actions) return;
        const codes = actions.map((a) => a.action);
        const listed = codes.join(', ');
        for (const want of s.include ?? []) {
          if (!codes.includes(want)) throw new Failure(`expected ${s.expect_actions} to be offered ${want} on ${s.case}, got [${listed}]`);
        }
        for (const unwanted of s.exclude ?? []) {
          if (codes.includes(unwanted)) {
            throw new Failure(`expected ${s.expect_actions} not to be offered ${unwanted} on ${s.case}, got [${listed}]`);
          }
        }
        return;
      }
      case 'expect_history': {
        const broken = h.brokenLink();
        if (broken !== undefined) throw new Failure(`the history's hash chain is broken at entry ${broken}`);
        const rows = h.history(s.expect_history);
        if (s.actions !== undefined) {
          const have = rows.map((r) => r.action);
          if (have.join('\n') !== s.actions.join('\n')) {
            throw new Failure(`expected the history of ${s.expect_history} to be [${s.actions.join(', ')}], got [${have.join(', ')}]`);
          }
        }
        if (s.last_by !== undefined) {
          const last = rows.length ? rows[rows.length - 1].actor_user : 'nobody';
          if (last !== s.last_by) throw new Failure(`expected the last entry of ${s.expect_history} by ${s.last_by}, got ${last}`);
        }
        return;
      }
      case 'view': {
        const view = outcome(() => h.view(s.view, s.case), s.refused);
        if (!view) return;
        const text = viewLines(view).join('\n');
        if (process.env.QB_SCENARIO_DUMP_VIEWS) process.stderr.write(`--- view of ${s.case} for ${s.view}\n${text}\n`);
        for (const want of s.contains ?? []) {
          if (!text.includes(want)) throw new Failure(`expected the view of ${s.case} for ${s.view} to contain "${want}"`);
        }
        for (const unwanted of s.lacks ?? []) {
          if (text.includes(unwanted)) throw new Failure(`expected the view of ${s.case} for ${s.view} not to contain "${unwanted}"`);
        }
        return;
      }
    }
  }
}

/** A host query that fails only on a host error (an unknown user). */
function hostCall(fn) {
  try {
    return fn();
  } catch (e) {
    throw new Failure(`host error: ${e.message}`);
  }
}

/** `step 3`, or `common/submitted.json step 3`, as host-sim writes it. */
export function place({ origin, index }) {
  if (origin === '') return index === 0 ? 'clock' : `step ${index}`;
  return index === 0 ? `${origin} clock` : `${origin} step ${index}`;
}

export { Failure, HostError };
