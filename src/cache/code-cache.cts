/**
 * The bundles of dist/ loaded through a V8 code cache kept in the user's cache folder,
 * `$XDG_CACHE_HOME/migcheck/code-cache-v2/` (`~/.cache/migcheck/…` when XDG_CACHE_HOME is not
 * set; the pre-commit framework keeps its environments beside it). A hook pays for compiling what
 * it runs on every commit: dist/migcheck.cjs alone, compiled lazily, cost ~3 ms of a commit that
 * stages nothing migcheck reads, and check.cjs ~20 ms of one that stages a migration. With the
 * cache V8 takes the bytecode of every function an earlier run used.
 *
 * This module is dist/boot.cjs, the one bundle bin/migcheck.js loads by plain `require`: it turns
 * the cache on (`enableCodeCache`) and loads the entry bundle through it, before anything knows
 * which repository it is in (so the cache is the user's, not a repository's: one made in one
 * repository serves them all). The build routes every load of one bundle by another through
 * `requireBundle`, so a bundle is still loaded once and shared (it is registered in Node's module
 * cache). Not turned on (a worker, the library, a test importing the sources), without a cache
 * folder, on a system without user ids, or whatever fails: a bundle is loaded by plain `require`.
 *
 * A code cache is code: it is used only from a folder the user owns that no one else may write
 * to, and a file the user owns; only for the exact bundle file it was made from (its size, inode
 * and change time, which any rewrite of the file changes, and Node's version); and only when its
 * two copies of the bytecode agree byte for byte. V8 checks its own header (its version, its
 * flags, the source's length) but not every byte, and a damaged file must never reach it: a
 * flipped bit or a block lost in a crash (the file is synced before it is renamed into place)
 * changes one copy, not both alike. Two copies compared by one native `equals` cost a read of a
 * few hundred KB, where a CRC would load node:zlib (~1.5 ms) on a commit that otherwise never
 * needs it. A file forged by hand is not guarded against: the folder is the user's own, and
 * whoever can write there can edit the bundles as well. A file is written by the run that
 * found no usable cache, and by the next few (see GENERATIONS), so it holds what those runs
 * compiled, not only the top level.
 */
import { closeSync, fsyncSync, openSync, readFileSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type * as NodeModule from 'node:module';
import { replaceFileSync } from '../fs/write-file-atomic-sync.cjs';
import { pruneOldest } from './prune-oldest.cjs';

/** The folder's format version is in its name, so an old migcheck never reads a new format. */
export const CODE_CACHE_DIR = 'code-cache-v2';

const MAGIC = 'migcheck-code-cache-2';

/**
 * The bundles a run reads on a commit, the only ones worth a cache. A script compiled here has no
 * loader for `import()` (and a cached one could not keep it), so these bundles hold none: the
 * code-cache test reads them to keep it so.
 */
export const CACHED_BUNDLES: readonly string[] = ['migcheck', 'warm', 'heads-answer', 'check', 'toml'];

/**
 * Files kept: one per bundle of each installed copy of migcheck (files are named by the bundle
 * file's device and inode, so two installs never take turns overwriting one file), the newest.
 */
const MAX_FILES = 24;
const CACHE_FILE = /^[a-z-]+-\d+-\d+\.bin$/;

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

/**
 * The code cache folder for `env`: under XDG_CACHE_HOME when that is an absolute path (the XDG
 * rule), else under HOME's `.cache`; undefined without either, or without user ids (Windows).
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (typeof process.getuid !== 'function') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  const root = xdg && isAbsolute(xdg) ? xdg : env.HOME && isAbsolute(env.HOME) ? join(env.HOME, '.cache') : undefined;
  return root === undefined ? undefined : join(root, 'migcheck', CODE_CACHE_DIR);
}

/** Loads the bundles after this call through the code cache of `env`'s cache folder (bin/migcheck.js calls it). */
export function enableCodeCache(env: NodeJS.ProcessEnv): void {
  folder = codeCacheFolder(env);
}

/** What ties a cache to one bundle file and one Node: any rewrite of the file changes its change time. */
function identityOf(info: Stats): string {
  return `${MAGIC} ${info.size} ${info.ino} ${info.ctimeMs} ${info.mtimeMs} ${process.version} ${process.arch}\n`;
}

/**
 * True when `dir` is a folder of this user that no one else may write to, or does not exist yet
 * (it is made so). A cache in any other folder is neither read nor written.
 */
function ownFolder(dir: string): boolean {
  const info = statSync(dir, { throwIfNoEntry: false });
  return info === undefined || (info.isDirectory() && info.uid === process.getuid!() && (info.mode & 0o022) === 0);
}

/**
 * The bytecode kept in `file` for `identity` and how many runs made it: when the folder is the
 * user's and closed to others, the file is the user's, it was made for that identity, and its two
 * copies agree. The format: the identity line, `<length> <generation>`, then the bytecode twice.
 */
function keptCache(file: string, identity: string): { payload: Buffer; generation: number } | undefined {
  try {
    const uid = process.getuid!();
    if (!ownFolder(dirname(file))) return undefined;
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info?.isFile() || info.uid !== uid) return undefined;
    const data = readFileSync(file);
    const header = Buffer.from(identity, 'latin1');
    if (!data.subarray(0, header.length).equals(header)) return undefined;
    const end = data.indexOf(10, header.length);
    const line = /^([1-9][0-9]{0,9}) ([1-9])$/.exec(data.toString('latin1', header.length, end < 0 ? header.length : end));
    if (!line) return undefined;
    const length = Number(line[1]);
    const first = end + 1;
    if (data.length !== first + 2 * length) return undefined;
    const payload = data.subarray(first, first + length);
    return payload.equals(data.subarray(first + length)) ? { payload, generation: Number(line[2]) } : undefined;
  } catch {
    return undefined;
  }
}

function saveAtExit(): void {
  let wrote = false;
  for (const { script, file, identity, generation } of unsaved.splice(0)) {
    try {
      if (!ownFolder(dirname(file))) continue;
      const payload = script.createCachedData();
      const head = Buffer.from(`${identity}${payload.length} ${generation}\n`, 'latin1');
      // The folder is made closed to others, the file the user's alone.
      wrote = replaceFileSync(file, (temp) => {
        const fd = openSync(temp, 'wx', 0o600);
        try {
          for (const part of [head, payload, payload]) writeSync(fd, part);
          // On disk before the rename: a crash must not leave the name on blocks never written.
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      }, 0o700) || wrote;
    } catch {
      // A cache that cannot be made is only a slower next run.
    }
  }
  if (wrote && folder !== undefined) pruneOldest(folder, { files: MAX_FILES, names: CACHE_FILE });
}

/** The exports of dist/`name`.cjs, loaded once per process. */
export function requireBundle(name: string): unknown {
  // This module is bundled into dist/boot.cjs: its folder is the bundles' folder.
  const path = join(__dirname, `${name}.cjs`);
  const known = require.cache[path];
  if (known) return known.exports;
  if (folder === undefined || !CACHED_BUNDLES.includes(name)) return require(path);
  return loadCached(path, folder, name);
}

function loadCached(path: string, dir: string, name: string): unknown {
  const vm = require('node:vm') as typeof import('node:vm');
  // Node's Module class, as this module's constructor: loading the public node:module would bring
  // the ES module loader along (~1 ms), which nothing here uses.
  const Module = module.constructor as unknown as typeof NodeModule & (new (id: string, parent?: unknown) => NodeJS.Module & { paths: string[] });
  const { createRequire } = Module;
  let source: string;
  let info: Stats;
  try {
    source = readFileSync(path, 'utf8');
    info = statSync(path);
  } catch {
    return require(path);
  }
  const identity = identityOf(info);
  // Named by the bundle file's device and inode: each installed copy has its own file.
  const cacheFile = join(dir, `${name}-${info.dev}-${info.ino}.bin`);
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
