/**
 * `migcheck graph [--format text|mermaid|dot|json]` — the revision graph of each environment,
 * with heads, merge and branch points and branch labels marked.
 */
import { environmentHeading } from '../../core/messages.js';
import { renderGraphText } from '../../render/graph-text.js';
import { renderGraphsMermaid } from '../../render/graph-mermaid.js';
import { renderGraphDot } from '../../render/graph-dot.js';
import { graphJson } from '../../render/graph-json.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { readGraphs } from '../../app/read-graphs.js';

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  // The parser has checked the value against the command table's formats.
  const format = args.options.format ?? 'text';
  const { graphs } = await readGraphs(args, io);
  if (format === 'json') {
    const environments = graphs.map(({ environment, graph }) => ({ dir: environment.versionLocations[0] ?? '', config: environment.config ?? null, ...graphJson(graph) }));
    io.stdout(`${JSON.stringify({ environments }, null, 2)}\n`);
    return 0;
  }
  const heading = (environment: (typeof graphs)[number]['environment']) => environmentHeading(environment.versionLocations[0] ?? '', environment.config);
  if (format === 'mermaid') {
    io.stdout(renderGraphsMermaid(graphs.map(({ environment, graph }) => ({ heading: heading(environment), graph }))));
    return 0;
  }
  const render = format === 'dot' ? renderGraphDot : (g: Parameters<typeof renderGraphText>[0]) => renderGraphText(g, { width: Number(io.env.COLUMNS) || 100 });
  graphs.forEach(({ environment, graph }, i) => {
    if (graphs.length > 1) {
      io.stdout(`${i > 0 ? '\n' : ''}${format === 'text' ? '#' : '//'} ${heading(environment)}\n`);
    }
    io.stdout(render(graph));
  });
  return 0;
}
