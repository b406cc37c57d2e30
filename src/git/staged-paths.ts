/**
 * The staged paths, for the pre-commit fast path: one `git diff --cached` call.
 */
import { stagedPathsArgs } from './argv.js';
import { splitNul } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

/**
 * Every path whose staged content differs from HEAD (added, modified, deleted; both names of a
 * rename). Before the first commit, every staged path.
 */
export async function stagedPaths(repo: GitContext): Promise<string[]> {
  const { stdout } = await runGit(repo, stagedPathsArgs());
  return splitNul(stdout);
}
