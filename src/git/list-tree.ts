/**
 * Lists the files of a committed tree: one `ls-tree -r -z` for all paths asked about.
 */
import type { TreeEntry } from '../core/types.js';
import { lsTreeArgs } from './argv.js';
import { parseLsTree } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

/**
 * The blobs of `rev` under `paths` (repo-relative folders or files), or the whole tree when
 * `paths` is undefined. An empty `paths` lists nothing and runs no git.
 */
export async function listTree(repo: GitContext, rev: string, paths?: readonly string[]): Promise<TreeEntry[]> {
  if (paths && paths.length === 0) return [];
  const { stdout } = await runGit(repo, lsTreeArgs(rev, paths));
  return parseLsTree(stdout);
}
