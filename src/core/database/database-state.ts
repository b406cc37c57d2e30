/**
 * The recorded rows of a version table against an environment's graph, by Alembic's rules: a row
 * means that revision and all its ancestors (down_revision and depends_on) are applied; upgrade
 * applies the rest in topological order. The state names what Alembic would make of the record.
 */
import { ancestors, topologicalOrder } from '../graph/index.js';
import type { Graph, RevisionId } from '../types.js';

/** The contract's states of a database. */
export type DatabaseState = 'current' | 'behind' | 'partial' | 'unknown-revision' | 'overlap' | 'empty' | 'no-version-table';

/** One revision `upgrade head(s)` would still apply. */
export interface PendingRevision {
  revision: RevisionId;
  /** The first head (in load order) this revision leads to: its branch. */
  head: RevisionId;
  file: string;
}

export interface DatabaseStatus {
  state: DatabaseState;
  /** The version table's rows, as read (sorted). */
  recorded: RevisionId[];
  /** The graph's heads, in load order. */
  heads: readonly RevisionId[];
  /** Heads that are applied (recorded or below a recorded row). */
  appliedHeads: RevisionId[];
  /** Revisions not applied, in upgrade order. */
  pending: PendingRevision[];
  /** Rows naming revisions the graph does not have. */
  unknown: RevisionId[];
  /** Rows that are ancestors of other rows: `[row, its recorded descendant]`. */
  overlaps: [RevisionId, RevisionId][];
  /** Every applied revision (recorded rows and their ancestors). */
  applied: ReadonlySet<RevisionId>;
}

/** Classifies `rows` (undefined: no version table) against `graph`. */
export function databaseStatus(graph: Graph, rows: readonly RevisionId[] | undefined): DatabaseStatus {
  const recorded = [...new Set(rows ?? [])].sort();
  const known = recorded.filter((r) => graph.nodes.has(r));
  const unknown = recorded.filter((r) => !graph.nodes.has(r));
  const overlaps: [RevisionId, RevisionId][] = [];
  for (const row of known) {
    const below = ancestors(graph, [row], { dependsOn: true });
    for (const other of known) if (other !== row && below.has(other)) overlaps.push([other, row]);
  }
  const applied = ancestors(graph, known, { dependsOn: true, inclusive: true });
  const order = topologicalOrder(graph).filter((id) => !applied.has(id));
  const headOf = new Map<RevisionId, RevisionId>();
  for (const head of graph.heads) {
    for (const id of ancestors(graph, [head], { dependsOn: true, inclusive: true })) if (!headOf.has(id)) headOf.set(id, head);
  }
  const pending = order.map((revision) => ({ revision, head: headOf.get(revision) ?? revision, file: graph.nodes.get(revision)!.file.path }));
  const appliedHeads = graph.heads.filter((h) => applied.has(h));
  let state: DatabaseState;
  if (rows === undefined) state = 'no-version-table';
  else if (unknown.length > 0) state = 'unknown-revision';
  else if (overlaps.length > 0) state = 'overlap';
  else if (recorded.length === 0) state = graph.heads.length === 0 ? 'current' : 'empty';
  else if (pending.length === 0) state = 'current';
  else if (appliedHeads.length > 0) state = 'partial';
  else state = 'behind';
  return { state, recorded, heads: graph.heads, appliedHeads, pending, unknown, overlaps, applied };
}
