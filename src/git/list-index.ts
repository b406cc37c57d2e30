/**
 * Lists the files of the index (the staged state; GIT_INDEX_FILE when git set it): one
 * `ls-files -s -z` for all paths asked about.
 */
import { lsFilesArgs, lsFilesConfigArgs } from './argv.js';
import { parseLsFiles, resolveIndexStages, type IndexListing } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

/**
 * The index entries under `paths` (literal repo-relative folders or files), or all entries when
 * `paths` is undefined; conflicts resolved as resolveIndexStages documents. An empty `paths`
 * lists nothing and runs no git.
 */
export async function listIndex(repo: GitContext, paths?: readonly string[]): Promise<IndexListing> {
  if (paths && paths.length === 0) return { entries: [], unmerged: [] };
  const { stdout } = await runGit(repo, lsFilesArgs(paths));
  return resolveIndexStages(parseLsFiles(stdout));
}

/** The index entries that may be Alembic configs or script directories (CONFIG_PATHSPECS). */
export async function listIndexConfigFiles(repo: GitContext): Promise<IndexListing> {
  const { stdout } = await runGit(repo, lsFilesConfigArgs());
  return resolveIndexStages(parseLsFiles(stdout));
}
