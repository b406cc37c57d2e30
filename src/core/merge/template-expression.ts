/**
 * Evaluates the Python expressions Alembic's `script.py.mako` templates put in `${…}` and in
 * `% if` lines: names, string literals, None/True/False, `repr(x)`, `str(x)`, `not x`,
 * `a if b else c`, and the filters after `|` (`n`, `str`, `comma`, `trim`). Anything else is
 * reported as unsupported (undefined) rather than guessed.
 */
import { formatAsComma, pyRepr, pyStr, pyTruthy, type PyValue } from './python-value.js';

/** Thrown for an expression outside the supported subset; the renderer adds file and line. */
export class UnsupportedExpression extends Error {}

type Token = { kind: 'name' | 'string' | 'punct'; text: string; value?: string };

const TOKEN = /\s*(?:([rRuU]?)("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|([A-Za-z_]\w*)|(\S))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) {
      if (/^\s*$/.test(source.slice(start))) break;
      throw new UnsupportedExpression(source);
    }
    if (m[2] !== undefined) {
      const raw = (m[1] ?? '').toLowerCase() === 'r';
      const body = m[2].slice(1, -1);
      // Only plain escapes are understood; anything fancier is not a template Alembic ships.
      const value = raw ? body : body.replace(/\\(["'\\])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
      if (!raw && /\\[^"'\\nt]/.test(body)) throw new UnsupportedExpression(source);
      tokens.push({ kind: 'string', text: m[0], value });
    } else if (m[3] !== undefined) tokens.push({ kind: 'name', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'punct', text: m[4] });
  }
  return tokens;
}

/** Parses and evaluates `source` against `context`. */
export function evaluateExpression(source: string, context: ReadonlyMap<string, PyValue>): PyValue {
  const tokens = tokenize(source);
  let at = 0;
  const peek = (text?: string) => (text === undefined ? tokens[at] : tokens[at]?.text === text ? tokens[at] : undefined);
  const expect = (text: string) => {
    if (tokens[at]?.text !== text) throw new UnsupportedExpression(source);
    at++;
  };

  const primary = (): PyValue => {
    const token = tokens[at++];
    if (!token) throw new UnsupportedExpression(source);
    if (token.kind === 'string') return { kind: 'str', value: token.value! };
    if (token.kind === 'punct' && token.text === '(') {
      const inner = expression();
      expect(')');
      return inner;
    }
    if (token.kind !== 'name') throw new UnsupportedExpression(source);
    if (token.text === 'None') return { kind: 'none' };
    if (token.text === 'True' || token.text === 'False') return { kind: 'bool', value: token.text === 'True' };
    if ((token.text === 'repr' || token.text === 'str') && peek('(')) {
      at++;
      const argument = expression();
      expect(')');
      const text = token.text === 'repr' ? pyRepr(argument) : pyStr(argument);
      if (text === undefined) throw new UnsupportedExpression(source);
      return { kind: 'str', value: text };
    }
    if (['if', 'else', 'not', 'and', 'or', 'in', 'is', 'lambda', 'for'].includes(token.text)) throw new UnsupportedExpression(source);
    if (peek('.') || peek('(') || peek('[')) throw new UnsupportedExpression(source);
    return context.get(token.text) ?? { kind: 'undefined' };
  };
  const negation = (): PyValue => {
    if (peek('not')) {
      at++;
      return { kind: 'bool', value: !pyTruthy(negation()) };
    }
    return primary();
  };
  const expression = (): PyValue => {
    const value = negation();
    if (!peek('if')) return value;
    at++;
    const condition = negation();
    expect('else');
    const otherwise = expression();
    return pyTruthy(condition) ? value : otherwise;
  };

  const result = expression();
  if (at !== tokens.length) throw new UnsupportedExpression(source);
  return result;
}

/** Splits `expr | f1, f2` at the top-level `|` (outside quotes and brackets). */
export function splitFilters(source: string): { expression: string; filters: string[] } {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === '|' && depth === 0) {
      return { expression: source.slice(0, i), filters: source.slice(i + 1).split(',').map((f) => f.trim()).filter((f) => f !== '') };
    }
  }
  return { expression: source, filters: [] };
}

/**
 * Renders `${source}` the way Mako does: the default filter `str` first unless `n` is given,
 * then each named filter in order. Throws UnsupportedExpression outside the subset (an unknown
 * filter, printing an undefined name).
 */
export function renderExpression(source: string, context: ReadonlyMap<string, PyValue>): string {
  const { expression, filters } = splitFilters(source);
  let value: PyValue = evaluateExpression(expression, context);
  const chain = filters.includes('n') ? filters.filter((f) => f !== 'n') : ['str', ...filters];
  for (const filter of chain) {
    let text: string | undefined;
    if (filter === 'str') text = pyStr(value);
    else if (filter === 'comma') text = formatAsComma(value);
    else if (filter === 'trim') text = value.kind === 'str' ? value.value.trim() : undefined;
    else throw new UnsupportedExpression(source);
    if (text === undefined) throw new UnsupportedExpression(source);
    value = { kind: 'str', value: text };
  }
  const out = pyStr(value);
  if (out === undefined) throw new UnsupportedExpression(source);
  return out;
}
