/**
 * `migcheck heads [--rev REV | --staged]` — each environment's heads in `alembic heads`'s own
 * line format (or JSON). A broken graph's findings follow on stderr and make the exit code 1,
 * where `alembic heads` would print a traceback.
 */
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';
import { readGraphs } from '../../app/read-graphs.js';
import { printHeads } from '../print-heads.js';

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const { graphs } = await readGraphs(args, io, { headsOnly: true });
  return printHeads(graphs, args, io);
}
