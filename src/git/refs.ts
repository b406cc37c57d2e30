/**
 * Resolving the refs a check compares: a named commit, the target branch (the contract's order)
 * and the merge-base, with the exit-2 messages that say how to fix a missing ref or history.
 */
import { MigcheckError } from '../core/errors.js';
import {
  noMergeBaseShallow, NO_MERGE_BASE_SHALLOW_HINT, noTargetFound, NO_TARGET_HINT, unknownTarget, UNKNOWN_TARGET_HINT,
} from '../core/messages.js';
import { forEachRefArgs, mergeBaseArgs, resolveCommitArgs, validateRef } from './argv.js';
import { parseForEachRef, shortRefName } from './parse-z.js';
import { runGit, type GitContext } from './run-git.js';

/** The commit `ref` names (`ref^{commit}`), or undefined when it names none. */
export async function resolveCommit(repo: GitContext, ref: string): Promise<string | undefined> {
  const { stdout, code } = await runGit(repo, resolveCommitArgs(ref), { allowExit: [1, 128] });
  return code === 0 ? stdout.trim() || undefined : undefined;
}

/**
 * The merge-base of two commits, or undefined when the histories are unrelated. In a shallow
 * clone a missing merge-base means missing history, not unrelated branches (git says nothing
 * either way), so that is an exit-2 MigcheckError telling how to fetch it. `names` label the
 * commits in that message. `merging` are the commits a merge in progress brings into `a`: the
 * answer is then the merge-base of `b` with the merge commit being made.
 */
export async function mergeBase(
  repo: GitContext & { isShallow: boolean },
  a: string,
  b: string,
  names: { a?: string; b?: string } = {},
  merging: readonly string[] = [],
): Promise<string | undefined> {
  // A branch still at the target's tip (a fresh branch, or a check of main itself).
  if (a === b && merging.length === 0 && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(a)) return a;
  const args = merging.length === 0 ? mergeBaseArgs(a, b) : mergeBaseArgs(b, a, ...merging);
  const { stdout, code } = await runGit(repo, args, { allowExit: [1] });
  if (code === 0 && stdout.trim()) return stdout.trim().split('\n')[0];
  if (repo.isShallow) {
    throw new MigcheckError(noMergeBaseShallow(names.a ?? a, names.b ?? b), { hint: NO_MERGE_BASE_SHALLOW_HINT });
  }
  return undefined;
}

/** Where the target came from, in the contract's order. */
export type TargetSource = 'option' | 'config' | 'env' | 'remote-head' | 'default';

/** The resolved target branch. */
export interface Target {
  /** The ref as the user knows it (`origin/main`, `main`, or what --target said). */
  ref: string;
  commit: string;
  source: TargetSource;
}

/** The refs tried, in order, when nothing names the target: the remote's default branch first. */
export const TARGET_CANDIDATES: readonly string[] = [
  'refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master',
];

/** Where resolveTarget looks refs up: git itself, or answers already read (the commit-time lane). */
export interface RefLookup {
  /** The commit a (validated) ref names, or undefined. */
  commitOf(ref: string): Promise<string | undefined>;
  /** Which of TARGET_CANDIDATES exist: their commit, and for a symbolic ref the ref it points at. */
  candidates(): Promise<ReadonlyMap<string, { commit: string; symref?: string | undefined }>>;
}

/** Looks refs up with git: `rev-parse` per named ref, one `for-each-ref` for the candidates. */
export function gitRefLookup(repo: GitContext): RefLookup {
  return {
    commitOf: (ref) => resolveCommit(repo, ref),
    candidates: async () => {
      const { stdout } = await runGit(repo, forEachRefArgs(TARGET_CANDIDATES));
      return new Map(parseForEachRef(stdout).map((record) => [record.name, { commit: record.commit, symref: record.symref }]));
    },
  };
}

/**
 * The target: `--target` › config `target` › `MIGCHECK_TARGET` › `refs/remotes/origin/HEAD` ›
 * `origin/main` › `origin/master` › `main` › `master`. A named target that resolves to no commit
 * is an error (no silent fall-through to another branch); so is finding none of the candidates.
 * Named refs are validated before git sees them.
 */
export async function resolveTarget(
  repo: GitContext,
  named: { explicit?: string; configured?: string; envTarget?: string },
  lookup: RefLookup = gitRefLookup(repo),
): Promise<Target> {
  const choices: [string | undefined, TargetSource, string][] = [
    [named.explicit, 'option', '--target'],
    [named.configured, 'config', 'the config file'],
    [named.envTarget, 'env', 'MIGCHECK_TARGET'],
  ];
  for (const [ref, source, origin] of choices) {
    if (ref === undefined || ref === '') continue;
    validateRef(ref, `target (from ${origin})`);
    const commit = await lookup.commitOf(ref);
    if (!commit) throw new MigcheckError(unknownTarget(ref, origin), { hint: UNKNOWN_TARGET_HINT });
    return { ref, commit, source };
  }
  const found = await lookup.candidates();
  for (const candidate of TARGET_CANDIDATES) {
    const record = found.get(candidate);
    if (!record) continue;
    if (candidate === 'refs/remotes/origin/HEAD') {
      return { ref: shortRefName(record.symref || candidate), commit: record.commit, source: 'remote-head' };
    }
    return { ref: shortRefName(candidate), commit: record.commit, source: 'default' };
  }
  throw new MigcheckError(noTargetFound(TARGET_CANDIDATES.map(shortRefName)), { hint: NO_TARGET_HINT });
}
