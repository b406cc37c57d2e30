/** The contract's JSON for `check` and `pre-push` (stable keys; extend, never rename). */
import type { CheckReport } from '../core/types.js';

/** Renders the report as the contract's JSON document (one line per run, newline-terminated). */
export function renderCheckJson(report: CheckReport): string {
  return `${JSON.stringify({
    ok: report.ok,
    ...(report.rev ? { rev: report.rev } : {}),
    target: report.target,
    environments: report.environments.map((env) => ({
      dir: env.dir,
      versionLocations: env.versionLocations,
      config: env.config ?? null,
      heads: env.heads,
      findings: env.findings,
    })),
  }, null, 2)}\n`;
}
