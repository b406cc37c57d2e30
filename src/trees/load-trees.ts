/**
 * The one loader of trees: the revision files of every environment in the index, commits and the
 * working tree, for every command (check, pre-push, heads, graph, rebase-plan, merge). It reads
 * the fast way where that is exact, and lists and reads in full (read-listed-trees) elsewhere:
 *  - a committed tree comes from its summary (tree-summaries) when one exists;
 *  - the index is HEAD's files plus the staged changes (`git diff --cached --raw`, which the fast
 *    lane already read): only the staged revision files are read and parsed. Taken only when
 *    that is exactly what listing the index would give: one version location, not sourceless,
 *    only added, modified or deleted regular files under it, no conflict, and no label written
 *    as a constant in a staged file. Without a summary of HEAD the index is listed (and, for the
 *    hook, HEAD read along once so the next commit finds one);
 *  - the working tree is listed on disk, its unchanged tracked files taken by blob id.
 * What was read in full can be summarised afterwards (rememberTrees), once its graph is built.
 */
import type { Environment, Graph, RevisionFile } from '../core/types.js';
import { decodeSource, mergeInLoadOrder, normaliseDir, READER_VERSION, readRevisionFile, selectRevisionFiles } from '../core/reader/index.js';
import { hasExpressionItems } from '../core/reader/expression-items.js';
import { buildGraph } from '../core/graph/index.js';
import { BlobReader } from '../git/blob-reader.js';
import type { StagedChange } from '../git/staged-paths.cjs';
import { isUnder } from '../alembic/environment-paths.cjs';
import { keyIn as summaryKeyIn, locationPaths, TreeSummaries, type LocationPaths } from '../cache/tree-summaries.js';
import { summaryHeader } from '../cache/summary-header.js';
import type { ParseCache } from '../cache/parse-cache.js';
import type { ListOptions, TreeRepository, TreeSpec } from './read-listed-trees.js';

export type { TreeRepository, TreeSpec } from './read-listed-trees.js';

/** Options of loadTrees. */
export interface LoadOptions {
  /** The run's shared BlobReader; one is started (and closed) when not given. */
  reader?: BlobReader;
  /** The index's changes against HEAD; without them the index is listed in full. */
  staged?: readonly StagedChange[] | undefined;
  /** The summary store; `<commonDir>/migcheck` when undefined, none when null. */
  summaries?: TreeSummaries | null;
  /** The parse cache for full reads; opened when undefined, none when null. */
  cache?: ParseCache | null;
  /**
   * When HEAD has no summary yet, read it along with the index (once), so later runs derive the
   * index from it: worth it for a hook that runs on every commit, not for a one-off command.
   */
  primeHead?: boolean;
  /** Read and keep the bytes and text of every working-tree file (edits compare and splice them). */
  keepSources?: boolean;
  /** The index's tree ids by folder (git's cache-tree), so the index can be summarised under the id its commit will have. */
  indexTrees?: ReadonlyMap<string, string> | undefined;
  /** The parse workers of a full read (see readListedTrees): for tests. */
  workers?: ListOptions['workers'];
}

/** One environment in one tree. */
export interface TreeRead {
  /** Revision files in Alembic's load order. Shared with caches: never changed. */
  readonly files: readonly RevisionFile[];
  /** The summary key of this tree, when git names its content (commits; the index with its cache-tree). */
  readonly key: string | undefined;
  /** True when the files came from a summary (nothing to remember). */
  readonly fromSummary: boolean;
  /** False when the files depend on more than the version locations (a symlink, a label constant). */
  readonly contained: boolean;
  /** The names in the version location, when the tree was listed in full and has a key (for its summary). */
  readonly paths?: LocationPaths | undefined;
}

/** The bytes and decoded text of a working-tree file (keepSources). */
export interface WorktreeSource {
  readonly bytes: Uint8Array;
  readonly text: string;
}

/** Every environment of every tree: `trees[spec][environment]`. */
export interface LoadedTrees {
  readonly trees: readonly (readonly TreeRead[])[];
  /** With keepSources: the working-tree files read, by path. */
  readonly sources: ReadonlyMap<string, WorktreeSource>;
  /** True when a full read used parse workers: the graphs built of its trees are big too. */
  readonly pooled: boolean;
}

/** Staged files beyond this many are read through a full listing (a mass change is rare). */
const MAX_DELTA = 256;

const REGULAR = new Set(['100644', '100755']);

/** The staged changes that make up `env`'s index files from HEAD's, or undefined when not exact. */
export function deltaFor(env: Environment, staged: readonly StagedChange[]): StagedChange[] | undefined {
  if (env.versionLocations.length !== 1 || env.sourceless) return undefined;
  const location = normaliseDir(env.versionLocations[0]!);
  const changes: StagedChange[] = [];
  for (const change of staged) {
    // A file, link or submodule now at the location or a folder above it: the location moved.
    if (location !== '' && isUnder(location, change.path)) return undefined;
    if (!isUnder(change.path, location)) continue;
    if (change.status === 'D') changes.push(change);
    else if ((change.status === 'A' || change.status === 'M') && REGULAR.has(change.mode)) changes.push(change);
    else return undefined;
  }
  return changes.length <= MAX_DELTA ? changes : undefined;
}

/**
 * Once a full read has returned: a read with parse workers leaves its listings, per-blob maps and
 * the parse cache's save behind as garbage, which V8 would keep while the summaries are written
 * and the graphs built. Collected once here, the heap of a first run at 50,000 revisions went from
 * ~78 to ~45 MB before the graphs and the run's peak from ~206 to ~190 MB. Collected before
 * HEAD's summary is written too, the writing peaks at ~135 MB instead of ~155 (and once more after
 * it, so the load returns with its garbage gone). Also used by rememberTrees, for the graphs'
 * garbage. Loaded with the read, never by a warm check.
 */
async function collectRead(listed: { readonly pooled: boolean }): Promise<void> {
  if (listed.pooled) (await import('./collect-garbage.js')).collectGarbage();
}

const commitOf = (spec: TreeSpec) => (spec.name === 'head' || spec.name === 'base' || spec.name === 'target' ? spec.commit : undefined);

/** Loads the trees `specs` of every environment: `trees[spec][environment]`, as described above. */
export async function loadTrees(
  repo: TreeRepository,
  environments: readonly Environment[],
  specs: readonly TreeSpec[],
  options: LoadOptions = {},
): Promise<LoadedTrees> {
  const reader = options.reader ?? new BlobReader(repo);
  try {
    return await load(repo, environments, specs, options, reader);
  } finally {
    if (!options.reader) await reader.close();
  }
}

type Slot = { files: readonly RevisionFile[]; fromSummary: boolean; contained: boolean; paths?: LocationPaths | undefined } | undefined;

async function load(repo: TreeRepository, environments: readonly Environment[], specs: readonly TreeSpec[], options: LoadOptions, reader: BlobReader): Promise<LoadedTrees> {
  const store = options.summaries === undefined ? TreeSummaries.at(repo.commonDir) : options.summaries;
  const head = repo.head;
  // The index can be HEAD + staged changes only with a HEAD and the changes against it.
  const derivable = Boolean(head && options.staged && specs.some((spec) => spec.name === 'index'));
  const commits = [...new Set([...specs.map(commitOf), derivable ? head : undefined].filter((c): c is string => c !== undefined))];
  const locations = environments.map((env) => env.versionLocations.map(normaliseDir));
  const trees = store && commits.length > 0
    ? await reader.treeIds(commits.flatMap((commit) => locations.flat().map((location) => `${commit}:${location}`)))
    : new Map<string, string>();
  const keyOf = (spec: TreeSpec, e: number): string | undefined => {
    const commit = commitOf(spec);
    if (commit !== undefined) return summaryKeyIn(READER_VERSION, environments[e]!, (location) => trees.get(`${commit}:${location}`));
    if (spec.name === 'index' && options.indexTrees) return summaryKeyIn(READER_VERSION, environments[e]!, (location) => options.indexTrees!.get(location));
    return undefined;
  };
  const headSpec: TreeSpec | undefined = head ? { name: 'head', commit: head } : undefined;
  const reads = new Map<string, Promise<RevisionFile[] | 'uncontained' | undefined>>();
  const summary = (key: string | undefined) => {
    if (!key || !store) return Promise.resolve(undefined);
    let read = reads.get(key);
    if (!read) reads.set(key, (read = store.files(key)));
    return read;
  };
  const usable = (files: RevisionFile[] | 'uncontained' | undefined) => (files === 'uncontained' ? undefined : files);

  // Commits (and the index, under its cache-tree key) from their summaries.
  const result: Slot[][] = await Promise.all(specs.map((spec) => Promise.all(environments.map(async (_, e): Promise<Slot> => {
    if (spec.name === 'worktree' || (spec.name === 'index' && !options.indexTrees)) return undefined;
    const files = usable(await summary(keyOf(spec, e)));
    return files ? { files, fromSummary: true, contained: true } : undefined;
  }))));
  // The index as HEAD + staged changes, where exact and HEAD is not known to depend on more;
  // HEAD's summary is read only where the index could be derived from it.
  const headKeys = environments.map((_, e) => (derivable ? keyOf(headSpec!, e) : undefined));
  const staged = environments.map((env) => (derivable ? deltaFor(env, options.staged!) : undefined));
  const headRead = await Promise.all(headKeys.map((key, e) => (staged[e] ? summary(key) : undefined)));
  const headFiles = headRead.map(usable);
  const delta = staged.map((changes, e) => (headRead[e] === 'uncontained' ? undefined : changes));

  // What only a full read answers: each spec still missing an environment. HEAD is read along
  // (when asked to prime it, and when no spec lists it anyway) so that the next run can derive
  // the index from its summary.
  const full: TreeSpec[] = [];
  const need = (spec: TreeSpec) => {
    if (!full.includes(spec)) full.push(spec);
  };
  const primed = headSpec && options.primeHead && !specs.some((spec) => commitOf(spec) === head) ? headSpec : undefined;
  specs.forEach((spec, t) => {
    environments.forEach((_, e) => {
      const derived = spec.name === 'index' && delta[e] !== undefined;
      if (result[t]![e] || (derived && headFiles[e])) return;
      need(spec);
      if (derived && primed && headKeys[e] && headRead[e] === undefined) need(primed);
    });
  });
  const sources = new Map<string, WorktreeSource>();
  let pooled = false;
  if (full.length > 0) {
    const { readListedTrees } = await import('./read-listed-trees.js'); // A warm check lists nothing: not loaded then.
    const listed = await readListedTrees(repo, environments, full, { reader, cache: options.cache, keepSources: options.keepSources, workers: options.workers });
    pooled = listed.pooled;
    await collectRead(listed);
    const saves: Promise<void>[] = [];
    full.forEach((spec, i) => {
      const tree = listed.trees[i]!;
      const commit = commitOf(spec);
      environments.forEach((_, e) => {
        const files = tree.files[e]!;
        // Kept only when nothing outside the version locations went into these files.
        const linked = tree.entries.some((entry) => (entry.mode === '120000' || entry.mode === '160000') && locations[e]!.some((location) => isUnder(entry.path, location)));
        const contained = !tree.labelConstants && tree.problems.length === 0 && !linked;
        const key = keyOf(spec, e);
        // What the summary keeps of the location's other entries: git's listings hold them all.
        const paths = key && store && contained && spec.name !== 'worktree' && tree.unmerged.length === 0 ? locationPaths(environments[e]!, tree.entries) : undefined;
        // The same commit named twice (base = target, often) is one listing.
        specs.forEach((other, t) => {
          if (other === spec || (commit !== undefined && commitOf(other) === commit)) result[t]![e] ??= { files, fromSummary: false, contained, paths };
        });
        if (spec === primed && key && store) saves.push(contained ? store.write(key, files, headerOf(files), paths) : store.writeUncontained(key));
        else if (key && store && !contained) saves.push(store.writeUncontained(key));
      });
      if (spec.name === 'worktree' && options.keepSources) {
        for (const files of tree.files) {
          for (const file of files) {
            const bytes = file.blob === undefined ? undefined : listed.worktreeBytes.get(file.blob);
            const text = file.blob === undefined ? undefined : listed.sources.get(file.blob)?.text;
            if (bytes && text !== undefined) sources.set(file.path, { bytes, text });
          }
        }
      }
    });
    await Promise.all(saves);
    // And what the saves and the listings' entries were, once nothing holds them.
    await collectRead(listed);
  }

  // The index: HEAD's files, minus what is deleted or replaced, plus the staged revision files.
  for (const [t, spec] of specs.entries()) {
    if (spec.name !== 'index') continue;
    for (const [e, env] of environments.entries()) {
      if (result[t]![e]) continue;
      const files = await applyDelta(headFiles[e]!, delta[e]!, env, reader);
      if (files) {
        result[t]![e] = { files, fromSummary: false, contained: true };
        continue;
      }
      // A staged file the delta cannot take (a label constant): list the index after all.
      const { readListedTrees } = await import('./read-listed-trees.js');
      const listed = await readListedTrees(repo, environments, [spec], { reader, cache: options.cache });
      environments.forEach((_, k) => { result[t]![k] ??= { files: listed.trees[0]!.files[k]!, fromSummary: false, contained: !listed.trees[0]!.labelConstants && listed.trees[0]!.problems.length === 0 }; });
      pooled ||= listed.pooled;
      await collectRead(listed);
    }
  }
  return {
    trees: result.map((perEnv, t) => perEnv.map((slot, e) => ({ ...slot!, key: keyOf(specs[t]!, e) }))),
    sources,
    pooled,
  };
}

/** A summary header needs the tree's graph: built here only for HEAD read along (see primeHead). */
function headerOf(files: readonly RevisionFile[]) {
  return summaryHeader(buildGraph(files), files);
}

/**
 * Keeps a summary of every tree that was read in full and has a key, from the graph the caller
 * built of it (`graphs[spec][environment]`, undefined where there is none). Never throws.
 */
export async function rememberTrees(repo: Pick<TreeRepository, 'commonDir'>, loaded: LoadedTrees, graphs: readonly (readonly (Graph | undefined)[])[], store: TreeSummaries | null = TreeSummaries.at(repo.commonDir)): Promise<void> {
  if (!store) return;
  const done = new Set<string>();
  const wanted: { key: string; tree: TreeRead; graph: Graph }[] = [];
  loaded.trees.forEach((perEnv, t) => perEnv.forEach((tree, e) => {
    const graph = graphs[t]?.[e];
    if (!tree.key || tree.fromSummary || !tree.contained || !graph || done.has(tree.key)) return;
    done.add(tree.key);
    wanted.push({ key: tree.key, tree, graph });
  }));
  const unknown = (await Promise.all(wanted.map(async (want) => ((await store.has(want.key)) ? undefined : want)))).filter((want) => want !== undefined);
  // What building the graphs of a big read left behind (20–28 MB of large arrays at 50,000
  // revisions) goes before the summaries' text is made: without it the run ended ~7 MB higher,
  // as its peak (measured before hold-heap-growth held the old generation too).
  if (unknown.length > 0) await collectRead(loaded);
  await Promise.all(unknown.map(({ key, tree, graph }) => store.write(key, tree.files, summaryHeader(graph, tree.files), tree.paths)));
}

/** HEAD's files with the staged changes applied, or undefined when a staged file needs more. */
async function applyDelta(head: readonly RevisionFile[], delta: readonly StagedChange[], env: Environment, reader: BlobReader): Promise<RevisionFile[] | undefined> {
  const gone = new Set(delta.map((change) => change.path));
  const staged = delta.filter((change) => change.status !== 'D');
  const selected = new Set(selectRevisionFiles(staged.map((change) => change.path), env));
  const wanted = staged.filter((change) => selected.has(change.path));
  const blobs = wanted.length > 0 ? await reader.readAll(wanted.map((change) => change.oid)) : new Map<string, Uint8Array>();
  const added: RevisionFile[] = [];
  for (const change of wanted) {
    const bytes = blobs.get(change.oid);
    if (!bytes) return undefined;
    const file = readRevisionFile(change.path, decodeSource(bytes).text, change.oid);
    if (hasExpressionItems(file)) return undefined;
    added.push(file);
  }
  return mergeInLoadOrder(head.filter((file) => !gone.has(file.path)), added);
}
