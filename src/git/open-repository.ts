/**
 * Finds the repository around a directory in one `rev-parse` call (a second only for the rare
 * bare repository or unborn HEAD), and returns the handle every other git function takes.
 */
import { MigcheckError } from '../core/errors.js';
import { notARepository, NOT_A_REPOSITORY_HINT } from '../core/messages.js';
import { repositoryInfoArgs, symbolicHeadArgs } from './argv.js';
import { parseRepositoryInfo } from './parse-z.js';
import { GitError, runGit, type GitContext } from './run-git.js';
import { repositoryFromFiles } from './repository-from-files.js';

/** An opened repository; `cwd` (a GitContext) is the worktree top, or the git dir when bare. */
export interface Repository extends GitContext {
  /** Worktree top (absolute); for a bare repository, the git dir. */
  root: string;
  /** This worktree's git dir (`.git/worktrees/<name>` in a linked worktree). */
  gitDir: string;
  /** The git dir shared by all worktrees (where migcheck keeps its cache). */
  commonDir: string;
  isShallow: boolean;
  isBare: boolean;
  /** HEAD's commit; undefined before the first commit. */
  head: string | undefined;
  /** The checked-out branch (`main`); undefined when HEAD is detached. */
  branch: string | undefined;
}

/**
 * Opens the repository that contains `cwd`. `env` is the environment git runs with (the CLI
 * passes process.env so GIT_INDEX_FILE / GIT_DIR set by a hook are honoured). Outside a
 * repository: MigcheckError, exit 2. `fromFiles` lets a caller that starts few other gits (`heads`)
 * skip this one where the files tell for certain.
 */
export async function openRepository(cwd: string, env: NodeJS.ProcessEnv = process.env, options: { fromFiles?: boolean } = {}): Promise<Repository> {
  // With `fromFiles`, the repository's own files where they tell for certain (repositoryFromFiles).
  const fromFiles = options.fromFiles ? repositoryFromFiles(cwd, env) : undefined;
  if (fromFiles) return fromFiles;
  const probe: GitContext = { cwd, env };
  let withToplevel = true;
  let result;
  try {
    result = await runGit(probe, repositoryInfoArgs(true));
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (/not a git repository/i.test(error.stderr)) {
      throw new MigcheckError(notARepository(cwd), { hint: NOT_A_REPOSITORY_HINT });
    }
    // A bare repository (or the inside of .git) has no worktree top; ask again without it.
    if (!/must be run in a work tree/i.test(error.stderr)) throw error;
    withToplevel = false;
    result = await runGit(probe, repositoryInfoArgs(false));
  }
  const info = parseRepositoryInfo(result.stdout, withToplevel);
  let symbolic = info.symbolicHead;
  if (info.head === undefined) {
    // Unborn HEAD: rev-parse printed nothing for it, but the branch to be born has a name.
    const ref = await runGit(probe, symbolicHeadArgs(), { allowExit: [1] });
    symbolic = ref.stdout.trim() || undefined;
  }
  const root = info.root ?? info.gitDir;
  return {
    cwd: root,
    env,
    root,
    gitDir: info.gitDir,
    commonDir: info.commonDir,
    isShallow: info.isShallow,
    isBare: info.isBare || info.root === undefined,
    head: info.head,
    branch: symbolic?.startsWith('refs/heads/') ? symbolic.slice('refs/heads/'.length) : undefined,
  };
}
