/**
 * `pre-push --fetch` (or config `fetchTarget`): the target's remote-tracking branch is fetched
 * before the check, so the push is judged against the remote as it is now, not as last fetched.
 * Without it the check reads the last-fetched target and says which commit that was.
 */
import { resolveTarget } from '../git/index.js';
import { fetchRemoteBranch, remoteBranchOf, type RemoteBranch } from '../git/fetch-target.js';
import { targetNames, type RunContext } from './run-context.js';

/** What became of the target before the check. */
export interface TargetFreshness {
  /** The target as the user knows it (`origin/main`). */
  ref: string;
  /** The remote branch behind the target; undefined for a local branch. */
  remote: RemoteBranch | undefined;
  /** Whether it was fetched just now. */
  fetched: boolean;
  /** Git's complaint when the fetch failed (the check then uses the last-fetched target). */
  failure?: string;
}

/** Fetches the target first when `fetch` is set; says where the target comes from either way. */
export async function prepareTarget(context: RunContext, fetch: boolean): Promise<TargetFreshness> {
  const target = await resolveTarget(context.repo, targetNames(context));
  const remote = await remoteBranchOf(context.repo, target.ref);
  if (!fetch || remote === undefined) return { ref: target.ref, remote, fetched: false };
  const failure = await fetchRemoteBranch(context.repo, remote);
  return failure === undefined ? { ref: target.ref, remote, fetched: true } : { ref: target.ref, remote, fetched: false, failure };
}
