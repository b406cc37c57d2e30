/**
 * The analysis at the heart of `check` and `pre-push`: one environment, four trees (checked,
 * base, target, and the merged view = target + this branch's changes since base), one list of
 * findings with the contract's default severities.
 *
 * Who caused it: in `commit` and `push` modes a problem the target (or the merge-base) already
 * has, in files this change does not touch, is reported once as a warning marked `preexisting`,
 * so one broken main does not block every commit on every branch. In `rev` mode (CI) the tree is
 * judged as it is: every problem of the checked tree keeps its severity. `push` and `rev` also
 * judge the merged view: what the merge would break is an error there, a warning at commit time.
 */
import { buildGraph, extendGraph, graphFindings } from '../graph/index.js';
import * as say from '../messages.js';
import type { Finding, Graph, RevisionFile, RevisionId } from '../types.js';
import type { AnalysisInput, EnvironmentAnalysis, FileChange } from './analysis-types.js';
import { diffRevisionFiles } from './diff-revision-files.js';
import { behindTargetSeverity, findBehindTarget } from './find-behind-target.js';
import { findBypassedChains } from './find-bypassed-chains.js';
import { findEditedPublished } from './find-edited-published.js';
import { findMultipleHeads } from './find-multiple-heads.js';
import { findRedundantMerges } from './find-redundant-merges.js';
import { findingKey } from './finding-key.js';
import { mergeTrees } from './merge-trees.js';
import { unexcusedHeads } from '../graph/unexcused-heads.js';

const unique = <T>(list: readonly T[]) => [...new Set(list)];

/** The same files in the same order (by path and blob, or by object when blobs are unknown). */
const sameTree = (a: readonly RevisionFile[], b: readonly RevisionFile[]) =>
  a === b || (a.length === b.length && a.every((f, i) => f === b[i] || (f.path === b[i]!.path && f.blob !== undefined && f.blob === b[i]!.blob)));

/** Every path the change adds, edits, moves or deletes (both ends of a move). */
function touchedPaths(changes: readonly FileChange[]): Set<string> {
  const paths = new Set<string>();
  for (const c of changes) {
    if (c.kind !== 'added') paths.add(c.before.path);
    if (c.kind !== 'deleted') paths.add(c.after.path);
  }
  return paths;
}

const touches = (f: Finding, paths: ReadonlySet<string>) =>
  (f.file !== undefined && paths.has(f.file)) || (f.files ?? []).some((p) => paths.has(p));

const asPreexisting = (f: Finding): Finding => ({ ...f, severity: 'warning', preexisting: true, message: say.notCausedByChange(f.message) });

/**
 * The checked tree's fork, judged: an error, or — when the reference tree (merge-base, else
 * target) already had at least as many heads and blame applies — the target's own fork, once,
 * as a warning.
 */
function judgeHeads(
  fork: { heads: RevisionId[]; finding: Finding },
  blame: boolean,
  targetName: string,
  base: Graph | undefined,
  target: Graph | undefined,
  allowed: readonly RevisionId[],
): Finding {
  const reference = base ?? target;
  const referenceHeads = reference ? unexcusedHeads(reference, allowed) : [];
  if (!blame || referenceHeads.length < 2 || fork.heads.length > referenceHeads.length) return fork.finding;
  const targetHeads = target ? unexcusedHeads(target, allowed) : [];
  const onTarget = targetHeads.length >= 2;
  // Point at the tree that has the fork (its newest head's down_revision), not at this change's
  // file: an annotation on the branch's own migration would blame what did not cause it.
  const owner = onTarget ? target! : reference!;
  const heads = onTarget ? targetHeads : referenceHeads;
  const headFile = owner.nodes.get(heads[heads.length - 1]!)?.file;
  return {
    ...fork.finding,
    ...(headFile ? { file: headFile.path, line: headFile.sites.down_revision?.line ?? 1 } : {}),
    severity: 'warning',
    preexisting: true,
    message: onTarget ? say.preexistingHeads(targetName, targetHeads) : say.preexistingBaseHeads(targetName, referenceHeads),
    fix: onTarget ? say.preexistingHeadsFix(targetName) : say.preexistingBaseHeadsFix(targetName),
    revisions: onTarget ? targetHeads : referenceHeads,
  };
}

/**
 * One fix per problem. A bypass's own fix (build on the end of the chain this branch sees) is
 * right only while the target has not moved past that end; when the branch is behind as well,
 * that fix forks again once merged, and the one that works is the rebase: the bypass finding
 * then says so and names the target's heads.
 */
function onePerLine(bypassed: Finding[], behind: Finding | undefined, target: Graph | undefined, targetName: string): Finding[] {
  if (!behind || !target) return bypassed;
  const targetHeads = new Set(target.heads);
  const onto = behind.suggestedDownRevision ?? [];
  return bypassed.map((f) => ((f.suggestedDownRevision ?? []).every((id) => targetHeads.has(id))
    ? f
    : { ...f, fix: say.bypassedBehindFix(targetName, onto), suggestedDownRevision: [...onto] }));
}

/** Analyses one environment; see the module comment for the rules. */
export function analyseEnvironment(input: AnalysisInput): EnvironmentAnalysis {
  const { mode, targetName } = input;
  const allowed = input.allowedHeads ?? [];
  const blame = mode !== 'rev';
  // Up-to-date branches have target = base and merged = checked: build each distinct tree once.
  // A branch that only adds revisions (the usual commit) extends the graphs it was built on.
  const built: [RevisionFile[], Graph][] = [];
  const graphOf = (files: RevisionFile[], extending?: Graph) => {
    const known = built.find(([other]) => sameTree(other, files));
    if (known) return known[1];
    const graph = (extending && onlyAdded && extendGraph(extending, files, onlyAdded)) || buildGraph(files);
    built.push([files, graph]);
    return graph;
  };
  const changes = diffRevisionFiles(input.base ?? [], input.checked);
  const onlyAdded = input.base && changes.every((c) => c.kind === 'added') ? changes.map((c) => c.after!) : undefined;
  const base = input.base ? graphOf(input.base) : undefined;
  const checked = graphOf(input.checked, base);
  const target = input.target ? graphOf(input.target) : undefined;
  const merged = input.target ? graphOf(mergeTrees(input.target, input.base ?? [], input.checked, changes), target) : checked;
  const touched = touchedPaths(changes);
  // New on this branch: revisions the merge-base does not have (all of them without a merge-base).
  const added = new Set([...checked.nodes.keys()].filter((id) => !base?.nodes.has(id)));

  const findings: Finding[] = [];
  // 1. The checked tree's own problems.
  const checkedFindings = graphFindings(checked);
  const knownBefore = new Set([...(target ? graphFindings(target) : []), ...(base ? graphFindings(base) : [])].map(findingKey));
  for (const f of checkedFindings) {
    findings.push(blame && knownBefore.has(findingKey(f)) && !touches(f, touched) ? asPreexisting(f) : f);
  }
  const behind = target ? findBehindTarget({ mode, targetName, merged, checked, target, added, allowedHeads: allowed }) : undefined;
  const bypassed = onePerLine(findBypassedChains(checked, added, targetName), behind, target, targetName);
  findings.push(...bypassed);
  const absorbed = new Set(bypassed.flatMap((f) => f.bypassed ?? []));
  const fork = findMultipleHeads(checked, allowed, absorbed, added);
  if (fork) findings.push(judgeHeads(fork, blame, targetName, base, target, allowed));

  // 2. Against the target and in the merged view.
  if (target && input.target) {
    findings.push(...findEditedPublished(changes, input.target, targetName));
    findings.push(...findRedundantMerges(checked, target, added, targetName));
    // A revision that bypasses and is behind is one finding: the bypass, with the fix that works.
    if (behind && !bypassed.some((f) => f.revision === behind.revision)) findings.push(behind);
    // What only the merge would break: not a problem of the checked tree, nor of the target.
    const seen = new Set([...checkedFindings, ...graphFindings(target)].map(findingKey));
    for (const f of graphFindings(merged)) {
      if (seen.has(findingKey(f))) continue;
      findings.push({ ...f, severity: f.severity === 'error' ? behindTargetSeverity(mode) : f.severity, message: say.onceMerged(targetName, f.message) });
    }
  }

  const reported = new Set<string>();
  const once = findings.filter((f) => {
    const key = findingKey(f);
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
  return {
    heads: { target: unique(target?.heads ?? []), mergeBase: unique(base?.heads ?? []), result: unique(merged.heads) },
    findings: once,
    merged,
    checked,
  };
}
