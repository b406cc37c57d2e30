/**
 * Opens a database session from a URL. The drivers are imported here, lazily, and live in
 * dist/db.cjs (or beside it: sql.js): nothing on the hook path (`check`, `pre-push`) loads them.
 * Any failure — a missing driver, a refused connection, a bad password, a missing file — becomes
 * one line (exit 2) with the password replaced by `***`, whatever the driver's message contained.
 */
import { MigcheckError } from '../core/errors.js';
import { dbCannotOpen, dbNoFile, dbSqliteDriverMissing, DB_CONNECT_HINT } from '../core/messages.js';
import { parseDatabaseUrl, redactText, type DatabaseUrl } from './database-url.js';
import type { DatabaseSession } from './database-session.js';
import { openPostgres } from './postgres-session.js';
import { openSqlite } from './sqlite-session.js';

/** An open session and how its URL may be shown. */
export interface OpenDatabase {
  url: DatabaseUrl;
  session: DatabaseSession;
}

// pg is pure JavaScript and bundled into dist/db.cjs: nothing to install for PostgreSQL.
const loadPg = async () => {
  const mod = (await import('pg')) as unknown as { default?: { Client: unknown }; Client?: unknown };
  return (mod.default ?? mod) as { Client: new (config: object) => never };
};

/** sql.js, the optional peer, for SQLite where Node has no node:sqlite; its absence is one line. */
const loadSqlJs = async () => {
  try {
    // The WebAssembly is inlined in this build of sql.js: one file, nothing to locate at run time.
    const mod = (await import('sql.js/dist/sql-wasm-inline.js')) as unknown as { default: () => Promise<never> };
    return mod.default;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new MigcheckError(dbSqliteDriverMissing(process.version));
    throw e;
  }
};

/** Opens `rawUrl` (read-only). `env` supplies PGPASSWORD, which is a secret too. */
export async function openDatabase(rawUrl: string, env: NodeJS.ProcessEnv): Promise<OpenDatabase> {
  const url = parseDatabaseUrl(rawUrl, [env.PGPASSWORD ?? '']);
  try {
    const session = url.dialect === 'postgresql' ? await openPostgres(url.target, loadPg) : await openSqlite(url.target, loadSqlJs);
    return { url, session: guarded(session, url) };
  } catch (e) {
    throw databaseError(e, url);
  }
}

/** Any error of a session as one redacted line. */
export function databaseError(e: unknown, url: DatabaseUrl): MigcheckError {
  if (e instanceof MigcheckError) return new MigcheckError(redactText(e.message, url.secrets), { exitCode: e.exitCode, ...(e.hint ? { hint: redactText(e.hint, url.secrets) } : {}) });
  const code = (e as { code?: string }).code;
  if (url.dialect === 'sqlite' && code === 'ENOENT') return new MigcheckError(dbNoFile(url.target), { hint: DB_CONNECT_HINT });
  const detail = e instanceof Error ? e.message || String(code ?? e.name) : String(e);
  return new MigcheckError(redactText(dbCannotOpen(url.shown, detail.split('\n')[0]!), url.secrets), { hint: DB_CONNECT_HINT });
}

/** The session with every failure turned into a redacted MigcheckError. */
function guarded(session: DatabaseSession, url: DatabaseUrl): DatabaseSession {
  const wrap = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (e) {
      throw databaseError(e, url);
    }
  };
  return {
    dialect: session.dialect,
    searchPath: wrap(() => session.searchPath()),
    versionTable: wrap((t: string, s: string | undefined) => session.versionTable(t, s)),
    catalogue: wrap((s: readonly string[]) => session.catalogue(s)),
    rows: wrap((s: string, t: string, c: readonly string[], l: number) => session.rows(s, t, c, l)),
    close: async () => {
      await session.close().catch(() => undefined);
    },
  };
}
