/**
 * Prints `heads`: each environment's heads in `alembic heads`'s own line format (or JSON), a
 * broken graph's findings on stderr. Returns the exit code: 1 when a finding is an error, where
 * `alembic heads` would print a traceback.
 */
import { environmentHeading } from '../core/messages.js';
import { renderHeadsText } from '../render/heads-text.js';
import { renderCheckHuman } from '../render/check-human.js';
import { chooseStyle } from '../render/style.js';
import type { CommandIO } from '../app/command-io.js';
import type { EnvironmentGraph } from '../app/summary-heads.js';
import { headsEnvironments } from '../app/heads-report.js';
import type { ParsedArgs } from './command-table.js';

export function printHeads(graphs: readonly EnvironmentGraph[], args: ParsedArgs, io: CommandIO): number {
  const format = args.options.format ?? 'human';
  const environments = headsEnvironments(graphs);
  const failed = environments.some((env) => env.findings.some((f) => f.severity === 'error'));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ environments }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  graphs.forEach(({ environment, graph }, i) => {
    // One environment prints exactly what `alembic heads` prints; several get a heading each.
    if (graphs.length > 1) io.stdout(`${i > 0 ? '\n' : ''}# ${environmentHeading(environment.versionLocations[0] ?? '', environment.config)}\n`);
    io.stdout(renderHeadsText(graph));
  });
  const style = chooseStyle(args.options.color as boolean | undefined, io.env, () => false);
  const problems = renderCheckHuman({ ok: !failed, tree: 'worktree', target: null, environments: environments.map((e) => ({ ...e, heads: { target: [], mergeBase: [], result: [...e.heads] } })) }, style, { quiet: args.options.quiet === true });
  if (problems) io.stderr(problems);
  return failed ? 1 : 0;
}
