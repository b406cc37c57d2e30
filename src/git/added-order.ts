/**
 * The order in which this branch's commits added migration files: one
 * `git log --reverse --diff-filter=A --name-only -z base..HEAD -- <dirs>` call. The rebase plan
 * stacks independent chains in this order, so the chain committed first stays first.
 */
import { validateRef } from './argv.js';
import { splitNul } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

// A marker line per commit keeps the parser independent of commit message content.
const MARK = 'migcheck-commit';

/** argv for addedOrder (pure, for tests). `base` may be undefined (no merge-base: all of HEAD). */
export function addedOrderArgs(base: string | undefined, dirs: readonly string[]): string[] {
  const range = base === undefined ? ['HEAD'] : [`${validateRef(base, 'revision')}..HEAD`];
  return ['log', '--reverse', '--diff-filter=A', '--name-only', '-z', '--no-renames', `--format=${MARK}`, '--end-of-options', ...range, '--', ...dirs];
}

/** Parses addedOrder's output: `MARK\n\0path\0path\0MARK\n\0…` (git's -z with --name-only). */
export function parseAddedOrder(stdout: string): string[] {
  const seen = new Set<string>();
  for (const item of splitNul(stdout)) {
    // A commit's format line and its first path can share an item ("MARK\n\npath").
    for (const piece of item.split('\n')) {
      if (piece === '' || piece === MARK) continue;
      seen.add(piece);
    }
  }
  return [...seen];
}

/** Repository paths under `dirs` in the order base..HEAD added them, earliest first. */
export async function addedOrder(repo: GitContext, base: string | undefined, dirs: readonly string[]): Promise<string[]> {
  if (dirs.length === 0) return [];
  const result = await runGit(repo, addedOrderArgs(base, dirs), { allowExit: [128] });
  return result.code === 0 ? parseAddedOrder(result.stdout) : [];
}
