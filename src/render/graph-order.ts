/** The order in which the graph renderers draw revisions. */
import { topologicalOrder } from '../core/graph/topological-order.js';
import type { Graph, RevisionId } from '../core/types.js';

/**
 * Topological order that follows one line of history to its end before starting the next (each
 * revision's first child, in load order, next); revisions in a cycle last, in load order.
 */
export function displayOrder(graph: Graph): RevisionId[] {
  return topologicalOrder(graph, undefined, { ties: 'lines' });
}
