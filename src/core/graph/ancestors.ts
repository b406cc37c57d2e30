/**
 * Reachability along down_revision edges, iterative (a 100,000-revision chain has 100,000
 * ancestors and no call stack to spare).
 */
import type { Graph, RevisionId } from '../types.js';

/** Options of {@link ancestors} and {@link descendants}. */
export interface WalkOptions {
  /** Also follow depends_on edges (Alembic's "real" lineage). Default false. */
  dependsOn?: boolean;
  /** Include the starting revisions themselves. Default false. */
  inclusive?: boolean;
}

/** Every revision reachable from `ids` through down_revision (and optionally depends_on). */
export function ancestors(graph: Graph, ids: Iterable<RevisionId>, options: WalkOptions = {}): Set<RevisionId> {
  return reach(graph, ids, options, (node) => (options.dependsOn ? [...node.parents, ...node.dependsOn] : node.parents));
}

/** Every revision that reaches one of `ids` through down_revision (and optionally depends_on). */
export function descendants(graph: Graph, ids: Iterable<RevisionId>, options: WalkOptions = {}): Set<RevisionId> {
  return reach(graph, ids, options, (node) => (options.dependsOn ? [...node.children, ...(node.dependents ?? [])] : node.children));
}

function reach(
  graph: Graph,
  ids: Iterable<RevisionId>,
  options: WalkOptions,
  next: (node: NonNullable<ReturnType<Graph['nodes']['get']>>) => readonly RevisionId[],
): Set<RevisionId> {
  const found = new Set<RevisionId>();
  const starts = [...ids].filter((id) => graph.nodes.has(id));
  const todo = starts.flatMap((id) => next(graph.nodes.get(id)!));
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    for (const n of next(graph.nodes.get(id)!)) if (!found.has(n)) todo.push(n);
  }
  if (options.inclusive) for (const id of starts) found.add(id);
  return found;
}
