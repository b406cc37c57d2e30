/** The order in which the graph renderers draw revisions. */
import type { Graph, RevisionId } from '../core/types.js';

/**
 * Topological order that follows one line of history to its end before starting the next: a
 * stack of ready revisions, each revision's first child (load order) on top.
 */
export function displayOrder(graph: Graph): RevisionId[] {
  const waiting = new Map<RevisionId, number>();
  for (const id of graph.order) waiting.set(id, graph.nodes.get(id)!.parents.length);
  const stack = graph.order.filter((id) => waiting.get(id) === 0).reverse();
  const order: RevisionId[] = [];
  const done = new Set<RevisionId>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    done.add(id);
    const ready: RevisionId[] = [];
    for (const child of graph.nodes.get(id)!.children) {
      const left = waiting.get(child)! - 1;
      waiting.set(child, left);
      if (left === 0) ready.push(child);
    }
    stack.push(...ready.reverse());
  }
  // Revisions in a cycle never become ready; draw them last, in load order.
  for (const id of graph.order) if (!done.has(id)) order.push(id);
  return order;
}
