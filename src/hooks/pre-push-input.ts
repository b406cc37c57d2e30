/**
 * What a pre-push hook is told about the push, in the two ways it can be told: git's own lines
 * on stdin (plain hooks, husky), or the PRE_COMMIT_* variables the pre-commit framework sets
 * instead (its hooks get no stdin). Both are pure: text and an environment in, updates out.
 */
import { MigcheckError } from '../core/errors.js';
import { prePushBadLine } from '../core/messages.js';

/** One ref update that git is about to send. */
export interface PushUpdate {
  /** The local ref as git names it: `refs/heads/feature`, `HEAD`, `refs/tags/v1`. */
  localRef: string;
  /**
   * The commit being pushed: a full object id from git's stdin or `PRE_COMMIT_TO_REF`. When the
   * pre-commit framework gave no TO_REF (a new branch that includes its root commit), the local
   * ref itself, for the caller to resolve.
   */
  localCommit: string;
  /** The ref on the remote: `refs/heads/feature`. */
  remoteRef: string;
  /**
   * A commit the remote already has that the push builds on: the remote ref's commit for an
   * update, the parent of the first new commit for a new branch (pre-commit framework). null
   * when unknown (a new branch on stdin, or the framework's root-including push): compare
   * with the merge-base with the target instead.
   */
  remoteCommit: string | null;
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO_ID = /^0+$/;

/**
 * Parses git's pre-push stdin: one `<local ref> SP <local sha> SP <remote ref> SP <remote sha>`
 * line per ref. Deletions (local sha all zeros) are skipped: nothing is sent to check. A new
 * branch on the remote (remote sha all zeros) gets `remoteCommit: null`.
 * @see https://git-scm.com/docs/githooks#_pre_push
 */
export function parsePrePushLines(stdinText: string): PushUpdate[] {
  const updates: PushUpdate[] = [];
  for (const raw of stdinText.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    // Split from the right, as the pre-commit framework does: a local ref written as an
    // expression (`HEAD~1:refs/heads/x` arrives as `HEAD~1`) holds no spaces, but be lenient.
    const parts = line.trim().split(/ +/);
    if (parts.length < 4) throw new MigcheckError(prePushBadLine(line));
    const [remoteSha, remoteRef, localSha] = [parts.pop()!, parts.pop()!, parts.pop()!];
    const localRef = parts.join(' ');
    if (!OBJECT_ID.test(localSha) || !OBJECT_ID.test(remoteSha)) throw new MigcheckError(prePushBadLine(line));
    if (ZERO_ID.test(localSha)) continue;
    updates.push({ localRef, localCommit: localSha, remoteRef, remoteCommit: ZERO_ID.test(remoteSha) ? null : remoteSha });
  }
  return updates;
}

/**
 * Reads the push from the pre-commit framework's variables. Returns undefined when they are not
 * set (not run by the framework: read stdin instead). The framework reports only the first ref
 * being pushed, so the result holds at most one update. Without FROM/TO refs (a new branch that
 * includes its root commit) the update names the local branch and has no remote commit.
 */
export function prePushUpdatesFromEnv(env: Readonly<Record<string, string | undefined>>): PushUpdate[] | undefined {
  const from = env.PRE_COMMIT_FROM_REF ?? env.PRE_COMMIT_ORIGIN;
  const to = env.PRE_COMMIT_TO_REF ?? env.PRE_COMMIT_SOURCE;
  const localRef = env.PRE_COMMIT_LOCAL_BRANCH;
  const remoteRef = env.PRE_COMMIT_REMOTE_BRANCH;
  if (!to && !localRef && !remoteRef) return undefined;
  const localCommit = to && OBJECT_ID.test(to) ? to : validRef(localRef) ?? 'HEAD';
  return [{
    localRef: validRef(localRef) ?? 'HEAD',
    localCommit,
    remoteRef: remoteRef ?? localRef ?? 'HEAD',
    remoteCommit: from && OBJECT_ID.test(from) && !ZERO_ID.test(from) ? from : null,
  }];
}

/** A ref name that is safe to hand to git as a revision (never an option). */
function validRef(ref: string | undefined): string | undefined {
  if (!ref || ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{/.test(ref)) return undefined;
  return ref;
}
