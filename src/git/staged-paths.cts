/**
 * What the index changes against HEAD, for the pre-commit fast lane and the check after it: one
 * `git diff --cached --raw` call. CommonJS, like git-process, so the fast lane needs no ES module.
 */
import { runGitInBackground, runGitSync, type GitContext } from './git-process.cjs';

/** One staged change (`--no-renames`: a rename is a deletion plus an addition). */
export interface StagedChange {
  /** A added, D deleted, M modified, T type changed, U unmerged. */
  status: string;
  /** Mode and blob id in the index; `000000` and zeros for a deletion or a conflict. */
  mode: string;
  oid: string;
  path: string;
}

/** `diff --cached --raw -z` with full ids, no renames, no external diff programs. */
export function stagedPathsArgs(): string[] {
  return ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff'];
}

/** Parses `--raw -z` records: `:<mode> <mode> <oid> <oid> <status>\0<path>\0`. */
export function parseStagedChanges(stdout: string): StagedChange[] {
  const items = stdout.split('\0');
  const changes: StagedChange[] = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const [, mode = '', , oid = '', status = ''] = items[i]!.slice(1).split(' ');
    changes.push({ status: status.slice(0, 1), mode, oid, path: items[i + 1]! });
  }
  return changes;
}

/**
 * Every staged change against HEAD (before the first commit: every staged path as added), or
 * undefined when git failed (not a repository: the full CLI says so clearly).
 */
export function stagedChanges(context: GitContext): StagedChange[] | undefined {
  const stdout = runGitSync(context, stagedPathsArgs());
  return stdout === undefined ? undefined : parseStagedChanges(stdout);
}

/** stagedChanges with git running in the background while the caller works (see runGitInBackground). */
export function stagedChangesInBackground(context: GitContext): Promise<StagedChange[] | undefined> {
  return runGitInBackground(context, stagedPathsArgs()).then((stdout) => (stdout === undefined ? undefined : parseStagedChanges(stdout)));
}
