/**
 * The few Python values a revision template sees (`script.py.mako`'s context), with Python's
 * own `str()`, `repr()` and truthiness, so rendered text matches what Mako would write.
 */

/** A value in the template context. `undefined` is Mako's UNDEFINED (falsy; printing it fails). */
export type PyValue =
  | { kind: 'str'; value: string }
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'tuple'; items: string[] }
  /** A datetime, kept as its `str()`; `repr()` of it is not supported. */
  | { kind: 'datetime'; text: string }
  | { kind: 'undefined' };

/** Shorthands for building a context. */
export const py = {
  str: (value: string): PyValue => ({ kind: 'str', value }),
  none: { kind: 'none' } as PyValue,
  tuple: (items: readonly string[]): PyValue => ({ kind: 'tuple', items: [...items] }),
  datetime: (text: string): PyValue => ({ kind: 'datetime', text }),
  /** Alembic's `tuple_rev_as_scalar`: no item → None, one → the string, several → a tuple. */
  revisions: (items: readonly string[]): PyValue =>
    items.length === 0 ? { kind: 'none' } : items.length === 1 ? { kind: 'str', value: items[0]! } : { kind: 'tuple', items: [...items] },
};

/** Python's `repr()` of a str: single quotes unless the text holds `'` and no `"`. */
export function reprString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr()`; undefined for a value whose repr this module does not produce. */
export function pyRepr(value: PyValue): string | undefined {
  switch (value.kind) {
    case 'str': return reprString(value.value);
    case 'none': return 'None';
    case 'bool': return value.value ? 'True' : 'False';
    case 'tuple': return `(${value.items.map(reprString).join(', ')}${value.items.length === 1 ? ',' : ''})`;
    default: return undefined;
  }
}

/** Python's `str()`; undefined for Mako's UNDEFINED (printing it is an error in Mako too). */
export function pyStr(value: PyValue): string | undefined {
  if (value.kind === 'str') return value.value;
  if (value.kind === 'datetime') return value.text;
  if (value.kind === 'undefined') return undefined;
  return pyRepr(value);
}

/** Python truthiness. */
export function pyTruthy(value: PyValue): boolean {
  switch (value.kind) {
    case 'str': return value.value !== '';
    case 'bool': return value.value;
    case 'tuple': return value.items.length > 0;
    case 'datetime': return true;
    default: return false;
  }
}

/** Alembic's `format_as_comma` (the `comma` filter): None → '', str → itself, tuple → `a, b`. */
export function formatAsComma(value: PyValue): string | undefined {
  if (value.kind === 'none') return '';
  if (value.kind === 'str') return value.value;
  if (value.kind === 'tuple') return value.items.join(', ');
  return undefined;
}
