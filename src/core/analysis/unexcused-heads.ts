/**
 * The heads that make a fork. Heads that each carry a branch label no other head carries are
 * intentional (expand/contract, separate roots: users run `alembic upgrade heads`), and so are
 * heads the config allows; what is left, if more than one, is a fork. Labels are the graph's:
 * own and propagated as Alembic does, expression labels (`cli.EXPAND_BRANCH`) named by their text.
 */
import type { Graph, RevisionId } from '../types.js';

/** The graph's heads in load order, minus allowed heads and heads with a label of their own. */
export function unexcusedHeads(graph: Graph, allowedHeads: readonly RevisionId[] = []): RevisionId[] {
  const heads = [...new Set(graph.heads)].filter((h) => !allowedHeads.includes(h));
  const labels = heads.map((h) => new Set(graph.nodes.get(h)?.labels ?? []));
  const ownsLabel = (i: number) => [...labels[i]!].some((l) => labels.every((other, j) => j === i || !other.has(l)));
  return heads.filter((_, i) => !ownsLabel(i));
}
