/**
 * Renders a `script.py.mako` with the subset of Mako that Alembic's own templates use: text,
 * `${expression | filters}`, `## comment` lines, `% if / % elif / % else / % endif` control
 * lines, backslash-newline continuations, and a `<%! … %>` module block that only imports. Any
 * other construct (`% for`, `<% … %>` code, `<%def>`, `<%include>`, …) stops with the file and
 * line instead of writing a file that is not what Alembic would have written.
 */
import { MigcheckError } from '../errors.js';
import { mergeTemplateUnsupported } from '../messages.js';
import { type PyValue, pyTruthy } from './python-value.js';
import { evaluateExpression, renderExpression, UnsupportedExpression } from './template-expression.js';

const CONTROL_LINE = /[\t ]*(%(?!%)|##)[\t ]*((?:\\\r?\n|[^\r\n])*)(?:\r?\n|$)/y;
const IMPORT_ONLY = /^(?:\s*(?:import [\w.]+(?: as \w+)?|from [\w.]+ import [\w, ]+)?\s*)$/;

interface Frame {
  /** This branch's text is written. */
  active: boolean;
  /** Some branch of this if-chain has been taken. */
  taken: boolean;
  /** The enclosing frames all write. */
  outer: boolean;
}

/** Index of the `}` closing `${` at `start` (quotes and nested braces skipped), or -1. */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && depth-- === 0) return i;
  }
  return -1;
}

/**
 * Renders `template` (the text of `file`, for messages) against `context`. Throws a
 * MigcheckError naming `file:line` for anything outside the supported subset.
 */
export function renderScriptTemplate(template: string, file: string, context: ReadonlyMap<string, PyValue>): string {
  let out = '';
  let pos = 0;
  const stack: Frame[] = [];
  const writing = () => stack.every((f) => f.active);
  const lineAt = (at: number) => template.slice(0, at).split('\n').length;
  const fail = (at: number, construct: string): never => {
    throw new MigcheckError(mergeTemplateUnsupported(file, lineAt(at), construct));
  };
  const evaluate = (at: number, source: string, render: boolean): string | boolean => {
    try {
      return render ? renderExpression(source, context) : pyTruthy(evaluateExpression(source, context));
    } catch (error) {
      if (error instanceof UnsupportedExpression) return fail(at, `the expression \`${source.trim()}\``);
      throw error;
    }
  };

  while (pos < template.length) {
    const atLineStart = pos === 0 || template[pos - 1] === '\n';
    if (template.startsWith('${', pos)) {
      const end = expressionEnd(template, pos + 2);
      if (end < 0) fail(pos, 'an unclosed `${`');
      if (writing()) out += evaluate(pos, template.slice(pos + 2, end), true) as string;
      pos = end + 1;
      continue;
    }
    if (atLineStart) {
      CONTROL_LINE.lastIndex = pos;
      const m = CONTROL_LINE.exec(template);
      if (m) {
        if (m[1] === '%') control(pos, m[2]!.replace(/\\\r?\n/g, ' ').trim());
        pos = CONTROL_LINE.lastIndex;
        continue;
      }
    }
    if (template.startsWith('<%!', pos)) {
      const end = template.indexOf('%>', pos);
      if (end < 0) fail(pos, 'an unclosed `<%!`');
      for (const line of template.slice(pos + 3, end).split('\n')) {
        if (!IMPORT_ONLY.test(line)) fail(pos, `the module block \`<%! ${line.trim()} %>\` (only imports are supported)`);
      }
      pos = end + 2;
      continue;
    }
    if (/^<\/?[%&]/.test(template.slice(pos, pos + 3))) {
      const snippet = template.slice(pos).split('\n')[0]!.slice(0, 40);
      fail(pos, `\`${snippet}\``);
    }
    if (atLineStart && /^[\t ]*%%/.test(template.slice(pos, pos + 80))) fail(pos, 'a `%%` line');
    // Plain text up to the next construct; a backslash before a newline swallows the newline.
    const next = /\$\{|<\/?[%&]|\\\r?\n|\n(?=[\t ]*(?:%|##))/g;
    next.lastIndex = pos;
    const hit = next.exec(template);
    const stop = hit ? hit.index : template.length;
    let text = template.slice(pos, stop);
    let after = stop;
    if (hit && hit[0].startsWith('\\')) after = stop + hit[0].length;
    else if (hit && hit[0] === '\n') {
      text += '\n';
      after = stop + 1;
    }
    if (writing()) out += text;
    pos = after;
  }
  if (stack.length > 0) fail(template.length, 'an `% if` without `% endif`');
  return out;

  function control(at: number, line: string): void {
    const m = /^(end)?(\w+)\s*(.*?)\s*:?\s*$/s.exec(line);
    const keyword = m?.[2];
    if (!m || !keyword) return fail(at, `the control line \`% ${line}\``);
    if (m[1]) {
      if (keyword !== 'if' || stack.length === 0) fail(at, `the control line \`% ${line}\``);
      stack.pop();
      return;
    }
    const condition = m[3] ?? '';
    if (keyword === 'if') {
      const outer = writing();
      const value = outer && (evaluate(at, condition, false) as boolean);
      stack.push({ active: value, taken: value, outer });
    } else if (keyword === 'elif' || keyword === 'else') {
      const frame = stack[stack.length - 1];
      if (!frame) return fail(at, `the control line \`% ${line}\``);
      const value = frame.outer && !frame.taken && (keyword === 'else' || (evaluate(at, condition, false) as boolean));
      frame.active = value;
      frame.taken ||= value;
    } else fail(at, `the control line \`% ${line}\``);
  }
}
