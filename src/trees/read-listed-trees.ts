/**
 * The full read behind load-trees: several trees at once, each listed once (restricted to the
 * environments' version locations), each distinct blob read once through one BlobReader for all
 * trees, each distinct blob parsed once, and parses kept in the parse cache by blob id so a warm
 * run reads no blobs at all. Only load-trees calls it: everything else asks load-trees, which
 * answers from tree summaries where it can.
 */
import type { DecodedSource, Environment, ReaderProblem, RevisionFile, TreeEntry } from '../core/types.js';
import * as reader from '../core/reader/index.js';
import { blobMissing, COMPAT_SYMLINK_NAME_FIX, compatSymlinkName, SYMLINK_FIX, symlinkNotFollowed } from '../core/messages.js';
import { BlobReader } from '../git/blob-reader.js';
import { cleanIndexBlobs } from '../git/clean-index-blobs.js';
import { listIndex } from '../git/list-index.js';
import { listTree } from '../git/list-tree.js';
import { LinkedListing, SYMLINK, type TreeLinkSource } from './tree-links.js';
import { SharedEntries } from './shared-entries.js';
import type { GitContext } from '../git/run-git.js';
import { ParseCache } from '../cache/parse-cache.js';
import { anyExpressionItems, hasExpressionItems, resolveLabelExpressions } from './resolve-label-expressions.js';
import { decodeParse } from '../cache/parse-cache-codec.js';
import { parseBlob } from './parse-blob.js';
import { BatchBuilder, ParsePool, POOL_MINIMUM } from './parse-pool.js';
import type { ParseBatch, ParsedBlob } from './parse-worker.js';
import { listWorktree, readWorktreeFile } from './worktree-reader.js';
import { objectId } from '../git/object-id.cjs';
import { collectGarbage } from './collect-garbage.js';
import { holdHeapGrowth } from './hold-heap-growth.js';

/** A tree to load: the index, a commit (named for what it is), or the working tree on disk. */
export type TreeSpec =
  | { name: 'index' }
  | { name: 'head' | 'base' | 'target'; commit: string }
  | { name: 'worktree' };

/** One loaded tree. */
export interface LoadedTree {
  spec: TreeSpec;
  /**
   * The files under the version locations (git trees: the listing; worktree: the revision files
   * read, with their git blob ids computed from the bytes).
   */
  entries: TreeEntry[];
  /** Index paths still in conflict (see resolveIndexStages); [] for other trees. */
  unmerged: string[];
  /** Per environment (same order as given), its revision files in Alembic's load order. */
  files: RevisionFile[][];
  /** Sentences about files that were not read (a symlink leading outside the repository). */
  problems: string[];
  /**
   * True when some file's labels were written as constants and resolved against this tree's
   * modules: its files then depend on more than the version locations (no tree snapshot).
   */
  labelConstants: boolean;
}

/** What a load cost: for tests, `--debug` and the benchmark. */
export interface LoadStats {
  /** Blobs read from git (answers of cat-file), the empty blob excluded. */
  blobsRead: number;
  /** Files given to the reader. */
  parsed: number;
  /** Parses answered by the parse cache. */
  cacheHits: number;
}

/** The trees in the order of the specs, with stats, and the decoded texts when asked for. */
export interface ListedTrees {
  trees: LoadedTree[];
  stats: LoadStats;
  /** Decoded text by blob id: with keepSources every file listed, otherwise those with a label written as a constant. */
  sources: Map<string, DecodedSource>;
  /** The bytes read from the working tree, by their blob id. */
  worktreeBytes: ReadonlyMap<string, Uint8Array>;
  /**
   * True when the read parsed with worker threads (a big cold read): most of what it allocated
   * is garbage once its caller has kept what it needs, and the caller collects it (load-trees).
   */
  pooled: boolean;
}

/** The repository as loadTrees needs it. */
export type TreeRepository = GitContext & { root: string; commonDir: string; head?: string | undefined };

/** Options of readListedTrees. */
export interface ListOptions {
  /** The run's shared BlobReader; one is started (and closed) when not given. */
  reader?: BlobReader;
  /** The parse cache; opened from `<commonDir>/migcheck` when undefined, none when null. */
  cache?: ParseCache | null;
  /** Read and decode every revision file even when the cache knows it (edits need the text). */
  keepSources?: boolean;
  /**
   * The parse workers: the worker script and from how many blobs to start them. By default the
   * bundled worker beside the running bundle, from POOL_MINIMUM blobs; tests name the built one.
   */
  workers?: { script: string; minimum: number };
}

/**
 * The version of the static reader, part of the cache key so a changed reader never sees stale
 * parses (the reader module may export READER_VERSION; migcheck's own version otherwise).
 */
export const READER_VERSION: string = String((reader as unknown as Record<string, unknown>).READER_VERSION ?? 'migcheck-0.1.0');

/** The listing paths for git: every version location, or the whole tree when one is the root. */
function listingPaths(environments: readonly Environment[]): string[] | undefined {
  const locations = [...new Set(environments.flatMap((env) => env.versionLocations))];
  return locations.includes('') ? undefined : locations;
}

/**
 * One path a load wants a blob at and, once read, cached or parsed, its file there. A blob wanted
 * at more paths (rare) chains them in the order wanted. One object per path, not two arrays per
 * blob: at 50,000 blobs the arrays were ~5 MB of a first run's peak.
 */
interface BlobFile {
  readonly path: string;
  file: RevisionFile | undefined;
  next: BlobFile | undefined;
}

/** The slots of one blob's chain, in order. */
function* chain(first: BlobFile | undefined): Generator<BlobFile> {
  for (let slot = first; slot; slot = slot.next) yield slot;
}

/** A RevisionFile that says why a file could not be read (a symlink that leads nowhere usable). */
function unreadable(path: string, blob: string | undefined, reason: string, fix?: string): RevisionFile {
  return {
    path, ...(blob ? { blob } : {}), revision: undefined, revisionSource: 'none', downRevisions: undefined,
    branchLabels: [], dependsOn: [], sites: {}, problems: [{ severity: 'error', line: 1, reason, ...(fix ? { fix } : {}) }],
  };
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Blobs a read with parse workers keeps between two full collections: at 50,000 blobs, each
 * collection took ~40 ms of a main thread that waits for the workers anyway, and the first run's
 * peak memory went from 230–275 MB to 205–210 MB.
 */
const COLLECT_EVERY = 10_000;

/**
 * Where Alembic versions disagree about a symlinked file (1.8.1 matches the link's name, 1.10+
 * the target's): a file only 1.10+ loads gets an alembic-compat warning; one only 1.8.1 loads is
 * not read (migcheck follows 1.10+) and stands as a placeholder that carries the warning.
 */
function withSymlinkCompat(files: RevisionFile[], env: Environment, realPaths: ReadonlyMap<string, string>): RevisionFile[] {
  if (realPaths.size === 0) return files;
  const compat = (path: string, real: string, kind: 'link-only' | 'target-only'): ReaderProblem =>
    ({ severity: 'warning', code: 'alembic-compat', line: 1, reason: compatSymlinkName(path, real, kind), fix: COMPAT_SYMLINK_NAME_FIX });
  const out = files.map((file) => {
    const real = realPaths.get(file.path);
    const kind = real === undefined ? undefined : reader.symlinkNameCompat(file.path, basename(real), env);
    return kind === undefined ? file : { ...file, problems: [...file.problems, compat(file.path, basename(real!), kind)] };
  });
  for (const [path, realPath] of realPaths) {
    const real = basename(realPath);
    // Only a link 1.8.1 would select by its own name (in a location, at a depth it walks).
    if (reader.symlinkNameCompat(path, real, env) !== 'link-only' || reader.selectRevisionFiles([path], env).length === 0) continue;
    out.push({ path, revision: undefined, revisionSource: 'none', downRevisions: undefined, branchLabels: [], dependsOn: [], sites: {}, problems: [compat(path, real, 'link-only')] });
  }
  return out;
}

/**
 * Each spec's listing under `paths`, its links followed by `link`: a commit named twice (base
 * and target, often) is listed once, and the listings share their equal entries (the pool is
 * dropped with this call's scope once they are made).
 */
async function listTrees(
  repo: TreeRepository,
  specs: readonly TreeSpec[],
  paths: string[] | undefined,
  link: (spec: TreeSpec, entries: TreeEntry[]) => Promise<LinkedListing>,
): Promise<{ linked: LinkedListing; unmerged: string[] }[]> {
  const shared = new SharedEntries();
  const listings = new Map<string, Promise<{ linked: LinkedListing; unmerged: string[] }>>();
  return Promise.all(specs.map((spec) => {
    const key = spec.name === 'index' || spec.name === 'worktree' ? spec.name : `commit:${spec.commit}`;
    let listing = listings.get(key);
    if (!listing) {
      listing = (spec.name === 'index' ? listIndex(repo, paths)
        : spec.name === 'worktree' ? Promise.resolve({ entries: [], unmerged: [] })
          : listTree(repo, spec.commit, paths).then((entries) => ({ entries, unmerged: [] })))
        .then(async ({ entries, unmerged }) => ({ linked: await link(spec, shared.share(entries)), unmerged }));
      listings.set(key, listing);
    }
    return listing;
  }));
}

/**
 * Loads the trees' revision files for every environment. Git trees are listed with one
 * `ls-files -s -z` / `ls-tree -r -z` each (a commit named twice is listed once); blobs are read
 * through one BlobReader; a symlinked revision file in a git tree is followed when its target is
 * in the same listing.
 */
export async function readListedTrees(
  repo: TreeRepository,
  environments: readonly Environment[],
  specs: readonly TreeSpec[],
  options: ListOptions = {},
): Promise<ListedTrees> {
  const cache = options.cache === undefined ? await ParseCache.open(repo.commonDir, READER_VERSION) : options.cache;
  const blobReader = options.reader ?? new BlobReader(repo);
  const readBefore = blobReader.objectsRead;
  const hitsBefore = cache?.hitCount ?? 0;
  const stats: LoadStats = { blobsRead: 0, parsed: 0, cacheHits: 0 };
  const sources = new Map<string, DecodedSource>();
  // From the listings on: held until exit once the read turns out big enough for parse workers.
  const held = holdHeapGrowth();
  let pooled = false;
  try {
    const paths = listingPaths(environments);
    const locations = [...new Set(environments.flatMap((env) => env.versionLocations))];
    const sourceOf = (spec: TreeSpec): TreeLinkSource => ({
      list: (more) => (spec.name === 'index' ? listIndex(repo, more).then((l) => l.entries)
        : spec.name === 'worktree' ? Promise.resolve([]) : listTree(repo, spec.commit, more)),
      read: (oids) => blobReader.readAll(oids),
    });
    // Worktree files git vouches for (tracked, unchanged, unconverted) are not read nor hashed:
    // their index blob id finds the parse in the cache (or the blob in git). Edits need the bytes.
    const vouched = specs.some((spec) => spec.name === 'worktree') && !options.keepSources
      ? cleanIndexBlobs(repo, paths).catch(() => new Map<string, string>())
      : Promise.resolve(new Map<string, string>());
    const listed = await listTrees(repo, specs, paths, (spec, entries) => new LinkedListing(entries).followLocations(locations, sourceOf(spec)));

    // Which file of which tree is a revision file, per environment (the reader's rules).
    // Symlinked files are matched by the name of what they resolve to (Alembic 1.10+): their
    // targets are looked up first, and only where a tree has such links.
    const selections = await Promise.all(specs.map(async (spec, t) => {
      if (spec.name !== 'worktree') {
        const { linked } = listed[t]!;
        const links = linked.entries.filter((entry) => entry.mode === SYMLINK).map((entry) => entry.path);
        const realPaths = new Map<string, string>();
        if (links.length > 0) {
          for (const [path, target] of await linked.followFiles(links, sourceOf(spec))) if (typeof target !== 'string') realPaths.set(path, target.path);
        }
        return { entries: linked.entries, problems: linked.problems, realPaths };
      }
      const listing = await listWorktree(repo.root, environments.flatMap((env) => env.versionLocations));
      return { entries: listing.paths.map((path) => ({ path, oid: '', mode: '100644' })), problems: listing.problems, realPaths: listing.links };
    }));
    // Trees listed once (base and target are often one commit) are selected once too.
    const selectionOf = new Map<TreeEntry[], string[][]>();
    const selected = selections.map(({ entries, realPaths }) => {
      let perEnv = selectionOf.get(entries);
      if (!perEnv) {
        const allPaths = entries.map((entry) => entry.path);
        perEnv = environments.map((env) => reader.selectRevisionFiles(allPaths, env, realPaths));
        selectionOf.set(entries, perEnv);
      }
      return perEnv;
    });

    // Worktree files: read from disk, blob ids computed, so they share cache and parses.
    const algorithm = repo.head?.length === 64 ? 'sha256' : 'sha1';
    const worktreeBytes = new Map<string, Uint8Array>();
    for (const [t, spec] of specs.entries()) {
      if (spec.name !== 'worktree') continue;
      const wanted = [...new Set(selected[t]!.flat())];
      const clean = await vouched;
      const read = await Promise.all(wanted.map((path) => (clean.has(path) ? undefined : readWorktreeFile(repo.root, path))));
      const entries: TreeEntry[] = [];
      wanted.forEach((path, k) => {
        const indexed = clean.get(path);
        if (indexed) {
          entries.push({ path, oid: indexed, mode: '100644' });
          return;
        }
        const bytes = read[k];
        if (!bytes) return;
        const oid = objectId('blob', bytes, algorithm).toString('hex');
        worktreeBytes.set(oid, bytes);
        entries.push({ path, oid, mode: '100644' });
      });
      selections[t]!.entries = entries;
    }

    // Symlinks in git trees: followed inside the repository (tree-links), once per listing.
    const linkedOf = new Map<TreeEntry[], LinkedListing>();
    const linked = specs.map((spec, t) => {
      const entries = selections[t]!.entries;
      let listing = linkedOf.get(entries);
      if (!listing) linkedOf.set(entries, (listing = spec.name === 'worktree' ? new LinkedListing(entries) : listed[t]!.linked));
      return listing;
    });
    const followedOf = new Map<LinkedListing, Promise<Map<string, TreeEntry | string>>>();
    const followed = await Promise.all(specs.map((spec, t) => {
      let links = followedOf.get(linked[t]!);
      if (!links) followedOf.set(linked[t]!, (links = linked[t]!.followFiles(selected[t]!.flat(), sourceOf(spec))));
      return links;
    }));
    const target = (t: number, path: string): TreeEntry | string =>
      followed[t]!.get(path) ?? linked[t]!.entryAt(path) ?? symlinkNotFollowed(path, path);

    // Distinct blobs to parse: cache first, then one batched read for the rest. Each tree's
    // files are found by blob id and path; no key per file is made (at 50,000 files two trees'
    // keys and the maps of them held ~25 MB through the whole read).
    const blobs = new Map<string, BlobFile>();
    /** The slot of blob `oid` at `path`, if wanted there. */
    const slotAt = (oid: string, path: string): BlobFile | undefined => {
      for (const slot of chain(blobs.get(oid))) if (slot.path === path) return slot;
      return undefined;
    };
    /** True when blob `oid` is wanted at a path whose file is still to be made. */
    const unparsed = (oid: string): boolean => {
      for (const slot of chain(blobs.get(oid))) if (slot.file === undefined) return true;
      return false;
    };
    /** Blob ids with a path still to parse, in the order first wanted: the read's order. */
    const toRead: string[] = [];
    const resolvedOf = new Map<string[][], (TreeEntry | string)[][]>();
    const resolved = selected.map((perEnv, t) => {
      // One selection object means one listing, hence the same entries and symlink targets.
      const known = resolvedOf.get(perEnv);
      if (known) return known;
      const entries = perEnv.map((files) => files.map((path) => resolveFile(t, path)));
      resolvedOf.set(perEnv, entries);
      return entries;
    });
    /** The entry whose blob `path` of tree `t` is (a sentence when it has none), noted in `blobs`. */
    function resolveFile(t: number, path: string): TreeEntry | string {
      const entry = target(t, path);
      if (typeof entry === 'string') return entry;
      if (slotAt(entry.oid, path)) return entry;
      const cached = options.keepSources ? undefined : cache?.get(entry.oid, path);
      if (!cached && !unparsed(entry.oid)) toRead.push(entry.oid);
      const slot: BlobFile = { path, file: cached, next: undefined };
      let last = blobs.get(entry.oid);
      if (!last) blobs.set(entry.oid, slot);
      else {
        while (last.next) last = last.next;
        last.next = slot;
      }
      return entry;
    }
    /** The file of blob `oid` at `path` (resolved above, then parsed or found missing). */
    const fileAt = (oid: string, path: string): RevisionFile => {
      return slotAt(oid, path)!.file!;
    };
    // One parse per distinct blob; another path of the same blob reuses it (see parseBlob). Git's
    // blobs are parsed as they arrive and dropped: a cold run holds no history's worth of bytes,
    // and only the texts something needs later (edits, a label written as a constant) are kept.
    const pathsOf = (oid: string) => {
      const paths: string[] = [];
      for (const slot of chain(blobs.get(oid))) if (slot.file === undefined) paths.push(slot.path);
      return paths;
    };
    /** Keeps one blob's files (in pathsOf's order) and, when needed, its text. */
    const keepParsed = (oid: string, files: readonly RevisionFile[], parsedCount: number, source: DecodedSource | undefined) => {
      stats.parsed += parsedCount;
      let next = 0;
      for (const slot of chain(blobs.get(oid))) if (slot.file === undefined) slot.file = files[next++]!;
      if (source) sources.set(oid, source);
    };
    const parseHere = (oid: string, bytes: Uint8Array) => {
      const { files, parsed, source, expressions } = parseBlob(oid, bytes, pathsOf(oid), (file) => (cache ? cache.set(oid, file) : file));
      keepParsed(oid, files, parsed.filter(Boolean).length, options.keepSources || expressions ? source : undefined);
    };
    for (const [oid, bytes] of worktreeBytes) if (unparsed(oid)) parseHere(oid, bytes);
    const gitOids = toRead.filter((oid) => !worktreeBytes.has(oid));
    // A big cold read shares the parsing with worker threads (see parse-pool).
    const pool = !options.keepSources && gitOids.length >= (options.workers?.minimum ?? POOL_MINIMUM) ? ParsePool.start(options.workers?.script) : undefined;
    if (pool) {
      pooled = true;
      try {
        // Nothing is read until the workers are up, so the young generation cannot grow while a
        // new thread's set-up has let it (hold-heap-growth).
        await pool.ready;
        const answered: Promise<void>[] = [];
        /**
         * A worker's answer for blob `oid`, made into the files the main thread would have made;
         * false (nothing kept) when an answer does not decode: the blob is then parsed here.
         * `oid` is this thread's string, not the answer's copy of it: every file and cache key
         * holds it, and 50,000 copies were ~3 MB.
         */
        const keepAnswer = (oid: string, { files, source }: ParsedBlob): boolean => {
          const paths = pathsOf(oid);
          if (files.length !== paths.length) return false;
          const kept: RevisionFile[] = [];
          for (const [k, answer] of files.entries()) {
            const file = answer === null ? (kept[0] ? { ...kept[0], path: paths[k]! } : undefined)
              : typeof answer === 'string' ? (cache ? cache.setEncoded(oid, paths[k]!, answer) : decodeParse(answer, paths[k]!, oid))
                : (cache ? cache.set(oid, answer) : answer);
            if (file === undefined) return false;
            kept.push(file);
          }
          keepParsed(oid, kept, files.filter((answer) => answer !== null).length, source);
          return true;
        };
        let sinceCollected = 0;
        const builder = new BatchBuilder();
        /**
         * Hands a batch to the first worker with room, waiting for one while all are busy; parses
         * it here only when no worker is left. The main thread does not parse while the workers
         * are busy: its parses were most of what it allocated, and at 50,000 blobs they let its
         * heap grow to twice the size now and then (the garbage collector's pacing).
         */
        const send = async (batch: ParseBatch): Promise<void> => {
          let answer = pool.offer(batch);
          while (!answer && pool.working) {
            await pool.room();
            answer = pool.offer(batch);
          }
          if (!answer) {
            for (const { oid, start, end } of batch.blobs) parseHere(oid, batch.bytes.subarray(start, end));
            return;
          }
          answered.push(answer.then((blobs) => {
            // The main thread mostly waits here while the workers parse: a collection now and then
            // costs no time, and keeps the heap near what is live (collect-garbage).
            sinceCollected += batch.blobs.length;
            if (sinceCollected >= COLLECT_EVERY) {
              sinceCollected = 0;
              collectGarbage();
            }
            batch.blobs.forEach(({ oid, start, end }, b) => {
              const parsed = blobs?.[b];
              if (!parsed || parsed.oid !== oid || !keepAnswer(oid, parsed)) parseHere(oid, batch.bytes.subarray(start, end));
            });
          }));
        };
        // Batches are sent in order; while one waits for a worker, git's output is held back
        // (the reader pauses on the promise), so no more than a pipe's worth of blobs piles up.
        let sending: Promise<void> = Promise.resolve();
        await blobReader.forEach(gitOids, (oid, bytes) => {
          builder.add(oid, bytes, pathsOf(oid));
          if (!builder.full) return undefined;
          const batch = builder.take();
          sending = sending.then(() => send(batch));
          return sending;
        });
        await sending;
        const rest = builder.take();
        for (const { oid, start, end } of rest.blobs) parseHere(oid, rest.bytes.subarray(start, end));
        await Promise.all(answered);
      } finally {
        await pool.close();
      }
      // The answers, batches and workers' messages are gone: collected before the files are kept.
      collectGarbage();
    } else if (gitOids.length > 0) await blobReader.forEach(gitOids, parseHere);
    for (const [oid, first] of blobs) {
      for (const slot of chain(first)) slot.file ??= unreadable(slot.path, oid, blobMissing(slot.path, oid));
    }

    // Labels written as constants (`cli.EXPAND_BRANCH`, rare): resolved per tree against that
    // tree's own modules. The cache above holds each blob's own parse; a resolution depends on
    // other files, so it is redone each run and never cached. Without such labels this is one
    // scan of the parses: no git call, no read, no parse.
    let relabelled: Map<RevisionFile, RevisionFile>[] | undefined;
    const labelConstants = specs.map(() => false);
    if (anyExpressionItems([...blobs.values()].flatMap((first) => [...chain(first)].map((slot) => slot.file!)))) {
      const requests = specs.map((spec, t) => ({
        tree: spec,
        files: [...new Set(resolved[t]!.flatMap((row, e) => row.flatMap((entry, k) => (typeof entry === 'string' ? [] : [fileAt(entry.oid, selected[t]![e]![k]!)]))))].filter(hasExpressionItems),
      }));
      // Worktree files taken by index blob id were not read: their texts come from disk, as before.
      for (const { tree, files } of requests) {
        if (tree.name !== 'worktree') continue;
        for (const file of files) {
          if (!file.blob || sources.has(file.blob) || worktreeBytes.has(file.blob)) continue;
          const bytes = await readWorktreeFile(repo.root, file.path);
          if (bytes) worktreeBytes.set(file.blob, bytes);
        }
      }
      requests.forEach((request, t) => { labelConstants[t] = request.files.length > 0; });
      relabelled = await resolveLabelExpressions(repo, requests, { reader: blobReader, algorithm, sources, worktreeBytes });
    }

    const trees = specs.map((spec, t): LoadedTree => ({
      spec,
      entries: selections[t]!.entries,
      unmerged: listed[t]!.unmerged,
      files: resolved[t]!.map((row, e) => withSymlinkCompat(row.map((entry, k) => {
        const path = selected[t]![e]![k]!;
        if (typeof entry === 'string') return unreadable(path, undefined, entry, SYMLINK_FIX);
        const file = fileAt(entry.oid, path);
        return relabelled?.[t]!.get(file) ?? file;
      }), environments[e]!, selections[t]!.realPaths)),
      problems: selections[t]!.problems,
      labelConstants: labelConstants[t]!,
    }));
    await cache?.save();
    stats.blobsRead = blobReader.objectsRead - readBefore;
    stats.cacheHits = (cache?.hitCount ?? 0) - hitsBefore;
    return { trees, stats, sources, worktreeBytes, pooled };
  } finally {
    if (pooled) held.keepUntilExit();
    else held.release();
    if (!options.reader) await blobReader.close();
  }
}
