/**
 * Computes the rebase plan of one environment: the steps that put this branch's own migrations
 * (in the checked tree, not on the target) on top of the target's head, as data. Redundant
 * merges of the branch that do nothing are deleted, each root of the branch's subgraph is
 * re-pointed onto the head, and independent chains are stacked one after another in the order
 * the branch's commits added them, so the result is linear.
 *
 * The plan is honest about its result: it predicts the merged view (the target plus this
 * branch's changes since the merge-base, after the steps) exactly as `check` builds it, and when
 * that view would still be broken — the branch edits a migration the target has, the result keeps
 * two heads, an id clashes — it says what it cannot fix instead of "nothing to do". Pure: the
 * caller supplies the trees and the commit order.
 */
import { diffRevisionFiles } from '../analysis/diff-revision-files.js';
import { findEditedPublished } from '../analysis/find-edited-published.js';
import { findMultipleHeads } from '../analysis/find-multiple-heads.js';
import { findingKey } from '../analysis/finding-key.js';
import { isDeletableMerge } from '../analysis/deletable-merge.js';
import { mergeTrees } from '../analysis/merge-trees.js';
import { ancestors } from '../graph/ancestors.js';
import { buildGraph } from '../graph/build-graph.js';
import { firstJoin } from '../graph/first-join.js';
import { graphFindings } from '../graph/graph-findings.js';
import { topologicalOrder } from '../graph/topological-order.js';
import { unexcusedHeads } from '../graph/unexcused-heads.js';
import type { Finding, Graph, RevisionFile, RevisionId } from '../types.js';
import type { EnvironmentPlan, PlanBlock, PlanStep, RepointStep } from './plan-types.js';

/** What planning one environment needs. */
export interface PlanEnvironmentInput {
  /** The environment's (first) versions directory, for output. */
  dir: string;
  /** The target ref as the user named it (for the git step and messages). */
  targetRef: string;
  /** Revision files of the checked tree (the working tree for rebase-plan). */
  checked: readonly RevisionFile[];
  /** Revision files of the merge-base of the checked tree and the target; undefined without one. */
  base: readonly RevisionFile[] | undefined;
  /** Revision files of the target tree. */
  target: readonly RevisionFile[];
  /** Paths in the order this branch's commits added them, earliest first. */
  addedOrder: readonly string[];
  /** Heads the config allows besides labelled ones (the rule `check` uses). */
  allowedHeads?: readonly RevisionId[];
}

const unique = <T>(list: Iterable<T>) => [...new Set(list)];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The graph of the merged view: `target` plus the changes from `base` to `checked`. The plan
 * predicts its heads, and `--apply` checks the edited working tree against the prediction with
 * this very function, so a stale copy of a revision the target has since edited is judged the
 * same way both times (the target's version wins: this branch never changed it).
 */
export function mergedView(target: readonly RevisionFile[], base: readonly RevisionFile[] | undefined, checked: readonly RevisionFile[]): Graph {
  return buildGraph(mergeTrees(target, base ?? [], checked));
}

/** Groups `keep` into connected pieces (edges: down_revision links inside the set), in topological order. */
function components(graph: Graph, keep: ReadonlySet<RevisionId>): RevisionId[][] {
  const owner = new Map<RevisionId, RevisionId>();
  const find = (id: RevisionId): RevisionId => {
    let root = id;
    while (owner.get(root) !== root) root = owner.get(root)!;
    owner.set(id, root);
    return root;
  };
  for (const id of keep) owner.set(id, id);
  for (const id of keep) {
    for (const parent of graph.nodes.get(id)!.parents) if (keep.has(parent)) owner.set(find(id), find(parent));
  }
  const groups = new Map<RevisionId, RevisionId[]>();
  for (const id of topologicalOrder(graph, keep)) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()];
}

/** The checked tree's files as they will be after the file steps (deleted ones gone, re-pointed ones re-pointed). */
function afterSteps(checked: readonly RevisionFile[], steps: readonly PlanStep[]): RevisionFile[] {
  const deleted = new Set(steps.flatMap((s) => (s.action === 'delete' ? [s.file] : [])));
  const repointed = new Map(steps.flatMap((s) => (s.action === 'repoint' ? [[s.file, s.to] as const] : [])));
  return checked.filter((f) => !deleted.has(f.path)).map((f) => {
    const to = repointed.get(f.path);
    if (to === undefined) return f;
    // No blob: the content is no longer what git holds, so the diff sees the edit. What the
    // reader said about the old value no longer holds either.
    const { blob: _blob, ...rest } = f;
    return { ...rest, downRevisions: [...to], problems: f.problems.filter((p) => p.field !== 'down_revision') };
  });
}

/**
 * What `check` would still report about the merged view once the steps are done, that moving
 * this branch's own migrations cannot fix: edits to migrations the target has, graph problems
 * the target does not have, and a fork.
 */
function unfixable(input: PlanEnvironmentInput, target: Graph, merged: Graph, own: ReadonlySet<RevisionId>): Finding[] {
  const findings: Finding[] = findEditedPublished(diffRevisionFiles(input.base ?? [], input.checked), input.target, input.targetRef);
  const known = new Set(graphFindings(target).map(findingKey));
  for (const f of graphFindings(merged)) if (f.severity === 'error' && !known.has(findingKey(f))) findings.push(f);
  const fork = findMultipleHeads(merged, input.allowedHeads ?? [], new Set(), own);
  if (fork) findings.push(fork.finding);
  return findings;
}

/** The plan for one environment. */
export function planEnvironment(input: PlanEnvironmentInput): EnvironmentPlan {
  const allowed = input.allowedHeads ?? [];
  const target = buildGraph(input.target);
  const checked = buildGraph(input.checked);
  const baseIds = input.base ? new Set(input.base.map((f) => f.revision)) : undefined;
  const ownIds = new Set(checked.order.filter((id) => !target.nodes.has(id)));
  const order = topologicalOrder(checked, ownIds);
  const steps: PlanStep[] = [];
  const finish = (fileSteps: PlanStep[], onto: readonly RevisionId[], block?: (heads: RevisionId[]) => PlanBlock): EnvironmentPlan => {
    const result = mergedView(input.target, input.base, afterSteps(input.checked, block ? [] : fileSteps));
    const resultHeads = unique(result.heads);
    if (block) return { dir: input.dir, onto: [...onto], steps, resultHeads, blocked: block(resultHeads) };
    const findings = unfixable(input, target, result, ownIds);
    if (findings.length > 0) {
      // Nothing to perform: the steps alone would not give a tree `check` accepts.
      const before = unique(mergedView(input.target, input.base, input.checked).heads);
      return { dir: input.dir, onto: [...onto], steps, resultHeads: before, blocked: { reason: 'cannot-fix', heads: before, findings } };
    }
    return { dir: input.dir, onto: [...onto], steps: [...steps, ...fileSteps], resultHeads };
  };

  // Revisions the target gained since the merge-base: only `git rebase` brings them (one the
  // branch deleted is the branch's change, judged with the merged view instead).
  const missing = target.order.filter((id) => !checked.nodes.has(id) && !baseIds?.has(id));
  if (missing.length > 0) steps.push({ action: 'git', command: `git rebase ${input.targetRef}`, reason: 'missing-target-revisions', revisions: missing });
  const heads = unique(target.heads);
  const forked = unexcusedHeads(target, allowed);
  if (forked.length > 1) return finish([], heads, () => ({ reason: 'target-multiple-heads', heads: [...heads] }));

  // A merge of this branch whose parents the target already joins, and that does nothing.
  const fileSteps: PlanStep[] = [];
  const deleted = new Set<RevisionId>();
  for (const id of order) {
    const node = checked.nodes.get(id)!;
    if (node.parents.length < 2 || !node.parents.every((p) => target.nodes.has(p)) || !isDeletableMerge(node.file)) continue;
    const mergedBy = firstJoin(target, node.parents);
    if (mergedBy === undefined) continue;
    deleted.add(id);
    fileSteps.push({ action: 'delete', revision: id, file: node.file.path, reason: 'redundant-merge', mergedBy });
  }

  const keep = new Set([...ownIds].filter((id) => !deleted.has(id)));
  const rank = (id: RevisionId) => {
    const at = input.addedOrder.indexOf(checked.nodes.get(id)!.file.path);
    return at >= 0 ? at : input.addedOrder.length + order.indexOf(id);
  };
  const pieces = components(checked, keep).sort((a, b) => Math.min(...a.map(rank)) - Math.min(...b.map(rank)));
  const headAncestors = new Map(heads.map((h) => [h, ancestors(target, [h], { inclusive: true })] as const));
  const tips = new Map<RevisionId, RevisionId[]>(heads.map((h) => [h, [h]]));
  const onto = new Set<RevisionId>();
  const undecided: RevisionId[] = [];

  for (const piece of pieces) {
    const roots = piece
      .filter((id) => checked.nodes.get(id)!.parents.every((p) => !keep.has(p)))
      // A new base that carries a branch label is an intentional separate branch.
      .filter((id) => !(checked.nodes.get(id)!.parents.length === 0 && checked.nodes.get(id)!.labels.length > 0))
      .sort((a, b) => rank(a) - rank(b));
    if (roots.length === 0 || heads.length === 0) continue;
    const candidates = heads.length === 1 ? [heads[0]!] : heads.filter((h) => roots.some((r) => checked.nodes.get(r)!.parents.some((p) => headAncestors.get(h)!.has(p))));
    if (candidates.length !== 1) {
      undecided.push(...roots);
      continue;
    }
    const head = candidates[0]!;
    onto.add(head);
    const desired = tips.get(head)!;
    for (const root of roots) {
      const node = checked.nodes.get(root)!;
      if (sameSet(node.parents, desired)) continue;
      const step: RepointStep = { action: 'repoint', revision: root, file: node.file.path, from: [...(node.file.downRevisions ?? node.parents)], to: [...desired] };
      if (node.file.downRevisions === undefined && node.file.sites.down_revision) step.fromText = node.file.sites.down_revision.text;
      fileSteps.push(step);
    }
    tips.set(head, piece.filter((id) => !checked.nodes.get(id)!.children.some((c) => piece.includes(c))));
  }

  fileSteps.sort((a, b) => order.indexOf((a as { revision: RevisionId }).revision) - order.indexOf((b as { revision: RevisionId }).revision));
  const ontoHeads = heads.length === 1 ? heads : [...onto];
  if (undecided.length > 0) return finish(fileSteps, ontoHeads, () => ({ reason: 'ambiguous-head', heads: [...heads], revisions: undecided }));
  return finish(fileSteps, ontoHeads);
}
