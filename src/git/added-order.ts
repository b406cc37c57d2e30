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

/** argv for addedOrder (pure, for tests). `base` may be undefined (no merge-base: all of `tip`). */
export function addedOrderArgs(base: string | undefined, dirs: readonly string[], tip = 'HEAD'): string[] {
  validateRef(tip, 'revision');
  const range = base === undefined ? [tip] : [`${validateRef(base, 'revision')}..${tip}`];
  return ['log', '--reverse', '--diff-filter=A', '--name-only', '-z', '--no-renames', `--format=tformat:${MARK}`, '--end-of-options', ...range, '--', ...dirs];
}

/**
 * Parses addedOrder's output: per commit `MARK\0`, then its paths NUL-terminated, the first one
 * preceded by the newline that ends the format line: `MARK\0\nv/b.py\0MARK\0\nv/a1.py\0v/a2.py\0`.
 */
export function parseAddedOrder(stdout: string): string[] {
  const seen = new Set<string>();
  let afterMark = false;
  for (const item of splitNul(stdout)) {
    if (item === MARK) {
      afterMark = true;
      continue;
    }
    const path = afterMark && item.startsWith('\n') ? item.slice(1) : item;
    afterMark = false;
    if (path !== '') seen.add(path);
  }
  return [...seen];
}

/**
 * Repository paths under `dirs` in the order base..tip added them, earliest first (the tip must
 * exist; HEAD by default, a branch's commit for explain's plans of other branches).
 */
export async function addedOrder(repo: GitContext, base: string | undefined, dirs: readonly string[], tip = 'HEAD'): Promise<string[]> {
  if (dirs.length === 0) return [];
  const result = await runGit(repo, addedOrderArgs(base, dirs, tip));
  return parseAddedOrder(result.stdout);
}
