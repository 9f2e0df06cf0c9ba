// The plugin component, made callable from JavaScript with jco (1.35, pinned in
// package-lock.json): the .wasm is transpiled once into target/node-host/<sha256> (an ES module and
// its core modules), the core modules are compiled once, with a memory limit written in,
// and `instantiate(imports)` makes an instance. The host (host.mjs) reuses an instance
// until it traps, and never after (obligation H11).

import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transpile } from '@bytecodealliance/jco';

const here = dirname(fileURLToPath(import.meta.url));
/** jco's output lives with the build output: `cargo clean` removes it too. */
const genRoot = join(process.env.CARGO_TARGET_DIR ?? join(here, '..', '..', '..', 'target'), 'node-host');

/** The contract version this host implements. */
export const CONTRACT = '0.3.0';

/** The most linear memory one plugin instance may hold (H11), as host-sim's default. */
export const MEMORY_LIMIT_BYTES = 256 * 1024 * 1024;

// ---- a memory limit, written into the core module ---------------------------------
// V8 cannot cap a WebAssembly memory from outside, but it honours the maximum a module
// declares: `memory.grow` past it fails, Rust's allocator aborts, and the call traps
// (and is rolled back) instead of exhausting the host.

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** `bytes` with its one defined 32-bit memory capped at `maxPages` (64 KiB pages). */
export function withMemoryLimit(bytes, maxPages) {
  let at = 8; // magic and version
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readLeb(bytes, at + 1);
    const end = body + size;
    if (id === 5) {
      const [count, first] = readLeb(bytes, body);
      const flags = bytes[first];
      if (count !== 1 || flags > 1) return bytes; // shared or 64-bit memories: leave as built
      const [min, afterMin] = readLeb(bytes, first + 1);
      const declared = flags === 1 ? readLeb(bytes, afterMin)[0] : Infinity;
      const max = Math.max(min, Math.min(declared, maxPages));
      const content = [...leb(1), 1, ...leb(min), ...leb(max)];
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from([5, ...leb(content.length), ...content]),
        bytes.subarray(end),
      ]);
    }
    at = end;
  }
  return bytes;
}

/**
 * Transpile `wasmPath` into target/node-host/<its SHA-256> unless that directory holds it.
 * Returns the generated module's path and its directory.
 */
async function transpiled(wasmPath) {
  const bytes = readFileSync(wasmPath);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const genDir = join(genRoot, sha.slice(0, 16));
  const stamp = join(genDir, 'component.sha256');
  const entry = join(genDir, 'plugin.js');
  if (existsSync(stamp) && existsSync(entry) && readFileSync(stamp, 'utf8') === sha) {
    return { entry, sha, genDir };
  }
  const { files } = await transpile(bytes, {
    name: 'plugin',
    // We pass the imports ourselves, per call; and we want plain synchronous calls.
    instantiation: 'sync',
    validLiftingOptimization: true,
    noTypescript: true,
    quiet: true,
  });
  mkdirSync(genDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(genDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  writeFileSync(stamp, sha);
  return { entry, sha, genDir };
}

/**
 * Load the component: `instantiate(imports)` gives a fresh instance whose exports are
 * `approval` and `forms`, with WIT names in camelCase (`onTimer`, `prepareSeal`).
 */
export async function loadPlugin(wasmPath) {
  const { entry, sha, genDir } = await transpiled(wasmPath);
  const generated = await import(pathToFileURL(entry).href);
  const compiled = new Map();
  const getCoreModule = (name) => {
    if (!compiled.has(name)) {
      const bytes = withMemoryLimit(readFileSync(join(genDir, name)), MEMORY_LIMIT_BYTES / 65536);
      compiled.set(name, new WebAssembly.Module(bytes));
    }
    return compiled.get(name);
  };
  return {
    sha256: sha,
    size: statSync(wasmPath).size,
    instantiate: (imports) => generated.instantiate(getCoreModule, imports),
  };
}
