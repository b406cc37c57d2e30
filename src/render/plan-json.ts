/** The contract's JSON for `rebase-plan` (stable keys; extend, never rename). */
import type { RebasePlan } from '../core/plan/plan-types.js';

/** Renders the plan as the contract's JSON document, newline-terminated. */
export function renderPlanJson(plan: RebasePlan): string {
  return `${JSON.stringify({
    target: plan.target,
    applied: plan.applied,
    environments: plan.environments.map((env) => ({
      dir: env.dir,
      onto: env.onto,
      steps: env.steps,
      resultHeads: env.resultHeads,
      ...(env.blocked ? { blocked: env.blocked } : {}),
    })),
  }, null, 2)}\n`;
}
