/**
 * `migcheck db status [--schema]` and `migcheck db stamp-plan`: one environment's graph against
 * one database, read-only. Exit 0 when the database is on every head, 1 when it is not, 2 when
 * it cannot be read (the CLI's catch prints the one redacted line).
 */
import { readDatabaseReport } from '../../app/database-report.js';
import { renderDatabaseJson } from '../../render/db-json.js';
import { renderDatabaseStatus, renderStampPlan } from '../../render/db-human.js';
import { chooseStyle } from '../../render/style.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';

/** The command table routes `db status` and `db stamp-plan` here (args.command names which). */
export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const format = args.options.format ?? 'human';
  const plan = args.command === 'db stamp-plan';
  const report = await readDatabaseReport(args, io, plan || args.options.schema === true);
  if (format === 'json') io.stdout(renderDatabaseJson(report, { plan }));
  else {
    const style = chooseStyle(args.options.color as boolean | undefined, io.env, () => io.stdoutIsTTY);
    io.stdout(plan ? renderStampPlan(report, style) : renderDatabaseStatus(report, style, { quiet: args.options.quiet === true }));
  }
  return report.ok ? 0 : 1;
}
