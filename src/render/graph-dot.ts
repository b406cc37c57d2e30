/**
 * `migcheck graph --format dot`: Graphviz source, parents above children, depends_on dashed,
 * heads drawn bold, labels and head markers in the box.
 */
import { isEffectiveHead } from '../core/graph/graph-queries.js';
import { headMarker, labelsMarker } from '../core/messages.js';
import type { Graph } from '../core/types.js';
import { displayOrder } from './graph-order.js';

/** The DOT source with a trailing newline. */
export function renderGraphDot(graph: Graph): string {
  const heads = new Set(graph.heads);
  const order = displayOrder(graph);
  const lines = ['digraph revisions {', '  rankdir=TB;', '  node [shape=box, fontname="monospace"];'];
  for (const id of order) {
    const node = graph.nodes.get(id)!;
    const labels = [...node.labels].sort();
    const head = heads.has(id);
    const attributes: string[] = [];
    if (labels.length > 0 || head) {
      const rows = [id, ...(labels.length > 0 ? [labelsMarker(labels).trim()] : []), ...(head ? [headMarker(isEffectiveHead(graph, id)).trim()] : [])];
      attributes.push(`label=${quote(rows.join('\n'))}`);
    }
    if (head) attributes.push('penwidth=2');
    lines.push(`  ${quote(id)}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`);
  }
  for (const id of order) {
    const node = graph.nodes.get(id)!;
    for (const parent of node.parents) lines.push(`  ${quote(parent)} -> ${quote(id)};`);
    for (const dependency of node.dependsOn) lines.push(`  ${quote(dependency)} -> ${quote(id)} [style=dashed, label="depends_on"];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

// A DOT double-quoted string: backslash and quote escaped, newlines as \n.
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
