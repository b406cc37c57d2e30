/**
 * The value of one Python string literal token, escapes evaluated exactly as CPython does for
 * `str` literals. Bytes and f-strings are not values this reader evaluates.
 */
import type { Token } from './scan-python.js';

/** A literal's value, or why it has none. */
export type StringValue = { value: string } | { error: string };

const SIMPLE: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
const HEX = /^[0-9a-fA-F]+$/;

/** Evaluates a `string` token of `text`. */
export function evalStringToken(text: string, tok: Token): StringValue {
  const prefix = tok.prefix ?? '';
  if (prefix.includes('b')) return { error: 'a bytes literal' };
  if (prefix.includes('f')) return { error: 'an f-string' };
  if (tok.closed === false) return { error: 'an unterminated string' };
  const q = tok.quotes ?? 1;
  const bodyStart = tok.start + prefix.length + q;
  // Python reads source with universal newlines: CRLF and CR inside a literal become LF.
  const body = text.slice(bodyStart, tok.end - q).replace(/\r\n?/g, '\n');
  if (prefix.includes('r') || !body.includes('\\')) return { value: body };
  let out = '';
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    if (slash < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, slash);
    const c = body[slash + 1];
    i = slash + 2;
    if (c === undefined) {
      out += '\\';
      break;
    }
    if (c === '\n') continue; // backslash-newline joins the lines
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let digits = c;
      while (digits.length < 3 && /[0-7]/.test(body[i] ?? '')) digits += body[i++];
      out += String.fromCharCode(parseInt(digits, 8));
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = body.slice(i, i + len);
      if (hex.length < len || !HEX.test(hex)) return { error: `a string with a truncated \\${c} escape` };
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return { error: `a string with an illegal Unicode character (\\${c}${hex})` };
      out += String.fromCodePoint(code);
      i += len;
      continue;
    }
    if (c === 'N') return { error: 'a string with a \\N{…} escape' };
    // An unknown escape keeps its backslash (Python warns, but the value is unchanged).
    out += '\\' + c;
  }
  return { value: out };
}
