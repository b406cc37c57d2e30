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
import { applyWrongHeads, refuseBlockedPlan, refusePublished, refuseRecordedRepoint, refuseUnstaged, warnRecordedRepoint } from '../../core/messages.js';
import { mergedView } from '../../core/plan/plan-rebase.js';
import type { RebasePlan } from '../../core/plan/plan-types.js';
import { applyEdits } from '../../fs/apply-edits.js';
import { removeStaleTemporaries } from '../../fs/write-file-atomic.js';
import { unstagedPaths } from '../../git/unstaged-paths.js';
import type { Repository } from '../../git/open-repository.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { renderPlanText } from '../../render/plan-text.js';
import { chooseStyle } from '../../render/style.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { readWorktreeRevisions, type RepairContext } from '../../app/repair-inputs.js';
import { planRebases, type PlannedEnvironment } from '../../app/rebase-plans.js';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Heads of the merged view of the edited working tree, computed as the plan predicted them. */
async function worktreeHeads(repo: Repository, item: PlannedEnvironment): Promise<string[]> {
  const now = await readWorktreeRevisions(repo, item.env);
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
async function guard(planned: readonly PlannedEnvironment[], context: RepairContext): Promise<void> {
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
  const { context, planned, plan } = await planRebases(args, io);
  const root = context.repo.root;
  const json = args.options.format === 'json';
  const print = (p: RebasePlan) => io.stdout(json ? renderPlanJson(p) : renderPlanText(p, chooseStyle(args.options.color as boolean | undefined, io.env, () => io.stdoutIsTTY)));
  const blocked = plan.environments.some((env) => env.blocked);

  // --db URL: a revision that database has applied must never be re-pointed (upgrade would skip its new ancestors).
  if (args.options.db !== undefined) {
    // Loaded only with --db: the database code (dist/db.cjs) stays off every other path.
    const { appliedRepoints } = await import('../../app/database-report.js');
    const repoints = planned.map((item) => item.plan.steps.flatMap((s) => (s.action === 'repoint' ? [s] : [])));
    const { url, applied } = await appliedRepoints(args, io, context.config, planned.map((item, i) => ({
      environment: item.env, files: item.worktree.files, revisions: repoints[i]!.map((s) => s.revision),
    })));
    applied.forEach((revisions, i) => {
      for (const revision of revisions) {
        const step = repoints[i]!.find((s) => s.revision === revision)!;
        if (args.options.apply === true) throw new MigcheckError(refuseRecordedRepoint(revision, step.file, url));
        io.stderr(`migcheck: ${warnRecordedRepoint(revision, url)}\n`);
      }
    });
  }
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
          const heads = await worktreeHeads(context.repo, item);
          if (!sameSet(heads, item.plan.resultHeads)) throw new MigcheckError(applyWrongHeads(item.plan.dir, item.plan.resultHeads, heads));
        }
      },
    });
  }
  print({ ...plan, applied: true });
  return 0;
}
