/**
 * Alembic's `RevisionMap._add_branches`, computed in linear time. For each revision X with
 * branch_labels, Alembic
 *  1. gives X's labels to every descendant of X (down_revision edges, through forks and merges),
 *  2. then walks from the last descendant it visited back down its down_revision, labelling each
 *     revision until one is a "real" branch point (more than one child, counting depends_on
 *     dependents) or a merge point, or is a base.
 * The walk of step 2 only gets past X when X's descendants form one clean line (no fork, no
 * merge, at most one child or dependent each): then it labels the ancestors of X down to the
 * first branch point. Which descendant Alembic visits last depends on set order, but the walk
 * stops at the same place from any of them, so the result does not.
 */
import type { RevisionId, RevisionNode } from '../types.js';

/**
 * The final labels of every node: `own` holds the labels written in each file, `order` is a
 * topological order (parents first). Returns sorted label lists by revision id.
 */
export function propagateLabels(
  nodes: ReadonlyMap<RevisionId, RevisionNode>,
  own: ReadonlyMap<RevisionId, readonly string[]>,
  order: readonly RevisionId[],
  isMergePoint: (id: RevisionId) => boolean,
): Map<RevisionId, string[]> {
  const labels = new Map<RevisionId, string[]>();
  if (own.size === 0) {
    for (const id of order) labels.set(id, []);
    return labels;
  }
  const none: readonly string[] = [];
  // Step 1, parents first. A revision with one parent and no labels of its own shares its
  // parent's array, so a long unlabelled chain costs nothing.
  const inherited = new Map<RevisionId, readonly string[]>();
  for (const id of order) {
    const node = nodes.get(id)!;
    const mine = own.get(id) ?? none;
    const parents = node.parents;
    if (mine.length === 0 && parents.length === 1 && parents[0] !== id) inherited.set(id, inherited.get(parents[0]!) ?? none);
    else inherited.set(id, union([mine, ...parents.filter((p) => p !== id).map((p) => inherited.get(p) ?? none)]));
  }

  // Step 2, children first. `clean`: the walk labels this revision and moves on to its parent.
  const clean = (node: RevisionNode) => {
    const dependents = node.dependents ?? [];
    const next = dependents.length === 0 ? node.children.length : new Set([...node.children, ...dependents]).size;
    return next <= 1 && !isMergePoint(node.id);
  };
  const lineToLeaf = new Set<RevisionId>();
  const carried = new Map<RevisionId, readonly string[]>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const node = nodes.get(id)!;
    if (!clean(node)) continue;
    const child = node.children.length === 1 && node.children[0] !== id ? node.children[0]! : undefined;
    if (node.children.length === 0 || (child !== undefined && lineToLeaf.has(child))) lineToLeaf.add(id);
    const start = lineToLeaf.has(id) ? own.get(id) ?? none : none;
    const fromChild = child !== undefined ? carried.get(child) ?? none : none;
    const mine = start.length === 0 ? fromChild : fromChild.length === 0 ? start : union([start, fromChild]);
    if (mine.length > 0) carried.set(id, mine);
  }

  for (const id of order) {
    const from = inherited.get(id) ?? none;
    const walked = carried.get(id);
    labels.set(id, walked === undefined || walked === from ? from.slice() : union([from, walked]).slice());
  }
  return labels;
}

function union(lists: readonly (readonly string[])[]): readonly string[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return [...new Set(nonEmpty.flat())].sort();
}
