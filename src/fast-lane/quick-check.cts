/**
 * The pre-commit fast lane: `migcheck check` on a commit that stages no Python file and no
 * config cannot change a migration graph, so it finishes after one git call. CommonJS and free of
 * ES module imports, because bin/migcheck.js runs it before the ES module CLI is loaded: a commit
 * that stages no migration then costs Node's start plus git's one call.
 *
 * It only takes the plainest invocations (`check` with --target/--config/--format/--quiet/--color);
 * anything else — paths, --rev, --cwd, --dir, --help, MIGCHECK_SKIP, a git failure — goes to the
 * full CLI, which decides exactly as before. Never throws: any surprise also goes there.
 */
import { isConfigCandidate } from '../alembic/config-candidate.cjs';
import { stagedChanges, type StagedChange } from '../git/staged-paths.cjs';

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

/** What `check --format json` prints when there was nothing to check. */
export function nothingToCheckJson(): string {
  return `${JSON.stringify({ ok: true, target: null, environments: [] }, null, 2)}\n`;
}

/** The --format of a plain `check` invocation, or undefined when the full CLI must parse it. */
function plainCheckFormat(argv: readonly string[]): string | undefined {
  const rest = argv[0] === 'check' ? argv.slice(1) : argv;
  let format = 'human';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (FLAGS.has(arg)) continue;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return undefined;
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || (eq < 0 && value.startsWith('-'))) return undefined;
    if (name === '--format') format = value;
  }
  return FORMATS.has(format) ? format : undefined;
}

/** The staged changes the fast lane read, for the full check of the same process (same index). */
export const quickLaneState: { staged?: { cwd: string; changes: StagedChange[] } } = {};

/**
 * Runs the fast lane: the exit code when it finished the run, undefined when the full CLI must.
 */
export function quickCheck(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, write: (text: string) => void): number | undefined {
  try {
    if (env.MIGCHECK_SKIP !== undefined) return undefined;
    const format = plainCheckFormat(argv);
    if (format === undefined) return undefined;
    const changes = stagedChanges({ cwd, env });
    if (changes === undefined) return undefined;
    if (mightTouchMigrations(changes.map((change) => change.path))) {
      quickLaneState.staged = { cwd, changes };
      return undefined;
    }
    if (format === 'json') write(nothingToCheckJson());
    return 0;
  } catch {
    return undefined;
  }
}
