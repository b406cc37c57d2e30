/**
 * `heads` of a working tree whose versions folders git is already comparing with the index
 * (fast-lane/start-heads started it), answered from the summaries of the index's folders
 * (app/summary-heads) and printed: the CLI asks this before it loads the full command. Its own
 * bundle (dist/heads-answer.cjs, scripts/build.mjs), because check.cjs — every command that reads
 * trees, ~270 KB — took twice as long to load as this answer's code. When it cannot answer, the
 * full command runs and asks the same questions again: git's started outputs are taken again, so
 * nothing is asked of git twice.
 */
import type { CommandIO } from '../app/command-io.js';
import { openTree } from '../app/read-graphs.js';
import { environmentsFor } from '../app/run-context.js';
import { worktreeSummaryHeads } from '../app/summary-heads.js';
import type { ParsedArgs } from './command-table.js';
import { printHeads } from './print-heads.js';

/** The exit code of the printed heads, or undefined (nothing printed) when the full command must run. */
export async function answerHeads(args: ParsedArgs, io: CommandIO): Promise<number | undefined> {
  const { context, reader, source, spec } = await openTree(args, io, { headsOnly: true });
  try {
    if (spec.name !== 'worktree') return undefined;
    const environments = await environmentsFor(context, source, reader);
    const { graphs } = await worktreeSummaryHeads(context, environments, io, reader);
    return graphs ? printHeads(graphs, args, io) : undefined;
  } finally {
    await reader.close();
  }
}
