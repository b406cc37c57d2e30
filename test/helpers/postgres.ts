/**
 * A real PostgreSQL server for the tests of `migcheck db`. `.ci/run` starts a throw-away cluster
 * and exports MIGCHECK_TEST_PG_URL; a developer run without it starts its own cluster (through
 * scripts/test-postgres.sh, stopped when the test process exits). In CI a missing server fails
 * the tests that need it; elsewhere, without PostgreSQL's binaries, they say so and skip.
 * Each test works in a database of its own, created here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from './repo.js';

let server: Promise<string | undefined> | undefined;

/** True when the tests must have a server (CI, or asked for). */
export const requirePostgres = () => process.env.CI === 'true' || process.env.MIGCHECK_REQUIRE_POSTGRES === '1';

function serverBinaries(): boolean {
  try {
    return readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  } catch {
    return false;
  }
}

/** The admin URL of a running server, or undefined (only outside CI) when none can be had. */
export function postgresServer(): Promise<string | undefined> {
  server ??= (async () => {
    const given = process.env.MIGCHECK_TEST_PG_URL;
    if (given) return given;
    if (!serverBinaries() || process.getuid?.() !== 0) {
      if (requirePostgres()) throw new Error('no PostgreSQL for the db tests: set MIGCHECK_TEST_PG_URL (.ci/run starts a cluster) or install postgresql');
      return undefined;
    }
    const dir = join(tmpdir(), `migcheck-pg-${process.pid}-${Date.now()}`);
    const script = join(projectRoot, 'scripts', 'test-postgres.sh');
    const started = spawnSync('bash', [script, 'start', dir], { encoding: 'utf8' });
    if (started.status !== 0) throw new Error(`could not start PostgreSQL: ${started.stderr}`);
    process.on('exit', () => { spawnSync('bash', [script, 'stop', dir]); });
    return started.stdout.trim();
  })();
  return server;
}

/** Runs SQL (several statements allowed) against `url`; returns the last result's rows. */
export async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return (last?.rows ?? []) as T[];
  } finally {
    await client.end();
  }
}

/** The URL of `base` with another database name. */
export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new empty database on the server; `drop` removes it. */
export async function freshDatabase(base: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `mc_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await sql(base, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(base, name),
    name,
    drop: async () => { await sql(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); },
  };
}

/**
 * Everything a write could change, as text: every table's definition and rows (in every schema
 * but the system ones), indexes, constraints and sequences. Equal before and after = nothing written.
 */
export async function snapshotDatabase(url: string): Promise<string> {
  const objects = await sql<{ line: string }>(url, `
    SELECT concat_ws(' ', n.nspname, c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull) AS line
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
    UNION ALL
    SELECT concat_ws(' ', 'constraint', conname, contype, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace NOT IN (SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema'))
    ORDER BY 1`);
  const tables = await sql<{ schema: string; name: string }>(url, `
    SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`);
  const parts = objects.map((o) => o.line);
  for (const t of tables) {
    const rows = await sql<{ r: string }>(url, `SELECT row_to_json(x)::text AS r FROM "${t.schema}"."${t.name}" x ORDER BY 1`);
    parts.push(`${t.schema}.${t.name}: ${rows.map((r) => r.r).join(' | ')}`);
  }
  return parts.join('\n');
}
