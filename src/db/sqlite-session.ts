/**
 * SQLite, read-only: through `node:sqlite` opened with `readOnly` where Node has it (22.5 and
 * later), else through sql.js (SQLite compiled to WebAssembly, no native build), which reads the
 * file into memory and has no way to write it back. Either way `PRAGMA query_only` is on. The
 * catalogue comes from sqlite_master joined with the pragma table functions, one query per kind.
 */
import { readFile } from 'node:fs/promises';
import type { Cell, CatalogueConstraint, CatalogueIndex, CatalogueRows, CatalogueTable, VersionTableRead } from '../core/database/catalogue.js';
import { quoteIdent, STATEMENT_TIMEOUT_MS, type CatalogueRead, type DatabaseSession } from './database-session.js';

/** Runs one statement and returns its rows as objects keyed by column name. */
type All = (sql: string, params?: (string | number)[]) => Record<string, unknown>[];

/** The two engines behind one `all` function. */
export interface SqliteEngine {
  all: All;
  close(): void;
}

/** node:sqlite, when this Node has it (without printing its experimental warning). */
async function nodeSqlite(path: string): Promise<SqliteEngine | undefined> {
  const getBuiltin = (process as unknown as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (typeof getBuiltin !== 'function') return undefined;
  const emit = process.emitWarning;
  let mod: { DatabaseSync: new (path: string, options: object) => NodeSqliteDb } | undefined;
  try {
    process.emitWarning = (() => undefined) as typeof process.emitWarning;
    mod = getBuiltin('node:sqlite') as typeof mod;
  } catch {
    mod = undefined;
  } finally {
    process.emitWarning = emit;
  }
  if (!mod?.DatabaseSync) return undefined;
  const db = new mod.DatabaseSync(path, { readOnly: true, timeout: STATEMENT_TIMEOUT_MS });
  return { all: (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[], close: () => db.close() };
}

interface NodeSqliteDb {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
  close(): void;
}

interface SqlJsDb {
  exec(sql: string, params?: (string | number)[]): { columns: string[]; values: unknown[][] }[];
  close(): void;
}

/** sql.js: the file's bytes in memory; nothing is ever exported, so nothing reaches the disk. */
async function sqlJs(path: string, loadSqlJs: () => Promise<() => Promise<{ Database: new (data: Uint8Array) => SqlJsDb }>>): Promise<SqliteEngine> {
  const bytes = await readFile(path);
  const init = await loadSqlJs();
  const SQL = await init();
  const db = new SQL.Database(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {
    all(sql, params = []) {
      const [result] = db.exec(sql, params);
      if (!result) return [];
      return result.values.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
    },
    close: () => db.close(),
  };
}

/** Opens the SQLite file at `path` read-only. */
export async function openSqlite(path: string, loadSqlJs: Parameters<typeof sqlJs>[1]): Promise<DatabaseSession> {
  const engine = (await nodeSqlite(path)) ?? (await sqlJs(path, loadSqlJs));
  try {
    engine.all('PRAGMA query_only = ON');
    // A file that is not a database fails here, before anything is reported.
    engine.all('SELECT count(*) AS n FROM sqlite_master');
  } catch (e) {
    engine.close();
    throw e;
  }
  return sqliteSession(engine);
}

const cell = (v: unknown): Cell => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  return String(v);
};

/** The session over either engine. */
export function sqliteSession(engine: SqliteEngine): DatabaseSession {
  const { all } = engine;
  return {
    dialect: 'sqlite',
    async searchPath() {
      return ['main'];
    },
    async versionTable(table, schema): Promise<VersionTableRead> {
      const where = schema === undefined ? {} : { schema };
      const found = all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", [table]);
      if (found.length === 0) return { exists: false, table, ...where };
      const rows = all(`SELECT version_num AS v FROM ${quoteIdent(String(found[0]!.name))}`);
      return { exists: true, table, ...where, rows: rows.map((r) => String(r.v)) };
    },
    async catalogue(): Promise<CatalogueRead> {
      const columnRows = all(
        `SELECT m.name AS tbl, p.name AS col, p.type AS type, p."notnull" AS not_null, p.pk AS pk
           FROM sqlite_master m JOIN pragma_table_info(m.name) p
          WHERE m.type IN ('table', 'view') ORDER BY m.name, p.cid`);
      const indexRows = all(
        `SELECT m.name AS tbl, il.name AS name, il."unique" AS uniq, il.origin AS origin, ii.seqno AS seqno, ii.name AS col
           FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
          WHERE m.type = 'table' ORDER BY m.name, il.name, ii.seqno`);
      const foreignRows = all(
        `SELECT m.name AS tbl, fk.id AS id, fk.seq AS seq, fk."table" AS ref, fk."from" AS col, fk."to" AS refcol
           FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk
          WHERE m.type = 'table' ORDER BY m.name, fk.id, fk.seq`);
      const sqlRows = all("SELECT name AS tbl, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL");

      const tables = new Map<string, CatalogueTable>();
      const primary = new Map<string, { pk: number; col: string }[]>();
      for (const r of columnRows) {
        const name = String(r.tbl);
        let t = tables.get(name);
        if (!t) tables.set(name, (t = { schema: 'main', name, columns: [] }));
        t.columns.push({ name: String(r.col), type: String(r.type ?? ''), nullable: Number(r.not_null) === 0 && Number(r.pk) === 0 });
        if (Number(r.pk) > 0) primary.set(name, [...(primary.get(name) ?? []), { pk: Number(r.pk), col: String(r.col) }]);
      }
      const constraints: CatalogueConstraint[] = [];
      for (const [table, cols] of primary) {
        constraints.push({ schema: 'main', table, name: null, type: 'primary-key', columns: cols.sort((a, b) => a.pk - b.pk).map((c) => c.col) });
      }
      const indexes = new Map<string, CatalogueIndex & { origin: string }>();
      for (const r of indexRows) {
        const key = `${r.tbl}\0${r.name}`;
        let i = indexes.get(key);
        if (!i) indexes.set(key, (i = { schema: 'main', table: String(r.tbl), name: String(r.name), unique: Number(r.uniq) === 1, columns: [], origin: String(r.origin) }));
        i.columns.push(r.col === null || r.col === undefined ? null : String(r.col));
      }
      for (const i of indexes.values()) {
        // UNIQUE constraints live as automatic indexes; SQLite keeps no constraint name.
        if (i.origin === 'u') constraints.push({ schema: 'main', table: i.table, name: null, type: 'unique', columns: i.columns.filter((c): c is string => c !== null) });
      }
      const foreign = new Map<string, CatalogueConstraint>();
      for (const r of foreignRows) {
        const key = `${r.tbl}\0${r.id}`;
        let f = foreign.get(key);
        if (!f) foreign.set(key, (f = { schema: 'main', table: String(r.tbl), name: null, type: 'foreign-key', columns: [], references: { schema: 'main', table: String(r.ref), columns: [] } }));
        f.columns.push(String(r.col));
        // A reference without columns means the referenced table's primary key.
        const refcol = r.refcol === null || r.refcol === undefined ? primary.get(String(r.ref))?.find((p) => p.pk === Number(r.seq) + 1)?.col : String(r.refcol);
        f.references!.columns.push(refcol ?? '');
      }
      constraints.push(...foreign.values());
      // Named CHECK constraints are only in the CREATE TABLE text.
      for (const r of sqlRows) {
        for (const m of String(r.sql).matchAll(/CONSTRAINT\s+(?:"((?:[^"]|"")+)"|`([^`]+)`|\[([^\]]+)\]|(\w+))\s+CHECK\b/gi)) {
          const name = (m[1]?.replace(/""/g, '"') ?? m[2] ?? m[3] ?? m[4])!;
          constraints.push({ schema: 'main', table: String(r.tbl), name, type: 'check', columns: [] });
        }
      }
      return { tables: [...tables.values()], indexes: [...indexes.values()].map(({ origin: _o, ...i }) => i), constraints };
    },
    async rows(schema, table, columns, limit): Promise<CatalogueRows> {
      const list = columns.map((c, i) => `${quoteIdent(c)} AS c${i}`).join(', ');
      const rows = all(`SELECT ${list} FROM ${quoteIdent(table)} LIMIT ${limit + 1}`);
      return { schema, table, columns: [...columns], rows: rows.slice(0, limit).map((r) => columns.map((_, i) => cell(r[`c${i}`]))), truncated: rows.length > limit };
    },
    async close() {
      engine.close();
    },
  };
}
