/**
 * The environments a check found for an index, kept in `<commonDir>/migcheck/environments-v1.json`
 * under a fingerprint of everything they were found from: the index entries discovery reads
 * (every `*.ini`, `pyproject.toml` and `env.py`, with their blob ids), every symlink and submodule
 * entry, and migcheck's own settings files as they are on disk. Equal fingerprints mean equal
 * inputs, so the environments are exact; a commit that stages Python files outside every
 * environment is then answered after `git diff --cached` alone, without asking git which configs
 * exist and reading them again.
 *
 * CommonJS, read synchronously: the fast lane asks before any ES module is loaded. An
 * optimisation only: a missing or damaged file is a miss, writes are atomic, failures ignored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from '../core/types.js';
import type { IndexFacts } from '../git/read-index.cjs';

/** The file's format version is in its name, so an old migcheck never reads a new format. */
export const ENVIRONMENT_CACHE_FILE = 'environments-v1.json';

/** Fingerprints kept at most (a few branches with different configs). */
const MAX_ENTRIES = 8;

/** migcheck's settings files, read from the repository's top folder (see config/load-config). */
export const SETTINGS_FILES: readonly string[] = ['.migcheckrc.json', 'package.json', 'pyproject.toml'];

interface Stored {
  version: 1;
  entries: { fingerprint: string; environments: Environment[] }[];
}

/**
 * The fingerprint of an index's environment inputs: its discovery entries and links (from
 * readIndexFacts) and the settings files under `root` (absent ones count as absent), plus
 * `salt` (migcheck's version: another reader may find other environments).
 */
export function environmentFingerprint(facts: Pick<IndexFacts, 'configs' | 'links'>, root: string, salt: string): string {
  const hash = createHash('sha256').update(`${salt}\n`);
  for (const entry of [...facts.configs, ...facts.links]) hash.update(`${entry.mode} ${entry.oid} ${entry.stage} ${entry.path}\0`);
  for (const name of SETTINGS_FILES) {
    let text: string | undefined;
    try {
      text = readFileSync(join(root, name), 'utf8');
    } catch {
      text = undefined;
    }
    hash.update(text === undefined ? `\n${name} absent\0` : `\n${name} ${text.length}\n${text}\0`);
  }
  return hash.digest('hex');
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

/** The environments kept under `fingerprint`, or undefined. Never throws. */
export function cachedEnvironments(commonDir: string, fingerprint: string): Environment[] | undefined {
  const entry = read(commonDir)?.entries.find((e) => e && e.fingerprint === fingerprint);
  return entry && Array.isArray(entry.environments) && entry.environments.length > 0 && entry.environments.every(isEnvironment) ? entry.environments : undefined;
}

/** migcheck's version, salting every cache key that depends on more than a reader version. */
let salt: string | undefined;
export function cacheSalt(): string {
  if (salt === undefined) {
    try {
      // The package's own manifest (dist/cache/ and src/cache/ both sit two folders below it).
      salt = `migcheck ${String((require('../../package.json') as { version?: unknown }).version)}`;
    } catch {
      salt = 'migcheck unknown';
    }
  }
  return salt;
}

/** The fingerprint of an index's environment inputs (see environmentFingerprint), salted with migcheck's version. */
export function indexFingerprint(facts: Pick<IndexFacts, 'configs' | 'links'>, root: string): string {
  return environmentFingerprint(facts, root, cacheSalt());
}

/** Keeps `environments` under `fingerprint` (the newest first). Never throws. */
export function rememberEnvironments(commonDir: string, fingerprint: string, environments: readonly Environment[]): void {
  if (environments.length === 0) return;
  const dir = join(commonDir, 'migcheck');
  const file = join(dir, ENVIRONMENT_CACHE_FILE);
  const stored = read(commonDir) ?? { version: 1, entries: [] };
  if (cachedEnvironments(commonDir, fingerprint) !== undefined) return;
  const entries = [{ fingerprint, environments: [...environments] }, ...stored.entries.filter((e) => e && e.fingerprint !== fingerprint)].slice(0, MAX_ENTRIES);
  // write-file-atomic's naming, so a killed run's leftover is swept like the other caches'.
  const temp = join(dir, `.${ENVIRONMENT_CACHE_FILE}.migcheck-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, JSON.stringify({ version: 1, entries }));
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}
