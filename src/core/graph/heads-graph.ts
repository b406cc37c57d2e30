/**
 * A graph of a tree's heads only, from a tree summary: what the heads' rules (intentional heads,
 * `alembic heads` lines) read of a graph — its heads in load order, their branch labels, whether
 * something depends on them — when the tree itself is known to be healthy.
 */
import type { Graph, RevisionId, RevisionNode } from '../types.js';

/** One head as a summary keeps it. */
export interface SummarisedHead {
  readonly id: RevisionId;
  readonly path: string;
  readonly labels: readonly string[];
  /** True when another revision names it in depends_on (an `(effective head)`). */
  readonly dependedOn?: boolean;
}

/** The graph holding just `heads` (each a readable revision with no parents known). */
export function headsGraph(heads: readonly SummarisedHead[]): Graph {
  const nodes = new Map<RevisionId, RevisionNode>(heads.map((h) => [h.id, {
    id: h.id, parents: [], dependsOn: [], children: [], labels: [...h.labels], dependents: h.dependedOn ? ['(depends_on)'] : [],
    file: { path: h.path, revision: h.id, revisionSource: 'variable', downRevisions: [], branchLabels: [], dependsOn: [], sites: {}, problems: [] },
  }]));
  const ids = heads.map((h) => h.id);
  return { nodes, order: ids, heads: ids, bases: [], problems: [], unreadable: [], files: [...nodes.values()].map((n) => n.file) };
}
