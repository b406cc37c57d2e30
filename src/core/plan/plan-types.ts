/**
 * The rebase plan as data: what `migcheck rebase-plan` prints (text and the contract's JSON) and
 * what `--apply` performs. Steps are serialisable; nothing here touches disk.
 */
import type { Finding, RevisionId } from '../types.js';

/** Remove a merge migration of this branch whose parents the target has already joined. */
export interface DeleteStep {
  action: 'delete';
  revision: RevisionId;
  file: string;
  reason: 'redundant-merge';
  /** The target's revision that already joins the parents (for the message). */
  mergedBy: RevisionId;
}

/** Rewrite a revision's down_revision (and its docstring `Revises:` line). */
export interface RepointStep {
  action: 'repoint';
  revision: RevisionId;
  file: string;
  /** down_revision as written before. */
  from: RevisionId[];
  to: RevisionId[];
  /** The value's source text when it is not a literal (`--apply` refuses to splice it). */
  fromText?: string;
}

/** A git command the user has to run; migcheck says it and never runs it. */
export interface GitStep {
  action: 'git';
  command: string;
  reason: 'missing-target-revisions';
  /** The target's revisions this branch does not have yet. */
  revisions: RevisionId[];
}

export type PlanStep = DeleteStep | RepointStep | GitStep;

/**
 * Why the plan performs no file step for an environment although the branch does not land
 * cleanly: `target-multiple-heads` (the target itself forks: it must be joined there first),
 * `ambiguous-head` (the target has several intentional heads and nothing says which one
 * `revisions` belong on), `cannot-fix` (`findings` lists what `check` would still report after the
 * steps, which only another fix resolves, e.g. restoring an edited published migration).
 */
export interface PlanBlock {
  reason: 'target-multiple-heads' | 'ambiguous-head' | 'cannot-fix';
  /** The target's heads (`target-multiple-heads`, `ambiguous-head`) or the merged view's (`cannot-fix`). */
  heads: RevisionId[];
  /** `ambiguous-head`: this branch's revisions whose head is undecided. */
  revisions?: RevisionId[];
  /** `cannot-fix`: the findings, as `check` reports them. */
  findings?: Finding[];
}

/** The plan for one environment (the contract's `environments[]` of rebase-plan). */
export interface EnvironmentPlan {
  /** The (first) versions directory, repository-relative. */
  dir: string;
  /** The target head(s) this branch's migrations go on top of. */
  onto: RevisionId[];
  steps: PlanStep[];
  /** Heads of the merged view (target + this branch after the steps). */
  resultHeads: RevisionId[];
  /** Set when the plan cannot put the branch on the target by moving its own migrations (see PlanBlock). */
  blocked?: PlanBlock;
}

/** The whole plan (the contract's rebase-plan JSON). */
export interface RebasePlan {
  target: { ref: string; commit: string; mergeBase: string | null };
  applied: boolean;
  environments: EnvironmentPlan[];
}
