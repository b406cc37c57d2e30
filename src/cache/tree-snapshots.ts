/**
 * Snapshots of committed trees: the revision files of one environment in one git tree, parsed,
 * in Alembic's load order, kept in `<commonDir>/migcheck/trees-v1/<key>`. The key is the hash of
 * the reader version, the environment's selection rules and the git tree ids of its version
 * locations, so a snapshot can never describe other content: a tree id names its bytes. A hook
 * checks the same merge-base and target tip on every commit, so a warm check reads one file per
 * distinct tree instead of listing it, looking up every file in the parse cache and selecting.
 *
 * Only trees that are self-contained are kept: no symlink in the locations, no label written as
 * a constant (both depend on files outside the locations). Like the parse cache this is an
 * optimisation only: a missing, damaged or foreign file is a miss, writes are atomic (temporary
 * file + rename, so concurrent runs never see half a file), failures are ignored, and only the
 * newest MAX_SNAPSHOTS files are kept.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Environment, RevisionFile } from '../core/types.js';
import { encodingOf, restoreParse } from './parse-cache-codec.js';
import { removeStaleTemporaries, temporaryName } from '../fs/write-file-atomic.js';

/** The folder's format version (in its name, so an old migcheck never reads a new format). */
export const SNAPSHOT_DIR = 'trees-v1';

/** Snapshot files kept at most (a few trees per branch being worked on; ~3 MB each at 10,000 revisions). */
export const MAX_SNAPSHOTS = 12;

// Records are separated by NUL and fields by SOH: neither occurs in a git path that migcheck
// keeps (checked on write) nor in a stored parse (compact strings with them are written as
// JSON, which escapes every control character). Text, not JSON, because JSON escapes the
// compact form's separators to six bytes each and parsing the larger text cost twice as long.
const RECORD = '\0';
const FIELD = '\x01';
const HEADER = 'migcheck-tree-snapshot-1';

/** What read gives for a tree marked as depending on files outside its version locations. */
export const UNCONTAINED = 'uncontained';

/** The key of `env`'s files in the trees `locationTrees` (one git tree id per version location). */
export function snapshotKey(readerVersion: string, env: Environment, locationTrees: readonly string[]): string {
  const rules = JSON.stringify([env.versionLocations, env.recursive, env.sourceless]);
  return createHash('sha256').update([readerVersion, rules, ...locationTrees].join('\n')).digest('hex').slice(0, 40);
}

/** The stored text of one parse: its compact string, or `{…}` JSON for anything else. */
function storedText(file: RevisionFile): string {
  const compact = encodingOf(file);
  if (compact !== undefined && !compact.includes(RECORD) && !compact.includes(FIELD)) return compact;
  const { path: _path, blob: _blob, ...parse } = file;
  return JSON.stringify(parse);
}

/** The files a stored text holds, or undefined when any record is damaged. */
function restore(text: string, key: string): RevisionFile[] | undefined {
  const records = text.split(RECORD);
  if (records[0] !== `${HEADER}${FIELD}${key}`) return undefined;
  const files: RevisionFile[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    const a = record.indexOf(FIELD);
    const b = record.indexOf(FIELD, a + 1);
    if (a < 0 || b < 0) return undefined;
    const path = record.slice(0, a);
    const blob = record.slice(a + 1, b);
    let stored: unknown = record.slice(b + 1);
    if ((stored as string).startsWith('{')) {
      try {
        stored = JSON.parse(stored as string);
      } catch {
        return undefined;
      }
    }
    const file = restoreParse(stored, path, blob);
    if (!file) return undefined;
    files.push(file);
  }
  return files;
}

/** The snapshot store of one repository. */
export class TreeSnapshots {
  private constructor(private readonly dir: string) {}

  /** The store under `<commonDir>/migcheck`; nothing is read or created until used. */
  static at(commonDir: string): TreeSnapshots {
    return new TreeSnapshots(join(commonDir, 'migcheck', SNAPSHOT_DIR));
  }

  /**
   * The files of a snapshot; `UNCONTAINED` when the tree was found to depend on files outside
   * its version locations (see markUncontained); undefined when there is none (or a damaged one).
   * Never throws.
   */
  async read(key: string): Promise<RevisionFile[] | typeof UNCONTAINED | undefined> {
    const text = await readFile(join(this.dir, key), 'utf8').catch(() => undefined);
    if (text === `${HEADER}${FIELD}${key}${RECORD}${UNCONTAINED}`) return UNCONTAINED;
    return text === undefined ? undefined : restore(text, key);
  }

  /**
   * Remembers that the tree under `key` cannot be kept (a symlink, a label constant): a later
   * run then reads it in full straight away instead of trying to derive from it. Never throws.
   */
  async markUncontained(key: string): Promise<void> {
    await this.save(key, `${HEADER}${FIELD}${key}${RECORD}${UNCONTAINED}`);
  }

  /**
   * Keeps `files` (every one read from git: path and blob id known) under `key`. Files whose
   * path holds a separator are not kept. Never throws (a read-only .git just means no snapshot).
   */
  async write(key: string, files: readonly RevisionFile[]): Promise<void> {
    const records = [`${HEADER}${FIELD}${key}`];
    for (const file of files) {
      if (file.blob === undefined || /[\0\x01]/.test(file.path)) return;
      records.push(`${file.path}${FIELD}${file.blob}${FIELD}${storedText(file)}`);
    }
    await this.save(key, records.join(RECORD));
  }

  private async save(key: string, text: string): Promise<void> {
    const target = join(this.dir, key);
    const temp = temporaryName(target, process.pid, randomBytes(4).toString('hex'));
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, text);
      await rename(temp, target);
      await this.prune();
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** Drops all but the newest MAX_SNAPSHOTS snapshots, and temporaries of killed runs. */
  private async prune(): Promise<void> {
    await removeStaleTemporaries(this.dir);
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{40}$/.test(name));
    if (names.length <= MAX_SNAPSHOTS) return;
    const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(this.dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.time - a.time);
    await Promise.all(dated.slice(MAX_SNAPSHOTS).map(({ name }) => unlink(join(this.dir, name)).catch(() => undefined)));
  }
}
