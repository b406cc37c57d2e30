/**
 * Orders some revisions parents-first. Among revisions that are ready together, load order
 * decides, so a fork lists one side after the other the way `ls versions/` would, and the order
 * is stable from run to run.
 */
import type { Graph, RevisionId } from '../types.js';

/** `ids` in topological order (parents first, ties by load order); a cycle's members come last. */
export function topologicalSubset(graph: Graph, ids: ReadonlySet<RevisionId>): RevisionId[] {
  const rank = new Map(graph.order.map((id, i) => [id, i]));
  const byLoad = (a: RevisionId, b: RevisionId) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  const pending = new Map<RevisionId, number>();
  for (const id of ids) {
    const parents = new Set((graph.nodes.get(id)?.parents ?? []).filter((p) => ids.has(p) && p !== id));
    pending.set(id, parents.size);
  }
  const ready = [...ids].filter((id) => pending.get(id) === 0);
  const out: RevisionId[] = [];
  while (ready.length > 0) {
    ready.sort(byLoad);
    const id = ready.shift()!;
    out.push(id);
    for (const child of new Set(graph.nodes.get(id)?.children ?? [])) {
      const left = pending.get(child);
      if (left === undefined || child === id) continue;
      pending.set(child, left - 1);
      if (left - 1 === 0) ready.push(child);
    }
  }
  const rest = [...ids].filter((id) => !out.includes(id)).sort(byLoad);
  return [...out, ...rest];
}
