/**
 * PostgreSQL through node-postgres (`pg`), loaded only here and only when `migcheck db` runs.
 * The session is one REPEATABLE READ, READ ONLY transaction (one consistent snapshot for every
 * query, and the server refuses any write), with statement and lock timeouts, rolled back at the
 * end. Catalogue queries read pg_catalog for the schemas asked for, one query per kind.
 */
import type { Cell, CatalogueConstraint, CatalogueIndex, CatalogueRows, CatalogueTable, VersionTableRead } from '../core/database/catalogue.js';
import { CONNECT_TIMEOUT_MS, quoteIdent, STATEMENT_TIMEOUT_MS, type CatalogueRead, type DatabaseSession } from './database-session.js';

/** The subset of pg's Client this module uses. */
interface PgClient {
  connect(): Promise<void>;
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  query(config: { text: string; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (e: Error) => void): void;
}

/** Connects to `connectionString` and opens the read-only transaction. */
export async function openPostgres(connectionString: string, loadPg: () => Promise<{ Client: new (config: object) => PgClient }>): Promise<DatabaseSession> {
  const { Client } = await loadPg();
  const client = new Client({
    connectionString,
    application_name: 'migcheck',
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 5_000,
    // Every transaction of this session is read-only, whatever the statements say.
    options: '-c default_transaction_read_only=on',
  });
  // A dropped connection is reported by the query that meets it; the event alone must not crash.
  client.on('error', () => undefined);
  await client.connect();
  let open = true;
  try {
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    await client.query('SET LOCAL lock_timeout = 5000');
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }

  const session: DatabaseSession = {
    dialect: 'postgresql',
    async searchPath() {
      const { rows } = await client.query<{ path: string[] }>('SELECT current_schemas(false)::text[] AS path');
      return rows[0]?.path ?? [];
    },
    async versionTable(table, schema): Promise<VersionTableRead> {
      const qualified = schema === undefined ? quoteIdent(table) : `${quoteIdent(schema)}.${quoteIdent(table)}`;
      const { rows } = await client.query<{ oid: string | null }>('SELECT to_regclass($1)::oid AS oid', [qualified]);
      const where = schema === undefined ? {} : { schema };
      if (rows[0]?.oid === null || rows[0]?.oid === undefined) return { exists: false, table, ...where };
      const read = await client.query<{ v: string }>(`SELECT version_num AS v FROM ${qualified}`);
      return { exists: true, table, ...where, rows: read.rows.map((r) => r.v) };
    },
    async catalogue(schemas): Promise<CatalogueRead> {
      const list = [...schemas];
      const [columns, indexes, constraints] = [
        await client.query<{ schema: string; table: string; column: string | null; type: string | null; nullable: boolean | null }>(
          `SELECT n.nspname AS schema, c.relname AS table, a.attname AS column,
                  format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
             FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY($1)
            ORDER BY n.nspname, c.relname, a.attnum`, [list]),
        await client.query<{ schema: string; table: string; name: string; unique: boolean; columns: (string | null)[] }>(
          `SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, ix.indisunique AS unique,
                  ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                          LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
                         WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns
             FROM pg_catalog.pg_index ix
             JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
             JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
             JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ANY($1)`, [list]),
        await client.query<{ schema: string; table: string; name: string; type: string; columns: string[]; ref_schema: string | null; ref_table: string | null; ref_columns: string[] }>(
          `SELECT n.nspname AS schema, t.relname AS table, con.conname AS name, con.contype AS type,
                  ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
                  rn.nspname AS ref_schema, rt.relname AS ref_table,
                  ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
             FROM pg_catalog.pg_constraint con
             JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
             JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
             LEFT JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
             LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND n.nspname = ANY($1)`, [list]),
      ];
      const tables = new Map<string, CatalogueTable>();
      for (const r of columns.rows) {
        const key = `${r.schema}\0${r.table}`;
        let t = tables.get(key);
        if (!t) tables.set(key, (t = { schema: r.schema, name: r.table, columns: [] }));
        if (r.column !== null) t.columns.push({ name: r.column, type: r.type ?? '', nullable: r.nullable ?? true });
      }
      const TYPES: Record<string, CatalogueConstraint['type']> = { p: 'primary-key', u: 'unique', f: 'foreign-key', c: 'check' };
      return {
        tables: [...tables.values()],
        indexes: indexes.rows.map((r): CatalogueIndex => ({ schema: r.schema, table: r.table, name: r.name, unique: r.unique, columns: r.columns })),
        constraints: constraints.rows.map((r): CatalogueConstraint => ({
          schema: r.schema, table: r.table, name: r.name, type: TYPES[r.type]!, columns: r.columns,
          ...(r.ref_table !== null ? { references: { schema: r.ref_schema ?? '', table: r.ref_table, columns: r.ref_columns } } : {}),
        })),
      };
    },
    async rows(schema, table, columns, limit): Promise<CatalogueRows> {
      // Every value as text: one comparison rule for every type (numbers are compared by value).
      const list = columns.map((c) => `${quoteIdent(c)}::text`).join(', ');
      const { rows } = await client.query({ text: `SELECT ${list} FROM ${quoteIdent(schema)}.${quoteIdent(table)} LIMIT ${limit + 1}`, rowMode: 'array' });
      const cells = rows.slice(0, limit) as Cell[][];
      return { schema, table, columns: [...columns], rows: cells, truncated: rows.length > limit };
    },
    async close() {
      if (!open) return;
      open = false;
      try {
        await client.query('ROLLBACK');
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
  return session;
}
