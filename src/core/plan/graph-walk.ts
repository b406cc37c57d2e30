/**
 * Small walks over a Graph that the planner needs (ancestors, topological order restricted to
 * a set). Kept local so the plan does not depend on helpers beyond the Graph shape itself.
 */
import type { Graph, RevisionId } from '../types.js';

/** `id` and every revision it descends from through down_revision. */
export function ancestorsInclusive(graph: Graph, id: RevisionId): Set<RevisionId> {
  const seen = new Set<RevisionId>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next) || !graph.nodes.has(next)) continue;
    seen.add(next);
    stack.push(...graph.nodes.get(next)!.parents);
  }
  return seen;
}

/**
 * The ids of `subset` parents-first; ties keep load order, so the output is deterministic.
 * A cycle's members come last in load order (the graph reports the cycle itself).
 */
export function topologicalSubset(graph: Graph, subset: ReadonlySet<RevisionId>): RevisionId[] {
  const out: RevisionId[] = [];
  const done = new Set<RevisionId>();
  const pending = graph.order.filter((id) => subset.has(id));
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const id of pending) {
      if (done.has(id)) continue;
      const parents = graph.nodes.get(id)?.parents ?? [];
      if (parents.every((p) => !subset.has(p) || done.has(p))) {
        done.add(id);
        out.push(id);
        progressed = true;
      }
    }
  }
  for (const id of pending) if (!done.has(id)) out.push(id);
  return out;
}
