/** A revision the user named (`--rev`, the library's `rev`), validated and resolved to a commit. */
import { MigcheckError } from '../core/errors.js';
import { unknownRev, UNKNOWN_REV_HINT } from '../core/messages.js';
import { resolveCommit, validateRef, type Repository } from '../git/index.js';

/** The commit `rev` names; exit 2 when it is not a ref or names no commit. */
export async function resolveRev(repo: Repository, rev: string, option = '--rev'): Promise<string> {
  validateRef(rev, option);
  const commit = await resolveCommit(repo, rev);
  if (!commit) throw new MigcheckError(unknownRev(rev), { hint: UNKNOWN_REV_HINT });
  return commit;
}
