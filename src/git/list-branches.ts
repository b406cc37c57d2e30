/**
 * The local and remote-tracking branches, for `migcheck explain`'s second phase (which branches
 * carry migrations the fix moves): one `for-each-ref` over refs/heads and refs/remotes.
 */
import { forEachRefArgs } from './argv.js';
import { parseForEachRef, shortRefName } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

/** A branch and the commit it points at. */
export interface Branch {
  /** `AuthOnboarding`, `origin/AuthOnboarding`. */
  name: string;
  commit: string;
}

/** Every branch, local ones first; symbolic refs (`origin/HEAD`) are left out: they name another branch. */
export async function listBranches(repo: GitContext): Promise<Branch[]> {
  const { stdout } = await runGit(repo, forEachRefArgs(['refs/heads', 'refs/remotes']));
  return parseForEachRef(stdout).filter((record) => record.symref === undefined)
    .map((record) => ({ name: shortRefName(record.name), commit: record.commit }));
}
