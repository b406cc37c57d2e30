/**
 * The rebase plan of every environment: the working tree's revisions, the target's, and the
 * order in which this branch added its migrations, handed to the pure planner. What
 * `rebase-plan` prints and `--apply` performs, and what the library's `planRebase` returns.
 */
import { planEnvironment } from '../core/plan/plan-rebase.js';
import type { EnvironmentPlan, RebasePlan } from '../core/plan/plan-types.js';
import type { Environment, RevisionFile } from '../core/types.js';
import { addedOrder } from '../git/added-order.js';
import { openRepairContext, readCommitRevisions, readWorktreeRevisions, type RepairContext, type WorktreeRevisions } from './repair-inputs.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** One environment's plan with what it was made from (`--apply` compares against these). */
export interface PlannedEnvironment {
  env: Environment;
  plan: EnvironmentPlan;
  worktree: WorktreeRevisions;
  target: RevisionFile[];
}

/** Plans every environment against the target; writes nothing. */
export async function planRebases(args: ParsedArgs, io: CommandIO): Promise<{ context: RepairContext; planned: PlannedEnvironment[]; plan: RebasePlan }> {
  const context = await openRepairContext(args, io, true);
  const target = context.target!;
  const planned: PlannedEnvironment[] = [];
  for (const env of context.environments) {
    const [worktree, targetFiles, order] = await Promise.all([
      readWorktreeRevisions(context.repo.root, env),
      readCommitRevisions(context.repo, target.commit, env),
      context.repo.head ? addedOrder(context.repo, target.mergeBase ?? undefined, env.versionLocations) : Promise.resolve([]),
    ]);
    const plan = planEnvironment({ dir: env.versionLocations[0] ?? '', targetRef: target.ref, checked: worktree.files, target: targetFiles, texts: worktree.texts, addedOrder: order });
    planned.push({ env, plan, worktree, target: targetFiles });
  }
  return { context, planned, plan: { target, applied: false, environments: planned.map((p) => p.plan) } };
}
