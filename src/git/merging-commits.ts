/**
 * The commits a merge in progress brings into HEAD, so that a merge commit is checked against
 * the merge-base it will really have with the target (after `git merge main` on a feature branch
 * that is main's tip, not the old fork point).
 *
 * Git tells this in two ways. A merge that stopped (conflicts, `--no-commit`) and is finished
 * with `git commit` has written MERGE_HEAD. An automatic merge runs the pre-merge-commit hook
 * *before* it writes MERGE_HEAD (git 2.39: the hook sees only ORIG_HEAD and AUTO_MERGE); what it
 * merges is then in GIT_REFLOG_ACTION, which `git merge` sets to `merge <commit>…` (the names as
 * given, options removed) and `git pull` to `pull …` (the commits are FETCH_HEAD's lines that are
 * not marked not-for-merge).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveCommit } from './refs.js';
import type { GitContext } from './run-git.js';

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

async function readLines(path: string): Promise<string[] | undefined> {
  try {
    return (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  } catch {
    return undefined;
  }
}

/**
 * The commits being merged into HEAD: MERGE_HEAD's, else those GIT_REFLOG_ACTION names during an
 * automatic `git merge` / `git pull`; [] when no merge is in progress or a name resolves to no
 * commit (the check then uses HEAD's own merge-base, which still sees every head of the index).
 */
export async function mergingCommits(repo: GitContext & { gitDir: string }, env: Readonly<Record<string, string | undefined>>): Promise<string[]> {
  const mergeHead = await readLines(join(repo.gitDir, 'MERGE_HEAD'));
  if (mergeHead) return mergeHead.map((line) => line.trim()).filter((line) => OBJECT_ID.test(line));
  const action = env.GIT_REFLOG_ACTION ?? '';
  if (/^pull(?: |$)/.test(action)) {
    // `<oid> TAB <"not-for-merge" or empty> TAB <description>`
    const fetched = await readLines(join(repo.gitDir, 'FETCH_HEAD')) ?? [];
    return fetched.map((line) => line.split('\t')).filter((fields) => fields[1] === '' && OBJECT_ID.test(fields[0]!)).map((fields) => fields[0]!);
  }
  const merge = /^merge ([^\n]+)$/.exec(action);
  if (!merge) return [];
  const commits: string[] = [];
  for (const name of merge[1]!.split(' ').filter(Boolean)) {
    // Names come from the user's command line after git parsed its options; one that cannot be
    // a revision (or names none) means this is not a merge migcheck can follow.
    if (name.startsWith('-')) return [];
    const commit = await resolveCommit(repo, name);
    if (!commit) return [];
    commits.push(commit);
  }
  return commits;
}
