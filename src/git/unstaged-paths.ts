/**
 * Which of some paths differ between the working tree and the index (unstaged edits, untracked
 * files): one `git status --porcelain=v1 -z` call. `rebase-plan --apply` refuses to rewrite such
 * a file, since git would hold no copy to undo the rewrite with.
 */
import { runGit, type GitContext } from './run-git.js';

/** argv for unstagedPaths (pure, for tests). */
export function unstagedPathsArgs(paths: readonly string[]): string[] {
  return ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...paths.map((p) => `:(literal)${p}`)];
}

/** Parses `XY path\0` records; keeps paths whose worktree column (Y) is not blank. */
export function parseUnstaged(stdout: string): string[] {
  const out: string[] = [];
  for (const record of stdout.split('\0')) {
    if (record.length < 4) continue;
    if (record[1] !== ' ') out.push(record.slice(3));
  }
  return out;
}

/** The subset of `paths` (repository-relative) with unstaged edits or not tracked at all. */
export async function unstagedPaths(repo: GitContext, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const result = await runGit(repo, unstagedPathsArgs(paths));
  return new Set(parseUnstaged(result.stdout));
}
