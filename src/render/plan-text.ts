/**
 * The rebase plan as a readable list: per environment, the numbered steps (imperative for a dry
 * run, past tense once applied) and the heads they lead to.
 */
import type { EnvironmentPlan, PlanStep, RebasePlan } from '../core/plan/plan-types.js';
import {
  APPLIED_NOT_STAGED, appliedDelete, appliedGitStillToDo, appliedHeader, appliedRepoint, PLAN_APPLY_HINT, planAmbiguousHead, planCannotFix,
  planDeleteStep, planGitStep, planHeader, planNothingToDo, planRepointStep, planResultHeads, planTargetHasHeads,
} from '../core/messages.js';
import { renderFinding } from './check-human.js';
import { plainStyle, type Style } from './style.js';

function stepLine(step: PlanStep, targetRef: string, applied: boolean): string {
  switch (step.action) {
    case 'git': return applied ? appliedGitStillToDo(step.command) : planGitStep(step.command, targetRef, step.revisions);
    case 'delete': return (applied ? appliedDelete : planDeleteStep)(step.revision, step.file, targetRef, step.mergedBy);
    case 'repoint': return (applied ? appliedRepoint : planRepointStep)(step.revision, step.file, step.fromText !== undefined ? [`\`${step.fromText}\``] : step.from, step.to);
  }
}

function environmentText(env: EnvironmentPlan, targetRef: string, applied: boolean, style: Style): string[] {
  if (env.blocked) {
    const block = env.blocked;
    const head = block.reason === 'target-multiple-heads' ? planTargetHasHeads(env.dir, targetRef, block.heads)
      : block.reason === 'ambiguous-head' ? planAmbiguousHead(env.dir, targetRef, block.heads, block.revisions ?? [])
        : planCannotFix(env.dir, targetRef);
    return [
      style.error(head),
      ...(block.findings ?? []).map((f) => renderFinding(f, style)),
      ...env.steps.map((s) => `  ${stepLine(s, targetRef, false)}`),
    ];
  }
  const files = env.steps.filter((s) => s.action !== 'git');
  if (env.steps.length === 0) return [planNothingToDo(env.dir, targetRef, env.onto)];
  const lines = [style.bold((applied && files.length > 0 ? appliedHeader : planHeader)(env.dir, targetRef, env.onto))];
  // Applied: what was done first, then what is still the user's to do.
  const ordered = applied ? [...files, ...env.steps.filter((s) => s.action === 'git')] : env.steps;
  ordered.forEach((step, i) => lines.push(applied ? `  ${stepLine(step, targetRef, true)}` : `  ${i + 1}. ${stepLine(step, targetRef, false)}`));
  lines.push(`  ${planResultHeads(env.resultHeads)}`);
  return lines;
}

/** Renders the plan (or what --apply did) as text, newline-terminated. */
export function renderPlanText(plan: RebasePlan, style: Style = plainStyle): string {
  const blocks = plan.environments.map((env) => environmentText(env, plan.target.ref, plan.applied, style).join('\n'));
  const anySteps = plan.environments.some((env) => !env.blocked && env.steps.some((s) => s.action !== 'git'));
  if (anySteps) blocks.push(plan.applied ? APPLIED_NOT_STAGED : style.dim(PLAN_APPLY_HINT));
  return `${blocks.join('\n\n')}\n`;
}
