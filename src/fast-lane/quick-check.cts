/**
 * The pre-commit fast lane: `migcheck check` on a commit that stages no Python file and no
 * config cannot change a migration graph, so it finishes after one git call. CommonJS, like the
 * git code it calls, so that it needs no ES module; the CLI (main.ts) asks it only for a plain
 * check of the index, decided by the one argv parser, and prints the answer itself.
 * Never throws: any surprise leaves the run to the full check, which says what went wrong.
 */
import { isConfigCandidate } from '../alembic/config-candidate.cjs';
import { stagedChanges, type StagedChange } from '../git/staged-paths.cjs';

const CONFIG_NAMES = new Set(['.migcheckrc.json', 'package.json']);

/** True when a staged path could change what migcheck checks (conservative, no config read). */
export function mightTouchMigrations(paths: readonly string[]): boolean {
  return paths.some((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /\.py[co]?$/.test(name) || isConfigCandidate(path) || CONFIG_NAMES.has(name);
  });
}

/** The staged changes the fast lane read, for the full check of the same process (same index). */
export const quickLaneState: { staged?: { cwd: string; changes: StagedChange[] } } = {};

/**
 * True when the index in `cwd` stages nothing migcheck reads: the check is done. False when the
 * full check must run (the staged changes it read are handed over) or git could not say.
 */
export function quickCheck(context: { cwd: string; env: NodeJS.ProcessEnv }): boolean {
  try {
    const changes = stagedChanges(context);
    if (changes === undefined) return false;
    if (mightTouchMigrations(changes.map((change) => change.path))) {
      quickLaneState.staged = { cwd: context.cwd, changes };
      return false;
    }
    return true;
  } catch {
    return false;
  }
}
