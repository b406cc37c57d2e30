/**
 * Summaries of committed trees (and of the index, under the tree id git will give it): one
 * environment's revision files in one git tree, kept in `<commonDir>/migcheck/trees-v2/<key>`.
 * The key hashes the reader version, the environment's selection rules and the git tree ids of
 * its version locations, so a summary can never describe other content: a tree id names its
 * bytes.
 *
 * A summary has three parts, so each reader reads only what it needs:
 *  - the header: what a commit needs to know of the tree without its files — its heads (with
 *    their paths and branch labels), every branch label, the revisions something depends on,
 *    and whether the tree alone gives any finding;
 *  - the revision ids, one per line, so "is this id in the tree" is one search of a string;
 *  - the records: every revision file's parse (the parse cache's compact form), for a full check.
 * A summary written at commit time is a delta: the files it adds on top of its parent's
 * summary (the tree of HEAD), so recording the index costs what the commit adds.
 *
 * Trees whose files depend on more than their locations (a symlink, a label written as a
 * constant) keep a header that says so and nothing else. Like the parse cache this is an
 * optimisation only: a missing, damaged or foreign file is a miss, writes are atomic, failures
 * are ignored, and only the newest files are kept.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Environment, RevisionFile, RevisionId } from '../core/types.js';
import { mergeInLoadOrder } from '../core/reader/merge-in-load-order.js';
import { normaliseDir } from '../core/reader/select-revision-files.js';
import { encodingOf, restoreParse } from './parse-cache-codec.js';
import { removeStaleTemporaries, temporaryName } from '../fs/write-file-atomic.js';
import { writeChunks } from '../fs/write-chunks.js';

/** The folder's format version (in its name, so an old migcheck never reads a new format). */
export const SUMMARY_DIR = 'trees-v2';

/** Files kept at most, and the bytes they may take together (a full summary at 50,000 revisions is ~16 MB). */
export const MAX_SUMMARIES = 32;
const MAX_BYTES = 256 * 1024 * 1024;

/** Deltas stacked on one full summary at most; beyond that a commit records nothing (a full check starts again). */
export const MAX_DEPTH = 32;

const MAGIC = 'migcheck-tree-summary-1';
// Records are separated by NUL and fields by SOH: neither occurs in a path or id that is kept
// (checked on write) nor in a stored parse (compact strings holding them are written as JSON).
const RECORD = '\0';
const FIELD = '\x01';

/** One head of a tree: what a commit on top of it must know. */
export interface SummaryHead {
  readonly id: RevisionId;
  readonly path: string;
  /** Its branch labels, own and propagated. */
  readonly labels: readonly string[];
}

/** What a summary says of its tree without its files. */
export interface SummaryHeader {
  /** Revision files. */
  readonly count: number;
  /** The tree alone gives no finding: no graph problem, no unreadable or doubtful file. */
  readonly healthy: boolean;
  /** False: the files depend on more than the version locations, and nothing else is kept. */
  readonly contained: boolean;
  /** The graph's heads in load order. */
  readonly heads: readonly SummaryHead[];
  /** Every branch label a file declares. */
  readonly labels: readonly string[];
  /** Revisions another one names in depends_on. */
  readonly dependedOn: readonly RevisionId[];
  /** For a delta: the key of the summary it adds to, and how many deltas deep it is. */
  readonly parent?: string;
  readonly depth?: number;
}

/** What a commit reads of a tree: the header and a membership test for revision ids. */
export interface TreeFacts {
  readonly key: string;
  readonly header: SummaryHeader;
  has(id: RevisionId): boolean;
}

/** The key of `env`'s files in the trees `locationTrees` (one git tree id per version location). */
export function summaryKey(readerVersion: string, env: Pick<Environment, 'versionLocations' | 'recursive' | 'sourceless'>, locationTrees: readonly string[]): string {
  const rules = JSON.stringify([env.versionLocations, env.recursive, env.sourceless]);
  return createHash('sha256').update([readerVersion, rules, ...locationTrees].join('\n')).digest('hex').slice(0, 40);
}

/** The summary key of `env` in a tree whose folders have the ids `treeOf` gives, when all are known. */
export function keyIn(readerVersion: string, env: Pick<Environment, 'versionLocations' | 'recursive' | 'sourceless'>, treeOf: (location: string) => string | undefined): string | undefined {
  const ids = env.versionLocations.map((location) => treeOf(normaliseDir(location)));
  return ids.every((id): id is string => id !== undefined) ? summaryKey(readerVersion, env, ids) : undefined;
}

/** The stored text of one parse: its compact string, or `{…}` JSON for anything else. */
function storedText(file: RevisionFile): string {
  const compact = encodingOf(file);
  if (compact !== undefined && !compact.includes(RECORD) && !compact.includes(FIELD)) return compact;
  const { path: _path, blob: _blob, ...parse } = file;
  return JSON.stringify(parse);
}

/** The files the records section holds, or undefined when any record is damaged. */
function restoreRecords(text: string): RevisionFile[] | undefined {
  if (text === '') return [];
  const files: RevisionFile[] = [];
  for (const record of text.split(RECORD)) {
    const a = record.indexOf(FIELD);
    const b = record.indexOf(FIELD, a + 1);
    if (a < 0 || b < 0) return undefined;
    let stored: unknown = record.slice(b + 1);
    if ((stored as string).startsWith('{')) {
      try {
        stored = JSON.parse(stored as string);
      } catch {
        return undefined;
      }
    }
    const file = restoreParse(stored, record.slice(0, a), record.slice(a + 1, b));
    if (!file) return undefined;
    files.push(file);
  }
  return files;
}

/** The records section in pieces: one file's record at a time, RECORD between them. */
function* recordPieces(files: readonly RevisionFile[]): Generator<string> {
  for (const [k, file] of files.entries()) yield `${k > 0 ? RECORD : ''}${file.path}${FIELD}${file.blob}${FIELD}${storedText(file)}`;
}

/** A summary file's text in pieces: the first line, header and ids, then the records. */
function* fileText(parts: readonly string[], records: Iterable<string>): Generator<string> {
  yield* parts;
  yield* records;
}

const keepable = (text: string) => !/[\0\x01\n]/.test(text);

/** The parts of one summary file. */
interface Parts {
  header: SummaryHeader;
  /** `\n` + ids joined by `\n` + `\n`. */
  ids: string;
  records?: string;
}

function looksLikeHeader(value: unknown): value is SummaryHeader {
  const h = value as SummaryHeader | null;
  return !!h && typeof h === 'object' && Number.isSafeInteger(h.count) && typeof h.healthy === 'boolean' && typeof h.contained === 'boolean'
    && Array.isArray(h.heads) && h.heads.every((x) => x && typeof x.id === 'string' && typeof x.path === 'string' && Array.isArray(x.labels))
    && Array.isArray(h.labels) && Array.isArray(h.dependedOn)
    && (h.parent === undefined || (typeof h.parent === 'string' && Number.isSafeInteger(h.depth)));
}

/** The store of one repository. */
export class TreeSummaries {
  private constructor(private readonly dir: string) {}

  /** The store under `<commonDir>/migcheck`; nothing is read or created until used. */
  static at(commonDir: string): TreeSummaries {
    return new TreeSummaries(join(commonDir, 'migcheck', SUMMARY_DIR));
  }

  /** Reads one file's parts (`records` only when asked). Never throws. */
  private async parts(key: string, withRecords: boolean): Promise<Parts | undefined> {
    const file = join(this.dir, key);
    try {
      let bytes: Buffer;
      if (withRecords) bytes = await readFile(file);
      else {
        // Only the header and the ids: a full summary's records are most of its bytes.
        const handle = await open(file, 'r');
        try {
          const first = Buffer.alloc(256);
          const { bytesRead } = await handle.read(first, 0, 256, 0);
          const line = first.subarray(0, bytesRead).toString('latin1');
          const end = line.indexOf('\n');
          const [, , headerBytes, idsBytes] = line.slice(0, end).split(FIELD);
          const length = end + 1 + Number(headerBytes) + Number(idsBytes);
          if (end < 0 || !Number.isSafeInteger(length)) return undefined;
          bytes = Buffer.alloc(length);
          await handle.read(bytes, 0, length, 0);
        } finally {
          await handle.close();
        }
      }
      const end = bytes.indexOf(0x0a);
      const [magic, stored, headerText, idsText] = bytes.subarray(0, end).toString('latin1').split(FIELD);
      const headerBytes = Number(headerText);
      const idsBytes = Number(idsText);
      if (magic !== MAGIC || stored !== key || !Number.isSafeInteger(headerBytes) || !Number.isSafeInteger(idsBytes)) return undefined;
      const header: unknown = JSON.parse(bytes.subarray(end + 1, end + 1 + headerBytes).toString('utf8'));
      if (!looksLikeHeader(header)) return undefined;
      const idsStart = end + 1 + headerBytes;
      const ids = bytes.subarray(idsStart, idsStart + idsBytes).toString('utf8');
      if (!ids.startsWith('\n') || !ids.endsWith('\n')) return undefined;
      return { header, ids, ...(withRecords ? { records: bytes.subarray(idsStart + idsBytes).toString('utf8') } : {}) };
    } catch {
      return undefined;
    }
  }

  /** True when a readable summary is kept under `key`. */
  async has(key: string): Promise<boolean> {
    return (await this.parts(key, false)) !== undefined;
  }

  /**
   * The header and id test of a tree, following a delta to its parents; undefined when there is
   * no usable summary. Never throws.
   */
  async facts(key: string): Promise<TreeFacts | undefined> {
    const chain: string[] = [];
    let header: SummaryHeader | undefined;
    for (let at: string | undefined = key; at !== undefined;) {
      // A chain longer than any written is damage (or a loop): a miss.
      if (chain.length > MAX_DEPTH) return undefined;
      const parts = await this.parts(at, false);
      if (!parts || !parts.header.contained) return undefined;
      header ??= parts.header;
      chain.push(parts.ids);
      at = parts.header.parent;
    }
    if (!header) return undefined;
    return { key, header, has: (id) => !/\n/.test(id) && chain.some((ids) => ids.includes(`\n${id}\n`)) };
  }

  /**
   * The files of a tree in load order, following deltas; `'uncontained'` when the tree depends
   * on files outside its locations; undefined when there is no usable summary. Never throws.
   */
  async files(key: string): Promise<RevisionFile[] | 'uncontained' | undefined> {
    const parts = await this.parts(key, true);
    if (!parts) return undefined;
    if (!parts.header.contained) return 'uncontained';
    const own = restoreRecords(parts.records ?? '');
    if (!own) return undefined;
    if (parts.header.parent === undefined) return own;
    const below = await this.files(parts.header.parent);
    if (!Array.isArray(below)) return undefined;
    return mergeInLoadOrder(below, own);
  }

  /** Keeps `files` (every one read from git: path and blob id known) with their graph's header. */
  async write(key: string, files: readonly RevisionFile[], header: SummaryHeader): Promise<void> {
    if (files.some((file) => file.blob === undefined || !keepable(file.path) || (file.revision !== undefined && !keepable(file.revision)))) return;
    const ids = `\n${files.flatMap((file) => (file.revision === undefined ? [] : [file.revision])).join('\n')}\n`;
    await this.save(key, header, ids.length === 2 ? '\n' : ids, recordPieces(files));
  }

  /** Remembers that the tree under `key` depends on files outside its version locations. */
  async writeUncontained(key: string): Promise<void> {
    await this.save(key, { count: 0, healthy: false, contained: false, heads: [], labels: [], dependedOn: [] }, '\n', []);
  }

  /**
   * Keeps the tree `key` as `parent`'s files plus `added` (new revision files of a single,
   * non-recursive version location, each with its path and blob), with its own header. Nothing
   * is written beyond MAX_DEPTH.
   */
  async writeDelta(key: string, parent: TreeFacts, added: readonly RevisionFile[], header: SummaryHeader): Promise<void> {
    const depth = (parent.header.depth ?? 0) + 1;
    if (depth > MAX_DEPTH || !parent.header.contained) return;
    if (added.some((file) => file.blob === undefined || file.revision === undefined || !keepable(file.path) || !keepable(file.revision))) return;
    await this.save(key, { ...header, parent: parent.key, depth }, `\n${added.map((file) => file.revision).join('\n')}\n`, recordPieces(added));
    // The full summary a chain stands on is what pruning must keep longest.
    for (let at: string | undefined = parent.key, n = 0; at !== undefined && n <= MAX_DEPTH; n++) {
      const parts = await this.parts(at, false);
      if (!parts) break;
      if (parts.header.parent === undefined) await utimes(join(this.dir, at), new Date(), new Date()).catch(() => undefined);
      at = parts.header.parent;
    }
  }

  private async save(key: string, header: SummaryHeader, ids: string, records: Iterable<string>): Promise<void> {
    const headerText = JSON.stringify(header);
    // The first line is ASCII (the key is hex), so its UTF-8 is the latin1 a reader decodes.
    const first = `${MAGIC}${FIELD}${key}${FIELD}${Buffer.byteLength(headerText, 'utf8')}${FIELD}${Buffer.byteLength(ids, 'utf8')}\n`;
    const target = join(this.dir, key);
    const temp = temporaryName(target, process.pid, randomBytes(4).toString('hex'));
    try {
      await mkdir(this.dir, { recursive: true });
      // The records are written as they are made: at 50,000 revisions they were ~17 MB as one
      // string and twice that again as bytes, for each summary a run writes.
      await writeChunks(temp, fileText([first, headerText, ids], records));
      await rename(temp, target);
      await this.prune();
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** Drops the oldest summaries beyond MAX_SUMMARIES or MAX_BYTES, and temporaries of killed runs. */
  private async prune(): Promise<void> {
    await removeStaleTemporaries(this.dir);
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{40}$/.test(name));
    const dated = await Promise.all(names.map(async (name) => {
      const info = await stat(join(this.dir, name)).catch(() => undefined);
      return { name, time: info?.mtimeMs ?? 0, size: info?.size ?? 0 };
    }));
    dated.sort((a, b) => b.time - a.time);
    let bytes = 0;
    const drop = dated.filter((entry, i) => {
      bytes += entry.size;
      return i >= MAX_SUMMARIES || (i > 0 && bytes > MAX_BYTES);
    });
    await Promise.all(drop.map(({ name }) => unlink(join(this.dir, name)).catch(() => undefined)));
  }
}
