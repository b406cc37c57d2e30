/** The contract's JSON for `rebase-plan` (stable keys; extend, never rename). */
import type { EnvironmentPlan, RebasePlan } from '../core/plan/plan-types.js';

/** The contract's document for a plan, as data (the library returns it; the CLI prints it). */
export interface PlanJson {
  target: RebasePlan['target'];
  applied: boolean;
  environments: Pick<EnvironmentPlan, 'dir' | 'onto' | 'steps' | 'resultHeads' | 'blocked'>[];
}

/** The plan in the contract's shape. */
export function planJson(plan: RebasePlan): PlanJson {
  return {
    target: plan.target,
    applied: plan.applied,
    environments: plan.environments.map((env) => ({
      dir: env.dir,
      onto: env.onto,
      steps: env.steps,
      resultHeads: env.resultHeads,
      ...(env.blocked ? { blocked: env.blocked } : {}),
    })),
  };
}

/** Renders the plan as the contract's JSON document, newline-terminated. */
export function renderPlanJson(plan: RebasePlan): string {
  return `${JSON.stringify(planJson(plan), null, 2)}\n`;
}
