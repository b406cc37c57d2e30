/**
 * The heads that make a fork. Heads that each carry a branch label no other head carries are
 * intentional (expand/contract, separate roots: users run `alembic upgrade heads`), and so are
 * heads the config allows; what is left, if more than one, is a fork. Labels are the graph's:
 * own and propagated as Alembic does, expression labels (`cli.EXPAND_BRANCH`) named by their text.
 * A head whose down_revision could not be read is left out too: where it sits is unknown, and
 * its file already carries an `unparseable` finding; counting it would guess a fork.
 * This is the one rule for intentional heads: `check` and `rebase-plan` both ask here.
 */
import type { Graph, RevisionId } from '../types.js';

/**
 * The graph's heads in load order, minus allowed heads, heads with a label of their own, and
 * heads whose down_revision is unreadable.
 */
export function unexcusedHeads(graph: Graph, allowedHeads: readonly RevisionId[] = []): RevisionId[] {
  const heads = [...new Set(graph.heads)].filter((h) => !allowedHeads.includes(h) && graph.nodes.get(h)?.file.downRevisions !== undefined);
  const labels = heads.map((h) => new Set(graph.nodes.get(h)?.labels ?? []));
  const ownsLabel = (i: number) => [...labels[i]!].some((l) => labels.every((other, j) => j === i || !other.has(l)));
  return heads.filter((_, i) => !ownsLabel(i));
}
