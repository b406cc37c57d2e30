/**
 * `migcheck graph [--format text|mermaid|dot|json]` — the revision graph of each environment,
 * with heads, merge and branch points and branch labels marked.
 */
import { MigcheckError } from '../../core/errors.js';
import { environmentHeading, unknownFormat } from '../../core/messages.js';
import { renderGraphText } from '../../render/graph-text.js';
import { renderGraphMermaid } from '../../render/graph-mermaid.js';
import { renderGraphDot } from '../../render/graph-dot.js';
import { graphJson } from '../../render/graph-json.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { readGraphs } from '../../app/read-graphs.js';

const FORMATS = ['text', 'mermaid', 'dot', 'json'] as const;

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const format = args.options.format === 'human' || args.options.format === undefined ? 'text' : args.options.format;
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) throw new MigcheckError(unknownFormat(String(format), FORMATS));
  const { graphs } = await readGraphs(args, io);
  if (format === 'json') {
    const environments = graphs.map(({ environment, graph }) => ({ dir: environment.versionLocations[0] ?? '', config: environment.config ?? null, ...graphJson(graph) }));
    io.stdout(`${JSON.stringify({ environments }, null, 2)}\n`);
    return 0;
  }
  const render = format === 'mermaid' ? renderGraphMermaid : format === 'dot' ? renderGraphDot : (g: Parameters<typeof renderGraphText>[0]) => renderGraphText(g, { width: Number(io.env.COLUMNS) || 100 });
  graphs.forEach(({ environment, graph }, i) => {
    if (graphs.length > 1) {
      const heading = environmentHeading(environment.versionLocations[0] ?? '', environment.config);
      io.stdout(`${i > 0 ? '\n' : ''}${format === 'text' ? `# ${heading}` : format === 'mermaid' ? `%% ${heading}` : `// ${heading}`}\n`);
    }
    io.stdout(render(graph));
  });
  return 0;
}
