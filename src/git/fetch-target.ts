/**
 * The opt-in fetch of the target before `pre-push` checks against it (`--fetch`, config
 * `fetchTarget`): only a remote-tracking branch can be fetched, and only that one branch is.
 */
import { validateRef } from './argv.js';
import { runGit, type GitContext } from './run-git.js';

/** A remote-tracking branch: the remote and the branch name there. */
export interface RemoteBranch {
  remote: string;
  branch: string;
}

/**
 * The remote and branch behind `ref` when it names a remote-tracking branch (`origin/main`,
 * `refs/remotes/origin/main`, or `origin/HEAD` through its symbolic ref); undefined otherwise.
 */
export async function remoteBranchOf(repo: GitContext, ref: string): Promise<RemoteBranch | undefined> {
  const [full, remotes] = await Promise.all([
    // rev-parse of git 2.39 prints `--end-of-options` back as a name; validateRef keeps `-` out.
    runGit(repo, ['rev-parse', '--symbolic-full-name', validateRef(ref, 'target')], { allowExit: [128] }),
    runGit(repo, ['remote']),
  ]);
  const name = full.stdout.trim().split('\n')[0] ?? '';
  if (!name.startsWith('refs/remotes/')) return undefined;
  // Remote names may hold `/`: the longest remote that prefixes the ref owns it.
  const remote = remotes.stdout.split('\n').filter(Boolean)
    .filter((r) => name.startsWith(`refs/remotes/${r}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (remote === undefined) return undefined;
  const branch = name.slice(`refs/remotes/${remote}/`.length);
  return branch === 'HEAD' ? undefined : { remote, branch };
}

/**
 * Fetches one branch of a remote into its remote-tracking ref. Resolves to git's complaint when
 * the fetch failed (offline, no access), undefined when it worked.
 */
export async function fetchRemoteBranch(repo: GitContext, { remote, branch }: RemoteBranch): Promise<string | undefined> {
  validateRef(remote, 'remote');
  validateRef(branch, 'branch');
  const refspec = `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
  const result = await runGit(repo, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, refspec], { allowExit: [1, 128] });
  if (result.code === 0) return undefined;
  return result.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `git fetch exited with ${result.code}`;
}
