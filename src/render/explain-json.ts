/**
 * `migcheck explain --format json`: the report as data (the contract's `migcheck explain`
 * section). Branch plans take rebase-plan's JSON shape; the database section takes `db`'s.
 */
import type { Explanation } from '../core/explain/explain-types.js';
import { databaseJson } from './db-json.js';

/** The JSON text, newline-terminated. */
export function renderExplainJson(report: Explanation): string {
  const document = {
    ok: report.ok,
    tree: report.tree,
    target: report.target,
    environments: report.environments.map((env) => ({
      ...env,
      fix: env.fix && {
        merge: env.fix.merge,
        branches: env.fix.branches.map(({ plan, ...branch }) => ({
          ...branch,
          plan: { onto: plan.onto, steps: plan.steps, resultHeads: plan.resultHeads, ...(plan.blocked ? { blocked: plan.blocked } : {}) },
        })),
      },
    })),
    ...(report.database ? { database: databaseJson(report.database, { plan: true }) } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
