/**
 * Column types on both sides of the comparison: a SQLAlchemy type expression as a migration
 * writes it (`sa.BigInteger()`, `sa.String(length=50)`, `postgresql.JSONB()`), and a type as a
 * catalogue reports it (PostgreSQL's `format_type`, SQLite's declared type). Both reduce to a
 * family plus length/precision; a type outside the table is not compared (never guessed).
 */
import type { ColumnType } from './schema-types.js';
import { calleeName, exprText, keyword, type PyExpr } from './python-expression.js';

// SQLAlchemy's generic and SQL-standard type names → family.
const SA_FAMILIES: Record<string, string> = {
  Integer: 'integer', INTEGER: 'integer', INT: 'integer',
  BigInteger: 'bigint', BIGINT: 'bigint',
  SmallInteger: 'smallint', SMALLINT: 'smallint',
  String: 'varchar', VARCHAR: 'varchar', Unicode: 'varchar', NVARCHAR: 'varchar',
  CHAR: 'char', NCHAR: 'char',
  Text: 'text', TEXT: 'text', UnicodeText: 'text', CLOB: 'text',
  Boolean: 'boolean', BOOLEAN: 'boolean',
  Float: 'float', FLOAT: 'float', REAL: 'float', Double: 'float', DOUBLE: 'float', DOUBLE_PRECISION: 'float',
  Numeric: 'numeric', NUMERIC: 'numeric', DECIMAL: 'numeric',
  Date: 'date', DATE: 'date',
  DateTime: 'timestamp', DATETIME: 'timestamp', TIMESTAMP: 'timestamp',
  Time: 'time', TIME: 'time',
  Interval: 'interval', INTERVAL: 'interval',
  JSON: 'json', JSONB: 'jsonb',
  UUID: 'uuid', Uuid: 'uuid',
  LargeBinary: 'bytes', BYTEA: 'bytes', BLOB: 'bytes', BINARY: 'bytes', VARBINARY: 'bytes',
};

const num = (e: PyExpr | undefined) => (e?.k === 'num' && Number.isInteger(e.v) ? e.v : undefined);

/** The type an expression such as `sa.String(50)` names, or undefined when it is not one the table knows. */
export function typeFromExpression(expr: PyExpr): ColumnType | undefined {
  const call = expr.k === 'call' ? expr : undefined;
  const name = calleeName(call ? call.fn : expr);
  if (name === undefined) return undefined;
  let family = SA_FAMILIES[name];
  if (family === undefined) return undefined;
  const text = exprText(expr);
  const out: ColumnType = { family, text };
  if (!call) return out;
  if (family === 'varchar' || family === 'char') {
    const length = num(keyword(call, 'length') ?? call.args[0]);
    if (length !== undefined) out.length = length;
  } else if (family === 'numeric') {
    const precision = num(keyword(call, 'precision') ?? call.args[0]);
    const scale = num(keyword(call, 'scale') ?? call.args[1]);
    if (precision !== undefined) out.precision = precision;
    if (scale !== undefined) out.scale = scale;
  } else if (family === 'timestamp' || family === 'time') {
    const tz = keyword(call, 'timezone') ?? call.args[0];
    if (tz?.k === 'bool' && tz.v && family === 'timestamp') family = out.family = 'timestamptz';
    else if (tz !== undefined && tz.k !== 'bool') return undefined;
  }
  return out;
}

// Catalogue type names → family (PostgreSQL's format_type and SQLite's declared types, upper-cased).
const CATALOGUE_FAMILIES: [RegExp, string][] = [
  [/^(?:INTEGER|INT|INT4|SERIAL|MEDIUMINT)$/, 'integer'],
  [/^(?:BIGINT|INT8|BIGSERIAL)$/, 'bigint'],
  [/^(?:SMALLINT|INT2|SMALLSERIAL|TINYINT)$/, 'smallint'],
  [/^(?:CHARACTER VARYING|VARCHAR|NVARCHAR|VARYING CHARACTER|NATIVE CHARACTER)$/, 'varchar'],
  [/^(?:CHARACTER|CHAR|NCHAR|BPCHAR)$/, 'char'],
  [/^(?:TEXT|CLOB)$/, 'text'],
  [/^(?:BOOLEAN|BOOL)$/, 'boolean'],
  [/^(?:DOUBLE PRECISION|DOUBLE|REAL|FLOAT|FLOAT4|FLOAT8)$/, 'float'],
  [/^(?:NUMERIC|DECIMAL)$/, 'numeric'],
  [/^DATE$/, 'date'],
  [/^(?:TIMESTAMP|TIMESTAMP WITHOUT TIME ZONE|DATETIME)$/, 'timestamp'],
  [/^(?:TIMESTAMP WITH TIME ZONE|TIMESTAMPTZ)$/, 'timestamptz'],
  [/^(?:TIME|TIME WITHOUT TIME ZONE)$/, 'time'],
  [/^INTERVAL$/, 'interval'],
  [/^JSON$/, 'json'],
  [/^JSONB$/, 'jsonb'],
  [/^UUID$/, 'uuid'],
  [/^(?:BYTEA|BLOB)$/, 'bytes'],
];

/** The family (and length/precision) of a catalogue type such as `character varying(50)` or `NUMERIC(12, 4)`. */
export function typeFromCatalogue(typeText: string): Omit<ColumnType, 'text'> | undefined {
  const m = /^\s*([A-Za-z][A-Za-z0-9 _]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*((?:with|without) time zone)?\s*$/i.exec(typeText);
  if (!m) return undefined;
  let base = m[1]!.toUpperCase().replace(/\s+/g, ' ');
  if (m[4]) base = `${base} ${m[4].toUpperCase()}`;
  const hit = CATALOGUE_FAMILIES.find(([re]) => re.test(base));
  if (!hit) return undefined;
  const out: Omit<ColumnType, 'text'> = { family: hit[1] };
  const a = m[2] === undefined ? undefined : Number(m[2]);
  const b = m[3] === undefined ? undefined : Number(m[3]);
  if (out.family === 'varchar' || out.family === 'char') {
    if (a !== undefined) out.length = a;
  } else if (out.family === 'numeric') {
    if (a !== undefined) out.precision = a;
    if (b !== undefined) out.scale = b;
  }
  return out;
}

/**
 * Whether a catalogue type satisfies the expected one: same family, and the same length /
 * precision / scale where both sides state one. SQLite stores DATETIME for both timestamp kinds.
 */
export function typeMatches(expected: ColumnType, found: Omit<ColumnType, 'text'>, dialect: 'postgresql' | 'sqlite'): boolean {
  const family = (f: string) => (dialect === 'sqlite' && f === 'timestamptz' ? 'timestamp' : f);
  if (family(expected.family) !== family(found.family)) return false;
  for (const key of ['length', 'precision', 'scale'] as const) {
    if (expected[key] !== undefined && found[key] !== undefined && expected[key] !== found[key]) return false;
  }
  return true;
}
