/**
 * Computes the rebase plan of one environment: the steps that put this branch's own migrations
 * (in the checked tree, not on the target) on top of the target's head, as data. Redundant
 * merges of the branch are deleted, each root of the branch's subgraph is re-pointed onto the
 * head, and independent chains are stacked one after another in the order the branch's commits
 * added them, so the result is linear. Pure: the caller supplies trees, texts and commit order.
 */
import { buildGraph } from '../graph/build-graph.js';
import type { Graph, RevisionFile, RevisionId } from '../types.js';
import { ancestorsInclusive, topologicalSubset } from './graph-walk.js';
import { isEmptyMigration } from './is-empty-migration.js';
import type { EnvironmentPlan, PlanStep, RepointStep } from './plan-types.js';

/** What planning one environment needs. */
export interface PlanEnvironmentInput {
  /** The environment's (first) versions directory, for output. */
  dir: string;
  /** The target ref as the user named it (for the git step). */
  targetRef: string;
  /** Revision files of the checked tree (the working tree for rebase-plan). */
  checked: readonly RevisionFile[];
  /** Revision files of the target tree. */
  target: readonly RevisionFile[];
  /** Decoded text of each checked file by path (an empty merge may be deleted, a busy one not). */
  texts: ReadonlyMap<string, string>;
  /** Paths in the order this branch's commits added them, earliest first. */
  addedOrder: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Heads that each carry their own branch label are intentional (expand/contract, separate roots). */
function intentionalHeads(graph: Graph): boolean {
  const seen = new Set<string>();
  for (const head of graph.heads) {
    const labels = graph.nodes.get(head)?.labels ?? [];
    if (labels.length === 0 || labels.some((l) => seen.has(l))) return false;
    labels.forEach((l) => seen.add(l));
  }
  return true;
}

/** The earliest target revision that descends from (or is) every one of `parents`. */
function joinerOf(target: Graph, parents: readonly RevisionId[]): RevisionId | undefined {
  let best: { id: RevisionId; size: number } | undefined;
  for (const id of target.order) {
    const up = ancestorsInclusive(target, id);
    if (parents.every((p) => up.has(p)) && (!best || up.size < best.size)) best = { id, size: up.size };
  }
  return best?.id;
}

/** Groups `keep` into connected pieces (edges: down_revision links inside the set). */
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
  for (const id of topologicalSubset(graph, keep)) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()];
}

/** Heads of the merged view: the target's files plus this branch's files after the steps. */
function predictHeads(target: readonly RevisionFile[], own: readonly RevisionFile[], steps: readonly PlanStep[]): RevisionId[] {
  const deleted = new Set(steps.flatMap((s) => (s.action === 'delete' ? [s.revision] : [])));
  const repointed = new Map(steps.flatMap((s) => (s.action === 'repoint' ? [[s.revision, s.to] as const] : [])));
  const files = own
    .filter((f) => !deleted.has(f.revision!))
    .map((f) => (repointed.has(f.revision!) ? { ...f, downRevisions: [...repointed.get(f.revision!)!] } : f));
  return buildGraph([...target, ...files]).heads;
}

/** The plan for one environment. */
export function planEnvironment(input: PlanEnvironmentInput): EnvironmentPlan {
  const target = buildGraph([...input.target]);
  const checked = buildGraph([...input.checked]);
  const ownIds = new Set(checked.order.filter((id) => !target.nodes.has(id)));
  const ownFiles = [...ownIds].map((id) => checked.nodes.get(id)!.file);
  const order = topologicalSubset(checked, ownIds);
  const steps: PlanStep[] = [];

  const missing = target.order.filter((id) => !checked.nodes.has(id));
  if (missing.length > 0) {
    steps.push({ action: 'git', command: `git rebase ${input.targetRef}`, reason: 'missing-target-revisions', revisions: missing });
  }
  const heads = target.heads;
  if (heads.length > 1 && !intentionalHeads(target)) {
    return { dir: input.dir, onto: [...heads], steps, resultHeads: predictHeads(input.target, ownFiles, []), blocked: { reason: 'target-multiple-heads', heads: [...heads] } };
  }

  // A merge of this branch whose parents the target already joins, and that does nothing.
  const fileSteps: PlanStep[] = [];
  const deleted = new Set<RevisionId>();
  for (const id of order) {
    const node = checked.nodes.get(id)!;
    if (node.parents.length < 2 || !node.parents.every((p) => target.nodes.has(p))) continue;
    if (node.file.branchLabels.length > 0 || node.file.dependsOn.length > 0) continue;
    if (!isEmptyMigration(input.texts.get(node.file.path) ?? '')) continue;
    const mergedBy = joinerOf(target, node.parents);
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
  const headAncestors = new Map(heads.map((h) => [h, ancestorsInclusive(target, h)] as const));
  const tips = new Map<RevisionId, RevisionId[]>(heads.map((h) => [h, [h]]));
  const onto = new Set<RevisionId>();
  let blocked = false;

  for (const piece of pieces) {
    const roots = piece
      .filter((id) => checked.nodes.get(id)!.parents.every((p) => !keep.has(p)))
      // A new base that carries a branch label is an intentional separate branch.
      .filter((id) => !(checked.nodes.get(id)!.parents.length === 0 && checked.nodes.get(id)!.labels.length > 0))
      .sort((a, b) => rank(a) - rank(b));
    if (roots.length === 0 || heads.length === 0) continue;
    const candidates = heads.length === 1 ? [heads[0]!] : heads.filter((h) => roots.some((r) => checked.nodes.get(r)!.parents.some((p) => headAncestors.get(h)!.has(p))));
    if (candidates.length !== 1) {
      blocked = true;
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
  steps.push(...fileSteps);
  const plan: EnvironmentPlan = {
    dir: input.dir,
    onto: heads.length === 1 ? [...heads] : [...onto],
    steps,
    resultHeads: predictHeads(input.target, ownFiles, steps),
  };
  if (blocked) return { ...plan, steps: steps.filter((s) => s.action === 'git'), resultHeads: predictHeads(input.target, ownFiles, []), blocked: { reason: 'target-multiple-heads', heads: [...heads] } };
  return plan;
}
