/**
 * Summaries of committed trees (and of the index, under the tree id git will give it): one
 * environment's revision files in one git tree, kept in `<commonDir>/migcheck/trees-v3/<key>`.
 * The key hashes the reader version, the environment's selection rules and the git tree ids of
 * its version locations, so a summary can never describe other content: a tree id names its
 * bytes.
 *
 * A summary has four parts, so each reader reads only what it needs:
 *  - the header: what a commit needs to know of the tree without its files — its heads (with
 *    their paths and branch labels), every branch label, the revisions something depends on,
 *    and whether the tree alone gives any finding;
 *  - the revision ids, one per line in byte order, so "is this id in the tree" is found by
 *    halving, without decoding the section;
 *  - the paths: the names of every entry directly in the version location (revision files, other
 *    files, subfolders), when the tree was listed and has a single location, so "does the tree
 *    hold anything at this path" needs neither git nor the location's tree object (3 MB at
 *    50,000 revisions); empty when not known;
 *  - the records: every revision file's parse (the parse cache's compact form), for a full check.
 * A summary written at commit time is a delta: the files (and names) it adds on top of its
 * parent's summary (the tree of HEAD), so recording the index costs what the commit adds.
 *
 * Trees whose files depend on more than their locations (a symlink, a label written as a
 * constant) keep a header that says so and nothing else. Like the parse cache this is an
 * optimisation only: a missing, damaged or foreign file is a miss, writes are atomic, failures
 * are ignored, and only the newest files are kept.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment, RevisionFile, RevisionId } from '../core/types.js';
import { mergeInLoadOrder } from '../core/reader/merge-in-load-order.js';
import { normaliseDir } from '../core/reader/select-revision-files.js';
import { encodingOf, restoreParse } from './parse-cache-codec.js';
import { pruneOldest } from './prune-oldest.cjs';
import { removeRetiredCaches } from './retired-caches.cjs';
import { sha256Hex } from './sha256-hex.js';
import { replaceInPieces } from '../fs/write-chunks.js';
import { firstLine, holdsLine, sectionInMemory, sectionOnDisk, type LineSection } from './line-section.js';

/** The folder's format version (in its name, so an old migcheck never reads a new format). */
export const SUMMARY_DIR = 'trees-v3';

/** Files kept at most, and the bytes they may take together (a full summary at 50,000 revisions is ~16 MB). */
export const MAX_SUMMARIES = 32;
const MAX_BYTES = 256 * 1024 * 1024;

/** Deltas stacked on one full summary at most; beyond that a commit records nothing (a full check starts again). */
export const MAX_DEPTH = 32;

const MAGIC = 'migcheck-tree-summary-3';
// Records are separated by NUL and fields by SOH: neither occurs in a path or id that is kept
// (checked on write) nor in a stored parse (compact strings holding them are written as JSON).
const RECORD = '\0';
const FIELD = '\x01';
const keepable = (text: string) => !/[\0\x01\n]/.test(text);

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

/**
 * What a commit reads of a tree: the header and membership tests for revision ids and paths.
 * A large summary's sections stay in its open file, read a question at a time (line-section):
 * the tests may then throw on an I/O error, and close() lets go of the files.
 */
export interface TreeFacts {
  readonly key: string;
  readonly header: SummaryHeader;
  has(id: RevisionId): boolean;
  /**
   * Whether the tree holds an entry (a file of any kind or a folder) at the repository path
   * `path`, as `git cat-file -e <commit>:<path>` would say for a path in the version location;
   * undefined when the summary cannot tell for certain (paths not kept or not read, a path
   * outside the location, a path below a subfolder that exists).
   */
  hasPath(path: string): boolean | undefined;
  /** Closes the summary files the tests read from (nothing to close for small ones). */
  close(): void;
}

/**
 * The paths section of a summary: the location's repository path on the first line, then the
 * name of each entry directly in it (a file, or the first folder of a deeper path), one a line,
 * in byte order without repeats, so a name is found by halving. Made only by locationPaths, so
 * what is written is always this shape.
 */
export type LocationPaths = string & { readonly __locationPaths: true };

/**
 * The paths section for `env`'s files in a tree whose entries under its location are `entries`
 * (a full listing: `ls-tree -r` of a commit, `ls-files` of the index; every entry, not only
 * revision files), or undefined when it cannot be kept (more than one location, a name with a
 * newline). A folder appears through the files below it, as in the listing the full check reads.
 */
export function locationPaths(env: Pick<Environment, 'versionLocations'>, entries: Iterable<{ readonly path: string }>): LocationPaths | undefined {
  if (env.versionLocations.length !== 1) return undefined;
  const location = normaliseDir(env.versionLocations[0]!);
  if (!keepable(location)) return undefined;
  const prefix = location === '' ? '' : `${location}/`;
  const names: string[] = [];
  for (const { path } of entries) {
    if (!path.startsWith(prefix) || path.length === prefix.length) continue;
    const slash = path.indexOf('/', prefix.length);
    const name = path.slice(prefix.length, slash < 0 ? undefined : slash);
    // A listing is sorted by path, so a folder's files come together: its name once here.
    if (name === names[names.length - 1]) continue;
    if (!keepable(name)) return undefined;
    names.push(name);
  }
  return `${location}\n${sortedLines(names)}` as LocationPaths;
}

/** `texts` (none holding a newline; sorted in place) one a line, in UTF-8 byte order, each once: what holdsLine searches. */
function sortedLines(texts: string[]): string {
  // UTF-16 order is UTF-8 byte order unless a text holds a surrogate (characters above U+FFFF).
  texts.sort(texts.some((text) => /[\ud800-\udfff]/.test(text)) ? (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) : undefined);
  // Repeats dropped in place, and one join: a full tree's 50,000 names make no other copies.
  let kept = 0;
  for (const text of texts) if (kept === 0 || text !== texts[kept - 1]) texts[kept++] = text;
  texts.length = kept;
  return kept === 0 ? '' : `${texts.join('\n')}\n`;
}

/** The key of `env`'s files in the trees `locationTrees` (one git tree id per version location). */
export function summaryKey(readerVersion: string, env: Pick<Environment, 'versionLocations' | 'recursive' | 'sourceless'>, locationTrees: readonly string[]): string {
  const rules = JSON.stringify([env.versionLocations, env.recursive, env.sourceless]);
  return sha256Hex([readerVersion, rules, ...locationTrees].join('\n')).slice(0, 40);
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

/** The parts of one summary file. */
interface Parts {
  header: SummaryHeader;
  /** `\n` + the sorted lines of the ids (not for the header alone). */
  ids?: LineSection;
  /** The paths section (see LocationPaths) when asked for and kept. */
  paths?: LineSection;
  records?: string;
  /** Closes the file when the sections are read from it (a no-op otherwise). */
  close(): void;
}

/** How much of a file to read: the header, also the ids, also the paths, or everything. */
type Reach = 'header' | 'ids' | 'paths' | 'records';

/** The bytes of a file's first sections read at once (a delta's whole file, usually). */
const FIRST_READ = 4096;

/**
 * Sections up to this size are read whole; larger ones (a full summary from ~5,000 revisions)
 * stay in the file and are read a question at a time (line-section), which at 50,000 revisions
 * spared a commit behind its target ~5 ms of reading 5 MB.
 */
const READ_WHOLE = 256 * 1024;

function looksLikeHeader(value: unknown): value is SummaryHeader {
  const h = value as SummaryHeader | null;
  return !!h && typeof h === 'object' && Number.isSafeInteger(h.count) && typeof h.healthy === 'boolean' && typeof h.contained === 'boolean'
    && Array.isArray(h.heads) && h.heads.every((x) => x && typeof x.id === 'string' && typeof x.path === 'string' && Array.isArray(x.labels))
    && Array.isArray(h.labels) && Array.isArray(h.dependedOn)
    && (h.parent === undefined || (typeof h.parent === 'string' && Number.isSafeInteger(h.depth)));
}

/**
 * Whether the paths sections of a chain (see LocationPaths; a delta's hold what it added) show
 * an entry at `path`: the name it has in the location, or for a deeper path its first folder
 * (absent: certainly nothing there; present: not known). Undefined for a path outside the
 * location, or sections that disagree on it (damage).
 */
function pathIn(sections: readonly LineSection[], path: string): boolean | undefined {
  const firsts = sections.map(firstLine);
  const first = firsts[0];
  if (!first || !firsts.every((other) => other !== undefined && other.text.equals(first.text))) return undefined;
  const line = first.end;
  const location = first.text.toString('utf8');
  const prefix = location === '' ? '' : `${location}/`;
  if (!path.startsWith(prefix) || path.length === prefix.length) return undefined;
  const slash = path.indexOf('/', prefix.length);
  const name = path.slice(prefix.length, slash < 0 ? undefined : slash);
  if (name === '' || !keepable(name)) return undefined;
  const needle = Buffer.from(name, 'utf8');
  const found = sections.some((section) => holdsLine(section, line + 1, needle));
  return slash < 0 ? found : found ? undefined : false;
}

/** Whether `section` ends its last line, and with `opens` also begins with a newline (the ids). */
function endsLines(section: LineSection, opens: boolean): boolean {
  if (section.length === 0 || section.bytes(section.length - 1, section.length)[0] !== 0x0a) return false;
  return !opens || section.bytes(0, 1)[0] === 0x0a;
}

/** Marks a summary used now (pruning keeps the newest). A summary that cannot be marked is only pruned sooner. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // See above.
  }
}

/** The store of one repository. */
export class TreeSummaries {
  private constructor(private readonly dir: string) {}

  /** The store under `<commonDir>/migcheck`; nothing is read or created until used. */
  static at(commonDir: string): TreeSummaries {
    return new TreeSummaries(join(commonDir, 'migcheck', SUMMARY_DIR));
  }

  /**
   * Reads one file's parts, as far as `reach`. Sections the first read did not hold stay in the
   * file, kept open until the parts are closed (line-section). Never throws.
   */
  private async parts(key: string, reach: Reach): Promise<Parts | undefined> {
    const file = join(this.dir, key);
    let fd: number | undefined;
    let kept = false;
    try {
      let bytes: Buffer;
      /** Where the sections lie in the file, when they were not read. */
      let unread: number | undefined;
      if (reach === 'records') bytes = readFileSync(file);
      else {
        // Only the first sections: a full summary's records are most of its bytes. Read without
        // the thread pool: a commit's check reads a chain of small files, one after the other.
        fd = openSync(file, 'r');
        const first = Buffer.allocUnsafe(FIRST_READ);
        const bytesRead = readSync(fd, first, 0, FIRST_READ, 0);
        const line = first.subarray(0, bytesRead).toString('latin1');
        const end = line.indexOf('\n');
        const [, , headerBytes, idsBytes, pathsBytes] = line.slice(0, end).split(FIELD);
        const headerEnd = end + 1 + Number(headerBytes);
        const length = headerEnd + (reach === 'header' ? 0 : Number(idsBytes)) + (reach === 'paths' ? Number(pathsBytes) : 0);
        if (end < 0 || !Number.isSafeInteger(length)) return undefined;
        if (length <= bytesRead) bytes = first.subarray(0, length);
        else if (length <= READ_WHOLE) {
          // Every byte is read over (or the file is too short, and not used).
          bytes = Buffer.allocUnsafe(length);
          if (readSync(fd, bytes, 0, length, 0) !== length) return undefined;
        } else {
          // The header whole; sections beyond the first read are read where a question needs them.
          if (length > headerEnd) unread = headerEnd;
          if (headerEnd <= bytesRead) bytes = first.subarray(0, headerEnd);
          else {
            bytes = Buffer.allocUnsafe(headerEnd);
            if (readSync(fd, bytes, 0, headerEnd, 0) !== headerEnd) return undefined;
          }
        }
      }
      const end = bytes.indexOf(0x0a);
      const [magic, stored, headerText, idsText, pathsText] = bytes.subarray(0, end).toString('latin1').split(FIELD);
      const [headerBytes, idsBytes, pathsBytes] = [headerText, idsText, pathsText].map(Number) as [number, number, number];
      if (magic !== MAGIC || stored !== key || ![headerBytes, idsBytes, pathsBytes].every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
      const header: unknown = JSON.parse(bytes.subarray(end + 1, end + 1 + headerBytes).toString('utf8'));
      if (!looksLikeHeader(header)) return undefined;
      const open = fd;
      const parts: Parts = { header, close: () => (unread !== undefined && open !== undefined ? closeSync(open) : undefined) };
      if (reach === 'header') return parts;
      const idsStart = end + 1 + headerBytes;
      const pathsStart = idsStart + idsBytes;
      const wanted = reach !== 'ids' && pathsBytes > 0;
      if (unread !== undefined && open !== undefined) {
        // The file must hold every byte the header line promised: a shorter one is damage.
        if (fstatSync(open).size < (wanted ? pathsStart + pathsBytes : pathsStart)) return undefined;
        parts.ids = sectionOnDisk(open, idsStart, idsBytes);
        if (wanted) parts.paths = sectionOnDisk(open, pathsStart, pathsBytes);
      } else {
        const ids = bytes.subarray(idsStart, pathsStart);
        if (ids.length !== idsBytes) return undefined;
        parts.ids = sectionInMemory(ids);
        if (wanted) {
          const paths = bytes.subarray(pathsStart, pathsStart + pathsBytes);
          if (paths.length !== pathsBytes) return undefined;
          parts.paths = sectionInMemory(paths);
        }
      }
      // The ids start and end a line, and the paths end theirs; anything else is damage.
      if (idsBytes === 0 || !endsLines(parts.ids, true) || (parts.paths && !endsLines(parts.paths, false))) return undefined;
      if (reach === 'records') parts.records = bytes.subarray(pathsStart + pathsBytes).toString('utf8');
      kept = unread !== undefined;
      return parts;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined && !kept) closeSync(fd);
    }
  }

  /** True when a readable summary is kept under `key`. */
  async has(key: string): Promise<boolean> {
    // Every section but the records checked: a damaged file is written again.
    const parts = await this.parts(key, 'paths');
    parts?.close();
    return parts !== undefined;
  }

  /**
   * The header and id test of a tree, following a delta to its parents; with `paths`, the path
   * test too (else it answers undefined). Undefined when there is no usable summary. Never
   * throws; the tests may (see TreeFacts), and close() ends them.
   */
  async facts(key: string, options: { paths?: boolean } = {}): Promise<TreeFacts | undefined> {
    const chain: Parts[] = [];
    const close = () => chain.forEach((parts) => parts.close());
    for (let at: string | undefined = key; at !== undefined;) {
      const parts: Parts | undefined = chain.length > MAX_DEPTH ? undefined : await this.parts(at, options.paths ? 'paths' : 'ids');
      // A chain longer than any written is damage (or a loop): a miss.
      if (!parts || !parts.header.contained) {
        parts?.close();
        close();
        return undefined;
      }
      chain.push(parts);
      at = parts.header.parent;
    }
    const ids = chain.map((parts) => parts.ids!);
    const paths = chain.map((parts) => parts.paths);
    return {
      key,
      header: chain[0]!.header,
      has: (id) => {
        if (!keepable(id)) return false; // Never kept: such an id is in no tree that has a summary.
        const needle = Buffer.from(id, 'utf8');
        return ids.some((section) => holdsLine(section, 1, needle));
      },
      hasPath: (path) => (paths.every((section): section is LineSection => section !== undefined) ? pathIn(paths, path) : undefined),
      close,
    };
  }

  /**
   * The files of a tree in load order, following deltas; `'uncontained'` when the tree depends
   * on files outside its locations; undefined when there is no usable summary. Never throws.
   */
  async files(key: string): Promise<RevisionFile[] | 'uncontained' | undefined> {
    const parts = await this.parts(key, 'records');
    if (!parts) return undefined;
    if (!parts.header.contained) return 'uncontained';
    const own = restoreRecords(parts.records ?? '');
    if (!own) return undefined;
    if (parts.header.parent === undefined) return own;
    const below = await this.files(parts.header.parent);
    if (!Array.isArray(below)) return undefined;
    return mergeInLoadOrder(below, own);
  }

  /**
   * Keeps `files` (every one read from git: path and blob id known) with their graph's header,
   * and the names in their location when the listing gave them (locationPaths).
   */
  async write(key: string, files: readonly RevisionFile[], header: SummaryHeader, paths?: LocationPaths): Promise<void> {
    if (files.some((file) => file.blob === undefined || !keepable(file.path) || (file.revision !== undefined && !keepable(file.revision)))) return;
    const ids = `\n${sortedLines(files.flatMap((file) => (file.revision === undefined ? [] : [file.revision])))}`;
    await this.save(key, header, ids, paths ?? '', recordPieces(files));
  }

  /** Remembers that the tree under `key` depends on files outside its version locations. */
  async writeUncontained(key: string): Promise<void> {
    await this.save(key, { count: 0, healthy: false, contained: false, heads: [], labels: [], dependedOn: [] }, '\n', '', []);
  }

  /**
   * Keeps the tree `key` as `parent`'s files plus `added` (new revision files of a single,
   * non-recursive version location, each with its path and blob), with its own header, and
   * `paths`: the entries the tree has beyond its parent's (locationPaths of what was added to
   * the location), or undefined when entries may also have gone (then the chain from here on
   * answers no path question). Nothing is written beyond MAX_DEPTH.
   */
  async writeDelta(key: string, parent: TreeFacts, added: readonly RevisionFile[], header: SummaryHeader, paths?: LocationPaths): Promise<void> {
    const depth = (parent.header.depth ?? 0) + 1;
    if (depth > MAX_DEPTH || !parent.header.contained) return;
    if (added.some((file) => file.blob === undefined || file.revision === undefined || !keepable(file.path) || !keepable(file.revision))) return;
    await this.save(key, { ...header, parent: parent.key, depth }, `\n${sortedLines(added.map((file) => file.revision!))}`, paths ?? '', recordPieces(added));
    // The full summary a chain stands on is what pruning must keep longest.
    for (let at: string | undefined = parent.key, n = 0; at !== undefined && n <= MAX_DEPTH; n++) {
      const parts = await this.parts(at, 'header');
      if (!parts) break;
      if (parts.header.parent === undefined) touch(join(this.dir, at));
      at = parts.header.parent;
    }
  }

  private async save(key: string, header: SummaryHeader, ids: string, paths: string, records: Iterable<string>): Promise<void> {
    const headerText = JSON.stringify(header);
    // The first line is ASCII (the key is hex), so its UTF-8 is the latin1 a reader decodes.
    const first = `${MAGIC}${FIELD}${key}${FIELD}${Buffer.byteLength(headerText, 'utf8')}${FIELD}${Buffer.byteLength(ids, 'utf8')}${FIELD}${Buffer.byteLength(paths, 'utf8')}\n`;
    // The records are written as they are made: at 50,000 revisions they were ~17 MB as one
    // string and twice that again as bytes, for each summary a run writes.
    const file = join(this.dir, key);
    if (replaceInPieces(file, fileText([first, headerText, ids, paths], records))) this.prune(statSync(file, { throwIfNoEntry: false })?.size);
  }

  /**
   * Drops the oldest summaries beyond MAX_SUMMARIES or MAX_BYTES, temporaries of killed runs, and
   * the caches of earlier formats (up to 256 MB that nothing reads any more). Never throws.
   */
  private prune(written: number | undefined): void {
    removeRetiredCaches(join(this.dir, '..'));
    // A commit's delta (under a KB) leaves a folder within its count unmeasured; a full summary does not.
    pruneOldest(this.dir, { files: MAX_SUMMARIES, bytes: MAX_BYTES, written });
  }
}
