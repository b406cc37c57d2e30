/**
 * A commit that stages new migrations on top of a history an earlier check has seen, answered
 * from what that check kept (app/check-from-summaries) and printed: the CLI asks this before it
 * loads the full check. Its own bundle (dist/warm.cjs, scripts/build.mjs), because loading
 * check.cjs — the whole check, ~330 KB of source and bytecode — cost more than this answer itself.
 */
import { checkFromSummaries } from '../app/check-from-summaries.js';
import type { CommandIO } from '../app/command-io.js';
import type { LaneHandOff } from '../app/lane-hand-off.js';
import type { ParsedArgs } from './command-table.js';
import { printReports } from './print-report.js';

/** The exit code of the printed answer, or undefined (nothing printed) when the full check must run. */
export async function answerFromSummaries(args: ParsedArgs, io: CommandIO, lane: LaneHandOff): Promise<number | undefined> {
  const report = await checkFromSummaries(args, io, lane);
  return report ? printReports([report], args, io) : undefined;
}
