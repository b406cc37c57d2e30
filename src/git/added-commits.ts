/**
 * Which commit added each migration file, for `migcheck explain`: one
 * `git log --diff-filter=A --name-only -z --format=… REV -- <dirs>` per walk, never a process per
 * revision. The full walk names the commit that wrote each file (merges show no diff there, so it
 * is the commit on the branch where the file was written); the `--first-parent` walk is the
 * target's own line, where a merge commit shows the files it brought in (git ≥ 2.31 diffs a merge
 * against its first parent under --first-parent).
 */
import type { CommitFacts, AddingCommit } from '../core/explain/explain-types.js';
import { validateRef } from './argv.js';
import { splitNul } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

// A marker item per commit, then a fixed number of fields: the subject is read by position, so
// no subject can be mistaken for a path or a marker.
const MARK = 'migcheck-commit';
const FIELDS = 5;

/** argv of one walk (pure, for tests). `rev` is validated and cannot reach git as an option. */
export function addedCommitsArgs(rev: string, dirs: readonly string[], firstParent: boolean): string[] {
  return [
    'log', ...(firstParent ? ['--first-parent'] : []), '--diff-filter=A', '--name-only', '-z', '--no-renames',
    `--format=tformat:${MARK}%x00%H%x00%P%x00%ct%x00%cI%x00%s`, '--end-of-options', validateRef(rev, 'revision'), '--', ...dirs,
  ];
}

/**
 * Parses one walk, newest commit first as git prints it:
 * `MARK\0<id>\0<parents>\0<epoch>\0<iso date>\0<subject>\0\n<path>\0<path>\0MARK\0…`.
 */
export function parseAddedCommits(stdout: string): AddingCommit[] {
  const items = splitNul(stdout);
  const out: AddingCommit[] = [];
  let i = 0;
  while (i < items.length) {
    if (items[i] !== MARK || i + FIELDS >= items.length) {
      i++;
      continue;
    }
    const [id = '', parents = '', time = '0', date = '', subject = ''] = items.slice(i + 1, i + 1 + FIELDS);
    const commit: CommitFacts = { id, parents: parents.split(' ').filter(Boolean), time: Number(time), date, subject };
    const paths: string[] = [];
    i += 1 + FIELDS;
    for (let first = true; i < items.length && items[i] !== MARK; i++, first = false) {
      const path = first && items[i]!.startsWith('\n') ? items[i]!.slice(1) : items[i]!;
      if (path !== '') paths.push(path);
    }
    out.push({ commit, paths });
  }
  return out;
}

/** The commits reachable from `rev` that added files under `dirs`, newest first, with those files. */
export async function addedCommits(repo: GitContext, rev: string, dirs: readonly string[], options: { firstParent?: boolean } = {}): Promise<AddingCommit[]> {
  if (dirs.length === 0) return [];
  const { stdout } = await runGit(repo, addedCommitsArgs(rev, dirs, options.firstParent === true));
  return parseAddedCommits(stdout);
}
