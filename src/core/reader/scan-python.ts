/**
 * A lightweight Python tokenizer: it splits source text into logical lines of tokens, skipping
 * comments and the content of strings, in one linear pass. It is not a parser: it knows exactly
 * enough (brackets, strings of every prefix, f-string replacement fields, backslash continuations,
 * indentation) to find where each statement starts and ends.
 */

/** A token kind. Strings keep their prefix and quote length so they can be evaluated later. */
export type TokenKind = 'name' | 'string' | 'number' | 'op' | 'other';

/** One token: `[start, end)` in the text, with its 1-based line. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  line: number;
  /** For `op` and `name`: the token text. */
  value?: string;
  /** For `string`: the prefix letters (lower-cased) and the number of quote characters (1 or 3). */
  prefix?: string;
  quotes?: number;
  /** For `string`: false when the literal runs off its line or the file. */
  closed?: boolean;
}

/** A syntax problem found while tokenizing. */
export interface ScanProblem {
  line: number;
  reason: string;
}

/** One logical line: its tokens and the column of its first token (tabs to multiples of 8). */
export interface LogicalLine {
  tokens: Token[];
  indent: number;
  line: number;
}

const STRING_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const isNameStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 0x80 && c !== 0xfeff);
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Tokenizes `text` and calls `onLine` for each logical line. Returns the syntax problems met
 * (unterminated strings, unbalanced brackets), phrased as Python 3.11 phrases them.
 */
export function scanPython(text: string, onLine: (line: LogicalLine) => void): ScanProblem[] {
  const n = text.length;
  const problems: ScanProblem[] = [];
  const brackets: { ch: string; line: number }[] = [];
  let tokens: Token[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let indent = 0;

  const flush = () => {
    if (tokens.length > 0) onLine({ tokens, indent, line: tokens[0]!.line });
    tokens = [];
  };
  const column = (from: number, to: number) => {
    let col = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 9) col = (Math.floor(col / 8) + 1) * 8;
      else if (c === 12) col = 0; // a form feed resets the column, as in CPython's tokenizer
      else col++;
    }
    return col;
  };
  const push = (tok: Token) => {
    if (tokens.length === 0 && brackets.length === 0) indent = column(lineStart, tok.start);
    tokens.push(tok);
  };

  /**
   * Scans a string literal whose opening quote is at `q`; returns the index after it. f-strings
   * are scanned with their replacement fields (PEP 701 nesting), so quotes inside `{…}` do not
   * end the literal.
   */
  const scanString = (q: number, prefix: string, start: number, emit = true): number => {
    const startLine = line;
    const quote = text.charCodeAt(q);
    const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
    const quotes = triple ? 3 : 1;
    let k = q + quotes;
    const isF = prefix.includes('f');
    let closed = false;
    // fieldDepth > 0: inside a replacement field; brackets counts (){}[] inside that field;
    // spec marks the format-spec part after ':' (literal text again).
    const fields: { brackets: number; spec: boolean }[] = [];
    while (k < n) {
      const c = text.charCodeAt(k);
      const field = fields[fields.length - 1];
      const inExpr = field !== undefined && !field.spec;
      if (!inExpr && c === 92 /* \ */) {
        const next = text.charCodeAt(k + 1);
        if (next === 13 && text.charCodeAt(k + 2) === 10) k += 3, line++;
        else if (next === 10 || next === 13) k += 2, line++;
        else k += k + 1 < n ? 2 : 1;
        continue;
      }
      if (c === 10 || c === 13) {
        if (!triple && !(inExpr && field!.brackets > 0)) break; // unterminated on this line
        k += c === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
        line++;
        continue;
      }
      if (inExpr) {
        if (c === 34 || c === 39) {
          k = scanString(k, '', k, false);
          continue;
        }
        if (isNameStart(c)) {
          let e = k + 1;
          while (e < n && isNameChar(text.charCodeAt(e))) e++;
          const word = text.slice(k, e).toLowerCase();
          const qc = text.charCodeAt(e);
          if ((qc === 34 || qc === 39) && STRING_PREFIXES.has(word)) k = scanString(e, word, k, false);
          else k = e;
          continue;
        }
        if (c === 40 || c === 91 || c === 123) field!.brackets++;
        else if (c === 41 || c === 93) field!.brackets = Math.max(0, field!.brackets - 1);
        else if (c === 125) {
          if (field!.brackets > 0) field!.brackets--;
          else fields.pop();
        } else if (c === 58 /* : */ && field!.brackets === 0) field!.spec = true;
        else if (c === 33 /* ! */ && field!.brackets === 0 && text.charCodeAt(k + 1) !== 61) field!.spec = true;
        k++;
        continue;
      }
      if (c === quote && (!triple || (text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote))) {
        k += quotes;
        closed = true;
        break;
      }
      if (isF && c === 123 /* { */) {
        if (field === undefined && text.charCodeAt(k + 1) === 123) k += 2;
        else fields.push({ brackets: 0, spec: false }), k++;
        continue;
      }
      if (isF && c === 125 /* } */ && field !== undefined) {
        fields.pop();
        k++;
        continue;
      }
      k++;
    }
    if (!closed) {
      problems.push({
        line: startLine,
        reason: triple
          ? `unterminated triple-quoted string literal (detected at line ${line})`
          : `unterminated string literal (detected at line ${line})`,
      });
    }
    if (emit) push({ kind: 'string', start, end: k, line: startLine, prefix, quotes, closed });
    return k;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      lineStart = i;
      if (brackets.length === 0) flush();
      continue;
    }
    if (c === 32 || c === 9 || c === 12) {
      i++;
      continue;
    }
    if (c === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 92 /* \ */) {
      const next = text.charCodeAt(i + 1);
      if (next === 10 || next === 13) {
        i += next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
        line++;
        continue;
      }
      push({ kind: 'other', start: i, end: i + 1, line });
      i++;
      continue;
    }
    if (c === 34 || c === 39) {
      i = scanString(i, '', i);
      continue;
    }
    if (isNameStart(c)) {
      let e = i + 1;
      while (e < n && isNameChar(text.charCodeAt(e))) e++;
      const word = text.slice(i, e);
      const qc = text.charCodeAt(e);
      if ((qc === 34 || qc === 39) && STRING_PREFIXES.has(word.toLowerCase())) {
        i = scanString(e, word.toLowerCase(), i);
      } else {
        push({ kind: 'name', start: i, end: e, line, value: word });
        i = e;
      }
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let e = i + 1;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (isNameChar(d) || d === 46) e++;
        else if ((d === 43 || d === 45) && (text.charCodeAt(e - 1) | 32) === 101 && !/^0[xX]/.test(text.slice(i, i + 2))) e++;
        else break;
      }
      push({ kind: 'number', start: i, end: e, line });
      i = e;
      continue;
    }
    const ch = text[i]!;
    if (ch in OPENERS) {
      brackets.push({ ch, line });
      push({ kind: 'op', start: i, end: i + 1, line, value: ch });
      i++;
      continue;
    }
    if (ch in CLOSERS) {
      const open = brackets.pop();
      if (open === undefined) problems.push({ line, reason: `unmatched '${ch}'` });
      else if (open.ch !== CLOSERS[ch]) {
        problems.push({
          line,
          reason: `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${open.line === line ? '' : ` on line ${open.line}`}`,
        });
      }
      push({ kind: 'op', start: i, end: i + 1, line, value: ch });
      i++;
      continue;
    }
    const op = operatorAt(text, i);
    if (op !== undefined) {
      push({ kind: 'op', start: i, end: i + op.length, line, value: op });
      i += op.length;
      continue;
    }
    push({ kind: 'other', start: i, end: i + 1, line });
    i++;
  }
  // Python names the innermost bracket left open.
  const open = brackets[brackets.length - 1];
  if (open !== undefined) problems.push({ line: open.line, reason: `'${open.ch}' was never closed` });
  flush();
  return problems;
}

const THREE = new Set(['**=', '//=', '>>=', '<<=', '...']);
const TWO = new Set(['**', '//', '<<', '>>', '->', ':=', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']);
const ONE = new Set(['+', '-', '*', '/', '%', '&', '|', '^', '@', '<', '>', '=', '!', ':', '~', '.', ',', ';']);

/** The operator starting at `i`, longest match first, or undefined. */
function operatorAt(text: string, i: number): string | undefined {
  const three = text.slice(i, i + 3);
  if (THREE.has(three)) return three;
  const two = three.slice(0, 2);
  if (TWO.has(two)) return two;
  const one = two.slice(0, 1);
  return ONE.has(one) ? one : undefined;
}
