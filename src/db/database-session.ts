/**
 * What migcheck asks of a database, and nothing more: the version table's rows, the catalogue
 * (one query per kind of object) and the rows of named columns. A session is read-only by
 * construction — PostgreSQL in a READ ONLY transaction that is rolled back, SQLite opened
 * read-only (or read into memory) with `query_only` — and every statement has a time limit.
 */
import type { CatalogueConstraint, CatalogueIndex, CatalogueRows, CatalogueTable, Dialect, VersionTableRead } from '../core/database/catalogue.js';

/** The catalogue of the given schemas, read with one query per kind of object. */
export interface CatalogueRead {
  tables: CatalogueTable[];
  indexes: CatalogueIndex[];
  constraints: CatalogueConstraint[];
}

export interface DatabaseSession {
  dialect: Dialect;
  /** Where unqualified names resolve, in order. */
  searchPath(): Promise<string[]>;
  /** The version table's rows; `exists: false` when there is no such table. */
  versionTable(table: string, schema: string | undefined): Promise<VersionTableRead>;
  /** Tables with their columns, indexes and constraints of `schemas`. */
  catalogue(schemas: readonly string[]): Promise<CatalogueRead>;
  /** At most `limit` rows of `columns` of a table (which must exist with those columns). */
  rows(schema: string, table: string, columns: readonly string[], limit: number): Promise<CatalogueRows>;
  /** Ends the session (rolls back; closes the connection or the file). */
  close(): Promise<void>;
}

/** How long one statement may run, and how long connecting may take (milliseconds). */
export const STATEMENT_TIMEOUT_MS = 30_000;
export const CONNECT_TIMEOUT_MS = 10_000;

/** `"name"` with inner quotes doubled: identifiers are never spliced in any other way. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
