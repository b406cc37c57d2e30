/** Small questions about one revision of a graph, with Alembic's definitions. */
import type { Graph, RevisionId } from '../types.js';

/** A merge point: down_revision names more than one revision (Alembic's `is_merge_point`). */
export function isMergePoint(graph: Graph, id: RevisionId): boolean {
  const node = graph.nodes.get(id);
  return node !== undefined && new Set(node.file.downRevisions ?? []).size > 1;
}

/** A branch point: more than one revision names it in down_revision (Alembic's `is_branch_point`). */
export function isBranchPoint(graph: Graph, id: RevisionId): boolean {
  return (graph.nodes.get(id)?.children.length ?? 0) > 1;
}

/** The branch points of the graph, in load order. */
export function branchPoints(graph: Graph): RevisionId[] {
  return graph.order.filter((id) => isBranchPoint(graph, id));
}

/**
 * The branch labels a revision carries, own and propagated, sorted (Alembic keeps a set and
 * prints it in arbitrary order; sorting makes migcheck's output stable). Empty for unknown ids.
 */
export function headLabels(graph: Graph, id: RevisionId): string[] {
  return [...(graph.nodes.get(id)?.labels ?? [])].sort();
}

/**
 * An effective head (Alembic's `(effective head)`): a versioned head that another revision names
 * in depends_on, so `get_revisions("heads")` does not list it.
 */
export function isEffectiveHead(graph: Graph, id: RevisionId): boolean {
  const node = graph.nodes.get(id);
  return node !== undefined && node.children.length === 0 && (node.dependents?.length ?? 0) > 0;
}
