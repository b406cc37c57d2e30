/**
 * What a revision's `upgrade()` does to a database, read from its text: the objects it expects to
 * exist (or to be gone) afterwards, and the steps that cannot be read (SQL, loops, conditions).
 */

/** A column type reduced to what can be compared with a catalogue. */
export interface ColumnType {
  /** `integer`, `bigint`, `smallint`, `varchar`, `char`, `text`, `boolean`, `float`, `numeric`, `date`, `timestamp`, `timestamptz`, `time`, `interval`, `json`, `jsonb`, `uuid`, `bytes`. */
  family: string;
  length?: number;
  precision?: number;
  scale?: number;
  /** The type as written (`sa.BigInteger()`), for messages. */
  text: string;
}

/** A literal cell of a `bulk_insert` row; `unknown` when the value is not a literal. */
export type CellValue = { kind: 'literal'; value: string | number | boolean | null } | { kind: 'unknown'; text: string };

/** The kinds of objects an upgrade creates, drops or changes. */
export type ObjectKind = 'table' | 'column' | 'index' | 'unique' | 'foreign-key' | 'check' | 'primary-key' | 'constraint' | 'rows';

/** One object an upgrade leaves behind (`present`) or removes (`absent`). */
export interface ObjectExpectation {
  kind: ObjectKind;
  expected: 'present' | 'absent';
  /** The operation that implies it (`create_table`, `batch_alter_table.add_column`, …). */
  op: string;
  /** 1-based line of the operation in the revision file. */
  line: number;
  /** `schema=` as written; undefined means the connection's default (search_path / main). */
  schema?: string;
  table: string;
  /** Column name (column), index or constraint name; undefined for an unnamed constraint or index. */
  name?: string;
  /** Columns: of the table (table), of the index or constraint (index, unique, foreign-key, primary-key); undefined when they cannot be read (an expression index). */
  columns?: string[];
  /** What a foreign key refers to. */
  references?: { schema?: string; table: string; columns: string[] };
  /** An index created with unique=True. */
  unique?: boolean;
  /** alter_column: the type the column must have. */
  type?: ColumnType;
  /** alter_column: whether the column must accept NULL. */
  nullable?: boolean;
  /** alter_column changes the reader cannot compare (server_default, comment, a type it cannot read). */
  unchecked?: string[];
  /** bulk_insert: the rows, as column → value. */
  rows?: Record<string, CellValue>[];
  /** `if_not_exists=True` / `if_exists=True`: the upgrade tolerates the object's state. */
  tolerant?: boolean;
}

/** Why a step of an upgrade cannot be read. */
export type UnknownReason =
  | 'execute' // op.execute / connection.execute: SQL the reader does not interpret
  | 'loop' // inside for/while: how often it runs depends on data
  | 'conditional' // inside if/elif/else/match: whether it runs depends on the code or the database
  | 'try' // inside try/except: whether it runs depends on failures
  | 'block' // inside another `with` block
  | 'call' // a call to a function the reader does not follow
  | 'operation' // an op.<name> the reader does not interpret
  | 'argument' // an operation whose arguments are not literals
  | 'no-upgrade' // the file defines no module-level upgrade()
  | 'unreadable'; // Python cannot parse the file, or a line is too long to hold

/** A step of `upgrade()` whose effect cannot be read, never guessed. */
export interface UnknownStep {
  line: number;
  reason: UnknownReason;
  /** The statement (shortened), as written. */
  text: string;
}

/** Everything read from one revision's `upgrade()`. */
export interface UpgradeReading {
  /** 1-based line of `def upgrade`, when the file defines it. */
  line?: number;
  objects: ObjectExpectation[];
  unknown: UnknownStep[];
}
