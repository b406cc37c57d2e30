/**
 * A cache of parsed revision files by blob id, kept in `<commonDir>/migcheck/parse-cache-v1.json`
 * (shared by all worktrees). A warm cache means a check reads no blobs at all. It is an
 * optimisation only: an unreadable or malformed file is ignored and rebuilt, writes go to a
 * temporary file renamed into place (concurrent runs never see half a file; the last writer
 * wins), write failures are ignored, and the entry count is bounded by the history a run reads (least recently used go).
 * The temporary file carries the writer's pid (write-file-atomic's naming), so the temporaries
 * of runs killed while saving are removed by the next run that opens the cache.
 */
import { readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RevisionFile } from '../core/types.js';
import { decodeParse, encodeParse, looksLikeRevisionFile, rememberEncoding, restoreParse, type StoredParse } from './parse-cache-codec.js';
import { removeStaleTemporaries } from '../fs/write-file-atomic.js';
import { replaceInPieces } from '../fs/write-chunks.js';
import { jsonPieces } from './json-pieces.js';
import { readTextInPieces } from '../fs/read-text-in-pieces.js';

/** The cache file's format version (in its name, so an old migcheck never reads a new format). */
export const PARSE_CACHE_FILE = 'parse-cache-v1.json';

/**
 * Entries kept at least; a run that used more keeps every entry it used and a quarter more
 * (sizedBound), so a history of 50,000 revisions never evicts its own files.
 */
export const PARSE_CACHE_MAX_ENTRIES = 20_000;

/** A file bigger than this is not even parsed (a damaged or foreign file). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The entries a save keeps: the floor, or what the run used and room for a quarter more. */
export function sizedBound(floor: number, usedThisRun: number): number {
  return Math.max(floor, usedThisRun + Math.ceil(usedThisRun / 4));
}

interface StoredEntry {
  /** Generation of the last save that used this entry (LRU without clocks). */
  u: number;
  /** The path it was parsed at: texts of problems may name it. */
  p: string;
  /** The parse result without `path` and `blob`: the object, or its compact string (parse-cache-codec). */
  f: StoredParse | string;
}

interface StoredCache {
  version: 1;
  reader: string;
  generation: number;
  entries: Record<string, StoredEntry>;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

// Earlier versions named the temporary `parse-cache-v1.json.<pid>.<base36>.tmp`.
const OLD_TEMPORARY = /^parse-cache-v1\.json\.(\d+)\.[0-9a-z]+\.tmp$/;

const isGone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
};

/**
 * Removes the cache's temporaries left by runs killed between writing and renaming them (each
 * such kill left a whole copy of the cache): those whose writer process is gone. Never throws.
 */
export async function removeStaleCacheTemporaries(dir: string): Promise<void> {
  await removeStaleTemporaries(dir);
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.map((name) => {
    const pid = OLD_TEMPORARY.exec(name)?.[1];
    return pid !== undefined && isGone(Number(pid)) ? unlink(join(dir, name)).catch(() => undefined) : undefined;
  }));
}

/**
 * The key of a parse: the blob id plus the file's basename (the reader's legacy hex-filename rule
 * and its `.pyc` check look at the name, nothing else of the path).
 */
export function parseCacheKey(oid: string, path: string): string {
  return `${oid}:${basename(path)}`;
}

/** The parse cache of one repository for one reader version. */
export class ParseCache {
  private changed = false;
  private hits = 0;
  /**
   * Entries made this run, by blob id alone (the id string every file and listing already holds):
   * keyed like the file's entries, each would hold a key of its own, and as properties of one
   * object those keys were ~8 MB of a first run's peak at 50,000 files. A blob parsed at a second
   * basename (rare) is keyed in `data.entries` instead, like the entries read from the file.
   */
  private readonly added = new Map<string, StoredEntry>();
  /** False while `data.entries` is empty: a first run makes no key to look one up. */
  private keyed: boolean;

  private constructor(
    private readonly file: string,
    private readonly data: StoredCache,
    private readonly maxEntries: number,
  ) {
    this.keyed = Object.keys(data.entries).length > 0;
  }

  /** The entry of `oid` at `path`'s basename, wherever it is kept. */
  private find(oid: string, path: string): StoredEntry | undefined {
    const added = this.added.get(oid);
    if (added && basename(added.p) === basename(path)) return added;
    if (!this.keyed) return undefined;
    const key = parseCacheKey(oid, path);
    return Object.prototype.hasOwnProperty.call(this.data.entries, key) ? this.data.entries[key] : undefined;
  }

  /** Keeps `entry` as the entry of `oid` at its path's basename, replacing any there was. */
  private store(oid: string, entry: StoredEntry): void {
    this.changed = true;
    const key = this.keyed ? parseCacheKey(oid, entry.p) : undefined;
    if (key !== undefined && Object.prototype.hasOwnProperty.call(this.data.entries, key)) {
      this.data.entries[key] = entry;
      return;
    }
    const added = this.added.get(oid);
    if (!added || basename(added.p) === basename(entry.p)) {
      this.added.set(oid, entry);
      return;
    }
    this.data.entries[parseCacheKey(oid, entry.p)] = entry;
    this.keyed = true;
  }

  /** Every entry with its key in the file, those read from it first. */
  private *allEntries(): Generator<[string, StoredEntry]> {
    for (const key of Object.keys(this.data.entries)) yield [key, this.data.entries[key]!];
    for (const [oid, entry] of this.added) yield [parseCacheKey(oid, entry.p), entry];
  }

  /**
   * Loads the cache of the repository whose common git dir is `commonDir`. A missing,
   * unreadable, malformed or other-reader-version file gives an empty cache.
   */
  static async open(commonDir: string, readerVersion: string, options: { maxEntries?: number } = {}): Promise<ParseCache> {
    const file = join(commonDir, 'migcheck', PARSE_CACHE_FILE);
    const empty: StoredCache = { version: 1, reader: readerVersion, generation: 0, entries: {} };
    let data = empty;
    const cleaned = removeStaleCacheTemporaries(dirname(file));
    const text = readTextInPieces(file, MAX_FILE_BYTES);
    await cleaned;
    try {
      if (text !== undefined) {
        const parsed = JSON.parse(text) as StoredCache;
        if (parsed && parsed.version === 1 && parsed.reader === readerVersion && Number.isSafeInteger(parsed.generation)
          && parsed.entries && typeof parsed.entries === 'object' && !Array.isArray(parsed.entries)) {
          data = parsed;
        }
      }
    } catch {
      // No cache yet, or a damaged one: start empty; the next save replaces it.
    }
    return new ParseCache(file, data, options.maxEntries ?? PARSE_CACHE_MAX_ENTRIES);
  }

  /** How many lookups were answered from the cache since open. */
  get hitCount(): number {
    return this.hits;
  }

  /** The cached parse of `oid` at `path` (the path and blob re-attached), or undefined. */
  get(oid: string, path: string): RevisionFile | undefined {
    const entry = this.find(oid, path);
    if (!entry || typeof entry.p !== 'string') return undefined;
    const stored = entry.f;
    // A problem text that names the original path would be wrong for another path: parse again.
    // (The compact form holds no problems, so it is right at any path of the same basename.)
    if (typeof stored !== 'string' && entry.p !== path && looksLikeRevisionFile(stored)
      && stored.problems.some((problem) => String(problem.reason).includes(entry.p))) return undefined;
    const file = restoreParse(stored, path, oid);
    if (!file) return undefined;
    entry.u = this.data.generation + 1;
    this.hits += 1;
    return file;
  }

  /**
   * Stores a parse result (its path and blob are not part of the stored value) and returns the
   * parse to use from then on: the compact form's own decoding when it has one (equal to `file`
   * by encodeParse's check). That object holds a few short strings cut from the compact string
   * and decodes its sites when first read, where `file` holds ~20 objects and strings that keep
   * the whole source text alive: at 50,000 files, hundreds of megabytes.
   */
  set(oid: string, file: RevisionFile): RevisionFile {
    const { path, blob: _blob, ...rest } = file;
    const encoded = encodeParse(rest);
    const light = encoded !== undefined && file.blob === oid ? this.setEncoded(oid, path, encoded) : undefined;
    if (light) return light;
    this.store(oid, { u: this.data.generation + 1, p: path, f: encoded ?? rest });
    if (encoded !== undefined) rememberEncoding(file, encoded);
    return file;
  }

  /**
   * Stores a parse given in its compact form (encodeParse's, made by a parse worker) and returns
   * it decoded as the RevisionFile at `path` with `oid`; undefined (nothing stored) when the
   * string is not one.
   */
  setEncoded(oid: string, path: string, encoded: string): RevisionFile | undefined {
    const file = decodeParse(encoded, path, oid);
    if (file === undefined) return undefined;
    this.store(oid, { u: this.data.generation + 1, p: path, f: encoded });
    return file;
  }

  /**
   * Writes the cache if anything was added: temp file + rename, oldest entries dropped beyond
   * the bound. Never throws (a read-only .git just means no cache).
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    this.changed = false;
    this.data.generation += 1;
    let entries: () => Iterable<[string, StoredEntry]> = () => this.allEntries();
    const keyed = Object.values(this.data.entries);
    const count = keyed.length + this.added.size;
    if (count > this.maxEntries) {
      // Entries this run read or wrote carry the new generation: the history's own size. Counted
      // without their keys: a first run keeps all it made, and making 50,000 keys only to find
      // that out was ~7 MB of its peak while the cache was written.
      let used = 0;
      for (const entry of keyed) if (entry.u === this.data.generation) used += 1;
      for (const entry of this.added.values()) if (entry.u === this.data.generation) used += 1;
      const bound = sizedBound(this.maxEntries, used);
      if (count > bound) {
        const all = [...this.allEntries()];
        // Stable: among entries of one generation, the file's order is kept.
        all.sort((a, b) => b[1].u - a[1].u);
        const kept = all.slice(0, bound);
        entries = () => kept;
      }
    }
    // Entry by entry: at 50,000 entries the whole text, then its bytes, were ~60 MB at once.
    replaceInPieces(this.file, jsonPieces(this.data as unknown as Record<string, unknown>, 'entries', entries));
  }
}
