/**
 * `migcheck db`: one environment's graph against one database, read-only. `inspectDatabase` is
 * the one function that yields the database section (status, evidence, stamp plan) as data, for
 * `db status`, `db stamp-plan` and `explain --db` alike; `readDatabaseReport` adds what the CLI
 * needs around it (which environment, which tree, which URL and version table).
 */
import { dirname } from 'node:path';
import { MigcheckError } from '../core/errors.js';
import { dbBadOption, dbNoUrl, dbUrlTwice, dbSqliteSchema, dbUnknownEnvironment, dbWhichEnvironment, DB_URL_HINT } from '../core/messages.js';
import type { Catalogue, CatalogueRows } from '../core/database/catalogue.js';
import { databaseStatus } from '../core/database/database-state.js';
import type { DatabaseEnvironmentReport, DatabaseReport, VersionTableName } from '../core/database/report-types.js';
import { catalogueRequest, judgeRevisions } from '../core/database/evidence.js';
import { databaseFindings } from '../core/database/database-findings.js';
import { planStamp } from '../core/database/stamp-plan.js';
import { readUpgrade, type UpgradeReading } from '../core/schema/index.js';
import { buildGraph, graphFindings } from '../core/graph/index.js';
import type { Environment, Graph, MigcheckConfig, RevisionFile, RevisionId } from '../core/types.js';
import { openDatabase } from '../db/open-database.js';
import type { DatabaseSession } from '../db/database-session.js';
import { readGraphs, type EnvironmentGraph } from './read-graphs.js';
import { allowedHeadsFor } from './run-context.js';
import { alembicInvocation } from './alembic-invocation.js';
import { revisionTextReader } from './revision-texts.js';
import type { CommandIO } from './command-io.js';
import type { ParsedArgs } from './parsed-args.js';

/** Rows of a bulk_insert's table read for comparison, at most. */
export const ROWS_LIMIT = 10_000;

/** What to read. */
export interface DatabaseOptions {
  url: string;
  versionTable: VersionTableName;
  /** Read the evidence (each pending revision's objects in the catalogue) and plan the stamp. */
  evidence: boolean;
}

export type { DatabaseEnvironmentReport, DatabaseReport, VersionTableName };

/** The graph of one environment, and how to read its revision files' texts. */
export interface InspectInput {
  environment: Environment;
  graph: Graph;
  /** Texts of the given revision files, by path. */
  readTexts(files: readonly RevisionFile[]): Promise<Map<string, string>>;
  allowedHeads?: readonly RevisionId[];
}

/** The database section of one environment: status, and with `evidence` the evidence and stamp plan. */
export async function inspectDatabase(input: InspectInput, options: DatabaseOptions, env: NodeJS.ProcessEnv): Promise<DatabaseReport> {
  const { url, session } = await openDatabase(options.url, env);
  try {
    if (session.dialect === 'sqlite' && options.versionTable.schema !== undefined && options.versionTable.schema !== 'main') {
      throw new MigcheckError(dbSqliteSchema(options.versionTable.schema));
    }
    const environment = await inspectWith(session, input, options);
    return { ok: environment.status.state === 'current' && environment.findings.every((f) => f.severity !== 'error'), database: { dialect: session.dialect, url: url.shown }, environments: [environment] };
  } finally {
    await session.close();
  }
}

async function inspectWith(session: DatabaseSession, input: InspectInput, options: DatabaseOptions): Promise<DatabaseEnvironmentReport> {
  const { graph, environment } = input;
  const table = await session.versionTable(options.versionTable.name, options.versionTable.schema);
  const status = databaseStatus(graph, table.exists ? table.rows : undefined);
  const { applied: _applied, ...shown } = status;
  const report: DatabaseEnvironmentReport = {
    dir: environment.versionLocations[0] ?? '',
    versionLocations: environment.versionLocations,
    ...(environment.config ? { config: environment.config } : {}),
    versionTable: { ...options.versionTable, exists: table.exists },
    status: shown,
    // A graph Alembic itself cannot load makes every comparison doubtful: its errors come first.
    findings: [...graphFindings(graph).filter((f) => f.severity === 'error'), ...databaseFindings(status, options.versionTable.name)],
    alembic: alembicInvocation(environment),
  };
  if (!options.evidence || status.state === 'unknown-revision') {
    if (options.evidence) report.plan = planStamp(graph, status, [], input.allowedHeads);
    return report;
  }
  const files = status.pending.map((p) => graph.nodes.get(p.revision)!.file);
  const texts = await input.readTexts(files);
  const readings = new Map<RevisionId, UpgradeReading>();
  for (const p of status.pending) {
    const text = texts.get(p.file);
    readings.set(p.revision, text === undefined ? { objects: [], unknown: [{ line: 1, reason: 'unreadable', text: p.file }] } : readUpgrade(text));
  }
  const catalogue = await readCatalogue(session, readings.values());
  report.evidence = judgeRevisions(graph, status.pending, readings, catalogue);
  report.plan = planStamp(graph, status, report.evidence, input.allowedHeads);
  return report;
}

/** One query per kind of object for the schemas involved, then the rows the bulk_inserts wrote. */
async function readCatalogue(session: DatabaseSession, readings: Iterable<UpgradeReading>): Promise<Catalogue> {
  const request = catalogueRequest(readings);
  const searchPath = await session.searchPath();
  const schemas = session.dialect === 'sqlite' ? ['main'] : [...new Set([...searchPath, ...request.schemas])];
  const read = await session.catalogue(schemas);
  const rows: CatalogueRows[] = [];
  for (const want of request.rows) {
    const schema = want.schema ?? searchPath.find((s) => read.tables.some((t) => same(session, t.schema, s) && same(session, t.name, want.table))) ?? searchPath[0] ?? 'main';
    const table = read.tables.find((t) => same(session, t.schema, schema) && same(session, t.name, want.table));
    if (!table) continue;
    const columns = want.columns.map((c) => table.columns.find((tc) => same(session, tc.name, c))?.name).filter((c): c is string => c !== undefined);
    if (columns.length === 0) continue;
    rows.push(await session.rows(table.schema, table.name, columns, ROWS_LIMIT));
  }
  return { dialect: session.dialect, searchPath, schemas, ...read, rows };
}

const same = (session: DatabaseSession, a: string, b: string) => (session.dialect === 'sqlite' ? a.toLowerCase() === b.toLowerCase() : a === b);

/** The names an environment answers to with --env: its config file, the config's folder, its ini section, its versions folder. */
export function environmentNames(env: Environment): string[] {
  const names = [env.config, env.config ? dirname(env.config) : undefined, env.section, env.versionLocations[0], env.scriptLocation];
  return [...new Set(names.filter((n): n is string => n !== undefined && n !== '' && n !== '.'))];
}

/** Picks the one environment `--env` names (or the only one). */
export function chooseEnvironment(graphs: readonly EnvironmentGraph[], wanted: string | undefined): EnvironmentGraph {
  const label = (g: EnvironmentGraph) => g.environment.config ?? g.environment.versionLocations[0] ?? '';
  if (wanted !== undefined) {
    const norm = wanted.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    const hits = graphs.filter((g) => environmentNames(g.environment).includes(norm));
    if (hits.length === 1) return hits[0]!;
    throw new MigcheckError(hits.length === 0 ? dbUnknownEnvironment(wanted, graphs.map(label)) : dbWhichEnvironment(hits.map((g) => g.environment.versionLocations[0] ?? '')));
  }
  if (graphs.length === 1) return graphs[0]!;
  throw new MigcheckError(dbWhichEnvironment(graphs.map(label)));
}

const optionString = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.options[name];
  if (v === undefined || v === false) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new MigcheckError(dbBadOption(`--${name}`));
  return v;
};

/**
 * The URL from the URL argument or `option` (--url; rebase-plan: --db) › MIGCHECK_DATABASE_URL ›
 * DATABASE_URL (exit 2 when none). `db status URL` is the command line's only positional.
 */
export function databaseUrl(args: ParsedArgs, io: CommandIO, option = 'url'): string {
  const given = optionString(args, option);
  const argument = args.positionals[0];
  if (given !== undefined && argument !== undefined) throw new MigcheckError(dbUrlTwice(), { hint: DB_URL_HINT });
  if (argument !== undefined && argument.trim() === '') throw new MigcheckError(dbNoUrl(), { hint: DB_URL_HINT });
  const url = given ?? argument ?? (io.env.MIGCHECK_DATABASE_URL || undefined) ?? (io.env.DATABASE_URL || undefined);
  if (url === undefined) throw new MigcheckError(dbNoUrl(), { hint: DB_URL_HINT });
  return url;
}

/** The version table: --version-table(-schema) › the environment's config entry › the config › Alembic's default. */
export function versionTableFor(args: ParsedArgs, config: MigcheckConfig, env: Environment): VersionTableName {
  const entry = config.environments?.find((c) => c.versionLocations.join('\0') === env.versionLocations.join('\0'));
  const name = optionString(args, 'version-table') ?? entry?.versionTable ?? config.versionTable ?? 'alembic_version';
  const schema = optionString(args, 'version-table-schema') ?? entry?.versionTableSchema ?? config.versionTableSchema;
  return { name, ...(schema === undefined ? {} : { schema }) };
}

/** `db status` / `db stamp-plan`: the chosen environment of the working tree (or --rev) against the database. */
export async function readDatabaseReport(args: ParsedArgs, io: CommandIO, evidence: boolean): Promise<DatabaseReport> {
  const url = databaseUrl(args, io);
  const { context, graphs } = await readGraphs(args, io);
  const chosen = chooseEnvironment(graphs, optionString(args, 'env'));
  const worktree = typeof args.options.rev !== 'string';
  return inspectDatabase(
    { environment: chosen.environment, graph: chosen.graph, readTexts: revisionTextReader(context.repo, worktree), allowedHeads: allowedHeadsFor(context.config, chosen.environment) },
    { url, versionTable: versionTableFor(args, context.config, chosen.environment), evidence },
    io.env,
  );
}

/** One environment whose rebase plan re-points `revisions`. */
export interface Repointing {
  environment: Environment;
  files: readonly RevisionFile[];
  revisions: readonly RevisionId[];
}

/**
 * rebase-plan --db URL: of the revisions each environment's plan would re-point, those the
 * database has applied (recorded, or below a recorded row): re-pointing one gives it new
 * ancestors that `upgrade` then skips. Reads each environment's version table, nothing else.
 */
export async function appliedRepoints(args: ParsedArgs, io: CommandIO, config: MigcheckConfig, plans: readonly Repointing[]): Promise<{ url: string; applied: RevisionId[][] }> {
  const { url, session } = await openDatabase(databaseUrl(args, io, 'db'), io.env);
  try {
    const applied: RevisionId[][] = [];
    for (const plan of plans) {
      if (plan.revisions.length === 0) {
        applied.push([]);
        continue;
      }
      const table = versionTableFor(args, config, plan.environment);
      const read = await session.versionTable(table.name, table.schema);
      const graph = buildGraph(plan.files);
      const rows = read.exists ? read.rows.filter((r) => graph.nodes.has(r)) : [];
      const done = databaseStatus(graph, rows).applied;
      applied.push(plan.revisions.filter((r) => done.has(r)));
    }
    return { url: url.shown, applied };
  } finally {
    await session.close();
  }
}
