/**
 * The header of a tree summary (tree-summaries), from the graph a command built of the tree.
 */
import type { Graph, RevisionFile } from '../core/types.js';
import { graphFindings } from '../core/graph/index.js';
import type { SummaryHeader } from './tree-summaries.js';

/** The header of a tree from its graph (built from `files`, in load order). */
export function summaryHeader(graph: Graph, files: readonly RevisionFile[]): SummaryHeader {
  const labels = new Set<string>();
  for (const file of files) for (const item of file.branchLabels) if (item.kind === 'string') labels.add(item.value);
  return {
    count: files.length,
    healthy: graph.unreadable.length === 0 && graph.problems.length === 0 && graphFindings(graph).length === 0,
    contained: true,
    heads: graph.heads.map((id) => ({ id, path: graph.nodes.get(id)!.file.path, labels: graph.nodes.get(id)!.labels })),
    labels: [...labels].sort(),
    dependedOn: graph.order.filter((id) => (graph.nodes.get(id)!.dependents ?? []).length > 0),
  };
}

