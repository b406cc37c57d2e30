/**
 * Statement-level view of a Python module, built on the tokenizer: which of a set of names are
 * assigned at module level (with their value tokens), which are bound in ways that cannot be read
 * statically, the module docstring token and the import statements. Blocks are followed by
 * indentation: a `def`/`class` body does not count, an `if`/`try`/`with`/… body runs conditionally.
 */
import { scanPython, type LogicalLine, type ScanProblem, type Token } from './scan-python.js';

/** A module-level `name = value` (or `name: annotation = value`). */
export interface Assignment {
  name: string;
  /** 1-based line of the statement. */
  line: number;
  /** The value expression's tokens (never empty). */
  value: Token[];
}

/** A binding of a watched name that cannot be read statically. */
export interface DynamicBinding {
  name: string;
  line: number;
  /** `block` with the keyword (`if`, `try`, …) or how it is bound (`imported`, …). */
  how: { block: string } | { bound: string };
}

/** One name bound by an import statement. */
export interface ImportBinding {
  /** The local name (`cli` in `from a.b import cli`, `a` in `import a.b.c`). */
  bound: string;
  /** `from` imports: the module (`a.b`, `.`, `..x`) and the imported name; `import`: the module. */
  module: string;
  imported?: string;
  /** True for `import a.b.c` without `as` (the bound name is the top package). */
  plainDotted?: boolean;
  line: number;
}

/** Everything scanModule found. */
export interface ModuleScan {
  assignments: Assignment[];
  dynamic: DynamicBinding[];
  imports: ImportBinding[];
  /** The first string token of the module docstring, when the module has one. */
  docstring?: Token;
  syntax: ScanProblem[];
  /** Lines naming a watched name that are too long to hold in tokens (MAX_LINE_TOKENS). */
  tooLong: number[];
}

const HARD_BLOCKS = new Set(['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with']);
const SOFT_BLOCKS = new Set(['match', 'case']);

const isOp = (t: Token | undefined, v: string) => t !== undefined && t.kind === 'op' && t.value === v;
const isName = (t: Token | undefined, v?: string) => t !== undefined && t.kind === 'name' && (v === undefined || t.value === v);

/** Indexes of `op` tokens with value `v` at bracket depth 0 within `[from, to)`. */
function topLevel(tokens: Token[], from: number, to: number, v: string): number[] {
  const hits: number[] = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'op') continue;
    const tv = t.value!;
    if (tv === '(' || tv === '[' || tv === '{') depth++;
    else if (tv === ')' || tv === ']' || tv === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && tv === v) hits.push(k);
  }
  return hits;
}

/** Index of the first name `v` at bracket depth 0 within `[from, to)`, or `to`. */
function topLevelName(tokens: Token[], from: number, to: number, v: string): number {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op') {
      if (t.value === '(' || t.value === '[' || t.value === '{') depth++;
      else if (t.value === ')' || t.value === ']' || t.value === '}') depth = Math.max(0, depth - 1);
    } else if (depth === 0 && t.kind === 'name' && t.value === v) return k;
  }
  return to;
}

/** Scans `text` for module-level assignments of `names`. Linear in the text length. */
export function scanModule(text: string, names: ReadonlySet<string>): ModuleScan {
  const out: ModuleScan = { assignments: [], dynamic: [], imports: [], syntax: [], tooLong: [] };
  // Open compound statements: their indentation and kind.
  const stack: { indent: number; kind: 'def' | 'block'; keyword: string }[] = [];
  let first = true;
  // CPython's indentation stack (columns with tabs to 8, and with a tab as 1), for the errors
  // that make a file fail to compile: the first one only, as Python reports it.
  const indents = [{ col: 0, alt: 0 }];
  let expectBlock: number | undefined;
  let structure: ScanProblem | undefined;
  const structural = (line: number, reason: string) => {
    structure ??= { line, reason };
  };

  const onLine = (logical: LogicalLine) => {
    const { tokens, indent, complete, allStrings, tooLong } = logical;
    if (tooLong) out.tooLong.push(tokens[0]!.line);
    checkIndentation(logical);
    if (first) {
      first = false;
      if (allStrings) out.docstring = tokens[0];
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    let scope: Scope = 'module';
    for (const s of stack) scope = s.kind === 'def' ? 'def' : scope === 'def' ? 'def' : { block: s.keyword };

    const head = tokens[0]!;
    const word = head.kind === 'name' ? head.value! : '';
    const keyword = word === 'async' && isName(tokens[1]) ? tokens[1]!.value! : word;
    const isHeader =
      keyword === 'def' || keyword === 'class' || HARD_BLOCKS.has(keyword) ||
      (SOFT_BLOCKS.has(word) && tokens.length > 2 && isOp(tokens[tokens.length - 1], ':') && !isOp(tokens[1], '=') && !isOp(tokens[1], '.'));
    if (!isHeader) {
      if (complete) statements(tokens, 0, tokens.length, scope);
      return;
    }
    const kind = keyword === 'def' || keyword === 'class' ? 'def' : 'block';
    if (!logical.colon && (kind === 'def' || HARD_BLOCKS.has(keyword))) structural(head.line, "expected ':'");
    // An incomplete line holds no watched name: its inline body (if any) binds nothing.
    const colon = complete ? topLevel(tokens, 0, tokens.length, ':')[0] : undefined;
    if (keyword === 'for' && complete && scope !== 'def' && kind === 'block') {
      const inAt = tokens.findIndex((t, k) => k > 0 && isName(t, 'in'));
      bindingTargets(tokens, 1, inAt < 0 ? tokens.length : inAt, tokens[0]!.line, { block: 'for' }, scope);
    }
    stack.push({ indent, kind, keyword });
    if (colon !== undefined && colon + 1 < tokens.length) {
      const inner: Scope = kind === 'def' || scope === 'def' ? 'def' : { block: keyword };
      statements(tokens, colon + 1, tokens.length, inner);
    }
  };

  type Scope = 'module' | 'def' | { block: string };

  /** CPython's tokenizer and parser rules for indentation, applied to one logical line. */
  const checkIndentation = ({ tokens, indent, altIndent, line }: LogicalLine) => {
    const top = indents[indents.length - 1]!;
    if (indent > top.col) {
      if (altIndent <= top.alt) structural(line, 'inconsistent use of tabs and spaces in indentation');
      else if (expectBlock === undefined) structural(line, 'unexpected indent');
      indents.push({ col: indent, alt: altIndent });
    } else {
      if (expectBlock !== undefined) structural(line, `expected an indented block after line ${expectBlock}`);
      while (indents.length > 1 && indent < indents[indents.length - 1]!.col) indents.pop();
      const at = indents[indents.length - 1]!;
      if (indent !== at.col) structural(line, 'unindent does not match any outer indentation level');
      else if (altIndent !== at.alt) structural(line, 'inconsistent use of tabs and spaces in indentation');
    }
    // A line that ends with its `:` opens a block: the next line must be indented deeper.
    expectBlock = isOp(tokens[tokens.length - 1], ':') ? line : undefined;
  };

  /** Reports a watched name bound by `how` inside `scope` (never from inside a def). */
  const dynamic = (name: string, line: number, how: DynamicBinding['how'], scope: Scope) => {
    if (scope === 'def' || !names.has(name)) return;
    out.dynamic.push({ name, line, how: scope === 'module' ? how : scope });
  };

  /** Targets of an unpacking or `for` that bind a watched name (`a, revision = …`). */
  const bindingTargets = (tokens: Token[], from: number, to: number, line: number, how: DynamicBinding['how'], scope: Scope) => {
    // A name is bound unless it sits inside a call or subscript bracket, or follows a `.`.
    const kinds: boolean[] = [];
    let calls = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      const prev = tokens[k - 1];
      if (t.kind === 'op' && (t.value === '(' || t.value === '[' || t.value === '{')) {
        const call = k > from && prev !== undefined && (prev.kind === 'name' || prev.kind === 'string' || isOp(prev, ')') || isOp(prev, ']'));
        kinds.push(call);
        if (call) calls++;
      } else if (t.kind === 'op' && (t.value === ')' || t.value === ']' || t.value === '}')) {
        if (kinds.pop()) calls--;
      } else if (t.kind === 'name' && names.has(t.value!) && !isOp(prev, '.') && calls === 0 && !isName(prev, 'lambda')) {
        dynamic(t.value!, line, how, scope);
      }
    }
  };

  /** Simple statements in `[from, to)`, separated by `;`. */
  const statements = (tokens: Token[], from: number, to: number, scope: Scope) => {
    let start = from;
    for (const semi of [...topLevel(tokens, from, to, ';'), to]) {
      if (semi > start) statement(tokens, start, semi, scope);
      start = semi + 1;
    }
  };

  const statement = (tokens: Token[], from: number, to: number, scope: Scope) => {
    if (scope === 'def') return;
    const t0 = tokens[from]!;
    const line = t0.line;
    if (isName(t0, 'import')) return importStatement(tokens, from + 1, to, line, scope);
    if (isName(t0, 'from')) return fromStatement(tokens, from + 1, to, line, scope);
    if (isName(t0, 'del')) return bindingTargets(tokens, from + 1, to, line, { bound: 'deleted with del' }, scope);
    // A `lambda` default (`f = lambda a=1: a`) is no assignment target: targets stop before it.
    const lambdaAt = topLevelName(tokens, from, to, 'lambda');
    const equals = topLevel(tokens, from, to, '=').filter((k) => k < lambdaAt);
    if (equals.length === 0) {
      const op = tokens[from + 1];
      if (isName(t0) && op?.kind === 'op' && /^(?:[-+*/%&|^@]|\*\*|\/\/|<<|>>)=$/.test(op.value!)) {
        dynamic(t0.value!, line, { bound: `changed with ${op.value}` }, scope);
      }
      return;
    }
    const last = equals[equals.length - 1]!;
    // `name: annotation = value` — the annotation may hold no `=` at depth 0.
    const annotated = isName(t0) && isOp(tokens[from + 1], ':');
    let start = from;
    for (const eq of annotated ? [equals[0]!] : equals) {
      const single = annotated || eq - start === 1;
      if (single && isName(tokens[start]) && names.has(tokens[start]!.value!)) {
        const valueFrom = annotated ? equals[0]! + 1 : last + 1;
        if (scope !== 'module') dynamic(tokens[start]!.value!, line, scope, scope);
        else if (valueFrom < to) out.assignments.push({ name: tokens[start]!.value!, line, value: tokens.slice(valueFrom, to) });
      } else if (!single) {
        bindingTargets(tokens, start, eq, line, { bound: 'assigned by unpacking' }, scope);
      }
      start = eq + 1;
    }
  };

  const importStatement = (tokens: Token[], from: number, to: number, line: number, scope: Scope) => {
    let start = from;
    for (const comma of [...topLevel(tokens, from, to, ','), to]) {
      const part = tokens.slice(start, comma);
      start = comma + 1;
      const asAt = part.findIndex((t) => isName(t, 'as'));
      const dotted = dottedText(part.slice(0, asAt < 0 ? part.length : asAt));
      if (dotted === undefined) continue;
      const bound = asAt < 0 ? dotted.split('.')[0]! : part[asAt + 1]?.value;
      if (bound === undefined) continue;
      out.imports.push({ bound, module: dotted, line, ...(asAt < 0 && dotted.includes('.') ? { plainDotted: true } : {}) });
      dynamic(bound, line, { bound: 'imported' }, scope);
    }
  };

  const fromStatement = (tokens: Token[], from: number, to: number, line: number, scope: Scope) => {
    const importAt = tokens.findIndex((t, k) => k >= from && k < to && isName(t, 'import'));
    if (importAt < 0) return;
    let module = '';
    for (let k = from; k < importAt; k++) module += tokens[k]!.kind === 'op' && tokens[k]!.value === '...' ? '...' : tokens[k]!.value ?? '';
    let start = importAt + 1;
    for (const comma of [...topLevel(tokens, importAt + 1, to, ','), to]) {
      const part = tokens.slice(start, comma).filter((t) => !isOp(t, '(') && !isOp(t, ')'));
      start = comma + 1;
      if (!isName(part[0])) continue;
      const imported = part[0]!.value!;
      const bound = isName(part[1], 'as') && isName(part[2]) ? part[2]!.value! : imported;
      out.imports.push({ bound, module, imported, line });
      dynamic(bound, line, { bound: 'imported' }, scope);
    }
  };

  // Only lines naming a watched name (or importing) need all their tokens. Most names are ruled
  // out by their length and first and last letters before a string is cut from the text.
  // A small integer key (a Set of small integers hashes fastest); a collision only costs the slice.
  const shapeOf = (length: number, first: number, last: number) => ((length & 0xff) << 16) | ((first & 0xff) << 8) | (last & 0xff);
  const shapes = new Set<number>();
  for (const name of [...names, 'import', 'from']) shapes.add(shapeOf(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1)));
  const interesting = (source: string, start: number, end: number, firstToken: boolean) => {
    if (!shapes.has(shapeOf(end - start, source.charCodeAt(start), source.charCodeAt(end - 1)))) return false;
    const word = source.slice(start, end);
    return names.has(word) || (firstToken && (word === 'import' || word === 'from'));
  };
  const tokenizer = scanPython(text, onLine, interesting);
  if (expectBlock !== undefined) structural(expectBlock, `expected an indented block after line ${expectBlock}`);
  // A tokenizer error (an unclosed string or bracket) explains the rest; otherwise the first
  // structural one is Python's reason not to compile the file.
  out.syntax = tokenizer.length > 0 || structure === undefined ? tokenizer : [structure];
  return out;
}

/** `a.b.c` from name/`.` tokens, or undefined when the tokens are anything else. */
export function dottedText(tokens: Token[]): string | undefined {
  if (tokens.length === 0 || tokens.length % 2 === 0) return undefined;
  let s = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k % 2 === 0 ? t.kind !== 'name' : !isOp(t, '.')) return undefined;
    s += k % 2 === 0 ? t.value! : '.';
  }
  return s;
}
