/**
 * The rebase plan of every environment: the working tree's revisions, the target's, the
 * merge-base's, and the order in which this branch added its migrations, handed to the pure
 * planner. What `rebase-plan` prints and `--apply` performs, and what the library's
 * `planRebase` returns.
 */
import { planEnvironment } from '../core/plan/plan-rebase.js';
import type { EnvironmentPlan, RebasePlan } from '../core/plan/plan-types.js';
import type { Environment, RevisionFile } from '../core/types.js';
import { addedOrder } from '../git/added-order.js';
import { openRepairContext, readCommitRevisions, readWorktreeRevisions, type RepairContext, type WorktreeRevisions } from './repair-inputs.js';
import { allowedHeadsFor } from './run-context.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** One environment's plan with what it was made from (`--apply` compares against these). */
export interface PlannedEnvironment {
  env: Environment;
  plan: EnvironmentPlan;
  worktree: WorktreeRevisions;
  target: readonly RevisionFile[];
  base: readonly RevisionFile[] | undefined;
}

/** Plans every environment against the target; writes nothing. */
export async function planRebases(args: ParsedArgs, io: CommandIO): Promise<{ context: RepairContext; planned: PlannedEnvironment[]; plan: RebasePlan }> {
  const context = await openRepairContext(args, io, true);
  const target = context.target!;
  const planned: PlannedEnvironment[] = [];
  for (const env of context.environments) {
    const [worktree, targetFiles, baseFiles, order] = await Promise.all([
      readWorktreeRevisions(context.repo, env),
      readCommitRevisions(context.repo, target.commit, env),
      // The merge-base tells this branch's changes from the target's (a stale copy is no edit).
      target.mergeBase === null || target.mergeBase === target.commit ? undefined : readCommitRevisions(context.repo, target.mergeBase, env),
      context.repo.head ? addedOrder(context.repo, target.mergeBase ?? undefined, env.versionLocations) : Promise.resolve([]),
    ]);
    const base = target.mergeBase === null ? undefined : target.mergeBase === target.commit ? targetFiles : baseFiles;
    const plan = planEnvironment({
      dir: env.versionLocations[0] ?? '', targetRef: target.ref, checked: worktree.files, base, target: targetFiles,
      addedOrder: order, allowedHeads: allowedHeadsFor(context.config, env),
    });
    planned.push({ env, plan, worktree, target: targetFiles, base });
  }
  return { context, planned, plan: { target, applied: false, environments: planned.map((p) => p.plan) } };
}
