/**
 * `migcheck heads` in Alembic's own `alembic heads` line format (`Script._head_only` with
 * `include_branches=True, tree_indicators=False`): `<rev>[ (<labels>)] (head)`, or
 * `(effective head)` for a versioned head that another revision names in depends_on.
 */
import { isEffectiveHead } from '../core/graph/graph-queries.js';
import { headMarker, labelsMarker } from '../core/messages.js';
import type { Graph, RevisionId } from '../core/types.js';

/** One head line, without the newline. Labels are sorted (Alembic prints a set in any order). */
export function headLine(graph: Graph, id: RevisionId): string {
  const labels = [...(graph.nodes.get(id)?.labels ?? [])].sort();
  return `${id}${labelsMarker(labels)}${headMarker(isEffectiveHead(graph, id))}`;
}

/** Every versioned head in load order, one line each (each ending in a newline); '' for none. */
export function renderHeadsText(graph: Graph): string {
  return graph.heads.map((id) => `${headLine(graph, id)}\n`).join('');
}
