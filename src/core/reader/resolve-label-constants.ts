/**
 * Resolves `branch_labels` / `depends_on` items written as constants (OpenStack's
 * `branch_labels = (cli.EXPAND_BRANCH,)`) to the string they name, without running anything:
 * (a) find which modules the file's imports point at and which repository paths could hold them,
 * (b) read the constant's module-level string assignment from those modules' texts.
 */
import * as msg from '../messages.js';
import type { ReaderProblem, RevisionField, RevisionFile, ValueItem, ValueSite } from '../types.js';
import { evaluateValue } from './evaluate-value.js';
import { scanModule, type ImportBinding } from './scan-module.js';

/** One expression item and the module attribute it refers to. */
export interface LabelConstantNeed {
  field: 'branch_labels' | 'depends_on';
  /** The item as written (`cli.EXPAND_BRANCH`). */
  expression: string;
  /** Dotted module (`neutron.db.migration.cli`); relative ones keep their dots (`.cli`, `..x`). */
  module: string;
  /** The module-level name to read (`EXPAND_BRANCH`). */
  attribute: string;
}

const FIELDS = [['branch_labels', 'branchLabels'], ['depends_on', 'dependsOn']] as const;

const joinModule = (base: string, name: string) => (base.endsWith('.') ? base + name : `${base}.${name}`);

/** Which module and attribute an expression names, through the file's import bindings. */
function needFor(expression: string, imports: ImportBinding[]): { module: string; attribute: string } | undefined {
  const parts = expression.split('.');
  const root = parts[0]!;
  const attribute = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1);
  // The last binding of a name wins, as in Python.
  const binding = [...imports].reverse().find((b) => b.bound === root);
  if (!binding) return undefined;
  if (binding.imported !== undefined) {
    // `from P import X`: X alone is P's attribute; X.Y… makes X a submodule of P.
    if (parts.length === 1) return { module: binding.module, attribute: binding.imported };
    return { module: [joinModule(binding.module, binding.imported), ...middle].join('.'), attribute };
  }
  if (parts.length === 1) return undefined;
  if (binding.plainDotted) return { module: parts.slice(0, -1).join('.'), attribute };
  return { module: [binding.module, ...middle].join('.'), attribute };
}

/**
 * Step (a): for each expression item of `branch_labels` / `depends_on`, the module whose
 * module-level constant it names, from the file's `import` / `from … import` statements. Items
 * bound by no import (or defined in the file itself) are not listed.
 */
export function labelConstantImports(file: RevisionFile, text: string): LabelConstantNeed[] {
  const expressions = FIELDS.flatMap(([field, key]) =>
    file[key].flatMap((i) => (i.kind === 'expression' ? [{ field, expression: i.text }] : [])),
  );
  if (expressions.length === 0) return [];
  const { imports } = scanModule(text, new Set());
  const needs: LabelConstantNeed[] = [];
  for (const e of expressions) {
    const need = needFor(e.expression, imports);
    if (need) needs.push({ ...e, ...need });
  }
  return needs;
}

/**
 * Repository paths that could hold module `dotted`: `x/y/cli.py` and `x/y/cli/__init__.py`, at the
 * root or under any prefix (`src/`, a sub-project), root first, then shorter prefixes. A relative
 * module (`.cli`, `..x.cli`) is resolved against `importer`'s directory.
 */
export function moduleCandidatePaths(dotted: string, allRepoPaths: readonly string[], importer?: string): string[] {
  const dots = /^\.*/.exec(dotted)![0].length;
  const rest = dotted.slice(dots).split('.').filter(Boolean).join('/');
  if (dots > 0) {
    if (importer === undefined) return [];
    const dir = importer.split('/').slice(0, -1);
    const up = dir.slice(0, Math.max(0, dir.length - (dots - 1)));
    if (dir.length - (dots - 1) < 0) return [];
    const base = [...up, ...(rest ? [rest] : [])].join('/');
    const wanted = rest ? [`${base}.py`, `${base}/__init__.py`] : [`${base ? `${base}/` : ''}__init__.py`];
    const set = new Set(allRepoPaths);
    return wanted.filter((p) => set.has(p));
  }
  if (rest === '') return [];
  const suffixes = [`${rest}.py`, `${rest}/__init__.py`];
  const hits: string[] = [];
  for (const p of allRepoPaths) {
    for (const s of suffixes) if (p === s || p.endsWith(`/${s}`)) hits.push(p);
  }
  return hits.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
}

/** The string a module-level `name = '…'` in `text` assigns (the last one), or why not. */
function constantIn(text: string, name: string): { value: string } | { why: string } {
  const scan = scanModule(text, new Set([name]));
  const last = scan.assignments[scan.assignments.length - 1];
  if (scan.dynamic.length > 0) return { why: `${name} is not assigned once at module level` };
  if (!last) return { why: `no module-level ${name}` };
  const ev = evaluateValue(text, last.value);
  if (!ev.ok || !ev.scalar || ev.items.length !== 1 || ev.items[0]!.kind !== 'string') return { why: `${name} is not a string literal` };
  return { value: ev.items[0]!.value };
}

/**
 * Step (b): `file` with each expression item replaced by the string constant it names, looked up
 * in the file itself (a module-level constant) or in `modules` (dotted module → its text, keyed
 * as labelConstantImports names them). Items that stay unresolved keep their expression and get
 * a `warning` problem.
 */
export function resolveLabelConstants(file: RevisionFile, text: string, modules: ReadonlyMap<string, string>): RevisionFile {
  const hasExpression = FIELDS.some(([, key]) => file[key].some((i) => i.kind === 'expression'));
  if (!hasExpression) return file;
  const needs = labelConstantImports(file, text);
  const problems: ReaderProblem[] = [...file.problems];
  // A new parse: the one given is shared and never changed.
  const result: { -readonly [K in keyof RevisionFile]: RevisionFile[K] } = { ...file, sites: { ...file.sites }, problems };
  for (const [field, key] of FIELDS) {
    const site = file.sites[field];
    const resolve = (item: ValueItem): ValueItem => {
      if (item.kind !== 'expression') return item;
      const need = needs.find((n) => n.field === field && n.expression === item.text);
      let found: { value: string } | { why: string };
      if (need) {
        const moduleText = modules.get(need.module);
        found = moduleText === undefined ? { why: `module ${need.module} was not found` } : constantIn(moduleText, need.attribute);
      } else if (!item.text.includes('.')) {
        found = constantIn(text, item.text);
        if ('why' in found) found = { why: `${item.text} is neither imported nor a string constant of this file` };
      } else {
        found = { why: `${item.text.split('.')[0]} is not imported` };
      }
      if ('value' in found) return { kind: 'string', value: found.value };
      problems.push({ severity: 'warning', line: site?.line ?? 1, field: field as RevisionField, reason: msg.readerUnresolvedConstant(field, item.text, found.why) });
      return item;
    };
    result[key] = file[key].map(resolve);
    if (site?.items !== undefined) {
      const resolvedSite: ValueSite = { ...site, items: [...result[key]] };
      result.sites[field] = resolvedSite;
    }
  }
  return result;
}
