// The plugin component, made callable from JavaScript with jco (1.35, pinned in
// package-lock.json): the .wasm is transpiled once into ./gen (ES module + core
// modules), the core modules are compiled once, and every plugin call instantiates a
// fresh instance with the imports of that call (obligation H11: a trapped instance is
// never reused, and nothing of one call leaks into the next).

import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transpile } from '@bytecodealliance/jco';

const here = dirname(fileURLToPath(import.meta.url));
const genDir = join(here, '..', 'gen');

/** The contract version this host implements. */
export const CONTRACT = '0.2.0';

/**
 * Transpile `wasmPath` into ./gen unless ./gen already holds this very component
 * (compared by SHA-256). Returns the generated module's path.
 */
async function transpiled(wasmPath) {
  const bytes = readFileSync(wasmPath);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const stamp = join(genDir, 'component.sha256');
  const entry = join(genDir, 'plugin.js');
  if (existsSync(stamp) && existsSync(entry) && readFileSync(stamp, 'utf8') === sha) {
    return { entry, sha };
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
  return { entry, sha };
}

/**
 * Load the component: `instantiate(imports)` gives a fresh instance whose exports are
 * `approval` and `forms`, with WIT names in camelCase (`onTimer`, `prepareSeal`).
 */
export async function loadPlugin(wasmPath) {
  const { entry, sha } = await transpiled(wasmPath);
  const generated = await import(pathToFileURL(entry).href + `?sha=${sha}`);
  const compiled = new Map();
  const getCoreModule = (name) => {
    if (!compiled.has(name)) {
      compiled.set(name, new WebAssembly.Module(readFileSync(join(genDir, name))));
    }
    return compiled.get(name);
  };
  return {
    sha256: sha,
    size: statSync(wasmPath).size,
    instantiate: (imports) => generated.instantiate(getCoreModule, imports),
  };
}
