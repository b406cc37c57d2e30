/**
 * Where heads went apart: the last revision, in topological order, that every one of them builds
 * on. `explain` names it as the divergence point and draws each chain from it.
 */
import type { Graph, RevisionId } from '../types.js';
import { ancestors } from './ancestors.js';
import { reachedByAll } from './reached-by-all.js';
import { topologicalOrder } from './topological-order.js';

/** The last common ancestor (inclusive) of `heads` along down_revision; undefined when they share none. */
export function divergencePoint(graph: Graph, heads: readonly RevisionId[]): RevisionId | undefined {
  return topologicalOrder(graph, reachedByAll(graph, heads, ancestors)).at(-1);
}
