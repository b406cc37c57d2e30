/**
 * The command bundles of dist/ (check.cjs and the others), loaded through a V8 code cache kept in
 * `<commonDir>/migcheck/code-cache-v1/<bundle>.bin`. Compiling check.cjs costs a hook run more
 * than all of its own work on a commit that stages a migration (~20 ms of ~75 at 1,000
 * revisions); with the cache V8 takes the bytecode of every function an earlier run used
 * instead of compiling it again.
 *
 * The CLI turns the cache on once it knows the repository (`enableCodeCache`); the build routes
 * every load of one bundle by another through `requireBundle`, so a bundle is still loaded once
 * and shared (it is registered in Node's module cache). Without a folder, in a worker, on a
 * system without user ids, or whatever fails, a bundle is loaded by plain `require`.
 *
 * A code cache is code: it is used only from a folder and a file owned by the user running
 * migcheck (a repository of another user never hands its bytecode to this one), only for the
 * exact bundle file it was made from (its size, inode and change time, which any rewrite of the
 * file changes, and Node's version), only when its CRC-32 matches (V8 checks its own header but
 * not every byte), and V8 itself refuses one made by another V8 or other flags.
 * It is written at the exit of a run that loaded a bundle without a usable cache, and of the next
 * few runs (see GENERATIONS), so it holds what those runs compiled, not only the top level.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as NodeModule from 'node:module';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';
import { checksum } from './checksum.cjs';

/** The folder's format version is in its name, so an old migcheck never reads a new format. */
export const CODE_CACHE_DIR = 'code-cache-v1';

const MAGIC = 'migcheck-code-cache-1';

/**
 * The bundles a hook loads, the only ones worth a cache. A script compiled here has no loader for
 * `import()` (and a cached one could not keep it), so these bundles hold none: the code-cache test
 * reads them to keep it so.
 */
export const CACHED_BUNDLES: readonly string[] = ['check', 'toml'];

/** The folder kept caches are read from and written to; undefined: plain `require`. */
let folder: string | undefined;

/** Loaded scripts, whose cache is written at exit when theirs was missing or is still young. */
const unsaved: { script: import('node:vm').Script; file: string; identity: string; generation: number }[] = [];

/**
 * A cache holds what the run that made it compiled, and a first check compiles little of what a
 * warm check or `heads` runs. So the first few runs after it make it again, each holding what the
 * earlier ones compiled and what it compiled itself; after GENERATIONS it is only read.
 */
export const GENERATIONS = 4;

/** Loads bundles through the code cache kept under `commonDir` (undefined turns it off). */
export function enableCodeCache(commonDir: string | undefined): void {
  folder = commonDir === undefined || typeof process.getuid !== 'function' ? undefined : join(commonDir, 'migcheck', CODE_CACHE_DIR);
}

/** What ties a cache to one bundle file and one Node: any rewrite of the file changes its change time. */
function identityOf(info: Stats): string {
  return `${MAGIC} ${info.size} ${info.ino} ${info.ctimeMs} ${info.mtimeMs} ${process.version} ${process.arch}\n`;
}

/** The kept cache of `identity` in `file` and how many runs made it, when the user owns it and it was made for that identity. */
function keptCache(file: string, identity: string): { payload: Buffer; generation: number } | undefined {
  try {
    const uid = process.getuid!();
    if (statSync(dirname(file)).uid !== uid) return undefined;
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info?.isFile() || info.uid !== uid) return undefined;
    const data = readFileSync(file);
    const header = Buffer.from(identity, 'latin1');
    if (!data.subarray(0, header.length).equals(header)) return undefined;
    // Then `<crc-32 of the rest> <generation>`. V8 checks its own header, not every byte: a
    // damaged file must never reach it.
    const end = data.indexOf(10, header.length);
    const check = /^([0-9a-f]{8}) ([1-9])$/.exec(data.toString('latin1', header.length, end < 0 ? header.length : end));
    if (!check) return undefined;
    const payload = data.subarray(end + 1);
    return payload.length > 0 && checksum(payload) === check[1] ? { payload, generation: Number(check[2]) } : undefined;
  } catch {
    return undefined;
  }
}

function saveAtExit(): void {
  for (const { script, file, identity, generation } of unsaved.splice(0)) {
    try {
      const payload = script.createCachedData();
      writeFileAtomicSync(file, Buffer.concat([Buffer.from(`${identity}${checksum(payload)} ${generation}\n`, 'latin1'), payload]), 0o700);
    } catch {
      // A cache that cannot be made is only a slower next run.
    }
  }
}

/** The exports of dist/`name`.cjs, loaded once per process. */
export function requireBundle(name: string): unknown {
  // This module is bundled into dist/migcheck.cjs: its folder is the bundles' folder.
  const path = join(__dirname, `${name}.cjs`);
  const known = require.cache[path];
  if (known) return known.exports;
  if (folder === undefined || !CACHED_BUNDLES.includes(name)) return require(path);
  return loadCached(path, join(folder, `${name}.bin`));
}

function loadCached(path: string, cacheFile: string): unknown {
  const vm = require('node:vm') as typeof import('node:vm');
  // Node's Module class, as this module's constructor: loading the public node:module would bring
  // the ES module loader along (~1 ms), which nothing here uses.
  const Module = module.constructor as unknown as typeof NodeModule & (new (id: string, parent?: unknown) => NodeJS.Module & { paths: string[] });
  const { createRequire } = Module;
  let source: string;
  let identity: string;
  try {
    source = readFileSync(path, 'utf8');
    identity = identityOf(statSync(path));
  } catch {
    return require(path);
  }
  const kept = keptCache(cacheFile, identity);
  const cachedData = kept?.payload;
  // Node's own wrapper of a CommonJS file, on the first line so line numbers stay the file's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: path,
    cachedData,
  });
  const generation = cachedData !== undefined && script.cachedDataRejected !== true ? kept!.generation : 0;
  if (generation < GENERATIONS) {
    if (unsaved.length === 0) process.once('exit', saveAtExit);
    unsaved.push({ script, file: cacheFile, identity, generation: generation + 1 });
  }
  const loaded = new Module(path, module);
  loaded.filename = path;
  loaded.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(path));
  // Registered before it runs, as require does: a bundle that loads this one back gets the same exports.
  require.cache[path] = loaded;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(loaded.exports, loaded.exports, createRequire(path), loaded, path, dirname(path));
  } catch (error) {
    delete require.cache[path];
    throw error;
  }
  loaded.loaded = true;
  return loaded.exports;
}
