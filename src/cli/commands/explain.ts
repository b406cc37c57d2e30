/**
 * `migcheck explain [--rev REV] [--format markdown|json] [--db URL]`: the investigation of a tree
 * whose migrations fork, as Markdown for an issue or as JSON. Exit 0 when there is nothing to
 * explain (one line says so), 1 when there is (as a finding of severity error would), 2 when it
 * cannot be read. Its own bundle (dist/explain.cjs): no hook ever loads it.
 */
import { explainReport, type ExplainResult } from '../../app/explain-report.js';
import { revisionTextReader } from '../../app/revision-texts.js';
import { allowedHeadsFor } from '../../app/run-context.js';
import type { DatabaseReport } from '../../core/database/report-types.js';
import { renderExplainJson } from '../../render/explain-json.js';
import { renderExplainMarkdown } from '../../render/explain-markdown.js';
import type { CommandIO } from '../../app/command-io.js';
import type { ParsedArgs } from '../command-table.js';

/**
 * --db URL: the database section of `db status --schema` and `db stamp-plan`, for the environment
 * --env names, else the one explained (else the only one). Read-only, as `db` reads.
 */
async function databaseSection(args: ParsedArgs, io: CommandIO, result: ExplainResult): Promise<DatabaseReport> {
  // Loaded only with --db: the database code and its driver (dist/db.cjs) stay off every other path.
  const { chooseEnvironment, databaseUrl, inspectDatabase, versionTableFor } = await import('../../app/database-report.js');
  const url = databaseUrl(args, io, 'db');
  const explained = result.graphs.filter((_, i) => result.report.environments[i]!.state !== 'healthy');
  const wanted = typeof args.options.env === 'string' ? args.options.env : undefined;
  const chosen = chooseEnvironment(wanted === undefined && explained.length === 1 ? explained : result.graphs, wanted);
  const { config, repo } = result.context;
  return inspectDatabase(
    { environment: chosen.environment, graph: chosen.graph, readTexts: revisionTextReader(repo, result.report.tree.kind === 'worktree'), allowedHeads: allowedHeadsFor(config, chosen.environment) },
    { url, versionTable: versionTableFor(args, config, chosen.environment), evidence: true },
    io.env,
  );
}

export async function run(args: ParsedArgs, io: CommandIO): Promise<number> {
  const result = await explainReport(args, io);
  const { report, graphs } = result;
  if (args.options.db !== undefined) report.database = await databaseSection(args, io, result);
  const drawn = new Map(graphs.map(({ environment, graph }) => [environment.versionLocations[0] ?? '', graph]));
  io.stdout(args.options.format === 'json' ? renderExplainJson(report) : renderExplainMarkdown(report, drawn));
  return report.ok && (report.database?.ok ?? true) ? 0 : 1;
}
