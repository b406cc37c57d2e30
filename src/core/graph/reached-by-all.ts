/**
 * The revisions every one of `ids` reaches (inclusive) by one walk — its ancestors or its
 * descendants. Where heads part (their common ancestors) and where a graph joins revisions again
 * (their common descendants) are the two ends of this one question.
 */
import type { Graph, RevisionId } from '../types.js';

/** The revisions every id reaches with `walk`; empty when they share none (or `ids` is empty). */
export function reachedByAll(graph: Graph, ids: readonly RevisionId[], walk: (graph: Graph, from: Iterable<RevisionId>, options: { inclusive: boolean }) => Set<RevisionId>): Set<RevisionId> {
  let common: Set<RevisionId> | undefined;
  for (const id of new Set(ids)) {
    const reached = walk(graph, [id], { inclusive: true });
    common = common === undefined ? reached : new Set([...common].filter((r) => reached.has(r)));
    if (common.size === 0) break;
  }
  return common ?? new Set();
}
