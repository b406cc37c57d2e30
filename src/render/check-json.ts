/** The contract's JSON for `check` and `pre-push` (stable keys; extend, never rename). */
import type { CheckReport, EnvironmentReport } from '../core/types.js';

/** The contract's document for one check, as data (the library returns it; the CLI prints it). */
export interface CheckJson {
  ok: boolean;
  rev?: { ref: string; commit: string };
  target: CheckReport['target'];
  environments: (Omit<EnvironmentReport, 'config'> & { config: string | null })[];
}

/** The report in the contract's shape. */
export function checkJson(report: CheckReport): CheckJson {
  return {
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
  };
}

/** Renders the report as the contract's JSON document (newline-terminated). */
export function renderCheckJson(report: CheckReport): string {
  return `${JSON.stringify(checkJson(report), null, 2)}\n`;
}
