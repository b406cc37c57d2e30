/**
 * The report of a check, from each environment's heads and findings: the config's severities
 * applied, in the shape the renderers print. Shared by the full check and the commit lane, so
 * both print the same report for the same answer.
 */
import type { CheckReport, Environment, EnvironmentReport, Finding, HeadsSummary, MigcheckConfig } from '../core/types.js';
import { configCompatFindings } from '../core/analysis/config-compat-findings.js';
import type { TargetInfo } from './run-context.js';

/** What is checked: the index, or a commit. */
export type CheckedTree = { kind: 'index' } | { kind: 'commit'; commit: string; ref: string };

/** Applies the config's severity overrides (`off` drops the finding). */
export function applySeverity(findings: readonly Finding[], config: Pick<MigcheckConfig, 'severity'>): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = config.severity[finding.code];
    if (override === 'off') continue;
    // A finding the target already had stays a warning: the override is about what a change causes.
    out.push(override && !finding.preexisting ? { ...finding, severity: override } : finding);
  }
  return out;
}

/**
 * One environment's part of a report: the environment's own alembic-compat findings (its config)
 * and the analysis' heads and findings, with the config's severities.
 */
export function environmentReport(env: Environment, heads: HeadsSummary, findings: readonly Finding[], config: MigcheckConfig): EnvironmentReport {
  return {
    dir: env.versionLocations[0] ?? '',
    versionLocations: env.versionLocations,
    ...(env.config ? { config: env.config } : {}),
    heads,
    findings: applySeverity([...configCompatFindings(env), ...findings], config),
  };
}

/** The report of a check of `request`'s tree. */
export function checkReport(request: { tree: CheckedTree }, target: TargetInfo | null, environments: EnvironmentReport[]): CheckReport {
  return {
    ok: environments.every((r) => r.findings.every((f) => f.severity !== 'error')),
    tree: request.tree.kind === 'index' ? 'index' : 'head',
    ...(request.tree.kind === 'commit' ? { rev: { ref: request.tree.ref, commit: request.tree.commit } } : {}),
    target,
    environments,
  };
}

