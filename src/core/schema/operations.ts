/**
 * One Alembic operation call → the objects it leaves behind. Arguments are bound by Alembic's own
 * signatures (positional or keyword, as autogenerate and people write them); names are resolved
 * through the upgrade's straight-line assignments and the module's constants. An argument that
 * does not resolve to a literal makes the call unreadable rather than guessed.
 */
import { typeFromExpression } from './column-types.js';
import { calleeName, dottedName, exprText, keyword, type PyExpr } from './python-expression.js';
import type { CellValue, ObjectExpectation } from './schema-types.js';

/** Names bound to expressions (module constants, or the upgrade's own assignments). */
export type Bindings = Map<string, PyExpr>;

/** What the reader knows while it walks an upgrade. */
export interface OperationContext {
  /** The names Alembic's `op` module is bound to. */
  opAliases: Set<string>;
  /** Module-level `NAME = value` assignments. */
  constants: Bindings;
  /** The upgrade's own `name = value` assignments so far. */
  locals: Bindings;
  /** Names bound in ways the reader cannot follow (unpacking, inside a loop or condition). */
  poisoned: Set<string>;
  /** The open `with op.batch_alter_table(…) as alias:` block. */
  batch?: { alias: string; table: string; schema?: string };
}

type Expectation = Omit<ObjectExpectation, 'line'>;

/** What a call amounts to. */
export type OperationResult =
  | { kind: 'objects'; objects: Expectation[]; unknownParts?: string[] }
  | { kind: 'batch'; table: string; schema?: string }
  | { kind: 'execute' }
  | { kind: 'unsupported' }
  | { kind: 'argument' };

type Call = Extract<PyExpr, { k: 'call' }>;

// Alembic's parameter names in order (Operations and BatchOperations), for binding positionals.
const SIGNATURES: Record<string, string[]> = {
  create_table: ['table_name'],
  drop_table: ['table_name'],
  rename_table: ['old_table_name', 'new_table_name'],
  add_column: ['table_name', 'column'],
  drop_column: ['table_name', 'column_name'],
  alter_column: ['table_name', 'column_name'],
  create_index: ['index_name', 'table_name', 'columns'],
  drop_index: ['index_name', 'table_name'],
  create_unique_constraint: ['constraint_name', 'table_name', 'columns'],
  create_foreign_key: ['constraint_name', 'source_table', 'referent_table', 'local_cols', 'remote_cols'],
  create_check_constraint: ['constraint_name', 'table_name', 'condition'],
  create_primary_key: ['constraint_name', 'table_name', 'columns'],
  drop_constraint: ['constraint_name', 'table_name', 'type_'],
  bulk_insert: ['table', 'rows'],
  batch_alter_table: ['table_name', 'schema'],
  'batch.add_column': ['column'],
  'batch.drop_column': ['column_name'],
  'batch.alter_column': ['column_name'],
  'batch.create_index': ['index_name', 'columns'],
  'batch.drop_index': ['index_name'],
  'batch.create_unique_constraint': ['constraint_name', 'columns'],
  'batch.create_foreign_key': ['constraint_name', 'referent_table', 'local_cols', 'remote_cols'],
  'batch.create_check_constraint': ['constraint_name', 'condition'],
  'batch.create_primary_key': ['constraint_name', 'columns'],
  'batch.drop_constraint': ['constraint_name', 'type_'],
  'batch.bulk_insert': ['table', 'rows'],
};

const EXECUTE = new Set(['execute', 'batch.execute']);

class Unreadable extends Error {}

/** Interprets `call` as the operation `name` (`add_column`, or `batch.add_column` inside a batch block). */
export function interpretOperation(call: Call, name: string, context: OperationContext, batch?: OperationContext['batch']): OperationResult {
  if (EXECUTE.has(name)) return { kind: 'execute' };
  const params = SIGNATURES[name];
  if (params === undefined) return { kind: 'unsupported' };
  if (call.starred) return { kind: 'argument' };
  try {
    return interpret(call, name, params, context, batch);
  } catch (e) {
    if (e instanceof Unreadable) return { kind: 'argument' };
    throw e;
  }
}

function interpret(call: Call, name: string, params: string[], context: OperationContext, batch: OperationContext['batch']): OperationResult {
  const resolve = (expr: PyExpr | undefined, depth = 0): PyExpr | undefined => {
    if (expr === undefined || depth > 20) return expr;
    if (expr.k === 'name') {
      if (context.poisoned.has(expr.id)) return { k: 'other', text: expr.id };
      const bound = context.locals.get(expr.id) ?? context.constants.get(expr.id);
      return bound === undefined ? expr : resolve(bound, depth + 1);
    }
    // op.f('name') and conv('name') mark a name as final; the name is the value.
    if (expr.k === 'call' && expr.args.length === 1 && (calleeName(expr.fn) === 'conv' || (calleeName(expr.fn) === 'f' && isOpObject(expr.fn)))) {
      return resolve(expr.args[0], depth + 1);
    }
    return expr;
  };
  const isOpObject = (fn: PyExpr) => {
    const owner = fn.k === 'attr' ? dottedName(fn.obj) : undefined;
    return owner !== undefined && (context.opAliases.has(owner) || owner === batch?.alias);
  };
  const arg = (param: string): PyExpr | undefined => {
    const index = params.indexOf(param);
    return resolve(keyword(call, param) ?? (index >= 0 ? call.args[index] : undefined));
  };
  const str = (expr: PyExpr | undefined): string => {
    const v = resolve(expr);
    if (v?.k === 'str') return v.v;
    throw new Unreadable();
  };
  const optStr = (expr: PyExpr | undefined): string | undefined => {
    const v = resolve(expr);
    if (v === undefined || v.k === 'none') return undefined;
    return str(v);
  };
  /** A list of column names; undefined when an item is an expression (`sa.text('lower(name)')`). */
  const names = (expr: PyExpr | undefined): string[] | undefined => {
    const v = resolve(expr);
    if (v?.k === 'str') return [v.v];
    if (v?.k !== 'seq') throw new Unreadable();
    const out: string[] = [];
    for (const item of v.items) {
      const r = resolve(item);
      if (r?.k === 'str') out.push(r.v);
      else if (r?.k === 'call' && /^(?:text|literal_column)$/.test(calleeName(r.fn) ?? '')) return undefined;
      else throw new Unreadable();
    }
    return out;
  };
  const flag = (expr: PyExpr | undefined): boolean => resolve(expr)?.k === 'bool' && (resolve(expr) as { v: boolean }).v;
  const schemaOf = (param = 'schema') => optStr(keyword(call, param));
  const withSchema = (schema: string | undefined) => (schema === undefined ? {} : { schema });
  const tolerant = (...params: string[]) => (params.some((p) => flag(keyword(call, p))) ? { tolerant: true } : {});
  const inBatch = name.startsWith('batch.');
  const table = () => (inBatch ? batch!.table : str(arg('table_name')));
  const schema = () => (inBatch ? batch!.schema : schemaOf());
  const op = inBatch ? `batch_alter_table.${name.slice(6)}` : name;
  const objects: Expectation[] = [];
  const unknownParts: string[] = [];
  const done = (): OperationResult => ({ kind: 'objects', objects, ...(unknownParts.length > 0 ? { unknownParts } : {}) });

  switch (name) {
    case 'batch_alter_table':
      return { kind: 'batch', table: str(arg('table_name')), ...withSchema(optStr(arg('schema'))) };
    case 'create_table': {
      const t = str(arg('table_name'));
      const s = schemaOf();
      const columns: string[] = [];
      for (const item of call.args.slice(1)) {
        const part = tableArgument(resolve(item) ?? item, resolve, { op, table: t, ...withSchema(s) });
        if (part === undefined) unknownParts.push(exprText(item));
        else {
          if (part.column !== undefined) columns.push(part.column);
          objects.push(...part.objects);
        }
      }
      objects.unshift({ kind: 'table', expected: 'present', op, table: t, ...withSchema(s), columns, ...tolerant('if_not_exists') });
      return done();
    }
    case 'drop_table':
      objects.push({ kind: 'table', expected: 'absent', op, table: table(), ...withSchema(schema()), ...tolerant('if_exists') });
      return done();
    case 'rename_table': {
      const s = schemaOf();
      objects.push({ kind: 'table', expected: 'absent', op, table: str(arg('old_table_name')), ...withSchema(s) });
      objects.push({ kind: 'table', expected: 'present', op, table: str(arg('new_table_name')), ...withSchema(s) });
      return done();
    }
    case 'add_column':
    case 'batch.add_column': {
      const t = table();
      const s = schema();
      const column = arg('column');
      const part = column === undefined ? undefined : tableArgument(column, resolve, { op, table: t, ...withSchema(s) });
      if (part?.column === undefined) throw new Unreadable();
      objects.push({ kind: 'column', expected: 'present', op, table: t, ...withSchema(s), name: part.column, ...tolerant('if_not_exists') });
      objects.push(...part.objects);
      return done();
    }
    case 'drop_column':
    case 'batch.drop_column':
      objects.push({ kind: 'column', expected: 'absent', op, table: table(), ...withSchema(schema()), name: str(arg('column_name')), ...tolerant('if_exists') });
      return done();
    case 'alter_column':
    case 'batch.alter_column': {
      const t = table();
      const s = schema();
      const column = str(arg('column_name'));
      const renamed = optStr(keyword(call, 'new_column_name'));
      const nullable = resolve(keyword(call, 'nullable'));
      const typeExpr = resolve(keyword(call, 'type_'));
      const unchecked: string[] = [];
      const o: Expectation = { kind: 'column', expected: 'present', op, table: t, ...withSchema(s), name: renamed ?? column };
      if (nullable !== undefined) {
        if (nullable.k === 'bool') o.nullable = nullable.v;
        else unchecked.push(`nullable=${exprText(nullable)}`);
      }
      if (typeExpr !== undefined && typeExpr.k !== 'none') {
        const type = typeFromExpression(typeExpr);
        if (type) o.type = type;
        else unchecked.push(`type_=${exprText(typeExpr)}`);
      }
      for (const kw of ['server_default', 'comment', 'autoincrement']) {
        const v = keyword(call, kw);
        if (v !== undefined) unchecked.push(`${kw}=${exprText(v)}`);
      }
      if (unchecked.length > 0) o.unchecked = unchecked;
      objects.push(o);
      if (renamed !== undefined && renamed !== column) objects.push({ kind: 'column', expected: 'absent', op, table: t, ...withSchema(s), name: column });
      return done();
    }
    case 'create_index':
    case 'batch.create_index': {
      const columns = names(arg('columns'));
      objects.push({
        kind: 'index', expected: 'present', op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg('index_name'))),
        ...(columns ? { columns } : {}), ...(flag(keyword(call, 'unique')) ? { unique: true } : {}), ...tolerant('if_not_exists'),
      });
      return done();
    }
    case 'drop_index':
    case 'batch.drop_index': {
      const t = inBatch ? batch!.table : optStr(arg('table_name'));
      objects.push({ kind: 'index', expected: 'absent', op, table: t ?? '', ...withSchema(schema()), name: str(arg('index_name')), ...tolerant('if_exists') });
      return done();
    }
    case 'create_unique_constraint':
    case 'batch.create_unique_constraint':
      objects.push({ kind: 'unique', expected: 'present', op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg('constraint_name'))), columns: names(arg('columns')) ?? fail() });
      return done();
    case 'create_primary_key':
    case 'batch.create_primary_key':
      objects.push({ kind: 'primary-key', expected: 'present', op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg('constraint_name'))), columns: names(arg('columns')) ?? fail() });
      return done();
    case 'create_check_constraint':
    case 'batch.create_check_constraint':
      objects.push({ kind: 'check', expected: 'present', op, table: table(), ...withSchema(schema()), ...nameOf(optStr(arg('constraint_name'))) });
      return done();
    case 'create_foreign_key':
    case 'batch.create_foreign_key': {
      const source = inBatch ? batch!.table : str(arg('source_table'));
      const sourceSchema = inBatch ? batch!.schema : optStr(keyword(call, 'source_schema'));
      const refSchema = optStr(keyword(call, 'referent_schema'));
      objects.push({
        kind: 'foreign-key', expected: 'present', op, table: source, ...withSchema(sourceSchema), ...nameOf(optStr(arg('constraint_name'))),
        columns: names(arg('local_cols')) ?? fail(),
        references: { table: str(arg('referent_table')), ...withSchema(refSchema), columns: names(arg('remote_cols')) ?? fail() },
      });
      return done();
    }
    case 'drop_constraint':
    case 'batch.drop_constraint':
      objects.push({ kind: 'constraint', expected: 'absent', op, table: table(), ...withSchema(schema()), name: str(arg('constraint_name')), ...tolerant('if_exists') });
      return done();
    case 'bulk_insert':
    case 'batch.bulk_insert': {
      const target = tableReference(arg('table'), resolve);
      const rows = rowsOf(arg('rows'), resolve);
      objects.push({ kind: 'rows', expected: 'present', op, table: target.table, ...withSchema(target.schema), rows });
      return done();
    }
  }
  return { kind: 'unsupported' };
}

const fail = (): never => {
  throw new Unreadable();
};

const nameOf = (name: string | undefined) => (name === undefined ? {} : { name });

type Resolve = (expr: PyExpr | undefined) => PyExpr | undefined;

/**
 * One argument of `create_table` (or the column of `add_column`): a column with the objects its
 * flags imply (unique=True, index=True, ForeignKey(…)), or a table-level constraint or index.
 * Undefined when it is something else.
 */
function tableArgument(expr: PyExpr, resolve: Resolve, at: { op: string; table: string; schema?: string }): { column?: string; objects: Expectation[] } | undefined {
  if (expr.k !== 'call' || expr.starred) return undefined;
  const kind = calleeName(expr.fn);
  const base = { expected: 'present' as const, op: at.op, table: at.table, ...(at.schema === undefined ? {} : { schema: at.schema }) };
  const s = (e: PyExpr | undefined) => {
    const v = resolve(e);
    return v?.k === 'str' ? v.v : undefined;
  };
  const strs = (items: readonly PyExpr[]) => {
    const out = items.map(s);
    return out.every((x): x is string => x !== undefined) ? out : undefined;
  };
  const list = (e: PyExpr | undefined) => {
    const v = resolve(e);
    return v?.k === 'seq' ? strs(v.items) : v?.k === 'str' ? [v.v] : undefined;
  };
  const named = (name: string | undefined) => (name === undefined ? {} : { name });
  const isTrue = (e: PyExpr | undefined) => {
    const v = resolve(e);
    return v?.k === 'bool' && v.v;
  };
  switch (kind) {
    case 'Column': {
      const column = s(keyword(expr, 'name') ?? expr.args[0]);
      if (column === undefined) return undefined;
      const objects: Expectation[] = [];
      if (isTrue(keyword(expr, 'unique'))) objects.push({ kind: 'unique', ...base, columns: [column] });
      if (isTrue(keyword(expr, 'index'))) objects.push({ kind: 'index', ...base, columns: [column], ...(isTrue(keyword(expr, 'unique')) ? { unique: true } : {}) });
      for (const a of expr.args.slice(1)) {
        const r = resolve(a);
        if (r?.k === 'call' && calleeName(r.fn) === 'ForeignKey') {
          const ref = referenceOf(s(r.args[0] ?? keyword(r, 'column')));
          if (ref) objects.push({ kind: 'foreign-key', ...base, ...named(s(keyword(r, 'name'))), columns: [column], references: { table: ref.table, ...(ref.schema === undefined ? {} : { schema: ref.schema }), columns: [ref.column] } });
        }
      }
      return { column, objects };
    }
    case 'PrimaryKeyConstraint':
    case 'UniqueConstraint': {
      const columns = strs(expr.args);
      if (columns === undefined) return undefined;
      // The table's primary key comes with the table; a unique constraint is its own object.
      if (kind === 'PrimaryKeyConstraint') return { objects: [] };
      return { objects: [{ kind: 'unique', ...base, ...named(s(keyword(expr, 'name'))), columns }] };
    }
    case 'ForeignKeyConstraint': {
      const columns = list(keyword(expr, 'columns') ?? expr.args[0]);
      const refs = list(keyword(expr, 'refcolumns') ?? expr.args[1]);
      if (columns === undefined || refs === undefined || refs.length === 0) return undefined;
      const parsed = refs.map(referenceOf);
      if (parsed.some((p) => p === undefined)) return undefined;
      const first = parsed[0]!;
      return { objects: [{ kind: 'foreign-key', ...base, ...named(s(keyword(expr, 'name'))), columns, references: { table: first.table, ...(first.schema === undefined ? {} : { schema: first.schema }), columns: parsed.map((p) => p!.column) } }] };
    }
    case 'CheckConstraint':
      return { objects: [{ kind: 'check', ...base, ...named(s(keyword(expr, 'name'))) }] };
    case 'Index': {
      const name = s(expr.args[0] ?? keyword(expr, 'name'));
      const columns = strs(expr.args.slice(1));
      return { objects: [{ kind: 'index', ...base, ...named(name), ...(columns ? { columns } : {}), ...(isTrue(keyword(expr, 'unique')) ? { unique: true } : {}) }] };
    }
    default:
      return undefined;
  }
}

/** `portfolios.id` or `schema.portfolios.id` → the table and column a ForeignKey names. */
function referenceOf(text: string | undefined): { schema?: string; table: string; column: string } | undefined {
  if (text === undefined) return undefined;
  const parts = text.split('.');
  if (parts.length === 2) return { table: parts[0]!, column: parts[1]! };
  if (parts.length === 3) return { schema: parts[0]!, table: parts[1]!, column: parts[2]! };
  return undefined;
}

/** The table a bulk_insert writes to: `sa.table('t', …)`, `sa.Table('t', meta, …)`, or what `op.create_table` returned. */
function tableReference(expr: PyExpr | undefined, resolve: Resolve): { table: string; schema?: string } {
  const v = resolve(expr);
  if (v?.k !== 'call') throw new Unreadable();
  const kind = calleeName(v.fn);
  if (kind !== 'table' && kind !== 'Table' && kind !== 'create_table') throw new Unreadable();
  const name = resolve(v.args[0] ?? keyword(v, 'name') ?? keyword(v, 'table_name'));
  if (name?.k !== 'str') throw new Unreadable();
  const schema = resolve(keyword(v, 'schema'));
  if (schema !== undefined && schema.k !== 'str' && schema.k !== 'none') throw new Unreadable();
  return { table: name.v, ...(schema?.k === 'str' ? { schema: schema.v } : {}) };
}

/** The literal rows of a bulk_insert: a list of dicts whose keys are strings. */
function rowsOf(expr: PyExpr | undefined, resolve: Resolve): Record<string, CellValue>[] {
  const v = resolve(expr);
  if (v?.k !== 'seq') throw new Unreadable();
  return v.items.map((item) => {
    const row = resolve(item);
    if (row?.k !== 'dict' || row.spread) throw new Unreadable();
    const out: Record<string, CellValue> = {};
    for (const { key, value } of row.entries) {
      const k = resolve(key);
      if (k?.k !== 'str') throw new Unreadable();
      const cell = resolve(value);
      out[k.v] = cell?.k === 'str' || cell?.k === 'num' || cell?.k === 'bool'
        ? { kind: 'literal', value: cell.v }
        : cell?.k === 'none'
          ? { kind: 'literal', value: null }
          : { kind: 'unknown', text: exprText(value) };
    }
    return out;
  });
}
