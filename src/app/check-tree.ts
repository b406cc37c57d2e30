/**
 * One check of one tree (the index, or a commit for `--rev` and each pushed tip) against the
 * target: environments from the checked tree, the checked/base/target trees of every environment
 * loaded together (each distinct blob read and parsed once), the analysis, the config's
 * severities and ignores, and the report the renderers print.
 */
import type { CheckReport, Environment, EnvironmentReport, Finding, MigcheckConfig, RevisionFile } from '../core/types.js';
import { analyseEnvironment, type AnalysisMode } from '../core/analysis/index.js';
import { configCompatFindings } from '../core/analysis/config-compat-findings.js';
import { loadCheckTrees } from '../trees/load-check-trees.js';
import type { TreeSpec } from '../trees/load-trees.js';
import type { StagedChange } from '../git/staged-paths.cjs';
import { compileIgnore } from '../config/ignore-matcher.js';
import { isUnder } from '../alembic/touches-environments.js';
import { BlobReader, mergingCommits } from '../git/index.js';
import { indexEntriesAt } from '../git/index-entries-at.js';
import { allowedHeadsFor, environmentsFor, targetFor, type RunContext } from './run-context.js';

/** What to check. */
export interface CheckRequest {
  mode: AnalysisMode;
  /** The index, or a commit (`commit` is the resolved id, `ref` what the user called it). */
  tree: { kind: 'index' } | { kind: 'commit'; commit: string; ref: string };
  /** Only environments holding one of these repository-relative paths (lint-staged's files). */
  onlyPaths?: string[];
  /** The index's changes against HEAD (`git diff --cached --raw`): the index is then HEAD + these. */
  staged?: readonly StagedChange[] | undefined;
}

/** Applies the config's severity overrides (`off` drops the finding). */
export function applySeverity(findings: readonly Finding[], config: MigcheckConfig): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = config.severity[finding.code];
    if (override === 'off') continue;
    // A finding the target already had stays a warning: the override is about what a change causes.
    out.push(override && !finding.preexisting ? { ...finding, severity: override } : finding);
  }
  return out;
}

function keepEnvironment(env: Environment, onlyPaths: readonly string[] | undefined): boolean {
  if (!onlyPaths) return true;
  return onlyPaths.some((path) => path === env.config || env.versionLocations.some((location) => isUnder(path, location)));
}

/** A location and every folder above it: a symlink at any of them moves the versions folder. */
function locationPrefixes(env: Environment): string[] {
  return env.versionLocations.flatMap((location) => location.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/')));
}

/**
 * The environments a commit touches. A staged Python file under no versions folder by name may
 * still be a migration reached through a symlinked versions folder (`versions -> ../shared`), so
 * environments with a link on their path are kept too; finding them costs one git call, and only
 * when such a file is staged.
 */
async function touchedEnvironments(context: RunContext, environments: Environment[], onlyPaths: readonly string[] | undefined): Promise<Environment[]> {
  const kept = environments.filter((env) => keepEnvironment(env, onlyPaths));
  const dropped = environments.filter((env) => !kept.includes(env));
  const strays = onlyPaths?.filter((path) => /\.py[co]?$/.test(path) && !kept.some((env) => keepEnvironment(env, [path]))) ?? [];
  if (dropped.length === 0 || strays.length === 0) return kept;
  const linked = await indexEntriesAt(context.repo, [...new Set(dropped.flatMap(locationPrefixes))]);
  return environments.filter((env) => kept.includes(env) || locationPrefixes(env).some((prefix) => linked.has(prefix)));
}

/** Runs the check and returns the report (rendering and the exit code are the caller's). */
export async function checkTree(context: RunContext, request: CheckRequest): Promise<CheckReport> {
  const { repo, config } = context;
  const reader = new BlobReader(repo);
  try {
    const checkedCommit = request.tree.kind === 'commit' ? request.tree.commit : repo.head;
    const [environments, target] = await Promise.all([
      environmentsFor(context, request.tree.kind === 'index' ? { kind: 'index' } : { kind: 'commit', commit: request.tree.commit }, reader)
        .then((envs) => touchedEnvironments(context, envs, request.onlyPaths)),
      // The index of a merge in progress becomes a merge commit: judge it from that commit's merge-base.
      request.tree.kind === 'commit'
        ? targetFor(context, checkedCommit, request.tree.ref)
        : mergingCommits(repo, context.io.env).then((merging) => targetFor(context, checkedCommit, 'HEAD', merging)),
    ]);
    const checkedSpec: TreeSpec = request.tree.kind === 'index' ? { name: 'index' } : { name: 'head', commit: request.tree.commit };
    const specs: TreeSpec[] = [checkedSpec];
    if (target?.mergeBase) specs.push({ name: 'base', commit: target.mergeBase });
    if (target) specs.push({ name: 'target', commit: target.commit });
    const loaded = environments.length > 0 ? await loadCheckTrees(repo, environments, specs, { reader, staged: request.staged, primeHead: true }) : undefined;
    const ignored = compileIgnore(config.ignore);
    const keep = (files: RevisionFile[] | undefined) => files?.filter((f) => !ignored(f.path));
    const reports: EnvironmentReport[] = environments.map((env, e) => {
      const [checked, base, targetFiles] = [
        keep(loaded![0]![e])!,
        target?.mergeBase ? keep(loaded![1]![e]) : undefined,
        target ? keep(loaded![specs.length - 1]![e]) : undefined,
      ];
      const analysis = analyseEnvironment({
        mode: request.mode,
        targetName: target?.ref ?? 'the target',
        checked,
        base,
        target: targetFiles,
        allowedHeads: allowedHeadsFor(config, env),
      });
      return {
        dir: env.versionLocations[0] ?? '',
        versionLocations: env.versionLocations,
        ...(env.config ? { config: env.config } : {}),
        heads: analysis.heads,
        findings: applySeverity([...configCompatFindings(env), ...analysis.findings], config),
      };
    });
    return {
      ok: reports.every((r) => r.findings.every((f) => f.severity !== 'error')),
      tree: request.tree.kind === 'index' ? 'index' : 'head',
      ...(request.tree.kind === 'commit' ? { rev: { ref: request.tree.ref, commit: request.tree.commit } } : {}),
      target: target ?? null,
      environments: reports,
    };
  } finally {
    await reader.close();
  }
}
