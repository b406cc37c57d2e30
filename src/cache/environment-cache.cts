/**
 * The environments a check found for a tree, kept in `<commonDir>/migcheck/environments-v2.json`
 * under a key that names everything they were found from, so a hit is exact:
 *  - a tree key: a root tree id (git's content address for every config file and link in it);
 *  - an index key: the index's own discovery entries (every `*.ini`, `pyproject.toml` and
 *    `env.py`, with their blob ids) and links, read from the index file when no tree key is known;
 * each with the text of migcheck's settings files as they are on disk, and migcheck's version.
 * The commit-time fast lane keys HEAD's tree this way (its id read from the repository's files),
 * and keeps the index's environments under the index's own root tree id (git's cache-tree), which
 * is HEAD's tree once the commit is made: a commit that stages Python files outside every
 * environment is then answered after `git diff --cached` alone.
 *
 * Keys are kept as their full text (no hashing: the lane loads no crypto module). CommonJS, read
 * synchronously, because the lane runs before any ES module is loaded. An optimisation only: a
 * missing or damaged file is a miss, writes are atomic, failures are ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Environment } from '../core/types.js';
import type { IndexEntryFact } from '../git/read-index.cjs';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';

/** The file's format version is in its name, so an old migcheck never reads a new format. */
export const ENVIRONMENT_CACHE_FILE = 'environments-v2.json';

/** Keys kept at most (a few recent trees per branch being worked on). */
const MAX_ENTRIES = 32;

/** migcheck's settings files, read from the repository's top folder (see config/load-config). */
export const SETTINGS_FILES: readonly string[] = ['.migcheckrc.json', 'package.json', 'pyproject.toml'];

/** What is kept for a tree: its environments, and whether a version location lies behind a link. */
export interface KnownEnvironments {
  readonly environments: readonly Environment[];
  /** True when a link or submodule stands at or above a version location (a staged Python file anywhere may then be a revision). */
  readonly linked: boolean;
}

interface Stored {
  version: 1;
  entries: ({ key: string } & KnownEnvironments)[];
}

/** migcheck's version, salting every cache key that depends on more than a reader version. */
let salt: string | undefined;
export function cacheSalt(): string {
  if (salt === undefined) {
    salt = 'migcheck unknown';
    // The installation's manifest, looked for (src/cache/ in tests, dist/ when bundled) and read
    // at run time: a bundle that carried a copy would hold the whole manifest in the file every run reads.
    for (let dir = __dirname; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'bin', 'migcheck.js'))) {
        try {
          salt = `migcheck ${String((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version)}`;
        } catch {
          // No readable manifest: one salt for all.
        }
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return salt;
}

/** The text of migcheck's settings files under `root` (absent ones count as absent). */
export function settingsText(root: string): string {
  return SETTINGS_FILES.map((name) => {
    try {
      const text = readFileSync(join(root, name), 'utf8');
      return `${name} ${text.length}\n${text}`;
    } catch {
      return `${name} absent`;
    }
  }).join('\0');
}

/** The key of the environments of the tree `rootTree` under the settings `settings`. */
export function treeKey(rootTree: string, settings: string): string {
  return `tree ${rootTree}\0${cacheSalt()}\0${settings}`;
}

/** The key of the environments of an index with these discovery entries and links. */
export function indexKey(entries: readonly IndexEntryFact[], settings: string): string {
  return `index\0${cacheSalt()}\0${entries.map((e) => `${e.mode} ${e.oid} ${e.stage} ${e.path}`).join('\n')}\0${settings}`;
}

function read(commonDir: string): Stored | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(commonDir, 'migcheck', ENVIRONMENT_CACHE_FILE), 'utf8')) as Stored;
    return stored && stored.version === 1 && Array.isArray(stored.entries) ? stored : undefined;
  } catch {
    return undefined;
  }
}

const isEnvironment = (env: Environment) => !!env && Array.isArray(env.versionLocations) && env.versionLocations.every((l) => typeof l === 'string')
  && typeof env.recursive === 'boolean' && typeof env.sourceless === 'boolean' && typeof env.fileTemplate === 'string'
  && Number.isSafeInteger(env.truncateSlugLength);

/** The environments kept under `key`, or undefined. Never throws. */
export function cachedEnvironments(commonDir: string, key: string): KnownEnvironments | undefined {
  const entry = read(commonDir)?.entries.find((e) => e && e.key === key);
  if (!entry || typeof entry.linked !== 'boolean' || !Array.isArray(entry.environments) || entry.environments.length === 0 || !entry.environments.every(isEnvironment)) return undefined;
  return { environments: entry.environments, linked: entry.linked };
}

/** Keeps `known` under each of `keys` (the newest first). Never throws. */
export function rememberEnvironments(commonDir: string, keys: readonly string[], known: KnownEnvironments): void {
  if (known.environments.length === 0 || keys.length === 0) return;
  const dir = join(commonDir, 'migcheck');
  const file = join(dir, ENVIRONMENT_CACHE_FILE);
  const stored = read(commonDir) ?? { version: 1, entries: [] };
  const fresh = keys.map((key) => ({ key, environments: [...known.environments], linked: known.linked }));
  const entries = [...fresh, ...stored.entries.filter((e) => e && !keys.includes(e.key))].slice(0, MAX_ENTRIES);
  const text = JSON.stringify({ version: 1, entries });
  // Most commits keep what the file already says, in the same order: nothing to write then.
  if (text !== JSON.stringify(stored)) writeFileAtomicSync(file, text);
}
