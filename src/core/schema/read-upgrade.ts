/**
 * Reads a revision file's module-level `upgrade()` statically: each `op.<operation>(…)` call in
 * straight-line code becomes the objects it leaves behind, `with op.batch_alter_table(…)` blocks
 * included. Whatever runs SQL the reader does not interpret (`op.execute`), or runs a data- or
 * code-dependent number of times (loops, conditions, try), or calls code elsewhere, becomes an
 * unknown step: the reader never guesses. Linear in the text; never throws.
 */
import { scanPython, type LogicalLine, type Token } from '../reader/scan-python.js';
import { calleeName, dottedName, parseExpression, type PyExpr } from './python-expression.js';
import { interpretOperation, type Bindings, type OperationContext } from './operations.js';
import type { UnknownReason, UpgradeReading } from './schema-types.js';

interface Stmt {
  line: LogicalLine;
  body: Stmt[];
}

const BLOCK_REASON: Record<string, UnknownReason> = {
  if: 'conditional', elif: 'conditional', else: 'conditional', match: 'conditional', case: 'conditional',
  for: 'loop', while: 'loop',
  try: 'try', except: 'try', finally: 'try',
  with: 'block',
};
const HEADERS = new Set([...Object.keys(BLOCK_REASON), 'def', 'class', 'async']);
// Calls that only write to a log or the terminal.
const HARMLESS = /^(?:print|logger\.\w+|log\.\w+|logging\.\w+|LOG\.\w+|warnings\.warn)$/;
// Operations that change nothing when called as a statement.
const NO_EFFECT = new Set(['f', 'get_bind', 'get_context', 'inline_literal', 'implementation_for']);

const isOp = (t: Token | undefined, v: string) => t !== undefined && t.kind === 'op' && t.value === v;
const isName = (t: Token | undefined, v?: string) => t !== undefined && t.kind === 'name' && (v === undefined || t.value === v);

/** Indexes of top-level `op` tokens equal to `v` in `[from, to)`. */
function topLevel(tokens: readonly Token[], from: number, to: number, v: string): number[] {
  const hits: number[] = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'op') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') depth++;
    else if (t.value === ')' || t.value === ']' || t.value === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.value === v) hits.push(k);
  }
  return hits;
}

/** Groups logical lines into statements with their indented bodies. */
function nest(lines: readonly LogicalLine[]): Stmt[] {
  const root: Stmt[] = [];
  const stack: { indent: number; body: Stmt[] }[] = [{ indent: -1, body: root }];
  for (const line of lines) {
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= line.indent) stack.pop();
    const stmt: Stmt = { line, body: [] };
    stack[stack.length - 1]!.body.push(stmt);
    stack.push({ indent: line.indent, body: stmt.body });
  }
  return root;
}

/** The names bound to Alembic's `op` module (`from alembic import op`, `… as operations`). */
function opAliases(lines: readonly LogicalLine[]): Set<string> {
  const aliases = new Set<string>();
  for (const { tokens, indent } of lines) {
    if (indent !== 0 || !isName(tokens[0], 'from') || !isName(tokens[1], 'alembic') || !isName(tokens[2], 'import')) continue;
    for (let k = 3; k < tokens.length; k++) {
      if (!isName(tokens[k], 'op')) continue;
      aliases.add(isName(tokens[k + 1], 'as') && isName(tokens[k + 2]) ? tokens[k + 2]!.value! : 'op');
    }
  }
  return aliases;
}

/** Reads what the module-level `upgrade()` of `text` does. */
export function readUpgrade(text: string): UpgradeReading {
  const lines: LogicalLine[] = [];
  const problems = scanPython(text, (line) => lines.push(line));
  const out: UpgradeReading = { objects: [], unknown: [] };
  const unknown = (line: number, reason: UnknownReason, what: string) => out.unknown.push({ line, reason, text: shorten(what) });
  try {
    read(text, lines, out, unknown);
  } catch (e) {
    // A defect of the reader must not cost the report: the revision becomes unknown.
    out.objects = [];
    unknown(1, 'unreadable', String(e));
  }
  if (problems.length > 0) {
    out.objects = [];
    out.unknown = [{ line: problems[0]!.line, reason: 'unreadable', text: shorten(problems[0]!.reason) }];
  }
  return out;
}

function read(text: string, lines: LogicalLine[], out: UpgradeReading, unknown: (line: number, reason: UnknownReason, what: string) => void): void {
  const src = (tokens: readonly Token[], from = 0, to = tokens.length) => (from >= to ? '' : text.slice(tokens[from]!.start, tokens[to - 1]!.end));
  const modules = nest(lines);
  // The last module-level `def upgrade` wins, as in Python.
  let def: Stmt | undefined;
  const constants: Bindings = new Map();
  for (const stmt of modules) {
    const t = stmt.line.tokens;
    if (isName(t[0], 'def') && isName(t[1], 'upgrade')) def = stmt;
    else if (stmt.line.complete && isName(t[0]) && isOp(t[1], '=') && t.length > 2 && topLevel(t, 0, t.length, '=').length === 1) {
      constants.set(t[0]!.value!, parseExpression(text, t, 2));
    } else if (isName(t[0], 'upgrade') || (isName(t[0], 'async') && isName(t[2], 'upgrade'))) def = undefined;
  }
  if (def === undefined) {
    unknown(1, 'no-upgrade', 'upgrade()');
    return;
  }
  out.line = def.line.line;
  for (const line of lines) if (line.tooLong) unknown(line.line, 'unreadable', `line ${line.line}`);

  const context: OperationContext = { opAliases: opAliases(lines), constants, locals: new Map(), poisoned: new Set() };
  const header = def.line.tokens;
  const colon = topLevel(header, 0, header.length, ':').pop();
  // `def upgrade(): op.drop_table('x')` — a body on the header line.
  if (colon !== undefined && colon + 1 < header.length) simple(header, colon + 1, header.length, undefined, undefined);
  walk(def.body, undefined, undefined);

  /** Statements of a block; `blocked` names why their effects are unknown, `batch` the open batch block. */
  function walk(stmts: readonly Stmt[], blocked: UnknownReason | undefined, batch: Batch | undefined): void {
    for (const stmt of stmts) {
      const t = stmt.line.tokens;
      const word = isName(t[0], 'async') ? t[1]?.value : t[0]?.kind === 'name' ? t[0].value : undefined;
      const isHeader = word !== undefined && HEADERS.has(word) && ((word !== 'match' && word !== 'case') || isOp(t[t.length - 1], ':'));
      if (!isHeader) {
        simple(t, 0, t.length, blocked, batch);
        continue;
      }
      const colon = topLevel(t, 0, t.length, ':')[0] ?? t.length;
      // Names bound by the header (`def f`, `for x in`, `with … as x`, `except E as x`) are no longer followed.
      const binds = word === 'for' ? [t.findIndex((tok) => isName(tok, 'for')) + 1, t.findIndex((tok) => isName(tok, 'in'))] : [t.findIndex((tok) => isName(tok, 'as')) + 1, colon];
      if (word === 'def' || word === 'class') binds.splice(0, 2, 1, 2);
      for (let k = binds[0]!; k > 0 && k < (binds[1]! < 0 ? colon : binds[1]!); k++) if (isName(t[k])) context.poisoned.add(t[k]!.value!);
      if (word === 'def' || word === 'class') continue; // a definition runs nothing
      let inner: UnknownReason | undefined = blocked ?? BLOCK_REASON[word!] ?? 'block';
      let innerBatch = batch;
      if (word === 'with' && blocked === undefined) {
        const opened = withBlock(t, colon);
        if (opened !== undefined) inner = undefined;
        if (opened !== undefined && opened !== 'transparent') innerBatch = opened;
      }
      if (colon + 1 < t.length) simple(t, colon + 1, t.length, inner, innerBatch);
      walk(stmt.body, inner, innerBatch);
    }
  }

  /** `with op.batch_alter_table('t') as batch_op:` → the batch; `autocommit_block()` → transparent. */
  function withBlock(t: readonly Token[], colon: number): Batch | 'transparent' | undefined {
    const asAt = t.findIndex((tok, k) => k < colon && isName(tok, 'as'));
    if (topLevel(t, 1, colon, ',').length > 0) return undefined; // several context managers at once
    const expr = parseExpression(text, t, 1, asAt < 0 ? colon : asAt);
    if (expr.k !== 'call') return undefined;
    const { owner, name } = split(expr.fn);
    if (name === 'autocommit_block' && expr.fn.k === 'attr' && expr.fn.obj.k === 'call' && isAlembicOp(split(expr.fn.obj.fn).owner)) return 'transparent';
    if (name !== 'batch_alter_table' || !isAlembicOp(owner) || asAt < 0 || !isName(t[asAt + 1])) return undefined;
    const result = interpretOperation(expr, 'batch_alter_table', context);
    if (result.kind !== 'batch') return undefined;
    return { alias: t[asAt + 1]!.value!, table: result.table, ...(result.schema === undefined ? {} : { schema: result.schema }) };
  }

  function isAlembicOp(owner: string | undefined): boolean {
    return owner !== undefined && (context.opAliases.has(owner) || owner === 'alembic.op');
  }

  /** Simple statements in `[from, to)`, separated by `;`. */
  function simple(t: readonly Token[], from: number, to: number, blocked: UnknownReason | undefined, batch: Batch | undefined): void {
    let start = from;
    for (const semi of [...topLevel(t, from, to, ';'), to]) {
      if (semi > start) statement(t, start, semi, blocked, batch);
      start = semi + 1;
    }
  }

  function statement(t: readonly Token[], from: number, to: number, blocked: UnknownReason | undefined, batch: Batch | undefined): void {
    const first = t[from]!;
    const line = first.line;
    const shown = src(t, from, to);
    if (first.kind === 'string' || isOp(first, '...')) return; // a docstring or `...`
    if (first.kind === 'name' && QUIET_KEYWORDS.has(first.value!)) {
      if (first.value === 'return' && to - from > 1) expression(t, from + 1, to, blocked, batch, line, shown);
      return;
    }
    if (isName(first, 'raise')) {
      unknown(line, blocked ?? 'call', shown);
      return;
    }
    const equals = topLevel(t, from, to, '=');
    const augmented = AUGMENTED.some((op) => topLevel(t, from, to, op).length > 0);
    if (equals.length === 0 && !augmented) {
      expression(t, from, to, blocked, batch, line, shown);
      return;
    }
    // An assignment: `name = value` binds; any other target (unpacking, attributes) poisons its names.
    const annotated = isName(first) && isOp(t[from + 1], ':');
    const targets: [number, number][] = [];
    let valueFrom = to;
    if (augmented) targets.push([from, from + 1]);
    else if (annotated) {
      targets.push([from, from + 1]);
      valueFrom = equals[0]! + 1;
    } else {
      let start = from;
      for (const eq of equals) {
        targets.push([start, eq]);
        start = eq + 1;
      }
      valueFrom = start;
    }
    const value = valueFrom < to ? expression(t, valueFrom, to, blocked, batch, line, shown) : undefined;
    for (const [a, b] of targets) {
      if (b - a === 1 && isName(t[a]) && !augmented && blocked === undefined && value !== undefined) {
        context.locals.set(t[a]!.value!, value);
        context.poisoned.delete(t[a]!.value!);
      } else {
        for (let k = a; k < b; k++) if (isName(t[k])) context.poisoned.add(t[k]!.value!);
      }
    }
  }

  /** An expression statement or an assigned value: its call as an operation, or an unknown step. Returns the value. */
  function expression(t: readonly Token[], from: number, to: number, blocked: UnknownReason | undefined, batch: Batch | undefined, line: number, shown: string): PyExpr {
    const expr = parseExpression(text, t, from, to);
    const mentionsOp = () => {
      for (let k = from; k < to; k++) {
        const tok = t[k]!;
        if (tok.kind === 'name' && (context.opAliases.has(tok.value!) || tok.value === batch?.alias) && !isOp(t[k - 1], '.')) return true;
      }
      return false;
    };
    if (expr.k !== 'call') {
      // A value that is no call: harmless unless an operation hides inside (`x = [op.drop_table(t)]`).
      if (mentionsOp() && !isPlainReference(expr)) unknown(line, blocked ?? 'call', shown);
      return expr;
    }
    const { owner, name, dotted } = split(expr.fn);
    const alembic = isAlembicOp(owner);
    const onBatch = batch !== undefined && owner === batch.alias;
    if (alembic && NO_EFFECT.has(name ?? '')) return expr;
    if (dotted !== undefined && HARMLESS.test(dotted) && !mentionsOp()) return expr;
    if (blocked !== undefined) {
      unknown(line, blocked, shown);
      return expr;
    }
    if (!alembic && !onBatch) {
      // Constructing SQLAlchemy objects (`sa.table(...)`, `sa.MetaData()`) changes nothing by itself.
      if (!mentionsOp() && isConstructor(name)) return expr;
      unknown(line, name !== undefined && EXECUTE.has(name) ? 'execute' : 'call', shown);
      return expr;
    }
    const result = interpretOperation(expr, onBatch ? `batch.${name}` : name!, context, batch);
    if (result.kind === 'objects') {
      for (const o of result.objects) out.objects.push({ ...o, line });
      for (const part of result.unknownParts ?? []) unknown(line, 'argument', part);
      return expr;
    }
    if (result.kind === 'batch') {
      unknown(line, 'operation', shown); // batch_alter_table outside a `with`: nothing runs
      return expr;
    }
    unknown(line, result.kind === 'execute' ? 'execute' : result.kind === 'unsupported' ? 'operation' : 'argument', shown);
    return expr;
  }
}

type Batch = NonNullable<OperationContext['batch']>;

const QUIET_KEYWORDS = new Set(['pass', 'import', 'from', 'global', 'nonlocal', 'del', 'assert', 'return', 'break', 'continue']);
const AUGMENTED = ['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', '**=', '//=', '<<=', '>>='];
const EXECUTE = new Set(['execute', 'exec_driver_sql', 'executemany', 'executescript']);
// Names that build SQLAlchemy objects without touching a database (a table, a column, a type, a clause).
const CONSTRUCTORS = /^(?:table|column|Table|Column|MetaData|text|literal_column|select|insert|update|delete|and_|or_|func|[A-Z][A-Za-z]*(?:Constraint|Type)?)$/;

function isConstructor(name: string | undefined): boolean {
  return name !== undefined && CONSTRUCTORS.test(name);
}

/** A bare name or attribute (`t = batch_op` has no effect). */
function isPlainReference(expr: PyExpr): boolean {
  return expr.k === 'name' || expr.k === 'attr';
}

/** A callee's owner (`op` in `op.add_column`), last name and full dotted name. */
function split(fn: PyExpr): { owner: string | undefined; name: string | undefined; dotted: string | undefined } {
  const dotted = dottedName(fn);
  const name = calleeName(fn);
  if (fn.k !== 'attr') return { owner: undefined, name, dotted };
  return { owner: dottedName(fn.obj), name, dotted };
}

/** A statement as shown in a report: one line, at most 100 characters. */
function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 100 ? `${one.slice(0, 97)}...` : one;
}
