/**
 * Where a graph joins some revisions: the first revision that builds on all of them. A
 * redundant-merge finding names it and the rebase plan deletes the branch's merge because of it,
 * so both ask here and always name the same revision.
 */
import type { Graph, RevisionId } from '../types.js';
import { descendants } from './ancestors.js';
import { reachedByAll } from './reached-by-all.js';
import { topologicalOrder } from './topological-order.js';

/**
 * The first revision, in topological order, that is or descends from every one of `ids` along
 * down_revision; undefined when there is none (or an id is not in the graph).
 */
export function firstJoin(graph: Graph, ids: readonly RevisionId[]): RevisionId | undefined {
  if (ids.length === 0 || !ids.every((id) => graph.nodes.has(id))) return undefined;
  return topologicalOrder(graph, reachedByAll(graph, ids, descendants))[0];
}
