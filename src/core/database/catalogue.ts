/**
 * A database as the evidence needs it: the version table's rows, and a snapshot of the catalogue
 * (tables and columns, indexes, constraints) plus the rows of the tables a `bulk_insert` wrote.
 * The database layer fills it with one query per kind of object; everything here is data.
 */

export type Dialect = 'postgresql' | 'sqlite';

export interface CatalogueColumn {
  name: string;
  /** The type as the catalogue spells it (`character varying(50)`, `BIGINT`). */
  type: string;
  nullable: boolean;
}

export interface CatalogueTable {
  schema: string;
  name: string;
  columns: CatalogueColumn[];
}

export interface CatalogueIndex {
  schema: string;
  table: string;
  name: string;
  /** Key columns in order; null for an expression. */
  columns: (string | null)[];
  unique: boolean;
}

export interface CatalogueConstraint {
  schema: string;
  table: string;
  /** Null where the database keeps no name (SQLite's unique and foreign keys). */
  name: string | null;
  type: 'primary-key' | 'unique' | 'foreign-key' | 'check';
  columns: string[];
  references?: { schema: string; table: string; columns: string[] };
}

/** A cell as read from the database: numbers, strings, booleans and NULL (dates as ISO text). */
export type Cell = string | number | boolean | null;

export interface CatalogueRows {
  schema: string;
  table: string;
  columns: string[];
  rows: Cell[][];
  /** True when the table holds more rows than were read. */
  truncated: boolean;
}

/** Everything the evidence compares with. */
export interface Catalogue {
  dialect: Dialect;
  /** Where unqualified names are looked up, in order (PostgreSQL's search_path; `main` in SQLite). */
  searchPath: string[];
  /** The schemas that were read: objects elsewhere cannot be judged. */
  schemas: string[];
  tables: CatalogueTable[];
  indexes: CatalogueIndex[];
  constraints: CatalogueConstraint[];
  rows: CatalogueRows[];
}

/** What the version table holds. */
export type VersionTableRead =
  | { exists: false; table: string; schema?: string }
  | { exists: true; table: string; schema?: string; rows: string[] };

/** The rows the evidence needs beyond the catalogue: a table's named columns. */
export interface RowsRequest {
  schema?: string;
  table: string;
  columns: string[];
}

/** What to read for the evidence: the schemas objects live in, and the tables a bulk_insert wrote. */
export interface CatalogueRequest {
  /** Schemas named by `schema=` (the search path is always read). */
  schemas: string[];
  rows: RowsRequest[];
}
