/**
 * A small reader of Python expressions over the tokenizer's tokens: literals, names, attribute
 * access, calls with positional and keyword arguments, lists, tuples and dicts. That is the whole
 * vocabulary of an Alembic `op.…(…)` call as autogenerate and people write it. Anything else
 * (arithmetic, comprehensions, lambdas, f-strings, subscripts, conditionals) becomes an `other`
 * node holding its source text: it is never evaluated, so nothing is ever guessed from it.
 */
import { evalStringToken } from '../reader/python-string.js';
import type { Token } from '../reader/scan-python.js';

/** A Python expression as far as the schema reader understands it. */
export type PyExpr =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number; text: string }
  | { k: 'bool'; v: boolean }
  | { k: 'none' }
  | { k: 'name'; id: string }
  | { k: 'attr'; obj: PyExpr; name: string }
  | { k: 'call'; fn: PyExpr; args: PyExpr[]; kwargs: PyKeyword[]; starred: boolean }
  | { k: 'seq'; list: boolean; items: PyExpr[] }
  | { k: 'dict'; entries: { key: PyExpr; value: PyExpr }[]; spread: boolean }
  | { k: 'other'; text: string };

/** One `name=value` argument of a call. */
export interface PyKeyword {
  name: string;
  value: PyExpr;
}

// Deep nesting is refused (CPython refuses more than 200 nested brackets too); the stack stays bounded.
const MAX_DEPTH = 200;
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

const isOp = (t: Token | undefined, v: string) => t !== undefined && t.kind === 'op' && t.value === v;

/** Parses the tokens `[from, to)` of `text` as one expression (a bare tuple when commas stand at the top). */
export function parseExpression(text: string, tokens: readonly Token[], from = 0, to = tokens.length): PyExpr {
  let pos = from;
  let depth = 0;
  const src = (a: number, b: number) => (a >= b ? '' : text.slice(tokens[a]!.start, tokens[b - 1]!.end));

  /** Skips to the next `,` or closer at this bracket level (or `to`); returns the index. */
  const skipToBoundary = (): number => {
    let d = 0;
    while (pos < to) {
      const t = tokens[pos]!;
      if (t.kind === 'op') {
        if (OPEN.has(t.value!)) d++;
        else if (CLOSE.has(t.value!)) {
          if (d === 0) break;
          d--;
        } else if (d === 0 && (t.value === ',' || t.value === ':')) break;
      }
      pos++;
    }
    return pos;
  };

  /** An expression up to the next boundary; anything beyond a primary turns it into `other`. */
  const expression = (): PyExpr => {
    const start = pos;
    const value = primary();
    const t = tokens[pos];
    if (pos >= to || isOp(t, ',') || isOp(t, ':') || (t?.kind === 'op' && CLOSE.has(t.value!))) return value;
    skipToBoundary();
    return { k: 'other', text: src(start, pos) };
  };

  const primary = (): PyExpr => {
    const start = pos;
    let node = atom();
    for (;;) {
      const t = tokens[pos];
      if (pos >= to || t === undefined || node.k === 'other') return node;
      if (isOp(t, '.') && tokens[pos + 1]?.kind === 'name' && pos + 1 < to) {
        node = { k: 'attr', obj: node, name: tokens[pos + 1]!.value! };
        pos += 2;
      } else if (isOp(t, '(')) {
        node = call(node);
      } else if (isOp(t, '[')) {
        // A subscript: skip it, the result is not a value this reader follows.
        pos++;
        bracketed(']');
        node = { k: 'other', text: src(start, pos) };
      } else return node;
    }
  };

  /** Skips a bracketed run whose opener was consumed, up to and including `close`. */
  const bracketed = (close: string) => {
    let d = 0;
    while (pos < to) {
      const t = tokens[pos++]!;
      if (t.kind !== 'op') continue;
      if (OPEN.has(t.value!)) d++;
      else if (CLOSE.has(t.value!)) {
        if (d === 0) {
          if (t.value !== close) pos = to;
          return;
        }
        d--;
      }
    }
  };

  const nested = <T>(fn: () => T, fallback: () => T): T => {
    if (++depth > MAX_DEPTH) {
      depth--;
      return fallback();
    }
    try {
      return fn();
    } finally {
      depth--;
    }
  };

  const call = (fn: PyExpr): PyExpr => {
    const start = pos;
    pos++; // (
    return nested<PyExpr>(() => {
      const args: PyExpr[] = [];
      const kwargs: PyKeyword[] = [];
      let starred = false;
      while (pos < to && !isOp(tokens[pos], ')')) {
        const t = tokens[pos]!;
        if (isOp(t, '*') || isOp(t, '**')) {
          starred = true;
          pos++;
          expression();
        } else if (t.kind === 'name' && isOp(tokens[pos + 1], '=') && pos + 1 < to) {
          pos += 2;
          kwargs.push({ name: t.value!, value: expression() });
        } else {
          const value = expression();
          if (isName(tokens[pos], 'for')) {
            // A generator argument: `f(x for x in y)`.
            skipToBoundary();
            args.push({ k: 'other', text: src(start + 1, pos) });
          } else args.push(value);
        }
        if (isOp(tokens[pos], ',')) pos++;
        else if (!isOp(tokens[pos], ')')) {
          bracketed(')');
          return { k: 'other', text: src(start - 1, pos) };
        }
      }
      if (!isOp(tokens[pos], ')')) return { k: 'other', text: src(start, Math.min(pos, to)) };
      pos++;
      return { k: 'call', fn, args, kwargs, starred };
    }, () => {
      bracketed(')');
      return { k: 'other', text: src(start - 1, pos) };
    });
  };

  const isName = (t: Token | undefined, v: string) => t !== undefined && t.kind === 'name' && t.value === v;

  /** `(…)`, `[…]`: a tuple/list, or a parenthesised expression. */
  const sequence = (open: string, close: string): PyExpr => {
    const start = pos;
    pos++;
    return nested<PyExpr>(() => {
      const items: PyExpr[] = [];
      let comma = false;
      while (pos < to && !isOp(tokens[pos], close)) {
        if (isOp(tokens[pos], '*')) {
          pos++;
          items.push({ k: 'other', text: `*${src(pos, skipAndReturn())}` });
        } else items.push(expression());
        if (isName(tokens[pos], 'for')) {
          bracketed(close);
          return { k: 'other', text: src(start, pos) };
        }
        if (isOp(tokens[pos], ',')) {
          comma = true;
          pos++;
        } else if (!isOp(tokens[pos], close)) {
          bracketed(close);
          return { k: 'other', text: src(start, pos) };
        }
      }
      if (!isOp(tokens[pos], close)) return { k: 'other', text: src(start, Math.min(pos, to)) };
      pos++;
      if (open === '(' && items.length === 1 && !comma) return items[0]!;
      return { k: 'seq', list: open === '[', items };
    }, () => {
      bracketed(close);
      return { k: 'other', text: src(start, pos) };
    });
  };

  const skipAndReturn = () => {
    expression();
    return pos;
  };

  const dict = (): PyExpr => {
    const start = pos;
    pos++;
    return nested<PyExpr>(() => {
      const entries: { key: PyExpr; value: PyExpr }[] = [];
      let spread = false;
      let isSet = false;
      while (pos < to && !isOp(tokens[pos], '}')) {
        if (isOp(tokens[pos], '**')) {
          pos++;
          expression();
          spread = true;
        } else {
          const key = expression();
          if (isOp(tokens[pos], ':')) {
            pos++;
            entries.push({ key, value: expression() });
          } else isSet = true;
        }
        if (isName(tokens[pos], 'for')) {
          bracketed('}');
          return { k: 'other', text: src(start, pos) };
        }
        if (isOp(tokens[pos], ',')) pos++;
        else if (!isOp(tokens[pos], '}')) {
          bracketed('}');
          return { k: 'other', text: src(start, pos) };
        }
      }
      if (!isOp(tokens[pos], '}')) return { k: 'other', text: src(start, Math.min(pos, to)) };
      pos++;
      if (isSet) return { k: 'other', text: src(start, pos) };
      return { k: 'dict', entries, spread };
    }, () => {
      bracketed('}');
      return { k: 'other', text: src(start, pos) };
    });
  };

  const atom = (): PyExpr => {
    const t = tokens[pos];
    const start = pos;
    if (t === undefined || pos >= to) return { k: 'other', text: '' };
    if (t.kind === 'string') {
      let value = '';
      let ok = true;
      while (pos < to && tokens[pos]!.kind === 'string') {
        const v = evalStringToken(text, tokens[pos]!);
        if ('error' in v) ok = false;
        else value += v.value;
        pos++;
      }
      return ok ? { k: 'str', v: value } : { k: 'other', text: src(start, pos) };
    }
    if (t.kind === 'number') {
      pos++;
      return numberNode(t, text.slice(t.start, t.end), false);
    }
    if (t.kind === 'name') {
      pos++;
      switch (t.value) {
        case 'None':
          return { k: 'none' };
        case 'True':
          return { k: 'bool', v: true };
        case 'False':
          return { k: 'bool', v: false };
        case 'lambda':
        case 'not':
        case 'await':
        case 'yield':
          skipToBoundary();
          return { k: 'other', text: src(start, pos) };
        default:
          return { k: 'name', id: t.value! };
      }
    }
    if (isOp(t, '-') && tokens[pos + 1]?.kind === 'number' && pos + 1 < to) {
      const n = tokens[pos + 1]!;
      pos += 2;
      return numberNode(n, text.slice(n.start, n.end), true);
    }
    if (isOp(t, '(')) return sequence('(', ')');
    if (isOp(t, '[')) return sequence('[', ']');
    if (isOp(t, '{')) return dict();
    pos++;
    skipToBoundary();
    return { k: 'other', text: src(start, pos) };
  };

  if (from >= to) return { k: 'other', text: '' };
  const first = expression();
  if (pos >= to) return first;
  if (isOp(tokens[pos], ',')) {
    // A bare tuple.
    const items = [first];
    while (isOp(tokens[pos], ',') && pos < to) {
      pos++;
      if (pos >= to) break;
      items.push(expression());
    }
    if (pos >= to) return { k: 'seq', list: false, items };
  }
  return { k: 'other', text: src(from, to) };
}

/** A number token's value; only decimal ints and floats (with `_`) are read, the rest is `other`. */
function numberNode(t: Token, raw: string, negative: boolean): PyExpr {
  const clean = raw.replace(/_/g, '');
  const text = negative ? `-${raw}` : raw;
  if (/^(?:0|[1-9]\d*)$/.test(clean) || /^(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/.test(clean)) {
    const v = Number(clean);
    if (Number.isFinite(v)) return { k: 'num', v: negative ? -v : v, text };
  }
  void t;
  return { k: 'other', text };
}

/** `a.b.c` for a chain of names, else undefined. */
export function dottedName(expr: PyExpr): string | undefined {
  if (expr.k === 'name') return expr.id;
  if (expr.k === 'attr') {
    const left = dottedName(expr.obj);
    return left === undefined ? undefined : `${left}.${expr.name}`;
  }
  return undefined;
}

/** The last name of a callee (`Column` in `sa.Column`, `sqlalchemy.Column` or `Column`). */
export function calleeName(expr: PyExpr): string | undefined {
  if (expr.k === 'name') return expr.id;
  if (expr.k === 'attr') return expr.name;
  return undefined;
}

/** The keyword argument `name`, if given. */
export function keyword(call: Extract<PyExpr, { k: 'call' }>, name: string): PyExpr | undefined {
  return call.kwargs.find((kw) => kw.name === name)?.value;
}

/** Source-like text of an expression, for messages. */
export function exprText(expr: PyExpr): string {
  switch (expr.k) {
    case 'str':
      return JSON.stringify(expr.v).replace(/^"|"$/g, "'");
    case 'num':
      return expr.text;
    case 'bool':
      return expr.v ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'name':
      return expr.id;
    case 'attr':
      return `${exprText(expr.obj)}.${expr.name}`;
    case 'call':
      return `${exprText(expr.fn)}(${[...expr.args.map(exprText), ...expr.kwargs.map((kw) => `${kw.name}=${exprText(kw.value)}`)].join(', ')})`;
    case 'seq':
      return expr.list ? `[${expr.items.map(exprText).join(', ')}]` : `(${expr.items.map(exprText).join(', ')}${expr.items.length === 1 ? ',' : ''})`;
    case 'dict':
      return `{${expr.entries.map((e) => `${exprText(e.key)}: ${exprText(e.value)}`).join(', ')}}`;
    case 'other':
      return expr.text;
  }
}
