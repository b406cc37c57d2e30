/**
 * The trees of a check (the index or a commit, the merge-base, the target tip), read the fast way
 * where it is exact, and through loadTrees everywhere else:
 *  - a commit's environment comes from its tree snapshot (tree-snapshots) when one exists; a
 *    commit read in full leaves one for the next run, or a mark that it cannot have one (a
 *    symlink or a label constant makes its files depend on more than its version locations);
 *  - the index is HEAD's snapshot plus the staged changes (`git diff --cached --raw`, which the
 *    fast lane already read): only the staged revision files are read and parsed. Taken only
 *    when that is exactly what listing the index would give: one version location, not
 *    sourceless, only added, modified or deleted regular files under it, no conflict, and no
 *    label written as a constant in a staged file. Without a snapshot of HEAD the index is
 *    listed (and, for the hook, HEAD read along once so the next commit finds one). */
import type { Environment, RevisionFile } from '../core/types.js';
import { compareLoadOrder, decodeSource, normaliseDir, READER_VERSION, readRevisionFile, selectRevisionFiles } from '../core/reader/index.js';
import type { BlobReader } from '../git/blob-reader.js';
import type { StagedChange } from '../git/staged-paths.cjs';
import type { TreeRepository, TreeSpec } from './load-trees.js';
import { hasExpressionItems } from '../core/reader/expression-items.js';
import { isUnder } from '../alembic/environment-paths.cjs';
import { snapshotKey, TreeSnapshots, UNCONTAINED } from '../cache/tree-snapshots.js';

/** Options of loadCheckTrees. */
export interface CheckTreesOptions {
  reader: BlobReader;
  /** The index's changes against HEAD; without them the index is listed in full. */
  staged?: readonly StagedChange[] | undefined;
  /** The snapshot store; `<commonDir>/migcheck` when undefined, none when null. */
  snapshots?: TreeSnapshots | null;
  /**
   * When HEAD has no snapshot yet, read it along with the index (once), so later runs derive the
   * index from it: worth it for a hook that runs on every commit, not for a one-off command.
   */
  primeHead?: boolean;
}

/** Staged files beyond this many are read through a full listing (a mass change is rare). */
const MAX_DELTA = 256;

const REGULAR = new Set(['100644', '100755']);

/** The staged changes that make up `env`'s index files from HEAD's, or undefined when not exact. */
function deltaFor(env: Environment, staged: readonly StagedChange[]): StagedChange[] | undefined {
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

/** `head` with `added` (in load order) merged in: both lists are in load order already. */
function mergeInOrder(head: readonly RevisionFile[], added: RevisionFile[]): RevisionFile[] {
  if (added.length === 0) return [...head];
  added.sort((a, b) => compareLoadOrder(a.path, b.path));
  const out: RevisionFile[] = [];
  let i = 0;
  for (const file of added) {
    // Binary search for the first head file after `file` (from where the last one went).
    let lo = i;
    let hi = head.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareLoadOrder(head[mid]!.path, file.path) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; i < lo; i++) out.push(head[i]!);
    out.push(file);
  }
  for (; i < head.length; i++) out.push(head[i]!);
  return out;
}

/**
 * The revision files of every environment in every tree: `[spec][environment]`, each list in
 * Alembic's load order, exactly as loadTrees would give them.
 */
export async function loadCheckTrees(
  repo: TreeRepository,
  environments: readonly Environment[],
  specs: readonly TreeSpec[],
  options: CheckTreesOptions,
): Promise<RevisionFile[][][]> {
  const { reader } = options;
  const store = options.snapshots === undefined ? TreeSnapshots.at(repo.commonDir) : options.snapshots;
  const head = repo.head;
  // The index can be HEAD + staged changes only with a HEAD and the changes against it.
  const derivable = Boolean(head && options.staged && specs.some((spec) => spec.name === 'index'));
  const commitOf = (spec: TreeSpec) => (spec.name === 'head' || spec.name === 'base' || spec.name === 'target' ? spec.commit : undefined);
  const commits = [...new Set([...specs.map(commitOf), derivable ? head : undefined].filter((c): c is string => c !== undefined))];
  const locations = environments.map((env) => env.versionLocations.map(normaliseDir));
  const trees = store && commits.length > 0
    ? await reader.treeIds(commits.flatMap((commit) => locations.flat().map((location) => `${commit}:${location}`)))
    : new Map<string, string>();
  const keyOf = (commit: string, e: number): string | undefined => {
    const ids = locations[e]!.map((location) => trees.get(`${commit}:${location}`));
    return ids.every((id): id is string => id !== undefined) ? snapshotKey(READER_VERSION, environments[e]!, ids) : undefined;
  };
  const reads = new Map<string, Promise<RevisionFile[] | typeof UNCONTAINED | undefined>>();
  const snapshot = (key: string | undefined) => {
    if (!key || !store) return Promise.resolve(undefined);
    let read = reads.get(key);
    if (!read) reads.set(key, (read = store.read(key)));
    return read;
  };
  const usable = (files: RevisionFile[] | typeof UNCONTAINED | undefined) => (files === UNCONTAINED ? undefined : files);

  // Commits from their snapshots.
  const result: (RevisionFile[] | undefined)[][] = await Promise.all(specs.map((spec) => {
    const commit = commitOf(spec);
    return Promise.all(environments.map(async (_, e) => (commit ? usable(await snapshot(keyOf(commit, e))) : undefined)));
  }));
  // The index as HEAD + staged changes, where exact and HEAD is not known to depend on more;
  // HEAD's snapshot is read only where the index could be derived from it.
  const headKeys = environments.map((_, e) => (derivable ? keyOf(head!, e) : undefined));
  const staged = environments.map((env) => (derivable ? deltaFor(env, options.staged!) : undefined));
  const headRead = await Promise.all(headKeys.map((key, e) => (staged[e] ? snapshot(key) : undefined)));
  const headFiles = headRead.map(usable);
  const delta = staged.map((changes, e) => (headRead[e] === UNCONTAINED ? undefined : changes));

  // What only a full read answers: each spec still missing an environment. HEAD is read along
  // (when asked to prime it, and when no spec lists it anyway) so that the next run can derive
  // the index from its snapshot.
  const full: TreeSpec[] = [];
  const need = (spec: TreeSpec) => {
    if (!full.includes(spec)) full.push(spec);
  };
  const headSpec: TreeSpec | undefined = head && options.primeHead && !specs.some((spec) => commitOf(spec) === head) ? { name: 'head', commit: head } : undefined;
  specs.forEach((spec, t) => {
    environments.forEach((_, e) => {
      const derived = spec.name === 'index' && delta[e] !== undefined;
      if (result[t]![e] || (derived && headFiles[e])) return;
      need(spec);
      if (derived && headSpec && headKeys[e] && headRead[e] === undefined) need(headSpec);
    });
  });
  if (full.length > 0) {
    const { loadTrees } = await import('./load-trees.js'); // A warm check lists nothing: not loaded then.
    const loaded = await loadTrees(repo, environments, full, { reader });
    const saves: Promise<void>[] = [];
    full.forEach((spec, i) => {
      const tree = loaded.trees[i]!;
      const commit = commitOf(spec);
      environments.forEach((env, e) => {
        const files = tree.files[e]!;
        // The same commit named twice (base = target, often) is one listing.
        specs.forEach((other, t) => {
          if (other === spec || (commit !== undefined && commitOf(other) === commit)) result[t]![e] ??= files;
        });
        const key = commit ? keyOf(commit, e) : undefined;
        if (!key || !store) return;
        // Kept only when nothing outside the version locations went into these files.
        const linked = tree.entries.some((entry) => (entry.mode === '120000' || entry.mode === '160000') && locations[e]!.some((location) => isUnder(entry.path, location)));
        const contained = !tree.labelConstants && tree.problems.length === 0 && !linked;
        saves.push(contained ? store.write(key, files) : store.markUncontained(key));
      });
    });
    await Promise.all(saves);
  }

  // The index: HEAD's files, minus what is deleted or replaced, plus the staged revision files.
  for (const [t, spec] of specs.entries()) {
    if (spec.name !== 'index') continue;
    for (const [e, env] of environments.entries()) {
      if (result[t]![e]) continue;
      const files = await applyDelta(headFiles[e]!, delta[e]!, env, reader);
      if (files) {
        result[t]![e] = files;
        continue;
      }
      // A staged file the delta cannot take (a label constant): list the index after all.
      const { loadTrees } = await import('./load-trees.js');
      const loaded = await loadTrees(repo, environments, [spec], { reader });
      environments.forEach((_, k) => { result[t]![k] ??= loaded.trees[0]!.files[k]!; });
    }
  }
  return result.map((perEnv) => perEnv.map((files) => files!));
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
  return mergeInOrder(head.filter((file) => !gone.has(file.path)), added);
}
