/**
 * Ancestors and descendants along down_revision links only: depends_on does not join or fork
 * chains (Alembic's versioned heads ignore it), so it plays no part in who bypassed whom.
 */
import type { Graph, RevisionId } from '../types.js';

function walk(graph: Graph, from: RevisionId, next: (id: RevisionId) => readonly RevisionId[]): Set<RevisionId> {
  const seen = new Set<RevisionId>();
  const stack = [...next(from)];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || !graph.nodes.has(id)) continue;
    seen.add(id);
    stack.push(...next(id));
  }
  return seen;
}

/** Every revision `id` builds on (not `id` itself, unless a cycle leads back to it). */
export function ancestorsOf(graph: Graph, id: RevisionId): Set<RevisionId> {
  return walk(graph, id, (r) => graph.nodes.get(r)?.parents ?? []);
}

/** Every revision that builds on `id` (not `id` itself, unless a cycle leads back to it). */
export function descendantsOf(graph: Graph, id: RevisionId): Set<RevisionId> {
  return walk(graph, id, (r) => graph.nodes.get(r)?.children ?? []);
}
