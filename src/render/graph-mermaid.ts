/**
 * `migcheck graph --format mermaid`: a flowchart, parents above children, depends_on dotted,
 * heads drawn bold. Revisions are declared in drawing order (parents first, one line of history at a time) and named `r<position>` because revision ids may hold characters
 * Mermaid reads as syntax.
 */
import { isEffectiveHead } from '../core/graph/graph-queries.js';
import { headMarker, labelsMarker } from '../core/messages.js';
import type { Graph } from '../core/types.js';
import { displayOrder } from './graph-order.js';

/** The Mermaid source, one statement per line, with a trailing newline. */
export function renderGraphMermaid(graph: Graph): string {
  const heads = new Set(graph.heads);
  const order = displayOrder(graph);
  const name = new Map(order.map((id, i) => [id, `r${i}`]));
  const lines = ['flowchart TD'];
  for (const id of order) {
    const node = graph.nodes.get(id)!;
    const text = `${id}${labelsMarker([...node.labels].sort())}${heads.has(id) ? headMarker(isEffectiveHead(graph, id)) : ''}`;
    lines.push(`  ${name.get(id)}["${escape(text)}"]`);
  }
  for (const id of order) {
    const node = graph.nodes.get(id)!;
    for (const parent of node.parents) lines.push(`  ${name.get(parent)} --> ${name.get(id)}`);
    for (const dependency of node.dependsOn) lines.push(`  ${name.get(dependency)} -. depends_on .-> ${name.get(id)}`);
  }
  if (heads.size > 0) {
    lines.push('  classDef head stroke-width:3px');
    lines.push(`  class ${graph.heads.map((id) => name.get(id)).join(',')} head`);
  }
  return `${lines.join('\n')}\n`;
}

// Mermaid's entity escapes: a quote would end the label.
function escape(text: string): string {
  return text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
