/**
 * Where heads went apart: the last revision, in topological order, that every one of them builds
 * on. `explain` names it as the divergence point and draws each chain from it.
 */
import type { Graph, RevisionId } from '../types.js';
import { ancestors } from './ancestors.js';
import { topologicalOrder } from './topological-order.js';

/** The last common ancestor (inclusive) of `heads` along down_revision; undefined when they share none. */
export function divergencePoint(graph: Graph, heads: readonly RevisionId[]): RevisionId | undefined {
  if (heads.length === 0) return undefined;
  let common: Set<RevisionId> | undefined;
  for (const head of new Set(heads)) {
    const below = ancestors(graph, [head], { inclusive: true });
    common = common === undefined ? below : new Set([...common].filter((id) => below.has(id)));
    if (common.size === 0) return undefined;
  }
  return topologicalOrder(graph, common).at(-1);
}
