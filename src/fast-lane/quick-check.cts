/**
 * The pre-commit fast lane: `migcheck check` on a commit that stages nothing an environment
 * reads cannot change a migration graph, so it finishes after one git call. CommonJS and free of
 * ES module imports, because bin/migcheck.js runs it before the ES module CLI is loaded: such a
 * commit then costs Node's start plus `git diff --cached`.
 *
 *  - No Python file and no config staged: answered at once.
 *  - Python files staged, no config: the index's environments are looked up in the environment
 *    cache under the fingerprint of the index's own config entries (read from the index file, no
 *    git); when none of the staged files lies in a version location, is an environment's config,
 *    or lies under a script location (a revision file no location holds), answered too.
 *  - Anything else goes to the full check, with what the lane read handed over (LaneHandOff).
 *
 * It only takes the plainest invocations (`check` with --target/--config/--format/--quiet/--color);
 * anything else — paths, --rev, --cwd, --dir, --help, MIGCHECK_SKIP, a git failure — goes to the
 * full CLI, which decides exactly as before. Never throws: any surprise also goes there.
 */
import { statSync } from 'node:fs';
import { isConfigCandidate } from '../alembic/config-candidate.cjs';
import { isUnder, touchesEnvironment } from '../alembic/environment-paths.cjs';
import { cachedEnvironments, indexFingerprint } from '../cache/environment-cache.cjs';
import { locateRepository } from '../git/locate-repository.cjs';
import { fileIdentity, isDiscoveryPath, readIndexFacts } from '../git/read-index.cjs';
import { stagedChanges } from '../git/staged-paths.cjs';
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
 * kind, a file an environment reads or could read (see touchesEnvironment), or — when a version
 * location lies behind a symlink or submodule of the index — any Python file at all (it may be a
 * revision file reached through the link).
 */
export function touchesEnvironments(paths: readonly string[], environments: readonly Environment[], links: readonly { path: string }[]): boolean {
  const linked = environments.some((env) => env.versionLocations.some((location) => links.some((link) => isUnder(location, link.path))));
  return paths.some((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (isDiscoveryPath(path) || isConfigCandidate(path) || CONFIG_NAMES.has(name)) return true;
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

/** The index's facts and the cached environments for them, as far as they can be had without git. */
export function laneFacts(cwd: string, env: NodeJS.ProcessEnv, identity?: string): Pick<LaneHandOff, 'repository' | 'index' | 'fingerprint' | 'environments'> {
  const repository = locateRepository(cwd, env);
  const index = repository ? readIndexFacts(repository.indexFile, identity) : undefined;
  if (!repository || !index) return { repository };
  const fingerprint = indexFingerprint(index, repository.root);
  return { repository, index, fingerprint, environments: cachedEnvironments(repository.commonDir, fingerprint) };
}

/**
 * Runs the fast lane: the exit code when it finished the run; otherwise what it read, for the
 * full check (undefined when it read nothing usable).
 */
export function quickCheck(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, write: (text: string) => void): number | LaneHandOff | undefined {
  try {
    if (env.MIGCHECK_SKIP !== undefined) return undefined;
    const plain = plainCheckFormat(argv);
    if (plain === undefined) return undefined;
    // The index git is about to describe: the lane reads the same file afterwards, or nothing.
    const located = locateRepository(cwd, env);
    const before = located ? statSync(located.indexFile, { bigint: true, throwIfNoEntry: false }) : undefined;
    const changes = stagedChanges({ cwd, env });
    if (changes === undefined) return undefined;
    const answer = () => {
      if (plain.format === 'json') write(nothingToCheckJson());
      return 0;
    };
    const paths = changes.map((change) => change.path);
    if (!mightTouchMigrations(paths)) return answer();
    // Python files staged: which environments does this index have? (Not with --config: the
    // settings then come from elsewhere.)
    const facts = before && !plain.config ? laneFacts(cwd, env, fileIdentity(before)) : {};
    if (facts.environments && facts.index && !touchesEnvironments(paths, facts.environments, facts.index.links)) return answer();
    return { cwd, changes, ...facts };
  } catch {
    return undefined;
  }
}
