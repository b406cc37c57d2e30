/**
 * The pre-commit fast lane: `migcheck check` on a commit that stages nothing an environment
 * reads cannot change a migration graph, so it finishes after one git call. CommonJS, like the
 * git code it calls, so that it needs no ES module; the CLI (main.ts) asks it only for a plain
 * check of the index — decided by the one argv parser and the command table — and prints the
 * answer itself.
 *
 *  - No Python file and no config staged: answered at once.
 *  - Python files staged, no config: the index's environments come from the environment cache,
 *    keyed by HEAD's root tree id (read from the repository's files) or by the index's own config
 *    entries (read from the index file); when none of the staged files lies in a version location,
 *    is an environment's config, or lies under a script location (a revision file no location
 *    holds), answered too, and the environments kept under the index's root tree id for the next
 *    commit. All of this is read while git runs `diff --cached`.
 *  - Anything else goes to the full check, with what the lane read handed over (LaneHandOff).
 *
 * Never throws: any surprise leaves the run to the full check, which says what went wrong.
 */
import { statSync } from 'node:fs';
import { isConfigCandidate } from '../alembic/config-candidate.cjs';
import { linkedLocations, touchesEnvironment } from '../alembic/environment-paths.cjs';
import { cachedEnvironments, indexKey, rememberEnvironments, settingsText, treeKey } from '../cache/environment-cache.cjs';
import { rawTrees } from '../cache/raw-trees.cjs';
import { treeMarks } from '../cache/tree-marks.cjs';
import { locateRepository } from '../git/locate-repository.cjs';
import { fileIdentity, isDiscoveryPath, readIndexFacts, readIndexTail, type IndexEntryFact } from '../git/read-index.cjs';
import { readHead } from '../git/read-head.cjs';
import { stagedChangesInBackground, type StagedChange } from '../git/staged-paths.cjs';
import { stagedFromFiles } from '../git/staged-from-files.cjs';
import { repositoryFiles, type RepositoryFiles } from '../git/repository-files.cjs';
import type { LaneHandOff } from '../app/lane-hand-off.js';
import type { Environment } from '../core/types.js';

const CONFIG_NAMES = new Set(['.migcheckrc.json', 'package.json']);

/** True when a staged path could change what migcheck checks (conservative, no config read). */
export function mightTouchMigrations(paths: readonly string[]): boolean {
  return paths.some((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /\.py[co]?$/.test(name) || isConfigCandidate(path) || CONFIG_NAMES.has(name);
  });
}

/**
 * True when a staged path can change what a check of `environments` reports: a config of any
 * kind, a link or submodule, a file an environment reads or could read (see touchesEnvironment),
 * or — when a version location lies behind a link (`linked`) — any Python file at all (it may be a
 * revision file reached through the link).
 */
export function touchesEnvironments(changes: readonly { path: string; mode: string }[], environments: readonly Environment[], linked: boolean): boolean {
  return changes.some(({ path, mode }) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (isDiscoveryPath(path) || isConfigCandidate(path) || CONFIG_NAMES.has(name) || mode === '120000' || mode === '160000') return true;
    if (linked && /\.py[co]?$/.test(name)) return true;
    return environments.some((env) => touchesEnvironment(path, env, environments));
  });
}

/**
 * Runs the fast lane for a plain check of the index in `cwd`: true when the index stages nothing
 * the check reads (the run is done); otherwise what it read, for the full check of the same
 * process (undefined when it read nothing usable, or git could not say).
 */
export async function quickCheck(context: { cwd: string; env: NodeJS.ProcessEnv }): Promise<true | LaneHandOff | undefined> {
  const { cwd, env } = context;
  try {
    // The index git is about to describe: the lane reads the same file, or nothing.
    const repository = locateRepository(cwd, env);
    const before = repository ? statSync(repository.indexFile, { bigint: true, throwIfNoEntry: false }) : undefined;
    // What the index stages, from the repository's files when they tell it for certain (the
    // cache-tree git commit refreshes before its hook, HEAD's trees); git otherwise.
    const tail = repository && before ? readIndexTail(repository.indexFile, fileIdentity(before)) : undefined;
    const root = tail?.trees.get('');
    let fromFiles: StagedChange[] | undefined;
    let files: RepositoryFiles | undefined;
    let head: ReturnType<typeof readHead>;
    const hashBytes = root?.length === 64 ? 32 : 20;
    if (repository && before && root !== undefined && (files = repositoryFiles(repository, env, hashBytes))) {
      const { store } = files;
      head = readHead(repository, store);
      // Large trees through the raw-tree cache, for the lane and the check it hands over to:
      // HEAD's versions folder was the index's at the last commit.
      store.keepTreesWith(rawTrees(repository.commonDir, hashBytes));
      if (head) fromFiles = stagedFromFiles({ indexTree: root, headTree: head.tree, store, hashBytes, marks: treeMarks(repository.commonDir) });
      if (fromFiles && !mightTouchMigrations(fromFiles.map((change) => change.path))) return true;
    } else if (repository) head = readHead(repository);
    const diff = fromFiles ? Promise.resolve(fromFiles) : stagedChangesInBackground({ cwd, env });
    // While git compares the index with HEAD, the lane finds the environments: those of HEAD's
    // tree, else those of the index's config entries (a walk of the index file), and the tree ids
    // of the index's folders.
    let known: { environments: readonly Environment[]; linked: boolean } | undefined;
    let fromHead = false;
    let keys: string[] = [];
    let links: IndexEntryFact[] | undefined;
    let headTreeKey: string | undefined;
    if (repository && before) {
      const identity = fileIdentity(before);
      const settings = settingsText(repository.root);
      if (root !== undefined) keys.push(treeKey(root, settings));
      headTreeKey = head ? treeKey(head.tree, settings) : undefined;
      known = headTreeKey ? cachedEnvironments(repository.commonDir, headTreeKey) : undefined;
      fromHead = known !== undefined;
      if (!known) {
        const walked = readIndexFacts(repository.indexFile, identity);
        if (walked) {
          links = [...walked.links];
          const key = indexKey([...walked.configs, ...walked.links], settings);
          keys.push(key);
          const cached = cachedEnvironments(repository.commonDir, key);
          if (cached) known = { environments: cached.environments, linked: linkedLocations(cached.environments, walked.links) };
        }
      }
    }
    const changes = await diff;
    if (changes === undefined) return undefined;
    if (!mightTouchMigrations(changes.map((change) => change.path))) return true;
    // HEAD's environments are the index's when no config or link is staged.
    const configStaged = changes.some(({ path, mode }) => isDiscoveryPath(path) || isConfigCandidate(path) || CONFIG_NAMES.has(path.slice(path.lastIndexOf('/') + 1)) || mode === '120000' || mode === '160000');
    if (fromHead && configStaged) known = undefined;
    else if (!fromHead && headTreeKey && !configStaged) keys.push(headTreeKey);
    if (known && !touchesEnvironments(changes, known.environments, known.linked)) {
      // Kept under the index's own root tree: HEAD's tree once this commit is made.
      if (repository) rememberEnvironments(repository.commonDir, keys, known);
      return true;
    }
    // `known` are the index's environments (HEAD's when nothing staged changes them, or those kept
    // under the index's own config entries), so they are kept under the index's root tree now, as
    // above: the next commit on top of this one then finds its HEAD's environments without
    // walking the index file (the full check after a summary answer keeps nothing).
    if (repository && known && root !== undefined && keys[0] !== headTreeKey) rememberEnvironments(repository.commonDir, [keys[0]!], known);
    return {
      cwd, changes, repository, indexIdentity: before ? fileIdentity(before) : undefined, indexTrees: tail?.trees, links, files,
      environments: known?.environments, linked: known?.linked, environmentKeys: keys,
    };
  } catch {
    return undefined;
  }
}
