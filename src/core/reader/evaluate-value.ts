/**
 * Evaluates the tokens of an assigned value the way running the file plus Alembic's
 * `util.to_tuple` would, for the constants teams write: strings (with implicit concatenation and
 * `+` between strings), `None`, tuples (bare or parenthesised), lists, parenthesised scalars. Dotted names are kept as expression items for
 * the fields that allow them; everything else is described, never guessed.
 */
import type { ValueItem } from '../types.js';
import { evalStringToken } from './python-string.js';
import type { Token } from './scan-python.js';

/** The normalised value, or a description of what the expression is instead of a literal. */
export type Evaluated =
  | { ok: true; items: ValueItem[]; scalar: boolean; isNone: boolean }
  | { ok: false; what: string; notString?: boolean };

type Elem =
  | { kind: 'str'; value: string }
  | { kind: 'none' }
  | { kind: 'seq'; list: boolean; items: Elem[] }
  | { kind: 'expr'; text: string };

class NotLiteral {
  constructor(readonly what: string) {}
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']' };

/** Evaluates `tokens` (a value expression of `text`). */
export function evaluateValue(text: string, tokens: Token[]): Evaluated {
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp = (t: Token | undefined, v: string) => t !== undefined && t.kind === 'op' && t.value === v;
  const snippet = (from: number, to: number) => {
    const s = text.slice(tokens[from]!.start, tokens[Math.min(to, tokens.length) - 1]!.end).replace(/\s+/g, ' ');
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };
  // The reason names what the element is and shows the whole value, as the user wrote it.
  const fail = (what: string, _from?: number, _to?: number): never => {
    throw new NotLiteral(`${what} (${snippet(0, tokens.length)})`);
  };

  /** After an element: it must be followed by `,`, a closer or the end. */
  const expectBoundary = (from: number) => {
    const t = peek();
    if (t === undefined || isOp(t, ',') || isOp(t, ')') || isOp(t, ']')) return;
    if (isOp(t, '(')) fail('a function call', from);
    if (isOp(t, '[')) fail('a subscript', from);
    if (t.kind === 'name' && t.value === 'for') fail('a comprehension', from);
    if (t.kind === 'string') fail('a string followed by more', from);
    fail('an expression', from);
  };

  const elem = (): Elem => {
    const from = pos;
    const t = peek();
    if (t === undefined) return fail('an incomplete expression', Math.max(0, from - 1));
    if (t.kind === 'string') {
      let value = '';
      while (peek()?.kind === 'string') {
        const v = evalStringToken(text, peek()!);
        if ('error' in v) fail(v.error, pos, pos + 1);
        value += (v as { value: string }).value;
        pos++;
      }
      // `'neutron-' + 'contract'`: Alembic runs the file, so a sum of strings is a string.
      if (isOp(peek(), '+')) {
        pos++;
        const rest = elem();
        if (rest.kind !== 'str') fail('an expression', from);
        return { kind: 'str', value: value + (rest as { value: string }).value };
      }
      expectBoundary(from);
      return { kind: 'str', value };
    }
    if (t.kind === 'name') {
      if (t.value === 'None') {
        pos++;
        expectBoundary(from);
        return { kind: 'none' };
      }
      if (t.value === 'True' || t.value === 'False') fail('a boolean', from, from + 1);
      if (t.value === 'lambda') fail('a lambda', from);
      let name = t.value!;
      pos++;
      while (isOp(peek(), '.') && tokens[pos + 1]?.kind === 'name') {
        name += `.${tokens[pos + 1]!.value}`;
        pos += 2;
      }
      expectBoundary(from);
      return { kind: 'expr', text: name };
    }
    if (t.kind === 'number') fail('a number', from, from + 1);
    if (isOp(t, '(') || isOp(t, '[')) {
      // CPython's tokenizer refuses more than 200 nested brackets; recursion stays bounded too.
      if (++depth > 200) fail('too many nested parentheses');
      const list = t.value === '[';
      const close = CLOSE[t.value!]!;
      pos++;
      const items: Elem[] = [];
      let sawComma = false;
      while (!isOp(peek(), close)) {
        if (peek() === undefined) fail(`an unclosed '${t.value}'`, from);
        items.push(elem());
        if (isOp(peek(), ',')) {
          sawComma = true;
          pos++;
        } else if (!isOp(peek(), close)) fail('an expression', from);
      }
      pos++;
      depth--;
      expectBoundary(from);
      // `(x)` is x itself; `(x,)`, `()` and any list are sequences.
      if (!list && items.length === 1 && !sawComma) return items[0]!;
      return { kind: 'seq', list, items };
    }
    if (isOp(t, '{')) fail('a set or dict', from);
    if (isOp(t, '*')) fail('a starred expression', from);
    if (isOp(t, '-') || isOp(t, '+') || isOp(t, '~')) fail('an expression', from);
    return fail('not a Python value', from);
  };

  try {
    if (tokens.length === 0) return { ok: false, what: 'empty' };
    const unclosed = firstUnclosed(tokens);
    if (unclosed !== undefined) fail(`an unclosed '${unclosed}'`);
    const first = elem();
    let top: Elem = first;
    if (isOp(peek(), ',')) {
      // A bare tuple: `down_revision = 'a', 'b'`.
      const items = [first];
      while (isOp(peek(), ',')) {
        pos++;
        if (peek() === undefined) break;
        items.push(elem());
      }
      top = { kind: 'seq', list: false, items };
    }
    if (pos < tokens.length) fail(isOp(peek(), ')') || isOp(peek(), ']') ? `an unmatched '${peek()!.value}'` : 'an expression', 0);
    return normalise(top);
  } catch (e) {
    if (e instanceof NotLiteral) return { ok: false, what: e.what };
    throw e;
  }
}

/** The innermost bracket the value leaves open, if any. */
function firstUnclosed(tokens: Token[]): string | undefined {
  const open: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'op') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') open.push(t.value);
    else if (t.value === ')' || t.value === ']' || t.value === '}') open.pop();
  }
  return open[open.length - 1];
}

/** `util.to_tuple`: None → [], a string → [s] ('' → [] as for a base), a sequence → its items. */
function normalise(top: Elem): Evaluated {
  switch (top.kind) {
    case 'none':
      return { ok: true, items: [], scalar: false, isNone: true };
    case 'str':
      return { ok: true, items: top.value === '' ? [] : [{ kind: 'string', value: top.value }], scalar: true, isNone: false };
    case 'expr':
      return { ok: true, items: [{ kind: 'expression', text: top.text }], scalar: true, isNone: false };
    case 'seq': {
      const items: ValueItem[] = [];
      for (const item of top.items) {
        if (item.kind === 'str') items.push({ kind: 'string', value: item.value });
        else if (item.kind === 'expr') items.push({ kind: 'expression', text: item.text });
        else return { ok: false, what: `a ${top.list ? 'list' : 'tuple'} holding ${item.kind === 'none' ? 'None' : 'a nested tuple or list'}`, notString: true };
      }
      return { ok: true, items, scalar: false, isNone: false };
    }
  }
}
