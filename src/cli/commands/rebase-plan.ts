/**
 * `migcheck rebase-plan [--apply]`: per environment, the steps that put this branch's migrations
 * on top of the target's head (data from the pure planner), printed as a list or as the
 * contract's JSON. `--apply` performs the file steps all-or-nothing after refusing anything
 * unsafe, checks that the working tree then has the predicted heads (restoring every file
 * otherwise), and never stages, commits or runs git for the user.
 */
import { dirname, join } from 'node:path';
import { MigcheckError } from '../../core/errors.js';
import { computeEdits, type PlannedEdit } from '../../core/edits/compute-edits.js';
import { applyWrongHeads, refuseBlockedPlan, refusePublished, refuseUnstaged } from '../../core/messages.js';
import { mergedView, planEnvironment } from '../../core/plan/plan-rebase.js';
import type { EnvironmentPlan, RebasePlan } from '../../core/plan/plan-types.js';
import type { Environment, RevisionFile } from '../../core/types.js';
import { applyEdits } from '../../fs/apply-edits.js';
import { removeStaleTemporaries } from '../../fs/write-file-atomic.js';
import { addedOrder } from '../../git/added-order.js';
import { unstagedPaths } from '../../git/unstaged-paths.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { renderPlanText } from '../../render/plan-text.js';
import { chooseStyle } from '../../render/style.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { openRepairContext, readCommitRevisions, readWorktreeRevisions, type WorktreeRevisions } from '../../app/repair-inputs.js';
import { allowedHeadsFor } from '../../app/run-context.js';

interface PlannedEnvironment {
  env: Environment;
  plan: EnvironmentPlan;
  worktree: WorktreeRevisions;
  target: RevisionFile[];
  base: RevisionFile[] | undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Heads of the merged view of the edited working tree, computed as the plan predicted them. */
async function worktreeHeads(root: string, item: PlannedEnvironment): Promise<string[]> {
  const now = await readWorktreeRevisions(root, item.env);
  return [...new Set(mergedView(item.target, item.base, now.files).heads)];
}

/** The test-only fault hook: exit abruptly after N writes, to prove every file is whole. */
function faultHook(env: NodeJS.ProcessEnv): ((count: number) => void) | undefined {
  const limit = Number(env.MIGCHECK_TEST_FAULT_AFTER_WRITES);
  if (!Number.isInteger(limit) || limit <= 0) return undefined;
  return (count) => {
    if (count >= limit) process.kill(process.pid, 'SIGKILL');
  };
}

/** Refuses, before anything is written, edits that could not be undone or that touch published revisions. */
async function guard(planned: readonly PlannedEnvironment[], context: Awaited<ReturnType<typeof openRepairContext>>): Promise<void> {
  for (const item of planned) {
    const targetPaths = new Set(item.target.map((f) => f.path));
    const targetIds = new Set(item.target.map((f) => f.revision));
    for (const step of item.plan.steps) {
      if (step.action === 'git') continue;
      if (targetPaths.has(step.file) || targetIds.has(step.revision)) {
        throw new MigcheckError(refusePublished(step.revision, step.file, context.target!.ref));
      }
    }
  }
  const files = planned.flatMap((p) => p.plan.steps.flatMap((s) => (s.action === 'git' ? [] : [s.file])));
  const unstaged = await unstagedPaths(context.repo, files);
  const first = files.find((f) => unstaged.has(f));
  if (first !== undefined) throw new MigcheckError(refuseUnstaged(first));
}

/** Runs rebase-plan. */
export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const context = await openRepairContext(args, io, true);
  const target = context.target!;
  const root = context.repo.root;
  const planned: PlannedEnvironment[] = [];
  for (const env of context.environments) {
    const [worktree, targetFiles, baseFiles, order] = await Promise.all([
      readWorktreeRevisions(root, env),
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
  const plan: RebasePlan = { target, applied: false, environments: planned.map((p) => p.plan) };
  const json = args.options.format === 'json';
  const print = (p: RebasePlan) => io.stdout(json ? renderPlanJson(p) : renderPlanText(p, chooseStyle(args.options.color as boolean | undefined, io.env, io.stdoutIsTTY)));
  const blocked = plan.environments.some((env) => env.blocked);

  if (args.options.apply !== true) {
    print(plan);
    return blocked ? 1 : 0;
  }
  // An earlier --apply killed mid-write left its temporary file beside the revision: sweep
  // every folder the revisions live in, whether or not this run writes there.
  const folders = new Set(planned.flatMap((p) => [...p.env.versionLocations, ...p.worktree.files.map((f) => dirname(f.path))]));
  await Promise.all([...folders].map((folder) => removeStaleTemporaries(join(root, folder))));
  if (blocked) {
    print(plan);
    const reasons = plan.environments.flatMap((env) => (env.blocked ? [env.blocked.reason] : []));
    io.stderr(`migcheck: ${refuseBlockedPlan(reasons)}\n`);
    return 1;
  }
  await guard(planned, context);
  const edits: PlannedEdit[] = planned.flatMap((p) => computeEdits(p.plan.steps, p.worktree.bytes));
  if (edits.length > 0) {
    await applyEdits(edits, {
      root,
      afterWrite: faultHook(io.env),
      verify: async () => {
        for (const item of planned) {
          const heads = await worktreeHeads(root, item);
          if (!sameSet(heads, item.plan.resultHeads)) throw new MigcheckError(applyWrongHeads(item.plan.dir, item.plan.resultHeads, heads));
        }
      },
    });
  }
  print({ ...plan, applied: true });
  return 0;
}
