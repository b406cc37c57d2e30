/**
 * `migcheck graph --format mermaid`: one flowchart, parents above children, depends_on dotted,
 * heads drawn bold, a subgraph per environment when there are several. Revisions are declared in drawing order (parents first, one line of history at a time) and named `r<position>` because revision ids may hold characters
 * Mermaid reads as syntax.
 */
import { isEffectiveHead } from '../core/graph/graph-queries.js';
import { headMarker, labelsMarker } from '../core/messages.js';
import type { Graph } from '../core/types.js';
import { displayOrder } from './graph-order.js';

/** The Mermaid source of one graph, one statement per line, with a trailing newline. */
export function renderGraphMermaid(graph: Graph): string {
  return renderGraphsMermaid([{ heading: '', graph }]);
}

/**
 * One flowchart for several environments: each in a subgraph titled with its heading (a diagram
 * per environment would be several documents, which Mermaid renders as none). One environment is
 * drawn without a subgraph.
 */
export function renderGraphsMermaid(environments: readonly { heading: string; graph: Graph }[]): string {
  const lines = ['flowchart TD'];
  const heads: string[] = [];
  const single = environments.length === 1;
  environments.forEach(({ heading, graph }, e) => {
    const indent = single ? '  ' : '    ';
    const order = displayOrder(graph);
    const name = new Map(order.map((id, i) => [id, single ? `r${i}` : `e${e}r${i}`]));
    if (!single) lines.push(`  subgraph e${e}["${escape(heading)}"]`);
    for (const id of order) {
      const node = graph.nodes.get(id)!;
      const isHead = graph.heads.includes(id);
      const text = `${id}${labelsMarker([...node.labels].sort())}${isHead ? headMarker(isEffectiveHead(graph, id)) : ''}`;
      lines.push(`${indent}${name.get(id)}["${escape(text)}"]`);
    }
    for (const id of order) {
      const node = graph.nodes.get(id)!;
      for (const parent of node.parents) lines.push(`${indent}${name.get(parent)} --> ${name.get(id)}`);
      for (const dependency of node.dependsOn) lines.push(`${indent}${name.get(dependency)} -. depends_on .-> ${name.get(id)}`);
    }
    if (!single) lines.push('  end');
    heads.push(...graph.heads.map((id) => name.get(id)!));
  });
  if (heads.length > 0) {
    lines.push('  classDef head stroke-width:3px');
    lines.push(`  class ${heads.join(',')} head`);
  }
  return `${lines.join('\n')}\n`;
}

// Mermaid's entity escapes: a quote would end the label.
function escape(text: string): string {
  return text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
