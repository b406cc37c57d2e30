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
  /** Set when the line starts with a merge conflict marker (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`). */
  conflictMarker?: string;
}

/**
 * One logical line: its tokens and the column of its first token (tabs to multiples of 8).
 * Lines with no interesting name keep only their first two and last tokens (`complete` false):
 * enough to recognise block headers, while a 5 MB expression costs no allocation per token.
 */
export interface LogicalLine {
  tokens: Token[];
  indent: number;
  /** The same indentation with a tab counted as one column: CPython compares both (TabError). */
  altIndent: number;
  /** A `:` outside brackets was seen on the line (kept when the tokens are not). */
  colon: boolean;
  line: number;
  complete: boolean;
  /** Every token of the line is a string (a docstring candidate). */
  allStrings: boolean;
  /** The line names an interesting name but has more than MAX_LINE_TOKENS tokens. */
  tooLong: boolean;
}

/** Tokens kept per logical line; a longer line keeps its first two and last tokens only. */
export const MAX_LINE_TOKENS = 100_000;

const KINDS: TokenKind[] = ['name', 'string', 'number', 'op', 'other'];
const K_NAME = 0, K_STRING = 1, K_NUMBER = 2, K_OP = 3, K_OTHER = 4;

const STRING_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);
const NO_FIELDS: { brackets: number; spec: boolean }[] = [];
// Names longer than any watched name cannot be one (checked before slicing the text).
const LONGEST = 40;

const isNameStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 0x80 && c !== 0xfeff);
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Tokenizes `text` and calls `onLine` for each logical line. Returns the syntax problems met
 * (unterminated strings, unbalanced brackets), phrased as Python 3.11 phrases them. Like Python,
 * it reports only the first one; the first merge conflict marker line is reported besides, as it
 * says why the file cannot be read better than any tokenizer error.
 */
export function scanPython(
  text: string,
  onLine: (line: LogicalLine) => void,
  interesting: (text: string, start: number, end: number, first: boolean) => boolean = () => true,
): ScanProblem[] {
  const n = text.length;
  const problems: ScanProblem[] = [];
  // The buffers of the last call are reused: a typed array costs more to allocate than a whole
  // revision file takes to scan (a nested call, or one after a throw, makes its own).
  const buffers = spare ?? scanBuffers(64, 64);
  spare = undefined;
  // The open brackets, as char codes and lines (numbers only: no allocation per bracket).
  let openCap = buffers.openCh.length;
  let openCh = buffers.openCh;
  let openLine = buffers.openLine;
  let depth = 0;
  // The current logical line's tokens, struct-of-arrays; Token objects are made at flush.
  let cap = buffers.kinds.length;
  let kinds = buffers.kinds;
  let starts = buffers.starts;
  let ends = buffers.ends;
  let lines = buffers.lines;
  let extra = buffers.extra; // strings: prefix length | quotes << 3 | closed << 5
  let count = 0;
  let keep = false;
  let overflow = false;
  let allStrings = true;
  let colon = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let indent = 0;
  let altIndent = 0;
  // Set when a logical line's indentation was taken before its first token: a line that starts
  // with a backslash continuation is indented where the backslash stands, as in CPython.
  let indentTaken = false;
  let conflictSeen = false;

  const tokenAt = (k: number): Token => {
    const kind = KINDS[kinds[k]!]!;
    const start = starts[k]!;
    const x = extra[k]!;
    const str = kind === 'string';
    // One object shape for every token keeps property access monomorphic on huge lines.
    return {
      kind,
      start,
      end: ends[k]!,
      line: lines[k]!,
      value: kind === 'name' || kind === 'op' ? text.slice(start, ends[k]!) : undefined,
      prefix: str ? (x & 7 ? text.slice(start, start + (x & 7)).toLowerCase() : '') : undefined,
      quotes: str ? (x >> 3) & 3 : undefined,
      closed: str ? (x & 32) !== 0 : undefined,
    };
  };
  const flush = () => {
    if (count === 0) return;
    let tokens: Token[];
    const complete = !overflow && (keep || count <= 3);
    if (complete) {
      tokens = new Array<Token>(count);
      for (let k = 0; k < count; k++) tokens[k] = tokenAt(k);
    } else tokens = [tokenAt(0), tokenAt(1), tokenAt(count - 1)];
    onLine({ tokens, indent, altIndent, colon, line: lines[0]!, complete, allStrings, tooLong: overflow && keep });
    count = 0;
    keep = false;
    overflow = false;
    allStrings = true;
    colon = false;
    indentTaken = false;
  };
  /** The columns of `[from, to)`: tabs to multiples of 8, and (alt) a tab as one column. */
  const columns = (from: number, to: number) => {
    let col = 0;
    let alt = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 9) col = (Math.floor(col / 8) + 1) * 8, alt++;
      else if (c === 12) col = alt = 0; // a form feed resets the column, as in CPython's tokenizer
      else col++, alt++;
    }
    indent = col;
    altIndent = alt;
  };
  const push = (kind: number, start: number, end: number, tokLine: number, x = 0) => {
    if (count === 0 && depth === 0 && !indentTaken) columns(lineStart, start);
    if (count === MAX_LINE_TOKENS) {
      // Past the limit only the last token is tracked: memory stays bounded on huge lines.
      overflow = true;
      count--;
    }
    if (count === cap) {
      cap *= 2;
      const grow = <T extends Uint8Array | Int32Array>(a: T, b: T) => (b.set(a), b);
      kinds = grow(kinds, new Uint8Array(cap));
      starts = grow(starts, new Int32Array(cap));
      ends = grow(ends, new Int32Array(cap));
      lines = grow(lines, new Int32Array(cap));
      extra = grow(extra, new Uint8Array(cap));
    }
    if (kind !== K_STRING) allStrings = false;
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    lines[count] = tokLine;
    extra[count] = x;
    count++;
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
    const fields: { brackets: number; spec: boolean }[] = isF ? [] : NO_FIELDS;
    while (k < n) {
      const c = text.charCodeAt(k);
      // Never an out-of-bounds read: V8 takes a slow path for those, once per character here.
      const field = fields.length > 0 ? fields[fields.length - 1] : undefined;
      const inExpr = field !== undefined && !field.spec;
      if (!inExpr && c === 92 /* \ */) {
        const next = text.charCodeAt(k + 1);
        // In an f-string a backslash does not escape a brace: `\{{` is a backslash and a literal brace.
        if (isF && (next === 123 || next === 125)) k += 1;
        else if (next === 13 && text.charCodeAt(k + 2) === 10) k += 3, line++;
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
    if (!closed && problems.length === 0) {
      problems.push({
        line: startLine,
        reason: triple
          ? `unterminated triple-quoted string literal (detected at line ${line})`
          : `unterminated string literal (detected at line ${line})`,
      });
    }
    if (emit) push(K_STRING, start, k, startLine, (q - start) | (quotes << 3) | (closed ? 32 : 0));
    return k;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (i === lineStart && (c === 60 || c === 61 || c === 62 || c === 124)) {
      const end = conflictMarkerEnd(text, i);
      if (end > 0) {
        // No Python statement can start with 7 of these: the line is git's, never code.
        if (!conflictSeen) problems.push({ line, reason: 'merge conflict marker', conflictMarker: text.slice(i, i + 7) });
        conflictSeen = true;
        i = end;
        continue;
      }
    }
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      lineStart = i;
      if (depth === 0) flush();
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
        if (count === 0 && depth === 0 && !indentTaken) {
          columns(lineStart, i);
          indentTaken = true;
        }
        i += next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
        line++;
        continue;
      }
      push(K_OTHER, i, i + 1, line);
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
      const qc = text.charCodeAt(e);
      if ((qc === 34 || qc === 39) && e - i <= 2 && STRING_PREFIXES.has(text.slice(i, e).toLowerCase())) {
        i = scanString(e, text.slice(i, e).toLowerCase(), i);
      } else {
        if (!keep && (e - i <= LONGEST || count === 0) && interesting(text, i, e, count === 0)) keep = true;
        push(K_NAME, i, e, line);
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
      push(K_NUMBER, i, e, line);
      i = e;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) {
      if (depth === openCap) {
        openCap *= 2;
        const ch = new Uint8Array(openCap);
        ch.set(openCh);
        openCh = ch;
        const ln = new Int32Array(openCap);
        ln.set(openLine);
        openLine = ln;
      }
      openCh[depth] = c;
      openLine[depth++] = line;
      push(K_OP, i, i + 1, line);
      i++;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      const open = depth > 0 ? openCh[--depth] : undefined;
      const openAt = openLine[depth];
      if (problems.length > 0) {
        // Python stops at its first syntax error; so do the reports.
      } else if (open === undefined) problems.push({ line, reason: `unmatched '${text[i]}'` });
      else if (open !== (c === 41 ? 40 : c - 2)) {
        problems.push({
          line,
          reason: `closing parenthesis '${text[i]}' does not match opening parenthesis '${String.fromCharCode(open)}'${openAt === line ? '' : ` on line ${openAt}`}`,
        });
      }
      push(K_OP, i, i + 1, line);
      i++;
      continue;
    }
    const len = operatorLength(text, i);
    if (len > 0) {
      if (len === 1 && c === 58 /* : */ && depth === 0) colon = true;
      push(K_OP, i, i + len, line);
      i += len;
      continue;
    }
    push(K_OTHER, i, i + 1, line);
    i++;
  }
  // Python names the innermost bracket left open.
  if (depth > 0 && problems.length === 0) problems.push({ line: openLine[depth - 1]!, reason: `'${String.fromCharCode(openCh[depth - 1]!)}' was never closed` });
  flush();
  // Buffers grown by a huge line are left to the collector rather than held for the process.
  if (cap <= KEPT_CAPACITY && openCap <= KEPT_CAPACITY) spare = { openCh, openLine, kinds, starts, ends, lines, extra };
  return problems;
}

/** The typed arrays one scan works in. */
interface ScanBuffers {
  openCh: Uint8Array;
  openLine: Int32Array;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  extra: Uint8Array;
}

const KEPT_CAPACITY = 4096;
let spare: ScanBuffers | undefined;

function scanBuffers(brackets: number, tokens: number): ScanBuffers {
  return {
    openCh: new Uint8Array(brackets),
    openLine: new Int32Array(brackets),
    kinds: new Uint8Array(tokens),
    starts: new Int32Array(tokens),
    ends: new Int32Array(tokens),
    lines: new Int32Array(tokens),
    extra: new Uint8Array(tokens),
  };
}

/**
 * The end of the line when a git conflict marker starts at `i` (7 or more of `<`, `|`, `=` or
 * `>`, then a blank or the end of the line, as git writes them; longer with
 * `conflict-marker-size`), else 0.
 */
function conflictMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = i + 1;
  while (text.charCodeAt(k) === c) k++;
  if (k - i < 7) return 0;
  const after = text.charCodeAt(k);
  if (k < text.length && after !== 32 && after !== 9 && after !== 10 && after !== 13) return 0;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
  return k;
}

const OP_CHARS = new Uint8Array(128);
for (const ch of '+-*/%&|^@<>=!:') OP_CHARS[ch.charCodeAt(0)] = 1;

/** Length of the operator starting at `i` (longest match first), or 0. Compares char codes: no slice per operator. */
function operatorLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 46 /* . */) return text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46 ? 3 : 1;
  if (c === 44 || c === 59 || c === 126) return 1; // , ; ~
  if (c >= 128 || OP_CHARS[c] === 0) return 0;
  const d = text.charCodeAt(i + 1);
  // `**` `//` `<<` `>>`, and with `=` after them the augmented assignments `**=` … `<<=`.
  if (d === c && (c === 42 || c === 47 || c === 60 || c === 62)) return text.charCodeAt(i + 2) === 61 ? 3 : 2;
  // Every operator character followed by `=` makes a two-character operator (`==`, `+=`, `:=`, …).
  if (d === 61) return 2;
  if (c === 45 && d === 62) return 2; // ->
  return 1;
}
