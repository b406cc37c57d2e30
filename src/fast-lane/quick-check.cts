/**
 * The pre-commit fast lane: `migcheck check` on a commit that stages nothing an environment
 * reads cannot change a migration graph, so it finishes after one git call. CommonJS and free of
 * ES module imports, because bin/migcheck.js runs it before the ES module CLI is loaded: such a
 * commit then costs Node's start plus `git diff --cached`.
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
 * It only takes the plainest invocations (`check` with --target/--config/--format/--quiet/--color);
 * anything else — paths, --rev, --cwd, --dir, --help, MIGCHECK_SKIP, a git failure — goes to the
 * full CLI, which decides exactly as before. Never throws: any surprise also goes there.
 */
import { statSync } from 'node:fs';
import { isConfigCandidate } from '../alembic/config-candidate.cjs';
import { linkedLocations, touchesEnvironment } from '../alembic/environment-paths.cjs';
import { cachedEnvironments, indexKey, rememberEnvironments, settingsText, treeKey } from '../cache/environment-cache.cjs';
import { locateRepository } from '../git/locate-repository.cjs';
import { fileIdentity, isDiscoveryPath, readIndexFacts, readIndexTail, type IndexEntryFact } from '../git/read-index.cjs';
import { readHead } from '../git/read-head.cjs';
import { stagedChangesInBackground } from '../git/staged-paths.cjs';
import type { LaneHandOff } from '../app/lane-hand-off.js';
import type { Environment } from '../core/types.js';

const CONFIG_NAMES = new Set(['.migcheckrc.json', 'package.json']);
const VALUED = new Set(['--target', '--config', '--format']);
const FLAGS = new Set(['--quiet', '-q', '--color', '--no-color']);
const FORMATS = new Set(['human', 'json', 'github']);

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

/** What `check --format json` prints when there was nothing to check. */
export function nothingToCheckJson(): string {
  return `${JSON.stringify({ ok: true, target: null, environments: [] }, null, 2)}\n`;
}

/** The --format of a plain `check` invocation, or undefined when the full CLI must parse it. */
function plainCheckFormat(argv: readonly string[]): { format: string; config: boolean } | undefined {
  const rest = argv[0] === 'check' ? argv.slice(1) : argv;
  let format = 'human';
  let config = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (FLAGS.has(arg)) continue;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return undefined;
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || (eq < 0 && value.startsWith('-'))) return undefined;
    if (name === '--format') format = value;
    if (name === '--config') config = true;
  }
  return FORMATS.has(format) ? { format, config } : undefined;
}

/**
 * Runs the fast lane: the exit code when it finished the run; otherwise what it read, for the
 * full check (undefined when it read nothing usable).
 */
export async function quickCheck(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, write: (text: string) => void): Promise<number | LaneHandOff | undefined> {
  try {
    if (env.MIGCHECK_SKIP !== undefined) return undefined;
    const plain = plainCheckFormat(argv);
    if (plain === undefined) return undefined;
    // The index git is about to describe: the lane reads the same file, or nothing.
    const repository = locateRepository(cwd, env);
    const before = repository ? statSync(repository.indexFile, { bigint: true, throwIfNoEntry: false }) : undefined;
    const diff = stagedChangesInBackground({ cwd, env });
    // While git compares the index with HEAD, the lane finds the environments: those of HEAD's
    // tree, else those of the index's config entries (a walk of the index file), and the tree ids
    // of the index's folders. (Not with --config: the settings then come from elsewhere.)
    let known: { environments: readonly Environment[]; linked: boolean } | undefined;
    let fromHead = false;
    let keys: string[] = [];
    let tail: ReturnType<typeof readIndexTail>;
    let links: IndexEntryFact[] | undefined;
    let headTreeKey: string | undefined;
    if (repository && before && !plain.config) {
      const identity = fileIdentity(before);
      const settings = settingsText(repository.root);
      tail = readIndexTail(repository.indexFile, identity);
      const root = tail?.trees.get('');
      if (root !== undefined) keys.push(treeKey(root, settings));
      const head = readHead(repository);
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
    const answer = () => {
      if (plain.format === 'json') write(nothingToCheckJson());
      return 0;
    };
    if (!mightTouchMigrations(changes.map((change) => change.path))) return answer();
    // HEAD's environments are the index's when no config or link is staged.
    const configStaged = changes.some(({ path, mode }) => isDiscoveryPath(path) || isConfigCandidate(path) || CONFIG_NAMES.has(path.slice(path.lastIndexOf('/') + 1)) || mode === '120000' || mode === '160000');
    if (fromHead && configStaged) known = undefined;
    else if (!fromHead && headTreeKey && !configStaged) keys.push(headTreeKey);
    if (known && !touchesEnvironments(changes, known.environments, known.linked)) {
      // Kept under the index's own root tree: HEAD's tree once this commit is made.
      if (repository) rememberEnvironments(repository.commonDir, keys, known);
      return answer();
    }
    return {
      cwd, changes, repository, indexIdentity: before ? fileIdentity(before) : undefined, indexTrees: tail?.trees, links,
      environments: known?.environments, linked: known?.linked, environmentKeys: keys,
    };
  } catch {
    return undefined;
  }
}
