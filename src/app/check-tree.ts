/**
 * One check of one tree (the index, or a commit for `--rev` and each pushed tip) against the
 * target: environments from the checked tree, the checked/base/target trees of every environment
 * loaded together (each distinct blob read and parsed once), the analysis, the config's
 * severities and ignores, and the report the renderers print.
 */
import type { CheckReport, Environment, EnvironmentReport, Graph, RevisionFile } from '../core/types.js';
import { analyseEnvironment, type AnalysisMode, type EnvironmentAnalysis } from '../core/analysis/index.js';
import { verdictOf } from '../core/analysis/extend-verdict.js';
import { checkReport, environmentReport, type CheckedTree } from './check-report.js';
import { READER_VERSION } from '../core/reader/index.js';
import { Verdicts } from '../cache/verdicts.js';
import { loadTrees, rememberTrees, type TreeSpec } from '../trees/load-trees.js';
import type { StagedChange } from '../git/staged-paths.cjs';
import { compileIgnore } from '../config/ignore-matcher.js';
import { isUnder } from '../alembic/environment-paths.cjs';
import { BlobReader, mergingCommits } from '../git/index.js';
import { indexEntriesAt } from '../git/index-entries-at.js';
import { stagedChanges } from '../git/staged-paths.cjs';
import { outsideFindings } from './outside-files.js';
import type { LaneHandOff } from './lane-hand-off.js';
import { indexUnchanged, rememberIndexEnvironments } from './index-environments.js';
import { allowedHeadsFor, environmentsFor, targetFor, type RunContext } from './run-context.js';

/** What to check. */
export interface CheckRequest {
  mode: AnalysisMode;
  /** The index, or a commit (`commit` is the resolved id, `ref` what the user called it). */
  tree: CheckedTree;
  /** Only environments holding one of these repository-relative paths (lint-staged's files). */
  onlyPaths?: string[];
  /** The index's changes against HEAD (`git diff --cached --raw`): the index is then HEAD + these. */
  staged?: readonly StagedChange[] | undefined;
  /** What the commit-time fast lane read of this index (its facts, the environment fingerprint). */
  lane?: LaneHandOff | undefined;
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
    // The target is resolved while the environments are found; a check of the index that touches
    // no environment needs no target (as the fast lane answers it), so its failure waits until used.
    // The index of a merge in progress becomes a merge commit: judge it from that commit's merge-base.
    const targetRead = request.tree.kind === 'commit'
      ? targetFor(context, checkedCommit, request.tree.ref)
      : mergingCommits(repo, context.io.env).then((merging) => targetFor(context, checkedCommit, 'HEAD', merging));
    targetRead.catch(() => undefined);
    const [{ environments, outside }] = await Promise.all([
      environmentsFor(context, request.tree.kind === 'index' ? { kind: 'index' } : { kind: 'commit', commit: request.tree.commit }, reader)
        .then(async (all) => {
          if (request.tree.kind === 'index') rememberIndexEnvironments(context, request.lane, all);
          const staged = request.tree.kind === 'index' ? request.staged ?? stagedChanges(repo) ?? [] : undefined;
          const found = await outsideFindings(repo, all, request.tree.kind === 'index' ? { kind: 'index', staged: staged!, onlyPaths: request.onlyPaths } : { kind: 'commit', commit: request.tree.commit }, reader);
          const touched = await touchedEnvironments(context, all, request.onlyPaths);
          const kept = all.filter((env, e) => touched.includes(env) || found.has(e));
          return { environments: kept, outside: kept.map((env) => found.get(all.indexOf(env))) };
        }),
    ]);
    if (environments.length === 0 && request.tree.kind === 'index') return checkReport(request, null, []);
    const target = await targetRead;
    const checkedSpec: TreeSpec = request.tree.kind === 'index' ? { name: 'index' } : { name: 'head', commit: request.tree.commit };
    const specs: TreeSpec[] = [checkedSpec];
    if (target?.mergeBase) specs.push({ name: 'base', commit: target.mergeBase });
    if (target) specs.push({ name: 'target', commit: target.commit });
    const loaded = environments.length > 0 ? await loadTrees(repo, environments, specs, { reader, staged: request.staged, primeHead: true, indexTrees: request.tree.kind === 'index' ? request.lane?.indexTrees : undefined }) : undefined;
    const ignored = config.ignore.length > 0 ? compileIgnore(config.ignore) : undefined;
    const keep = (files: readonly RevisionFile[] | undefined) => (files && ignored ? files.filter((f) => !ignored(f.path)) : files);
    const graphs: (Graph | undefined)[][] = specs.map(() => []);
    const verdicts: { e: number; analysis: EnvironmentAnalysis }[] = [];
    const reports: EnvironmentReport[] = environments.map((env, e) => {
      const [checked, base, targetFiles] = [
        keep(loaded!.trees[0]![e]!.files)!,
        target?.mergeBase ? keep(loaded!.trees[1]![e]!.files) : undefined,
        target ? keep(loaded!.trees[specs.length - 1]![e]!.files) : undefined,
      ];
      const analysis = analyseEnvironment({
        mode: request.mode,
        targetName: target?.ref ?? 'the target',
        checked,
        base,
        target: targetFiles,
        allowedHeads: allowedHeadsFor(config, env),
      });
      graphs[0]![e] = analysis.checked;
      if (target?.mergeBase) graphs[1]![e] = analysis.base;
      if (target) graphs[specs.length - 1]![e] = analysis.target;
      verdicts.push({ e, analysis });
      return environmentReport(env, analysis.heads, outside[e] ? [...analysis.findings, outside[e]!] : analysis.findings, config);
    });
    // Summaries describe whole trees: a config that leaves files out builds graphs of less.
    // The index is summarised under the tree id git's cache-tree gave it: only if it is still that index.
    if (loaded && !ignored) {
      const indexKnown = request.tree.kind !== 'index' || indexUnchanged(request.lane);
      await rememberTrees(repo, loaded, indexKnown ? graphs : graphs.map((perEnv, t) => (t === 0 ? [] : perEnv)));
      // What the next commit starts from: this index's verdict, under the tree ids git will give it.
      if (request.mode === 'commit' && indexKnown && target?.mergeBase) {
        const store = Verdicts.at(repo.commonDir);
        await Promise.all(verdicts.map(({ e, analysis }) => {
          const [checked, base, targetKey] = [loaded.trees[0]![e]!.key, loaded.trees[1]![e]!.key, loaded.trees[2]![e]!.key];
          if (!checked || !base || !targetKey) return undefined;
          return store.write({ checked, base, target: targetKey, mode: 'commit', targetName: target.ref, allowedHeads: allowedHeadsFor(config, environments[e]!), readerVersion: READER_VERSION }, verdictOf(analysis));
        }));
      }
    }
    return checkReport(request, target ?? null, reports);
  } finally {
    await reader.close();
  }
}
